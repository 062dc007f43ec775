#!/usr/bin/env bash
# Packs the infercost tool, installs it into a temporary folder as a user would, reports the package and installed
# sizes and the median start-up time of `infercost estimate`, and checks that the installed tool prints the golden
# JSON of every pinned command. Usage: eng/tool-check.sh [runs]   (default 10 runs for the start-up median)
set -euo pipefail
runs=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/infercost-tool-check.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet pack "$root/src/InferCost.Cli" -c Release -o "$work/packages" >/dev/null
dotnet tool install --tool-path "$work/tool" --add-source "$work/packages" InferCost.Tool >/dev/null
tool="$work/tool/infercost"

echo "packages:"
ls -l "$work/packages" | awk 'NR > 1 { printf "  %6.1f MB  %s\n", $5 / 1e6, $9 }'
echo "installed: $(du -sh "$work/tool" | cut -f1)"

times=()
for _ in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "$tool" estimate >/dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
echo "infercost estimate, $runs runs (ms): ${times[*]}"
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; print "median: " m " ms" }'

INFERCOST_TOOL="$tool" dotnet test --project "$root/tests/InferCost.Cli.Tests" --filter-class '*InstalledToolTests'
