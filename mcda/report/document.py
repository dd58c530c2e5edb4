"""The report as data: sections of paragraphs, cards, tables and figures (no formatting).

Text that is deliberately in another language than the report (the paper's Danish
quotes in the English report) carries that language in ``lang``; the renderers mark it
(``lang="da"`` in HTML), and the language test skips exactly those elements.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of plain text (escaped by the renderers). ``kind``: ``"text"``,
    ``"finding"`` (a key finding, set off) or ``"note"`` (small print)."""

    text: str
    kind: str = "text"
    lang: str | None = None
    href: str | None = None  # a relative link the whole paragraph points to


@dataclass(frozen=True)
class Items:
    """A bulleted list of plain-text items."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Card:
    """One decision on the summary page: its title, the answer in one sentence
    (``lead``, may be empty when :class:`Answers` gives it), and a few supporting
    points. ``target`` links to its chapter."""

    title: str
    lead: str
    points: tuple[str, ...] = ()
    target: str | None = None


@dataclass(frozen=True)
class Answers:
    """The answer for every decision, one item each: (title, sentence, link target).
    The summary opens with it, so the first screen holds every answer."""

    items: tuple[tuple[str, str, str | None], ...]


@dataclass(frozen=True)
class Cell:
    """A table cell with more than a value: ``tone`` in [0, 1] shades it (a heat map:
    1 = best), ``lang`` marks text in another language, ``note`` is small text under
    the value, ``numeric`` aligns it as a number."""

    text: str
    tone: float | None = None
    lang: str | None = None
    note: str | None = None
    numeric: bool = False


@dataclass(frozen=True)
class Table:
    """A table. ``data_name`` (e.g. ``"ranking_ambition"``) also writes it to
    ``data/<data_name>.csv`` with ``raw_rows`` (full precision) when given.
    ``highlight`` holds indices of rows to mark (e.g. T11's choice); ``first_column``
    makes the first column a row header. Cells are plain values or :class:`Cell`."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    caption: str | None = None
    data_name: str | None = None
    raw_columns: tuple[str, ...] | None = None
    raw_rows: tuple[tuple[Any, ...], ...] | None = None
    highlight: frozenset[int] = frozenset()
    numeric: tuple[bool, ...] | None = None
    small: bool = False
    legend: str | None = None


@dataclass(frozen=True)
class Figure:
    """A rendered figure: ``name`` is the file stem under ``figures/`` (SVG)."""

    name: str
    svg: str
    caption: str
    alt: str = ""


Block = Paragraph | Items | Answers | Card | Table | Figure


@dataclass(frozen=True)
class Section:
    """A titled section; ``level`` 1 is a chapter, 2 a subsection. An ``appendix``
    chapter is collapsed in HTML (``<details>``) and follows the main body in print and
    Markdown; ``page_break`` starts it on a new printed page."""

    title: str
    blocks: tuple[Block, ...] = ()
    level: int = 1
    anchor: str | None = None
    appendix: bool = False
    page_break: bool = False


@dataclass(frozen=True)
class Document:
    """The whole report. ``footer`` rows are (label, value) pairs for reproducibility;
    ``appendix_title`` heads the appendix part."""

    title: str
    subtitle: str
    lang: str
    sections: tuple[Section, ...]
    footer: tuple[tuple[str, str], ...] = ()
    date_line: str = ""
    appendix_title: str = "Appendices"
    contents_title: str = "Contents"
    #: The source the quotes come from, its language when not the report's, and the
    #: label before it ("Kilde").
    source: str | None = None
    source_lang: str | None = None
    source_label: str = "Source"
    #: Data files without a table in the text: (name, columns, rows) → data/<name>.csv.
    data: tuple[tuple[str, tuple[str, ...], tuple[tuple[Any, ...], ...]], ...] = ()
    #: Files written as they are beside the report (e.g. ``whatif.html``).
    files: tuple[tuple[str, bytes], ...] = ()

    @property
    def main(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if not s.appendix)

    @property
    def appendices(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.appendix)

    def tables(self) -> list[Table]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table)]

    def figures(self) -> list[Figure]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure)]
