#!/usr/bin/env bash
# Issue 4's scale figures: synthesize N programs from consecutive seeds, validate them all, count
# near-duplicates (overall and among the first 250, 500, 1,000, ... seeds), with the bundled CLI
# (npm run bundle) — on any machine; on the GPU host:
#   source .gpu-bundle/env.sh; OUT=... bash bench/synth_scale.sh 10000 cuda:0 12
# ST="node other/shadertrain.mjs" runs another bundle (e.g. one built with an older synthesizer).
set -euo pipefail
n=${1:-10000}; device=${2:-auto}; workers=${3:-2}
out=${OUT:-/tmp/synth-scale}; mkdir -p "$out"
export SHADERTRAIN_HOME=${SHADERTRAIN_HOME:-$(mktemp -d)}
export SHADERTRAIN_PYTHON=${SHADERTRAIN_PYTHON:-$(command -v python3)}
st=${ST:-node dist/shadertrain.mjs}  # ST: another bundle, e.g. an older synthesizer version
now() { date +%s.%N; }
t0=$(now)
$st --json crawl synth --options "{\"startSeed\":0,\"count\":$n}" > "$out/crawl.json"
t1=$(now)
$st --json validate --pending --workers "$workers" --device "$device" > "$out/validate.json" || true
t2=$(now)
$st --json catalog diversity --source synth --stored --max $((n * 2)) --sample 256 --sheet "$out/sheet.png" > "$out/diversity.json"
t3=$(now)
python3 - "$out" "$t0" "$t1" "$t2" "$t3" "$n" "$workers" <<'PY'
import json, sys
out, t0, t1, t2, t3, n, workers = sys.argv[1], *map(float, sys.argv[2:6]), int(sys.argv[6]), int(sys.argv[7])
v = json.load(open(f'{out}/validate.json')); d = json.load(open(f'{out}/diversity.json'))
c = v['counts']; valid = c.get('valid', 0); total = sum(c.values())
res = {'programs': n, 'crawl_s': t1 - t0, 'crawl_per_s': n / (t1 - t0), 'validate_s': t2 - t1, 'validate_per_s': total / (t2 - t1),
       'workers': workers, 'counts': c, 'valid_fraction': valid / max(total, 1), 'diversity_s': t3 - t2,
       'near_duplicates': d['overall']['nearDuplicates'], 'near_duplicate_fraction': d['overall']['nearDuplicates'] / max(d['overall']['programs'], 1),
       'reasons': {}}
for o in v['outcomes']:
    if o['status'] != 'valid': res['reasons'][o['reason'].split(':')[0]] = res['reasons'].get(o['reason'].split(':')[0], 0) + 1
# near-duplicates among the first N seeds (a program counts when an earlier seed is within the threshold):
# the rate grows with N, since every pair is compared
seed = {pid: i for i, pid in enumerate(json.load(open(f'{out}/crawl.json'))['newIds'])}
ok = sorted(seed[o['id']] for o in v['outcomes'] if o['status'] == 'valid' and o['id'] in seed)
later = [max(seed[p['a']], seed[p['b']]) for p in d['nearDuplicatePairs'] if p['a'] in seed and p['b'] in seed]
res['near_duplicates_by_prefix'] = {}
for m in sorted({x for x in (250, 500, 1000, 1500, 2500, 5000, 10000, n) if x <= n}):
    flagged = len({s for s in later if s < m}); valid_m = sum(1 for s in ok if s < m)
    res['near_duplicates_by_prefix'][m] = {'valid': valid_m, 'near_duplicates': flagged, 'fraction': flagged / max(valid_m, 1)}
res['hash'] = d['options']
json.dump(res, open(f'{out}/summary.json', 'w'), indent=1); print(json.dumps(res, indent=1))
PY
