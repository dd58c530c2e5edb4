"""Sensitivity plots: sweeps, tornado of stability intervals, rank acceptability,
ternary winner map and method agreement heat map.

Each function takes a result from :mod:`mcda.sensitivity`, an optional ``ax`` (a new
figure otherwise), ``lang`` for the texts (from :mod:`mcda.i18n`) and, optionally, the
``problem`` the result is of: with it, every alternative has its colour of the decision
(:func:`mcda.plotting.style.decision_palette`), the decision maker's choice its ★, and
families their names; ``labels`` (ids to display names) override the names. Each
returns the Axes and computes nothing beyond the layout.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from mcda.formatting import format_number, format_share
from mcda.i18n import TRANSLATIONS, method_title, t
from mcda.model import Lang, Problem
from mcda.plotting.style import (
    FONT,
    INK,
    LEGEND_WIDTH,
    LIGHT_GREY,
    WIDE_TITLE_WIDTH,
    DecisionStyle,
    legend_outside,
    narrowest_segment,
    new_axes,
    number_formatter,
    percent_formatter,
    rank_colours,
    scatter_weights,
    set_title,
    style_axes,
    text_colour,
    weight_handle,
    wrap,
)
from mcda.sensitivity.agreement import AgreementResult
from mcda.sensitivity.smaa import SmaaResult
from mcda.sensitivity.stability import StabilityResult
from mcda.sensitivity.sweeps import SweepResult
from mcda.sensitivity.ternary import TIE, TernaryMap

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "plot_agreement",
    "plot_rank_acceptability",
    "plot_sweep",
    "plot_ternary",
    "plot_tornado",
]

#: The nested stability intervals, widest (lightest) first: family, top, whole ranking.
FAMILY_BAR = "#E4E4E4"
TOP_BAR = "#A8A8A8"
RANKING_BAR = "#4D4D4D"


def plot_sweep(
    result: SweepResult,
    criterion: str | int,
    *,
    labels: Mapping[str, str] | None = None,
    lang: Lang = "da",
    ax: Any = None,
    problem: Problem | None = None,
) -> Axes:
    """Scores of every alternative as one criterion's weight runs from 0 to 1 (the
    others keep their proportions).

    One line per alternative in its colour (the choice thicker, its ★ at the current
    weights), an open circle at each rank reversal, a dashed line at the current
    weights; the legend to the right. Returns the Axes.
    """
    style = DecisionStyle.of(problem, lang, labels=labels, alternatives=result.alternatives)
    sweep = result.sweep(criterion)
    if ax is None:
        ax = new_axes((7.0, 4.0))
    for i, alternative in enumerate(result.alternatives):
        chosen = alternative == style.choice
        ax.plot(
            sweep.grid, sweep.scores[:, i], color=style.colour(alternative),
            linewidth=2.8 if chosen else 1.8, label=style.label(alternative, LEGEND_WIDTH),
            zorder=3 if chosen else 2,
        )  # fmt: skip
        if chosen:  # its ★ where the current weights put it
            at = float(np.interp(sweep.base_weight, sweep.grid, sweep.scores[:, i]))
            ax.plot([sweep.base_weight], [at], marker="*", markersize=14, color=INK,
                    markeredgecolor="white", linestyle="", zorder=5)  # fmt: skip
    if sweep.reversals:
        xs = [r.weight for r in sweep.reversals]
        ys = [  # on the drawn (grid) line, at the exact reversal weight
            float(np.interp(r.weight, sweep.grid, sweep.scores[:, r.ahead_below]))
            for r in sweep.reversals
        ]
        ax.scatter(
            xs, ys, marker="o", s=55, facecolors="none", edgecolors=INK, linewidths=1.3,
            zorder=4, label=t("sens_reversal", lang),
        )  # fmt: skip
    ax.axvline(
        sweep.base_weight, color=INK, linestyle="--", linewidth=1,
        label=t("sens_current_weights", lang),
    )  # fmt: skip
    name = style.name(result.criteria[sweep.criterion])
    ax.set_xlabel(
        wrap(t("sens_weight_of", lang, criterion=name), WIDE_TITLE_WIDTH), fontsize=FONT["label"]
    )
    direction = t("higher_is_better" if result.higher_is_better else "lower_is_better", lang)
    method = method_title(result.method, lang)
    score = t("plot_score_axis", lang, method=method, direction=direction)
    ax.set_ylabel(wrap(score, 40), fontsize=FONT["label"])
    set_title(ax, t("sens_sweep_title", lang, criterion=name), WIDE_TITLE_WIDTH)
    ax.set_xlim(0.0, 1.0)
    ax.xaxis.set_major_formatter(number_formatter(lang, 1))
    ax.yaxis.set_major_formatter(number_formatter(lang, 2))
    style_axes(ax, grid="y")
    handles, _ = ax.get_legend_handles_labels()
    legend = legend_outside(ax, [*handles, *style.choice_entry()], where="right")
    count = len(result.alternatives)
    style.mark(legend.get_texts()[:count], list(result.alternatives))
    return ax


def plot_tornado(
    result: StabilityResult,
    *,
    labels: Mapping[str, str] | None = None,
    lang: Lang = "da",
    ax: Any = None,
    problem: Problem | None = None,
) -> Axes:
    """Tornado of stability intervals: per criterion, the weights keeping the leader's
    family first (widest, lightest bar, when the leader is in a family), the leader
    first, and the whole ranking (narrowest, darkest); the current weights as a ◇; the
    most critical criterion at the top. Returns the Axes.
    """
    style = DecisionStyle.of(problem, lang, labels=labels)
    n = len(result.criteria)
    if ax is None:
        ax = new_axes((7.0, 0.55 * n + 1.7))
    order = sorted(
        range(n),
        key=lambda i: (-result.criteria[i].relative_top_change, -result.criteria[i].top_change),
    )
    leaders = ", ".join(style.label(a, width=None) for a in result.top)
    names = []
    for position, index in enumerate(order):
        c = result.criteria[index]
        first = position == 0
        if c.family_interval is not None:
            low, high = c.family_interval
            family = f"{t('plot_same_family', lang)}: {style.name(result.family or '')}"
            ax.barh(position, high - low, left=low, height=0.7, color=FAMILY_BAR,
                    label=family if first else None)  # fmt: skip
        low, high = c.top_interval
        ax.barh(position, high - low, left=low, height=0.5, color=TOP_BAR,
                label=f"{t('sens_same_top', lang)}: {leaders}" if first else None)  # fmt: skip
        low, high = c.ranking_interval
        ax.barh(position, high - low, left=low, height=0.2, color=RANKING_BAR,
                label=t("sens_same_ranking", lang) if first else None)  # fmt: skip
        name = style.name(c.criterion)
        if c.criterion == result.most_critical:
            name = f"{name} ({t('sens_most_critical', lang)})"
        names.append(wrap(name))
    weights = [result.criteria[i].weight for i in order]
    current = scatter_weights(ax, "current", weights, range(n), lang)
    ax.set_yticks(range(n), names)
    ax.set_ylim(-0.6, n - 0.4)
    ax.set_xlim(0.0, 1.0)
    ax.xaxis.set_major_formatter(number_formatter(lang, 1))
    ax.set_xlabel(t("weight", lang), fontsize=FONT["label"])
    set_title(ax, t("sens_stability_title", lang))
    style_axes(ax, grid="x")
    handles, _ = ax.get_legend_handles_labels()
    bars = [handle for handle in handles if handle is not current]  # the marker goes last
    for bar in bars:
        bar.set_label(wrap(bar.get_label(), LEGEND_WIDTH))
    legend_outside(ax, [*bars, current], where="right")
    return ax


def _grouped(alternatives: Sequence[str], families: Mapping[str, Sequence[str]]) -> list[str]:
    """``alternatives`` in their order, each family's members moved up to its first."""
    order: list[str] = []
    for alternative in alternatives:
        if alternative in order:
            continue
        family = next((m for m in families.values() if alternative in m), (alternative,))
        order += [a for a in alternatives if a in family and a not in order]
    return order


