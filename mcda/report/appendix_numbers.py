"""The number-heavy appendices: the full SMAA tables, the weight sensitivity, the
modelling choices, and the financing per municipality."""

from __future__ import annotations

import math

from mcda.analysis import CaseAnalysis, DecisionAnalysis, View
from mcda.financing import municipal_shares
from mcda.formatting import format_number, format_share
from mcda.i18n import t
from mcda.model import Lang
from mcda.report.build import Context, decision_name
from mcda.report.document import Block, Cell, Figure, Paragraph, Section, Table
from mcda.robustness import choice_label

__all__ = ["sections"]


def _acceptability_table(view: View, lang: Lang, requirements_exist: bool) -> Table:
    smaa = view.smaa
    problem = view.problem
    m = len(smaa.alternatives)
    rows, raw = [], []
    for i, alternative in enumerate(smaa.alternatives):
        shares = [float(v) for v in smaa.rank_acceptability[i]]
        rows.append(
            (
                problem.alternative(alternative).label.get(lang),
                *(Cell(format_share(s, lang, 0), numeric=True) for s in shares),
            )
        )
        raw.append((alternative, *shares, *(float(v) for v in smaa.rank_acceptability_se[i])))
    key = "rp_smaa_caption"
    if requirements_exist:
        key = "rp_smaa_caption_with" if view.requirements else "rp_smaa_caption_without"
    suffix = "" if view.requirements else "_without_requirements"
    return Table(
        (t("alternative", lang), *(t("rp_rank_n", lang, n=str(r)) for r in range(1, m + 1))),
        tuple(rows),
        caption=t(
            key, lang, title=problem.title.get(lang), samples=format_number(smaa.n_samples, lang, 0)
        ),
        data_name=f"rank_acceptability_{decision_name(problem)}{suffix}",
        raw_columns=(
            "alternative",
            *(f"rank_{r}" for r in range(1, m + 1)),
            *(f"rank_{r}_se" for r in range(1, m + 1)),
        ),
        raw_rows=tuple(raw),
        small=m > 5,
    )


def _smaa(context: Context) -> Section:
    lang = context.lang
    blocks: list[Block] = [
        Paragraph(
            t("rp_smaa_intro", lang, samples=format_number(context.settings.samples, lang, 0))
        )
    ]
    for analysis in context.decisions:
        exist = analysis.without_requirements is not None
        blocks += [_acceptability_table(view, lang, exist) for view in analysis.views]
    return Section(t("rp_app_smaa", lang), tuple(blocks), anchor="smaa", appendix=True)


def _interval(low: float, high: float, lang: Lang) -> str:
    return f"{format_number(low, lang, 2)}–{format_number(high, lang, 2)}"


def _stability_table(analysis: DecisionAnalysis, lang: Lang) -> Table | None:
    stability = analysis.stability
    if stability is None:
        return None
    problem = analysis.problem
    rows, raw = [], []
    family = any(c.family_interval is not None for c in stability.criteria)
    for item in stability.criteria:
        change = (
            "–" if not math.isfinite(item.top_change) else format_number(item.top_change, lang, 2)
        )
        cells = [
            problem.criterion(item.criterion).label.get(lang),
            Cell(format_number(item.weight, lang, 2), numeric=True),
            Cell(_interval(*item.top_interval, lang), numeric=True),
        ]
        if family:
            interval = item.family_interval or item.top_interval
            cells.append(Cell(_interval(*interval, lang), numeric=True))
        cells += [
            Cell(_interval(*item.ranking_interval, lang), numeric=True),
            Cell(change, numeric=True),
        ]
        rows.append(tuple(cells))
        raw.append(
            (item.criterion, item.weight, *item.top_interval, *item.ranking_interval,
             item.top_change if math.isfinite(item.top_change) else None)
        )  # fmt: skip
    leader = " = ".join(problem.alternative(a).label.get(lang) for a in stability.top)
    columns = [
        t("criterion", lang),
        t("weight", lang),
        t("rp_keeps_first", lang, alternative=leader),
    ]
    if family:
        columns.append(t("rp_keeps_family", lang))
    columns += [t("rp_keeps_ranking", lang), t("rp_smallest_change", lang)]
    return Table(
        tuple(columns),
        tuple(rows),
        caption=t("rp_stability_caption", lang, title=problem.title.get(lang)),
        data_name=f"stability_{decision_name(problem)}",
        raw_columns=(
            "criterion",
            "weight",
            "top_low",
            "top_high",
            "ranking_low",
            "ranking_high",
            "top_change",
        ),
        raw_rows=tuple(raw),
        small=True,
    )


