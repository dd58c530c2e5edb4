"""The Klima Nord case: four evidence-traced problem files and ``mcda case``.

The files in ``criteria/klimanord/`` are data; these tests check that every score carries
evidence that really occurs in T11's paper (with an independent matcher, beside the
loader's own check), that T11's stated choices are recorded, and that ``mcda case``
ranks the four decisions consistently with an independent TOPSIS (pymcdm).
No test asserts which alternative *should* win: that is what the engine finds out.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

import mcda
from mcda.cli.main import main
from mcda.errors import DataFileError, ValidationError

CASE = Path(__file__).resolve().parents[1] / "criteria" / "klimanord"
PAPER = CASE / "sources" / "t11_discussion_paper.txt"
FILES = (
    "ambition.toml",
    "political_anchoring.toml",
    "physical_anchoring.toml",
    "green_tripartite.toml",
)
DIRECTIONS = {
    "robustness": "max",
    "synergy": "max",
    "cost": "min",
    "local_anchoring": "max",
    "capture_risk": "min",
}
#: T11's stated choices (case brief; the paper's "Anbefalinger" and Grøn Trepart slides).
T11_CHOICES = {
    "ambition.toml": ("scenario_2_amended", None),
    "political_anchoring.toml": ("brn_kkr", "kkr"),
    "physical_anchoring.toml": ("aalborg", "larger_municipality"),
    "green_tripartite.toml": ("no_special_organisation", None),
}


def occurs_in_paper(quote: str, paper: str) -> bool:
    """Independent of the loader: a regex with any whitespace between words; '…' = gap."""
    parts = [p for p in quote.split("…") if p.strip()]
    pattern = r".*?".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
    return re.search(pattern, paper, flags=re.DOTALL) is not None


@pytest.fixture(scope="module")
def paper() -> str:
    return PAPER.read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=FILES)
def problem(request: pytest.FixtureRequest) -> mcda.Problem:
    return mcda.load_problem(CASE / request.param)


def all_evidence(problem: mcda.Problem) -> list[tuple[str, mcda.Evidence]]:
    found = []
    for alternative, row in problem.scores.items():
        for criterion, score in row.items():
            found += [(f"scores.{alternative}.{criterion}", e) for e in score.evidence]
    for constraint in problem.constraints:
        for alternative, items in constraint.fails.items():
            found += [(f"constraints.{constraint.id}.{alternative}", e) for e in items]
    if problem.recommendation is not None:
        found += [("recommendation", e) for e in problem.recommendation.evidence]
    return found


# -- the files --------------------------------------------------------------------------


def test_the_case_folder_holds_exactly_the_four_decisions() -> None:
    assert sorted(p.name for p in CASE.glob("*.toml")) == sorted(FILES)


def test_all_four_use_the_five_criteria_with_the_briefs_directions(
    problem: mcda.Problem,
) -> None:
    assert problem.criterion_ids == tuple(DIRECTIONS)
    assert {c.id: c.direction.value for c in problem.criteria} == DIRECTIONS


def test_every_rubric_has_five_levels_in_both_languages(problem: mcda.Problem) -> None:
    for criterion in problem.criteria:
        if criterion.scale == "numeric":
            continue
        assert sorted(criterion.rubric) == [1, 2, 3, 4, 5], criterion.id
        for text in criterion.rubric.values():
            assert text.da.strip() and text.en.strip() and text.da != text.en


def test_every_score_has_evidence_or_a_reasoned_assumption(problem: mcda.Problem) -> None:
    assert mcda.evidence.unsupported_scores(problem) == ()
    for alternative in problem.eligible_ids:
        row = problem.scores[alternative]
        assert set(row) == set(DIRECTIONS), alternative
        for criterion, score in row.items():
            where = f"{problem.id}: {alternative}.{criterion}"
            assert score.evidence or score.assumption, where
            if score.assumption:
                assert score.reason and len(score.reason) > 20, where


def test_every_quote_occurs_in_the_paper_with_section_and_gloss(
    problem: mcda.Problem, paper: str
) -> None:
    evidence = all_evidence(problem)
    assert len(evidence) >= 10
    for where, item in evidence:
        assert occurs_in_paper(item.quote, paper), f"{problem.id}: {where}: {item.quote!r}"
        # the section is a heading of the paper, so it occurs in it too
        assert occurs_in_paper(item.section, paper), f"{problem.id}: {where}: {item.section!r}"
        assert item.gloss and item.gloss.strip(), f"{problem.id}: {where}: no gloss"
        assert item.gloss != item.quote


def test_every_rubric_score_states_its_level(problem: mcda.Problem) -> None:
    for alternative, row in problem.scores.items():
        for criterion_id, score in row.items():
            criterion = problem.criterion(criterion_id)
            if criterion.scale == "rubric":
                assert score.level == score.low == score.high, f"{alternative}.{criterion_id}"


def test_t11s_stated_choices_are_recorded(problem: mcda.Problem) -> None:
    name = Path(str(problem.path)).name
    chosen, runner_up = T11_CHOICES[name]
    assert problem.recommendation is not None
    assert problem.recommendation.by == "T11"
    assert problem.recommendation.alternative == chosen
    assert problem.recommendation.runner_up == runner_up
    assert chosen in problem.eligible_ids


def test_default_profile_is_equal_weights(problem: mcda.Problem) -> None:
    assert problem.default_profile == "equal"
    np.testing.assert_allclose(problem.weights(), np.full(5, 0.2))


# -- decision-specific modelling ------------------------------------------------------------


def test_ambition_cost_is_the_papers_budget_band(paper: str) -> None:
    problem = mcda.load_problem(CASE / "ambition.toml")
    cost = problem.criterion("cost")
    assert cost.scale == "numeric" and cost.unit == "mio. kr./år"
    bands = {
        int(n): (float(lo.replace(",", ".")), float(hi.replace(",", ".")))
        for n, lo, hi in re.findall(r"Scenarie (\d)\. \((\d,\d)-(\d,\d) mio\)", paper)
    }
    assert set(bands) == {1, 2, 3}
    for number, band in bands.items():
        score = problem.scores[f"scenario_{number}"]["cost"]
        assert (score.low, score.high) == band
    # Scenario 4 is open-ended in the paper ("2,5 mio+"): the upper end is an assumption.
    assert "Scenarie 4. 2,5 mio+" in paper
    open_end = problem.scores["scenario_4"]["cost"]
    assert open_end.low == 2.5 and open_end.high > 2.5 and open_end.assumption


def test_amended_scenario_2_stands_beside_scenario_2_and_differs() -> None:
    problem = mcda.load_problem(CASE / "ambition.toml")
    base = problem.scores["scenario_2"]
    amended = problem.scores["scenario_2_amended"]
    assert any(base[c].low != amended[c].low for c in DIRECTIONS)
    assert (amended["cost"].low, amended["cost"].high) == (base["cost"].low, base["cost"].high)


def test_anchoring_files_score_cost_as_administrative_burden() -> None:
    for name in FILES[1:]:
        cost = mcda.load_problem(CASE / name).criterion("cost")
        assert cost.scale == "rubric" and cost.unit is None, name


def test_limfjordsraadet_is_screened_out_by_a_requirement_with_evidence(paper: str) -> None:
    problem = mcda.load_problem(CASE / "political_anchoring.toml")
    assert "limfjordsraadet" in problem.alternative_ids
    assert "limfjordsraadet" not in problem.eligible_ids
    assert "limfjordsraadet" not in problem.scores
    (screening,) = problem.screening()
    assert screening.alternative == "limfjordsraadet"
    constraint = next(c for c in problem.constraints if c.id == screening.constraint)
    (evidence,) = constraint.fails["limfjordsraadet"]
    assert "andet dækningsområde" in evidence.quote
    assert occurs_in_paper(evidence.quote, paper)


def test_roaming_arrangement_is_modelled_as_an_add_on_and_marked_as_assumption() -> None:
    problem = mcda.load_problem(CASE / "physical_anchoring.toml")
    for base in ("aalborg", "larger_municipality"):
        variant = problem.scores[f"{base}_roaming"]
        assert all(variant[c].assumption for c in DIRECTIONS if variant[c] != problem.scores[base][c])
        assert any("flyverordning" in e.quote for e in variant["local_anchoring"].evidence)


# -- sources copied into the project ----------------------------------------------------------


def test_sources_match_their_recorded_checksums() -> None:
    readme = (CASE / "sources" / "README.md").read_text(encoding="utf-8")
    for name in ("t11_discussion_paper.txt", "municipalities.csv"):
        digest = hashlib.sha256((CASE / "sources" / name).read_bytes()).hexdigest()
        assert f"`{name}`" in readme and digest in readme, name


def test_the_rubric_in_the_readme_is_the_rubric_in_the_files() -> None:
    readme = (CASE / "README.md").read_text(encoding="utf-8")
    for name in FILES:
        for criterion in mcda.load_problem(CASE / name).criteria:
            for level, text in criterion.rubric.items():
                assert f"| {level} | {text.da} | {text.en} |" in readme, (name, criterion.id)


# -- the checks bite -------------------------------------------------------------------------------


def copy_case(tmp_path: Path) -> Path:
    target = tmp_path / "klimanord"
    shutil.copytree(CASE, target)
    return target


def test_a_quote_not_in_the_paper_fails_to_load(tmp_path: Path) -> None:
    folder = copy_case(tmp_path)
    path = folder / "green_tripartite.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("Det anbefales således ikke", "Det anbefales således varmt", 1),
        encoding="utf-8",
    )
    with pytest.raises(ValidationError, match=r"green_tripartite\.toml: recommendation.*does not occur"):
        mcda.load_problem(path)


def test_a_score_without_evidence_fails_to_load(tmp_path: Path) -> None:
    folder = copy_case(tmp_path)
    path = folder / "green_tripartite.toml"
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("[scores.no_special_organisation.cost]\nvalue = 1\n", 1)
    rest = rest.split("\n\n", 1)[1]
    path.write_text(head + "[scores.no_special_organisation.cost]\nvalue = 1\n\n" + rest)
    with pytest.raises(
        ValidationError, match=r"scores\.no_special_organisation\.cost: no evidence"
    ):
        mcda.load_problem(path)


# -- mcda case: the main job -----------------------------------------------------------------------


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_mcda_case_ranks_all_four_decisions_and_marks_t11s_choice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["case", "--case", str(CASE)], capsys)
    assert code == 0, err
    for name in FILES:
        assert mcda.load_problem(CASE / name).title.da in out
    assert out.count("T11: 1. valg") == 4
    assert out.count("T11's valg:") == 4
    assert "Limfjordsrådet" in out
    code, out, _ = run(["case", "--case", str(CASE), "--lang", "en"], capsys)
    assert code == 0 and out.count("T11: first choice") == 4


def test_mcda_case_json_agrees_with_rank_and_with_pymcdm(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from pymcdm.methods import TOPSIS
    from pymcdm.normalizations import vector_normalization

    code, out, err = run(["case", "--case", str(CASE), "--format", "json"], capsys)
    assert code == 0, err
    report = json.loads(out)
    assert report["method"] == "topsis_vector"
    assert [Path(d["problem"]).name for d in report["decisions"]] == list(FILES)
    for decision in report["decisions"]:
        problem = mcda.load_problem(decision["problem"])
        result = mcda.rank(problem)
        by_id = {a["id"]: a for a in decision["alternatives"]}
        for alternative, score, rank_ in zip(
            result.alternatives, result.scores, result.ranks, strict=True
        ):
            assert by_id[alternative]["score"] == pytest.approx(float(score))
            assert by_id[alternative]["rank"] == int(rank_)
        stated = decision["recommendation"]
        assert stated["by"] == "T11"
        assert stated["rank"] == result.rank_of(stated["alternative"])
        assert by_id[stated["alternative"]]["note"] == "T11: 1. valg"
        # independent TOPSIS: pymcdm with the textbook vector normalisation
        matrix = problem.matrix()
        types = problem.direction_signs
        if np.all(matrix.max(axis=0) > matrix.min(axis=0)):
            peer = TOPSIS(normalization_function=vector_normalization)(
                matrix, problem.weights(), types
            )
            np.testing.assert_allclose(result.scores, peer, atol=1e-9)


def test_mcda_case_reports_a_missing_folder_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["case", "--case", str(tmp_path / "nowhere")], capsys)
    assert code == 2 and out == ""
    assert "no such case folder" in err and err.count("\n") == 1


def test_mcda_case_reports_an_empty_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["case", "--case", str(tmp_path)], capsys)
    assert code == 2 and "no problem files" in err


def test_case_files_raise_data_file_error(tmp_path: Path) -> None:
    from mcda.case import case_files

    with pytest.raises(DataFileError, match="no such case folder"):
        case_files(tmp_path / "nowhere")
    with pytest.raises(DataFileError, match=r"no problem files \(\*\.toml\)"):
        case_files(tmp_path)
    (tmp_path / "zeta.toml").write_text("")
    shutil.copy(CASE / "ambition.toml", tmp_path / "ambition.toml")
    assert [p.name for p in case_files(tmp_path)] == ["ambition.toml", "zeta.toml"]


def test_mcda_case_rejects_an_unknown_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["case", "--case", str(CASE), "--lang", "de"], capsys)
    assert code == 2 and "lang: 'de' is not one of da, en" in err


def test_the_scores_at_a_glance_in_the_readme_match_the_files() -> None:
    readme = (CASE / "README.md").read_text(encoding="utf-8")
    for name in FILES:
        problem = mcda.load_problem(CASE / name)
        for alternative in problem.alternatives:
            row = problem.scores.get(alternative.id)
            if row is None:
                expected = f"| {alternative.label.en} | screened out |"
            else:
                cells = []
                for score in row.values():
                    value = (
                        f"{score.low:g}"
                        if score.low == score.high
                        else f"{score.low:g}–{score.high:g}"
                    )
                    cells.append(value + ("*" if score.assumption else ""))
                expected = f"| {alternative.label.en} | " + " | ".join(cells) + " |"
            assert expected in readme, (name, alternative.id)
