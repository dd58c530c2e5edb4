"""Sweep and import speed.

* One-at-a-time sweeps of all five criteria on 24 × 5 at 101 points, exact reversal
  points included, against the peer: pymcdm's TOPSIS evaluated at the same 505 grid
  weights (grid values only, no root finding).
* ``python -c "import mcda"`` against ``python -c "import numpy"`` (the floor).

Run: ``.venv/bin/python benchmarks/sweep_bench.py``
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

from mcda.sensitivity import weight_sweep
from mcda.sensitivity.sweeps import sweep_path


def median_time(function, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_time(module: str, repeats: int = 7, cached: bool = False) -> float:
    """Median wall time of ``python -c "import MODULE"``.

    ``cached``: with a warm bytecode cache (in a temporary directory), as a normal
    installation has; otherwise in this environment as it is (which may set
    PYTHONDONTWRITEBYTECODE, so every run compiles mcda from source).
    """
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as cache:
        if cached:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = cache
            subprocess.run([sys.executable, "-c", f"import {module}"], check=True, env=env)

        def run() -> None:
            subprocess.run([sys.executable, "-c", f"import {module}"], check=True, env=env)

        return median_time(run, repeats)


def main() -> None:
    from pymcdm.methods import TOPSIS

    rng = np.random.default_rng(0)
    matrix = rng.uniform(1, 10, (24, 5))
    directions = ["min", "max", "max", "min", "max"]
    weights = rng.dirichlet(np.ones(5))
    result = weight_sweep(matrix, directions, weights)
    engine = median_time(lambda: weight_sweep(matrix, directions, weights), 21)
    equal = median_time(
        lambda: weight_sweep(matrix, directions, weights, redistribution="equal"), 21
    )
    grid = np.linspace(0, 1, 101)
    all_weights = np.concatenate([sweep_path(weights, j, grid, "proportional") for j in range(5)])
    types = np.array([1 if d == "max" else -1 for d in directions])
    method = TOPSIS()

    def peer() -> None:
        for w in all_weights:
            method(matrix, w, types, validation=False)

    peer_time = median_time(peer, 5)
    print("Sweeps of all 5 criteria on 24 × 5, 101 points each")
    print(f"  reversal points found:            {len(result.reversals)}")
    print(f"  engine (proportional):            {engine * 1e3:8.2f} ms")
    print(f"  engine (equal redistribution):    {equal * 1e3:8.2f} ms")
    print(f"  pymcdm TOPSIS at the 505 points:  {peer_time * 1e3:8.2f} ms (no reversal points)")
    print(f"  ratio peer / engine:              {peer_time / engine:8.1f} ×")
    print('python -c "import mcda"')
    for cached in (False, True):
        label = "warm bytecode cache" if cached else "environment as is"
        print(f"  import mcda ({label}):{' ' * (19 - len(label))}"
              f"{import_time('mcda', cached=cached):8.3f} s")  # fmt: skip
    print(f"  import numpy (floor):             {import_time('numpy', cached=True):8.3f} s")
    print(f"  PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}")


if __name__ == "__main__":
    main()
