"""[[judgements]] in problem files; mcda.ahp.problem; rank(method="ahp"), weights "ahp:SET"."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from ahp_support import JUDGEMENTS, bikes_with_judgements

import mcda
from mcda.ahp.group import GroupResult
from mcda.ahp.hierarchy import synthesize
from mcda.ahp.problem import criteria_weights, problem_hierarchy, set_result
from mcda.errors import InconsistentJudgementsWarning, ValidationError


@pytest.fixture
def problem(tmp_path):
    return mcda.load_problem(bikes_with_judgements(tmp_path))


def quiet(function, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InconsistentJudgementsWarning)
        return function(*args, **kwargs)


def test_judgements_are_loaded(problem):
    sets = problem.judgements
    assert [s.id for s in sets] == [
        "facilities",
        "board",
        "board",
        "cost_pairs",
        "size_pairs",
        "use_pairs",
    ]
    facilities = sets[0]
    assert facilities.of == "criteria" and facilities.member is None
    assert facilities.pairs[1] == ("cost", "usefulness", 0.5)  # "1/2" is exact
    assert facilities.label.en == "The facilities team"
    assert sets[2].member == "Bo" and sets[2].member_weight == 2
    assert sets[3].criterion == "cost"


def test_existing_files_have_no_judgements(bikes_path):
    assert mcda.load_problem(bikes_path).judgements == ()


def test_set_result_single_and_group(problem):
    single = set_result(problem, "facilities")
    assert single.items == problem.criterion_ids
    direct = mcda.ahp(
        {("cost", "fleet_size"): 3, ("cost", "usefulness"): 0.5, ("usefulness", "fleet_size"): 5}
    )
    assert single.weight("usefulness") == pytest.approx(direct.weight("usefulness"))
    group = quiet(set_result, problem, "board")
    assert isinstance(group, GroupResult)
    assert group.members == ("Anna", "Bo")
    assert group.member_weights == pytest.approx([1 / 3, 2 / 3])


def test_criteria_weights_for_topsis(problem):
    weights = criteria_weights(problem, "facilities")
    assert weights == pytest.approx(set_result(problem, "facilities").weights)
    via_rank = mcda.rank(problem, "ahp:facilities")
    direct = mcda.rank(problem, weights)
    assert via_rank.weights == pytest.approx(weights)
    assert via_rank.scores == pytest.approx(direct.scores)
    group = quiet(mcda.rank, problem, "ahp:board")
    assert group.weights == pytest.approx(quiet(set_result, problem, "board").aij.weights)


def test_rank_method_ahp_by_hand(problem):
    result = mcda.rank(problem, "ahp:facilities", method="ahp")
    # pedal_plus is screened out (cost > 300): the hierarchy ranks the other three,
    # dropping the judgements that name pedal_plus
    assert result.alternatives == ("cargo_co", "citycycle", "budget_bikes")
    assert [s.alternative for s in result.screened] == ["pedal_plus"]
    eligible = list(result.alternatives)
    local = np.column_stack(
        [
            mcda.ahp({("citycycle", "cargo_co"): 2, ("budget_bikes", "citycycle"): 3, ("budget_bikes", "cargo_co"): 5}, items=eligible).weights,
            mcda.ahp({("citycycle", "cargo_co"): 3, ("budget_bikes", "cargo_co"): 3, ("citycycle", "budget_bikes"): 1}, items=eligible).weights,
            mcda.ahp({("cargo_co", "citycycle"): 2, ("cargo_co", "budget_bikes"): 7, ("citycycle", "budget_bikes"): 4}, items=eligible).weights,
        ]
    )  # fmt: skip
    expected = local @ criteria_weights(problem, "facilities")
    assert result.scores == pytest.approx(expected)
    assert result.higher_is_better and result.method == "ahp"
    assert result.best == (eligible[int(np.argmax(expected))],)
    ideal = mcda.rank(problem, "ahp:facilities", method="ahp_ideal")
    assert ideal.scores == pytest.approx(
        synthesize(criteria_weights(problem, "facilities"), local, "ideal")
    )
    # profiles work as criteria weights too
    frugal = mcda.rank(problem, "frugal", method="ahp")
    assert frugal.scores == pytest.approx(local @ np.array([0.5, 0.25, 0.25]))


def test_problem_hierarchy_frame(problem):
    hierarchy = problem_hierarchy(problem, criteria_weights(problem, "facilities"))
    assert hierarchy.to_frame().shape == (3, 5)


def test_method_ahp_needs_judgements_of_alternatives(bikes_path, tmp_path):
    with pytest.raises(
        ValidationError,
        match=r"needs pairwise judgements .* none under: cost, fleet_size, usefulness",
    ):
        mcda.rank(mcda.load_problem(bikes_path), method="ahp")
    only_criteria = JUDGEMENTS.split('[[judgements]]\nid = "cost_pairs"')[0]
    path = bikes_with_judgements(tmp_path, only_criteria, "partial")
    with pytest.raises(ValidationError, match="none under: cost, fleet_size, usefulness"):
        mcda.rank(mcda.load_problem(path), "ahp:facilities", method="ahp")


def test_two_sets_for_one_criterion(tmp_path):
    extra = (
        JUDGEMENTS
        + '\n[[judgements]]\nid = "cost_again"\nof = "alternatives"\ncriterion = "cost"\npairs = [["citycycle", "cargo_co", 2]]\n'
    )
    problem = mcda.load_problem(bikes_with_judgements(tmp_path, extra, "doubled"))
    with pytest.raises(
        ValidationError,
        match=r"several sets judge the same criterion: cost \(cost_pairs, cost_again\)",
    ):
        mcda.rank(problem, method="ahp")


def test_unknown_set_and_wrong_kind(problem):
    with pytest.raises(
        ValidationError,
        match=r"bikes_ahp.toml: judgements: no judgement set 'boards' \(sets: facilities, board, cost_pairs",
    ):
        mcda.rank(problem, "ahp:boards")
    with pytest.raises(
        ValidationError, match=r"judgements\.cost_pairs: compares alternatives, not criteria"
    ):
        mcda.rank(problem, "ahp:cost_pairs")


BAD = [
    ('of = "criteria"\npairs = [["cost", "fleet_size", 3]]', r"judgements\[0\].id: missing"),
    (
        'id = "x"\nof = "options"\npairs = []',
        r"judgements\[0\].of: 'options' is not 'criteria' or 'alternatives'",
    ),
    ('id = "x"\nof = "alternatives"\npairs = []', r"judgements\[0\].criterion: missing"),
    (
        'id = "x"\nof = "alternatives"\ncriterion = "price"\npairs = []',
        r"judgements\[0\].criterion: unknown criterion 'price'",
    ),
    (
        'id = "x"\nof = "criteria"\ncriterion = "cost"\npairs = []',
        r"judgements\[0\].criterion: only judgements of alternatives",
    ),
    ('id = "x"\nof = "criteria"', r"judgements\[0\].pairs: missing"),
    (
        'id = "x"\nof = "criteria"\npairs = [["cost", "fleet_size"]]',
        r"judgements\[0\].pairs\[0\]: must be \[a, b, value\]",
    ),
    (
        'id = "x"\nof = "criteria"\npairs = [["cost", "price", 3]]',
        r"judgements\[0\].pairs\[0\]: unknown criterion 'price'",
    ),
    (
        'id = "x"\nof = "criteria"\npairs = [["cost", "cost", 1]]',
        r"judgements\[0\].pairs\[0\]: compares 'cost' with itself",
    ),
    (
        'id = "x"\nof = "criteria"\npairs = [["cost", "fleet_size", 12]]',
        r"judgements\[0\].pairs\[0\]: 12 is off Saaty's scale",
    ),
    (
        'id = "x"\nof = "criteria"\npairs = [["cost", "fleet_size", -3]]',
        r"judgements\[0\].pairs\[0\]: -3 must be a positive",
    ),
    (
        'id = "x"\nof = "criteria"\npairs = [["cost", "fleet_size", "three"]]',
        r"judgements\[0\].pairs\[0\]: 'three' is not a number",
    ),
    (
        'id = "x"\nof = "criteria"\npairs = [["cost", "fleet_size", 3], ["fleet_size", "cost", "1/3"]]',
        r"judgements\[0\].pairs\[1\]: fleet_size vs cost is already judged in pairs\[0\]",
    ),
    (
        'id = "x"\nof = "criteria"\nweight = 0\npairs = [["cost", "fleet_size", 3]]',
        r"judgements\[0\].weight: 0 must be positive",
    ),
    ('id = "x"\nof = "criteria"\ncolour = 1\npairs = []', r"judgements\[0\].colour: unknown field"),
]


@pytest.mark.parametrize(("table", "message"), BAD)
def test_bad_judgement_tables(tmp_path, table, message):
    path = bikes_with_judgements(tmp_path, f"\n[[judgements]]\n{table}\n", "bad")
    with pytest.raises(ValidationError, match=rf"bad.toml: {message}"):
        mcda.load_problem(path)


def test_group_tables_need_members(tmp_path):
    two = '\n[[judgements]]\nid = "g"\nof = "criteria"\npairs = [["cost", "fleet_size", 3]]\n' * 2
    with pytest.raises(
        ValidationError, match=r"judgements\[0\].member: missing \(set 'g' has several tables\)"
    ):
        mcda.load_problem(bikes_with_judgements(tmp_path, two, "group1"))
    same = (
        '\n[[judgements]]\nid = "g"\nof = "criteria"\nmember = "A"\npairs = [["cost", "fleet_size", 3]]\n'
        * 2
    )
    with pytest.raises(ValidationError, match=r"judgements\[1\].member: duplicate member 'A'"):
        mcda.load_problem(bikes_with_judgements(tmp_path, same, "group2"))
    mixed = (
        '\n[[judgements]]\nid = "g"\nof = "criteria"\nmember = "A"\npairs = [["cost", "fleet_size", 3]]\n'
        '\n[[judgements]]\nid = "g"\nof = "alternatives"\ncriterion = "cost"\nmember = "B"\npairs = [["citycycle", "cargo_co", 3]]\n'
    )
    with pytest.raises(ValidationError, match=r"judgements\[1\]: set 'g' mixes what it compares"):
        mcda.load_problem(bikes_with_judgements(tmp_path, mixed, "group3"))


def test_disconnected_set_is_named_at_use(tmp_path):
    extra = '\n[[judgements]]\nid = "thin"\nof = "criteria"\npairs = [["cost", "fleet_size", 3]]\n'
    problem = mcda.load_problem(bikes_with_judgements(tmp_path, extra, "thin"))
    with pytest.raises(
        ValidationError,
        match=r"thin.toml: judgements.thin: .*\{cost, fleet_size\} \| \{usefulness\}",
    ):
        mcda.rank(problem, "ahp:thin")


MATRIX = """
[[judgements]]
id = "matrix"
of = "criteria"
items = ["usefulness", "cost", "fleet_size"]
matrix = [
  [1, 2, 5],
  ["1/2", 1, 3],
  ["1/5", "1/3", 1],
]
"""


def test_matrix_form(tmp_path):
    problem = mcda.load_problem(bikes_with_judgements(tmp_path, MATRIX, "matrix"))
    assert problem.judgements[0].pairs == (
        ("usefulness", "cost", 2.0),
        ("usefulness", "fleet_size", 5.0),
        ("cost", "fleet_size", 3.0),
    )
    weights = criteria_weights(problem, "matrix")  # in criteria order: cost, fleet_size, usefulness
    direct = mcda.ahp(
        np.array([[1, 2, 5], [1 / 2, 1, 3], [1 / 5, 1 / 3, 1]]),
        items=["usefulness", "cost", "fleet_size"],
    )
    assert weights == pytest.approx(
        [direct.weight("cost"), direct.weight("fleet_size"), direct.weight("usefulness")]
    )


BAD_MATRIX = [
    (
        'matrix = [[1, 3], ["1/3", 1]]',
        r"matrix: 2 rows for 3 items \(cost, fleet_size, usefulness\)",
    ),
    (
        'matrix = [[1, 3, 2], ["1/3", 1], [1, 1, 1]]',
        r"matrix\[1\]: 2 entries, expected 3 \(the matrix must be square\)",
    ),
    (
        'matrix = [[1, 3, 2], [3, 1, 1], ["1/2", 1, 1]]',
        r"matrix: not reciprocal: \(cost, fleet_size\) = 3 but \(fleet_size, cost\) = 3, expected 1/3",
    ),
    (
        'matrix = [[1, 3, 2], ["1/3", 1, 1], ["1/2", 1, 2]]',
        r"matrix: diagonal entry \(usefulness, usefulness\) = 2, must be 1",
    ),
    (
        'matrix = [[1, 30, 2], ["1/30", 1, 1], ["1/2", 1, 1]]',
        r"matrix: \(cost, fleet_size\) = 30 is off Saaty's scale",
    ),
    (
        'matrix = [[1, 0, 2], [1, 1, 1], ["1/2", 1, 1]]',
        r"matrix\[0\]\[1\]: 0 must be a positive finite number",
    ),
    (
        'items = ["cost", "speed"]\nmatrix = [[1, 2], ["1/2", 1]]',
        r"items\[1\]: unknown criterion 'speed'",
    ),
    ('items = ["cost"]\npairs = []', r"items: only used with 'matrix'"),
    ("matrix = []\npairs = []", r"pairs: give 'pairs' or 'matrix', not both"),
]


@pytest.mark.parametrize(("table", "message"), BAD_MATRIX)
def test_bad_matrices(tmp_path, table, message):
    path = bikes_with_judgements(
        tmp_path, f'\n[[judgements]]\nid = "m"\nof = "criteria"\n{table}\n', "badm"
    )
    with pytest.raises(ValidationError, match=rf"badm.toml: judgements\[0\].{message}"):
        mcda.load_problem(path)
