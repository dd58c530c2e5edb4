"""Argument types shared by the commands: seeds and counts checked when parsed.

A bad value is a usage error (exit 2, one line) before any work starts, e.g.
``mcda sensitivity: argument --seed: -1 is not a seed (a whole number 0 … 2**64 - 1)``.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

from mcda import limits

__all__ = ["count", "margin", "seed"]

#: numpy's generators take seeds 0 … 2**64 − 1 (as one integer).
MAX_SEED = 2**64 - 1


def seed(text: str) -> int:
    """A random seed: a whole number from 0 to 2**64 − 1."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(
            f"{text[:30]!r} is not a seed (a whole number 0 … 2**64 - 1)"
        )
    return value


def count(minimum: int, maximum: int) -> Callable[[str], int]:
    """A whole number in ``minimum`` … ``maximum`` (sample counts, grid points)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text[:30]!r} is not a whole number") from None
        if not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(
                f"{value:,} is outside {minimum:,} … {maximum:,}"
            )
        return value

    parse.__name__ = "count"
    return parse


#: ``--samples`` of SMAA and the reproduction analysis.
samples = count(1, limits.MAX_SAMPLES)


def margin(text: str) -> float:
    """A winning margin in score units: 0 ≤ margin < 1 (scores lie in [0, 1])."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f"{text[:30]!r} is not a margin (0 ≤ margin < 1)")
    return value
