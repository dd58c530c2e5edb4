"""Table cells to a :class:`~mcda.model.Problem`: the builder behind :mod:`mcda.tabular`.

A reader turns its file into :class:`Cell` rows (a value and where it is, for the error
messages); :class:`TableBuilder` reads the header, the ``direction``/``weight``/``unit``
rows and the alternatives' rows, collecting every error (:mod:`mcda.collect`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from mcda.collect import ErrorCollector
from mcda.errors import ValidationError, located
from mcda.model import Alternative, Criterion, Direction, Problem, Score, Text, WeightProfile

__all__ = ["Cell", "TableBuilder", "make_ids"]

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


class TableBuilder:
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
