"""AHP plots: one set's priorities, and how a group's members' weights spread."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from mcda.ahp.group import GroupResult
from mcda.ahp.priorities import AhpResult
from mcda.i18n import t
from mcda.model import Lang

MEMBER = "#4f7ea8"
AIJ = "#d98c00"
AIP = "#2e7d32"


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
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(7.0, 0.45 * len(result.items) + 1.2))
    order = np.argsort(result.weights, kind="stable")
    names = [(labels or {}).get(result.items[i], result.items[i]) for i in order]
    values = [float(result.weights[i]) for i in order]
    bars = ax.barh(names, values, color=MEMBER)
    for bar, value in zip(bars, values, strict=True):
        ax.text(
            bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {value:.3f}",
            va="center", fontsize=8,
        )  # fmt: skip
    ax.set_xlabel(t("ahp_priority", lang))
    ax.set_title(
        f"CR = {result.consistency_ratio:.3f} ({result.random_index_table})", fontsize=9, loc="left"
    )
    ax.spines[["top", "right"]].set_visible(False)
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
    import matplotlib.pyplot as plt

    items = result.items
    if ax is None:
        _, ax = plt.subplots(figsize=(1.3 * len(items) + 2.0, 4.0))
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
    ax.set_xticks(x, [(labels or {}).get(i, i) for i in items], rotation=20, ha="right")
    ax.set_ylabel(t("weight", lang))
    ax.set_ylim(0, max(1e-9, float(np.max(priorities)), float(np.max(result.aij.weights))) * 1.1)
    title = f"{t('ahp_group', lang)}: {k} · {t('ahp_kendall_w', lang)} = {result.kendall_w:.2f}"
    ax.set_title(title, fontsize=9, loc="left")
    ax.legend(fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax
