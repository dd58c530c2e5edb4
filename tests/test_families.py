"""Families of alternatives (variants of one option): their shares in SMAA, sweeps
(stability) and the reproduction analysis."""

from __future__ import annotations

import dataclasses

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import mcda
from mcda.model import Alternative, Criterion, Direction, Family, Problem, Score, Text
from mcda.reproduction import reproduce
from mcda.sensitivity.stability import stability_intervals
from mcda.sensitivity.sweeps import sweep_problem


def _problem(matrix: np.ndarray, families: tuple[Family, ...] = ()) -> Problem:
    m, n = matrix.shape
    alternatives = tuple(Alternative(f"a{i}", Text(f"A{i}", f"A{i}")) for i in range(m))
    criteria = tuple(
        Criterion(
            f"c{j}", Text(f"C{j}", f"C{j}"), Direction.MAX, "numeric", unit="u", bounds=(0.0, 10.0)
        )
        for j in range(n)
    )
    scores = {
        a.id: {
            c.id: Score(float(matrix[i, j]), float(matrix[i, j]), assumption=True, reason="test")
            for j, c in enumerate(criteria)
        }
        for i, a in enumerate(alternatives)
    }
    return Problem(
        "p",
        Text("P", "P"),
        alternatives,
        criteria,
        scores,
        normalization="anchored",
        families=families,
    )


@settings(max_examples=60, deadline=None)
@given(
    st.tuples(st.integers(3, 6), st.integers(2, 4)).flatmap(
        lambda shape: arrays(float, shape, elements=st.floats(0.0, 10.0))
    ),
    st.data(),
)
def test_family_share_is_the_sum_of_its_members_and_at_least_the_largest(matrix, data) -> None:
    m = matrix.shape[0]
    members = data.draw(st.lists(st.integers(0, m - 1), min_size=2, max_size=m, unique=True))
    family = Family("f", Text("F", "F"), tuple(f"a{i}" for i in members))
    result = mcda.smaa_problem(_problem(matrix, (family,)), n_samples=2000, rng=1)
    share = result.family_first_rank["f"]
    own = result.first_rank_acceptability[members]
    assert share == np.float64(min(own.sum(), 1.0))
    assert share >= own.max() - 1e-12
    assert result.share_of(family.members)[1] <= 0.5 / np.sqrt(2000) + 1e-12


def test_variants_split_the_share_and_the_family_keeps_it() -> None:
    """Two variants (a0, a1) of one option against a rival a2, weighted sum of x/10.
    By hand, with w0 the first weight: a0 first for w0 > 2/3, a1 for 0.4 < w0 < 2/3, a2
    below 0.4 — shares 1/3, 4/15, 2/5. The rival leads each variant; the option leads."""
    matrix = np.array([[9.0, 3.0], [8.0, 5.0], [2.0, 9.0]])
    family = Family("option", Text("O", "O"), ("a0", "a1"))
    result = mcda.smaa_problem(
        _problem(matrix, (family,)), n_samples=20_000, rng=3, method="weighted_sum"
    )
    b1 = result.first_rank_acceptability
    np.testing.assert_allclose(b1, [1 / 3, 4 / 15, 2 / 5], atol=4 * 0.0035)
    assert b1[2] > max(b1[0], b1[1])
    assert result.family_first_rank["option"] == b1[0] + b1[1] > b1[2]


def test_family_stability_interval_spans_swaps_between_members() -> None:
    """As above, at w0 = 0.8: a0 loses first place to its sibling a1 at w0 = 2/3, the
    family loses it to the rival a2 only at w0 = 0.4 (the a0–a2 crossing at 6/13 lies
    where a1 leads, so it does not count)."""
    matrix = np.array([[9.0, 3.0], [8.0, 5.0], [2.0, 9.0]])
    family = Family("option", Text("O", "O"), ("a0", "a1"))
    problem = _problem(matrix, (family,))
    sweeps = sweep_problem(problem, [0.8, 0.2], method="weighted_sum")
    stability = stability_intervals(sweeps, problem.families)
    assert stability.family == "option" and stability.top == ("a0",)
    c0 = stability.criteria[0]
    np.testing.assert_allclose(c0.top_interval, (2 / 3, 1.0), atol=1e-9)
    np.testing.assert_allclose(c0.family_interval, (0.4, 1.0), atol=1e-9)
    frame = stability.to_frame()
    assert "family_low" in frame.columns


def test_no_family_interval_when_the_leader_is_in_no_family() -> None:
    matrix = np.array([[9.0, 3.0], [8.0, 5.0], [2.0, 9.0]])
    problem = _problem(matrix, (Family("rivals", Text("R", "R"), ("a1", "a2")),))
    stability = stability_intervals(sweep_problem(problem, [0.8, 0.2]), problem.families)
    assert stability.family is None
    assert all(c.family_interval is None for c in stability.criteria)


def test_reproduction_reports_the_family_share_beside_the_member() -> None:
    matrix = np.array([[9.0, 3.0], [8.0, 5.0], [2.0, 9.0]])
    family = Family("option", Text("O", "O"), ("a0", "a1"))
    problem = _problem(matrix, (family,))
    result = reproduce(problem, target="a0", rng=5, n_samples=4000)
    assert result.family == "option"
    assert result.family_share >= result.share
    smaa = mcda.smaa_problem(problem, n_samples=4000, rng=5, pairwise_samples=1)
    np.testing.assert_allclose(result.family_share, smaa.family_first_rank["option"])
    alone = reproduce(dataclasses.replace(problem, families=()), target="a0", rng=5, n_samples=4000)
    assert alone.family is None and alone.family_share is None
