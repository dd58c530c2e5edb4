"""Findings (:mod:`mcda.findings`) in plain sentences, Danish or English.

Every word comes from the translation table (:mod:`mcda.i18n`), every number from the
findings, formatted by :mod:`mcda.formatting`: shares to whole per cent, weights to two
decimals. A share is always "of all weightings": the fraction of weight vectors drawn
uniformly from all possible weightings under which the alternative comes first. The
sentences are short enough for a summary page: a criterion goes by its short name (its
label before any bracket), the tables give the full one.
"""

from __future__ import annotations

from collections.abc import Sequence

from mcda.findings import Findings, Threshold
from mcda.formatting import format_number, format_share, in_sentence, join_names
from mcda.i18n import default_profile_name, t
from mcda.model import Lang, Problem

__all__ = [
    "fragile_point",
    "lead_sentence",
    "modelling_point",
    "requirements_point",
    "short_label",
    "thresholds_point",
]


def short_label(label: str) -> str:
    """A criterion's short name: "Lokal forankring (1:1-sparring)" → "Lokal forankring"."""
    head = label.split(" (", 1)[0].strip()
    return head or label


def _alt(problem: Problem, alternative: str, lang: Lang) -> str:
    return problem.alternative(alternative).label.get(lang)


def _alts(problem: Problem, alternatives: Sequence[str], lang: Lang) -> str:
    return join_names([_alt(problem, a, lang) for a in alternatives], lang)


def _crit(problem: Problem, criterion: str, lang: Lang) -> str:
    return in_sentence(short_label(problem.criterion(criterion).label.get(lang)))


def _share(value: float | None, lang: Lang) -> str:
    return format_share(value or 0.0, lang, 0)


def _first_of(problem: Problem, first: Sequence[str], lang: Lang) -> str:
    """ "Scenario 4 comes first" / "A and B share first place"."""
    if len(first) == 1:
        return t("fd_comes_first", lang, alternative=_alt(problem, first[0], lang))
    return t("fd_share_first", lang, alternatives=_alts(problem, first, lang))


def _family_clause(found: Findings, lang: Lang, share: float | None) -> str:
    if found.family is None or share is None:
        return ""
    family = found.problem.family(found.family)
    return t("fd_family", lang, family=family.label.get(lang), share=_share(share, lang))


def _modelling_clause(found: Findings, lang: Lang) -> str:
    modelling = found.modelling
    if modelling is None:
        return ""
    if modelling.wins == modelling.total:
        return t("fd_under_all", lang, n=str(modelling.total))
    return t("fd_under_some", lang, k=str(modelling.wins), n=str(modelling.total))


def lead_sentence(found: Findings, lang: Lang = "da", by: str | None = None) -> str:
    """What the analysis supports and how firmly (the shares of all weightings, the
    family's share, and under how many modelling choices), in one or two sentences."""
    problem = found.problem
    weights = default_profile_name(problem, lang).lower()
    stated = problem.recommendation
    who = stated.by if stated is not None else (by or t("fd_the_paper", lang))
    fields = {"by": who, "weights": weights, "modelling": _modelling_clause(found, lang)}
    if found.verdict == "no_choice" or found.choice is None:
        if not found.first:
            return t("fd_nothing_eligible", lang)
        return t(
            "fd_no_choice",
            lang,
            first=_first_of(problem, found.first, lang),
            share=_share(found.leader_share, lang),
            **fields,
        )
    choice = _alt(problem, found.choice, lang)
    if found.verdict == "dominates":
        return t("fd_dominates", lang, choice=choice, **fields)
    if found.verdict == "screened":
        return t("fd_screened", lang, choice=choice, **fields)
    family = _family_clause(found, lang, found.family_share)
    if found.verdict == "supported":
        firmly = t(f"fd_firmness_{found.firmness}", lang)
        share = _share(found.share, lang)
        return t(
            "fd_supported", lang, choice=choice, firmly=firmly, share=share, family=family,
            **fields,
        )  # fmt: skip
    return t(
        "fd_not_first",
        lang,
        choice=choice,
        first=_first_of(problem, found.first, lang),
        share=_share(found.share, lang),
        family=family,
        **fields,
    )


def requirements_point(found: Findings, lang: Lang = "da") -> str | None:
    """What the stated requirements screen out and whether they decide the answer
    (``None`` when no stated requirement screens anything)."""
    problem = found.problem
    stated = problem.recommendation
    if found.without_first is None or stated is None or found.choice is None:
        return None
    from mcda.analysis_text import screened_by_requirements

    screened = screened_by_requirements(problem, lang)
    parts = [
        t("fd_screened_by", lang, alternatives=_alts(problem, alts, lang), requirement=label)
        for label, alts in screened.items()
    ]
    fields = {"by": stated.by, "screens": join_names(parts, lang)}
    if not found.requirements_decide:
        return t("fd_requirements_same", lang, share=_share(found.without_share, lang), **fields)
    return t(
        "fd_requirements_decide",
        lang,
        first=_first_of(problem, found.without_first, lang),
        share=_share(found.without_share, lang),
        family=_family_clause(found, lang, found.without_family_share),
        **fields,
    )


