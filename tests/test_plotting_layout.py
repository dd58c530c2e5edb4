"""No text overlaps in any figure (issue 13, item 6).

Every figure function of :mod:`mcda.plotting` is drawn on the real Klima Nord case files
(anchored scales), in Danish and English, as the report renders it
(:func:`mcda.plotting.files.draw`, laid out once by :func:`~mcda.plotting.files.lay_out`,
Agg at 110 dpi). The rendered bounding box of every text that is actually drawn — tick
labels, axis labels, titles, legend entries, annotations — is collected, and the test
asserts that no two overlap (one pixel of tolerance), that none is cut off by the edge
of the figure, that no legend covers an axes' data area or another text, and that no
text holds a word of the other language (``tests/language_scan.py``, as the report's
scan). The tests at the end show that the check fails on figures made to overlap.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import matplotlib

matplotlib.use("Agg")

import pytest
from language_scan import foreign
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

import mcda
from mcda.ahp.group import group_ahp
from mcda.ahp.problem import set_result
from mcda.case import load_case
from mcda.errors import InconsistentJudgementsWarning
from mcda.plotting import ahp, ranking, reproduction, robustness, sensitivity
from mcda.plotting.files import draw, lay_out
from mcda.reproduction import reproduce, winning_slice
from mcda.robustness import robustness as robustness_analysis
from mcda.sensitivity import (
    method_agreement,
    smaa_problem,
    stability_intervals,
    sweep_problem,
    ternary_problem,
)

CASE = Path(__file__).resolve().parents[1] / "criteria" / "klimanord"
#: Pixels two boxes may share before they count as overlapping.
TOLERANCE = 1.0
DPI = 110

# -- the check ----------------------------------------------------------------------------


@contextmanager
def recording_texts() -> Iterator[list[Text]]:
    """While inside, every Text that draws itself (visible, non-empty, in a drawn parent)
    is appended to the yielded list."""
    drawn: list[Text] = []
    original = Text.draw

    def draw_and_record(self: Text, renderer: Any) -> None:
        original(self, renderer)
        if self.get_visible() and self.get_text().strip():
            drawn.append(self)

    with mock.patch.object(Text, "draw", draw_and_record):
        yield drawn


def _overlap(a: Any, b: Any) -> bool:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    return width > TOLERANCE and height > TOLERANCE


def _inside(box: Any, outer: Any) -> bool:
    return (
        box.x0 >= outer.x0 - TOLERANCE
        and box.y0 >= outer.y0 - TOLERANCE
        and box.x1 <= outer.x1 + TOLERANCE
        and box.y1 <= outer.y1 + TOLERANCE
    )


def layout_problems(figure: Figure, lang: str | None = None) -> list[str]:
    """What is wrong with ``figure``'s text layout as drawn, one line each (empty: fine);
    with ``lang``, also the words of the other language its texts hold."""
    canvas = FigureCanvasAgg(figure)
    with recording_texts() as drawn:
        canvas.draw()
    renderer = canvas.get_renderer()
    boxes = [(text, text.get_window_extent(renderer)) for text in drawn]
    problems = [
        f"{a.get_text()!r} overlaps {b.get_text()!r}"
        for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
        if _overlap(box_a, box_b)
    ]
    problems += [
        f"{text.get_text()!r} is cut off by the figure's edge"
        for text, box in boxes
        if not _inside(box, figure.bbox)
    ]
    legends = [a.get_legend() for a in figure.axes if a.get_legend() is not None]
    for legend in [*legends, *figure.legends]:
        area = legend.get_window_extent(renderer)
        own = {id(text) for text in [*legend.get_texts(), legend.get_title()]}
        problems += [
            f"the legend covers the data of the axes titled {axes.get_title(loc='left')!r}"
            for axes in figure.axes
            if axes.get_visible() and _overlap(area, axes.get_window_extent(renderer))
        ]
        problems += [
            f"the legend covers {text.get_text()!r}"
            for text, box in boxes
            if id(text) not in own and _overlap(area, box)
        ]
    if lang is not None:
        words = foreign(" ".join(text.get_text() for text in drawn), lang)
        problems += [f"words of the other language: {', '.join(words)}"] if words else []
    return problems


# -- the case's figures ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def case() -> dict[str, dict[str, Any]]:
    """Per decision of the Klima Nord case: the results the report plots."""
    out: dict[str, dict[str, Any]] = {}
    for problem in load_case(CASE):
        relaxed = problem.without_stated_requirements()
        sweeps = sweep_problem(problem)
        inputs: dict[str, Any] = {
            "problem": problem,
            "relaxed": relaxed,
            "ranking": mcda.rank(problem),
            "smaa": smaa_problem(problem, n_samples=2000, rng=1),
            "smaa_relaxed": smaa_problem(relaxed, n_samples=2000, rng=1),
            "sweeps": sweeps,
            "stability": stability_intervals(sweeps, problem.families),
            "robustness": robustness_analysis(problem, n_samples=500),
            "agreement": method_agreement(problem),
            "ternary": ternary_problem(problem, list(problem.criterion_ids[:3]), resolution=30),
            "reproduction": None,
        }
        if problem.recommendation is not None:
            result = reproduce(problem, n_samples=2000, rng=1)
            inputs["reproduction"] = result
            inputs["slice"] = winning_slice(result, resolution=30)
        out[problem.id.removeprefix("klimanord_")] = inputs
    return out


def _group(problem: mcda.Problem) -> Any:
    """Eleven directors' judgements over the decision's criteria (deterministic)."""
    items = list(problem.criterion_ids)
    scale = [1 / 3, 1 / 2, 1, 2, 3]
    members = {
        f"director_{m + 1}": {
            (items[i], items[j]): float(scale[(m + i * j) % 5])
            for i in range(len(items))
            for j in range(i + 1, len(items))
        }
        for m in range(11)
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InconsistentJudgementsWarning)
        return group_ahp(members, items=items)


def figures(inputs: dict[str, Any], lang: str) -> Iterator[tuple[str, Callable[[], Any]]]:
    """(name, draw) for every figure function on one decision's results."""
    problem, relaxed = inputs["problem"], inputs["relaxed"]
    labels = {c.id: c.label.get(lang) for c in problem.criteria}
    yield "scores", lambda: draw(ranking.plot_scores, inputs["ranking"], lang=lang)
    yield "contributions", lambda: draw(ranking.plot_contributions, problem, None, lang)
    yield (
        "contributions (all weight on one)",
        lambda: draw(ranking.plot_contributions, problem, [1.0] + [0.0] * (len(labels) - 1), lang),
    )
    yield (
        "rank acceptability",
        lambda: draw(
            sensitivity.plot_rank_acceptability, inputs["smaa"], lang=lang, problem=problem
        ),
    )
    yield (
        "rank acceptability without requirements",
        lambda: draw(
            sensitivity.plot_rank_acceptability, inputs["smaa_relaxed"], lang=lang, problem=relaxed
        ),
    )
    yield (
        "tornado",
        lambda: draw(sensitivity.plot_tornado, inputs["stability"], lang=lang, problem=problem),
    )
    longest = max(problem.criteria, key=lambda c: len(c.label.get(lang))).id
    for criterion in dict.fromkeys([inputs["stability"].most_critical or longest, longest]):
        yield (
            f"sweep {criterion}",
            lambda c=criterion: draw(
                sensitivity.plot_sweep, inputs["sweeps"], c, lang=lang, problem=problem
            ),
        )
    yield (
        "ternary",
        lambda: draw(sensitivity.plot_ternary, inputs["ternary"], lang=lang, problem=problem),
    )
    yield "agreement", lambda: draw(sensitivity.plot_agreement, inputs["agreement"], lang=lang)
    yield "robustness", lambda: draw(robustness.plot_robustness, inputs["robustness"], lang=lang)
    result = inputs["reproduction"]
    if result is not None:
        yield "weight ranges", lambda: draw(reproduction.plot_weight_ranges, result, lang=lang)
        yield (
            "winning slice",
            lambda: draw(reproduction.plot_winning_slice, result, inputs["slice"], lang=lang),
        )
    for judgements in problem.judgements:
        yield (
            f"AHP priorities {judgements.id}",
            lambda j=judgements.id: draw(
                ahp.plot_priorities, set_result(problem, j), labels=labels, lang=lang
            ),
        )
    yield (
        "AHP members",
        lambda: draw(ahp.plot_member_weights, _group(problem), labels=labels, lang=lang),
    )


