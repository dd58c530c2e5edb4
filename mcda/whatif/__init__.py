"""The what-if page: the directors move the weights in a meeting and watch the ranking.

``whatif_page(decisions, lang=..., group=...)`` returns one self-contained HTML page
(:mod:`mcda.whatif.page`) whose arithmetic is generated from the engine
(:mod:`mcda.whatif.data`) and tested against it. ``mcda whatif`` writes it.
"""

from __future__ import annotations

from mcda.whatif.page import whatif_page

__all__ = ["whatif_page"]
