"""A verdict that survives the modelling choices: the headline under every choice.

A ranking rests on choices the evidence does not make: the normalisation (anchored
scales, vector, min-max), the aggregation method (TOPSIS, the weighted sum, the peer
methods), and for a *contested* score (``contested = true``: its interval holds two
rival readings of the evidence) which reading is right. :func:`robustness` re-runs the
headline under every combination — who ranks first on the problem's default weights,
each alternative's first-rank share over the weight simplex (SMAA-2), and the stated
recommendation's share (and its family's) — and says in one sentence how far the
verdict depends on them ("X comes first under 17 of 18 modelling choices; only …").

Contested scores are combined in full (2^c combinations) up to :data:`FULL_FACTORIAL`
of them; beyond, each is varied on its own (the others at their midpoints) and the
all-low and all-high readings are added. A method that is undefined for a variant (it
raises an :class:`~mcda.errors.McdaError`) is recorded as not applicable, with the
reason. Scores other than the contested ones enter at their midpoints: this analysis
isolates the modelling choices; score uncertainty is the main SMAA's business.

References: the "robustness analysis" of Roy (2010), *EJOR* 200(3), 629–638, and of
Dias (2006) in the sense of conclusions valid across plausible model variants; the
method-choice comparison follows Zanakis et al. (1998), *EJOR* 107(3), 507–529.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

import numpy as np

from mcda.errors import McdaError, ValidationError
from mcda.model import Lang, Problem, Score
from mcda.ranking import WeightsLike, rank, resolve_weights

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DEFAULT_METHODS",
    "FULL_FACTORIAL",
    "ModellingChoice",
    "Outcome",
    "RobustnessResult",
    "robustness",
]

#: Methods compared by default: TOPSIS and the weighted sum under each normalisation,
#: then the peers (each with its own normalisation).
DEFAULT_METHODS: tuple[str, ...] = (
    "topsis_anchored",
    "topsis_vector",
    "topsis_minmax",
    "weighted_sum_anchored",
    "weighted_sum_vector",
    "weighted_sum_minmax",
    "wsm",
    "wpm",
    "vikor",
    "promethee_ii",
    "spotis",
    "copras",
)

#: Up to this many contested scores, every combination of their ends is analysed.
FULL_FACTORIAL = 6

End = Literal["low", "high"]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ModellingChoice:
    """One combination: a method (with its normalisation) and, for each contested score
    ``"alternative.criterion"``, the end of its interval taken."""

    method: str
    readings: Mapping[str, End]

    @property
    def key(self) -> str:
        """A stable id, e.g. ``topsis_anchored|scenario_2.cost=low``."""
        parts = [f"{cell}={end}" for cell, end in self.readings.items()]
        return "|".join([self.method, *parts])


@dataclass(frozen=True)
class Outcome:
    """The headline under one modelling choice.

    ``first`` holds the alternatives ranked first on the default weights (several when
    tied); ``shares`` (m,) the first-rank acceptabilities over the weight simplex, in
    the result's ``alternatives`` order, with standard errors ``shares_se``;
    ``recommendation_share`` and ``family_share`` those of the stated choice and its
    family. ``reason`` says why a choice is not applicable (then the numbers are empty).
    """

    choice: ModellingChoice
    first: tuple[str, ...] = ()
    shares: np.ndarray | None = None
    shares_se: np.ndarray | None = None
    recommendation_share: float | None = None
    family_share: float | None = None
    n_samples: int = 0
    reason: str | None = None

    @property
    def applicable(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class RobustnessResult:
    """The headline of ``problem`` under every modelling choice (see :func:`robustness`)."""

    problem: Problem
    alternatives: tuple[str, ...]
    weights: np.ndarray
    outcomes: tuple[Outcome, ...]
    contested: tuple[str, ...]
    full_factorial: bool
    seed: int | None
    n_samples: int

    @property
    def applicable(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.applicable)

    def first_counts(self) -> dict[str, int]:
        """How many applicable choices put each alternative first alone on the default
        weights (ties counted under ``"tie"``), most first."""
        counts = Counter(o.first[0] if len(o.first) == 1 else "tie" for o in self.applicable)
        return dict(counts.most_common())

    @property
    def leader(self) -> str | None:
        """The alternative first under the most choices (``None`` if none applies)."""
        counts = {k: v for k, v in self.first_counts().items() if k != "tie"}
        return max(counts, key=lambda k: (counts[k], -self.alternatives.index(k)), default=None)

    def share_range(self, alternative: str) -> tuple[float, float]:
        """The lowest and highest first-rank share of ``alternative`` across choices."""
        index = self.alternatives.index(alternative)
        values = [float(o.shares[index]) for o in self.applicable if o.shares is not None]
        return (min(values), max(values)) if values else (math.nan, math.nan)

    def recommendation_range(self) -> tuple[float, float] | None:
        """The range of the recommendation's share across choices (``None`` without)."""
        values = [o.recommendation_share for o in self.applicable]
        found = [v for v in values if v is not None]
        return (min(found), max(found)) if found else None

    def exceptions(self) -> dict[str, tuple[ModellingChoice, ...]]:
        """The choices under which another alternative than :attr:`leader` comes first,
        by that alternative (or ``"tie"``)."""
        out: dict[str, list[ModellingChoice]] = {}
        for outcome in self.applicable:
            first = outcome.first[0] if len(outcome.first) == 1 else "tie"
            if first != self.leader:
                out.setdefault(first, []).append(outcome.choice)
        return {k: tuple(v) for k, v in out.items()}

    def sentence(self, lang: Lang = "da") -> str:
        """The verdict in one sentence, e.g. "X comes first under 17 of 18 modelling
        choices; only TOPSIS (min-max) puts Y first"."""
        return verdict_sentence(self, lang)

    def to_frame(self) -> pd.DataFrame:
        """One row per choice: method, contested readings, first on default weights,
        every alternative's share (``share_<id>``), the recommendation's and family's."""
        import pandas as pd

        rows = []
        for outcome in self.outcomes:
            row: dict[str, object] = {
                "choice": outcome.choice.key,
                "method": outcome.choice.method,
                **{f"reading_{cell}": end for cell, end in outcome.choice.readings.items()},
                "first": " = ".join(outcome.first) if outcome.first else None,
                "applicable": outcome.applicable,
                "reason": outcome.reason,
            }
            for i, alternative in enumerate(self.alternatives):
                row[f"share_{alternative}"] = (
                    None if outcome.shares is None else float(outcome.shares[i])
                )
            row["recommendation_share"] = outcome.recommendation_share
            row["family_share"] = outcome.family_share
            rows.append(row)
        return pd.DataFrame(rows).set_index("choice")


