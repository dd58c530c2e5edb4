"""Write a report folder atomically: build it beside the target, then swap it in.

A failed run leaves the previous report untouched and no half-written folder behind.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
from pathlib import Path

from mcda.errors import DataFileError
from mcda.report import html, markdown
from mcda.report.document import Document


def write_report(document: Document, out: str | Path) -> Path:
    """Write ``index.html``, ``report.md``, ``figures/*.png|svg`` and ``data/*.csv``.

    Returns the folder. Raises :class:`~mcda.errors.DataFileError` when the target
    cannot be written (the previous content then stays as it was).
    """
    target = Path(out)
    parent = target.parent if str(target.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=parent))
    except OSError as error:
        raise DataFileError(
            f"{target}: cannot create the report folder ({error.strerror})"
        ) from None
    try:
        staging.chmod(0o755)  # mkdtemp makes it private; a report is for reading
        _write_into(document, staging)
        _swap(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _write_into(document: Document, folder: Path) -> None:
    (folder / "figures").mkdir()
    (folder / "data").mkdir()
    (folder / "index.html").write_text(html.render(document), encoding="utf-8")
    (folder / "report.md").write_text(markdown.render(document), encoding="utf-8")
    for figure in document.figures():
        (folder / "figures" / f"{figure.name}.svg").write_text(figure.svg, encoding="utf-8")
        (folder / "figures" / f"{figure.name}.png").write_bytes(figure.png)
    for table in document.tables():
        if table.data_name is None:
            continue
        columns = table.raw_columns or table.columns
        rows = table.raw_rows if table.raw_rows is not None else table.rows
        with (folder / "data" / f"{table.data_name}.csv").open(
            "w", encoding="utf-8", newline=""
        ) as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows(["" if v is None else v for v in row] for row in rows)


def _swap(staging: Path, target: Path) -> None:
    """Move ``staging`` to ``target``; an existing ``target`` is replaced only at the end."""
    if not target.exists():
        staging.rename(target)
        return
    if not target.is_dir():
        raise DataFileError(f"{target}: exists and is not a folder")
    backup = target.with_name(f".{target.name}.previous")
    shutil.rmtree(backup, ignore_errors=True)
    target.rename(backup)
    try:
        staging.rename(target)
    except OSError:
        backup.rename(target)
        raise
    shutil.rmtree(backup, ignore_errors=True)
