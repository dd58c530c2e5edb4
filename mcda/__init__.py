"""mcda — multi-criteria decision analysis with evidence-traced scores.

The public API (pure computation; plotting and I/O live in their own modules)::

    import mcda
    problem = mcda.load_problem("criteria/klimanord/ambition.toml")
    result = mcda.rank(problem)          # TOPSIS on the file's default weights
    result.to_frame()

The core (problem model, loader, methods, ranking) is imported at once. The larger
families — SMAA, AHP groups and hierarchies, evidence, financing, rank correlations — are
imported on first use of one of their names (``mcda.smaa``, ``mcda.group_ahp``, …; PEP 562), so that
``import mcda`` stays fast. :data:`_LAZY` lists where each of those names lives.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# ``ahp`` is imported at once: the function shares its name with the package mcda.ahp,
# which a later ``import mcda.ahp.group`` would otherwise bind to ``mcda.ahp``.
from mcda.ahp import RANDOM_INDEX_TABLES, AhpResult, Revision, ahp, random_index
from mcda.errors import (
    DataFileError,
    DegenerateProblemError,
    InconsistentJudgementsWarning,
    McdaError,
    McdaWarning,
    ValidationError,
)
from mcda.methods import METHODS, Method, get_method
from mcda.methods.topsis import TopsisResult, topsis, topsis_steps
from mcda.model import (
    Alternative,
    Constraint,
    Criterion,
    Direction,
    Evidence,
    Family,
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
from mcda.weights import normalize_weights

if TYPE_CHECKING:  # the names below are imported on first use (see __getattr__)
    from mcda.ahp.group import GroupResult, group_ahp
    from mcda.ahp.hierarchy import HierarchyResult, ahp_hierarchy
    from mcda.correlation import kendall, rank_correlation, spearman, weighted_spearman, ws
    from mcda.diagnostics import Diagnosis, diagnose
    from mcda.evidence import EvidenceRow, evidence_rows
    from mcda.financing import (
        Population,
        ScenarioFinancing,
        extra_per_inhabitant,
        read_population,
        scenario_financing,
    )
    from mcda.methods.additive import weighted_sum
    from mcda.sampling import WeightConstraints
    from mcda.sensitivity import SmaaResult, smaa, smaa_problem
    from mcda.values import ValueFunction, ValueScales

#: Public names imported on first use, and the module each comes from.
_LAZY: dict[str, str] = {
    **dict.fromkeys(("GroupResult", "group_ahp"), "mcda.ahp.group"),
    **dict.fromkeys(("HierarchyResult", "ahp_hierarchy"), "mcda.ahp.hierarchy"),
    **dict.fromkeys(
        ("kendall", "rank_correlation", "spearman", "weighted_spearman", "ws"), "mcda.correlation"
    ),
    **dict.fromkeys(("EvidenceRow", "evidence_rows"), "mcda.evidence"),
    **dict.fromkeys(("Diagnosis", "diagnose"), "mcda.diagnostics"),
    **dict.fromkeys(("ValueFunction", "ValueScales"), "mcda.values"),
    "weighted_sum": "mcda.methods.additive",
    **dict.fromkeys(
        (
            "Population",
            "ScenarioFinancing",
            "extra_per_inhabitant",
            "read_population",
            "scenario_financing",
        ),
        "mcda.financing",
    ),
    "WeightConstraints": "mcda.sampling",
    **dict.fromkeys(("SmaaResult", "smaa", "smaa_problem"), "mcda.sensitivity"),
}


def __getattr__(name: str) -> Any:
    """Import a lazily loaded public name on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mcda' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


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
    "Diagnosis",
    "Direction",
    "Evidence",
    "EvidenceRow",
    "Family",
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
    "ValueFunction",
    "ValueScales",
    "WeightConstraints",
    "WeightProfile",
    "__version__",
    "ahp",
    "ahp_hierarchy",
    "diagnose",
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
    "weighted_sum",
    "ws",
]
