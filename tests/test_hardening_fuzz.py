"""Issue 16's fuzz harness on a bounded budget (the full campaign: tests/fuzzing.py).

Mutants of every shipped problem file through validate, rank, sensitivity (and some
through evidence, reproduce and report), and mutants of a filled AHP form through
``ahp collect`` and ``ahp``: exit codes 0 or 2 only, one-line messages naming the file,
no NaN in JSON, no run over 10 s, no output folder left by a failed run.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import fuzzing
import pytest

#: Mutants per CI run.
PROBLEM_MUTANTS = 48
FORM_MUTANTS = 24


def test_the_toml_writer_round_trips_every_shipped_file() -> None:
    for path in fuzzing.PROBLEM_FILES:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert tomllib.loads(fuzzing.to_toml(data)) == data


def test_mutants_are_deterministic_and_varied() -> None:
    source = fuzzing.PROBLEM_FILES[0]
    first = [fuzzing.mutant(source, i, 16) for i in range(20)]
    assert first == [fuzzing.mutant(source, i, 16) for i in range(20)]
    assert len({text for _, text in first}) == 20
    assert {kind for kind, _ in first} == {"text", "data"}


def test_the_checks_catch_what_they_should(tmp_path: Path) -> None:
    """The harness itself: an internal error, a multi-line or anonymous message, NaN in
    JSON and a slow run are each reported (a harness that cannot fail proves nothing)."""
    file = tmp_path / "p.toml"
    cases = [
        (fuzzing.Run([], 1, "mcda: internal error: boom\n", "", 0.1), "exit 1"),
        (fuzzing.Run([], 2, "mcda: error: p.toml: a\nb\n", "", 0.1), "stray stderr line"),
        (fuzzing.Run([], 2, "mcda: error: other.toml: bad\n", "", 0.1), "does not name"),
        (fuzzing.Run([], 0, "", '{"x": NaN}', 0.1), "bad JSON"),
        (fuzzing.Run([], 0, "", "{}", 11.0), "took 11.0 s"),
    ]
    for run, problem in cases:
        assert any(problem in p for p in fuzzing.check(run, file).problems), problem
    (tmp_path / "out").mkdir()
    left = fuzzing.check(fuzzing.Run([], 2, "mcda: error: p.toml: x\n", "", 0.1), file,
                         tmp_path / "out")  # fmt: skip
    assert left.problems == ["a failed run left an output folder"]
    clean = fuzzing.check(fuzzing.Run([], 2, "mcda: error: p.toml: x\n", "", 0.1), file)
    assert clean.problems == []


@pytest.mark.slow  # ~30 s: the CI budget of the fuzz harness
def test_problem_and_form_mutants_hold_the_bar(tmp_path: Path) -> None:
    tally = fuzzing.Tally()
    seed = 16  # fixed, so a failure reproduces; tests/fuzzing.py --seed explores others
    fuzzing.problem_campaign(PROBLEM_MUTANTS, seed, tmp_path / "problems", tally)
    fuzzing.form_campaign(FORM_MUTANTS, seed, tmp_path / "forms", tally)
    assert tally.violations == []
    assert tally.codes[0] > 0 and tally.codes[2] > 0  # both valid and broken mutants ran
    assert set(tally.codes) <= {0, 2}
