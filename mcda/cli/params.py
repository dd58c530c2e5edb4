"""``--param NAME=VALUE``: a method's parameters on the command line.

VALUE is a number (``v=0.6``), a word (``preference=linear``), or one value per
criterion, ``criterion:value`` pairs separated by commas (``q=cost:5,noise:1``); a
pair with two values is an interval (``bounds=cost:100:200,noise:30:50``). They
override the problem file's ``[methods.NAME]`` table for the method being run.
"""

from __future__ import annotations

import argparse
from typing import Any

from mcda.errors import ValidationError
from mcda.model import Problem

__all__ = ["add_param_argument", "apply_params", "parse_params"]


def add_param_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--param", action="append", default=[], metavar="NAME=VALUE",
        help="a method parameter, e.g. v=0.6 (VIKOR), preference=linear, q=cost:5,noise:1 "
        "(PROMETHEE II); repeatable; see 'mcda methods'",
    )  # fmt: skip


def _value(text: str) -> Any:
    text = text.strip()
    try:
        return float(text)
    except ValueError:
        return text


def parse_params(specs: list[str]) -> dict[str, Any]:
    """``["v=0.6", "q=cost:5,noise:1"]`` → ``{"v": 0.6, "q": {"cost": 5.0, "noise": 1.0}}``."""
    params: dict[str, Any] = {}
    for spec in specs:
        name, sep, raw = spec.partition("=")
        name = name.strip()
        if not sep or not name or not raw.strip():
            raise ValidationError(f"--param: {spec!r} is not of the form name=value")
        if name in params:
            raise ValidationError(f"--param: {name!r} is given twice")
        if ":" in raw:
            per_criterion: dict[str, Any] = {}
            for part in raw.split(","):
                criterion, *values = (piece.strip() for piece in part.split(":"))
                if not criterion or not values or not all(values):
                    raise ValidationError(
                        f"--param {name}: {part.strip()!r} is not criterion:value"
                    )
                parsed = [_value(v) for v in values]
                per_criterion[criterion] = parsed[0] if len(parsed) == 1 else parsed
            params[name] = per_criterion
        else:
            params[name] = _value(raw)
    return params


def apply_params(problem: Problem, method: str, specs: list[str]) -> Problem:
    """``problem`` with the ``--param`` values bound for ``method`` (checked now, before
    any work: unknown parameter names and criteria are errors)."""
    if not specs:
        return problem
    from mcda.ranking import problem_method, with_method_params

    params = parse_params(specs)
    problem = with_method_params(problem, method, params)
    problem_method(problem, method)  # binds them: names and criteria checked here
    return problem
