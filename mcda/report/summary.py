"""Page one: the answer for every decision, how firmly, and what would change it."""

from __future__ import annotations

from mcda.analysis import CaseAnalysis
from mcda.findings_text import (
    fragile_point,
    lead_sentence,
    modelling_point,
    requirements_point,
    thresholds_point,
)
from mcda.formatting import format_number, number_word
from mcda.i18n import t
from mcda.report.build import Context, decision_name
from mcda.report.document import Answers, Block, Card, Paragraph, Section

__all__ = ["short_title", "stated_line", "summary_section", "weights_note"]


def weights_note(context: Context) -> str:
    """What a weight and a share mean, in one paragraph (the summary's first words)."""
    lang = context.lang
    sizes = {len(d.problem.criteria) for d in context.decisions}
    equal = ""
    if len(sizes) == 1:
        (size,) = sizes
        equal = t("rp_equal_weight", lang, weight=format_number(1 / size, lang, 2))
    return t(
        "rp_summary_intro",
        lang,
        equal=equal,
        samples=format_number(context.settings.samples, lang, 0),
    )


def stated_line(context: Context, case: CaseAnalysis) -> str | None:
    """How many decisions the stated priorities reproduce (``None`` when none states
    priorities)."""
    wins, total = case.stated_reproduce(True)
    if total == 0 or context.decision_maker is None:
        return None
    wins_without, _ = case.stated_reproduce(False)
    lang = context.lang
    return t(
        "rp_stated_line",
        lang,
        by=context.decision_maker,
        wins=number_word(wins, lang),
        total=number_word(total, lang),
        wins_without=number_word(wins_without, lang),
    )


def short_title(context: Context, title: str) -> str:
    """A decision's title without the case's name: "Klima Nord: ambitionsniveau" →
    "Ambitionsniveau"."""
    prefix = f"{context.case_name}:"
    if title.startswith(prefix) and len(title) > len(prefix):
        rest = title[len(prefix) :].strip()
        return rest[:1].upper() + rest[1:]
    return title


def summary_section(context: Context, case: CaseAnalysis) -> Section:
    """The summary chapter: every decision's answer (the first screen), a note on the
    numbers, what could change each answer, and the financing and the stated
    priorities in a line each."""
    from mcda.report.across import financing_line

    lang = context.lang
    answers = []
    cards: list[Block] = []
    for analysis, found in zip(case.decisions, context.found, strict=True):
        title = short_title(context, analysis.problem.title.get(lang))
        target = f"decision-{decision_name(analysis.problem)}"
        answers.append((title, lead_sentence(found, lang, by=context.decision_maker), target))
        points = [
            point(found, lang)
            for point in (requirements_point, thresholds_point, modelling_point, fragile_point)
        ]
        if found.verdict == "dominates":
            points = [points[0]]
        kept = tuple(p for p in points if p)
        if kept:
            cards.append(Card(title=title, lead="", points=kept, target=target))
    blocks: list[Block] = [Answers(tuple(answers)), Paragraph(weights_note(context), kind="note")]
    if cards:
        blocks.append(Paragraph(t("rp_what_could_change", lang), kind="subhead"))
        blocks += cards
    for line in (financing_line(context), stated_line(context, case)):
        if line:
            blocks.append(Paragraph(line, kind="finding"))
    if context.settings.whatif:
        blocks.append(Paragraph(t("rp_whatif_link", lang), kind="note", href="whatif.html"))
    return Section(t("rp_summary", lang), tuple(blocks), anchor="summary")
