"""Stability intervals (mcda.sensitivity.stability): consistent with the sweeps."""

from __future__ import annotations

import math

import numpy as np
import pytest

import mcda
from mcda.ranking import rank_scores
from mcda.sensitivity.stability import stability_intervals
from mcda.sensitivity.sweeps import sweep_path, weight_sweep


def _example(seed):
    rng = np.random.default_rng(seed)
    matrix = rng.uniform(1, 10, (6, 4))
    signs = np.array([1, -1, 1, 1])
    weights = rng.dirichlet(np.ones(4) * 3)
    return matrix, signs, weights


def _ranks_at(matrix, signs, base, criterion, values, redistribution):
    weights = sweep_path(base, criterion, np.asarray(values, dtype=float), redistribution)
    return [rank_scores(mcda.topsis(matrix, w, signs)) for w in weights]


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
@pytest.mark.parametrize("redistribution", ["proportional", "equal"])
def test_intervals_hold_inside_and_break_just_outside(seed, redistribution):
    matrix, signs, weights = _example(seed)
    sweeps = weight_sweep(matrix, signs, weights, redistribution=redistribution)
    result = stability_intervals(sweeps)
    base_ranks = sweeps.base_ranks
    top = np.flatnonzero(base_ranks == 1)
    assert result.top == tuple(sweeps.alternatives[i] for i in top)
    for stability, sweep in zip(result.criteria, sweeps.sweeps, strict=True):
        j = sweep.criterion
        for name, (low, high), same in (
            ("top", stability.top_interval, lambda r: np.array_equal(r == 1, base_ranks == 1)),
            ("ranking", stability.ranking_interval, lambda r: np.array_equal(r, base_ranks)),
        ):
            assert low <= stability.weight <= high, name
            inside = np.linspace(low, high, 9)[1:-1]
            assert all(same(r) for r in _ranks_at(matrix, signs, weights, j, inside, redistribution))
            for end, outside in ((low, low - 1e-7), (high, high + 1e-7)):
                if 0 < end < 1:
                    (r,) = _ranks_at(matrix, signs, weights, j, [outside], redistribution)
                    assert not same(r), (name, j, end)


def test_most_critical_is_the_smallest_relative_change():
    matrix, signs, weights = _example(5)
    result = stability_intervals(weight_sweep(matrix, signs, weights))
    finite = [c for c in result.criteria if math.isfinite(c.top_change)]
    assert finite
    best = min(finite, key=lambda c: c.relative_top_change)
    assert result.most_critical == best.criterion
    for c in finite:
        low, high = c.top_interval
        assert c.top_change == pytest.approx(min(
            abs(x - c.weight) for x in (low, high) if 0 < x < 1
        ))
        assert c.relative_top_change == pytest.approx(c.top_change / c.weight)
    frame = result.to_frame()
    assert list(frame.index) == list(result_criteria(result))


def result_criteria(result):
    return [c.criterion for c in result.criteria]


def test_dominating_alternative_is_stable_everywhere():
    matrix = np.array([[9.0, 9.0, 1.0], [5.0, 4.0, 3.0], [3.0, 6.0, 2.0]])
    result = stability_intervals(
        weight_sweep(matrix, ["max", "max", "min"], [0.2, 0.5, 0.3])
    )
    assert result.top == ("a0",)
    assert result.most_critical is None
    for c in result.criteria:
        assert c.top_interval == (0.0, 1.0)
        assert math.isinf(c.top_change) and c.top_reversal is None


def test_zero_weight_has_infinite_relative_change():
    matrix, signs, _ = _example(0)
    result = stability_intervals(weight_sweep(matrix, signs, [0.0, 0.4, 0.3, 0.3]))
    assert result.criteria[0].weight == 0.0
    assert math.isinf(result.criteria[0].relative_top_change)
