"""Plots of the reproduction analysis: the winning region on a ternary slice and the
per-criterion weight ranges. Nothing is computed here: the numbers come from
:mod:`mcda.reproduction` (``ternary_slice``, ``reproduce``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from mcda.formatting import format_number
from mcda.i18n import t
from mcda.model import Lang
from mcda.plotting.style import (
    FONT,
    GREY,
    LEGEND_WIDTH,
    WIDE_TITLE_WIDTH,
    DecisionStyle,
    legend_outside,
    new_axes,
    number_formatter,
    scatter_weights,
    set_title,
    style_axes,
    wrap,
)
from mcda.reproduction.analysis import Reproduction

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from mcda.sensitivity.ternary import TernaryMap

__all__ = ["plot_weight_ranges", "plot_winning_slice"]


def _found(result: Reproduction) -> str:
    """The kind of the weights the analysis found (see ``WEIGHT_MARKERS``)."""
    return "closest" if result.closest is not None else "attempt"


def _target_name(result: Reproduction, style: DecisionStyle) -> str:
    """The target's name, "(target)" added when it is not the stated choice."""
    name = style.name(result.target)
    return name if result.target == style.choice else t("plot_target", style.lang, name=name)


def _found_label(result: Reproduction, style: DecisionStyle) -> str:
    key = "plot_closest_for" if result.closest is not None else "plot_attempt_for"
    return t(key, style.lang, target=style.name(result.target))


def plot_winning_slice(
    result: Reproduction, region: TernaryMap, ax: Axes | None = None, *, lang: Lang = "da"
) -> Axes:
    """The ternary slice through the found weights (from
    :func:`mcda.reproduction.winning_slice`), drawn by
    :func:`mcda.plotting.sensitivity.plot_ternary` with the found weights marked as the
    weight ranges plot marks them, titled with the three criteria."""
    from mcda.plotting.sensitivity import plot_ternary

    problem = result.problem
    style = DecisionStyle.of(problem, lang)
    ax = plot_ternary(
        region, labels={result.target: _target_name(result, style)}, lang=lang, ax=ax,
        problem=problem, point=_found(result), point_label=_found_label(result, style),
    )  # fmt: skip
    share = float(region.base_weights[list(region.criterion_indices)].sum())
    note = t("plot_slice_note", lang, mass=format_number(share, lang, 2))
    set_title(ax, f"{t('plot_slice_title', lang)}\n{note}", WIDE_TITLE_WIDTH)
    return ax


def _reference_label(result: Reproduction, lang: Lang) -> str | None:
    """The reference weights' name: ``None`` (the one name of the current weights) when
    they are the problem's default weights, else "Reference: …"."""
    from mcda.reproduction.sentences import _reference_name

    default = result.problem.weights()
    if np.allclose(result.reference, default / default.sum()):
        return None
    return t("plot_reference_weights", lang, name=_reference_name(result.reference_name, lang))


def plot_weight_ranges(result: Reproduction, ax: Axes | None = None, *, lang: Lang = "da") -> Axes:
    """Horizontal bars: each criterion's weight range inside the winning region, with
    the reference weights (◇), the closest winning weights (●, or the closest attempt
    ○ when the target never wins) and the central weights (✕). Returns the Axes."""
    problem = result.problem
    style = DecisionStyle.of(problem, lang)
    n = len(problem.criteria)
    if ax is None:
        ax = new_axes((7.0, 0.55 * n + 1.7))
    rows = np.arange(n)[::-1]
    for row, item in zip(rows, result.weight_ranges, strict=False):
        ax.barh(row, item.high - item.low, left=item.low, height=0.5, color=GREY, alpha=0.6)
    # each vector a little above or below the bar's middle, so equal weights stay visible
    reference_label = _reference_label(result, lang)
    scatter_weights(ax, "current", result.reference, rows + 0.16, lang, label=reference_label)
    found = result.closest if result.closest is not None else result.attempt
    if found is not None:
        scatter_weights(ax, _found(result), found, rows, lang, label=_found_label(result, style))
    if result.central_weights is not None:
        scatter_weights(ax, "central", result.central_weights, rows - 0.16, lang)
    ax.set_yticks(rows, [wrap(c.label.get(lang)) for c in problem.criteria])
    ax.set_ylim(-0.6, n - 0.4)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(number_formatter(lang, 1))
    ax.set_xlabel(t("weight", lang), fontsize=FONT["label"])
    set_title(ax, t("repro_ranges_title", lang, target=style.label(result.target, width=None)))
    style_axes(ax, grid="x")
    handles, texts = ax.get_legend_handles_labels()
    for handle, text in zip(handles, texts, strict=True):
        handle.set_label(wrap(text, LEGEND_WIDTH))
    legend_outside(ax, [*handles, *style.choice_entry()], where="right")
    return ax
