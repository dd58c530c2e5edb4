"""Group AHP: several decision makers' judgements of the same items.

* AIJ — aggregation of individual judgements: the element-wise weighted geometric mean
  of the members' matrices (Aczél & Saaty 1983, *J. Math. Psychol.* 27, 93–102; the
  only aggregation that keeps reciprocity), then the AHP of the group matrix. A pair a
  member left out is aggregated over the members who judged it (weights renormalised).
* AIP — aggregation of individual priorities: the weighted geometric mean of the
  members' priority vectors, normalised (Forman & Peniwati 1998, *EJOR* 108, 165–169).
* Consensus: Kendall's coefficient of concordance W of the members' rankings of the
  items (Kendall & Babington Smith 1939; with the tie correction of Kendall 1948), and
  per member the geometric compatibility index GCOMPI of their matrix with the group
  priorities (Aguarón, Escobar & Moreno-Jiménez 2016, *EJOR* 254, 1008–1018):
  GCOMPI_k = 2/((n−1)(n−2)) Σ_{i<j} log²(a^k_ij w_j / w_i).
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike

from mcda.ahp.completion import check_connected
from mcda.ahp.judgements import JudgementsLike, to_pairwise_matrix
from mcda.ahp.priorities import AhpResult, ahp
from mcda.ahp.random_index import DEFAULT_TABLE
from mcda.errors import InconsistentJudgementsWarning, ValidationError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "GroupResult",
    "aggregate_judgements",
    "aggregate_priorities",
    "compatibility_index",
    "group_ahp",
    "kendall_w",
]


def aggregate_judgements(matrices: ArrayLike, weights: ArrayLike | None = None) -> np.ndarray:
    """AIJ: the element-wise weighted geometric mean of matrices (k, n, n) → (n, n).

    ``nan`` entries (a member's missing pair) are left out of that pair's mean; a pair
    no member judged stays ``nan``. ``weights`` (k,) default to equal.
    """
    stack = np.asarray(matrices, dtype=float)
    if stack.ndim != 3 or stack.shape[1] != stack.shape[2]:
        raise ValidationError(f"aggregate_judgements: expected (k, n, n), got {stack.shape}")
    member_weights = _member_weights(weights, stack.shape[0])
    present = ~np.isnan(stack)
    logs = np.where(present, np.log(np.where(present, stack, 1.0)), 0.0)
    w = member_weights[:, None, None] * present
    totals = w.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.exp((w * logs).sum(axis=0) / totals)
    return np.where(totals > 0, mean, np.nan)


def aggregate_priorities(priorities: ArrayLike, weights: ArrayLike | None = None) -> np.ndarray:
    """AIP: the weighted geometric mean of priority vectors (k, n), normalised → (n,)."""
    stack = np.asarray(priorities, dtype=float)
    if stack.ndim != 2 or np.any(~np.isfinite(stack)) or np.any(stack <= 0):
        raise ValidationError("aggregate_priorities: expected positive priorities (k, n)")
    member_weights = _member_weights(weights, stack.shape[0])
    mean = np.exp(member_weights @ np.log(stack))
    return mean / mean.sum()


def kendall_w(priorities: ArrayLike) -> float:
    """Kendall's W of the members' rankings (k members × n items), in [0, 1].

    Items are ranked within each member (ties get average ranks) and
    W = 12 S / (k² (n³ − n) − k Σ T), S the squared deviations of the rank sums from
    their mean and T = Σ (t³ − t) over groups of t tied ranks. 1 = full agreement.
    """
    from scipy.stats import rankdata

    stack = np.asarray(priorities, dtype=float)
    if stack.ndim != 2 or stack.shape[0] < 2 or stack.shape[1] < 2:
        raise ValidationError(
            f"kendall_w: need at least 2 members and 2 items, got shape {stack.shape}"
        )
    k, n = stack.shape
    ranks = np.vstack([rankdata(-row) for row in stack])
    sums = ranks.sum(axis=0)
    s = float(np.sum((sums - sums.mean()) ** 2))
    ties = 0.0
    for row in ranks:
        _, counts = np.unique(row, return_counts=True)
        ties += float(np.sum(counts**3 - counts))
    denominator = k**2 * (n**3 - n) - k * ties
    if denominator <= 0:
        return 1.0  # every member ties every item: no disagreement to measure
    return 12 * s / denominator


def compatibility_index(matrix: np.ndarray, weights: np.ndarray) -> float:
    """GCOMPI of a (complete) matrix with a priority vector; 0 for n ≤ 2."""
    n = matrix.shape[0]
    if n <= 2:
        return 0.0
    errors = np.log(matrix) - np.log(weights)[:, None] + np.log(weights)[None, :]
    upper = np.triu_indices(n, 1)
    return float(2.0 / ((n - 1) * (n - 2)) * np.sum(errors[upper] ** 2))


@dataclass(frozen=True)
class GroupResult:
    """Priorities of a group: per member, AIJ and AIP, with consensus measures.

    ``member_results[k]`` is member k's :class:`AhpResult`; ``aij`` the AHP of the
    aggregated matrix; ``aip`` the aggregated priorities (n,); ``kendall_w`` the
    concordance of the members' rankings (``nan`` for a single member);
    ``compatibility[k]`` member k's GCOMPI with the AIJ priorities.
    """

    items: tuple[str, ...]
    members: tuple[str, ...]
    member_weights: np.ndarray
    member_results: tuple[AhpResult, ...]
    aij: AhpResult
    aip: np.ndarray
    kendall_w: float
    compatibility: np.ndarray

    @property
    def member_priorities(self) -> np.ndarray:
        """The members' priorities (k, n), items in the order of :attr:`items`."""
        return np.vstack([[r.weight(i) for i in self.items] for r in self.member_results])

    @property
    def weights(self) -> np.ndarray:
        """The group's priorities by AIJ (the default aggregation)."""
        return self.aij.weights

    def to_frame(self) -> pd.DataFrame:
        """Rows members then ``AIJ`` and ``AIP``; columns items, ``CR``, ``GCOMPI``."""
        import pandas as pd

        rows = np.vstack([self.member_priorities, self.aij.weights, self.aip])
        frame = pd.DataFrame(
            rows,
            index=pd.Index([*self.members, "AIJ", "AIP"], name="member"),
            columns=list(self.items),
        )
        frame["CR"] = [r.consistency_ratio for r in self.member_results] + [
            self.aij.consistency_ratio,
            np.nan,
        ]
        frame["GCOMPI"] = [*self.compatibility, np.nan, np.nan]
        return frame


def group_ahp(
    members: Mapping[str, JudgementsLike],
    *,
    weights: Mapping[str, float] | Sequence[float] | None = None,
    items: Sequence[str] | None = None,
    method: str = "eigenvector",
    ri: str = DEFAULT_TABLE,
    warn: bool = True,
    name: str = "judgements",
) -> GroupResult:
    """Aggregate several members' pairwise judgements of the same items.

    Parameters
    ----------
    members
        ``{member: judgements}``, each as accepted by :func:`mcda.ahp`.
    weights
        Member weights (``{member: weight}`` or in member order); default equal.
    items
        The items' order (default: the first member's).
    method, ri, warn
        As in :func:`mcda.ahp`; a warning names each inconsistent member.
    """
    names = tuple(str(m) for m in members)
    if not names:
        raise ValidationError(f"{name}: no members")
    if isinstance(weights, Mapping):
        unknown = [m for m in weights if m not in names]
        if unknown:
            raise ValidationError(f"{name}: weight for unknown member {unknown[0]!r}")
        missing = [m for m in names if m not in weights]
        if missing:
            raise ValidationError(f"{name}: no weight for member {missing[0]!r}")
        weights = [weights[m] for m in names]
    member_weights = _member_weights(weights, len(names))
    order = None if items is None else [str(i) for i in items]
    matrices = []
    for member in names:
        pairwise = to_pairwise_matrix(members[member], order, name=f"{name}.{member}")
        if order is None:
            order = list(pairwise.items)
        if set(pairwise.items) != set(order):
            raise ValidationError(
                f"{name}.{member}: compares {sorted(pairwise.items)}, expected {sorted(order)}"
            )
        index = [pairwise.items.index(i) for i in order]
        matrices.append(pairwise.values[np.ix_(index, index)])
    item_order = tuple(order or ())
    results = []
    for member, matrix in zip(names, matrices, strict=True):
        results.append(
            ahp(matrix, method, ri, items=item_order, warn=warn, name=f"{name}.{member}")
        )
    group_matrix = aggregate_judgements(np.stack(matrices), member_weights)
    check_connected(group_matrix, item_order, f"{name} (group)")
    aij = ahp(
        group_matrix, method, ri, items=item_order, check_scale=False, warn=False,
        name=f"{name} (AIJ)",
    )  # fmt: skip
    if warn and not aij.acceptable:
        # the group matrix is no one's answer: point at the members, not at a pair
        inconsistent = [m for m, r in zip(names, results, strict=True) if not r.acceptable]
        warnings.warn(
            f"{name} (AIJ): the group matrix is inconsistent (CR = "
            f"{aij.consistency_ratio:.4f}); inconsistent members: "
            f"{', '.join(inconsistent) or 'none'}",
            InconsistentJudgementsWarning,
            stacklevel=2,
        )
    priorities = np.vstack([r.weights for r in results])
    return GroupResult(
        items=item_order,
        members=names,
        member_weights=member_weights,
        member_results=tuple(results),
        aij=aij,
        aip=aggregate_priorities(priorities, member_weights),
        kendall_w=kendall_w(priorities) if len(names) > 1 else float("nan"),
        compatibility=np.array([compatibility_index(r.matrix, aij.weights) for r in results]),
    )


def _member_weights(weights: ArrayLike | None, k: int) -> np.ndarray:
    from mcda.weights import normalize_weights

    if weights is None:
        return np.full(k, 1.0 / k)
    return normalize_weights(weights, k, name="member weights")
