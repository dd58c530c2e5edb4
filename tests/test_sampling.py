"""Weight sampling (mcda.sampling): uniform simplex and exact constrained sampling."""

from __future__ import annotations

import numpy as np
import pytest

from mcda.errors import ValidationError
from mcda.sampling import (
    WeightConstraints,
    WeightSampler,
    as_generator,
    constrained_simplex,
    uniform_simplex,
)

IDS = ["cost", "robustness", "synergy"]


def test_uniform_simplex_is_on_the_simplex_with_dirichlet_moments():
    weights = uniform_simplex(200_000, 3, np.random.default_rng(0))
    assert weights.shape == (200_000, 3)
    assert np.all(weights >= 0)
    np.testing.assert_allclose(weights.sum(axis=1), 1.0)
    # Dirichlet(1,1,1): mean 1/3, variance (1/3)(2/3)/4 = 1/18
    np.testing.assert_allclose(weights.mean(axis=0), 1 / 3, atol=3e-3)
    np.testing.assert_allclose(weights.var(axis=0), 1 / 18, atol=2e-3)


def test_same_seed_same_draws():
    a = uniform_simplex(10, 4, as_generator(5))
    b = uniform_simplex(10, 4, as_generator(5))
    assert np.array_equal(a, b)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_uniform_simplex_is_normalised_exponentials_bit_for_bit(dtype):
    # the column-by-column row sums must reproduce numpy's own sum exactly, so the
    # same seed gives the same weights as plain ``draws / draws.sum(axis=1)``
    from mcda.sampling import _row_sums

    for n in range(1, 12):
        draws = np.random.default_rng(n).standard_exponential((5000, n), dtype=dtype)
        assert np.array_equal(_row_sums(draws), draws.sum(axis=1))
        expected = draws / draws.sum(axis=1, keepdims=True)
        got = uniform_simplex(5000, n, np.random.default_rng(n), dtype)
        assert got.dtype == dtype and np.array_equal(got, expected)


def test_ordinal_constraint_gives_the_conditional_uniform_distribution():
    constraints = WeightConstraints.from_spec(IDS, order=["cost >= robustness >= synergy"])
    weights, rate = constrained_simplex(60_000, 3, np.random.default_rng(1), constraints)
    assert np.all(weights[:, 0] >= weights[:, 1]) and np.all(weights[:, 1] >= weights[:, 2])
    assert rate == pytest.approx(1 / 6, abs=0.01)  # one of 3! orders
    # uniform on the ordered simplex: mean of the sorted Dirichlet(1,1,1) = (11, 5, 2)/18
    np.testing.assert_allclose(weights.mean(axis=0), np.array([11, 5, 2]) / 18, atol=4e-3)


def test_less_or_equal_reads_the_other_way():
    constraints = WeightConstraints.from_spec(IDS, order=["synergy <= cost"])
    assert constraints.order == ((0, 2),)


def test_lower_bounds_by_construction_and_upper_by_rejection():
    constraints = WeightConstraints.from_spec(
        IDS, intervals={"cost": (0.2, 0.5), "synergy": (0.1, 1.0)}
    )
    sampler = WeightSampler(3, np.random.default_rng(2), constraints)
    weights = sampler.draw(50_000)
    assert weights.shape == (50_000, 3)
    assert np.all(weights[:, 0] >= 0.2 - 1e-12) and np.all(weights[:, 0] <= 0.5)
    assert np.all(weights[:, 2] >= 0.1 - 1e-12)
    np.testing.assert_allclose(weights.sum(axis=1), 1.0)
    assert 0 < sampler.acceptance_rate < 1
    # compare with brute-force rejection from the plain simplex
    raw = uniform_simplex(400_000, 3, np.random.default_rng(3))
    kept = raw[(raw[:, 0] >= 0.2) & (raw[:, 0] <= 0.5) & (raw[:, 2] >= 0.1)]
    np.testing.assert_allclose(weights.mean(axis=0), kept.mean(axis=0), atol=4e-3)


def test_sampler_draws_continue_the_stream():
    constraints = WeightConstraints.from_spec(IDS, order=["cost >= synergy"])
    one = WeightSampler(3, np.random.default_rng(4), constraints)
    parts = np.concatenate([one.draw(700), one.draw(1300)])
    assert parts.shape == (2000, 3)
    assert np.all(parts[:, 0] >= parts[:, 2])
    assert one.accepted >= 2000 and one.drawn > one.accepted


def test_unconstrained_sampler_matches_uniform_simplex():
    sampler = WeightSampler(3, np.random.default_rng(6), WeightConstraints(3))
    assert np.array_equal(sampler.draw(100), uniform_simplex(100, 3, np.random.default_rng(6)))
    assert sampler.acceptance_rate == 1.0


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"order": ["cost > robustness"]}, "must read 'a >= b'"),
        ({"order": ["cost >= price"]}, "unknown criterion 'price'"),
        ({"order": ["cost >= robustness <= synergy"]}, "one direction"),
        ({"intervals": {"price": (0, 1)}}, "weight interval: unknown criterion 'price'"),
        ({"intervals": {"cost": (0.6, 0.4)}}, r"cost: \[0.6, 0.4\] is not an interval"),
        ({"intervals": {"cost": (0.6, 1), "synergy": (0.5, 1)}}, "lower bounds sum to 1.1 > 1"),
        (
            {"intervals": {"cost": (0, 0.2), "synergy": (0, 0.2), "robustness": (0, 0.2)}},
            "upper bounds sum to 0.6 < 1",
        ),
        ({"intervals": {"cost": (-0.1, 0.5)}}, r"lower bounds must lie in \[0, 1\]"),
    ],
)
def test_constraint_errors(kwargs, match):
    with pytest.raises(ValidationError, match=match):
        WeightConstraints.from_spec(IDS, **kwargs)


def test_index_errors():
    with pytest.raises(ValidationError, match=r"index 3 is outside 0\.\.2"):
        WeightConstraints(3, order=((0, 3),))
    with pytest.raises(ValidationError, match="ordered against itself"):
        WeightConstraints(3, order=((1, 1),))
    with pytest.raises(ValidationError, match="lower has 2 bounds for 3 criteria"):
        WeightConstraints(3, lower=(0.1, 0.1))
    with pytest.raises(ValidationError, match="need at least one criterion"):
        WeightConstraints(0)


def test_constraints_without_room_are_reported_not_looped_on():
    # cost ≥ robustness but cost ≤ 0.1 and robustness ≥ 0.5: infeasible
    constraints = WeightConstraints.from_spec(
        IDS, order=["cost >= robustness"], intervals={"cost": (0, 0.1), "robustness": (0.5, 1)}
    )
    with pytest.raises(ValidationError, match=r"none of 1,0.*uniform draws met them"):
        constrained_simplex(10, 3, np.random.default_rng(0), constraints)


def test_uniform_simplex_errors():
    with pytest.raises(ValidationError, match="need n_samples ≥ 0 and n_criteria ≥ 1"):
        uniform_simplex(-1, 3, np.random.default_rng(0))
    with pytest.raises(ValidationError, match="rng: expected an int seed or a Generator"):
        as_generator(True)  # type: ignore[arg-type]
