"""Progress on long work: a live bar on a terminal, one line per stage anywhere else.

On a terminal (and in a notebook) :func:`progress_bar` draws a tqdm bar that redraws
itself in place. Written to a pipe or a file, carriage-return frames would pile up
as one long line of garbage, so there it writes nothing while the work runs and one
line when a stage finishes (``SMAA: 100,000 samples in 2.3 s``).

Every long-running function that takes ``progress`` accepts the callable returned
here, ``progress(done, total)``; pass ``progress=True`` to those that build their own.
tqdm is imported only when a bar is drawn.
"""

from __future__ import annotations

import sys
import time
from typing import IO, Any

from mcda.formatting import format_number
from mcda.model import Lang

__all__ = ["SUMMARY", "Progress", "is_terminal", "progress_bar"]

#: The line written when a stage ends.
SUMMARY = "{label}: {count} in {seconds} s"


def is_terminal(stream: Any) -> bool:
    """Whether ``stream`` is an interactive terminal (``isatty`` true)."""
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def _in_notebook() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    get_ipython = getattr(shell, "get_ipython", None)
    instance = get_ipython() if get_ipython else None
    return instance is not None and type(instance).__name__ == "ZMQInteractiveShell"


class Progress:
    """``progress(done, total)`` for one stage: a bar on a terminal, else one final line.

    Parameters
    ----------
    label
        What the stage does, e.g. ``"SMAA"``.
    unit
        What is counted (``"samples"``, ``"decisions"``), shown in the final line.
    stream
        Where to write (default ``sys.stderr``).
    live
        Draw a live bar; by default only when ``stream`` is a terminal or the code runs
        in a Jupyter notebook.
    summary
        The final line, with fields ``label``, ``count`` (e.g. ``100,000 samples``) and
        ``seconds`` (a translated template from :mod:`mcda.i18n` in the CLI).
    """

    def __init__(
        self,
        label: str,
        *,
        unit: str = "",
        stream: IO[str] | None = None,
        live: bool | None = None,
        summary: str = SUMMARY,
        lang: Lang = "en",
    ) -> None:
        self.label = label
        self.summary = summary
        self.lang = lang
        self.unit = unit
        self.stream = stream if stream is not None else sys.stderr
        self.live = (is_terminal(self.stream) or _in_notebook()) if live is None else live
        self.started = time.perf_counter()
        self.finished = False
        self._bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.finished:
            return
        if self.live:
            if self._bar is None:
                self._bar = self._make_bar(total)
            self._bar.update(done - self._bar.n)
        if done >= total:
            self.close(total)

    def _make_bar(self, total: int) -> Any:
        if _in_notebook() and self.stream is sys.stderr:
            from tqdm.auto import tqdm
        else:
            from tqdm import tqdm
        return tqdm(
            total=total, desc=self.label, unit=f" {self.unit}" if self.unit else "it",
            file=self.stream, leave=False, dynamic_ncols=True, mininterval=0.2,
        )  # fmt: skip

    def close(self, total: int | None = None) -> None:
        """End the stage: remove the bar and write the one summary line."""
        if self.finished:
            return
        self.finished = True
        if self._bar is not None:
            self._bar.close()
        elapsed = time.perf_counter() - self.started
        count = (
            f"{format_number(total, self.lang, 0)} {self.unit}"
            if total is not None and self.unit
            else ""
        )
        seconds = format_number(elapsed, self.lang, 1)
        line = self.summary.format(label=self.label, count=count, seconds=seconds)
        self.stream.write(" ".join(line.split()) + "\n")
        self.stream.flush()


def progress_bar(
    label: str,
    *,
    unit: str = "",
    stream: IO[str] | None = None,
    live: bool | None = None,
    summary: str = SUMMARY,
    lang: Lang = "en",
) -> Progress:
    """A :class:`Progress` for one stage (see the module docstring); its summary line's
    numbers in ``lang``'s style."""
    return Progress(label, unit=unit, stream=stream, live=live, summary=summary, lang=lang)
