"""Random consistency indices (RI) and geometric consistency index thresholds.

The consistency ratio of a pairwise comparison matrix is CR = CI / RI(n), where RI(n) is
the mean consistency index of random reciprocal matrices of order n. Different authors
simulated RI with different samples, so the same matrix has a different CR under each
table. Every table here is named and cited; pick one with ``ri=`` in :func:`mcda.ahp`.

=====================  ==============================================================
name                   source
=====================  ==============================================================
``saaty1980``          Saaty, T. L. (1980). *The Analytic Hierarchy Process*.
                       McGraw-Hill. n = 1…10 as in the book; n = 11…15 (1.51, 1.48,
                       1.56, 1.57, 1.59) are the extension commonly reproduced with it
                       (from Saaty's smaller samples; note RI(12) < RI(11)). Default.
``saaty2005``          Saaty, T. L. (2005). *Theory and Applications of the Analytic
                       Network Process*. RWS Publications, p. 31 (n = 3…15; AHPy's
                       ``random_index="saaty"``).
``alonso_lamata2006``  Alonso, J. A. & Lamata, M. T. (2006). Consistency in the analytic
                       hierarchy process: a new approach. *IJUFKS* 14(4), 445–459,
                       Table 3 (100 000 matrices per n; n = 3…15).
``tummala_ling1998``   Tummala, V. M. R. & Ling, H. (1998). A note on the computation of
                       the mean random consistency index of the AHP. *Theory and
                       Decision* 44(3), 221–230 (n = 3…15; pymcdm's table).
``donegan_dodd1991``   Donegan, H. A. & Dodd, F. J. (1991). A note on Saaty's random
                       indexes. *Mathematical and Computer Modelling* 15(10), 135–137
                       (n = 3…20; AHPy's default).
=====================  ==============================================================

Orders beyond a table are an error (no extrapolation). For n ≤ 2 every reciprocal matrix
is consistent: RI = 0 and CR is defined as 0.

The geometric consistency index (GCI) of Crawford & Williams (1985), as used by Aguarón
& Moreno-Jiménez (2003, *EJOR* 147, 137–145), has the thresholds 0.1573 (n = 3),
0.3526 (n = 4) and 0.370 (n > 4), which correspond to CR = 5 %, 8 % and 10 %.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from mcda.errors import ValidationError

__all__ = [
    "CR_THRESHOLD",
    "DEFAULT_TABLE",
    "RANDOM_INDEX_TABLES",
    "RandomIndexTable",
    "gci_threshold",
    "random_index",
]

#: Saaty's acceptance threshold for the consistency ratio.
CR_THRESHOLD = 0.1

DEFAULT_TABLE = "saaty1980"


@dataclass(frozen=True)
class RandomIndexTable:
    """A named table of random indices RI(n), with its citation."""

    name: str
    citation: str
    values: Mapping[int, float]

    @property
    def max_order(self) -> int:
        return max(self.values)

    def __call__(self, n: int) -> float:
        """RI(n); 0 for n ≤ 2; an error beyond the table."""
        if n < 1:
            raise ValidationError(f"ri: the order n must be at least 1, got {n}")
        if n <= 2:
            return 0.0
        if n not in self.values:
            others = [
                t.name
                for t in RANDOM_INDEX_TABLES.values()
                if t.name != self.name and n in t.values
            ]
            hint = f" (tables covering n = {n}: {', '.join(others)})" if others else ""
            raise ValidationError(
                f"ri: the {self.name!r} table covers n = 1…{self.max_order}, not n = {n}{hint}"
            )
        return self.values[n]


def _table(name: str, citation: str, start: int, values: tuple[float, ...]) -> RandomIndexTable:
    mapping = {n: 0.0 for n in range(1, start)}
    mapping.update({start + k: v for k, v in enumerate(values)})
    return RandomIndexTable(name, citation, MappingProxyType(mapping))


RANDOM_INDEX_TABLES: Mapping[str, RandomIndexTable] = MappingProxyType(
    {
        table.name: table
        for table in (
            _table(
                "saaty1980",
                "Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill; "
                "n = 11–15 as commonly reproduced",
                3,
                (0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59),
            ),
            _table(
                "saaty2005",
                "Saaty (2005), Theory and Applications of the Analytic Network Process, p. 31",
                3,
                (0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59),
            ),
            _table(
                "alonso_lamata2006",
                "Alonso & Lamata (2006), IJUFKS 14(4) 445–459, Table 3",
                3,
                (
                    0.5245,
                    0.8815,
                    1.1086,
                    1.2479,
                    1.3417,
                    1.4056,
                    1.4499,
                    1.4854,
                    1.5141,
                    1.5365,
                    1.5551,
                    1.5713,
                    1.5838,
                ),
            ),
            _table(
                "tummala_ling1998",
                "Tummala & Ling (1998), Theory and Decision 44(3) 221–230",
                3,
                (
                    0.5799,
                    0.8921,
                    1.1159,
                    1.2358,
                    1.3322,
                    1.3952,
                    1.4537,
                    1.4882,
                    1.5117,
                    1.5356,
                    1.5571,
                    1.5714,
                    1.5831,
                ),
            ),
            _table(
                "donegan_dodd1991",
                "Donegan & Dodd (1991), Math. Comput. Modelling 15(10) 135–137",
                3,
                (
                    0.4914,
                    0.8286,
                    1.0591,
                    1.1797,
                    1.2519,
                    1.3171,
                    1.3733,
                    1.4055,
                    1.4213,
                    1.4497,
                    1.4643,
                    1.4822,
                    1.4969,
                    1.5078,
                    1.5153,
                    1.5262,
                    1.5313,
                    1.5371,
                ),
            ),
        )
    }
)


def random_index(n: int, table: str = DEFAULT_TABLE) -> float:
    """The random index RI(n) from the named ``table`` (see the module docstring)."""
    return get_table(table)(n)


def get_table(name: str) -> RandomIndexTable:
    """The random index table called ``name``; a clear error lists the known ones."""
    try:
        return RANDOM_INDEX_TABLES[name]
    except KeyError:
        raise ValidationError(
            f"ri: unknown random index table {name!r} (known: {', '.join(RANDOM_INDEX_TABLES)})"
        ) from None


def gci_threshold(n: int) -> float:
    """The GCI acceptance threshold of Aguarón & Moreno-Jiménez (2003) for order ``n``.

    0.1573 for n = 3, 0.3526 for n = 4, 0.370 for n > 4; 0 for n ≤ 2 (always consistent).
    """
    if n <= 2:
        return 0.0
    return {3: 0.1573, 4: 0.3526}.get(n, 0.370)
