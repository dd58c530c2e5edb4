"""``mcda swing``: swing weights from the directors, on Excel forms beside the AHP ones.

    mcda swing template --criteria FILE --out form.xlsx [--member NAME]
    mcda swing collect FORM.xlsx [FORM.xlsx ...] --out weights.csv

A form asks, per criterion, to rank and rate the swing from its worst to its best
anchor (:mod:`mcda.weights.forms`); ``collect`` turns filled forms into one CSV of the
directors' weights (``member,method,<criterion>…``), which ``mcda rank --weights`` takes
row by row and the group analysis reads.
"""

from __future__ import annotations

import argparse
from typing import Any

from mcda.errors import ValidationError
from mcda.problem_file import load_problem


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "swing",
        help="swing weights: Excel forms for the directors ('template'), read back ('collect')",
    )
    parser.add_argument("action", choices=("template", "collect"))
    parser.add_argument("forms", nargs="*", metavar="FORM", help="collect: filled forms (.xlsx)")
    parser.add_argument("--criteria", help="template: the problem file whose criteria to ask about")
    parser.add_argument("--member", default="", help="template: prefill the respondent's name")
    parser.add_argument(
        "--out", required=True, help="template: the .xlsx to write; collect: the .csv to write"
    )
    parser.set_defaults(run=run_swing)


def run_swing(args: argparse.Namespace) -> str:
    from mcda.output_set import write_file_atomically
    from mcda.weights.forms import read_swing_form, weights_csv, write_swing_template

    if args.action == "template":
        if args.forms:
            raise ValidationError(
                "swing template: takes no forms; use --criteria FILE --out FORM.xlsx"
            )
        if not args.criteria:
            raise ValidationError("swing template: --criteria is required")
        if not args.out.endswith(".xlsx"):
            raise ValidationError(f"swing template: --out {args.out!r} must end in .xlsx")
        count = write_swing_template(load_problem(args.criteria), args.out, member=args.member)
        return f"{args.out}: {count} swings to rank and rate"
    if not args.forms:
        raise ValidationError("swing collect: no forms given")
    if not args.out.endswith(".csv"):
        raise ValidationError(f"swing collect: --out {args.out!r} must end in .csv")
    filled = [read_swing_form(path) for path in args.forms]
    write_file_atomically(args.out, weights_csv(filled).encode("utf-8"))
    return f"{args.out}: {len(filled)} forms"
