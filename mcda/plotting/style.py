"""One look for every figure: colours, the decision maker's mark, numbers, legends, fonts.

Every plot in :mod:`mcda.plotting` takes its colours, markers, tick formatters and font
sizes from here, so that a reader learns them once:

* **one colour per alternative** of a decision (:func:`decision_palette`, file order, the
  colour-blind-safe Okabe–Ito set): the same alternative has the same colour in every
  chart of the decision, with or without its stated requirements;
* **criteria** have pale colours of their own (:func:`criterion_palette`, Paul Tol's
  "light" set) and **ranks** a grey ramp (:func:`rank_colours`), so no colour means an
  alternative in one chart and something else in the next;
* **the decision maker's choice** is marked the same way everywhere: its name in bold
  with a ★ (:data:`CHOICE_MARK`), and a ★ marker where the chart draws points or lines;
  never by a colour;
* **weight vectors** have one marker and one name each (:data:`WEIGHT_MARKERS`): the
  current weights, the closest winning weights, the central weights;
* numbers as the reader writes them (:func:`number_formatter`, :func:`percent_formatter`
  from :mod:`mcda.formatting`: "0,25" and "25 %" in Danish);
* legends outside the data (:func:`legend_outside`) and long labels wrapped
  (:func:`wrap`).

References: Okabe, M. & Ito, K. (2008). *Color Universal Design*; Tol, P. (2021).
*Colour Schemes*, SRON/EPS/TN/09-002.
"""

from __future__ import annotations

import contextlib
import contextvars
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from mcda.formatting import format_number, format_share
from mcda.i18n import t
from mcda.model import Lang, Problem

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.legend import Legend

__all__ = [
    "ALTERNATIVE_COLOURS",
    "CHOICE_MARK",
    "CRITERION_COLOURS",
    "FONT",
    "GREY",
    "INK",
    "LABEL_WIDTH",
    "LEGEND_WIDTH",
    "LIGHT_GREY",
    "TITLE_WIDTH",
    "WEIGHT_MARKERS",
    "WIDE_TITLE_WIDTH",
    "DecisionStyle",
    "choice_handle",
    "criterion_palette",
    "decision_palette",
    "legend_outside",
    "narrowest_segment",
    "new_axes",
    "number_formatter",
    "offscreen",
    "percent_formatter",
    "rank_colours",
    "scatter_weights",
    "set_title",
    "style_axes",
    "text_colour",
    "weight_handle",
    "wrap",
]

#: Alternatives: Okabe & Ito's colour-blind-safe set (yellow and black last: thin lines
#: in yellow are hard to see, black is the ink of markers and text), then Tol's "muted"
#: set for decisions with more than eight alternatives; beyond, the colours repeat.
ALTERNATIVE_COLOURS: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#D55E00",  # vermillion
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#999999",  # grey
    "#332288",
    "#88CCEE",
    "#44AA99",
    "#117733",
    "#999933",
    "#DDCC77",
    "#CC6677",
    "#882255",
    "#AA4499",
)
#: Criteria: Tol's pale "light" set (black value labels stay readable on every one).
CRITERION_COLOURS: tuple[str, ...] = (
    "#77AADD",
    "#EE8866",
    "#EEDD88",
    "#FFAABB",
    "#99DDFF",
    "#44BB99",
    "#BBCC33",
    "#AAAA00",
    "#DDDDDD",
)
#: Text, axes and markers.
INK = "#222222"
#: Light structure: ranges, grid lines, ties.
GREY = "#BBBBBB"
LIGHT_GREY = "#E4E4E4"
#: The decision maker's choice: its name is written with this mark (and in bold).
CHOICE_MARK = "★"

#: Weight vectors, one look and one name each (the name is an i18n key).
WEIGHT_MARKERS: Mapping[str, Mapping[str, Any]] = {
    "current": {"marker": "D", "facecolor": "white", "edgecolor": INK, "size": 7,
                "label": "sens_current_weights"},
    "closest": {"marker": "o", "facecolor": INK, "edgecolor": INK, "size": 7,
                "label": "plot_closest_weights"},
    "attempt": {"marker": "o", "facecolor": "white", "edgecolor": INK, "size": 7,
                "label": "plot_attempt_weights"},
    "central": {"marker": "X", "facecolor": INK, "edgecolor": "white", "size": 8,
                "label": "plot_central_weights"},
}  # fmt: skip

#: Font sizes in points, chosen for a figure 7 inches wide read on paper or a screen.
FONT: Mapping[str, float] = {
    "tick": 9.5,
    "label": 10.0,
    "title": 11.0,
    "legend": 9.0,
    "value": 8.5,
}

#: Characters per line of a wrapped name: on a category axis and in a legend; of a
#: title over a chart with names on its y axis, and over one without.
LABEL_WIDTH = 28
LEGEND_WIDTH = 28
TITLE_WIDTH = 52
WIDE_TITLE_WIDTH = 70


def _assign(ids: Sequence[str], colours: Sequence[str]) -> dict[str, str]:
    """``{id: colour}`` in order, the colours repeating when there are more ids."""
    return {key: colours[i % len(colours)] for i, key in enumerate(ids)}


