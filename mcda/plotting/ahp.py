"""AHP plots: one set's priorities, and how a group's members' weights spread."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from mcda.ahp.group import GroupResult
from mcda.ahp.priorities import AhpResult
from mcda.formatting import format_number
from mcda.i18n import t
from mcda.model import Lang
from mcda.plotting.style import (
    FONT,
    GREY,
    INK,
    WIDE_TITLE_WIDTH,
    legend_outside,
    new_axes,
    number_formatter,
    set_title,
    style_axes,
    wrap,
)

#: Criterion weights, not alternatives: neutral greys and black, no alternative colour.
MEMBER = GREY
AIJ = INK
AIP = INK


def plot_priorities(
    result: AhpResult,
    *,
    labels: Mapping[str, str] | None = None,
    lang: Lang = "da",
    ax: Any = None,
) -> Any:
    """Horizontal bars of the priorities, highest at the top, with CR in the title.

    ``labels`` maps item ids to display names. Returns the Axes.
    """
    if ax is None:
        ax = new_axes((7.0, 0.5 * len(result.items) + 1.4))
    order = np.argsort(result.weights, kind="stable")
    names = [wrap((labels or {}).get(result.items[i], result.items[i])) for i in order]
    values = [float(result.weights[i]) for i in order]
    bars = ax.barh(range(len(order)), values, color=MEMBER, height=0.62)
    for bar, value in zip(bars, values, strict=True):
        ax.text(
            bar.get_width(), bar.get_y() + bar.get_height() / 2,
            f" {format_number(value, lang, 3)}", va="center", fontsize=FONT["value"],
        )  # fmt: skip
    ax.set_yticks(range(len(order)), names)
    ax.xaxis.set_major_formatter(number_formatter(lang, 2))
    ax.set_xlabel(t("ahp_priority", lang), fontsize=FONT["label"])
    ratio = format_number(result.consistency_ratio, lang, 3)
    set_title(ax, f"CR = {ratio} ({result.random_index_table})")
    style_axes(ax, grid="x")
    return ax


def plot_member_weights(
    result: GroupResult,
    *,
    labels: Mapping[str, str] | None = None,
    lang: Lang = "da",
    ax: Any = None,
) -> Any:
    """Each member's weight per item as a dot, with the AIJ and AIP group weights.

    One column per item; members' dots are spread sideways in member order so that
    equal weights stay visible (no randomness). Kendall's W is in the title. Returns the
    Axes (one ``PathCollection`` per member set, AIJ and AIP; one tick label per item).
    """
    items = result.items
    names = [wrap((labels or {}).get(i, i), 14) for i in items]
    if ax is None:  # a column wide enough for its longest word
        longest = max(len(word) for name in names for word in name.split())
        column = max(1.2, longest * 0.6 * FONT["tick"] / 72 + 0.25)
        ax = new_axes((column * len(items) + 2.8, 4.4))
    priorities = result.member_priorities
    k = priorities.shape[0]
    offsets = np.linspace(-0.25, 0.25, k) if k > 1 else np.zeros(1)
    x = np.arange(len(items))
    ax.scatter(
        (x[None, :] + offsets[:, None]).ravel(),
        priorities.ravel(),
        color=MEMBER,
        alpha=0.7,
        s=18,
        label=t("ahp_members_weights", lang),
    )
    ax.scatter(x, result.aij.weights, marker="_", s=900, linewidths=2.5, color=AIJ, label="AIJ")
    ax.scatter(x, result.aip, marker="x", s=50, color=AIP, label="AIP")
    ax.set_xticks(x, names)
    ax.set_ylabel(t("weight", lang), fontsize=FONT["label"])
    ax.set_ylim(0, max(1e-9, float(np.max(priorities)), float(np.max(result.aij.weights))) * 1.1)
    ax.yaxis.set_major_formatter(number_formatter(lang, 2))
    kendall = format_number(result.kendall_w, lang, 2)
    title = f"{t('ahp_group', lang)}: {k} · {t('ahp_kendall_w', lang)} = {kendall}"
    set_title(ax, title, WIDE_TITLE_WIDTH)
    style_axes(ax, grid="y")
    from matplotlib.lines import Line2D

    handles, _ = ax.get_legend_handles_labels()
    # the plotted AIJ marker is wider than a legend entry: a shorter one
    handles[1] = Line2D([], [], marker="_", markersize=16, markeredgewidth=2.5, color=AIJ,
                        linestyle="", label="AIJ")  # fmt: skip
    legend_outside(ax, handles, where="right")
    return ax
