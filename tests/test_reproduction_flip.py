"""Minimal change of weights to flip the winner, against hand computations."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from reproduction_support import make_problem

import mcda
from mcda.reproduction import minimal_flip

# See test_reproduction_region: with w = (p, 1 − p) a1 wins exactly when
# p ≤ 21(1/3 − δ)/16, and a2 never wins.
TWO = [[4, 1], [1, 3], [2, 2]]


def test_flip_from_a_profile_matches_the_hand_threshold(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, TWO, ["max", "max"], recommend="a0")
    flip = minimal_flip(problem, np.array([0.8, 0.2]), method="wsm", margin=1e-6)
    edge = 21 * (1 / 3 - 1e-6) / 16
    assert flip.winners == ("a0",) and flip.exact
    assert flip.l1 is not None and flip.linf is not None
    assert flip.l1.alternative == "a1" and flip.linf.alternative == "a1"
    assert flip.l1.distance == pytest.approx(2 * (0.8 - edge), abs=1e-9)
    assert flip.linf.distance == pytest.approx(0.8 - edge, abs=1e-9)
    assert {o.alternative for o in flip.options} == {"a1"}  # a2 can never win
    for option in flip.options:
        assert option.verification.wins
        assert mcda.rank(problem, option.weights, method="wsm").best == (option.alternative,)


def test_topsis_flip_is_verified_and_no_farther_than_a_grid(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, TWO, ["max", "max"], recommend="a0")
    start = np.array([0.8, 0.2])
    flip = minimal_flip(problem, start, method="topsis", margin=1e-6)
    grid = np.linspace(0, 1, 100_001)
    closeness = mcda.topsis(TWO, np.column_stack([grid, 1 - grid]), ["max", "max"])
    others = [i for i in range(3) if flip.winners != (f"a{i}",)]
    best = min(
        np.abs(grid - 0.8)[closeness[:, i] - np.delete(closeness, i, axis=1).max(axis=1) >= 1e-6]
        .min(initial=np.inf)
        for i in others
    )
    assert flip.linf is not None and flip.l1 is not None
    assert flip.linf.distance <= best + 1e-9
    assert flip.l1.distance == pytest.approx(2 * flip.linf.distance, abs=1e-7)  # two criteria
    assert flip.l1.verification.wins and flip.linf.verification.wins


def test_no_flip_when_the_winner_dominates(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[5, 5], [1, 2]], ["max", "max"], recommend="a0")
    flip = minimal_flip(problem, np.array([0.5, 0.5]), method="topsis")
    assert flip.winners == ("a0",)
    assert flip.l1 is None and flip.linf is None and flip.options == ()
