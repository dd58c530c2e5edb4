"""Sensitivity plots (mcda.plotting.sensitivity): content, not just that they run."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.collections import PolyCollection

import mcda
from mcda.formatting import format_share
from mcda.i18n import method_title
from mcda.plotting.sensitivity import (
    plot_agreement,
    plot_rank_acceptability,
    plot_sweep,
    plot_ternary,
    plot_tornado,
)
from mcda.sensitivity import (
    method_agreement,
    smaa_problem,
    stability_intervals,
    sweep_problem,
    ternary_problem,
)

BIKES = Path(__file__).resolve().parents[1] / "criteria" / "examples" / "bikes.toml"
CASE = Path(__file__).resolve().parents[1] / "criteria" / "klimanord"


@pytest.fixture(scope="module")
def problem():
    return mcda.load_problem(BIKES)


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def _labels(problem, lang):
    return {a.id: a.label.get(lang) for a in problem.alternatives} | {
        c.id: c.label.get(lang) for c in problem.criteria
    }


@pytest.mark.parametrize("lang", ["da", "en"])
def test_sweep_has_a_line_per_alternative_and_marks_reversals(problem, lang):
    sweeps = sweep_problem(problem, points=51)
    sweep = sweeps.sweep("cost")
    ax = plot_sweep(sweeps, "cost", labels=_labels(problem, lang), lang=lang)
    lines = ax.get_lines()
    assert len(lines) == len(sweeps.alternatives) + 1  # + the current-weight line
    assert len(ax.collections) == 1
    assert len(ax.collections[0].get_offsets()) == len(sweep.reversals) == 2
    texts = [text.get_text() for text in ax.get_legend().get_texts()]
    for alternative in sweeps.alternatives:
        assert problem.alternative(alternative).label.get(lang) in texts
    expected = {"da": "Vægt på Omkostning", "en": "Weight of Cost"}[lang]
    assert ax.get_xlabel() == expected
    assert ("Rangskifte" if lang == "da" else "Rank reversal") in texts


def test_tornado_has_two_bars_per_criterion_and_names_the_most_critical(problem):
    stability = stability_intervals(sweep_problem(problem))
    ax = plot_tornado(stability, labels=_labels(problem, "en"), lang="en")
    assert len(ax.patches) == 2 * len(stability.criteria)
    ticks = [label.get_text() for label in ax.get_yticklabels()]
    assert len(ticks) == len(stability.criteria)
    assert ticks[-1] == "Cost (most critical)"  # drawn last = top of the chart
    widths = sorted(round(p.get_width(), 9) for p in ax.patches)
    expected = sorted(
        round(high - low, 9)
        for c in stability.criteria
        for low, high in (c.top_interval, c.ranking_interval)
    )
    assert widths == expected


def test_rank_acceptability_stacks_to_one(problem):
    result = smaa_problem(problem, n_samples=2000, rng=0)
    ax = plot_rank_acceptability(result, labels=_labels(problem, "da"), lang="da")
    m = len(result.alternatives)
    assert len(ax.patches) == m * m
    widths = np.zeros(m)
    for patch in ax.patches:  # one row per alternative, file order from the top
        widths[m - 1 - round(patch.get_y() + patch.get_height() / 2)] += patch.get_width()
    np.testing.assert_allclose(widths, 1.0)
    first = [p.get_width() for p in ax.patches[:m]]  # rank 1, from the top row
    np.testing.assert_allclose(first, result.rank_acceptability[:, 0])
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        f"Rang {r}" for r in range(1, m + 1)
    ]
    assert [t.get_text() for t in ax.get_yticklabels()] == [  # set from the top row
        problem.alternative(a).label.da for a in result.alternatives
    ]
    assert ax.xaxis.get_major_formatter()(0.25) == "25\N{NO-BREAK SPACE}%"


def test_rank_acceptability_brackets_a_family_with_its_share():
    problem = mcda.load_problem(CASE / "ambition.toml").without_stated_requirements()
    result = smaa_problem(problem, n_samples=2000, rng=0)
    ax = plot_rank_acceptability(result, lang="en", problem=problem)
    share = format_share(result.family_first_rank["scenario_2_family"], "en", 0)
    notes = [t.get_text().replace("\n", " ") for t in ax.texts]
    assert f"Scenario 2: first in {share}" in notes
    ticks = [t.get_text() for t in ax.get_yticklabels()]  # from the top row
    chosen = ticks.index("Scenario 2, amended (T11)\N{NO-BREAK SPACE}★")
    assert ticks[chosen - 1] == "Scenario 2 (as tabled)"  # the family's members together
    assert ax.get_yticklabels()[chosen].get_fontweight() == "bold"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[-1] == "T11's choice"


def test_a_family_s_members_are_drawn_together():
    from mcda.plotting.sensitivity import _grouped

    families = {"f": ["b", "d"]}
    assert _grouped(["a", "b", "c", "d", "e"], families) == ["a", "b", "d", "c", "e"]
    assert _grouped(["d", "a", "b"], families) == ["d", "b", "a"]
    assert _grouped(["a", "c"], {}) == ["a", "c"]


def test_ternary_draws_every_cell_and_marks_the_current_weights(problem):
    result = ternary_problem(problem, ["cost", "fleet_size", "usefulness"], resolution=8)
    ax = plot_ternary(result, labels=_labels(problem, "en"), lang="en")
    (cells,) = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert len(cells.get_paths()) == 64
    winners = set(result.winners.tolist())
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert len(legend) == len(winners) + 1 and legend[-1] == "Current weights"
    corner_texts = {t.get_text() for t in ax.texts}
    assert {"Cost", "Number of bikes", "Usefulness to staff"} <= corner_texts


def test_agreement_heat_map_shows_the_correlations(problem):
    result = method_agreement(problem)
    ax = plot_agreement(result, lang="en")
    k = len(result.rankings)
    np.testing.assert_allclose(ax.images[0].get_array(), result.correlations)
    assert len(ax.texts) == k * k
    names = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert names == [f"{i + 1}  {method_title(m, 'en')}" for i, m in enumerate(result.methods)]
    assert [t.get_text() for t in ax.get_xticklabels()] == [str(i + 1) for i in range(k)]
