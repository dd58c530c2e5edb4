"""Render a :class:`~mcda.report.document.Document` as one self-contained HTML page.

Everything is inline: CSS in a ``<style>`` element, figures as SVG data URIs (each an
isolated document, so the ids matplotlib writes cannot collide). No script, no
network. All text from problem files passes through :func:`html.escape`. Appendices
are ``<details>`` elements, closed when the page opens (and so when it is printed as
it opens); tables scroll inside their own box on a narrow screen; text in another
language than the page carries its ``lang`` attribute.
"""

from __future__ import annotations

import base64
import html
import re

from mcda.cli.output import cell as plain_cell
from mcda.report.document import (
    Answers,
    Block,
    Card,
    Cell,
    Document,
    Figure,
    Items,
    Paragraph,
    Section,
    Table,
)

#: Heat-map shades: the worst score (tone 0) to the best (tone 1), one hue (blue), so
#: that no colour means "bad" to a colour-blind reader and dark text stays legible.
HEAT_LOW = (0xF4, 0xF7, 0xFB)
HEAT_HIGH = (0x74, 0xA9, 0xCF)

CSS = """
@page { size: A4; margin: 11mm 11mm 12mm 11mm; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1d2530;
       max-width: 186mm; margin: 0 auto; padding: 8mm 5mm; line-height: 1.42; font-size: 10.5pt;
       overflow-wrap: break-word; }
h1 { font-size: 19pt; margin: 0 0 1mm; color: #0b3d5c; line-height: 1.2; }
h2 { font-size: 14pt; margin: 7mm 0 2.5mm; color: #0b3d5c; border-bottom: 2px solid #0b3d5c; }
h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm; color: #16537e; }
p { margin: 1.5mm 0 2.5mm; }
p.subtitle { color: #4a5866; margin: 0; }
p.source { color: #4a5866; margin: 0.5mm 0 3mm; font-size: 9.5pt; }
p.finding { background: #eef5fa; border-left: 4px solid #16537e; padding: 2mm 3mm; }
p.note { color: #3d4a57; font-size: 9.5pt; }
p.subhead { font-weight: 700; color: #16537e; margin: 3mm 0 1mm; font-size: 11pt; }
ul.points { margin: 1mm 0 3mm; padding-left: 5mm; }
ul.answers { list-style: none; padding: 0; margin: 1mm 0 2mm; }
ul.answers li { margin: 0 0 1.6mm; padding-left: 3mm; border-left: 4px solid #16537e; }
ul.answers a { color: inherit; text-decoration: none; }
ul.points li { margin: 0.8mm 0; }
div.card { border: 1px solid #cfd9e3; border-left: 4px solid #16537e; border-radius: 2px;
           padding: 1.8mm 3mm 1.2mm; margin: 2.5mm 0; }
div.card h3 { margin: 0 0 1mm; font-size: 11pt; }
div.card h3 a { color: inherit; text-decoration: none; }
div.card p.lead { font-weight: 600; margin: 0 0 1mm; }
div.card ul { margin: 0 0 0.8mm; padding-left: 4.5mm; font-size: 9.5pt; }
div.card li { margin: 0.4mm 0; }
div.table-wrap { overflow-x: auto; max-width: 100%; margin: 2mm 0 3.5mm; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.small { font-size: 8pt; }
caption { text-align: left; font-weight: 600; padding-bottom: 1mm; color: #16537e; }
th, td { border-bottom: 1px solid #d5dde5; padding: 1mm 1.4mm; vertical-align: top;
         text-align: left; }
th { background: #f1f4f7; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.heat { min-width: 22mm; }
td .value { font-weight: 600; }
td .cell-note { display: block; font-size: 0.92em; color: #33404c; }
tr.highlight td:first-child { font-weight: 700; border-left: 3px solid #1d2530; }
p.legend { font-size: 8.5pt; color: #4a5866; margin: -2mm 0 3mm; }
figure { margin: 2.5mm 0 4mm; }
figure img { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 9pt; color: #4a5866; }
nav ol { columns: 2; font-size: 9.5pt; margin: 1mm 0 2mm; }
nav p { margin: 2mm 0 0; font-weight: 600; font-size: 9.5pt; }
details.appendix { border-top: 1px solid #9aa7b4; margin: 2mm 0; }
details.appendix > summary { cursor: pointer; padding: 1.5mm 0; }
details.appendix > summary h2 { display: inline; border: none; font-size: 12pt; margin: 0; }
h2.part { margin-top: 9mm; }
footer { margin-top: 8mm; border-top: 1px solid #9aa7b4; font-size: 8pt; color: #4a5866; }
footer td { border: none; padding: 0.3mm 2mm 0.3mm 0; }
footer td:last-child { word-break: break-all; }
footer code { font-size: 7.5pt; }
@media (max-width: 600px) {
  body { padding: 4mm 3mm; font-size: 10pt; }
  h1 { font-size: 16pt; }
  nav ol { columns: 1; }
  td.heat { min-width: 30mm; }
}
@media print {
  body { padding: 0; max-width: none; font-size: 9pt; line-height: 1.35; }
  h1 { font-size: 16pt; }
  h2 { font-size: 13pt; margin: 4mm 0 2mm; }
  div.card { padding: 1.2mm 2.5mm 0.6mm; margin: 1.6mm 0; }
  div.card h3 { font-size: 10pt; }
  div.card p.lead { font-size: 9pt; }
  div.card ul { font-size: 8.5pt; }
  p.note { font-size: 8.5pt; }
  section.break { break-before: page; }
  div.card, figure, p.finding, tr, ul.answers li { break-inside: avoid; }
  ul.answers li { margin-bottom: 1.2mm; }
  h2, h3, caption { break-after: avoid; }
  div.keep { break-inside: avoid; }
  div.table-wrap { overflow: visible; }
  figure img { max-height: 88mm; width: auto; max-width: 100%; }
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
}
"""


