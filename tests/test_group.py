"""mcda.group: the directors' filled forms read per decision, and what they say together.

The folder is what eleven directors hand in (tests/group_support.py): swing forms
(SMART, SWING, ROC), AHP forms (matched by their criteria, or by a set id naming the
problem), a CSV named after its problem and one matched by its criterion columns. Each
number is checked against an independent computation: the weights against
mcda.weights / AHPy from the same answers, Kendall's W against the Friedman statistic
(scipy), the winners against mcda.rank, the aggregates by hand.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from group_support import DIRECTORS, fill_ahp_form, fill_swing_form
from whatif_support import case_analyses, case_problems, directors_folder

import mcda
from mcda.errors import DataFileError, ValidationError
from mcda.group import (
    agreement_strength,
    group_analysis,
    group_sentences,
    read_directors,
)


@pytest.fixture(scope="module")
def problems():
    return case_problems()


@pytest.fixture(scope="module")
def directors(problems):
    return read_directors(directors_folder(), list(problems.values()))


@pytest.fixture(scope="module")
def group(directors, problems):
    return group_analysis(directors, list(problems.values()))


def test_every_decision_gets_the_eleven_directors(directors, problems) -> None:
    for problem in problems.values():
        answers = directors.of(problem.id)
        assert [a.member for a in answers] == list(DIRECTORS), problem.id
        for answer in answers:
            assert answer.weights.shape == (len(problem.criteria),)
            assert answer.weights.sum() == pytest.approx(1.0, abs=1e-12)
    assert directors.members == DIRECTORS
    assert directors.ignored == ()


def test_swing_forms_give_smart_swing_and_roc_weights(directors, problems) -> None:
    from mcda.weights import rank_order_centroid, smart_weights, swing_weights
    from mcda.weights.forms import read_swing_form

    ambition = problems["ambition"]
    answers = directors.of(ambition.id)
    assert [a.method for a in answers] == ["smart"] * 6 + ["swing"] * 3 + ["roc"] * 2
    for number, answer in enumerate(answers, start=1):
        form = read_swing_form(directors_folder() / f"ambition_{number:02d}.xlsx")
        if form.ranks and form.ratings:
            expected = smart_weights(form.ranks, form.ratings)
        elif form.ratings:
            expected = swing_weights(form.ratings)
        else:
            expected = rank_order_centroid(form.ranks)
        np.testing.assert_allclose(answer.weights, [expected[c] for c in ambition.criterion_ids])


def test_ahp_forms_agree_with_ahpy(directors, problems) -> None:
    """AHPy (an independent implementation) on the same complete judgements."""
    ahpy = pytest.importorskip("ahpy")
    physical = problems["physical_anchoring"]
    for answer in directors.of(physical.id):
        assert answer.method == "ahp"
        comparisons = {(a, b): v for a, b, v in answer.judgements}
        reference = ahpy.Compare("criteria", comparisons, precision=10, random_index="saaty")
        np.testing.assert_allclose(
            answer.weights, [reference.target_weights[c] for c in physical.criterion_ids], atol=1e-8
        )
        assert answer.consistency_ratio == pytest.approx(reference.consistency_ratio, abs=1e-3)


def test_forms_are_matched_by_set_id_criteria_and_file_name(directors, problems) -> None:
    # the physical-anchoring forms name their problem: the roaming decision (same
    # criteria) gets the CSV, not the forms
    assert {a.source.suffix for a in directors.of(problems["roaming"].id)} == {".csv"}
    assert {a.source.name for a in directors.of(problems["roaming"].id)} == {
        "klimanord_roaming.csv"
    }
    # political: set id "weights", matched by its criteria; two forms left pairs blank
    political = directors.of(problems["political_anchoring"].id)
    assert [len(a.judgements) for a in political].count(8) == 2
    # green tripartite: a CSV with an arbitrary name, matched by its columns
    assert {a.source.name for a in directors.of(problems["green_tripartite"].id)} == {
        "green_weights.csv"
    }


def test_winners_aggregates_and_shares(group, problems) -> None:
    for decision in group.decisions:
        problem = decision.problem
        assert decision.method == "topsis_anchored"
        for weights, winner in zip(decision.weights, decision.winners, strict=True):
            assert winner == mcda.rank(problem, weights).best
        np.testing.assert_allclose(decision.mean_weights, decision.weights.mean(axis=0))
        assert decision.mean_winner == mcda.rank(problem, decision.mean_weights).best
        stated = problem.recommendation
        if stated is None:
            assert decision.choice_share is None
            continue
        wins = sum(w == (stated.alternative,) for w in decision.winners)
        assert decision.choice_share == wins / len(DIRECTORS)
    ambition = group.decision(problems["ambition"].id)
    relaxed = problems["ambition"].without_stated_requirements()
    assert ambition.winners_without == tuple(mcda.rank(relaxed, w).best for w in ambition.weights)
    family = ("scenario_2", "scenario_2_amended")
    assert ambition.family_share == sum(w[0] in family for w in ambition.winners) / 11
    assert group.decision(problems["physical_anchoring"].id).winners_without is None


def test_aij_is_the_ahp_of_the_geometric_mean_of_judgements(group, directors, problems) -> None:
    """By hand for the physical decision (complete forms): the element-wise geometric
    mean of the eleven matrices, then its principal eigenvector."""
    physical = problems["physical_anchoring"]
    ids = physical.criterion_ids
    matrices = []
    for answer in directors.of(physical.id):
        matrix = np.ones((len(ids), len(ids)))
        for a, b, v in answer.judgements:
            matrix[ids.index(a), ids.index(b)] = v
            matrix[ids.index(b), ids.index(a)] = 1 / v
        matrices.append(matrix)
    mean = np.exp(np.log(np.array(matrices)).mean(axis=0))
    values, vectors = np.linalg.eig(mean)
    principal = np.abs(vectors[:, np.argmax(values.real)].real)
    decision = group.decision(physical.id)
    np.testing.assert_allclose(decision.aij_weights, principal / principal.sum(), atol=1e-12)
    assert decision.aij_members == DIRECTORS
    assert group.decision(problems["ambition"].id).aij_weights is None  # no AHP forms there


def test_kendalls_w_matches_the_friedman_statistic(group) -> None:
    """W = χ²_F / (k (n − 1)) with Friedman's tie-corrected statistic (scipy)."""
    from scipy.stats import friedmanchisquare

    for decision in group.decisions:
        k, n = decision.weights.shape
        statistic = friedmanchisquare(*(-decision.weights).T).statistic
        assert decision.kendall_w == pytest.approx(statistic / (k * (n - 1)), abs=1e-12)


