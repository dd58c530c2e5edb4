"""Compute the whole Klima Nord analysis and lay it out as a :class:`Document` for T11.

Order (issue 7): a one-page summary; per decision the ranking, the score bar chart,
the sensitivity plots, the reproduction findings and the evidence with the Danish
quotes; method agreement; financing per inhabitant; every assumption; AHP
consistency; a reproducibility footer. Every number comes from the engine here; the
renderers only format. Labels come from :mod:`mcda.i18n`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from mcda import __version__
from mcda.case import AMBITION_FILE, DEFAULT_CASE, POPULATION_FILE, case_files
from mcda.errors import McdaError
from mcda.evidence import evidence_rows
from mcda.financing import (
    BASIS_GRANT_MIO_DKK,
    FINANCING_FIELDS,
    read_population,
    scenario_financing,
)
from mcda.i18n import default_profile_name, method_title, t
from mcda.model import Lang, Problem
from mcda.problem_file import load_problem
from mcda.ranking import RankingResult, rank
from mcda.report.document import Block, Document, Figure, Paragraph, Section, Table
from mcda.report.figures import render_figure

#: The seed of every random draw in the report (SMAA and the reproduction analysis).
DEFAULT_SEED = 2026
#: Weight samples for SMAA (standard error of a share ≤ 0.0016 at 100 000).
DEFAULT_SMAA_SAMPLES = 100_000
#: Weight samples for the reproduction analysis, per decision and jointly.
DEFAULT_REPRODUCTION_SAMPLES = 20_000

Progress = Callable[[str], None]


@dataclass(frozen=True)
class ReportSettings:
    """What the report analyses and how (everything the footer records)."""

    case: Path = DEFAULT_CASE
    lang: Lang = "da"
    method: str = "topsis"
    seed: int = DEFAULT_SEED
    smaa_samples: int = DEFAULT_SMAA_SAMPLES
    reproduction_samples: int = DEFAULT_REPRODUCTION_SAMPLES
    today: date | None = None
    figures: bool = True


@dataclass(frozen=True)
class DecisionAnalysis:
    """Everything computed for one decision problem."""

    name: str
    problem: Problem
    ranking: RankingResult
    smaa: Any
    sweeps: Any
    stability: Any
    agreement: Any
    reproduction: Any


def analyse(
    settings: ReportSettings, progress: Progress | None = None
) -> tuple[list[DecisionAnalysis], Any, list[Path]]:
    """Run every analysis of the case: per decision, then jointly.

    Returns the per-decision analyses, the joint reproduction and the input files
    (problem files and their sources) whose hashes the footer records.
    """
    from mcda.reproduction import reproduce, reproduce_jointly
    from mcda.sensitivity import method_agreement, smaa_problem, stability_intervals, sweep_problem

    say = progress or (lambda _: None)
    files = case_files(settings.case)
    analyses = []
    for path in files:
        problem = load_problem(path)
        say(f"{path.name}: ranking, SMAA ({settings.smaa_samples} samples), sweeps, reproduction")
        ranking = rank(problem, None, method=settings.method)
        smaa = smaa_problem(
            problem, n_samples=settings.smaa_samples, rng=settings.seed, method=settings.method
        )
        sweeps = sweep_problem(problem, None, method=settings.method)
        analyses.append(
            DecisionAnalysis(
                name=path.stem,
                problem=problem,
                ranking=ranking,
                smaa=smaa,
                sweeps=sweeps,
                stability=stability_intervals(sweeps),
                agreement=method_agreement(problem, None),
                reproduction=reproduce(
                    problem,
                    method=settings.method,
                    n_samples=settings.reproduction_samples,
                    rng=settings.seed,
                ),
            )
        )
    say("joint reproduction across the decisions")
    joint = reproduce_jointly(
        [a.problem for a in analyses],
        method=settings.method,
        n_samples=settings.reproduction_samples,
        rng=settings.seed,
    )
    inputs = list(files)
    for analysis in analyses:
        inputs += [s.path for s in analysis.problem.sources if s.path is not None]
    population = settings.case / POPULATION_FILE
    if population.exists():
        inputs.append(population)
    unique = list(dict.fromkeys(p.resolve() for p in inputs))
    return analyses, joint, unique


def build_case_report(settings: ReportSettings, progress: Progress | None = None) -> Document:
    """The whole report for T11 as a :class:`Document` (see the module docstring)."""
    analyses, joint, inputs = analyse(settings, progress)
    say = progress or (lambda _: None)
    say("figures and tables")
    lang = settings.lang
    sections: list[Section] = [_summary(analyses, joint, lang)]
    plots = _Plots(settings.figures)
    for analysis in analyses:
        sections += _decision(analysis, lang, plots)
    sections.append(_joint_section(joint, lang))
    sections.append(_agreement_section(analyses, lang, plots))
    financing = _financing_section(analyses, settings)
    if financing is not None:
        sections.append(financing)
    sections.append(_assumptions_section(analyses, lang))
    sections.append(_ahp_section(analyses, lang))
    sections.append(_method_notes(settings, lang))
    today = settings.today or date.today()
    return Document(
        title=t("report_title", lang),
        subtitle=t("report_subtitle", lang),
        lang=lang,
        sections=tuple(sections),
        footer=_footer(settings, inputs),
        date_line=f"{t('report_date', lang)}: {today.isoformat()}",
    )


# -- helpers ---------------------------------------------------------------------------


def _label(problem: Problem, alternative: str, lang: Lang) -> str:
    return problem.alternative(alternative).label.get(lang)


def _criterion_label(problem: Problem, criterion: str, lang: Lang) -> str:
    return problem.criterion(criterion).label.get(lang)


def _percent(share: float, lang: Lang, digits: int = 1) -> str:
    text = f"{100 * share:.{digits}f} %"
    return text.replace(".", ",") if lang == "da" else text.replace(" %", "%")


def _number(value: float, lang: Lang, digits: int = 3) -> str:
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "da" else text


def _weights_text(problem: Problem, weights: np.ndarray | None, lang: Lang) -> str:
    if weights is None:
        return "–"
    return ", ".join(
        f"{c.label.get(lang).lower() if lang == 'da' else c.label.get(lang)} {_number(w, lang, 2)}"
        for c, w in zip(problem.criteria, weights, strict=True)
    )


def _target(analysis: DecisionAnalysis) -> str | None:
    recommendation = analysis.problem.recommendation
    return recommendation.alternative if recommendation else None


def _first_share(analysis: DecisionAnalysis, alternative: str) -> float:
    index = analysis.smaa.alternatives.index(alternative)
    return float(analysis.smaa.rank_acceptability[index, 0])


@dataclass(frozen=True)
class _Plots:
    """Draws and renders figures; draws nothing when ``enabled`` is false (quick runs)."""

    enabled: bool

    def make(
        self, size: tuple[float, float], draw: Callable[..., Any], name: str, caption: str
    ) -> list[Figure]:
        """``[figure]`` drawn by ``draw(ax=...)`` on a new Axes of ``size`` inches, or ``[]``.

        The figure is built without pyplot, so a notebook's backend is left alone.
        """
        if not self.enabled:
            return []
        from matplotlib.figure import Figure as MatplotlibFigure

        figure = MatplotlibFigure(figsize=size)
        draw(ax=figure.subplots())
        return [render_figure(figure, name, caption)]


# -- summary ---------------------------------------------------------------------------


def _condition(analysis: DecisionAnalysis, lang: Lang) -> str:
    """The main condition under which the decision would come out differently."""
    result = analysis.reproduction
    problem = analysis.problem
    target = _target(analysis)
    if target is None:
        return "–"
    if result.dominance.status == "dominates_all":
        return t("summary_dominates", lang)
    if not result.reproducible:
        return t("summary_never", lang, gap=_number(result.gap, lang, 3))
    flip = result.flip
    if target in flip.winners:
        if flip.l1 is None:
            return t("summary_no_flip", lang)
        return t(
            "summary_flip",
            lang,
            distance=_number(flip.l1.distance, lang, 2),
            other=_label(problem, flip.l1.alternative, lang),
        )
    return t(
        "summary_needs",
        lang,
        distance=_number(result.closest_distance or 0.0, lang, 2),
    )


def _summary(analyses: Sequence[DecisionAnalysis], joint: Any, lang: Lang) -> Section:
    columns = (
        t("problem", lang),
        t("t11_choice", lang),
        t("rank_equal", lang),
        t("first_share", lang),
        t("condition", lang),
    )
    rows = []
    raw = []
    for analysis in analyses:
        problem = analysis.problem
        target = _target(analysis)
        if target is None:
            continue
        rank_ = analysis.ranking.rank_of(target)
        share = _first_share(analysis, target) if rank_ is not None else 0.0
        rank_text = f"{rank_} / {len(analysis.ranking.alternatives)}" if rank_ is not None else "–"
        rows.append(
            (
                problem.title.get(lang),
                _label(problem, target, lang),
                rank_text,
                _percent(share, lang),
                _condition(analysis, lang),
            )
        )
        raw.append((analysis.name, target, rank_, share, _condition(analysis, lang)))
    blocks: list[Block] = [
        Paragraph(t("summary_intro", lang)),
        Table(
            columns,
            tuple(rows),
            caption=t("summary_table", lang),
            data_name="summary",
            raw_columns=(
                "decision",
                "t11_choice",
                "rank_equal_weights",
                "first_rank_share",
                "condition",
            ),
            raw_rows=tuple(raw),
            numeric=(False, False, True, True, False),
        ),
    ]
    first = [a for a in analyses if _target(a) and a.ranking.rank_of(_target(a) or "") == 1]
    blocks.append(
        Paragraph(
            t("summary_count", lang, first=str(len(first)), total=str(len(rows))), emphasis=True
        )
    )
    from mcda.reproduction.sentences import joint_sentences

    blocks += [Paragraph(s, emphasis=i == 0) for i, s in enumerate(joint_sentences(joint, lang))]
    blocks.append(Paragraph(t("summary_reading", lang)))
    return Section(t("summary", lang), tuple(blocks), anchor="summary")


# -- one decision ----------------------------------------------------------------------


def _ranking_table(analysis: DecisionAnalysis, lang: Lang) -> Table:
    """Ranked alternatives first (best at the top), then the screened-out ones."""
    result = analysis.ranking
    problem = analysis.problem
    recommendation = problem.recommendation
    ranked = sorted(
        zip(result.alternatives, result.scores, result.ranks, strict=True),
        key=lambda item: (int(item[2]), result.alternatives.index(item[0])),
    )
    entries: list[tuple[str, int | None, float | None, str]] = [
        (alternative, int(rank_), float(score), "") for alternative, score, rank_ in ranked
    ]
    entries += [(s.alternative, None, None, s.reason(lang)) for s in result.screened]
    rows = []
    raw = []
    highlight = set()
    for index, (alternative, rank_, score, screened) in enumerate(entries):
        note = screened
        if recommendation is not None and alternative == recommendation.alternative:
            note = t("choice_of", lang, by=recommendation.by)
            highlight.add(index)
        elif recommendation is not None and alternative == recommendation.runner_up:
            note = t("runner_up_of", lang, by=recommendation.by)
        share = _first_share(analysis, alternative) if rank_ is not None else None
        rows.append(
            (
                rank_,
                _label(problem, alternative, lang),
                score,
                "" if share is None else _percent(share, lang),
                note,
            )
        )
        raw.append((alternative, rank_, score, share, screened or None))
    columns = ("rank", "alternative", "closeness", "first_share", "note")
    return Table(
        tuple(t(c, lang) for c in columns),
        tuple(rows),
        caption=t("ranking_caption", lang),
        data_name=f"ranking_{analysis.name}",
        raw_columns=("alternative", "rank", "closeness", "first_rank_share", "screened_out"),
        raw_rows=tuple(raw),
        highlight=frozenset(highlight),
        numeric=(True, False, True, True, False),
    )


def _labels(problem: Problem, lang: Lang) -> dict[str, str]:
    labels = {a.id: a.label.get(lang) for a in problem.alternatives}
    labels.update({c.id: c.label.get(lang) for c in problem.criteria})
    return labels


def _decision(analysis: DecisionAnalysis, lang: Lang, plots: _Plots) -> list[Section]:
    from mcda.plotting.ranking import plot_scores
    from mcda.plotting.reproduction import plot_weight_ranges, plot_winning_slice
    from mcda.plotting.sensitivity import plot_rank_acceptability, plot_sweep, plot_tornado
    from mcda.reproduction import winning_slice
    from mcda.reproduction.sentences import decision_sentences

    problem = analysis.problem
    name = analysis.name
    labels = _labels(problem, lang)
    intro = problem.description.get(lang) if problem.description else ""
    blocks: list[Block] = []
    if intro:
        blocks.append(Paragraph(intro))
    blocks.append(
        Paragraph(
            t(
                "ranking_intro",
                lang,
                method=method_title(analysis.ranking.method, lang),
                profile=default_profile_name(problem, lang),
                samples=f"{analysis.smaa.n_samples:,}".replace(",", "." if lang == "da" else ","),
            )
        )
    )
    blocks.append(_ranking_table(analysis, lang))
    blocks += plots.make(
        (7.0, 0.45 * len(analysis.ranking.alternatives) + 1.3),
        lambda ax: plot_scores(analysis.ranking, lang=lang, ax=ax),
        f"{name}_scores",
        t("fig_scores", lang, title=problem.title.get(lang)),
    )

    sensitivity: list[Block] = []
    sensitivity += plots.make(
        (7.0, 4.2),
        lambda ax: plot_rank_acceptability(analysis.smaa, labels=labels, lang=lang, ax=ax),
        f"{name}_rank_acceptability",
        t("fig_acceptability", lang),
    )
    stability = analysis.stability
    critical = stability.most_critical
    if critical is not None:
        sensitivity.append(
            Paragraph(
                t(
                    "critical_criterion",
                    lang,
                    criterion=_criterion_label(problem, critical, lang),
                )
            )
        )
    sensitivity += plots.make(
        (7.0, 0.5 * len(problem.criteria) + 1.5),
        lambda ax: plot_tornado(stability, labels=labels, lang=lang, ax=ax),
        f"{name}_tornado",
        t("fig_tornado", lang),
    )
    swept = critical or problem.criterion_ids[0]
    sensitivity += plots.make(
        (7.0, 4.0),
        lambda ax: plot_sweep(analysis.sweeps, swept, labels=labels, lang=lang, ax=ax),
        f"{name}_sweep_{swept}",
        t("fig_sweep", lang, criterion=_criterion_label(problem, swept, lang)),
    )
    sensitivity.append(_acceptability_table(analysis, lang))

    reproduction = analysis.reproduction
    repro_blocks: list[Block] = [Paragraph(s) for s in decision_sentences(reproduction, lang)]
    repro_blocks.append(_ranges_table(analysis, lang))
    if reproduction.reproducible and not reproduction.dominance.decides:
        region = winning_slice(reproduction)
        if region is not None:
            repro_blocks += plots.make(
                (5.8, 5.0),
                lambda ax: plot_winning_slice(reproduction, region, ax=ax, lang=lang),
                f"{name}_winning_slice",
                t("fig_slice", lang),
            )
        repro_blocks += plots.make(
            (7.0, 0.5 * len(problem.criteria) + 1.5),
            lambda ax: plot_weight_ranges(reproduction, ax=ax, lang=lang),
            f"{name}_weight_ranges",
            t("fig_ranges", lang),
        )

    return [
        Section(problem.title.get(lang), tuple(blocks), anchor=f"decision-{name}"),
        Section(t("sensitivity", lang), tuple(sensitivity), level=2, anchor=f"sensitivity-{name}"),
        Section(
            t("reproduction", lang), tuple(repro_blocks), level=2, anchor=f"reproduction-{name}"
        ),
        Section(
            t("evidence_heading", lang),
            (_evidence_table(analysis, lang),),
            level=2,
            anchor=f"evidence-{name}",
        ),
    ]


def _acceptability_table(analysis: DecisionAnalysis, lang: Lang) -> Table:
    smaa = analysis.smaa
    problem = analysis.problem
    m = len(smaa.alternatives)
    columns = (
        t("alternative", lang),
        *(f"{t('rank', lang)} {r}" for r in range(1, m + 1)),
        t("confidence", lang),
    )
    rows = []
    raw = []
    for i, alternative in enumerate(smaa.alternatives):
        shares = [float(v) for v in smaa.rank_acceptability[i]]
        rows.append(
            (
                _label(problem, alternative, lang),
                *(_percent(s, lang) for s in shares),
                _percent(float(smaa.confidence[i]), lang),
            )
        )
        raw.append(
            (
                alternative,
                *shares,
                *(float(v) for v in smaa.rank_acceptability_se[i]),
                float(smaa.confidence[i]),
            )
        )
    return Table(
        columns,
        tuple(rows),
        caption=t("acceptability_caption", lang),
        data_name=f"rank_acceptability_{analysis.name}",
        raw_columns=(
            "alternative",
            *(f"rank_{r}" for r in range(1, m + 1)),
            *(f"rank_{r}_se" for r in range(1, m + 1)),
            "confidence",
        ),
        raw_rows=tuple(raw),
        numeric=(False, *([True] * (m + 1))),
        small=m > 4,
    )


def _ranges_table(analysis: DecisionAnalysis, lang: Lang) -> Table:
    result = analysis.reproduction
    problem = analysis.problem
    closest = result.closest
    central = result.central_weights
    rows = []
    raw = []
    for j, weight_range in enumerate(result.weight_ranges):
        values = (
            float(result.reference[j]),
            None if closest is None else float(closest[j]),
            None if central is None else float(central[j]),
            float(weight_range.low),
            float(weight_range.high),
        )
        rows.append((_criterion_label(problem, weight_range.criterion, lang), *values))
        raw.append((weight_range.criterion, *values))
    return Table(
        (
            t("criterion", lang),
            t("reference_weights", lang),
            t("closest_weights", lang),
            t("central_weights", lang),
            t("range_low", lang),
            t("range_high", lang),
        ),
        tuple(rows),
        caption=t("ranges_caption", lang, target=_label(problem, result.target, lang)),
        data_name=f"reproduction_{analysis.name}",
        raw_columns=("criterion", "reference", "closest", "central", "low", "high"),
        raw_rows=tuple(raw),
        numeric=(False, True, True, True, True, True),
    )


def _evidence_table(analysis: DecisionAnalysis, lang: Lang) -> Table:
    rows = []
    raw = []
    seen: set[tuple[str, str, str | None]] = set()
    for row in evidence_rows(analysis.problem, lang=lang):
        key = (row.kind, row.alternative, row.criterion)
        first_of_score = key not in seen
        seen.add(key)
        if row.kind == "score":
            what = row.criterion_label or ""
        elif row.kind == "screening":
            what = t("screened_out", lang)
        else:
            what = t("recommendation", lang)
        quote = row.quote or ""
        if row.assumption and first_of_score:
            quote = f"[{t('assumption', lang)}: {row.reason or ''}]" + (
                f" {quote}" if quote else ""
            )
        rows.append(
            (
                row.alternative_label,
                what,
                row.value,
                row.level,
                quote,
                row.section or "",
                row.gloss or "",
            )
        )
        raw.append(
            (
                row.kind,
                row.alternative,
                row.criterion,
                row.low,
                row.high,
                row.level,
                row.quote,
                row.section,
                row.gloss,
                row.assumption,
                row.reason,
            )
        )
    return Table(
        (
            t("alternative", lang),
            t("criterion", lang),
            t("value", lang),
            t("level", lang),
            t("quote", lang),
            t("section", lang),
            t("gloss", lang),
        ),
        tuple(rows),
        caption=t("evidence_caption", lang),
        data_name=f"evidence_{analysis.name}",
        raw_columns=(
            "kind",
            "alternative",
            "criterion",
            "low",
            "high",
            "level",
            "quote",
            "section",
            "gloss",
            "assumption",
            "reason",
        ),
        raw_rows=tuple(raw),
        numeric=(False, False, True, True, False, False, False),
        small=True,
    )


# -- across decisions ------------------------------------------------------------------


def _joint_section(joint: Any, lang: Lang) -> Section:
    from mcda.reproduction.sentences import joint_sentences

    blocks: list[Block] = [Paragraph(t("joint_intro", lang))]
    blocks += [Paragraph(s) for s in joint_sentences(joint, lang)]
    problem = joint.problems[0]
    rows = []
    raw = []
    for j, criterion in enumerate(joint.criterion_ids):
        closest = None if joint.closest is None else float(joint.closest[j])
        central = (
            None if joint.region.central_weights is None else float(joint.region.central_weights[j])
        )
        rows.append(
            (
                _criterion_label(problem, criterion, lang),
                float(joint.reference[j]),
                closest,
                central,
            )
        )
        raw.append((criterion, float(joint.reference[j]), closest, central))
    blocks.append(
        Table(
            (
                t("criterion", lang),
                t("reference_weights", lang),
                t("implied_weights", lang),
                t("central_weights", lang),
            ),
            tuple(rows),
            caption=t("joint_caption", lang, share=_percent(joint.share, lang)),
            data_name="reproduction_joint",
            raw_columns=("criterion", "reference", "implied", "central"),
            raw_rows=tuple(raw),
            numeric=(False, True, True, True),
        )
    )
    return Section(t("joint", lang), tuple(blocks), anchor="joint")


def _agreement_section(analyses: Sequence[DecisionAnalysis], lang: Lang, plots: _Plots) -> Section:
    from mcda.plotting.sensitivity import plot_agreement

    blocks: list[Block] = [Paragraph(t("agreement_intro", lang))]
    for analysis in analyses:
        agreement = analysis.agreement
        problem = analysis.problem
        methods = [r.method for r in agreement.rankings]
        rows = []
        raw = []
        for i, alternative in enumerate(agreement.alternatives):
            ranks = [int(r.ranks[i]) for r in agreement.rankings]
            rows.append((_label(problem, alternative, lang), *ranks))
            raw.append((alternative, *ranks))
        blocks.append(
            Table(
                (t("alternative", lang), *(method_title(m, lang) for m in methods)),
                tuple(rows),
                caption=f"{problem.title.get(lang)} — {t('agreement_caption', lang)}",
                data_name=f"method_agreement_{analysis.name}",
                raw_columns=("alternative", *methods),
                raw_rows=tuple(raw),
                small=True,
            )
        )
        for method, reason in agreement.not_applicable:
            blocks.append(
                Paragraph(
                    t("not_applicable", lang, method=method_title(method, lang), reason=reason)
                )
            )
        if len(agreement.rankings) >= 2 and len(agreement.alternatives) >= 3:
            blocks += plots.make(
                (6.0, 5.0),
                partial(plot_agreement, agreement, lang=lang),
                f"{analysis.name}_agreement",
                f"{problem.title.get(lang)} — {t('fig_agreement', lang)}",
            )
    return Section(t("agreement", lang), tuple(blocks), anchor="agreement")


def _financing_section(
    analyses: Sequence[DecisionAnalysis], settings: ReportSettings
) -> Section | None:
    """Financing per inhabitant of the ambition scenarios (the already loaded problem)."""
    lang = settings.lang
    ambition = Path(AMBITION_FILE).stem
    population_file = settings.case / POPULATION_FILE
    loaded = [a.problem for a in analyses if a.name == ambition]
    if not loaded or not population_file.exists():
        return None
    population = read_population(population_file)
    problem = loaded[0]
    rows = []
    raw = []
    for item in scenario_financing(problem, population.total, lang=lang):
        values = [getattr(item, field) for field in FINANCING_FIELDS]
        rounded = (
            f"{round(item.extra_per_inhabitant_mid)} / {round(item.extra_per_inhabitant_high)}"
        )
        rows.append((item.label, *values[1:], rounded))
        raw.append(tuple(values))
    return Section(
        t("financing", lang),
        (
            Paragraph(
                t(
                    "financing_intro",
                    lang,
                    grant=_number(BASIS_GRANT_MIO_DKK, lang, 2),
                    population=f"{population.total:,}".replace(",", "." if lang == "da" else ","),
                )
            ),
            Table(
                (
                    t("alternative", lang),
                    t("cost_low", lang),
                    t("cost_high", lang),
                    t("extra_low", lang),
                    t("extra_mid", lang),
                    t("extra_high", lang),
                    t("extra_rounded", lang),
                ),
                tuple(rows),
                caption=t("financing_caption", lang),
                data_name="financing",
                raw_columns=FINANCING_FIELDS,
                raw_rows=tuple(raw),
            ),
            Paragraph(t("financing_check", lang)),
        ),
        anchor="financing",
    )


def _assumptions_section(analyses: Sequence[DecisionAnalysis], lang: Lang) -> Section:
    rows: list[tuple[str, str, str, str, str]] = []
    raw = []
    for analysis in analyses:
        problem = analysis.problem
        for row in evidence_rows(problem, lang=lang, screening=False, recommendation=False):
            if not row.assumption:
                continue
            key = (
                problem.title.get(lang),
                row.alternative_label,
                row.criterion_label or "",
                row.value,
                row.reason or "",
            )
            if rows and rows[-1] == key:
                continue
            rows.append(key)
            raw.append(
                (analysis.name, row.alternative, row.criterion, row.low, row.high, row.reason)
            )
    return Section(
        t("assumptions", lang),
        (
            Paragraph(t("assumptions_intro", lang, count=str(len(rows)))),
            Table(
                (
                    t("problem", lang),
                    t("alternative", lang),
                    t("criterion", lang),
                    t("value", lang),
                    t("reason", lang),
                ),
                tuple(rows),
                caption=t("assumptions_caption", lang),
                data_name="assumptions",
                raw_columns=("decision", "alternative", "criterion", "low", "high", "reason"),
                raw_rows=tuple(raw),
                numeric=(False, False, False, True, False),
                small=True,
            ),
        ),
        anchor="assumptions",
    )


def _ahp_section(analyses: Sequence[DecisionAnalysis], lang: Lang) -> Section:
    from mcda.ahp.group import group_ahp

    rows: list[tuple[str, str, str, float | None, str]] = []
    for analysis in analyses:
        problem = analysis.problem
        sets: dict[str, list[Any]] = {}
        for judgement_set in problem.judgements:
            sets.setdefault(judgement_set.id, []).append(judgement_set)
        for set_id, members in sets.items():
            try:
                result = group_ahp(
                    {m.member or set_id: {(a, b): v for a, b, v in m.pairs} for m in members}
                )
            except McdaError as error:
                rows.append((problem.title.get(lang), set_id, "", None, str(error)))
                continue
            for member, member_result in zip(result.members, result.member_results, strict=True):
                rows.append(
                    (
                        problem.title.get(lang),
                        set_id,
                        member,
                        float(member_result.consistency_ratio),
                        "",
                    )
                )
    if not rows:
        return Section(t("ahp", lang), (Paragraph(t("ahp_none", lang)),), anchor="ahp")
    return Section(
        t("ahp", lang),
        (
            Paragraph(t("ahp_intro", lang)),
            Table(
                (
                    t("problem", lang),
                    t("judgement_set", lang),
                    t("member", lang),
                    "CR",
                    t("note", lang),
                ),
                tuple(rows),
                data_name="ahp_consistency",
            ),
        ),
        anchor="ahp",
    )


def _method_notes(settings: ReportSettings, lang: Lang) -> Section:
    return Section(
        t("method_notes", lang),
        (
            Paragraph(t("method_notes_topsis", lang)),
            Paragraph(
                t(
                    "method_notes_smaa",
                    lang,
                    samples=f"{settings.smaa_samples:,}".replace(",", "." if lang == "da" else ","),
                    seed=str(settings.seed),
                )
            ),
            Paragraph(t("method_notes_reproduction", lang)),
        ),
        anchor="method",
    )


def _footer(settings: ReportSettings, inputs: Sequence[Path]) -> tuple[tuple[str, str], ...]:
    lang = settings.lang
    rows = [
        (t("footer_version", lang), f"mcda {__version__}"),
        (t("footer_method", lang), method_title(settings.method, lang)),
        (t("footer_seed", lang), str(settings.seed)),
        (
            t("footer_samples", lang),
            t(
                "footer_samples_value",
                lang,
                smaa=str(settings.smaa_samples),
                reproduction=str(settings.reproduction_samples),
            ),
        ),
    ]
    root = Path.cwd().resolve()
    for path in inputs:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        try:
            shown = path.relative_to(root).as_posix()
        except ValueError:
            shown = path.name
        rows.append((f"SHA-256 {shown}", digest))
    return tuple(rows)
