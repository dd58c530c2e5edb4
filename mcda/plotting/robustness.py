"""The verdict across modelling choices: each alternative's first-rank share under
every choice (a dot each), the range they span, and how often it comes first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from mcda.i18n import default_profile_name, t
from mcda.model import Lang
from mcda.plotting.style import (
    FONT,
    INK,
    DecisionStyle,
    legend_outside,
    new_axes,
    percent_formatter,
    set_title,
    style_axes,
    wrap,
)
from mcda.robustness import RobustnessResult

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_robustness"]

#: Dot shapes by method family (the colour is the alternative's): TOPSIS, the weighted
#: sum, the peer methods.
FAMILY_MARKERS = {"topsis": "o", "weighted_sum": "s", "peer": "^"}


def _family(method: str) -> str:
    if method.startswith("topsis_"):
        return "topsis"
    if method.startswith("weighted_sum_"):
        return "weighted_sum"
    return "peer"


def plot_robustness(result: RobustnessResult, *, lang: Lang = "da", ax: Any = None) -> Axes:
    """One row per alternative (file order from the top): its first-rank share under
    each applicable modelling choice as a dot in the alternative's colour (its shape
    the method family), a light bar over their range, and at the right "k of N": under
    how many choices it comes first on the default weights. The decision maker's
    choice is in bold with a ★. Returns the Axes."""
    from matplotlib.lines import Line2D

    problem = result.problem
    style = DecisionStyle.of(problem, lang)
    alternatives = result.alternatives
    applicable = [o for o in result.applicable if o.shares is not None]
    m = len(alternatives)
    if ax is None:
        ax = new_axes((7.0, 0.6 * m + 2.2))
    counts = result.first_counts()
    rows = np.arange(m)[::-1]  # file order from the top
    shares = np.array([o.shares for o in applicable if o.shares is not None]).reshape(-1, m)
    families = np.array([_family(o.choice.method) for o in applicable])
    jitter = np.linspace(-0.2, 0.2, max(len(applicable), 1))
    count_spot = ax.get_yaxis_transform()  # x in axes fractions, y in rows
    for row, (index, alternative) in zip(rows, enumerate(alternatives), strict=True):
        colour = style.colour(alternative)
        column = shares[:, index]
        if column.size:
            ax.plot([column.min(), column.max()], [row, row], color=colour, alpha=0.25,
                    linewidth=9, solid_capstyle="round", zorder=1)  # fmt: skip
        for family, marker in FAMILY_MARKERS.items():
            chosen = families == family
            if chosen.any():
                ax.scatter(column[chosen], row + jitter[chosen], s=22, marker=marker,
                           color=colour, edgecolors="white", linewidths=0.4, zorder=2)  # fmt: skip
        ax.text(
            1.04, row, t("robust_first_under", lang, k=str(counts.get(alternative, 0)),
                         n=str(len(applicable))),
            va="center", ha="left", fontsize=FONT["tick"], transform=count_spot,
        )  # fmt: skip
    profile = default_profile_name(problem, lang).lower()
    ax.text(
        1.04, m - 0.45, wrap(t("robust_first_header", lang, weights=profile), 16),
        va="center", ha="left", fontsize=FONT["legend"], fontweight="bold", transform=count_spot,
    )  # fmt: skip
    ax.set_yticks(rows, [style.label(a) for a in alternatives])
    style.mark(ax.get_yticklabels(), list(alternatives))
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.6, m)  # room above the top row for the column's header
    ax.xaxis.set_major_formatter(percent_formatter(lang))
    ax.set_xlabel(wrap(t("robust_axis", lang), 70), fontsize=FONT["label"])
    style_axes(ax, grid="x")
    handles = [
        Line2D([], [], marker=marker, linestyle="", color=INK, markersize=6,
               label=t(f"robust_family_{family}", lang))
        for family, marker in FAMILY_MARKERS.items()
        if (families == family).any()
    ]  # fmt: skip
    legend_outside(ax, [*handles, *style.choice_entry()], where="below", ncol=4)
    set_title(ax, t("robust_title", lang, n=str(len(applicable))))
    return ax
