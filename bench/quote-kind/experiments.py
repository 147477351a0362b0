#!/usr/bin/env python3
"""Measure, on PolNeAR train, two levers for issue 15's quoted-part F1 and `scare` share before building them.

`features`: would more signs around a quotation let the quote-kind model (decision 0026) split somebody's words from
scare quotes better? Every candidate below is computed here in Python from the analysed text (none is in the engine);
the model is refitted out of fold (five folds by article, as threshold.py) with the shipped features, with each
candidate added alone, with all of them, and with all of them and their products with seven of the shipped features.
For each, the out-of-fold log loss and, per threshold, how many of the model's quotations become `scare`, how many
of those lie in gold attributions, and how many it gives words to outside any gold attribution (false quotes). Only
the quotations the model decides are counted (not "so-called" nor those kept `scare` for want of a speaker).

`sources`: where the analysis's quotations come from and how often each kind lies in a gold attribution, split by
who decided the kind: the model (the quotation's marks are in the feature log) or a pattern (a speaker of its own, "so-called").

`extent`: is the precision lost to partial quotes whose reported clause runs past PolNeAR's content span a
boundary effect? Rewrites every partial quote that starts before its first quotation mark so that it stops at its last
closing mark (when more than K characters follow it), or spans its quoted words only, and scores each variant with
score.py (quoted-part F1 and the span measures).

  python3 bench/quote-kind/experiments.py features --names NAMES --set GOLD ANALYSIS FEATURES [--set ...]
  python3 bench/quote-kind/experiments.py sources GOLD ANALYSIS FEATURES
  python3 bench/quote-kind/experiments.py extent --score ../shared/eval/score.py GOLD ANALYSIS

ANALYSIS and FEATURES are made as in README.md. Standard library and numpy only; imports train.py.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import zlib

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train  # noqa: E402

# A stand-in for the engine's cue lexicon (QuoteCues): the reporting and naming verbs news uses most.
CUES = set('said says say told tells called calls call described describes describing calling saying wrote writes '
           'added argued insisted warned claimed claims dubbed labeled labelled termed promised vowed pledged '
           'declared blasted slammed praised asked urged'.split())
DETERMINERS = {'the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our'}
WORD = re.compile(r"[\w'\u2019-]+")
QUOTED = re.compile('[\u201c"\u2018\']([^\u201c\u201d"\\n]{1,200}?)[\u201d"\u2019\']')
LONG_QUOTED = re.compile('[\u201c"]([^\u201c\u201d"\\n]{1,2000}?)[\u201d"]')
INTERACT = ('how_none', 'speech', 'punct_inside', 'first_upper', 'no_candidate', 'via_nearest', 'via_last')
CLOSING = '\u201d"\u00bb'
OPENING = '\u201c"\u00ab'


def candidates(text, s, e):
    """The candidate signs of the quotation text[s:e] (code points, marks included)."""
    inner = text[s + 1:e - 1].strip('\u201c\u201d"\'\u2018\u2019 ,.')
    low = inner.lower()
    before = WORD.findall(text[max(0, s - 60):s])
    after = WORD.findall(text[e:e + 40])
    line_start = text.rfind('\n', 0, s) + 1
    line_end = text.find('\n', e)
    line = text[line_start:len(text) if line_end < 0 else line_end].rstrip()
    lower_text = text.lower()
    long_enough = len(low) > 2
    first_line = text.split('\n', 1)[0]
    return {
        'repeated': long_enough and lower_text.count(low) >= 2,
        'repeated_near': long_enough and lower_text[max(0, s - 5000):e + 5000].count(low) >= 2,
        'repeated_quoted': long_enough and sum(1 for m in QUOTED.finditer(text)
                                               if m.group(1).lower().strip(' ,.!?') == low) >= 2,
        'cue_before3': any(w.lower() in CUES for w in before[-3:]),
        'cue_before8': any(w.lower() in CUES for w in before[-8:]),
        'cue_after4': any(w.lower() in CUES for w in after[:4]),
        'line_cue': any(w.lower() in CUES for w in WORD.findall(line)),
        'short_line': len(line) < 90 and not line.endswith(('.', '"', '\u201d', '?', '!')),
        'line_no_period': not line.endswith(('.', '"', '\u201d', '?', '!', ':')),
        'det_before': bool(before) and before[-1].lower() in DETERMINERS,
        'lower_start': bool(inner) and inner[0].islower(),
        # the article's own use of the words: inside a longer quotation elsewhere, or in the headline above
        'echo_of_longer_quote': len(low) > 3 and any(
            low in m.group(1).lower() and len(m.group(1)) > len(low) + 10
            for m in LONG_QUOTED.finditer(text) if not m.start() <= s < m.end()),
        'in_headline': len(low) > 3 and s > len(first_line) and low in first_line.lower(),
    }


def row(name, p, y, thresholds):
    ll = -np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))
    cells = [f'{name:24s} log loss {ll:.4f}']
    for t in thresholds:
        scare = p < t
        n, gold = int(scare.sum()), int(y[scare].sum())
        share = 100 * gold / n if n else 0
        cells.append(f'{t}: scare {n} in gold {gold} ({share:.0f} %), false quotes {int((~scare & (y == 0)).sum())}')
    print(' | '.join(cells))


def features(args):
    names = args.names.split(',')
    x, y, ids, analyses = train.load_sets(args.set)
    texts = {src: a['text'] for src, a in analyses.items()}
    rows = []
    conv = {}
    for src, s16, e16 in ids:
        text = texts[src]
        if src not in conv:
            conv[src] = train.utf16_to_cp(text)
        c = conv[src]
        rows.append(candidates(text, c[s16], c[e16] if e16 < len(c) else len(text)))
    extra = list(rows[0])
    ex = np.array([[float(r[k]) for k in extra] for r in rows])
    fold = np.array([zlib.crc32(s.encode()) % 5 for s, _, _ in ids])
    ts = [float(t) for t in args.thresholds.split(',')]
    print(f'{len(y)} quotations the model decides, {int(y.sum())} inside gold attributions; out of fold, 5 folds')
    row('shipped features', train.out_of_fold(x, y, fold, args.l2), y, ts)
    for j, k in enumerate(extra):
        col = ex[:, j]
        print(f'  {k}: {int(col.sum())} quotations, {100 * y[col == 1].mean() if col.sum() else 0:.0f} % in gold')
        row('+ ' + k, train.out_of_fold(np.hstack([x, ex[:, [j]]]), y, fold, args.l2), y, ts)
    xa = np.hstack([x, ex])
    row('+ all candidates', train.out_of_fold(xa, y, fold, args.l2), y, ts)
    products = []
    for a in (names.index(n) for n in INTERACT):
        for j in range(1, xa.shape[1]):
            col = xa[:, a] * xa[:, j]
            if j != a and col.sum() >= 15:
                products.append(col)
    xi = np.hstack([xa, np.array(products).T])
    for l2 in (args.l2, 10.0, 30.0):
        row(f'+ products, L2 {l2:g}', train.out_of_fold(xi, y, fold, l2), y, ts)


def rewrite(analysis, out, mode, k):
    changed = 0
    with open(analysis, encoding='utf-8') as f, open(out, 'w', encoding='utf-8') as o:
        for line in f:
            if not line.strip():
                continue
            a = json.loads(line)
            text = a['text']
            # Offsets are UTF-16 code units: a text with characters beyond the BMP is left as it is (a handful).
            bmp = len(text.encode('utf-16-le')) == 2 * len(text)
            for q in (a.get('quotes') or []) if bmp else []:
                s, e = q['start'], q['end']
                seg = text[s:e]
                if q.get('kind') != 'partial' or not seg or seg[0] in OPENING + '\u2018\'':
                    continue
                last = max(seg.rfind(c) for c in CLOSING)
                if seg.rfind("''") > last:
                    last = seg.rfind("''") + 1
                if last < 0 or mode == 'as is':
                    continue
                if mode == 'quoted words':
                    firsts = [i for i in (seg.find(c) for c in OPENING) if i >= 0]
                    q['start'] = s + (min(firsts) if firsts else 0)
                    q['end'] = s + last + 1
                    changed += 1
                elif len(seg[last + 1:].strip()) > k:
                    q['end'] = s + last + 1
                    changed += 1
            o.write(json.dumps(a) + '\n')
    return changed


def extent(args):
    with tempfile.TemporaryDirectory() as tmp:
        for mode, k in (('as is', 0), ('stop at the last mark', 0), ('stop at the last mark', 60),
                        ('stop at the last mark', 120), ('quoted words', 0)):
            out = os.path.join(tmp, 'a.jsonl')
            changed = rewrite(args.analysis, out, mode, k)
            res = subprocess.run([sys.executable, args.score, 'quotes', args.gold, out], capture_output=True,
                                 text=True, check=True).stdout
            keep = [ln.strip() for ln in res.splitlines()
                    if ln.startswith(('span recall', 'span precision', 'quoted-part F1'))]
            label = mode if mode != 'stop at the last mark' else f'{mode} (more than {k} characters after it)'
            print(f'{label}: {changed} partial quotes changed')
            for ln in keep:
                print('   ' + re.sub(r'\s{2,}', '  ', ln))


def sources(args):
    logged = {}  # (text length, hash) -> the logged quotation marks' spans
    with open(args.features, encoding='utf-8') as f:
        for line in f:
            parts = line.split('\t')
            if len(parts) == 5:
                logged.setdefault((int(parts[0]), int(parts[1])), []).append((int(parts[2]), int(parts[3])))
    gold = {}
    with open(args.gold, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
                gold[g['doc_id']] = g
    counts, docs = {}, 0
    with open(args.analysis, encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            a = json.loads(line)
            g = gold.get(a['document']['source'].rsplit('/', 1)[-1].rsplit('.', 1)[0])
            text = a['text']
            if g is None or g['text'] != text:
                continue
            docs += 1
            conv = train.utf16_to_cp(text)
            chars = set()
            for q in g['quotes']:
                for s, e in q.get('fragments') or [[q['start'], q['end']]]:
                    chars.update(range(s, e))
            marks = logged.get((len(text.encode('utf-16-le')) // 2, train.java_hash(text)), [])
            for q in a.get('quotes') or []:
                y = train.label(text, chars, q['start'], q['end'], conv)
                if y is None:
                    continue
                # A partial quote may span its reported clause: the model decided it if its marks were logged
                inside = any(q['start'] <= s and e <= q['end'] for s, e in marks)
                who = 'model' if inside else 'pattern'
                c = counts.setdefault((q.get('kind') or 'direct', who), [0, 0])
                c[0] += 1
                c[1] += y
    print(f'{docs} articles whose text is the gold text')
    for (kind, who), (n, y) in sorted(counts.items()):
        print(f'  {kind:8s} decided by the {who:7s}: {n:5d}, {y:5d} inside gold attributions ({100 * y / n:.0f} %)')


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest='cmd', required=True)
    f = sub.add_parser('features')
    f.add_argument('--names', required=True)
    f.add_argument('--l2', type=float, default=3.0)
    f.add_argument('--set', nargs=3, action='append', required=True, metavar=('GOLD', 'ANALYSIS', 'FEATURES'))
    f.add_argument('--thresholds', default='0.2,0.3,0.4,0.5')
    o = sub.add_parser('sources')
    o.add_argument('gold')
    o.add_argument('analysis')
    o.add_argument('features')
    x = sub.add_parser('extent')
    x.add_argument('--score', required=True)
    x.add_argument('gold')
    x.add_argument('analysis')
    args = ap.parse_args()
    {'features': features, 'sources': sources, 'extent': extent}[args.cmd](args)


if __name__ == '__main__':
    main()
