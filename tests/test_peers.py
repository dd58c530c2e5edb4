"""Peer methods through pymcdm: equal to pymcdm, tied criteria dropped, never NaN."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mcda.errors import DegenerateProblemError
from mcda.methods import METHODS, peers


def _pymcdm(name: str, matrix: np.ndarray) -> object:
    from pymcdm import methods

    return {
        "wsm": methods.WSM(),
        "wpm": methods.WPM(),
        "vikor": methods.VIKOR(),
        "promethee_ii": methods.PROMETHEE_II("usual"),
        "spotis": methods.SPOTIS(np.column_stack([matrix.min(axis=0), matrix.max(axis=0)])),
    }[name]


PEERS = ["wsm", "wpm", "vikor", "promethee_ii", "spotis"]  # COPRAS: tests/test_copras.py


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(PEERS),
    st.tuples(st.integers(3, 6), st.integers(2, 4)).flatmap(
        lambda shape: st.tuples(
            arrays(float, shape, elements=st.floats(1.0, 100.0)),
            arrays(float, (shape[1],), elements=st.floats(0.05, 1.0)),
        )
    ),
    st.data(),
)
def test_peer_equals_pymcdm_on_non_degenerate_problems(name: str, problem: tuple, data) -> None:
    matrix, weights = problem
    weights = weights / weights.sum()
    signs = np.array(
        data.draw(st.lists(st.sampled_from([1, -1]), min_size=len(weights), max_size=len(weights)))
    )
    assume(np.all(matrix.max(axis=0) - matrix.min(axis=0) > 1e-3))
    with np.errstate(all="ignore"):
        expected = np.asarray(_pymcdm(name, matrix)(matrix, weights, signs), dtype=float)
    assume(np.all(np.isfinite(expected)))  # pymcdm's own degenerate cases
    np.testing.assert_allclose(METHODS[name].score(matrix, weights, signs), expected, atol=1e-12)


@pytest.mark.parametrize("name", PEERS)
def test_tied_criterion_is_dropped_before_pymcdm(name: str) -> None:
    matrix = np.array([[1.0, 7.0, 3.0], [2.0, 7.0, 1.0], [4.0, 7.0, 2.0], [3.0, 7.0, 5.0]])
    signs = np.array([1, 1, -1])
    scores = METHODS[name].score(matrix, np.array([0.4, 0.2, 0.4]), signs)
    reduced = matrix[:, [0, 2]]
    expected = np.asarray(
        _pymcdm(name, reduced)(reduced, np.array([0.5, 0.5]), signs[[0, 2]]), dtype=float
    )
    np.testing.assert_allclose(scores, expected, atol=1e-12)


@pytest.mark.parametrize("name", PEERS)
def test_no_separating_criterion_is_a_clear_error(name: str) -> None:
    with pytest.raises(DegenerateProblemError, match="no weighted criterion separates"):
        METHODS[name].score(
            np.array([[1.0, 2.0], [1.0, 2.0]]), np.array([0.5, 0.5]), np.array([1, 1])
        )
    with pytest.raises(DegenerateProblemError, match="no weighted criterion separates"):
        METHODS[name].score(np.array([[1.0, 2.0]]), np.array([0.5, 0.5]), np.array([1, 1]))


def test_vikor_with_equal_s_and_r_is_a_clear_error_not_nan() -> None:
    # Two mirror-image alternatives under equal weights: S and R tie, Q is 0/0 in pymcdm.
    matrix = np.array([[1.0, 2.0], [2.0, 1.0]])
    with pytest.raises(DegenerateProblemError, match="VIKOR is undefined"):
        peers.vikor(matrix, np.array([0.5, 0.5]), np.array([1, 1]))


def test_batched_peer_scores_loop_over_weights() -> None:
    matrix = np.array([[1.0, 5.0], [3.0, 2.0], [2.0, 4.0]])
    weights = np.array([[0.5, 0.5], [0.9, 0.1]])
    together = METHODS["wsm"].score(matrix, weights, np.array([1, 1]))
    assert together.shape == (2, 3)
    np.testing.assert_allclose(
        together[1], METHODS["wsm"].score(matrix, weights[1], np.array([1, 1]))
    )
