"""Swing weights from the directors: the Excel form, profiles given as swings or ranks,
the swing:/roc: weight strings, and rankings as ordinal SMAA constraints."""

from __future__ import annotations

import tomllib
from pathlib import Path

import numpy as np
import pytest

import mcda
from mcda.cli.main import main
from mcda.errors import DataFileError, ValidationError
from mcda.sampling import WeightConstraints
from mcda.weight_sources import resolve_weights
from mcda.weights.forms import (
    FIRST_ROW,
    SHEET,
    read_swing_form,
    weights_csv,
    write_swing_template,
)

ROOT = Path(__file__).resolve().parents[1]
AMBITION = ROOT / "criteria" / "klimanord" / "ambition.toml"


def _fill(template: Path, target: Path, ranks=None, ratings=None, member=None) -> Path:
    from openpyxl import load_workbook

    book = load_workbook(template)
    sheet = book[SHEET]
    for offset in range(5):
        row = FIRST_ROW + offset
        if ranks is not None:
            sheet[f"E{row}"] = ranks[offset]
        if ratings is not None:
            sheet[f"F{row}"] = ratings[offset]
    if member is not None:
        sheet["B3"] = member
    book.save(target)
    return target


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("forms") / "swing.xlsx"
    assert write_swing_template(mcda.load_problem(AMBITION), path) == 5
    return path


def test_the_form_spells_out_both_anchors(template: Path) -> None:
    from openpyxl import load_workbook

    sheet = load_workbook(template)[SHEET]
    cost = [sheet.cell(row=FIRST_ROW + i, column=2).value for i in range(5)].index("cost")
    row = FIRST_ROW + cost
    assert sheet[f"C{row}"].value.startswith("3,5 mio. kr./år")  # a cost's worst end is high
    assert sheet[f"D{row}"].value.startswith("1 mio. kr./år")
    staffing = FIRST_ROW + 0
    assert sheet[f"C{staffing}"].value.startswith("1: Én medarbejder")


def test_same_problem_same_bytes(tmp_path: Path) -> None:
    problem = mcda.load_problem(AMBITION)
    write_swing_template(problem, tmp_path / "a.xlsx")
    write_swing_template(problem, tmp_path / "b.xlsx")
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()


def test_ranks_and_ratings_give_smart_ratings_swing_ranks_roc(template: Path, tmp_path: Path):
    """Criteria order: staffing, cost, regional focus, municipal sparring, task capture.
    By hand: ratings 80/100/30/60/10 sum to 280 → 0.2857, 0.3571, 0.1071, 0.2143, 0.0357;
    ranks 2/1/4/3/5 alone → ROC for n = 5: 0.2567, 0.4567, 0.0900, 0.1567, 0.0400."""
    smart = read_swing_form(_fill(template, tmp_path / "s.xlsx", [2, 1, 4, 3, 5],
                                  [80, 100, 30, 60, 10], member="Anna"))
    assert smart.elicitation == "smart" and smart.member == "Anna"
    np.testing.assert_allclose(smart.weights, np.array([80, 100, 30, 60, 10]) / 280)
    swing = read_swing_form(_fill(template, tmp_path / "w.xlsx", None, [80, 100, 30, 60, 10]))
    assert swing.elicitation == "swing" and swing.member == "w"  # no name: the file's name
    roc = read_swing_form(_fill(template, tmp_path / "r.xlsx", [2, 1, 4, 3, 5]))
    assert roc.elicitation == "roc"
    np.testing.assert_allclose(roc.weights, [0.2567, 0.4567, 0.09, 0.1567, 0.04], atol=5e-5)
    text = weights_csv([smart, roc])
    assert text.splitlines()[0] == "member,method,staffing,cost,regional_focus,municipal_sparring,task_capture"
    assert text.splitlines()[1].startswith("Anna,smart,0.285714,0.357143")


@pytest.mark.parametrize(
    ("ranks", "ratings", "message"),
    [
        ([9, 1, 2, 3, 4], None, r"E8: 9 is not a rank 1–5"),
        ([1.5, 1, 2, 3, 4], None, r"E8: 1.5 is not a rank"),
        (None, [80, 100, 130, 60, 10], r"F10: 130 is outside 0–100"),
        (None, ["many", 100, 30, 60, 10], r"F8: 'many' is not a rating"),
        ([1, 2, None, 3, 4], None, r"ranks: missing for regional_focus"),
        (None, [80, 90, 30, 60, 10], r"100"),  # SWING: the top swing must be rated 100
        ([2, 1, 4, 3, 5], [100, 80, 30, 60, 10], r"rank"),  # a better rank rated lower
        (None, None, r"the form is empty"),
    ],
)
def test_bad_answers_are_one_line_errors(template, tmp_path, ranks, ratings, message) -> None:
    path = _fill(template, tmp_path / "bad.xlsx", ranks, ratings)
    with pytest.raises(ValidationError, match=message) as raised:
        read_swing_form(path)
    assert "\n" not in str(raised.value) and str(path) in str(raised.value)


