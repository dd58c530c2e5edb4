"""``mcda ahp``: AHP weights from a file's judgements, and the Excel forms to collect them.

One parser serves three forms, told apart by the first positional argument:

    mcda ahp FILE [--set NAME] [--method eigenvector|geometric] [--ri TABLE]
                  [--format table|json] [--lang da|en] [--plot PNG]
    mcda ahp template --criteria FILE --out form.xlsx [--set NAME] [--criterion C]
                      [--member NAME]
    mcda ahp collect FORM.xlsx [FORM.xlsx ...] --out judgements.toml

(a problem file literally called ``template`` or ``collect`` is given as ``./template``).
"""

from __future__ import annotations

import argparse
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from mcda.ahp.priorities import METHODS, AhpResult
from mcda.ahp.random_index import CR_THRESHOLD, DEFAULT_TABLE, RANDOM_INDEX_TABLES
from mcda.cli.output import cell, table, to_json
from mcda.errors import InconsistentJudgementsWarning, ValidationError
from mcda.formatting import format_plain
from mcda.i18n import check_lang, t
from mcda.model import Lang, Problem
from mcda.problem_file import load_problem

ACTIONS = ("template", "collect")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ahp",
        help="AHP weights from pairwise judgements; 'template'/'collect' for Excel forms",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "target", nargs="+", metavar="FILE", help="problem file, or 'template' / 'collect FORMS...'"
    )
    parser.add_argument("--set", dest="set_id", help="judgement set (default: the only one)")
    parser.add_argument(
        "--method", default="eigenvector", help="eigenvector (default) or geometric"
    )
    parser.add_argument(
        "--ri", default=DEFAULT_TABLE, help=f"random index table: {', '.join(RANDOM_INDEX_TABLES)}"
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--lang", default="da", help="language: da (default) or en")
    parser.add_argument("--plot", help="write a PNG of the members' weights (group sets)")
    parser.add_argument("--criteria", help="template: the problem file whose criteria to ask about")
    parser.add_argument("--criterion", help="template: ask about the alternatives under it")
    parser.add_argument("--member", default="", help="template: prefill the respondent's name")
    parser.add_argument("--out", help="template: the .xlsx to write; collect: the .toml to write")
    parser.set_defaults(run=run_ahp)


def run_ahp(args: argparse.Namespace) -> str:
    action = args.target[0]
    if action == "template":
        return run_template(args)
    if action == "collect":
        return run_collect(args)
    if len(args.target) > 1:
        raise ValidationError(
            f"ahp: one problem file expected, got {len(args.target)} "
            "(did you mean 'mcda ahp collect FORMS... --out FILE'?)"
        )
    for option in ("criteria", "criterion", "out"):
        if getattr(args, option):
            raise ValidationError(f"ahp: --{option} belongs to 'mcda ahp template' or 'collect'")
    return run_weights(args)


def _require(args: argparse.Namespace, option: str, action: str) -> str:
    value = getattr(args, option)
    if not value:
        raise ValidationError(f"ahp {action}: --{option} is required")
    return str(value)


def run_template(args: argparse.Namespace) -> str:
    from mcda.ahp.forms import write_template

    if len(args.target) > 1:
        raise ValidationError("ahp template: takes no files; use --criteria FILE --out FORM.xlsx")
    problem = load_problem(_require(args, "criteria", "template"))
    out = _require(args, "out", "template")
    if not out.endswith(".xlsx"):
        raise ValidationError(f"ahp template: --out {out!r} must end in .xlsx")
    count = write_template(
        problem, out, set_id=args.set_id or "weights", criterion=args.criterion, member=args.member
    )
    return f"{out}: {count} questions"


def run_collect(args: argparse.Namespace) -> str:
    from mcda.ahp.forms import judgements_toml, read_form
    from mcda.output_set import write_file_atomically

    forms = args.target[1:]
    if not forms:
        raise ValidationError("ahp collect: no forms given")
    out = _require(args, "out", "collect")
    filled = [read_form(path) for path in forms]
    write_file_atomically(out, judgements_toml(filled).encode("utf-8"))
    answered = sum(len(f.pairs) for f in filled)
    return f"{out}: {len(filled)} forms, {answered} answers"


def _default_set(problem: Problem) -> str:
    ids = list(dict.fromkeys(s.id for s in problem.judgements if s.of == "criteria"))
    if len(ids) == 1:
        return ids[0]
    where = f"{problem.path}: " if problem.path else ""
    if not ids:
        raise ValidationError(f"{where}judgements: no judgement set of criteria")
    raise ValidationError(
        f"{where}judgements: several sets ({', '.join(ids)}); choose one with --set"
    )


def run_weights(args: argparse.Namespace) -> str:
    from mcda.ahp.group import GroupResult
    from mcda.ahp.problem import set_result

    lang = check_lang(args.lang)
    if args.method not in METHODS:
        raise ValidationError(f"--method: {args.method!r} is not one of {', '.join(METHODS)}")
    if args.plot:
        check_plot_path(args.plot)
    problem = load_problem(args.target[0])
    set_id = args.set_id or _default_set(problem)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InconsistentJudgementsWarning)  # shown in the output
        result = set_result(problem, set_id, method=args.method, ri=args.ri)
    if args.plot:
        _plot(result, args.plot, lang)
    labels = _labels(problem, result.items)
    if isinstance(result, GroupResult):
        if args.format == "json":
            return to_json(_group_json(result, set_id))
        return _group_table(result, labels, lang)
    if args.format == "json":
        return to_json({"set": set_id, **_result_json(result)})
    return _result_table(result, labels, lang)


