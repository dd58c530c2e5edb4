"""Anchored value scales: value functions, their invariants, and what they buy the ranking.

The properties are those the value model promises (Keeney & Raiffa 1976, ch. 3; Belton &
Stewart 2002, ch. 5): a value depends on the alternative's own score only, so adding an
alternative reorders nobody else; an affine change of a scale together with its anchors
changes nothing; a weight means the same in every decision sharing the criterion.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import mcda
from mcda.errors import ValidationError
from mcda.model import Direction
from mcda.values import ValueFunction, ValueScales

ROOT = Path(__file__).resolve().parent.parent
AMBITION = ROOT / "criteria" / "klimanord" / "ambition.toml"

# -- value functions -------------------------------------------------------------------


def test_linear_value_function_by_hand() -> None:
    """By hand: anchors 1–5 to maximise: v(1) = 0, v(2) = 0.25, v(5) = 1; to minimise
    the mirror image; cost 0–40 to minimise: v(30) = 0.25."""
    rising = ValueFunction.linear(1, 5, Direction.MAX)
    np.testing.assert_allclose(rising([1, 2, 3, 5]), [0.0, 0.25, 0.5, 1.0])
    falling = ValueFunction.linear(1, 5, Direction.MIN)
    np.testing.assert_allclose(falling([1, 2, 5]), [1.0, 0.75, 0.0])
    assert ValueFunction.linear(0, 40, Direction.MIN)(30) == pytest.approx(0.25)
    assert rising.is_linear and rising.anchors == (1.0, 5.0)


def test_piecewise_value_function_by_hand() -> None:
    """A cost with a budget at 2.0: value falls 0.2 per mio up to the budget and 0.6 per
    mio past it (points (1, 1), (2, 0.8), (3, 0.2)... ending at (3.333, 0)). By hand:
    v(1.5) = 0.9, v(2.5) = 0.5."""
    function = ValueFunction.piecewise([(1, 1), (2, 0.8), (3, 0.2), (10 / 3, 0)], Direction.MIN)
    np.testing.assert_allclose(function([1, 1.5, 2, 2.5, 3]), [1, 0.9, 0.8, 0.5, 0.2])
    assert not function.is_linear


@pytest.mark.parametrize(
    ("points", "direction", "message"),
    [
        ([(1, 0)], Direction.MAX, "at least two points"),
        ([(1, 0), (1, 1)], Direction.MAX, "x must increase strictly"),
        ([(1, 0), (2, 1.5)], Direction.MAX, r"values must lie in \[0, 1\]"),
        ([(1, 0.2), (2, 1)], Direction.MAX, "needs value 0 at the lowest x"),
        ([(1, 0), (2, 1)], Direction.MIN, "needs value 1 at the lowest x"),
        ([(1, 0), (2, 0.6), (3, 0.4), (4, 1)], Direction.MAX, "values must rise with x"),
        ([(1, 0), (float("nan"), 1)], Direction.MAX, "finite"),
    ],
)
def test_bad_value_functions_are_rejected(points: list, direction: Direction, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        ValueFunction.piecewise(points, direction)


def test_values_outside_the_anchors_are_rejected() -> None:
    scales = ValueScales.from_bounds([[1, 5], [0, 40]], ["max", "min"])
    with pytest.raises(ValidationError, match=r"value 6 in column 0 lies outside its anchors 1–5"):
        scales.values([[6, 10]])
    with pytest.raises(ValidationError, match="low 5 must be finite and below high 1"):
        ValueScales.from_bounds([[5, 1]], ["max"])
    with pytest.raises(ValidationError, match="expected 2 criteria"):
        scales.values([[1, 2, 3]])


def test_topsis_anchored_needs_anchors() -> None:
    with pytest.raises(ValidationError, match="'anchored' needs anchors"):
        mcda.topsis([[1, 2], [2, 1]], [0.5, 0.5], ["max", "max"], "anchored")
    with pytest.raises(ValidationError, match="needs the criteria's anchors"):
        mcda.get_method("topsis_anchored").score(
            np.array([[1.0, 2.0]]), np.array([0.5, 0.5]), np.array([1, 1])
        )


# -- anchored TOPSIS and the weighted sum against independent references ---------------


def _anchored_problems() -> st.SearchStrategy:
    """(matrix, anchors, weights, signs): values inside anchors that reach beyond the data."""

    def build(shape: tuple[int, int]) -> st.SearchStrategy:
        n = shape[1]
        return st.tuples(
            arrays(float, shape, elements=st.floats(0.0, 1.0)),
            arrays(float, (n,), elements=st.floats(-50.0, 50.0)),
            arrays(float, (n,), elements=st.floats(0.5, 200.0)),
            arrays(float, (n,), elements=st.floats(0.01, 1.0)),
            st.lists(st.sampled_from([1, -1]), min_size=n, max_size=n),
        ).map(
            lambda t: (
                t[1] + t[0] * t[2],  # matrix inside [low, low + width]
                np.column_stack([t[1], t[1] + t[2]]),
                t[3],
                np.array(t[4]),
            )
        )

    return st.tuples(st.integers(1, 7), st.integers(1, 5)).flatmap(build)


@settings(max_examples=100, deadline=None)
@given(_anchored_problems())
def test_anchored_topsis_equals_pymcdm_with_the_anchors_as_virtual_alternatives(case) -> None:
    """Independent reference: pymcdm's TOPSIS (min-max) on the value matrix with an
    all-best and an all-worst row appended takes its ideal and anti-ideal at exactly 1
    and 0 — TOPSIS with absolute reference points."""
    from pymcdm.methods import TOPSIS
    from pymcdm.normalizations import minmax_normalization

    matrix, anchors, weights, signs = case
    values = ValueScales.from_bounds(anchors, signs).values(matrix)
    padded = np.vstack([values, np.ones(len(signs)), np.zeros(len(signs))])
    expected = TOPSIS(minmax_normalization)(padded, weights / weights.sum(), np.ones(len(signs)))
    got = mcda.topsis(matrix, weights, signs, "anchored", anchors=anchors)
    np.testing.assert_allclose(got, expected[:-2], rtol=1e-9, atol=1e-12)


@settings(max_examples=100, deadline=None)
@given(_anchored_problems())
def test_anchored_spotis_is_one_minus_the_additive_value(case) -> None:
    """SPOTIS (Dezert et al. 2020; pymcdm) with the anchors as its bounds is the weighted
    normalised distance to the best anchor, Σ w_j (1 − v_j) = 1 − the additive value."""
    matrix, anchors, weights, signs = case
    w = weights / weights.sum()
    additive = mcda.get_method("weighted_sum_anchored").with_anchors(
        ValueScales.from_bounds(anchors, signs)
    )
    spotis = mcda.get_method("spotis").with_anchors(ValueScales.from_bounds(anchors, signs))
    # the SPOTIS adapter drops (nearly) tied criteria; compare where none is
    assume(len(matrix) >= 2 and np.all(np.ptp(matrix, axis=0) > 1e-6))
    np.testing.assert_allclose(
        spotis.score(matrix, w, signs), 1 - additive.score(matrix, w, signs), atol=1e-9
    )


# -- the properties the value model promises -------------------------------------------


@settings(max_examples=500, deadline=None)
@given(_anchored_problems(), st.data())
def test_adding_an_alternative_never_reorders_the_others(case, data) -> None:
    """No rank reversal under anchored scales (TOPSIS and the weighted sum): a new
    alternative, anywhere inside the anchors, leaves every other score unchanged."""
    matrix, anchors, weights, signs = case
    fraction = data.draw(arrays(float, (len(signs),), elements=st.floats(0.0, 1.0)))
    newcomer = anchors[:, 0] + fraction * (anchors[:, 1] - anchors[:, 0])
    larger = np.vstack([matrix, newcomer])
    for method in ("topsis", "weighted_sum"):
        before = mcda.get_method(f"{method}_anchored").with_anchors(
            ValueScales.from_bounds(anchors, signs)
        )
        old = before.score(matrix, weights / weights.sum(), signs)
        new = before.score(larger, weights / weights.sum(), signs)[:-1]
        np.testing.assert_allclose(new, old, rtol=0, atol=1e-12)
        assert list(mcda.rank_scores(new)) == list(mcda.rank_scores(old))


@settings(max_examples=200, deadline=None)
@given(
    _anchored_problems(),
    st.floats(1e-3, 1e3),
    st.floats(-1e3, 1e3),
    st.data(),
)
def test_an_affine_change_of_a_scale_and_its_anchors_changes_no_score(
    case, factor: float, shift: float, data
) -> None:
    matrix, anchors, weights, signs = case
    j = data.draw(st.integers(0, len(signs) - 1))
    moved, moved_anchors = matrix.copy(), anchors.copy()
    moved[:, j] = matrix[:, j] * factor + shift
    moved_anchors[j] = anchors[j] * factor + shift
    for method in ("topsis_anchored", "weighted_sum_anchored"):
        old = mcda.get_method(method).with_anchors(ValueScales.from_bounds(anchors, signs))
        new = mcda.get_method(method).with_anchors(ValueScales.from_bounds(moved_anchors, signs))
        np.testing.assert_allclose(
            new.score(moved, weights / weights.sum(), signs),
            old.score(matrix, weights / weights.sum(), signs),
            rtol=1e-9,
            atol=1e-9,
        )


@settings(max_examples=100, deadline=None)
@given(_anchored_problems(), st.data())
def test_a_weight_means_the_same_in_two_decisions_sharing_the_criteria(case, data) -> None:
    """Two decisions on the same criteria (same anchors) but with other alternatives
    beside it: an alternative with the same scores gets the same score in both."""
    matrix, anchors, weights, signs = case
    count = data.draw(st.integers(1, 6))
    fractions = data.draw(arrays(float, (count, len(signs)), elements=st.floats(0.0, 1.0)))
    others = anchors[:, 0] + fractions * (anchors[:, 1] - anchors[:, 0])
    shared = matrix[:1]
    w = weights / weights.sum()
    for method in ("topsis_anchored", "weighted_sum_anchored"):
        bound = mcda.get_method(method).with_anchors(ValueScales.from_bounds(anchors, signs))
        here = bound.score(np.vstack([shared, matrix]), w, signs)[0]
        there = bound.score(np.vstack([shared, others]), w, signs)[0]
        assert here == pytest.approx(there, abs=1e-12)


# -- the outside reviewer's test on the Klima Nord ambition file ------------------------


def _shift_rubric_levels(source: Path, shift: int) -> mcda.Problem:
    """``source`` with every level of every rubric criterion raised by ``shift`` (the
    rubric, score values and levels, value points): an interval scale moved, nothing an
    interval scale expresses changed."""
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    rubric = set()
    for criterion in data["criteria"]:
        if "rubric" in criterion:
            rubric.add(criterion["id"])
            criterion["rubric"] = {str(int(k) + shift): v for k, v in criterion["rubric"].items()}
            if isinstance(criterion.get("values"), dict):
                criterion["values"] = {
                    str(int(k) + shift): v for k, v in criterion["values"].items()
                }
    for row in data["scores"].values():
        for criterion_id, score in row.items():
            if criterion_id not in rubric:
                continue
            value = score["value"]
            score["value"] = (
                [v + shift for v in value] if isinstance(value, list) else value + shift
            )
            if "level" in score:
                score["level"] += shift
    for constraint in data.get("constraints", []):
        for bound in ("min", "max"):
            if constraint.get("criterion") in rubric and bound in constraint:
                constraint[bound] += shift
    return mcda.parse_problem(data, path=source)


@pytest.mark.slow
def test_adding_ten_to_every_rubric_level_changes_no_share_under_anchored_scales() -> None:
    """The outside review's test (issue "Weights that mean something"): +10 on every
    rubric level of every criterion of the ambition file. Anchored: every first-rank
    share is unchanged (here exactly, same seed). Vector normalisation, for contrast,
    moves the shares by far more than the sampling error."""
    import dataclasses

    # all five scenarios (T11's stated requirements would leave two)
    original = mcda.load_problem(AMBITION).without_stated_requirements()
    shifted = _shift_rubric_levels(AMBITION, 10).without_stated_requirements()
    rubric = [c for c in shifted.criteria if c.scale == "rubric"]
    assert rubric and all(min(c.rubric) == 11 for c in rubric)
    for normalization, same in (("anchored", True), ("vector", False)):
        shares = []
        for problem in (original, shifted):
            chosen = dataclasses.replace(problem, normalization=normalization)
            result = mcda.smaa_problem(chosen, n_samples=20_000, rng=7)
            shares.append(result.first_rank_acceptability)
        if same:
            np.testing.assert_allclose(shares[1], shares[0], atol=1e-12)
        else:
            se = np.sqrt(0.25 / 20_000)
            assert np.abs(shares[1] - shares[0]).max() > 10 * se
