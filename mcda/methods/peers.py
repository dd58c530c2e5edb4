"""The peers' methods (WSM, WPM, VIKOR, PROMETHEE II, SPOTIS), under their old home.

They are implemented in :mod:`mcda.methods.classic` and :mod:`mcda.methods.promethee`
(no longer through pymcdm, whose import loads matplotlib and pandas, and which dropped
tied criteria and rescaled the others' weights); pymcdm remains the independent
implementation the tests compare them with.
"""

from __future__ import annotations

from mcda.methods.classic import spotis, tied_columns, vikor, wpm, wsm
from mcda.methods.promethee import promethee_ii

__all__ = ["promethee_ii", "spotis", "tied_columns", "vikor", "wpm", "wsm"]
