"""SMAA-2 (mcda.sensitivity.smaa): invariants, analytic checks, exact agreement with TOPSIS."""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mcda
from mcda.errors import ValidationError
from mcda.methods import get_method
from mcda.methods.topsis import topsis
from mcda.ranking import rank_scores
from mcda.sampling import WeightConstraints
from mcda.sensitivity.smaa import _build_model, _rank_chunk, smaa, smaa_problem
from mcda.values import ValueScales

BIKES = Path(__file__).resolve().parents[1] / "criteria" / "examples" / "bikes.toml"


def _reference_ranks(matrix, weights, signs, normalization="vector"):
    closeness = topsis(matrix, weights, signs, normalization)
    return np.array([rank_scores(row) for row in closeness])


def _chunk_ranks(matrix, weights, signs, method="topsis"):
    model = _build_model(get_method(method), matrix, matrix, matrix, signs)
    order, tied_part, tied = _rank_chunk(model, None, weights)
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, matrix.shape[0] + 1), axis=1)
    if tied.any():
        ranks[tied] = tied_part.ranks()
    return ranks


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("method", ["topsis", "topsis_minmax"])
def test_fast_path_ranks_equal_reference_topsis(method, dtype):
    rng = np.random.default_rng(3)
    matrix = rng.uniform(1, 10, (12, 4))
    matrix[5] = matrix[2]  # duplicate alternative: tied in every sample
    matrix[:, 3] = 7.0  # a criterion on which all tie
    signs = np.array([1, -1, 1, 1])
    weights = rng.dirichlet(np.ones(4), 4000).astype(dtype)
    weights[:10, :3] = 0.0  # all weight on the tied criterion: everyone ties
    weights[:10, 3] = 1.0
    normalization = "vector" if method == "topsis" else "minmax"
    expected = _reference_ranks(matrix, weights, signs, normalization)
    assert np.array_equal(_chunk_ranks(matrix, weights, signs, method), expected)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(2, 7),
    st.integers(1, 4),
    st.integers(0, 2**31),
)
def test_fast_path_agrees_on_random_problems(m, n, seed):
    rng = np.random.default_rng(seed)
    matrix = rng.integers(1, 5, (m, n)).astype(float)  # small integers: ties happen
    signs = rng.choice([-1, 1], n)
    weights = rng.dirichlet(np.ones(n), 300)
    assert np.array_equal(
        _chunk_ranks(matrix, weights, signs), _reference_ranks(matrix, weights, signs)
    )
    single = weights.astype(np.float32)
    assert np.array_equal(
        _chunk_ranks(matrix, single, signs), _reference_ranks(matrix, single, signs)
    )


def test_float32_path_agrees_on_many_close_alternatives():
    from mcda.sensitivity.smaa import _fast_topsis_order

    rng = np.random.default_rng(8)
    matrix = rng.uniform(1, 1.001, (32, 6))  # 32 nearly equal alternatives: close keys
    signs = np.ones(6, dtype=int)
    weights = rng.dirichlet(np.ones(6), 3000).astype(np.float32)
    assert np.array_equal(
        _chunk_ranks(matrix, weights, signs), _reference_ranks(matrix, weights, signs)
    )
    model = _build_model(get_method("topsis"), matrix, matrix, matrix, signs)
    _, near = _fast_topsis_order(model.gaps, weights)
    assert 0 < near.mean() < 1  # both the fast and the reference path are exercised


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 6), st.integers(1, 4), st.integers(0, 2**31))
def test_rank_acceptability_rows_and_columns_sum_to_one(m, n, seed):
    rng = np.random.default_rng(seed)
    matrix = rng.integers(1, 4, (m, n)).astype(float)
    result = smaa(matrix, ["max"] * n, n_samples=500, rng=seed)
    np.testing.assert_allclose(result.rank_acceptability.sum(axis=1), 1.0)
    np.testing.assert_allclose(result.rank_acceptability.sum(axis=0), 1.0)
    off = ~np.eye(m, dtype=bool)
    np.testing.assert_allclose((result.pairwise_winning + result.pairwise_winning.T)[off], 1.0)


