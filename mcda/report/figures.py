"""Draw report figures once, as deterministic SVG (the HTML inlines it, Markdown links it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mcda.report.document import Figure


def render_figure(figure: Any, name: str, caption: str, alt: str = "") -> Figure:
    """``figure`` (a matplotlib Figure) as SVG text, through
    :func:`mcda.plotting.files.render`: laid out once, plain text (no mathtext), and the
    same bytes on every run (the committed example report relies on it). SVG only: no
    output of the report needs a raster."""
    from mcda.plotting.files import render

    svg = render(figure, ("svg",))["svg"].decode("utf-8")
    start = svg.find("<svg")
    return Figure(name=name, svg=svg[start:] if start >= 0 else svg, caption=caption, alt=alt)


@dataclass(frozen=True)
class Plots:
    """Draws figures for the report; draws nothing when ``enabled`` is false."""

    enabled: bool = True

    def make(
        self,
        plot: Callable[..., Any],
        *args: Any,
        name: str,
        caption: str,
        alt: str = "",
        **kwargs: Any,
    ) -> list[Figure]:
        """``[figure]`` of ``plot(*args, **kwargs)`` (a :mod:`mcda.plotting` function,
        on a figure of its own size, outside pyplot), or ``[]`` when disabled."""
        if not self.enabled:
            return []
        from mcda.plotting.files import draw

        return [render_figure(draw(plot, *args, **kwargs), name, caption, alt)]
