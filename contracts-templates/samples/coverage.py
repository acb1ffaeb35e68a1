#!/usr/bin/env python3
"""Prints the item x outcome coverage table of the labelled samples (Markdown).

Run from anywhere: python3 contracts-templates/samples/coverage.py [--check] [DIRECTORY] [--target N]
DIRECTORY defaults to this script's directory (the development corpus); pass contracts-templates/heldout4 to
read a held-out set instead (its target is --target 1).
Flags items that fall short of the target (default >=2 SATISFIED, >=2 MISSING, >=2 PARTIAL or UNFAVOURABLE).
With --check it also validates every labels file against its text: all 35 items exactly once, known outcomes,
nulls for MISSING, and each quote present on the stated page after the README's normalisation. Run it after
editing a sample or a label; it exits 1 on any problem.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = ['AUD-%02d' % i for i in range(1, 11)] + ['PI-04'] + ['IN-USE-%02d' % i for i in range(1, 14)] + \
        ['IN-EXT-%02d' % i for i in range(1, 7)] + ['IN-PRC-%02d' % i for i in range(1, 6)]
OUTCOMES = ['SATISFIED', 'PARTIAL', 'UNFAVOURABLE', 'MISSING']


def normalise(text, language):
    # Japanese: a line break and the indentation of the next line vanish; English: whitespace runs become one space.
    if language == 'ja':
        return re.sub(r'\n[ \u3000]*', '', text)
    return re.sub(r'\s+', ' ', text)


def check(files):
    problems = []
    for f in files:
        doc = json.load(open(f, encoding='utf-8'))
        pages = open(f.replace('.labels.json', '.txt'), encoding='utf-8').read().split('\n\f\n')
        items = [lab['item'] for lab in doc['labels']]
        if sorted(items) != sorted(ITEMS):
            problems.append(f"{doc['id']}: items differ from the 35 expected")
        if doc.get('pages') not in (None, len(pages)):
            problems.append(f"{doc['id']}: pages={doc['pages']} but the text has {len(pages)}")
        for lab in doc['labels']:
            where = f"{doc['id']} {lab['item']}"
            if lab['outcome'] not in OUTCOMES:
                problems.append(f'{where}: unknown outcome {lab["outcome"]}')
            if lab['outcome'] == 'MISSING':
                if any(lab.get(k) for k in ('clauseRef', 'clausePath', 'quote', 'page')):
                    problems.append(f'{where}: MISSING label with a clause')
                continue
            if not (lab.get('clauseRef') and lab.get('clausePath') and lab.get('quote')):
                problems.append(f'{where}: clauseRef, clausePath and quote are required')
                continue
            if not re.fullmatch(r'(A\d+|\d+)(\.\d+)*', lab['clausePath']):
                problems.append(f'{where}: malformed clausePath {lab["clausePath"]}')
            quote = normalise(lab['quote'], doc['language']).strip()
            page = lab.get('page')
            texts = [normalise(pages[page - 1], doc['language'])] if page and 0 < page <= len(pages) else []
            if not any(quote in t for t in texts):
                problems.append(f'{where}: quote not found on page {page}')
    for p in problems:
        print('PROBLEM', p, file=sys.stderr)
    return not problems


def main(directory=HERE, target=2):
    files = sorted(glob.glob(os.path.join(directory, '*.labels.json')))
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
        if c['SATISFIED'] < target or c['MISSING'] < target or c['PARTIAL'] + c['UNFAVOURABLE'] < target:
            short.append(i)
    if short:
        print('\nBelow target:', ', '.join(short), file=sys.stderr)


def arguments(argv):
    # [--check] [DIRECTORY] [--target N], in any order; no DIRECTORY means the development corpus beside this file.
    args, directory, target = list(argv), HERE, 2
    if '--target' in args:
        i = args.index('--target')
        target = int(args[i + 1])
        del args[i:i + 2]
    rest = [a for a in args if a != '--check']
    if rest:
        directory = os.path.abspath(rest[0])
        if not os.path.isdir(directory):
            sys.exit(f'not a directory: {rest[0]}')
    return '--check' in args, directory, target


if __name__ == '__main__':
    checking, directory, target = arguments(sys.argv[1:])
    if checking:
        ok = check(sorted(glob.glob(os.path.join(directory, '*.labels.json'))))
        print('labels check:', 'ok' if ok else 'problems found', file=sys.stderr)
        main(directory, target)
        sys.exit(0 if ok else 1)
    main(directory, target)
