"""The weighted sum (additive value model on anchored scales): hand computations,
cross-checks, and the degenerate cases."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import mcda
from mcda.errors import ValidationError
from mcda.methods.additive import weighted_sum


def test_additive_value_by_hand() -> None:
    """By hand: anchors 1–5 (max) and 0–40 (min), w = (0.5, 0.5).
    A = (2, 30): v = (0.25, 0.25) → 0.25; B = (4, 20): v = (0.75, 0.5) → 0.625."""
    scores = weighted_sum(
        [[2, 30], [4, 20]], [0.5, 0.5], ["max", "min"], "anchored", anchors=[[1, 5], [0, 40]]
    )
    np.testing.assert_allclose(scores, [0.25, 0.625])


def test_simple_additive_weighting_by_hand() -> None:
    """SAW with min-max normalisation (Hwang & Yoon 1981, pp. 99–103), by hand:
    x = [[1, 10], [3, 30], [2, 40]], both max, w = (0.25, 0.75): r = [[0, 0], [1, 2/3],
    [0.5, 1]] → scores 0, 0.75, 0.875."""
    scores = weighted_sum([[1, 10], [3, 30], [2, 40]], [0.25, 0.75], ["max", "max"])
    np.testing.assert_allclose(scores, [0.0, 0.75, 0.875])


@settings(max_examples=100, deadline=None)
@given(
    st.tuples(st.integers(2, 6), st.integers(1, 5)).flatmap(
        lambda shape: st.tuples(
            arrays(float, shape, elements=st.floats(0.1, 100.0)),
            arrays(float, (shape[1],), elements=st.floats(0.01, 1.0)),
            st.lists(st.sampled_from(["max", "min"]), min_size=shape[1], max_size=shape[1]),
        )
    )
)
def test_minmax_weighted_sum_equals_pymcdm_wsm_with_minmax_normalisation(case) -> None:
    """Independent reference: pymcdm's WSM with its min-max normalisation."""
    from pymcdm.methods import WSM
    from pymcdm.normalizations import minmax_normalization

    matrix, weights, directions = case
    assume(np.all(np.ptp(matrix, axis=0) > 1e-6))  # pymcdm divides by a tied column's 0 range
    signs = np.array([1 if d == "max" else -1 for d in directions])
    expected = WSM(minmax_normalization)(matrix, weights / weights.sum(), signs)
    np.testing.assert_allclose(weighted_sum(matrix, weights, directions), expected, atol=1e-9)


def test_batch_equals_one_vector_at_a_time() -> None:
    rng = np.random.default_rng(3)
    matrix = rng.uniform(1, 5, (4, 3))
    batch = rng.dirichlet(np.ones(3), 6)
    anchors = [[1, 5]] * 3
    together = weighted_sum(matrix, batch, ["max"] * 3, "anchored", anchors=anchors)
    apart = [weighted_sum(matrix, w, ["max"] * 3, "anchored", anchors=anchors) for w in batch]
    np.testing.assert_allclose(together, apart)


def test_registry_variants_and_generic_names() -> None:
    assert mcda.get_method("weighted_sum").name == "weighted_sum_minmax"
    assert mcda.get_method("weighted_sum", normalization="anchored").name == (
        "weighted_sum_anchored"
    )
    assert mcda.get_method("topsis").name == "topsis_vector"
    assert mcda.METHODS["weighted_sum_anchored"].linear
    with pytest.raises(ValidationError, match="normalization: 'zscore' is not one of"):
        mcda.get_method("topsis", normalization="zscore")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="unknown method 'sum'"):
        mcda.get_method("sum")
