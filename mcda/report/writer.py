"""Write a report folder as one output set (complete or absent; see mcda.output_set).

A failed or killed run leaves the previous report untouched and no half-written folder.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mcda.output_set import write_output_set
from mcda.report import html, markdown
from mcda.report.document import Document
from mcda.safe_text import spreadsheet_cell


def write_report(document: Document, out: str | Path) -> Path:
    """Write ``index.html``, ``report.md``, ``figures/*.svg`` and ``data/*.csv``.

    Returns the folder. Raises :class:`~mcda.errors.DataFileError` when the target
    cannot be written (the previous content then stays as it was).
    """
    return write_output_set(out, report_files(document))


def report_files(document: Document) -> dict[str, bytes]:
    """Every file of the report, keyed by its path inside the folder."""
    files = {
        "index.html": html.render(document).encode("utf-8"),
        "report.md": markdown.render(document).encode("utf-8"),
    }
    for figure in document.figures():
        files[f"figures/{figure.name}.svg"] = figure.svg.encode("utf-8")
    for table in document.tables():
        if table.data_name is None:
            continue
        columns = table.raw_columns or table.columns
        rows = table.raw_rows if table.raw_rows is not None else table.rows
        files[f"data/{table.data_name}.csv"] = _csv(columns, rows)
    for name, columns, rows in document.data:
        files[f"data/{name}.csv"] = _csv(columns, rows)
    for name, content in document.files:
        files[name] = content
    return files


def _csv(columns: Sequence[Any], rows: Sequence[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([spreadsheet_cell(c) for c in columns])
    writer.writerows(
        [spreadsheet_cell("" if v is None else getattr(v, "text", v)) for v in row] for row in rows
    )
    return buffer.getvalue().encode("utf-8")
