"""mcda.ahp.hierarchy: hierarchic synthesis, distributive and ideal modes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mcda
from mcda.ahp.hierarchy import ahp_hierarchy, synthesize
from mcda.errors import ValidationError

# Wikipedia, "Analytic hierarchy process – leader example" (choosing a leader: Tom,
# Dick, Harry on experience, education, charisma, age). Published: criteria weights
# .547 .127 .270 .056; local priorities experience .217 .717 .066, education .188 .081
# .731, charisma .743 .194 .063, age .265 .672 .063; global Tom .358, Dick .493,
# Harry .149. Pairs as transcribed in AHPy's tests/examples.py.
CANDIDATES = ["Tom", "Dick", "Harry"]
LEADER_ALTERNATIVES = {
    "experience": {("Tom", "Dick"): 1 / 4, ("Tom", "Harry"): 4, ("Dick", "Harry"): 9},
    "education": {("Tom", "Dick"): 3, ("Tom", "Harry"): 1 / 5, ("Harry", "Dick"): 7},
    "charisma": {("Tom", "Dick"): 5, ("Tom", "Harry"): 9, ("Dick", "Harry"): 4},
    "age": {("Dick", "Tom"): 3, ("Tom", "Harry"): 5, ("Dick", "Harry"): 9},
}
LEADER_CRITERIA = {
    ("experience", "education"): 4, ("experience", "charisma"): 3, ("experience", "age"): 7,
    ("education", "age"): 3, ("charisma", "education"): 3, ("charisma", "age"): 5,
}  # fmt: skip


def test_wikipedia_leader_hierarchy():
    result = ahp_hierarchy(LEADER_ALTERNATIVES, LEADER_CRITERIA, alternatives=CANDIDATES)
    assert result.criteria_weights == pytest.approx([0.547, 0.127, 0.270, 0.056], abs=1e-3)
    published_local = [
        [0.217, 0.188, 0.743, 0.265],
        [0.717, 0.081, 0.194, 0.672],
        [0.066, 0.731, 0.063, 0.063],
    ]
    assert result.local_priorities == pytest.approx(np.array(published_local), abs=5e-4)
    assert result.priorities == pytest.approx([0.358, 0.493, 0.149], abs=5e-4)
    frame = result.to_frame()
    assert frame.loc["Dick", "rank"] == 1 and frame.loc["Harry", "rank"] == 3


def test_cross_check_ahpy_leader():
    """AHPy's Compare tree (random_index="saaty", precision 10) gives the same global
    weights; its CRs use Saaty (2005) RIs (0.89 for n = 4, ours 0.90)."""
    ahpy = pytest.importorskip("ahpy")
    children = [
        ahpy.Compare(c, pairs, precision=10, random_index="saaty")
        for c, pairs in LEADER_ALTERNATIVES.items()
    ]
    goal = ahpy.Compare("goal", LEADER_CRITERIA, precision=10, random_index="saaty")
    goal.add_children(children)
    ours = ahp_hierarchy(LEADER_ALTERNATIVES, LEADER_CRITERIA, alternatives=CANDIDATES)
    for name, value in zip(CANDIDATES, ours.priorities, strict=True):
        assert value == pytest.approx(goal.target_weights[name], abs=1e-8)
    assert ours.criteria_result.cr == pytest.approx(goal.consistency_ratio * 0.89 / 0.90, abs=1e-8)


def test_ideal_mode_by_hand():
    weights = np.array([0.5, 0.3, 0.2])
    local = np.array([[0.6, 0.2, 0.5], [0.3, 0.5, 0.25], [0.1, 0.3, 0.25]])
    ideal = local / local.max(axis=0)  # each criterion's best gets 1
    expected = ideal @ weights
    assert synthesize(weights, local, "ideal") == pytest.approx(expected / expected.sum())
    assert synthesize(weights, local) == pytest.approx(local @ weights)


def test_ideal_mode_keeps_order_when_a_copy_is_added():
    """Belton & Gear (1983): adding a copy of an alternative can reverse the order in
    the distributive mode; the ideal mode keeps it."""
    weights = np.array([0.5, 0.5])
    local = np.array([[0.55, 0.2], [0.45, 0.8]])  # A: 0.375, B: 0.625
    copy = np.array([0.45, 0.8])  # a copy of B
    before = synthesize(weights, local, "ideal")
    with_copy = np.vstack([local * [1, 1], copy])
    with_copy = with_copy / with_copy.sum(axis=0)  # renormalise the local priorities
    after = synthesize(weights, with_copy, "ideal")
    assert (before[0] < before[1]) == (after[0] < after[1])


def test_criteria_weights_given_directly():
    result = ahp_hierarchy(
        LEADER_ALTERNATIVES, criteria_weights={"experience": 1, "education": 1, "charisma": 1, "age": 1},
        alternatives=CANDIDATES,
    )  # fmt: skip
    assert result.criteria_result is None
    assert result.priorities == pytest.approx(result.local_priorities.mean(axis=1))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "give criteria_judgements or criteria_weights"),
        ({"criteria_judgements": {("experience", "wisdom"): 2}}, "judged criteria"),
        ({"criteria_weights": {"experience": 1}}, "missing"),
        ({"criteria_weights": [1, 1, 1, 1], "mode": "best"}, "unknown synthesis mode 'best'"),
    ],
)
def test_hierarchy_errors(kwargs, message):
    with pytest.raises(ValidationError, match=message):
        ahp_hierarchy(LEADER_ALTERNATIVES, alternatives=CANDIDATES, **kwargs)


def test_alternatives_must_match():
    never_compared = dict(LEADER_ALTERNATIVES, age={("Tom", "Dick"): 2})
    with pytest.raises(ValidationError, match=r"age: .*never compared .*\{Harry\}"):
        ahp_hierarchy(never_compared, criteria_weights=[1, 1, 1, 1])
    stranger = dict(LEADER_ALTERNATIVES, age={("Tom", "Dick"): 2, ("Tom", "Jane"): 3})
    with pytest.raises(ValidationError, match=r"age: \(Tom, Jane\): unknown item 'Jane'"):
        ahp_hierarchy(stranger, criteria_weights=[1, 1, 1, 1])
    with pytest.raises(ValidationError, match=r"age: compares \['Dick', 'Jane', 'Tom'\]"):
        ahp_hierarchy(
            {"experience": LEADER_ALTERNATIVES["experience"], "age": mcda.ahp(stranger["age"])},
            criteria_weights=[1, 1],
            alternatives=None,
        )


def test_synthesize_errors():
    with pytest.raises(ValidationError, match="expected weights"):
        synthesize([1, 2], np.ones((3, 3)))
    with pytest.raises(ValidationError, match="finite"):
        synthesize([1, np.nan], np.ones((3, 2)))
    with pytest.raises(ValidationError, match="non-negative"):
        synthesize([1, -1], np.ones((3, 2)))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.floats(0.01, 1), min_size=2, max_size=5),
    st.lists(st.floats(0.01, 1), min_size=15, max_size=15),
    st.sampled_from(["distributive", "ideal"]),
)
def test_synthesis_is_a_distribution(weights, values, mode):
    n = len(weights)
    local = np.array(values[: 3 * n]).reshape(3, n)
    local = local / local.sum(axis=0)
    result = synthesize(weights, local, mode)
    assert np.all(result > 0) and result.sum() == pytest.approx(1.0)
    # one criterion with all the weight: its local priorities (or ideal ratios) decide
    single = synthesize(np.eye(n)[0], local, mode)
    assert np.argmax(single) == np.argmax(local[:, 0])


def test_result_is_frozen():
    result = mcda.ahp({("a", "b"): 2})
    with pytest.raises(AttributeError):
        result.weights = np.array([0.5, 0.5])  # type: ignore[misc]
