"""AHP speed: mcda.ahp against pymcdm's AHP and AHPy on the same matrices, in one run.

For complete matrices of order 5, 10 and 15 (random judgements on Saaty's scale) it
times the priorities and CR of each library (median of repeats) and prints the ratios.
mcda also searches for the judgement to revise, which the peers do not do, so it is
timed twice: with and without that search (``revise=False``). A second table times the
completion of an incomplete matrix (mcda: gradient BFGS; AHPy: cyclic coordinates).

Run: ``.venv/bin/python benchmarks/ahp_bench.py [--quick]``
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time
import warnings
from collections.abc import Callable

import numpy as np

import mcda
from mcda.ahp.completion import complete
from mcda.errors import InconsistentJudgementsWarning

SCALE = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1 / 2, 1, 2, 3, 5, 7, 9]


def random_matrix(n: int, seed: int, missing: float = 0.0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    matrix = np.ones((n, n))
    for i, j in itertools.combinations(range(n), 2):
        value = float(rng.choice(SCALE)) if rng.random() >= missing or j == i + 1 else np.nan
        matrix[i, j], matrix[j, i] = value, 1 / value
    return matrix


def timed(function: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def as_pairs(matrix: np.ndarray) -> dict[tuple[str, str], float]:
    n = matrix.shape[0]
    return {
        (f"x{i}", f"x{j}"): float(matrix[i, j])
        for i, j in itertools.combinations(range(n), 2)
        if not np.isnan(matrix[i, j])
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    repeats = 3 if args.quick else 15
    warnings.simplefilter("ignore", InconsistentJudgementsWarning)

    import ahpy
    from pymcdm.weights.subjective import AHP

    print("complete matrices: median seconds per call (priorities + CR)")
    print(f"{'n':>3} {'mcda':>10} {'no revise':>10} {'pymcdm':>10} {'AHPy':>10} "
          f"{'core/pymcdm':>12} {'core/AHPy':>10}")  # fmt: skip
    for n in (5, 10, 15):
        matrix = random_matrix(n, n)
        pairs = as_pairs(matrix)
        ours = timed(lambda m=matrix: mcda.ahp(m), repeats)
        core = timed(lambda m=matrix: mcda.ahp(m, revise=False), repeats)

        def pymcdm_run(m: np.ndarray = matrix) -> None:
            model = AHP(matrix=m)
            model()
            model.get_cr()

        peer = timed(pymcdm_run, repeats)
        other = timed(lambda p=pairs: ahpy.Compare("x", p, precision=10), repeats)
        print(f"{n:>3} {ours:>10.5f} {core:>10.6f} {peer:>10.6f} {other:>10.5f} "
              f"{core / peer:>12.2f} {core / other:>10.2f}")  # fmt: skip

    print("\nincomplete matrices (40 % missing): median seconds per completion")
    print(f"{'n':>3} {'mcda':>10} {'AHPy':>10} {'mcda/AHPy':>10} {'max |Δw|':>10}")
    for n in (5, 8, 12):
        matrix = random_matrix(n, 100 + n, missing=0.4)
        pairs = as_pairs(matrix)
        ours = timed(lambda m=matrix: complete(m), repeats)
        other = timed(lambda p=pairs: ahpy.Compare("x", p, precision=10, cr=False), repeats)
        weights = mcda.ahp(matrix, check_scale=False).weights
        peer_weights = ahpy.Compare("x", pairs, precision=10, cr=False).target_weights
        gap = max(abs(weights[i] - peer_weights[f"x{i}"]) for i in range(n))
        print(f"{n:>3} {ours:>10.5f} {other:>10.5f} {ours / other:>10.2f} {gap:>10.2e}")


if __name__ == "__main__":
    main()
