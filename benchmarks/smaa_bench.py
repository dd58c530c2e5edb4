"""SMAA speed: the engine against a per-sample loop over pymcdm's TOPSIS, in one run.

Prints samples per second for each and the ratios (medians of repeated runs), the
1,000 × 20 case, and the peak resident memory of a separate process running
10,000,000 samples (and 1,000,000, to show memory does not grow with the count).

Run: ``.venv/bin/python benchmarks/smaa_bench.py [--quick]``
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

import numpy as np

import mcda
from mcda.sampling import uniform_simplex

# VmHWM (peak resident set of this process image); ru_maxrss would carry over the
# parent's peak across fork + exec on Linux.
MEMORY_SCRIPT = """
import sys, numpy as np, mcda
samples = int(sys.argv[1])
matrix = np.random.default_rng(0).uniform(1, 10, (24, 5))
mcda.smaa(matrix, ["max", "min", "max", "max", "min"], n_samples=samples, rng=1)
status = open("/proc/self/status").read().split("\\n")
print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024)
"""


def problem(m: int, n: int) -> tuple[np.ndarray, list[str]]:
    rng = np.random.default_rng(0)
    directions = ["max" if j % 3 else "min" for j in range(n)]
    return rng.uniform(1, 10, (m, n)), directions


CPU_TIMES: dict[str, float] = {}


def median_time(function, repeats: int, label: str = "") -> float:
    """Median wall time; the median CPU time of this process goes to CPU_TIMES[label]
    (steadier than wall time when other jobs share the machine)."""
    times, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    CPU_TIMES[label] = statistics.median(cpu)
    return statistics.median(times)


def pymcdm_loop(matrix: np.ndarray, directions: list[str], samples: int, validation: bool) -> None:
    """The peer: one pymcdm TOPSIS call per weight sample, ranks counted per sample."""
    from pymcdm.methods import TOPSIS

    method = TOPSIS()
    types = np.array([1 if d == "max" else -1 for d in directions])
    weights = uniform_simplex(samples, matrix.shape[1], np.random.default_rng(1))
    m = len(matrix)
    counts = np.zeros((m, m))
    for w in weights:
        if validation:
            scores = method(matrix, w, types)
        else:
            scores = method(matrix, w, types, validation=False)
        ranks = np.argsort(np.argsort(-scores))
        counts[np.arange(m), ranks] += 1


def peak_rss(samples: int) -> float:
    output = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(samples)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(output.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, no 10 M run")
    args = parser.parse_args()
    repeats = 3 if args.quick else 7

    matrix, directions = problem(24, 5)
    engine_samples = 1_000_000
    mcda.smaa(matrix, directions, n_samples=10_000, rng=1)  # warm up
    engine = median_time(
        lambda: mcda.smaa(matrix, directions, n_samples=engine_samples, rng=1), repeats, "engine"
    )
    loop_samples = 2_000
    default = median_time(
        lambda: pymcdm_loop(matrix, directions, loop_samples, True), 3, "default"
    )
    fast = median_time(lambda: pymcdm_loop(matrix, directions, loop_samples, False), 3, "fast")
    engine_rate = engine_samples / engine
    default_rate = loop_samples / default
    fast_rate = loop_samples / fast
    print("SMAA-2 on 24 × 5 (weights uniform on the simplex, ranks counted)")
    print(f"  engine, 1,000,000 samples:       {engine:8.3f} s  {engine_rate:12,.0f} samples/s")
    print(f"  pymcdm loop (default):           {default_rate:21,.0f} samples/s")
    print(f"  pymcdm loop (validation=False):  {fast_rate:21,.0f} samples/s")
    print(f"  ratio engine / pymcdm default:   {engine_rate / default_rate:10,.0f} ×")
    print(f"  ratio engine / pymcdm no-valid.: {engine_rate / fast_rate:10,.0f} ×")
    cpu = CPU_TIMES
    print(
        f"  CPU time: engine {cpu['engine']:.3f} s per 1,000,000; ratios by CPU time "
        f"{(cpu['default'] / loop_samples) / (cpu['engine'] / engine_samples):,.0f} × (default), "
        f"{(cpu['fast'] / loop_samples) / (cpu['engine'] / engine_samples):,.0f} × (no validation)"
    )

    big, big_directions = problem(1000, 20)
    big_time = median_time(
        lambda: mcda.smaa(big, big_directions, n_samples=10_000, rng=1), repeats, "big"
    )
    big_loop = median_time(lambda: pymcdm_loop(big, big_directions, 100, False), 3)
    print("SMAA-2 on 1,000 × 20")
    print(f"  engine, 10,000 samples:          {big_time:8.3f} s  {10_000 / big_time:12,.0f} samples/s")
    print(f"  pymcdm loop (validation=False):  {100 / big_loop:21,.0f} samples/s")
    print(f"  ratio:                           {(10_000 / big_time) / (100 / big_loop):10,.0f} ×")
    print(f"  CPU time: engine {CPU_TIMES['big']:.3f} s per 10,000")

    print("Peak resident memory of a fresh process (24 × 5)")
    for samples in (1_000_000,) if args.quick else (1_000_000, 10_000_000):
        print(f"  {samples:>12,} samples:           {peak_rss(samples):8.1f} MB")


if __name__ == "__main__":
    main()
