"""mcda — multi-criteria decision analysis with evidence-traced scores.

The public API (pure computation; plotting and I/O live in their own modules)::

    import mcda
    problem = mcda.load_problem("criteria/klimanord/ambition.toml")
    result = mcda.rank(problem)          # TOPSIS on the file's default weights
    result.to_frame()

Only AHP (``mcda.ahp``) is imported at once; every other public name is imported on
first use (``mcda.rank``, ``mcda.smaa``, …; PEP 562), so that ``import mcda`` and the
``mcda`` command start fast. :data:`_LAZY` lists where each name lives.
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

# ``ahp`` is imported at once: the function shares its name with the package mcda.ahp,
# which importing any mcda.ahp module would otherwise bind to ``mcda.ahp`` first.
from mcda.ahp import RANDOM_INDEX_TABLES, AhpResult, Revision, ahp, random_index

if _TYPE_CHECKING:  # the names below are imported on first use (see __getattr__)
    from mcda.ahp.group import GroupResult, group_ahp
    from mcda.ahp.hierarchy import HierarchyResult, ahp_hierarchy
    from mcda.analysis import CaseAnalysis, DecisionAnalysis, analyse, analyse_case
    from mcda.case import load_case
    from mcda.cli.sensitivity_commands import sensitivity_folder
    from mcda.correlation import kendall, rank_correlation, spearman, weighted_spearman, ws
    from mcda.diagnostics import Diagnosis, diagnose
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
    from mcda.findings import Findings, findings
    from mcda.methods import METHODS, Method, get_method
    from mcda.methods.api import (
        copras,
        promethee_ii,
        spotis,
        topsis,
        vikor,
        weighted_sum,
        wpm,
        wsm,
    )
    from mcda.methods.topsis import TopsisResult, topsis_steps
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
    from mcda.sampling import WeightConstraints
    from mcda.sensitivity import SmaaResult, smaa, smaa_problem
    from mcda.tabular import read_table, write_table
    from mcda.values import ValueFunction, ValueScales
    from mcda.weights import normalize_weights

#: Public names imported on first use, and the module each comes from.
_LAZY: dict[str, str] = {
    **dict.fromkeys(("GroupResult", "group_ahp"), "mcda.ahp.group"),
    **dict.fromkeys(("HierarchyResult", "ahp_hierarchy"), "mcda.ahp.hierarchy"),
    **dict.fromkeys(
        ("kendall", "rank_correlation", "spearman", "weighted_spearman", "ws"), "mcda.correlation"
    ),
    **dict.fromkeys(
        (
            "DataFileError",
            "DegenerateProblemError",
            "InconsistentJudgementsWarning",
            "McdaError",
            "McdaWarning",
            "ValidationError",
        ),
        "mcda.errors",
    ),
    **dict.fromkeys(("Diagnosis", "diagnose"), "mcda.diagnostics"),
    **dict.fromkeys(("EvidenceRow", "evidence_rows"), "mcda.evidence"),
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
    **dict.fromkeys(("METHODS", "Method", "get_method"), "mcda.methods"),
    **dict.fromkeys(("TopsisResult", "topsis_steps"), "mcda.methods.topsis"),
    **dict.fromkeys(
        ("copras", "promethee_ii", "spotis", "topsis", "vikor", "weighted_sum", "wpm", "wsm"),
        "mcda.methods.api",
    ),
    **dict.fromkeys(
        (
            "Alternative",
            "Constraint",
            "Criterion",
            "Direction",
            "Evidence",
            "Family",
            "Problem",
            "Recommendation",
            "Score",
            "Screening",
            "Source",
            "Text",
            "WeightProfile",
        ),
        "mcda.model",
    ),
    **dict.fromkeys(("load_problem", "parse_problem"), "mcda.problem_file"),
    **dict.fromkeys(
        ("CaseAnalysis", "DecisionAnalysis", "analyse", "analyse_case"), "mcda.analysis"
    ),
    "load_case": "mcda.case",
    **dict.fromkeys(("Findings", "findings"), "mcda.findings"),
    **dict.fromkeys(("RankingResult", "rank", "rank_scores"), "mcda.ranking"),
    "WeightConstraints": "mcda.sampling",
    "sensitivity_folder": "mcda.cli.sensitivity_commands",
    **dict.fromkeys(("SmaaResult", "smaa", "smaa_problem"), "mcda.sensitivity"),
    **dict.fromkeys(("read_table", "write_table"), "mcda.tabular"),
    **dict.fromkeys(("ValueFunction", "ValueScales"), "mcda.values"),
    "normalize_weights": "mcda.weights",
}


#: Subpackages reachable as attributes (``mcda.weights.entropy_weights``) before any
#: import of them.
_SUBPACKAGES = (
    "weights", "sensitivity", "reproduction", "plotting", "progress", "tabular", "group", "whatif",
    "widgets",
)


def __getattr__(name: str) -> _Any:
    """Import a lazily loaded public name on first use (PEP 562)."""
    if name in _SUBPACKAGES:
        return _importlib.import_module(f"mcda.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mcda' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names: ``__all__``."""
    return sorted(__all__)


__version__ = "0.1.0"

__all__ = [
    "METHODS",
    "RANDOM_INDEX_TABLES",
    "AhpResult",
    "Alternative",
    "CaseAnalysis",
    "Constraint",
    "Criterion",
    "DataFileError",
    "DecisionAnalysis",
    "DegenerateProblemError",
    "Diagnosis",
    "Direction",
    "Evidence",
    "EvidenceRow",
    "Family",
    "Findings",
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
    "analyse",
    "analyse_case",
    "copras",
    "diagnose",
    "evidence_rows",
    "extra_per_inhabitant",
    "findings",
    "get_method",
    "group_ahp",
    "kendall",
    "load_case",
    "load_problem",
    "normalize_weights",
    "parse_problem",
    "promethee_ii",
    "random_index",
    "rank",
    "rank_correlation",
    "rank_scores",
    "read_population",
    "read_table",
    "scenario_financing",
    "sensitivity_folder",
    "smaa",
    "smaa_problem",
    "spearman",
    "spotis",
    "topsis",
    "topsis_steps",
    "vikor",
    "weighted_spearman",
    "weighted_sum",
    "weights",
    "wpm",
    "write_table",
    "ws",
    "wsm",
]
