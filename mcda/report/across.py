"""Across the decisions: the stated priorities, the joint share, and the financing of
the chosen ambition (when the case has a population file and an ambition decision)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mcda.analysis import CaseAnalysis, DecisionAnalysis
from mcda.case import AMBITION_FILE, POPULATION_FILE
from mcda.financing import (
    BASIS_GRANT_MIO_DKK,
    UNDERSPEND_MIO_DKK,
    Population,
    ScenarioFinancing,
    read_population,
    scenario_financing,
)
from mcda.formatting import format_number, format_share
from mcda.i18n import t
from mcda.model import JudgementSet, Lang, Problem
from mcda.report.build import Context
from mcda.report.document import Block, Cell, Paragraph, Section, Table

__all__ = [
    "Financing",
    "across_chapter",
    "case_financing",
    "financing",
    "financing_line",
    "minimal_set",
    "stated_judgements",
]


@dataclass(frozen=True)
class Financing:
    """The ambition decision's financing: per scenario, and the population behind it."""

    analysis: DecisionAnalysis
    rows: tuple[ScenarioFinancing, ...]
    population: Population


def case_financing(
    case: Path, decisions: Sequence[DecisionAnalysis], lang: Lang
) -> Financing | None:
    """The financing of the case's ambition decision, read once per report (``None``
    when the case has no population file or no ambition decision with a cost)."""
    folder = case if case.is_dir() else case.parent
    if not (folder / POPULATION_FILE).exists():
        return None
    found = [
        d for d in decisions if d.problem.path is not None and d.problem.path.name == AMBITION_FILE
    ]
    if not found or "cost" not in found[0].problem.criterion_ids:
        return None
    population = read_population(folder / POPULATION_FILE)
    rows = scenario_financing(found[0].problem, population.total, lang=lang)
    return Financing(found[0], rows, population)


def financing(context: Context) -> Financing | None:
    """The report's financing (computed once, in :func:`~mcda.report.build.build_case_report`)."""
    return context.financing  # type: ignore[return-value]


def stated_judgements(analysis: DecisionAnalysis) -> JudgementSet | None:
    """The judgement set of criteria that holds the stated priorities, if any."""
    stated = analysis.stated
    if stated is None:
        return None
    problem = analysis.problem
    found = [j for j in problem.judgements if j.id == stated.set_id and j.of == "criteria"]
    return found[0] if found else None


def _band(low: float, high: float, lang: str, digits: int = 1) -> str:
    a, b = format_number(low, lang, digits), format_number(high, lang, digits)  # type: ignore[arg-type]
    return a if a == b else f"{a}–{b}"


def financing_line(context: Context) -> str | None:
    """The stated choice's financing in one sentence (``None`` without financing)."""
    found = financing(context)
    if found is None:
        return None
    problem = found.analysis.problem
    stated = problem.recommendation
    if stated is None:
        return None
    row = next((r for r in found.rows if r.alternative == stated.alternative), None)
    if row is None:
        return None
    lang = context.lang
    years_low, years_high = row.underspend_years_high, row.underspend_years_low
    years = (
        t("rp_fin_years", lang, years=_band(years_low, years_high, lang))
        if years_low is not None and years_high is not None
        else ""
    )
    return t(
        "rp_financing_line",
        lang,
        by=stated.by,
        choice=row.label,
        cost=_band(row.cost_low, row.cost_high, lang),
        grant=format_number(BASIS_GRANT_MIO_DKK, lang, 2),
        extra=_band(row.extra_low, row.extra_high, lang),
        per=_band(row.extra_per_inhabitant_low, row.extra_per_inhabitant_high, lang),
        population=format_number(found.population.total, lang, 0),
        count=str(len(found.population.municipalities)),
        years=years,
    )


