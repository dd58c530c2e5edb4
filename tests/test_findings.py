"""What an analysis finds (mcda.findings) and the sentences written from it
(mcda.findings_text): each finding checked against an independent ranking."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pytest

import mcda
from mcda.analysis import analyse
from mcda.findings import FIRMNESS_BOUNDS, findings, firmness
from mcda.findings_text import (
    fragile_point,
    lead_sentence,
    modelling_point,
    requirements_point,
    short_label,
    thresholds_point,
)

CASE = Path(__file__).resolve().parents[1] / "criteria" / "klimanord"


@pytest.fixture(scope="module")
def ambition():
    analysis = analyse(mcda.load_problem(CASE / "ambition.toml"), n_samples=4000, rng=5,
                       robustness_samples=500)  # fmt: skip
    return analysis, findings(analysis)


@pytest.fixture(scope="module")
def physical():
    analysis = analyse(mcda.load_problem(CASE / "physical_anchoring.toml"), n_samples=2000,
                       rng=5, robustness_samples=300)  # fmt: skip
    return analysis, findings(analysis)


def test_firmness_words_cover_every_share() -> None:
    assert [firmness(s) for s in (1.0, 0.9, 0.89, 0.67, 0.5, 0.4, 0.39, 0.0)] == [
        "firm", "firm", "clear", "clear", "narrow", "narrow", "weak", "weak",
    ]  # fmt: skip
    assert [b for b, _ in FIRMNESS_BOUNDS] == sorted((b for b, _ in FIRMNESS_BOUNDS), reverse=True)


def test_ambition_supported_by_the_requirements(ambition) -> None:
    analysis, found = ambition
    assert found.verdict == "supported" and found.choice == "scenario_2_amended"
    assert found.share == analysis.with_requirements.target_share  # one share, one source
    assert found.family_share == pytest.approx(1.0)  # only the family passes
    assert found.requirements_decide
    assert found.without_first == mcda.rank(analysis.problem.without_stated_requirements()).best
    assert found.without_share == analysis.without_requirements.target_share


def _moved(problem, criterion: str, weight: float) -> np.ndarray:
    """The default weights with ``criterion`` at ``weight``, the others in proportion."""
    base = problem.weights()
    j = problem.criterion_ids.index(criterion)
    rest = np.delete(base, j)
    out = np.insert(rest / rest.sum() * (1 - weight), j, weight)
    return out


def test_thresholds_are_where_first_place_changes(ambition) -> None:
    analysis, found = ambition
    problem = analysis.problem
    assert found.thresholds
    for item in found.thresholds:
        step = 1e-4 if item.above else -1e-4
        before = mcda.rank(problem, _moved(problem, item.criterion, item.at - step)).best
        after = mcda.rank(problem, _moved(problem, item.criterion, item.at + step)).best
        assert before == found.first
        assert after == (item.first,)
        assert item.within_family  # both versions of Scenario 2
    relative = [abs(i.at - i.weight) / i.weight for i in found.thresholds]
    assert relative == sorted(relative)  # nearest first


def test_fragile_assumptions_flip_and_the_rest_do_not(ambition) -> None:
    analysis, found = ambition
    problem = analysis.problem
    reported = {(f.alternative, f.criterion, f.shift) for f in found.fragile}
    for alternative, row in problem.scores.items():
        for criterion, score in row.items():
            if not score.assumption or problem.criterion(criterion).scale != "rubric":
                continue
            for shift in (-1.0, 1.0):
                levels = sorted(problem.criterion(criterion).rubric)
                if not levels[0] <= score.low + shift <= score.high + shift <= levels[-1]:
                    continue
                scores = {a: dict(r) for a, r in problem.scores.items()}
                scores[alternative][criterion] = dataclasses.replace(
                    score, low=score.low + shift, high=score.high + shift
                )
                moved = dataclasses.replace(
                    problem,
                    scores=MappingProxyType({a: MappingProxyType(r) for a, r in scores.items()}),
                )
                flips = mcda.rank(moved).best != found.first
                assert flips == ((alternative, criterion, shift) in reported)


def test_modelling_counts_match_the_robustness_outcomes(ambition) -> None:
    analysis, found = ambition
    outcomes = analysis.robustness.applicable
    assert found.modelling.total == len(outcomes)
    assert found.modelling.wins == sum(o.first == (found.choice,) for o in outcomes)
    for cell, end in found.modelling.losing_readings:
        chosen = [o for o in outcomes if o.choice.readings.get(cell) == end]
        assert chosen and all(o.first != (found.choice,) for o in chosen)


def test_dominating_choice_has_no_thresholds(physical) -> None:
    _, found = physical
    assert found.verdict == "dominates"
    assert found.thresholds == () and thresholds_point(found, "da") is None
    assert found.share == pytest.approx(1.0)


def test_no_choice_and_not_first(ambition) -> None:
    analysis, _ = ambition
    problem = analysis.problem
    unstated = dataclasses.replace(problem, recommendation=None)
    found = findings(dataclasses.replace(analysis, problem=unstated))
    assert found.verdict == "no_choice" and found.share is None
    assert "Scenarie 2, tilpasset (T11)" in lead_sentence(found, "da", by="T11")
    loser = dataclasses.replace(
        problem,
        recommendation=dataclasses.replace(problem.recommendation, alternative="scenario_2"),
    )
    found = findings(dataclasses.replace(analysis, problem=loser))
    assert found.verdict == "not_first"
    assert lead_sentence(found, "en").startswith("The analysis does not support T11's choice")


def test_sentences_in_both_languages(ambition, physical) -> None:
    _, found = ambition
    da, en = lead_sentence(found, "da"), lead_sentence(found, "en")
    share = mcda.formatting.format_share(found.share, "da", 0)
    assert share in da and found.firmness == "narrow" and "knebent" in da
    assert mcda.formatting.format_share(found.share, "en", 0) in en
    point = requirements_point(found, "en")
    assert point.startswith("T11's requirements decide it") and "Scenario 4 comes first" in point
    da_thresholds = thresholds_point(found, "da")
    for item in found.thresholds:  # each threshold in words, at its computed weight
        word = "over" if item.above else "under"
        assert f"vejer {word} {mcda.formatting.format_number(item.at, 'da', 2)}" in da_thresholds
    assert thresholds_point(found, "en").startswith("Only if")
    assert found.modelling.losing_readings  # ambition: its contested synergy's low end
    assert "never wins with its synergy read at the low end" in modelling_point(found, "en")
    assert found.fragile
    assert fragile_point(found, "da").startswith("Skrøbelige antagelser")
    _, dominated = physical
    assert "uanset vægtene" in lead_sentence(dominated, "da")
    assert short_label("Lokal forankring (1:1-sparring)") == "Lokal forankring"
