"""Mutation fuzzing of the CLI with hostile and broken problem files and AHP forms.

Each mutant of a shipped problem file (``criteria/**/*.toml``) or of a filled AHP form
goes through the commands that read it (validate, rank, sensitivity; a share also
through evidence, reproduce, robustness and report; ``ahp collect`` and ``ahp``), in this process, and every run must hold the
Bar of issue 16:

* exit code 0 or 2 (never 1, an internal error);
* an exit-2 message is one line per error on stderr, each naming the file;
* JSON output holds no NaN or Infinity;
* no run takes longer than :data:`TIME_LIMIT` seconds;
* a failed run leaves no output folder behind.

CI runs a bounded sample (``tests/test_hardening_fuzz.py``); the full campaign is

    .venv/bin/python tests/fuzzing.py --mutants 2000 --workers 2

which prints the counts of exit codes, the slowest run and every violation.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TIME_LIMIT = 10.0

#: Shipped problem files, with the folder of their sources.
PROBLEM_FILES = sorted((ROOT / "criteria").glob("*/*.toml"))

#: Texts an attacker or a careless user puts in a string.
PAYLOADS = [
    "5 $ and 7 $",
    "$\\frac{a}{b}$",
    "$x^{2",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "[click](javascript:alert(1))",
    "](javascript:alert(1))",
    "![x](http://evil.example/x.png)",
    "=HYPERLINK(\"http://evil.example\",\"x\")",
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3",
    "line one\nline two",
    "# heading\n---\n> quote",
    "tab\there\r\nreturn",
    "nul\x00byte",
    "bell\x07and\x1b[31mred",
    "\u2028separator\u2029",
    "| pipe | table |",
    "`code` *bold* _it_ ~~s~~",
    "&amp; &lt;b&gt;",
    "x" * 20_000,
    "",
    " ",
    "…",
    "../../../../etc/passwd",
    "/etc/passwd",
    "/dev/zero",
    "C:\\Windows\\win.ini",
    "sources",
    "a\nb",
    "ends_with_newline\n",
    "ünïcödé ✓ 🎉",
]

#: Numbers at and beyond the edges.
NUMBERS: list[Any] = [
    0,
    -1,
    1,
    10**400,
    -(10**400),
    2**63,
    1e308,
    -1e308,
    1e-320,
    5e-324,
    1e-13,
    1e154,
    1e300,
    float("nan"),
    float("inf"),
    0.5,
    7,
    123456789,
    "3",
    True,
    [],
    {},
]


# -- a TOML writer for mutated data (all tables inline, so any shape is expressible) --


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_\-]+", key) else _toml_string(key)


def _toml_string(text: str) -> str:
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    return '"' + "".join(
        escapes.get(c, f"\\u{ord(c):04x}" if ord(c) < 0x20 or ord(c) == 0x7F else c)
        for c in text
    ) + '"'


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def to_toml(data: dict[str, Any]) -> str:
    """``data`` as TOML: one ``key = value`` line per top-level key."""
    return "".join(f"{_toml_key(k)} = {_toml_value(v)}\n" for k, v in data.items())


# -- mutations ----------------------------------------------------------------------------


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path (keys and indices) to a value inside ``data``."""
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*prefix, index))


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(data, path[:-1])[path[-1]] = value


