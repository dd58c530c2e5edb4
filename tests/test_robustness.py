"""Robustness to modelling choices: the grid of choices, the verdict, its sentence,
the contested readings, and `mcda robustness`."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

import mcda
from mcda.cli.main import main
from mcda.errors import ValidationError
from mcda.model import (
    Alternative,
    Criterion,
    Direction,
    Evidence,
    Problem,
    Recommendation,
    Score,
    Text,
)
from mcda.robustness import (
    DEFAULT_METHODS,
    FULL_FACTORIAL,
    readings,
    robustness,
    with_readings,
)

QUOTE = (Evidence("q", "s"),)
LEVELS = {k: Text(str(k), str(k)) for k in range(1, 6)}


def _problem(rows, contested=None, recommendation="a0") -> Problem:
    """Rubric 1–5 criteria to maximise; ``contested`` maps (i, j) to an interval."""
    contested = contested or {}
    alternatives = tuple(Alternative(f"a{i}", Text(f"A{i}", f"A{i}")) for i in range(len(rows)))
    criteria = tuple(
        Criterion(f"c{j}", Text(f"K{j}", f"C{j}"), Direction.MAX, "rubric", rubric=LEVELS)
        for j in range(len(rows[0]))
    )
    scores = {}
    for i, a in enumerate(alternatives):
        row = {}
        for j, c in enumerate(criteria):
            low, high = contested.get((i, j), (rows[i][j], rows[i][j]))
            row[c.id] = Score(
                low,
                high,
                QUOTE,
                contested=(i, j) in contested,
                reason="r" if (i, j) in contested else None,
            )
        scores[a.id] = row
    return Problem(
        "p",
        Text("P", "P"),
        alternatives,
        criteria,
        scores,
        normalization="anchored",
        recommendation=Recommendation("T11", recommendation, evidence=QUOTE),
    )


def test_a_dominating_alternative_is_first_under_every_choice() -> None:
    problem = _problem([[5, 5, 4], [3, 4, 2], [2, 1, 3]])
    result = robustness(problem, n_samples=500)
    assert result.leader == "a0"
    assert len(result.outcomes) == len(DEFAULT_METHODS)
    assert result.first_counts() == {"a0": len(result.applicable)}
    assert result.share_range("a0") == (1.0, 1.0)
    sentence = result.sentence("en")
    assert sentence.startswith(
        f"With equal weights, A0 comes first under all {len(result.applicable)}"
    )
    assert "It is T11's choice; its share of the weight space is 100%" in sentence


def test_a_contested_score_that_decides_the_winner() -> None:
    """a0 = (c0 ∈ [1, 5] contested, 3), a1 = (3, 3): at the low reading a1 wins on
    every method, at the high reading a0 does; 2 readings × 12 methods."""
    problem = _problem([[3, 3], [3, 3]], contested={(0, 0): (1, 5)})
    result = robustness(problem, n_samples=300)
    assert result.contested == ("a0.c0",)
    assert result.full_factorial
    assert len(result.outcomes) == 2 * len(DEFAULT_METHODS)
    for outcome in result.applicable:
        expected = "a0" if outcome.choice.readings["a0.c0"] == "high" else "a1"
        assert outcome.first == (expected,), outcome.choice.key
    text = result.sentence("en")
    assert "A0 comes first under 12 of 24 modelling choices" in text
    assert "A1 comes first under 12 choices: every method when A0's C0 is at its low end" in text


def test_readings_full_factorial_and_beyond() -> None:
    cells = [f"a.c{j}" for j in range(FULL_FACTORIAL)]
    combos, full = readings(cells)
    assert full and len(combos) == 2**FULL_FACTORIAL
    combos, full = readings([*cells, "a.extra"])
    assert not full and len(combos) == 2 + 2 * (FULL_FACTORIAL + 1)
    assert dict(combos[0]) == dict.fromkeys([*cells, "a.extra"], "low")
    combos, full = readings([])
    assert full and [dict(c) for c in combos] == [{}]


def test_with_readings_fixes_the_contested_score_at_one_end() -> None:
    problem = _problem([[3, 3], [3, 3]], contested={(0, 0): (1, 5)})
    low = with_readings(problem, {"a0.c0": "low"}).scores["a0"]["c0"]
    high = with_readings(problem, {"a0.c0": "high"}).scores["a0"]["c0"]
    assert (low.low, low.high, high.low, high.high) == (1, 1, 5, 5)
    assert problem.scores["a0"]["c0"].is_interval  # the original is untouched


def test_methods_that_do_not_apply_are_recorded_with_the_reason() -> None:
    problem = dataclasses.replace(_problem([[5, 1], [1, 4], [3, 3]]), normalization="vector")
    criteria = tuple(
        dataclasses.replace(c, scale="numeric", unit="u", rubric={}) for c in problem.criteria
    )
    bare = dataclasses.replace(problem, criteria=criteria)
    result = robustness(bare, methods=["topsis_anchored", "topsis_vector"], n_samples=200)
    (missing,) = [o for o in result.outcomes if not o.applicable]
    assert missing.choice.method == "topsis_anchored" and "bounds" in missing.reason
    assert "1 choice does not apply to this decision" in result.sentence("en")


def test_same_seed_same_numbers_and_the_first_place_agrees_with_rank() -> None:
    problem = mcda.load_problem(Path("criteria/klimanord/ambition.toml"))
    one = robustness(problem, methods=["topsis_anchored", "weighted_sum_anchored"], n_samples=1000)
    two = robustness(problem, methods=["topsis_anchored", "weighted_sum_anchored"], n_samples=1000)
    for a, b in zip(one.outcomes, two.outcomes, strict=True):
        assert np.array_equal(a.shares, b.shares)
    from mcda.robustness import _midpoints

    for outcome in one.outcomes:
        variant = with_readings(_midpoints(problem), outcome.choice.readings)
        ranked = mcda.rank(variant, method=outcome.choice.method)
        assert outcome.first == ranked.best


def test_bad_arguments_fail_before_any_work() -> None:
    problem = _problem([[5, 1], [1, 5]])
    with pytest.raises(ValidationError, match="unknown method 'nope'"):
        robustness(problem, methods=["topsis_anchored", "nope"])
    with pytest.raises(ValidationError, match="n_samples"):
        robustness(problem, n_samples=0)
    with pytest.raises(ValidationError, match="integer seed"):
        robustness(problem, rng=np.random.default_rng(1))  # type: ignore[arg-type]


def test_cli_table_json_and_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = "criteria/klimanord/green_tripartite.toml"
    figure = tmp_path / "robust.png"
    assert (
        main(["robustness", path, "--samples", "300", "--lang", "en", "--plot", str(figure)]) == 0
    )
    out = capsys.readouterr().out
    assert "No special organisation comes first under all" in out
    assert figure.stat().st_size > 10_000
    assert main(["robustness", path, "--samples", "300", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["leader"] == "no_special_organisation"
    assert len(data["choices"]) == 2 * len(DEFAULT_METHODS)  # one contested score: 2 readings
    assert data["contested"] == ["special_organisation.administrative_burden"]
    assert main(["robustness", path, "--plot", str(tmp_path / "x.gif")]) == 2
    assert "--plot" in capsys.readouterr().err