def test_not_a_swing_form(tmp_path: Path) -> None:
    from openpyxl import Workbook

    Workbook().save(tmp_path / "plain.xlsx")
    with pytest.raises(DataFileError, match="not an mcda swing form"):
        read_swing_form(tmp_path / "plain.xlsx")
    (tmp_path / "text.xlsx").write_text("hello")
    with pytest.raises(DataFileError, match="not an Excel workbook"):
        read_swing_form(tmp_path / "text.xlsx")


def test_cli_template_and_collect(template, tmp_path, capsys) -> None:
    out = tmp_path / "form.xlsx"
    assert main(["swing", "template", "--criteria", str(AMBITION), "--out", str(out)]) == 0
    filled = _fill(out, tmp_path / "anna.xlsx", [2, 1, 4, 3, 5], member="Anna")
    csv = tmp_path / "weights.csv"
    assert main(["swing", "collect", str(filled), "--out", str(csv)]) == 0
    assert csv.read_text().splitlines()[1].startswith("Anna,roc,")
    assert main(["swing", "collect", str(filled), "--out", str(tmp_path / "x.txt")]) == 2
    assert main(["swing", "template", "--out", str(out)]) == 2
    assert "--criteria is required" in capsys.readouterr().err


# -- profiles given as swings or a ranking ------------------------------------------------


def _with_profiles(*profiles: dict) -> mcda.Problem:
    data = tomllib.loads(AMBITION.read_text(encoding="utf-8"))
    data["profiles"].extend(profiles)
    return mcda.parse_problem(data, path=AMBITION)


IDS = ("staffing", "cost", "regional_focus", "municipal_sparring", "task_capture")


def test_profiles_as_swings_smart_or_ranks() -> None:
    problem = _with_profiles(
        {"id": "sw", "swings": dict(zip(IDS, [80, 100, 30, 60, 10], strict=True))},
        {"id": "rk", "ranks": dict(zip(IDS, [2, 1, 4, 3, 5], strict=True))},
        {"id": "rs", "ranks": dict(zip(IDS, [2, 1, 4, 3, 5], strict=True)),
         "rank_weights": "rank_sum"},
        {"id": "sm", "ranks": dict(zip(IDS, [2, 1, 4, 3, 5], strict=True)),
         "swings": dict(zip(IDS, [80, 100, 30, 60, 10], strict=True))},
    )
    sw, rk, rs, sm = (problem.profile(p) for p in ("sw", "rk", "rs", "sm"))
    np.testing.assert_allclose(sw.weights, np.array([80, 100, 30, 60, 10]) / 280)
    assert sw.elicitation == "swing" and sm.elicitation == "smart" and rk.elicitation == "roc"
    np.testing.assert_allclose(rs.weights, np.array([4, 5, 2, 3, 1]) / 15)  # rank sum
    assert dict(rk.ranks)["cost"] == 1
    constraints = WeightConstraints.from_ranks(problem.criterion_ids, rk.ranks)
    assert set(constraints.order) == {(1, 0), (0, 3), (3, 2), (2, 4)}


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        ({"id": "x"}, r"profiles\[1\]\.weights: missing \(give weights, swings or ranks\)"),
        ({"id": "x", "weights": dict.fromkeys(IDS, 1), "swings": dict.fromkeys(IDS, 100)},
         r"give weights, or swings and/or ranks"),
        ({"id": "x", "ranks": dict(zip(IDS, [1, 2, 3, 4, 0], strict=True))},
         r"ranks\.task_capture: 0 is not a rank"),
        ({"id": "x", "ranks": dict(zip(IDS, [1, 2, 3, 4, 5], strict=True)),
          "rank_weights": "borda"}, r"'borda' is not one of roc, rank_sum, reciprocal"),
        ({"id": "x", "swings": dict(zip(IDS, [50, 40, 30, 20, 10], strict=True))}, r"100"),
        ({"id": "x", "swings": dict(zip(IDS[:4], [100, 40, 30, 20], strict=True))},
         r"swings: missing criteria: task_capture"),
    ],
)
def test_bad_profiles(profile: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _with_profiles(profile)


def test_swing_and_ranking_strings_as_weights() -> None:
    problem = mcda.load_problem(AMBITION)
    swing = resolve_weights(problem, "swing:cost=100,staffing=80,municipal_sparring=60,"
                                     "regional_focus=30,task_capture=10")
    np.testing.assert_allclose(swing, np.array([80, 100, 30, 60, 10]) / 280)
    roc = resolve_weights(problem, "roc:cost>staffing>municipal_sparring>regional_focus>"
                                   "task_capture")
    np.testing.assert_allclose(roc, [0.2567, 0.4567, 0.09, 0.1567, 0.04], atol=5e-5)
    with pytest.raises(ValidationError, match="missing: regional_focus"):
        resolve_weights(problem, "roc:cost>staffing>municipal_sparring>task_capture")
    with pytest.raises(ValidationError, match="unknown criterion 'price'"):
        resolve_weights(problem, "roc:price>cost>staffing>municipal_sparring>regional_focus>"
                                 "task_capture")
    with pytest.raises(ValidationError, match="names a criterion twice"):
        resolve_weights(problem, "roc:cost>cost")
