"""The report as data: sections of paragraphs, tables and figures (no formatting here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of plain text (escaped by the renderers); ``emphasis`` for a key finding."""

    text: str
    emphasis: bool = False


@dataclass(frozen=True)
class Table:
    """A table. ``data_name`` (e.g. ``"ranking_ambition"``) also writes it to
    ``data/<data_name>.csv`` with ``raw_rows`` (full precision) when given.
    ``highlight`` holds indices of rows to mark (e.g. T11's choice)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    caption: str | None = None
    data_name: str | None = None
    raw_columns: tuple[str, ...] | None = None
    raw_rows: tuple[tuple[Any, ...], ...] | None = None
    highlight: frozenset[int] = frozenset()
    numeric: tuple[bool, ...] | None = None
    small: bool = False


@dataclass(frozen=True)
class Figure:
    """A rendered figure: ``name`` is the file stem under ``figures/``."""

    name: str
    svg: str
    png: bytes
    caption: str


Block = Paragraph | Table | Figure


@dataclass(frozen=True)
class Section:
    """A titled section; ``level`` 1 starts a chapter (a new page when printed)."""

    title: str
    blocks: tuple[Block, ...] = ()
    level: int = 1
    anchor: str | None = None


@dataclass(frozen=True)
class Document:
    """The whole report. ``footer`` rows are (label, value) pairs for reproducibility."""

    title: str
    subtitle: str
    lang: str
    sections: tuple[Section, ...]
    footer: tuple[tuple[str, str], ...] = ()
    date_line: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    def tables(self) -> list[Table]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table)]

    def figures(self) -> list[Figure]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure)]
