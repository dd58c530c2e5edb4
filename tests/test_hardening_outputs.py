"""Issue 16, items 7 and 8: every command's output is complete or absent, and the same
bytes on every run with the same seed."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mcda.cli.main import main
from mcda.output_set import MARKER

ROOT = Path(__file__).resolve().parent.parent


def digest(folder: Path) -> dict[str, str]:
    """Every file's path, mode and SHA-256 under ``folder``."""
    return {
        f"{p.relative_to(folder).as_posix()} {p.stat().st_mode & 0o777:o}": hashlib.sha256(
            p.read_bytes()
        ).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def twice(tmp_path: Path, argv: list[str], capsys) -> tuple[dict[str, str], dict[str, str]]:
    """Run ``argv`` ({out} replaced by a fresh folder) twice; the two folders' digests."""
    results = []
    for run in ("first", "second"):
        out = tmp_path / run
        out.mkdir(parents=True)
        code = main([a.format(out=out) for a in argv])
        assert code == 0, capsys.readouterr().err
        results.append(digest(out))
    return results[0], results[1]


@pytest.mark.slow  # every command twice, plots included
@pytest.mark.parametrize(
    "argv",
    [
        ["sensitivity", "criteria/examples/bikes.toml", "--out", "{out}/s", "--samples", "2000",
         "--points", "21", "--seed", "3"],
        ["reproduce", "--case", "criteria/examples", "--samples", "500", "--out", "{out}/r"],
        ["report", "--case", "criteria/examples", "--samples", "300",
         "--robustness-samples", "300", "--quiet", "--out", "{out}/report"],
        ["ahp", "template", "--criteria", "criteria/examples/bikes.toml", "--out",
         "{out}/form.xlsx"],
    ],
    ids=["sensitivity", "reproduce", "report", "ahp-template"],
)  # fmt: skip
def test_same_seed_same_bytes(tmp_path, capsys, monkeypatch, argv) -> None:
    monkeypatch.chdir(ROOT)
    first, second = twice(tmp_path, argv, capsys)
    assert first == second
    assert any(name.endswith((".svg 644", ".png 644", ".xlsx 644")) for name in first)


def test_ahp_collect_and_plot_same_bytes(tmp_path, capsys, bikes_path) -> None:
    from ahp_support import bikes_with_judgements

    problem = bikes_with_judgements(tmp_path)
    form = tmp_path / "form.xlsx"
    assert main(["ahp", "template", "--criteria", str(bikes_path), "--out", str(form)]) == 0
    argv = ["ahp", "collect", str(form), "--out", "{out}/j.toml"]
    plot = ["ahp", str(problem), "--set", "board", "--plot", "{out}/members.svg"]
    for command in (plot,):
        first, second = twice(tmp_path / "p", command, capsys)
        assert first == second and first
    from openpyxl import load_workbook

    book = load_workbook(form)
    book["Spørgsmål - Questions"]["F8"] = "3"
    book.save(form)
    first, second = twice(tmp_path / "c", argv, capsys)
    assert first == second and first


def test_a_failed_sensitivity_run_keeps_the_previous_output_whole(tmp_path, capsys, bikes_path):
    out = tmp_path / "out"
    args = ["sensitivity", str(bikes_path), "--out", str(out), "--samples", "500", "--plots"]
    assert main([*args, "png"]) == 0
    before = digest(out)
    broken = tmp_path / "broken.toml"
    broken.write_text(bikes_path.read_text(encoding="utf-8").replace("[problem]", "[problem"))
    assert main(["sensitivity", str(broken), "--out", str(out), "--samples", "500"]) == 2
    assert digest(out) == before
    assert main([*args, "none"]) == 0  # a new set replaces the old one whole
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "sensitivity.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.toml", "out"]
    capsys.readouterr()


@pytest.mark.slow  # six real sensitivity runs, four of them killed
def test_killed_sensitivity_runs_leave_old_or_new_output(tmp_path, bikes_path) -> None:
    """SIGKILL at four moments of ``mcda sensitivity --out``: the folder always holds one
    complete set (the first run's or a later one's) and no temporaries stay after the
    next run. Before, old and new files were mixed with ``.name.XXXX`` temporaries."""
    out = tmp_path / "out"
    command = [sys.executable, "-m", "mcda.cli.main", "sensitivity", str(bikes_path),
               "--out", str(out), "--samples", "3000", "--points", "21", "--plots", "none"]  # fmt: skip
    started = time.perf_counter()
    complete = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    duration = time.perf_counter() - started
    assert complete.returncode == 0, complete.stderr
    reference = digest(out)
    for fraction in (0.3, 0.6, 0.85, 0.95):
        child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(duration * fraction)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert digest(out) == reference  # same seed: old and new sets are the same bytes
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "out"]
    finished = subprocess.run(command, capture_output=True, cwd=ROOT, timeout=120)
    assert finished.returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], leftovers
    assert digest(out) == reference
