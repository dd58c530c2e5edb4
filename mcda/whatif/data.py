"""The numbers the what-if page computes with, taken from the engine (pure computation).

Everything in a ranking that does not depend on the weights is computed here, in
Python, and embedded in the page: per view (with and without the stated
requirements) the eligible alternatives, and per method

* TOPSIS: the squared gaps of every normalised score to the ideal and the anti-ideal
  (:func:`mcda.methods.topsis.squared_gaps`; on anchored scales (1 − v)² and v²), so
  the page's closeness is √(Σ w² g⁺) / (√(Σ w² g⁺) + √(Σ w² g⁻)), exactly the engine's;
* the weighted sum: the normalised matrix (the values v_ij on anchored scales), so the
  score is Σ w v.

What the analysis already holds is read from it, not recomputed: the default weights,
the stated priorities (AHP), SMAA's first-rank shares and central weights, the
reproduction's closest winning weights and the dominance finding, and the three
criteria of the ternary slice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from mcda.i18n import method_title
from mcda.model import Lang, Problem

if TYPE_CHECKING:
    from mcda.analysis import DecisionAnalysis, View
    from mcda.group import GroupAnalysis

__all__ = ["METHOD_KEYS", "SEARCH_SAMPLES", "decision_data", "page_data"]

#: The methods the page computes, as generic names resolved per problem.
METHOD_KEYS = ("topsis", "weighted_sum")
#: Random weight vectors (seeded with the analysis's seed) the page's nearest-weights
#: search starts from.
SEARCH_SAMPLES = 2_000


def _floats(array: np.ndarray | Sequence[float] | None) -> list[Any] | None:
    """An array as nested lists of Python floats (full precision in the JSON)."""
    if array is None:
        return None
    values: list[Any] = np.asarray(array, dtype=float).tolist()
    return values


def _method_arrays(problem: Problem, key: str) -> tuple[str, dict[str, Any]]:
    from mcda.methods.topsis import normalize, reference_points
    from mcda.ranking import problem_method

    method = problem_method(problem, key)
    if method.normalization is None:
        raise ValueError(f"{method.name}: the page computes TOPSIS and the weighted sum only")
    matrix = problem.matrix()
    signs = problem.direction_signs
    normalized = normalize(matrix, signs, method.normalization, method.anchors)
    if key == "weighted_sum":
        return method.name, {"values": _floats(normalized)}
    ideal, anti = reference_points(normalized, method.normalization)
    return method.name, {
        "ideal": _floats((ideal - normalized) ** 2),
        "anti": _floats((normalized - anti) ** 2),
    }


def _view_data(decision: DecisionAnalysis, view: View, lang: Lang) -> dict[str, Any]:
    problem = view.problem
    index = {a: i for i, a in enumerate(problem.alternative_ids)}
    eligible = problem.eligible_ids
    data: dict[str, Any] = {
        "requirements": view.requirements,
        "eligible": [index[a] for a in eligible],
        "screened": [
            {"alternative": index[s.alternative], "reason": s.reason(lang)}
            for s in view.ranking.screened
        ],
        "methods": {},
    }
    for key in METHOD_KEYS:
        _, arrays = _method_arrays(problem, key)
        data["methods"][key] = arrays
    smaa = view.smaa
    data["smaa"] = {
        "method": smaa.method,
        "samples": smaa.n_samples,
        "seed": smaa.seed,
        "first": [
            float(smaa.first_rank_acceptability[smaa.alternatives.index(a)]) for a in eligible
        ],
        "target": view.target_share,
        "family": view.family_share,
    }
    stated = problem.recommendation
    central = known = None
    dominance = None
    if stated is not None and stated.alternative in smaa.alternatives:
        row = smaa.central_weights[smaa.alternatives.index(stated.alternative)]
        central = None if np.any(np.isnan(row)) else _floats(row)
    reproduction = view.reproduction
    if reproduction is not None:
        known = [
            _floats(w)
            for w in (reproduction.closest, reproduction.central_weights)
            if w is not None and reproduction.reproducible
        ]
        dominance = {
            "status": reproduction.dominance.status,
            "by": [index[a] for a in reproduction.dominance.dominated_by],
        }
    data["central"] = central
    data["known"] = known or []
    data["dominance"] = dominance
    return data


def _slice(decision: DecisionAnalysis) -> list[int] | None:
    """The ternary slice's criteria: the reproduction's (narrowest weight ranges), else
    the three criteria whose values spread most over the eligible alternatives."""
    from mcda.reproduction.analysis import slice_criteria

    problem = decision.problem
    if len(problem.criteria) < 3:
        return None
    reproduction = decision.with_requirements.reproduction
    if reproduction is not None:
        return list(slice_criteria(reproduction))
    _, arrays = _method_arrays(problem, "weighted_sum")
    values = np.asarray(arrays["values"])
    spread = values.max(axis=0) - values.min(axis=0)
    order = np.argsort(-spread, kind="stable")[:3]
    return sorted(int(i) for i in order)


def _presets(decision: DecisionAnalysis, lang: Lang) -> list[dict[str, Any]]:
    from mcda.i18n import t

    problem = decision.problem
    n = len(problem.criteria)
    presets: list[dict[str, Any]] = [
        {"id": "equal", "label": t("whatif_preset_equal", lang), "weights": [1.0 / n] * n}
    ]
    for profile in problem.profiles:
        weights = np.asarray(profile.weights, dtype=float)
        if np.allclose(weights, 1.0 / n, rtol=0, atol=1e-12):
            continue  # the equal profile is the equal preset
        label = profile.label.get(lang) if profile.label is not None else profile.id
        presets.append(
            {
                "id": f"profile:{profile.id}",
                "label": label,
                "weights": _floats(weights / weights.sum()),
            }
        )
    stated = decision.stated
    if stated is not None and problem.recommendation is not None:
        presets.append(
            {
                "id": "stated",
                "label": t("whatif_preset_stated", lang, by=problem.recommendation.by),
                "weights": _floats(stated.weights),
                "consistency": stated.consistency_ratio,
            }
        )
    return presets


def _directors(group: GroupAnalysis | None, problem: Problem) -> dict[str, Any] | None:
    if group is None:
        return None
    answers = group.directors.of(problem.id)
    ids = problem.criterion_ids
    position = {c: i for i, c in enumerate(ids)}
    rows = []
    for answer in answers:
        matrix = None
        if answer.judgements:
            grid: list[list[float | None]] = [[None] * len(ids) for _ in ids]
            for i in range(len(ids)):
                grid[i][i] = 1.0
            for a, b, value in answer.judgements:
                grid[position[a]][position[b]] = float(value)
                grid[position[b]][position[a]] = 1.0 / float(value)
            matrix = grid
        rows.append(
            {
                "member": answer.member,
                "method": answer.method,
                "source": answer.source.name,
                "weights": _floats(answer.weights),
                "matrix": matrix,
                "consistency": answer.consistency_ratio,
            }
        )
    found = next((d for d in group.decisions if d.problem.id == problem.id), None)
    aij = None
    if found is not None and found.aij_weights is not None:
        aij = {
            "members": list(found.aij_members),
            "weights": _floats(found.aij_weights),
            "consistency": found.aij_consistency_ratio,
        }
    return {"rows": rows, "aij": aij}


def decision_data(
    decision: DecisionAnalysis, lang: Lang, group: GroupAnalysis | None = None
) -> dict[str, Any]:
    """One decision as the page's JSON (see the module docstring)."""
    from mcda.ahp.random_index import random_index
    from mcda.ranking import problem_method
    from mcda.weights.forms import anchor_texts

    problem = decision.problem
    stated = problem.recommendation
    index = {a: i for i, a in enumerate(problem.alternative_ids)}
    stated_data = None
    if stated is not None:
        family = (
            problem.family(stated.family)
            if stated.family
            else problem.family_of(stated.alternative)
        )
        stated_data = {
            "by": stated.by,
            "alternative": index[stated.alternative],
            "family": [index[a] for a in family.members] if family is not None else [],
            "familyLabel": family.label.get(lang) if family is not None else None,
        }
    methods = []
    for key in METHOD_KEYS:
        name = problem_method(problem, key).name
        methods.append({"key": key, "name": name, "title": method_title(name, lang)})
    default = next((m["key"] for m in methods if m["name"] == decision.method), "topsis")
    n = len(problem.criteria)
    return {
        "id": problem.id,
        "title": problem.title.get(lang),
        "description": problem.description.get(lang) if problem.description else None,
        "file": problem.path.name if problem.path is not None else None,
        "criteria": [
            {
                "id": c.id,
                "label": c.label.get(lang),
                "direction": c.direction.value,
                "worst": anchor_texts(c, lang)[0],
                "best": anchor_texts(c, lang)[1],
            }
            for c in problem.criteria
        ],
        "alternatives": [{"id": a.id, "label": a.label.get(lang)} for a in problem.alternatives],
        "stated": stated_data,
        "requirementsBy": next((c.stated_by for c in problem.stated_requirements), None),
        "methods": methods,
        "defaultMethod": default,
        "analysisMethod": decision.method,
        "views": [_view_data(decision, view, lang) for view in decision.views],
        "presets": _presets(decision, lang),
        "initial": _floats(decision.weights),
        "slice": _slice(decision),
        "seed": decision.seed,
        "randomIndex": float(random_index(n)) if n <= 15 else None,
        "directors": _directors(group, problem),
    }


def tab_labels(titles: Sequence[str]) -> list[str]:
    """Short tab labels: the titles without the "Case: " prefix that several share
    ("Klima Nord: "), first letter capitalised."""
    heads = [t.split(": ", 1)[0] for t in titles if ": " in t]
    common = max(dict.fromkeys(heads), key=heads.count) if heads else None
    prefix = f"{common}: " if common is not None and heads.count(common) > 1 else None
    out = []
    for title in titles:
        short = title[len(prefix) :] if prefix and title.startswith(prefix) else title
        out.append(short[:1].upper() + short[1:])
    return out


def page_data(
    decisions: Sequence[DecisionAnalysis], lang: Lang, group: GroupAnalysis | None = None
) -> dict[str, Any]:
    """Every decision's data and the page's texts in ``lang`` (one language a page)."""
    from mcda import __version__
    from mcda.whatif.texts import page_strings

    return {
        "lang": lang,
        "tabs": tab_labels([d.problem.title.get(lang) for d in decisions]),
        "version": __version__,
        "strings": page_strings(lang),
        "hasGroup": group is not None,
        "searchSamples": SEARCH_SAMPLES,
        "decisions": [decision_data(d, lang, group) for d in decisions],
    }
