"""The verdict across modelling choices: each alternative's first-rank share under
every choice (a dot each), the range they span, and how often it comes first."""

from __future__ import annotations

from typing import Any

import numpy as np

from mcda.i18n import default_profile_name, t
from mcda.model import Lang
from mcda.robustness import RobustnessResult

__all__ = ["plot_robustness"]

#: Dot colours by method family: TOPSIS, the weighted sum, the peer methods.
FAMILY_COLOURS = {"topsis": "#1f5f99", "weighted_sum": "#3a9d5d", "peer": "#9a9a9a"}
RECOMMENDED = "#d98c00"


def _family(method: str) -> str:
    if method.startswith("topsis_"):
        return "topsis"
    if method.startswith("weighted_sum_"):
        return "weighted_sum"
    return "peer"


def plot_robustness(result: RobustnessResult, *, lang: Lang = "da", ax: Any = None) -> Any:
    """One row per alternative: its first-rank share under each applicable modelling
    choice as a dot (coloured by method family), a bar over their range, and at the
    right "first under k of N" on the default weights. The stated choice is marked.
    Returns the Axes."""
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    problem = result.problem
    alternatives = result.alternatives
    applicable = [o for o in result.applicable if o.shares is not None]
    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, 0.55 * len(alternatives) + 1.6))
    chosen = problem.recommendation.alternative if problem.recommendation else None
    counts = result.first_counts()
    rows = list(range(len(alternatives)))[::-1]  # file order from the top
    jitter = np.linspace(-0.18, 0.18, max(len(applicable), 1))
    for row, alternative in zip(rows, alternatives, strict=True):
        index = alternatives.index(alternative)
        shares = np.array([o.shares[index] for o in applicable if o.shares is not None])
        if len(shares):
            ax.plot(
                [shares.min(), shares.max()],
                [row, row],
                color="#d0d0d0",
                linewidth=6,
                solid_capstyle="round",
                zorder=1,
            )
        for offset, outcome, share in zip(jitter, applicable, shares, strict=True):
            ax.scatter(
                share,
                row + offset,
                s=14,
                color=FAMILY_COLOURS[_family(outcome.choice.method)],
                zorder=2,
                linewidths=0,
            )
        ax.text(
            1.03,
            row,
            t(
                "robust_first_under",
                lang,
                k=str(counts.get(alternative, 0)),
                n=str(len(applicable)),
            ),
            va="center",
            ha="left",
            fontsize=8,
            transform=ax.get_yaxis_transform(),
        )
    profile = default_profile_name(problem, lang).lower()
    ax.text(
        1.03,
        len(alternatives) - 0.45,
        t("robust_first_header", lang, weights=profile),
        va="bottom",
        ha="left",
        fontsize=8,
        fontweight="bold",
        transform=ax.get_yaxis_transform(),
    )
    ax.set_yticks(rows, [problem.alternative(a).label.get(lang) for a in alternatives])
    for tick, alternative in zip(ax.get_yticklabels(), alternatives, strict=True):
        if alternative == chosen:
            tick.set_color(RECOMMENDED)
            tick.set_fontweight("bold")
    ax.set_xlim(-0.02, 1.0)
    ax.set_ylim(-0.6, len(alternatives) - 0.4)
    ax.xaxis.set_major_formatter(_percent(lang))
    ax.set_xlabel(t("robust_axis", lang))
    ax.spines[["top", "right"]].set_visible(False)
    handles = [
        Line2D(
            [], [], marker="o", linestyle="", color=colour, label=t(f"robust_family_{name}", lang)
        )
        for name, colour in FAMILY_COLOURS.items()
    ]
    ax.legend(
        handles=handles,
        fontsize=7,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.22),
        ncol=3,
        frameon=False,
    )
    ax.set_title(t("robust_title", lang, n=str(len(applicable))), fontsize=10, loc="left")
    return ax


def _percent(lang: Lang) -> Any:
    from matplotlib.ticker import FuncFormatter

    from mcda.formatting import format_share

    return FuncFormatter(lambda value, _: format_share(value, lang, 0))