@pytest.mark.parametrize("method", ["topsis", "topsis_minmax", "wsm", "vikor", "promethee_ii"])
def test_dominating_alternative_is_always_first(method):
    rng = np.random.default_rng(0)
    matrix = rng.uniform(2, 8, (5, 3))
    matrix[2] = [9.0, 9.5, 1.0]  # best on every criterion (third is to be minimised)
    n = 300 if method in ("vikor",) else 2000
    result = smaa(matrix, ["max", "max", "min"], n_samples=n, rng=1, method=method)
    assert result.rank_acceptability[2, 0] == 1.0
    assert result.confidence[2] == 1.0
    assert np.all(result.rank_acceptability[[0, 1, 3, 4], 0] == 0.0)
    assert np.all(np.isnan(result.central_weights[[0, 1, 3, 4]]))


def _wsm_winning_lengths(matrix):
    """Analytic first-rank acceptability of WSM with two max criteria.

    Sum normalisation r_ij = x_ij / Σ_i x_ij (pymcdm's WSM default); with w = (t, 1 − t)
    and t uniform on [0, 1] (the uniform simplex for n = 2), alternative i wins on
    {t : S_i(t) ≥ S_k(t) ∀k}, S_i(t) = t r_i1 + (1 − t) r_i2, an interval.
    """
    r = matrix / matrix.sum(axis=0)
    lengths = []
    for i in range(len(r)):
        low, high = 0.0, 1.0
        for k in range(len(r)):
            if k == i:
                continue
            # S_i − S_k = a t + b ≥ 0 with a = Δr1 − Δr2, b = Δr2
            a = (r[i, 0] - r[k, 0]) - (r[i, 1] - r[k, 1])
            b = r[i, 1] - r[k, 1]
            if a > 0:
                low = max(low, -b / a)
            elif a < 0:
                high = min(high, -b / a)
            elif b < 0:
                high = low
        lengths.append(max(0.0, high - low))
    return np.array(lengths)


def test_two_criteria_wsm_matches_analytic_winning_intervals():
    matrix = np.array([[1.0, 9.0], [4.0, 7.0], [6.0, 5.0], [9.0, 1.0], [3.0, 3.0]])
    expected = _wsm_winning_lengths(matrix)
    assert expected.sum() == pytest.approx(1.0)
    assert expected[4] == 0.0 and expected.min() == 0.0 and np.sort(expected)[-3] > 0.05
    result = smaa(matrix, ["max", "max"], n_samples=200_000, rng=11, method="wsm")
    first = result.rank_acceptability[:, 0]
    se = np.maximum(result.rank_acceptability_se[:, 0], 1e-12)
    assert np.all(np.abs(first - expected) <= 4 * se + 1e-12)
    assert first[4] == 0.0


def test_linear_fast_path_ranks_like_per_sample_method():
    rng = np.random.default_rng(5)
    matrix = rng.uniform(1, 10, (6, 3))
    signs = np.array([1, -1, 1])
    weights = rng.dirichlet(np.ones(3), 200)
    method = get_method("wsm")
    expected = np.array(
        [rank_scores(method.function(matrix, w, signs)) for w in weights]
    )
    assert np.array_equal(_chunk_ranks(matrix, weights, signs, "wsm"), expected)


def test_same_seed_same_numbers_and_chunking_does_not_matter():
    rng = np.random.default_rng(2)
    matrix = rng.uniform(0, 1, (8, 4))
    first = smaa(matrix, ["max"] * 4, n_samples=5000, rng=42)
    again = smaa(matrix, ["max"] * 4, n_samples=5000, rng=42, chunk_size=333)
    other = smaa(matrix, ["max"] * 4, n_samples=5000, rng=43)
    repeat = smaa(matrix, ["max"] * 4, n_samples=5000, rng=42)
    for field in ("rank_acceptability", "central_weights", "pairwise_winning", "confidence"):
        assert np.array_equal(getattr(first, field), getattr(repeat, field), equal_nan=True)
    # other chunking: the same draws, counts identical, sums equal up to rounding
    for field in ("rank_acceptability", "pairwise_winning", "confidence"):
        assert np.array_equal(getattr(first, field), getattr(again, field))
    np.testing.assert_allclose(again.central_weights, first.central_weights, rtol=1e-12)
    assert not np.array_equal(first.rank_acceptability, other.rank_acceptability)
    assert first.seed == 42 and first.n_samples == 5000
    assert smaa(matrix, ["max"] * 4, n_samples=10, rng=np.random.default_rng(1)).seed is None


