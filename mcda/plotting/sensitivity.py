"""Sensitivity plots: sweeps, tornado of stability intervals, rank acceptability,
ternary winner map and method agreement heat map.

Each function takes a result from :mod:`mcda.sensitivity`, an optional ``ax`` (a new
figure otherwise), ``labels`` mapping ids to display names, and ``lang`` for the
axis texts (from :mod:`mcda.i18n`); it returns the Axes and computes nothing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from mcda.i18n import t
from mcda.methods import METHODS
from mcda.model import Lang
from mcda.sensitivity.agreement import AgreementResult
from mcda.sensitivity.smaa import SmaaResult
from mcda.sensitivity.stability import StabilityResult
from mcda.sensitivity.sweeps import SweepResult
from mcda.sensitivity.ternary import TIE, TernaryMap

__all__ = [
    "plot_agreement",
    "plot_rank_acceptability",
    "plot_sweep",
    "plot_ternary",
    "plot_tornado",
]

TOP = "#2e7d32"
RANKING = "#4f7ea8"
CURRENT = "#222222"
REVERSAL = "#c62828"


def _axes(ax: Any, size: tuple[float, float]) -> Any:
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=size)
    return ax


def _colours(count: int) -> list[Any]:
    import matplotlib

    cmap = matplotlib.colormaps["tab10" if count <= 10 else "tab20"]
    return [cmap(i % cmap.N) for i in range(count)]


def _name(labels: Mapping[str, str] | None, key: str) -> str:
    return (labels or {}).get(key, key)


def plot_sweep(
    result: SweepResult,
    criterion: str | int,
    *,
    labels: Mapping[str, str] | None = None,
    lang: Lang = "da",
    ax: Any = None,
) -> Any:
    """Scores of every alternative as one criterion's weight runs from 0 to 1.

    One line per alternative, a marker at each rank reversal, a dashed line at the
    current weight. Returns the Axes.
    """
    sweep = result.sweep(criterion)
    ax = _axes(ax, (7.5, 4.5))
    colours = _colours(len(result.alternatives))
    for i, alternative in enumerate(result.alternatives):
        ax.plot(sweep.grid, sweep.scores[:, i], color=colours[i], label=_name(labels, alternative))
    if sweep.reversals:
        xs = [r.weight for r in sweep.reversals]
        ys = [  # on the drawn (grid) line, at the exact reversal weight
            float(np.interp(r.weight, sweep.grid, sweep.scores[:, r.ahead_below]))
            for r in sweep.reversals
        ]
        ax.scatter(xs, ys, marker="x", color=REVERSAL, zorder=3, label=t("sens_reversal", lang))
    ax.axvline(
        sweep.base_weight, color=CURRENT, linestyle="--", linewidth=1,
        label=t("sens_current_weight", lang),
    )  # fmt: skip
    name = _name(labels, result.criteria[sweep.criterion])
    ax.set_xlabel(t("sens_weight_of", lang, criterion=name))
    ax.set_ylabel(t("sens_closeness", lang, method=METHODS[result.method].title))
    ax.set_title(t("sens_sweep_title", lang, criterion=name), fontsize=10, loc="left")
    ax.set_xlim(0.0, 1.0)
    ax.legend(fontsize=7, loc="best")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_tornado(
    result: StabilityResult,
    *,
    labels: Mapping[str, str] | None = None,
    lang: Lang = "da",
    ax: Any = None,
) -> Any:
    """Tornado of stability intervals: per criterion, the weights keeping the top
    alternative (wide bar) and the whole ranking (narrow bar), the current weight as a
    tick; the most critical criterion at the top. Returns the Axes.
    """
    ax = _axes(ax, (7.5, 0.6 * len(result.criteria) + 1.5))
    order = sorted(
        range(len(result.criteria)),
        key=lambda i: (-result.criteria[i].relative_top_change, -result.criteria[i].top_change),
    )
    names = []
    for position, index in enumerate(order):
        c = result.criteria[index]
        low, high = c.top_interval
        ax.barh(position, high - low, left=low, height=0.6, color=TOP, alpha=0.45,
                label=t("sens_same_top", lang) if position == 0 else None)  # fmt: skip
        low, high = c.ranking_interval
        ax.barh(position, high - low, left=low, height=0.25, color=RANKING,
                label=t("sens_same_ranking", lang) if position == 0 else None)  # fmt: skip
        ax.plot([c.weight, c.weight], [position - 0.35, position + 0.35], color=CURRENT,
                label=t("sens_current_weight", lang) if position == 0 else None)  # fmt: skip
        name = _name(labels, c.criterion)
        if c.criterion == result.most_critical:
            name = f"{name} ({t('sens_most_critical', lang)})"
        names.append(name)
    ax.set_yticks(range(len(order)), names)
    ax.set_xlim(0.0, 1.0)
    ax.set_xlabel(t("weight", lang))
    ax.set_title(t("sens_stability_title", lang), fontsize=10, loc="left")
    ax.legend(fontsize=7, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_rank_acceptability(
    result: SmaaResult,
    *,
    labels: Mapping[str, str] | None = None,
    lang: Lang = "da",
    ax: Any = None,
) -> Any:
    """Stacked bars: per alternative, its acceptability for rank 1, 2, … (m segments).

    Returns the Axes.
    """
    m = len(result.alternatives)
    ax = _axes(ax, (max(6.0, 0.7 * m + 2), 4.5))
    colours = _colours(m)
    positions = np.arange(m)
    bottom = np.zeros(m)
    for r in range(m):
        values = result.rank_acceptability[:, r]
        ax.bar(positions, values, bottom=bottom, color=colours[r],
               label=t("sens_rank_n", lang, rank=str(r + 1)))  # fmt: skip
        bottom += values
    ax.set_xticks(positions, [_name(labels, a) for a in result.alternatives],
                  rotation=30 if m > 4 else 0, ha="right" if m > 4 else "center")  # fmt: skip
    ax.set_ylim(0.0, 1.0)
    ax.set_ylabel(t("sens_share_of_samples", lang))
    ax.set_title(
        f"{t('sens_rank_acceptability', lang)} — "
        f"{t('sens_samples', lang, count=f'{result.n_samples:,}')}",
        fontsize=10, loc="left",
    )  # fmt: skip
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.spines[["top", "right"]].set_visible(False)
    return ax


_CORNERS = np.array([[0.0, 0.0], [1.0, 0.0], [0.5, math.sqrt(3) / 2]])


def _cartesian(barycentric: np.ndarray) -> np.ndarray:
    return barycentric @ _CORNERS


def plot_ternary(
    result: TernaryMap,
    *,
    labels: Mapping[str, str] | None = None,
    lang: Lang = "da",
    ax: Any = None,
) -> Any:
    """The weight triangle of three criteria coloured by the winning alternative,
    with the current weights marked (a star). Corners are the three criteria.
    Returns the Axes.
    """
    from matplotlib.collections import PolyCollection
    from matplotlib.patches import Patch

    ax = _axes(ax, (6.5, 6.0))
    colours = _colours(len(result.alternatives))
    tie_colour = (0.85, 0.85, 0.85, 1.0)
    faces = [colours[w] if w != TIE else tie_colour for w in result.winners]
    polygons = [_cartesian(cell) for cell in result.cells]
    cells = PolyCollection(polygons, facecolors=faces, edgecolors="face", linewidths=0.2)
    cells.set_rasterized(True)  # N² cells: an image inside SVG/PDF, text stays vector
    ax.add_collection(cells)
    outline = np.vstack([_CORNERS, _CORNERS[:1]])
    ax.plot(outline[:, 0], outline[:, 1], color=CURRENT, linewidth=1)
    current = _cartesian(result.current)
    ax.scatter([current[0]], [current[1]], marker="*", s=180, color="white",
               edgecolors=CURRENT, zorder=3, label=t("sens_current_weights", lang))  # fmt: skip
    top = math.sqrt(3) / 2 + 0.04
    offsets = [(-0.04, -0.05, "right"), (1.04, -0.05, "left"), (0.5, top, "center")]
    for (x, y, align), criterion in zip(offsets, result.criteria, strict=True):
        ax.text(x, y, _name(labels, criterion), ha=align, va="center", fontsize=9)
    handles = [
        Patch(color=colours[i], label=_name(labels, result.alternatives[i]))
        for i in sorted(set(result.winners.tolist()) - {TIE})
    ]
    if TIE in result.winners:
        handles.append(Patch(color=tie_colour, label=t("sens_tie", lang)))
    star = ax.collections[-1]
    ax.legend(handles=[*handles, star], fontsize=7, loc="upper left", bbox_to_anchor=(0.72, 1.0))
    ax.set_xlim(-0.15, 1.15)
    ax.set_ylim(-0.12, math.sqrt(3) / 2 + 0.1)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(t("sens_ternary_title", lang), fontsize=10, loc="left")
    return ax


def plot_agreement(
    result: AgreementResult,
    *,
    lang: Lang = "da",
    ax: Any = None,
) -> Any:
    """Heat map of rank correlations between methods, each cell annotated.

    Methods that were not applicable are listed under the map. Returns the Axes.
    """
    k = len(result.rankings)
    ax = _axes(ax, (0.7 * k + 3.0, 0.6 * k + 2.5))
    names = [r.method for r in result.rankings]
    image = ax.imshow(result.correlations, vmin=-1.0, vmax=1.0, cmap="RdYlGn")
    for a in range(k):
        for b in range(k):
            ax.text(b, a, f"{result.correlations[a, b]:.2f}", ha="center", va="center", fontsize=7)
    ax.set_xticks(range(k), names, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(k), names, fontsize=8)
    ax.figure.colorbar(image, ax=ax, label=t("sens_correlation", lang, kind=result.correlation))
    ax.set_title(t("sens_agreement_title", lang), fontsize=10, loc="left")
    if result.not_applicable:
        skipped = ", ".join(name for name, _ in result.not_applicable)
        ax.set_xlabel(f"{t('sens_not_applicable', lang)}: {skipped}", fontsize=8)
    return ax
