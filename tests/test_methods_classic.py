"""WSM, WPM, VIKOR, SPOTIS (mcda.methods.classic): the peers' reference values, equality
with pymcdm, tied and zero columns as each method defines them, errors."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mcda.errors import ValidationError
from mcda.methods import METHODS
from mcda.methods.classic import spotis, vikor, wpm, wsm

# pymcdm 1.4.0's own examples (the docstrings of pymcdm.methods.WSM, WPM, VIKOR and
# SPOTIS, run as its doctests). Its WSM/WPM example weights sum to 2, ours are rescaled
# to 1: WSM is linear in the weights (their score = 2 x ours), WPM a power (= ours²).
PYMCDM_WSM_MATRIX = np.array(
    [[96, 83, 75, 7], [63, 5, 56, 9], [72, 30, 32, 48], [11, 4, 27, 9], [77, 21, 17, 11]],
    dtype=float,
)
PYMCDM_WSM_WEIGHTS = np.array([8, 5, 6, 7]) / 13
PYMCDM_WSM_TYPES = np.array([1, 1, -1, -1])


def test_wsm_pymcdm_docstring_example() -> None:
    ours = wsm(PYMCDM_WSM_MATRIX, PYMCDM_WSM_WEIGHTS / 2, PYMCDM_WSM_TYPES)
    np.testing.assert_allclose(2 * ours, [0.609, 0.313, 0.334, 0.265, 0.479], atol=5e-4)


def test_wpm_pymcdm_docstring_example() -> None:
    ours = wpm(PYMCDM_WSM_MATRIX, PYMCDM_WSM_WEIGHTS / 2, PYMCDM_WSM_TYPES)
    np.testing.assert_allclose(ours**2, [0.065, 0.017, 0.019, 0.007, 0.052], atol=5e-4)


def test_vikor_pymcdm_docstring_example() -> None:
    matrix = np.array(
        [[78, 56, 34, 6], [4, 45, 3, 97], [18, 2, 50, 63], [9, 14, 11, 92], [85, 9, 100, 29]],
        dtype=float,
    )
    np.testing.assert_allclose(
        vikor(matrix, np.full(4, 0.25), np.ones(4)), [0.5679, 0.7667, 1, 0.7493, 0], atol=5e-5
    )


def test_spotis_pymcdm_docstring_examples() -> None:
    matrix = np.array([[10.5, -3.1, 1.7], [-4.7, 0, 3.4], [8.1, 0.3, 1.3], [3.2, 7.3, -5.3]])
    bounds = np.array([[-5, 12], [-6, 10], [-8, 5]], dtype=float)
    np.testing.assert_allclose(
        spotis(matrix, np.array([0.2, 0.3, 0.5]), np.array([1, -1, 1]), bounds=bounds),
        [0.1989, 0.3705, 0.3063, 0.7491],
        atol=5e-5,
    )
    second = np.array(
        [[96, 145, 200], [100, 145, 200], [120, 170, 80], [140, 180, 140], [100, 110, 30]],
        dtype=float,
    )
    # The docstring's bounds are those of the data (its "bounds" variable is the range).
    np.testing.assert_allclose(
        spotis(second, np.full(3, 1 / 3), np.ones(3)),
        [0.5, 0.4697, 0.4344, 0.1176, 0.9697],
        atol=5e-5,
    )


def _pymcdm(name: str, matrix: np.ndarray, v: float = 0.5) -> object:
    from pymcdm import methods

    return {
        "wsm": methods.WSM(),
        "wpm": methods.WPM(),
        "vikor": methods.VIKOR(v=v),
        "promethee_ii": methods.PROMETHEE_II("usual"),
        "spotis": methods.SPOTIS(np.column_stack([matrix.min(axis=0), matrix.max(axis=0)])),
    }[name]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["wsm", "wpm", "vikor", "promethee_ii", "spotis"]),
    st.tuples(st.integers(3, 6), st.integers(2, 4)).flatmap(
        lambda shape: st.tuples(
            arrays(float, shape, elements=st.floats(1.0, 100.0)),
            arrays(float, (shape[1],), elements=st.floats(0.05, 1.0)),
        )
    ),
    st.floats(0, 1),
    st.data(),
)
def test_equals_pymcdm_on_non_degenerate_problems(
    name: str, problem: tuple, v: float, data: st.DataObject
) -> None:
    matrix, weights = problem
    weights = weights / weights.sum()
    signs = np.array(data.draw(st.lists(st.sampled_from([1, -1]), min_size=len(weights),
                                        max_size=len(weights))))  # fmt: skip
    assume(np.all(matrix.max(axis=0) - matrix.min(axis=0) > 1e-3))
    with np.errstate(all="ignore"):
        expected = np.asarray(_pymcdm(name, matrix, v)(matrix, weights, signs), dtype=float)
    assume(np.all(np.isfinite(expected)))  # pymcdm's own degenerate cases give NaN
    method = METHODS[name].with_params({"v": v}) if name == "vikor" else METHODS[name]
    np.testing.assert_allclose(method.score(matrix, weights, signs), expected, atol=1e-10)


# -- tied and zero columns, as each method defines them -----------------------------------

TIED = np.array([[1.0, 7.0, 3.0], [2.0, 7.0, 1.0], [4.0, 7.0, 2.0], [3.0, 7.0, 5.0]])
SIGNS = np.array([1, 1, -1])
WEIGHTS = np.array([0.4, 0.2, 0.4])


def test_tied_column_is_kept_not_dropped() -> None:
    """WSM adds w_t/m to every score; WPM multiplies every score by (1/m)^w_t; VIKOR's
    term for the tied criterion is 0 and Q is unchanged; SPOTIS's distance is 0 there.
    None of them rescales the other weights (pymcdm would drop the column first)."""
    reduced, reduced_signs = TIED[:, [0, 2]], SIGNS[[0, 2]]
    w_t, m = WEIGHTS[1], len(TIED)
    np.testing.assert_allclose(
        wsm(TIED, WEIGHTS, SIGNS), wsm(reduced, WEIGHTS[[0, 2]], reduced_signs) + w_t / m
    )
    np.testing.assert_allclose(
        wpm(TIED, WEIGHTS, SIGNS), wpm(reduced, WEIGHTS[[0, 2]], reduced_signs) * (1 / m) ** w_t
    )
    np.testing.assert_allclose(
        vikor(TIED, WEIGHTS, SIGNS), vikor(reduced, np.array([0.5, 0.5]), reduced_signs)
    )
    np.testing.assert_allclose(
        spotis(TIED, WEIGHTS, SIGNS), spotis(reduced, WEIGHTS[[0, 2]], reduced_signs)
    )


def test_nothing_separates_the_alternatives_so_all_tie() -> None:
    flat = np.array([[1.0, 2.0], [1.0, 2.0], [1.0, 2.0]])
    for name in ("wsm", "wpm", "vikor", "spotis"):
        scores = METHODS[name].score(flat, np.array([0.5, 0.5]), np.array([1, -1]))
        assert np.all(np.isfinite(scores)) and np.ptp(scores) == 0, name


def test_vikor_with_equal_s_and_r_ties_instead_of_nan() -> None:
    # Mirror-image alternatives under equal weights: S and R tie (pymcdm gives 0/0).
    np.testing.assert_array_equal(
        vikor(np.array([[1.0, 2.0], [2.0, 1.0]]), np.array([0.5, 0.5]), np.array([1, 1])), [0, 0]
    )


def test_zero_in_a_benefit_column() -> None:
    matrix = np.array([[0.0, 2.0], [1.0, 1.0]])
    np.testing.assert_allclose(wsm(matrix, np.array([0.5, 0.5]), np.array([1, 1])),
                               [0 + 0.5 * 2 / 3, 0.5 + 0.5 / 3])  # fmt: skip
    # A zero makes the weighted product 0 — unless that criterion has no weight (0^0 = 1).
    assert wpm(matrix, np.array([0.5, 0.5]), np.array([1, 1]))[0] == 0
    np.testing.assert_allclose(wpm(matrix, np.array([0.0, 1.0]), np.array([1, 1])), [2 / 3, 1 / 3])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: wsm(np.array([[0.0, 1], [1, 2]]), np.array([0.5, 0.5]), np.array([1, -1])),
         None),
        (lambda: wsm(np.array([[1.0, 0], [1, 2]]), np.array([0.5, 0.5]), np.array([1, -1])),
         r"WSM needs positive values in cost criterion \[1\]"),
        (lambda: wpm(np.array([[-1.0, 1], [1, 2]]), np.array([0.5, 0.5]), np.array([1, 1])),
         r"WPM needs non-negative values, not all zero, in benefit criterion \[0\]"),
        (lambda: vikor(TIED, WEIGHTS, SIGNS, v=1.5), r"v: 1.5 is outside \[0, 1\]"),
        (lambda: vikor(TIED, WEIGHTS, SIGNS, v="x"), "v: 'x' is not a number"),
        (lambda: spotis(TIED, WEIGHTS, SIGNS, bounds=[[0, 5]] * 2), "expected 3 finite"),
        (lambda: spotis(TIED, WEIGHTS, SIGNS, bounds=[[0, 5], [7, 7], [0, 9]]),
         r"bounds\[1\]: min 7 is not below max 7"),
        (lambda: spotis(TIED, WEIGHTS, SIGNS, bounds=[[0, 3], [0, 9], [0, 9]]),
         r"matrix: \[2, 0\] = 4 lies outside bounds\[0\] \[0, 3\]"),
    ],
)  # fmt: skip
def test_errors(call: object, message: str | None) -> None:
    if message is None:
        call()  # type: ignore[operator]  # a zero in a benefit column is fine
        return
    with pytest.raises(ValidationError, match=message):
        call()  # type: ignore[operator]


def test_batched_scores_equal_one_at_a_time() -> None:
    batch = np.array([[0.5, 0.2, 0.3], [0.9, 0.05, 0.05]])
    for name in ("wsm", "wpm", "vikor", "promethee_ii", "spotis", "copras"):
        together = METHODS[name].score(TIED, batch, SIGNS)
        assert together.shape == (2, 4)
        np.testing.assert_allclose(together[1], METHODS[name].score(TIED, batch[1], SIGNS))
