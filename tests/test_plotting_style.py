"""mcda.plotting.style: one colour per alternative in every chart, one mark for the
choice, numbers in the reader's locale."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_hex

import mcda
from mcda.plotting import ranking, robustness, sensitivity
from mcda.plotting.files import draw
from mcda.plotting.style import (
    ALTERNATIVE_COLOURS,
    CHOICE_MARK,
    CRITERION_COLOURS,
    DecisionStyle,
    criterion_palette,
    decision_palette,
    new_axes,
    number_formatter,
    offscreen,
    percent_formatter,
    rank_colours,
    text_colour,
    wrap,
)
from mcda.robustness import robustness as robustness_analysis
from mcda.sensitivity import smaa_problem, sweep_problem, ternary_problem

CASE = Path(__file__).resolve().parents[1] / "criteria" / "klimanord"
NBSP = "\N{NO-BREAK SPACE}"


@pytest.fixture(scope="module")
def political():
    return mcda.load_problem(CASE / "political_anchoring.toml")


def test_palette_follows_the_file_and_keeps_screened_alternatives(political):
    palette = decision_palette(political)
    assert list(palette) == list(political.alternative_ids)  # screened-out ones too
    assert list(palette.values()) == list(ALTERNATIVE_COLOURS[: len(palette)])
    assert decision_palette(political.without_stated_requirements()) == palette
    assert {a.alternative for a in political.screening()} <= set(palette)


def test_criteria_ranks_and_alternatives_never_share_a_colour(political):
    alternatives = set(ALTERNATIVE_COLOURS)
    assert not alternatives & set(CRITERION_COLOURS)
    assert list(criterion_palette(political)) == list(political.criterion_ids)
    ramp = [sum(colour[:3]) for colour in rank_colours(5)]
    assert ramp == sorted(ramp)  # rank 1 darkest, then lighter
    assert not alternatives & {to_hex(colour).upper() for colour in rank_colours(5)}


def _colour_of(artist):
    colour = artist.get_facecolor() if hasattr(artist, "get_facecolor") else artist.get_color()
    colour = colour[0] if getattr(colour, "ndim", 1) == 2 else colour
    return to_hex(colour).upper()


def test_an_alternative_has_one_colour_in_every_chart(political):
    """The bar, the line, the ternary region and the robustness dots of BRN + KKR (T11's
    choice) and of the inter-municipal model are drawn in their palette colours."""
    relaxed = political.without_stated_requirements()
    palette = decision_palette(political)
    scores = draw(ranking.plot_scores, mcda.rank(relaxed), lang="en").axes[0]
    bars = {label.get_text().split(NBSP)[0].replace("\n", " "): bar for label, bar in
            zip(scores.get_yticklabels(), scores.patches, strict=True)}  # fmt: skip
    sweeps = sweep_problem(relaxed)
    sweep = draw(sensitivity.plot_sweep, sweeps, "synergy", lang="en", problem=relaxed).axes[0]
    lines = {line.get_label().split(NBSP)[0].replace("\n", " "): line for line in sweep.get_lines()}
    ternary = ternary_problem(relaxed, list(relaxed.criterion_ids[:3]), resolution=12)
    tern = draw(sensitivity.plot_ternary, ternary, lang="en", problem=relaxed).axes[0]
    regions = {
        text.get_text().split(NBSP)[0].replace("\n", " "): handle
        for text, handle in zip(tern.get_legend().get_texts(), tern.get_legend().legend_handles,
                                strict=True)
    }  # fmt: skip
    result = robustness_analysis(relaxed, n_samples=200)
    robust = draw(robustness.plot_robustness, result, lang="en").axes[0]
    dots = [c for c in robust.collections if len(c.get_offsets())]
    for alternative in ("brn_kkr", "intermunicipal"):
        name = political.alternative(alternative).label.en
        colour = palette[alternative]
        assert _colour_of(bars[name]) == colour
        assert to_hex(lines[name].get_color()).upper() == colour
        if name in regions:
            assert _colour_of(regions[name]) == colour
        row = len(result.alternatives) - 1 - result.alternatives.index(alternative)
        mine = [c for c in dots if abs(c.get_offsets()[0][1] - row) < 0.3]
        assert mine and all(_colour_of(c) == colour for c in mine)


def test_the_choice_is_bold_with_a_star_and_has_no_colour_of_its_own(political):
    smaa = smaa_problem(political, n_samples=500, rng=1)
    ax = draw(sensitivity.plot_rank_acceptability, smaa, lang="da", problem=political).axes[0]
    chosen = [label for label in ax.get_yticklabels() if CHOICE_MARK in label.get_text()]
    assert [label.get_text() for label in chosen] == [f"BRN + KKR (som i dag){NBSP}★"]
    assert chosen[0].get_fontweight() == "bold"
    others = [label for label in ax.get_yticklabels() if CHOICE_MARK not in label.get_text()]
    assert all(label.get_fontweight() == "normal" for label in others)
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert legend[-1] == "T11's valg"
    assert DecisionStyle.of(political, "da").colour("brn_kkr") == ALTERNATIVE_COLOURS[0]


def test_without_a_problem_the_ids_get_colours_and_nothing_is_marked():
    style = DecisionStyle.of(None, "en", labels={"b": "Bee"}, alternatives=["a", "b"])
    assert style.colours == {"a": ALTERNATIVE_COLOURS[0], "b": ALTERNATIVE_COLOURS[1]}
    assert style.label("b") == "Bee" and style.label("a") == "a"
    assert style.choice_entry() == []


@pytest.mark.parametrize(
    ("lang", "digits", "value", "expected"),
    [
        ("da", 2, 0.25, "0,25"),
        ("en", 2, 0.25, "0.25"),
        ("da", 1, 1234.5, "1.234,5"),
        ("en", 1, 1234.5, "1,234.5"),
        ("da", 1, -0.01, "0,0"),  # no "-0,0"
    ],
)
def test_number_formatter(lang, digits, value, expected):
    assert number_formatter(lang, digits)(value) == expected


def test_percent_formatter():
    assert percent_formatter("da")(0.25) == "25\N{NO-BREAK SPACE}%"
    assert percent_formatter("en")(0.25) == "25%"
    assert percent_formatter("da")(-0.0001) == "0\N{NO-BREAK SPACE}%"


def test_wrap_keeps_words_the_mark_and_line_breaks():
    assert wrap("KKR alone politically, management in North Jutland", 28) == (
        "KKR alone politically,\nmanagement in North Jutland"
    )
    assert wrap("The inter-municipal model", 12) == "The\ninter-municipal\nmodel"
    assert wrap(f"Scenario 2, amended (T11){NBSP}★", 26).endswith(f"(T11){NBSP}★")
    assert wrap("one\ntwo three", 5) == "one\ntwo\nthree"
    assert wrap("", 5) == ""


def test_text_colour_reads_on_the_fill():
    assert text_colour("#222222") == "white"
    assert text_colour("#EEDD88") == "black"
    assert text_colour(rank_colours(4)[0]) == "white"
    assert text_colour(rank_colours(4)[-1]) == "black"


def test_offscreen_figures_are_not_managed_by_pyplot():
    before = plt.get_fignums()
    with offscreen():
        ax = new_axes((3.0, 2.0))
    assert plt.get_fignums() == before
    assert ax.figure.get_layout_engine() is not None  # constrained layout
    ax = new_axes((3.0, 2.0))
    assert plt.get_fignums() == [*before, ax.figure.number]  # a notebook shows this one
    plt.close(ax.figure)


def test_the_current_weights_have_one_name_in_every_chart(political):
    """The sweep's dashed line, the tornado's and the weight ranges' ◇ and the ternary
    map's marker are all "Nuværende vægte"; the ternary map has its levels on all three
    edges, in Danish."""
    from mcda.plotting import reproduction as repro_plots
    from mcda.reproduction import reproduce
    from mcda.sensitivity import stability_intervals

    sweeps = sweep_problem(political)
    charts = [
        draw(sensitivity.plot_sweep, sweeps, "synergy", lang="da", problem=political),
        draw(sensitivity.plot_tornado, stability_intervals(sweeps), lang="da", problem=political),
        draw(repro_plots.plot_weight_ranges, reproduce(political, n_samples=500, rng=1), lang="da"),
        draw(sensitivity.plot_ternary,
             ternary_problem(political, list(political.criterion_ids[:3]), resolution=12),
             lang="da", problem=political),
    ]  # fmt: skip
    for figure in charts:
        legend = [text.get_text() for text in figure.axes[0].get_legend().get_texts()]
        assert "Nuværende vægte" in legend, legend
    ternary = charts[-1].axes[0]
    levels = [text.get_text() for text in ternary.texts]
    assert all(levels.count(level) == 3 for level in ("0,2", "0,4", "0,6", "0,8"))