def plot_rank_acceptability(
    result: SmaaResult,
    *,
    labels: Mapping[str, str] | None = None,
    lang: Lang = "da",
    ax: Any = None,
    problem: Problem | None = None,
) -> Axes:
    """Horizontal stacked bars: per alternative (a row, file order from the top), its
    acceptability for rank 1, 2, … in a grey ramp (rank 1 darkest), each share written
    in its segment. A family's members sit together, bracketed on the right with the
    family's share (the probability that some member ranks first). Returns the Axes.
    """
    style = DecisionStyle.of(problem, lang, labels=labels, alternatives=result.alternatives)
    m = len(result.alternatives)
    families = {
        family: [a for a in members if a in result.alternatives]
        for family, members in result.families.items()
    }
    families = {family: members for family, members in families.items() if len(members) >= 2}
    order = _grouped(result.alternatives, families)
    index = [result.alternatives.index(a) for a in order]
    if ax is None:
        ax = new_axes((7.0, 0.5 * m + 2.1))
    rows = np.arange(m)[::-1]
    colours = rank_colours(m)
    narrowest = narrowest_segment(ax, 4)  # holds "10 %"
    left = np.zeros(m)
    for r in range(m):
        widths = result.rank_acceptability[index, r]
        ax.barh(rows, widths, left=left, height=0.62, color=colours[r], edgecolor="white",
                linewidth=0.6, label=t("sens_rank_n", lang, rank=str(r + 1)))  # fmt: skip
        for row, start, width in zip(rows, left, widths, strict=True):
            if width >= narrowest:
                ax.text(
                    start + width / 2, row, format_share(width, lang, 0), ha="center",
                    va="center", fontsize=FONT["value"], color=text_colour(colours[r]),
                )  # fmt: skip
        left = left + widths
    ax.set_yticks(rows, [style.label(a) for a in order])
    style.mark(ax.get_yticklabels(), order)
    shares = result.family_first_rank
    bracket = ax.get_yaxis_transform()  # x in axes fractions, y in rows
    for family, members in families.items():
        spots = [rows[order.index(a)] for a in members]
        top, bottom = max(spots) + 0.3, min(spots) - 0.3
        ax.plot([1.02, 1.035, 1.035, 1.02], [top, top, bottom, bottom], color=INK,
                linewidth=1.0, transform=bracket, clip_on=False)  # fmt: skip
        text = t("plot_family_first", lang, family=style.name(family),
                 share=format_share(shares[family], lang, 0))  # fmt: skip
        ax.text(1.05, (top + bottom) / 2, wrap(text, 18), transform=bracket, ha="left",
                va="center", fontsize=FONT["legend"])  # fmt: skip
    ax.set_ylim(-0.6, m - 0.4)
    ax.set_xlim(0.0, 1.0)
    ax.xaxis.set_major_formatter(percent_formatter(lang))
    ax.set_xlabel(t("sens_share_of_samples", lang), fontsize=FONT["label"])
    samples = t("sens_samples", lang, count=format_number(result.n_samples, lang, 0))
    set_title(ax, f"{t('sens_rank_acceptability', lang)} — {samples}")
    style_axes(ax)
    handles, _ = ax.get_legend_handles_labels()
    legend_outside(ax, [*handles, *style.choice_entry()], where="below", ncol=min(m + 1, 6))
    return ax


