"""Plots of the reproduction analysis: the winning region on a ternary slice and the
per-criterion weight ranges. Nothing is computed here: the numbers come from
:mod:`mcda.reproduction` (``ternary_slice``, ``reproduce``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from mcda.i18n import t
from mcda.model import Lang
from mcda.reproduction.analysis import Reproduction

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from mcda.sensitivity.ternary import TernaryMap

__all__ = ["plot_weight_ranges", "plot_winning_slice"]

def plot_winning_slice(
    result: Reproduction, region: TernaryMap, ax: Axes | None = None, *, lang: Lang = "da"
) -> Axes:
    """The ternary slice through the found weights (from
    :func:`mcda.reproduction.winning_slice`), drawn by
    :func:`mcda.plotting.sensitivity.plot_ternary`, titled with the target."""
    from mcda.plotting.sensitivity import plot_ternary

    problem = result.problem
    labels = {a.id: a.label.get(lang) for a in problem.alternatives}
    labels.update({c.id: c.label.get(lang) for c in problem.criteria})
    labels[result.target] = f"{labels[result.target]} ({t('repro_target', lang).lower()})"
    ax = plot_ternary(region, labels=labels, lang=lang, ax=ax)
    names = [labels[c] for c in region.criteria]
    share = float(region.base_weights[list(region.criterion_indices)].sum())
    mass = f"{share:.3f}".replace(".", "," if lang == "da" else ".")
    ax.set_title(
        t("repro_region_title", lang, a=names[0], b=names[1], c=names[2])
        + "\n"
        + t("repro_slice_note", lang, mass=mass),
        fontsize=9,
        loc="left",
    )
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