def _labels(problem: Problem, items: tuple[str, ...]) -> dict[str, Any]:
    labels: dict[str, Any] = {c.id: c.label for c in problem.criteria}
    labels.update({a.id: a.label for a in problem.alternatives})
    return {i: labels.get(i) for i in items}


def _result_json(result: AhpResult) -> dict[str, Any]:
    revision = result.revision
    return {
        "method": result.method,
        "items": list(result.items),
        "weights": {i: float(w) for i, w in zip(result.items, result.weights, strict=True)},
        "lambda_max": result.lambda_max,
        "ci": result.consistency_index,
        "random_index": result.random_index,
        "random_index_table": result.random_index_table,
        "cr": result.consistency_ratio,
        "gci": result.geometric_consistency_index,
        "gci_threshold": result.gci_threshold,
        "acceptable": result.acceptable,
        "completed": [list(pair) for pair in result.completed],
        "revision": None
        if revision is None
        else {
            "row": revision.row,
            "column": revision.column,
            "current": revision.current,
            "implied": revision.implied,
            "suggested": revision.suggested,
            "cr_after": revision.consistency_ratio,
        },
    }


def _summary(result: AhpResult, lang: Lang, *, revise: bool = True) -> list[str]:
    from mcda.ahp.judgements import show_value

    status = t("ahp_acceptable" if result.acceptable else "ahp_inconsistent", lang)
    relation = "≤" if result.consistency_ratio <= CR_THRESHOLD else ">"
    lines = [
        f"{t('ahp_lambda_max', lang)}: {cell(result.lambda_max, 4, lang)}",
        f"{t('ahp_ci', lang)}: {cell(result.consistency_index, 4, lang)}",
        f"{t('ahp_random_index', lang)}: {cell(result.random_index, 4, lang)} "
        f"({result.random_index_table})",
        f"{t('ahp_cr', lang)}: {cell(result.consistency_ratio, 4, lang)} "
        f"({relation} {format_plain(CR_THRESHOLD, lang)}; {status})",
        f"{t('ahp_gci', lang)}: {cell(result.geometric_consistency_index, 4, lang)} "
        f"({t('ahp_threshold', lang)} {format_plain(result.gci_threshold, lang)})",
    ]
    if result.completed:
        pairs = ", ".join(f"{a}/{b}" for a, b in result.completed)
        lines.append(f"{t('ahp_completed', lang)}: {pairs}")
    revision = result.revision
    if revise and revision is not None and result.consistency_ratio > CR_THRESHOLD:
        lines.append(
            t(
                "ahp_revise",
                lang,
                row=revision.row,
                column=revision.column,
                current=show_value(revision.current),
                implied=cell(float(revision.implied), 2, lang),
                suggested=show_value(revision.suggested),
                cr=cell(float(revision.consistency_ratio), 3, lang),
            )
        )
    return lines