_CORNERS = np.array([[0.0, 0.0], [1.0, 0.0], [0.5, math.sqrt(3) / 2]])
#: Weight levels drawn as grid lines and written on the edges.
_LEVELS = (0.2, 0.4, 0.6, 0.8)


def _cartesian(barycentric: np.ndarray) -> np.ndarray:
    return barycentric @ _CORNERS


def _ternary_axes(ax: Axes, names: Sequence[str], lang: Lang) -> None:
    """The triangle's outline, a grid line per weight level of each criterion, its
    level written where the line meets an edge (on the line's extension, so a reader
    can follow it), and the criteria at their corners (weight 1)."""
    outline = np.vstack([_CORNERS, _CORNERS[:1]])
    ax.plot(outline[:, 0], outline[:, 1], color=INK, linewidth=1.0, zorder=3)
    show = number_formatter(lang, 1)
    # criterion k: its levels on the edge from its corner to the next (counter-clockwise)
    for k in range(3):
        following, other = (k + 1) % 3, (k + 2) % 3
        direction = _CORNERS[following] - _CORNERS[other]
        direction = direction / np.linalg.norm(direction)
        for level in _LEVELS:
            start = np.zeros(3)
            start[k], start[following] = level, 1 - level
            end = np.zeros(3)
            end[k], end[other] = level, 1 - level
            a, b = _cartesian(start), _cartesian(end)
            ax.plot([a[0], b[0]], [a[1], b[1]], color="white", linewidth=0.7, alpha=0.8, zorder=2)
            tick = a + 0.035 * direction
            ax.plot([a[0], tick[0]], [a[1], tick[1]], color=INK, linewidth=0.8, zorder=3)
            spot = a + 0.05 * direction
            ha = "left" if direction[0] > 0.1 else "right" if direction[0] < -0.1 else "center"
            va = "top" if direction[1] < -0.1 else "bottom" if direction[1] > 0.1 else "center"
            ax.text(spot[0], spot[1], show(level), ha=ha, va=va, fontsize=FONT["tick"] - 1)
    height = math.sqrt(3) / 2
    corners = [(-0.04, -0.07, "right", "top"), (1.04, -0.07, "left", "top"),
               (0.5, height + 0.05, "center", "bottom")]  # fmt: skip
    wrapped = [wrap(names[0], 20), wrap(names[1], 20), wrap(names[2], 32)]  # the top has room
    for (x, y, ha, va), name in zip(corners, wrapped, strict=True):
        ax.text(x, y, name, ha=ha, va=va, fontsize=FONT["label"], fontweight="bold")
    # room for the labels (a line is about 0.05 of a side); the box fills its place and
    # the limits grow to keep the aspect
    lines = [name.count("\n") + 1 for name in wrapped]
    below = 0.1 + 0.055 * max(lines[:2])
    above = 0.08 + 0.055 * lines[2]
    ax.update_datalim([(-0.34, -below), (1.34, height + above)])
    ax.margins(0)
    ax.autoscale_view()
    ax.set_aspect("equal", adjustable="datalim")
    ax.axis("off")