DECISIONS = [path.stem for path in sorted(CASE.glob("*.toml"))]


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("decision", DECISIONS)
def test_no_text_overlaps_in_any_figure(case, decision, lang):
    found = {}
    for name, make in figures(case[decision], lang):
        figure = lay_out(make(), dpi=DPI)
        problems = layout_problems(figure, lang)
        if problems:
            found[name] = problems
    assert not found, "\n".join(f"{name}: {'; '.join(p)}" for name, p in found.items())


# -- the check bites ------------------------------------------------------------------------


def _figure(size: tuple[float, float] = (4.0, 3.0)) -> tuple[Figure, Any]:
    figure = Figure(figsize=size, dpi=DPI, layout="constrained")
    return figure, figure.subplots()


def test_the_check_sees_every_text_of_a_figure(case):
    """The recorder sees what is drawn: title, axis label, tick labels, legend entries."""
    problem = case["ambition"]["problem"]
    figure = lay_out(draw(ranking.plot_contributions, problem, None, "en"), dpi=DPI)
    with recording_texts() as drawn:
        FigureCanvasAgg(figure).draw()
    texts = {text.get_text() for text in drawn}
    ax = figure.axes[0]
    assert ax.get_title(loc="left") in texts and ax.get_xlabel() in texts
    assert {label.get_text() for label in ax.get_yticklabels()} <= texts
    assert {entry.get_text() for entry in ax.get_legend().get_texts()} <= texts
    assert "0.0" in texts and "1.0" in texts  # the x ticks at both ends


