"""mcda.output_set: output folders complete or absent, after failures and kills too."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from mcda.errors import DataFileError
from mcda.output_set import (
    MARKER,
    check_output_folder,
    write_file_atomically,
    write_output_set,
)

ROOT = Path(__file__).resolve().parent.parent

OLD = {"index.html": b"old", "data/a.csv": b"1\n", "figures/x.png": b"old png"}
NEW = {"index.html": b"new", "data/b.csv": b"2\n"}


def contents(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (the marker left out), keyed by relative POSIX path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MARKER
    }


def test_writes_the_set_with_a_marker_and_ordinary_modes(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        out = write_output_set(tmp_path / "deep" / "out", NEW)
    finally:
        os.umask(previous)
    assert contents(out) == NEW
    assert (out / MARKER).is_file()
    assert out.stat().st_mode & 0o777 == 0o755
    assert (out / "data").stat().st_mode & 0o777 == 0o755
    assert (out / "index.html").stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in out.parent.iterdir()) == ["out"]


def test_a_second_set_replaces_the_first_whole(tmp_path: Path) -> None:
    write_output_set(tmp_path / "out", OLD)
    out = write_output_set(tmp_path / "out", NEW)
    assert contents(out) == NEW  # no file of the first set is left beside the new one
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_the_two_rename_fallback_gives_the_same_result(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("mcda.output_set._exchange", lambda first, second: False)
    write_output_set(tmp_path / "out", OLD)
    out = write_output_set(tmp_path / "out", NEW)
    assert contents(out) == NEW
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failure_while_writing_keeps_the_old_set(tmp_path: Path, monkeypatch) -> None:
    write_output_set(tmp_path / "out", OLD)
    calls = []

    def full_disk(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        Path(path).write_bytes(data)

    monkeypatch.setattr("mcda.output_set._write_new", full_disk)
    with pytest.raises(DataFileError, match=r"out: cannot write the output \(No space left"):
        write_output_set(tmp_path / "out", NEW)
    assert contents(tmp_path / "out") == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.write_text("x"), "exists and is not a folder"),
        (lambda p: (p.mkdir(), (p / "notes.docx").write_text("mine")), "not written by mcda"),
        (lambda p: (p.mkdir(), (p / "notes.md").write_text("mine")), "not written by mcda"),
        (lambda p: p.symlink_to(p.parent), "is a symbolic link"),
    ],
    ids=["a file", "a folder of other files", "markdown but no file of this set", "a symlink"],
)
def test_refuses_to_replace_what_mcda_did_not_write(tmp_path: Path, setup, message) -> None:
    target = tmp_path / "out"
    setup(target)
    before = sorted(p.name for p in tmp_path.rglob("*") if not p.is_symlink())
    with pytest.raises(DataFileError, match=message):
        write_output_set(target, NEW)
    with pytest.raises(DataFileError, match=message):
        check_output_folder(target)
    assert sorted(p.name for p in tmp_path.rglob("*") if not p.is_symlink()) == before


def test_replaces_an_empty_folder_and_a_set_from_before_the_marker(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert contents(write_output_set(tmp_path / "empty", NEW)) == NEW
    legacy = tmp_path / "legacy"
    (legacy / "figures").mkdir(parents=True)
    (legacy / "index.html").write_text("old report")
    (legacy / "figures" / "a.svg").write_text("<svg/>")
    assert contents(write_output_set(legacy, NEW)) == NEW


def test_a_parent_that_is_a_file_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("x")
    with pytest.raises(DataFileError, match=r"README.md/x: cannot create the output folder"):
        check_output_folder(tmp_path / "README.md" / "x")
    with pytest.raises(DataFileError, match="cannot create the output folder"):
        write_output_set(tmp_path / "README.md" / "x", NEW)


def test_names_inside_the_set_are_checked() -> None:
    for bad in ("../x", "/etc/x", "a/../../b", ""):
        with pytest.raises(ValueError, match="not a relative file name"):
            write_output_set(Path(tempfile.gettempdir()) / "never", {bad: b""})


def test_cleans_temporaries_of_dead_runs_and_keeps_those_of_live_ones(tmp_path: Path) -> None:
    write_output_set(tmp_path / "out", OLD)
    dead = _dead_pid()
    stale = [
        tmp_path / f".out.mcda-{dead}-0a1b2c3d.tmp",
        tmp_path / f".out.mcda-{dead}-0a1b2c3e.old",
        tmp_path / ".out.previous",  # the names of the writer before this one
        tmp_path / ".out.k2j4h6g8",
    ]
    for folder in stale:
        (folder / "sub").mkdir(parents=True)
        (folder / "sub" / "f.txt").write_text("stale")
    live = tmp_path / f".out.mcda-{os.getppid()}-0a1b2c3f.tmp"  # the parent process lives
    live.mkdir()
    unrelated = tmp_path / ".other.previous"
    unrelated.mkdir()
    write_output_set(tmp_path / "out", NEW)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["out", live.name, unrelated.name]
    )


def test_a_set_aside_folder_is_restored_when_the_target_is_missing(tmp_path: Path) -> None:
    """A kill between the fallback's two renames leaves only ``.out.mcda-….old``."""
    aside = tmp_path / f".out.mcda-{_dead_pid()}-00000001.old"
    write_output_set(aside, OLD)
    check_output_folder(tmp_path / "out")
    assert contents(tmp_path / "out") == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_single_files_are_replaced_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out.toml"
    target.write_text("old")
    stale = tmp_path / f".out.toml.mcda-{_dead_pid()}-abcdef01.tmp"
    stale.write_text("half")
    write_file_atomically(target, b"new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.toml"]  # no temporary left
    with pytest.raises(DataFileError, match="does not exist"):
        write_file_atomically(tmp_path / "missing" / "out.toml", b"x")
    with pytest.raises(DataFileError, match="is a folder"):
        write_file_atomically(tmp_path, b"x")


