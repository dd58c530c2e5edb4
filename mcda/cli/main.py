"""Entry point of the ``mcda`` command.

Exit codes: 0 success; 2 bad input or usage (one line on stderr naming file, field
and problem); 1 an internal error (one line; set ``MCDA_DEBUG=1`` for the traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
import warnings
from collections.abc import Sequence
from typing import NoReturn

from mcda import __version__
from mcda.cli import (
    ahp_commands,
    case_commands,
    rank_commands,
    report_commands,
    reproduce_commands,
    robustness_commands,
    sensitivity_commands,
)
from mcda.errors import McdaError

#: Modules with a ``register(subparsers)`` function, one per command family.
COMMAND_MODULES = (
    rank_commands,
    case_commands,
    reproduce_commands,
    ahp_commands,
    sensitivity_commands,
    robustness_commands,
    report_commands,
)


class UsageError(McdaError):
    """Bad command-line usage (reported like bad input, with exit code 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mcda",
        description="Multi-criteria decision analysis with evidence-traced scores.",
    )
    parser.add_argument("--version", action="version", version=f"mcda {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def _one_line_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: object = None,
    line: str | None = None,
) -> None:
    """Show a warning as one line on stderr, e.g. ``mcda: warning: ... CR 0.17 > 0.10``."""
    print(f"mcda: warning: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (also used by the console script)."""
    with warnings.catch_warnings():
        warnings.showwarning = _one_line_warning
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
        output: str = args.run(args)
    except McdaError as error:
        for line in str(error).splitlines() or [""]:  # several lines: every error of a file
            print(f"mcda: error: {line}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("mcda: interrupted", file=sys.stderr)
        return 130
    except Exception as error:
        if os.environ.get("MCDA_DEBUG"):
            traceback.print_exc()
        print(
            f"mcda: internal error: {type(error).__name__}: {error} "
            "(please report it; MCDA_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return 1
    if output:
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
    return 0


def entry() -> NoReturn:  # pragma: no cover - thin wrapper for the console script
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    entry()
