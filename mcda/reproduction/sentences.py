"""The findings of a reproduction analysis as plain sentences, Danish by default.

All wording comes from :mod:`mcda.i18n`. Numbers are rounded for display only and in
the safe direction: a necessary lower bound on a weight is rounded down, an upper
bound up, so a sentence never claims a condition tighter than the one computed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from mcda.formatting import format_number, format_share
from mcda.i18n import t
from mcda.model import Lang, Problem
from mcda.reproduction.analysis import Reproduction
from mcda.reproduction.joint import JointReproduction

__all__ = [
    "decision_sentences",
    "format_number",
    "format_share",
    "format_weights",
    "joint_sentences",
]

#: A weight bound is reported as a condition only when it cuts at least this much off
#: the weight's allowed interval (smaller cuts are noise of the margin).
_RANGE_NOTE = 0.005


def _floor(value: float, digits: int = 3) -> float:
    return math.floor(value * 10**digits + 1e-9) / 10**digits


def _ceil(value: float, digits: int = 3) -> float:
    return math.ceil(value * 10**digits - 1e-9) / 10**digits


def criterion_name(problem: Problem, criterion: str, lang: Lang) -> str:
    """A criterion's label for use inside a sentence (first letter in lower case)."""
    label = problem.criterion(criterion).label.get(lang)
    return label[:1].lower() + label[1:]


def alternative_name(problem: Problem, alternative: str, lang: Lang) -> str:
    return problem.alternative(alternative).label.get(lang)


def format_weights(
    problem: Problem, criterion_ids: Sequence[str], weights: np.ndarray, lang: Lang
) -> str:
    """"robusthed 0,200; synergi 0,157; …" in the given criteria order."""
    return t("list_separator", lang).join(
        f"{criterion_name(problem, c, lang)} {format_number(float(w), lang)}"
        for c, w in zip(criterion_ids, weights, strict=True)
    )


def _names(problem: Problem, alternatives: Sequence[str], lang: Lang) -> str:
    names = [alternative_name(problem, a, lang) for a in alternatives]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {t('and', lang)} " + names[-1]


def _reference_name(name: str, lang: Lang) -> str:
    if name == "equal":
        return t("repro_equal_weights", lang)
    if name == "given":
        return t("repro_given_weights", lang)
    return t("repro_profile", lang, name=name)


def decision_sentences(result: Reproduction, lang: Lang = "da") -> list[str]:
    """The findings for one decision, in reading order."""
    problem = result.problem
    ids = problem.criterion_ids
    target = alternative_name(problem, result.target, lang)
    sentences = []
    dominance = result.dominance
    if dominance.status == "dominates_all":
        sentences.append(t("repro_dominates_all", lang, target=target))
    elif dominance.status == "dominated":
        sentences.append(
            t(
                "repro_dominated",
                lang,
                target=target,
                others=_names(problem, dominance.dominated_by, lang),
            )
        )
    margin = f"{result.margin:g}".replace(".", "," if lang == "da" else ".")
    region = result.region
    if result.reproducible:
        if not dominance.decides:
            sentences.append(
                t(
                    "repro_share",
                    lang,
                    target=target,
                    share=format_share(region.share, lang),
                    error=format_share(region.standard_error, lang),
                    samples=str(region.n_samples),
                    seed=str(region.seed),
                )
            )
            if region.central_weights is not None:
                key = "repro_central"
                if not result.verifications["central"].wins:
                    key = "repro_central_outside"
                sentences.append(
                    t(key, lang, weights=format_weights(problem, ids, region.central_weights, lang))
                )
        shown = result.closest if result.closest is not None else result.reference
        if dominance.decides:
            if result.flip is not None:
                sentences.append(_flip_sentence(result, lang))
            return sentences
        sentences.append(
            t(
                "repro_closest",
                lang,
                reference=_reference_name(result.reference_name, lang),
                target=target,
                margin=margin,
                weights=format_weights(problem, ids, shown, lang),
                distance=format_number(result.closest_distance or 0.0, lang),
            )
        )
        sentences.append(_range_sentence(result, target, lang))
        sentences.append(t("repro_exact" if result.exact else "repro_numeric", lang))
    elif dominance.status != "dominated":
        attempt = result.attempt if result.attempt is not None else result.reference
        sentences.append(
            t(
                "repro_never",
                lang,
                target=target,
                margin=margin,
                weights=format_weights(problem, ids, attempt, lang),
                gap=format_number(result.gap, lang, 4),
                winners=_names(problem, result.verifications["attempt"].winners, lang),
            )
        )
        sentences.append(t("repro_exact" if result.exact else "repro_numeric", lang))
    if result.flip is not None:
        sentences.append(_flip_sentence(result, lang))
    return sentences


