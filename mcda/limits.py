"""Limits on what an input file may ask of mcda, and the checks that enforce them.

A problem file, a form or a source document may come from anyone. These limits keep a
hostile or broken one from making mcda read without end, recurse, or run for hours;
each is far above what a real decision needs (the Klima Nord files use at most 7
alternatives, 5 criteria and 30 KB) and each breach is a one-line error (exit 2).
``SECURITY.md`` lists them for users.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from mcda.errors import DataFileError, ValidationError

__all__ = [
    "MAX_ALTERNATIVES",
    "MAX_CRITERIA",
    "MAX_DEPTH",
    "MAX_FORM_BYTES",
    "MAX_FORM_QUESTIONS",
    "MAX_FORM_UNPACKED_BYTES",
    "MAX_ITEMS",
    "MAX_KEY_PARTS",
    "MAX_MAGNITUDE",
    "MAX_POINTS",
    "MAX_PROBLEM_BYTES",
    "MAX_SAMPLES",
    "MAX_SOURCE_BYTES",
    "check_count",
    "check_toml_text",
    "read_bytes",
]

#: A problem file (TOML) at most this large.
MAX_PROBLEM_BYTES = 4 * 1024 * 1024
#: A source document (the text quotes are checked against).
MAX_SOURCE_BYTES = 32 * 1024 * 1024
#: An Excel form (zipped) and its questions.
MAX_FORM_BYTES = 8 * 1024 * 1024
MAX_FORM_QUESTIONS = 5_000
#: What a form's zipped parts may unpack to in all (a 2-million-row sheet is ~1 GB).
MAX_FORM_UNPACKED_BYTES = 64 * 1024 * 1024
#: Nesting of arrays and inline tables in TOML (the format needs 3).
MAX_DEPTH = 32
#: Parts of one dotted key (``a.b.c`` has 3; the format needs 4).
MAX_KEY_PARTS = 64
#: Alternatives and criteria of one problem.
MAX_ALTERNATIVES = 1_000
MAX_CRITERIA = 100
#: Entries of any other array of a problem file (sources, profiles, judgements, pairs…).
MAX_ITEMS = 10_000
#: Largest magnitude of any number in a file (scores, bounds, weights).
MAX_MAGNITUDE = 1e300
#: Weight samples (SMAA, reproduction) and grid points (sweeps) of one run.
MAX_SAMPLES = 10_000_000
MAX_POINTS = 100_001


def read_bytes(path: str | Path, limit: int, *, what: str = "file") -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Devices, FIFOs, sockets and folders are refused before anything is read, so
    ``/dev/zero`` or a named pipe cannot make mcda read forever or wait.
    """
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise DataFileError(f"{path}: no such {what}") from None
    except OSError as error:
        raise DataFileError(f"{path}: cannot be read ({error.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise DataFileError(f"{path}: is a folder, not a {what}")
    if not stat.S_ISREG(info.st_mode):
        raise DataFileError(f"{path}: is not a regular file (a device, pipe or socket)")
    if info.st_size > limit:
        raise DataFileError(f"{path}: {info.st_size:,} bytes; the limit is {limit:,}")
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise DataFileError(f"{path}: cannot be read ({error.strerror})") from None
    with os.fdopen(descriptor, "rb") as stream:
        data = stream.read(limit + 1)  # the file may have grown since stat
    if len(data) > limit:
        raise DataFileError(f"{path}: more than {limit:,} bytes; the limit is {limit:,}")
    return data


_TOKEN = re.compile(
    r"""(?P<string>"{3}(?:[^"\\]|\\.|"{1,2}(?!"))*"{3,5}"""
    r"""|'{3}(?:[^']|'{1,2}(?!'))*'{3,5}"""
    r"""|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
    r"|(?P<bare>[A-Za-z0-9_+\-]+)|(?P<space>[ \t]+)|(?P<comment>#[^\n]*)|(?P<other>.)",
    re.DOTALL,
)


def check_toml_text(text: str, where: str) -> None:
    """Refuse TOML that would make the parser recurse deeply or take quadratic time.

    Python's ``tomllib`` builds a dotted key part by part (50,000 parts: 43 s) and
    parses nested arrays recursively (500 levels: RecursionError). This scan skips
    strings and comments and measures the longest dotted key and the deepest nesting
    of ``[``/``{``; it validates nothing else (``tomllib`` does that).
    """
    depth = 0
    parts = 1  # of the dotted key (or number) being read
    after_key = False  # the last token could end a key part
    for token in _TOKEN.finditer(text):
        kind = token.lastgroup
        if kind in ("string", "bare"):
            after_key = True
        elif kind in ("space", "comment"):
            continue
        elif token[0] == ".":
            parts += after_key
            after_key = False
            if parts > MAX_KEY_PARTS:
                raise DataFileError(
                    f"{where}: line {_line(text, token.start())}: "
                    f"a dotted key of more than {MAX_KEY_PARTS} parts"
                )
        else:
            parts, after_key = 1, False
            if token[0] in "[{":
                depth += 1
                if depth > MAX_DEPTH:
                    raise DataFileError(
                        f"{where}: line {_line(text, token.start())}: "
                        f"arrays or tables nested more than {MAX_DEPTH} deep"
                    )
            elif token[0] in "]}":
                depth = max(0, depth - 1)


def _line(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def check_count(count: int, limit: int, field: str, what: str) -> None:
    """One-line error when ``count`` (of ``what``) exceeds ``limit``."""
    if count > limit:
        raise ValidationError(f"{field}: {count:,} {what}; the limit is {limit:,}")
