"""What an analysis finds, as data a reader's sentence can be written from.

:func:`findings` reads a :class:`~mcda.analysis.DecisionAnalysis` (nothing is sampled
again) and answers, for one decision:

* **verdict** — does the stated choice win: ``"dominates"`` (at least as good on every
  criterion, so first under any weights), ``"supported"`` (first on the default
  weights), ``"not_first"``, ``"screened"`` (a stated requirement screens it out) or
  ``"no_choice"`` (nothing is stated; the finding is about who comes first);
* **how firmly** — the share of all weightings (SMAA-2, uniform on the simplex) in which
  the choice, and its family, comes first, in one of four words (:func:`firmness`);
* **what the requirements decide** — whether, without the stated requirements, another
  alternative comes first on the default weights;
* **the priorities that would change it** — per criterion, the weight at which the
  first place changes when that weight alone moves and the others keep their
  proportions (the stability intervals), nearest first;
* **robustness to modelling choices** — under how many methods × readings of the
  contested scores the choice comes first on the default weights, and which readings
  make it lose every time;
* **fragile assumptions** — the assumed scores (no quote backs them) that change who
  comes first on the default weights when moved one rubric level (numeric scores: a
  tenth of the criterion's anchored range) either way.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from mcda.analysis import DecisionAnalysis, View
from mcda.model import Problem
from mcda.ranking import rank

__all__ = [
    "Findings",
    "FragileAssumption",
    "Modelling",
    "Threshold",
    "findings",
    "firmness",
]

Verdict = Literal["dominates", "supported", "not_first", "screened", "no_choice"]
Firmness = Literal["firm", "clear", "narrow", "weak"]

#: Lower bounds of the firmness words on a first-rank share: ≥ 90 % firm, ≥ 2/3 clear,
#: ≥ 40 % narrow, below weak.
FIRMNESS_BOUNDS: tuple[tuple[float, Firmness], ...] = (
    (0.9, "firm"),
    (2 / 3, "clear"),
    (0.4, "narrow"),
    (0.0, "weak"),
)
#: A numeric assumption is moved by this fraction of its criterion's range.
NUMERIC_STEP = 0.1


def firmness(share: float) -> Firmness:
    """The word for a first-rank share (see :data:`FIRMNESS_BOUNDS`)."""
    return next(word for bound, word in FIRMNESS_BOUNDS if share >= bound)


@dataclass(frozen=True)
class Threshold:
    """Moving ``criterion``'s weight from ``weight`` past ``at`` (``above``: upwards)
    puts ``first`` first, the other weights keeping their proportions.
    ``within_family``: ``first`` and the current leader are variants of one option."""

    criterion: str
    weight: float
    at: float
    above: bool
    first: str
    within_family: bool


@dataclass(frozen=True)
class Modelling:
    """Under ``wins`` of ``total`` modelling choices (methods × readings of contested
    scores) ``alternative`` comes first alone on the default weights; every choice with
    one of the ``losing_readings`` (``("cell", "low"|"high")``) puts another first."""

    alternative: str
    wins: int
    total: int
    losing_readings: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class FragileAssumption:
    """The assumed score of ``alternative`` on ``criterion`` (``assumed``: low, high)
    moved by ``shift`` (in the criterion's unit or rubric levels) puts ``first`` first
    on the default weights."""

    alternative: str
    criterion: str
    assumed: tuple[float, float]
    shift: float
    first: tuple[str, ...]

    @property
    def tried(self) -> tuple[float, float]:
        """The moved score (low, high)."""
        return (self.assumed[0] + self.shift, self.assumed[1] + self.shift)


@dataclass(frozen=True)
class Findings:
    """One decision's findings (see the module docstring). Shares are first-rank
    acceptabilities in [0, 1] from the analysis' SMAA, with the stated requirements."""

    problem: Problem
    verdict: Verdict
    choice: str | None
    first: tuple[str, ...]
    share: float | None
    family: str | None
    family_share: float | None
    leader_share: float
    without_first: tuple[str, ...] | None
    without_share: float | None
    without_family_share: float | None
    thresholds: tuple[Threshold, ...]
    modelling: Modelling | None
    fragile: tuple[FragileAssumption, ...]

    @property
    def requirements_decide(self) -> bool:
        """Without the stated requirements another alternative comes first."""
        return (
            self.choice is not None
            and self.without_first is not None
            and self.without_first != (self.choice,)
        )

    @property
    def firmness(self) -> Firmness | None:
        """The word for the stated choice's share (``None`` without a choice)."""
        return None if self.share is None else firmness(self.share)

    @property
    def family_firmness(self) -> Firmness | None:
        return None if self.family_share is None else firmness(self.family_share)


def _family_id(problem: Problem) -> str | None:
    stated = problem.recommendation
    if stated is None:
        return None
    if stated.family is not None:
        return stated.family
    found = problem.family_of(stated.alternative)
    return None if found is None else found.id


def _same_family(problem: Problem, a: str, b: str) -> bool:
    found = problem.family_of(a)
    return found is not None and b in found.members


def _thresholds(analysis: DecisionAnalysis, limit: int) -> tuple[Threshold, ...]:
    stability, sweeps = analysis.stability, analysis.sweeps
    if stability is None or sweeps is None or len(stability.top) != 1:
        return ()
    leader = stability.top[0]
    found = []
    for item in sorted(stability.criteria, key=lambda c: (c.relative_top_change, c.top_change)):
        reversal = item.top_reversal
        if reversal is None or not math.isfinite(item.top_change):
            continue
        above = reversal.weight > item.weight
        other = sweeps.alternatives[reversal.ahead_above if above else reversal.ahead_below]
        found.append(
            Threshold(
                criterion=item.criterion,
                weight=item.weight,
                at=float(reversal.weight),
                above=above,
                first=other,
                within_family=_same_family(analysis.problem, leader, other),
            )
        )
    return tuple(found[:limit])


def _modelling(analysis: DecisionAnalysis, alternative: str) -> Modelling | None:
    result = analysis.robustness
    if result is None or not result.applicable:
        return None
    applicable = result.applicable
    wins = sum(1 for o in applicable if o.first == (alternative,))
    losing = []
    for cell in result.contested:
        for end in ("low", "high"):
            with_reading = [o for o in applicable if o.choice.readings.get(cell) == end]
            if with_reading and all(o.first != (alternative,) for o in with_reading):
                losing.append((cell, end))
    return Modelling(alternative, wins, len(applicable), tuple(losing))


def _shifted(problem: Problem, alternative: str, criterion: str, shift: float) -> Problem:
    """``problem`` with one score moved by ``shift`` (an interval keeps its width)."""
    scores = {a: dict(row) for a, row in problem.scores.items()}
    score = scores[alternative][criterion]
    scores[alternative][criterion] = dataclasses.replace(
        score, low=score.low + shift, high=score.high + shift
    )
    frozen = {a: MappingProxyType(row) for a, row in scores.items()}
    return dataclasses.replace(problem, scores=MappingProxyType(frozen))


def _shifts(problem: Problem, alternative: str, criterion: str) -> list[float]:
    """How far an assumed score is moved: one rubric level either way (staying on the
    rubric), or a tenth of the criterion's range either way for a numeric score."""
    item = problem.criterion(criterion)
    score = problem.scores[alternative][criterion]
    if item.rubric:
        levels = sorted(item.rubric)
        return [
            s for s in (-1.0, 1.0) if score.low + s >= levels[0] and score.high + s <= levels[-1]
        ]
    if item.bounds is not None:
        span = item.bounds[1] - item.bounds[0]
    else:
        column = [
            v
            for row in problem.scores.values()
            if criterion in row
            for v in (row[criterion].low, row[criterion].high)
        ]
        span = max(column) - min(column)
    step = NUMERIC_STEP * span
    return [-step, step] if step > 0 else []


def _fragile(analysis: DecisionAnalysis) -> tuple[FragileAssumption, ...]:
    problem = analysis.problem
    first = analysis.with_requirements.ranking.best
    found = []
    for alternative in problem.alternative_ids:
        for criterion, score in problem.scores.get(alternative, {}).items():
            if not score.assumption:
                continue
            for shift in _shifts(problem, alternative, criterion):
                moved = _shifted(problem, alternative, criterion, shift)
                if not moved.eligible_ids:
                    continue
                winner = rank(moved, analysis.weights, method=analysis.method).best
                if winner != first:
                    found.append(
                        FragileAssumption(
                            alternative, criterion, (score.low, score.high), shift, winner
                        )
                    )
    return tuple(found)


def _share(view: View | None, alternatives: Sequence[str]) -> float | None:
    if view is None:
        return None
    members = [a for a in alternatives if a in view.smaa.alternatives]
    return view.smaa.share_of(members)[0] if members else 0.0


def findings(analysis: DecisionAnalysis, *, thresholds: int = 2) -> Findings:
    """The findings of one decision (see the module docstring); at most ``thresholds``
    priorities that would change the first place, nearest first."""
    problem = analysis.problem
    view = analysis.with_requirements
    first = view.ranking.best
    stated = problem.recommendation
    choice = None if stated is None else stated.alternative
    family = _family_id(problem)
    without = analysis.without_requirements
    leader = choice if choice is not None else (first[0] if first else None)
    if choice is None:
        verdict: Verdict = "no_choice"
    elif choice not in problem.eligible_ids:
        verdict = "screened"
    elif view.reproduction is not None and view.reproduction.dominance.status == "dominates_all":
        verdict = "dominates"
    elif first == (choice,):
        verdict = "supported"
    else:
        verdict = "not_first"
    members = problem.family(family).members if family is not None else ()
    return Findings(
        problem=problem,
        verdict=verdict,
        choice=choice,
        first=first,
        share=None if choice is None else _share(view, [choice]),
        family=family,
        family_share=None if family is None else _share(view, members),
        leader_share=_share(view, [leader]) or 0.0 if leader is not None else 0.0,
        without_first=None if without is None else without.ranking.best,
        without_share=None if without is None or choice is None else _share(without, [choice]),
        without_family_share=None
        if without is None or family is None
        else _share(without, members),
        thresholds=_thresholds(analysis, thresholds) if verdict != "dominates" else (),
        modelling=None if leader is None else _modelling(analysis, leader),
        fragile=_fragile(analysis),
    )
