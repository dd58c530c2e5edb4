"""Render a :class:`~mcda.report.document.Document` as one self-contained HTML page.

Everything is inline: CSS in a ``<style>`` element, figures as SVG data URIs (each an
isolated document, so the ids matplotlib writes cannot collide). No script, no
network. All text from problem files passes through :func:`html.escape`. The page
prints on A4 with a page break before each chapter.
"""

from __future__ import annotations

import base64
import html
import re

from mcda.cli.output import cell
from mcda.report.document import Block, Document, Figure, Paragraph, Section, Table

CSS = """
@page { size: A4; margin: 14mm 13mm 16mm 13mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1d2530;
       max-width: 184mm; margin: 0 auto; padding: 10mm 6mm; line-height: 1.45; font-size: 10.5pt; }
h1 { font-size: 20pt; margin: 0 0 2mm; color: #0b3d5c; }
h2 { font-size: 15pt; margin: 9mm 0 3mm; color: #0b3d5c; border-bottom: 2px solid #0b3d5c; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; color: #16537e; page-break-after: avoid; }
p.subtitle { color: #4a5866; margin-top: 0; }
p.finding { background: #eef5fa; border-left: 4px solid #16537e; padding: 2mm 3mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9pt; }
table.small { font-size: 8pt; }
caption { text-align: left; font-weight: 600; padding-bottom: 1mm; color: #16537e; }
th, td { border-bottom: 1px solid #d5dde5; padding: 1mm 1.5mm; vertical-align: top;
         text-align: left; }
th { background: #f1f4f7; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.highlight td { background: #fff4cc; font-weight: 600; }
figure { margin: 3mm 0 5mm; page-break-inside: avoid; }
figure img { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 9pt; color: #4a5866; }
nav ol { columns: 2; font-size: 9.5pt; }
footer { margin-top: 10mm; border-top: 1px solid #9aa7b4; font-size: 8.5pt; color: #4a5866; }
footer td { border: none; padding: 0.3mm 2mm 0.3mm 0; }
footer td:last-child { word-break: break-all; }
@media print {
  body { padding: 0; max-width: none; }
  section.chapter { page-break-before: always; }
  section.chapter.first { page-break-before: avoid; }
  tr, figure, p.finding { page-break-inside: avoid; }
  h2, h3, caption { page-break-after: avoid; }
  div.keep { page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def render(document: Document) -> str:
    """The complete HTML page as a string."""
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(document.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(document.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{e(document.title)}</h1>",
        f'<p class="subtitle">{e(document.subtitle)}</p>',
        "</header>",
        _contents(document),
    ]
    first = True
    for section in document.sections:
        parts.append(_section(section, first))
        if section.level == 1:
            first = False
    parts.append(_footer(document))
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def anchor(section: Section) -> str:
    """The section's id: its ``anchor`` or a slug of its title."""
    if section.anchor:
        return section.anchor
    return re.sub(r"[^a-z0-9]+", "-", section.title.lower()).strip("-") or "section"


def _contents(document: Document) -> str:
    items = [
        f'<li><a href="#{html.escape(anchor(s))}">{html.escape(s.title)}</a></li>'
        for s in document.sections
        if s.level == 1
    ]
    return f"<nav><ol>{''.join(items)}</ol></nav>"


def _section(section: Section, first: bool) -> str:
    tag = "h2" if section.level == 1 else "h3"
    classes = (
        "chapter first"
        if section.level == 1 and first
        else ("chapter" if section.level == 1 else "sub")
    )
    blocks = [_block(block) for block in section.blocks]
    heading = f"<{tag}>{html.escape(section.title)}</{tag}>"
    # The heading travels with its first block, so no page ends on a lone heading.
    first_block = blocks[0] if blocks else ""
    rest = "\n".join(blocks[1:])
    return (
        f'<section class="{classes}" id="{html.escape(anchor(section))}">'
        f'<div class="keep">{heading}\n{first_block}</div>\n{rest}</section>'
    )


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        css = ' class="finding"' if block.emphasis else ""
        return f"<p{css}>{html.escape(block.text)}</p>"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):
        return _figure(block)
    raise TypeError(f"unknown block {type(block).__name__}")  # pragma: no cover


def _table(table: Table) -> str:
    e = html.escape
    numeric = table.numeric or tuple(
        all(isinstance(row[i], int | float) or row[i] is None for row in table.rows)
        and any(isinstance(row[i], int | float) for row in table.rows)
        for i in range(len(table.columns))
    )
    head = "".join(f"<th>{e(c)}</th>" for c in table.columns)
    rows = []
    for index, row in enumerate(table.rows):
        css = ' class="highlight"' if index in table.highlight else ""
        cells = "".join(
            f'<td class="num">{e(cell(v))}</td>' if num else f"<td>{e(cell(v))}</td>"
            for v, num in zip(row, numeric, strict=True)
        )
        rows.append(f"<tr{css}>{cells}</tr>")
    caption = f"<caption>{e(table.caption)}</caption>" if table.caption else ""
    css = ' class="small"' if table.small else ""
    return (
        f"<table{css}>{caption}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _figure(figure: Figure) -> str:
    data = base64.b64encode(figure.svg.encode("utf-8")).decode("ascii")
    alt = html.escape(figure.caption)
    return (
        f'<figure><img src="data:image/svg+xml;base64,{data}" alt="{alt}">'
        f"<figcaption>{alt}</figcaption></figure>"
    )


def _footer(document: Document) -> str:
    e = html.escape
    rows = "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in document.footer)
    date = f"<p>{e(document.date_line)}</p>" if document.date_line else ""
    return f"<footer>{date}<table>{rows}</table></footer>"
