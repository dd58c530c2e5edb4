"""Turn a matplotlib Figure into deterministic SVG text and PNG bytes."""

from __future__ import annotations

import io
from typing import Any

from mcda.report.document import Figure


def render_figure(figure: Any, name: str, caption: str) -> Figure:
    """Render ``figure`` (a matplotlib Figure) as SVG text and PNG bytes.

    The SVG has a fixed hash salt and no date, and the PNG no timestamp, so the same
    plot gives the same bytes on every run (the committed example report relies on it).
    """
    import matplotlib

    with matplotlib.rc_context({"svg.hashsalt": "mcda", "svg.fonttype": "none"}):
        svg_buffer = io.StringIO()
        figure.savefig(svg_buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
        png_buffer = io.BytesIO()
        figure.savefig(
            png_buffer, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None}
        )
    svg = svg_buffer.getvalue()
    start = svg.find("<svg")
    return Figure(
        name=name,
        svg=svg[start:] if start >= 0 else svg,
        png=png_buffer.getvalue(),
        caption=caption,
    )
