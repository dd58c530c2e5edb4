"""``mcda ahp`` (weights, template, collect) and ``mcda rank --method ahp``."""

from __future__ import annotations

import json

import matplotlib
import pytest
from ahp_support import bikes_with_judgements
from openpyxl import load_workbook

import mcda
from mcda.ahp.forms import QUESTIONS_SHEET
from mcda.ahp.problem import set_result
from mcda.cli.main import main

matplotlib.use("Agg")


@pytest.fixture
def path(tmp_path):
    return bikes_with_judgements(tmp_path)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_weights_table(capsys, path):
    code, out, err = run(capsys, "ahp", path, "--set", "facilities", "--lang", "en")
    assert code == 0 and err == ""
    result = set_result(mcda.load_problem(path), "facilities")
    assert f"{result.weight('usefulness'):.4f}" in out
    assert "Consistency ratio (CR): 0.0032 (≤ 0.1; acceptable)" in out
    assert "Random index (RI): 0.5800 (saaty1980)" in out
    first = out.splitlines()[2]
    assert first.split()[:2] == ["1", "usefulness"]


def test_weights_json_and_options(capsys, path):
    code, out, _ = run(
        capsys,
        "ahp",
        path,
        "--set",
        "facilities",
        "--format",
        "json",
        "--method",
        "geometric",
        "--ri",
        "alonso_lamata2006",
    )
    data = json.loads(out)
    assert code == 0 and data["method"] == "geometric"
    assert data["random_index"] == 0.5245 and data["random_index_table"] == "alonso_lamata2006"
    assert sum(data["weights"].values()) == pytest.approx(1)


def test_group_table_names_inconsistent_member(capsys, path):
    code, out, err = run(capsys, "ahp", path, "--set", "board", "--lang", "en")
    assert code == 0 and err == ""
    assert "Kendall's W" in out and "AIJ" in out and "AIP" in out
    # Bo's CR is 0.23: the one question to take back to him
    assert "Bo:" in out and "Ask again about fleet_size versus usefulness: the answer was 2" in out


def test_group_json_and_plot(capsys, path, tmp_path):
    png = tmp_path / "spread.png"
    code, out, _ = run(capsys, "ahp", path, "--set", "board", "--format", "json", "--plot", png)
    data = json.loads(out)
    assert code == 0 and set(data["members"]) == {"Anna", "Bo"}
    assert data["members"]["Bo"]["weight"] == pytest.approx(2 / 3)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_rank_with_ahp(capsys, path):
    code, out, _ = run(
        capsys, "rank", path, "--method", "ahp", "--weights", "ahp:facilities", "--lang", "en"
    )
    assert code == 0 and "AHP (hierarchic synthesis)" in out
    expected = mcda.rank(mcda.load_problem(path), "ahp:facilities", method="ahp")
    assert f"{expected.scores[2]:.4f}" in out
    code, out, _ = run(capsys, "rank", path, "--weights", "ahp:facilities", "--format", "json")
    weights = json.loads(out)["weights"]
    assert weights["usefulness"] == pytest.approx(
        set_result(mcda.load_problem(path), "facilities").weight("usefulness")
    )


def test_template_and_collect(capsys, path, tmp_path):
    form = tmp_path / "anna.xlsx"
    code, out, _ = run(
        capsys,
        "ahp",
        "template",
        "--criteria",
        path,
        "--out",
        form,
        "--set",
        "board2",
        "--member",
        "Anna",
    )
    assert code == 0 and out.strip().endswith("3 questions")
    book = load_workbook(form)
    book[QUESTIONS_SHEET]["F8"] = "3"
    book[QUESTIONS_SHEET]["F9"] = "1/2"
    book[QUESTIONS_SHEET]["F10"] = "1/5"
    book.save(form)
    out_toml = tmp_path / "judgements.toml"
    code, out, _ = run(capsys, "ahp", "collect", form, "--out", out_toml)
    assert code == 0 and "1 forms, 3 answers" in out
    merged = bikes_with_judgements(tmp_path, "\n" + out_toml.read_text(), "merged")
    code, out, _ = run(capsys, "ahp", merged, "--format", "json")
    assert code == 0 and json.loads(out)["set"] == "board2"


