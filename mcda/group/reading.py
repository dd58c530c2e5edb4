"""The directors' filled forms and weight CSVs in a folder, matched to their decisions
(see :mod:`mcda.group`): every bad file a one-line error naming it."""

from __future__ import annotations

import csv
import io
import math
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from mcda import limits
from mcda.errors import DataFileError, InconsistentJudgementsWarning, ValidationError
from mcda.model import Problem

__all__ = ["DirectorWeights", "DirectorsWeights", "read_directors"]


@dataclass(frozen=True)
class DirectorWeights:
    """One director's weights for one decision.

    ``weights`` (n,) are normalised to sum 1, in the problem's criteria order;
    ``method`` says how they were given: ``smart``, ``swing`` or ``roc`` (a swing
    form), ``ahp`` (an AHP form: ``judgements`` holds its answered pairs ``(a, b,
    value)``, ``consistency_ratio`` its CR), or the CSV's ``method`` column.
    """

    member: str
    problem_id: str
    weights: np.ndarray
    method: str
    source: Path
    judgements: tuple[tuple[str, str, float], ...] = ()
    consistency_ratio: float | None = None


@dataclass(frozen=True)
class DirectorsWeights:
    """Every director's weights per decision (``by_problem[problem id]``, in the order
    the files were read), and the files read but not used (``ignored``: path, reason)."""

    folder: Path
    by_problem: Mapping[str, tuple[DirectorWeights, ...]]
    ignored: tuple[tuple[Path, str], ...] = ()

    def of(self, problem_id: str) -> tuple[DirectorWeights, ...]:
        """The directors' weights for one decision (empty when none gave any)."""
        return self.by_problem.get(problem_id, ())

    @property
    def members(self) -> tuple[str, ...]:
        """Every director who gave weights for some decision, in order of first answer."""
        names = (d.member for found in self.by_problem.values() for d in found)
        return tuple(dict.fromkeys(names))