def contested_cells(problem: Problem) -> tuple[str, ...]:
    """``"alternative.criterion"`` of every contested score of an eligible alternative."""
    eligible = set(problem.eligible_ids)
    return tuple(
        f"{alternative}.{criterion}"
        for alternative, row in problem.scores.items()
        if alternative in eligible
        for criterion, score in row.items()
        if score.contested
    )


def readings(cells: Sequence[str]) -> tuple[tuple[Mapping[str, End], ...], bool]:
    """The combinations of contested readings, and whether they are the full factorial."""
    if not cells:
        return (MappingProxyType({}),), True
    ends: tuple[End, End] = ("low", "high")
    if len(cells) <= FULL_FACTORIAL:
        combos = itertools.product(ends, repeat=len(cells))
        return tuple(MappingProxyType(dict(zip(cells, c, strict=True))) for c in combos), True
    out: list[Mapping[str, End]] = [MappingProxyType(dict.fromkeys(cells, e)) for e in ends]
    out.extend(MappingProxyType({cell: e}) for cell in cells for e in ends)
    return tuple(out), False


def with_readings(problem: Problem, chosen: Mapping[str, End]) -> Problem:
    """``problem`` with each contested score in ``chosen`` fixed at that end (a point)."""
    if not chosen:
        return problem
    scores = {a: dict(row) for a, row in problem.scores.items()}
    for cell, end in chosen.items():
        alternative, criterion = cell.split(".", 1)
        score = scores[alternative][criterion]
        value = score.low if end == "low" else score.high
        scores[alternative][criterion] = dataclasses.replace(score, low=value, high=value)
    frozen: dict[str, Mapping[str, Score]] = {a: MappingProxyType(row) for a, row in scores.items()}
    return dataclasses.replace(problem, scores=MappingProxyType(frozen))


def _midpoints(problem: Problem) -> Problem:
    """Every score at its midpoint (the contested ones are fixed by the readings)."""
    scores = {
        a: MappingProxyType(
            {
                c: s
                if s.contested or not s.is_interval
                else dataclasses.replace(s, low=s.midpoint, high=s.midpoint)
                for c, s in row.items()
            }
        )
        for a, row in problem.scores.items()
    }
    return dataclasses.replace(problem, scores=MappingProxyType(scores))


