"""The evidence behind a problem's numbers, as flat rows a reader can check quote by quote.

One row per quote: each score's evidence (or its assumption and reason when the source is
silent), each screened-out alternative's evidence, and the recommendation's evidence. This
is what ``mcda evidence FILE`` prints for a director checking a score against the paper.

Pure: works on a loaded :class:`~mcda.model.Problem`; no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from mcda.model import Criterion, Evidence, Lang, Problem, Score

__all__ = ["EvidenceKind", "EvidenceRow", "evidence_rows", "unsupported_scores"]

EvidenceKind = Literal["score", "requirement", "screening", "recommendation"]


@dataclass(frozen=True)
class EvidenceRow:
    """One quote (or one assumption) behind a score, a screening or a recommendation.

    ``kind`` says which: ``"score"`` rows carry ``criterion``, the value ``[low, high]``
    (equal for a point value) and the rubric ``level`` with its description
    ``level_text``; ``"screening"`` rows name the failed constraint in ``criterion``;
    ``"recommendation"`` rows carry the recommender in ``criterion`` (e.g. ``"T11"``).
    ``quote``, ``section`` and ``gloss`` are ``None`` on a row that records only an
    assumption.
    """

    kind: EvidenceKind
    alternative: str
    alternative_label: str
    criterion: str | None
    criterion_label: str | None
    low: float | None
    high: float | None
    level: int | None
    level_text: str | None
    quote: str | None
    section: str | None
    gloss: str | None
    assumption: bool = False
    reason: str | None = None

    @property
    def value(self) -> str:
        """The value as text: ``"3"``, or ``"1.5–2"`` for an interval; empty if none."""
        if self.low is None or self.high is None:
            return ""
        if self.low == self.high:
            return f"{self.low:g}"
        return f"{self.low:g}–{self.high:g}"


def evidence_rows(
    problem: Problem,
    *,
    lang: Lang = "da",
    screening: bool = True,
    recommendation: bool = True,
) -> tuple[EvidenceRow, ...]:
    """Every quote behind ``problem``'s scores, screenings and recommendation, in file order.

    Parameters
    ----------
    problem
        A loaded problem.
    lang
        Language of the labels and rubric descriptions (``"da"`` or ``"en"``); quotes stay
        as written and glosses in English.
    screening, recommendation
        Whether to include the rows for screened-out alternatives and for the stated
        recommendation (after the score rows).

    Returns
    -------
    tuple of EvidenceRow
        Score rows alternative by alternative, criteria in file order, one row per quote;
        a score with no quote gives one row with its assumption and reason.
    """
    rows: list[EvidenceRow] = []
    for alternative in problem.alternatives:
        label = alternative.label.get(lang)
        for criterion in problem.criteria:
            score = problem.scores.get(alternative.id, {}).get(criterion.id)
            if score is None:
                continue
            level_text = _level_text(criterion, score, lang)
            quotes: tuple[Evidence | None, ...] = score.evidence or (None,)
            for item in quotes:
                rows.append(
                    EvidenceRow(
                        kind="score",
                        alternative=alternative.id,
                        alternative_label=label,
                        criterion=criterion.id,
                        criterion_label=criterion.label.get(lang),
                        low=score.low,
                        high=score.high,
                        level=score.level,
                        level_text=level_text,
                        quote=item.quote if item else None,
                        section=item.section if item else None,
                        gloss=item.gloss if item else None,
                        assumption=score.assumption,
                        reason=score.reason_text.get(lang) if score.reason_text else score.reason,
                    )
                )
    if screening:
        for constraint in problem.constraints:
            if constraint.stated_by is not None:  # the requirement's own words
                rows += _quote_rows(
                    "requirement",
                    "",
                    constraint.stated_by,
                    constraint.id,
                    constraint.label.get(lang),
                    constraint.evidence,
                )
            for alternative_id, found in constraint.fails.items():
                alternative = problem.alternative(alternative_id)
                rows += _quote_rows(
                    "screening",
                    alternative_id,
                    alternative.label.get(lang),
                    constraint.id,
                    constraint.label.get(lang),
                    found,
                )
    stated = problem.recommendation
    if recommendation and stated is not None:
        alternative = problem.alternative(stated.alternative)
        rows += _quote_rows(
            "recommendation",
            stated.alternative,
            alternative.label.get(lang),
            stated.by,
            stated.by,
            stated.evidence,
        )
    return tuple(rows)


def _quote_rows(
    kind: EvidenceKind,
    alternative: str,
    alternative_label: str,
    criterion: str,
    criterion_label: str,
    evidence: tuple[Evidence, ...],
) -> list[EvidenceRow]:
    """One row per quote behind a screening or a recommendation (no value, no level)."""
    return [
        EvidenceRow(
            kind=kind,
            alternative=alternative,
            alternative_label=alternative_label,
            criterion=criterion,
            criterion_label=criterion_label,
            low=None,
            high=None,
            level=None,
            level_text=None,
            quote=item.quote,
            section=item.section,
            gloss=item.gloss,
        )
        for item in evidence
    ]


def unsupported_scores(problem: Problem) -> tuple[str, ...]:
    """The ``alternative.criterion`` of every score that has neither a quote nor a stated
    assumption with its reason (empty for any problem read by the loader, which refuses
    them; a check for problems built in code)."""
    missing = []
    for alternative, row in problem.scores.items():
        for criterion, score in row.items():
            if not _supported(score):
                missing.append(f"{alternative}.{criterion}")
    return tuple(missing)


def _supported(score: Score) -> bool:
    if score.evidence:
        return all(item.quote.strip() and item.section.strip() for item in score.evidence)
    return score.assumption and bool(score.reason and score.reason.strip())


def _level_text(criterion: Criterion, score: Score, lang: Lang) -> str | None:
    if score.level is None:
        return None
    text = criterion.rubric.get(score.level)
    return text.get(lang) if text is not None else None