def test_kendalls_w_by_hand() -> None:
    """Three directors ranking three criteria 1-2-3, 1-3-2, 2-1-3: rank sums 4, 6, 8,
    S = 8, W = 12·8 / (3²·(3³ − 3)) = 4/9."""
    from mcda.ahp.group import kendall_w

    weights = np.array([[0.5, 0.3, 0.2], [0.5, 0.2, 0.3], [0.3, 0.5, 0.2]])
    assert kendall_w(weights) == pytest.approx(4 / 9)


def test_sentences_in_both_languages(group, problems) -> None:
    da = group.sentences("da")[problems["ambition"].id]
    en = group.sentences("en")[problems["ambition"].id]
    decision = group.decision(problems["ambition"].id)
    wins = round(decision.choice_share * 11)
    assert da[0] == "Klima Nord: ambitionsniveau: 11 direktører har givet vægte."
    assert f"kommer først for {wins} af 11 direktører" in " ".join(da)
    assert f"comes first for {wins} of 11 directors" in " ".join(en)
    assert any("Kendalls W" in s for s in da) and any("Kendall's W" in s for s in en)
    political = " ".join(group.sentences("en")[problems["political_anchoring"].id])
    assert "With AIJ for the 11 directors" in political
    assert group_sentences(None, "da") == {"": [mcda.i18n.t("group_none_given", "da")]}
    assert agreement_strength(0.95, "en") == "unusually strong"
    assert agreement_strength(0.05, "da") == "meget svag"


def test_a_decision_nobody_answered(problems, tmp_path) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(directors_folder() / "klimanord_roaming.csv", folder)
    found = read_directors(folder, list(problems.values()))
    group = group_analysis(found, list(problems.values()))
    ambition = group.decision(problems["ambition"].id)
    assert ambition.members == () and ambition.mean_weights is None and ambition.kendall_w is None
    assert group.sentences("en")[ambition.problem.id] == [
        "Klima Nord: ambition level: no director gave weights."
    ]


def test_analyses_give_their_method(directors) -> None:
    analyses = case_analyses()
    group = group_analysis(directors, analyses, method="weighted_sum")
    assert {d.method for d in group.decisions} == {"weighted_sum_anchored"}
    assert group_analysis(directors, analyses).decisions[0].method == analyses[0].method


def test_json_is_plain_data(group) -> None:
    import json

    data = json.loads(json.dumps(group.as_json()))
    first = data["decisions"][0]
    assert first["directors"][0]["member"] == "Aalborg"
    assert set(first["directors"][0]["weights"]) == set(group.decisions[0].problem.criterion_ids)


# -- errors: one line naming the file -----------------------------------------------------


def _folder(tmp_path: Path, name: str = "forms") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def test_not_a_folder_and_an_empty_folder(problems, tmp_path) -> None:
    with pytest.raises(DataFileError, match="no such folder"):
        read_directors(tmp_path / "missing", list(problems.values()))
    with pytest.raises(DataFileError, match="no filled swing or AHP forms"):
        read_directors(_folder(tmp_path), list(problems.values()))


def test_a_director_answering_one_decision_twice(problems, tmp_path) -> None:
    folder = _folder(tmp_path)
    ambition = problems["ambition"]
    for name in ("a.xlsx", "b.xlsx"):
        fill_swing_form(folder / name, ambition, "Aalborg", None, [100, 50, 20, 10, 0])
    with pytest.raises(
        ValidationError, match=r"b\.xlsx: 'Aalborg' also answered klimanord_ambition in .*a\.xlsx"
    ):
        read_directors(folder, list(problems.values()))


