"""mcda.widgets.weights: the what-if sliders in a notebook, driven without a display.

The widget is built, its sliders moved programmatically (as the front end would set
``value``), and the ranking it shows is checked against mcda.rank. Skips without
ipywidgets only outside CI (CI installs the [test] extra, which has it).
"""

from __future__ import annotations

import os
import re

import numpy as np
import pytest

import mcda

if os.environ.get("CI") != "true":
    pytest.importorskip("ipywidgets")

from mcda.widgets import WeightsWidget, weights

AMBITION = "criteria/klimanord/ambition.toml"


@pytest.fixture
def problem():
    from pathlib import Path

    return mcda.load_problem(Path(__file__).resolve().parent.parent / AMBITION)


def _shown_order(widget: WeightsWidget) -> list[str]:
    """The alternatives' labels in the order the ranking table shows them."""
    cells = re.findall(r"<tr><td>\d+</td><td>([^<]+)", widget.output.value)
    return [c.strip() for c in cells]


def _expected_order(problem, w, method="topsis", requirements=True) -> list[str]:
    view = problem if requirements else problem.without_stated_requirements()
    result = mcda.rank(view, w, method=method)
    order = np.argsort(result.ranks, kind="stable")
    return [problem.alternative(result.alternatives[i]).label.da for i in order]


def test_moving_a_slider_updates_weights_and_ranking(problem) -> None:
    widget = weights(problem)
    assert _shown_order(widget) == _expected_order(problem, problem.weights())
    widget.sliders[1].value = 0.6  # cost, as the front end sets it
    w = widget.weights
    assert w[1] == pytest.approx(0.6)
    assert w.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(w[[0, 2, 3, 4]], 0.1)  # the others keep their proportions
    assert [s.value for s in widget.sliders] == pytest.approx(list(w))
    assert _shown_order(widget) == _expected_order(problem, w)
    ranking = mcda.rank(problem, w)
    first = problem.alternative(ranking.best[0]).label.da
    assert widget.output.value.startswith(f"<p>Med disse vægte kommer {first} først.")


def test_a_locked_weight_stays_and_its_slider_is_disabled(problem) -> None:
    widget = weights(problem, lang="en")
    widget.set_weights([0.3, 0.1, 0.2, 0.2, 0.2])
    widget.locks[0].value = True
    assert widget.sliders[0].disabled
    widget.sliders[2].value = 0.5
    w = widget.weights
    assert w[0] == pytest.approx(0.3) and w[2] == pytest.approx(0.5)
    assert w.sum() == pytest.approx(1.0)
    assert "With these weights" in widget.output.value


def test_method_requirements_and_presets(problem) -> None:
    widget = weights(problem)
    widget.set_weights([0.1, 0.1, 0.5, 0.2, 0.1])
    widget.method.value = "weighted_sum"
    assert widget.ranking.method == "weighted_sum_anchored"
    assert _shown_order(widget) == _expected_order(problem, widget.weights, "weighted_sum")
    widget.requirements.value = False
    assert set(widget.ranking.alternatives) == set(
        problem.without_stated_requirements().eligible_ids
    )
    assert _shown_order(widget) == _expected_order(problem, widget.weights, "weighted_sum", False)
    stated = next(k for k in widget.preset.options if "udtalte" in k)
    widget.preset.value = stated
    widget.box.children[1].children[1].click()  # the Show button beside the presets
    from mcda.ahp.problem import criteria_weights

    np.testing.assert_allclose(widget.weights, criteria_weights(problem, "t11_stated"))


def test_nearest_winning_weights_make_the_choice_win(problem) -> None:
    widget = weights(problem)
    widget.set_weights([0.05, 0.05, 0.7, 0.1, 0.1])  # regional focus heavy: Scenario 2 as tabled
    assert widget.ranking.best != ("scenario_2_amended",)
    widget.nearest.click()
    assert widget.ranking.best == ("scenario_2_amended",)
    assert "De nærmeste vægte, hvor valget vinder" in widget.output.value


def test_an_analysis_adds_the_central_weights(problem) -> None:
    from mcda.analysis import analyse

    analysis = analyse(problem, n_samples=500, rng=3, robustness_samples=0)
    widget = weights(analysis, lang="en")
    central = next(k for k in widget.preset.options if k.startswith("Central weights"))
    widget.preset.value = central
    widget.box.children[1].children[1].click()
    smaa = analysis.with_requirements.smaa
    row = smaa.central_weights[smaa.alternatives.index("scenario_2_amended")]
    np.testing.assert_allclose(widget.weights, row / row.sum())


def test_bad_method_is_an_error(problem) -> None:
    with pytest.raises(mcda.ValidationError, match="method: 'vikor'"):
        weights(problem, method="vikor")


def test_reachable_from_import_mcda() -> None:
    assert mcda.widgets.weights is weights
