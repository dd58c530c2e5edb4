"""Anchored TOPSIS in SMAA against today's vector-normalised path, in one run.

The issue's bar: anchored scales cost at most 1.1 times the vector path. Both run the
same SMAA-2 (same seed, same samples) on the 24 × 5 benchmark problem, with point scores
(the square-root-free fast path) and with interval scores (sampled matrices, batched
closeness). Prints medians and the ratio anchored / vector.

Run: ``.venv/bin/python benchmarks/anchored_bench.py [--quick]``
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

import mcda


def problem(m: int = 24, n: int = 5) -> tuple[np.ndarray, list[str], np.ndarray]:
    rng = np.random.default_rng(0)
    directions = ["max" if j % 3 else "min" for j in range(n)]
    return rng.uniform(1, 10, (m, n)), directions, np.array([[0.0, 11.0]] * n)


def median_time(function, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer samples and repeats")
    args = parser.parse_args()
    samples = 200_000 if args.quick else 1_000_000
    repeats = 3 if args.quick else 7
    matrix, directions, anchors = problem()
    lower = matrix - 0.5 * (np.arange(matrix.shape[0]) % 2)[:, None]
    upper = matrix + 0.5 * (np.arange(matrix.shape[0]) % 2)[:, None]
    for label, extra, count in (
        ("point scores", {}, samples),
        ("interval scores", {"lower": lower, "upper": upper}, samples // 20),
    ):
        runs = {}
        for method in ("topsis_vector", "topsis_anchored"):
            kwargs = {"anchors": anchors} if method == "topsis_anchored" else {}

            def run(
                method: str = method, kwargs: dict = kwargs, count: int = count,
                extra: dict = extra,
            ) -> None:
                mcda.smaa(matrix, directions, n_samples=count, rng=1, method=method,
                          pairwise_samples=1, **kwargs, **extra)

            run()  # warm up
            runs[method] = run
        # interleaved, so that a busy moment of the machine hits both alike
        times: dict[str, list[float]] = {method: [] for method in runs}
        for _ in range(repeats):
            for method, run in runs.items():
                times[method].append(median_time(run, 1))
        vector = statistics.median(times["topsis_vector"])
        anchored = statistics.median(times["topsis_anchored"])
        print(
            f"{label:>16}, 24 x 5, {count:,} samples: vector {vector:.3f} s, "
            f"anchored {anchored:.3f} s, ratio {anchored / vector:.2f} (bar <= 1.10)"
        )


if __name__ == "__main__":
    main()
