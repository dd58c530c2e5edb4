"""One chapter per decision: the question, the criteria, the scores, the contributions,
and — when dominance does not settle it — what moves the answer."""

from __future__ import annotations

import numpy as np

from mcda.analysis import DecisionAnalysis
from mcda.analysis_text import stated_sentence
from mcda.diagnostics import describe
from mcda.findings import Findings
from mcda.findings_text import (
    fragile_point,
    lead_sentence,
    modelling_point,
    requirements_point,
    thresholds_point,
)
from mcda.formatting import format_number, format_plain, format_share
from mcda.i18n import default_profile_name, t
from mcda.model import Criterion, Lang, Problem, Score
from mcda.plotting.style import CHOICE_MARK
from mcda.report.build import Context, decision_name
from mcda.report.document import Block, Cell, Figure, Items, Paragraph, Section, Table

__all__ = ["criteria_table", "decision_chapter", "score_table", "tones"]


def decimals(problem: Problem, criterion: Criterion) -> int:
    """How many decimals a criterion's numbers are written with: as many as the most
    precise of its scores and anchors needs (at most 3), so a column reads "1,5–2,0"
    and "2,5–3,0" alike, as the file gives them."""

    def need(value: float) -> int:
        return next((d for d in range(3) if abs(round(value, d) - value) < 1e-9), 3)

    values = [
        v
        for row in problem.scores.values()
        if criterion.id in row
        for v in (row[criterion.id].low, row[criterion.id].high)
    ]
    values += list(criterion.anchors or ())
    return max((need(v) for v in values), default=0)


def scale_text(criterion: Criterion, lang: Lang, digits: int = 0) -> str:
    """ "levels 1–5" or "1.0–3.5 mio DKK/yr" (the anchors), or the unit alone."""
    anchors = criterion.anchors
    if criterion.scale == "rubric" and anchors is not None:
        return t(
            "rp_levels",
            lang,
            low=format_plain(anchors[0], lang),
            high=format_plain(anchors[1], lang),
        )
    unit = criterion.unit_in(lang) or ""
    if anchors is None:
        return unit
    low, high = (format_number(a, lang, digits) for a in anchors)
    return f"{low}–{high} {unit}".strip()


def criteria_table(analysis: DecisionAnalysis, lang: Lang) -> Table:
    """What each criterion measures, its direction, scale and current weight."""
    problem = analysis.problem
    rows = []
    for criterion, weight in zip(problem.criteria, analysis.weights, strict=True):
        direction = t(
            "higher_is_better" if criterion.direction.value == "max" else "lower_is_better", lang
        )
        rows.append(
            (
                criterion.label.get(lang),
                criterion.description.get(lang) if criterion.description else "",
                direction,
                scale_text(criterion, lang, decimals(problem, criterion)),
                Cell(format_number(float(weight), lang, 2), numeric=True),
            )
        )
    return Table(
        (
            t("criterion", lang),
            t("rp_measures", lang),
            t("direction", lang),
            t("rp_scale", lang),
            t("weight", lang),
        ),
        tuple(rows),
        caption=t("rp_criteria_caption", lang, weights=default_profile_name(problem, lang).lower()),
        small=True,
    )


def tones(problem: Problem, alternatives: list[str]) -> np.ndarray:
    """How good each score is, in [0, 1] (1 best): its value on the anchored scale, or
    its place between the worst and best score of the decision without anchors."""
    if problem.has_anchors:
        return problem.values(alternatives)
    matrix = problem.matrix(alternatives)
    low, high = matrix.min(axis=0), matrix.max(axis=0)
    span = np.where(high > low, high - low, 1.0)
    scaled = (matrix - low) / span
    signs = problem.direction_signs
    return np.where(signs > 0, scaled, 1.0 - scaled)


def _score_cell(
    score: Score, criterion: Criterion, tone: float | None, lang: Lang, digits: int
) -> Cell:
    if criterion.scale == "rubric":
        low, high = round(score.low), round(score.high)
        text = str(low) if low == high else f"{low}–{high}"
        levels = range(low, high + 1) if low != high else [low]
        note = " / ".join(criterion.rubric[v].get(lang) for v in levels if v in criterion.rubric)
    else:
        low_text = format_number(score.low, lang, digits)
        text = (
            low_text
            if score.low == score.high
            else f"{low_text}–{format_number(score.high, lang, digits)}"
        )
        note = None
    marks = ("*" if score.assumption else "") + ("†" if score.contested else "")
    return Cell(text + marks, tone=tone, note=note)


