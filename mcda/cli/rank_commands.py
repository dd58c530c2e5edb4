"""``mcda rank``, ``mcda validate`` and ``mcda methods``."""

from __future__ import annotations

import argparse
from typing import Any

from mcda.cli.output import FORMATS, cell, table, to_csv, to_json
from mcda.cli.params import add_param_argument, apply_params
from mcda.i18n import TRANSLATIONS, check_lang, method_title, t
from mcda.methods import METHODS
from mcda.model import Lang, Problem
from mcda.problem_file import load_problem
from mcda.ranking import RankingResult, rank
from mcda.weights import parse_weight_spec


def register(subparsers: Any) -> None:
    ranking = subparsers.add_parser("rank", help="rank the alternatives of a problem file")
    ranking.add_argument("file", help="problem file (TOML)")
    ranking.add_argument(
        "--method", default="topsis", help="ranking method (see 'mcda methods'; default topsis)"
    )
    ranking.add_argument(
        "--weights",
        help="a weight profile of the file, 'criterion=weight,...' for every criterion, "
        "'swing:criterion=rating,...' (top swing 100), 'roc:a>b>...' (a ranking) "
        "(default: the file's default profile, else equal weights)",
    )
    add_param_argument(ranking)
    add_format_and_lang(ranking)
    ranking.set_defaults(run=run_rank)

    validate = subparsers.add_parser("validate", help="check a problem file and summarise it")
    validate.add_argument("file", help="problem file (TOML)")
    validate.add_argument("--lang", default="da", help="language of labels: da (default) or en")
    validate.set_defaults(run=run_validate)

    methods = subparsers.add_parser("methods", help="list the ranking methods")
    methods.add_argument("--format", choices=("table", "json"), default="table")
    methods.add_argument("--lang", default="da", help="language of the table: da (default) or en")
    methods.set_defaults(run=run_methods)


def add_format_and_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    parser.add_argument("--lang", default="da", help="language of labels: da (default) or en")


def weights_argument(problem: Problem, spec: str | None) -> Any:
    """``--weights``: a profile name, ``crit=w,...`` for every criterion, or elicited
    swings (``swing:crit=100,...``) or a ranking (``roc:a>b>...``; see
    :mod:`mcda.weight_sources`)."""
    from mcda.weight_sources import ELICITED_PREFIXES

    if spec is None or "=" not in spec or spec.startswith(ELICITED_PREFIXES):
        return spec
    return parse_weight_spec(spec, problem.criterion_ids)


def run_rank(args: argparse.Namespace) -> str:
    lang = check_lang(args.lang)
    problem = apply_params(load_problem(args.file), args.method, args.param)
    result = rank(problem, weights_argument(problem, args.weights), method=args.method)
    return render_ranking(result, args.format, lang)


def ranking_rows(result: RankingResult, lang: Lang) -> list[dict[str, Any]]:
    """One row per alternative in file order, with T11's (the recommender's) choice noted."""
    problem = result.problem
    recommendation = problem.recommendation
    ranked = dict(zip(result.alternatives, zip(result.scores, result.ranks, strict=True),
                      strict=True))  # fmt: skip
    screened = {s.alternative: s.reason(lang) for s in result.screened}
    rows = []
    for alternative in problem.alternatives:  # file order, as RankingResult.to_frame
        note = None
        if recommendation is not None and alternative.id == recommendation.alternative:
            note = t("choice_of", lang, by=recommendation.by)
        elif recommendation is not None and alternative.id == recommendation.runner_up:
            note = t("runner_up_of", lang, by=recommendation.by)
        score, rank_ = ranked.get(alternative.id, (None, None))
        rows.append(
            {
                "id": alternative.id,
                "label": alternative.label.get(lang),
                "score": None if score is None else float(score),
                "rank": None if rank_ is None else int(rank_),
                "screened_out": screened.get(alternative.id),
                "note": note,
            }
        )
    return rows


