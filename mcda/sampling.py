"""Random weight vectors. Randomness enters through one ``rng`` (int seed or Generator)."""

from __future__ import annotations

import numpy as np

from mcda.errors import ValidationError

__all__ = ["as_generator", "uniform_simplex"]


def as_generator(rng: int | np.random.Generator | None) -> np.random.Generator:
    """``np.random.default_rng(rng)``; ``None`` draws fresh entropy (not reproducible)."""
    if isinstance(rng, bool):
        raise ValidationError(f"rng: expected an int seed or a Generator, got {rng!r}")
    return np.random.default_rng(rng)


def uniform_simplex(n_samples: int, n_criteria: int, rng: np.random.Generator) -> np.ndarray:
    """``n_samples`` weight vectors uniform on the simplex {w ≥ 0, Σw = 1}, shape (S, n).

    Normalised standard exponentials, i.e. Dirichlet(1, …, 1) (Rubinstein & Kroese 2016,
    *Simulation and the Monte Carlo Method*, 3rd ed., §2.5.4).
    """
    if n_samples < 0 or n_criteria < 1:
        raise ValidationError(
            f"uniform_simplex: need n_samples ≥ 0 and n_criteria ≥ 1, got {n_samples}, {n_criteria}"
        )
    draws = rng.standard_exponential((n_samples, n_criteria))
    return draws / draws.sum(axis=1, keepdims=True)