def plot_ternary(
    result: TernaryMap,
    *,
    labels: Mapping[str, str] | None = None,
    lang: Lang = "da",
    ax: Any = None,
    problem: Problem | None = None,
    point: str = "current",
    point_label: str | None = None,
) -> Axes:
    """The weight triangle of three criteria (corners: all weight on one of them; the
    other weights fixed) coloured by the winning alternative, with tick levels on all
    three edges and the weights the map is drawn through marked: ``point`` is
    ``"current"`` (the current weights), ``"closest"`` or ``"attempt"`` (see
    :data:`mcda.plotting.style.WEIGHT_MARKERS`), named ``point_label`` or by its kind.
    The legend sits below the triangle. Returns the Axes.
    """
    from matplotlib.collections import PolyCollection
    from matplotlib.patches import Patch

    style = DecisionStyle.of(problem, lang, labels=labels, alternatives=result.alternatives)
    if ax is None:
        ax = new_axes((6.4, 5.4))
    faces = [
        style.colour(result.alternatives[w]) if w != TIE else LIGHT_GREY for w in result.winners
    ]
    polygons = [_cartesian(cell) for cell in result.cells]
    # N² cells: filled without antialiasing (no seams, and quick), and an image inside
    # SVG/PDF (the text stays vector)
    cells = PolyCollection(polygons, facecolors=faces, linewidths=0, antialiased=False, zorder=1)
    cells.set_rasterized(True)
    ax.add_collection(cells)
    _ternary_axes(ax, [style.name(c) for c in result.criteria], lang)
    current = _cartesian(result.current)
    marker = scatter_weights(ax, point, [current[0]], [current[1]], lang, label=point_label)
    marker.set_clip_on(False)
    winners = sorted(set(result.winners.tolist()) - {TIE})
    handles: list[Any] = [
        Patch(color=style.colour(result.alternatives[i]),
              label=style.label(result.alternatives[i], LEGEND_WIDTH))
        for i in winners
    ]  # fmt: skip
    if TIE in result.winners:
        handles.append(Patch(color=LIGHT_GREY, label=t("sens_tie", lang)))
    handles.append(weight_handle(point, lang, point_label))
    handles += style.choice_entry()
    legend = legend_outside(ax, handles, where="below", ncol=2)
    style.mark(legend.get_texts()[: len(winners)], [result.alternatives[i] for i in winners])
    set_title(ax, t("sens_ternary_title", lang), WIDE_TITLE_WIDTH)
    return ax


def plot_agreement(
    result: AgreementResult,
    *,
    lang: Lang = "da",
    ax: Any = None,
) -> Axes:
    """Heat map of rank correlations between methods (a colour-blind-safe diverging
    map, −1 to 1), each cell annotated; methods that did not apply are named under the
    map. Returns the Axes.
    """
    import matplotlib

    k = len(result.rankings)
    if ax is None:
        ax = new_axes((7.0, min(0.45 * k + 2.0, 7.5)))
    names = [
        wrap(f"{i + 1}  {method_title(r.method, lang)}", 30) for i, r in enumerate(result.rankings)
    ]
    cmap = matplotlib.colormaps["RdBu"]
    image = ax.imshow(result.correlations, vmin=-1.0, vmax=1.0, cmap=cmap)
    for a in range(k):
        for b in range(k):
            value = float(result.correlations[a, b])
            ax.text(b, a, format_number(value, lang, 2), ha="center", va="center",
                    fontsize=FONT["value"], color=text_colour(cmap((value + 1) / 2)))  # fmt: skip
    ax.set_xticks(range(k), [str(i + 1) for i in range(k)])  # the numbers of the rows
    ax.set_yticks(range(k), names)
    ax.tick_params(labelsize=FONT["tick"] - 1)
    bar = ax.figure.colorbar(image, ax=ax, shrink=0.8)
    key = f"plot_correlation_{result.correlation}"
    kind = t(key, lang) if key in TRANSLATIONS else result.correlation
    bar.set_label(t("sens_correlation", lang, kind=kind), fontsize=FONT["label"])
    bar.set_ticks([-1.0, -0.5, 0.0, 0.5, 1.0])
    bar.ax.yaxis.set_major_formatter(number_formatter(lang, 1))
    bar.ax.tick_params(labelsize=FONT["tick"] - 1)
    set_title(ax, t("sens_agreement_title", lang))
    if result.not_applicable:
        skipped = ", ".join(method_title(name, lang) for name, _ in result.not_applicable)
        ax.set_xlabel(
            wrap(f"{t('sens_not_applicable', lang)}: {skipped}", 60), fontsize=FONT["legend"]
        )
    return ax