def decision_palette(problem: Problem) -> dict[str, str]:
    """``{alternative id: colour}`` for every alternative of ``problem`` in file order,
    screened-out ones included, so the charts with and without the requirements match."""
    return _assign(problem.alternative_ids, ALTERNATIVE_COLOURS)


def criterion_palette(problem: Problem) -> dict[str, str]:
    """``{criterion id: colour}`` in file order (pale colours, none of the alternatives')."""
    return _assign(problem.criterion_ids, CRITERION_COLOURS)


def rank_colours(count: int) -> list[tuple[float, float, float, float]]:
    """A grey ramp for ranks 1 … ``count``: rank 1 darkest (ranks are ordered, so they
    get an ordered ramp, not the alternatives' colours)."""
    import matplotlib

    ramp = matplotlib.colormaps["Greys"]
    if count == 1:
        return [ramp(0.8)]
    return [ramp(0.85 - 0.63 * r / (count - 1)) for r in range(count)]


def text_colour(colour: Any) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG relative luminance)."""
    from matplotlib.colors import to_rgb

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in to_rgb(colour))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return "white" if luminance < 0.18 else "black"


def wrap(text: str, width: int = LABEL_WIDTH) -> str:
    """``text`` on lines of at most ``width`` characters (words are not split; a line
    break in ``text`` stays)."""
    lines = [
        "\n".join(textwrap.wrap(part, width, break_long_words=False, break_on_hyphens=False))
        for part in text.split("\n")
    ]
    return "\n".join(lines) or text


def number_formatter(lang: Lang, digits: int = 1) -> Any:
    """A tick formatter writing numbers in ``lang``'s style ("0,25" in Danish)."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _position=None: format_number(value, lang, digits))


def percent_formatter(lang: Lang) -> Any:
    """A tick formatter writing a share in [0, 1] as whole per cent ("25 %" / "25%", a
    no-break space before the sign in Danish)."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _position=None: format_share(max(value, 0.0), lang, 0))


def style_axes(ax: Axes, *, grid: Literal["x", "y"] | None = None) -> Axes:
    """The house look: readable tick labels, no top and right spines, an optional light
    grid along ``grid`` (``"x"`` or ``"y"``) behind the data."""
    ax.tick_params(labelsize=FONT["tick"], colors=INK)
    ax.spines[["top", "right"]].set_visible(False)
    if grid is not None:
        ax.grid(axis=grid, color=LIGHT_GREY, linewidth=0.8)
        ax.set_axisbelow(True)
    return ax


def narrowest_segment(ax: Axes, characters: int) -> float:
    """The narrowest bar segment, as a share of the x range, that holds a value label of
    ``characters`` characters (estimated from the figure's width before the layout)."""
    figure: Any = ax.figure  # a Figure or a SubFigure
    inches = ax.bbox.width / figure.dpi * 0.8  # the layout will take some room for labels
    text = characters * 0.6 * FONT["value"] / 72 + 0.06
    return text / max(inches, 1e-9)


def set_title(ax: Axes, text: str, width: int = TITLE_WIDTH) -> None:
    """``text`` as the chart's left-aligned title, wrapped to ``width`` characters per line.

    Placed just above the axes (``y=1``): the charts have no ticks on top, so matplotlib's
    search for a free place above them, on every draw, is not needed."""
    ax.set_title(wrap(text, width), fontsize=FONT["title"], loc="left", y=1.0, pad=8)


def legend_outside(
    ax: Axes,
    handles: Sequence[Any] | None = None,
    *,
    where: str = "right",
    ncol: int | None = None,
    title: str | None = None,
) -> Legend:
    """A legend outside the data: to the right of the axes (top-aligned), or ``below``
    the x axis's tick labels and label. Layout engines (constrained layout, tight bbox)
    make room for it."""
    if handles is None:
        handles, _ = ax.get_legend_handles_labels()
    options: dict[str, Any] = {
        "handles": list(handles),
        "fontsize": FONT["legend"],
        "frameon": False,
        "title": title,
        "title_fontsize": FONT["legend"],
        "borderaxespad": 0.0,
        "handlelength": 1.6,
    }
    if where == "right":
        return ax.legend(loc="upper left", bbox_to_anchor=(1.03, 1.0), ncol=ncol or 1, **options)
    if where != "below":
        raise ValueError(f"where: {where!r} is not 'right' or 'below'")
    from matplotlib.transforms import ScaledTranslation

    figure: Any = ax.figure
    renderer = figure._get_renderer()
    top = ax.get_window_extent(renderer).y0
    decoration = ax.xaxis.get_tightbbox(renderer) if ax.axison else None
    bottom = decoration.y0 if decoration is not None else top
    drop = max(top - bottom, 0.0) / figure.dpi + 0.12  # inches: stays right when resized
    below = ax.transAxes + ScaledTranslation(0.0, -drop, figure.dpi_scale_trans)
    return ax.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        bbox_transform=below,
        ncol=ncol or min(len(options["handles"]), 3),
        **options,
    )


