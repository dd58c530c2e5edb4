"""Several decisions at once: joint regions, implied weights and conflicts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from reproduction_support import make_problem

import mcda
from mcda.errors import ValidationError
from mcda.reproduction.joint import reproduce_jointly
from mcda.reproduction.sentences import joint_sentences

# With w = (p, 1 − p) on two max criteria and WSM:
#   "high" (rows [[4, 1], [1, 3], [2, 2]], target a0) wins iff p ≥ 21(δ + 1/3)/16 ≈ 0.4375
#   "low"  (same rows, target a1)                    wins iff p ≤ 21(1/3 − δ)/16 ≈ 0.4375
#   "mid"  (rows [[1, 1], [3, 1], [1, 3]] target a1): r = [[1/5,1/5],[3/5,1/5],[1/5,3/5]],
#          a1 − a0 = 2p/5 ≥ δ, a1 − a2 = 2p/5 − 2(1 − p)/5 ≥ δ  ⇔  p ≥ 1/2 + 5δ/4.
TWO = [[4, 1], [1, 3], [2, 2]]


def test_compatible_decisions_give_the_intersection(tmp_path: Path) -> None:
    high = make_problem(tmp_path, TWO, ["max", "max"], name="high.toml",
                        problem_id="high", recommend="a0")
    mid = make_problem(tmp_path, [[1, 1], [3, 1], [1, 3]], ["max", "max"], name="mid.toml",
                       problem_id="mid", recommend="a1")
    joint = reproduce_jointly([high, mid], method="wsm", n_samples=20_000, rng=3)
    lower = max(21 * (1e-6 + 1 / 3) / 16, 0.5 + 5e-6 / 4)
    assert joint.reproducible and joint.exact
    np.testing.assert_allclose(joint.closest, [lower, 1 - lower], atol=1e-9)
    assert abs(joint.share - (1 - lower)) <= 4 * joint.region.standard_error
    for problem, target in ((high, "a0"), (mid, "a1")):
        assert mcda.rank(problem, joint.closest, method="wsm").best == (target,)
    assert all(v.wins for v in joint.verifications.values())
    assert "T11's implied weights" in " ".join(joint_sentences(joint, "en"))
    frame = joint.to_frame()
    assert list(frame.columns) == ["reference", "closest", "central"]
    assert frame.loc["c0", "closest"] == pytest.approx(lower, abs=1e-9)


def test_conflicting_decisions_are_named_with_their_best_weights(tmp_path: Path) -> None:
    high = make_problem(tmp_path, TWO, ["max", "max"], name="high.toml",
                        problem_id="high", recommend="a0")
    low = make_problem(tmp_path, TWO, ["max", "max"], name="low.toml",
                       problem_id="low", recommend="a1")
    joint = reproduce_jointly([high, low], method="wsm", n_samples=5000, rng=3)
    assert not joint.reproducible and joint.share == 0.0 and joint.closest is None
    assert joint.alone == ()
    (conflict,) = joint.conflicts
    assert (conflict.first, conflict.second) == (str(high.path), str(low.path))
    # best compromise: both leads equal 0 at p = 21/48 (a0 − a1 = p·16/21 − 1/3)
    np.testing.assert_allclose(conflict.weights, [21 / 48, 27 / 48], atol=1e-9)
    np.testing.assert_allclose(conflict.leads, [0.0, 0.0], atol=1e-12)
    text = " ".join(joint_sentences(joint, "en"))
    assert "No weights make all 2 of T11's choices come first at once" in text
    assert "conflict" in text


def test_a_decision_that_cannot_win_alone_is_listed(tmp_path: Path) -> None:
    high = make_problem(tmp_path, TWO, ["max", "max"], name="high.toml",
                        problem_id="high", recommend="a0")
    never = make_problem(tmp_path, TWO, ["max", "max"], name="never.toml",
                         problem_id="never", recommend="a2")
    joint = reproduce_jointly([high, never], method="topsis", n_samples=2000, rng=1)
    assert not joint.reproducible
    assert joint.alone == (str(never.path),)
    assert joint.attempt is not None


def test_criteria_are_matched_by_id_not_position(tmp_path: Path) -> None:
    first = make_problem(tmp_path, TWO, ["max", "max"], name="one.toml", problem_id="one",
                         recommend="a0")
    # the same problem with the criteria listed the other way round
    swapped = make_problem(tmp_path, [[1, 4], [3, 1], [2, 2]], ["max", "max"],
                           name="two.toml", problem_id="two", recommend="a0",
                           criteria=["c1", "c0"])
    joint = reproduce_jointly([first, swapped], method="wsm", n_samples=2000, rng=1)
    single = reproduce_jointly([first], method="wsm", n_samples=2000, rng=1)
    np.testing.assert_allclose(joint.closest, single.closest, atol=1e-12)
    assert joint.share == single.share


def test_joint_needs_the_same_criteria(tmp_path: Path) -> None:
    first = make_problem(tmp_path, TWO, ["max", "max"], name="one.toml", recommend="a0")
    other = make_problem(tmp_path, TWO, ["max", "max"], name="two.toml", recommend="a0",
                         criteria=["c0", "cx"])
    with pytest.raises(ValidationError, match=r"two.toml: criteria: c0, cx differ from"):
        reproduce_jointly([first, other])
    with pytest.raises(ValidationError, match="need at least one decision problem"):
        reproduce_jointly([])
    with pytest.raises(ValidationError, match="targets: no problem 'nope'"):
        reproduce_jointly([first], targets={"nope": "a0"})
