"""Eleven directors fill in their forms: a folder as the directors' meeting would hand in.

One director per North Jutland municipality. Each has hidden priorities per decision
(seeded); the forms are the ones ``mcda swing template`` and ``mcda ahp template``
write, filled in cell by cell as a director would in Excel:

* ambition — swing forms: ranks and ratings (SMART), ratings only (SWING), ranks only (ROC);
* political anchoring — AHP forms (set ``weights``: matched by their criteria), two of
  them with unanswered pairs;
* physical anchoring — AHP forms whose set id is the problem id (the roaming decision
  has the same criteria, so the set id decides);
* roaming — one CSV, ``klimanord_roaming.csv`` (``member,method,<criterion>…``);
* green tripartite — swing forms collected into one CSV by ``mcda swing collect``'s
  library function, saved under an arbitrary name (matched by its criteria).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np

from mcda.model import Problem

DIRECTORS = (
    "Aalborg",
    "Brønderslev",
    "Frederikshavn",
    "Hjørring",
    "Jammerbugt",
    "Læsø",
    "Mariagerfjord",
    "Morsø",
    "Rebild",
    "Thisted",
    "Vesthimmerland",
)
SAATY = [1 / k for k in range(9, 1, -1)] + list(range(1, 10))


def _ratings(priorities: np.ndarray) -> np.ndarray:
    """Whole-number ratings 0–100, the top swing 100 (as a director would write them)."""
    ratings = np.round(100 * priorities / priorities.max())
    ratings[int(np.argmax(priorities))] = 100
    return ratings


def _ranks(priorities: np.ndarray) -> np.ndarray:
    """Competition ranks (1 = the largest), ties where ratings are equal."""
    ratings = _ratings(priorities)
    return np.array([1 + int(np.sum(ratings > r)) for r in ratings])


def _strict_ranks(priorities: np.ndarray) -> np.ndarray:
    order = np.argsort(-priorities, kind="stable")
    ranks = np.empty(len(priorities), dtype=int)
    ranks[order] = np.arange(1, len(priorities) + 1)
    return ranks


def _saaty(ratio: float) -> str:
    value = min(SAATY, key=lambda s: abs(np.log(s) - np.log(ratio)))
    return str(int(value)) if value >= 1 else f"1/{round(1 / value)}"


def fill_swing_form(path: Path, problem: Problem, member: str, ranks, ratings) -> None:
    from openpyxl import load_workbook

    from mcda.weights.forms import (
        FIRST_ROW,
        RANK_COLUMN,
        RATING_COLUMN,
        SHEET,
        write_swing_template,
    )

    write_swing_template(problem, path)
    book = load_workbook(path)
    sheet = book[SHEET]
    sheet["B3"] = member
    for offset in range(len(problem.criteria)):
        if ranks is not None:
            sheet[f"{RANK_COLUMN}{FIRST_ROW + offset}"] = int(ranks[offset])
        if ratings is not None:
            sheet[f"{RATING_COLUMN}{FIRST_ROW + offset}"] = float(ratings[offset])
    book.save(path)


def fill_ahp_form(
    path: Path, problem: Problem, member: str, set_id: str, priorities, skip=()
) -> None:
    from openpyxl import load_workbook

    from mcda.ahp.forms import ANSWER_COLUMN, FIRST_ROW, QUESTIONS_SHEET, write_template

    write_template(problem, path, set_id=set_id)
    book = load_workbook(path)
    sheet = book[QUESTIONS_SHEET]
    sheet["B4"] = member
    index = {c: i for i, c in enumerate(problem.criterion_ids)}
    pairs = list(itertools.combinations(problem.criterion_ids, 2))
    for number, (a, b) in enumerate(pairs):
        if number in skip:
            continue
        answer = _saaty(priorities[index[a]] / priorities[index[b]])
        sheet[f"{ANSWER_COLUMN}{FIRST_ROW + number}"] = answer
    book.save(path)


def write_directors_folder(folder: Path, problems: dict[str, Problem], seed: int = 11) -> dict:
    """Write the eleven directors' answers into ``folder``; returns each director's
    hidden priorities per decision, ``{problem id: (11, n) array}``."""
    from mcda.weights.forms import read_swing_form, weights_csv

    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    hidden = {}
    for problem in problems.values():  # a shared view of the decision, and each their own
        common = rng.dirichlet(np.full(len(problem.criteria), 2.0))
        hidden[problem.id] = rng.dirichlet(12 * common + 0.5, len(DIRECTORS))
    ambition = problems["ambition"]
    for i, member in enumerate(DIRECTORS):
        p = hidden[ambition.id][i]
        path = folder / f"ambition_{i + 1:02d}.xlsx"
        if i < 6:
            fill_swing_form(path, ambition, member, _ranks(p), _ratings(p))
        elif i < 9:
            fill_swing_form(path, ambition, member, None, _ratings(p))
        else:
            fill_swing_form(path, ambition, member, _strict_ranks(p), None)
    political = problems["political_anchoring"]
    for i, member in enumerate(DIRECTORS):
        skip = (0, 7) if i in (3, 8) else ()
        fill_ahp_form(
            folder / f"political_{i + 1:02d}.xlsx",
            political,
            member,
            "weights",
            hidden[political.id][i],
            skip,
        )
    physical = problems["physical_anchoring"]
    for i, member in enumerate(DIRECTORS):
        fill_ahp_form(
            folder / f"physical_{i + 1:02d}.xlsx",
            physical,
            member,
            physical.id,
            hidden[physical.id][i],
        )
    roaming = problems["roaming"]
    lines = ["member,method," + ",".join(roaming.criterion_ids)]
    for i, member in enumerate(DIRECTORS):
        ratings = _ratings(hidden[roaming.id][i])
        lines.append(f"{member},swing," + ",".join(f"{r:g}" for r in ratings))
    (folder / f"{roaming.id}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    green = problems["green_tripartite"]
    scratch = folder.parent / f".{folder.name}-green"
    scratch.mkdir(exist_ok=True)
    forms = []
    for i, member in enumerate(DIRECTORS):
        path = scratch / f"green_{i + 1:02d}.xlsx"
        p = hidden[green.id][i]
        fill_swing_form(path, green, member, _ranks(p), _ratings(p))
        forms.append(read_swing_form(path))
    (folder / "green_weights.csv").write_text(weights_csv(forms), encoding="utf-8")
    return hidden
