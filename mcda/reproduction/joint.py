"""One weight vector for several decisions at once: the "implied weights" of a decision
maker who made several choices on the same criteria.

The joint winning region is the intersection of the decisions' winning regions (the
criteria are matched by id, so the files may list them in any order). If it is not
empty, its share, central weights and the joint weights nearest the reference are the
implied weights. If it is empty, every pair of decisions is tested on its own: a pair
whose joint region is empty *conflicts*, and the weights that bring the pair closest
(the largest smallest lead over both) show where and by how much.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import ValidationError
from mcda.model import Problem
from mcda.ranking import TIE_TOLERANCE
from mcda.reproduction.analysis import DEFAULT_SAMPLES
from mcda.reproduction.closest import best_attempt, closest_weights, start_points
from mcda.reproduction.condition import (
    DEFAULT_MARGIN,
    Verification,
    reference_weights,
    win_condition,
)
from mcda.reproduction.levels import level_witness
from mcda.reproduction.region import RegionEstimate, draw_weights, estimate_region, win_mask
from mcda.reproduction.solver import Contest
from mcda.sampling import WeightConstraints, as_generator

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Conflict", "JointReproduction", "reproduce_jointly"]


@dataclass(frozen=True)
class Conflict:
    """Two decisions whose targets never win together.

    At ``weights`` (n, common order) the smaller of their two smallest leads is as large
    as it gets; ``leads`` gives each decision's smallest lead there (one is < margin).
    """

    first: str
    second: str
    weights: np.ndarray
    leads: tuple[float, float]


@dataclass(frozen=True)
class JointReproduction:
    """Whether one weight vector makes every decision's target win.

    ``criterion_ids`` is the common order of every weight vector (the first problem's).
    ``closest`` are the joint winning weights nearest ``reference`` (L1), the implied
    weights; ``None`` when the joint region is empty, and then ``conflicts`` lists the
    pairs of decisions that cannot win together, ``alone`` the decisions whose target
    cannot win even alone, and ``attempt`` the weights with the largest smallest lead
    over all decisions. ``verifications`` holds the engine's verdict per decision
    (by problem label) on ``closest`` (or ``attempt``).
    """

    problems: tuple[Problem, ...]
    targets: tuple[str, ...]
    method: str
    criterion_ids: tuple[str, ...]
    margin: float
    reference: np.ndarray
    reference_name: str
    reproducible: bool
    region: RegionEstimate
    closest: np.ndarray | None
    closest_distance: float | None
    attempt: np.ndarray | None
    attempt_lead: float | None
    conflicts: tuple[Conflict, ...]
    alone: tuple[str, ...]
    verifications: Mapping[str, Verification]
    exact: bool

    @property
    def share(self) -> float:
        return self.region.share

    def as_mapping(self, weights: np.ndarray | None) -> dict[str, float] | None:
        if weights is None:
            return None
        return {c: float(w) for c, w in zip(self.criterion_ids, weights, strict=True)}

    def to_frame(self) -> pd.DataFrame:
        """One row per criterion: ``reference``, ``closest`` (the implied weights; or
        ``attempt`` when no weights make every target win) and ``central``."""
        import pandas as pd

        missing = np.full(len(self.criterion_ids), np.nan)
        found = self.closest if self.closest is not None else self.attempt
        central = self.region.central_weights
        return pd.DataFrame(
            {
                "reference": self.reference,
                "closest" if self.reproducible else "attempt": missing if found is None else found,
                "central": missing if central is None else central,
            },
            index=pd.Index(self.criterion_ids, name="criterion"),
        )


def label_of(problem: Problem) -> str:
    """The name a decision goes by in reports: its file path, else its id."""
    return str(problem.path) if problem.path else problem.id


def reproduce_jointly(
    problems: Sequence[Problem],
    *,
    targets: Mapping[str, str] | None = None,
    method: str = "topsis",
    reference: str | Mapping[str, float] | ArrayLike | None = None,
    margin: float = DEFAULT_MARGIN,
    weight_constraints: WeightConstraints | None = None,
    n_samples: int = DEFAULT_SAMPLES,
    rng: int | np.random.Generator | None = None,
) -> JointReproduction:
    """Is there one weight vector under which every problem's target ranks first?

    Parameters
    ----------
    problems
        Decision problems on the same criteria (same ids, any order).
    targets
        ``{problem id: alternative}`` overrides; others use their recommendation.
    reference
        As in :func:`~mcda.reproduction.reproduce`; a profile name or mapping is
        resolved in each problem and the results averaged (criteria matched by id).
    weight_constraints
        As in :func:`~mcda.reproduction.reproduce`, in the first problem's criteria order.
    margin, n_samples, rng
        As in :func:`~mcda.reproduction.reproduce`.
    """
    if not problems:
        raise ValidationError("problems: need at least one decision problem")
    ids = problems[0].criterion_ids
    for problem in problems[1:]:
        if set(problem.criterion_ids) != set(ids):
            raise ValidationError(
                f"{label_of(problem)}: criteria: {', '.join(problem.criterion_ids)} differ from "
                f"{label_of(problems[0])} ({', '.join(ids)}); a joint analysis needs the same"
            )
    targets = dict(targets or {})
    known = {p.id for p in problems}
    for key in targets:
        if key not in known:
            raise ValidationError(f"targets: no problem {key!r} (problems: {', '.join(known)})")
    contests = []
    references = []
    for problem in problems:
        condition = win_condition(problem, targets.get(problem.id), method)
        columns = np.array([ids.index(c) for c in problem.criterion_ids])
        contests.append(Contest(condition, columns))
        own = reference_weights(problem, reference)
        common = np.empty(len(ids))
        common[columns] = own
        references.append(common)
    w_ref = np.mean(references, axis=0)
    w_ref = w_ref / w_ref.sum()
    limits = weight_constraints or WeightConstraints(len(ids))
    if limits.n_criteria != len(ids):
        raise ValidationError(
            f"weight_constraints: made for {limits.n_criteria} criteria, the problems have "
            f"{len(ids)}"
        )
    seed = rng if isinstance(rng, int) else None
    samples = draw_weights(n_samples, len(ids), limits, as_generator(rng))
    # the share is first-rank acceptability (as in SMAA: first at all, ties aside);
    # the margin applies to the weights reported, which the optimiser finds
    region, _ = estimate_region(contests, samples, margin=TIE_TOLERANCE, seed=seed)
    winning = samples[win_mask(contests, samples, margin)]
    starts = start_points(w_ref, winning, samples, [region.central_weights])
    solution = closest_weights(
        contests, w_ref, margin=margin, constraints=limits, starts=starts
    )
    conflicts: list[Conflict] = []
    alone: list[str] = []
    attempt = attempt_lead = None
    if solution is None:
        for contest in contests:
            if not _can_win([contest], samples, w_ref, margin, limits):
                alone.append(label_of(contest.condition.problem))
        for first, second in combinations(contests, 2):
            if _can_win([first, second], samples, w_ref, margin, limits):
                continue
            pair = [first, second]
            pair_starts = start_points(w_ref, samples[:0], samples)
            best = best_attempt(pair, constraints=limits, starts=pair_starts)
            conflicts.append(
                Conflict(
                    label_of(first.condition.problem),
                    label_of(second.condition.problem),
                    best.weights,
                    (float(first.lead(best.weights)[0]), float(second.lead(best.weights)[0])),
                )
            )
        best = best_attempt(contests, constraints=limits, starts=starts)
        attempt, attempt_lead = best.weights, best.lead
    checked = solution.weights if solution is not None else attempt
    if checked is None:  # pragma: no cover - one of the two is always set
        raise RuntimeError("joint analysis produced no weights to verify")
    verifications = {
        label_of(c.condition.problem): c.condition.verify(c.problem_weights(checked), margin)
        for c in contests
    }
    return JointReproduction(
        problems=tuple(problems),
        targets=tuple(c.condition.target for c in contests),
        method=method,
        criterion_ids=ids,
        margin=margin,
        reference=w_ref,
        reference_name=(
            reference if isinstance(reference, str) else ("equal" if reference is None else "given")
        ),
        reproducible=solution is not None,
        region=region,
        closest=None if solution is None else solution.weights,
        closest_distance=None if solution is None else solution.value,
        attempt=attempt,
        attempt_lead=attempt_lead,
        conflicts=tuple(conflicts),
        alone=tuple(alone),
        verifications=verifications,
        exact=all(c.condition.linear is not None for c in contests),
    )


def _can_win(
    contests: Sequence[Contest],
    samples: np.ndarray,
    reference: np.ndarray,
    margin: float,
    constraints: WeightConstraints,
) -> bool:
    """Whether the targets of ``contests`` can win together."""
    mask = win_mask(contests, samples, margin)
    if mask.any():
        return True
    starts = start_points(reference, samples[:0], samples)
    if len(contests) == 1:
        witness = level_witness(contests[0].condition, margin, constraints)
        if witness is not None:
            return True
    found = closest_weights(
        contests, reference, margin=margin, constraints=constraints, starts=starts
    )
    return found is not None
