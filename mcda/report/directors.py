"""The directors' own weights (``mcda report --weights-from DIR``): per decision every
director's winner, the group's aggregate and how far they agree — or, without a folder,
one plain sentence saying that they are not included."""

from __future__ import annotations

from mcda.formatting import format_number, format_share
from mcda.group import GroupAnalysis, group_sentences
from mcda.i18n import t
from mcda.report.build import Context, decision_name
from mcda.report.document import Block, Cell, Items, Paragraph, Section, Table

__all__ = ["directors_appendix", "directors_section"]


def _label(problem: object, alternatives: tuple[str, ...] | None, lang: str) -> str:
    if not alternatives:
        return "–"
    return " = ".join(problem.alternative(a).label.get(lang) for a in alternatives)  # type: ignore[attr-defined]


def _overview(context: Context, group: GroupAnalysis) -> Table:
    lang = context.lang
    rows = []
    for decision in group.decisions:
        problem = decision.problem
        counts = ", ".join(
            f"{_label(problem, first, lang)}: {count}" for first, count in decision.winner_counts()
        )
        share = decision.choice_share
        rows.append(
            (
                problem.title.get(lang),
                Cell(str(len(decision.members)), numeric=True),
                counts or "–",
                _label(problem, decision.mean_winner, lang),
                _label(problem, decision.aij_winner, lang),
                Cell(
                    "–"
                    if decision.kendall_w is None
                    else format_number(decision.kendall_w, lang, 2),
                    numeric=True,
                ),
                Cell("–" if share is None else format_share(share, lang, 0), numeric=True),
            )
        )
    return Table(
        (
            t("problem", lang),
            t("rp_directors_count", lang),
            t("rp_directors_winners", lang),
            t("rp_directors_mean", lang),
            t("rp_directors_aij", lang),
            t("rp_directors_w", lang),
            t("rp_directors_share", lang, by=context.decision_maker or ""),
        ),
        tuple(rows),
        caption=t("rp_directors_caption", lang),
        legend=t("rp_directors_legend", lang),
        small=True,
    )


def directors_section(context: Context, group: GroupAnalysis | None) -> Section:
    """The main body's section on the directors' weights (short when there are none)."""
    lang = context.lang
    sentences = group_sentences(group, lang)
    if group is None:
        blocks: tuple[Block, ...] = (Paragraph(sentences[""][0]),)
        return Section(t("rp_directors", lang), blocks, anchor="directors")
    items = []
    for decision in group.decisions:
        for line in sentences.get(decision.problem.id, []):
            items.append(line)
    body: list[Block] = [
        Paragraph(t("rp_directors_intro", lang, folder=group.directors.folder.name))
    ]
    body.append(_overview(context, group))
    if items:
        body.append(Items(tuple(items)))
    return Section(t("rp_directors", lang), tuple(body), anchor="directors")


def directors_appendix(context: Context, group: GroupAnalysis | None) -> Section | None:
    """Every director's weights and winner per decision (``None`` without a folder)."""
    if group is None:
        return None
    lang = context.lang
    sentences = group_sentences(group, lang)
    blocks: list[Block] = []
    for decision in group.decisions:
        problem = decision.problem
        if sentences.get(problem.id):
            blocks.append(Items(tuple(sentences[problem.id])))
        rows, raw = [], []
        for index, member in enumerate(decision.members):
            weights = decision.weights[index]
            ratio = decision.consistency_ratios[index]
            without = decision.winners_without[index] if decision.winners_without else None
            rows.append(
                (
                    member,
                    _method(decision.methods[index], lang),
                    ", ".join(format_number(float(w), lang, 2) for w in weights),
                    _label(problem, decision.winners[index], lang),
                    _label(problem, without, lang) if decision.winners_without else "–",
                    Cell("–" if ratio is None else format_number(ratio, lang, 2), numeric=True),
                )
            )
            shown_without = None if without is None else " = ".join(without)
            raw.append(
                (member, decision.methods[index], *(float(w) for w in weights),
                 " = ".join(decision.winners[index]), shown_without, ratio)
            )  # fmt: skip
        criteria = ", ".join(c.label.get(lang) for c in problem.criteria)
        blocks.append(
            Table(
                (
                    t("rp_director", lang),
                    t("rp_elicitation", lang),
                    t("rp_weights_in_order", lang),
                    t("rp_first_with", lang),
                    t("rp_first_without", lang),
                    t("rp_cr", lang),
                ),
                tuple(rows),
                caption=t(
                    "rp_director_caption", lang, title=problem.title.get(lang), criteria=criteria
                ),
                data_name=f"directors_{decision_name(problem)}",
                raw_columns=(
                    "member",
                    "method",
                    *problem.criterion_ids,
                    "first",
                    "first_without_requirements",
                    "consistency_ratio",
                ),
                raw_rows=tuple(raw),
                small=True,
            )
        )
    return Section(
        t("rp_app_directors", lang), tuple(blocks), anchor="directors-weights", appendix=True
    )


def _method(method: str, lang: str) -> str:
    """How a director gave the weights, in words (the what-if page's names)."""
    from mcda.i18n import TRANSLATIONS

    key = f"whatif_method_{method.lower()}"
    return t(key, lang) if key in TRANSLATIONS else method  # type: ignore[arg-type]
