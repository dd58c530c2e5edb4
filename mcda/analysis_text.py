"""Sentences from an analysis (:mod:`mcda.analysis`) for readers: what the stated
requirements decide, and whether the stated priorities reproduce the stated choice.

Every word comes from :mod:`mcda.i18n` (Danish or English); every number from the
analysis object, formatted by :mod:`mcda.formatting`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcda.analysis import DecisionAnalysis, View
from mcda.formatting import format_number, format_share, in_sentence, join_names
from mcda.i18n import default_profile_name, t
from mcda.model import Lang, Problem

__all__ = ["requirements_sentence", "screened_by_requirements", "stated_sentence", "weight_list"]


def _names(problem: Problem, alternatives: Sequence[str], lang: Lang) -> str:
    return join_names([problem.alternative(a).label.get(lang) for a in alternatives], lang)


def weight_list(problem: Problem, weights: np.ndarray, lang: Lang) -> str:
    """ "Staffing 0.29, Cost 0.29, …", heaviest first, two decimals."""
    order = np.argsort(-weights, kind="stable")
    return ", ".join(
        f"{problem.criteria[i].label.get(lang)} {format_number(float(weights[i]), lang, 2)}"
        for i in order
    )


def screened_by_requirements(problem: Problem, lang: Lang) -> dict[str, list[str]]:
    """``{requirement label (in a sentence): [alternatives it screens out]}`` for the
    decision maker's stated requirements, in file order."""
    screened: dict[str, list[str]] = {}
    for screening in problem.screening():
        constraint = next(c for c in problem.constraints if c.id == screening.constraint)
        if constraint.stated_by is not None:
            label = in_sentence(constraint.label.get(lang))
            screened.setdefault(label, []).append(screening.alternative)
    return screened


def _share_parts(view: View, lang: Lang) -> tuple[str, str]:
    """The stated choice's share and its family's clause (empty without a family)."""
    share = view.target_share or 0.0
    family = view.family_share
    stated = view.problem.recommendation
    if family is None or stated is None:
        return format_share(share, lang, 0), ""
    found = (
        view.problem.family(stated.family)
        if stated.family is not None
        else view.problem.family_of(stated.alternative)
    )
    label = found.label.get(lang) if found is not None else ""
    return format_share(share, lang, 0), t(
        "an_family_share", lang, family=label, share=format_share(family, lang, 0)
    )


def requirements_sentence(analysis: DecisionAnalysis, lang: Lang = "da") -> str | None:
    """What the stated requirements screen out and decide, with and without them;
    ``None`` when the problem has no stated requirement that screens anything."""
    problem = analysis.problem
    stated = problem.recommendation
    without = analysis.without_requirements
    if without is None or stated is None:
        return None
    screened = screened_by_requirements(problem, lang)
    parts = [
        t("an_screens", lang, alternatives=_names(problem, alts, lang), requirement=label)
        for label, alts in screened.items()
    ]
    choice = problem.alternative(stated.alternative).label.get(lang)
    share, family = _share_parts(analysis.with_requirements, lang)
    text = t(
        "an_requirements",
        lang,
        by=stated.by,
        screens=join_names(parts, lang),
        choice=choice,
        share=share,
        family=family,
    )
    share, family = _share_parts(without, lang)
    profile = default_profile_name(problem, lang).lower()
    if without.ranking.best == (stated.alternative,):
        text += " " + t(
            "an_without_same", lang, weights=profile, choice=choice, share=share, family=family
        )
    else:
        text += " " + t(
            "an_without",
            lang,
            weights=profile,
            first=_names(problem, without.ranking.best, lang),
            choice=choice,
            share=share,
            family=family,
        )
    return text


def _changes(problem: Problem, found: np.ndarray, stated: np.ndarray, lang: Lang) -> str:
    """The criteria whose weight moves most from the stated to the found weights."""
    delta = found - stated
    order = [i for i in np.argsort(-np.abs(delta), kind="stable") if abs(delta[i]) >= 0.005][:3]
    parts = []
    for i in order:
        sign = "+" if delta[i] > 0 else "−"
        amount = format_number(abs(float(delta[i])), lang, 2)
        parts.append(f"{problem.criteria[i].label.get(lang)} {sign}{amount}")
    return ", ".join(parts)


def stated_sentence(analysis: DecisionAnalysis, lang: Lang = "da") -> str | None:
    """Do the stated priorities reproduce the stated choice? With the requirements and
    (where they screen anything) without; where not, how much weight the nearest
    winning weights move from the stated ones, and on which criteria."""
    stated = analysis.stated
    problem = analysis.problem
    recommendation = problem.recommendation
    if stated is None or recommendation is None:
        return None
    choice = recommendation.alternative
    label = problem.alternative(choice).label.get(lang)
    head = t(
        "an_stated", lang, by=recommendation.by, weights=weight_list(problem, stated.weights, lang)
    )

    def verdict(winner: tuple[str, ...], requirements: bool) -> str:
        """The clause when the stated weights put another alternative first; after a
        clause about the requirements ("…; without them they put …") when not."""
        closest = stated.closest if requirements else stated.closest_without
        first = _names(problem, winner, lang)
        suffix = "" if requirements else "_without"
        if closest is None or closest.closest is None:
            return t("an_stated_never" + suffix, lang, first=first, choice=label)
        return t(
            "an_stated_loses" + suffix,
            lang,
            first=first,
            choice=label,
            distance=format_number((stated.distance(requirements) or 0.0) / 2, lang, 2),
            changes=_changes(problem, closest.closest, stated.weights, lang),
        )

    wins = stated.winner == (choice,)
    relaxed = stated.winner_without
    if relaxed is None:
        body = t("an_stated_wins", lang, choice=label) if wins else verdict(stated.winner, True)
    elif wins and relaxed == (choice,):
        body = t("an_stated_wins_both", lang, choice=label)
    elif wins:
        body = t("an_stated_wins_with", lang, choice=label) + verdict(relaxed, False)
    else:
        body = verdict(stated.winner, True)
    return f"{head} {body}."