# -- killed runs --------------------------------------------------------------------------

#: Where a child process kills itself (SIGKILL): the patched function and which call.
KILL_POINTS = {
    "first file written": ("_write_new", 1),
    "last file written": ("_write_new", 3),
    "before the swap": ("_swap", 1),
    "after the exchange, before the old set is deleted": ("_remove", 1),
    "fallback: between the two renames": ("rename", 2),
    "fallback: after both renames": ("_remove", 1),
}

CHILD = """
import os, signal, sys
import mcda.output_set as output_set

point, call, fallback = sys.argv[2], int(sys.argv[3]), sys.argv[4] == "fallback"
if fallback:
    output_set._exchange = lambda first, second: False
calls = 0
if point == "rename":
    module, original = output_set.os, output_set.os.rename
else:
    module, original = output_set, getattr(output_set, point)

def killing(*args, **kwargs):
    global calls
    calls += 1
    if calls == call:
        os.kill(os.getpid(), signal.SIGKILL)
    return original(*args, **kwargs)

setattr(module, point, killing)
output_set.write_output_set(sys.argv[1], {"index.html": b"new", "data/b.csv": b"2\\n", "c.md": b"c"})
"""


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_a_killed_run_leaves_the_old_or_the_new_set_and_the_next_run_cleans_up(
    tmp_path: Path, point: str
) -> None:
    target = tmp_path / "out"
    write_output_set(target, OLD)
    name, call = KILL_POINTS[point]
    mode = "fallback" if point.startswith("fallback") else "exchange"
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(target), name, str(call), mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    new = {"index.html": b"new", "data/b.csv": b"2\n", "c.md": b"c"}
    check_output_folder(target)  # what the next run does first
    assert contents(target) in (OLD, new)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    write_output_set(target, NEW)
    assert contents(target) == NEW
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


#: Root ignores file permissions; this runs a command as root without that power.
WITHOUT_OVERRIDE = [
    "setpriv",
    "--bounding-set=-dac_override,-dac_read_search,-fowner",
    "--inh-caps=-dac_override,-dac_read_search,-fowner",
    "--",
]


def test_a_read_only_subfolder_in_the_old_set_does_not_block_later_runs(tmp_path) -> None:
    """The old set's read-only folder is made writable and deleted, so run after run
    succeeds and nothing is left over (the reproducer ended in ENOTEMPTY, exit 1)."""
    script = textwrap.dedent(
        """
        import os, sys
        from pathlib import Path
        from mcda.output_set import write_output_set
        out = Path(sys.argv[1]) / "out"
        for run in range(3):
            write_output_set(out, {"index.html": b"x%d" % run, "locked/a.png": b"a"})
            os.chmod(out / "locked", 0o555)
        print(sorted(os.listdir(out.parent)), (out / "index.html").read_bytes())
        """
    )
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("as root this needs setpriv (util-linux) to honour permissions")
        prefix = WITHOUT_OVERRIDE
    child = subprocess.run(
        [*prefix, sys.executable, "-c", script, str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    subprocess.run(["chmod", "-R", "u+rwx", str(tmp_path)], check=False)
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == "['out'] b'x2'"


def _dead_pid() -> int:
    """The id of a process that has just ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid
