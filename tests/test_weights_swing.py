"""Swing elicitation (mcda.weights.swing): SWING and SMART(S) weights and their checks."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mcda.errors import ValidationError
from mcda.weights import smart_weights, swing_weights


def test_swing_weights_proportional_to_ratings() -> None:
    # von Winterfeldt & Edwards (1986), pp. 286-287: ratings against the top swing = 100,
    # weights r_j / sum r; 100/80/60/30/10 sum to 280.
    np.testing.assert_allclose(
        swing_weights([100, 80, 60, 30, 10]), np.array([100, 80, 60, 30, 10]) / 280
    )
    assert swing_weights({"cost": 100, "birds": 25}) == {"cost": 0.8, "birds": 0.2}


def test_smart_weights() -> None:
    ranks = {"cost": 1, "wind": 2, "birds": 2, "noise": 4}
    ratings = {"cost": 100, "wind": 70, "birds": 70, "noise": 20}
    assert smart_weights(ranks, ratings) == pytest.approx(
        {"cost": 100 / 260, "wind": 70 / 260, "birds": 70 / 260, "noise": 20 / 260}
    )
    np.testing.assert_allclose(smart_weights([2, 1], [40, 100]), [40 / 140, 100 / 140])


@pytest.mark.parametrize(
    ("ratings", "message"),
    [
        ([100, -5], r"ratings\[1\]: -5 is negative"),
        ([90, 80], "the most important swing must be rated 100 \\(the highest given is 90\\)"),
        ([100, 120], "exceeds 100"),
        ([100, float("nan")], "not finite"),
        ([100, "80"], "is not a number"),
        ({"cost": 100, "wind": -1}, "ratings.wind: -1 is negative"),
        ([], "no criteria"),
        ("100", "expected one rating per criterion"),
    ],
)
def test_swing_errors(ratings: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        swing_weights(ratings)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("ranks", "ratings", "message"),
    [
        ([1, 2], [80, 100], r"ratings\[0\] is ranked 1 but rated 80"),
        ([1, 2, 3], [100, 50, 50], r"\(rank 2\) and ratings\[2\] \(rank 3\) are rated alike"),
        ([1, 2, 3], [100, 40, 50], "are rated in reverse"),
        ([1, 2, 2], [100, 40, 50], "share rank 2 but are rated 40 and 50"),
        ([1, 3, 3], [100, 40, 40], "competition ranks would give 2"),
        ([1, 2], [100, 50, 20], "2 ranks for 3 ratings"),
        ({"a": 1, "b": 2}, {"a": 100, "c": 50}, "unknown criterion 'b'"),
        ({"a": 1}, [100], "both as mappings or both as sequences"),
        ({"a": 1, "b": 2}, {"a": 100, "b": 100}, "'a' \\(rank 1\\) and 'b' \\(rank 2\\)"),
    ],
)
def test_smart_errors(ranks: object, ratings: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        smart_weights(ranks, ratings)  # type: ignore[arg-type]


@given(st.lists(st.floats(0, 99.5), min_size=1, max_size=7))
def test_swing_properties(others: list[float]) -> None:
    """A distribution whose ratios are the ratings' ratios; SMART with the ranks implied
    by distinct ratings gives the same weights as SWING."""
    ratings = [100.0, *others]
    weights = swing_weights(ratings)
    assert weights.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(weights / weights[0], np.array(ratings) / 100)
    if len(set(ratings)) == len(ratings):
        ranks = (np.argsort(np.argsort(-np.array(ratings))) + 1).tolist()
        np.testing.assert_allclose(smart_weights(ranks, ratings), weights)