def test_a_clean_figure_passes():
    figure, ax = _figure()
    ax.bar(["a", "b"], [1, 2], label="bars")
    ax.set_title("Title")
    ax.set_xlabel("x")
    ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0))
    assert layout_problems(lay_out(figure, dpi=DPI)) == []


def test_it_finds_overlapping_tick_labels():
    """The physical-anchoring chart of issue 13: long names under narrow bars."""
    figure, ax = _figure((7.0, 4.2))
    names = ["BRN + KKR (as today)", "Purely inter-municipal, a new political body",
             "KKR alone politically, management in North Jutland"]  # fmt: skip
    ax.bar(range(3), [0.9, 0.1, 0.3])
    ax.set_xticks(range(3), names)
    problems = layout_problems(lay_out(figure, dpi=DPI))
    assert any("overlaps" in p and "KKR alone politically" in p for p in problems), problems


def test_it_finds_a_text_on_a_text():
    figure, ax = _figure()
    ax.plot([0, 1], [0, 1])
    ax.text(0.5, 0.5, "first note")
    ax.text(0.52, 0.5, "second note")
    assert layout_problems(lay_out(figure, dpi=DPI)) == ["'first note' overlaps 'second note'"]


def test_it_finds_a_legend_over_the_data():
    figure, ax = _figure()
    ax.plot([0, 1], [0, 1], label="a line")
    ax.legend(loc="center")
    problems = layout_problems(lay_out(figure, dpi=DPI))
    assert any(p.startswith("the legend covers the data") for p in problems), problems


def test_it_finds_a_legend_over_a_label():
    figure = Figure(figsize=(4.0, 3.0), dpi=DPI)  # no layout engine to make room
    ax = figure.subplots()
    ax.plot([0, 1], [0, 1], label="a line")
    ax.set_xlabel("weight")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.05))
    problems = layout_problems(figure)
    assert "the legend covers 'weight'" in problems, problems


def test_it_finds_a_text_cut_off_by_the_edge():
    figure = Figure(figsize=(4.0, 3.0), dpi=DPI)
    ax = figure.subplots()
    ax.set_title("a title far too long to fit on a figure only four inches wide", loc="left")
    assert layout_problems(figure) == [
        "'a title far too long to fit on a figure only four inches wide' is cut off by the "
        "figure's edge"
    ]


def test_it_finds_a_word_of_the_other_language():
    figure, ax = _figure()
    ax.set_xlabel("Vægt")
    ax.set_title("Share of samples")
    problems = layout_problems(lay_out(figure, dpi=DPI), "da")
    assert problems == ["words of the other language: share, of"]


def test_it_ignores_texts_that_are_not_drawn():
    figure, ax = _figure()
    ax.text(0.5, 0.5, "hidden", visible=False)
    ax.text(0.5, 0.5, "shown")
    ax.set_xticks([0.0, 0.5, 1.0])
    ax.set_xlim(0.2, 0.8)  # the ticks at 0 and 1 are not drawn
    assert layout_problems(lay_out(figure, dpi=DPI)) == []
