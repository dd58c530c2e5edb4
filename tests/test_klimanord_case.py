"""The Klima Nord case: evidence-traced problem files on anchored scales, and ``mcda case``.

The files in ``criteria/klimanord/`` are data; these tests check that every score carries
evidence that really occurs in T11's paper (with an independent matcher, beside the
loader's own check), that the criteria mean one thing (shared ids share their definition;
no unacknowledged correlated pair), that T11's stated choices, requirements and
priorities are recorded with their quotes, that the README documents exactly what the
files hold, and that ``mcda case`` ranks consistently with an independent TOPSIS
(pymcdm). No test asserts which alternative *should* win: that is what the engine finds.
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
from mcda.diagnostics import (
    AssumedAlternativeWarning,
    CorrelatedCriteriaWarning,
    diagnose,
)
from mcda.errors import DataFileError, ValidationError

CASE = Path(__file__).resolve().parents[1] / "criteria" / "klimanord"
PAPER = CASE / "sources" / "t11_discussion_paper.txt"
README = CASE / "README.md"
FILES = (
    "ambition.toml",
    "political_anchoring.toml",
    "physical_anchoring.toml",
    "roaming.toml",
    "green_tripartite.toml",
)
#: Each decision's criteria (README: "Criteria with operational definitions").
CRITERIA = {
    "ambition.toml": ("staffing", "cost", "regional_focus", "municipal_sparring", "task_capture"),
    "political_anchoring.toml": (
        "carrier_commitment", "synergy", "administrative_burden", "local_anchoring", "capture_risk",
    ),
    "physical_anchoring.toml": (
        "staff_support", "synergy", "host_costs", "local_anchoring", "capture_risk",
    ),
    "roaming.toml": ("staff_support", "synergy", "host_costs", "local_anchoring", "capture_risk"),
    "green_tripartite.toml": (
        "coordination_robustness", "synergy", "administrative_burden", "local_anchoring",
        "capture_risk",
    ),
}
#: T11's stated choices (case brief; the paper's "Anbefalinger" and Grøn Trepart slides):
#: (alternative, runner-up, family).
T11_CHOICES = {
    "ambition.toml": ("scenario_2_amended", None, "scenario_2_family"),
    "political_anchoring.toml": ("brn_kkr", "kkr_political", None),
    "physical_anchoring.toml": ("aalborg", "larger_municipality", None),
    "roaming.toml": None,  # "kan overvejes": T11 states no choice
    "green_tripartite.toml": ("no_special_organisation", None, None),
}
#: What T11's stated requirements screen out, per file.
SCREENED_BY_T11 = {
    "ambition.toml": {"scenario_1", "scenario_3", "scenario_4"},
    "political_anchoring.toml": {"kkr_kl"},
    "physical_anchoring.toml": set(),
    "roaming.toml": set(),
    "green_tripartite.toml": set(),
}


def occurs_in_paper(quote: str, paper: str) -> bool:
    """Independent of the loader: a regex with any whitespace between words; '…' = gap."""
    parts = [p for p in quote.split("…") if p.strip()]
    pattern = r".*?".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
    return re.search(pattern, paper, flags=re.DOTALL) is not None


@pytest.fixture(scope="module")
def paper() -> str:
    return PAPER.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=FILES)
def problem(request: pytest.FixtureRequest) -> mcda.Problem:
    return mcda.load_problem(CASE / request.param)


def name_of(problem: mcda.Problem) -> str:
    return Path(str(problem.path)).name


def all_evidence(problem: mcda.Problem) -> list[tuple[str, mcda.Evidence]]:
    found = []
    for alternative, row in problem.scores.items():
        for criterion, score in row.items():
            found += [(f"scores.{alternative}.{criterion}", e) for e in score.evidence]
    for constraint in problem.constraints:
        found += [(f"constraints.{constraint.id}", e) for e in constraint.evidence]
        for alternative, items in constraint.fails.items():
            found += [(f"constraints.{constraint.id}.{alternative}", e) for e in items]
    if problem.recommendation is not None:
        found += [("recommendation", e) for e in problem.recommendation.evidence]
    for judgement_set in problem.judgements:
        for k, items in enumerate(judgement_set.evidence):
            found += [(f"judgements.{judgement_set.id}.pairs[{k}]", e) for e in items]
    return found


# -- the files --------------------------------------------------------------------------


def test_the_case_folder_holds_exactly_the_decisions() -> None:
    assert sorted(p.name for p in CASE.glob("*.toml")) == sorted(FILES)
    from mcda.case import case_files

    assert [p.name for p in case_files(CASE)] == list(FILES)


def test_every_file_is_on_anchored_scales_with_its_own_criteria(problem: mcda.Problem) -> None:
    assert problem.normalization == "anchored"
    assert problem.criterion_ids == CRITERIA[name_of(problem)]
    assert problem.has_anchors


def test_a_shared_criterion_id_has_one_definition_everywhere() -> None:
    seen: dict[str, tuple] = {}
    for name in FILES:
        for c in mcda.load_problem(CASE / name).criteria:
            definition = (c.label, c.direction, c.scale, dict(c.rubric), c.description)
            assert seen.setdefault(c.id, definition) == definition, (name, c.id)
    shared = [i for i in seen if sum(i in ids for ids in CRITERIA.values()) > 1]
    assert set(shared) >= {"synergy", "local_anchoring", "capture_risk", "administrative_burden"}


def test_every_rubric_has_contiguous_levels_in_both_languages(problem: mcda.Problem) -> None:
    for criterion in problem.criteria:
        if criterion.scale == "numeric":
            assert criterion.bounds is not None and criterion.bounds_reason is not None
            continue
        levels = sorted(criterion.rubric)
        assert levels == list(range(1, len(levels) + 1)) and len(levels) >= 4, criterion.id
        for text in criterion.rubric.values():
            assert text.da.strip() and text.en.strip() and text.da != text.en


def test_every_score_has_evidence_or_a_reasoned_assumption_in_both_languages(
    problem: mcda.Problem,
) -> None:
    for alternative in problem.without_stated_requirements().eligible_ids:
        row = problem.scores[alternative]
        assert tuple(row) == problem.criterion_ids, alternative
        for criterion, score in row.items():
            where = f"{problem.id}: {alternative}.{criterion}"
            assert score.evidence or score.assumption, where
            if score.assumption or score.contested:
                text = score.reason_text
                assert text is not None and len(text.en) > 20 and text.da != text.en, where


def test_every_quote_occurs_in_the_paper_with_section_and_gloss(
    problem: mcda.Problem, paper: str
) -> None:
    evidence = all_evidence(problem)
    assert len(evidence) >= 5
    for where, item in evidence:
        assert occurs_in_paper(item.quote, paper), f"{problem.id}: {where}: {item.quote!r}"
        section = item.section.replace("Baggrund / Afsæt", "Baggrund")
        assert occurs_in_paper(section, paper), f"{problem.id}: {where}: {item.section!r}"
        assert item.gloss and item.gloss.strip(), f"{problem.id}: {where}: no gloss"
        assert item.gloss != item.quote


def test_every_rubric_score_states_its_level(problem: mcda.Problem) -> None:
    for alternative, row in problem.scores.items():
        for criterion_id, score in row.items():
            criterion = problem.criterion(criterion_id)
            if criterion.scale != "rubric":
                continue
            if score.contested:
                assert score.level is None and score.high == score.low + 1
            else:
                assert score.level == score.low == score.high, f"{alternative}.{criterion_id}"


def test_t11s_stated_choices_are_recorded(problem: mcda.Problem) -> None:
    expected = T11_CHOICES[name_of(problem)]
    if expected is None:
        assert problem.recommendation is None
        return
    chosen = expected[0]
    stated = problem.recommendation
    assert stated is not None and stated.by == "T11"
    assert (stated.alternative, stated.runner_up, stated.family) == expected
    assert chosen in problem.eligible_ids


def test_t11s_requirements_screen_what_the_readme_says(problem: mcda.Problem) -> None:
    requirements = problem.stated_requirements
    for requirement in requirements:
        assert requirement.stated_by == "T11" and requirement.evidence
    without = problem.without_stated_requirements()
    screened = set(without.eligible_ids) - set(problem.eligible_ids)
    assert screened == SCREENED_BY_T11[name_of(problem)]
    assert without.stated_requirements == ()


def test_limfjordsraadet_stays_screened_with_and_without_t11s_requirements(paper: str) -> None:
    problem = mcda.load_problem(CASE / "political_anchoring.toml")
    for variant in (problem, problem.without_stated_requirements()):
        assert "limfjordsraadet" not in variant.eligible_ids
    (constraint,) = [c for c in problem.constraints if "limfjordsraadet" in c.fails]
    assert constraint.stated_by is None
    assert any("andet dækningsområde" in e.quote for e in constraint.fails["limfjordsraadet"])


def test_the_roaming_arrangement_is_judged_on_its_own_and_marked() -> None:
    physical = mcda.load_problem(CASE / "physical_anchoring.toml")
    assert not any("roaming" in a for a in physical.alternative_ids)
    roaming = mcda.load_problem(CASE / "roaming.toml")
    assert all(s.assumption for s in roaming.scores["with_roaming"].values())
    flagged = diagnose(roaming).of_kind(AssumedAlternativeWarning)
    assert [f.alternative for f in flagged] == ["with_roaming"]


def test_no_correlated_pair_goes_unexplained(problem: mcda.Problem) -> None:
    found = diagnose(problem).of_kind(CorrelatedCriteriaWarning)
    unexplained = [f.criteria for f in found if f.acknowledged is None]
    assert unexplained == [], f"{problem.id}: explain with distinct_from: {unexplained}"


def test_t11s_stated_priorities_are_judgements_with_their_words(problem: mcda.Problem) -> None:
    from mcda.ahp.problem import criteria_weights

    if problem.recommendation is None:
        assert not problem.judgements
        return
    (stated,) = [j for j in problem.judgements if j.id == "t11_stated"]
    assert stated.of == "criteria" and len(stated.evidence) == len(stated.pairs)
    for pair, reason in zip(stated.pairs, stated.reasons, strict=True):
        assert reason is not None and reason.da != reason.en, pair
        assert pair[2] in (1, 3), pair  # the README's rule gives 1 or 3
    weights = criteria_weights(problem, "t11_stated")
    assert weights.shape == (5,) and abs(weights.sum() - 1) < 1e-12 and np.all(weights > 0)


def test_ambition_cost_is_the_papers_budget_band(paper: str) -> None:
    problem = mcda.load_problem(CASE / "ambition.toml")
    cost = problem.criterion("cost")
    assert cost.scale == "numeric" and cost.unit_in("da") == "mio. kr./år"
    bands = {
        int(n): (float(lo.replace(",", ".")), float(hi.replace(",", ".")))
        for n, lo, hi in re.findall(r"Scenarie (\d)\. \((\d,\d)-(\d,\d) mio\)", paper)
    }
    assert set(bands) == {1, 2, 3}
    for number, band in bands.items():
        score = problem.scores[f"scenario_{number}"]["cost"]
        assert (score.low, score.high) == band
    assert "Scenarie 4. 2,5 mio+" in paper
    open_end = problem.scores["scenario_4"]["cost"]
    assert open_end.low == 2.5 and open_end.high > 2.5 and open_end.assumption
    low, high = cost.bounds
    assert low < 1.25 and high > open_end.high  # the anchors lie beyond the data


def test_the_scenario_2_variants_are_one_family_and_differ() -> None:
    problem = mcda.load_problem(CASE / "ambition.toml")
    (family,) = problem.families
    assert family.members == ("scenario_2", "scenario_2_amended")
    base, amended = problem.scores["scenario_2"], problem.scores["scenario_2_amended"]
    assert any(base[c].midpoint != amended[c].midpoint for c in problem.criterion_ids)
    assert (amended["cost"].low, amended["cost"].high) == (base["cost"].low, base["cost"].high)


# -- the README documents exactly what the files hold -----------------------------------


def test_the_rubric_in_the_readme_is_the_rubric_in_the_files(readme: str) -> None:
    for name in FILES:
        for criterion in mcda.load_problem(CASE / name).criteria:
            for level, text in criterion.rubric.items():
                assert f"| {level} | {text.da} | {text.en} |" in readme, (name, criterion.id)


def test_the_scores_at_a_glance_in_the_readme_match_the_files(readme: str) -> None:
    def shown(value: float, numeric: bool) -> str:
        return f"{value:.1f}" if numeric else f"{value:g}"

    for name in FILES:
        problem = mcda.load_problem(CASE / name)
        for alternative in problem.alternatives:
            row = problem.scores.get(alternative.id)
            if row is None:
                expected = f"| {alternative.label.en} | screened out |"
            else:
                cells = []
                for criterion, score in row.items():
                    numeric = problem.criterion(criterion).scale == "numeric"
                    value = shown(score.low, numeric)
                    if score.is_interval:
                        value += "–" + shown(score.high, numeric)
                    value += "*" if score.assumption else ""
                    value += " c" if score.contested else ""
                    cells.append(value)
                expected = f"| {alternative.label.en} | " + " | ".join(cells) + " |"
            assert expected in readme, (name, alternative.id, expected)


def test_every_quote_in_the_readme_tables_occurs_in_the_paper(readme: str, paper: str) -> None:
    """The scoring log's and the requirements table's quotes ("…" in the last column)."""
    quoted = []
    for line in readme.splitlines():
        if line.startswith("| ") and ('"' in line):
            last = line.rstrip(" |").split(" | ")[-1]
            quoted += re.findall(r'"([^"]+)"', last)
    assert len(quoted) > 30
    for quote in quoted:
        assert occurs_in_paper(quote, paper), quote


def test_sources_match_their_recorded_checksums() -> None:
    readme = (CASE / "sources" / "README.md").read_text(encoding="utf-8")
    for name in ("t11_discussion_paper.txt", "municipalities.csv"):
        digest = hashlib.sha256((CASE / "sources" / name).read_bytes()).hexdigest()
        assert f"`{name}`" in readme and digest in readme, name


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
    head, rest = text.split("[scores.no_special_organisation.administrative_burden]\nvalue = 1\n", 1)
    rest = rest.split("\n\n", 1)[1]
    path.write_text(head + "[scores.no_special_organisation.administrative_burden]\nvalue = 1\n\n" + rest)
    with pytest.raises(
        ValidationError, match=r"scores\.no_special_organisation\.administrative_burden: no evidence"
    ):
        mcda.load_problem(path)


# -- mcda case: every decision at once --------------------------------------------------------------


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_mcda_case_ranks_every_decision_and_marks_t11s_choice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["case", "--case", str(CASE)], capsys)
    assert code == 0, err
    for name in FILES:
        assert mcda.load_problem(CASE / name).title.da in out
    stated = sum(1 for v in T11_CHOICES.values() if v is not None)
    assert out.count("T11: 1. valg") == stated
    assert "Limfjordsrådet" in out
    code, out, _ = run(["case", "--case", str(CASE), "--lang", "en"], capsys)
    assert code == 0 and out.count("T11: first choice") == stated


def test_mcda_case_json_agrees_with_rank_and_with_pymcdm(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Independent TOPSIS: pymcdm's TOPSIS (min-max) on the value matrix with an all-best
    and an all-worst row appended, which puts its ideal and anti-ideal at 1 and 0."""
    from pymcdm.methods import TOPSIS
    from pymcdm.normalizations import minmax_normalization

    code, out, err = run(["case", "--case", str(CASE), "--format", "json"], capsys)
    assert code == 0, err
    report = json.loads(out)
    assert report["method"] == "topsis_anchored"
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
        values = problem.values(result.alternatives)
        n = values.shape[1]
        padded = np.vstack([values, np.ones(n), np.zeros(n)])
        peer = TOPSIS(minmax_normalization)(padded, problem.weights(), np.ones(n))
        np.testing.assert_allclose(result.scores, peer[:-2], atol=1e-9)


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
