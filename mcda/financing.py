"""Extra financing per inhabitant of each ambition scenario (T11's "ca. 1 kr. pr indbygger").

T11's paper: "Forudsat basisbevilling på 1,25 mio vil det supplerende finansieringsbehov
være: Ca. 1 kr. pr indbygger i Scenarie 2, Ca 2 kr. pr indbygger i Scenarie 3". The
extra need of a scenario costing ``c`` mio DKK a year is ``max(0, c − basis grant)``
mio DKK, spread over the inhabitants of the 11 municipalities::

    extra per inhabitant (DKK) = max(0, c − basis_grant) · 10⁶ / population

computed at the low end, the midpoint and the high end of the scenario's cost interval.
A cost below the basis grant needs no extra financing (0, not a negative number).

:func:`read_population` is the one I/O function (a small CSV); everything else is pure.
"""

from __future__ import annotations

import csv
import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mcda.errors import DataFileError, ValidationError, located
from mcda.model import Lang, Problem

__all__ = [
    "BASIS_GRANT_MIO_DKK",
    "FINANCING_FIELDS",
    "Population",
    "ScenarioFinancing",
    "extra_per_inhabitant",
    "read_population",
    "scenario_financing",
]

#: The basis grant T11 assumes, in mio DKK a year ("Forudsat basisbevilling på 1,25 mio").
BASIS_GRANT_MIO_DKK = 1.25

_COLUMNS = ("municipality", "population")

#: The fields of :class:`ScenarioFinancing` in output order (CLI JSON, report CSV).
FINANCING_FIELDS = (
    "alternative",
    "cost_low",
    "cost_high",
    "extra_per_inhabitant_low",
    "extra_per_inhabitant_mid",
    "extra_per_inhabitant_high",
)


@dataclass(frozen=True)
class Population:
    """Inhabitants per municipality, in file order, as read from a population CSV."""

    municipalities: tuple[str, ...]
    counts: tuple[int, ...]
    path: Path | None = None

    @property
    def total(self) -> int:
        """The total number of inhabitants."""
        return sum(self.counts)


@dataclass(frozen=True)
class ScenarioFinancing:
    """The cost interval (mio DKK a year) of one scenario and its extra financing need
    per inhabitant (DKK a year) at the interval's low end, midpoint and high end."""

    alternative: str
    label: str
    cost_low: float
    cost_high: float
    extra_per_inhabitant_low: float
    extra_per_inhabitant_mid: float
    extra_per_inhabitant_high: float


def read_population(path: str | Path) -> Population:
    """Read a population CSV with the columns ``municipality`` and ``population``.

    Other columns (e.g. ``date``, ``source``) are allowed and ignored. Every error is a
    :class:`~mcda.errors.DataFileError` naming the file, the row and the field.
    """
    path = Path(path)
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
    reader = csv.DictReader(text.splitlines())
    header = [name.strip() for name in reader.fieldnames or []]
    for column in _COLUMNS:
        if column not in header:
            raise DataFileError(
                located(str(path), column, f"missing column (header: {', '.join(header)})")
            )
    names: list[str] = []
    counts: list[int] = []
    for line, record in enumerate(reader, start=2):
        record = {(k or "").strip(): v for k, v in record.items()}
        name = (record.get("municipality") or "").strip()
        raw = (record.get("population") or "").strip()
        if not name:
            raise DataFileError(located(str(path), f"row {line}.municipality", "empty"))
        if name in names:
            raise DataFileError(
                located(str(path), f"row {line}.municipality", f"duplicate {name!r}")
            )
        try:
            count = int(raw)
        except ValueError:
            raise DataFileError(
                located(str(path), f"row {line}.population", f"{raw!r} is not a whole number")
            ) from None
        if count <= 0:
            raise DataFileError(
                located(str(path), f"row {line}.population", f"{count} is not positive")
            )
        names.append(name)
        counts.append(count)
    if not names:
        raise DataFileError(f"{path}: no municipalities (only a header)")
    return Population(tuple(names), tuple(counts), path)


def extra_per_inhabitant(
    cost: float, population: int, *, basis_grant: float = BASIS_GRANT_MIO_DKK
) -> float:
    """The extra financing in DKK per inhabitant a year for a yearly cost in mio DKK.

    ``max(0, cost − basis_grant) · 10⁶ / population``.

    Examples
    --------
    >>> round(extra_per_inhabitant(1.75, 589_936), 3)   # Scenario 2's midpoint
    0.848
    """
    for name, value in (("cost", cost), ("basis_grant", basis_grant)):
        if not math.isfinite(value) or value < 0:
            raise ValidationError(f"{name}: {value!r} mio DKK is not a finite, non-negative number")
    try:
        inhabitants = operator.index(population)
    except TypeError:
        inhabitants = 0
    if isinstance(population, bool) or inhabitants <= 0:
        raise ValidationError(f"population: {population!r} is not a positive whole number")
    return max(0.0, cost - basis_grant) * 1e6 / inhabitants


def scenario_financing(
    problem: Problem,
    population: int,
    *,
    basis_grant: float = BASIS_GRANT_MIO_DKK,
    criterion: str = "cost",
    alternatives: Sequence[str] | None = None,
    lang: Lang = "da",
) -> tuple[ScenarioFinancing, ...]:
    """The extra financing per inhabitant of each scenario of ``problem``, in file order.

    Parameters
    ----------
    problem
        A problem whose ``criterion`` is numeric yearly cost in mio DKK (the ambition file).
    population
        The number of inhabitants financing the effort.
    basis_grant
        The yearly basis grant in mio DKK (T11: 1.25).
    criterion
        The id of the cost criterion.
    alternatives
        The alternatives to include (default: every one with a score).
    lang
        Language of the labels.
    """
    cost = problem.criterion(criterion)
    if cost.scale != "numeric":
        raise ValidationError(
            _where(problem, f"criterion {criterion!r} is a rubric, not a cost in mio DKK")
        )
    ids = problem.alternative_ids if alternatives is None else tuple(alternatives)
    rows = []
    for alternative in ids:
        label = problem.alternative(alternative).label.get(lang)
        score = problem.scores.get(alternative, {}).get(criterion)
        if score is None:
            if alternatives is None:
                continue
            raise ValidationError(
                _where(problem, f"alternative {alternative!r} has no {criterion} score")
            )
        rows.append(
            ScenarioFinancing(
                alternative=alternative,
                label=label,
                cost_low=score.low,
                cost_high=score.high,
                extra_per_inhabitant_low=extra_per_inhabitant(
                    score.low, population, basis_grant=basis_grant
                ),
                extra_per_inhabitant_mid=extra_per_inhabitant(
                    score.midpoint, population, basis_grant=basis_grant
                ),
                extra_per_inhabitant_high=extra_per_inhabitant(
                    score.high, population, basis_grant=basis_grant
                ),
            )
        )
    return tuple(rows)


def _where(problem: Problem, reason: str) -> str:
    return f"{problem.path}: {reason}" if problem.path else reason
