"""mcda.plotting.ahp: content of the priority and member-spread plots."""

from __future__ import annotations

import warnings

import matplotlib
import numpy as np
import pytest

import mcda
from mcda.ahp.group import group_ahp
from mcda.errors import InconsistentJudgementsWarning

matplotlib.use("Agg")

from matplotlib.collections import PathCollection

from mcda.plotting.ahp import plot_member_weights, plot_priorities

ITEMS = ["robustness", "synergy", "cost", "local", "capture"]


def directors(k: int) -> dict[str, dict[tuple[str, str], float]]:
    """k members with different, deterministic judgements."""
    members = {}
    for m in range(k):
        pairs = {}
        for i in range(len(ITEMS)):
            for j in range(i + 1, len(ITEMS)):
                pairs[(ITEMS[i], ITEMS[j])] = float([1 / 3, 1 / 2, 1, 2, 3][(m + i * j) % 5])
        members[f"director_{m + 1}"] = pairs
    return members


@pytest.fixture
def group():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InconsistentJudgementsWarning)
        return group_ahp(directors(11), items=ITEMS)


def test_member_spread_plot(group):
    import matplotlib.pyplot as plt

    ax = plot_member_weights(group, lang="en", labels={"cost": "Cost"})
    collections = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert len(collections) == 3  # members, AIJ, AIP
    members, aij, aip = collections
    assert members.get_offsets().shape == (11 * 5, 2)
    assert np.sort(np.asarray(members.get_offsets())[:, 1]) == pytest.approx(
        np.sort(group.member_priorities.ravel())
    )
    assert np.asarray(aij.get_offsets())[:, 1] == pytest.approx(group.aij.weights)
    assert np.asarray(aip.get_offsets())[:, 1] == pytest.approx(group.aip)
    labels = [tick.get_text() for tick in ax.get_xticklabels()]
    assert labels == ["robustness", "synergy", "Cost", "local", "capture"]
    assert [text.get_text() for text in ax.get_legend().get_texts()] == [
        "Members' weights",
        "AIJ",
        "AIP",
    ]
    assert "Kendall's W" in ax.get_title(loc="left")
    plt.close(ax.figure)


def test_member_spread_plot_danish_on_given_axes(group):
    import matplotlib.pyplot as plt

    _, ax = plt.subplots()
    assert plot_member_weights(group, ax=ax) is ax
    assert ax.get_ylabel() == "Vægt"
    plt.close(ax.figure)


def test_priorities_plot():
    import matplotlib.pyplot as plt

    result = mcda.ahp({("a", "b"): 3, ("a", "c"): 5, ("b", "c"): 2})
    ax = plot_priorities(result, lang="en")
    assert len(ax.patches) == 3
    assert [t.get_text() for t in ax.get_yticklabels()] == ["c", "b", "a"]  # highest on top
    assert [round(p.get_width(), 6) for p in ax.patches] == [
        round(w, 6) for w in sorted(result.weights)
    ]
    assert "CR = 0.003" in ax.get_title(loc="left")
    plt.close(ax.figure)
