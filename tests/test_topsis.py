"""TOPSIS: published examples, pymcdm cross-check, invariants, degenerate cases, errors."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import mcda
from mcda.errors import ValidationError
from mcda.methods.topsis import topsis_steps


def test_topsis_tzeng_huang_2011_vector_normalisation() -> None:
    """Tzeng, G.-H. & Huang, J.-J. (2011). *Multiple Attribute Decision Making: Methods
    and Applications*. CRC Press, ch. 4 (TOPSIS numerical example): four alternatives,
    three benefit criteria, w = (0.3, 0.4, 0.3), vector normalisation; published
    closeness 0.5037, 0.6581, 0.7482, 0.3340 (ranking A3 > A2 > A1 > A4)."""
    matrix = [[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]]
    closeness = mcda.topsis(matrix, [0.3, 0.4, 0.3], ["max", "max", "max"])
    np.testing.assert_allclose(closeness, [0.5037, 0.6581, 0.7482, 0.3340], atol=5e-5)
    assert list(mcda.rank_scores(closeness)) == [3, 2, 1, 4]


def test_topsis_opricovic_tzeng_2004_minmax_normalisation() -> None:
    """Opricovic, S. & Tzeng, G.-H. (2004). Compromise solution by MCDM methods: a
    comparative analysis of VIKOR and TOPSIS. *EJOR* 156(2), 445–455, numerical
    example (section 4): f1 = (1, 2, 5) to minimise, f2 = (3000, 3750, 4500) to
    maximise, equal weights, linear (min-max) normalisation; closeness 0.500, 0.617,
    0.500 — A1 and A3 tie, the paper's point about TOPSIS (values as also used in
    pymcdm's test suite)."""
    matrix = [[1, 3000], [2, 3750], [5, 4500]]
    closeness = mcda.topsis(matrix, [0.5, 0.5], ["min", "max"], normalization="minmax")
    np.testing.assert_allclose(closeness, [0.500, 0.617, 0.500], atol=5e-4)
    assert list(mcda.rank_scores(closeness)) == [2, 1, 2]


def test_topsis_hand_computation_two_by_two() -> None:
    """By hand: x = [[3, 4], [4, 3]], both max, w = (0.75, 0.25). Column norms are 5,
    so r = [[0.6, 0.8], [0.8, 0.6]]; v = [[0.45, 0.2], [0.6, 0.15]]; ideal (0.6, 0.2),
    anti-ideal (0.45, 0.15). A1: d+ = 0.15, d- = 0.05 → C = 0.25; A2: d+ = 0.05,
    d- = 0.15 → C = 0.75."""
    steps = topsis_steps([[3, 4], [4, 3]], [0.75, 0.25], ["max", "max"])
    np.testing.assert_allclose(steps.weighted, [[0.45, 0.2], [0.6, 0.15]])
    np.testing.assert_allclose(steps.ideal, [0.6, 0.2])
    np.testing.assert_allclose(steps.anti_ideal, [0.45, 0.15])
    np.testing.assert_allclose(steps.distance_ideal, [0.15, 0.05])
    np.testing.assert_allclose(steps.closeness, [0.25, 0.75])


# -- cross-check with pymcdm -------------------------------------------------------------


def _problems(min_alternatives: int = 2) -> st.SearchStrategy:
    shapes = st.tuples(st.integers(min_alternatives, 7), st.integers(1, 5))
    return shapes.flatmap(
        lambda shape: st.tuples(
            arrays(float, shape, elements=st.floats(0.1, 100.0)),
            arrays(float, (shape[1],), elements=st.floats(0.01, 1.0)),
            st.lists(st.sampled_from([1, -1]), min_size=shape[1], max_size=shape[1]).map(np.array),
        )
    )


@settings(max_examples=150, deadline=None)
@given(_problems(), st.sampled_from(["vector", "minmax"]))
def test_topsis_equals_pymcdm(problem: tuple, normalization: str) -> None:
    from pymcdm import normalizations
    from pymcdm.methods import TOPSIS

    matrix, weights, signs = problem
    spread = matrix.max(axis=0) - matrix.min(axis=0)
    assume(np.all(spread > 1e-6))  # pymcdm returns NaN on tied columns; we don't
    function = {
        "vector": normalizations.vector_normalization,
        "minmax": normalizations.minmax_normalization,
    }[normalization]
    expected = TOPSIS(function)(matrix, weights / weights.sum(), signs)
    ours = mcda.topsis(matrix, weights, signs, normalization=normalization)
    np.testing.assert_allclose(ours, expected, rtol=0, atol=1e-12)


# -- invariants -------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(_problems(), st.randoms(use_true_random=False))
def test_permuting_alternatives_permutes_closeness(problem: tuple, random) -> None:
    matrix, weights, signs = problem
    order = list(range(matrix.shape[0]))
    random.shuffle(order)
    base = mcda.topsis(matrix, weights, signs)
    np.testing.assert_allclose(mcda.topsis(matrix[order], weights, signs), base[order], atol=1e-12)


@settings(max_examples=100, deadline=None)
@given(_problems(), st.floats(0.01, 1000.0), st.data())
def test_scaling_a_criterion_leaves_vector_topsis_unchanged(
    problem: tuple, factor: float, data
) -> None:
    matrix, weights, signs = problem
    column = data.draw(st.integers(0, matrix.shape[1] - 1))
    scaled = matrix.copy()
    scaled[:, column] *= factor
    np.testing.assert_allclose(
        mcda.topsis(scaled, weights, signs), mcda.topsis(matrix, weights, signs), atol=1e-10
    )


