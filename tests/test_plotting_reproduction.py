"""Plots of the reproduction analysis (Agg backend, under tmp_path)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest
from reproduction_support import make_problem

from mcda.errors import ValidationError
from mcda.plotting.reproduction import plot_weight_ranges, plot_winning_slice
from mcda.reproduction import reproduce, winning_slice

MATRIX = [[6, 2, 3, 5], [2, 6, 2, 4], [3, 3, 6, 3]]


def test_weight_ranges_plot(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, MATRIX, ["max", "min", "max", "max"], recommend="a0")
    result = reproduce(problem, method="wsm", n_samples=1000, rng=1)
    ax = plot_weight_ranges(result, lang="en")
    assert len(ax.patches) == 4  # one bar per criterion
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Crit c0", "Crit c1", "Crit c2", "Crit c3"
    ]
    assert "Alt a0" in ax.get_title(loc="left")
    ax.figure.savefig(tmp_path / "ranges.png")
    plt.close("all")


def test_winning_slice_goes_through_the_closest_weights(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, MATRIX, ["max", "max", "max", "max"], recommend="a1")
    result = reproduce(problem, n_samples=1000, rng=1)
    region = winning_slice(result, resolution=20)
    np.testing.assert_allclose(region.base_weights, result.closest, atol=1e-12)
    assert region.alternatives[region.current_winner] == "a1"
    fig, ax = plt.subplots()
    assert plot_winning_slice(result, region, ax, lang="da") is ax
    assert "varierer" in ax.get_title(loc="left")
    fig.savefig(tmp_path / "slice.png")
    plt.close("all")


def test_winning_slice_needs_three_criteria(tmp_path: Path) -> None:
    problem = make_problem(tmp_path, [[4, 1], [1, 3]], ["max", "max"], recommend="a0")
    result = reproduce(problem, method="wsm", n_samples=200, rng=1)
    with pytest.raises(ValidationError, match="a ternary slice needs at least 3 criteria"):
        winning_slice(result)