def robustness(
    problem: Problem,
    weights: WeightsLike = None,
    *,
    methods: Sequence[str] = DEFAULT_METHODS,
    n_samples: int = 10_000,
    rng: int = 1,
    progress: Progress | None = None,
) -> RobustnessResult:
    """The headline of ``problem`` under every modelling choice.

    Parameters
    ----------
    problem
        The decision problem (screening applies; contested scores as in the file).
    weights
        The weights for "who ranks first": a profile name, ``{criterion: weight}``, a
        vector, or ``None`` for the problem's default profile.
    methods
        Registered method names (default :data:`DEFAULT_METHODS`).
    n_samples
        SMAA weight samples per choice (standard error ≤ 0.5/√n_samples).
    rng
        The integer seed; every choice is sampled from the same seed, so the shares of
        two choices differ by the choice, not by the draw.
    progress
        ``progress(done, total)`` after each choice.
    """
    from mcda.sensitivity.smaa import smaa_problem

    if isinstance(rng, bool) or not isinstance(rng, int):
        raise ValidationError(f"rng: the robustness analysis needs an integer seed, got {rng!r}")
    if isinstance(n_samples, bool) or not isinstance(n_samples, int) or n_samples < 1:
        raise ValidationError(f"n_samples: expected an integer ≥ 1, got {n_samples!r}")
    from mcda.methods import get_method

    # unknown names fail here, before any work; anchors are checked per choice below
    names = [get_method(name, normalization=problem.normalization).name for name in methods]
    if not names:
        raise ValidationError("methods: name at least one method")
    vector = resolve_weights(problem, weights)
    cells = contested_cells(problem)
    combos, full = readings(cells)
    eligible = problem.require_eligible()
    recommendation = problem.recommendation
    target = recommendation.alternative if recommendation is not None else None
    family = (
        problem.family(recommendation.family)
        if recommendation is not None and recommendation.family is not None
        else (problem.family_of(target) if target is not None else None)
    )
    base = _midpoints(problem)
    outcomes: list[Outcome] = []
    total = len(combos) * len(names)
    for combo in combos:
        variant = with_readings(base, combo)
        for name in names:
            choice = ModellingChoice(name, combo)
            try:
                ranking = rank(variant, vector, method=name)
                result = smaa_problem(
                    variant,
                    n_samples=n_samples,
                    rng=rng,
                    method=name,
                    pairwise_samples=1,
                    confidence_samples=1,
                )
            except McdaError as error:
                outcomes.append(Outcome(choice, reason=str(error)))
            else:
                own = result.share_of([target])[0] if target in result.alternatives else None
                members = (
                    [a for a in family.members if a in result.alternatives]
                    if family is not None
                    else []
                )
                outcomes.append(
                    Outcome(
                        choice,
                        first=ranking.best,
                        shares=result.first_rank_acceptability.copy(),
                        shares_se=result.rank_acceptability_se[:, 0].copy(),
                        recommendation_share=own,
                        family_share=result.share_of(members)[0] if members else None,
                        n_samples=result.n_samples,
                    )
                )
            if progress is not None:
                progress(len(outcomes), total)
    return RobustnessResult(
        problem=problem,
        alternatives=eligible,
        weights=vector,
        outcomes=tuple(outcomes),
        contested=cells,
        full_factorial=full,
        seed=rng,
        n_samples=n_samples,
    )


def share_matrix(result: RobustnessResult) -> np.ndarray:
    """(choices, m) first-rank shares of the applicable choices (for plots)."""
    return np.array([o.shares for o in result.applicable if o.shares is not None])


# -- sentences for readers (CLI, report), in one language from mcda.i18n ---------------


def reading_label(
    cell: str, end: End, problem: Problem, lang: Lang = "da", *, clause: bool = False
) -> str:
    """ "Scenario 4's cost at its low end" for the contested score ``cell`` (with
    ``clause``: "Scenario 4's cost is at its low end")."""
    from mcda.formatting import in_sentence
    from mcda.i18n import t

    alternative, criterion = cell.split(".", 1)
    return t(
        f"robust_reading_{end}" + ("_clause" if clause else ""),
        lang,
        alternative=problem.alternative(alternative).label.get(lang),
        criterion=in_sentence(problem.criterion(criterion).label.get(lang)),
    )


def choice_label(choice: ModellingChoice, problem: Problem, lang: Lang = "da") -> str:
    """A reader's name for one choice: the method's title and each contested reading."""
    from mcda.formatting import join_names
    from mcda.i18n import method_title, t

    title = method_title(choice.method, lang)
    if not choice.readings:
        return title
    readings_text = [reading_label(c, e, problem, lang) for c, e in choice.readings.items()]
    return t("robust_with", lang, method=title, readings=join_names(readings_text, lang))


