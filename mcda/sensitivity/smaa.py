"""SMAA-2: stochastic multicriteria acceptability analysis over weights and scores.

Reference: Lahdelma, R. & Salminen, P. (2001). SMAA-2: Stochastic multicriteria
acceptability analysis for group decision making. *Operations Research* 49(3),
444–454. Weights are drawn uniformly on the simplex (optionally restricted by
:class:`~mcda.sampling.WeightConstraints`), scores uniformly on their intervals.

For each alternative the analysis estimates

* the rank acceptability b_i^r — the share of the weight (and score) space in which
  alternative i takes rank r (rank 1 first);
* the central weight vector w_i^c — the mean weight vector among the samples where
  i ranks first;
* the confidence factor p_i^c — the probability that i ranks first when the weights
  are fixed at its central weight vector (1 or 0 without score uncertainty);
* the pairwise winning index p_ik — the probability that i ranks better than k.

Ties (probability zero for continuous draws, but possible with duplicate
alternatives) follow :func:`mcda.rank_scores`; a group of t tied alternatives
shares the t ranks it spans, 1/t each, so rank acceptability rows and columns sum to 1;
a tied pair counts 1/2 towards each pairwise winning index.

TOPSIS has a fast path: with squared weights against squared gaps to the ideal and
anti-ideal (one matrix product per chunk), closeness d⁻/(d⁺ + d⁻) ranks in the same
order as the key d⁺²/(d⁺² + d⁻²) — both are monotone in d⁺/d⁻ — so no square root is
taken. With up to 32 alternatives the keys are computed in float32 (weights drawn in
float32 too); samples in which two keys come closer than the float32 error bound
(:func:`float32_key_gap`, about 10⁻⁵), or than 4·10⁻¹⁰ in the float64 path, are
re-ranked with :func:`mcda.topsis` and the tie rule of :func:`mcda.rank_scores`, so
the ranks agree with the reference exactly.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import ArrayLike

from mcda.errors import ValidationError
from mcda.labels import split_frame, vector_in_order
from mcda.limits import MAX_SAMPLES, check_count
from mcda.methods import Method, get_method
from mcda.methods.peers import tied_columns
from mcda.methods.topsis import (
    TIED_SPREAD,
    Anchors,
    Normalization,
    as_signs,
    check_matrix,
    squared_gaps,
    topsis,
)
from mcda.model import Direction, Problem
from mcda.ranking import TIE_TOLERANCE, problem_method
from mcda.sampling import WeightConstraints, WeightSampler, as_generator
from mcda.sensitivity._ranking import RankedChunk, rank_keys
from mcda.values import as_value_scales

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Progress", "SmaaResult", "smaa", "smaa_problem"]

#: ``progress(done, total)`` is called after each chunk of samples.
Progress = Callable[[int, int], None]

#: Key gap below which a fast-path sample is re-ranked by the reference TOPSIS.
#: |d closeness / d key| ≥ 1/2 everywhere, so a key gap above 4e-10 means a closeness
#: gap above 2e-10 > TIE_TOLERANCE: no tie the reference would see is missed.
KEY_TIE_GAP = 4e-10

#: Comparisons spent on pairwise winning indices by default (m² per sample).
PAIRWISE_BUDGET = 2**24


@dataclass(frozen=True)
class SmaaResult:
    """The outcome of :func:`smaa`; m alternatives, n criteria.

    Attributes
    ----------
    rank_acceptability, rank_acceptability_se
        (m, m): share of samples in which alternative i takes rank r + 1, with its Monte
        Carlo standard error √(b(1 − b)/S).
    central_weights, central_weights_se
        (m, n): mean weights among the samples where i ranks first, with standard
        errors. A row is NaN for an alternative never ranked first (undefined there;
        ``rank_acceptability[i, 0] == 0``).
    confidence, confidence_se
        (m,): confidence factors over ``confidence_samples`` draws of the scores (0 for
        alternatives never ranked first).
    pairwise_winning, pairwise_winning_se
        (m, m): P(i ranks better than k) over the first ``pairwise_samples`` samples;
        the diagonal is 0.
    n_samples, seed
        Accepted weight samples and the integer seed given (``None`` when a Generator
        or no seed was passed).
    acceptance_rate
        Share of raw weight draws that met the weight constraints (1.0 without).
    families
        ``{family id: member ids}`` of the problem's families (eligible members), for
        :attr:`family_first_rank`; empty for a plain matrix.
    """

    method: str
    alternatives: tuple[str, ...]
    criteria: tuple[str, ...]
    n_samples: int
    seed: int | None
    acceptance_rate: float
    score_uncertainty: bool
    rank_acceptability: np.ndarray
    rank_acceptability_se: np.ndarray
    central_weights: np.ndarray
    central_weights_se: np.ndarray
    confidence: np.ndarray
    confidence_se: np.ndarray
    confidence_samples: int
    pairwise_winning: np.ndarray
    pairwise_winning_se: np.ndarray
    pairwise_samples: int
    families: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def first_rank_acceptability(self) -> np.ndarray:
        """b_i^1, shape (m,)."""
        return self.rank_acceptability[:, 0]

    def share_of(self, members: Sequence[str]) -> tuple[float, float]:
        """The probability that one of ``members`` ranks first (their first-rank
        acceptabilities add up: one alternative is first per sample, ties shared), and
        its standard error √(p(1 − p)/S)."""
        unknown = [a for a in members if a not in self.alternatives]
        if unknown:
            raise ValidationError(f"members: no alternative {unknown[0]!r} in this result")
        share = float(sum(self.first_rank_acceptability[self.alternatives.index(a)]
                          for a in dict.fromkeys(members)))
        share = min(share, 1.0)
        return share, math.sqrt(share * (1.0 - share) / self.n_samples)

    @property
    def family_first_rank(self) -> dict[str, float]:
        """``{family id: share}``: the probability that some member of the family ranks
        first, for each family of the problem (see :meth:`share_of`)."""
        return {family: self.share_of(members)[0] for family, members in self.families.items()}

    def to_frame(self) -> pd.DataFrame:
        """One row per alternative: rank acceptabilities (``rank_1`` …), confidence and
        central weights (``w_<criterion>``)."""
        import pandas as pd

        m = len(self.alternatives)
        frame = pd.DataFrame(
            self.rank_acceptability,
            index=pd.Index(self.alternatives, name="alternative"),
            columns=[f"rank_{r}" for r in range(1, m + 1)],
        )
        frame["confidence"] = self.confidence
        for j, criterion in enumerate(self.criteria):
            frame[f"w_{criterion}"] = self.central_weights[:, j]
        return frame


# -- the sampling loop -----------------------------------------------------------------


class _Tally:
    """Running sums over samples: rank counts, first-rank weights, pairwise wins."""

    def __init__(self, m: int, n: int) -> None:
        self.m, self.n = m, n
        self.rank_counts = np.zeros((m, m))
        self.first_count = np.zeros(m)
        self.first_weight = np.zeros((m, n))
        self.first_weight_sq = np.zeros((m, n))
        self.pair_wins = np.zeros((m, m))
        self.pair_samples = 0
        self._batch = np.empty(0, dtype=np.intp)  # rank cells of batched small chunks
        self._skipped: list[np.ndarray] = []
        self._pending = 0
        self.workspace = Workspace()
        # Rank cells p·m + i save a multiplication per cell, but the counts then need
        # a transpose, which costs more than it saves once the m² counts outgrow the cache.
        self.position_major = m * m <= 2**14

    def add_untied(
        self, order: np.ndarray, weights: np.ndarray, skip: np.ndarray, consume: bool = False
    ) -> None:
        """Count the samples of ``order`` (S, m) whose ``skip`` (S,) mask is false.

        With ``consume`` the rank cells are built in ``order``'s own buffer (one buffer
        less to stream through the cache), which leaves ``order`` overwritten.
        """
        m = self.m
        if not len(order):
            return
        space = self.workspace
        first = order[:, 0].astype(np.intp)
        single = order.size >= 4 * m * m  # large enough for one bincount (it pays m² per call)
        if single and consume:
            cells = order
        elif single:  # int32 orders give int32 cells: bincount widens them faster than add
            cells = space.get("cells", order.shape, order.dtype)
        else:  # batch small chunks: write the cells straight into one growing buffer
            end = self._pending + order.size
            if len(self._batch) < end:
                grown = np.empty(max(end, 4 * m * m + order.size), dtype=np.intp)
                grown[: self._pending] = self._batch[: self._pending]
                self._batch = grown
            cells = self._batch[self._pending : end].reshape(order.shape)
        if self.position_major:  # cell p·m + i: one addition, no multiplication
            np.add(order, space.positions(len(order), m, cells.dtype, step=m), out=cells)
        else:  # cell i·m + p
            np.multiply(order, m, out=cells)
            cells += space.positions(len(order), m, cells.dtype)
        if skip.any():  # counted below, taken off again at the flush
            self._skipped.append(cells[skip].ravel())
        if single:
            self.rank_counts += self._counts(cells)
            self.flush()
        else:
            self._pending += order.size
            if self._pending >= 4 * m * m:
                self.flush()
        self._add_first_untied(first, skip, weights)

    def _add_first_untied(self, first: np.ndarray, skip: np.ndarray, weights: np.ndarray) -> None:
        """:meth:`_add_first` with share 1 (0 where ``skip``): skipped samples go to a
        spare bin m, so each bin sums its samples in sample order as before."""
        m = self.m
        if skip.any():
            first = first.copy()
            first[skip] = m
        space = self.workspace
        by_criterion = space.get("by_criterion", (self.n, len(first)), np.float64)
        np.copyto(by_criterion, weights.T)
        squares = space.get("squares", (len(first),), np.float64)
        self.first_count += np.bincount(first, minlength=m + 1)[:m]
        for j, column in enumerate(by_criterion):
            self.first_weight[:, j] += np.bincount(first, weights=column, minlength=m + 1)[:m]
            np.multiply(column, column, out=squares)
            self.first_weight_sq[:, j] += np.bincount(first, weights=squares, minlength=m + 1)[:m]

    def flush(self) -> None:
        """Fold the buffered rank cells into :attr:`rank_counts`."""
        if self._pending:
            self.rank_counts += self._counts(self._batch[: self._pending])
        if self._skipped:
            self.rank_counts -= self._counts(np.concatenate(self._skipped))
        self._skipped, self._pending = [], 0

    def merge(self, other: _Tally) -> None:
        """Add the (flushed) sums of ``other``, another lane of the same analysis."""
        self.flush()
        self.rank_counts += other.rank_counts
        self.first_count += other.first_count
        self.first_weight += other.first_weight
        self.first_weight_sq += other.first_weight_sq
        self.pair_wins += other.pair_wins
        self.pair_samples += other.pair_samples

    def _counts(self, cells: np.ndarray) -> np.ndarray:
        """(m, m) counts of alternative i at position p from rank cells."""
        m = self.m
        counts = np.bincount(cells.ravel(), minlength=m * m).reshape(m, m)
        return counts.T if self.position_major else counts

    def add_tied(self, ranked: RankedChunk, weights: np.ndarray) -> None:
        """Count samples with ties (rare): a group of t tied alternatives shares the t
        ranks it spans, 1/t each (``np.add.at``: no m × m temporary per call)."""
        if not len(ranked.order):
            return
        order, start, size = ranked.order, ranked.start, ranked.size
        share = 1.0 / size
        counts = self.rank_counts.reshape(-1)  # a view: cell i·m + rank − 1
        for offset in range(int(size.max())):
            inside = offset < size
            cells = order[inside] * self.m + start[inside] + offset
            np.add.at(counts, cells, share[inside])
        first = start == 0
        rows = np.nonzero(first)[0]
        self._add_first(order[first], share[first], weights[rows])

    def _add_first(self, first: np.ndarray, share: np.ndarray, weights: np.ndarray) -> None:
        """Alternatives ``first`` (S,) ranked first with ``share`` (S,) of weights (S, n)."""
        m = self.m
        self.first_count += np.bincount(first, weights=share, minlength=m)
        for j in range(self.n):
            shared = weights[:, j] * share
            self.first_weight[:, j] += np.bincount(first, weights=shared, minlength=m)
            self.first_weight_sq[:, j] += np.bincount(
                first, weights=shared * weights[:, j], minlength=m
            )

    def add_pairwise(self, ranks: np.ndarray, any_tie: bool) -> None:
        """``ranks`` (S, m) competition ranks; i beats k when its rank is smaller."""
        by_alternative = np.ascontiguousarray(ranks.T)
        samples = len(ranks)
        # Compare each pair once: wins of k over i follow from the wins of i over k,
        # p_ki = S − p_ik − ties_ik (counts, so the sums stay exact integers or halves).
        for i in range(self.m - 1):
            row = by_alternative[i]
            later = by_alternative[i + 1 :]
            wins = _row_counts(later > row)
            losses = samples - wins
            if any_tie:
                ties = _row_counts(later == row)
                self.pair_wins[i, i + 1 :] += wins + 0.5 * ties
                self.pair_wins[i + 1 :, i] += (losses - ties) + 0.5 * ties
            else:
                self.pair_wins[i, i + 1 :] += wins
                self.pair_wins[i + 1 :, i] += losses
        self.pair_samples += samples


def _row_counts(flags: np.ndarray) -> np.ndarray:
    """``np.count_nonzero(flags, axis=1)``, faster for long rows.

    Without ``axis`` numpy counts a boolean row with a vectorised popcount; with
    ``axis`` it sums converted values, 2–3 times slower once rows hold thousands.
    """
    if flags.shape[1] < 1024:
        return np.count_nonzero(flags, axis=1)
    return np.fromiter(map(np.count_nonzero, flags), dtype=np.intp, count=len(flags))


@dataclass(frozen=True)
class _Model:
    """What a chunk of samples needs: the method, matrix bounds and precomputed parts."""

    method: Method
    matrix: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    signs: np.ndarray
    uncertain_cells: tuple[np.ndarray, np.ndarray]
    gaps: np.ndarray | None  # (n, 2m) squared gaps for the TOPSIS fast path
    basis: np.ndarray | None  # (n, m) scores at unit weights for linear methods

    @property
    def uncertain(self) -> bool:
        return bool(self.uncertain_cells[0].size)

    @property
    def normalization(self) -> Normalization | None:
        """The normalisation of a TOPSIS variant (the fast, square-root-free path)."""
        return self.method.topsis_normalization


def _build_model(
    method: Method, matrix: np.ndarray, lower: np.ndarray, upper: np.ndarray, signs: np.ndarray
) -> _Model:
    rows, cols = np.nonzero(upper > lower)
    cells = (np.asarray(rows), np.asarray(cols))
    gaps = basis = None
    normalization = method.topsis_normalization
    if not cells[0].size and normalization is not None:
        gap_ideal, gap_anti = squared_gaps(matrix, signs, normalization, method.anchors)
        gaps = np.ascontiguousarray(np.concatenate([gap_ideal, gap_anti]).T)
    elif not cells[0].size and method.linear and not method.batched and len(matrix) > 1:
        n = matrix.shape[1]
        tied = tied_columns(matrix)
        basis = np.zeros((n, len(matrix)))
        for j in np.flatnonzero(~tied):
            basis[j] = method.score(matrix, np.eye(n)[j], signs)
    return _Model(method, matrix, lower, upper, signs, cells, gaps, basis)


#: The float32 fast path serves up to 2**5 alternatives (their index fills the low 5
#: bits of a float32 key, truncating it by at most 2**-18). A key in [0, 1] computed
#: in float32 from n terms is within 2(n + 3)·2**-24 of the exact one, so a gap above
#: 2**-17 + 4(n + 3)·2**-24 between two truncated keys leaves a true gap above 2**-18:
#: the order is exact and the reference sees no tie (closeness gap ≫ 1e-10).
FLOAT32_MAX_BITS = 5


def float32_key_gap(n_criteria: int) -> float:
    """Truncated-key gap below which a float32 fast-path sample goes to the reference."""
    return 2.0**-17 + 4 * (n_criteria + 3) * 2.0**-24


class Workspace:
    """Buffers reused from chunk to chunk.

    A fresh megabyte-sized temporary per chunk is mapped from the operating system and
    faulted in page by page every time; reusing buffers (``out=``) avoids that and
    roughly halves the time of the TOPSIS fast path.
    """

    def __init__(self) -> None:
        self._buffers: dict[str, np.ndarray] = {}

    def get(self, name: str, shape: tuple[int, ...], dtype: Any) -> np.ndarray:
        """A buffer of ``shape`` and ``dtype`` (contents undefined), reused by ``name``
        and dtype (the float32 path and its float64 re-check keep their own buffers)."""
        size = math.prod(shape)
        key = f"{name}:{np.dtype(dtype).str}"
        buffer = self._buffers.get(key)
        if buffer is None or buffer.size < size:
            buffer = np.empty(size, dtype=dtype)
            self._buffers[key] = buffer
        return buffer[:size].reshape(shape)

    def positions(self, samples: int, m: int, dtype: Any, step: int = 1) -> np.ndarray:
        """(samples, m) array whose every row is 0, step, …, (m − 1)·step (built once,
        then reused).

        Adding a full array is one contiguous pass; broadcasting an (m,) row over many
        short rows costs a ufunc inner-loop call per row, several times slower.
        """
        key = f"positions:{m}:{step}:{np.dtype(dtype).str}"
        tile = self._buffers.get(key)
        if tile is None or len(tile) < samples:
            tile = np.tile(np.arange(0, m * step, step, dtype=dtype), (samples, 1))
            self._buffers[key] = tile
        return tile[:samples]


def _fast_topsis_order(
    gaps: np.ndarray, weights: np.ndarray, workspace: Workspace | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Order (S, m) best first by the key d⁺²/(d⁺² + d⁻²), and a mask of near-tied samples.

    ``gaps`` (n, 2m) holds the squared gaps to the ideal and anti-ideal. With float32
    weights (and m ≤ 32) the keys are computed in float32; otherwise in float64.
    Near-tied samples must be re-ranked by the reference. The returned order may live
    in ``workspace`` (valid until its next use).
    """
    space = workspace if workspace is not None else Workspace()
    samples = len(weights)
    m = gaps.shape[1] // 2
    bits = max(1, (m - 1).bit_length())
    single = weights.dtype == np.float32 and bits <= FLOAT32_MAX_BITS
    real = np.float32 if single else np.float64
    gaps = gaps.astype(real)
    squared = np.multiply(weights, weights, out=space.get("squared", weights.shape, real))
    ideal = np.matmul(squared, gaps[:, :m], out=space.get("ideal", (samples, m), real))
    total = np.matmul(
        squared, gaps[:, :m] + gaps[:, m:], out=space.get("total", (samples, m), real)
    )
    with np.errstate(invalid="ignore", divide="ignore"):
        keys = np.divide(ideal, total, out=ideal)
    if bits > 20:  # too many alternatives to pack the index into the key
        _fill_nan_keys(keys)
        order = np.argsort(keys, axis=1, kind="stable")
        sorted_keys = np.take_along_axis(keys, order, axis=1)
        return order, _near_ties(sorted_keys, KEY_TIE_GAP, space)
    integer = np.int32 if single else np.int64
    mask = integer((1 << bits) - 1)
    packed: np.ndarray = keys.view(integer)
    np.bitwise_and(packed, ~mask, out=packed)
    np.bitwise_or(packed, space.positions(samples, m, integer), out=packed)
    packed.sort(axis=1)
    # Keys lie in [0, 1], where floats sort like their bit patterns. A 0/0 key is NaN
    # (no weighted criterion separates the alternatives); its pattern sorts first or
    # last, and the NaN step next to it marks the sample for the reference. The index
    # bits raise a key (≤ 1) by less than 2**(bits − mantissa bits): comparing the keys
    # with them in place costs that much more gap, and saves a pass.
    gap = float32_key_gap(gaps.shape[0]) if single else KEY_TIE_GAP
    near = _near_ties(packed.view(keys.dtype), gap + 2.0 ** (bits - np.finfo(real).nmant), space)
    # the keys are done with: their buffer now holds the order
    return np.bitwise_and(packed, mask, out=packed), near