def mutate_data(data: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """One to three structural mutations of parsed problem data."""
    import copy

    data = copy.deepcopy(data)
    for _ in range(rng.randint(1, 3)):
        paths = [p for p in _paths(data) if p]
        path = rng.choice(paths)
        target = _get(data, path)
        parent = _get(data, path[:-1])
        kind = rng.random()
        if isinstance(target, str) and kind < 0.6:
            _set(data, path, rng.choice(PAYLOADS))
        elif isinstance(target, int | float) and kind < 0.7:
            _set(data, path, rng.choice(NUMBERS))
        elif kind < 0.75 and isinstance(parent, dict):
            del parent[path[-1]]
        elif kind < 0.8 and isinstance(parent, list):
            parent.insert(path[-1], copy.deepcopy(target))
        elif kind < 0.85 and isinstance(parent, dict):
            parent[rng.choice(PAYLOADS[:20]) or "k"] = copy.deepcopy(target)
        elif kind < 0.9:
            _set(data, path, rng.choice([*NUMBERS, *PAYLOADS[:8], [target, target]]))
        elif kind < 0.95 and isinstance(target, list) and target:
            target.reverse()
        else:
            _set(data, path, rng.choice(PAYLOADS))
    return data


def mutate_text(text: str, rng: random.Random) -> str:
    """A text-level mutation: the parser's limits and error paths."""
    lines = text.splitlines(keepends=True)
    kind = rng.randrange(9)
    if kind == 0:
        return text[: rng.randrange(len(text))]
    if kind == 1:
        index = rng.randrange(len(lines))
        return "".join(lines[:index] + lines[index + 1 :])
    if kind == 2:
        index = rng.randrange(len(lines))
        return "".join(lines[: index + 1] + lines[index:])
    if kind == 3:
        depth = rng.choice([40, 500, 5000])
        return text + f"deep = {'[' * depth}{']' * depth}\n"
    if kind == 4:
        parts = rng.choice([70, 5000, 50_000])
        return text + "a" + ".a" * parts + " = 1\n"
    if kind == 5:
        position = rng.randrange(len(text))
        junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        return text[:position] + junk.decode("latin-1") + text[position:]
    if kind == 6:
        number = re.compile(r"(?<=[=\[, ])-?\d+(\.\d+)?(?=[\],\s])")
        spots = list(number.finditer(text))
        if spots:
            spot = rng.choice(spots)
            big = rng.choice(["1" + "0" * 400, "1e309", "1e-320", "nan", "-inf", "0"])
            return text[: spot.start()] + big + text[spot.end() :]
        return text
    if kind == 7:
        return text.replace('id = "', 'id = "x\\n', 1)
    return text + '\n["key\\nwith newline"]\nx = 1\n'


def mutant(source: Path, index: int, seed: int) -> tuple[str, str]:
    """The ``index``-th mutant of ``source``: (kind, TOML text). Deterministic."""
    rng = random.Random(f"{seed}:{source.name}:{index}")
    text = source.read_text(encoding="utf-8")
    if rng.random() < 0.3:
        return "text", mutate_text(text, rng)
    return "data", to_toml(mutate_data(tomllib.loads(text), rng))


# -- running one command ------------------------------------------------------------------


class Hang(BaseException):
    """Raised by the alarm when a run exceeds the time limit (not caught by the CLI)."""


@dataclass
class Run:
    argv: list[str]
    code: int
    stderr: str
    stdout: str
    seconds: float
    problems: list[str] = field(default_factory=list)


def _on_alarm(signum: int, frame: Any) -> None:
    raise Hang()


def run_cli(argv: list[str], *, limit: float = TIME_LIMIT) -> Run:
    """``mcda ARGV`` in this process, with stdout and stderr captured and a time limit."""
    from mcda.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, limit * 3)  # a hang is reported, not waited out
    start = time.perf_counter()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    except Hang:
        code = -1
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return Run(argv, code, err.getvalue(), out.getvalue(), time.perf_counter() - start)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} in JSON")


def check(run: Run, file: Path, out_folder: Path | None = None) -> Run:
    """Record every way ``run`` falls short of the Bar in ``run.problems``."""
    if run.code not in (0, 2):
        first = run.stderr.strip().splitlines()[-1:] or [""]
        run.problems.append(f"exit {run.code}: {first[0][:300]}")
    if run.seconds > TIME_LIMIT:
        run.problems.append(f"took {run.seconds:.1f} s")
    lines = run.stderr.splitlines()
    errors = [line for line in lines if line.startswith("mcda: error:")]
    other = [
        line
        for line in lines
        if not line.startswith(("mcda: ", "[")) and line.strip()
    ]
    if other:
        run.problems.append(f"stray stderr line: {other[0][:200]!r}")
    if run.code == 2:
        # one line per error (the loader reports every error of a file, up to a cap);
        # each names the file, but the last, which may count the errors left out
        named = [line for line in errors if "more errors (fix these first)" not in line]
        if not errors:
            run.problems.append("no error line")
        for line in named:
            if file.name not in line:
                run.problems.append(f"message does not name the file: {line[:200]}")
                break
        if out_folder is not None and out_folder.exists():
            run.problems.append("a failed run left an output folder")
    if run.code == 0 and run.stdout.lstrip().startswith(("{", "[")):
        try:
            json.loads(run.stdout, parse_constant=_no_constant)
        except ValueError as error:
            run.problems.append(f"bad JSON: {error}")
    return run


