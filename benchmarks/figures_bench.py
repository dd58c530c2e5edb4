"""Drawing the report's figures (issue 13, item 9): the plots of ``mcda.plotting`` against
the plots before the rework, on the same inputs, in the same run.

For every decision of the Klima Nord case, the figures the report draws: the scores,
the contributions (new: no "before"), rank acceptability with and without the stated
requirements, the tornado, the most critical criterion's sweep, the robustness to
modelling choices, and, where the reproduction shows them, the winning slice and the
weight ranges; and each decision's method agreement. Each figure is drawn and turned
into SVG and PNG bytes:

* before: the plot functions of ``--before`` (default ``c7ed4b5``, the last commit
  before the rework), drawn as the report drew them: a figure of the report's size, and
  :func:`mcda.plotting.files.figure_bytes` with a tight bounding box for each format;
* after: :func:`mcda.plotting.files.draw` and :func:`~mcda.plotting.files.render`: the
  plot's own size, constrained layout run once, one draw per format.

Runs are interleaved (before, after, before, …); the medians of ``--repeat`` runs are
printed per figure, with the totals and their ratio. Times are this process's CPU
seconds (``time.process_time``: drawing is single-threaded, and the other sessions on a
shared machine then do not inflate them). Inputs are computed once with a fixed seed
(small samples: the drawing does not depend on the sample count).

Run: ``.venv/bin/python benchmarks/figures_bench.py [--repeat N] [--before REV] [--lang da]``
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure

from mcda.case import load_case
from mcda.plotting import ranking, reproduction, robustness, sensitivity
from mcda.plotting.files import draw, figure_bytes, render
from mcda.ranking import rank
from mcda.reproduction import reproduce, winning_slice
from mcda.robustness import robustness as robustness_analysis
from mcda.sensitivity import (
    method_agreement,
    smaa_problem,
    stability_intervals,
    sweep_problem,
)

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "c7ed4b5"
OLD_PACKAGE = "mcda_plotting_before"


def _show(revision: str, path: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:{path}"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip


def old_plotting(revision: str, folder: Path) -> Any:
    """The ``mcda/plotting`` package of ``revision`` importable as ``mcda_plotting_before``,
    with that revision's translation table (its imports of both renamed; everything else
    is today's ``mcda``)."""
    listing = subprocess.run(
        ["git", "-C", str(ROOT), "ls-tree", "--name-only", f"{revision}:mcda/plotting"],
        check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    package = folder / OLD_PACKAGE
    package.mkdir()
    (package / "_i18n.py").write_text(_show(revision, "mcda/i18n.py"), encoding="utf-8")
    for name in listing:
        if name.endswith(".py"):
            source = _show(revision, f"mcda/plotting/{name}")
            source = source.replace("mcda.plotting", OLD_PACKAGE)
            source = source.replace("from mcda.i18n import", f"from {OLD_PACKAGE}._i18n import")
            (package / name).write_text(source, encoding="utf-8")
    sys.path.insert(0, str(folder))
    return importlib.import_module(OLD_PACKAGE)


@dataclass
class Drawing:
    name: str
    before: Callable[[], dict[str, bytes]] | None
    after: Callable[[], dict[str, bytes]]


def _before(size: tuple[float, float], plot: Callable[..., Any], *args: Any, **kwargs: Any):
    """As the report drew a figure: a fixed size, then SVG and PNG each with a tight box."""

    def run() -> dict[str, bytes]:
        figure = Figure(figsize=size)
        plot(*args, ax=figure.subplots(), **kwargs)
        return {kind: figure_bytes(figure, kind, dpi=110) for kind in ("svg", "png")}

    return run


def _after(plot: Callable[..., Any], *args: Any, **kwargs: Any):
    return lambda: render(draw(plot, *args, **kwargs))


def drawings(lang: str, old: Any) -> list[Drawing]:
    """Every figure of the report for the Klima Nord case, before and after."""
    import_old = {name: importlib.import_module(f"{OLD_PACKAGE}.{name}") for name in
                  ("ranking", "sensitivity", "reproduction", "robustness")}  # fmt: skip
    out: list[Drawing] = []
    for problem in load_case(ROOT / "criteria" / "klimanord"):
        name = problem.id.removeprefix("klimanord_")
        labels = {a.id: a.label.get(lang) for a in problem.alternatives}
        labels |= {c.id: c.label.get(lang) for c in problem.criteria}
        relaxed = problem.without_stated_requirements()
        ranked = rank(problem)
        smaa = smaa_problem(problem, n_samples=2000, rng=1)
        smaa_relaxed = smaa_problem(relaxed, n_samples=2000, rng=1)
        sweeps = sweep_problem(problem)
        stability = stability_intervals(sweeps, problem.families)
        robust = robustness_analysis(problem, n_samples=500)
        agreement = method_agreement(problem)
        m, n = len(ranked.alternatives), len(problem.criteria)
        swept = stability.most_critical or problem.criterion_ids[0]
        o_rank, o_sens = import_old["ranking"], import_old["sensitivity"]
        o_repro, o_robust = import_old["reproduction"], import_old["robustness"]
        out += [
            Drawing(f"{name}_scores",
                    _before((7.0, 0.45 * m + 1.3), o_rank.plot_scores, ranked, lang=lang),
                    _after(ranking.plot_scores, ranked, lang=lang)),
            Drawing(f"{name}_contributions", None,
                    _after(ranking.plot_contributions, problem, None, lang)),
            Drawing(f"{name}_rank_acceptability",
                    _before((7.0, 4.2), o_sens.plot_rank_acceptability, smaa, labels=labels,
                            lang=lang),
                    _after(sensitivity.plot_rank_acceptability, smaa, lang=lang,
                           problem=problem)),
            Drawing(f"{name}_rank_acceptability_without",
                    _before((7.0, 4.2), o_sens.plot_rank_acceptability, smaa_relaxed,
                            labels=labels, lang=lang),
                    _after(sensitivity.plot_rank_acceptability, smaa_relaxed, lang=lang,
                           problem=relaxed)),
            Drawing(f"{name}_tornado",
                    _before((7.0, 0.5 * n + 1.5), o_sens.plot_tornado, stability,
                            labels=labels, lang=lang),
                    _after(sensitivity.plot_tornado, stability, lang=lang, problem=problem)),
            Drawing(f"{name}_sweep",
                    _before((7.0, 4.0), o_sens.plot_sweep, sweeps, swept, labels=labels,
                            lang=lang),
                    _after(sensitivity.plot_sweep, sweeps, swept, lang=lang, problem=problem)),
            Drawing(f"{name}_robustness",
                    _before((7.5, 0.55 * len(robust.alternatives) + 1.6),
                            o_robust.plot_robustness, robust, lang=lang),
                    _after(robustness.plot_robustness, robust, lang=lang)),
        ]  # fmt: skip
        if problem.recommendation is not None:
            result = reproduce(problem, n_samples=2000, rng=1)
            if result.reproducible and not result.dominance.decides:
                region = winning_slice(result)
                out += [
                    Drawing(f"{name}_winning_slice",
                            _before((5.8, 5.0), o_repro.plot_winning_slice, result, region,
                                    lang=lang),
                            _after(reproduction.plot_winning_slice, result, region, lang=lang)),
                    Drawing(f"{name}_weight_ranges",
                            _before((7.0, 0.5 * n + 1.5), o_repro.plot_weight_ranges, result,
                                    lang=lang),
                            _after(reproduction.plot_weight_ranges, result, lang=lang)),
                ]  # fmt: skip
        if len(agreement.rankings) >= 2 and len(agreement.alternatives) >= 3:
            out.append(
                Drawing(f"{name}_agreement",
                        _before((6.0, 5.0), o_sens.plot_agreement, agreement, lang=lang),
                        _after(sensitivity.plot_agreement, agreement, lang=lang))
            )  # fmt: skip
    return out


def seconds(run: Callable[[], Any]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before", default=BEFORE, help="the revision to compare with")
    parser.add_argument("--lang", default="da", choices=("da", "en"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        old = old_plotting(args.before, Path(folder))
        figures = drawings(args.lang, old)
        for figure in figures:  # warm up: fonts, imports, caches
            figure.after()
            if figure.before is not None:
                figure.before()
        times: dict[str, tuple[list[float], list[float]]] = {f.name: ([], []) for f in figures}
        for _ in range(args.repeat):
            for figure in figures:
                if figure.before is not None:
                    times[figure.name][0].append(seconds(figure.before))
                times[figure.name][1].append(seconds(figure.after))
    print(f"{len(figures)} figures, SVG + PNG each, median of {args.repeat} runs "
          f"(before = {args.before})")  # fmt: skip
    print(f"{'figure (CPU seconds)':42} {'before':>9} {'after':>9} {'ratio':>7}")
    total_before = total_after = common_after = 0.0
    for figure in figures:
        before, after = times[figure.name]
        after_s = statistics.median(after)
        total_after += after_s
        if before:
            before_s = statistics.median(before)
            total_before += before_s
            common_after += after_s
            print(f"{figure.name:42} {before_s:9.3f} {after_s:9.3f} {after_s / before_s:7.2f}")
        else:
            print(f"{figure.name:42} {'–':>9} {after_s:9.3f} {'new':>7}")
    print(f"{'total (figures in both)':42} {total_before:9.3f} {common_after:9.3f} "
          f"{common_after / total_before:7.2f}")  # fmt: skip
    print(f"{'total (all figures, after)':42} {'':9} {total_after:9.3f}")


if __name__ == "__main__":
    main()