def read_directors(folder: str | Path, problems: Sequence[Problem]) -> DirectorsWeights:
    """Read every filled form and weights CSV in ``folder`` (see the module docstring).

    A file that cannot be matched to one of ``problems``, a form with bad cells, a
    director answering one decision twice, or a folder with nothing to read is a
    one-line error naming the file. AHP forms of alternatives (not weights) and files
    other than ``.xlsx``/``.csv`` are left out (``ignored`` names the forms).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DataFileError(f"{folder}: no such folder of the directors' forms")
    if not problems:
        raise ValidationError("problems: no decisions to match the directors' forms to")
    found: dict[str, list[DirectorWeights]] = {p.id: [] for p in problems}
    ignored: list[tuple[Path, str]] = []
    paths = sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in (".xlsx", ".csv") and not p.name.startswith((".", "~$"))
    )
    limits.check_count(len(paths), limits.MAX_ITEMS, str(folder), "files")
    for path in paths:
        if path.suffix.lower() == ".csv":
            read = _read_csv(path, problems)
        else:
            read, reason = _read_form(path, problems)
            if reason is not None:
                ignored.append((path, reason))
        for director in read:
            _add(found[director.problem_id], director)
    if not any(found.values()):
        raise DataFileError(
            f"{folder}: no filled swing or AHP forms (.xlsx) and no weights (.csv) to read"
        )
    return DirectorsWeights(
        folder,
        MappingProxyType({key: tuple(value) for key, value in found.items()}),
        tuple(ignored),
    )


def _add(into: list[DirectorWeights], director: DirectorWeights) -> None:
    for other in into:
        if other.member == director.member:
            raise ValidationError(
                f"{director.source}: {director.member!r} also answered {director.problem_id} "
                f"in {other.source} (one answer per director and decision)"
            )
    into.append(director)


def _sheet_names(path: Path) -> list[str]:
    from mcda.ahp.forms import _open_workbooks

    raw = limits.read_bytes(path, limits.MAX_FORM_BYTES)
    book, formulas = _open_workbooks(path, raw)
    try:
        return list(book.sheetnames)
    finally:
        book.close()
        formulas.close()


def _read_form(path: Path, problems: Sequence[Problem]) -> tuple[list[DirectorWeights], str | None]:
    from mcda.ahp import forms as ahp_forms
    from mcda.weights import forms as swing_forms

    sheets = _sheet_names(path)
    if swing_forms.SHEET in sheets:
        return [_from_swing_form(path, problems)], None
    if ahp_forms.QUESTIONS_SHEET in sheets:
        form = ahp_forms.read_form(path)
        if form.of != "criteria":
            return [], "an AHP form of alternatives (not weights of the criteria)"
        return _from_ahp_form(form, _form_items(path), problems), None
    raise DataFileError(f"{path}: neither an mcda swing form nor an mcda AHP form")


def _problem_by_id(problems: Sequence[Problem], problem_id: str) -> Problem | None:
    return next((p for p in problems if p.id == problem_id), None)


def _known(problems: Sequence[Problem]) -> str:
    return ", ".join(p.id for p in problems)


def _from_swing_form(path: Path, problems: Sequence[Problem]) -> DirectorWeights:
    from mcda.weights.forms import read_swing_form

    form = read_swing_form(path)
    problem = _problem_by_id(problems, form.problem_id)
    if problem is None:
        raise ValidationError(
            f"{path}: a swing form for {form.problem_id!r}, which is not one of the "
            f"decisions ({_known(problems)})"
        )
    if set(form.criteria) != set(problem.criterion_ids):
        raise ValidationError(
            f"{path}: asks about {', '.join(form.criteria)}, but {problem.id} has the criteria "
            f"{', '.join(problem.criterion_ids)} (write a new form with mcda swing template)"
        )
    by_id = dict(zip(form.criteria, form.weights, strict=True))
    weights = np.array([by_id[c] for c in problem.criterion_ids], dtype=float)
    return DirectorWeights(form.member, problem.id, weights / weights.sum(), form.elicitation, path)


def _from_ahp_form(
    form: Any, items: set[str], problems: Sequence[Problem]
) -> list[DirectorWeights]:
    from mcda.ahp import ahp
    from mcda.ahp.judgements import parse_judgement

    if not form.pairs:
        raise ValidationError(f"{form.path}: the AHP form has no answers")
    matching = [p for p in problems if items == set(p.criterion_ids)]
    chosen = [p for p in matching if p.id == form.set_id] or matching
    if not chosen:
        raise ValidationError(
            f"{form.path}: compares the criteria {', '.join(sorted(items))}; no decision has "
            f"exactly these ({_known(problems)})"
        )
    pairs = tuple((a, b, parse_judgement(text)) for a, b, text in form.pairs)
    out = []
    for problem in chosen:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", InconsistentJudgementsWarning)
                result = ahp(
                    {(a, b): v for a, b, v in pairs},
                    items=problem.criterion_ids,
                    revise=False,
                    name=str(form.path),
                )
        except ValidationError as error:
            text = str(error)
            raise ValidationError(
                text if text.startswith(str(form.path)) else f"{form.path}: {text}"
            ) from None
        weights = np.array([result.weight(c) for c in problem.criterion_ids], dtype=float)
        out.append(
            DirectorWeights(
                form.member,
                problem.id,
                weights,
                "ahp",
                form.path,
                pairs,
                float(result.consistency_ratio),
            )
        )
    return out


def _form_items(path: Path) -> set[str]:
    """The criteria an AHP form asks about (its hidden sheet's item list)."""
    from mcda.ahp.forms import META_SHEET, _open_workbooks, _rows

    raw = limits.read_bytes(path, limits.MAX_FORM_BYTES)
    book, formulas = _open_workbooks(path, raw)
    try:
        rows = _rows(book[META_SHEET], 4, 4, limits.MAX_ALTERNATIVES + 1)
    finally:
        book.close()
        formulas.close()
    return {str(item) for item in rows[0][1:] if item is not None}


def _read_csv(path: Path, problems: Sequence[Problem]) -> list[DirectorWeights]:
    raw = limits.read_bytes(path, limits.MAX_PROBLEM_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataFileError(f"{path}: not UTF-8 text (save the CSV as UTF-8)") from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(row)]
    if not rows:
        raise DataFileError(f"{path}: empty (expected a header member,method,<criterion>…)")
    header = [cell.strip() for cell in rows[0]]
    if not header or header[0] != "member":
        raise DataFileError(
            f"{path}: the header must start with 'member' (member,method,<criterion>…), "
            f"got {header[0][:40]!r}"
        )
    has_method = len(header) > 1 and header[1] == "method"
    columns = header[2:] if has_method else header[1:]
    problem = _problem_by_id(problems, path.stem)
    if problem is None:
        matching = [p for p in problems if set(columns) == set(p.criterion_ids)]
        if len(matching) != 1:
            why = "no decision has" if not matching else "several decisions have"
            raise DataFileError(
                f"{path}: {why} the criteria {', '.join(columns)}; name the file "
                f"<problem id>.csv ({_known(problems)})"
            )
        problem = matching[0]
    unknown = [c for c in columns if c not in problem.criterion_ids]
    missing = [c for c in problem.criterion_ids if c not in columns]
    if unknown or missing or len(set(columns)) != len(columns):
        what = (
            f"unknown criterion {unknown[0]!r}"
            if unknown
            else f"no column for {missing[0]!r}"
            if missing
            else "a criterion column twice"
        )
        raise DataFileError(
            f"{path}: header: {what} (criteria of {problem.id}: {', '.join(problem.criterion_ids)})"
        )
    out = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise DataFileError(
                f"{path}: row {number}: {len(row)} cells, the header has {len(header)}"
            )
        member = _member(row[0])
        if not member:
            raise DataFileError(f"{path}: row {number}: member: empty")
        method = row[1].strip() if has_method else "csv"
        values = {}
        for column, cell in zip(columns, row[2:] if has_method else row[1:], strict=True):
            values[column] = _weight(cell, f"{path}: row {number}: {column}", delimiter)
        vector = np.array([values[c] for c in problem.criterion_ids], dtype=float)
        if vector.max() <= 0:
            raise ValidationError(f"{path}: row {number}: every weight is zero")
        out.append(
            DirectorWeights(member, problem.id, vector / vector.sum(), method or "csv", path)
        )
    if not out:
        raise DataFileError(f"{path}: a header and no rows of weights")
    return out


def _member(cell: str) -> str:
    """A name as written; the apostrophe ``mcda swing collect`` puts before formula-like
    text (:func:`mcda.safe_text.spreadsheet_cell`) is taken off again."""
    from mcda.safe_text import one_line

    name = one_line(cell.strip())
    if name.startswith("'") and name[1:2] in ("=", "+", "-", "@"):
        name = name[1:]
    return name


def _weight(cell: str, where: str, delimiter: str) -> float:
    text = cell.strip()
    if delimiter == ";":
        text = text.replace(",", ".")  # a Danish spreadsheet's decimal comma
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0 or value > limits.MAX_MAGNITUDE:
        raise ValidationError(f"{where}: {cell.strip()[:40]!r} is not a weight (a number ≥ 0)")
    return value
