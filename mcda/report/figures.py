"""Turn a matplotlib Figure into deterministic SVG text and PNG bytes."""

from __future__ import annotations

from typing import Any

from mcda.report.document import Figure


def render_figure(figure: Any, name: str, caption: str) -> Figure:
    """Render ``figure`` (a matplotlib Figure) as SVG text and PNG bytes.

    Through :func:`mcda.plotting.files.figure_bytes`: plain text (no mathtext), and the
    same bytes on every run (the committed example report relies on it).
    """
    from mcda.plotting.files import figure_bytes

    svg = figure_bytes(figure, "svg").decode("utf-8")
    start = svg.find("<svg")
    return Figure(
        name=name,
        svg=svg[start:] if start >= 0 else svg,
        png=figure_bytes(figure, "png", dpi=110),
        caption=caption,
    )
