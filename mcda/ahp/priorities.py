"""Priorities and consistency of one pairwise comparison matrix (Saaty's AHP).

``mcda.ahp(judgements)`` returns an :class:`AhpResult`: the priority vector, λmax, the
consistency index CI = (λmax − n)/(n − 1), the consistency ratio CR = CI / RI(n) with a
named random index table, the geometric consistency index (GCI), and the one judgement
whose revision would most reduce inconsistency, with the value that would make it
consistent with the rest.

References: Saaty, T. L. (1980). *The Analytic Hierarchy Process*. McGraw-Hill
(eigenvector method, CI, CR); Crawford, G. & Williams, C. (1985). *J. Math. Psychol.*
29, 387–405 (row geometric mean); Aguarón, J. & Moreno-Jiménez, J. M. (2003). *EJOR*
147, 137–145 (GCI and its thresholds).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from mcda.ahp.completion import check_connected, complete, components, llsm_weights, perron
from mcda.ahp.judgements import (
    JudgementsLike,
    PairwiseMatrix,
    nearest_scale_value,
    show_value,
    to_pairwise_matrix,
)
from mcda.ahp.random_index import CR_THRESHOLD, DEFAULT_TABLE, gci_threshold, get_table
from mcda.errors import InconsistentJudgementsWarning, ValidationError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["METHODS", "AhpResult", "Revision", "ahp", "geometric_consistency_index"]

PriorityMethod = Literal["eigenvector", "geometric"]
METHODS: tuple[str, ...] = ("eigenvector", "geometric")

#: A consistency index below this counts as zero (a consistent matrix up to rounding).
_CONSISTENT = 1e-10


@dataclass(frozen=True)
class Revision:
    """The judgement whose revision would most reduce inconsistency.

    ``current`` is a_ij as judged; ``implied`` the value that makes it consistent with
    the other judgements (the optimal completion with this pair left out);
    ``suggested`` the nearest value of Saaty's scale to ``implied`` (``implied`` itself
    when the scale is not enforced). ``lambda_max``, ``consistency_ratio`` and
    ``geometric_consistency_index`` are those of the matrix with ``suggested`` in place.
    """

    row: str
    column: str
    current: float
    implied: float
    suggested: float
    lambda_max: float
    consistency_ratio: float
    geometric_consistency_index: float

    def question(self) -> str:
        """The question to take back to the decision maker, in English."""
        return (
            f"({self.row}, {self.column}) is {show_value(self.current)}; the other judgements "
            f"imply {self.implied:.3g}; {show_value(self.suggested)} would lower CR to "
            f"{self.consistency_ratio:.3f}"
        )


@dataclass(frozen=True)
class AhpResult:
    """Priorities and consistency of one set of pairwise judgements.

    Attributes
    ----------
    items
        The compared items, in the order of ``weights`` and of ``matrix``'s rows.
    matrix
        The reciprocal matrix (n, n) used, with missing judgements completed.
    weights
        Priorities (n,), positive, summing to 1.
    method
        ``"eigenvector"`` or ``"geometric"``.
    lambda_max
        Principal eigenvalue of ``matrix`` (≥ n; = n iff consistent).
    consistency_index
        CI = (λmax − n)/(n − 1) (0 for n ≤ 2).
    random_index, random_index_table
        RI(n) and the name of its table (see :mod:`mcda.ahp.random_index`).
    consistency_ratio
        CR = CI / RI(n) (0 for n ≤ 2).
    geometric_consistency_index, gci_threshold
        GCI of the row-geometric-mean weights and its acceptance threshold.
    revision
        The judgement to revise (``None`` when n < 3 or the matrix is consistent).
    completed
        The pairs (row, column) that were missing and were completed.
    """

    items: tuple[str, ...]
    matrix: np.ndarray
    weights: np.ndarray
    method: str
    lambda_max: float
    consistency_index: float
    random_index: float
    random_index_table: str
    consistency_ratio: float
    geometric_consistency_index: float
    gci_threshold: float
    revision: Revision | None
    completed: tuple[tuple[str, str], ...] = ()

    @property
    def ci(self) -> float:
        """Short name of :attr:`consistency_index`."""
        return self.consistency_index

    @property
    def cr(self) -> float:
        """Short name of :attr:`consistency_ratio`."""
        return self.consistency_ratio

    @property
    def gci(self) -> float:
        """Short name of :attr:`geometric_consistency_index`."""
        return self.geometric_consistency_index

    @property
    def acceptable(self) -> bool:
        """CR ≤ 0.1 (eigenvector) or GCI ≤ its threshold (geometric)."""
        if self.method == "geometric":
            return self.geometric_consistency_index <= self.gci_threshold
        return self.consistency_ratio <= CR_THRESHOLD

    def weight(self, item: str) -> float:
        """The priority of ``item``."""
        if item not in self.items:
            raise ValidationError(f"no item {item!r} (items: {', '.join(self.items)})")
        return float(self.weights[self.items.index(item)])

    def as_dict(self) -> dict[str, float]:
        """``{item: weight}`` in item order."""
        return {item: float(w) for item, w in zip(self.items, self.weights, strict=True)}

    def to_frame(self) -> pd.DataFrame:
        """One row per item: weight and rank (1 = highest priority)."""
        import pandas as pd

        from mcda.ranks import rank_scores

        return pd.DataFrame(
            {"weight": self.weights, "rank": rank_scores(self.weights)},
            index=pd.Index(list(self.items), name="item"),
        )


def ahp(
    judgements: JudgementsLike,
    method: str = "eigenvector",
    ri: str = DEFAULT_TABLE,
    *,
    items: Sequence[str] | None = None,
    check_scale: bool = True,
    warn: bool = True,
    revise: bool = True,
    name: str = "judgements",
) -> AhpResult:
    """Priorities, λmax, CI, CR and the judgement to revise from pairwise judgements.

    Parameters
    ----------
    judgements
        A reciprocal matrix (n, n), rows in the order of ``items`` (``nan`` = missing),
        or a mapping ``{("robustness", "cost"): 3, ...}``; one triangle is enough and
        values may be fraction strings such as ``"1/3"``.
    method
        ``"eigenvector"`` (principal right eigenvector, Saaty 1980; missing judgements
        completed by minimising λmax, Bozóki et al. 2010) or ``"geometric"`` (row
        geometric mean, Crawford & Williams 1985; missing judgements by logarithmic
        least squares).
    ri
        The random index table for CR (default ``"saaty1980"``; see
        :data:`mcda.ahp.random_index.RANDOM_INDEX_TABLES`).
    items
        Item names (required order for a matrix; optional for a mapping).
    check_scale
        Reject judgements outside Saaty's scale 1/9 … 9.
    warn
        Issue :class:`~mcda.errors.InconsistentJudgementsWarning` when CR > 0.1
        (eigenvector) or GCI exceeds its threshold (geometric).
    revise
        Search for the judgement to revise (one completion per judged pair: about
        20 ms for n = 5, 0.5 s for n = 15); ``False`` leaves ``revision`` as ``None``.
    name
        Name used in error messages.

    Returns
    -------
    AhpResult
        Frozen; ``weights`` has shape (n,) and sums to 1.

    Examples
    --------
    >>> import mcda
    >>> result = mcda.ahp({("robustness", "cost"): 3, ("robustness", "synergy"): 5,
    ...                    ("cost", "synergy"): 2})
    >>> [round(float(w), 3) for w in result.weights]
    [0.648, 0.23, 0.122]
    """
    if method not in METHODS:
        raise ValidationError(
            f"method: unknown AHP method {method!r} (known: {', '.join(METHODS)})"
        )
    table = get_table(ri)
    pairwise = to_pairwise_matrix(judgements, items, check_scale=check_scale, name=name)
    n = len(pairwise.items)
    random_index = table(n)
    check_connected(pairwise.values, pairwise.items, name)
    completion = "eigenvector" if method == "eigenvector" else "llsm"
    matrix = complete(pairwise.values, completion)
    lambda_max, weights = _priorities(matrix, method)
    ci, cr = _consistency(lambda_max, n, random_index)
    gci = geometric_consistency_index(matrix)
    revision = (
        _revision(pairwise, method, random_index, check_scale, matrix)
        if revise and n >= 3 and ci > _CONSISTENT
        else None
    )
    result = AhpResult(
        items=pairwise.items,
        matrix=matrix,
        weights=weights,
        method=method,
        lambda_max=lambda_max,
        consistency_index=ci,
        random_index=random_index,
        random_index_table=table.name,
        consistency_ratio=cr,
        geometric_consistency_index=gci,
        gci_threshold=gci_threshold(n),
        revision=revision,
        completed=tuple((pairwise.items[i], pairwise.items[j]) for i, j in pairwise.missing),
    )
    if warn and not result.acceptable:
        measure = (
            f"GCI = {gci:.4f} > {result.gci_threshold:g}"
            if method == "geometric"
            else f"CR = {cr:.4f} > {CR_THRESHOLD:g} ({table.name})"
        )
        hint = f"; revise {revision.row} vs {revision.column}" if revision else ""
        warnings.warn(
            f"{name}: inconsistent judgements: {measure}{hint}",
            InconsistentJudgementsWarning,
            stacklevel=2,
        )
    return result


def geometric_consistency_index(matrix: np.ndarray) -> float:
    """GCI = 2/((n−1)(n−2)) Σ_{i<j} log²(a_ij w_j / w_i), w the row geometric means.

    Crawford & Williams (1985); Aguarón & Moreno-Jiménez (2003), eq. (3). 0 for n ≤ 2.
    """
    n = matrix.shape[0]
    if n <= 2:
        return 0.0
    logs = np.log(matrix)
    y = logs.mean(axis=1)
    errors = logs - y[:, None] + y[None, :]
    upper = np.triu_indices(n, 1)
    return float(2.0 / ((n - 1) * (n - 2)) * np.sum(errors[upper] ** 2))


def _priorities(matrix: np.ndarray, method: str) -> tuple[float, np.ndarray]:
    lambda_max, eigenvector = perron(matrix)
    if method == "geometric":
        return lambda_max, llsm_weights(matrix)
    return lambda_max, eigenvector


def _consistency(lambda_max: float, n: int, random_index: float) -> tuple[float, float]:
    if n <= 2:
        return 0.0, 0.0
    # λmax ≥ n for a reciprocal matrix; clip the round-off below n.
    ci = max((lambda_max - n) / (n - 1), 0.0)
    return ci, ci / random_index


def _revision(
    pairwise: PairwiseMatrix,
    method: str,
    random_index: float,
    on_scale: bool,
    completed: np.ndarray,
) -> Revision | None:
    """Try each judged pair at the value the other judgements imply; keep the best.

    The implied value is the optimal completion of the matrix with the pair left out.
    With ``on_scale`` the value put back is the nearest value of Saaty's scale. The pair
    whose change lowers λmax (eigenvector) or GCI (geometric) most wins; pairs whose
    suggestion equals the current judgement, and bridges of the comparison graph (which
    no other judgement constrains), are skipped.

    With missing judgements and the eigenvector method, candidates are screened with the
    other missing entries held at their values in ``completed`` (one variable each); the
    winner's numbers are then recomputed exactly, re-completing every missing entry.
    """
    values = pairwise.values
    n = values.shape[0]
    completion = "eigenvector" if method == "eigenvector" else "llsm"
    screen = completion == "eigenvector" and bool(pairwise.missing)
    best: tuple[float, int, int] | None = None
    for i, j in pairwise.given:
        trial = values.copy()
        trial[i, j] = trial[j, i] = np.nan
        if len(components(trial)) > 1:
            continue
        if screen:
            trial = completed.copy()
            trial[i, j] = trial[j, i] = np.nan
        candidate = _try_pair(trial, i, j, values[i, j], completion, on_scale)
        if candidate is None:
            continue
        score = candidate[2] if method == "eigenvector" else candidate[3]
        if best is None or score < best[0] - 1e-12:
            best = (score, i, j)
    if best is None:
        return None
    _, i, j = best
    trial = values.copy()
    trial[i, j] = trial[j, i] = np.nan
    exact = _try_pair(trial, i, j, values[i, j], completion, on_scale, keep_equal=True)
    if exact is None:  # pragma: no cover - keep_equal=True always returns a candidate
        return None
    implied, suggested, lam, gci = exact
    _, cr = _consistency(lam, n, random_index)
    return Revision(
        row=pairwise.items[i],
        column=pairwise.items[j],
        current=float(values[i, j]),
        implied=implied,
        suggested=suggested,
        lambda_max=lam,
        consistency_ratio=cr,
        geometric_consistency_index=gci,
    )


def _try_pair(
    trial: np.ndarray,
    i: int,
    j: int,
    current: float,
    completion: str,
    on_scale: bool,
    *,
    keep_equal: bool = False,
) -> tuple[float, float, float, float] | None:
    """(implied, suggested, λmax, GCI) with pair (i, j), missing in ``trial``, revised."""
    implied = float(complete(trial, completion)[i, j])
    suggested = nearest_scale_value(implied) if on_scale else implied
    if not keep_equal and math.isclose(suggested, current, rel_tol=1e-9):
        return None
    revised = trial.copy()
    revised[i, j], revised[j, i] = suggested, 1.0 / suggested
    revised = complete(revised, completion)
    lam, _ = perron(revised)
    return implied, suggested, lam, geometric_consistency_index(revised)
