"""rank(): screening, explicit ties, weights in every accepted form, the result frame."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import mcda
from mcda.errors import ValidationError


@pytest.mark.parametrize(
    ("scores", "higher", "ranks"),
    [
        ([0.2, 0.9, 0.5], True, [3, 1, 2]),
        ([0.2, 0.9, 0.5], False, [1, 3, 2]),
        ([0.5, 0.9, 0.5, 0.1], True, [2, 1, 2, 4]),
        ([0.5, 0.5 + 1e-13, 0.1], True, [1, 1, 3]),
        ([1.0], True, [1]),
    ],
)
def test_rank_scores_competition_ranking_with_ties(scores: list, higher: bool, ranks: list) -> None:
    assert list(mcda.rank_scores(scores, higher_is_better=higher)) == ranks


def test_rank_by_hand_on_the_example(bikes_path: Path) -> None:
    problem = mcda.load_problem(bikes_path)
    result = mcda.rank(problem)
    assert result.alternatives == ("cargo_co", "citycycle", "budget_bikes")
    assert [s.alternative for s in result.screened] == ["pedal_plus"]
    expected = mcda.topsis(problem.matrix(result.alternatives), [1, 1, 1], ["min", "max", "max"])
    np.testing.assert_allclose(result.scores, expected)
    assert result.rank_of("pedal_plus") is None
    assert result.best == (result.alternatives[int(np.argmax(expected))],)


def test_weights_given_as_name_mapping_or_vector_agree(bikes_path: Path) -> None:
    problem = mcda.load_problem(bikes_path)
    by_name = mcda.rank(problem, "frugal")
    by_mapping = mcda.rank(problem, {"cost": 2, "fleet_size": 1, "usefulness": 1})
    by_vector = mcda.rank(problem, [0.5, 0.25, 0.25])
    np.testing.assert_allclose(by_name.weights, [0.5, 0.25, 0.25])
    np.testing.assert_allclose(by_mapping.scores, by_name.scores)
    np.testing.assert_allclose(by_vector.scores, by_name.scores)


def test_explicit_values_replace_midpoints(bikes_path: Path) -> None:
    problem = mcda.load_problem(bikes_path)
    low = problem.matrix(value="low")
    result = mcda.rank(problem, values=low)
    np.testing.assert_allclose(
        result.scores, mcda.topsis(low, problem.weights(), problem.direction_signs)
    )


def test_to_frame_lists_every_alternative_in_file_order(bikes_path: Path) -> None:
    frame = mcda.rank(mcda.load_problem(bikes_path)).to_frame("en")
    assert list(frame.index) == ["cargo_co", "citycycle", "budget_bikes", "pedal_plus"]
    assert frame.loc["pedal_plus", "rank"] is not None
    assert frame["rank"].isna().tolist() == [False, False, False, True]
    assert "Within the budget" in frame.loc["pedal_plus", "screened_out"]


@pytest.mark.parametrize("method", sorted(mcda.METHODS))
def test_every_registered_method_ranks_the_example(bikes_path: Path, method: str) -> None:
    result = mcda.rank(mcda.load_problem(bikes_path), method=method)
    assert sorted(result.ranks) == sorted(
        mcda.rank_scores(result.scores, higher_is_better=result.higher_is_better)
    )
    assert np.all(np.isfinite(result.scores))


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ("heavy", r"no weight profile 'heavy' \(profiles: equal, frugal\)"),
        ({"cost": 1, "speed": 1}, "unknown criterion 'speed'"),
        ({"cost": 1}, "missing criteria: fleet_size, usefulness"),
        ([1, -1, 1], "negative"),
        ([0, 0, 0], "all zero"),
        ([1, 1], "expected shape"),
    ],
)
def test_bad_weights_are_rejected(bikes_path: Path, weights: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        mcda.rank(mcda.load_problem(bikes_path), weights)  # type: ignore[arg-type]


def test_unknown_method(bikes_path: Path) -> None:
    with pytest.raises(ValidationError, match="unknown method 'electre'"):
        mcda.rank(mcda.load_problem(bikes_path), method="electre")


def test_values_of_wrong_shape(bikes_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"values: expected shape \(3, 3\)"):
        mcda.rank(mcda.load_problem(bikes_path), values=np.ones((4, 3)))


def test_every_alternative_screened_out_is_a_clear_error(bikes_copy: Path) -> None:
    text = bikes_copy.read_text(encoding="utf-8").replace("max = 300", "max = 10")
    bikes_copy.write_text(text, encoding="utf-8")
    problem = mcda.load_problem(bikes_copy)
    with pytest.raises(ValidationError, match=r"bikes\.toml: every alternative is screened out"):
        mcda.rank(problem)
    with pytest.raises(ValidationError, match="every alternative is screened out"):
        mcda.smaa_problem(problem, n_samples=10, rng=1)
