"""COPRAS: a hand computation, invariants, and why pymcdm's is not used."""

from __future__ import annotations

from fractions import Fraction

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


def test_zero_in_a_benefit_column_is_allowed() -> None:
    """x = [[0, 1], [1, 2]], criterion 1 max, criterion 2 min, w = (0.5, 0.5), by eqs.
    (1)-(5): column sums 1 and 3, d = [[0, 1/6], [1/2, 1/3]]; S+ = (0, 1/2), S- = (1/6,
    1/3); sum S- = 1/2, sum 1/S- = 9; Q = (0 + (1/2)/(9/6), 1/2 + (1/2)/(9/3)) =
    (1/3, 2/3); N = (1/2, 1). (The method divides by S-, not by the benefit values.)"""
    scores = copras(np.array([[0.0, 1.0], [1.0, 2.0]]), np.array([0.5, 0.5]), np.array([1, -1]))
    np.testing.assert_allclose(scores, [0.5, 1.0])


@pytest.mark.parametrize(
    ("matrix", "message"),
    [
        ([[-1.0, 1.0], [1.0, 2.0]], r"non-negative values, got -1 at \[0, 0\]"),
        ([[1.0, 0.0], [2.0, 3.0]], r"alternative \[0\] has S− = 0"),
    ],
)
def test_errors(matrix: list, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        copras(np.array(matrix), np.array([0.5, 0.5]), np.array([1, -1]))
    with pytest.raises(DegenerateProblemError, match="single alternative"):
        copras(np.array([[1.0, 2.0]]), np.array([0.5, 0.5]), np.array([1, -1]))


def _copras_from_the_equations(matrix: list, weights: list, signs: list) -> list[Fraction]:
    """Zavadskas et al. (2007), eqs. (1)-(5), in exact rationals, every criterion kept."""
    x = [[Fraction(v) for v in row] for row in matrix]
    w = [Fraction(v) for v in weights]
    m, n = len(x), len(w)
    d = [[w[j] * x[i][j] / sum(x[k][j] for k in range(m)) for j in range(n)] for i in range(m)]
    plus = [sum(d[i][j] for j in range(n) if signs[j] > 0) for i in range(m)]
    minus = [sum(d[i][j] for j in range(n) if signs[j] < 0) for i in range(m)]
    total = sum(minus)
    inverse = sum(1 / s for s in minus)
    q = [plus[i] + total / (minus[i] * inverse) for i in range(m)]
    return [v / max(q) for v in q]


def test_a_tied_cost_criterion_counts_as_the_method_defines_it() -> None:
    """A tied cost criterion adds w/m to every S-, which changes Q: here dropping it
    (as the pymcdm adapter did, rescaling the other weights) changes the winner."""
    matrix = [[2, 3, 5], [2, 9, 5], [4, 8, 5]]
    weights, signs = [Fraction(2, 5), Fraction(3, 10), Fraction(3, 10)], [1, -1, -1]
    expected = _copras_from_the_equations(matrix, weights, signs)
    ours = METHODS["copras"].score(np.array(matrix, float), np.array(weights, float),
                                   np.array(signs))  # fmt: skip
    np.testing.assert_allclose(ours, [float(v) for v in expected], rtol=1e-14)
    assert int(np.argmax(ours)) == 2
    dropped = copras(np.array(matrix, float)[:, :2], np.array([4 / 7, 3 / 7]), np.array(signs[:2]))
    assert int(np.argmax(dropped)) == 0