def test_collect_rejects_off_scale_without_writing(capsys, path, tmp_path):
    form = tmp_path / "bo.xlsx"
    run(capsys, "ahp", "template", "--criteria", path, "--out", form)
    book = load_workbook(form)
    book[QUESTIONS_SHEET]["F10"] = 11
    book.save(form)
    out_toml = tmp_path / "judgements.toml"
    out_toml.write_text("# earlier\n")
    code, out, err = run(capsys, "ahp", "collect", form, "--out", out_toml)
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert f"bo.xlsx: sheet '{QUESTIONS_SHEET}' cell F10: 11 is not on Saaty's scale" in err
    assert out_toml.read_text() == "# earlier\n"


@pytest.mark.parametrize(
    ("extra", "argv", "message"),
    [
        ("", ["--set", "nope"], "no judgement set 'nope'"),
        ("", [], "several sets (facilities, board); choose one with --set"),
        ("", ["--set", "facilities", "--method", "mean"], "--method: 'mean' is not one of"),
        ("", ["--set", "facilities", "--ri", "saaty"], "unknown random index table 'saaty'"),
        ("", ["--set", "facilities", "--out", "x.toml"], "--out belongs to"),
        ("", ["other.toml"], "one problem file expected, got 2"),
        (
            '\n[[judgements]]\nid = "x"\nof = "criteria"\npairs = [["cost", "fleet_size", 10]]\n',
            [],
            "pairs[0]: 10 is off Saaty's scale",
        ),
        (
            '\n[[judgements]]\nid = "x"\nof = "criteria"\npairs = [["cost", "speed", 3]]\n',
            [],
            "pairs[0]: unknown criterion 'speed'",
        ),
        (
            '\n[[judgements]]\nid = "x"\nof = "criteria"\npairs = [["cost", "fleet_size", 0]]\n',
            [],
            "must be a positive finite number",
        ),
    ],
)
def test_errors_are_one_line_exit_2(capsys, tmp_path, extra, argv, message):
    from ahp_support import JUDGEMENTS

    path = bikes_with_judgements(tmp_path, JUDGEMENTS + extra)
    code, out, err = run(capsys, "ahp", path, *argv)
    assert code == 2 and out == ""
    assert err.startswith("mcda: error: ") and err.count("\n") == 1
    assert message in err


@pytest.mark.parametrize(
    ("matrix", "message"),
    [
        ('[[1, 3, 2], [3, 1, 1], ["1/2", 1, 1]]', "not reciprocal: (cost, fleet_size) = 3"),
        ('[[1, 3, 2], ["1/3", 1], [1, 1, 1]]', "the matrix must be square"),
        ('[[1, -3, 2], ["1/3", 1, 1], ["1/2", 1, 1]]', "must be a positive finite number"),
        ('[[1, 13, 2], ["1/13", 1, 1], ["1/2", 1, 1]]', "= 13 is off Saaty's scale"),
    ],
)
def test_matrix_errors_exit_2(capsys, tmp_path, matrix, message):
    extra = f'\n[[judgements]]\nid = "m"\nof = "criteria"\nmatrix = {matrix}\n'
    path = bikes_with_judgements(tmp_path, extra, "m")
    code, out, err = run(capsys, "ahp", path)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "m.toml: judgements[0].matrix" in err and message in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ahp", "template", "--out", "x.xlsx"], "ahp template: --criteria is required"),
        (["ahp", "template", "--criteria", "{path}"], "ahp template: --out is required"),
        (["ahp", "template", "--criteria", "{path}", "--out", "x.txt"], "must end in .xlsx"),
        (["ahp", "template", "extra", "--criteria", "{path}", "--out", "x.xlsx"], "takes no files"),
        (["ahp", "collect", "--out", "x.toml"], "ahp collect: no forms given"),
        (["ahp", "collect", "a.xlsx"], "ahp collect: --out is required"),
        (["ahp", "collect", "missing.xlsx", "--out", "x.toml"], "missing.xlsx: no such file"),
        (
            ["ahp", "template", "--criteria", "{path}", "--out", "x.xlsx", "--criterion", "speed"],
            "no criterion 'speed'",
        ),
    ],
)
def test_form_command_errors(capsys, path, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *[a.format(path=path) for a in argv])
    assert code == 2 and message in err and err.count("\n") == 1
