"""Bar chart of a ranking's scores, the recommended alternative marked."""

from __future__ import annotations

from typing import Any

from mcda.i18n import method_title, t
from mcda.model import Lang
from mcda.ranking import RankingResult

RECOMMENDED = "#d98c00"
OTHER = "#4f7ea8"


def plot_scores(result: RankingResult, *, lang: Lang = "da", ax: Any = None) -> Any:
    """Horizontal bars of the scores, best at the top; the recommender's choice in amber.

    Screened-out alternatives are not drawn (they have no score). Returns the Axes.
    """
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(7.0, 0.45 * len(result.alternatives) + 1.2))
    problem = result.problem
    chosen = problem.recommendation.alternative if problem.recommendation else None
    order = sorted(
        range(len(result.alternatives)), key=lambda i: (result.ranks[i], i), reverse=True
    )
    labels = [problem.alternative(result.alternatives[i]).label.get(lang) for i in order]
    values = [float(result.scores[i]) for i in order]
    colours = [RECOMMENDED if result.alternatives[i] == chosen else OTHER for i in order]
    bars = ax.barh(labels, values, color=colours)
    for bar, value in zip(bars, values, strict=True):
        ax.text(
            bar.get_width(),
            bar.get_y() + bar.get_height() / 2,
            f" {value:.3f}",
            va="center",
            fontsize=8,
        )
    direction = t("higher_is_better" if result.higher_is_better else "lower_is_better", lang)
    ax.set_xlabel(f"{t('score', lang)} ({method_title(result.method, lang)}; {direction})")
    if result.higher_is_better and max(values, default=0) <= 1:
        ax.set_xlim(0, 1.1)
    ax.spines[["top", "right"]].set_visible(False)
    if chosen is not None and problem.recommendation is not None:
        ax.set_title(
            t("choice_marked", lang, by=problem.recommendation.by),
            fontsize=9,
            loc="left",
            color=RECOMMENDED,
        )
    return ax