# -- campaigns ----------------------------------------------------------------------------


def problem_commands(path: Path, out: Path, rng: random.Random) -> list[tuple[list[str], Path | None]]:
    """The commands one problem mutant goes through, with their output folder."""
    sensitivity = ["sensitivity", str(path), "--out", str(out / "sens"), "--samples", "200",
                   "--points", "11", "--no-progress"]  # fmt: skip
    sensitivity += ["--plots", "none" if rng.random() < 0.85 else "png"]
    commands: list[tuple[list[str], Path | None]] = [
        (["validate", str(path)], None),
        (["rank", str(path), "--format", "json"], None),
        (sensitivity, out / "sens"),
    ]
    if rng.random() < 0.15:
        commands.append((["evidence", str(path), "--lang", "en"], None))
        commands.append(
            (["reproduce", "--case", str(path), "--samples", "200", "--format", "json"], None)
        )
    if rng.random() < 0.1:
        commands.append(
            (["robustness", str(path), "--samples", "200", "--format", "json", "--no-progress"],
             None)
        )  # fmt: skip
    if rng.random() < 0.05:
        commands.append(
            (["report", "--case", str(path.parent), "--samples", "200",
              "--robustness-samples", "200", "--quiet", "--out", str(out / "report")],
             out / "report")
        )  # fmt: skip
    return commands


def prepare_folder(work: Path, source: Path) -> Path:
    """A folder holding a copy of ``source``'s sources (mutants are written beside them)."""
    folder = work / source.stem
    if not folder.exists():
        folder.mkdir(parents=True)
        if (source.parent / "sources").is_dir():
            shutil.copytree(source.parent / "sources", folder / "sources")
    return folder


def problem_campaign(
    count: int, seed: int, work: Path, report: Callable[[Run], None], start: int = 0, step: int = 1
) -> None:
    """Mutants ``start, start + step, …`` (below ``count``) of the shipped problem files."""
    for index in range(start, count, step):
        source = PROBLEM_FILES[index % len(PROBLEM_FILES)]
        folder = prepare_folder(work, source)
        _, text = mutant(source, index, seed)
        path = folder / f"{source.stem}.toml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        rng = random.Random(f"{seed}:commands:{index}")
        out = work / f"out-{index}"
        for argv, out_folder in problem_commands(path, out, rng):
            report(check(run_cli(argv), path, out_folder))
        shutil.rmtree(out, ignore_errors=True)
        path.unlink()


# -- AHP forms ------------------------------------------------------------------------------

BIKES = ROOT / "criteria" / "examples" / "bikes.toml"


