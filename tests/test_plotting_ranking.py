"""mcda.plotting.ranking: the score bars and the contribution bars, by their content."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest

import mcda
from mcda.errors import ValidationError
from mcda.plotting.files import draw
from mcda.plotting.ranking import plot_contributions, plot_scores
from mcda.plotting.style import LEGEND_WIDTH, criterion_palette, decision_palette, wrap

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "criteria" / "klimanord"
NBSP = "\N{NO-BREAK SPACE}"


@pytest.fixture(scope="module")
def ambition():
    return mcda.load_problem(CASE / "ambition.toml")


def _rows(ax, m):
    """The bar segments of each row (top row first), in drawing order."""
    rows = [[] for _ in range(m)]
    for patch in ax.patches:
        rows[m - 1 - round(patch.get_y() + patch.get_height() / 2)].append(patch)
    return rows


def test_contributions_add_up_to_the_weighted_sum_on_anchored_scales(ambition):
    """A bar's length is the additive value: the engine's anchored weighted sum
    (mcda.methods, a separate implementation) for every eligible alternative."""
    ax = draw(plot_contributions, ambition, None, "en").axes[0]
    ids = [a for a in ambition.alternative_ids if len(ambition.scores[a]) == 5]
    rows = _rows(ax, len(ids))
    totals = {a: sum(p.get_width() for p in row) for a, row in zip(ids, rows, strict=True)}
    relaxed = ambition.without_stated_requirements()  # every alternative ranked
    ranked = mcda.rank(relaxed, method="weighted_sum_anchored")
    assert len(ranked.alternatives) == len(ids) == 5
    for alternative, score in zip(ranked.alternatives, ranked.scores, strict=True):
        assert totals[alternative] == pytest.approx(float(score))
    assert "0.63" in {text.get_text().strip() for text in ax.texts}  # a total, in English


def test_a_segment_is_the_weight_at_the_best_anchor_and_zero_at_the_worst(ambition):
    """By hand: scenario 4 has the top staffing level (v = 1), scenario 1 the bottom
    one (v = 0) and the best capture level (the lowest; v = 1); with weights
    0.4/0.1/0.1/0.1/0.3 the segments are 0.4, 0 and 0.3 wide."""
    low, high = ambition.criterion("staffing").anchors
    assert ambition.scores["scenario_4"]["staffing"].value() == high
    assert ambition.scores["scenario_1"]["staffing"].value() == low
    best = min(ambition.criterion("task_capture").anchors)  # a criterion to minimise
    assert ambition.scores["scenario_1"]["task_capture"].value() == best
    weights = {"staffing": 4, "cost": 1, "regional_focus": 1, "municipal_sparring": 1,
               "task_capture": 3}  # fmt: skip
    ax = draw(plot_contributions, ambition, weights, "da").axes[0]
    rows = _rows(ax, 5)
    ids = ambition.alternative_ids
    widths = {a: dict(zip(ambition.criterion_ids, (p.get_width() for p in rows[ids.index(a)]),
                          strict=True)) for a in ("scenario_1", "scenario_4")}  # fmt: skip
    assert widths["scenario_4"]["staffing"] == pytest.approx(0.4)
    assert widths["scenario_1"]["staffing"] == pytest.approx(0.0)
    assert widths["scenario_1"]["task_capture"] == pytest.approx(0.3)


def test_contributions_colour_criteria_mark_the_choice_and_speak_danish(ambition):
    ax = draw(plot_contributions, ambition, None, "da").axes[0]
    colours = criterion_palette(ambition)
    first_row = _rows(ax, 5)[0]
    assert [matplotlib.colors.to_hex(p.get_facecolor()).upper() for p in first_row] == list(
        colours.values()
    )
    ticks = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert ticks[0] == "Scenarie 1 (frasorteret)"  # screened out: shown, and said so
    assert f"Scenarie 2, tilpasset (T11){NBSP}★" in ticks
    assert ax.get_xlabel() == "Vægtet værdi (0–1)"
    assert ax.xaxis.get_major_formatter()(0.5) == "0,5"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [wrap(c.label.da, LEGEND_WIDTH) for c in ambition.criteria] + ["T11's valg"]


def test_contributions_of_chosen_alternatives_with_normalised_weights(ambition):
    chosen = ["scenario_4", "scenario_2"]
    ax = draw(plot_contributions, ambition, [2, 2, 2, 2, 2], "en", alternatives=chosen).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Scenario 4 (screened out)", "Scenario 2 (as tabled)"
    ]  # fmt: skip
    widths = [p.get_width() for p in _rows(ax, 2)[0]]
    np.testing.assert_allclose(widths, 0.2 * ambition.values(["scenario_4"])[0])


def test_contributions_need_anchored_scales():
    frame = pd.DataFrame({"price": [1.0, 2.0], "range": [3.0, 1.0]}, index=["x", "y"])
    problem = mcda.Problem.from_frame(frame, ["min", "max"])
    with pytest.raises(ValidationError, match=r"criteria\.price\.bounds: missing"):
        draw(plot_contributions, problem, None, "en")


def test_scores_best_first_in_the_alternatives_colours(ambition):
    result = mcda.rank(ambition)
    ax = draw(plot_scores, result, lang="da").axes[0]
    order = sorted(range(len(result.alternatives)), key=lambda i: result.ranks[i])
    names = [t.get_text().split(NBSP)[0].replace("\n", " ") for t in ax.get_yticklabels()]
    assert names == [ambition.alternative(result.alternatives[i]).label.da for i in order]
    palette = decision_palette(ambition)
    assert [matplotlib.colors.to_hex(p.get_facecolor()).upper() for p in ax.patches] == [
        palette[result.alternatives[i]] for i in order
    ]
    values = sorted((float(s) for s in result.scores), reverse=True)
    assert [t.get_text().strip() for t in ax.texts] == [
        f"{v:.2f}".replace(".", ",") for v in values
    ]
    assert ax.get_xlabel() == "Score efter TOPSIS (forankrede skalaer), højere er bedre"
