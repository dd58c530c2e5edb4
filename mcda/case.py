"""A *case*: a folder of problem files that belong together (e.g. Klima Nord's decisions).

The built-in case is ``criteria/klimanord`` (relative to the repository root, where the
README's commands run). Its files come in the order of T11's paper; any other
``*.toml`` in the folder follows in name order.
"""

from __future__ import annotations

from pathlib import Path

from mcda.errors import DataFileError
from mcda.model import Problem
from mcda.problem_file import load_problem

__all__ = [
    "AMBITION_FILE",
    "CASE_ORDER",
    "DEFAULT_CASE",
    "POPULATION_FILE",
    "case_files",
    "load_case",
]

#: The built-in case, relative to the repository root (the working directory).
DEFAULT_CASE = Path("criteria/klimanord")
#: The Klima Nord decisions in the order of T11's paper.
CASE_ORDER = (
    "ambition.toml",
    "political_anchoring.toml",
    "physical_anchoring.toml",
    "roaming.toml",
    "green_tripartite.toml",
)
#: The problem file with the ambition scenarios, and the population file, in a case folder.
AMBITION_FILE = "ambition.toml"
POPULATION_FILE = Path("sources") / "municipalities.csv"


def case_files(case: str | Path) -> list[Path]:
    """The problem files of ``case``: the file itself, or the folder's ``*.toml`` files
    (the Klima Nord order first, then the rest by name)."""
    folder = Path(case)
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise DataFileError(f"{folder}: no such case folder or problem file")
    found = sorted(folder.glob("*.toml"))
    if not found:
        raise DataFileError(f"{folder}: no problem files (*.toml) in the case folder")
    known = [folder / name for name in CASE_ORDER if (folder / name) in found]
    return known + [path for path in found if path not in known]


def load_case(case: str | Path) -> tuple[Problem, ...]:
    """Load every problem file of ``case`` (see :func:`case_files`)."""
    return tuple(load_problem(path) for path in case_files(case))
