using System.Text.RegularExpressions;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>
/// Loads data/fabrics.yaml and resolves the fabric ids an accelerator file names. Every problem is reported with its file,
/// field and reason.
/// </summary>
internal static class NetworkFabricLoader
{
    /// <summary>The catalog file of fabrics.</summary>
    public const string File = "fabrics.yaml";

    private static readonly string[] SourceGroups = ["bandwidth", "latency", "energy", "capital", "power"];

    /// <summary>Reads every fabric, by id; an empty set (with errors) when the file is missing or damaged.</summary>
    public static SortedDictionary<string, NetworkFabric> ReadAll(ICatalogSource source, List<InputError> errors)
    {
        var fabrics = new SortedDictionary<string, NetworkFabric>(StringComparer.Ordinal);
        if (!source.Exists(File))
        {
            errors.Add(new InputError(source.Description, File, "is missing: it lists the scale-up and scale-out fabrics the accelerators name."));
            return fabrics;
        }

        if (YamlFieldReader.ParseRoot(source.Read(File), File, errors) is not { } root)
        {
            return fabrics;
        }

        foreach (var r in root.Items("fabrics"))
        {
            if (Read(r) is { } fabric && !fabrics.TryAdd(fabric.Id, fabric))
            {
                r.Error("id", $"'{fabric.Id}' is listed twice.");
            }
        }

        root.RejectUnknown();
        return fabrics;
    }

    /// <summary>
    /// The fabric an accelerator's <c>interconnect.</c><paramref name="key"/> names, checked to be of <paramref name="scale"/>
    /// and to carry the accelerator's own bandwidth <paramref name="bandwidth"/> (so the two figures cannot drift apart).
    /// </summary>
    public static NetworkFabric? Resolve(
        YamlFieldReader r, string key, FabricScale scale, BytesPerSecond bandwidth, string bandwidthKey, IReadOnlyDictionary<string, NetworkFabric> fabrics)
    {
        var id = r.Text(key);
        if (id.Length == 0)
        {
            return null;
        }

        var kind = scale == FabricScale.Up ? "scale-up" : "scale-out";
        if (!fabrics.TryGetValue(id, out var fabric))
        {
            var known = fabrics.Values.Where(f => f.Scale == scale).Select(f => f.Id).ToList();
            var near = NameSuggester.Nearest(id, known);
            var hint = near.Count > 0 ? $"did you mean {string.Join(", ", near.Select(n => $"'{n}'"))}? " : "";
            r.Error(key, $"names '{id}', which is not in {File}; {hint}known {kind} fabrics: {string.Join(", ", known)}.");
            return null;
        }

        if (fabric.Scale != scale)
        {
            r.Error(key, $"names '{id}', a {(fabric.Scale == FabricScale.Up ? "scale-up" : "scale-out")} fabric; {key} must name a {kind} fabric.");
            return null;
        }

        if (Math.Abs(fabric.Bandwidth.Value - bandwidth.Value) > 1e-9 * Math.Max(1, bandwidth.Value))
        {
            var unit = scale == FabricScale.Up ? "GB/s" : "Gb/s";
            static string Show(double v) => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
            var (mine, theirs) = scale == FabricScale.Up
                ? (bandwidth.Value / 1e9, fabric.Bandwidth.Value / 1e9)
                : (bandwidth.Value * 8 / 1e9, fabric.Bandwidth.Value * 8 / 1e9);
            r.Error(key, $"names '{id}', whose bandwidth ({Show(theirs)} {unit} per GPU per direction) differs from {bandwidthKey} ({Show(mine)} {unit}); make them agree.");
            return null;
        }

        return fabric;
    }

    private static NetworkFabric? Read(YamlFieldReader r)
    {
        var before = r.ErrorCount;
        var id = r.Text("id");
        if (!Regex.IsMatch(id, "^[a-z0-9][a-z0-9-]*$"))
        {
            r.Error("id", $"must be a lower-case id such as 'ib-ndr-400', found '{id}'.");
        }

        var name = r.Text("name");
        var scaleText = r.Text("scale");
        FabricScale? scale = scaleText switch
        {
            "up" => FabricScale.Up,
            "out" => FabricScale.Out,
            _ => null,
        };
        if (scale is null && scaleText.Length > 0)
        {
            r.Error("scale", $"must be 'up' (scale-up domain) or 'out' (NIC network), found '{scaleText}'.");
        }

        // Scale-up bandwidth is quoted in GB/s, scale-out in Gb/s (as datasheets and the accelerator files quote them).
        var bandwidth = scale == FabricScale.Out
            ? BytesPerSecond.FromGigabitsPerSecond(r.Number("bandwidthGbps", 1, 100_000, "Gb/s per GPU per direction"))
            : BytesPerSecond.FromGigabytesPerSecond(r.Number("bandwidthGBps", 1, 100_000, "GB/s per GPU per direction"));
        var latency = r.Number("stepLatencyUs", 0, 1_000, "microseconds per ring step");
        var energy = r.Number("energyPjPerBit", 0, 1_000, "pJ per bit sent, outside the GPU board, end to end");
        var capital = r.Number("gearCapitalUsdPerGpu", 0, 1_000_000, "USD per GPU");
        var power = r.Number("gearPowerW", 0, 1_000, "watts per GPU");
        var projected = r.Bool("projected", false);
        var sources = CatalogLoader.ReadSources(r.Map("sources"), SourceGroups, requireEstimate: projected);
        r.RejectUnknown();
        if (r.ErrorCount > before || scale is null)
        {
            return null;
        }

        return new NetworkFabric(
            id, name, scale.Value, bandwidth, Seconds.FromMicroseconds(latency), JoulesPerByte.FromPicojoulesPerBit(energy),
            new Dollars(capital), new Watts(power), projected, sources);
    }
}
