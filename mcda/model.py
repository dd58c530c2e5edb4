"""The immutable decision problem: alternatives, criteria, evidence-traced scores.

A :class:`Problem` holds no weights: methods take weights as an argument, so a
sensitivity analysis can vary them over one fixed problem. Named weight profiles are
data (:class:`WeightProfile`) that the caller turns into a vector with
:meth:`Problem.weights`. Every collection keeps the order of the problem file.

Build a problem with :func:`mcda.load_problem`; change one with
:func:`dataclasses.replace`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

import numpy as np

from mcda.errors import ValidationError

if TYPE_CHECKING:
    import pandas as pd

    from mcda.values import ValueFunction, ValueScales

Lang = Literal["da", "en"]
ValueKind = Literal["mid", "low", "high"]
Normalization = Literal["vector", "minmax", "anchored"]


class Direction(enum.Enum):
    """Whether more (``max``) or less (``min``) of a criterion is better."""

    MAX = "max"
    MIN = "min"

    @property
    def sign(self) -> int:
        """+1 for ``max``, −1 for ``min``."""
        return 1 if self is Direction.MAX else -1


@dataclass(frozen=True)
class Text:
    """A short text in Danish and English."""

    da: str
    en: str

    def get(self, lang: Lang = "da") -> str:
        """The text in ``lang`` (``"da"`` or ``"en"``)."""
        return self.da if lang == "da" else self.en


@dataclass(frozen=True)
class Source:
    """A document that evidence quotes come from (e.g. T11's discussion paper);
    ``lang`` is the language it is written in (its quotes stay in it), when known."""

    id: str
    title: str
    path: Path | None = None
    lang: Lang | None = None


@dataclass(frozen=True)
class Evidence:
    """One quote that supports a score: as written in the source, with an English gloss."""

    quote: str
    section: str
    gloss: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Score:
    """The performance of one alternative on one criterion.

    ``low == high`` for a point value; ``low < high`` for an uncertain value known only
    to lie in ``[low, high]`` (ranked at its midpoint unless told otherwise).
    ``level`` is the rubric level the evidence meets, where the criterion has a rubric.
    Either ``evidence`` is non-empty, or ``assumption`` is true and ``reason`` says why.
    ``contested`` marks an interval whose two ends are rival readings of the evidence:
    the robustness analysis (:mod:`mcda.robustness`) ranks with each end in turn.
    ``reason`` may be given in both languages (``reason_text``); ``reason`` is English.
    """

    low: float
    high: float
    evidence: tuple[Evidence, ...] = ()
    level: int | None = None
    assumption: bool = False
    reason: str | None = None
    contested: bool = False
    reason_text: Text | None = None

    @property
    def is_interval(self) -> bool:
        return self.high > self.low

    @property
    def midpoint(self) -> float:
        return 0.5 * (self.low + self.high)

    def value(self, kind: ValueKind = "mid") -> float:
        """The value at the interval's midpoint, low or high end."""
        return {"mid": self.midpoint, "low": self.low, "high": self.high}[kind]


@dataclass(frozen=True)
class Alternative:
    id: str
    label: Text
    description: Text | None = None


@dataclass(frozen=True)
class Criterion:
    """A criterion with its direction and scale.

    ``scale`` is ``"rubric"`` (values are rubric levels, e.g. 1–5, each level described
    in ``rubric``) or ``"numeric"`` (values in ``unit``, optionally within ``bounds``,
    the plausible range, with ``bounds_reason``). A numeric criterion may still carry a
    rubric for an accompanying ``level``.

    The criterion's *anchors* are its rubric's lowest and highest level, or its bounds;
    its value function (:mod:`mcda.values`) maps them to 0 and 1 (worst and best),
    linearly or through ``value_points`` ``((x, v), …)``. ``distinct_from`` maps other
    criteria to the file's reason why the two are distinct although their scores move
    together (see :mod:`mcda.diagnostics`).
    """

    id: str
    label: Text
    direction: Direction
    scale: Literal["numeric", "rubric"]
    unit: str | None = None
    rubric: Mapping[int, Text] = field(default_factory=lambda: MappingProxyType({}))
    bounds: tuple[float, float] | None = None
    description: Text | None = None
    bounds_reason: Text | None = None
    value_points: tuple[tuple[float, float], ...] = ()
    distinct_from: Mapping[str, Text] = field(default_factory=lambda: MappingProxyType({}))
    unit_text: Text | None = None

    def unit_in(self, lang: Lang) -> str | None:
        """The unit in ``lang`` (``unit`` when the file gives one string)."""
        if self.unit_text is not None:
            return self.unit_text.get(lang)
        return self.unit

    @property
    def anchors(self) -> tuple[float, float] | None:
        """The scale's fixed ends: the rubric's lowest and highest level, else the
        bounds; ``None`` for a numeric criterion without bounds."""
        if self.scale == "rubric" and self.rubric:
            levels = sorted(self.rubric)
            return float(levels[0]), float(levels[-1])
        return self.bounds

    def value_function(self) -> ValueFunction:
        """The criterion's value function; a clear error when it has no anchors."""
        from mcda.values import ValueFunction

        if self.value_points:
            return ValueFunction.piecewise(
                self.value_points, self.direction, field=f"criteria.{self.id}.values"
            )
        anchors = self.anchors
        if anchors is None:
            raise ValidationError(
                f"criteria.{self.id}.bounds: missing (anchored scales need the plausible "
                "range [low, high] of a numeric criterion, with bounds_reason)"
            )
        return ValueFunction.linear(anchors[0], anchors[1], self.direction)


@dataclass(frozen=True)
class WeightProfile:
    """A named weight vector (non-negative, normalised to sum 1, in criteria order).

    ``elicitation`` says how the file gave it: ``"weights"`` (relative weights),
    ``"swing"`` (SWING ratings, the top swing 100), ``"smart"`` (ranked and rated
    swings), or ``"roc"``/``"rank_sum"``/``"reciprocal"`` (a ranking of the swings only);
    ``ranks`` (criterion → 1-based rank) is kept for the last four, so the ranking can
    also enter SMAA as ordinal constraints (:meth:`WeightConstraints.from_ranks`).
    Under anchored scales every profile is a set of swing weights.
    """

    id: str
    weights: tuple[float, ...]
    label: Text | None = None
    description: Text | None = None
    elicitation: str = "weights"
    ranks: Mapping[str, int] | None = None


@dataclass(frozen=True)
class Constraint:
    """A must-have condition that screens alternatives out before ranking.

    A *threshold* constraint names a ``criterion`` and a ``minimum`` and/or ``maximum``;
    an alternative is screened out when no value in its score interval meets it.
    A *requirement* constraint is a condition outside the criteria; ``fails`` lists the
    alternatives that do not meet it, each with its evidence.

    ``stated_by`` marks a requirement a decision maker stated (e.g. T11's must-haves),
    with ``evidence`` quoting where: analyses run both with and without such stated
    requirements (:meth:`Problem.without_stated_requirements`), so a reader sees what the
    requirements decide and what the weights decide. A stated requirement may be met by
    every alternative (empty ``fails``).
    """

    id: str
    label: Text
    criterion: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    fails: Mapping[str, tuple[Evidence, ...]] = field(default_factory=lambda: MappingProxyType({}))
    stated_by: str | None = None
    evidence: tuple[Evidence, ...] = ()

    def violation(self, alternative: str, score: Score | None) -> str | None:
        """Why ``alternative`` fails this constraint, or ``None`` if it passes: ``""``
        for a requirement it does not meet (its label says it all), ``"420 > 300"`` for a
        threshold (language-neutral, so every output can show it)."""
        if alternative in self.fails:
            return ""
        if score is None or self.criterion is None:
            return None
        if self.maximum is not None and score.low > self.maximum:
            return f"{_show(score)} > {self.maximum:g}"
        if self.minimum is not None and score.high < self.minimum:
            return f"{_show(score)} < {self.minimum:g}"
        return None


@dataclass(frozen=True)
class Screening:
    """An alternative screened out by a constraint, with the reason."""

    alternative: str
    constraint: str
    label: Text
    detail: str

    def reason(self, lang: Lang = "en") -> str:
        """The constraint's label, with the failing value against the limit for a
        threshold ("Within the budget (420 > 300)"), decimal commas in Danish."""
        if not self.detail:
            return self.label.get(lang)
        detail = self.detail.replace(".", ",") if lang == "da" else self.detail
        return f"{self.label.get(lang)} ({detail})"


@dataclass(frozen=True)
class Recommendation:
    """The choice a decision maker stated (e.g. T11's), with its evidence.

    ``alternative`` is the first choice; ``runner_up`` the named second choice, if any;
    ``family`` the family (:class:`Family`) the choice belongs to, when the decision
    maker chose a kind of alternative of which the file models several variants;
    ``priorities`` the ``[[judgements]]`` set (of criteria) that holds the decision
    maker's *stated* priorities, against which the analysis compares the weights that
    reproduce the choice.
    """

    by: str
    alternative: str
    runner_up: str | None = None
    evidence: tuple[Evidence, ...] = ()
    family: str | None = None
    priorities: str | None = None


@dataclass(frozen=True)
class Family:
    """Alternatives that are variants of one option (e.g. a scenario as tabled and as
    amended, a location with and without an add-on).

    The analyses report a family's share — the probability that some member ranks
    first — beside each member's, so that near-copies do not split a verdict unseen.
    """

    id: str
    label: Text
    members: tuple[str, ...]
    description: Text | None = None


@dataclass(frozen=True)
class JudgementSet:
    """One member's pairwise judgements (AHP), from a ``[[judgements]]`` table.

    ``of`` is ``"criteria"`` or ``"alternatives"`` (then ``criterion`` names the criterion
    the alternatives are compared under). ``pairs`` holds ``(a, b, a_ab)``: how many
    times a is preferred to b on Saaty's scale 1/9 … 9. Tables sharing an ``id`` with
    different ``member`` names are one group's judgements (see :mod:`mcda.ahp`).
    ``evidence`` and ``reasons`` (aligned with ``pairs`` when given) hold each
    judgement's quotes and the reading that turns them into a number.
    """

    id: str
    of: Literal["criteria", "alternatives"]
    pairs: tuple[tuple[str, str, float], ...]
    criterion: str | None = None
    member: str | None = None
    member_weight: float = 1.0
    label: Text | None = None
    evidence: tuple[tuple[Evidence, ...], ...] = ()
    reasons: tuple[Text | None, ...] = ()


def _show(score: Score) -> str:
    return f"{score.low:g}–{score.high:g}" if score.is_interval else f"{score.low:g}"


@dataclass(frozen=True)
class Problem:
    """A decision problem: alternatives ranked on criteria, every score with its evidence.

    ``scores[alternative_id][criterion_id]`` is a :class:`Score`. An alternative screened
    out by a *requirement* constraint may lack scores; every other alternative has a
    score on every criterion (the loader checks this).
    """

    id: str
    title: Text
    alternatives: tuple[Alternative, ...]
    criteria: tuple[Criterion, ...]
    scores: Mapping[str, Mapping[str, Score]]
    profiles: tuple[WeightProfile, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    recommendation: Recommendation | None = None
    sources: tuple[Source, ...] = ()
    description: Text | None = None
    default_profile: str | None = None
    path: Path | None = None
    judgements: tuple[JudgementSet, ...] = ()
    normalization: Normalization = "vector"
    families: tuple[Family, ...] = ()
    #: Whether every score must carry evidence (``[problem] evidence = "required"``).
    evidence_required: bool = False
    #: Texts given in one language only: (dotted field, the missing language); shown
    #: in the other language, which a report should say.
    untranslated: tuple[tuple[str, Lang], ...] = ()
    #: Method parameters by method name (``[methods.vikor] v = 0.6``; ``--param``).
    method_params: Mapping[str, Mapping[str, object]] = field(
        default_factory=lambda: MappingProxyType({}), hash=False
    )

    @classmethod
    def from_frame(
        cls,
        frame: pd.DataFrame,
        directions: Sequence[object] | Mapping[str, object],
        *,
        weights: Sequence[float] | Mapping[str, float] | None = None,
        units: Mapping[str, str] | None = None,
        title: str = "problem",
    ) -> Problem:
        """A problem from a DataFrame (rows alternatives, columns criteria); see
        :func:`mcda.tabular.problem_from_frame`."""
        from mcda.tabular import problem_from_frame

        return problem_from_frame(frame, directions, weights=weights, units=units, title=title)

    # -- lookup -----------------------------------------------------------------------
    @property
    def alternative_ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.alternatives)

    @property
    def criterion_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.criteria)

    @property
    def directions(self) -> tuple[Direction, ...]:
        return tuple(c.direction for c in self.criteria)

    def alternative(self, alternative_id: str) -> Alternative:
        for alternative in self.alternatives:
            if alternative.id == alternative_id:
                return alternative
        raise ValidationError(self._where(f"no alternative {alternative_id!r}"))

    def criterion(self, criterion_id: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise ValidationError(self._where(f"no criterion {criterion_id!r}"))

    def family(self, family_id: str) -> Family:
        for family in self.families:
            if family.id == family_id:
                return family
        raise ValidationError(self._where(f"no family {family_id!r}"))

    def family_of(self, alternative_id: str) -> Family | None:
        """The family ``alternative_id`` belongs to, if any."""
        for family in self.families:
            if alternative_id in family.members:
                return family
        return None

    def profile(self, profile_id: str) -> WeightProfile:
        for profile in self.profiles:
            if profile.id == profile_id:
                return profile
        known = ", ".join(p.id for p in self.profiles) or "none"
        raise ValidationError(self._where(f"no weight profile {profile_id!r} (profiles: {known})"))

    # -- screening --------------------------------------------------------------------
    def screening(self) -> tuple[Screening, ...]:
        """The alternatives screened out by must-have constraints, in file order."""
        screened = []
        for alternative in self.alternative_ids:
            for constraint in self.constraints:
                score = (
                    self.scores.get(alternative, {}).get(constraint.criterion)
                    if constraint.criterion
                    else None
                )
                detail = constraint.violation(alternative, score)
                if detail is not None:
                    screened.append(Screening(alternative, constraint.id, constraint.label, detail))
                    break
        return tuple(screened)

    @property
    def eligible_ids(self) -> tuple[str, ...]:
        """The alternatives that pass every constraint, in file order."""
        out = {s.alternative for s in self.screening()}
        return tuple(a for a in self.alternative_ids if a not in out)

    @property
    def stated_requirements(self) -> tuple[Constraint, ...]:
        """The constraints a decision maker stated (``stated_by``), in file order."""
        return tuple(c for c in self.constraints if c.stated_by is not None)

    def without_stated_requirements(self) -> Problem:
        """This problem without the stated requirements (other constraints stay)."""
        from dataclasses import replace

        kept = tuple(c for c in self.constraints if c.stated_by is None)
        return replace(self, constraints=kept)

    def require_eligible(self) -> tuple[str, ...]:
        """:attr:`eligible_ids`, or a clear error when the constraints screen out all."""
        eligible = self.eligible_ids
        if not eligible:
            raise ValidationError(self._where("every alternative is screened out by a constraint"))
        return eligible

    # -- numbers ----------------------------------------------------------------------
    def matrix(
        self, alternatives: Sequence[str] | None = None, value: ValueKind = "mid"
    ) -> np.ndarray:
        """Decision matrix (alternatives × criteria) of midpoints, lows or highs.

        ``alternatives`` defaults to the eligible ones (see :attr:`eligible_ids`).
        """
        ids = self.eligible_ids if alternatives is None else tuple(alternatives)
        rows = []
        for alternative in ids:
            row = self.scores.get(alternative)
            if row is None or len(row) != len(self.criteria):
                raise ValidationError(
                    self._where(f"alternative {alternative!r} has no scores to rank")
                )
            rows.append([row[c].value(value) for c in self.criterion_ids])
        return np.array(rows, dtype=float).reshape(len(ids), len(self.criteria))

    def bounds(self, alternatives: Sequence[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The lower and upper decision matrices (equal where a score is a point value)."""
        return self.matrix(alternatives, "low"), self.matrix(alternatives, "high")

    @property
    def has_anchors(self) -> bool:
        """Whether every criterion has anchors (so anchored scales are defined)."""
        return all(c.anchors is not None or c.value_points for c in self.criteria)

    def value_scales(self) -> ValueScales:
        """The value functions of all criteria (:mod:`mcda.values`), in criteria order;
        a clear error names a criterion without anchors."""
        from mcda.values import ValueScales

        try:
            return ValueScales(tuple(c.value_function() for c in self.criteria))
        except ValidationError as error:
            raise ValidationError(self._where(str(error))) from None

    def values(
        self, alternatives: Sequence[str] | None = None, value: ValueKind = "mid"
    ) -> np.ndarray:
        """The value matrix v_ij in [0, 1] (1 best) of :meth:`matrix` on anchored scales."""
        return self.value_scales().values(self.matrix(alternatives, value))

    @property
    def direction_signs(self) -> np.ndarray:
        """+1 for criteria to maximise, −1 for criteria to minimise, shape (n,)."""
        return np.array([d.sign for d in self.directions], dtype=int)

    def weights(self, profile: str | None = None) -> np.ndarray:
        """The weights of a named profile (the default profile, else equal weights)."""
        chosen = profile or self.default_profile
        if chosen is None:
            return np.full(len(self.criteria), 1.0 / len(self.criteria))
        return np.array(self.profile(chosen).weights, dtype=float)

    def to_frame(self, value: ValueKind = "mid", lang: Lang | None = None) -> pd.DataFrame:
        """The decision matrix as a DataFrame: rows alternatives, columns criteria.

        Holds every alternative that has scores (screened ones too), in file order.
        With ``lang`` the axes carry labels instead of ids.
        """
        import pandas as pd

        ids = [a for a in self.alternative_ids if len(self.scores.get(a, {})) == len(self.criteria)]
        frame = pd.DataFrame(
            self.matrix(ids, value),
            index=pd.Index(ids, name="alternative"),
            columns=pd.Index(list(self.criterion_ids), name="criterion"),
        )
        if lang is not None:
            frame.index = pd.Index([self.alternative(a).label.get(lang) for a in ids])
            frame.columns = pd.Index([c.label.get(lang) for c in self.criteria])
        return frame

    def _where(self, reason: str) -> str:
        return f"{self.path}: {reason}" if self.path else reason
