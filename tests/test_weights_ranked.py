"""Rank-based weights (mcda.weights.ranked): published values, the formulas, errors."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mcda.errors import ValidationError
from mcda.weights import rank_order_centroid, rank_sum, reciprocal_rank


def test_roc_edwards_barron_1994_five_criteria() -> None:
    # Edwards & Barron (1994), OBHDP 60(3), 306-325, the ROC weights for five attributes.
    np.testing.assert_allclose(
        rank_order_centroid(5), [0.4567, 0.2567, 0.1567, 0.0900, 0.0400], atol=5e-5
    )


def _roc_exact(n: int) -> list[Fraction]:
    return [
        sum((Fraction(1, i) for i in range(k, n + 1)), Fraction(0)) / n for k in range(1, n + 1)
    ]


@pytest.mark.parametrize("n", range(2, 11))
def test_published_formulas_exactly(n: int) -> None:
    """ROC w_k = (1/n) sum_{i>=k} 1/i (Edwards & Barron 1994, eq. 2); rank sum
    2(n+1-k)/(n(n+1)) and reciprocal rank (1/k)/sum 1/i (Stillwell, Seaver & Edwards
    1981), evaluated in exact rational arithmetic."""
    harmonic = sum((Fraction(1, i) for i in range(1, n + 1)), Fraction(0))
    rs = [Fraction(2 * (n + 1 - k), n * (n + 1)) for k in range(1, n + 1)]
    rr = [Fraction(1, k) / harmonic for k in range(1, n + 1)]
    np.testing.assert_allclose(
        rank_order_centroid(n), [float(x) for x in _roc_exact(n)], rtol=1e-14
    )
    np.testing.assert_allclose(rank_sum(n), [float(x) for x in rs], rtol=1e-14)
    np.testing.assert_allclose(reciprocal_rank(n), [float(x) for x in rr], rtol=1e-14)


def test_roc_is_the_centroid_of_the_ordered_simplex() -> None:
    # The centroid of {w_1 >= ... >= w_n >= 0, sum 1} is the mean of its vertices
    # (1/k, ..., 1/k, 0, ..., 0), k = 1..n: an independent route to the same weights.
    n = 6
    vertices = np.array([[1 / k if j < k else 0 for j in range(n)] for k in range(1, n + 1)])
    np.testing.assert_allclose(rank_order_centroid(n), vertices.mean(axis=0))


def test_ranks_in_criteria_order_and_mappings() -> None:
    np.testing.assert_allclose(rank_order_centroid([2, 1, 3]), rank_order_centroid(3)[[1, 0, 2]])
    assert rank_sum({"cost": 2, "wind": 1}) == pytest.approx({"cost": 1 / 3, "wind": 2 / 3})
    assert list(reciprocal_rank({"b": 1, "a": 2})) == ["b", "a"]


@pytest.mark.parametrize(
    ("ranks", "message"),
    [
        ([1, 2, 2], "rank 2 is given 2 times; these weights need a strict ranking 1 … 3"),
        ([1, 3], "rank 3 exceeds the number of criteria"),
        ([0, 1], r"ranks\[0\]: 0 is not a rank"),
        ([1.5, 1], r"ranks\[0\]: 1.5 is not a rank"),
        (["1", 2], r"ranks\[0\]: '1' is not a whole number"),
        ([True, 2], "is not a whole number"),
        ([], "no criteria"),
        (0, "at least 1 criterion"),
        ("12", "got the string"),
    ],
)
def test_rank_errors(ranks: object, message: str) -> None:
    for function in (rank_order_centroid, rank_sum, reciprocal_rank):
        with pytest.raises(ValidationError, match=message):
            function(ranks)  # type: ignore[arg-type]


@given(st.permutations(list(range(1, 9))))
def test_properties(ranks: list[int]) -> None:
    """Each is a distribution, strictly decreasing in rank; rank sum is the least
    concentrated on the top criterion."""
    for function in (rank_order_centroid, rank_sum, reciprocal_rank):
        weights = np.asarray(function(ranks))
        assert weights.sum() == pytest.approx(1.0)
        by_rank = weights[np.argsort(ranks)]
        assert np.all(np.diff(by_rank) < 0)
    top = ranks.index(1)
    assert min(rank_order_centroid(ranks)[top], reciprocal_rank(ranks)[top]) > rank_sum(ranks)[top]