def _range_sentence(result: Reproduction, target: str, lang: Lang) -> str:
    problem = result.problem
    conditions = []
    for item, low_bound, high_bound in zip(
        result.weight_ranges,
        result.constraints.lower_bounds,
        result.constraints.upper_bounds,
        strict=True,
    ):
        name = criterion_name(problem, item.criterion, lang)
        has_low = item.low > low_bound + _RANGE_NOTE
        has_high = item.high < high_bound - _RANGE_NOTE
        low = format_number(_floor(item.low), lang)
        high = format_number(_ceil(item.high), lang)
        if has_low and has_high:
            conditions.append(t("repro_between", lang, criterion=name, low=low, high=high))
        elif has_low:
            conditions.append(t("repro_at_least", lang, criterion=name, low=low))
        elif has_high:
            conditions.append(t("repro_at_most", lang, criterion=name, high=high))
    if not conditions:
        return t("repro_no_range_condition", lang, target=target)
    joined = (
        ", ".join(conditions[:-1]) + f" {t('and', lang)} " + conditions[-1]
        if len(conditions) > 1
        else conditions[0]
    )
    return t("repro_ranges", lang, target=target, conditions=joined)


def _flip_sentence(result: Reproduction, lang: Lang) -> str:
    flip = result.flip
    if flip is None:  # pragma: no cover - callers check
        return ""
    problem = result.problem
    reference = _reference_name(result.reference_name, lang)
    winners = _names(problem, flip.winners, lang)
    if flip.l1 is None or flip.linf is None:
        return t("repro_no_flip", lang, reference=reference, winners=winners)
    return t(
        "repro_flip",
        lang,
        reference=reference,
        winners=winners,
        l1=format_number(flip.l1.distance, lang),
        first=alternative_name(problem, flip.l1.alternative, lang),
        linf=format_number(flip.linf.distance, lang),
        second=alternative_name(problem, flip.linf.alternative, lang),
    )


def joint_sentences(joint: JointReproduction, lang: Lang = "da") -> list[str]:
    """The findings of the joint analysis, in reading order."""
    first = joint.problems[0]
    ids = joint.criterion_ids
    bys = {p.recommendation.by for p in joint.problems if p.recommendation is not None}
    by = bys.pop() if len(bys) == 1 else t("repro_decision_maker", lang)
    if joint.reproducible and joint.closest is not None:
        sentences = [
            t(
                "joint_yes",
                lang,
                by=by,
                count=str(len(joint.problems)),
                share=format_share(joint.share, lang),
                samples=str(joint.region.n_samples),
                seed=str(joint.region.seed),
            ),
            t(
                "joint_implied",
                lang,
                by=by,
                weights=format_weights(first, ids, joint.closest, lang),
                distance=format_number(joint.closest_distance or 0.0, lang),
                reference=_reference_name(joint.reference_name, lang),
            ),
        ]
        if joint.region.central_weights is not None:
            sentences.append(
                t(
                    "joint_central",
                    lang,
                    weights=format_weights(first, ids, joint.region.central_weights, lang),
                )
            )
        return sentences
    sentences = [t("joint_no", lang, by=by, count=str(len(joint.problems)))]
    for decision in joint.alone:
        sentences.append(t("joint_alone", lang, decision=decision))
    for conflict in joint.conflicts:
        sentences.append(
            t(
                "joint_conflict",
                lang,
                first=conflict.first,
                second=conflict.second,
                weights=format_weights(first, ids, conflict.weights, lang),
                first_lead=format_number(conflict.leads[0], lang, 4),
                second_lead=format_number(conflict.leads[1], lang, 4),
            )
        )
    return sentences
