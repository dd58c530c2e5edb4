"""Weight normalisation and ``crit=w,...`` parsing."""

from __future__ import annotations

import numpy as np
import pytest

from mcda.errors import ValidationError
from mcda.weights import normalize_weights, parse_weight_spec

CRITERIA = ("cost", "synergy", "robustness")


def test_parse_weight_spec_normalises() -> None:
    np.testing.assert_allclose(
        parse_weight_spec("cost=2, synergy=1,robustness=1", CRITERIA), [0.5, 0.25, 0.25]
    )


def test_batch_rows_sum_to_one() -> None:
    np.testing.assert_allclose(normalize_weights([[1, 1], [3, 1]], 2).sum(axis=1), [1, 1])


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("cost=1,synergy=1", "missing criteria: robustness"),
        ("cost=1,synergy=1,robustness=1,speed=1", "unknown criterion 'speed'"),
        ("cost=1,cost=2,synergy=1,robustness=1", "'cost' is given twice"),
        ("cost:1,synergy=1,robustness=1", "is not of the form criterion=weight"),
        ("cost=high,synergy=1,robustness=1", "cost='high' is not a number"),
        ("cost=-1,synergy=1,robustness=1", "must not be negative"),
        ("cost=0,synergy=0,robustness=0", "all zero"),
        ("cost=nan,synergy=1,robustness=1", "finite"),
    ],
)
def test_bad_weight_spec(spec: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_weight_spec(spec, CRITERIA)
