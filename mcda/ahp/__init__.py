"""The Analytic Hierarchy Process: priorities, consistency, hierarchy, groups, forms.

``mcda.ahp(judgements)`` (from :mod:`mcda.ahp.priorities`) is the entry point for one
matrix. Note that ``mcda.ahp`` is that *function*; import the modules of this package by
their full name (``from mcda.ahp.group import group_ahp``).
"""

from __future__ import annotations

from mcda.ahp.priorities import AhpResult, Revision, ahp
from mcda.ahp.random_index import RANDOM_INDEX_TABLES, random_index

__all__ = ["RANDOM_INDEX_TABLES", "AhpResult", "Revision", "ahp", "random_index"]
