"""Start-up time of the ``mcda`` command against ``python -c "import numpy"``, in one run.

Targets (issue 15): ``mcda --version`` ≤ 0.3 s and ``mcda rank FILE`` (TOPSIS) ≤ 0.8 s
wall. FILE is the six-site wind-farm problem, written as TOML for the run (and as CSV). The machine is shared, so absolute times drift; the ratio to importing numpy,
measured in the same run and interleaved with the others, is the stable figure.
Prints the median and the best of each, and the ratios of the medians.

With ``--before DIR`` (a copy of an older ``mcda/`` package, e.g. from
``git archive 22b1b9a mcda | tar -x -C DIR``) the mcda commands also run against that
code, interleaved in the same run, for a before/after comparison.

Run: ``.venv/bin/python benchmarks/startup_bench.py [--repeat N] [--before DIR]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE_PACKAGES = [path for path in sys.path if path.endswith("site-packages")]
PYTHON = sys.executable
MCDA = [PYTHON, "-m", "mcda.cli.main"]

COMMANDS = {
    "python -c 'import numpy'": [PYTHON, "-c", "import numpy"],
    "python -c 'import mcda'": [PYTHON, "-c", "import mcda"],
    "mcda --version": [*MCDA, "--version"],
    "mcda rank FILE": [*MCDA, "rank", "FILE"],
    "mcda rank FILE --method wsm": [*MCDA, "rank", "FILE", "--method", "wsm"],
    "mcda rank windfarm.csv": [*MCDA, "rank", "WINDFARM"],
}
TARGETS = {"mcda --version": 0.3, "mcda rank FILE": 0.8}

WINDFARM = """site,cost,capacity,noise,birds,grid_distance
direction,min,max,min,min,max
Hanstholm,120,45,38,2,3
Thisted Bay,135,52,35,3,5
Skagen Odde,150,60,41,4,2
Limfjord,110,38,36,1,4
Læsø Rende,160,66,33,5,1
Aalborg Port,125,40,43,2,5
"""


def windfarm_toml() -> str:
    """The wind-farm table as a TOML problem file in the oldest format the --before
    code may read (both languages, every score an explicit assumption)."""
    rows = [line.split(",") for line in WINDFARM.splitlines()]
    criteria, directions, sites = rows[0][1:], rows[1][1:], rows[2:]
    text = ['[problem]\nid = "windfarm"\ntitle = { da = "Vindmøller", en = "Wind farm" }\n']
    for i, site in enumerate(sites):
        text.append(f'[[alternatives]]\nid = "s{i}"\nlabel = {{ da = "{site[0]}", en = "{site[0]}" }}\n')
    for name, direction in zip(criteria, directions, strict=True):
        text.append(f'[[criteria]]\nid = "{name}"\nlabel = {{ da = "{name}", en = "{name}" }}\n'
                    f'direction = "{direction}"\nscale = "numeric"\nunit = "u"\n')  # fmt: skip
    for i, site in enumerate(sites):
        for name, value in zip(criteria, site[1:], strict=True):
            text.append(f'[scores.s{i}.{name}]\nvalue = {value}\nassumption = true\n'
                        'reason = "benchmark data"\n')  # fmt: skip
    return "\n".join(text)


def wall(command: list[str], source: str | None = None) -> float:
    """Wall time of ``command``; with ``source`` the mcda package comes from there.

    ``python -S`` skips site initialisation (which would load this checkout through its
    editable install) and PYTHONPATH names the source and the site-packages instead;
    the ``(before)`` and the current runs are started the same way.
    """
    environment = dict(os.environ)
    if source is not None:
        environment["PYTHONPATH"] = os.pathsep.join([source, *SITE_PACKAGES])
        command = [command[0], "-S", *command[1:]]
    start = time.perf_counter()
    # Run outside the checkout: python puts the working directory first on sys.path.
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd="/", env=environment)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--before", help="directory holding an older mcda/ package")
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        csv = Path(folder) / "windfarm.csv"
        csv.write_text(WINDFARM, encoding="utf-8")
        problem = Path(folder) / "windfarm.toml"
        problem.write_text(windfarm_toml(), encoding="utf-8")
        paths = {"WINDFARM": str(csv), "FILE": str(problem)}
        runs: dict[str, tuple[list[str], str | None]] = {
            name: ([paths.get(part, part) for part in command], None)
            for name, command in COMMANDS.items()
        }
        if args.before:
            for name, (command, _) in list(runs.items()):
                if name.startswith("mcda") and "csv" not in name:  # tables are new
                    runs[name] = (command, str(ROOT))
                    runs[f"{name} (before)"] = (command, args.before)
        for command, source in runs.values():  # warm the file cache
            wall(command, source)
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.repeat):  # interleaved, so load drifts hit all alike
            for name, (command, source) in runs.items():
                times[name].append(wall(command, source))
    baseline = statistics.median(times["python -c 'import numpy'"])
    print(f"{'command':40} {'median s':>9} {'best s':>7} {'÷ numpy':>8}  target")
    for name, values in times.items():
        median = statistics.median(values)
        target = TARGETS.get(name)
        verdict = (
            "" if target is None else f"≤ {target} s: {'met' if median <= target else 'MISSED'}"
        )
        print(f"{name:40} {median:9.3f} {min(values):7.3f} {median / baseline:8.2f}  {verdict}")


if __name__ == "__main__":
    main()
