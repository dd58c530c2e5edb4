"""Render a :class:`~mcda.report.document.Document` as Markdown (GitHub tables)."""

from __future__ import annotations

from mcda.cli.output import cell
from mcda.report.document import Block, Document, Figure, Paragraph, Section, Table
from mcda.safe_text import markdown_inline as _escape
from mcda.safe_text import markdown_paragraph as _text

# Problem-file text must never become markup: every text goes through _escape (inside a
# line this writer starts) or _text (a paragraph, which starts its own line).


def render(document: Document) -> str:
    """The report as Markdown; figures link to ``figures/<name>.svg``."""
    lines = [f"# {_escape(document.title)}", "", f"_{_escape(document.subtitle)}_", ""]
    for section in document.sections:
        lines += _section(section)
    if document.date_line:
        lines += ["---", "", _text(document.date_line), ""]
    if document.footer:
        lines += ["| | |", "|---|---|"]
        lines += [f"| {_escape(k)} | {_escape(v)} |" for k, v in document.footer]
        lines.append("")
    return "\n".join(lines)


def _section(section: Section) -> list[str]:
    marks = "##" if section.level == 1 else "###"
    lines = [f"{marks} {_escape(section.title)}", ""]
    for block in section.blocks:
        lines += _block(block)
        lines.append("")
    return lines


def _block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        text = _text(block.text)
        return [f"**{text}**" if block.emphasis else text]
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):
        caption = _escape(block.caption)
        return [f"![{caption}](figures/{block.name}.svg)", "", f"_{caption}_"]
    raise TypeError(f"unknown block {type(block).__name__}")  # pragma: no cover


def _table(table: Table) -> list[str]:
    lines = [f"**{_escape(table.caption)}**", ""] if table.caption else []
    lines.append("| " + " | ".join(_escape(c) for c in table.columns) + " |")
    lines.append("|" + "|".join("---" for _ in table.columns) + "|")
    for index, row in enumerate(table.rows):
        cells = [_escape(cell(v)) for v in row]
        if index in table.highlight:
            cells = [f"**{c}**" if c else c for c in cells]
        lines.append("| " + " | ".join(cells) + " |")
    return lines
