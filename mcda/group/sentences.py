"""The group analysis in words, Danish or English (from :mod:`mcda.i18n`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from mcda.model import Lang, Problem

if TYPE_CHECKING:
    from mcda.group.analysis import DecisionGroup, GroupAnalysis

__all__ = ["agreement_strength", "decision_sentences", "group_sentences"]

#: AHP's acceptable consistency ratio (Saaty 1980); a director above it is named.
CR_LIMIT = 0.1
#: Schmidt (1997)'s reading of Kendall's W, from the top: (lower bound, i18n key).
AGREEMENT_BANDS = (
    (0.9, "group_agreement_unusually_strong"),
    (0.7, "group_agreement_strong"),
    (0.5, "group_agreement_moderate"),
    (0.3, "group_agreement_weak"),
    (0.0, "group_agreement_very_weak"),
)


def agreement_strength(w: float, lang: Lang = "da") -> str:
    """Kendall's W in words, after Schmidt (1997, *Decision Sciences* 28(3), 763–774):
    0.1 very weak, 0.3 weak, 0.5 moderate, 0.7 strong, 0.9 unusually strong."""
    from mcda.i18n import t

    for bound, key in AGREEMENT_BANDS:
        if w >= bound:
            return t(key, lang)
    return t(AGREEMENT_BANDS[-1][1], lang)


def _names(problem: Problem, ids: Sequence[str], lang: Lang) -> str:
    from mcda.formatting import join_names

    return join_names([problem.alternative(a).label.get(lang) for a in ids], lang)


def decision_sentences(group: DecisionGroup, lang: Lang = "da") -> list[str]:
    """The findings of one decision's group analysis as sentences."""
    from mcda.formatting import format_number, format_share, join_names
    from mcda.i18n import t

    problem = group.problem
    title = problem.title.get(lang)
    k = len(group.members)
    if k == 0:
        return [t("group_decision_none", lang, decision=title)]
    by = problem.recommendation.by if problem.recommendation is not None else ""
    counts = []
    for winner, count in group.winner_counts():
        name = _names(problem, winner, lang)
        shown = name if len(winner) == 1 else t("group_tie", lang, names=name)
        counts.append(t("group_winner_count", lang, name=shown, count=str(count)))
    out = [
        t("group_count", lang, decision=title, count=str(k)),
        t("group_winners", lang, winners=join_names(counts, lang)),
    ]
    if group.choice is not None and group.choice_share is not None:
        wins = round(group.choice_share * k)
        out.append(
            t(
                "group_choice_share",
                lang,
                by=by,
                choice=_names(problem, [group.choice], lang),
                count=str(wins),
                total=str(k),
                share=format_share(group.choice_share, lang, 0),
            )
        )
        if len(group.family) > 1 and group.family_share is not None:
            family = problem.family_of(group.choice)
            label = family.label.get(lang) if family is not None else ""
            out.append(
                t(
                    "group_family_share",
                    lang,
                    family=label,
                    count=str(round(group.family_share * k)),
                    total=str(k),
                )
            )
        if group.choice_share_without is not None:
            out.append(
                t(
                    "group_choice_share_without",
                    lang,
                    by=by,
                    count=str(round(group.choice_share_without * k)),
                    total=str(k),
                )
            )
    if group.mean_winner is not None:
        out.append(t("group_mean", lang, winner=_names(problem, group.mean_winner, lang)))
    if group.aij_winner is not None:
        out.append(
            t(
                "group_aij",
                lang,
                count=str(len(group.aij_members)),
                winner=_names(problem, group.aij_winner, lang),
            )
        )
    if group.kendall_w is not None:
        out.append(
            t(
                "group_kendall",
                lang,
                w=format_number(group.kendall_w, lang, 2),
                strength=agreement_strength(group.kendall_w, lang),
            )
        )
    inconsistent = [
        m
        for m, cr in zip(group.members, group.consistency_ratios, strict=True)
        if cr is not None and cr > CR_LIMIT
    ]
    if inconsistent:
        out.append(
            t(
                "group_inconsistent",
                lang,
                count=str(len(inconsistent)),
                names=join_names(inconsistent, lang),
            )
        )
    return out


def group_sentences(group: GroupAnalysis | None, lang: Lang = "da") -> dict[str, list[str]]:
    """:meth:`GroupAnalysis.sentences`, or (``group`` is ``None``: no folder was given)
    one sentence under the key ``""`` saying so."""
    from mcda.i18n import t

    if group is None:
        return {"": [t("group_none_given", lang)]}
    return group.sentences(lang)