def render(document: Document) -> str:
    """The complete HTML page as a string."""
    e = html.escape
    source = ""
    if document.source:
        source = (
            f'<p class="source">{e(document.source_label)}: <span{_lang(document.source_lang)}>'
            f"{e(document.source)}</span></p>"
        )
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
        source,
        "</header>",
        "<main>",
    ]
    main, appendices = document.main, document.appendices
    for index, section in enumerate(main):
        parts.append(_section(section, index > 0))
        if index == 0:
            parts.append(_contents(document))
    if appendices:
        parts.append(f'<h2 class="part" id="appendices">{e(document.appendix_title)}</h2>')
        parts += [_appendix(section) for section in appendices]
    parts.append("</main>")
    parts.append(_footer(document))
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def anchor(section: Section) -> str:
    """The section's id: its ``anchor`` or a slug of its title."""
    if section.anchor:
        return section.anchor
    return re.sub(r"[^a-z0-9]+", "-", section.title.lower()).strip("-") or "section"


def _contents(document: Document) -> str:
    e = html.escape
    items = [
        f'<li><a href="#{e(anchor(s))}">{e(s.title)}</a></li>'
        for s in document.main[1:]
        if s.level == 1
    ]
    items += [f'<li><a href="#{e(anchor(s))}">{e(s.title)}</a></li>' for s in document.appendices]
    return f"<nav><p>{e(document.contents_title)}</p><ol>{''.join(items)}</ol></nav>"


def _section(section: Section, breaks: bool) -> str:
    tag = "h2" if section.level == 1 else "h3"
    classes = "chapter" if section.level == 1 else "sub"
    if breaks and section.page_break:
        classes += " break"
    blocks = [_block(block) for block in section.blocks]
    heading = f"<{tag}>{html.escape(section.title)}</{tag}>"
    # The heading travels with its first block, so no page ends on a lone heading.
    first = blocks[0] if blocks else ""
    rest = "\n".join(blocks[1:])
    return (
        f'<section class="{classes}" id="{html.escape(anchor(section))}">'
        f'<div class="keep">{heading}\n{first}</div>\n{rest}</section>'
    )


def _appendix(section: Section) -> str:
    blocks = "\n".join(_block(block) for block in section.blocks)
    return (
        f'<details class="appendix" id="{html.escape(anchor(section))}">'
        f"<summary><h2>{html.escape(section.title)}</h2></summary>\n{blocks}</details>"
    )


def _lang(lang: str | None) -> str:
    return f' lang="{html.escape(lang)}"' if lang else ""