def form_mutant(path: Path, index: int, seed: int) -> None:
    """Write the ``index``-th mutant of a filled AHP form to ``path``."""
    from openpyxl import load_workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    import mcda
    from mcda.ahp.forms import ANSWER_COLUMN, FIRST_ROW, META_SHEET, QUESTIONS_SHEET, write_template

    def storable(value: Any) -> Any:  # what an .xlsx can hold at all
        if isinstance(value, list | dict) or (isinstance(value, int) and abs(value) > 2**53):
            value = str(value)
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    rng = random.Random(f"{seed}:form:{index}")
    write_template(mcda.load_problem(BIKES), path, member="Director")
    book = load_workbook(path)
    sheet = book[QUESTIONS_SHEET]
    for row in range(FIRST_ROW, FIRST_ROW + 3):
        sheet[f"{ANSWER_COLUMN}{row}"] = rng.choice(["3", "1/5", 7, 1 / 3, None])
    for _ in range(rng.randint(0, 2)):
        kind = rng.randrange(5)
        cell_value = storable(
            rng.choice([*NUMBERS[:14], *PAYLOADS[:22], "=1/3", "=A1", "1/0", "0/0"])
        )
        if kind == 0:
            sheet[f"{ANSWER_COLUMN}{rng.randrange(FIRST_ROW, FIRST_ROW + 3)}"] = cell_value
        elif kind == 1:
            sheet["B4"] = storable(rng.choice(PAYLOADS[:22]))
        elif kind == 2:
            meta = book[META_SHEET]
            meta.cell(row=rng.randint(1, 5), column=rng.randint(1, 4), value=cell_value)
        elif kind == 3:
            sheet[f"{rng.choice('BC')}{rng.randrange(FIRST_ROW, FIRST_ROW + 3)}"] = cell_value
        elif kind == 4:
            meta = book[META_SHEET]
            meta["B5"] = rng.choice([10**9, 0, -3, 2_000_000, "many"])
    if rng.random() < 0.1:
        del book[rng.choice([QUESTIONS_SHEET, META_SHEET])]
    book.save(path)
    if rng.random() < 0.2:  # damage the zip itself
        data = bytearray(path.read_bytes())
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data[: rng.randrange(len(data) // 2, len(data) + 1)]))


def form_campaign(
    count: int, seed: int, work: Path, report: Callable[[Run], None], start: int = 0, step: int = 1
) -> None:
    """Mutants of a filled form through ``ahp collect``, and the result through ``ahp``."""
    folder = prepare_folder(work, BIKES)
    for index in range(start, count, step):
        form = folder / f"form{index}.xlsx"
        form_mutant(form, index, seed)
        collected = folder / "judgements.toml"
        run = check(run_cli(["ahp", "collect", str(form), "--out", str(collected)]), form)
        report(run)
        if run.code == 0:
            problem = folder / "with_judgements.toml"
            problem.write_text(
                BIKES.read_text(encoding="utf-8") + "\n" + collected.read_text(encoding="utf-8"),
                encoding="utf-8",
            )
            report(check(run_cli(["ahp", str(problem), "--format", "json"]), problem))
            problem.unlink()
            collected.unlink()
        form.unlink()


# -- the command-line campaign ------------------------------------------------------------


@dataclass
class Tally:
    mutants: int = 0
    runs: int = 0
    codes: Counter[int] = field(default_factory=Counter)
    slowest: float = 0.0
    slowest_argv: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    def __call__(self, run: Run) -> None:
        self.runs += 1
        self.codes[run.code] += 1
        if run.seconds > self.slowest:
            self.slowest, self.slowest_argv = run.seconds, run.argv
        self.violations += [f"{' '.join(run.argv)[:160]}: {p}" for p in run.problems]


def _worker(job: tuple[str, int, int, int, int]) -> Tally:
    kind, count, seed, start, step = job
    import matplotlib

    matplotlib.use("Agg")
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="mcda-fuzz-") as work:
        campaign = problem_campaign if kind == "problem" else form_campaign
        campaign(count, seed, Path(work), tally, start, step)
    tally.mutants = len(range(start, count, step))
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mutants", type=int, default=2000, help="problem-file mutants")
    parser.add_argument("--forms", type=int, default=200, help="AHP form mutants")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    jobs = [("problem", args.mutants, args.seed, k, args.workers) for k in range(args.workers)]
    jobs += [("form", args.forms, args.seed, k, args.workers) for k in range(args.workers)]
    started = time.perf_counter()
    if args.workers > 1:
        from multiprocessing import get_context

        with get_context("spawn").Pool(args.workers) as pool:
            tallies = pool.map(_worker, jobs, chunksize=1)
    else:
        tallies = [_worker(job) for job in jobs]
    for kind in ("problem", "form"):
        parts = [t for t, job in zip(tallies, jobs, strict=True) if job[0] == kind]
        codes: Counter[int] = sum((t.codes for t in parts), Counter())
        slowest = max(parts, key=lambda t: t.slowest)
        violations = [v for t in parts for v in t.violations]
        print(f"{kind} mutants: {sum(t.mutants for t in parts)}, runs: {sum(t.runs for t in parts)}, "
              f"exit codes: {dict(sorted(codes.items()))}, slowest run: {slowest.slowest:.2f} s "
              f"({' '.join(slowest.slowest_argv[:2])}), violations: {len(violations)}")  # fmt: skip
        for violation in violations[:50]:
            print("  ", violation)
    print(f"wall time {time.perf_counter() - started:.0f} s")
    return 1 if any(t.violations for t in tallies) else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("MPLBACKEND", "Agg")
    sys.exit(main())
