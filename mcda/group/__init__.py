"""The directors' own weights: read from their filled forms, and what they say together.

:func:`read_directors` reads a folder of the directors' answers — filled swing forms
(``mcda swing template``), filled AHP forms of the criteria (``mcda ahp template``) and
CSV files of weights (``mcda swing collect``'s ``member,method,<criterion>…``) — and
matches each to its decision: a swing form by the problem id it records, an AHP form
by the criterion ids it compares (a form whose set id is a problem id goes to that
decision only; otherwise to every decision with exactly these criteria, as the
physical-anchoring and roaming decisions share theirs), a CSV file by its name
``<problem id>.csv`` or else by its criterion columns.

:func:`group_analysis` ranks each decision with every director's weights (the method
of the decision's analysis, with and without the stated requirements) and adds what
they say together: the aggregate (the mean of the normalised weights; for the
directors who answered AHP forms also AIJ, the AHP of the element-wise geometric mean
of their judgements, Aczél & Saaty 1983), the agreement on the criteria's order
(Kendall's W of the directors' weight rankings, with the tie correction; Kendall &
Babington Smith 1939) and the share of directors for whom the stated choice comes
first. :meth:`GroupAnalysis.sentences` says it in Danish or English.

Pure reading and computation; the CLI (``mcda group``) and the what-if page render it.
Modules: :mod:`~mcda.group.reading` (the folder), :mod:`~mcda.group.analysis` (winners,
aggregates, agreement), :mod:`~mcda.group.sentences` (the findings in words).
"""

from __future__ import annotations

from mcda.group.analysis import DecisionGroup, GroupAnalysis, group_analysis
from mcda.group.reading import DirectorsWeights, DirectorWeights, read_directors
from mcda.group.sentences import agreement_strength, decision_sentences, group_sentences

__all__ = [
    "DecisionGroup",
    "DirectorWeights",
    "DirectorsWeights",
    "GroupAnalysis",
    "agreement_strength",
    "decision_sentences",
    "group_analysis",
    "group_sentences",
    "read_directors",
]
