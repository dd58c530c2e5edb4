"""Progress output (mcda.progress): a live bar only on a terminal, one line per stage
elsewhere (issue 15 item 5; issue 16 item 11)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from mcda.cli import sensitivity_commands
from mcda.cli.main import main
from mcda.progress import is_terminal, progress_bar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(stream: io.StringIO) -> str:
    progress = progress_bar("SMAA", unit="samples", stream=stream)
    for done in range(0, 1001, 100):
        progress(done, 1000)
    progress(1000, 1000)  # a second "done" writes nothing more
    return stream.getvalue()


def test_pipe_gets_one_line_per_stage_and_no_frames() -> None:
    text = _run(io.StringIO())
    assert "\r" not in text
    assert re.fullmatch(r"SMAA: 1,000 samples in \d+\.\d s\n", text)


def test_terminal_gets_a_live_bar_then_the_line() -> None:
    text = _run(Terminal())
    frames = text.rpartition("\r")[0]  # the bar redraws in place, then is wiped
    assert "\rSMAA:   0%|" in frames and "/1000 [" in frames
    assert re.search(r"SMAA: 1,000 samples in \d+\.\d s\n$", text)


def test_is_terminal() -> None:
    assert is_terminal(Terminal()) and not is_terminal(io.StringIO())
    closed = io.StringIO()
    closed.close()
    assert not is_terminal(closed)


def test_translated_summary() -> None:
    stream = io.StringIO()
    progress = progress_bar("SMAA", unit="stikprøver", stream=stream,
                            summary="{label}: {count} på {seconds} s")  # fmt: skip
    progress(5, 5)
    assert stream.getvalue().startswith("SMAA: 5 stikprøver på ")


def test_the_summary_line_writes_numbers_in_its_language() -> None:
    danish, english = io.StringIO(), io.StringIO()
    for stream, lang in ((danish, "da"), (english, "en")):
        progress = progress_bar("SMAA", unit="x", stream=stream, lang=lang)
        progress(20_000, 20_000)
    assert re.fullmatch(r"SMAA: 20\.000 x in \d+,\d s\n", danish.getvalue())
    assert re.fullmatch(r"SMAA: 20,000 x in \d+\.\d s\n", english.getvalue())


def test_reproduce_reports_once_per_stage(
    capsys: pytest.CaptureFixture[str], bikes_path: Path
) -> None:
    assert main(["reproduce", "--case", str(bikes_path), "--samples", "500", "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert re.fullmatch(r"mcda: Reproduction: 2 analyses in \d+\.\d s\n", err), err


def test_sensitivity_checks_every_option_before_the_work(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, bikes_path: Path
) -> None:
    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("the analysis started before the options were checked")

    monkeypatch.setattr(sensitivity_commands, "sweep_problem", no_work)
    monkeypatch.setattr(sensitivity_commands, "smaa_problem", no_work)
    out = str(tmp_path / "o")
    for extra in (
        ["--ternary", "cost,usefulness,price"],
        ["--ternary", "cost,cost,usefulness"],
        ["--method", "nope"],
        ["--points", "1"],
        ["--order", "cost > x"],
    ):
        assert main(["sensitivity", str(bikes_path), "--out", out, *extra]) == 2, extra
