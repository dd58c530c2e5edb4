"""Rank correlations against scipy/pymcdm and by hand."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mcda
from mcda.errors import DegenerateProblemError, ValidationError


def test_identical_and_reversed_rankings() -> None:
    x = [1, 2, 3, 4, 5]
    for kind in ("spearman", "kendall", "weighted_spearman"):
        assert mcda.rank_correlation(x, x, kind) == pytest.approx(1.0)
        assert mcda.rank_correlation(x, x[::-1], kind) == pytest.approx(-1.0)
    assert mcda.ws(x, x) == pytest.approx(1.0)


def test_spearman_by_hand() -> None:
    # d = (0, 0, 1, -1, 0): rho = 1 - 6 * 2 / (5 * 24) = 0.9
    assert mcda.spearman([1, 2, 3, 4, 5], [1, 2, 4, 3, 5]) == pytest.approx(0.9)


def test_kendall_by_hand() -> None:
    # one discordant pair of ten: tau = (9 - 1) / 10 = 0.8
    assert mcda.kendall([1, 2, 3, 4, 5], [1, 2, 4, 3, 5]) == pytest.approx(0.8)


def test_ws_is_more_sensitive_at_the_top() -> None:
    """Sałabun & Urbaniak (2020): swapping the top two lowers WS more than swapping the last two."""
    reference = [1, 2, 3, 4, 5]
    assert mcda.ws(reference, [2, 1, 3, 4, 5]) < mcda.ws(reference, [1, 2, 3, 5, 4])


@settings(max_examples=50, deadline=None)
@given(st.permutations([1, 2, 3, 4, 5, 6]), st.permutations([1, 2, 3, 4, 5, 6]))
def test_spearman_equals_pearson_of_ranks(x: list, y: list) -> None:
    assert mcda.spearman(x, y) == pytest.approx(float(np.corrcoef(x, y)[0, 1]))


def test_all_tied_ranking_has_no_correlation() -> None:
    with pytest.raises(DegenerateProblemError, match="second ranking ties every alternative"):
        mcda.spearman([1, 2, 3], [1, 1, 1])


@pytest.mark.parametrize(
    ("x", "y", "message"),
    [([1, 2], [1, 2, 3], "equal length"), ([1], [1], "≥ 2"), ([1, np.nan], [1, 2], "finite")],
)
def test_bad_rankings(x: list, y: list, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        mcda.spearman(x, y)


def test_unknown_kind() -> None:
    with pytest.raises(ValidationError, match="unknown kind 'pearson'"):
        mcda.rank_correlation([1, 2], [2, 1], "pearson")
