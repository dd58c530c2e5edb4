"""The docs match the CLI: every ``mcda ...`` command shown in the README and the docs
exists, answers ``--help``, and has every option the docs give it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mcda.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted(
    [
        ROOT / "README.md",
        ROOT / "CONTRIBUTING.md",
        *ROOT.glob("docs/*.md"),
        *ROOT.glob("criteria/**/README.md"),
        ROOT / "notebooks" / "README.md",
    ]
)
_FENCE = re.compile(r"```[a-z]*\n(.*?)```", re.S)
_SPAN = re.compile(r"`([^`\n]+)`")


def shown_commands(text: str) -> list[str]:
    """``mcda ...`` lines of code blocks (fenced or indented) and inline code spans."""
    found = []
    blocks = _FENCE.findall(text)
    blocks += [line[4:] for line in text.splitlines() if line.startswith("    ")]
    for block in blocks:
        for line in block.splitlines():
            line = line.strip().removeprefix("$ ").removeprefix(".venv/bin/")
            if line.startswith("mcda "):
                found.append(line.split("#")[0].strip())
    for span in _SPAN.findall(_FENCE.sub("", text)):
        if span.startswith("mcda ") and not span.startswith("mcda import"):
            found.append(span)
    return found


CASES = sorted(
    {
        (path.relative_to(ROOT).as_posix(), command)
        for path in DOCS
        for command in shown_commands(path.read_text(encoding="utf-8"))
    }
)


def test_the_docs_show_commands() -> None:
    assert len(CASES) > 20
    assert {command.split()[1] for _, command in CASES} >= {
        "rank", "validate", "methods", "case", "evidence", "financing", "reproduce", "ahp",
        "sensitivity", "report",
    }  # fmt: skip


@pytest.mark.parametrize(("document", "command"), CASES)
def test_command_in_the_docs_exists_with_its_options(
    document: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name = command.split()[1]
    with pytest.raises(SystemExit) as stopped:
        main([name, "--help"])
    assert stopped.value.code == 0, f"{document}: {command!r}: 'mcda {name}' does not exist"
    help_text = capsys.readouterr().out
    for option in re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", command):
        assert option in help_text, f"{document}: {command!r}: mcda {name} has no {option}"
