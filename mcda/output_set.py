"""Write outputs so that they are complete or absent, never half-written.

Every command that writes a folder (``mcda report``, ``sensitivity --out``,
``reproduce --out``) hands :func:`write_output_set` the whole set as ``{relative path:
bytes}``, rendered in memory first. The set is built in a sibling temporary folder
``.<name>.mcda-<pid>-<token>.tmp`` and swapped in:

* where the target does not exist, by one ``rename``;
* where it does, by one ``renameat2(RENAME_EXCHANGE)`` on Linux (old and new folder
  trade places atomically; the old one is then deleted), elsewhere by two renames
  (old aside as ``….old``, new in). A kill between those two leaves the old folder
  under its ``.old`` name, and the next run puts it back before anything else.

Every run first removes the temporaries of earlier runs that were killed (their process
is gone), so nothing accumulates. A folder is replaced only if mcda wrote it (it holds
the marker file :data:`MARKER`), if it is empty, or if it holds nothing but the kinds of
file mcda writes, with a report's or an analysis's main file (a set written before
the marker existed); anything else is refused rather than deleted. Files get the modes an ordinary
``open`` gives them (0666, folders 0777, less the umask: 0644 and 0755 with umask 022).

Single files (AHP forms, collected judgements, a plot) go through
:func:`write_file_atomically`: a sibling temporary file, then one ``os.replace``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import sys
from collections.abc import Callable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from mcda.errors import DataFileError

__all__ = ["MARKER", "check_output_folder", "write_file_atomically", "write_output_set"]

#: The file that marks a folder as an mcda output set (replaced whole on the next run).
MARKER = ".mcda-output"
MARKER_TEXT = (
    b"This folder is one output set written by mcda. The next run writing here replaces\n"
    b"the whole folder (files added by hand are lost).\n"
)

#: Kinds of file mcda writes; a folder without the marker that holds only these (and
#: subfolders of them) is taken to be an output set of an older mcda.
LEGACY_SUFFIXES = frozenset({".html", ".md", ".png", ".svg", ".csv", ".json"})
LEGACY_NAMES = frozenset({"index.html", "report.md", "sensitivity.json", "reproduction.json"})

_TEMPORARY = r"\.mcda-(?P<pid>\d+)-[0-9a-f]+\.(?P<kind>tmp|old)"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def write_output_set(target: str | Path, files: Mapping[str, bytes]) -> Path:
    """Write ``files`` (relative POSIX paths → contents) as the folder ``target``.

    The previous content of ``target`` stays whole until the new set is complete and
    is then replaced in one step. Returns ``target``. Raises
    :class:`~mcda.errors.DataFileError` (one line) when the folder cannot be written or
    ``target`` is something mcda must not replace.
    """
    target = Path(target)
    names = [_checked_name(name) for name in files]
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _cannot(target, "create the output folder", error) from None
    _recover(target)
    _check_replaceable(target)
    staging = _sibling(target, "tmp")
    try:
        os.mkdir(staging, 0o777)
        for name, data in zip(names, files.values(), strict=True):
            path = staging.joinpath(*name.parts)
            for folder in reversed(path.parents):
                if len(folder.parts) > len(staging.parts) and not folder.exists():
                    os.mkdir(folder, 0o777)
            _write_new(path, data)
        _write_new(staging / MARKER, MARKER_TEXT)
        _swap(staging, target)
    except BaseException as error:
        _remove(staging)
        if isinstance(error, OSError):
            raise _cannot(target, "write the output", error) from None
        raise
    _sync_folder(parent)
    return target


def check_output_folder(target: str | Path) -> Path:
    """Fail early (before long work) if ``target`` is something mcda must not replace.

    Also cleans up after earlier runs that were killed. Returns ``target`` as a Path.
    """
    target = Path(target)
    for folder in (target.parent, *target.parent.parents):
        if folder.exists():
            if not folder.is_dir():
                raise DataFileError(
                    f"{target}: cannot create the output folder ({str(folder)!r} is a file)"
                )
            break
    if target.parent.is_dir():
        _recover(target)
    _check_replaceable(target)
    return target


def write_file_atomically(target: str | Path, data: bytes) -> Path:
    """Write ``data`` to the file ``target`` through a sibling temporary file."""
    target = Path(target)
    if target.is_dir():
        raise DataFileError(f"{target}: is a folder, not a file")
    parent = target.parent
    if not parent.is_dir():
        raise DataFileError(f"{target}: the folder {str(parent)!r} does not exist")
    _remove_stale(target)
    temporary = _sibling(target, "tmp")
    try:
        _write_new(temporary, data)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _cannot(target, "write", error) from None
        raise
    _sync_folder(parent)
    return target


# -- names and checks -------------------------------------------------------------------


def _checked_name(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or not path.parts or any(p in ("", ".", "..") for p in path.parts):
        raise ValueError(f"output set: {name!r} is not a relative file name")
    return path


def _sibling(target: Path, kind: str) -> Path:
    token = secrets.token_hex(4)
    return target.with_name(f".{target.name}.mcda-{os.getpid()}-{token}.{kind}")


def _cannot(target: Path, what: str, error: OSError) -> DataFileError:
    reason = error.strerror or str(error)
    return DataFileError(f"{target}: cannot {what} ({reason})")


def _check_replaceable(target: Path) -> None:
    """Refuse to replace what mcda did not write."""
    if target.is_symlink():
        raise DataFileError(f"{target}: is a symbolic link; give the folder itself")
    if not target.exists():
        return
    if not target.is_dir():
        raise DataFileError(f"{target}: exists and is not a folder")
    if (target / MARKER).is_file() or _older_output_set(target):
        return
    raise DataFileError(
        f"{target}: exists and was not written by mcda (no {MARKER}); "
        "it would be replaced whole, so give a new or empty folder"
    )


def _older_output_set(folder: Path) -> bool:
    """Whether ``folder`` is empty, or an output set of an mcda without the marker: only
    files of the kinds mcda writes, with the main file of a report or an analysis."""
    entries = os.listdir(folder)
    if not entries:
        return True
    if not LEGACY_NAMES & set(entries):
        return False
    for root, dirs, files in os.walk(folder, followlinks=False):
        if any(Path(root, d).is_symlink() for d in dirs):
            return False
        for name in files:
            path = Path(root, name)
            if path.is_symlink() or not path.is_file():
                return False
            if path.suffix.lower() not in LEGACY_SUFFIXES:
                return False
    return True


# -- writing ----------------------------------------------------------------------------


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path`` (it must not exist) with ``data``, flushed to disk."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


_BINARY = getattr(os, "O_BINARY", 0)


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (the renames) to disk where the platform allows it."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# -- swapping ---------------------------------------------------------------------------


def _swap(staging: Path, target: Path) -> None:
    """Put ``staging`` in the place of ``target`` (replacing it whole, if it exists)."""
    if not os.path.lexists(target):
        try:
            os.rename(staging, target)
            return
        except OSError as error:
            if error.errno not in (errno.EEXIST, errno.ENOTEMPTY):
                raise
            _check_replaceable(target)  # appeared meanwhile: replace it as below
    if _exchange(staging, target):
        _remove(staging)  # now holds the old folder
        return
    old = _sibling(target, "old")
    os.rename(target, old)
    try:
        os.rename(staging, target)
    except BaseException:
        os.rename(old, target)
        raise
    _remove(old)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); False where that is unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        renameat2: Any = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


# -- cleaning up after killed runs ------------------------------------------------------


def _recover(target: Path) -> None:
    """Remove temporaries of dead runs; restore a folder a kill left set aside."""
    for path, kind in _stale(target):
        if kind == "old" and not os.path.lexists(target):
            try:
                os.rename(path, target)
            except OSError:
                continue  # left for a later run rather than deleted
        else:
            _remove(path)


def _remove_stale(target: Path) -> None:
    for path, _ in _stale(target):
        _remove(path)


def _stale(target: Path) -> list[tuple[Path, str]]:
    """Siblings of ``target`` left by runs that are no longer alive, with their kind.

    Also the names the writer of earlier versions used (``.<name>.previous`` and
    ``.<name>.XXXXXXXX`` folders), which are always stale.
    """
    own = re.compile(re.escape(f".{target.name}") + _TEMPORARY + r"\Z")
    legacy = re.compile(re.escape(f".{target.name}.") + r"(previous|[a-z0-9_]{8})\Z")
    try:
        entries = sorted(os.listdir(target.parent or "."))
    except OSError:
        return []
    found: list[tuple[Path, str]] = []
    for entry in entries:
        path = target.with_name(entry)
        match = own.match(entry)
        if match is not None:
            if not _alive(int(match["pid"])):
                found.append((path, match["kind"]))
        elif legacy.match(entry) and path.is_dir() and not path.is_symlink():
            found.append((path, "old" if entry.endswith(".previous") else "tmp"))
    return found


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a temporary of this process's name is from a killed earlier run
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # exists (another user's) or cannot tell: leave it alone
    return True


def _remove(path: Path) -> None:
    """Delete a file or folder tree, read-only subfolders included; never raises."""
    if not os.path.lexists(path):
        return
    if path.is_symlink() or not path.is_dir():
        with contextlib.suppress(OSError):
            os.unlink(path)
        return
    _rmtree(path, _make_writable_and_retry)


def _rmtree(path: str | Path, hook: Callable[..., Any]) -> None:
    if sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=hook)
    else:  # pragma: no cover - Python 3.11
        shutil.rmtree(path, onerror=hook)


def _make_writable_and_retry(function: Callable[..., Any], name: str, error: Any) -> None:
    """``rmtree`` hook: a read-only folder blocks deleting its entries; open it and retry.

    What still cannot be deleted stays (under its temporary name, removed by a later
    run); the new output is in place either way."""
    with contextlib.suppress(OSError):
        parent = os.path.dirname(name)
        os.chmod(parent, stat.S_IMODE(os.lstat(parent).st_mode) | stat.S_IRWXU)
        if os.path.isdir(name) and not os.path.islink(name):
            os.chmod(name, stat.S_IMODE(os.lstat(name).st_mode) | stat.S_IRWXU)
            _rmtree(name, _ignore)
        else:
            function(name)


def _ignore(function: Callable[..., Any], name: str, error: Any) -> None:
    return None
