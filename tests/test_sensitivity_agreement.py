"""Method agreement (mcda.sensitivity.agreement)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

import mcda
from mcda.errors import DegenerateProblemError, ValidationError
from mcda.model import Score
from mcda.sensitivity.agreement import method_agreement

BIKES = Path(__file__).resolve().parents[1] / "criteria" / "examples" / "bikes.toml"


def test_every_method_ranks_like_mcda_rank_and_correlations_are_consistent():
    problem = mcda.load_problem(BIKES)
    result = method_agreement(problem, "frugal")
    assert set(result.methods) | {m for m, _ in result.not_applicable} == {*mcda.METHODS, "ahp"}
    assert "needs pairwise judgements" in dict(result.not_applicable)["ahp"]
    for ranking in result.rankings:
        expected = mcda.rank(problem, "frugal", method=ranking.method)
        assert np.array_equal(ranking.ranks, expected.ranks)
    k = len(result.rankings)
    assert result.correlations.shape == (k, k)
    np.testing.assert_allclose(np.diag(result.correlations), 1.0)
    np.testing.assert_allclose(result.correlations, result.correlations.T)
    a, b = result.rankings[0], result.rankings[2]
    assert result.correlations[0, 2] == pytest.approx(mcda.spearman(a.ranks, b.ranks))
    assert list(result.to_frame().columns) == list(result.methods)
    assert result.alternatives == problem.eligible_ids


def test_ahp_joins_when_the_file_has_judgements_of_the_alternatives(tmp_path):
    from ahp_support import bikes_with_judgements

    problem = mcda.load_problem(bikes_with_judgements(tmp_path))
    result = method_agreement(problem, "frugal")
    assert "ahp" in result.methods
    ahp = result.rankings[result.methods.index("ahp")]
    assert np.array_equal(ahp.ranks, mcda.rank(problem, "frugal", method="ahp").ranks)
    assert ahp.title.startswith("AHP")
    assert result.correlations.shape == (len(result.methods),) * 2


def test_kendall_and_a_subset():
    problem = mcda.load_problem(BIKES)
    result = method_agreement(problem, methods=["topsis", "wsm"], correlation="kendall")
    assert result.methods == ("topsis_vector", "wsm")
    expected = mcda.kendall(result.rankings[0].ranks, result.rankings[1].ranks)
    assert result.correlations[0, 1] == pytest.approx(expected)


def test_degenerate_methods_are_reported_not_raised():
    problem = mcda.load_problem(BIKES)
    same = {c: Score(5.0, 5.0, assumption=True, reason="test") for c in problem.criterion_ids}
    same["cost"] = Score(100.0, 100.0, assumption=True, reason="test")
    flat = dataclasses.replace(problem, scores={a: same for a in problem.alternative_ids})
    result = method_agreement(flat)
    assert result.rankings == ()
    reasons = dict(result.not_applicable)
    assert set(reasons) == {*mcda.METHODS, "ahp"}
    assert "ties every alternative" in reasons["topsis_vector"]
    # The peers follow their definitions on a tied matrix: every alternative ties.
    assert "ties every alternative" in reasons["wsm"]
    assert result.correlations.shape == (0, 0)


def test_errors():
    problem = mcda.load_problem(BIKES)
    with pytest.raises(ValidationError, match="correlation: unknown kind 'pearson'"):
        method_agreement(problem, correlation="pearson")
    with pytest.raises(ValidationError, match="methods: unknown method 'nope'"):
        method_agreement(problem, methods=["topsis", "nope"])
    single = dataclasses.replace(problem, alternatives=problem.alternatives[:1])
    with pytest.raises(DegenerateProblemError, match="fewer than two eligible alternatives"):
        method_agreement(single)
