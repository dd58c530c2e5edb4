"""Render rows as an aligned text table, CSV or JSON (the CLI's ``--format``)."""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from mcda.model import Lang
from mcda.safe_text import spreadsheet_cell

FORMATS = ("table", "csv", "json")


def cell(value: Any, digits: int = 4, lang: Lang = "en") -> str:
    """A value as table text: floats rounded for display only, to the same digits in
    both languages (a decimal comma in Danish, no thousands separator, so a column
    lines up), ``None`` as empty."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if lang == "da" else text
    return str(value)


def table(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    headers: Sequence[str],
    lang: Lang = "en",
) -> str:
    """An aligned plain-text table in ``lang``'s number style; numbers right-aligned."""
    body = [[cell(row.get(c), lang=lang) for c in columns] for row in rows]
    numeric = [
        all(isinstance(row.get(c), int | float) or row.get(c) is None for row in rows)
        for c in columns
    ]
    widths = [max([len(h)] + [len(line[i]) for line in body]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(values) for values in body)])


def to_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """CSV with a header row of ``columns``; full precision. Text a spreadsheet would
    run as a formula gets a leading ``'`` (:func:`mcda.safe_text.spreadsheet_cell`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([spreadsheet_cell(c) for c in columns])
    for row in rows:
        writer.writerow(
            [spreadsheet_cell("" if row.get(c) is None else row.get(c)) for c in columns]
        )
    return buffer.getvalue()


def to_json(data: Any) -> str:
    """Pretty JSON with UTF-8 text kept readable."""
    return json.dumps(data, indent=2, ensure_ascii=False)