def _threshold_clause(problem: Problem, item: Threshold, lang: Lang, now: bool) -> str:
    """ "local anchoring weighs less than 0.16", with "(now 0.20)" when ``now``."""
    text = t(
        "fd_threshold_above" if item.above else "fd_threshold_below",
        lang,
        criterion=_crit(problem, item.criterion, lang),
        at=format_number(item.at, lang, 2),
    )
    if now:
        text += " " + t("fd_now", lang, weight=format_number(item.weight, lang, 2))
    return text


def thresholds_point(found: Findings, lang: Lang = "da") -> str | None:
    """The weights that would change the first place, in words ("Only if local
    anchoring weighs less than 0.16 or synergy more than 0.25 (now 0.20) does Scenario 2
    come first"); ``None`` for a dominating choice."""
    problem = found.problem
    if found.verdict == "dominates" or not found.first:
        return None
    leader = _alt(problem, found.first[0], lang)
    items = found.thresholds
    if not items:
        return t("fd_no_threshold", lang, alternative=leader)
    same_weight = len({format_number(i.weight, lang, 2) for i in items}) == 1
    clauses = [
        _threshold_clause(problem, item, lang, not same_weight or k == len(items) - 1)
        for k, item in enumerate(items)
    ]
    joined = t("fd_or", lang).join(clauses)
    firsts = {item.first for item in items}
    if len(firsts) == 1:
        key = "fd_thresholds_family" if all(i.within_family for i in items) else "fd_thresholds"
        return t(key, lang, clauses=joined, first=_alt(problem, items[0].first, lang))
    return t("fd_thresholds_various", lang, clauses=joined, alternative=leader)


def modelling_point(found: Findings, lang: Lang = "da") -> str | None:
    """Which readings of contested scores make the leader lose under every method
    (``None`` when none does; the count of modelling choices is in the lead)."""
    problem = found.problem
    modelling = found.modelling
    if modelling is None or not modelling.losing_readings:
        return None
    from mcda.robustness import reading_label

    leader = modelling.alternative
    name = _alt(problem, leader, lang)
    readings = modelling.losing_readings[:2]
    if all(cell.split(".", 1)[0] == leader for cell, _ in readings):
        # the leader's own score: "… never wins with its synergy at the low end"
        parts = [
            t(f"fd_own_{end}", lang, criterion=_crit(problem, cell.split(".", 1)[1], lang))
            for cell, end in readings
        ]
        return t(
            "fd_modelling_losing_own", lang, alternative=name, readings=t("fd_or", lang).join(parts)
        )
    texts = [
        reading_label(cell, end, problem, lang, clause=True)  # type: ignore[arg-type]
        for cell, end in readings
    ]
    return t("fd_modelling_losing", lang, alternative=name, readings=t("fd_or", lang).join(texts))


def fragile_point(found: Findings, lang: Lang = "da") -> str | None:
    """The assumed scores that change who comes first when moved one level (``None``
    when none does), grouped by criterion or by alternative, whichever is shorter."""
    problem = found.problem
    if not found.fragile:
        return None
    cells = list(dict.fromkeys((f.alternative, f.criterion) for f in found.fragile))
    by_criterion: dict[str, list[str]] = {}
    by_alternative: dict[str, list[str]] = {}
    for alternative, criterion in cells:
        by_criterion.setdefault(criterion, []).append(_alt(problem, alternative, lang))
        by_alternative.setdefault(alternative, []).append(_crit(problem, criterion, lang))
    if len(by_criterion) <= len(by_alternative):
        names = [
            t("fd_cell", lang, criterion=_crit(problem, c, lang), alternative=join_names(a, lang))
            for c, a in by_criterion.items()
        ]
    else:
        names = [
            t("fd_cell", lang, criterion=join_names(c, lang), alternative=_alt(problem, a, lang))
            for a, c in by_alternative.items()
        ]
    firsts = {f.first for f in found.fragile}
    tie = all(len(first) > 1 for first in firsts)
    within = found.family is not None and all(
        all(a in problem.family(found.family).members for a in first) for first in firsts
    )
    key = "fd_fragile_tie" if tie else ("fd_fragile_family" if within else "fd_fragile")
    return t(key, lang, cells=join_names(names, lang))