def render_ranking(result: RankingResult, output_format: str, lang: Lang) -> str:
    problem = result.problem
    rows = ranking_rows(result, lang)
    weights = {c: float(w) for c, w in zip(problem.criterion_ids, result.weights, strict=True)}
    if output_format == "json":
        return to_json(
            {
                "problem": str(problem.path) if problem.path else problem.id,
                "method": result.method,
                "higher_is_better": result.higher_is_better,
                "weights": weights,
                "alternatives": [
                    {k: row[k] for k in ("id", "label", "score", "rank", "screened_out", "note")}
                    for row in rows
                ],
            }
        )
    columns = ["rank", "id", "label", "score", "screened_out", "note"]
    if output_format == "csv":
        return to_csv(rows, columns)
    title = METHODS[result.method].title if result.method in METHODS else t(result.method, lang)
    direction = t("higher_is_better" if result.higher_is_better else "lower_is_better", lang)
    header = [
        f"{problem.title.get(lang)} — {title} ({t('score', lang).lower()}: {direction})",
        f"{t('weights', lang)}: "
        + ", ".join(
            f"{c.label.get(lang)} {cell(float(w), 3, lang)}"
            for c, w in zip(problem.criteria, result.weights, strict=True)
        ),
        "",
    ]
    ordered = sorted(rows, key=lambda row: (row["rank"] is None, row["rank"] or 0))
    headers = [t(c if c != "id" else "alternative", lang) for c in columns]
    return "\n".join(header) + table(ordered, columns, headers, lang)


def run_validate(args: argparse.Namespace) -> str:
    lang = check_lang(args.lang)
    problem = load_problem(args.file)
    scores = [s for row in problem.scores.values() for s in row.values()]
    assumptions = sum(s.assumption for s in scores)
    screened = problem.screening()
    parts = [
        f"{len(problem.alternatives)} {t('alternatives_count', lang)}",
        f"{len(problem.criteria)} {t('criteria_count', lang)}",
        f"{len(scores)} {t('scores_count', lang)} ({assumptions} {t('assumptions_count', lang)})",
        f"{len(problem.profiles)} {t('profiles_count', lang)}",
        f"{len(screened)} {t('screened_count', lang)}",
    ]
    from mcda.diagnostics import describe, diagnose

    lines = [f"{args.file}: {t('valid', lang)}: {problem.title.get(lang)}: " + ", ".join(parts)]
    lines.append(f"{t('normalization', lang)}: {t(f'normalization_{problem.normalization}', lang)}")
    if problem.untranslated:  # texts given in one language: shown in the other
        missing = [field for field, missing_lang in problem.untranslated if missing_lang == lang]
        if missing:
            count, fields = str(len(missing)), ", ".join(missing)
            lines.append(t("untranslated", lang, count=count, fields=fields))
    findings = diagnose(problem).findings
    lines.append(f"{t('diagnostics', lang)}:" + ("" if findings else f" {t('diag_none', lang)}"))
    lines.extend(f"  - {describe(finding, problem, lang)}" for finding in findings)
    return "\n".join(lines)


def run_methods(args: argparse.Namespace) -> str:
    lang = check_lang(args.lang)
    rows = [
        {
            "name": m.name,
            "title": method_title(m.name, lang) if f"method_{m.name}" in TRANSLATIONS else m.title,
            "best": t("higher_is_better" if m.higher_is_better else "lower_is_better", lang),
            "parameters": ", ".join(
                name if default is None else f"{name}={default}"
                for name, default in m.parameters.items()
            ),
            "reference": m.reference,
        }
        for m in METHODS.values()
    ]
    if args.format == "json":
        return to_json([{**row, "parameters": dict(METHODS[row["name"]].parameters)}
                        for row in rows])  # fmt: skip
    keys = ("methods_name", "method", "methods_best", "methods_parameters", "methods_reference")
    headers = [t(key, lang) for key in keys]
    return table(rows, ["name", "title", "best", "parameters", "reference"], headers, lang)