def _result_table(result: AhpResult, labels: dict[str, Any], lang: Lang) -> str:
    from mcda.ranking import rank_scores

    ranks = rank_scores(result.weights)
    rows = [
        {
            "rank": int(r),
            "id": item,
            "label": labels[item].get(lang) if labels.get(item) else item,
            "weight": float(w),
        }
        for item, w, r in zip(result.items, result.weights, ranks, strict=True)
    ]
    rows.sort(key=lambda row: row["rank"])
    headers = [t("rank", lang), t("ahp_item", lang), t("label", lang), t("weight", lang)]
    body = table(rows, ["rank", "id", "label", "weight"], headers, lang)
    return body + "\n\n" + "\n".join(_summary(result, lang))


def _group_json(result: Any, set_id: str) -> dict[str, Any]:
    return {
        "set": set_id,
        "items": list(result.items),
        "aij": _result_json(result.aij),
        "aip": {i: float(w) for i, w in zip(result.items, result.aip, strict=True)},
        "kendall_w": None if np.isnan(result.kendall_w) else result.kendall_w,
        "members": {
            member: {**_result_json(r), "weight": float(mw), "gcompi": float(c)}
            for member, r, mw, c in zip(
                result.members,
                result.member_results,
                result.member_weights,
                result.compatibility,
                strict=True,
            )
        },
    }


def _group_table(result: Any, labels: dict[str, Any], lang: Lang) -> str:
    columns = ["member", *result.items, "cr"]
    rows: list[dict[str, Any]] = []
    for member, r in zip(result.members, result.member_results, strict=True):
        rows.append({"member": member, **r.as_dict(), "cr": r.consistency_ratio})
    rows.append({"member": "AIJ", **result.aij.as_dict(), "cr": result.aij.consistency_ratio})
    rows.append({"member": "AIP", **dict(zip(result.items, map(float, result.aip), strict=True))})
    headers = [t("ahp_member", lang), *result.items, "CR"]
    lines = [table(rows, columns, headers, lang), ""]
    lines.append(f"{t('ahp_kendall_w', lang)}: {cell(result.kendall_w, 4, lang)}")
    lines.append(f"{t('ahp_group', lang)} (AIJ):")
    # the group matrix is no one's answer: the questions go to the inconsistent members
    lines.extend("  " + line for line in _summary(result.aij, lang, revise=False))
    for member, r in zip(result.members, result.member_results, strict=True):
        if r.consistency_ratio > CR_THRESHOLD:
            lines.append(f"{member}:")
            lines.extend("  " + line for line in _summary(r, lang)[3:])
    return "\n".join(lines)


#: ``--plot`` file types (the suffix chooses the format).
PLOT_SUFFIXES = (".png", ".svg", ".pdf")


def check_plot_path(path: str) -> str:
    """The format of a ``--plot`` file from its suffix; usage error for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in PLOT_SUFFIXES:
        raise ValidationError(
            f"--plot: {path!r} must end in {', '.join(PLOT_SUFFIXES)} (the suffix sets the format)"
        )
    return suffix.lstrip(".")


def _plot(result: Any, path: str, lang: Lang) -> None:
    from mcda.ahp.group import GroupResult
    from mcda.output_set import write_file_atomically
    from mcda.plotting.ahp import plot_member_weights, plot_priorities
    from mcda.plotting.files import draw, render

    plot = plot_member_weights if isinstance(result, GroupResult) else plot_priorities
    kind = check_plot_path(path)
    data = render(draw(plot, result, lang=lang), [kind], dpi=150)[kind]
    write_file_atomically(path, data)