@settings(max_examples=100, deadline=None)
@given(_problems(), st.floats(1e-3, 1e3))
def test_scaling_all_weights_changes_nothing(problem: tuple, factor: float) -> None:
    matrix, weights, signs = problem
    np.testing.assert_allclose(
        mcda.topsis(matrix, weights * factor, signs),
        mcda.topsis(matrix, weights, signs),
        atol=1e-12,
    )


@settings(max_examples=100, deadline=None)
@given(_problems(), st.sampled_from(["vector", "minmax"]), st.data())
def test_dominating_alternative_ranks_first(problem: tuple, normalization: str, data) -> None:
    matrix, weights, signs = problem
    # Make alternative k at least as good as every other on every criterion, strictly
    # better on at least one weighted criterion.
    k = data.draw(st.integers(0, matrix.shape[0] - 1))
    best = np.where(signs > 0, matrix.max(axis=0), matrix.min(axis=0))
    matrix = matrix.copy()
    matrix[k] = best + signs * 1.0
    closeness = mcda.topsis(matrix, weights, signs, normalization=normalization)
    assert closeness[k] == pytest.approx(1.0)
    assert mcda.rank_scores(closeness)[k] == 1
    assert np.all(closeness[k] > np.delete(closeness, k) - 1e-12)


@settings(max_examples=100, deadline=None)
@given(_problems(min_alternatives=1), st.sampled_from(["vector", "minmax"]))
def test_closeness_lies_in_unit_interval(problem: tuple, normalization: str) -> None:
    matrix, weights, signs = problem
    closeness = mcda.topsis(matrix, weights, signs, normalization=normalization)
    assert np.all(np.isfinite(closeness))
    assert np.all((closeness >= 0) & (closeness <= 1))


@settings(max_examples=50, deadline=None)
@given(_problems(), st.integers(1, 20), st.sampled_from(["vector", "minmax"]))
def test_batch_equals_one_vector_at_a_time(problem: tuple, batch: int, normalization: str) -> None:
    matrix, _, signs = problem
    weights = np.random.default_rng(batch).random((batch, matrix.shape[1])) + 0.01
    together = mcda.topsis(matrix, weights, signs, normalization=normalization)
    assert together.shape == (batch, matrix.shape[0])
    for row, w in zip(together, weights, strict=True):
        np.testing.assert_allclose(
            row, mcda.topsis(matrix, w, signs, normalization=normalization), atol=1e-14
        )


# -- degenerate cases: decided behaviour, never NaN ---------------------------------------


@pytest.mark.parametrize("normalization", ["vector", "minmax"])
def test_a_tied_criterion_contributes_nothing(normalization: str) -> None:
    matrix = np.array([[1.0, 5.0, 2.0], [3.0, 5.0, 1.0], [2.0, 5.0, 4.0]])
    signs = [1, 1, -1]
    weights = [0.2, 0.5, 0.3]
    with_tie = mcda.topsis(matrix, weights, signs, normalization=normalization)
    without = mcda.topsis(matrix[:, [0, 2]], [0.2, 0.3], [1, -1], normalization=normalization)
    np.testing.assert_allclose(with_tie, without, atol=1e-12)


@pytest.mark.parametrize("normalization", ["vector", "minmax"])
def test_a_single_alternative_gets_closeness_one_half(normalization: str) -> None:
    closeness = mcda.topsis([[3.0, 7.0]], [0.5, 0.5], ["max", "min"], normalization=normalization)
    np.testing.assert_array_equal(closeness, [0.5])


@pytest.mark.parametrize("normalization", ["vector", "minmax"])
def test_identical_alternatives_all_tie_at_one_half(normalization: str) -> None:
    closeness = mcda.topsis(
        [[2.0, 1.0]] * 4, [0.5, 0.5], ["max", "min"], normalization=normalization
    )
    np.testing.assert_array_equal(closeness, [0.5] * 4)
    assert list(mcda.rank_scores(closeness)) == [1, 1, 1, 1]


def test_all_weight_on_a_tied_criterion_ties_everyone() -> None:
    closeness = mcda.topsis([[1.0, 4.0], [2.0, 4.0]], [0.0, 1.0], ["max", "max"])
    np.testing.assert_array_equal(closeness, [0.5, 0.5])


def test_zero_column_does_not_give_nan() -> None:
    closeness = mcda.topsis([[0.0, 1.0], [0.0, 2.0]], [0.5, 0.5], ["max", "max"])
    np.testing.assert_allclose(closeness, [0.0, 1.0])


# -- errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"matrix": [[1.0, np.nan]]}, "finite"),
        ({"matrix": [[1.0, np.inf]]}, "finite"),
        ({"matrix": [1.0, 2.0]}, "expected shape"),
        ({"matrix": np.empty((0, 2))}, "expected shape"),
        ({"weights": [0.5, -0.5]}, "negative"),
        ({"weights": [0.0, 0.0]}, "all zero"),
        ({"weights": [1.0, 1.0, 1.0]}, r"expected shape \(2,\)"),
        ({"weights": [1.0, np.nan]}, "finite"),
        ({"directions": ["max", "up"]}, r"directions\[1\]: 'up'"),
        ({"directions": ["max"]}, "1 given for 2 criteria"),
        ({"normalization": "sum"}, "normalization: 'sum'"),
    ],
)
def test_bad_input_is_rejected(kwargs: dict, message: str) -> None:
    arguments = {
        "matrix": [[1.0, 2.0], [2.0, 1.0]],
        "weights": [0.5, 0.5],
        "directions": ["max", "min"],
    } | kwargs
    with pytest.raises(ValidationError, match=message):
        mcda.topsis(**arguments)
