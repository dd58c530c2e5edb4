"""Every figure mcda writes to a file is rendered here: inert text, the same bytes.

* Text from problem files is never read as mathtext: ``"5 $ and 7 $"`` is a label, not
  a formula (matplotlib would otherwise parse ``$…$`` and fail on unbalanced dollars).
  Every text of the figure is set plain before it is drawn, and tick labels that
  matplotlib creates while drawing are created under ``text.parse_math = False``.
* Texts longer than :data:`LONGEST_TEXT` characters are cut (layout time grows with
  them; a label that long is unreadable anyway).
* SVG output has a fixed hash salt (element ids) and no date; PNG output has no
  software or date stamp, so the same figure gives the same bytes on every run.

:func:`draw` and :func:`render` are the cheap way from a plot to bytes: the plot on a
figure of its own size that pyplot does not manage, laid out once (constrained layout)
and saved once per format, with no second "tight" pass.
"""

from __future__ import annotations

import io
import weakref
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["RC", "draw", "figure_bytes", "lay_out", "plain_text", "render"]

#: The rc settings every saved figure is drawn under.
RC: dict[str, Any] = {"text.parse_math": False, "svg.hashsalt": "mcda", "svg.fonttype": "none"}

_METADATA = {"svg": {"Date": None}, "png": {"Software": None}}


#: Figures :func:`render` has laid out (and whose layout engine it removed).
_LAID_OUT: weakref.WeakSet[Any] = weakref.WeakSet()

#: Longer texts are cut with an ellipsis (a 20,000-character label took 13 s to lay out).
LONGEST_TEXT = 200


def plain_text(figure: Any) -> Any:
    """Switch off mathtext on every text already in ``figure`` and cut overlong ones;
    returns the figure."""
    from matplotlib.text import Text

    for text in figure.findobj(Text):
        text.set_parse_math(False)
        content = text.get_text()
        if len(content) > LONGEST_TEXT:
            text.set_text(content[: LONGEST_TEXT - 1] + "…")
    return figure


def figure_bytes(figure: Any, kind: str, *, dpi: float = 110, tight: bool = True) -> bytes:
    """``figure`` (a matplotlib Figure) as ``kind`` (``"png"``, ``"svg"``, …) bytes."""
    import matplotlib

    rc_context: Any = matplotlib.rc_context  # typed with literal keys only
    buffer = io.BytesIO()
    with rc_context(RC):
        plain_text(figure)
        figure.savefig(
            buffer,
            format=kind,
            dpi=dpi,
            bbox_inches="tight" if tight else None,
            metadata=_METADATA.get(kind),
        )
    return buffer.getvalue()


def draw(plot: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``plot(*args, **kwargs)`` (a function of :mod:`mcda.plotting`, without ``ax``) on
    a new figure of the plot's own size that pyplot does not manage; returns the Figure."""
    from mcda.plotting.style import offscreen

    with offscreen():
        ax = plot(*args, **kwargs)
    return ax.figure


def lay_out(figure: Any, *, dpi: float = 110) -> Any:
    """Lay ``figure`` out once for saving at ``dpi`` and freeze that layout; returns it.

    A figure with a layout engine (the plots' own figures use constrained layout) has
    it run a single time, at ``dpi`` (text extents as the raster will have them), and
    then removed, so a save costs one draw and every format gets the same layout.
    Overlong texts are cut first (:func:`plain_text`). A figure without an engine is
    left as it is.
    """
    import matplotlib
    from matplotlib.layout_engine import PlaceHolderLayoutEngine

    rc_context: Any = matplotlib.rc_context
    plain_text(figure)
    engine = figure.get_layout_engine()
    if engine is not None and figure not in _LAID_OUT:
        if not isinstance(engine, PlaceHolderLayoutEngine):  # (a placeholder: laid out)
            figure.set_dpi(dpi)
            with rc_context(RC):
                engine.execute(figure)
        _LAID_OUT.add(figure)
    if figure in _LAID_OUT:  # with any engine left, savefig would lay it out again
        with rc_context({"figure.autolayout": False, "figure.constrained_layout.use": False}):
            figure.set_layout_engine(None)
    return figure


def render(
    figure: Any, kinds: Sequence[str] = ("svg", "png"), *, dpi: float = 110
) -> dict[str, bytes]:
    """``{kind: bytes}`` of ``figure`` in each format of ``kinds``: laid out once
    (:func:`lay_out`) and drawn once per format; a figure without a layout engine is
    saved with a tight bounding box, as :func:`figure_bytes` does. The same figure gives
    the same bytes on every call."""
    had_engine = figure.get_layout_engine() is not None or figure in _LAID_OUT
    lay_out(figure, dpi=dpi)
    return {kind: figure_bytes(figure, kind, dpi=dpi, tight=not had_engine) for kind in kinds}
