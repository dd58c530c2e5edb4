"""One-at-a-time weight sweeps (mcda.sensitivity.sweeps): paths and exact reversal points."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mcda
from mcda.errors import ValidationError
from mcda.methods import get_method
from mcda.ranking import rank_scores
from mcda.sensitivity.sweeps import sweep_path, sweep_problem, weight_sweep

BIKES = Path(__file__).resolve().parents[1] / "criteria" / "examples" / "bikes.toml"


def _problem(seed=0, m=7, n=4):
    rng = np.random.default_rng(seed)
    matrix = rng.uniform(1, 10, (m, n))
    signs = np.where(rng.random(n) < 0.3, -1, 1)
    weights = rng.dirichlet(np.ones(n))
    return matrix, signs, weights


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.floats(0, 1), min_size=2, max_size=6).filter(lambda w: sum(w) > 0.01),
    st.sampled_from(["proportional", "equal"]),
    st.data(),
)
def test_paths_stay_on_the_simplex_and_pass_through_the_profile(raw, redistribution, data):
    base = np.array(raw) / sum(raw)
    j = data.draw(st.integers(0, len(base) - 1))
    grid = np.linspace(0, 1, 41)
    weights = sweep_path(base, j, grid, redistribution)
    assert np.all(weights >= 0)
    np.testing.assert_allclose(weights.sum(axis=1), 1.0)
    np.testing.assert_allclose(weights[:, j], grid)
    at_base = sweep_path(base, j, np.array([base[j]]), redistribution)[0]
    if redistribution == "proportional" and base[j] < 1:
        np.testing.assert_allclose(at_base, base, atol=1e-12)
    if redistribution == "equal":
        np.testing.assert_allclose(at_base, base, atol=1e-12)


def test_proportional_keeps_ratios_and_equal_shares_the_change():
    base = np.array([0.5, 0.3, 0.2])
    proportional = sweep_path(base, 0, np.array([0.2]), "proportional")[0]
    np.testing.assert_allclose(proportional, [0.2, 0.48, 0.32])
    equal = sweep_path(base, 0, np.array([0.2]), "equal")[0]
    np.testing.assert_allclose(equal, [0.2, 0.45, 0.35])  # +0.15 each
    clipped = sweep_path(base, 0, np.array([0.9]), "equal")[0]
    np.testing.assert_allclose(clipped, [0.9, 0.1, 0.0])  # 0.2 −0.2 stops at 0, 0.3 takes the rest


def _check_reversals(result, matrix, signs, method="topsis", eps=1e-7):
    chosen = get_method(method)
    for sweep in result.sweeps:
        for reversal in sweep.reversals:
            t = reversal.weight
            around = sweep_path(
                result.base_weights, sweep.criterion, np.array([t - eps, t + eps]),
                result.redistribution,
            )
            scores = np.stack([chosen.score(matrix, w, signs) for w in around])
            if not chosen.higher_is_better:
                scores = -scores
            below, above = reversal.ahead_below, reversal.ahead_above
            assert scores[0, below] > scores[0, above], (sweep.criterion, reversal)
            assert scores[1, above] > scores[1, below], (sweep.criterion, reversal)


@pytest.mark.parametrize("redistribution", ["proportional", "equal"])
@pytest.mark.parametrize("method", ["topsis", "topsis_minmax", "wsm", "vikor"])
def test_reversal_points_are_exact(method, redistribution):
    matrix, signs, weights = _problem(1, m=6, n=3)
    result = weight_sweep(
        matrix, signs, weights, method=method, redistribution=redistribution, points=41
    )
    assert result.reversals, "the example should have reversals"
    _check_reversals(result, matrix, signs, method)


def test_reversals_match_a_dense_brute_force_scan():
    matrix, signs, weights = _problem(2, m=8, n=4)
    result = weight_sweep(matrix, signs, weights, points=1001)
    dense = np.linspace(0, 1, 40_001)
    for sweep in result.sweeps:
        path = sweep_path(weights, sweep.criterion, dense, "proportional")
        closeness = mcda.topsis(matrix, path, signs)
        expected = []
        for i in range(8):
            for k in range(i + 1, 8):
                d = np.sign(closeness[:, i] - closeness[:, k])
                for p in np.flatnonzero(d[1:] * d[:-1] < 0):
                    expected.append(dense[p])
        found = sorted(r.weight for r in sweep.reversals)
        assert len(found) == len(expected)
        np.testing.assert_allclose(found, sorted(expected), atol=1 / 40_000)


def test_grid_ranks_are_the_reference_ranks():
    matrix, signs, weights = _problem(3)
    result = weight_sweep(matrix, signs, weights, points=21)
    for sweep in result.sweeps:
        for w, ranks in zip(sweep.weights, sweep.ranks, strict=True):
            assert np.array_equal(ranks, rank_scores(mcda.topsis(matrix, w, signs)))
    assert np.array_equal(result.base_ranks, rank_scores(mcda.topsis(matrix, weights, signs)))


def test_identical_alternatives_never_reverse():
    matrix, signs, weights = _problem(4, m=4, n=3)
    matrix[3] = matrix[1]
    result = weight_sweep(matrix, signs, weights)
    for r in result.reversals:
        assert {r.ahead_below, r.ahead_above} != {1, 3}


def test_sweep_problem_on_bikes():
    problem = mcda.load_problem(BIKES)
    result = sweep_problem(problem, "frugal", points=51)
    assert result.alternatives == problem.eligible_ids
    assert result.criteria == problem.criterion_ids
    np.testing.assert_allclose(result.base_weights, [0.5, 0.25, 0.25])
    assert result.sweep("cost").criterion == 0
    _check_reversals(result, problem.matrix(), problem.direction_signs)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"points": 1}, "points: expected an integer ≥ 2"),
        ({"redistribution": "even"}, "redistribution: 'even' is not one of"),
        ({"criteria": [5]}, r"criteria: index 5 is outside 0\.\.2"),
        ({"method": "nope"}, "unknown method 'nope'"),
        ({"alternatives": ["x"]}, "labels: 1 alternatives and 3 criteria"),
    ],
)
def test_errors(kwargs, match):
    matrix, signs, weights = _problem(0, m=3, n=3)
    with pytest.raises(ValidationError, match=match):
        weight_sweep(matrix, signs, weights, **kwargs)


def test_weight_and_lookup_errors():
    matrix, signs, weights = _problem(0, m=3, n=3)
    with pytest.raises(ValidationError, match=r"weights: expected one vector of 3"):
        weight_sweep(matrix, signs, np.ones((2, 3)))
    result = weight_sweep(matrix, signs, weights, criteria=[0])
    with pytest.raises(ValidationError, match="criterion: unknown 'price'"):
        result.sweep("price")
    with pytest.raises(ValidationError, match="criterion: 1 was not swept"):
        result.sweep(1)


def test_vectorised_roots_agree_with_brentq():
    from scipy.optimize import brentq

    from mcda.sensitivity.sweeps import bracketed_roots

    matrix, signs, weights = _problem(6, m=9, n=4)
    for redistribution in ("proportional", "equal"):
        result = weight_sweep(matrix, signs, weights, redistribution=redistribution, points=51)
        assert len(result.reversals) > 5
        for reversal in result.reversals:
            def difference(t, r=reversal, base=result.base_weights, how=redistribution):
                w = sweep_path(base, r.criterion, np.array([t]), how)
                c = mcda.topsis(matrix, w[0], signs)
                return c[r.ahead_below] - c[r.ahead_above]

            step = 1 / 50
            low = max(0.0, reversal.weight - step)
            high = min(1.0, reversal.weight + step)
            reference = brentq(difference, low, high, xtol=1e-13)
            assert reversal.weight == pytest.approx(reference, abs=1e-10)
    cubes = np.array([1.0, 8, 27])
    roots = bracketed_roots(lambda t, c: t**3 - c, np.zeros(3), np.full(3, 3.0), cubes)
    np.testing.assert_allclose(roots, [1, 2, 3], atol=1e-12)
    # Newton mode: the same roots; a start where Newton overshoots the bracket
    # (t³ − c is flat near 0) must fall back to bisection and still converge
    newton = bracketed_roots(
        lambda t, c: t**3 - c, np.zeros(3), np.full(3, 3.0), cubes,
        value_and_slope=lambda t, c: (t**3 - c, 3 * t**2),
    )  # fmt: skip
    np.testing.assert_allclose(newton, [1, 2, 3], atol=1e-12)
    steep = bracketed_roots(
        lambda t: np.arctan(50 * (t - 0.3)), np.full(1, -2.0), np.full(1, 3.0),
        value_and_slope=lambda t: (np.arctan(50 * (t - 0.3)), 50 / (1 + (50 * (t - 0.3)) ** 2)),
    )  # fmt: skip
    assert steep[0] == pytest.approx(0.3, abs=1e-12)
    with pytest.raises(ValidationError, match="a bracket has no sign change"):
        bracketed_roots(lambda t: t + 1, np.zeros(1), np.ones(1))


def test_coarse_grid_brackets_across_path_breaks_are_still_exact():
    from mcda.sensitivity.sweeps import _path

    matrix, signs, weights = _problem(7, m=8, n=5)
    result = weight_sweep(matrix, signs, weights, redistribution="equal", points=3)
    breaks = [b for j in range(5) for b in _path(weights, j, "equal").breaks if 0 < b < 1]
    assert breaks, "the equal-redistribution paths should bend inside (0, 1)"
    assert result.reversals
    _check_reversals(result, matrix, signs)
