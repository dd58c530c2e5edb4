"""The findings as sentences: Danish by default, safe rounding, deterministic."""

from __future__ import annotations

from pathlib import Path

import pytest
from reproduction_support import make_problem

from mcda.reproduction import reproduce
from mcda.reproduction.sentences import (
    decision_sentences,
    format_number,
    format_share,
    format_weights,
)

TWO = [[4, 1], [1, 3], [2, 2]]  # a0 wins iff w_c0 ≥ 21(δ + 1/3)/16 ≈ 0.4375 (WSM)


def test_number_formats() -> None:
    assert format_number(0.1234, "da") == "0,123"
    assert format_number(0.1234, "en") == "0.123"
    assert format_share(0.147, "da") == "14,7\u00a0%"  # no line break before "%"
    assert format_share(0.147, "en") == "14.7%"


def test_weights_are_listed_with_criterion_labels(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, TWO, ["max", "max"], recommend="a0")
    assert format_weights(problem, ("c0", "c1"), [0.25, 0.75], "da") == "krit c0 0,250; krit c1 0,750"
    assert format_weights(problem, ("c0", "c1"), [0.25, 0.75], "en") == "crit c0 0.250, crit c1 0.750"


def test_range_condition_is_rounded_in_the_safe_direction(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, TWO, ["max", "max"], recommend="a0")
    result = reproduce(problem, method="wsm", n_samples=2000, rng=1)
    text = " ".join(decision_sentences(result, "en"))
    # θ = 0.43750131…: the lower bound is rounded down to 0.437 (never up to 0.438);
    # the upper bound of c1, 0.56249869…, is rounded up to 0.563.
    assert "crit c0 weighs at least 0.437" in text
    assert "crit c1 weighs at most 0.563" in text
    assert "necessary condition" in text
    assert "Computed exactly by linear programming" in text


def test_never_wins_sentence_states_the_gap_and_the_winner(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, TWO, ["max", "max"], recommend="a0")
    result = reproduce(problem, target="a2", method="wsm", n_samples=2000, rng=1)
    (never,) = [s for s in decision_sentences(result, "en") if "does not come first" in s]
    assert "crit c0 0.438, crit c1 0.563" in never  # p = 7/16, halves rounded up (see test_reproduction_region)
    assert "first place goes to Alt a0 and Alt a1" in never
    assert "lacks 0.0313 in score" in never  # 1/32 + 1e-6
    danish = " ".join(decision_sentences(result))
    assert "kommer ikke først under nogen vægte" in danish


def test_same_inputs_and_seed_give_the_same_sentences(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[6, 2, 3], [2, 6, 2], [3, 3, 6]], ["max", "min", "max"],
                           recommend="a2")
    first = decision_sentences(reproduce(problem, n_samples=3000, rng=12))
    second = decision_sentences(reproduce(problem, n_samples=3000, rng=12))
    assert first == second
    assert any("seed 12" in s for s in first)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_flip_sentence(tmp_path: Path, lang: str) -> None:
    problem = make_problem(tmp_path, TWO, ["max", "max"], recommend="a0",
                           profiles={"tilt": [0.8, 0.2]})
    result = reproduce(problem, method="wsm", reference="tilt", n_samples=500, rng=1)
    flip = decision_sentences(result, lang)[-1]  # type: ignore[arg-type]
    # from (0.8, 0.2) to p = 21(1/3 − δ)/16: L1 = 2(0.8 − p) = 0.725, L∞ = 0.3625
    l1 = format_number(2 * (0.8 - 21 * (1 / 3 - 1e-6) / 16), lang)  # type: ignore[arg-type]
    assert l1 in flip and "Alt a1" in flip
    assert ("vægtprofilen tilt" if lang == "da" else "the weight profile tilt") in flip
