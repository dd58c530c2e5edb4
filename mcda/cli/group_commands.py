"""``mcda group``: the directors' own weights, each and together, per decision.

    mcda group DIR [--case FILE|DIR] [--method topsis|weighted_sum]
                   [--format table|json] [--lang da|en]

Reads the folder of filled swing and AHP forms and weight CSVs (:func:`mcda.group.
read_directors`), ranks each decision with every director's weights and prints, per
decision, the findings, every director's weights and winner, the aggregate (mean and
AIJ) and the agreement (:func:`mcda.group.group_analysis`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mcda.case import DEFAULT_CASE, case_files
from mcda.cli.output import table, to_json
from mcda.i18n import check_lang, method_title, t
from mcda.model import Lang

if TYPE_CHECKING:
    from mcda.group import DecisionGroup, GroupAnalysis


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "group",
        help="the directors' weights from their filled forms: winners, aggregate, agreement",
    )
    parser.add_argument("folder", type=Path, metavar="DIR", help="the directors' filled forms")
    parser.add_argument(
        "--case",
        type=Path,
        default=DEFAULT_CASE,
        metavar="FILE|DIR",
        help=f"the decisions (default {DEFAULT_CASE})",
    )
    parser.add_argument(
        "--method",
        choices=("topsis", "weighted_sum"),
        default="topsis",
        help="ranking method, with each problem's normalisation (default topsis)",
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--lang", default="da", help="da (default) or en")
    parser.set_defaults(run=run_group)


def run_group(args: argparse.Namespace) -> str:
    from mcda.group import group_analysis, read_directors
    from mcda.problem_file import load_problem

    lang = check_lang(args.lang)
    problems = [load_problem(path) for path in case_files(args.case)]
    group = group_analysis(read_directors(args.folder, problems), problems, method=args.method)
    if args.format == "json":
        return to_json(group.as_json())
    return render(group, lang)


def _names(decision: DecisionGroup, winner: tuple[str, ...] | None, lang: Lang) -> str:
    if winner is None:
        return ""
    return " = ".join(decision.problem.alternative(a).label.get(lang) for a in winner)


def render(group: GroupAnalysis, lang: Lang) -> str:
    """Per decision: the sentences, then one row per director (and the aggregates)."""
    blocks = []
    for decision in group.decisions:
        problem = decision.problem
        lines = [f"== {problem.title.get(lang)} ({method_title(decision.method, lang)})"]
        lines += group.sentences(lang)[problem.id]
        if decision.members:
            criteria = problem.criterion_ids
            lines.append("")
            lines.append(
                t("group_legend", lang)
                + " "
                + "; ".join(f"{c.id} = {c.label.get(lang)}" for c in problem.criteria)
            )
            columns = ["member", "method", *criteria, "cr", "first"]
            headers = [
                t("whatif_director", lang),
                t("whatif_director_method", lang),
                *criteria,
                "CR",
                t("whatif_director_first", lang),
            ]
            if decision.winners_without is not None:
                columns.append("without")
                by = problem.recommendation.by if problem.recommendation else ""
                headers.append(t("group_first_without", lang, by=by))
            rows = []
            for i, member in enumerate(decision.members):
                row: dict[str, Any] = {
                    "member": member,
                    "method": decision.methods[i],
                    "cr": decision.consistency_ratios[i],
                    "first": _names(decision, decision.winners[i], lang),
                }
                row.update(zip(criteria, (float(w) for w in decision.weights[i]), strict=True))
                if decision.winners_without is not None:
                    row["without"] = _names(decision, decision.winners_without[i], lang)
                rows.append(row)
            aggregates: list[tuple[str, Any, Any, Any, float | None]] = [
                (
                    t("whatif_mean_row", lang),
                    decision.mean_weights,
                    decision.mean_winner,
                    decision.mean_winner_without,
                    None,
                )
            ]
            if decision.aij_weights is not None:
                aggregates.append(
                    (
                        t("whatif_aij_row", lang),
                        decision.aij_weights,
                        decision.aij_winner,
                        None,
                        decision.aij_consistency_ratio,
                    )
                )
            for name, weights, winner, without, ratio in aggregates:
                if weights is None:
                    continue
                row = {
                    "member": name,
                    "method": "",
                    "cr": ratio,
                    "first": _names(decision, winner, lang),
                }
                row.update(zip(criteria, (float(w) for w in weights), strict=True))
                if decision.winners_without is not None:
                    row["without"] = _names(decision, without, lang)
                rows.append(row)
            lines.append(table(rows, columns, headers, lang))
        blocks.append("\n".join(lines))
    if group.directors.ignored:
        blocks.append(
            "\n".join(
                t("group_ignored", lang, file=path.name, reason=reason)
                for path, reason in group.directors.ignored
            )
        )
    return "\n\n".join(blocks)
