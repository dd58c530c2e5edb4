"""Synthetic decision problems for the reproduction tests (issue 6).

Every score is marked as an assumption (no evidence needed), so a problem is just a
matrix with directions; :func:`write_problem` writes it as a TOML problem file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

import mcda


def problem_toml(
    matrix: Sequence[Sequence[float]],
    directions: Sequence[str],
    *,
    problem_id: str = "synthetic",
    alternatives: Sequence[str] | None = None,
    criteria: Sequence[str] | None = None,
    recommend: str | None = None,
    profiles: Mapping[str, Sequence[float]] | None = None,
    screen_out: str | None = None,
) -> str:
    """The TOML text of a problem with ``matrix`` (m, n) and ``directions`` (n)."""
    values = np.asarray(matrix, dtype=float)
    m, n = values.shape
    alternatives = list(alternatives or [f"a{i}" for i in range(m)])
    criteria = list(criteria or [f"c{j}" for j in range(n)])
    lines = [
        "[problem]",
        f'id = "{problem_id}"',
        f'title = {{ da = "Syntetisk {problem_id}", en = "Synthetic {problem_id}" }}',
        "",
    ]
    for alternative in alternatives:
        lines += [
            "[[alternatives]]",
            f'id = "{alternative}"',
            f'label = {{ da = "Alt {alternative}", en = "Alt {alternative}" }}',
            "",
        ]
    for criterion, direction in zip(criteria, directions, strict=True):
        lines += [
            "[[criteria]]",
            f'id = "{criterion}"',
            f'label = {{ da = "Krit {criterion}", en = "Crit {criterion}" }}',
            f'direction = "{direction}"',
            'scale = "numeric"',
            'unit = "points"',
            "",
        ]
    for name, weights in (profiles or {}).items():
        pairs = ", ".join(f"{c} = {w!r}" for c, w in zip(criteria, weights, strict=True))
        lines += ["[[profiles]]", f'id = "{name}"', f"weights = {{ {pairs} }}", ""]
    if screen_out is not None:
        lines += [
            "[[constraints]]",
            'id = "must_have"',
            'label = { da = "Skal-krav", en = "Must-have" }',
            f"[constraints.fails.{screen_out}]",
            'quote = "It does not qualify."',
            'section = "Test"',
            "",
        ]
    if recommend is not None:
        lines += [
            "[recommendation]",
            'by = "T11"',
            f'alternative = "{recommend}"',
            'quote = "We recommend it."',
            'section = "Test"',
            "",
        ]
    for i, alternative in enumerate(alternatives):
        for j, criterion in enumerate(criteria):
            lines += [
                f"[scores.{alternative}.{criterion}]",
                f"value = {float(values[i, j])!r}",
                "assumption = true",
                'reason = "synthetic test value"',
            ]
    return "\n".join(lines) + "\n"


def write_problem(path: Path, matrix: Sequence[Sequence[float]], directions: Sequence[str],
                  **options: object) -> Path:
    """Write :func:`problem_toml` to ``path`` and return it."""
    path.write_text(problem_toml(matrix, directions, **options), encoding="utf-8")  # type: ignore[arg-type]
    return path


def make_problem(tmp_path: Path, matrix: Sequence[Sequence[float]], directions: Sequence[str],
                 name: str = "problem.toml", **options: object) -> mcda.Problem:
    """Write a synthetic problem under ``tmp_path`` and load it with the engine."""
    return mcda.load_problem(write_problem(tmp_path / name, matrix, directions, **options))
