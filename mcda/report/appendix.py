"""The appendices (collapsed in HTML): the evidence behind every score, the assumptions
and contested readings, the stated priorities, the data checks and the method notes;
the number-heavy ones come from :mod:`mcda.report.appendix_numbers`."""

from __future__ import annotations

import math

from mcda.analysis import CaseAnalysis, DecisionAnalysis
from mcda.diagnostics import describe
from mcda.evidence import evidence_rows
from mcda.formatting import format_number, format_plain, join_names
from mcda.i18n import method_title, t
from mcda.model import Lang, Problem
from mcda.report.build import Context, decision_name
from mcda.report.document import Block, Cell, Paragraph, Section, Table
from mcda.robustness import DEFAULT_METHODS

__all__ = ["appendices"]


def quote_lang(problem: Problem) -> str | None:
    """The language of ``problem``'s quotes: its sources' language when they agree."""
    found = {s.lang for s in problem.sources}
    return found.pop() if len(found) == 1 else None


def _value(low: float | None, high: float | None, lang: Lang) -> str:
    if low is None or high is None:
        return ""
    a, b = format_plain(low, lang), format_plain(high, lang)
    return a if low == high else f"{a}–{b}"


def _quote(text: str | None, lang: Lang, source: str | None) -> Cell:
    """A quote in its own language, marked when it differs from the report's."""
    return Cell(text or "", lang=None if source in (None, lang) else source)


def _evidence_table(problem: Problem, lang: Lang) -> Table:
    """One row per quote; the English report adds each quote's gloss."""
    rows, raw = [], []
    source = quote_lang(problem)
    glosses = lang == "en" and source not in (None, lang)  # glosses are English
    for row in evidence_rows(problem, lang=lang):
        if row.kind == "score":
            what = row.criterion_label or ""
        elif row.kind == "recommendation":
            what = t("rp_recommendation", lang)
        else:
            what = row.criterion_label or ""
        quote = row.quote
        cells: list[object] = [
            row.alternative_label or t("rp_requirement", lang),
            what,
            Cell(_value(row.low, row.high, lang), numeric=True),
            _quote(quote, lang, source) if quote else Cell(t("rp_no_quote", lang), note=row.reason),
            Cell(row.section or "", lang=None if source in (None, lang) else source),
        ]
        if glosses:
            cells.append(row.gloss or "")
        rows.append(tuple(cells))
        raw.append(
            (row.kind, row.alternative, row.criterion, row.low, row.high, row.level,
             row.quote, row.section, row.gloss, row.assumption, row.reason)
        )  # fmt: skip
    columns = [
        t("alternative", lang),
        t("rp_what", lang),
        t("value", lang),
        t("quote", lang),
        t("section", lang),
    ]
    if glosses:
        columns.append(t("rp_gloss", lang))
    return Table(
        tuple(columns),
        tuple(rows),
        caption=problem.title.get(lang),
        data_name=f"evidence_{decision_name(problem)}",
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
        small=True,
    )


def _evidence(context: Context) -> Section:
    lang = context.lang
    blocks: list[Block] = [Paragraph(t("rp_evidence_intro", lang))]
    blocks += [_evidence_table(d.problem, lang) for d in context.decisions]
    return Section(t("rp_app_evidence", lang), tuple(blocks), anchor="evidence", appendix=True)


def _assumptions(context: Context) -> Section:
    """Every assumed and every contested score, with the file's reason."""
    lang = context.lang
    rows, raw = [], []
    for analysis in context.decisions:
        problem = analysis.problem
        for alternative in problem.alternatives:
            for criterion in problem.criteria:
                score = problem.scores.get(alternative.id, {}).get(criterion.id)
                if score is None or not (score.assumption or score.contested):
                    continue
                kind = t("rp_contested" if score.contested else "rp_assumed", lang)
                reason = score.reason_text.get(lang) if score.reason_text else (score.reason or "")
                rows.append(
                    (
                        problem.title.get(lang),
                        alternative.label.get(lang),
                        criterion.label.get(lang),
                        Cell(_value(score.low, score.high, lang), numeric=True),
                        kind,
                        reason,
                    )
                )
                raw.append(
                    (decision_name(problem), alternative.id, criterion.id, score.low,
                     score.high, score.contested, score.reason)
                )  # fmt: skip
    intro = t("rp_assumptions_intro", lang, count=str(len(rows)))
    table = Table(
        (
            t("problem", lang),
            t("alternative", lang),
            t("criterion", lang),
            t("value", lang),
            t("rp_kind", lang),
            t("reason", lang),
        ),
        tuple(rows),
        data_name="assumptions",
        raw_columns=("decision", "alternative", "criterion", "low", "high", "contested", "reason"),
        raw_rows=tuple(raw),
        small=True,
    )
    return Section(
        t("rp_app_assumptions", lang),
        (Paragraph(intro), table),
        anchor="assumptions",
        appendix=True,
    )