def score_table(context: Context, analysis: DecisionAnalysis, found: Findings) -> Table:
    """Alternatives × criteria, each cell its level and the rubric's words, shaded by
    how good it is; the last column the first-rank share with the requirements."""
    lang = context.lang
    problem = analysis.problem
    full = len(problem.criteria)
    ids = [a for a in problem.alternative_ids if len(problem.scores.get(a, {})) == full]
    shade = tones(problem, ids)
    screened = {s.alternative: s for s in problem.screening()}
    smaa = analysis.with_requirements.smaa
    rows, raw, highlight = [], [], set()
    for i, alternative in enumerate(ids):
        label = problem.alternative(alternative).label.get(lang)
        note = None
        if found.choice == alternative:
            note = t(
                "rp_choice_of", lang, by=problem.recommendation.by if problem.recommendation else ""
            )
            highlight.add(i)
        if alternative in screened:
            note = t("rp_screened_note", lang, reason=screened[alternative].reason(lang))
        if found.choice == alternative:
            label = f"{label}\u00a0{CHOICE_MARK}"  # the mark every figure gives the choice
        cells = [Cell(label, note=note)]
        for j, criterion in enumerate(problem.criteria):
            score = problem.scores[alternative][criterion.id]
            tone = float(shade[i, j])
            cells.append(_score_cell(score, criterion, tone, lang, decimals(problem, criterion)))
        share = smaa.share_of([alternative])[0] if alternative in smaa.alternatives else None
        cells.append(Cell("–" if share is None else format_share(share, lang, 0), numeric=True))
        rows.append(tuple(cells))
        raw.append(
            (
                alternative,
                *(
                    v
                    for c in problem.criterion_ids
                    for v in (
                        problem.scores[alternative][c].low,
                        problem.scores[alternative][c].high,
                    )
                ),
                share,
            )
        )
    columns = [t("alternative", lang)]
    for criterion in problem.criteria:
        unit = criterion.unit_in(lang)
        label = criterion.label.get(lang)
        columns.append(f"{label}, {unit}" if criterion.scale == "numeric" and unit else label)
    columns.append(t("rp_first_share", lang))
    return Table(
        tuple(columns),
        tuple(rows),
        caption=t("rp_scores_caption", lang),
        data_name=f"scores_{decision_name(problem)}",
        raw_columns=(
            "alternative",
            *(f"{c}_{end}" for c in problem.criterion_ids for end in ("low", "high")),
            "first_rank_share",
        ),
        raw_rows=tuple(raw),
        highlight=frozenset(highlight),
        legend=t("rp_scores_legend", lang),
    )


def _contributions(context: Context, analysis: DecisionAnalysis) -> list[Figure]:
    problem = analysis.problem
    if not problem.has_anchors or not context.plots.enabled:
        return []
    from mcda.plotting.ranking import plot_contributions

    lang = context.lang
    full = len(problem.criteria)
    ids = [a for a in problem.alternative_ids if len(problem.scores.get(a, {})) == full]
    weights = default_profile_name(problem, lang).lower()
    return context.plots.make(
        plot_contributions, problem, analysis.weights, lang=lang, alternatives=ids,
        name=f"{decision_name(problem)}_contributions",
        caption=t("rp_fig_contributions", lang, weights=weights),
    )  # fmt: skip


def _acceptability(
    context: Context, analysis: DecisionAnalysis, requirements: bool
) -> list[Figure]:
    from mcda.plotting.sensitivity import plot_rank_acceptability

    lang = context.lang
    view = analysis.with_requirements if requirements else analysis.without_requirements
    if view is None or len(view.smaa.alternatives) < 2:
        return []
    problem = view.problem
    suffix = "" if requirements else "_without_requirements"
    key = "rp_fig_acceptability" if requirements else "rp_fig_acceptability_without"
    by = problem.recommendation.by if problem.recommendation else ""
    return context.plots.make(
        plot_rank_acceptability, view.smaa, lang=lang, problem=problem,
        name=f"{decision_name(problem)}_rank_acceptability{suffix}",
        caption=t(key, lang, by=by, samples=format_number(view.smaa.n_samples, lang, 0)),
    )  # fmt: skip


def _moves(context: Context, analysis: DecisionAnalysis, found: Findings) -> list[Block]:
    """What moves the answer: the requirements, the weights, the modelling choices, the
    assumptions, the stated priorities and the data checks, as a list."""
    lang = context.lang
    points = [
        point(found, lang)
        for point in (requirements_point, thresholds_point, modelling_point, fragile_point)
    ]
    if not found.fragile and found.verdict != "no_choice":
        points.append(t("rp_no_fragile", lang))
    points.append(stated_sentence(analysis, lang))
    problem = analysis.problem
    points += [describe(finding, problem, lang) + "." for finding in analysis.diagnosis.warnings]
    blocks: list[Block] = [Items(tuple(p for p in points if p))]
    blocks += _acceptability(context, analysis, True)
    if found.requirements_decide:
        blocks += _acceptability(context, analysis, False)
    return blocks


def decision_chapter(
    context: Context, analysis: DecisionAnalysis, found: Findings, *, first: bool = False
) -> list[Section]:
    """The chapter of one decision (a dominating choice gets its scores and a
    sentence; the rest also what moves the answer); the ``first`` starts a new printed
    page after the summary."""
    lang = context.lang
    problem = analysis.problem
    name = decision_name(problem)
    blocks: list[Block] = []
    if problem.description is not None:
        blocks.append(Paragraph(problem.description.get(lang)))
    blocks.append(Paragraph(lead_sentence(found, lang, by=context.decision_maker), kind="finding"))
    blocks.append(criteria_table(analysis, lang))
    blocks.append(score_table(context, analysis, found))
    blocks += _contributions(context, analysis)
    sections = [
        Section(problem.title.get(lang), tuple(blocks), anchor=f"decision-{name}", page_break=first)
    ]
    if found.verdict == "dominates":
        return sections
    sections.append(
        Section(
            t("rp_what_moves", lang),
            tuple(_moves(context, analysis, found)),
            level=2,
            anchor=f"moves-{name}",
        )
    )
    return sections
