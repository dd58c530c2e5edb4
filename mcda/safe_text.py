"""Text from files others wrote, made inert for each place it is shown.

A problem file is input from someone else: its labels, quotes and reasons must never
become markup, formulas or extra lines. One function per destination:

* :func:`one_line` — error messages: control characters and line breaks escaped, so a
  message stays one line whatever the file's keys hold;
* :func:`markdown_inline` / :func:`markdown_paragraph` — Markdown (CommonMark and GitHub):
  no raw HTML, no links or images, no emphasis, code, maths or line-start blocks;
* :func:`spreadsheet_cell` — CSV and Excel cells: text that a spreadsheet would run as
  a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return first) gets a leading
  apostrophe, as OWASP's advice on CSV injection recommends.

HTML escaping lives with the HTML writer (``html.escape`` on every text).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["markdown_inline", "markdown_paragraph", "one_line", "spreadsheet_cell"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters as visible escapes."""
    return _CONTROL.sub(lambda m: _NAMED.get(m[0], f"\\x{ord(m[0]):02x}"), text)


# Backslash-escaped wherever they stand: emphasis, code, links and images, tables,
# strikethrough, maths (GitHub renders $…$), backslash itself.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]|~$])")
# Escaped as entities: raw HTML and autolinks (<…>), character references (&…;).
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# What would open a block at the start of a line: headings, quotes, lists, rules, fences.
_LINE_START = re.compile(r"^([#>+\-=:]|\d+[.)])")


def markdown_inline(text: str) -> str:
    """Text inside a line mcda starts (heading, caption, alt text, table cell) as
    literal Markdown. Line breaks become spaces, so it cannot open a block of its own."""
    flat = " ".join(str(text).split())
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", flat)
    return "".join(_ENTITIES.get(c, c) for c in escaped)


def markdown_paragraph(text: str) -> str:
    """A paragraph as literal Markdown: also no heading, quote or list at its start."""
    return _LINE_START.sub(lambda m: m[0][:-1] + "\\" + m[0][-1], markdown_inline(text))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_cell(value: Any) -> Any:
    """``value`` safe for a CSV or Excel cell: formula-like text gets a leading ``'``.

    Numbers (and text that is just a number, such as ``"-0.5"``) are left alone.
    """
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    try:
        float(value)
    except ValueError:
        return "'" + value
    return value
