#!/usr/bin/env python3
"""Choose the quote-kind model's threshold by the share of `scare` predictions that lie in gold attributions.

`scare` means "nobody is reported saying it", so a `scare` quotation inside a gold attribution is an error; the goal
(issue 15) is at most 10 % of them. This script reads one or more analysed sets (the `--format jsonl` output of
`lector analyze` with its feature log, as in README.md), computes every logged quotation's probability out of fold
(five folds by article, the model refitted on the other four), and for each threshold prints:

- the `scare` predictions and how many lie in gold attributions: those the model makes `scare`, plus those it would
  give words to but that keep `scare` for want of a speaker (read from the analysis: `scare` although the shipped
  model gave it words; for quotations it did not, the `no_candidate` feature), plus `scare` quotations the model
  never sees ("so-called");
- what the quoted-part F1 of `score.py quotes` becomes when the analysis is rewritten with the new decisions
  (`--score`: scare made partial, partial made scare; spans and speakers unchanged, so an estimate).

  python3 bench/quote-kind/threshold.py --names NAMES --l2 3 --set GOLD ANALYSIS FEATURES [--set ...] \
      [--thresholds 0.1,0.2,...] [--score ../shared/eval/score.py]

Standard library and numpy only; imports train.py from the same folder.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import zlib

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train  # noqa: E402


def shipped_model(path):
    w, t = {}, 0.5
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            k, v = line.rstrip('\n').split('\t')
            if k == 'threshold':
                t = float(v)
            else:
                w[k] = float(v)
    return w, t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--names', required=True)
    ap.add_argument('--l2', type=float, default=3.0)
    ap.add_argument('--set', nargs=3, action='append', required=True, metavar=('GOLD', 'ANALYSIS', 'FEATURES'))
    ap.add_argument('--model', default='src/main/resources/org/lector/nlp/quote-kind-model.tsv')
    ap.add_argument('--thresholds', default='0.05,0.1,0.15,0.2,0.25,0.3,0.35,0.4,0.45,0.5')
    ap.add_argument('--score', help='score.py, to estimate quoted-part F1 at each threshold')
    args = ap.parse_args()
    names = args.names.split(',')
    x, y, ids, analyses = train.load_sets(args.set)
    docs = sorted({s for s, _, _ in ids})
    fold = np.array([zlib.crc32(s.encode()) % 5 for s, _, _ in ids])
    p = train.out_of_fold(x, y, fold, args.l2)
    logged, blocked, other, other_gold = scare_context(args, names, x, ids, analyses)
    ws, ts = shipped_model(args.model)
    p_shipped = 1 / (1 + np.exp(-x @ np.array([ws[n] for n in names])))
    print(f'{len(analyses)} articles ({len(docs)} with logged quotations), {len(y)} logged quotations ({int(y.sum())} in gold); {int(blocked.sum())} kept '
          f'scare for want of a speaker ({int(y[blocked].sum())} in gold); {other} scare quotations not logged '
          f'({other_gold} in gold)')
    for name, probs in (('out of fold', p), ('shipped weights (in sample)', p_shipped)):
        print(f'-- {name}')
        for t in [float(v) for v in args.thresholds.split(',')]:
            scare = (probs < t) | blocked
            n = int(scare.sum()) + other
            g = int(y[scare].sum()) + other_gold
            said = ~scare
            line = (f't={t:.2f}: scare {n}, on gold {g} ({100 * g / max(n, 1):.0f} %); words {int(said.sum())} '
                    f'({int(y[said].sum())} in gold, {int((1 - y[said]).sum())} not)')
            if args.score:
                line += '  ' + estimate(args, analyses, ids, logged, scare)
            print(line)


def scare_context(args, names, x, ids, analyses):
    """What a threshold does not decide: each logged quotation's output quote, whether it stays `scare` for want of a
    speaker whatever the model says (read from the analysis when the shipped model gave it words, else from the
    `no_candidate` feature), and the `scare` quotations the model never sees (count, how many in gold)."""
    ws, ts = shipped_model(args.model)
    p_shipped = 1 / (1 + np.exp(-x @ np.array([ws[n] for n in names])))
    no_candidate = x[:, names.index('no_candidate')] == 1

    def quote_of(src, s, e):
        for q in analyses[src]['quotes']:
            if q['start'] <= s and e <= q['end']:
                return q
        return None
    logged = [quote_of(*i) for i in ids]
    kinds = np.array([(q or {}).get('kind', 'none') for q in logged])
    blocked = np.where(p_shipped >= ts, kinds == 'scare', no_candidate)
    logged_keys = {(s, q['start']) for (s, _, _), q in zip(ids, logged) if q}
    gold_chars = {}
    for gold, _, _ in args.set:
        with open(gold, encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    g = json.loads(line)
                    ch = set()
                    for q in g['quotes']:
                        for s, e in q.get('fragments') or [[q['start'], q['end']]]:
                            ch.update(range(s, e))
                    gold_chars[g['doc_id']] = (g['text'], ch)
    other, other_gold = 0, 0
    for src, a in analyses.items():
        if src not in gold_chars or gold_chars[src][0] != a['text']:
            continue
        text, ch = gold_chars[src]
        conv = train.utf16_to_cp(text)
        for q in a['quotes']:
            if q['kind'] == 'scare' and (src, q['start']) not in logged_keys:
                lab = train.label(text, ch, q['start'], q['end'], conv)
                if lab is not None:
                    other += 1
                    other_gold += lab
    return logged, blocked, other, other_gold


def estimate(args, analyses, ids, logged, scare):
    """Quoted-part F1 of score.py on the analyses with the logged quotations' kinds set by `scare`."""
    changed = {}
    for (src, _, _), q, sc in zip(ids, logged, scare):
        if q is None:
            continue
        kind = 'scare' if sc else ('partial' if q['kind'] == 'scare' else q['kind'])
        changed[(src, q['start'], q['end'])] = kind
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'a.jsonl')
        with open(out, 'w', encoding='utf-8') as f:
            for src, a in analyses.items():
                a = dict(a)
                a['quotes'] = [dict(q, kind=changed.get((src, q['start'], q['end']), q['kind'])) for q in a['quotes']]
                f.write(json.dumps(a) + '\n')
        gold = os.path.join(tmp, 'g.jsonl')
        with open(gold, 'w', encoding='utf-8') as f:
            for g, _, _ in args.set:
                with open(g, encoding='utf-8') as gf:
                    for line in gf:
                        if line.strip() and json.loads(line)['doc_id'] in analyses:
                            f.write(line)
        r = subprocess.run([sys.executable, args.score, 'quotes', gold, out], capture_output=True, text=True)
        last = [l for l in r.stdout.splitlines() if l.startswith('quotes F1')]
        return last[0] if last else r.stderr.strip()[-200:]


if __name__ == '__main__':
    main()
