"""mcda.ahp.group: AIJ, AIP, Kendall's W, compatibility; properties and errors."""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcda.ahp.group import (
    aggregate_judgements,
    aggregate_priorities,
    compatibility_index,
    group_ahp,
    kendall_w,
)
from mcda.errors import InconsistentJudgementsWarning, ValidationError

ITEMS = ["robustness", "synergy", "cost"]
ANNA = {("robustness", "synergy"): 3, ("robustness", "cost"): 5, ("synergy", "cost"): 2}
BO = {("robustness", "synergy"): "1/3", ("robustness", "cost"): 2, ("synergy", "cost"): 4}
CARL = {("robustness", "synergy"): 2, ("synergy", "cost"): 3}  # left one pair out


def quiet(function, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InconsistentJudgementsWarning)
        return function(*args, **kwargs)


def test_aij_is_the_elementwise_geometric_mean_by_hand():
    group = group_ahp({"anna": ANNA, "bo": BO}, items=ITEMS)
    # robustness vs synergy: sqrt(3 · 1/3) = 1; robustness vs cost: sqrt(5 · 2) = √10
    assert group.aij.matrix[0, 1] == pytest.approx(1.0)
    assert group.aij.matrix[0, 2] == pytest.approx(np.sqrt(10))
    assert group.aij.matrix[1, 2] == pytest.approx(np.sqrt(8))
    assert group.aij.matrix[2, 0] == pytest.approx(1 / np.sqrt(10))


def test_weighted_aij_and_missing_pairs():
    weighted = aggregate_judgements(
        [[[1, 4, np.nan], [1 / 4, 1, 2], [np.nan, 1 / 2, 1]],
         [[1, 1, 3], [1, 1, 2], [1 / 3, 1 / 2, 1]]],
        weights=[3, 1],
    )  # fmt: skip
    assert weighted[0, 1] == pytest.approx(4**0.75)  # 4^(3/4) · 1^(1/4)
    assert weighted[0, 2] == pytest.approx(3)  # only the second member judged it
    assert weighted[1, 2] == pytest.approx(2)
    group = group_ahp({"anna": ANNA, "carl": CARL}, items=ITEMS)
    # Carl's missing (robustness, cost) is aggregated over Anna alone
    assert group.aij.matrix[0, 2] == pytest.approx(5)
    assert group.member_results[1].completed == (("robustness", "cost"),)


def test_aip_by_hand():
    priorities = np.array([[0.5, 0.3, 0.2], [0.2, 0.3, 0.5]])
    expected = np.sqrt(priorities[0] * priorities[1])
    assert aggregate_priorities(priorities) == pytest.approx(expected / expected.sum())
    weighted = aggregate_priorities(priorities, [1, 0])
    assert weighted == pytest.approx(priorities[0])


def test_kendall_w_agrees_with_friedman():
    """W = χ²_F / (k (n − 1)) (Friedman's statistic, with ties; scipy.stats)."""
    from scipy.stats import friedmanchisquare

    priorities = np.array(
        [[0.4, 0.3, 0.2, 0.1], [0.3, 0.4, 0.1, 0.2], [0.4, 0.1, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4]]
    )
    k, n = priorities.shape
    statistic = friedmanchisquare(*priorities.T).statistic
    assert kendall_w(priorities) == pytest.approx(statistic / (k * (n - 1)))


def test_kendall_w_extremes():
    assert kendall_w([[0.5, 0.3, 0.2], [0.6, 0.3, 0.1]]) == pytest.approx(1.0)
    assert kendall_w([[0.5, 0.3, 0.2], [0.2, 0.3, 0.5]]) == pytest.approx(0.0)
    assert kendall_w([[0.5, 0.5], [0.5, 0.5]]) == 1.0
    with pytest.raises(ValidationError, match="at least 2 members"):
        kendall_w([[0.5, 0.5]])


