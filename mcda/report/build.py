"""Build the report of a case as a :class:`~mcda.report.document.Document`.

One analysis per decision (:func:`mcda.analysis.analyse_case`, one seed), read into
findings (:mod:`mcda.findings`) and laid out in this order:

1. the summary: one card per decision with the answer and how firmly (page one);
2. per decision a chapter: the question, the criteria, the scores as a heat map, the
   contribution bars and — where the answer is not settled by dominance — how the
   weights, the requirements, the modelling choices and the assumptions move it;
3. across the decisions: the stated priorities and, for Klima Nord, the financing;
4. appendices (collapsed in HTML): evidence, assumptions, SMAA tables, weight
   sensitivity, modelling choices, stated priorities, financing per municipality, data
   checks, method notes; and a reproducibility footer.

Nothing is computed twice: every number a reader sees comes from the one analysis
object. Names, the decision maker and the source come from the problem files.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from mcda import __version__
from mcda.analysis import CaseAnalysis, DecisionAnalysis, ReproductionOptions, analyse_case
from mcda.case import DEFAULT_CASE, POPULATION_FILE, case_files
from mcda.findings import Findings, findings
from mcda.formatting import format_number, number_word
from mcda.i18n import method_title, t
from mcda.model import Lang, Problem
from mcda.problem_file import load_problem
from mcda.report.document import Document, Section
from mcda.report.figures import Plots

__all__ = [
    "DEFAULT_ROBUSTNESS_SAMPLES",
    "DEFAULT_SAMPLES",
    "DEFAULT_SEED",
    "Context",
    "ReportSettings",
    "build_case_report",
    "decision_name",
]

#: The seed of every random draw in the report.
DEFAULT_SEED = 2026
#: Weight samples per decision for SMAA and the reproduction (a share's standard
#: error ≤ 0.0035 at 20 000, well inside the whole per cent the report prints).
DEFAULT_SAMPLES = 20_000
#: Weight samples per modelling choice in the robustness analysis.
DEFAULT_ROBUSTNESS_SAMPLES = 4_000

#: ``progress(done, total)`` after each stage.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportSettings:
    """What the report analyses and how (everything the footer records)."""

    case: Path = DEFAULT_CASE
    lang: Lang = "da"
    method: str = "topsis"
    seed: int = DEFAULT_SEED
    samples: int = DEFAULT_SAMPLES
    robustness_samples: int = DEFAULT_ROBUSTNESS_SAMPLES
    today: date | None = None
    figures: bool = True
    weights_from: Path | None = None
    whatif: bool = True


@dataclass(frozen=True)
class Context:
    """What every part of the report needs: the language, the figure maker, the case's
    name, decision maker and source, and the settings."""

    lang: Lang
    plots: Plots
    settings: ReportSettings
    case_name: str
    decision_maker: str | None
    source: tuple[str, str | None] | None
    decisions: tuple[DecisionAnalysis, ...] = field(default=())
    found: tuple[Findings, ...] = field(default=())
    financing: object | None = None  # mcda.report.across.Financing, read once


def decision_name(problem: Problem) -> str:
    """The short name of a decision in file names and anchors (its file's stem)."""
    return problem.path.stem if problem.path is not None else problem.id


def _case_name(problems: Sequence[Problem], case: Path, lang: Lang) -> str:
    """The case's name: the title prefix before ":" most of its decisions share, else
    the single decision's title, else the folder's name."""
    if len(problems) == 1:
        return problems[0].title.get(lang)
    prefixes = Counter(
        p.title.get(lang).split(":", 1)[0].strip() for p in problems if ":" in p.title.get(lang)
    )
    if prefixes:
        name, count = prefixes.most_common(1)[0]
        if count >= 2:
            return name
    return case.stem


def _decision_maker(problems: Sequence[Problem]) -> str | None:
    found = Counter(p.recommendation.by for p in problems if p.recommendation is not None)
    return found.most_common(1)[0][0] if found else None


def _source(problems: Sequence[Problem]) -> tuple[str, str | None] | None:
    """The most cited source's title and language."""
    titles = Counter((s.title, s.lang) for p in problems for s in p.sources if s.title)
    return titles.most_common(1)[0][0] if titles else None


def _inputs(case: Path, problems: Sequence[Problem]) -> list[Path]:
    paths = [p.path for p in problems if p.path is not None]
    paths += [s.path for p in problems for s in p.sources if s.path is not None]
    folder = case if case.is_dir() else case.parent
    if (folder / POPULATION_FILE).exists():
        paths.append(folder / POPULATION_FILE)
    return list(dict.fromkeys(Path(p).resolve() for p in paths))


def build_case_report(settings: ReportSettings, progress: Progress | None = None) -> Document:
    """The whole report of ``settings.case`` (see the module docstring)."""
    from mcda.report import across, appendix, decision, directors, summary

    lang = settings.lang
    problems = [load_problem(path) for path in case_files(settings.case)]
    forms = None
    if settings.weights_from is not None:  # read (and checked) before the long work
        from mcda.group import read_directors

        forms = read_directors(settings.weights_from, problems)
    stages = 6 * len(problems) + 1
    done = 0

    def tick(*_: object) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(min(done, stages - 1), stages)

    case: CaseAnalysis = analyse_case(
        problems,
        method=settings.method,
        n_samples=settings.samples,
        rng=settings.seed,
        robustness_samples=settings.robustness_samples,
        reproduction=lambda _: ReproductionOptions(flips=False, ranges=False),
        progress=tick,
    )
    context = Context(
        lang=lang,
        plots=Plots(settings.figures),
        settings=settings,
        case_name=_case_name(problems, settings.case, lang),
        decision_maker=_decision_maker(problems),
        source=_source(problems),
        decisions=case.decisions,
        found=tuple(findings(d) for d in case.decisions),
        financing=across.case_financing(settings.case, case.decisions, lang),
    )
    sections: list[Section] = [summary.summary_section(context, case)]
    for index, (analysis, found) in enumerate(zip(case.decisions, context.found, strict=True)):
        sections += decision.decision_chapter(context, analysis, found, first=index == 0)
    sections += across.across_chapter(context, case)
    group = None
    if forms is not None:
        from mcda.group import group_analysis

        group = group_analysis(forms, case.decisions)
    sections.append(directors.directors_section(context, group))
    sections += appendix.appendices(context, case)
    extra = directors.directors_appendix(context, group)
    if extra is not None:
        sections.insert(len(sections) - 1, extra)  # before the method notes
    files: tuple[tuple[str, bytes], ...] = ()
    if settings.whatif:
        from mcda.whatif import whatif_page

        files = (("whatif.html", whatif_page(case.decisions, lang=lang, group=group).encode()),)
    if progress is not None:
        progress(stages, stages)
    today = settings.today or date.today()
    count = len(problems)
    return Document(
        title=t("rp_title", lang, case=context.case_name),
        subtitle=t(
            "rp_subtitle_one" if count == 1 else "rp_subtitle",
            lang,
            count=number_word(count, lang, capital=True),
        ),
        lang=lang,
        sections=tuple(sections),
        footer=_footer(settings, _inputs(settings.case, problems)),
        date_line=f"{t('report_date', lang)}: {today.isoformat()}",
        appendix_title=t("rp_appendices", lang),
        contents_title=t("rp_contents", lang),
        data=(_summary_data(context),),
        files=files,
        source=context.source[0] if context.source else None,
        source_lang=context.source[1] if context.source and context.source[1] != lang else None,
        source_label=t("rp_source", lang),
    )


def _summary_data(context: Context) -> tuple[str, tuple[str, ...], tuple[tuple[object, ...], ...]]:
    """Every decision's findings in one CSV row (``data/summary.csv``)."""
    columns = (
        "decision", "verdict", "choice", "first", "choice_share", "family", "family_share",
        "first_without_requirements", "choice_share_without_requirements",
        "modelling_wins", "modelling_total", "fragile_assumptions",
    )  # fmt: skip
    rows = []
    for analysis, found in zip(context.decisions, context.found, strict=True):
        modelling = found.modelling
        rows.append(
            (
                decision_name(analysis.problem), found.verdict, found.choice,
                " = ".join(found.first), found.share, found.family, found.family_share,
                None if found.without_first is None else " = ".join(found.without_first),
                found.without_share,
                None if modelling is None else modelling.wins,
                None if modelling is None else modelling.total,
                ";".join(f"{f.alternative}.{f.criterion}{f.shift:+g}" for f in found.fragile),
            )
        )  # fmt: skip
    return ("summary", columns, tuple(rows))


def _footer(settings: ReportSettings, inputs: Sequence[Path]) -> tuple[tuple[str, str], ...]:
    lang = settings.lang
    rows = [
        (t("footer_version", lang), f"mcda {__version__}"),
        (t("footer_method", lang), method_title(settings.method, lang)),
        (t("footer_seed", lang), str(settings.seed)),
        (
            t("footer_samples", lang),
            t(
                "rp_footer_samples",
                lang,
                samples=format_number(settings.samples, lang, 0),
                robustness=format_number(settings.robustness_samples, lang, 0),
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