def test_a_swing_form_for_another_problem(problems, tmp_path) -> None:
    folder = _folder(tmp_path)
    fill_swing_form(folder / "a.xlsx", problems["ambition"], "X", None, [100, 50, 20, 10, 0])
    with pytest.raises(
        ValidationError, match="a swing form for 'klimanord_ambition', which is not one of"
    ):
        read_directors(folder, [problems["political_anchoring"]])


def test_an_ahp_form_no_decision_fits(problems, tmp_path) -> None:
    folder = _folder(tmp_path)
    fill_ahp_form(folder / "a.xlsx", problems["ambition"], "X", "weights", np.ones(5))
    with pytest.raises(
        ValidationError, match=r"a\.xlsx: compares the criteria .*no decision has exactly"
    ):
        read_directors(folder, [problems["political_anchoring"]])


def test_an_ahp_form_of_alternatives_is_left_out(problems, tmp_path) -> None:
    from mcda.ahp.forms import write_template

    folder = _folder(tmp_path)
    write_template(problems["ambition"], folder / "alternatives.xlsx", criterion="cost")
    shutil.copy(directors_folder() / "klimanord_roaming.csv", folder)
    found = read_directors(folder, list(problems.values()))
    assert [(p.name, r) for p, r in found.ignored] == [
        ("alternatives.xlsx", "an AHP form of alternatives (not weights of the criteria)")
    ]


def test_an_excel_file_that_is_no_form(problems, tmp_path) -> None:
    from openpyxl import Workbook

    folder = _folder(tmp_path)
    Workbook().save(folder / "notes.xlsx")
    with pytest.raises(DataFileError, match=r"notes\.xlsx: neither an mcda swing form nor"):
        read_directors(folder, list(problems.values()))


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("klimanord_roaming.csv", "name,staff_support\n", "header must start with 'member'"),
        (
            "klimanord_roaming.csv",
            "member,method,staff_support,synergy,host_costs,local_anchoring,oops\n",
            "unknown criterion 'oops'",
        ),
        (
            "klimanord_roaming.csv",
            "member,method,staff_support,synergy,host_costs,local_anchoring\n",
            "no column for 'capture_risk'",
        ),
        (
            "klimanord_roaming.csv",
            "member,method,staff_support,synergy,host_costs,local_anchoring,capture_risk\nA,swing,1,2,x,4,5\n",
            r"row 2: host_costs: 'x' is not a weight",
        ),
        (
            "klimanord_roaming.csv",
            "member,method,staff_support,synergy,host_costs,local_anchoring,capture_risk\nA,swing,1,2,-3,4,5\n",
            r"row 2: host_costs: '-3' is not a weight",
        ),
        (
            "klimanord_roaming.csv",
            "member,method,staff_support,synergy,host_costs,local_anchoring,capture_risk\nA,swing,0,0,0,0,0\n",
            "row 2: every weight is zero",
        ),
        (
            "klimanord_roaming.csv",
            "member,method,staff_support,synergy,host_costs,local_anchoring,capture_risk\n,swing,1,1,1,1,1\n",
            "row 2: member: empty",
        ),
        (
            "klimanord_roaming.csv",
            "member,method,staff_support,synergy,host_costs,local_anchoring,capture_risk\nA,swing,1,1\n",
            "row 2: 4 cells, the header has 7",
        ),
        (
            "weights.csv",
            "member,method,staff_support,synergy,host_costs,local_anchoring,capture_risk\nA,swing,1,1,1,1,1\n",
            "several decisions have the criteria",
        ),
        ("weights.csv", "member,method,a,b\nA,swing,1,1\n", "no decision has the criteria a, b"),
        ("klimanord_roaming.csv", "", "empty"),
    ],
)
def test_bad_csv(problems, tmp_path, name, text, message) -> None:
    folder = _folder(tmp_path)
    (folder / name).write_text(text, encoding="utf-8")
    with pytest.raises((DataFileError, ValidationError), match=message) as raised:
        read_directors(folder, list(problems.values()))
    assert str(raised.value).startswith(str(folder / name))
    assert "\n" not in str(raised.value)


def test_a_danish_spreadsheet_csv(problems, tmp_path) -> None:
    """Semicolons and decimal commas, as Excel writes a CSV with Danish settings."""
    folder = _folder(tmp_path)
    (folder / "klimanord_roaming.csv").write_text(
        "member;staff_support;synergy;host_costs;local_anchoring;capture_risk\n"
        "Aalborg;0,4;0,1;0,2;0,2;0,1\n",
        encoding="utf-8",
    )
    found = read_directors(folder, list(problems.values()))
    (answer,) = found.of("klimanord_roaming")
    np.testing.assert_allclose(answer.weights, [0.4, 0.1, 0.2, 0.2, 0.1])
    assert answer.method == "csv"