def test_compatibility_is_zero_for_the_member_itself():
    group = group_ahp({"anna": ANNA}, items=ITEMS)
    assert np.isnan(group.kendall_w)
    matrix = group.member_results[0].matrix
    w = np.prod(matrix, axis=1) ** (1 / 3)
    w /= w.sum()
    errors = [
        np.log(matrix[i, j] * w[j] / w[i]) ** 2 for i, j in itertools.combinations(range(3), 2)
    ]
    assert compatibility_index(matrix, w) == pytest.approx(2 / (2 * 1) * sum(errors))


def test_group_result_frame_and_member_weights():
    group = quiet(
        group_ahp, {"anna": ANNA, "bo": BO, "carl": CARL}, weights={"anna": 2, "bo": 1, "carl": 1}
    )
    assert group.member_weights == pytest.approx([0.5, 0.25, 0.25])
    frame = group.to_frame()
    assert list(frame.index) == ["anna", "bo", "carl", "AIJ", "AIP"]
    assert frame.loc["AIJ", ITEMS].to_numpy() == pytest.approx(group.weights)
    assert group.member_priorities.shape == (3, 3)
    assert 0 <= group.kendall_w <= 1


def test_inconsistent_member_is_named_in_the_warning():
    bad = {("robustness", "synergy"): 9, ("synergy", "cost"): 9, ("cost", "robustness"): 9}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        group_ahp({"anna": ANNA, "bad": bad}, items=ITEMS)
    messages = [str(w.message) for w in caught if w.category is InconsistentJudgementsWarning]
    assert any(m.startswith("judgements.bad: inconsistent judgements: CR = ") for m in messages)
    assert not any(m.startswith("judgements.anna") for m in messages)
    assert (
        "judgements (AIJ): the group matrix is inconsistent (CR = 1.2206); inconsistent members: bad"
        in messages
    )


@pytest.mark.parametrize(
    ("members", "kwargs", "message"),
    [
        ({}, {}, "no members"),
        ({"anna": ANNA}, {"weights": {"bo": 1}}, "weight for unknown member 'bo'"),
        ({"anna": ANNA, "bo": BO}, {"weights": {"anna": 1}}, "no weight for member 'bo'"),
        ({"anna": ANNA, "bo": BO}, {"weights": [1, -1]}, "must not be negative"),
        ({"anna": ANNA, "bo": {("robustness", "synergy"): 2}}, {}, "never compared"),
        (
            {"anna": ANNA, "bo": {("robustness", "risk"): 2}},
            {"items": ITEMS},
            "unknown item 'risk'",
        ),
    ],
)
def test_group_errors(members, kwargs, message):
    with pytest.raises(ValidationError, match=message):
        group_ahp(members, **kwargs)


scale = st.sampled_from([1 / 9, 1 / 5, 1 / 3, 1 / 2, 1, 2, 3, 5, 9])


@settings(max_examples=30, deadline=None)
@given(
    st.lists(scale, min_size=6, max_size=6),
    st.integers(2, 11),
    st.sampled_from(["eigenvector", "geometric"]),
)
def test_aij_of_identical_members_equals_each_member(values, k, method):
    items = ["a", "b", "c", "d"]
    judgements = dict(zip(itertools.combinations(items, 2), values, strict=True))
    single = quiet(group_ahp, {"one": judgements}, method=method).member_results[0]
    group = quiet(group_ahp, {f"m{i}": judgements for i in range(k)}, method=method)
    assert group.aij.weights == pytest.approx(single.weights, rel=1e-9)
    assert group.aij.consistency_ratio == pytest.approx(single.consistency_ratio, abs=1e-9)
    assert group.aip == pytest.approx(single.weights, rel=1e-9)
    assert group.kendall_w == pytest.approx(1.0)
    assert np.all(group.compatibility == pytest.approx(group.compatibility[0]))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(scale, min_size=3, max_size=3), min_size=2, max_size=11))
def test_geometric_aij_equals_aip_for_complete_judgements(members):
    """With the row geometric mean, AIJ and AIP coincide (both are geometric means)."""
    judgements = {
        f"m{i}": dict(zip(itertools.combinations(ITEMS, 2), values, strict=True))
        for i, values in enumerate(members)
    }
    group = quiet(group_ahp, judgements, method="geometric")
    assert group.aij.weights == pytest.approx(group.aip, rel=1e-9)
