"""Entry point of the ``mcda`` command.

Exit codes: 0 success; 2 bad input or usage (one line on stderr naming file, field
and problem); 1 an internal error (one line; set ``MCDA_DEBUG=1`` for the traceback).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
import warnings
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from mcda import __version__
from mcda.errors import McdaError

#: Modules (in mcda.cli) with a ``register(subparsers)`` function, one per command
#: family, and the commands each registers. Only the module of the command being run
#: is imported (all of them for ``mcda --help``), so start-up stays fast.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "rank_commands": ("rank", "validate", "methods"),
    "case_commands": ("case", "evidence", "financing"),
    "reproduce_commands": ("reproduce",),
    "ahp_commands": ("ahp",),
    "swing_commands": ("swing",),
    "sensitivity_commands": ("sensitivity",),
    "robustness_commands": ("robustness",),
    "report_commands": ("report",),
    "whatif_commands": ("whatif",),
    "group_commands": ("group",),
}


class UsageError(McdaError):
    """Bad command-line usage (reported like bad input, with exit code 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def command_modules(argv: Sequence[str] | None = None) -> list[ModuleType]:
    """The command modules that parsing ``argv`` needs: the one its command lives in;
    none for ``mcda --version``; all for the help, a missing or an unknown command (the
    help and the error list every command)."""
    every = list(COMMAND_MODULES)
    if argv is None:
        chosen = every
    else:
        words = [word for word in argv if not word.startswith("-")]
        if not words:
            chosen = [] if "--version" in argv and not {"-h", "--help"} & set(argv) else every
        else:
            found = [name for name, commands in COMMAND_MODULES.items() if words[0] in commands]
            chosen = found or every
    return [importlib.import_module(f"mcda.cli.{name}") for name in chosen]


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv`` (every command when ``argv`` is ``None``)."""
    parser = _Parser(
        prog="mcda",
        description="Multi-criteria decision analysis with evidence-traced scores.",
    )
    parser.add_argument("--version", action="version", version=f"mcda {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    registered: set[str] = set()
    for module in command_modules(argv):
        module.register(subparsers)
        registered.update(COMMAND_MODULES[module.__name__.rsplit(".", 1)[1]])
    for commands in COMMAND_MODULES.values():  # listed, but not imported: not being run
        for command in commands:
            if command not in registered:
                subparsers.add_parser(command)
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
        words = list(sys.argv[1:] if argv is None else argv)
        args = build_parser(words).parse_args(words)
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
