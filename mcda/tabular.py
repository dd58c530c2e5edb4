"""Decision problems from the tables analysts already have: CSV, Excel, a DataFrame.

The layout (one sheet or file)::

    site,      cost, capacity, noise, birds, grid
    direction, min,  max,      min,   min,   max
    weight,    3,    2,        1,     1,     1      (optional; relative weights)
    unit,      MDKK, MW,       dB,    index, km       (optional)
    Hanstholm, 120,  45,       38,    2,     3
    ...

The first column names the alternatives, the header row the criteria; rows whose
first cell is ``direction``, ``weight`` or ``unit`` (Danish ``retning``, ``vægt``,
``enhed``) describe the criteria (directions are required). A ``;``-separated CSV
may use decimal commas (``12,5``). An Excel workbook holds this table on a sheet
named ``matrix`` (else its first sheet), and may add a sheet ``criteria`` (columns
``criterion`` and any of ``direction``, ``weight``, ``unit``, ``label``) and a sheet
``weights`` (first column the criterion, one column per named weight profile; the
first is the default).

Tables carry no evidence: problems read here do not require it (see
``criteria/README.md`` for the TOML format that does). Every error names the file and
the line and column (CSV) or sheet and cell (Excel); all errors of a table are
reported at once (:mod:`mcda.collect`).
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np

from mcda.collect import ErrorCollector
from mcda.errors import DataFileError, ValidationError, located
from mcda.model import Alternative, Criterion, Direction, Problem, Score, Text, WeightProfile

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TABLE_SUFFIXES", "problem_from_frame", "read_table", "write_table"]

#: File suffixes read as tables (anything else is TOML).
TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_META = {
    "direction": "direction",
    "directions": "direction",
    "weight": "weight",
    "weights": "weight",
    "unit": "unit",
    "units": "unit",
    "retning": "direction",  # Danish
    "vægt": "weight",
    "vægte": "weight",
    "enhed": "unit",
}


@dataclass(frozen=True)
class Cell:
    """One cell's content and where it is (``line 4, column cost`` or ``cell C4``)."""

    value: Any
    where: str

    @property
    def text(self) -> str:
        return "" if self.value is None else str(self.value).strip()


def make_ids(names: Sequence[str]) -> list[str]:
    """Ids for display names: lower-case ASCII slugs (``"Læsø Rende"`` → ``laesoe_rende``),
    made unique with ``_2``, ``_3``, …"""
    ids: list[str] = []
    for name in names:
        folded = name.lower().translate(_DANISH)
        ascii_name = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
        base = re.sub(r"[^a-z0-9_\-]+", "_", ascii_name).strip("_-")
        if not base or not base[0].isalpha():
            base = f"x_{base}" if base else "x"
        candidate, k = base, 2
        while candidate in ids:
            candidate, k = f"{base}_{k}", k + 1
        ids.append(candidate)
    return ids


