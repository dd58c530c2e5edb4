"""Winning regions against hand computations: thresholds (2 criteria), polygons (3).

WSM here is pymcdm's: sum-normalised columns r_ij = x_ij / Σ_i x_ij (max criteria),
score Σ_j w_j r_ij. The thresholds and polygons below are derived by hand from that.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from reproduction_support import make_problem

from mcda.errors import ValidationError
from mcda.reproduction import reproduce
from mcda.sampling import WeightConstraints

# Three alternatives on two max criteria. Column sums 7 and 6, so
# r = [[4/7, 1/6], [1/7, 3/6], [2/7, 2/6]] and with w = (p, 1 − p):
#   lead of a0 over a1 = p·3/7 − (1 − p)/3  ≥ δ  ⇔  p ≥ 21(δ + 1/3)/16
#   lead of a0 over a2 = p·2/7 − (1 − p)/6  ≥ δ  ⇔  p ≥ 42(δ + 1/6)/19
# The first is the binding one: a0 wins exactly when p ≥ 21(δ + 1/3)/16 (0.4375 at δ=0).
TWO = [[4, 1], [1, 3], [2, 2]]


def threshold(margin: float) -> float:
    return max(21 * (margin + 1 / 3) / 16, 42 * (margin + 1 / 6) / 19)


@pytest.mark.parametrize("margin", [1e-6, 1e-3, 0.02])
def test_two_criteria_wsm_threshold_matches_hand_computation(tmp_path: Path, margin: float) -> None:
    problem = make_problem(tmp_path, TWO, ["max", "max"], recommend="a0")
    result = reproduce(problem, method="wsm", margin=margin, n_samples=20_000, rng=3)
    theta = threshold(margin)
    assert result.reproducible and result.exact
    first, second = result.weight_ranges
    assert first.low == pytest.approx(theta, abs=1e-6)
    assert first.high == pytest.approx(1.0, abs=1e-6)
    assert second.low == pytest.approx(0.0, abs=1e-6)
    assert second.high == pytest.approx(1 - theta, abs=1e-6)
    # w1 is uniform on [0, 1] for two criteria; the share is the first-rank
    # acceptability (SMAA: ranked first at all, no margin), so it is 1 − θ(0).
    error = result.region.standard_error
    assert abs(result.share - (1 - threshold(0.0))) <= 4 * error + 1e-12
    # central weights: the mean of w1 over [θ(0), 1]
    assert result.central_weights[0] == pytest.approx((1 + threshold(0.0)) / 2, abs=0.01)


def test_threshold_shifts_the_closest_weights_exactly(tmp_path: Path) -> None:
    problem = make_problem(
        tmp_path, TWO, ["max", "max"], recommend="a0", profiles={"tilt": [0.2, 0.8]}
    )
    result = reproduce(problem, method="wsm", reference="tilt", rng=1, n_samples=2000)
    theta = threshold(1e-6)
    np.testing.assert_allclose(result.closest, [theta, 1 - theta], atol=1e-9)
    assert result.closest_distance == pytest.approx(2 * (theta - 0.2), abs=1e-9)
    assert result.verifications["closest"].wins


def test_topsis_two_criteria_threshold_matches_root_of_independent_topsis(tmp_path: Path) -> None:
    """Two alternatives, TOPSIS: the boundary where their closeness is equal (+ margin),
    found by brentq on a textbook TOPSIS written here (Hwang & Yoon 1981, vector norm)."""
    from scipy.optimize import brentq

    matrix = np.array([[7.0, 2.0], [3.0, 6.0], [5.0, 4.5]])
    margin = 1e-6

    def closeness(p: float) -> np.ndarray:
        normalised = matrix / np.sqrt((matrix**2).sum(axis=0))
        weighted = normalised * np.array([p, 1 - p])
        best, worst = weighted.max(axis=0), weighted.min(axis=0)
        plus = np.sqrt(((weighted - best) ** 2).sum(axis=1))
        minus = np.sqrt(((weighted - worst) ** 2).sum(axis=1))
        return minus / (plus + minus)

    def lead(p: float) -> float:
        c = closeness(p)
        return float(c[0] - max(c[1], c[2]) - margin)

    grid = np.linspace(0, 1, 2001)
    wins = np.array([lead(p) >= 0 for p in grid])
    assert wins[-1] and not wins[0]  # a0 wins with weight on c0 only
    edge = int(np.flatnonzero(wins)[0])
    root = brentq(lead, grid[edge - 1], grid[edge], xtol=1e-14)
    problem = make_problem(tmp_path, matrix, ["max", "max"], recommend="a0")
    result = reproduce(problem, method="topsis", margin=margin, n_samples=5000, rng=2)
    assert np.all(wins[edge:])  # the region is the interval [root, 1]
    assert result.weight_ranges[0].low == pytest.approx(root, abs=1e-6)
    assert result.weight_ranges[0].high == pytest.approx(1.0, abs=1e-6)
    assert result.weight_ranges[1].high == pytest.approx(1 - root, abs=1e-6)
    assert abs(result.share - (1 - root)) <= 4 * result.region.standard_error
    for verification in result.verifications.values():
        assert verification.wins


# -- three criteria: a polygon -------------------------------------------------------

THREE = [[6, 2, 3], [2, 6, 2], [3, 3, 6], [4, 4, 1]]


def _leads_by_hand(matrix: np.ndarray, target: int) -> np.ndarray:
    normalised = matrix / matrix.sum(axis=0)
    return np.array(
        [normalised[target] - normalised[i] for i in range(len(matrix)) if i != target]
    )


def _clip(polygon: list[np.ndarray], a: np.ndarray, b: float) -> list[np.ndarray]:
    """Sutherland–Hodgman: keep the part of ``polygon`` where a·x ≥ b."""
    out: list[np.ndarray] = []
    for k, current in enumerate(polygon):
        previous = polygon[k - 1]
        inside_now, inside_before = a @ current >= b, a @ previous >= b
        if inside_now != inside_before:
            t = (b - a @ previous) / (a @ (current - previous))
            out.append(previous + t * (current - previous))
        if inside_now:
            out.append(current)
    return out


def _polygon(matrix: np.ndarray, target: int, margin: float) -> list[np.ndarray]:
    """Winning region in coordinates (w1, w2), w3 = 1 − w1 − w2."""
    polygon = [np.array([0.0, 0.0]), np.array([1.0, 0.0]), np.array([0.0, 1.0])]
    for row in _leads_by_hand(matrix, target):
        # row·w ≥ δ with w3 = 1 − w1 − w2:  (r1 − r3) w1 + (r2 − r3) w2 ≥ δ − r3
        polygon = _clip(polygon, np.array([row[0] - row[2], row[1] - row[2]]), margin - row[2])
    return polygon


def _area(polygon: list[np.ndarray]) -> float:
    x = np.array([p[0] for p in polygon])
    y = np.array([p[1] for p in polygon])
    return 0.5 * abs(float(x @ np.roll(y, -1) - y @ np.roll(x, -1)))


@pytest.mark.parametrize("target", [0, 1, 2, 3])
def test_three_criteria_wsm_share_is_the_polygon_area_fraction(tmp_path: Path, target: int) -> None:
    matrix = np.array(THREE, dtype=float)
    margin = 1e-6
    polygon = _polygon(matrix, target, margin)
    exact = _area(polygon) / 0.5 if len(polygon) >= 3 else 0.0
    problem = make_problem(tmp_path, matrix, ["max"] * 3, recommend=f"a{target}")
    result = reproduce(problem, method="wsm", margin=margin, n_samples=40_000, rng=11)
    error = np.sqrt(max(exact * (1 - exact), 1e-4) / result.region.n_samples)
    assert abs(result.share - exact) <= 4 * error
    assert result.reproducible == (exact > 0)
    if exact > 0:
        corners = np.array([[p[0], p[1], 1 - p[0] - p[1]] for p in polygon])
        lows = [r.low for r in result.weight_ranges]
        highs = [r.high for r in result.weight_ranges]
        np.testing.assert_allclose(lows, corners.min(axis=0), atol=1e-6)
        np.testing.assert_allclose(highs, corners.max(axis=0), atol=1e-6)


def test_target_that_never_wins_reports_the_best_attempt_and_gap(tmp_path: Path) -> None:
    # a2 in TWO: lead over a0 = (1 − p)/6 − 2p/7, over a1 = p/7 − (1 − p)/6; the smaller
    # is largest where they are equal, p = 7/16, with lead −1/32.
    problem = make_problem(tmp_path, TWO, ["max", "max"], recommend="a0")
    result = reproduce(problem, target="a2", method="wsm", n_samples=5000, rng=4)
    assert not result.reproducible and result.share == 0.0
    assert result.closest is None and result.weight_ranges == ()
    np.testing.assert_allclose(result.attempt, [7 / 16, 9 / 16], atol=1e-9)
    assert result.attempt_lead == pytest.approx(-1 / 32, abs=1e-12)
    assert result.gap == pytest.approx(1e-6 + 1 / 32, abs=1e-12)
    assert not result.verifications["attempt"].wins


def test_topsis_never_wins_agrees_with_a_dense_grid(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, TWO, ["max", "max"], recommend="a0")
    result = reproduce(problem, target="a2", method="topsis", n_samples=5000, rng=4)
    grid = np.linspace(0, 1, 20001)
    import mcda

    closeness = mcda.topsis(TWO, np.column_stack([grid, 1 - grid]), ["max", "max"])
    leads = closeness[:, 2] - closeness[:, :2].max(axis=1)
    assert leads.max() < 0  # a2 never wins under TOPSIS either
    assert not result.reproducible
    # at least as close as the best point of a 5·10⁻⁵ grid, and not implausibly closer
    assert leads.max() - 1e-9 <= result.attempt_lead <= leads.max() + 1e-4
    verdict = result.verifications["attempt"]
    assert verdict.lead == pytest.approx(result.attempt_lead, abs=1e-12)


def test_bounds_restrict_the_region_and_the_samples(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, TWO, ["max", "max"], recommend="a0")
    limits = WeightConstraints.from_spec(["c0", "c1"], intervals={"c0": (0.0, 0.6)})
    result = reproduce(problem, method="wsm", weight_constraints=limits, n_samples=20_000, rng=5)
    theta = threshold(1e-6)
    assert result.weight_ranges[0].high == pytest.approx(0.6, abs=1e-9)
    assert result.weight_ranges[0].low == pytest.approx(theta, abs=1e-6)
    # w1 uniform on [0, 0.6]: share (0.6 − θ)/0.6
    assert abs(result.share - (0.6 - theta) / 0.6) <= 4 * result.region.standard_error
    assert result.closest[0] <= 0.6 + 1e-12


@pytest.mark.parametrize("method", ["wsm", "topsis"])
def test_ordinal_constraints_cut_the_polygon(tmp_path: Path, method: str) -> None:
    """a0 on THREE under "c1 >= c0": the polygon clipped by w1 − w0 ≥ 0, relative to the
    half of the simplex that meets the statement."""
    matrix = np.array(THREE, dtype=float)
    limits = WeightConstraints.from_spec(["c0", "c1", "c2"], ["c1 >= c0"])
    problem = make_problem(tmp_path, matrix, ["max"] * 3, recommend="a0")
    result = reproduce(problem, method=method, weight_constraints=limits, n_samples=20_000, rng=8)
    for verification in result.verifications.values():
        if verification is not result.verifications.get("central"):
            assert verification.weights[1] >= verification.weights[0] - 1e-9
    if method == "wsm":
        polygon = _clip(_polygon(matrix, 0, 1e-6), np.array([-1.0, 1.0]), 0.0)
        exact = _area(polygon) / 0.25 if len(polygon) >= 3 else 0.0
        error = np.sqrt(max(exact * (1 - exact), 1e-4) / result.region.n_samples)
        assert abs(result.share - exact) <= 4 * error
        assert result.reproducible == (exact > 0)
        if exact > 0:
            corners = np.array([[p[0], p[1], 1 - p[0] - p[1]] for p in polygon])
            np.testing.assert_allclose(
                [r.high for r in result.weight_ranges], corners.max(axis=0), atol=1e-6
            )


def test_constraints_for_another_number_of_criteria_are_rejected(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, TWO, ["max", "max"], recommend="a0")
    with pytest.raises(ValidationError, match="made for 3 criteria"):
        reproduce(problem, weight_constraints=WeightConstraints(3))


def test_to_frame_lists_the_weights_per_criterion(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, TWO, ["max", "max"], recommend="a0")
    frame = reproduce(problem, method="wsm", n_samples=500, rng=1).to_frame()
    assert list(frame.index) == ["c0", "c1"]
    assert list(frame.columns) == ["reference", "closest", "central", "min", "max"]
    assert frame.loc["c0", "min"] == pytest.approx(threshold(1e-6), abs=1e-6)
    never = reproduce(problem, target="a2", method="wsm", n_samples=500, rng=1).to_frame()
    assert "attempt" in never.columns and never["min"].isna().all()
