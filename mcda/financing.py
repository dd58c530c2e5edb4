"""Extra financing of each ambition scenario: per inhabitant, per municipality, and how
long the accumulated underspend covers it.

T11's paper: "Forudsat basisbevilling på 1,25 mio vil det supplerende finansieringsbehov
være: Ca. 1 kr. pr indbygger i Scenarie 2, Ca 2 kr. pr indbygger i Scenarie 3". The
extra need of a scenario costing ``c`` mio DKK a year is ``max(0, c − basis grant)``
mio DKK, spread over the inhabitants of the 11 municipalities::

    extra per inhabitant (DKK) = max(0, c − basis_grant) · 10⁶ / population
    extra for a municipality (DKK) = max(0, c − basis_grant) · 10⁶ · its population / total

computed at the low end, the midpoint and the high end of the scenario's cost interval.
A cost below the basis grant needs no extra financing (0, not a negative number). The
paper says Scenarios 2–4 need "omprioritering af BRN-bidrag og/eller mindre
tillægsbevilling … fra kommunerne": the amount per municipality is what that
supplementary grant would be if the municipalities carried the whole extra need. The
accumulated underspend ("Det budgetmæssige mindreforbrug … udgør akkumuleret ca.
850.000") covers ``0.85 / extra`` years of it, once.

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
    "UNDERSPEND_MIO_DKK",
    "MunicipalShare",
    "Population",
    "ScenarioFinancing",
    "extra_per_inhabitant",
    "municipal_shares",
    "read_population",
    "scenario_financing",
    "underspend_years",
]

#: The basis grant T11 assumes, in mio DKK a year ("Forudsat basisbevilling på 1,25 mio").
BASIS_GRANT_MIO_DKK = 1.25

#: The accumulated underspend of 2023–2024, in mio DKK ("udgør akkumuleret ca. 850.000").
UNDERSPEND_MIO_DKK = 0.85

#: The paper's words behind the two constants (checked against the paper in the tests).
SOURCE_QUOTES = (
    "Forudsat basisbevilling på 1,25 mio",
    "Det budgetmæssige mindreforbrug for 2023 (opstart) og 2024 (3 mdr. vacance) udgør "
    "akkumuleret ca. 850.000",
    "Fordrer omprioritering af BRN-bidrag og/eller mindre tillægsbevilling",
)

_COLUMNS = ("municipality", "population")

#: The fields of :class:`ScenarioFinancing` in output order (CLI JSON, report CSV).
FINANCING_FIELDS = (
    "alternative",
    "cost_low",
    "cost_high",
    "extra_low",
    "extra_mid",
    "extra_high",
    "extra_per_inhabitant_low",
    "extra_per_inhabitant_mid",
    "extra_per_inhabitant_high",
    "underspend_years_low",
    "underspend_years_mid",
    "underspend_years_high",
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
    """The cost interval (mio DKK a year) of one scenario, its extra need over the basis
    grant (mio DKK a year), that need per inhabitant (DKK a year), and the years the
    underspend covers it (``None`` where there is no extra need), each at the
    interval's low end, midpoint and high end."""

    alternative: str
    label: str
    cost_low: float
    cost_high: float
    extra_per_inhabitant_low: float
    extra_per_inhabitant_mid: float
    extra_per_inhabitant_high: float
    extra_low: float = 0.0
    extra_mid: float = 0.0
    extra_high: float = 0.0
    underspend_years_low: float | None = None
    underspend_years_mid: float | None = None
    underspend_years_high: float | None = None


@dataclass(frozen=True)
class MunicipalShare:
    """One municipality's share of one scenario's extra need, in DKK a year (by its
    population), at the cost interval's low end, midpoint and high end."""

    alternative: str
    municipality: str
    population: int
    low: float
    mid: float
    high: float


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


def underspend_years(extra: float, underspend: float = UNDERSPEND_MIO_DKK) -> float | None:
    """Years the one-off ``underspend`` (mio DKK) covers a yearly ``extra`` need (mio
    DKK); ``None`` when there is no extra need."""
    if extra <= 0:
        return None
    return underspend / extra


def municipal_shares(
    rows: Sequence[ScenarioFinancing], population: Population
) -> tuple[MunicipalShare, ...]:
    """Each municipality's share of each scenario's extra need, by population: the
    "mindre tillægsbevilling" per municipality if the municipalities carried all of it."""
    out = []
    total = population.total
    for row in rows:
        for name, count in zip(population.municipalities, population.counts, strict=True):
            share = count / total
            out.append(
                MunicipalShare(
                    row.alternative,
                    name,
                    count,
                    row.extra_low * 1e6 * share,
                    row.extra_mid * 1e6 * share,
                    row.extra_high * 1e6 * share,
                )
            )
    return tuple(out)


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
    if criterion not in problem.criterion_ids:
        raise ValidationError(
            _where(
                problem, f"no criterion {criterion!r}: financing needs the yearly cost in mio DKK"
            )
        )
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
                extra_low=max(0.0, score.low - basis_grant),
                extra_mid=max(0.0, score.midpoint - basis_grant),
                extra_high=max(0.0, score.high - basis_grant),
                underspend_years_low=underspend_years(score.low - basis_grant),
                underspend_years_mid=underspend_years(score.midpoint - basis_grant),
                underspend_years_high=underspend_years(score.high - basis_grant),
            )
        )
    return tuple(rows)


def _where(problem: Problem, reason: str) -> str:
    return f"{problem.path}: {reason}" if problem.path else reason
