"""Every method one call away (mcda.methods.api, mcda.rank on a matrix, method
parameters from Python, a problem file and the CLI)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import mcda
from mcda.cli.main import main
from mcda.errors import ValidationError

MATRIX = np.array([[120, 45, 38], [135, 52, 35], [150, 60, 41], [110, 38, 36]], dtype=float)
WEIGHTS = [3, 3, 2]
DIRECTIONS = ["min", "max", "min"]
FRAME = pd.DataFrame(MATRIX, index=["Hanstholm", "Thisted", "Skagen", "Limfjord"],
                     columns=["cost", "capacity", "noise"])  # fmt: skip
FUNCTIONS = {
    "topsis": mcda.topsis,
    "weighted_sum": mcda.weighted_sum,
    "wsm": mcda.wsm,
    "wpm": mcda.wpm,
    "vikor": mcda.vikor,
    "promethee_ii": mcda.promethee_ii,
    "spotis": mcda.spotis,
    "copras": mcda.copras,
}


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_one_signature_equals_the_registry(name: str) -> None:
    registered = mcda.get_method(name)
    expected = registered.score(MATRIX, np.array(WEIGHTS) / 8, np.array([-1, 1, -1]))
    np.testing.assert_allclose(FUNCTIONS[name](MATRIX, WEIGHTS, DIRECTIONS), expected)


@pytest.mark.parametrize(
    "directions",
    [
        ["min", "max", "min"],
        ["MIN", "Max", "minimize"],
        [-1, 1, -1],
        np.array([-1, 1, -1]),
        [min, max, min],  # scikit-criteria's objectives
        ["<", ">", "<"],
        [mcda.Direction.MIN, mcda.Direction.MAX, mcda.Direction.MIN],
    ],
)
def test_every_direction_encoding(directions: object) -> None:
    for function in FUNCTIONS.values():
        np.testing.assert_allclose(
            function(MATRIX, WEIGHTS, directions), function(MATRIX, WEIGHTS, DIRECTIONS)
        )


def test_skcriteria_objective_enum() -> None:
    objectives = pytest.importorskip("skcriteria.core.objectives")
    directions = [objectives.Objective.MIN, objectives.Objective.MAX, objectives.Objective.MIN]
    np.testing.assert_allclose(
        mcda.vikor(MATRIX, WEIGHTS, directions), mcda.vikor(MATRIX, WEIGHTS, DIRECTIONS)
    )


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_a_dataframe_in_gives_a_labelled_series_out(name: str) -> None:
    scores = FUNCTIONS[name](FRAME, {"noise": 2, "cost": 3, "capacity": 3},
                             {"capacity": "max", "cost": "min", "noise": "min"})  # fmt: skip
    assert isinstance(scores, pd.Series)
    assert list(scores.index) == list(FRAME.index)
    assert scores.attrs["higher_is_better"] is mcda.get_method(name).higher_is_better
    np.testing.assert_allclose(scores.to_numpy(), FUNCTIONS[name](MATRIX, WEIGHTS, DIRECTIONS))
    batch = FUNCTIONS[name](FRAME, np.array([WEIGHTS, [1, 1, 1]]), DIRECTIONS)
    assert isinstance(batch, pd.DataFrame) and list(batch.columns) == list(FRAME.index)


def test_method_parameters_by_keyword_and_by_column() -> None:
    assert not np.allclose(mcda.vikor(MATRIX, WEIGHTS, DIRECTIONS, v=0.9),
                           mcda.vikor(MATRIX, WEIGHTS, DIRECTIONS))  # fmt: skip
    by_column = mcda.promethee_ii(FRAME, WEIGHTS, DIRECTIONS, preference={"cost": "linear"},
                                  q={"cost": 5}, p={"cost": 20})  # fmt: skip
    positional = mcda.promethee_ii(MATRIX, WEIGHTS, DIRECTIONS,
                                   preference=["linear", "usual", "usual"], q=[5, None, None],
                                   p=[20, None, None])  # fmt: skip
    np.testing.assert_allclose(by_column.to_numpy(), positional)
    bounds = mcda.spotis(FRAME, WEIGHTS, DIRECTIONS, bounds=[[100, 200], [0, 100], [30, 50]])
    assert isinstance(bounds, pd.Series)


def test_rank_takes_a_matrix_or_a_frame() -> None:
    result = mcda.rank(MATRIX, WEIGHTS, "vikor", directions=DIRECTIONS, params={"v": 0.3})
    assert result.higher_is_better is False
    assert result.alternatives == ("a0", "a1", "a2", "a3")
    np.testing.assert_allclose(result.scores, mcda.vikor(MATRIX, WEIGHTS, DIRECTIONS, v=0.3))
    framed = mcda.rank(FRAME, {"cost": 3, "capacity": 3, "noise": 2}, directions=DIRECTIONS)
    assert framed.alternatives == ("hanstholm", "thisted", "skagen", "limfjord")
    assert framed.to_frame()["label"].tolist() == list(FRAME.index)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: mcda.rank(MATRIX, WEIGHTS), "directions: needed to rank a matrix"),
        (lambda: mcda.vikor(MATRIX, WEIGHTS, "max"), "give one direction per criterion"),
        (lambda: mcda.vikor(MATRIX, WEIGHTS, ["max", "up", "min"]), r"directions\[1\]: 'up'"),
        (lambda: mcda.vikor(MATRIX, {"cost": 1}, DIRECTIONS), "needs a labelled matrix"),
        (lambda: mcda.vikor(FRAME, {"cost": 1}, DIRECTIONS), "missing criteria: capacity"),
        (lambda: mcda.promethee_ii(FRAME, WEIGHTS, DIRECTIONS, q={"speed": 1}),
         "unknown criterion 'speed'"),
        (lambda: mcda.rank(MATRIX, WEIGHTS, "vikor", directions=DIRECTIONS, params={"w": 1}),
         r"method vikor has no such parameter \(parameters: v\)"),
        (lambda: mcda.topsis(FRAME, FRAME, DIRECTIONS), "not a DataFrame"),
    ],
)  # fmt: skip
def test_errors(call: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        call()  # type: ignore[operator]


def _bikes_with(tmp_path: Path, bikes_copy: Path, table: str) -> Path:
    text = bikes_copy.read_text(encoding="utf-8")
    bikes_copy.write_text(text + "\n" + table + "\n", encoding="utf-8")
    return bikes_copy


def test_parameters_from_the_problem_file(tmp_path: Path, bikes_copy: Path) -> None:
    path = _bikes_with(tmp_path, bikes_copy, "[methods.vikor]\nv = 0.9")
    problem = mcda.load_problem(path)
    assert problem.method_params["vikor"]["v"] == 0.9
    from_file = mcda.rank(problem, method="vikor")
    plain = mcda.rank(mcda.load_problem("criteria/examples/bikes.toml"), method="vikor",
                      params={"v": 0.9})  # fmt: skip
    np.testing.assert_allclose(from_file.scores, plain.scores)
    overridden = mcda.rank(problem, method="vikor", params={"v": 0.5})
    assert not np.allclose(overridden.scores, from_file.scores)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("[methods.nope]\nv = 1", r"methods\.nope: unknown method 'nope'"),
        ("[methods.vikor]\nw = 1", r"methods\.vikor\.w: unknown parameter \(parameters: v\)"),
    ],
)
def test_bad_method_tables(tmp_path: Path, bikes_copy: Path, table: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        mcda.load_problem(_bikes_with(tmp_path, bikes_copy, table))


def test_cli_param(capsys: pytest.CaptureFixture[str], bikes_path: Path) -> None:
    assert main(["rank", str(bikes_path), "--method", "vikor", "--param", "v=0.9",
                 "--format", "json"]) == 0  # fmt: skip
    import json

    scores = [a["score"] for a in json.loads(capsys.readouterr().out)["alternatives"]]
    expected = mcda.rank(mcda.load_problem(bikes_path), method="vikor", params={"v": 0.9})
    np.testing.assert_allclose([s for s in scores if s is not None], expected.scores)
    for bad, message in (
        (["--param", "v"], "'v' is not of the form name=value"),
        (["--param", "w=1"], "method vikor has no such parameter"),
        (["--param", "v=1", "--param", "v=2"], "'v' is given twice"),
        (["--param", "v=3"], r"v: 3 is outside \[0, 1\]"),
    ):
        assert main(["rank", str(bikes_path), "--method", "vikor", *bad]) == 2
        assert re.search(message, capsys.readouterr().err), bad
