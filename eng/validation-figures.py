#!/usr/bin/env python3
"""Rewrites the tables marked <!-- figures: NAME --> in docs/validation.md from the markdown output of
`infercost validate` and `infercost calibrate` (ValidationDocTests then checks them against the engine).

usage: eng/validation-figures.py VALIDATE.md CALIBRATE.md [docs/validation.md]"""
import re, sys

def tables(md):
    """Every markdown table under a '## ' heading: {heading: [row cells]} (header and rule rows dropped)."""
    out, head, rows = {}, None, None
    for line in md.splitlines():
        if line.startswith('## '):
            head, rows = line[3:].strip(), None
        elif line.startswith('|') and head:
            cells = [c.strip() for c in re.split(r'(?<!\\)\|', line.strip())[1:-1]]
            if rows is None:
                rows = out.setdefault(head, [])
                continue  # header
            if set(line.replace('|', '').strip()) <= set('-: '):
                continue  # rule
            rows.append(cells)
    return out

def table(header, rows):
    cols = len(header)
    align = ['---' if i < 2 or not any(ch.isdigit() for r in rows[:1] for ch in r[i]) else '---:' for i in range(cols)]
    return '\n'.join(['| ' + ' | '.join(header) + ' |', '|' + '|'.join(align) + '|'] + ['| ' + ' | '.join(r) + ' |' for r in rows])

def micro(cell):
    """A time as calibrate prints it ('1.932 ms', '28.39 ns', '8.796E-14 s') in microseconds, to 3 significant figures."""
    value, unit = cell.split()
    us = float(value) * {'s': 1e6, 'ms': 1e3, 'µs': 1.0, 'ns': 1e-3, 'ps': 1e-6}[unit]
    return '0' if us < 0.0005 else f'{us:.0f}' if us >= 100 else f'{us:.3g}'

def main():
    val, cal = open(sys.argv[1]).read(), open(sys.argv[2]).read()
    doc_path = sys.argv[3] if len(sys.argv) > 3 else 'docs/validation.md'
    v, c = tables(val), tables(cal)
    new = {}
    new['sets'] = table(['set', 'metric', 'cases', 'median \\|error\\|', 'P90 \\|error\\|', 'median signed'],
        [[s, r[0], r[1], r[2], r[3], r[4]] for s in ('calibration', 'validation') for r in v[f'Summary by metric: {s} set']])
    new['serving'] = table(['set', 'metric', 'cases', 'mean \\|error\\|', 'median \\|error\\|', 'median signed'],
        [[s, r[0], r[1], r[2], r[3], r[4]] for s in ('calibration', 'validation') for r in v.get(f'Serving cases (simulated): {s} set', [])])
    new['serving-groups'] = table(['set', 'source group', 'metric', 'cases', 'mean \\|error\\|', 'median signed'],
        [r[:6] for r in v['Serving cases by source group']])
    bias = []
    for dim in ('accelerator', 'model family', 'stack', 'precision', 'layout'):
        for r in v[f'Bias by {dim}']:
            bias.append([dim, r[0], r[1], r[2], r[3], r[4], r[5]])
    new['bias'] = table(['dimension', 'set', 'group', 'metric', 'cases', 'median signed', 'median \\|error\\|'], bias)
    gen = next(k for k in c if k.startswith('Generalisation'))
    new['generalisation'] = table(['predicted by', 'metric', 'cases', 'median \\|error\\|', 'P90 \\|error\\|', 'median signed'],
        [r[:6] for r in c[gen]])
    acc = next(k for k in c if k.startswith('Each accelerator family held out'))
    mod = next(k for k in c if k.startswith('Each model family held out'))
    hdr = ['held out', 'metric', 'cases', 'median \\|error\\|', 'P90 \\|error\\|', 'median signed']
    new['held-out-accelerator-family'] = table(hdr, [r[:6] for r in c[acc]])
    new['held-out-model-family'] = table(hdr, [r[:6] for r in c[mod]])
    new['targets'] = table(['target', 'limit', 'measured', 'met'], [r[:4] for r in c[next(k for k in c if k.startswith('Targets'))]])
    warns = re.findall(r'\*\*caution\*\*: ([\w.-]+): (\w+) \(.*?\) = ([\d.eE+-]+) is at its (?:upper|lower) bound ([\d.eE+-]+);', cal)
    new['bound-warnings'] = table(['owner', 'factor', 'value', 'bound'], [[o, f, str(round(float(val_), 4)), b] for o, f, val_, b in warns])
    bands = next(k for k in c if k.startswith('Confidence bands'))
    new['bands'] = table(['basis', 'measured by', 'cases', 'P10', 'P90'], [r[:5] for r in c[bands]])
    fam = c['Fitted factors by accelerator family (hardware)']
    new['families'] = table(['family', 'cases', 'bandwidth', 'FLOP/s', 'link', 'priors kept'], [r[:5] + [r[6]] for r in fam])
    stk = c['Fitted factors by serving stack (software)']
    new['stacks'] = table(['stack', 'cases', 'per pass (µs)', 'per kernel (µs)', 'per request (µs, reference host)', 'KV-pool fraction',
                           'MoE grouped GEMM', 'block-FP8 GEMM', 'priors kept'],
        [[r[0], r[1], micro(r[2]), micro(r[3]), micro(r[4]), r[5], r[6], r[7], r[9]] for r in stk])
    doc = open(doc_path).read()
    for name, body in new.items():
        pattern = re.compile(r'(<!-- figures: ' + re.escape(name) + r' -->\n)(\|.*\n)+')
        if not pattern.search(doc):
            sys.exit(f'no table marked figures: {name} in {doc_path}')
        doc = pattern.sub(lambda m: m.group(1) + body + '\n', doc, count=1)
    open(doc_path, 'w').write(doc)

main()
