"""Problem files: the value-model fields (normalization, bounds_reason, value points,
families, contested scores, two-language reasons), each with its error path."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import mcda
from mcda.errors import ValidationError


def _write(bikes_copy: Path, old: str, new: str) -> Path:
    text = bikes_copy.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in the example"
    bikes_copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    return bikes_copy


HEAD = 'default_profile = "equal"\n'
FLEET = 'bounds = [0, 30]\nbounds_reason = "Invented for the example: the town hall would not run more than 30 bikes."\n'


def test_normalization_and_anchors_are_read(bikes_copy: Path) -> None:
    problem = mcda.load_problem(_write(bikes_copy, HEAD, HEAD + 'normalization = "anchored"\n'))
    assert problem.normalization == "anchored"
    assert [c.anchors for c in problem.criteria] == [(0, 1000), (0, 30), (1.0, 4.0)]
    values = problem.values(["citycycle"])
    np.testing.assert_allclose(values, [[0.85, 20 / 30, 2 / 3]])
    assert mcda.rank(problem).method == "topsis_anchored"
    assert mcda.rank(problem, method="topsis_vector").method == "topsis_vector"
    assert mcda.rank(problem, method="weighted_sum").method == "weighted_sum_anchored"


def test_default_normalization_is_vector(bikes_path: Path) -> None:
    problem = mcda.load_problem(bikes_path)
    assert problem.normalization == "vector"
    assert mcda.rank(problem).method == "topsis_vector"


def test_rubric_value_points(bikes_copy: Path) -> None:
    rubric = "[criteria.rubric]\n1 = {"
    path = _write(bikes_copy, rubric, "values = { 1 = 0, 2 = 0.1, 3 = 0.6, 4 = 1 }\n" + rubric)
    problem = mcda.load_problem(path)
    usefulness = problem.criterion("usefulness")
    assert usefulness.value_points == ((1, 0), (2, 0.1), (3, 0.6), (4, 1))
    np.testing.assert_allclose(usefulness.value_function()([1, 2.5, 3, 4]), [0, 0.35, 0.6, 1])


def test_numeric_value_points_with_a_budget_kink(bikes_copy: Path) -> None:
    old = "bounds = [0, 1000]\n"
    path = _write(bikes_copy, old, old + "values = [[0, 1], [300, 0.8], [1000, 0]]\n")
    cost = mcda.load_problem(path).criterion("cost")
    np.testing.assert_allclose(cost.value_function()([150, 300, 650]), [0.9, 0.8, 0.4])


def test_families_and_a_recommended_family(bikes_copy: Path) -> None:
    path = _write(
        bikes_copy,
        "[[criteria]]",
        '[[families]]\nid = "ebikes"\nlabel = { da = "Elcykler", en = "E-bikes" }\n'
        'members = ["citycycle", "pedal_plus"]\n\n[[criteria]]',
    )
    path = _write(path, 'alternative = "citycycle"', 'alternative = "citycycle"\nfamily = "ebikes"')
    problem = mcda.load_problem(path)
    assert problem.family("ebikes").members == ("citycycle", "pedal_plus")
    assert problem.family_of("pedal_plus").id == "ebikes"
    assert problem.family_of("cargo_co") is None
    assert problem.recommendation.family == "ebikes"


def test_contested_score_and_two_language_reason(bikes_copy: Path) -> None:
    old = '[scores.pedal_plus.usefulness]\nvalue = 3\nassumption = true\nreason = "The survey does not name Pedal Plus; its e-bikes are assumed to be rated like CityCycle\'s."'
    new = (
        "[scores.pedal_plus.usefulness]\nvalue = [2, 3]\ncontested = true\nassumption = true\n"
        'reason = { da = "Undersøgelsen nævner ikke Pedal Plus.", en = "The survey does not name Pedal Plus." }'
    )
    score = mcda.load_problem(_write(bikes_copy, old, new)).scores["pedal_plus"]["usefulness"]
    assert score.contested and (score.low, score.high) == (2, 3)
    assert score.reason == "The survey does not name Pedal Plus."
    assert score.reason_text.da.startswith("Undersøgelsen")


ERRORS = [
    (HEAD, HEAD + 'normalization = "zscore"\n', r"problem\.normalization: 'zscore' is not one of"),
    (
        HEAD + "",
        HEAD + 'normalization = "anchored"\n',
        None,  # valid: every numeric criterion has bounds and a reason
    ),
    (FLEET, "", r"criteria\[1\]\.bounds: missing \(anchored scales need the plausible range"),
    (
        'bounds_reason = "Invented for the example: the town hall',
        'why = "x"\n#',
        r"criteria\[1\]\.why: unknown field",
    ),
    (
        'bounds = [0, 30]\nbounds_reason = "Invented for the example: the town hall would not run more than 30 bikes."\n',
        "bounds = [0, 30]\n",
        r"criteria\[1\]\.bounds_reason: missing \(say why the bounds are the plausible range",
    ),
    (
        'unit = "bikes"\n' + FLEET,
        'unit = "bikes"\nbounds_reason = "x"\n',
        r"criteria\[1\]\.bounds_reason: given without 'bounds'",
    ),
    (
        "bounds = [0, 1000]\n",
        "bounds = [0, 1000]\nvalues = [[0, 1], [900, 0]]\n",
        r"criteria\[0\]\.values: the points must run from anchor 0 to anchor 1000, got 0 to 900",
    ),
    (
        "bounds = [0, 1000]\n",
        "bounds = [0, 1000]\nvalues = [[0, 0], [1000, 1]]\n",
        r"criteria\[0\]\.values: a 'min' criterion needs value 1 at the lowest x",
    ),
    (
        "bounds = [0, 1000]\n",
        "bounds = [0, 1000]\nvalues = [[0, 1], [500, 0.2], [700, 0.4], [1000, 0]]\n",
        r"criteria\[0\]\.values: values must fall with x",
    ),
    (
        "[criteria.rubric]\n1 = {",
        "values = { 1 = 0, 7 = 1 }\n[criteria.rubric]\n1 = {",
        r"criteria\[2\]\.values\.7: 7 is not a rubric level \(1–4\)",
    ),
    (
        'unit = "bikes"\n',
        'unit = "bikes"\nvalues = { 1 = 0, 2 = 1 }\n',
        r"criteria\[1\]\.values: a table \{level = value\} needs a rubric scale",
    ),
    (
        "[[criteria]]",
        '[[families]]\nid = "ebikes"\nlabel = { da = "E", en = "E" }\nmembers = ["citycycle"]\n\n[[criteria]]',
        r"families\[0\]\.members: a family needs at least two members",
    ),
    (
        "[[criteria]]",
        '[[families]]\nid = "ebikes"\nlabel = { da = "E", en = "E" }\nmembers = ["citycycle", "bus"]\n\n[[criteria]]',
        r"families\[0\]\.members\[1\]: unknown alternative 'bus'",
    ),
    (
        "[[criteria]]",
        '[[families]]\nid = "cargo_co"\nlabel = { da = "E", en = "E" }\nmembers = ["citycycle", "pedal_plus"]\n\n[[criteria]]',
        r"families\[0\]\.id: 'cargo_co' is already an alternative's id",
    ),
    (
        "[[criteria]]",
        '[[families]]\nid = "a"\nlabel = { da = "E", en = "E" }\nmembers = ["citycycle", "pedal_plus"]\n\n'
        '[[families]]\nid = "b"\nlabel = { da = "E", en = "E" }\nmembers = ["pedal_plus", "cargo_co"]\n\n[[criteria]]',
        r"families\[1\]\.members\[0\]: 'pedal_plus' is already in family 'a'",
    ),
    (
        'alternative = "citycycle"',
        'alternative = "citycycle"\nfamily = "ebikes"',
        r"recommendation\.family: unknown family 'ebikes'",
    ),
    (
        "value = 420",
        "value = 420\ncontested = true",
        r"scores\.pedal_plus\.cost\.contested: a contested score needs an interval",
    ),
    (
        "value = [210, 240]",
        "value = [210, 240]\ncontested = true",
        r"scores\.cargo_co\.cost\.reason: missing \(say what is contested and why\)",
    ),
    (
        "value = [210, 240]",
        'value = [210, 240]\ncontested = "yes"',
        r"scores\.cargo_co\.cost\.contested: must be true or false",
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), ERRORS)
def test_value_model_fields_fail_with_one_clear_line(
    bikes_copy: Path, old: str, new: str, message: str | None
) -> None:
    path = _write(bikes_copy, old, new)
    if message is None:
        mcda.load_problem(path)
        return
    if "anchored scales need" in message:  # only anchored problems require bounds
        path = _write(path, HEAD, HEAD + 'normalization = "anchored"\n')
    if "bounds_reason: missing" in message:
        path = _write(path, HEAD, HEAD + 'normalization = "anchored"\n')
    with pytest.raises(ValidationError, match=message) as raised:
        mcda.load_problem(path)
    assert "\n" not in str(raised.value) and str(path) in str(raised.value)


def test_recommended_family_must_hold_the_choice(bikes_copy: Path) -> None:
    path = _write(
        bikes_copy,
        "[[criteria]]",
        '[[families]]\nid = "ebikes"\nlabel = { da = "E", en = "E" }\n'
        'members = ["budget_bikes", "pedal_plus"]\n\n[[criteria]]',
    )
    path = _write(path, 'alternative = "citycycle"', 'alternative = "citycycle"\nfamily = "ebikes"')
    with pytest.raises(ValidationError, match=r"'citycycle' is not a member of family 'ebikes'"):
        mcda.load_problem(path)


def test_anchored_method_on_a_problem_without_anchors_names_the_criterion(
    bikes_copy: Path,
) -> None:
    problem = mcda.load_problem(_write(bikes_copy, FLEET, ""))
    with pytest.raises(ValidationError, match=r"criteria\.fleet_size\.bounds: missing"):
        mcda.rank(problem, method="topsis_anchored")
    # SPOTIS falls back to the data's range when not every criterion has anchors
    assert mcda.rank(problem, method="spotis").method == "spotis"
