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

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from mcda.errors import DataFileError, ValidationError
from mcda.model import Problem
from mcda.tabular.build import Cell, TableBuilder, make_ids
from mcda.tabular.readers import read_csv, read_excel

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "TABLE_SUFFIXES",
    "make_ids",
    "problem_from_frame",
    "problem_from_matrix",
    "read_csv",
    "read_excel",
    "read_table",
    "write_table",
]

#: File suffixes read as tables (anything else is TOML).
TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


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
    return TableBuilder("<DataFrame>").build(title, header, meta + rows)


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
    return TableBuilder("<matrix>").build("matrix", header, meta + cells)


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
