"""Vectorised ranking of many score vectors at once, with the ties of :func:`mcda.rank_scores`.

Shared by SMAA and the weight-space maps. A chunk of S score vectors (S, m) becomes,
per sample and sorted position p (best first): the alternative there (``order``), the
0-based competition rank of its tie group (``start``) and the group's size (``size``).
Ties follow :func:`mcda.ranking.rank_scores`: a key within ``tolerance`` of the
previous one in sorted order joins its group.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["RankedChunk", "rank_keys"]


@dataclass(frozen=True)
class RankedChunk:
    """Sorted positions of S samples of m alternatives; see the module docstring.

    ``order``, ``start`` and ``size`` have shape (S, m); ``tied`` (S,) marks samples
    with at least one tie (``start``/``size`` are the trivial ``p``/1 elsewhere).
    """

    order: np.ndarray
    start: np.ndarray
    size: np.ndarray
    tied: np.ndarray

    def ranks(self) -> np.ndarray:
        """1-based competition ranks (S, m) in alternative order, as ``rank_scores`` gives.

        One flat scatter (``put_along_axis`` costs several times more on short rows).
        """
        samples, m = self.order.shape
        ranks = np.empty(samples * m, dtype=np.result_type(self.start, np.int64))
        cells = np.add(self.order, np.arange(0, samples * m, m)[:, None], dtype=np.intp)
        ranks[cells.ravel()] = (self.start + 1).ravel()
        return ranks.reshape(samples, m)


def group_sorted(sorted_keys: np.ndarray, tolerance: float) -> tuple[np.ndarray, np.ndarray]:
    """Competition rank − 1 (``start``) and group size for ascending keys (S, m)."""
    samples, m = sorted_keys.shape
    positions = np.arange(m)
    is_start = np.ones((samples, m), dtype=bool)
    if m > 1:
        is_start[:, 1:] = np.diff(sorted_keys, axis=1) > tolerance
    start = np.maximum.accumulate(np.where(is_start, positions, 0), axis=1)
    is_end = np.ones((samples, m), dtype=bool)
    is_end[:, :-1] = is_start[:, 1:]
    end = np.minimum.accumulate(np.where(is_end, positions, m - 1)[:, ::-1], axis=1)[:, ::-1]
    return start, end - start + 1


def rank_keys(keys: np.ndarray, tolerance: float) -> RankedChunk:
    """Rank S key vectors (S, m), lower key = better, with tolerance ties."""
    keys = np.asarray(keys, dtype=float)
    order = np.argsort(keys, axis=1, kind="stable")
    sorted_keys = np.take_along_axis(keys, order, axis=1)
    if keys.shape[1] < 2 or bool(np.all(np.diff(sorted_keys, axis=1) > tolerance)):
        return untied(order)  # the usual case: no tie group to find
    start, size = group_sorted(sorted_keys, tolerance)
    return RankedChunk(order, start, size, np.any(size > 1, axis=1))


def untied(order: np.ndarray) -> RankedChunk:
    """A chunk whose samples have no ties: positions are the competition ranks."""
    samples, m = order.shape
    start = np.broadcast_to(np.arange(m), (samples, m))
    return RankedChunk(order, start, np.ones_like(start), np.zeros(samples, dtype=bool))
