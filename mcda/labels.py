"""The thin labelled layer: a pandas DataFrame in, a labelled Series or DataFrame out.

The methods and weightings compute on numpy arrays. When the caller passes a
DataFrame (alternatives as rows, criteria as columns), these helpers take its numbers
and axis labels apart and put labels back on the result. pandas is imported only when
the caller has already imported it (a DataFrame cannot exist otherwise), so array
callers never pay for it.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from mcda.errors import ValidationError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Labelled", "is_frame", "is_series", "split_frame", "vector_in_order"]


def is_frame(value: Any) -> bool:
    """Whether ``value`` is a pandas DataFrame (without importing pandas)."""
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(value, pandas.DataFrame)


def is_series(value: Any) -> bool:
    """Whether ``value`` is a pandas Series (without importing pandas)."""
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(value, pandas.Series)


@dataclass(frozen=True)
class Labelled:
    """Axis labels taken from a DataFrame: ``rows`` (alternatives), ``columns`` (criteria)."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]

    def series(self, values: np.ndarray, name: str) -> pd.Series:
        """One value per alternative, e.g. TOPSIS closeness."""
        import pandas as pd

        return pd.Series(values, index=pd.Index(self.rows, name="alternative"), name=name)

    def criteria_series(self, values: np.ndarray, name: str = "weight") -> pd.Series:
        """One value per criterion, e.g. a weight vector."""
        import pandas as pd

        return pd.Series(values, index=pd.Index(self.columns, name="criterion"), name=name)

    def batch(self, values: np.ndarray) -> pd.DataFrame:
        """(S, m) scores for a batch of weights: one column per alternative."""
        import pandas as pd

        return pd.DataFrame(values, columns=pd.Index(self.rows, name="alternative"))


def split_frame(matrix: Any) -> tuple[Any, Labelled | None]:
    """``(numbers, labels)``: a DataFrame's values and axis labels, or ``(matrix, None)``.

    Column labels must be unique; labels are kept as strings.
    """
    if not is_frame(matrix):
        return matrix, None
    columns = [str(c) for c in matrix.columns]
    rows = [str(r) for r in matrix.index]
    for name, labels in (("columns", columns), ("index", rows)):
        seen: set[str] = set()
        for label in labels:
            if label in seen:
                raise ValidationError(f"matrix: duplicate label {label!r} in the DataFrame {name}")
            seen.add(label)
    try:
        values = matrix.to_numpy(dtype=float)
    except (TypeError, ValueError):
        bad = [str(c) for c, kind in matrix.dtypes.items() if kind.kind not in "biuf"]
        raise ValidationError(f"matrix: column {bad[0] if bad else '?'!r} is not numeric") from None
    return values, Labelled(tuple(rows), tuple(columns))


def vector_in_order(value: Any, columns: Sequence[str] | None, name: str) -> Any:
    """A per-criterion value given as a mapping or Series, put in column order.

    Sequences and arrays pass through unchanged; with no ``columns`` a mapping is an
    error (there is no order to put it in).
    """
    if not (isinstance(value, Mapping) or is_series(value)):
        return value
    items = dict(value.items())
    if columns is None:
        raise ValidationError(
            f"{name}: a mapping needs a labelled matrix (a DataFrame) to match criteria by name"
        )
    unknown = [k for k in items if str(k) not in columns]
    if unknown:
        raise ValidationError(f"{name}: unknown criterion {unknown[0]!r}")
    missing = [c for c in columns if c not in {str(k) for k in items}]
    if missing:
        raise ValidationError(f"{name}: missing criteria: {', '.join(missing)}")
    by_name = {str(k): v for k, v in items.items()}
    return [by_name[c] for c in columns]