def test_central_weights_are_means_of_first_rank_weights():
    matrix = np.array([[1.0, 4.0], [3.0, 3.0], [4.0, 1.0]])
    n = 20_000
    result = smaa(matrix, ["max", "max"], n_samples=n, rng=7)
    # up to 32 alternatives, TOPSIS draws its weights in float32
    weights = mcda.sampling.uniform_simplex(n, 2, np.random.default_rng(7), np.float32)
    ranks = _reference_ranks(matrix, weights, np.array([1, 1]))
    for i in range(3):
        first = ranks[:, i] == 1
        expected = weights[first].astype(float).mean(axis=0)
        np.testing.assert_allclose(result.central_weights[i], expected, rtol=1e-9)
        assert result.rank_acceptability[i, 0] == pytest.approx(first.mean())
    np.testing.assert_allclose(result.central_weights.sum(axis=1), 1.0)


def test_pairwise_winning_for_two_alternatives_equals_first_rank_acceptability():
    matrix = np.array([[1.0, 4.0, 2.0], [3.0, 2.0, 2.5]])
    result = smaa(matrix, ["max", "max", "min"], n_samples=3000, rng=1)
    assert result.pairwise_winning[0, 1] == pytest.approx(result.rank_acceptability[0, 0])
    assert result.pairwise_samples == 3000


def test_pairwise_samples_default_is_capped_for_many_alternatives():
    matrix = np.random.default_rng(0).uniform(size=(300, 3))
    result = smaa(matrix, ["max"] * 3, n_samples=2000, rng=0)
    assert result.pairwise_samples == min(2000, max(100, 2**24 // 300**2))
    assert result.n_samples == 2000


def test_score_uncertainty_closeness_matches_topsis_per_sample():
    from mcda.sensitivity.smaa import _batch_closeness

    rng = np.random.default_rng(9)
    matrices = rng.uniform(1, 5, (50, 6, 3))
    matrices[:, :, 2] = 3.0  # tied column in every draw
    weights = rng.dirichlet(np.ones(3), 50)
    signs = np.array([1, -1, 1])
    for normalization in ("vector", "minmax"):
        batch = _batch_closeness(matrices, weights, signs, normalization)
        single = np.array(
            [topsis(x, w, signs, normalization) for x, w in zip(matrices, weights, strict=True)]
        )
        np.testing.assert_allclose(batch, single, rtol=0, atol=1e-13)


def test_score_uncertainty_spreads_acceptability_and_confidence():
    matrix = np.array([[5.0, 5.0], [5.0, 5.0], [1.0, 1.0]])
    spread = np.array([[1, 1], [1, 1], [0, 0]])
    lower, upper = matrix - spread, matrix + spread
    result = smaa(matrix, ["max", "max"], n_samples=4000, rng=3, lower=lower, upper=upper)
    assert result.score_uncertainty
    # the two uncertain alternatives are exchangeable: each first about half the time
    assert result.rank_acceptability[0, 0] == pytest.approx(0.5, abs=0.05)
    assert result.rank_acceptability[2, 2] == 1.0
    assert 0.3 < result.confidence[0] < 0.7 and result.confidence[2] == 0.0
    assert result.confidence_samples == 4000
    certain = smaa(matrix, ["max", "max"], n_samples=100, rng=3)
    assert not certain.score_uncertainty
    assert certain.rank_acceptability[0, 0] == pytest.approx(0.5)  # exact tie shared


def test_weight_constraints_are_respected_and_uniform():
    matrix = np.array([[1.0, 4.0], [3.0, 3.0], [4.0, 1.0]])
    constraints = WeightConstraints.from_spec(["a", "b"], order=["a >= b"])
    result = smaa(matrix, ["max", "max"], n_samples=20_000, rng=5, weight_constraints=constraints)
    assert result.acceptance_rate == pytest.approx(0.5, abs=0.02)
    # w_a uniform on [0.5, 1]: alternative 0 (best on b) can only win where w_a small
    assert result.rank_acceptability[:, 0].sum() == pytest.approx(1.0)
    winners = np.flatnonzero(result.rank_acceptability[:, 0] > 0)
    for i in winners:
        assert result.central_weights[i, 0] >= 0.5


def test_one_alternative():
    result = smaa([[1.0, 2.0]], ["max", "min"], n_samples=10, rng=0)
    assert result.rank_acceptability.tolist() == [[1.0]]
    assert result.confidence.tolist() == [1.0]


def test_progress_reports_every_chunk():
    calls = []
    smaa(
        np.eye(3) + 1, ["max"] * 3, n_samples=1000, rng=0, chunk_size=300,
        progress=lambda done, total: calls.append((done, total)),
    )
    # one call per chunk of 300, 300, 300, 100 (the lanes may finish them in any order)
    assert len(calls) == 4 and all(total == 1000 for _, total in calls)
    done = [count for count, _ in calls]
    assert done == sorted(done) and done[-1] == 1000
    assert set(np.diff([0, *done])) <= {100, 300}


def test_smaa_problem_excludes_screened_and_uses_intervals():
    problem = mcda.load_problem(BIKES)
    result = smaa_problem(problem, n_samples=2000, rng=1)
    assert result.alternatives == problem.eligible_ids
    assert "pedal_plus" not in result.alternatives
    assert result.criteria == problem.criterion_ids
    assert result.score_uncertainty
    frame = result.to_frame()
    assert list(frame.index) == list(problem.eligible_ids)
    assert frame.filter(like="rank_").to_numpy().sum(axis=1) == pytest.approx(1.0)
    midpoints = smaa_problem(problem, n_samples=2000, rng=1, score_uncertainty=False)
    assert not midpoints.score_uncertainty
    assert mcda.smaa is smaa


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"n_samples": 0}, "n_samples: expected an integer ≥ 1"),
        ({"n_samples": 10**12}, "n_samples: 1,000,000,000,000 weight samples; the limit is 10,000,000"),
        ({"method": "nope"}, "method: unknown method 'nope'"),
        ({"lower": [[0, 0]]}, "give both score bounds or neither"),
        ({"lower": [[0, 0]], "upper": [[1, 1]]}, r"lower: expected shape \(2, 2\)"),
        ({"lower": [[2, 0], [0, 0]], "upper": [[1, 9], [9, 9]]}, r"score \[0, 0\]: lower 2 > upper 1"),
        ({"lower": [[0, 0], [0, 0]], "upper": [[0.5, 9], [9, 9]]}, r"matrix: score \[0, 0\] = 1 lies outside"),
        ({"chunk_size": 0}, "chunk_size: expected an integer ≥ 1"),
        ({"alternatives": ["x"]}, "labels: 1 alternatives and 2 criteria"),
        ({"weight_constraints": WeightConstraints(3)}, "made for 3 criteria, the problem has 2"),
        ({"rng": True}, "rng: expected an int seed or a Generator"),
    ],
)
def test_errors(kwargs, match):
    args = {"n_samples": 10, "rng": 0} | kwargs
    with pytest.raises(ValidationError, match=match):
        smaa([[1.0, 2.0], [2.0, 1.0]], ["max", "max"], **args)


