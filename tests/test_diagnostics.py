"""Diagnostics before ranking: each finding on a problem built to show it, the Klima Nord
ambition file's near-duplicate pair, acknowledgements, warnings, and `mcda validate`."""

from __future__ import annotations

import dataclasses
import warnings
from pathlib import Path

import pytest

import mcda
from mcda.cli.main import main
from mcda.diagnostics import (
    AssumedAlternativeWarning,
    CorrelatedCriteriaWarning,
    DiagnosticWarning,
    DominatedAlternativeWarning,
    NearDuplicateWarning,
    TiedCriterionWarning,
    describe,
    diagnose,
)
from mcda.errors import ValidationError
from mcda.model import Alternative, Criterion, Direction, Evidence, Family, Problem, Score, Text

ROOT = Path(__file__).resolve().parent.parent
AMBITION = ROOT / "criteria" / "klimanord" / "ambition.toml"
QUOTE = (Evidence("q", "s"),)


def _problem(rows: list[list[float]], *, assumed: set[str] = frozenset(), **extra) -> Problem:
    m, n = len(rows), len(rows[0])
    alternatives = tuple(Alternative(f"a{i}", Text(f"A{i}", f"A{i}")) for i in range(m))
    levels = {k: Text(str(k), str(k)) for k in range(1, 6)}
    criteria = tuple(
        Criterion(f"c{j}", Text(f"K{j}", f"C{j}"), Direction.MAX, "rubric", rubric=levels)
        for j in range(n)
    )
    scores = {
        a.id: {
            c.id: Score(
                rows[i][j],
                rows[i][j],
                QUOTE if a.id not in assumed else (),
                assumption=a.id in assumed,
                reason="r" if a.id in assumed else None,
            )
            for j, c in enumerate(criteria)
        }
        for i, a in enumerate(alternatives)
    }
    return Problem("p", Text("P", "P"), alternatives, criteria, scores, **extra)


def test_criteria_that_move_together_are_named_with_the_correlation() -> None:
    """c0 and c1 are monotone in each other (ρ = +1 by hand), c2 is not (ρ(c0, c2) = 0.4
    by hand: ranks (1,2,3,4) against (2,1,4,3): 1 − 6·4/60)."""
    problem = _problem([[1, 2, 2], [2, 3, 1], [3, 4, 4], [4, 5, 3]])
    found = diagnose(problem).of_kind(CorrelatedCriteriaWarning)
    assert [(f.criteria, f.rho) for f in found] == [(("c0", "c1"), pytest.approx(1.0))]
    assert "'c0' and 'c1'" in str(found[0]) and "+1.00" in str(found[0])
    lower = diagnose(problem, correlation_threshold=0.4).of_kind(CorrelatedCriteriaWarning)
    assert len(lower) == 3
    assert describe(found[0], problem, "da").startswith("K0 og K1 rangerer de 4 alternativer")


def test_a_file_may_say_why_two_correlated_criteria_are_distinct() -> None:
    problem = _problem([[1, 2], [2, 3], [3, 4]])
    reason = Text("Den ene er penge, den anden tid.", "One is money, the other time.")
    first = dataclasses.replace(problem.criteria[0], distinct_from={"c1": reason})
    problem = dataclasses.replace(problem, criteria=(first, problem.criteria[1]))
    result = diagnose(problem)
    assert result.of_kind(CorrelatedCriteriaWarning) == result.acknowledged
    (finding,) = result.acknowledged
    assert finding.acknowledged == reason
    assert "the file explains: One is money" in describe(finding, problem, "en")


def test_tied_criterion_dominance_and_assumed_alternatives() -> None:
    problem = _problem([[3, 1, 5], [3, 2, 4], [3, 5, 1]], assumed={"a2"})
    result = diagnose(problem)
    assert [f.criterion for f in result.of_kind(TiedCriterionWarning)] == ["c0"]
    assert result.of_kind(DominatedAlternativeWarning) == ()
    dominated = diagnose(_problem([[3, 1], [4, 2], [1, 5]]))
    (finding,) = dominated.of_kind(DominatedAlternativeWarning)
    assert finding.alternative == "a0" and finding.dominated_by == ("a1",)
    assert [f.alternative for f in result.of_kind(AssumedAlternativeWarning)] == ["a2"]