def _near_ties(sorted_keys: np.ndarray, gap: float, space: Workspace) -> np.ndarray:
    """Samples (S,) in which two neighbouring sorted keys are not clearly ``gap`` apart.

    Steps between neighbours over the flattened rows (one contiguous pass instead of a
    short inner loop per row); the step from a row's last key to the next row's first
    is meaningless and is masked out. A NaN step (a 0/0 key) counts as near too.
    """
    samples, m = sorted_keys.shape
    flat = np.ascontiguousarray(sorted_keys).reshape(-1)
    steps = space.get("steps", (samples * m,), sorted_keys.dtype)
    np.subtract(flat[1:], flat[:-1], out=steps[:-1])
    apart = np.greater(steps, gap, out=space.get("apart", (samples * m,), bool))
    apart.reshape(samples, m)[:, -1] = True
    near = np.zeros(samples, dtype=bool)
    if not apart.all():  # near-ties are rare: mark their rows from the few positions
        near[np.flatnonzero(~apart) // m] = True
    return near


def _fill_nan_keys(keys: np.ndarray) -> None:
    """0/0 keys: no weighted criterion separates the alternatives; closeness 0.5."""
    if np.isnan(keys.sum()):
        keys[np.isnan(keys)] = 0.5


def _draw_matrices(model: _Model, rng: np.random.Generator, count: int) -> np.ndarray:
    rows, cols = model.uncertain_cells
    matrices = np.broadcast_to(model.matrix, (count, *model.matrix.shape)).copy()
    width = model.upper[rows, cols] - model.lower[rows, cols]
    matrices[:, rows, cols] = model.lower[rows, cols] + rng.random((count, rows.size)) * width
    return matrices


def _batch_normalized(
    matrices: np.ndarray, signs: np.ndarray, normalization: str, anchors: Any = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalised matrices (S, m, n) with their ideal and anti-ideal points (S, 1, n),
    as :func:`mcda.methods.topsis.normalize` computes them one matrix at a time."""
    if normalization == "anchored":  # fixed reference points: 1 and 0 on every criterion
        normalized = anchors.values(matrices, check=False)
        ideal = np.ones_like(normalized[:, :1, :])
        return normalized, ideal, np.zeros_like(ideal)
    scale = np.abs(matrices).max(axis=1)  # unit columns, as in mcda.methods.topsis
    matrices = matrices / np.where(scale > 0, scale, 1.0)[:, None, :]
    spread = matrices.max(axis=1) - matrices.min(axis=1)
    tied = spread <= TIED_SPREAD
    if normalization == "vector":
        norms = np.sqrt((matrices**2).sum(axis=1))
        safe = np.where(norms > 0, norms, 1.0)
        normalized = matrices / safe[:, None, :] * signs
    else:
        low = matrices.min(axis=1)[:, None, :]
        high = matrices.max(axis=1)[:, None, :]
        safe_spread = np.where(tied, 1.0, spread)[:, None, :]
        normalized = np.where(
            signs > 0, (matrices - low) / safe_spread, (high - matrices) / safe_spread
        )
    normalized = np.where(tied[:, None, :], 0.0, normalized)
    return normalized, normalized.max(axis=1)[:, None, :], normalized.min(axis=1)[:, None, :]


def _batch_closeness(
    matrices: np.ndarray,
    weights: np.ndarray,
    signs: np.ndarray,
    normalization: str,
    anchors: Any = None,
) -> np.ndarray:
    """TOPSIS closeness (S, m) for S matrices (S, m, n) and weights (S, n), as
    :func:`mcda.topsis` computes it one matrix at a time."""
    normalized, ideal_point, anti_point = _batch_normalized(
        matrices, signs, normalization, anchors
    )
    squared = (weights * weights)[:, None, :]
    ideal = np.sqrt(((ideal_point - normalized) ** 2 * squared).sum(axis=2))
    anti = np.sqrt(((normalized - anti_point) ** 2 * squared).sum(axis=2))
    total = ideal + anti
    closeness = np.full(total.shape, 0.5)
    np.divide(anti, total, out=closeness, where=total > 0)
    return closeness


def _scores(model: _Model, matrices: np.ndarray | None, weights: np.ndarray) -> np.ndarray:
    """Method scores (S, m) for weights (S, n) (and matrices (S, m, n) when uncertain)."""
    method = model.method
    if model.normalization is not None:
        if matrices is None:
            return topsis(
                model.matrix, weights, model.signs, model.normalization, anchors=method.anchors
            )
        return _batch_closeness(
            matrices, weights, model.signs, model.normalization, method.anchors
        )
    if matrices is not None and method.name.startswith("weighted_sum_"):
        normalized = _batch_normalized(
            matrices, model.signs, method.normalization or "minmax", method.anchors
        )[0]
        return np.einsum("smn,sn->sm", normalized, weights)
    if matrices is not None:
        return np.stack(
            [method.score(x, w, model.signs) for x, w in zip(matrices, weights, strict=True)]
        )
    if model.basis is not None:
        return weights @ model.basis
    return method.score(model.matrix, weights, model.signs)


def _rank_scores_batch(model: _Model, scores: np.ndarray) -> RankedChunk:
    keys = -scores if model.method.higher_is_better else scores
    return rank_keys(keys, TIE_TOLERANCE)


def _rank_chunk(
    model: _Model,
    matrices: np.ndarray | None,
    weights: np.ndarray,
    workspace: Workspace | None = None,
) -> tuple[np.ndarray, RankedChunk, np.ndarray]:
    """Order (S, m) best first — valid where the returned mask (S,) is false — and the
    samples under the mask (those with ties) ranked in full."""
    m = len(model.matrix)
    if m == 1:
        order = np.zeros((len(weights), 1), dtype=np.int64)
        return order, rank_keys(np.zeros((0, 1)), 0.0), np.zeros(len(weights), dtype=bool)
    if model.gaps is not None:
        order, near = _fast_topsis_order(model.gaps, weights, workspace)
        if not near.any():
            return order, rank_keys(np.zeros((0, m)), 0.0), near
        # rank the near-tied samples exactly; those without a tie rejoin the order
        rows = np.flatnonzero(near)
        ranked = _rank_near(model, weights[rows], workspace)
        order[rows[~ranked.tied]] = ranked.order[~ranked.tied]
        tied = np.zeros_like(near)
        tied[rows[ranked.tied]] = True
        return order, _subset(ranked, ranked.tied), tied
    ranked = _rank_scores_batch(model, _scores(model, matrices, weights))
    return ranked.order, _subset(ranked, ranked.tied), ranked.tied


def _subset(ranked: RankedChunk, rows: np.ndarray) -> RankedChunk:
    return RankedChunk(ranked.order[rows], ranked.start[rows], ranked.size[rows], ranked.tied[rows])


def _rank_near(
    model: _Model, weights: np.ndarray, workspace: Workspace | None = None
) -> RankedChunk:
    """Rank in full the samples the fast path flagged as near-tied.

    Most samples flagged by the float32 keys (about 1 % for 24 alternatives) are
    clear in float64 keys, whose order is exact too (gap above ``KEY_TIE_GAP``); only
    the rest go to the reference :func:`mcda.topsis`, whose per-call cost dominated.
    The result is the same chunk the reference alone would give.
    """
    if weights.dtype != np.float32 or model.gaps is None:
        return _rank_scores_batch(model, _scores(model, None, weights))
    order, near = _fast_topsis_order(model.gaps, weights.astype(np.float64), workspace)
    order = order.astype(np.intp)
    start = np.broadcast_to(np.arange(order.shape[1]), order.shape).copy()
    size = np.ones_like(start)
    tied = np.zeros(len(order), dtype=bool)
    if near.any():
        reference = _rank_scores_batch(model, _scores(model, None, weights[near]))
        order[near], start[near], size[near] = reference.order, reference.start, reference.size
        tied[near] = reference.tied
    return RankedChunk(order, start, size, tied)


def _ranks_of(order: np.ndarray) -> np.ndarray:
    """1-based ranks (S, m), in alternative order, of orders (S, m) best first.

    One flat scatter, in the narrowest integer that holds m (``put_along_axis`` costs
    several times more on short rows).
    """
    samples, m = order.shape
    ranks = np.empty(samples * m, dtype=np.int16 if m < 2**15 else np.int64)
    cells = np.add(order, np.arange(0, samples * m, m)[:, None], dtype=np.intp)
    ranks[cells.ravel()] = np.tile(np.arange(1, m + 1, dtype=ranks.dtype), samples)
    return ranks.reshape(samples, m)


def _default_chunk(m: int, n: int, uncertain: bool) -> int:
    if uncertain:
        return int(min(4096, max(16, 2**18 // (m * n))))
    return int(min(16384, max(256, 2**18 // m)))


def _check_count(name: str, value: int, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < minimum:
        raise ValidationError(f"{name}: expected an integer ≥ {minimum}, got {value!r}")
    return int(value)


def smaa(
    matrix: ArrayLike,
    directions: Sequence[Direction | str | int] | np.ndarray,
    *,
    n_samples: int,
    rng: int | np.random.Generator | None,
    method: str | Method = "topsis",
    anchors: Anchors | None = None,
    lower: ArrayLike | None = None,
    upper: ArrayLike | None = None,
    weight_constraints: WeightConstraints | None = None,
    pairwise_samples: int | None = None,
    confidence_samples: int | None = None,
    chunk_size: int | None = None,
    progress: Progress | bool | None = None,
    alternatives: Sequence[str] | None = None,
    criteria: Sequence[str] | None = None,
) -> SmaaResult:
    """SMAA-2 rank acceptability, central weights, confidence and pairwise winning indices.

    Parameters
    ----------
    matrix
        Decision matrix (m alternatives, n criteria) of point values; a DataFrame
        names the result's alternatives and criteria by its index and columns.
    directions
        Per criterion ``"max"``/``"min"`` (or :class:`~mcda.model.Direction`, ±1; a
        mapping by column with a DataFrame).
    n_samples
        Number of weight vectors to draw (after constraints), S ≥ 1.
    rng
        Seed or Generator; the same seed gives identical results.
    method
        A name from :data:`mcda.methods.METHODS` (or a :class:`~mcda.methods.Method`);
        TOPSIS (every normalisation) and the weighted sum run vectorised, others call the
        method per sample unless it is linear in the weights.
    anchors
        The criteria's anchors, (n, 2) or :class:`~mcda.values.ValueScales`, for the
        anchored methods (``topsis_anchored``, ``weighted_sum_anchored``) and SPOTIS.
    lower, upper
        Optional (m, n) score bounds; each score is drawn uniformly on [lower, upper]
        (e.g. from :meth:`mcda.Problem.bounds`). ``matrix`` must lie within them.
    weight_constraints
        Ordinal and interval constraints on the weights (sampled exactly).
    pairwise_samples
        How many of the samples feed the pairwise winning indices (m² comparisons
        each); by default all, capped so that S·m² ≤ 2²⁴ (at least 100 samples).
    confidence_samples
        Score draws per confidence factor when scores are uncertain (default
        min(S, 10,000)).
    chunk_size
        Samples per chunk (memory is bounded by the chunk, not by S).
    progress
        ``progress(done, total)`` after every chunk; ``True`` for the standard display
        (:mod:`mcda.progress`: a bar in a terminal or notebook, else one line).
    alternatives, criteria
        Labels to record in the result (default: the DataFrame's, else ``a0, a1, …``
        and ``c0, c1, …``).

    Returns
    -------
    SmaaResult

    Examples
    --------
    >>> result = smaa([[1, 4], [3, 3], [4, 1]], ["max", "max"], n_samples=10_000, rng=1)
    >>> result.rank_acceptability.sum(axis=1)
    array([1., 1., 1.])
    """
    matrix, labels = split_frame(matrix)  # a DataFrame labels the result
    array = check_matrix(matrix)
    m, n = array.shape
    if labels is not None:
        alternatives = labels.rows if alternatives is None else alternatives
        criteria = labels.columns if criteria is None else criteria
        directions = vector_in_order(directions, labels.columns, "directions")
    signs = as_signs(directions, n)
    chosen = get_method(method, anchors=as_value_scales(anchors, signs))
    total = _check_count("n_samples", n_samples, 1)
    check_count(total, MAX_SAMPLES, "n_samples", "weight samples")
    low, high = _bounds(array, lower, upper)
    model = _build_model(chosen, array, low, high, signs)
    seed = None if rng is None or isinstance(rng, np.random.Generator) else int(rng)
    generator = as_generator(rng)
    single = model.gaps is not None and (m - 1).bit_length() <= FLOAT32_MAX_BITS
    sampler = WeightSampler(n, generator, weight_constraints, np.float32 if single else np.float64)
    chunk = (
        _default_chunk(m, n, model.uncertain)
        if chunk_size is None
        else _check_count("chunk_size", chunk_size, 1)
    )
    pair_budget = (
        min(total, max(100, PAIRWISE_BUDGET // (m * m)))
        if pairwise_samples is None
        else min(total, _check_count("pairwise_samples", pairwise_samples, 1))
    )
    if progress is True:
        from mcda.progress import progress_bar

        progress = progress_bar("SMAA", unit="samples")
    report = progress or None
    tally = _Tally(m, n)
    with _single_threaded_blas():
        _sample(model, sampler, generator, tally, total, chunk, pair_budget, report)
    return _finish(
        model, tally, total, seed, sampler.acceptance_rate, generator, confidence_samples,
        alternatives, criteria,
    )


def _single_threaded_blas() -> Any:
    """Small matrix products in many chunks run faster, and steadier, on one BLAS thread."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def _sample(
    model: _Model,
    sampler: WeightSampler,
    generator: np.random.Generator,
    tally: _Tally,
    total: int,
    chunk: int,
    pair_budget: int,
    progress: Progress | None,
) -> None:
    """Draw the chunks here, in order; rank and count them on two lanes in parallel.

    Chunk k goes to lane k mod 2, a thread with its own queue, workspace and running
    sums, so each lane sums the same samples in the same order on every run; the lanes
    are merged into ``tally`` in a fixed order at the end. The same seed therefore
    gives the same numbers bit for bit whatever the timing of the threads (counts are
    exact integers; float sums differ from a one-lane run only by rounding). Ranking
    (matrix products, ufuncs, sorts) releases the GIL, so the lanes use both cores, and
    a slow chunk on one lane (the pairwise counts of the first) does not stall the
    other: each lane may fall two chunks behind the drawing.
    """
    import queue
    import threading

    m, n = model.matrix.shape
    lanes = (tally, _Tally(m, n))
    inboxes: tuple[queue.Queue[Any], ...] = (queue.Queue(maxsize=2), queue.Queue(maxsize=2))
    finished: queue.Queue[int] = queue.Queue()
    errors: list[BaseException] = []

    def work(lane: int) -> None:
        workspace = Workspace()
        while (job := inboxes[lane].get()) is not None:
            start, weights, matrices = job
            if not errors:  # after an error, only drain the queue so the drawing ends
                try:
                    order, tied_part, tied = _rank_chunk(model, matrices, weights, workspace)
                    _count_chunk(lanes[lane], order, weights, tied_part, tied, pair_budget - start)
                except BaseException as error:  # re-raised by the drawing thread
                    errors.append(error)
            finished.put(len(weights))

    def report(done: int, block: bool) -> int:
        while True:
            try:
                done += finished.get(block=block and done < total)
            except queue.Empty:
                return done
            if progress is not None and not errors:
                progress(done, total)
            if done >= total:
                return done

    threads = [threading.Thread(target=work, args=(lane,), daemon=True) for lane in (0, 1)]
    for thread in threads:
        thread.start()
    done = 0
    try:
        for index, start in enumerate(range(0, total, chunk)):
            count = min(chunk, total - start)
            weights = sampler.draw(count)
            matrices = _draw_matrices(model, generator, count) if model.uncertain else None
            inboxes[index % 2].put((start, weights, matrices))
            done = report(done, block=False)
            if errors:
                break
        else:
            done = report(done, block=True)
    finally:
        for inbox in inboxes:
            inbox.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    lanes[1].flush()
    tally.merge(lanes[1])


def _count_chunk(
    tally: _Tally,
    order: np.ndarray,
    weights: np.ndarray,
    tied_part: RankedChunk,
    tied: np.ndarray,
    pair_quota: int,
) -> None:
    """Count one ranked chunk (overwriting ``order``); its first ``pair_quota`` samples
    feed the pairwise sums."""
    take = min(len(order), pair_quota)
    if take > 0:
        ranks = _ranks_of(order[:take])
        if tied[:take].any():
            ranks[tied[:take]] = tied_part.ranks()[: int(tied[:take].sum())]
        tally.add_pairwise(ranks, bool(tied[:take].any()))
    tally.add_untied(order, weights, tied, consume=True)
    if tied.any():
        tally.add_tied(tied_part, weights[tied])


def _bounds(
    array: np.ndarray, lower: ArrayLike | None, upper: ArrayLike | None
) -> tuple[np.ndarray, np.ndarray]:
    if (lower is None) != (upper is None):
        raise ValidationError("lower, upper: give both score bounds or neither")
    if lower is None or upper is None:
        return array, array
    low = check_matrix(lower)
    high = check_matrix(upper)
    for name, bound in (("lower", low), ("upper", high)):
        if bound.shape != array.shape:
            raise ValidationError(
                f"{name}: expected shape {array.shape} like the matrix, got {bound.shape}"
            )
    if np.any(low > high):
        i, j = np.argwhere(low > high)[0]
        raise ValidationError(
            f"lower, upper: score [{i}, {j}]: lower {low[i, j]:g} > upper {high[i, j]:g}"
        )
    if np.any(array < low) or np.any(array > high):
        i, j = np.argwhere((array < low) | (array > high))[0]
        raise ValidationError(
            f"matrix: score [{i}, {j}] = {array[i, j]:g} lies outside "
            f"[{low[i, j]:g}, {high[i, j]:g}]"
        )
    return low, high


def _finish(
    model: _Model,
    tally: _Tally,
    total: int,
    seed: int | None,
    acceptance_rate: float,
    generator: np.random.Generator,
    confidence_samples: int | None,
    alternatives: Sequence[str] | None,
    criteria: Sequence[str] | None,
) -> SmaaResult:
    m, n = model.matrix.shape
    acceptability = tally.rank_counts / total
    first = tally.first_count
    with np.errstate(invalid="ignore", divide="ignore"):
        central = tally.first_weight / first[:, None]
        variance = np.maximum(tally.first_weight_sq / first[:, None] - central**2, 0.0)
        central_se = np.sqrt(variance / first[:, None])
    never = first <= 0
    central[never] = np.nan
    central_se[never] = np.nan
    n_conf = (
        min(total, 10_000)
        if confidence_samples is None
        else _check_count("confidence_samples", confidence_samples, 1)
    )
    confidence, n_conf = _confidence(model, central, never, generator, n_conf)
    pairwise = tally.pair_wins / max(tally.pair_samples, 1)
    alternative_ids = tuple(alternatives) if alternatives is not None else tuple(
        f"a{i}" for i in range(m)
    )
    criterion_ids = tuple(criteria) if criteria is not None else tuple(f"c{j}" for j in range(n))
    if len(alternative_ids) != m or len(criterion_ids) != n:
        raise ValidationError(
            f"labels: {len(alternative_ids)} alternatives and {len(criterion_ids)} criteria "
            f"given for a {m} × {n} matrix"
        )
    return SmaaResult(
        method=model.method.name,
        alternatives=alternative_ids,
        criteria=criterion_ids,
        n_samples=total,
        seed=seed,
        acceptance_rate=acceptance_rate,
        score_uncertainty=model.uncertain,
        rank_acceptability=acceptability,
        rank_acceptability_se=_binomial_se(acceptability, total),
        central_weights=central,
        central_weights_se=central_se,
        confidence=confidence,
        confidence_se=np.sqrt(confidence * (1 - confidence) / n_conf),
        confidence_samples=n_conf,
        pairwise_winning=pairwise,
        pairwise_winning_se=_binomial_se(pairwise, max(tally.pair_samples, 1)),
        pairwise_samples=tally.pair_samples,
    )


def _binomial_se(share: np.ndarray, count: int) -> np.ndarray:
    """√(p(1 − p)/count), in place in one buffer (m² arrays are megabytes at m = 1,000)."""
    se = np.subtract(1.0, share)
    se *= share
    se /= count
    return np.sqrt(se, out=se)


def _confidence(
    model: _Model,
    central: np.ndarray,
    never: np.ndarray,
    generator: np.random.Generator,
    n_conf: int,
) -> tuple[np.ndarray, int]:
    """Confidence factors: P(i first | weights = central weights of i)."""
    m = len(model.matrix)
    confidence = np.zeros(m)
    candidates = np.flatnonzero(~never)
    if m == 1:
        return np.ones(1), 1
    if not model.uncertain:
        scores = _scores(model, None, central[candidates])
        keys = -scores if model.method.higher_is_better else scores
        # The first tie group lies within (m − 1)·tolerance of the best key; where no
        # other key comes that close, i is first alone or not first at all, no sort needed.
        best = keys.min(axis=1)
        near_best = np.count_nonzero(keys <= best[:, None] + m * TIE_TOLERANCE, axis=1)
        alone = near_best == 1
        own = keys[np.arange(len(candidates)), candidates]
        confidence[candidates[alone]] = (own[alone] == best[alone]).astype(float)
        crowded = np.flatnonzero(~alone)
        if crowded.size:
            ranked = _rank_scores_batch(model, scores[crowded])
            for row, i in zip(range(len(crowded)), candidates[crowded], strict=True):
                position = int(np.flatnonzero(ranked.order[row] == i)[0])
                if ranked.start[row, position] == 0:
                    confidence[i] = 1.0 / ranked.size[row, position]
        return confidence, 1
    chunk = _default_chunk(m, model.matrix.shape[1], True)
    for i in candidates:
        wins = 0.0
        done = 0
        while done < n_conf:
            count = min(chunk, n_conf - done)
            matrices = _draw_matrices(model, generator, count)
            weights = np.broadcast_to(central[i], (count, len(central[i])))
            ranked = _rank_scores_batch(model, _scores(model, matrices, np.array(weights)))
            at_top = (ranked.order == i) & (ranked.start == 0)
            wins += float((at_top / ranked.size).sum())
            done += count
        confidence[i] = wins / n_conf
    return confidence, n_conf


def smaa_problem(
    problem: Problem,
    *,
    n_samples: int,
    rng: int | np.random.Generator | None,
    method: str | Method = "topsis",
    score_uncertainty: bool = True,
    weight_constraints: WeightConstraints | None = None,
    pairwise_samples: int | None = None,
    confidence_samples: int | None = None,
    chunk_size: int | None = None,
    progress: Progress | bool | None = None,
) -> SmaaResult:
    """:func:`smaa` over the eligible alternatives of ``problem`` (screened ones left out).

    With ``score_uncertainty`` every interval score is drawn uniformly on its interval;
    otherwise midpoints are used. Results carry the alternative and criterion ids.
    ``method`` ``"topsis"`` or ``"weighted_sum"`` takes the problem's normalisation.
    """
    chosen = problem_method(problem, method)
    eligible = problem.require_eligible()
    matrix = problem.matrix(eligible)
    lower = upper = None
    if score_uncertainty:
        lower, upper = problem.bounds(eligible)
    result = smaa(
        matrix,
        problem.directions,
        n_samples=n_samples,
        rng=rng,
        method=chosen,
        lower=lower,
        upper=upper,
        weight_constraints=weight_constraints,
        pairwise_samples=pairwise_samples,
        confidence_samples=confidence_samples,
        chunk_size=chunk_size,
        progress=progress,
        alternatives=eligible,
        criteria=problem.criterion_ids,
    )
    families = {
        family.id: members
        for family in problem.families
        if (members := tuple(a for a in family.members if a in eligible))
    }
    return replace(result, families=MappingProxyType(families))

