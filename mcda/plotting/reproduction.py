"""Plots of the reproduction analysis: the winning region on a ternary slice and the
per-criterion weight ranges. Nothing is computed here: the numbers come from
:mod:`mcda.reproduction` (``ternary_slice``, ``reproduce``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from mcda.i18n import t
from mcda.model import Lang
from mcda.reproduction.analysis import Reproduction
from mcda.reproduction.region import TernarySlice

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_ternary_slice", "plot_weight_ranges"]

_CORNERS = np.array([[0.0, 0.0], [1.0, 0.0], [0.5, np.sqrt(3) / 2]])


def _to_plane(fractions: np.ndarray) -> np.ndarray:
    """Barycentric coordinates (P, 3) → points in the plane (P, 2)."""
    return np.atleast_2d(fractions) @ _CORNERS


def plot_ternary_slice(
    region: TernarySlice, ax: Axes | None = None, *, lang: Lang = "da"
) -> Axes:
    """Colour a triangle of weights by the alternative that comes first there.

    The corners are the three varying criteria (each taking all of their shared weight
    there); the black star is the slice's base weights (e.g. the closest weights).
    """
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(6.0, 5.4))
    problem = region.problem
    points = _to_plane(region.fractions)
    palette = plt.get_cmap("tab10")
    for index, alternative in enumerate(region.alternatives):
        chosen = region.winners == index
        if not chosen.any():
            continue
        label = problem.alternative(alternative).label.get(lang)
        if alternative == region.target:
            label = f"{label} ({t('repro_target', lang).lower()})"
        ax.scatter(
            points[chosen, 0], points[chosen, 1], s=9, color=palette(index % 10), label=label,
            marker="s" if alternative == region.target else "o", linewidths=0,
        )
    ties = region.winners < 0
    if ties.any():
        ax.scatter(points[ties, 0], points[ties, 1], s=9, color="0.6", label=t("repro_tie", lang))
    ax.plot(*np.vstack([_CORNERS, _CORNERS[:1]]).T, color="black", linewidth=0.8)
    base = _to_plane(region.base_fractions)[0]
    ax.scatter([base[0]], [base[1]], marker="*", s=160, color="black", zorder=3)
    names = [problem.criterion(c).label.get(lang) for c in region.criteria]
    offsets = [(-0.04, -0.06), (0.04, -0.06), (0.0, 0.04)]
    for corner, name, (dx, dy), align in zip(
        _CORNERS, names, offsets, ("right", "left", "center"), strict=True
    ):
        ax.text(corner[0] + dx, corner[1] + dy, name, ha=align, fontsize=9)
    mass = f"{region.mass:.3f}".replace(".", "," if lang == "da" else ".")
    ax.set_title(
        t("repro_region_title", lang, a=names[0], b=names[1], c=names[2])
        + "\n"
        + t("repro_slice_note", lang, mass=mass),
        fontsize=9,
        pad=22,
    )
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.legend(loc="upper right", fontsize=7, markerscale=2, frameon=False)
    return ax


def plot_weight_ranges(
    result: Reproduction, ax: Axes | None = None, *, lang: Lang = "da"
) -> Axes:
    """Horizontal bars: each criterion's weight range inside the winning region, with
    the reference (|), the closest winning weights (●) and the central weights (×)."""
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(6.4, 0.5 * len(result.problem.criteria) + 1.4))
    problem = result.problem
    names = [c.label.get(lang) for c in problem.criteria]
    rows = np.arange(len(names))[::-1]
    for row, item in zip(rows, result.weight_ranges, strict=False):
        ax.barh(row, item.high - item.low, left=item.low, height=0.5, color="tab:blue", alpha=0.35)
    ax.scatter(result.reference, rows, marker="|", s=200, color="black",
               label=t("repro_reference", lang))
    if result.closest is not None:
        ax.scatter(result.closest, rows, marker="o", color="tab:blue",
                   label=t("repro_closest_col", lang))
    elif result.attempt is not None:
        ax.scatter(result.attempt, rows, marker="o", color="tab:red",
                   label=t("repro_attempt_col", lang))
    if result.central_weights is not None:
        ax.scatter(result.central_weights, rows, marker="x", color="tab:orange",
                   label=t("repro_central_col", lang))
    ax.set_yticks(rows, names)
    ax.set_xlim(0, 1)
    ax.set_xlabel(t("weight", lang))
    target = problem.alternative(result.target).label.get(lang)
    ax.set_title(t("repro_ranges_title", lang, target=target), fontsize=10)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    return ax
