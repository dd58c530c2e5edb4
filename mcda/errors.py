"""The exceptions and warnings of mcda.

Every message is one line that names where the problem is (file and dotted field,
when there is a file) and what is wrong, e.g.::

    criteria/ambition.toml: scores.scenario_2.synergy.value: 7 is outside the rubric levels 1–5

The CLI prints ``str(error)`` and exits with code 2 for any :class:`McdaError`.
"""

from __future__ import annotations


class McdaError(Exception):
    """Base class of every error mcda raises on purpose (bad input or usage).

    ``str(error)`` is always one line: line breaks and control characters that a file's
    keys or values bring into the message are shown escaped, and an overlong message
    keeps its start (file and field) and its end (what is wrong).
    """

    def __str__(self) -> str:
        from mcda.safe_text import one_line

        text = one_line(super().__str__())
        if len(text) > _LONGEST:
            text = f"{text[: _LONGEST // 2]} … {text[-_LONGEST // 2 + 3 :]}"
        return text


_LONGEST = 1000


class DataFileError(McdaError):
    """A file cannot be read or parsed (missing, empty, malformed TOML/CSV/XLSX)."""


class ValidationError(McdaError):
    """Input was read but is not a valid decision problem, weight vector or judgement."""


class DegenerateProblemError(McdaError):
    """A method is undefined for this input (e.g. no criterion separates the alternatives)."""


class McdaWarning(UserWarning):
    """Base class of the warnings mcda issues."""


class InconsistentJudgementsWarning(McdaWarning):
    """Pairwise judgements whose consistency ratio exceeds the accepted threshold."""


def located(where: str | None, field: str | None, reason: str) -> str:
    """Compose the one-line message ``"<where>: <field>: <reason>"``, skipping empty parts."""
    return ": ".join(part for part in (where, field, reason) if part)