def choice_handle(by: str, lang: Lang) -> Any:
    """A legend entry: the ★ marker and "T11's choice" (``by``'s choice)."""
    from matplotlib.lines import Line2D

    return Line2D(
        [], [], marker="*", markersize=11, linestyle="", color=INK,
        label=t("plot_choice", lang, by=by),
    )  # fmt: skip


def weight_handle(kind: str, lang: Lang, label: str | None = None) -> Any:
    """A legend entry for a weight vector of ``kind`` (see :data:`WEIGHT_MARKERS`)."""
    from matplotlib.lines import Line2D

    look = WEIGHT_MARKERS[kind]
    return Line2D(
        [], [], linestyle="", marker=look["marker"], markersize=look["size"],
        markerfacecolor=look["facecolor"], markeredgecolor=look["edgecolor"],
        label=wrap(label or t(look["label"], lang), LEGEND_WIDTH),
    )  # fmt: skip


def scatter_weights(ax: Axes, kind: str, x: Any, y: Any, lang: Lang, **options: Any) -> Any:
    """Points for a weight vector of ``kind`` in its one look (see :data:`WEIGHT_MARKERS`)."""
    look = WEIGHT_MARKERS[kind]
    return ax.scatter(
        x, y, marker=look["marker"], s=look["size"] ** 2, facecolors=look["facecolor"],
        edgecolors=look["edgecolor"], linewidths=1.0, zorder=4,
        label=wrap(options.pop("label", None) or t(look["label"], lang), LEGEND_WIDTH), **options,
    )  # fmt: skip


# -- one decision's names, colours and choice -----------------------------------------


@dataclass(frozen=True)
class DecisionStyle:
    """Names, colours and the choice of one decision, for the plots of its results.

    Built from the problem when there is one (:meth:`of`); from bare ids otherwise (then
    nothing is marked as a choice and the colours follow the ids' order).
    """

    lang: Lang
    names: Mapping[str, str]
    colours: Mapping[str, str]
    choice: str | None = None
    by: str | None = None
    screened: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls,
        problem: Problem | None,
        lang: Lang,
        *,
        labels: Mapping[str, str] | None = None,
        alternatives: Sequence[str] = (),
    ) -> DecisionStyle:
        """The style of ``problem`` (or of ``alternatives`` when there is none); ``labels``
        override the display names."""
        if problem is None:
            return cls(lang, dict(labels or {}), _assign(alternatives, ALTERNATIVE_COLOURS))
        names = {a.id: a.label.get(lang) for a in problem.alternatives}
        names.update({c.id: c.label.get(lang) for c in problem.criteria})
        names.update({f.id: f.label.get(lang) for f in problem.families})
        stated = problem.recommendation
        return cls(
            lang,
            {**names, **(labels or {})},
            decision_palette(problem),
            stated.alternative if stated is not None else None,
            stated.by if stated is not None else None,
            frozenset(s.alternative for s in problem.screening()),
        )

    def name(self, key: str) -> str:
        """The display name of an alternative, criterion or family id."""
        return self.names.get(key, key)

    def colour(self, alternative: str) -> str:
        """The alternative's colour (grey for an id the decision does not know)."""
        return self.colours.get(alternative, GREY)

    def label(self, alternative: str, width: int | None = LABEL_WIDTH) -> str:
        """The alternative's name for an axis or a legend: wrapped to ``width``
        characters, with the ★ when it is the decision maker's choice."""
        text = self.name(alternative)
        if alternative == self.choice:
            text = f"{text}\N{NO-BREAK SPACE}{CHOICE_MARK}"  # the mark never wraps alone
        return wrap(text, width) if width else text

    def mark(self, texts: Sequence[Any], alternatives: Sequence[str]) -> None:
        """Set the choice's text (a tick label, a legend entry) in bold."""
        for text, alternative in zip(texts, alternatives, strict=True):
            if alternative == self.choice:
                text.set_fontweight("bold")

    def choice_entry(self) -> list[Any]:
        """``[the ★ legend entry]`` when the decision has a choice, else ``[]``."""
        return [] if self.by is None or self.choice is None else [choice_handle(self.by, self.lang)]


# -- figures ------------------------------------------------------------------------------

_OFFSCREEN: contextvars.ContextVar[bool] = contextvars.ContextVar("offscreen", default=False)


@contextlib.contextmanager
def offscreen() -> Iterator[None]:
    """Inside this block, plots drawn without an ``ax`` get a figure of their own size
    that pyplot does not manage (nothing to close, no backend touched; thread-safe)."""
    token = _OFFSCREEN.set(True)
    try:
        yield
    finally:
        _OFFSCREEN.reset(token)


def new_axes(size: tuple[float, float]) -> Axes:
    """A new Axes on a figure of ``size`` inches with constrained layout: through pyplot
    (a notebook shows it), or offscreen inside :func:`offscreen`."""
    if _OFFSCREEN.get():
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=size, layout="constrained")
        FigureCanvasAgg(figure)  # one renderer for the layout and the PNG: text measured once
        return figure.subplots()
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax
