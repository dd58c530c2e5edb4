"""``mcda sensitivity FILE --out DIR`` (mcda.cli.sensitivity_commands)."""

from __future__ import annotations

import json
import re

import pytest

from mcda.cli.main import main
from mcda.output_set import MARKER

PLOTS = ["sweep_cost", "sweep_fleet_size", "sweep_usefulness", "tornado",
         "rank_acceptability", "ternary", "agreement"]  # fmt: skip


@pytest.mark.slow  # renders 7 figures twice
def test_writes_every_plot_as_png_and_svg_and_the_numbers(bikes_path, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["sensitivity", str(bikes_path), "--out", str(out), "--samples", "3000",
                 "--seed", "7", "--points", "31"])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{p}.{k}" for p in PLOTS for k in ("png", "svg")] + ["sensitivity.json", MARKER])
    for plot in PLOTS:
        assert (out / f"{plot}.png").read_bytes().startswith(b"\x89PNG")
        assert b"<svg" in (out / f"{plot}.svg").read_bytes()[:2000]
    data = json.loads((out / "sensitivity.json").read_text(encoding="utf-8"))
    assert data["smaa"]["seed"] == 7 and data["smaa"]["n_samples"] == 3000
    assert data["alternatives"] == ["cargo_co", "citycycle", "budget_bikes"]
    assert data["screened_out"] == ["pedal_plus"]
    assert data["stability"]["most_critical"] == "cost"
    assert data["sweeps"]["points"] == 31
    assert len(data["sweeps"]["reversals"]) == 6
    assert "mest kritisk: Omkostning" in captured.out
    assert "Skrev 15 filer" in captured.out
    assert captured.err == ""  # no progress bar below 100,000 samples


def test_same_seed_same_json(bikes_path, tmp_path):
    for name in ("a", "b"):
        assert main(["sensitivity", str(bikes_path), "--out", str(tmp_path / name),
                     "--samples", "2000", "--lang", "en", "--plots", "none"]) == 0  # fmt: skip
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [MARKER, "sensitivity.json"]
    first = (tmp_path / "a" / "sensitivity.json").read_text(encoding="utf-8")
    second = (tmp_path / "b" / "sensitivity.json").read_text(encoding="utf-8")
    assert first == second


@pytest.mark.slow  # 100,000 samples and 7 figures
def test_constraints_progress_and_english(bikes_path, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["sensitivity", str(bikes_path), "--out", str(out), "--samples", "100000",
                 "--order", "cost >= usefulness", "--interval", "fleet_size=0.1:0.5",
                 "--lang", "en", "--profile", "frugal", "--method", "topsis_minmax",
                 "--plots", "png"])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    # Not a terminal: one line for the stage, no carriage-return frames (mcda.progress).
    assert re.fullmatch(r"mcda: SMAA: 100,000 samples in \d+\.\d s\n", captured.err), captured.err
    assert "most critical:" in captured.out
    data = json.loads((out / "sensitivity.json").read_text(encoding="utf-8"))
    assert data["method"] == "topsis_minmax" and data["profile"] == "frugal"
    assert 0 < data["smaa"]["acceptance_rate"] < 1
    for central in data["smaa"]["central_weights"]:
        if central is not None:
            assert central["cost"] >= central["usefulness"]
            assert 0.1 <= central["fleet_size"] <= 0.5
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p.name != MARKER]  # no temporary files left
    assert (out / "tornado.png").exists() and not (out / "tornado.svg").exists()


def test_no_progress_flag(bikes_path, tmp_path, capsys):
    assert main(["sensitivity", str(bikes_path), "--out", str(tmp_path / "o"),
                 "--samples", "100000", "--no-progress", "--plots", "none"]) == 0  # fmt: skip
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--samples", "0"], "argument --samples: 0 is outside 1 … 10,000,000"),
        (["--interval", "cost=0.1"], "--interval: 'cost=0.1' is not of the form criterion=low:high"),
        (["--interval", "price=0.1:0.2"], "weight interval: unknown criterion 'price'"),
        (["--order", "cost > usefulness"], "weight order: 'cost > usefulness' must read"),
        (["--ternary", "cost,usefulness"], "--ternary: expected three criteria"),
        (["--ternary", "cost,usefulness,price"], "--ternary: unknown criterion 'price'"),
        (["--method", "nope"], "method: unknown method 'nope'"),
        (["--profile", "nope"], "no weight profile 'nope'"),
        (["--redistribution", "even"], "invalid choice: 'even'"),
        (
            ["--interval", "cost=0:0.1", "--interval", "usefulness=0.5:1", "--order",
             "cost >= usefulness"],
            "uniform draws met them; they leave no (or almost no) room",
        ),
    ],
)
def test_errors_exit_2_with_one_line_and_write_nothing(bikes_path, tmp_path, capsys, extra, message):
    out = tmp_path / "out"
    code = main(["sensitivity", str(bikes_path), "--out", str(out), "--samples", "500", *extra])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_missing_file_and_out_is_a_file(tmp_path, bikes_path, capsys):
    assert main(["sensitivity", str(tmp_path / "none.toml"), "--out", str(tmp_path)]) == 2
    assert "none.toml: no such file" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["sensitivity", str(bikes_path), "--out", str(blocker), "--samples", "10"]) == 2
    assert "file: exists and is not a folder" in capsys.readouterr().err