def test_matrix_errors():
    with pytest.raises(ValidationError, match="values must be finite"):
        smaa([[1.0, np.nan], [2.0, 1.0]], ["max", "max"], n_samples=10, rng=0)
    with pytest.raises(ValidationError, match="directions: 1 given for 2 criteria"):
        smaa([[1.0, 2.0], [2.0, 1.0]], ["max"], n_samples=10, rng=0)


def test_memory_does_not_grow_with_the_sample_count():
    import tracemalloc

    matrix = np.random.default_rng(4).uniform(1, 10, (24, 5))

    def peak(samples):
        tracemalloc.start()
        smaa(matrix, ["max"] * 5, n_samples=samples, rng=1, pairwise_samples=1000)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    # Two lanes allocate their temporaries (a few MB per chunk) at times the threads
    # decide, so the peak moves by some MB from run to run; growth with the sample count
    # would add at least 1,960,000 × 20 bytes = 39 MB (a float32 weight vector each).
    small, large = peak(40_000), peak(2_000_000)
    assert large - small < 10_000_000, (small, large)


def test_tally_buffers_stay_bounded():
    from mcda.sensitivity.smaa import _Tally

    rng = np.random.default_rng(0)
    m, n, chunk = 24, 5, 4000
    tally = _Tally(m, n)
    for _ in range(20):
        order = np.argsort(rng.random((chunk, m)), axis=1)
        skip = rng.random(chunk) < 0.2
        tally.add_untied(order, rng.dirichlet(np.ones(n), chunk), skip)
        assert tally._pending < 4 * m * m and len(tally._skipped) == 0
    tally.flush()
    # each kept sample counted once per rank: columns sum to the kept count
    assert tally.rank_counts.sum() == pytest.approx(m * tally.first_count.sum())


