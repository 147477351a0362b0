#!/usr/bin/env python3
"""Train the quote-kind model (decision 0026): is a quotation that no pattern gives a speaker somebody's words?

Reads what `lector analyze` logged for every such quotation (the features of QuoteKindModel, at DEBUG on the logger
org.lector.nlp.QuoteKindModel.features), labels each one by PolNeAR's gold attributions the way
../shared/eval/score.py does (at least half of the quotation's characters, marks and spaces aside, inside a gold
attribution), fits an L2-regularised logistic regression (numpy, Newton's method), and writes the weights and the
threshold to src/main/resources/org/lector/nlp/quote-kind-model.tsv.

  python3 bench/quote-kind/train.py GOLD.jsonl ANALYSIS.jsonl FEATURES.tsv [--out FILE] [--threshold T] [--l2 L]

ANALYSIS.jsonl is the `--format jsonl` output of the same run (it maps each logged text to its document). See
bench/quote-kind/README.md for the whole procedure. Standard library and numpy only.
"""
import argparse
import json
import sys

import numpy as np

QUOTE_MARKS = set('"\u201c\u201d\u201e\u00ab\u00bb\'\u2018\u2019')


def java_hash(s):
    h = 0
    b = s.encode('utf-16-le')
    for i in range(0, len(b), 2):
        h = (31 * h + (b[i] | (b[i + 1] << 8))) & 0xFFFFFFFF
    return h - (1 << 32) if h >= (1 << 31) else h


def utf16_to_cp(text):
    out = []
    for i, c in enumerate(text):
        out.append(i)
        if ord(c) > 0xFFFF:
            out.append(i)
    out.append(len(text))
    return out


def label(text, gold_chars, s16, e16, conv):
    s, e = conv[s16], conv[min(e16, len(conv) - 1)]
    chars = [i for i in range(s, e) if not text[i].isspace() and text[i] not in QUOTE_MARKS]
    if not chars:
        return None
    return int(sum(1 for i in chars if i in gold_chars) >= 0.5 * len(chars))


def load(gold_path, analysis_path, features_path):
    gold = {}
    with open(gold_path, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
                gold[g['doc_id']] = g
    docs = {}
    with open(analysis_path, encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            a = json.loads(line)
            src = a['document']['source'].rsplit('/', 1)[-1].rsplit('.', 1)[0]
            text = a['text']
            if src not in gold or gold[src]['text'] != text:
                continue
            g = gold[src]
            chars = set()
            for q in g['quotes']:
                for s, e in q.get('fragments') or [[q['start'], q['end']]]:
                    chars.update(range(s, e))
            n16 = len(text.encode('utf-16-le')) // 2
            docs[(n16, java_hash(text))] = (src, text, chars, utf16_to_cp(text))
    xs, ys, ids = [], [], []
    with open(features_path, encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) != 5:
                continue
            key = (int(parts[0]), int(parts[1]))
            if key not in docs:
                continue
            src, text, chars, conv = docs[key]
            y = label(text, chars, int(parts[2]), int(parts[3]), conv)
            if y is None:
                continue
            xs.append([float(v) for v in parts[4].split(',')])
            ys.append(y)
            ids.append((src, int(parts[2]), int(parts[3])))
    return np.array(xs), np.array(ys, dtype=float), ids


def fit(x, y, l2):
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def load_sets(sets):
    """Several (gold, analysis, feature log) sets at once: the stacked features and labels, the quotations' ids, and
    each analysed document by its file name."""
    xs, ys, ids, analyses = [], [], [], {}
    for gold, analysis, features in sets:
        x, y, i = load(gold, analysis, features)
        xs.append(x)
        ys.append(y)
        ids += i
        with open(analysis, encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    a = json.loads(line)
                    analyses[a['document']['source'].rsplit('/', 1)[-1].rsplit('.', 1)[0]] = a
    return np.vstack(xs), np.concatenate(ys), ids, analyses


def out_of_fold(x, y, fold, l2):
    """Each row's probability from a model fitted on the other folds."""
    p = np.zeros(len(y))
    for k in sorted(set(fold.tolist())):
        w = fit(x[fold != k], y[fold != k], l2)
        p[fold == k] = 1 / (1 + np.exp(-x[fold == k] @ w))
    return p


def report(name, x, y, w, t):
    p = 1 / (1 + np.exp(-x @ w))
    said = p >= t
    scare = ~said
    print(f'{name}: {len(y)} quotations, {int(y.sum())} in gold attributions; at threshold {t}: '
          f'{int(said.sum())} somebody\'s words ({int((said & (y == 1)).sum())} in gold), '
          f'{int(scare.sum())} scare ({int((scare & (y == 1)).sum())} in gold); '
          f'log loss {-np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)):.3f}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('gold')
    ap.add_argument('analysis')
    ap.add_argument('features')
    ap.add_argument('--names', required=True, help='feature names, comma-separated, in QuoteKindModel.NAMES order')
    ap.add_argument('--out')
    ap.add_argument('--threshold', type=float, default=0.5)
    ap.add_argument('--l2', type=float, default=1.0)
    ap.add_argument('--check', nargs=3, metavar=('GOLD', 'ANALYSIS', 'FEATURES'), help='a held-out set to report on')
    args = ap.parse_args()
    names = args.names.split(',')
    x, y, _ = load(args.gold, args.analysis, args.features)
    if x.shape[1] != len(names):
        sys.exit(f'{x.shape[1]} features logged, {len(names)} names given')
    w = fit(x, y, args.l2)
    report('train', x, y, w, args.threshold)
    for i in np.argsort(-np.abs(w)):
        print(f'  {names[i]:28s} {w[i]:+.3f}')
    if args.check:
        xc, yc, _ = load(*args.check)
        report('check', xc, yc, w, args.threshold)
    if args.out:
        with open(args.out, 'w', encoding='utf-8') as f:
            f.write('# Quote-kind model (decision 0026): logistic regression weights, written by '
                    'bench/quote-kind/train.py\n')
            f.write(f'# trained on {len(y)} quotations of PolNeAR train, L2 {args.l2}\n')
            f.write(f'threshold\t{args.threshold}\n')
            for n, v in zip(names, w):
                f.write(f'{n}\t{v:.4f}\n')


if __name__ == '__main__':
    main()
