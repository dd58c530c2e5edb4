"""``mcda case``, ``mcda evidence`` and ``mcda financing``: the built-in Klima Nord case.

``mcda case`` ranks every decision of a case folder (by default ``criteria/klimanord``)
with TOPSIS on each file's default weight profile and marks the recommender's (T11's)
choice; ``mcda evidence FILE`` lists every quote behind a file's scores; ``mcda
financing`` computes the extra financing per inhabitant of each ambition scenario.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mcda.case import AMBITION_FILE, DEFAULT_CASE, POPULATION_FILE, case_files
from mcda.cli.output import cell, table, to_csv, to_json
from mcda.cli.rank_commands import ranking_rows
from mcda.evidence import evidence_rows
from mcda.financing import (
    BASIS_GRANT_MIO_DKK,
    FINANCING_FIELDS,
    UNDERSPEND_MIO_DKK,
    municipal_shares,
    read_population,
    scenario_financing,
)
from mcda.formatting import format_number
from mcda.i18n import check_lang, default_profile_name, method_title, t
from mcda.model import Lang
from mcda.problem_file import load_problem
from mcda.ranking import RankingResult, rank

EVIDENCE_COLUMNS = (
    "kind",
    "alternative",
    "criterion",
    "value",
    "level",
    "level_text",
    "quote",
    "section",
    "gloss",
    "assumption",
    "reason",
)


def register(subparsers: Any) -> None:
    case = subparsers.add_parser(
        "case", help="rank every decision of the Klima Nord case and mark T11's choice"
    )
    case.add_argument(
        "--case", type=Path, default=DEFAULT_CASE, help=f"case folder (default {DEFAULT_CASE})"
    )
    case.add_argument("--method", default="topsis", help="ranking method (default topsis)")
    case.add_argument("--format", choices=("table", "json"), default="table")
    case.add_argument("--lang", default="da", help="language of labels: da (default) or en")
    case.set_defaults(run=run_case)

    evidence = subparsers.add_parser(
        "evidence", help="list every score of a problem file with its quote and rubric level"
    )
    evidence.add_argument("file", help="problem file (TOML)")
    evidence.add_argument("--format", choices=("table", "csv", "json"), default="table")
    evidence.add_argument("--lang", default="da", help="language of labels: da (default) or en")
    evidence.set_defaults(run=run_evidence)

    financing = subparsers.add_parser(
        "financing", help="extra financing per inhabitant of each ambition scenario"
    )
    financing.add_argument(
        "--case", type=Path, default=DEFAULT_CASE, help=f"case folder (default {DEFAULT_CASE})"
    )
    financing.add_argument(
        "--population",
        type=Path,
        help=f"population CSV (default: CASE/{POPULATION_FILE.as_posix()})",
    )
    financing.add_argument(
        "--basis-grant",
        type=float,
        default=BASIS_GRANT_MIO_DKK,
        help=f"yearly basis grant in mio DKK (default {BASIS_GRANT_MIO_DKK}, T11's figure)",
    )
    financing.add_argument("--format", choices=("table", "json"), default="table")
    financing.add_argument("--lang", default="da", help="language of labels: da (default) or en")
    financing.set_defaults(run=run_financing)


# -- mcda case ------------------------------------------------------------------------


def run_case(args: argparse.Namespace) -> str:
    lang = check_lang(args.lang)
    results = [rank(load_problem(path), None, method=args.method) for path in case_files(args.case)]
    if args.format == "json":
        return to_json(
            {
                "case": str(args.case),
                "method": results[0].method,
                "decisions": [_decision_json(result, lang) for result in results],
            }
        )
    blocks = [_decision_table(result, lang) for result in results]
    first = sum(
        1
        for result in results
        if result.problem.recommendation is not None
        and result.rank_of(result.problem.recommendation.alternative) == 1
    )
    stated = sum(1 for result in results if result.problem.recommendation is not None)
    by = ", ".join(
        dict.fromkeys(r.problem.recommendation.by for r in results if r.problem.recommendation)
    )
    summary = t("case_summary", lang, by=by or "-", first=str(first), total=str(stated))
    return "\n\n".join([*blocks, summary])


def _decision_json(result: RankingResult, lang: Lang) -> dict[str, Any]:
    problem = result.problem
    stated = problem.recommendation
    return {
        "problem": str(problem.path) if problem.path else problem.id,
        "id": problem.id,
        "title": problem.title.get(lang),
        "profile": problem.default_profile,
        "weights": {
            c: float(w) for c, w in zip(problem.criterion_ids, result.weights, strict=True)
        },
        "higher_is_better": result.higher_is_better,
        "recommendation": None
        if stated is None
        else {
            "by": stated.by,
            "alternative": stated.alternative,
            "rank": result.rank_of(stated.alternative),
            "runner_up": stated.runner_up,
            "runner_up_rank": None
            if stated.runner_up is None
            else result.rank_of(stated.runner_up),
            "eligible": len(result.alternatives),
        },
        "alternatives": [
            {k: row[k] for k in ("id", "label", "score", "rank", "screened_out", "note")}
            for row in ranking_rows(result, lang)
        ],
    }


def _decision_table(result: RankingResult, lang: Lang) -> str:
    problem = result.problem
    direction = t("higher_is_better" if result.higher_is_better else "lower_is_better", lang)
    header = [
        f"== {problem.title.get(lang)} ==",
        f"{method_title(result.method, lang)}, {t('score', lang).lower()}: {direction}; "
        f"{t('weights', lang).lower()}: {default_profile_name(problem, lang)} ("
        + ", ".join(
            f"{c.label.get(lang)} {cell(float(w), 2, lang)}"
            for c, w in zip(problem.criteria, result.weights, strict=True)
        )
        + ")",
    ]
    rows = sorted(
        ranking_rows(result, lang), key=lambda row: (row["rank"] is None, row["rank"] or 0)
    )
    columns = ["rank", "label", "score", "note", "screened_out"]
    body = table(rows, columns, [t(c, lang) for c in columns], lang)
    lines = [*header, body]
    stated = problem.recommendation
    if stated is not None:
        position = result.rank_of(stated.alternative)
        label = problem.alternative(stated.alternative).label.get(lang)
        if position is None:
            lines.append(t("choice_screened", lang, by=stated.by, label=label))
        else:
            lines.append(
                t(
                    "choice_rank",
                    lang,
                    by=stated.by,
                    label=label,
                    rank=str(position),
                    total=str(len(result.alternatives)),
                )
            )
    return "\n".join(lines)


# -- mcda evidence --------------------------------------------------------------------


def run_evidence(args: argparse.Namespace) -> str:
    lang = check_lang(args.lang)
    problem = load_problem(args.file)
    rows = [
        {
            "kind": row.kind,
            "alternative": row.alternative if args.format != "table" else row.alternative_label,
            "criterion": row.criterion if args.format != "table" else row.criterion_label,
            "value": row.value,
            "low": row.low,
            "high": row.high,
            "level": row.level,
            "level_text": row.level_text,
            "quote": row.quote,
            "section": row.section,
            "gloss": row.gloss,
            "assumption": row.assumption,
            "reason": row.reason,
        }
        for row in evidence_rows(problem, lang=lang)
    ]
    if args.format == "json":
        fields = ("kind", "alternative", "criterion", "low", "high", *EVIDENCE_COLUMNS[4:])
        return to_json([{k: row[k] for k in fields} for row in rows])
    if args.format == "csv":
        return to_csv(rows, EVIDENCE_COLUMNS)
    blocks = []
    for row in rows:
        kind = t(f"kind_{row['kind']}", lang)
        head = f"{row['alternative']} · {row['criterion']}"
        if row["kind"] == "score":
            head += f" = {row['value']}"
            if row["level"] is not None and str(row["level"]) != row["value"]:
                head += f" · {t('level', lang).lower()} {row['level']}"
        lines = [f"[{kind}] {head}"]
        if row["level_text"]:
            lines.append(f"  {t('rubric', lang)}: {row['level_text']}")
        if row["quote"]:
            lines.append(f"  {t('quote', lang)}: “{row['quote']}”")
            lines.append(f"  {t('section', lang)}: {row['section']}")
        if row["gloss"]:
            lines.append(f"  {t('gloss', lang)}: {row['gloss']}")
        if row["assumption"]:
            lines.append(f"  {t('assumption', lang)}: {row['reason']}")
        blocks.append("\n".join(lines))
    title = f"{problem.title.get(lang)} — {t('evidence', lang)} ({len(rows)})"
    return "\n\n".join([title, *blocks])


# -- mcda financing -------------------------------------------------------------------


def run_financing(args: argparse.Namespace) -> str:
    lang = check_lang(args.lang)
    problem = load_problem(args.case / AMBITION_FILE)
    population = read_population(args.population or args.case / POPULATION_FILE)
    rows = scenario_financing(problem, population.total, basis_grant=args.basis_grant, lang=lang)
    shares = municipal_shares(rows, population)
    if args.format == "json":
        return to_json(
            {
                "basis_grant": args.basis_grant,
                "underspend": UNDERSPEND_MIO_DKK,
                "population": population.total,
                "scenarios": [{k: getattr(row, k) for k in FINANCING_FIELDS} for row in rows],
                "municipalities": [
                    {k: getattr(share, k) for k in ("alternative", "municipality", "population",
                                                      "low", "mid", "high")}
                    for share in shares
                ],
            }
        )
    header = t(
        "financing_header",
        lang,
        grant=format_number(args.basis_grant, lang, 2),
        population=format_number(population.total, lang, 0),
        source=str(population.path),
    )

    def spread(mid: float, low: float, high: float, digits: int) -> str:
        if format_number(low, lang, digits) == format_number(high, lang, digits):
            return format_number(mid, lang, digits)
        return (
            f"{format_number(mid, lang, digits)} ({format_number(low, lang, digits)}–"
            f"{format_number(high, lang, digits)})"
        )

    def years(row: Any) -> str:
        if row.underspend_years_mid is None:
            return t("fin_not_needed", lang)
        return spread(
            row.underspend_years_mid,
            row.underspend_years_high or 0.0,  # the high cost end covers the fewest years
            row.underspend_years_low if row.underspend_years_low is not None else float("inf"),
            1,
        ).replace("inf", "∞")

    records = [
        {
            "label": row.label,
            "budget": "–".join(format_number(v, lang, 1) for v in (row.cost_low, row.cost_high)),
            "extra": spread(row.extra_mid, row.extra_low, row.extra_high, 2),
            "inhabitant": spread(
                row.extra_per_inhabitant_mid, row.extra_per_inhabitant_low,
                row.extra_per_inhabitant_high, 2,
            ),
            "years": years(row),
        }
        for row in rows
    ]
    columns = ["label", "budget", "extra", "inhabitant", "years"]
    headers = [t(k, lang) for k in ("fin_scenario", "fin_budget", "fin_extra",
                                    "fin_per_inhabitant", "fin_underspend")]
    body = table(records, columns, headers, lang)
    needing = [row for row in rows if row.extra_mid > 0]
    per_municipality = [
        {
            "municipality": name,
            **{
                row.alternative: format_number(
                    next(s.mid for s in shares
                         if s.alternative == row.alternative and s.municipality == name),
                    lang, 0,
                )
                for row in needing
            },
        }
        for name in population.municipalities
    ]
    municipal = table(
        per_municipality,
        ["municipality", *(row.alternative for row in needing)],
        [t("fin_municipality", lang), *(row.label for row in needing)],
        lang,
    )
    return "\n".join(
        [header, body, "", t("fin_municipal_header", lang), municipal, "",
         t("financing_footnote", lang)]
    )
