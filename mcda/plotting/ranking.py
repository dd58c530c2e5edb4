"""Bar charts of one ranking: the scores, and what each criterion contributes.

Colours, the choice's ★ and the number format come from :mod:`mcda.plotting.style`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from mcda.formatting import format_number
from mcda.i18n import method_title, t
from mcda.model import Lang, Problem
from mcda.plotting.style import (
    FONT,
    LEGEND_WIDTH,
    DecisionStyle,
    criterion_palette,
    legend_outside,
    narrowest_segment,
    new_axes,
    number_formatter,
    set_title,
    style_axes,
    text_colour,
    wrap,
)
from mcda.ranking import RankingResult

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_contributions", "plot_scores"]

#: Bar thickness (share of a row).
BAR = 0.62


def _row_height(count: int) -> float:
    """Figure height in inches for ``count`` rows of two-line labels."""
    return 0.5 * count + 1.5


def plot_scores(result: RankingResult, *, lang: Lang = "da", ax: Any = None) -> Axes:
    """Horizontal bars of the scores, best at the top, each in its alternative's colour;
    the decision maker's choice in bold with a ★. Screened-out alternatives are not
    drawn (they have no score). Returns the Axes."""
    problem = result.problem
    style = DecisionStyle.of(problem, lang)
    m = len(result.alternatives)
    if ax is None:
        ax = new_axes((7.0, _row_height(m) + 0.3))
    order = sorted(range(m), key=lambda i: (result.ranks[i], i))
    ids = [result.alternatives[i] for i in order]
    values = np.array([float(result.scores[i]) for i in order])
    rows = np.arange(m)[::-1]  # the best at the top
    ax.barh(rows, values, height=BAR, color=[style.colour(a) for a in ids])
    for row, value in zip(rows, values, strict=True):
        ax.text(
            value, row, f" {format_number(value, lang, 2)} ", ha="left" if value >= 0 else "right",
            va="center", fontsize=FONT["value"],
        )  # fmt: skip
    ax.set_yticks(rows, [style.label(a) for a in ids])
    style.mark(ax.get_yticklabels(), ids)
    ax.set_ylim(-0.6, m - 0.4)
    direction = t("higher_is_better" if result.higher_is_better else "lower_is_better", lang)
    ax.set_xlabel(
        t("plot_score_axis", lang, method=method_title(result.method, lang), direction=direction),
        fontsize=FONT["label"],
    )
    if values.size and values.min() >= 0 and values.max() <= 1:
        ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(number_formatter(lang, 1))
    style_axes(ax, grid="x")
    if style.choice_entry():
        legend_outside(ax, style.choice_entry(), where="below")
    return ax


def plot_contributions(
    problem: Problem,
    weights: Any = None,
    lang: Lang = "da",
    ax: Any = None,
    alternatives: Sequence[str] | None = None,
) -> Axes:
    """Horizontal stacked bars, one per alternative (file order from the top): each
    criterion's weighted value w_j · v_j(x) on the anchored value scales, so a bar's
    length is the alternative's additive value (the weighted sum on anchored scales).

    ``weights``: a profile name, ``{criterion: weight}``, a vector or ``None`` (the
    problem's default profile), normalised to sum to 1. ``alternatives``: which to
    show (default: every alternative with scores, screened-out ones marked). The
    problem needs anchored scales (:meth:`Problem.values`). Returns the Axes.
    """
    from mcda.weight_sources import resolve_weights

    style = DecisionStyle.of(problem, lang)
    if alternatives is None:
        full = len(problem.criteria)
        ids = [a for a in problem.alternative_ids if len(problem.scores.get(a, {})) == full]
    else:
        ids = list(alternatives)
    vector = resolve_weights(problem, weights)
    parts = problem.values(ids) * vector[None, :]  # (m, n) weighted values
    m = len(ids)
    if ax is None:
        ax = new_axes((7.0, _row_height(m) + 0.25 * len(problem.criteria) + 0.4))
    rows = np.arange(m)[::-1]  # file order from the top
    colours = criterion_palette(problem)
    narrowest = narrowest_segment(ax, 4)  # holds "0,12"
    left = np.zeros(m)
    for j, criterion in enumerate(problem.criteria):
        colour = colours[criterion.id]
        widths = parts[:, j]
        ax.barh(
            rows, widths, left=left, height=BAR, color=colour, edgecolor="white",
            linewidth=0.8, label=wrap(criterion.label.get(lang), LEGEND_WIDTH),
        )  # fmt: skip
        for row, start, width in zip(rows, left, widths, strict=True):
            if width >= narrowest:
                ax.text(
                    start + width / 2, row, format_number(width, lang, 2), ha="center",
                    va="center", fontsize=FONT["value"], color=text_colour(colour),
                )  # fmt: skip
        left = left + widths
    for row, total in zip(rows, left, strict=True):
        ax.text(
            total, row, f"  {format_number(total, lang, 2)}", ha="left", va="center",
            fontsize=FONT["value"] + 0.5, fontweight="bold",
        )  # fmt: skip
    names = []
    for alternative in ids:
        name = style.label(alternative, width=None)
        if alternative in style.screened:
            name = t("plot_screened", lang, name=name)
        names.append(wrap(name))
    ax.set_yticks(rows, names)
    style.mark(ax.get_yticklabels(), ids)
    ax.set_ylim(-0.6, m - 0.4)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(number_formatter(lang, 1))
    ax.set_xlabel(t("plot_contributions_axis", lang), fontsize=FONT["label"])
    set_title(ax, t("plot_contributions_title", lang))
    style_axes(ax, grid="x")
    handles, _ = ax.get_legend_handles_labels()
    legend_outside(ax, [*handles, *style.choice_entry()], where="below", ncol=2)
    return ax