def _grouped(result: RobustnessResult, choices: Sequence[ModellingChoice], lang: Lang) -> list[str]:
    """Choices named by method: "TOPSIS (min-max)" when every reading of that method is
    among them, else the method with the readings (or their count)."""
    from mcda.i18n import method_title, t

    readings_per_method = Counter(o.choice.method for o in result.applicable)
    by_method: dict[str, list[ModellingChoice]] = {}
    for choice in choices:
        by_method.setdefault(choice.method, []).append(choice)
    parts = []
    for method, chosen in by_method.items():
        title = method_title(method, lang)
        if len(chosen) == readings_per_method[method] or not chosen[0].readings:
            parts.append(title)
        elif len(chosen) == 1:
            parts.append(choice_label(chosen[0], result.problem, lang))
        else:
            parts.append(
                t(
                    "robust_some_readings",
                    lang,
                    method=title,
                    k=str(len(chosen)),
                    r=str(readings_per_method[method]),
                )
            )
    return parts


def _exception_text(
    result: RobustnessResult, choices: Sequence[ModellingChoice], lang: Lang
) -> str:
    """The exceptions in words: "whenever <reading>" when, under those readings of the
    contested scores, every method agrees; else the methods (with readings)."""
    from mcda.formatting import join_names
    from mcda.i18n import t

    chosen = Counter(tuple(c.readings.items()) for c in choices)
    available = Counter(tuple(o.choice.readings.items()) for o in result.applicable)
    if all(key and chosen[key] == available[key] for key in chosen):
        groups = [
            join_names(
                [reading_label(c, e, result.problem, lang, clause=True) for c, e in key], lang
            )
            for key in chosen
        ]
        return t("robust_whenever", lang, readings=t("robust_or", lang).join(groups[:3]))
    return join_names(_grouped(result, choices, lang)[:3], lang)


def verdict_sentence(result: RobustnessResult, lang: Lang = "da") -> str:
    """One sentence: who comes first under how many modelling choices (on the default
    weights), the exceptions, and the stated recommendation's share range (with its
    family's)."""
    from mcda.formatting import format_share
    from mcda.i18n import default_profile_name, t

    problem = result.problem

    def name(alternative: str) -> str:
        return problem.alternative(alternative).label.get(lang)

    def span(low: float, high: float) -> str:
        lo, hi = format_share(low, lang, 0), format_share(high, lang, 0)
        return (
            t("robust_share_is", lang, share=lo)
            if lo == hi
            else t("robust_share_between", lang, lo=lo, hi=hi)
        )

    applicable = result.applicable
    leader = result.leader
    if not applicable:
        return t("robust_none", lang) + "."
    n = len(applicable)
    profile = default_profile_name(problem, lang).lower()
    if leader is None:
        return t("robust_all_tied", lang, weights=profile, n=str(n)) + "."
    k = result.first_counts()[leader]
    if k == n:
        parts = [t("robust_all", lang, weights=profile, x=name(leader), n=str(n))]
    else:
        parts = [t("robust_most", lang, weights=profile, x=name(leader), k=str(k), n=str(n))]
        for other, choices in result.exceptions().items():
            shown = _exception_text(result, choices, lang)
            if other == "tie":
                parts.append(t("robust_tie", lang, k=str(len(choices)), choices=shown))
            else:
                key = "robust_only" if len(choices) <= 3 else "robust_also"
                parts.append(t(key, lang, y=name(other), k=str(len(choices)), choices=shown))
    text = "; ".join(parts)
    recommendation = problem.recommendation
    shares = result.recommendation_range()
    if recommendation is not None and shares is not None:
        target = recommendation.alternative
        wins = sum(1 for o in applicable if o.first == (target,))
        key = (
            "robust_recommendation_leads"
            if target == leader
            else "robust_recommendation_never"
            if wins == 0
            else "robust_recommendation"
        )
        text += ". " + t(
            key,
            lang,
            by=recommendation.by,
            r=name(target),
            k=str(wins),
            n=str(n),
            share=span(*shares),
        )
        families = [o.family_share for o in applicable if o.family_share is not None]
        family = problem.family_of(target)
        if families and family is not None:
            text += t(
                "robust_family",
                lang,
                family=family.label.get(lang),
                share=span(min(families), max(families)),
            )
    missing = len(result.outcomes) - n
    if missing:
        key = "robust_not_applicable_one" if missing == 1 else "robust_not_applicable"
        text += ". " + t(key, lang, k=str(missing))
    return text + "."
