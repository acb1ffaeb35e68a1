#!/usr/bin/env python3
"""Turns labelled sample contracts (.txt) into word-processor documents (HTML for LibreOffice
Writer) so that `bench/evaluate-office.sh` can judge PDFs that an office suite laid out, not our
own fixture writer: proportional fonts, justified lines wrapped where the word processor wraps
them, paragraphs re-flowed, the word processor's own pagination (no printed page numbers).

The sample texts print each paragraph already wrapped; this script re-joins the wrapped lines of a
paragraph before handing it to the word processor. A line starts a new paragraph after a blank
line, or when it begins with a heading or numbering token; any other line continues the previous
one. Footers ("- n -") and form feeds are dropped.

Usage: bench/office-render.py <sample-dir> <out-dir>   (writes <id>.html per <id>.txt)
"""
import html
import pathlib
import re
import sys

STARTS_PARAGRAPH = re.compile(
    r"^\s*("
    r"第[0-9０-９一二三四五六七八九十百]+[条章節項]|（[^）]{1,20}）\s*$|別紙|別記|別表|附則|付則|"
    r"[0-9０-９]+[　 ]|[0-9０-９]+(\.[0-9]+)*[\.．]?\s|[（(][0-9０-９a-zA-Zivx一二三四五六七八九十]+[）)]|"
    r"[一二三四五六七八九十]+[　 、]|[①-⑳]|[ア-ン][　 ]|"
    r"(Article|ARTICLE|Section|SECTION|Clause|CLAUSE|Schedule|SCHEDULE|Exhibit|EXHIBIT|Annex|ANNEX|"
    r"Appendix|APPENDIX|§)\b|[A-Z][A-Z ,&\-]{6,}$)"
)
HEADING = re.compile(
    r"^\s*(第[0-9０-９一二三四五六七八九十百]+[条章節](（[^）]*）)?\s*$|（[^）]{1,20}）\s*$|"
    r"別紙|別記|別表|(Article|ARTICLE|Section|SECTION|Clause|Schedule|SCHEDULE|Exhibit|EXHIBIT|Annex|"
    r"ANNEX|Appendix)\s+[0-9A-Z]+[\.:]?\s+[A-Z][^.]{0,60}$|[0-9]+\.\s+[A-Z][A-Z ,&\-]{3,}$|"
    r"[A-Z][A-Z ,&\-]{6,}$)"
)
FOOTER = re.compile(r"^\s*-\s*\d+\s*-\s*$")


def paragraphs(text, japanese):
    # A page break (blank lines, footer, form feed) does not end a paragraph: sentences run on.
    text = re.sub(r"\n[ \t\u3000]*(\n[ \t\u3000]*)*-\s*\d+\s*-[ \t]*\n?\f\n?", "\n", text)
    paras, current = [], None
    for raw in text.replace("\f", "\n").split("\n"):
        line = raw.rstrip()
        if FOOTER.match(line):
            continue
        if not line.strip():
            if current is not None:
                paras.append(current)
            current = None
            continue
        if current is None or STARTS_PARAGRAPH.match(line) or HEADING.match(current):
            if current is not None:
                paras.append(current)
            current = line.strip()
        else:
            piece = line.strip().lstrip("\u3000")
            current += piece if japanese else " " + piece
    if current is not None:
        paras.append(current)
    return paras


def render(txt_path, out_dir):
    text = txt_path.read_text(encoding="utf-8")
    japanese = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", text)) > len(text) / 20
    font = "IPAMincho" if japanese else "Liberation Serif"
    size = "10.5pt" if japanese else "11pt"
    paras = paragraphs(text, japanese)
    body = []
    for i, p in enumerate(paras):
        esc = html.escape(p)
        if i == 0:
            body.append(f'<p align="center"><b>{esc}</b></p>')
        elif HEADING.match(p):
            body.append(f"<p><b>{esc}</b></p>")
        else:
            body.append(f'<p align="justify">{esc}</p>')
    doc = (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<style>p {{ font-family: '{font}'; font-size: {size}; margin: 0 0 4pt 0; }}"
        "@page { size: A4; margin: 25mm 22mm; }</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
    (out_dir / (txt_path.stem + ".html")).write_text(doc, encoding="utf-8")


def main():
    src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for txt in sorted(src.glob("*.txt")):
        render(txt, out)


if __name__ == "__main__":
    main()
