"""Every figure mcda writes to a file is rendered here: inert text, the same bytes.

* Text from problem files is never read as mathtext: ``"5 $ and 7 $"`` is a label, not
  a formula (matplotlib would otherwise parse ``$…$`` and fail on unbalanced dollars).
  Every text of the figure is set plain before it is drawn, and tick labels that
  matplotlib creates while drawing are created under ``text.parse_math = False``.
* Texts longer than :data:`LONGEST_TEXT` characters are cut (layout time grows with
  them; a label that long is unreadable anyway).
* SVG output has a fixed hash salt (element ids) and no date; PNG output has no
  software or date stamp, so the same figure gives the same bytes on every run.
"""

from __future__ import annotations

import io
from typing import Any

__all__ = ["RC", "figure_bytes", "plain_text"]

#: The rc settings every saved figure is drawn under.
RC: dict[str, Any] = {"text.parse_math": False, "svg.hashsalt": "mcda", "svg.fonttype": "none"}

_METADATA = {"svg": {"Date": None}, "png": {"Software": None}}


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
