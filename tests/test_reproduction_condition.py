"""Win conditions: linear coefficients, verification by the engine, and bad input."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from reproduction_support import make_problem

from mcda.errors import ValidationError
from mcda.reproduction import reproduce, win_condition
from mcda.reproduction.condition import reference_weights
from mcda.sampling import uniform_simplex

MATRIX = [[6, 2, 3], [2, 6, 2], [3, 3, 6], [3, 3, 6.0001]]


@pytest.mark.parametrize("method", ["wsm", "promethee_ii", "spotis"])
def test_linear_methods_get_exact_coefficients(tmp_path: Path, method: str) -> None:
    problem = make_problem(tmp_path, MATRIX, ["max", "min", "max"], recommend="a0")
    condition = win_condition(problem, method=method)
    assert condition.linear is not None
    weights = uniform_simplex(50, 3, np.random.default_rng(0))
    direct = condition.utilities(weights)
    expected = direct[:, [0]] - direct[:, 1:]
    np.testing.assert_allclose(condition.leads(weights), expected, atol=1e-12)


@pytest.mark.parametrize("method", ["topsis", "topsis_minmax"])
def test_fast_topsis_closeness_equals_the_engine(tmp_path: Path, method: str) -> None:
    import mcda

    problem = make_problem(tmp_path, MATRIX, ["max", "min", "max"], recommend="a0")
    condition = win_condition(problem, method=method)
    assert condition.topsis_gaps is not None
    weights = np.vstack([uniform_simplex(50, 3, np.random.default_rng(1)), np.eye(3)])
    engine = mcda.get_method(method).score(condition.matrix, weights, condition.signs)
    np.testing.assert_allclose(condition.utilities(weights), engine, atol=1e-14)


@pytest.mark.parametrize("method", ["topsis", "topsis_minmax", "wpm", "vikor", "copras"])
def test_nonlinear_methods_have_no_coefficients(tmp_path: Path, method: str) -> None:
    problem = make_problem(tmp_path, MATRIX, ["max", "min", "max"], recommend="a0")
    assert win_condition(problem, method=method).linear is None


def test_tied_column_gets_zero_coefficients(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[1, 5], [2, 5]], ["max", "max"], recommend="a1")
    condition = win_condition(problem, method="wsm")
    assert condition.linear is not None
    np.testing.assert_allclose(condition.linear[:, 1], 0.0)
    assert not condition.verify([0.0, 1.0]).wins  # all weight on the tied criterion


def test_lower_is_better_methods_are_oriented(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[9, 9], [1, 1]], ["max", "max"], recommend="a0")
    for method in ("vikor", "spotis", "topsis"):
        condition = win_condition(problem, method=method)
        assert condition.lead(np.array([[0.5, 0.5]]))[0] > 0, method


def test_single_eligible_alternative_wins_trivially(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[1, 2], [2, 1]], ["max", "max"], recommend="a0",
                           screen_out="a1")
    result = reproduce(problem, n_samples=200, rng=0)
    assert result.reproducible and result.share == 1.0
    assert result.dominance.status == "dominates_all"


def test_reference_profiles(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[1, 2], [2, 1]], ["max", "max"], recommend="a0",
                           profiles={"tilt": [3, 1]})
    np.testing.assert_allclose(reference_weights(problem, None), [0.5, 0.5])
    np.testing.assert_allclose(reference_weights(problem, "equal"), [0.5, 0.5])
    np.testing.assert_allclose(reference_weights(problem, "tilt"), [0.75, 0.25])
    np.testing.assert_allclose(reference_weights(problem, {"c0": 1, "c1": 3}), [0.25, 0.75])
    with pytest.raises(ValidationError, match="no weight profile 'nope'"):
        reference_weights(problem, "nope")


def test_no_recommendation_and_no_target(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[1, 2], [2, 1]], ["max", "max"])
    with pytest.raises(ValidationError, match=r"problem.toml: recommendation: .*name a target"):
        win_condition(problem)


def test_unknown_target(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[1, 2], [2, 1]], ["max", "max"], recommend="a0")
    with pytest.raises(ValidationError, match=r"target: no alternative 'zz' \(alternatives: a0, a1\)"):
        win_condition(problem, "zz")


def test_screened_out_target(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[1, 2], [2, 1], [3, 3]], ["max", "max"], recommend="a0",
                           screen_out="a2")
    with pytest.raises(ValidationError, match=r"'a2' is screened out by constraint 'must_have'"):
        win_condition(problem, "a2")


def test_unknown_method(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[1, 2], [2, 1]], ["max", "max"], recommend="a0")
    with pytest.raises(ValidationError, match="unknown method 'best'"):
        reproduce(problem, method="best")


def test_bad_sample_count(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[1, 2], [2, 1]], ["max", "max"], recommend="a0")
    with pytest.raises(ValidationError, match="n_samples: need at least 1"):
        reproduce(problem, n_samples=0)
