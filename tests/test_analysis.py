"""One analysis computed once (mcda.analysis): views with and without the stated
requirements, one share everywhere, stated priorities, the case-level joint view, and the
sentences built from it (mcda.analysis_text)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

import mcda
from mcda.analysis import CaseAnalysis, analyse, analyse_case
from mcda.analysis_text import requirements_sentence, stated_sentence
from mcda.errors import ValidationError

CASE = Path(__file__).resolve().parents[1] / "criteria" / "klimanord"


@pytest.fixture(scope="module")
def ambition():
    return analyse(mcda.load_problem(CASE / "ambition.toml"), n_samples=3000, rng=3,
                   robustness_samples=0)


def test_one_share_everywhere(ambition) -> None:
    for view in ambition.views:
        assert view.reproduction is not None
        assert view.reproduction.share == view.target_share
        assert view.reproduction.family_share == view.family_share
        assert view.smaa.n_samples == 3000 and view.smaa.seed == 3


def test_views_with_and_without_the_stated_requirements(ambition) -> None:
    with_view, without = ambition.views
    assert with_view.requirements and not without.requirements
    assert set(with_view.problem.eligible_ids) == {"scenario_2", "scenario_2_amended"}
    assert len(without.problem.eligible_ids) == 5
    assert with_view.family_share == pytest.approx(1.0)  # only the family is left
    assert without.family_share < 1
    physical = analyse(mcda.load_problem(CASE / "physical_anchoring.toml"), n_samples=500,
                       robustness_samples=0)
    assert physical.without_requirements is None  # its requirements screen nobody


def test_stated_priorities_against_the_reproducing_weights(ambition) -> None:
    from mcda.ahp.problem import criteria_weights

    stated = ambition.stated
    problem = ambition.problem
    np.testing.assert_allclose(stated.weights, criteria_weights(problem, "t11_stated"))
    assert stated.winner == mcda.rank(problem, stated.weights).best
    relaxed = problem.without_stated_requirements()
    assert stated.winner_without == mcda.rank(relaxed, stated.weights).best
    found = stated.closest_without
    if found is not None and found.closest is not None:
        assert stated.distance(False) == pytest.approx(np.abs(found.closest - stated.weights).sum())
        assert mcda.rank(relaxed, found.closest).best == ("scenario_2_amended",)


def test_same_seed_same_numbers() -> None:
    problem = mcda.load_problem(CASE / "political_anchoring.toml")
    one = analyse(problem, n_samples=800, rng=5, robustness_samples=200)
    two = analyse(problem, n_samples=800, rng=5, robustness_samples=200)
    for a, b in zip(one.views, two.views, strict=True):
        assert np.array_equal(a.smaa.rank_acceptability, b.smaa.rank_acceptability)
    assert [o.shares.tolist() for o in one.robustness.applicable] == [
        o.shares.tolist() for o in two.robustness.applicable
    ]


def test_progress_reports_every_stage() -> None:
    seen = []
    analyse(mcda.load_problem(CASE / "green_tripartite.toml"), n_samples=200,
            robustness_samples=0, progress=lambda stage, done, total: seen.append((stage, done)))
    assert [s for s, _ in seen] == ["diagnostics", "with", "without", "sweeps", "robustness",
                                    "stated"]
    assert [d for _, d in seen] == [1, 2, 3, 4, 5, 6]


def test_joint_share_is_the_product_of_the_decisions_shares() -> None:
    problems = [mcda.load_problem(CASE / n) for n in ("ambition.toml", "green_tripartite.toml",
                                                      "roaming.toml")]
    case = analyse_case(problems, n_samples=1000, rng=2, robustness_samples=0)
    shares = [d.with_requirements.target_share for d in case.decisions
              if d.problem.recommendation is not None]
    assert case.joint_share(True) == pytest.approx(math.prod(shares))
    assert case.stated_reproduce(True) == (2, 2)
    assert case.stated_reproduce(False) == (1, 2)  # ambition: Scenario 4 without them
    assert CaseAnalysis(()).joint_share() is None


def test_bad_seed() -> None:
    with pytest.raises(ValidationError, match="integer seed"):
        analyse(mcda.load_problem(CASE / "roaming.toml"), rng=-1)


def test_sentences_carry_the_numbers_in_one_language(ambition) -> None:
    share = f"{round(100 * ambition.with_requirements.target_share)}"
    for lang in ("da", "en"):
        text = requirements_sentence(ambition, lang)
        assert share in text and "Scenari" in text
        stated = stated_sentence(ambition, lang)
        assert stated.endswith(".")
    assert "kravene" in stated_sentence(ambition, "da")
    assert " the " not in stated_sentence(ambition, "da")
    assert "krav" not in stated_sentence(ambition, "en")
    roaming = analyse(mcda.load_problem(CASE / "roaming.toml"), n_samples=200,
                      robustness_samples=0)
    assert requirements_sentence(roaming) is None and stated_sentence(roaming) is None
