"""Every registered method scores a batch of weights (S, n) exactly as it scores each
weight vector on its own (the batched paths of SMAA, sweeps and robustness rely on it)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import mcda
from mcda.values import ValueScales


@pytest.mark.parametrize("name", sorted(mcda.METHODS))
@settings(max_examples=25, deadline=None)
@given(
    st.tuples(st.integers(2, 6), st.integers(1, 4), st.integers(1, 5)).flatmap(
        lambda shape: st.tuples(
            arrays(float, shape[:2], elements=st.floats(0.5, 10.0)),
            arrays(float, (shape[2], shape[1]), elements=st.floats(0.01, 1.0)),
            st.lists(st.sampled_from([1, -1]), min_size=shape[1], max_size=shape[1]),
        )
    )
)
def test_a_batch_scores_as_one_vector_at_a_time(name: str, case) -> None:
    matrix, batch, signs = case
    signs = np.array(signs)
    batch = batch / batch.sum(axis=1, keepdims=True)
    method = mcda.get_method(name, anchors=ValueScales.from_bounds([[0, 11]] * len(signs), signs))
    try:
        apart = np.stack([method.score(matrix, w, signs) for w in batch])
    except mcda.McdaError:  # undefined for one of the vectors: the batch must say so too
        with pytest.raises(mcda.McdaError):
            method.score(matrix, batch, signs)
        return
    together = method.score(matrix, batch, signs)
    np.testing.assert_allclose(together, apart, rtol=1e-12, atol=1e-12)
