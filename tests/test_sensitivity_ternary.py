"""Weight-triangle winner maps (mcda.sensitivity.ternary)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import mcda
from mcda.errors import ValidationError
from mcda.ranking import rank_scores
from mcda.sensitivity.ternary import TIE, ternary_map, ternary_problem, triangle_cells

BIKES = Path(__file__).resolve().parents[1] / "criteria" / "examples" / "bikes.toml"


@pytest.mark.parametrize("resolution", [1, 2, 7])
def test_cells_tile_the_triangle(resolution):
    cells = triangle_cells(resolution)
    assert cells.shape == (resolution**2, 3, 3)
    np.testing.assert_allclose(cells.sum(axis=2), 1.0)
    assert np.all(cells >= -1e-12)

    def area(cell):
        (x1, y1), (x2, y2), (x3, y3) = cell[:, 1:]
        return abs((x2 - x1) * (y3 - y1) - (x3 - x1) * (y2 - y1)) / 2

    areas = np.array([area(c) for c in cells])
    np.testing.assert_allclose(areas, 0.5 / resolution**2)  # equal cells summing to the whole


def test_winners_are_the_reference_winners_at_the_centroids():
    rng = np.random.default_rng(0)
    matrix = rng.uniform(1, 10, (5, 4))
    signs = np.array([1, -1, 1, 1])
    base = np.array([0.1, 0.3, 0.2, 0.4])
    result = ternary_map(matrix, signs, base, [0, 1, 3], resolution=12)
    assert result.winners.shape == (144,)
    np.testing.assert_allclose(result.weights[:, 2], 0.2)  # the fourth criterion keeps its weight
    np.testing.assert_allclose(result.weights.sum(axis=1), 1.0)
    for w, winner in zip(result.weights, result.winners, strict=True):
        ranks = rank_scores(mcda.topsis(matrix, w, signs))
        expected = int(np.flatnonzero(ranks == 1)[0]) if (ranks == 1).sum() == 1 else TIE
        assert winner == expected
    np.testing.assert_allclose(result.current, [0.1 / 0.8, 0.3 / 0.8, 0.4 / 0.8])
    best = rank_scores(mcda.topsis(matrix, base, signs))
    assert result.current_winner == int(np.flatnonzero(best == 1)[0])
    assert result.area_shares.sum() == pytest.approx(1.0)
    assert len(set(result.winners.tolist())) > 1


def test_ternary_problem_and_ties():
    problem = mcda.load_problem(BIKES)
    result = ternary_problem(problem, ["cost", "fleet_size", "usefulness"], resolution=10)
    assert result.criteria == ("cost", "fleet_size", "usefulness")
    assert result.alternatives == problem.eligible_ids
    assert result.current_winner == result.alternatives.index(mcda.rank(problem).best[0])
    tied = ternary_map([[1.0, 2, 3], [1.0, 2, 3]], ["max"] * 3, [1, 1, 1], [0, 1, 2], resolution=3)
    assert np.all(tied.winners == TIE)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"criteria": [0, 1]}, "need three distinct criteria among 4"),
        ({"criteria": [0, 1, 1]}, "need three distinct criteria"),
        ({"criteria": [0, 1, 9]}, "need three distinct criteria"),
        ({"resolution": 0}, "resolution: expected an integer ≥ 1"),
        ({"weights": [0, 0, 0, 1]}, "the three criteria have no weight"),
    ],
)
def test_errors(kwargs, match):
    args = {"weights": [0.25] * 4, "criteria": [0, 1, 2]} | kwargs
    with pytest.raises(ValidationError, match=match):
        ternary_map(np.eye(4) + 1, ["max"] * 4, **args)


def test_unknown_criterion():
    problem = mcda.load_problem(BIKES)
    with pytest.raises(ValidationError, match="criteria: unknown criterion 'price'"):
        ternary_problem(problem, ["cost", "price", "usefulness"])
