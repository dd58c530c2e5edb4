"""PROMETHEE II with the six preference functions (mcda.methods.promethee)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mcda.errors import ValidationError
from mcda.methods import METHODS
from mcda.methods.promethee import criterion_flows, promethee_ii


def test_pymcdm_docstring_example() -> None:
    # pymcdm 1.4.0, the docstring (doctest) of pymcdm.methods.PROMETHEE_II.
    matrix = np.array([[4, 3, 2], [3, 2, 4], [5, 1, 3]], dtype=float)
    np.testing.assert_allclose(
        promethee_ii(matrix, np.array([0.5, 0.3, 0.2]), np.ones(3)), [0.1, -0.3, 0.2], atol=1e-12
    )


# One criterion, values 0, 1, 3 (max): differences d(a, b) = x_a - x_b. By hand from Brans,
# Vincke & Mareschal (1986), Table 1, with q = 1, p = 2, s = 1:
#   pairs (a>b): d(1,0) = 1, d(2,0) = 3, d(2,1) = 2; every other d <= 0 gives P = 0.
HAND = {
    "usual": {(1, 0): 1, (2, 0): 1, (2, 1): 1},
    "ushape": {(1, 0): 0, (2, 0): 1, (2, 1): 1},  # d > q
    "vshape": {(1, 0): 0.5, (2, 0): 1, (2, 1): 1},  # d / p, capped at 1
    "level": {(1, 0): 0, (2, 0): 1, (2, 1): 0.5},  # 0 (d <= q), 1/2 (q < d <= p), 1
    "linear": {(1, 0): 0, (2, 0): 1, (2, 1): 1},  # (d - q)/(p - q)
    "gaussian": {(1, 0): 1 - math.exp(-0.5), (2, 0): 1 - math.exp(-4.5), (2, 1): 1 - math.exp(-2)},
}


@pytest.mark.parametrize("function", list(HAND))
def test_six_preference_functions_by_hand(function: str) -> None:
    preference = np.zeros((3, 3))
    for (a, b), value in HAND[function].items():
        preference[a, b] = value
    expected = (preference.sum(axis=1) - preference.sum(axis=0)) / 2
    flows = criterion_flows(np.array([[0.0], [1.0], [3.0]]), np.array([1]), function, q=1, p=2, s=1)
    np.testing.assert_allclose(flows[0], expected)
    # A min criterion mirrors the flows.
    mirrored = criterion_flows(np.array([[0.0], [-1.0], [-3.0]]), np.array([-1]), function,
                               q=1, p=2, s=1)  # fmt: skip
    np.testing.assert_allclose(mirrored[0], expected)


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [("usual", "usual"), ("ushape", "ushape"), ("vshape", "vshape"), ("level", "level"),
     ("linear", "vshape_2")],
)  # fmt: skip
def test_matches_pymcdm_per_criterion_thresholds(ours: str, theirs: str) -> None:
    from pymcdm.methods import PROMETHEE_II

    rng = np.random.default_rng(4)
    matrix = rng.uniform(0, 10, (6, 3))
    weights = np.array([0.5, 0.3, 0.2])
    signs = np.array([1, -1, 1])
    q, p = np.array([0.5, 1.0, 0.2]), np.array([2.0, 4.0, 3.0])
    expected = PROMETHEE_II(theirs, p=p, q=q)(matrix, weights, signs)
    np.testing.assert_allclose(
        promethee_ii(matrix, weights, signs, ours, q=q, p=p), expected, atol=1e-12
    )


def test_mixed_functions_per_criterion_and_registry_params() -> None:
    matrix = np.array([[0.0, 10.0], [1.0, 20.0], [3.0, 40.0]])
    weights, signs = np.array([0.6, 0.4]), np.array([1, -1])
    mixed = promethee_ii(matrix, weights, signs, ["level", "gaussian"], q=[1, None], p=[2, None],
                         s=[None, 15])  # fmt: skip
    parts = [
        criterion_flows(matrix[:, [0]], signs[[0]], "level", q=1, p=2)[0],
        criterion_flows(matrix[:, [1]], signs[[1]], "gaussian", s=15)[0],
    ]
    np.testing.assert_allclose(mixed, 0.6 * parts[0] + 0.4 * parts[1])
    method = METHODS["promethee_ii"].with_params(
        {"preference": {"cost": "gaussian", "noise": "level"}, "q": {"noise": 1},
         "p": {"noise": 2}, "s": {"cost": 15}},
        criteria=["noise", "cost"],
    )  # fmt: skip
    np.testing.assert_allclose(method.score(matrix, weights, signs), mixed)


def test_tied_criterion_adds_nothing_and_rescales_nothing() -> None:
    """The definition: π(a, b) = Σ_j w_j P_j(a, b) over all criteria, so a tied column
    contributes 0, and the flows are (1 - w_tied) times those without it, where pymcdm's
    adapter used to rescale the remaining weights to 1 (flows / (1 - w_tied))."""
    rng = np.random.default_rng(5)
    matrix = np.column_stack([rng.uniform(0, 10, (5, 2)), np.full(5, 3.0)])
    weights, signs = np.array([0.3, 0.3, 0.4]), np.array([1, -1, 1])
    without = promethee_ii(matrix[:, :2], np.array([0.5, 0.5]), signs[:2])
    np.testing.assert_allclose(promethee_ii(matrix, weights, signs), 0.6 * without)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"preference": "triangle"}, r"preference\[0\]: 'triangle' is not one of usual"),
        ({"preference": "vshape"}, r"p\[0\]: missing \(the vshape function needs it\)"),
        ({"preference": "level", "q": 2, "p": 1}, r"p\[0\]: 1 must exceed q = 2"),
        ({"preference": "ushape"}, r"q\[0\]: missing \(the ushape function needs it\)"),
        ({"preference": "gaussian", "s": 0}, r"s\[0\]: must be positive"),
        ({"preference": "ushape", "q": -1}, r"q\[0\]: -1 must be a finite number ≥ 0"),
        ({"preference": "ushape", "q": "x"}, r"q\[0\]: 'x' is not a number"),
        ({"preference": ["usual"]}, "preference: 1 values for 2 criteria"),
    ],
)
def test_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        promethee_ii(np.array([[1.0, 2], [2, 1]]), np.array([0.5, 0.5]), np.array([1, 1]),
                     **kwargs)  # fmt: skip


@settings(max_examples=50, deadline=None)
@given(arrays(float, (5, 3), elements=st.floats(0, 100)), st.sampled_from(["usual", "vshape",
       "level", "linear", "gaussian", "ushape"]))  # fmt: skip
def test_properties(matrix: np.ndarray, function: str) -> None:
    """Net flows sum to 0, lie in [-1, 1], and are linear in the weights."""
    signs = np.array([1, -1, 1])
    flows = criterion_flows(matrix, signs, function, q=5, p=20, s=10)
    weights = np.array([[0.2, 0.3, 0.5], [0.6, 0.2, 0.2]])
    net = promethee_ii(matrix, weights, signs, function, q=5, p=20, s=10)
    np.testing.assert_allclose(net.sum(axis=1), 0, atol=1e-12)
    assert np.all(np.abs(net) <= 1 + 1e-12)
    np.testing.assert_allclose(net, weights @ flows)
