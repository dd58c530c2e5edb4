"""Report every error of an input at once: a collector of one-line errors.

A reader wraps each record (a score, a row, a section) in :meth:`ErrorCollector.run`;
the record's usual one-line :class:`~mcda.errors.ValidationError` is kept and reading
goes on with the next record. :meth:`ErrorCollector.check` then raises nothing, the
single error as it was, or one :class:`ManyErrors` listing up to :data:`MAX_ERRORS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from mcda.errors import ValidationError

__all__ = ["MAX_ERRORS", "ErrorCollector", "ManyErrors"]

T = TypeVar("T")

#: Errors listed in one report; the rest are counted.
MAX_ERRORS = 20


class ManyErrors(ValidationError):
    """Several errors in one input; ``str()`` has one line per error, each in the usual
    one-line form, and a last line counting those left out beyond :data:`MAX_ERRORS`."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = tuple(errors)
        lines = [str(e) for e in errors[:MAX_ERRORS]]
        if len(errors) > MAX_ERRORS:
            lines.append(f"… and {len(errors) - MAX_ERRORS} more errors (fix these first)")
        super().__init__("\n".join(lines))

    def __str__(self) -> str:
        """One line per error (each already one line, see :class:`McdaError`)."""
        return str(self.args[0]) if self.args else ""


class ErrorCollector:
    """Collects the :class:`ValidationError` of each record instead of stopping at it."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def run(self, build: Callable[[], T]) -> T | None:
        """``build()``, or ``None`` after recording its ValidationError."""
        try:
            return build()
        except ManyErrors as many:
            self.errors.extend(many.errors)
        except ValidationError as error:
            self.errors.append(error)
        return None

    def add(self, error: ValidationError) -> None:
        self.errors.append(error)

    def check(self) -> None:
        """Raise what was collected: the error itself if one, :class:`ManyErrors` if more."""
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ManyErrors(self.errors)
