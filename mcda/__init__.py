"""mcda — multi-criteria decision analysis with evidence-traced scores.

The public API (pure computation; plotting and I/O live in their own modules)::

    import mcda
    problem = mcda.load_problem("criteria/examples/office.toml")
    result = mcda.rank(problem, "equal", method="topsis")
    result.to_frame()
"""

from __future__ import annotations

from mcda.ahp import RANDOM_INDEX_TABLES, AhpResult, Revision, ahp, random_index
from mcda.ahp.group import GroupResult, group_ahp
from mcda.ahp.hierarchy import HierarchyResult, ahp_hierarchy
from mcda.correlation import kendall, rank_correlation, spearman, weighted_spearman, ws
from mcda.errors import (
    DataFileError,
    DegenerateProblemError,
    InconsistentJudgementsWarning,
    McdaError,
    McdaWarning,
    ValidationError,
)
from mcda.evidence import EvidenceRow, evidence_rows
from mcda.financing import (
    Population,
    ScenarioFinancing,
    extra_per_inhabitant,
    read_population,
    scenario_financing,
)
from mcda.methods import METHODS, Method, get_method
from mcda.methods.topsis import TopsisResult, topsis, topsis_steps
from mcda.model import (
    Alternative,
    Constraint,
    Criterion,
    Direction,
    Evidence,
    Problem,
    Recommendation,
    Score,
    Screening,
    Source,
    Text,
    WeightProfile,
)
from mcda.problem_file import load_problem, parse_problem
from mcda.ranking import RankingResult, rank, rank_scores
from mcda.sampling import WeightConstraints
from mcda.sensitivity import SmaaResult, smaa, smaa_problem
from mcda.weights import normalize_weights

__version__ = "0.1.0"

__all__ = [
    "METHODS",
    "RANDOM_INDEX_TABLES",
    "AhpResult",
    "Alternative",
    "Constraint",
    "Criterion",
    "DataFileError",
    "DegenerateProblemError",
    "Direction",
    "Evidence",
    "EvidenceRow",
    "GroupResult",
    "HierarchyResult",
    "InconsistentJudgementsWarning",
    "McdaError",
    "McdaWarning",
    "Method",
    "Population",
    "Problem",
    "RankingResult",
    "Recommendation",
    "Revision",
    "ScenarioFinancing",
    "Score",
    "Screening",
    "SmaaResult",
    "Source",
    "Text",
    "TopsisResult",
    "ValidationError",
    "WeightConstraints",
    "WeightProfile",
    "__version__",
    "ahp",
    "ahp_hierarchy",
    "evidence_rows",
    "extra_per_inhabitant",
    "get_method",
    "group_ahp",
    "kendall",
    "load_problem",
    "normalize_weights",
    "parse_problem",
    "random_index",
    "rank",
    "rank_correlation",
    "rank_scores",
    "read_population",
    "scenario_financing",
    "smaa",
    "smaa_problem",
    "spearman",
    "topsis",
    "topsis_steps",
    "weighted_spearman",
    "ws",
]