def test_an_error_in_a_lane_reaches_the_caller(monkeypatch):
    module = importlib.import_module("mcda.sensitivity.smaa")
    original = module._rank_chunk
    calls = []

    def fail_on_the_third_chunk(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("lane failed")
        return original(*args, **kwargs)

    from mcda.sampling import WeightSampler

    draw = WeightSampler.draw
    draws = []

    def counted_draw(self, count):
        draws.append(count)
        return draw(self, count)

    monkeypatch.setattr(module, "_rank_chunk", fail_on_the_third_chunk)
    monkeypatch.setattr(WeightSampler, "draw", counted_draw)
    before = threading.active_count()
    with pytest.raises(RuntimeError, match="lane failed"):
        smaa(np.eye(3) + 1, ["max"] * 3, n_samples=20_000, rng=0, chunk_size=500)
    # the drawing stopped within a few chunks of the failure (40 chunks in all): at
    # most two wait in each lane's queue when the error is noticed
    assert 3 <= len(draws) <= 10, draws
    assert len(calls) == 3  # the lanes ranked nothing after the failure
    assert threading.active_count() == before


def test_an_error_while_drawing_stops_the_lanes(monkeypatch):
    from mcda.sampling import WeightSampler

    original = WeightSampler.draw
    calls = []

    def fail_on_the_fourth_draw(self, count):
        calls.append(count)
        if len(calls) == 4:
            raise ValidationError("weight constraints: drawing failed")
        return original(self, count)

    monkeypatch.setattr(WeightSampler, "draw", fail_on_the_fourth_draw)
    before = threading.active_count()
    with pytest.raises(ValidationError, match="drawing failed"):
        smaa(np.eye(3) + 1, ["max"] * 3, n_samples=20_000, rng=0, chunk_size=500)
    assert threading.active_count() == before  # both lanes were joined


# -- anchored scales and the weighted sum --------------------------------------------


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_fast_path_ranks_equal_reference_anchored_topsis(dtype):
    rng = np.random.default_rng(4)
    anchors = np.array([[0.0, 10.0], [0.0, 10.0], [1.0, 5.0], [0.0, 8.0]])
    matrix = rng.uniform(1, 5, (9, 4))
    matrix[4] = matrix[1]  # a duplicate: tied in every sample
    signs = np.array([1, -1, 1, -1])
    method = get_method("topsis_anchored", anchors=ValueScales.from_bounds(anchors, signs))
    weights = rng.dirichlet(np.ones(4), 3000).astype(dtype)
    reference = method.score(matrix, weights.astype(np.float64), signs)
    expected = np.array([mcda.rank_scores(row) for row in reference])
    assert np.array_equal(_chunk_ranks(matrix, weights, signs, method), expected)


@pytest.mark.parametrize(
    "name",
    ["topsis_anchored", "weighted_sum_anchored", "weighted_sum_minmax", "weighted_sum_vector"],
)
def test_batched_uncertain_scores_equal_one_matrix_at_a_time(name):
    """The batched paths for sampled matrices (TOPSIS, weighted sum) give each sample's
    scores as the method does for that one matrix."""
    from mcda.sensitivity.smaa import _draw_matrices, _scores

    rng = np.random.default_rng(5)
    low = rng.uniform(1, 4, (5, 3))
    high = low + rng.uniform(0, 1, (5, 3)) * (low > 2)
    signs = np.array([1, -1, 1])
    anchors = ValueScales.from_bounds([[0, 6], [0, 6], [0, 6]], signs)
    method = get_method(name, anchors=anchors)
    model = _build_model(method, (low + high) / 2, low, high, signs)
    matrices = _draw_matrices(model, rng, 50)
    weights = rng.dirichlet(np.ones(3), 50)
    batched = _scores(model, matrices, weights)
    one_by_one = np.stack([method.score(x, w, signs) for x, w in zip(matrices, weights, strict=True)])
    np.testing.assert_allclose(batched, one_by_one, rtol=1e-12, atol=1e-12)


def test_smaa_on_arrays_takes_anchors():
    matrix = [[2.0, 30.0], [4.0, 20.0], [3.0, 25.0]]
    result = smaa(matrix, ["max", "min"], n_samples=2000, rng=2, method="topsis_anchored",
                  anchors=[[1, 5], [0, 40]])
    assert result.method == "topsis_anchored"
    np.testing.assert_allclose(result.rank_acceptability.sum(axis=1), 1.0)
    with pytest.raises(mcda.ValidationError, match="needs the criteria's anchors"):
        smaa(matrix, ["max", "min"], n_samples=10, rng=2, method="weighted_sum_anchored")