def test_near_duplicates_one_level_apart_on_at_most_two_criteria() -> None:
    """a0/a1: one level apart on two criteria (flagged); a0/a2: one level apart on three
    (not, by default); a3 is two levels from every other on c3 (not)."""
    rows = [[3, 3, 3, 3], [4, 2, 3, 3], [4, 4, 4, 3], [5, 3, 3, 1]]
    result = diagnose(_problem(rows))
    pairs = [f.alternatives for f in result.of_kind(NearDuplicateWarning)]
    assert pairs == [("a0", "a1")]
    (pair,) = result.of_kind(NearDuplicateWarning)
    assert pair.differences == {"c0": 0.25, "c1": 0.25}
    wider = diagnose(_problem(rows), near_duplicate_criteria=3, near_duplicate_share=0.5)
    assert len(wider.of_kind(NearDuplicateWarning)) > 1


def test_declared_family_turns_a_near_duplicate_into_a_named_family() -> None:
    family = Family("f", Text("Mulighed F", "Option F"), ("a0", "a1"))
    problem = _problem([[3, 3], [4, 2], [1, 5]], families=(family,))
    result = diagnose(problem)
    (finding,) = result.of_kind(NearDuplicateWarning)
    assert finding.family == "f" and finding in result.acknowledged
    assert "declared variants of Option F" in describe(finding, problem, "en")


def test_the_ambition_file_names_the_scenario_2_pair_and_its_family() -> None:
    """The bar: validate flags the near-duplicate Scenario 2 pair, or, once the two are
    declared a family (as the re-modelled file does), names the family."""
    problem = mcda.load_problem(AMBITION)
    pairs = diagnose(problem).of_kind(NearDuplicateWarning)
    found = {frozenset(f.alternatives): f for f in pairs}
    pair = found[frozenset({"scenario_2", "scenario_2_amended"})]
    assert set(pair.differences) == {"regional_focus", "municipal_sparring"}
    assert pair.family == "scenario_2_family"
    undeclared = diagnose(dataclasses.replace(problem, families=()))
    (bare,) = [f for f in undeclared.of_kind(NearDuplicateWarning)
               if set(f.alternatives) == {"scenario_2", "scenario_2_amended"}]
    assert bare.family is None and bare in undeclared.warnings


def test_emit_issues_typed_warnings() -> None:
    problem = _problem([[1, 2], [2, 3], [3, 4]], assumed={"a0"})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        diagnose(problem).emit()
    kinds = {type(w.message) for w in caught}
    assert CorrelatedCriteriaWarning in kinds and AssumedAlternativeWarning in kinds
    assert all(issubclass(k, DiagnosticWarning) for k in kinds)
    frame = diagnose(problem).to_frame()
    assert list(frame.columns) == ["kind", "message", "acknowledged"]


def test_bad_settings_are_rejected() -> None:
    problem = _problem([[1, 2], [2, 3]])
    with pytest.raises(ValidationError, match="correlation_threshold"):
        diagnose(problem, correlation_threshold=1.5)
    with pytest.raises(ValidationError, match="near_duplicate_share"):
        diagnose(problem, near_duplicate_share=-0.1)


def test_validate_names_both_criteria_and_the_correlation(
    bikes_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Eligible offers by cost 60, 150, 225 with 25, 20, 12 bikes: fleet size falls as
    cost rises (ρ = −1 by hand); `mcda validate` names both criteria and the value."""
    text = bikes_copy.read_text(encoding="utf-8")
    old = "[scores.budget_bikes.fleet_size]\nvalue = 20\n"
    assert old in text
    bikes_copy.write_text(
        text.replace(old, "[scores.budget_bikes.fleet_size]\nvalue = 25\n"), encoding="utf-8"
    )
    assert main(["validate", str(bikes_copy), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Cost and Number of bikes rank the 3 alternatives in opposite order" in out
    assert "(Spearman's ρ = −1.00)" in out
    assert main(["validate", str(bikes_copy)]) == 0
    assert "Omkostning og Antal cykler rangerer de 3 alternativer i modsat rækkefølge" in (
        capsys.readouterr().out
    )


def test_spearman_matches_scipy_with_ties() -> None:
    """The diagnostics' own Spearman (average ranks) against scipy.stats.spearmanr."""
    import numpy as np
    from scipy.stats import spearmanr

    from mcda.diagnostics import spearman_rho

    rng = np.random.default_rng(4)
    for _ in range(200):
        m = int(rng.integers(3, 9))
        x = rng.integers(1, 4, m).astype(float)
        y = rng.integers(1, 4, m).astype(float)
        if np.ptp(x) == 0 or np.ptp(y) == 0:
            continue
        assert spearman_rho(x, y) == pytest.approx(spearmanr(x, y).statistic, abs=1e-12)
