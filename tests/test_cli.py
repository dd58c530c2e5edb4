"""The ``mcda`` command: outputs, exit codes, one-line errors (in-process and as a real process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import mcda
from mcda.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_rank_table_marks_the_recommendation(capsys, bikes_path: Path) -> None:
    code, out, err = run(capsys, "rank", str(bikes_path), "--lang", "en")
    assert code == 0 and err == ""
    assert "Facilities: first choice" in out
    assert "Within the budget" in out
    lines = out.splitlines()
    assert lines[0].startswith("Bike fleet for the town hall — TOPSIS")


@pytest.mark.parametrize(("lang", "point"), [("da", ","), ("en", ".")])
def test_tables_write_numbers_in_the_language_of_their_words(capsys, lang, point) -> None:
    """A Danish table has decimal commas, an English one decimal points; CSV and JSON
    stay machine numbers."""
    ambition = mcda.load_problem("criteria/klimanord/ambition.toml")
    ranking = mcda.rank(ambition, [0.2] * 5)
    score = float(ranking.scores[ranking.alternatives.index(ambition.recommendation.alternative)])
    code, out, _ = run(capsys, "case", "--lang", lang)
    assert code == 0
    other = "." if point == "," else ","
    assert f"0{point}20" in out and f"0{other}20" not in out  # the weights line
    assert f"{score:.4f}".replace(".", point) in out  # the score column
    code, out, _ = run(capsys, "rank", "criteria/klimanord/ambition.toml", "--lang", lang,
                       "--format", "csv")  # fmt: skip
    assert code == 0 and f"{score}" in out


def test_rank_json_is_machine_readable_in_file_order(capsys, bikes_path: Path) -> None:
    code, out, _ = run(capsys, "rank", str(bikes_path), "--format", "json", "--weights", "frugal")
    assert code == 0
    data = json.loads(out)
    assert [a["id"] for a in data["alternatives"]] == [
        "cargo_co",
        "citycycle",
        "budget_bikes",
        "pedal_plus",
    ]
    assert data["weights"] == pytest.approx({"cost": 0.5, "fleet_size": 0.25, "usefulness": 0.25})
    result = mcda.rank(mcda.load_problem(bikes_path), "frugal")
    assert [a["score"] for a in data["alternatives"][:3]] == pytest.approx(list(result.scores))
    assert [a["rank"] for a in data["alternatives"]] == [*map(int, result.ranks), None]
    assert data["alternatives"][3]["screened_out"]


def test_rank_csv_with_explicit_weights_and_method(capsys, bikes_path: Path) -> None:
    code, out, _ = run(
        capsys,
        "rank",
        str(bikes_path),
        "--format",
        "csv",
        "--method",
        "vikor",
        "--weights",
        "cost=2,fleet_size=1,usefulness=1",
    )
    assert code == 0
    header, *rows = out.strip().splitlines()
    assert header == "rank,id,label,score,screened_out,note"
    assert len(rows) == 4


def test_validate_summarises(capsys, bikes_path: Path) -> None:
    code, out, _ = run(capsys, "validate", str(bikes_path), "--lang", "en")
    assert code == 0
    assert "valid" in out and "12 scores (2 assumptions)" in out and "1 screened out" in out


def test_methods_lists_the_registry(capsys) -> None:
    code, out, _ = run(capsys, "methods", "--format", "json")
    assert code == 0
    assert [m["name"] for m in json.loads(out)] == list(mcda.METHODS)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["rank", "missing.toml"], "missing.toml: no such file"),
        (["rank", "{bikes}", "--method", "electre"], "unknown method 'electre'"),
        (["rank", "{bikes}", "--weights", "cost=1"], "missing criteria"),
        (
            ["rank", "{bikes}", "--weights", "cost=-1,fleet_size=1,usefulness=1"],
            "must not be negative",
        ),
        (["rank", "{bikes}", "--weights", "nosuchprofile"], "no weight profile 'nosuchprofile'"),
        (["rank", "{bikes}", "--lang", "fr"], "lang: 'fr' is not one of da, en"),
        (["rank", "{bikes}", "--format", "xml"], "invalid choice: 'xml'"),
        (["rank"], "the following arguments are required: file"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        ([], "the following arguments are required: COMMAND"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys, bikes_path: Path, argv: list, message: str
) -> None:
    argv = [a.replace("{bikes}", str(bikes_path)) for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_bad_file_exits_2(capsys, tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[problem\n")
    code, _, err = run(capsys, "validate", str(path))
    assert code == 2
    assert err.startswith(f"mcda: error: {path}: malformed TOML")


def test_internal_error_exits_1_without_traceback(capsys, monkeypatch, bikes_path: Path) -> None:
    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("mcda.cli.rank_commands.rank", broken)
    code, _, err = run(capsys, "rank", str(bikes_path))
    assert code == 1
    assert "internal error: ZeroDivisionError: boom" in err
    assert "Traceback" not in err


def test_console_script_runs_as_a_process(bikes_path: Path) -> None:
    version = subprocess.run(
        [sys.executable, "-m", "mcda.cli.main", "--version"], capture_output=True, text=True
    )
    assert version.returncode == 0 and version.stdout.strip() == f"mcda {mcda.__version__}"
    bad = subprocess.run(
        [sys.executable, "-m", "mcda.cli.main", "rank", str(bikes_path), "--weights", "x=1"],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_warnings_are_one_line(capsys, monkeypatch, bikes_path: Path) -> None:
    import warnings

    from mcda.cli import rank_commands
    from mcda.errors import InconsistentJudgementsWarning

    real = rank_commands.load_problem

    def warning_load(path):
        warnings.warn(InconsistentJudgementsWarning("judgements: CR 0.17 > 0.10"), stacklevel=1)
        return real(path)

    monkeypatch.setattr(rank_commands, "load_problem", warning_load)
    code, out, err = run(capsys, "rank", str(bikes_path))
    assert code == 0 and out
    assert err == "mcda: warning: judgements: CR 0.17 > 0.10\n"
