"""Diagnostics before ranking: what in the problem's structure, not in the evidence,
would drive the answer.

:func:`diagnose` looks for

* criteria that move together across the alternatives (|Spearman's ρ| ≥ 0.9 on the
  scores as written): possibly one fact counted twice (Belton & Stewart 2002, §3.2.3 on
  redundancy; Keeney 1992, *Value-Focused Thinking*, on non-redundant objectives);
* criteria on which every alternative ties (they cannot separate anything);
* dominated alternatives and who dominates them (Belton & Stewart 2002, §2.2);
* near-duplicate alternatives — at most one rubric level (or the same share of the
  anchored range) apart on every criterion and apart on at most two — which split the
  winning weights between them unless declared a family;
* alternatives whose every score is an assumption.

Each finding is a typed warning (a :class:`DiagnosticWarning` subclass) carrying its
numbers; :meth:`Diagnosis.emit` issues them through :mod:`warnings` (in a notebook they
show under the cell). A file may state why two correlated criteria are distinct
(``distinct_from`` on a criterion) and declare near-duplicates a family; such findings
are *acknowledged*: reported with the file's reason, not warned about.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from mcda.errors import McdaWarning, ValidationError
from mcda.model import Lang, Problem, Text

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "AssumedAlternativeWarning",
    "CorrelatedCriteriaWarning",
    "Diagnosis",
    "DiagnosticWarning",
    "DominatedAlternativeWarning",
    "NearDuplicateWarning",
    "TiedCriterionWarning",
    "describe",
    "diagnose",
]

#: |Spearman's ρ| at or above which two criteria count as moving together.
CORRELATION_THRESHOLD = 0.9

#: Near-duplicates are apart on at most this many criteria.
NEAR_DUPLICATE_CRITERIA = 2


class DiagnosticWarning(McdaWarning):
    """A finding of :func:`diagnose`; ``kind`` names it, the attributes hold its numbers."""

    kind = "diagnostic"

    def __init__(self, message: str, *, acknowledged: Text | None = None) -> None:
        super().__init__(message)
        #: The file's reason when it declares the finding intended (else ``None``).
        self.acknowledged = acknowledged


class CorrelatedCriteriaWarning(DiagnosticWarning):
    """Two criteria whose scores move together: ``criteria`` (a, b) and ``rho``."""

    kind = "correlated_criteria"

    def __init__(
        self, criteria: tuple[str, str], rho: float, *, acknowledged: Text | None = None
    ) -> None:
        a, b = criteria
        super().__init__(
            f"criteria {a!r} and {b!r} move together across the alternatives (Spearman's "
            f"ρ = {rho:+.2f}): possibly one fact counted twice",
            acknowledged=acknowledged,
        )
        self.criteria = criteria
        self.rho = rho


class TiedCriterionWarning(DiagnosticWarning):
    """A criterion on which every alternative has the same score."""

    kind = "tied_criterion"

    def __init__(self, criterion: str) -> None:
        super().__init__(
            f"criterion {criterion!r}: every alternative has the same score; it cannot "
            "separate them"
        )
        self.criterion = criterion


class DominatedAlternativeWarning(DiagnosticWarning):
    """An alternative that another is at least as good as everywhere, better somewhere."""

    kind = "dominated_alternative"

    def __init__(self, alternative: str, dominated_by: tuple[str, ...]) -> None:
        by = ", ".join(repr(a) for a in dominated_by)
        super().__init__(
            f"alternative {alternative!r} is dominated by {by}: no weights rank it first"
        )
        self.alternative = alternative
        self.dominated_by = dominated_by


class NearDuplicateWarning(DiagnosticWarning):
    """Two alternatives close on every criterion: ``differences`` maps each criterion
    they differ on to the gap in shares of its anchored range; ``family`` is set when
    the file declares them variants of one option."""

    kind = "near_duplicate"

    def __init__(
        self,
        alternatives: tuple[str, str],
        differences: Mapping[str, float],
        family: str | None = None,
    ) -> None:
        a, b = alternatives
        gaps = ", ".join(f"{c} {d:.2f}" for c, d in differences.items()) or "none"
        if family is not None:
            text = (
                f"alternatives {a!r} and {b!r} are near-duplicates (apart on: {gaps}; shares "
                f"of the anchored range) and declared family {family!r}"
            )
        else:
            text = (
                f"alternatives {a!r} and {b!r} are near-duplicates (apart on: {gaps}; shares "
                "of the anchored range): they split the weights under which either wins; "
                "declare them a family or drop one"
            )
        super().__init__(text)
        self.alternatives = alternatives
        self.differences = dict(differences)
        self.family = family


class AssumedAlternativeWarning(DiagnosticWarning):
    """An alternative every score of which is an assumption (no evidence at all)."""

    kind = "assumed_alternative"

    def __init__(self, alternative: str) -> None:
        super().__init__(
            f"alternative {alternative!r}: every score is an assumption; the source says "
            "nothing about it"
        )
        self.alternative = alternative


@dataclass(frozen=True)
class Diagnosis:
    """The findings of :func:`diagnose`; ``thresholds`` records the settings used."""

    problem: Problem
    findings: tuple[DiagnosticWarning, ...]
    thresholds: Mapping[str, float]

    @property
    def warnings(self) -> tuple[DiagnosticWarning, ...]:
        """The findings the file does not acknowledge (no declared reason or family)."""
        return tuple(f for f in self.findings if not _acknowledged(f))

    @property
    def acknowledged(self) -> tuple[DiagnosticWarning, ...]:
        """The findings the file declares intended, with its reason or family."""
        return tuple(f for f in self.findings if _acknowledged(f))

    def of_kind(self, warning_type: type[DiagnosticWarning]) -> tuple[DiagnosticWarning, ...]:
        return tuple(f for f in self.findings if isinstance(f, warning_type))

    def emit(self, stacklevel: int = 2) -> None:
        """Issue every unacknowledged finding as a warning (shown once per place)."""
        for finding in self.warnings:
            warnings.warn(finding, stacklevel=stacklevel)

    def to_frame(self) -> pd.DataFrame:
        """One row per finding: kind, message, and whether the file acknowledges it."""
        import pandas as pd

        return pd.DataFrame(
            [
                {"kind": f.kind, "message": str(f), "acknowledged": _acknowledged(f)}
                for f in self.findings
            ],
            columns=["kind", "message", "acknowledged"],
        )


def _acknowledged(finding: DiagnosticWarning) -> bool:
    if isinstance(finding, NearDuplicateWarning):
        return finding.family is not None
    return finding.acknowledged is not None


def level_share(problem: Problem) -> float:
    """The share of its anchored range one rubric level spans, on the problem's rubric
    criteria (the smallest such share when they differ; 0.25 without a rubric)."""
    shares = [
        1.0 / (len(c.rubric) - 1)
        for c in problem.criteria
        if c.scale == "rubric" and len(c.rubric) > 1
    ]
    return min(shares) if shares else 0.25


def diagnose(
    problem: Problem,
    *,
    correlation_threshold: float = CORRELATION_THRESHOLD,
    near_duplicate_share: float | None = None,
    near_duplicate_criteria: int = NEAR_DUPLICATE_CRITERIA,
) -> Diagnosis:
    """Structural findings about ``problem``, before ranking: over the alternatives that
    pass its constraints other than the decision maker's stated requirements (what the
    requirements then decide is the analysis's business, shown with and without them).

    Parameters
    ----------
    correlation_threshold
        |Spearman's ρ| from which two criteria count as moving together (default 0.9).
    near_duplicate_share
        The largest gap, as a share of a criterion's anchored range, that still counts as
        "close" (default: one rubric level, :func:`level_share`). Without anchors, the
        column's range among the alternatives is used.
    near_duplicate_criteria
        Near-duplicates differ on at most this many criteria (default 2).
    """
    if not 0 < correlation_threshold <= 1:
        raise ValidationError(
            f"correlation_threshold: expected a number in (0, 1], got {correlation_threshold!r}"
        )
    share = level_share(problem) if near_duplicate_share is None else near_duplicate_share
    if not 0 <= share < 1:
        raise ValidationError(f"near_duplicate_share: expected a share in [0, 1), got {share!r}")
    if near_duplicate_criteria < 0:
        raise ValidationError("near_duplicate_criteria: expected a count ≥ 0")
    eligible = problem.without_stated_requirements().eligible_ids
    findings: list[DiagnosticWarning] = []
    scored = [a for a in eligible if len(problem.scores.get(a, {})) == len(problem.criteria)]
    matrix = problem.matrix(scored) if scored else np.zeros((0, len(problem.criteria)))
    ids = problem.criterion_ids
    spread = np.ptp(matrix, axis=0) if len(scored) else np.zeros(len(ids))
    tied = spread <= 1e-12 * np.maximum(1.0, np.abs(matrix).max(axis=0, initial=0.0))
    if len(scored) > 1:
        findings.extend(TiedCriterionWarning(ids[j]) for j in np.flatnonzero(tied))
    if len(scored) >= 3:
        findings.extend(_correlated(problem, matrix, tied, correlation_threshold))
    findings.extend(_dominated(problem, matrix, scored))
    findings.extend(
        _near_duplicates(problem, matrix, scored, spread, share, near_duplicate_criteria)
    )
    for alternative in scored:
        if all(s.assumption for s in problem.scores[alternative].values()):
            findings.append(AssumedAlternativeWarning(alternative))
    thresholds = {
        "correlation": correlation_threshold,
        "near_duplicate_share": share,
        "near_duplicate_criteria": float(near_duplicate_criteria),
    }
    return Diagnosis(problem, tuple(findings), thresholds)


def _correlated(
    problem: Problem, matrix: np.ndarray, tied: np.ndarray, threshold: float
) -> list[DiagnosticWarning]:
    found: list[DiagnosticWarning] = []
    criteria = problem.criteria
    for a, b in itertools.combinations(range(len(criteria)), 2):
        if tied[a] or tied[b]:
            continue
        rho = spearman_rho(matrix[:, a], matrix[:, b])
        if abs(rho) >= threshold - 1e-12:
            first, second = criteria[a], criteria[b]
            reason = first.distinct_from.get(second.id) or second.distinct_from.get(first.id)
            found.append(CorrelatedCriteriaWarning((first.id, second.id), rho, acknowledged=reason))
    return found


def average_ranks(values: np.ndarray) -> np.ndarray:
    """1-based ranks with ties sharing their average rank (as ``scipy.stats.rankdata``)."""
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    sorted_values = values[order]
    start = 0
    for end in range(1, len(values) + 1):
        if end == len(values) or sorted_values[end] != sorted_values[start]:
            ranks[order[start:end]] = 0.5 * (start + end - 1) + 1
            start = end
    return ranks


def spearman_rho(x: np.ndarray, y: np.ndarray) -> float:
    """Spearman's ρ: Pearson's correlation of the average ranks (Spearman 1904); the
    columns must not be constant. (No scipy.stats here: its import costs 2 s.)"""
    rx, ry = average_ranks(x), average_ranks(y)
    rx, ry = rx - rx.mean(), ry - ry.mean()
    return float((rx @ ry) / np.sqrt((rx @ rx) * (ry @ ry)))


def _dominated(problem: Problem, matrix: np.ndarray, scored: list[str]) -> list[DiagnosticWarning]:
    from mcda.reproduction.dominance import dominance

    found: list[DiagnosticWarning] = []
    names = tuple(scored)
    for alternative in scored:
        position = dominance(matrix, problem.direction_signs, names, alternative)
        if position.dominated_by:
            found.append(DominatedAlternativeWarning(alternative, position.dominated_by))
    return found


def _near_duplicates(
    problem: Problem,
    matrix: np.ndarray,
    scored: list[str],
    spread: np.ndarray,
    share: float,
    most_apart: int,
) -> list[DiagnosticWarning]:
    ranges = np.array(
        [
            (c.anchors[1] - c.anchors[0]) if c.anchors is not None else spread[j]
            for j, c in enumerate(problem.criteria)
        ],
        dtype=float,
    )
    safe = np.where(ranges > 0, ranges, 1.0)
    found: list[DiagnosticWarning] = []
    for i, k in itertools.combinations(range(len(scored)), 2):
        gaps = np.abs(matrix[i] - matrix[k]) / safe
        apart = gaps > 1e-9
        if np.all(gaps <= share + 1e-9) and np.count_nonzero(apart) <= most_apart:
            a, b = scored[i], scored[k]
            differences = {problem.criterion_ids[j]: float(gaps[j]) for j in np.flatnonzero(apart)}
            family = problem.family_of(a)
            shared = family.id if family is not None and b in family.members else None
            found.append(NearDuplicateWarning((a, b), differences, shared))
    return found


# -- sentences for readers (CLI, report), in one language from mcda.i18n ---------------


def describe(finding: DiagnosticWarning, problem: Problem, lang: Lang = "da") -> str:
    """One sentence for ``finding`` with the problem's labels, in ``lang``."""
    from mcda.formatting import format_number, format_share, join_names
    from mcda.i18n import t

    def alt(a: str) -> str:
        return problem.alternative(a).label.get(lang)

    def crit(c: str) -> str:
        return problem.criterion(c).label.get(lang)

    if isinstance(finding, CorrelatedCriteriaWarning):
        a, b = finding.criteria
        how = t("diag_same_order" if finding.rho > 0 else "diag_opposite_order", lang)
        rho = ("+" if finding.rho > 0 else "−") + format_number(abs(finding.rho), lang, 2)
        text = t(
            "diag_correlated",
            lang,
            a=crit(a),
            b=crit(b),
            how=how,
            rho=rho,
            m=str(len(problem.without_stated_requirements().eligible_ids)),
        )
        if finding.acknowledged is not None:
            text += "; " + t("diag_acknowledged", lang, reason=finding.acknowledged.get(lang))
        return text
    if isinstance(finding, TiedCriterionWarning):
        return t("diag_tied", lang, c=crit(finding.criterion))
    if isinstance(finding, DominatedAlternativeWarning):
        by = join_names([alt(a) for a in finding.dominated_by], lang)
        return t("diag_dominated", lang, a=alt(finding.alternative), by=by)
    if isinstance(finding, NearDuplicateWarning):
        a, b = finding.alternatives
        gaps = []
        for c, share in finding.differences.items():
            criterion = problem.criterion(c)
            if criterion.scale == "rubric" and len(criterion.rubric) > 1:
                levels = share * (len(criterion.rubric) - 1)
                count = format_number(levels, lang, 0 if abs(levels - round(levels)) < 1e-9 else 1)
                key = "diag_levels" if abs(levels - 1) < 1e-9 else "diag_levels_plural"
                gaps.append(t(key, lang, c=crit(c), n=count))
            else:
                gaps.append(
                    t("diag_range_share", lang, c=crit(c), share=format_share(share, lang, 0))
                )
        shown = ", ".join(gaps) or t("diag_no_gap", lang)
        if finding.family is not None:
            family = problem.family(finding.family).label.get(lang)
            return t(
                "diag_near_duplicate_family", lang, a=alt(a), b=alt(b), gaps=shown, family=family
            )
        return t("diag_near_duplicate", lang, a=alt(a), b=alt(b), gaps=shown)
    if isinstance(finding, AssumedAlternativeWarning):
        return t("diag_assumed", lang, a=alt(finding.alternative))
    return str(finding)
