#!/usr/bin/env python3
"""Prints the item x outcome coverage table of the labelled samples (Markdown).

Run from anywhere: python3 contracts-templates/samples/coverage.py
Flags items that fall short of the corpus target (>=2 SATISFIED, >=2 MISSING, >=2 PARTIAL or UNFAVOURABLE).
"""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = ['AUD-%02d' % i for i in range(1, 11)] + ['PI-04'] + ['IN-USE-%02d' % i for i in range(1, 14)] + \
        ['IN-EXT-%02d' % i for i in range(1, 7)] + ['IN-PRC-%02d' % i for i in range(1, 6)]
OUTCOMES = ['SATISFIED', 'PARTIAL', 'UNFAVOURABLE', 'MISSING']


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.labels.json')))
    counts = {i: {o: 0 for o in OUTCOMES} for i in ITEMS}
    langs, models = {}, {}
    for f in files:
        doc = json.load(open(f, encoding='utf-8'))
        langs[doc['language']] = langs.get(doc['language'], 0) + 1
        models[doc['model']] = models.get(doc['model'], 0) + 1
        for lab in doc['labels']:
            if lab['item'] in counts:
                counts[lab['item']][lab['outcome']] += 1
    print(f'{len(files)} samples; languages {dict(sorted(langs.items()))}; models {dict(sorted(models.items()))}\n')
    print('| Item | SATISFIED | PARTIAL | UNFAVOURABLE | MISSING |')
    print('|---|---|---|---|---|')
    short = []
    for i in ITEMS:
        c = counts[i]
        print(f"| {i} | {c['SATISFIED']} | {c['PARTIAL']} | {c['UNFAVOURABLE']} | {c['MISSING']} |")
        if c['SATISFIED'] < 2 or c['MISSING'] < 2 or c['PARTIAL'] + c['UNFAVOURABLE'] < 2:
            short.append(i)
    if short:
        print('\nBelow target:', ', '.join(short), file=sys.stderr)


if __name__ == '__main__':
    main()