class _Builder:
    """Turns header, meta rows and data rows into a :class:`Problem`, collecting errors."""

    def __init__(self, where: str, decimal_comma: bool = False) -> None:
        self.where = where
        self.decimal_comma = decimal_comma
        self.errors = ErrorCollector()

    def fail(self, cell: Cell | str, reason: str) -> ValidationError:
        at = cell.where if isinstance(cell, Cell) else cell
        return ValidationError(located(self.where, at, reason))

    def number(self, cell: Cell) -> float:
        value = cell.value
        if isinstance(value, bool):
            raise self.fail(cell, f"{value!r} is not a number")
        if isinstance(value, int | float | np.integer | np.floating):
            number = float(value)
        else:
            text = cell.text
            if not text:
                raise self.fail(cell, "missing value")
            if self.decimal_comma:
                text = text.replace(",", ".")
            try:
                number = float(text)
            except ValueError:
                raise self.fail(cell, f"{text!r} is not a number") from None
        if not math.isfinite(number):
            raise self.fail(cell, f"{number:g} is not a finite number")
        return number

    def direction(self, cell: Cell) -> Direction:
        text = cell.text.lower()
        try:
            return Direction(text)
        except ValueError:
            raise self.fail(cell, f"{cell.text!r} is not 'max' or 'min'") from None

    def names(self, cells: Sequence[Cell], kind: str) -> list[str]:
        names = []
        for cell in cells:
            if not cell.text:
                self.errors.add(self.fail(cell, f"missing {kind} name"))
            elif cell.text in names:
                self.errors.add(self.fail(cell, f"duplicate {kind} {cell.text!r}"))
            names.append(cell.text)
        return names

    def build(
        self,
        problem_name: str,
        header: Sequence[Cell],
        rows: Sequence[Sequence[Cell]],
        criteria_sheet: Mapping[str, Mapping[str, Cell]] | None = None,
        profile_sheet: Mapping[str, Mapping[str, Cell]] | None = None,
    ) -> Problem:
        if len(header) < 2:
            raise self.fail(
                header[0] if header else "header",
                "the header needs the alternatives' column and at least one criterion",
            )
        criterion_names = self.names(header[1:], "criterion")
        n = len(criterion_names)
        meta: dict[str, list[Cell]] = {}
        data: list[tuple[Cell, list[Cell]]] = []
        for row in rows:
            if not any(c.text for c in row):
                continue
            cells = list(row[1 : n + 1])
            last = row[-1].where if row else "row"
            cells += [
                Cell(None, f"{last} (column {criterion_names[j]})") for j in range(len(cells), n)
            ]
            extra = [c for c in row[n + 1 :] if c.text]
            if extra:
                self.errors.add(self.fail(extra[0], "a value beyond the last criterion column"))
            kind = _META.get(row[0].text.lower())
            if kind is None:
                data.append((row[0], cells))
            elif kind in meta:
                self.errors.add(self.fail(row[0], f"a second {kind!r} row"))
            else:
                meta[kind] = cells
        if not data:
            self.errors.add(self.fail("rows", "no alternatives (rows below the header)"))
        alternative_names = self.names([label for label, _ in data], "alternative")

        directions: list[Direction | None] = [None] * n
        if "direction" in meta:
            for j, cell in enumerate(meta["direction"]):
                directions[j] = self.errors.run(partial(self.direction, cell))
        criteria_extra = criteria_sheet or {}
        for j, name in enumerate(criterion_names):
            given = criteria_extra.get(name, {}).get("direction")
            if given is not None and given.text:
                if "direction" in meta:
                    self.errors.add(self.fail(given, "directions are given in the matrix too"))
                directions[j] = self.errors.run(partial(self.direction, given))
            elif directions[j] is None and "direction" not in meta:
                self.errors.add(
                    self.fail(
                        f"column {name}",
                        "no direction: add a row 'direction' with max or min under each "
                        "criterion"
                        + (
                            " (or a 'direction' column on sheet criteria)"
                            if criteria_sheet is not None
                            else ""
                        ),
                    )
                )
                break
        units: list[str | None] = [None] * n
        for j, name in enumerate(criterion_names):
            unit = criteria_extra.get(name, {}).get("unit")
            if "unit" in meta and meta["unit"][j].text:
                units[j] = meta["unit"][j].text
            elif unit is not None and unit.text:
                units[j] = unit.text
        profiles = self.profiles(criterion_names, meta.get("weight"), criteria_extra, profile_sheet)
        values = [
            [self.errors.run(partial(self.number, cell)) for cell in cells] for _, cells in data
        ]
        self.errors.check()

        criterion_ids = make_ids(criterion_names)
        alternative_ids = make_ids(alternative_names)
        criteria = tuple(
            Criterion(
                id=criterion_ids[j],
                label=_text(criteria_extra.get(name, {}).get("label"), name),
                direction=directions[j] or Direction.MAX,
                scale="numeric",
                unit=units[j],
            )
            for j, name in enumerate(criterion_names)
        )
        alternatives = tuple(
            Alternative(alternative_ids[i], Text(name, name))
            for i, name in enumerate(alternative_names)
        )
        scores = {
            alternative_ids[i]: MappingProxyType(
                {criterion_ids[j]: Score(float(v), float(v)) for j, v in enumerate(row)}  # type: ignore[arg-type]
            )
            for i, row in enumerate(values)
        }
        stem = make_ids([problem_name])[0]
        return Problem(
            id=stem,
            title=Text(problem_name, problem_name),
            alternatives=alternatives,
            criteria=criteria,
            scores=MappingProxyType(scores),
            profiles=tuple(profiles),
            default_profile=profiles[0].id if profiles else None,
            path=None if self.where.startswith("<") else Path(self.where),
        )

    def profiles(
        self,
        criterion_names: list[str],
        weight_row: list[Cell] | None,
        criteria_extra: Mapping[str, Mapping[str, Cell]],
        profile_sheet: Mapping[str, Mapping[str, Cell]] | None,
    ) -> list[WeightProfile]:
        columns: list[tuple[str, list[Cell | None]]] = []
        if weight_row is not None:
            columns.append(("weights", list(weight_row)))
        sheet_weights = [criteria_extra.get(name, {}).get("weight") for name in criterion_names]
        if any(c is not None and c.text for c in sheet_weights):
            if weight_row is not None:
                first = next(c for c in sheet_weights if c is not None and c.text)
                self.errors.add(self.fail(first, "weights are given in the matrix too"))
            else:
                columns.append(("weights", sheet_weights))
        for profile, by_criterion in (profile_sheet or {}).items():
            columns.append((profile, [by_criterion.get(name) for name in criterion_names]))
        profiles = []
        for name, cells in columns:
            weights = []
            for j, cell in enumerate(cells):
                if cell is None:
                    self.errors.add(
                        self.fail(f"weights {name}", f"no weight for {criterion_names[j]!r}")
                    )
                    continue
                weight = self.errors.run(partial(self.number, cell))
                if weight is not None and weight < 0:
                    self.errors.add(self.fail(cell, f"weight {weight:g} is negative"))
                weights.append(weight if weight is not None else math.nan)
            if len(weights) == len(criterion_names) and all(w == w for w in weights):
                total = sum(weights)
                if total <= 0:
                    self.errors.add(self.fail(f"weights {name}", "all weights are zero"))
                else:
                    profile_id = make_ids([name])[0]
                    profiles.append(
                        WeightProfile(
                            profile_id, tuple(w / total for w in weights), Text(name, name)
                        )
                    )
        return profiles


