"""Problem files: the example loads in file order; every error path gives one clear line."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import mcda
from mcda.errors import DataFileError, ValidationError
from mcda.problem_file import quote_occurs


def test_example_loads_in_file_order(bikes_path: Path) -> None:
    problem = mcda.load_problem(bikes_path)
    assert problem.alternative_ids == ("cargo_co", "citycycle", "budget_bikes", "pedal_plus")
    assert problem.criterion_ids == ("cost", "fleet_size", "usefulness")
    assert [d.value for d in problem.directions] == ["min", "max", "max"]
    cost = problem.scores["cargo_co"]["cost"]
    assert (cost.low, cost.high, cost.midpoint, cost.is_interval) == (210, 240, 225, True)
    assert problem.scores["budget_bikes"]["fleet_size"].assumption
    assert len(problem.scores["budget_bikes"]["usefulness"].evidence) == 2
    assert problem.scores["citycycle"]["usefulness"].level == 3
    assert problem.recommendation is not None
    assert problem.recommendation.alternative == "citycycle"
    assert problem.recommendation.runner_up == "cargo_co"
    np.testing.assert_allclose(problem.weights("frugal"), [0.5, 0.25, 0.25])
    np.testing.assert_allclose(problem.weights(), [1 / 3] * 3)


def test_screening_keeps_the_alternative_with_its_reason(bikes_path: Path) -> None:
    problem = mcda.load_problem(bikes_path)
    (screened,) = problem.screening()
    assert screened.alternative == "pedal_plus"
    assert screened.constraint == "within_budget"
    assert screened.reason("en") == "Within the budget (420 > 300)"
    assert problem.eligible_ids == ("cargo_co", "citycycle", "budget_bikes")


def test_decision_matrix_as_labelled_frame(bikes_path: Path) -> None:
    frame = mcda.load_problem(bikes_path).to_frame()
    assert list(frame.index) == ["cargo_co", "citycycle", "budget_bikes", "pedal_plus"]
    assert list(frame.columns) == ["cost", "fleet_size", "usefulness"]
    assert frame.loc["cargo_co", "cost"] == 225
    assert frame.loc["budget_bikes", "usefulness"] == 1.5
    labelled = mcda.load_problem(bikes_path).to_frame(lang="en")
    assert labelled.columns[0] == "Cost"


def test_problem_objects_are_immutable(bikes_path: Path) -> None:
    problem = mcda.load_problem(bikes_path)
    with pytest.raises(AttributeError):
        problem.id = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        problem.scores["cargo_co"]["cost"] = None  # type: ignore[index]


@pytest.mark.parametrize(
    ("quote", "found"),
    [
        ("Cargo Co. offers   12 e-cargo\nbikes", True),
        ("Staff rate … highest", True),
        ("highest … Staff rate the e-cargo", False),
        ("Cargo Co. offers 13", False),
    ],
)
def test_quote_occurs_ignores_whitespace_and_reads_ellipsis(quote: str, found: bool) -> None:
    text = "Cargo Co. offers 12 e-cargo bikes.\nStaff rate the e-cargo bikes highest."
    assert quote_occurs(quote, text) is found


def _write(bikes_copy: Path, old: str, new: str) -> Path:
    text = bikes_copy.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in the example"
    bikes_copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    return bikes_copy


# (old text, new text, error type, message pattern): one case per error path.
ERROR_CASES = [
    (
        "[scores.cargo_co.fleet_size]",
        "[scores.cargo_co.speed]",
        ValidationError,
        r"scores\.cargo_co\.speed: unknown criterion 'speed'",
    ),
    (
        "[scores.pedal_plus.cost]",
        "[scores.pedal_pluss.cost]",
        ValidationError,
        r"scores\.pedal_pluss: unknown alternative",
    ),
    (
        'id = "citycycle"',
        'id = "cargo_co"',
        ValidationError,
        r"alternatives\[1\]\.id: duplicate id 'cargo_co'",
    ),
    (
        'id = "fleet_size"\n',
        'id = "cost"\n',
        ValidationError,
        r"criteria\[1\]\.id: duplicate id 'cost'",
    ),
    (
        "[scores.cargo_co.usefulness]\nvalue = 4\n",
        "[scores.cargo_co.ignored]\n",
        ValidationError,
        r"scores\.cargo_co\.ignored: unknown criterion",
    ),
    (
        "[scores.citycycle.usefulness]\nvalue = 3\n",
        "[scores.citycycle.usefulness]\n",
        ValidationError,
        r"scores\.citycycle\.usefulness\.value: missing",
    ),
    (
        'value = 20\nquote = "CityCycle',
        'value = "twenty"\nquote = "CityCycle',
        ValidationError,
        r"scores\.citycycle\.fleet_size\.value: must be a number, got a string 'twenty'",
    ),
    (
        'value = 20\nquote = "CityCycle',
        'value = nan\nquote = "CityCycle',
        ValidationError,
        r"scores\.citycycle\.fleet_size\.value: must be finite",
    ),
    (
        'value = 20\nquote = "CityCycle',
        'value = inf\nquote = "CityCycle',
        ValidationError,
        r"scores\.citycycle\.fleet_size\.value: must be finite",
    ),
    (
        "value = [210, 240]",
        "value = [240, 210]",
        ValidationError,
        r"scores\.cargo_co\.cost\.value: interval low 240 > high 210",
    ),
    (
        "value = [210, 240]",
        "value = [210, 240, 250]",
        ValidationError,
        r"an interval must be \[low, high\]",
    ),
    (
        "weights = { cost = 2, fleet_size = 1",
        "weights = { cost = -2, fleet_size = 1",
        ValidationError,
        r"profiles\[1\]\.weights\.cost: -2 is negative",
    ),
    (
        "weights = { cost = 1, fleet_size = 1, usefulness = 1 }",
        "weights = { cost = 0, fleet_size = 0, usefulness = 0 }",
        ValidationError,
        r"profiles\[0\]\.weights: all weights are zero",
    ),
    (
        "weights = { cost = 1, fleet_size = 1, usefulness = 1 }",
        "weights = { cost = 1, fleet_size = 1, usefulness = 1, speed = 1 }",
        ValidationError,
        r"profiles\[0\]\.weights\.speed: unknown criterion 'speed'",
    ),
    (
        "weights = { cost = 1, fleet_size = 1, usefulness = 1 }",
        "weights = { cost = 1, fleet_size = 1 }",
        ValidationError,
        r"profiles\[0\]\.weights: missing criteria: usefulness",
    ),
    (
        'direction = "min"',
        'direction = "minimise"',
        ValidationError,
        r"criteria\[0\]\.direction: 'minimise' is not 'max' or 'min'",
    ),
    (
        'value = 4\nquote = "Staff',
        'value = 7\nquote = "Staff',
        ValidationError,
        r"scores\.cargo_co\.usefulness\.value: 7 is not a rubric level \(1–4\)",
    ),
    (
        "value = 420",
        "value = 1420",
        ValidationError,
        r"scores\.pedal_plus\.cost\.value: 1420 is outside the bounds 0–1000",
    ),
    (
        'quote = "CityCycle offers 20 standard e-bikes"',
        'quote = "CityCycle offers 25 standard e-bikes"',
        ValidationError,
        r"scores\.citycycle\.fleet_size\.quote: 'CityCycle offers 25 standard e-bikes' does not occur in source 'memo'",
    ),
    (
        'value = 15\nquote = "Pedal Plus offers 15 e-bikes"\nsection = "Section 1. Offers"',
        "value = 15",
        ValidationError,
        r"scores\.pedal_plus\.fleet_size: no evidence",
    ),
    (
        'reason = "The memo says 20 bikes',
        'why = "The memo says 20 bikes',
        ValidationError,
        r"scores\.budget_bikes\.fleet_size\.why: unknown field",
    ),
    (
        'assumption = true\nreason = "The memo says 20 bikes but not how often they break down; we assume all 20 are usable."',
        "assumption = true",
        ValidationError,
        r"scores\.budget_bikes\.fleet_size\.reason: missing",
    ),
    (
        'alternative = "citycycle"',
        'alternative = "bus"',
        ValidationError,
        r"recommendation\.alternative: unknown alternative 'bus'",
    ),
    (
        'default_profile = "equal"',
        'default_profile = "greedy"',
        ValidationError,
        r"problem\.default_profile: no profile 'greedy'",
    ),
    (
        'criterion = "cost"\nmax = 300',
        'criterion = "price"\nmax = 300',
        ValidationError,
        r"constraints\[0\]\.criterion: unknown criterion 'price'",
    ),
    (
        'path = "sources/bike_memo.txt"',
        'path = "sources/missing.txt"',
        DataFileError,
        r"sources\[0\]\.path: cannot read source 'sources/missing.txt'",
    ),
    (
        'label = { da = "Omkostning", en = "Cost" }',
        "label = {}",
        ValidationError,
        r"criteria\[0\]\.label: is empty \(give 'da' and/or 'en'\)",
    ),
]


@pytest.mark.parametrize(("old", "new", "error", "message"), ERROR_CASES)
def test_bad_problem_file_gives_one_clear_line(
    bikes_copy: Path, old: str, new: str, error: type, message: str
) -> None:
    path = _write(bikes_copy, old, new)
    with pytest.raises(error, match=message) as caught:
        mcda.load_problem(path)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(str(path))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"missing\.toml: no such file"):
        mcda.load_problem(tmp_path / "missing.toml")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.toml"
    path.write_text("\n  \n")
    with pytest.raises(DataFileError, match=r"empty\.toml: the file is empty"):
        mcda.load_problem(path)


def test_malformed_toml(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[problem\nid = 1\n")
    with pytest.raises(DataFileError, match=r"broken\.toml: malformed TOML \(.*line 1"):
        mcda.load_problem(path)


def test_comment_only_file_holds_no_problem(tmp_path: Path) -> None:
    path = tmp_path / "comment.toml"
    path.write_text("# nothing here\n")
    with pytest.raises(DataFileError, match="holds no decision problem"):
        mcda.load_problem(path)


def test_unknown_top_level_table(bikes_copy: Path) -> None:
    path = _write(bikes_copy, "[problem]", "[extras]\nx = 1\n\n[problem]")
    with pytest.raises(ValidationError, match=r"extras: unknown field"):
        mcda.load_problem(path)


def test_missing_scores_for_an_alternative(bikes_copy: Path) -> None:
    text = bikes_copy.read_text(encoding="utf-8")
    start = text.index("[scores.pedal_plus.cost]")
    bikes_copy.write_text(text[:start], encoding="utf-8")
    with pytest.raises(ValidationError, match=r"scores\.pedal_plus: missing"):
        mcda.load_problem(bikes_copy)


def test_requirement_constraint_lets_screened_alternative_lack_scores(bikes_copy: Path) -> None:
    text = bikes_copy.read_text(encoding="utf-8")
    start = text.index("[scores.pedal_plus.cost]")
    text = text[:start].replace(
        "[recommendation]",
        '[[constraints]]\nid = "named_in_memo"\nlabel = { da = "Nævnt", en = "Named in the survey" }\n'
        '[constraints.fails.pedal_plus]\nquote = "Pedal Plus offers 15 e-bikes"\n'
        'section = "Section 1. Offers"\n\n[recommendation]',
    )
    bikes_copy.write_text(text, encoding="utf-8")
    problem = mcda.load_problem(bikes_copy)
    assert "pedal_plus" not in problem.scores
    assert [s.alternative for s in problem.screening()] == ["pedal_plus"]
    assert problem.to_frame().shape == (3, 3)