def _sensitivity_figures(context: Context, analysis: DecisionAnalysis) -> list[Figure]:
    from mcda.plotting.sensitivity import plot_sweep, plot_tornado

    lang = context.lang
    problem = analysis.problem
    stability, sweeps = analysis.stability, analysis.sweeps
    if stability is None or sweeps is None:
        return []
    name = decision_name(problem)
    figures = context.plots.make(
        plot_tornado, stability, lang=lang, problem=problem,
        name=f"{name}_tornado", caption=t("rp_fig_tornado", lang, title=problem.title.get(lang)),
    )  # fmt: skip
    critical = stability.most_critical
    if critical is not None:
        label = problem.criterion(critical).label.get(lang)
        figures += context.plots.make(
            plot_sweep, sweeps, critical, lang=lang, problem=problem,
            name=f"{name}_sweep_{critical}", caption=t("rp_fig_sweep", lang, criterion=label),
        )  # fmt: skip
    return figures


def _sensitivity(context: Context) -> Section:
    lang = context.lang
    blocks: list[Block] = [Paragraph(t("rp_stability_intro", lang))]
    for analysis, found in zip(context.decisions, context.found, strict=True):
        if found.verdict == "dominates":
            continue
        table = _stability_table(analysis, lang)
        if table is not None:
            blocks.append(table)
        blocks += _sensitivity_figures(context, analysis)
    return Section(
        t("rp_app_sensitivity", lang), tuple(blocks), anchor="sensitivity", appendix=True
    )


def _robustness_table(analysis: DecisionAnalysis, lang: Lang) -> Table | None:
    result = analysis.robustness
    if result is None:
        return None
    problem = analysis.problem
    stated = problem.recommendation
    rows: list[tuple[object, ...]] = []
    raw: list[tuple[object, ...]] = []
    for outcome in result.outcomes:
        label = choice_label(outcome.choice, problem, lang)
        if not outcome.applicable:
            rows.append((label, t("rp_not_applicable", lang), Cell("–", numeric=True)))
            raw.append((outcome.choice.key, None, None))
            continue
        first = " = ".join(problem.alternative(a).label.get(lang) for a in outcome.first)
        share = outcome.recommendation_share
        rows.append(
            (
                label,
                first,
                Cell("–" if share is None else format_share(share, lang, 0), numeric=True),
            )
        )
        raw.append((outcome.choice.key, " = ".join(outcome.first), share))
    by = stated.by if stated is not None else ""
    return Table(
        (
            t("rp_modelling_choice", lang),
            t("rp_first_default", lang),
            t("rp_choice_share", lang, by=by),
        ),
        tuple(rows),
        caption=t("rp_robustness_caption", lang, title=problem.title.get(lang)),
        data_name=f"robustness_{decision_name(problem)}",
        raw_columns=("choice", "first", "recommendation_share"),
        raw_rows=tuple(raw),
        small=True,
    )


def _robustness(context: Context) -> Section:
    lang = context.lang
    blocks: list[Block] = [Paragraph(t("rp_robustness_intro", lang))]
    for analysis in context.decisions:
        table = _robustness_table(analysis, lang)
        if table is not None:
            blocks.append(table)
    return Section(t("rp_app_robustness", lang), tuple(blocks), anchor="robustness", appendix=True)


def _municipalities(context: Context) -> Section | None:
    from mcda.report.across import financing

    found = financing(context)
    if found is None:
        return None
    lang = context.lang
    shares = municipal_shares(found.rows, found.population)
    scenarios = [r.alternative for r in found.rows]
    labels = {r.alternative: r.label for r in found.rows}
    rows, raw = [], []
    for municipality, population in zip(
        found.population.municipalities, found.population.counts, strict=True
    ):
        cells: list[object] = [municipality, Cell(format_number(population, lang, 0), numeric=True)]
        for scenario in scenarios:
            share = next(
                s for s in shares if s.alternative == scenario and s.municipality == municipality
            )
            low, high = (format_number(round(v, -3), lang, 0) for v in (share.low, share.high))
            cells.append(Cell(low if low == high else f"{low}–{high}", numeric=True))
            raw.append((municipality, population, scenario, share.low, share.mid, share.high))
        rows.append(tuple(cells))
    table = Table(
        (t("fin_municipality", lang), t("rp_inhabitants", lang), *(labels[s] for s in scenarios)),
        tuple(rows),
        caption=t("fin_municipal_header", lang),
        data_name="financing_municipalities",
        raw_columns=("municipality", "population", "alternative", "low", "mid", "high"),
        raw_rows=tuple(raw),
        small=True,
    )
    return Section(
        t("rp_app_municipalities", lang),
        (Paragraph(t("rp_municipalities_intro", lang)), table),
        anchor="municipalities",
        appendix=True,
    )


def sections(context: Context, case: CaseAnalysis) -> list[Section]:
    """The number-heavy appendices, in reading order."""
    found = [_smaa(context), _sensitivity(context), _robustness(context)]
    municipalities = _municipalities(context)
    if municipalities is not None:
        found.append(municipalities)
    return found