def _judgement_table(analysis: DecisionAnalysis, lang: Lang) -> Table | None:
    from mcda.report.across import stated_judgements

    stated = analysis.stated
    problem = analysis.problem
    judgements = stated_judgements(analysis)
    if stated is None or judgements is None:
        return None
    rows = []
    for index, (a, b, value) in enumerate(judgements.pairs):
        reason = judgements.reasons[index] if index < len(judgements.reasons) else None
        evidence = judgements.evidence[index] if index < len(judgements.evidence) else ()
        quotes = " … ".join(e.quote for e in evidence)
        rows.append(
            (
                problem.criterion(a).label.get(lang),
                problem.criterion(b).label.get(lang),
                Cell(format_plain(value, lang), numeric=True),
                reason.get(lang) if reason is not None else "",
                _quote(quotes, lang, quote_lang(problem)),
            )
        )
    ratio = stated.consistency_ratio
    weights = ", ".join(
        f"{c.label.get(lang)} {format_number(float(w), lang, 2)}"
        for c, w in zip(problem.criteria, stated.weights, strict=True)
    )
    return Table(
        (
            t("rp_more_important", lang),
            t("rp_than", lang),
            t("rp_saaty", lang),
            t("reason", lang),
            t("quote", lang),
        ),
        tuple(rows),
        caption=t(
            "rp_judgements_caption",
            lang,
            title=problem.title.get(lang),
            weights=weights,
            cr="–" if ratio is None else format_number(ratio, lang, 2),
        ),
        small=True,
    )


def _stated(context: Context) -> Section | None:
    lang = context.lang
    tables = [_judgement_table(d, lang) for d in context.decisions]
    found = [table for table in tables if table is not None]
    if not found:
        return None
    from mcda.report.across import minimal_set

    blocks: list[Block] = [
        Paragraph(t("rp_judgements_intro", lang, by=context.decision_maker or ""))
    ]
    if all(minimal_set(d) for d in context.decisions if d.stated is not None):
        blocks.append(Paragraph(t("rp_cr_tree", lang), kind="note"))
    blocks += found
    return Section(
        t("rp_app_stated", lang), tuple(blocks), anchor="stated-priorities", appendix=True
    )


def _checks(context: Context) -> Section:
    """Every finding of the data checks, acknowledged ones with the file's reason."""
    lang = context.lang
    rows = []
    for analysis in context.decisions:
        problem = analysis.problem
        acknowledged = set(map(id, analysis.diagnosis.acknowledged))
        for finding in analysis.diagnosis.findings:
            rows.append(
                (
                    problem.title.get(lang),
                    describe(finding, problem, lang),
                    t("rp_acknowledged" if id(finding) in acknowledged else "rp_open", lang),
                )
            )
    if not rows:
        return Section(
            t("rp_app_checks", lang),
            (Paragraph(t("rp_checks_none", lang)),),
            anchor="checks",
            appendix=True,
        )
    table = Table(
        (t("problem", lang), t("rp_finding", lang), t("rp_status", lang)),
        tuple(rows),
        small=True,
    )
    return Section(
        t("rp_app_checks", lang),
        (Paragraph(t("rp_checks_intro", lang)), table),
        anchor="checks",
        appendix=True,
    )


def _methods(context: Context) -> Section:
    lang = context.lang
    settings = context.settings
    keys = ("rp_method_values", "rp_method_topsis", "rp_method_smaa", "rp_method_stability",
            "rp_method_robustness", "rp_method_fragile", "rp_method_stated")  # fmt: skip
    fields = {
        "method": method_title(
            context.decisions[0].method if context.decisions else settings.method, lang
        ),
        "samples": format_number(settings.samples, lang, 0),
        "robustness": format_number(settings.robustness_samples, lang, 0),
        "seed": str(settings.seed),
        "se": format_number(50 / math.sqrt(settings.samples), lang, 1),
        "methods": join_names([method_title(m, lang) for m in DEFAULT_METHODS], lang),
    }
    blocks = tuple(Paragraph(t(key, lang, **fields)) for key in keys)
    return Section(t("rp_app_methods", lang), blocks, anchor="methods", appendix=True)


def appendices(context: Context, case: CaseAnalysis) -> list[Section]:
    """Every appendix, in reading order."""
    from mcda.report import appendix_numbers

    sections = [_evidence(context), _assumptions(context)]
    sections += appendix_numbers.sections(context, case)
    stated = _stated(context)
    if stated is not None:
        sections.append(stated)
    sections += [_checks(context), _methods(context)]
    return sections
