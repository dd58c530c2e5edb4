"""Pareto dominance settles the question without weights."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from reproduction_support import make_problem

from mcda.reproduction import dominance, reproduce
from mcda.reproduction.sentences import decision_sentences

IDS = ("a", "b", "c")


def test_dominates_all() -> None:
    result = dominance(np.array([[5, 1], [4, 2], [3, 3]]), np.array([1, -1]), IDS, "a")
    assert result.status == "dominates_all" and result.decides
    assert result.dominates == ("b", "c") and result.dominated_by == ()


def test_dominated_names_the_dominating_alternatives() -> None:
    result = dominance(np.array([[3, 3], [4, 3], [5, 2]]), np.array([1, -1]), IDS, "a")
    assert result.status == "dominated"
    assert result.dominated_by == ("b", "c")


def test_neither_and_ties() -> None:
    assert dominance(np.array([[5, 1], [1, 5], [1, 1]]), np.array([1, 1]), IDS, "a").status == "neither"
    # an identical twin neither dominates nor is dominated
    twin = dominance(np.array([[5, 5], [5, 5], [1, 1]]), np.array([1, 1]), IDS, "a")
    assert twin.status == "neither" and twin.dominates == ("c",)


@given(st.lists(st.lists(st.integers(0, 4), min_size=2, max_size=2), min_size=3, max_size=3))
def test_dominance_is_consistent_with_weights(rows: list) -> None:
    """Dominated ⇒ never strictly first under any WSM-like weighted sum; dominating all
    ⇒ first under every strictly positive weight vector."""
    matrix = np.array(rows, dtype=float)
    result = dominance(matrix, np.array([1, 1]), IDS, "a")
    weights = np.column_stack([np.linspace(0.01, 0.99, 99), 1 - np.linspace(0.01, 0.99, 99)])
    sums = weights @ matrix.T
    if result.status == "dominated":
        assert np.all(sums[:, 0] <= sums[:, 1:].max(axis=1) + 1e-12)
    if result.status == "dominates_all":
        assert np.all(sums[:, 0] > sums[:, 1:].max(axis=1))


def test_report_says_dominance_plainly_instead_of_a_share(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[5, 1], [4, 2], [3, 3]], ["max", "min"], recommend="a0")
    result = reproduce(problem, n_samples=1000, rng=1)
    assert result.dominance.status == "dominates_all" and result.share == 1.0
    text = " ".join(decision_sentences(result, "en"))
    assert "dominates every other alternative" in text
    assert "100" not in text and "%" not in text
    danish = " ".join(decision_sentences(result))
    assert "dominerer alle andre alternativer" in danish


def test_dominated_target_is_reported_as_such(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[3, 3], [4, 3], [5, 2]], ["max", "min"], recommend="a0")
    result = reproduce(problem, n_samples=1000, rng=1)
    assert result.dominance.status == "dominated" and not result.reproducible
    sentences = decision_sentences(result, "en")
    assert sentences[0].startswith("Alt a0 is dominated by Alt a1 and Alt a2")
    assert not any("lacks" in s for s in sentences)
