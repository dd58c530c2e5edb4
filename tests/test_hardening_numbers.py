"""Issue 16, item 4: TOPSIS is exact up to rounding across 1e-300 … 1e300.

Both normalisations are invariant to scaling a column by a positive factor (vector:
x/‖x‖; min-max: (x − min)/(max − min)), so closeness must not move when a column is
scaled, however large or small the factor; before the fix a column in units of 1e-13
counted as tied, squares above ~1e154 overflowed and weights of 1e308 gave all 0.5.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mcda
from mcda.methods.peers import tied_columns
from mcda.methods.topsis import TIED_SPREAD, normalize
from mcda.sensitivity.smaa import _batch_closeness
from mcda.weights import normalize_weights

MATRIX = np.array([[5.0, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]])
DIRECTIONS = ["max", "min", "max"]
WEIGHTS = [0.3, 0.4, 0.3]

exponents = st.integers(min_value=-300, max_value=300)
mantissas = st.floats(min_value=1.0, max_value=9.99)


def test_the_issue_reproducers() -> None:
    assert mcda.topsis([[1e300, 1], [2e300, 2]], [1, 1], ["max", "min"]) == pytest.approx(
        [0.5, 0.5]
    )
    # a column in units of 1e-13 separates the alternatives (it was treated as tied)
    assert mcda.topsis([[1e-13, 1], [2e-13, 1]], [1, 1], ["max", "max"]) == pytest.approx([0, 1])
    # weights near the float maximum are relative weights like any other
    big = mcda.topsis(MATRIX, [1e308, 1e308, 1e308], DIRECTIONS)
    assert big == pytest.approx(mcda.topsis(MATRIX, [1, 1, 1], DIRECTIONS), rel=1e-12)
    assert normalize_weights([1e308, 1e308], 2) == pytest.approx([0.5, 0.5])
    # values above 1e154 no longer overflow in the square (the criterion vanished)
    scaled = MATRIX * np.array([1e200, 1.0, 1.0])
    assert mcda.topsis(scaled, WEIGHTS, DIRECTIONS) == pytest.approx(
        mcda.topsis(MATRIX, WEIGHTS, DIRECTIONS), rel=1e-12
    )


@settings(max_examples=200, deadline=None)
@given(
    column=st.integers(0, 2),
    mantissa=mantissas,
    exponent=exponents,
    normalization=st.sampled_from(["vector", "minmax"]),
)
def test_scaling_a_column_changes_no_closeness(column, mantissa, exponent, normalization) -> None:
    factor = mantissa * 10.0**exponent
    scaled = MATRIX.copy()
    scaled[:, column] *= factor
    expected = mcda.topsis(MATRIX, WEIGHTS, DIRECTIONS, normalization=normalization)
    got = mcda.topsis(scaled, WEIGHTS, DIRECTIONS, normalization=normalization)
    assert np.all(np.isfinite(got))
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-12)


@settings(max_examples=100, deadline=None)
@given(mantissa=mantissas, exponent=exponents)
def test_scaling_the_weights_changes_no_closeness(mantissa, exponent) -> None:
    factor = mantissa * 10.0**exponent
    weights = np.array(WEIGHTS) * factor
    np.testing.assert_allclose(
        mcda.topsis(MATRIX, weights, DIRECTIONS), mcda.topsis(MATRIX, WEIGHTS, DIRECTIONS),
        rtol=1e-9,
    )  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(mantissa=mantissas, exponent=exponents)
def test_tie_detection_is_relative_to_the_column(mantissa, exponent) -> None:
    scale = mantissa * 10.0**exponent
    column = np.array([[1.0], [1.0 + 1e-6], [1.0]]) * scale  # differs: never a tie
    tied = np.array([[1.0], [1.0], [1.0]]) * scale
    assert not normalize(column, np.array([1]), "vector")[:, 0].tolist() == [0, 0, 0]
    assert normalize(tied, np.array([1]), "vector")[:, 0].tolist() == [0, 0, 0]
    assert not tied_columns(column)[0] and tied_columns(tied)[0]


def test_float_noise_still_counts_as_a_tie() -> None:
    noisy = np.array([[0.1 + 0.2], [0.3], [0.3]]) * 1e-200  # 0.30000000000000004 vs 0.3
    assert normalize(noisy, np.array([1]), "minmax")[:, 0].tolist() == [0, 0, 0]
    assert TIED_SPREAD == 1e-12


def test_the_smaa_batch_path_agrees_with_topsis_at_extreme_scales() -> None:
    scaled = MATRIX * np.array([1e-250, 1e250, 3.0])
    signs = np.array([1, -1, 1])
    weights = np.array([WEIGHTS, [0.1, 0.1, 0.8]])
    for normalization in ("vector", "minmax"):
        batch = _batch_closeness(np.stack([scaled, scaled]), weights, signs, normalization)
        for row, w in zip(batch, weights, strict=True):
            np.testing.assert_allclose(
                row, mcda.topsis(MATRIX, w, DIRECTIONS, normalization=normalization), rtol=1e-9
            )
