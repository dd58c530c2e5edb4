"""CSV and Excel files read into :class:`~mcda.tabular.build.Cell` rows (layout in
:mod:`mcda.tabular`)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from mcda.errors import DataFileError
from mcda.model import Problem
from mcda.tabular.build import Cell, TableBuilder

__all__ = ["read_csv", "read_excel"]


def read_csv(path: Path) -> Problem:
    """The problem in a CSV (``,``, ``;`` or tab separated) file; see the module docstring."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataFileError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise DataFileError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise DataFileError(f"{path}: cannot be read ({error.strerror})") from None
    if not text.strip():
        raise DataFileError(f"{path}: the file is empty")
    first = text.splitlines()[0]
    delimiter = max((";", "\t", ","), key=first.count) if path.suffix != ".tsv" else "\t"
    if not first.count(delimiter):
        raise DataFileError(
            f"{path}: line 1: expected columns separated by ',', ';' or tabs, got {first[:40]!r}"
        )
    lines = list(csv.reader(text.splitlines(), delimiter=delimiter))
    header_line = next(i for i, line in enumerate(lines) if any(c.strip() for c in line))
    names = [c.strip() for c in lines[header_line]]

    def column(j: int) -> str:
        return names[j] if j < len(names) and names[j] else f"{j + 1}"

    def cells(i: int) -> list[Cell]:
        return [
            Cell(value, f"line {i + 1}, column {column(j)}") for j, value in enumerate(lines[i])
        ]

    header = [
        Cell(value, f"line {header_line + 1}, column {j + 1}")
        for j, value in enumerate(lines[header_line])
    ]
    rows = [cells(i) for i in range(header_line + 1, len(lines))]
    builder = TableBuilder(str(path), decimal_comma=delimiter == ";")
    return builder.build(path.stem, header, rows)


# -- Excel --------------------------------------------------------------------------------


def read_excel(path: Path) -> Problem:
    """The problem in an Excel workbook (sheets ``matrix``, ``criteria``, ``weights``)."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    if not path.exists():
        raise DataFileError(f"{path}: no such file")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for a broken file
        raise DataFileError(f"{path}: not a readable Excel workbook ({error})") from None
    try:
        sheets = {name.lower(): workbook[name] for name in workbook.sheetnames}
        matrix_sheet = sheets.get("matrix") or workbook[workbook.sheetnames[0]]

        def grid(sheet: Any) -> list[list[Cell]]:
            return [
                [
                    Cell(value, f"sheet {sheet.title}, cell {get_column_letter(j + 1)}{i + 1}")
                    for j, value in enumerate(row)
                ]
                for i, row in enumerate(sheet.iter_rows(values_only=True))
            ]

        table = [row for row in grid(matrix_sheet)]
        while table and not any(c.text for c in table[0]):
            table.pop(0)
        if not table:
            raise DataFileError(f"{path}: sheet {matrix_sheet.title} is empty")
        header = table[0]
        while header and not header[-1].text:
            header = header[:-1]
        builder = TableBuilder(str(path))
        criteria_sheet = (
            _keyed_sheet(builder, grid(sheets["criteria"])) if "criteria" in sheets else None
        )
        profile_sheet = (
            _profile_sheet(builder, grid(sheets["weights"])) if "weights" in sheets else None
        )
        return builder.build(path.stem, header, table[1:], criteria_sheet, profile_sheet)
    finally:
        workbook.close()


def _keyed_sheet(builder: TableBuilder, rows: list[list[Cell]]) -> dict[str, dict[str, Cell]]:
    """Sheet ``criteria``: a header (``criterion``, ``direction``, …), one row per criterion."""
    rows = [row for row in rows if any(c.text for c in row)]
    if not rows:
        return {}
    names = [c.text.lower() for c in rows[0]]
    allowed = {"criterion", "direction", "weight", "unit", "label"}
    for cell, name in zip(rows[0], names, strict=True):
        if name and name not in allowed:
            builder.errors.add(
                builder.fail(
                    cell, f"unknown column {cell.text!r} (allowed: {', '.join(sorted(allowed))})"
                )
            )
    if "criterion" not in names:
        raise builder.fail(rows[0][0], "sheet criteria needs a 'criterion' column")
    key = names.index("criterion")
    return {
        row[key].text: {name: row[j] for j, name in enumerate(names) if name and j < len(row)}
        for row in rows[1:]
        if key < len(row)
    }


def _profile_sheet(builder: TableBuilder, rows: list[list[Cell]]) -> dict[str, dict[str, Cell]]:
    """Sheet ``weights``: first column the criterion, then one column per profile."""
    rows = [row for row in rows if any(c.text for c in row)]
    if not rows:
        return {}
    profiles = [c.text for c in rows[0][1:]]
    return {
        profile: {row[0].text: row[j + 1] for row in rows[1:] if j + 1 < len(row)}
        for j, profile in enumerate(profiles)
        if profile
    }