def _text(cell: Cell | None, fallback: str) -> Text:
    text = cell.text if cell is not None and cell.text else fallback
    return Text(text, text)


# -- CSV ----------------------------------------------------------------------------------


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
    builder = _Builder(str(path), decimal_comma=delimiter == ";")
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
        builder = _Builder(str(path))
        criteria_sheet = (
            _keyed_sheet(builder, grid(sheets["criteria"])) if "criteria" in sheets else None
        )
        profile_sheet = (
            _profile_sheet(builder, grid(sheets["weights"])) if "weights" in sheets else None
        )
        return builder.build(path.stem, header, table[1:], criteria_sheet, profile_sheet)
    finally:
        workbook.close()


def _keyed_sheet(builder: _Builder, rows: list[list[Cell]]) -> dict[str, dict[str, Cell]]:
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


def _profile_sheet(builder: _Builder, rows: list[list[Cell]]) -> dict[str, dict[str, Cell]]:
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


# -- entry points ---------------------------------------------------------------------------


def read_table(path: str | Path) -> Problem:
    """The decision problem in a CSV or Excel file (layout in the module docstring)."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_excel(path)
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        return read_csv(path)
    raise DataFileError(f"{path}: not a table (expected .csv, .tsv or .xlsx)")


def problem_from_frame(
    frame: pd.DataFrame,
    directions: Sequence[Any] | Mapping[str, Any],
    *,
    weights: Sequence[float] | Mapping[str, float] | None = None,
    units: Mapping[str, str] | None = None,
    title: str = "problem",
) -> Problem:
    """A :class:`Problem` from a DataFrame: rows alternatives, columns criteria.

    ``directions`` per column (a sequence in column order or a mapping; ``"max"``/
    ``"min"``, ±1 or the builtins ``max``/``min``); ``weights`` (optional, relative)
    become the default profile ``weights``. Ids are derived from the labels
    (``"Site A"`` → ``site_a``); the labels are kept.
    """
    from mcda.directions import as_signs
    from mcda.labels import split_frame, vector_in_order

    _, labels = split_frame(frame)
    if labels is None:
        raise ValidationError(f"frame: expected a pandas DataFrame, got {type(frame).__name__}")
    columns = labels.columns
    signs = as_signs(vector_in_order(directions, columns, "directions"), len(columns))
    header = [Cell("alternative", "header")] + [Cell(c, f"column {c!r}") for c in columns]
    meta = [
        [Cell("direction", "directions")]
        + [
            Cell("max" if s > 0 else "min", f"directions.{c}")
            for c, s in zip(columns, signs, strict=True)
        ]
    ]
    if weights is not None:
        ordered = vector_in_order(weights, columns, "weights")
        if len(ordered) != len(columns):
            raise ValidationError(f"weights: {len(ordered)} given for {len(columns)} criteria")
        meta.append(
            [Cell("weight", "weights")]
            + [Cell(w, f"weights.{c}") for c, w in zip(columns, ordered, strict=True)]
        )
    if units is not None:
        meta.append([Cell("unit", "units")] + [Cell(units.get(c), f"units.{c}") for c in columns])
    values = frame.to_numpy()
    rows = [
        [Cell(row, f"row {row!r}")]
        + [Cell(values[i, j], f"row {row!r}, column {c!r}") for j, c in enumerate(columns)]
        for i, row in enumerate(labels.rows)
    ]
    return _Builder("<DataFrame>").build(title, header, meta + rows)


def problem_from_matrix(
    matrix: Any,
    directions: Any,
    *,
    alternatives: Sequence[str] | None = None,
    criteria: Sequence[str] | None = None,
) -> Problem:
    """A :class:`Problem` from a DataFrame (see :func:`problem_from_frame`) or an array
    (alternatives ``a0, a1, …`` and criteria ``c0, c1, …`` unless named)."""
    from mcda.directions import as_signs
    from mcda.labels import is_frame, vector_in_order

    if is_frame(matrix):
        return problem_from_frame(matrix, directions)
    array = np.asarray(matrix, dtype=object)
    if array.ndim != 2 or 0 in array.shape:
        raise ValidationError(f"matrix: expected shape (alternatives, criteria), got {array.shape}")
    m, n = array.shape
    rows = [f"a{i}" for i in range(m)] if alternatives is None else [str(a) for a in alternatives]
    columns = [f"c{j}" for j in range(n)] if criteria is None else [str(c) for c in criteria]
    if len(rows) != m or len(columns) != n:
        raise ValidationError(
            f"alternatives, criteria: {len(rows)} × {len(columns)} names for a {m} × {n} matrix"
        )
    signs = as_signs(vector_in_order(directions, columns, "directions"), n)
    header = [Cell("alternative", "header")] + [Cell(c, f"column {c!r}") for c in columns]
    meta = [
        [Cell("direction", "directions")]
        + [Cell("max" if s > 0 else "min", f"directions[{j}]") for j, s in enumerate(signs)]
    ]
    cells = [
        [Cell(rows[i], f"matrix[{i}]")] + [Cell(array[i, j], f"matrix[{i}, {j}]") for j in range(n)]
        for i in range(m)
    ]
    return _Builder("<matrix>").build("matrix", header, meta + cells)


def write_table(data: Any, path: str | Path, *, sheet: str = "result") -> Path:
    """Write a result (anything with ``to_frame()``) or a DataFrame to CSV or Excel.

    The format follows the suffix (``.csv`` or ``.xlsx``); the file is written through
    a temporary file and renamed, so it is never left half-written.
    """
    import os
    import tempfile

    frame = data.to_frame() if hasattr(data, "to_frame") else data
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(f"{path}: expected a .csv or .xlsx file name")
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
    os.close(handle)
    try:
        if suffix == ".csv":
            frame.to_csv(temporary)
        else:
            frame.to_excel(temporary, sheet_name=sheet)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
