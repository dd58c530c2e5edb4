"""Objective weights (mcda.weights.objective): published values, peers, properties, errors."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mcda.errors import DegenerateProblemError, ValidationError
from mcda.weights import (
    critic_weights,
    entropy_weights,
    equal_weights,
    standard_deviation_weights,
)

# Diakoulaki, Mavrotas & Papayannakis (1995), Computers & Operations Research 22(7),
# 763-770, Table 1 (eight alternatives, three benefit criteria). The expected CRITIC
# weights are those of scikit-criteria's own test suite,
# tests/preprocessing/test_weighters.py::test_CRITIC_diakoulaki1995determining.
DIAKOULAKI = [
    [61, 1.08, 4.33],
    [20.7, 0.26, 4.34],
    [16.3, 1.98, 2.53],
    [9, 3.29, 1.65],
    [5.4, 2.77, 2.33],
    [4, 4.12, 1.21],
    [-6.1, 3.52, 2.10],
    [-34.6, 3.31, 0.98],
]

# A 5 x 4 matrix with a cost criterion first (positive, no ties) for the peer checks.
MIXED = np.array(
    [[250, 16, 12, 5], [200, 16, 8, 3], [300, 32, 16, 4], [275, 32, 8, 4], [225, 16, 16, 2]],
    dtype=float,
)


def test_critic_diakoulaki1995determining() -> None:
    np.testing.assert_allclose(
        critic_weights(DIAKOULAKI, ["max"] * 3), [0.20222554, 0.48090173, 0.31687273], atol=1e-8
    )


def test_entropy_hand_computed() -> None:
    # Column 1 shares (1/4, 3/4): E = -(1/4 ln 1/4 + 3/4 ln 3/4)/ln 2 = 0.811278;
    # column 2 shares (1/2, 1/2): E = 1, so it gets no weight.
    entropy = -(0.25 * math.log(0.25) + 0.75 * math.log(0.75)) / math.log(2)
    assert entropy == pytest.approx(0.8112781245)
    np.testing.assert_allclose(entropy_weights([[1, 5], [3, 5]]), [1.0, 0.0])
    # Two varying columns: weights proportional to 1 - E_j.
    e2 = -(0.2 * math.log(0.2) + 0.8 * math.log(0.8)) / math.log(2)
    expected = np.array([1 - entropy, 1 - e2]) / (2 - entropy - e2)
    np.testing.assert_allclose(entropy_weights([[1, 1], [3, 4]]), expected)


def test_entropy_zero_share_counts_as_zero() -> None:
    # 0 ln 0 = 0: a column with a zero is the most diverse one here (shares 0, 1/2, 1/2).
    weights = entropy_weights([[0, 1], [1, 1.1], [1, 1.2]])
    e = -(2 * 0.5 * math.log(0.5)) / math.log(3)
    assert weights[0] > weights[1]
    shares = np.array([1, 1.1, 1.2]) / 3.3
    e2 = -(shares * np.log(shares)).sum() / math.log(3)
    np.testing.assert_allclose(weights, np.array([1 - e, 1 - e2]) / (2 - e - e2))


def test_standard_deviation_hand_computed() -> None:
    # Min-max columns (0, 0.5, 1) and (0, 0, 1): sample sd 0.5 and 0.57735.
    sd = np.array([0.5, math.sqrt(1 / 3)])
    np.testing.assert_allclose(
        standard_deviation_weights([[0, 10], [5, 10], [10, 40]]), sd / sd.sum()
    )


def test_equal_weights() -> None:
    np.testing.assert_allclose(equal_weights(MIXED), [0.25] * 4)


# -- cross-checks with the peers' implementations, in the same run ------------------------


def test_entropy_matches_pymcdm_and_scikit_criteria() -> None:
    pymcdm_weights = pytest.importorskip("pymcdm.weights")
    skc = pytest.importorskip("skcriteria.preprocessing.weighters")
    ours = entropy_weights(MIXED)
    np.testing.assert_allclose(ours, pymcdm_weights.entropy_weights(MIXED), atol=1e-12)
    np.testing.assert_allclose(ours, skc.entropy_weights(MIXED), atol=1e-12)


def test_critic_matches_scikit_criteria_with_a_cost_criterion() -> None:
    skc = pytest.importorskip("skcriteria.preprocessing.weighters")
    signs = np.array([-1, 1, 1, 1])
    np.testing.assert_allclose(
        critic_weights(MIXED, ["min", "max", "max", "max"]),
        skc.critic_weights(MIXED, signs),
        atol=1e-12,
    )


def test_critic_matches_pymcdm_on_benefit_criteria() -> None:
    # pymcdm's critic_weights ignores directions (it min-max normalises every column as
    # a benefit), so it is comparable only where every criterion is to be maximised.
    pymcdm_weights = pytest.importorskip("pymcdm.weights")
    np.testing.assert_allclose(
        critic_weights(MIXED, ["max"] * 4), pymcdm_weights.critic_weights(MIXED), atol=1e-12
    )


def test_raw_standard_deviation_matches_peers() -> None:
    pymcdm_weights = pytest.importorskip("pymcdm.weights")
    skc = pytest.importorskip("skcriteria.preprocessing.weighters")
    ours = standard_deviation_weights(MIXED, normalization=None)
    np.testing.assert_allclose(ours, pymcdm_weights.standard_deviation_weights(MIXED))
    np.testing.assert_allclose(ours, skc.std_weights(MIXED))


# -- labelled input -----------------------------------------------------------------------


def test_dataframe_gives_a_series_labelled_by_criterion() -> None:
    frame = pd.DataFrame(MIXED, index=list("abcde"), columns=["cost", "wind", "jobs", "birds"])
    weights = critic_weights(frame, {"wind": "max", "cost": "min", "jobs": "max", "birds": "max"})
    assert isinstance(weights, pd.Series)
    assert list(weights.index) == ["cost", "wind", "jobs", "birds"]
    np.testing.assert_allclose(weights.to_numpy(), critic_weights(MIXED, [-1, 1, 1, 1]))
    assert isinstance(entropy_weights(frame), pd.Series)


# -- degenerate data and errors -----------------------------------------------------------


def test_tied_criterion_gets_zero_weight_everywhere() -> None:
    matrix = np.column_stack([MIXED, np.full(5, 7.0)])
    for weights in (
        entropy_weights(matrix),
        standard_deviation_weights(matrix),
        critic_weights(matrix, ["min", "max", "max", "max", "max"]),
    ):
        assert weights[-1] == 0.0
        assert weights.sum() == pytest.approx(1.0)
    # CRITIC leaves the tied column out of the others' correlation sums.
    np.testing.assert_allclose(
        critic_weights(matrix, [-1, 1, 1, 1, 1])[:4], critic_weights(MIXED, [-1, 1, 1, 1])
    )


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: entropy_weights([[1, 2], [1, 2]]), DegenerateProblemError, "no criterion"),
        (lambda: entropy_weights([[1, 2]]), DegenerateProblemError, "two alternatives"),
        (lambda: entropy_weights([[1, -2], [1, 3]]), ValidationError, r"-2 at \[0, 1\]"),
        (lambda: entropy_weights([[1, np.nan], [1, 3]]), ValidationError, "finite"),
        (lambda: entropy_weights([1, 2, 3]), ValidationError, "expected shape"),
        (lambda: critic_weights([[1, 2], [2, 1]], ["max"] * 2), DegenerateProblemError, "three"),
        (
            lambda: critic_weights([[1, 2], [1, 1], [1, 3]], ["max"] * 2),
            DegenerateProblemError,
            "fewer than two criteria",
        ),
        (lambda: critic_weights(MIXED, ["max"] * 3), ValidationError, "3 given for 4"),
        (lambda: critic_weights(MIXED, ["up"] * 4), ValidationError, r"directions\[0\]: 'up'"),
        (lambda: critic_weights(MIXED, {"a": "max"}), ValidationError, "needs a labelled matrix"),
        (
            lambda: standard_deviation_weights(MIXED, normalization="z"),  # type: ignore[arg-type]
            ValidationError,
            "normalization",
        ),
        (lambda: standard_deviation_weights([[3, 3]]), DegenerateProblemError, "two alternatives"),
    ],
)
def test_errors(call: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        call()  # type: ignore[operator]


# -- properties ---------------------------------------------------------------------------

positive_matrices = arrays(
    float,
    st.tuples(st.integers(3, 7), st.integers(2, 5)),
    elements=st.floats(0.5, 100, allow_nan=False),
)


@settings(max_examples=60, deadline=None)
@given(positive_matrices, st.floats(0.1, 50))
def test_properties(matrix: np.ndarray, scale: float) -> None:
    """Weights are a distribution; entropy and min-max methods ignore a column's scale;
    CRITIC and standard deviation ignore a shift; mirroring a column and its direction
    leaves CRITIC unchanged."""
    try:
        base = entropy_weights(matrix)
    except DegenerateProblemError:
        return
    assert np.all(base >= 0) and base.sum() == pytest.approx(1.0)
    scaled = matrix.copy()
    scaled[:, 0] *= scale
    np.testing.assert_allclose(entropy_weights(scaled), base, atol=1e-9)
    np.testing.assert_allclose(
        standard_deviation_weights(scaled), standard_deviation_weights(matrix), atol=1e-9
    )
    try:
        critic = critic_weights(matrix, ["max"] * matrix.shape[1])
    except DegenerateProblemError:
        return
    assert np.all(critic >= -1e-12) and critic.sum() == pytest.approx(1.0)
    mirrored = matrix.copy()
    mirrored[:, 0] = -mirrored[:, 0] + 1000
    directions = ["min"] + ["max"] * (matrix.shape[1] - 1)
    np.testing.assert_allclose(critic_weights(mirrored, directions), critic, atol=1e-9)
    np.testing.assert_allclose(
        critic_weights(scaled + 3.0, ["max"] * matrix.shape[1]), critic, atol=1e-9
    )