def _block(block: Block) -> str:
    e = html.escape
    if isinstance(block, Paragraph):
        css = f' class="{e(block.kind)}"' if block.kind != "text" else ""
        text = e(block.text)
        if block.href:
            text = f'<a href="{e(block.href)}">{text}</a>'
        return f"<p{css}{_lang(block.lang)}>{text}</p>"
    if isinstance(block, Items):
        items = "".join(f"<li>{e(item)}</li>" for item in block.items)
        return f'<ul class="points">{items}</ul>'
    if isinstance(block, Answers):
        rows = []
        for title, sentence, target in block.items:
            name = e(title)
            if target:
                name = f'<a href="#{e(target)}">{name}</a>'
            stop = "" if title[-1:] in "?!.:" else "."
            rows.append(f"<li><strong>{name}{stop}</strong> {e(sentence)}</li>")
        return f'<ul class="answers">{"".join(rows)}</ul>'
    if isinstance(block, Card):
        title = e(block.title)
        if block.target:
            title = f'<a href="#{e(block.target)}">{title}</a>'
        lead = f'<p class="lead">{e(block.lead)}</p>' if block.lead else ""
        points = "".join(f"<li>{e(p)}</li>" for p in block.points)
        body = f"<ul>{points}</ul>" if points else ""
        return f'<div class="card"><h3>{title}</h3>{lead}{body}</div>'
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):
        return _figure(block)
    raise TypeError(f"unknown block {type(block).__name__}")  # pragma: no cover


def _shade(tone: float) -> str:
    tone = min(1.0, max(0.0, tone))
    rgb = [round(lo + tone * (hi - lo)) for lo, hi in zip(HEAT_LOW, HEAT_HIGH, strict=True)]
    return "#" + "".join(f"{v:02x}" for v in rgb)


def _cell(value: object, numeric: bool) -> str:
    e = html.escape
    if not isinstance(value, Cell):
        text = e(plain_cell(value))
        return f'<td class="num">{text}</td>' if numeric else f"<td>{text}</td>"
    classes = []
    style = ""
    if value.numeric or (numeric and value.note is None):
        classes.append("num")
    if value.tone is not None:
        classes.append("heat")
        style = f' style="background:{_shade(value.tone)}"'
    css = f' class="{" ".join(classes)}"' if classes else ""
    body = e(value.text)
    if value.note:
        body = f'<span class="value">{body}</span><span class="cell-note">{e(value.note)}</span>'
    return f"<td{css}{style}{_lang(value.lang)}>{body}</td>"


def _table(table: Table) -> str:
    e = html.escape

    def is_number(v: object) -> bool:
        return isinstance(v, int | float) and not isinstance(v, bool)

    numeric = table.numeric or tuple(
        all(is_number(row[i]) or row[i] is None for row in table.rows)
        and any(is_number(row[i]) for row in table.rows)
        for i in range(len(table.columns))
    )
    head = "".join(f'<th scope="col">{e(c)}</th>' for c in table.columns)
    rows = []
    for index, row in enumerate(table.rows):
        css = ' class="highlight"' if index in table.highlight else ""
        cells = "".join(_cell(v, num) for v, num in zip(row, numeric, strict=True))
        rows.append(f"<tr{css}>{cells}</tr>")
    caption = f"<caption>{e(table.caption)}</caption>" if table.caption else ""
    css = ' class="small"' if table.small else ""
    legend = f'<p class="legend">{e(table.legend)}</p>' if table.legend else ""
    return (
        f'<div class="table-wrap"><table{css}>{caption}<thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>{legend}"
    )


def _figure(figure: Figure) -> str:
    data = base64.b64encode(figure.svg.encode("utf-8")).decode("ascii")
    caption = html.escape(figure.caption)
    alt = html.escape(figure.alt or figure.caption)
    return (
        f'<figure><img src="data:image/svg+xml;base64,{data}" alt="{alt}">'
        f"<figcaption>{caption}</figcaption></figure>"
    )


def _footer_label(label: str) -> str:
    """A footer label; a file's path (after "SHA-256 ") is code, not text."""
    if label.startswith("SHA-256 "):
        return f"SHA-256 <code>{html.escape(label[8:])}</code>"
    return html.escape(label)


def _footer_value(label: str, value: str) -> str:
    """A footer value; a file's hash is code."""
    if label.startswith("SHA-256 "):
        return f"<code>{html.escape(value)}</code>"
    return html.escape(value)


def _footer(document: Document) -> str:
    e = html.escape
    rows = "".join(
        f"<tr><td>{_footer_label(k)}</td><td>{_footer_value(k, v)}</td></tr>"
        for k, v in document.footer
    )
    date = f"<p>{e(document.date_line)}</p>" if document.date_line else ""
    return f"<footer>{date}<table>{rows}</table></footer>"