def financing_table(context: Context, found: Financing) -> Table:
    """Per scenario: budget band, extra need, per inhabitant, and how long the
    accumulated underspend covers it."""
    lang = context.lang
    stated = found.analysis.problem.recommendation
    rows, raw, highlight = [], [], set()
    for index, row in enumerate(found.rows):
        if stated is not None and row.alternative == stated.alternative:
            highlight.add(index)
        years = (
            t("fin_not_needed", lang)
            if row.underspend_years_low is None and row.underspend_years_high is None
            else _band(row.underspend_years_high or 0.0, row.underspend_years_low or 0.0, lang)
        )
        rows.append(
            (
                row.label,
                Cell(_band(row.cost_low, row.cost_high, lang), numeric=True),
                Cell(_band(row.extra_low, row.extra_high, lang), numeric=True),
                Cell(
                    _band(row.extra_per_inhabitant_low, row.extra_per_inhabitant_high, lang),
                    numeric=True,
                ),
                Cell(years, numeric=True),
            )
        )
        raw.append(
            (
                row.alternative, row.cost_low, row.cost_high, row.extra_low, row.extra_high,
                row.extra_per_inhabitant_low, row.extra_per_inhabitant_mid,
                row.extra_per_inhabitant_high, row.underspend_years_low, row.underspend_years_high,
            )
        )  # fmt: skip
    return Table(
        (
            t("alternative", lang),
            t("fin_budget", lang),
            t("fin_extra", lang),
            t("fin_per_inhabitant", lang),
            t("fin_underspend", lang),
        ),
        tuple(rows),
        caption=t(
            "rp_financing_caption",
            lang,
            grant=format_number(BASIS_GRANT_MIO_DKK, lang, 2),
            population=format_number(found.population.total, lang, 0),
            underspend=format_number(UNDERSPEND_MIO_DKK, lang, 2),
        ),
        data_name="financing",
        raw_columns=(
            "alternative",
            "cost_low",
            "cost_high",
            "extra_low",
            "extra_high",
            "extra_per_inhabitant_low",
            "extra_per_inhabitant_mid",
            "extra_per_inhabitant_high",
            "underspend_years_at_low_cost",
            "underspend_years_at_high_cost",
        ),
        raw_rows=tuple(raw),
        highlight=frozenset(highlight),
        legend=t("rp_financing_legend", lang),
    )


def _stated_table(context: Context, case: CaseAnalysis) -> Table | None:
    lang = context.lang
    rows = []
    for analysis in case.decisions:
        stated, choice = analysis.stated, analysis.problem.recommendation
        if stated is None or choice is None:
            continue
        problem = analysis.problem

        def names(first: tuple[str, ...] | None, problem: Problem = problem) -> str:
            if first is None:
                return t("rp_same_as_with", lang)
            return " = ".join(problem.alternative(a).label.get(lang) for a in first)

        ratio = stated.consistency_ratio
        rows.append(
            (
                problem.title.get(lang),
                problem.alternative(choice.alternative).label.get(lang),
                names(stated.winner),
                names(stated.winner_without),
                Cell("–" if ratio is None else format_number(ratio, lang, 2), numeric=True),
            )
        )
    if not rows:
        return None
    trees = all(minimal_set(d) for d in case.decisions if d.stated is not None)
    return Table(
        (
            t("problem", lang),
            t("rp_stated_choice", lang, by=context.decision_maker or ""),
            t("rp_first_at_stated", lang),
            t("rp_first_at_stated_without", lang),
            t("rp_cr", lang),
        ),
        tuple(rows),
        caption=t("rp_stated_caption", lang, by=context.decision_maker or ""),
        small=True,
        legend=t("rp_cr_tree", lang) if trees else None,
    )


def minimal_set(analysis: DecisionAnalysis) -> bool:
    """Whether the stated priorities' judgement set has only n − 1 pairs (then its CR
    is 0 whatever the judgements: nothing can contradict)."""
    found = stated_judgements(analysis)
    return found is not None and len(found.pairs) <= len(analysis.problem.criteria) - 1


def across_chapter(context: Context, case: CaseAnalysis) -> list[Section]:
    """The chapter across the decisions (empty for a single decision without
    financing)."""
    from mcda.report.summary import stated_line

    lang = context.lang
    blocks: list[Block] = []
    line = stated_line(context, case)
    table = _stated_table(context, case)
    if line and table is not None:
        blocks += [
            Paragraph(t("rp_stated_intro", lang, by=context.decision_maker or "")),
            table,
            Paragraph(line),
        ]
    joint, joint_without = (
        case.joint_share(True, family=False),
        case.joint_share(False, family=False),
    )
    stated_count = sum(1 for d in case.decisions if d.problem.recommendation is not None)
    if joint is not None and joint_without is not None and stated_count >= 2:
        blocks.append(
            Paragraph(
                t(
                    "rp_joint",
                    lang,
                    by=context.decision_maker or "",
                    share=format_share(joint, lang, 0),
                    without=format_share(joint_without, lang, 0),
                )
            )
        )
    found = financing(context)
    sections = []
    if blocks:
        sections.append(Section(t("rp_across", lang), tuple(blocks), anchor="across"))
    if found is not None:
        fin_blocks: list[Block] = []
        fin_line = financing_line(context)
        if fin_line:
            fin_blocks.append(Paragraph(fin_line, kind="finding"))
        fin_blocks.append(financing_table(context, found))
        fin_blocks.append(Paragraph(t("rp_financing_paper", lang), kind="note"))
        sections.append(
            Section(
                t("rp_financing", lang),
                tuple(fin_blocks),
                level=2 if sections else 1,
                anchor="financing",
            )
        )
    return sections
