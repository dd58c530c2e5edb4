"""COPRAS: a hand computation, invariants, and why pymcdm's is not used."""

from __future__ import annotations

import numpy as np
import pytest

from mcda.errors import DegenerateProblemError, ValidationError
from mcda.methods import METHODS
from mcda.methods.copras import copras


def test_copras_by_hand() -> None:
    """x = [[2, 1], [1, 3]]: criterion 1 max, criterion 2 min, w = (0.5, 0.5).
    Column sums 3 and 4: d = [[1/3, 1/8], [1/6, 3/8]]; S+ = (1/3, 1/6); S− = (1/8, 3/8).
    ΣS− = 1/2; Σ1/S− = 8 + 8/3 = 32/3. Q1 = 1/3 + (1/2)/((1/8)(32/3)) = 1/3 + 3/8 = 17/24;
    Q2 = 1/6 + (1/2)/((3/8)(32/3)) = 1/6 + 1/8 = 7/24; N = (1, 7/17)."""
    scores = copras(np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([0.5, 0.5]), np.array([1, -1]))
    np.testing.assert_allclose(scores, [1.0, 7 / 17])


def test_lower_cost_never_hurts() -> None:
    matrix = np.array([[5.0, 10.0], [5.0, 20.0], [5.0, 30.0]])
    scores = copras(matrix, np.array([0.5, 0.5]), np.array([1, -1]))
    assert scores[0] > scores[1] > scores[2]


def test_pymcdm_copras_counts_costs_as_benefits() -> None:
    """The reason for our own implementation: pymcdm 1.4.0 ranks the costliest first here."""
    from pymcdm.methods import COPRAS

    matrix = np.array([[5.0, 1.0, 10.0], [5.0, 2.0, 20.0], [5.0, 3.0, 30.0]])
    weights = np.array([0.2, 0.4, 0.4])
    signs = np.array([1, 1, -1])
    theirs = COPRAS()(matrix, weights, signs)
    ours = copras(matrix, weights, signs)
    assert np.argmax(theirs) == 2
    np.testing.assert_allclose(
        theirs, (matrix / matrix.sum(0) @ weights) / (matrix / matrix.sum(0) @ weights).max()
    )
    assert not np.allclose(ours, theirs)


def test_benefit_only_problem_is_the_weighted_sum() -> None:
    matrix = np.array([[1.0, 2.0], [3.0, 1.0]])
    weights = np.array([0.3, 0.7])
    expected = (matrix / matrix.sum(0)) @ weights
    np.testing.assert_allclose(copras(matrix, weights, np.array([1, 1])), expected / expected.max())


def test_non_positive_values_are_rejected() -> None:
    with pytest.raises(ValidationError, match="positive values"):
        copras(np.array([[0.0, 1.0], [1.0, 2.0]]), np.array([0.5, 0.5]), np.array([1, -1]))


def test_registered_copras_drops_tied_criteria_and_rejects_degenerate() -> None:
    matrix = np.array([[2.0, 4.0, 1.0], [1.0, 4.0, 3.0]])
    np.testing.assert_allclose(
        METHODS["copras"].score(matrix, np.array([0.25, 0.5, 0.25]), np.array([1, 1, -1])),
        [1.0, 7 / 17],
    )
    with pytest.raises(DegenerateProblemError):
        METHODS["copras"].score(np.array([[1.0, 2.0]] * 2), np.array([0.5, 0.5]), np.array([1, -1]))
