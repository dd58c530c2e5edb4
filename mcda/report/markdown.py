"""Render a :class:`~mcda.report.document.Document` as Markdown (GitHub tables).

The main body first, then the appendices as a part of their own; figures link to
``figures/<name>.svg``; text in another language than the report is wrapped in
``<span lang="…">`` (GitHub keeps the attribute), so the language test can skip it.
"""

from __future__ import annotations

import html

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
from mcda.safe_text import markdown_inline as _escape
from mcda.safe_text import markdown_paragraph as _text

# Problem-file text must never become markup: every text goes through _escape (inside a
# line this writer starts) or _text (a paragraph, which starts its own line).


def render(document: Document) -> str:
    """The report as Markdown."""
    lines = [f"# {_escape(document.title)}", "", f"_{_escape(document.subtitle)}_", ""]
    if document.source:
        source = _marked(document.source, document.source_lang)
        lines += [f"{_escape(document.source_label)}: {source}", ""]
    for section in document.main:
        lines += _section(section, "##")
    if document.appendices:
        lines += [f"## {_escape(document.appendix_title)}", ""]
        for section in document.appendices:
            lines += _section(section, "###")
    if document.date_line:
        lines += ["---", "", _text(document.date_line), ""]
    if document.footer:
        lines += ["| | |", "|---|---|"]
        lines += [
            f"| {_footer_label(k)} | "
            + (f"`{v}`" if k.startswith("SHA-256 ") else _escape(v))
            + " |"
            for k, v in document.footer
        ]
        lines.append("")
    return "\n".join(lines)


def _footer_label(label: str) -> str:
    """A footer label; a file's path (after "SHA-256 ") is code, not text."""
    if label.startswith("SHA-256 ") and "`" not in label:
        return f"SHA-256 `{label[8:]}`"
    return _escape(label)


def _marked(text: str, lang: str | None) -> str:
    """``text`` escaped, inside a ``<span lang>`` when it has a language of its own."""
    if not lang:
        return _escape(text)
    return f'<span lang="{html.escape(lang)}">{_escape(text)}</span>'


def _section(section: Section, top: str) -> list[str]:
    marks = top if section.level == 1 else top + "#"
    lines = [f"{marks} {_escape(section.title)}", ""]
    for block in section.blocks:
        lines += _block(block)
        lines.append("")
    return lines


def _block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        if block.lang:
            return [_marked(block.text, block.lang)]
        text = _text(block.text)
        if block.href:  # our own relative link, never problem-file text
            text = f"[{_escape(block.text)}]({block.href})"
        return [f"**{text}**" if block.kind == "finding" else text]
    if isinstance(block, Items):
        return [f"- {_escape(item)}" for item in block.items]
    if isinstance(block, Answers):
        return [
            f"- **{_escape(title)}.** {_escape(sentence)}" for title, sentence, _ in block.items
        ]
    if isinstance(block, Card):
        lines = [f"**{_escape(block.title)}.**" + (f" {_escape(block.lead)}" if block.lead else "")]
        if block.points:
            lines.append("")
            lines += [f"- {_escape(point)}" for point in block.points]
        return lines
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):
        caption = _escape(block.caption)
        return [
            f"![{_escape(block.alt or block.caption)}](figures/{block.name}.svg)",
            "",
            f"_{caption}_",
        ]
    raise TypeError(f"unknown block {type(block).__name__}")  # pragma: no cover


def _cell(value: object) -> str:
    if not isinstance(value, Cell):
        return _escape(plain_cell(value))
    text = _marked(value.text, value.lang)
    if value.note:
        text += f" — {_escape(value.note)}"
    return text


def _table(table: Table) -> list[str]:
    lines = [f"**{_escape(table.caption)}**", ""] if table.caption else []
    lines.append("| " + " | ".join(_escape(c) for c in table.columns) + " |")
    lines.append("|" + "|".join("---" for _ in table.columns) + "|")
    for index, row in enumerate(table.rows):
        cells = [_cell(v) for v in row]
        if index in table.highlight:
            cells = [f"**{c}**" if c else c for c in cells]
        lines.append("| " + " | ".join(cells) + " |")
    if table.legend:
        lines += ["", f"_{_escape(table.legend)}_"]
    return lines
