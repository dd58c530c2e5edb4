"""mcda.ahp: published examples, cross-checks with pymcdm and AHPy, properties, errors."""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mcda
from mcda.ahp.judgements import nearest_scale_value, parse_judgement
from mcda.ahp.priorities import geometric_consistency_index
from mcda.errors import InconsistentJudgementsWarning, ValidationError

# Saaty (1990), "How to make a decision: the analytic hierarchy process", EJOR 48, 9–26,
# Table 2 (criteria of buying a house: size, transport, neighbourhood, age, yard, modern
# facilities, general condition, financing). Published: λmax = 9.669, CI = 0.238,
# CR = 0.169 (> 0.1: an inconsistent matrix).
HOUSE = np.array(
    [
        [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
        [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
        [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
        [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
        [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
        [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
        [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
        [4, 7, 5, 8, 6, 6, 2, 1],
    ]
)
HOUSE_ITEMS = (
    "size",
    "transport",
    "neighbourhood",
    "age",
    "yard",
    "modern",
    "condition",
    "financing",
)

# Saaty (2008), "Decision making with the analytic hierarchy process", Int. J. Services
# Sciences 1(1), 83–98, Table 2 (relative consumption of drinks in the USA); derived
# priorities .177 .019 .042 .116 .190 .129 .327. Pairs as transcribed in AHPy's examples.
DRINKS = {
    ("coffee", "wine"): 9, ("coffee", "tea"): 5, ("coffee", "beer"): 2, ("coffee", "soda"): 1,
    ("coffee", "milk"): 1, ("water", "coffee"): 2, ("tea", "wine"): 3, ("beer", "wine"): 9,
    ("beer", "tea"): 3, ("beer", "milk"): 1, ("soda", "wine"): 9, ("soda", "tea"): 4,
    ("soda", "beer"): 2, ("soda", "milk"): 2, ("milk", "wine"): 9, ("milk", "tea"): 3,
    ("water", "wine"): 9, ("water", "tea"): 9, ("water", "beer"): 3, ("water", "soda"): 2,
    ("water", "milk"): 3,
}  # fmt: skip
DRINK_ITEMS = ("coffee", "wine", "tea", "beer", "soda", "milk", "water")

# Saaty (1977), "A scaling method for priorities in hierarchical structures", J. Math.
# Psychol. 15, 234–281, relative wealth of nations (US, USSR, China, France, UK, Japan,
# West Germany); reprinted in Saaty (1980), ch. 2. Published λmax = 7.61 and eigenvector
# .427 .230 .021 .052 .052 .123 .094.
NATIONS = np.array(
    [
        [1, 4, 9, 6, 6, 5, 5],
        [1 / 4, 1, 7, 5, 5, 3, 4],
        [1 / 9, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 7, 1 / 5],
        [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
        [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
        [1 / 5, 1 / 3, 7, 3, 3, 1, 2],
        [1 / 5, 1 / 4, 5, 3, 3, 1 / 2, 1],
    ]
)

# Wikipedia, "Analytic hierarchy process – leader example", criteria matrix (experience,
# education, charisma, age); published priorities .547 .127 .270 .056 (the article
# truncates: .5476 is shown as .547).
LEADER_CRITERIA = {
    ("experience", "education"): 4, ("experience", "charisma"): 3, ("experience", "age"): 7,
    ("education", "age"): 3, ("charisma", "education"): 3, ("charisma", "age"): 5,
}  # fmt: skip


def quiet_ahp(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InconsistentJudgementsWarning)
        return mcda.ahp(*args, **kwargs)


# -- published examples ---------------------------------------------------------------
def test_saaty1990_house_inconsistent():
    with pytest.warns(InconsistentJudgementsWarning, match="CR = 0.169"):
        result = mcda.ahp(HOUSE, items=HOUSE_ITEMS)
    published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
    assert result.weights == pytest.approx(published, abs=5e-4)
    assert result.lambda_max == pytest.approx(9.669, abs=5e-4)
    assert result.ci == pytest.approx(0.238, abs=5e-4)
    assert result.cr == pytest.approx(0.169, abs=5e-4)
    assert result.random_index == 1.41 and result.random_index_table == "saaty1980"
    assert not result.acceptable
    # The one question to take back: neighbourhood vs general condition was judged 6,
    # the rest of the matrix implies about 1/2, and 1/2 brings CR under 0.1.
    revision = result.revision
    assert (revision.row, revision.column, revision.current) == ("neighbourhood", "condition", 6)
    assert revision.suggested == 0.5
    assert revision.consistency_ratio < 0.1


def test_saaty2008_drinks():
    result = mcda.ahp(DRINKS, items=DRINK_ITEMS)
    published = [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]
    assert result.weights == pytest.approx(published, abs=5e-4)
    assert result.cr == pytest.approx(0.022, abs=5e-4)
    assert result.acceptable


def test_saaty1977_wealth_of_nations():
    result = mcda.ahp(NATIONS)
    published = [0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094]
    assert result.weights == pytest.approx(published, abs=5e-4)
    assert result.lambda_max == pytest.approx(7.61, abs=5e-3)
    assert result.items == ("1", "2", "3", "4", "5", "6", "7")


def test_wikipedia_leader_criteria():
    result = mcda.ahp(LEADER_CRITERIA, items=["experience", "education", "charisma", "age"])
    assert result.weights == pytest.approx([0.547, 0.127, 0.270, 0.056], abs=1e-3)
    assert result.cr < 0.1


# -- cross-checks ---------------------------------------------------------------------
def test_cross_check_pymcdm_tummala_ling():
    """pymcdm's AHP uses Tummala & Ling (1998) random indices: same weights and λmax;
    its CR equals ours only with ri="tummala_ling1998" (RI(8) = 1.3952, not 1.41)."""
    from pymcdm.weights.subjective import AHP

    peer = AHP(matrix=HOUSE)
    ours = quiet_ahp(HOUSE, ri="tummala_ling1998")
    assert ours.weights == pytest.approx(peer(), rel=1e-9)
    assert ours.cr == pytest.approx(peer.get_cr(), rel=1e-9)
    assert quiet_ahp(HOUSE).cr == pytest.approx(peer.get_cr() * 1.3952 / 1.41, rel=1e-9)


def test_cross_check_ahpy_donegan_dodd():
    """AHPy defaults to Donegan & Dodd (1991) random indices and rounds to ``precision``;
    with precision 10 its weights and CR match ours under ri="donegan_dodd1991"."""
    ahpy = pytest.importorskip("ahpy")
    peer = ahpy.Compare("drinks", DRINKS, precision=10)
    ours = mcda.ahp(DRINKS, ri="donegan_dodd1991")
    for item, weight in ours.as_dict().items():
        assert weight == pytest.approx(peer.target_weights[item], abs=1e-8)
    assert ours.cr == pytest.approx(peer.consistency_ratio, abs=1e-8)
    # Under the default Saaty (1980) table the CR differs: RI(7) = 1.32 vs 1.2519.
    assert mcda.ahp(DRINKS).cr == pytest.approx(ours.cr * 1.2519 / 1.32, rel=1e-9)


def test_cross_check_ahpy_incomplete():
    """AHPy completes missing pairs by Bozóki et al.'s cyclic coordinates (tolerance 1e-4);
    our gradient-based λmax-optimal completion agrees to that tolerance."""
    ahpy = pytest.importorskip("ahpy")
    pairs = {("alpha", "beta"): 1, ("alpha", "chi"): 5, ("alpha", "delta"): 2,
             ("beta", "chi"): 3, ("beta", "delta"): 4}  # fmt: skip
    peer = ahpy.Compare("incomplete", pairs, precision=10)
    ours = mcda.ahp(pairs, ri="donegan_dodd1991")
    assert ours.completed == (("chi", "delta"),)
    for item, weight in ours.as_dict().items():
        assert weight == pytest.approx(peer.target_weights[item], abs=1e-5)
    assert ours.cr == pytest.approx(peer.consistency_ratio, abs=1e-5)


# -- incomplete judgements -------------------------------------------------------------
def test_completion_minimises_lambda_max():
    pairs = {("a", "b"): 2, ("a", "c"): 5, ("b", "c"): 3, ("c", "d"): 2, ("a", "d"): 9}
    result = mcda.ahp(pairs)
    i, j = result.items.index("b"), result.items.index("d")
    found = result.matrix[i, j]
    for factor in (0.9, 1.1):
        trial = result.matrix.copy()
        trial[i, j], trial[j, i] = found * factor, 1 / (found * factor)
        assert np.max(np.linalg.eigvals(trial).real) > result.lambda_max
    assert result.matrix[j, i] == pytest.approx(1 / found)


def test_completion_of_a_spanning_tree_is_consistent():
    # a tree of judgements determines the matrix: CR = 0, weights from the products
    result = mcda.ahp({("a", "b"): 2, ("b", "c"): 3, ("b", "d"): 4}, method="geometric")
    assert result.cr == pytest.approx(0, abs=1e-12)
    assert result.weights == pytest.approx(np.array([24, 12, 4, 3]) / 43)
    assert result.revision is None


def test_disconnected_judgements_name_the_groups():
    with pytest.raises(ValidationError, match=r"2 groups .*\{a, b\} \| \{c, d\}"):
        mcda.ahp({("a", "b"): 2, ("c", "d"): 3})


def test_incomplete_matrix_with_nan():
    matrix = np.array([[1, 2, np.nan], [0.5, 1, 3], [np.nan, 1 / 3, 1]])
    result = mcda.ahp(matrix, items=["x", "y", "z"])
    assert result.matrix[0, 2] == pytest.approx(6)
    assert result.completed == (("x", "z"),)


# -- methods, tables, GCI -----------------------------------------------------------------
def test_geometric_method_is_row_geometric_mean():
    result = quiet_ahp(HOUSE, method="geometric")
    means = np.prod(HOUSE, axis=1) ** (1 / 8)
    assert result.weights == pytest.approx(means / means.sum(), rel=1e-12)
    assert result.lambda_max == pytest.approx(quiet_ahp(HOUSE).lambda_max)


def test_gci_hand_computation():
    # 3×3 matrix a12 = 2, a13 = 4, a23 = 1 (hand: w ∝ (8^(1/3), (1/2)^(1/3), (1/4)^(1/3)))
    matrix = np.array([[1, 2, 4], [1 / 2, 1, 1], [1 / 4, 1, 1]])
    y = np.log(np.prod(matrix, axis=1)) / 3
    expected = (
        2
        / (2 * 1)
        * sum((np.log(matrix[i, j]) - y[i] + y[j]) ** 2 for i, j in [(0, 1), (0, 2), (1, 2)])
    )
    assert geometric_consistency_index(matrix) == pytest.approx(expected)
    # the error e = log a12 + log a23 − log a13 = log(1/2); each residual is ±e/3,
    # so GCI = (3 e²/9) = e²/3
    assert expected == pytest.approx(np.log(0.5) ** 2 / 3)
    with pytest.warns(InconsistentJudgementsWarning, match="GCI = 0.1602 > 0.1573"):
        result = mcda.ahp(matrix, method="geometric")
    assert result.gci == pytest.approx(expected) and result.gci_threshold == 0.1573


def test_geometric_warns_on_gci():
    with pytest.warns(InconsistentJudgementsWarning, match="GCI"):
        mcda.ahp(HOUSE, method="geometric")


@pytest.mark.parametrize(
    ("table", "n", "value"),
    [
        ("saaty1980", 3, 0.58),  # Saaty (1980)
        ("saaty1980", 10, 1.49),
        ("saaty1980", 15, 1.59),  # extension commonly reproduced with Saaty (1980)
        ("alonso_lamata2006", 15, 1.5838),  # Alonso & Lamata (2006), Table 3
        ("tummala_ling1998", 8, 1.3952),  # as in pymcdm.weights.subjective.AHP.RI_M
        ("donegan_dodd1991", 20, 1.5371),  # as in AHPy's Compare._compute_consistency_ratio
        ("saaty2005", 4, 0.89),  # Saaty (2005) p. 31, as in AHPy random_index="saaty"
    ],
)
def test_random_index_tables(table, n, value):
    assert mcda.random_index(n, table) == value


def test_random_index_tables_agree_with_peers():
    from pymcdm.weights.subjective import AHP

    tummala = mcda.RANDOM_INDEX_TABLES["tummala_ling1998"]
    assert [tummala(n) for n in range(1, 16)] == AHP.RI_M


def test_random_index_beyond_table():
    with pytest.raises(ValidationError, match=r"'saaty1980' table covers n = 1…15, not n = 16"):
        mcda.ahp(np.ones((16, 16)))
    result = mcda.ahp(np.ones((16, 16)), ri="donegan_dodd1991")
    assert result.random_index == 1.5078


def test_unknown_table_and_method():
    with pytest.raises(ValidationError, match="unknown random index table 'saaty'"):
        mcda.ahp(np.ones((3, 3)), ri="saaty")
    with pytest.raises(ValidationError, match="unknown AHP method 'mean'"):
        mcda.ahp(np.ones((3, 3)), method="mean")


def test_small_orders():
    one = mcda.ahp(np.ones((1, 1)))
    assert one.weights.tolist() == [1.0] and one.cr == 0
    two = mcda.ahp({("a", "b"): 4})
    assert two.weights == pytest.approx([0.8, 0.2]) and two.cr == 0 and two.revision is None


# -- input forms and errors ---------------------------------------------------------------
def test_mapping_with_fraction_strings_and_both_triangles():
    a = mcda.ahp({("a", "b"): "1/3", ("b", "a"): 3, ("a", "c"): 2, ("b", "c"): "6"})
    b = mcda.ahp(np.array([[1, 1 / 3, 2], [3, 1, 6], [1 / 2, 1 / 6, 1]]), items="abc")
    assert a.weights == pytest.approx(b.weights, rel=1e-12)


def test_parse_judgement():
    assert parse_judgement("1/3") == 1 / 3
    assert parse_judgement(0.333) == 0.333
    with pytest.raises(ValidationError, match=r"x: 'a/b' is not a number"):
        parse_judgement("a/b", "x")
    with pytest.raises(ValidationError, match="must be a positive"):
        parse_judgement(0, "x")
    with pytest.raises(ValidationError, match="must be a number or a fraction"):
        parse_judgement(True, "x")


def test_nearest_scale_value():
    assert nearest_scale_value(0.46) == 0.5
    assert nearest_scale_value(29.0) == 9.0
    assert nearest_scale_value(1 / 20) == 1 / 9


@pytest.mark.parametrize(
    ("judgements", "message"),
    [
        (
            np.array([[1, 3], [1 / 2, 1]]),
            r"not reciprocal: \(1, 2\) = 3 but \(2, 1\) = 0.5, expected 1/3",
        ),
        (np.array([[1, -3], [-1 / 3, 1]]), r"\(1, 2\) = -3 must be positive"),
        (np.array([[1, 0], [0, 1]]), r"\(1, 2\) = 0 must be positive"),
        (np.ones((2, 3)), r"must be square, got shape \(2, 3\)"),
        (np.array([[2, 1], [1, 1]]), r"diagonal entry \(1, 1\) = 2, must be 1"),
        (np.array([[1, 12], [1 / 12, 1]]), r"\(1, 2\) = 12 is off Saaty's scale"),
        (np.array([[1, np.inf], [0, 1]]), "must be finite"),
        ({("a", "b"): 3, ("b", "a"): 3}, r"\(b, a\) = 3 contradicts \(a, b\) = 3"),
        ({("a", "a"): 3}, "compared with itself is 1"),
        ({("a",): 3}, "is not a pair"),
        ({}, "no judgements"),
        ([["x"]], "not a numeric matrix"),
    ],
)
def test_bad_judgements(judgements, message):
    with pytest.raises(ValidationError, match=message):
        mcda.ahp(judgements)


def test_unknown_item_names():
    with pytest.raises(ValidationError, match=r"unknown item 'costs' \(items: cost, synergy\)"):
        mcda.ahp({("costs", "synergy"): 3}, items=["cost", "synergy"])
    with pytest.raises(ValidationError, match=r"3 items for a 2×2 matrix"):
        mcda.ahp(np.ones((2, 2)), items=["a", "b", "c"])


def test_scale_check_can_be_disabled_for_ratio_data():
    result = mcda.ahp({("a", "b"): 34 / 24}, check_scale=True)
    assert result.weights == pytest.approx([34 / 58, 24 / 58])
    ratio = mcda.ahp({("a", "b"): 20.0}, check_scale=False)
    assert ratio.weights == pytest.approx([20 / 21, 1 / 21])


def test_result_frame_and_lookup():
    result = mcda.ahp(LEADER_CRITERIA)
    frame = result.to_frame()
    assert list(frame.index) == list(result.items)
    assert frame.loc["experience", "rank"] == 1
    assert result.weight("age") == pytest.approx(frame.loc["age", "weight"])
    with pytest.raises(ValidationError, match="no item 'wage'"):
        result.weight("wage")


# -- properties ---------------------------------------------------------------------------
weights_strategy = st.lists(st.floats(0.05, 1.0), min_size=2, max_size=9)


@settings(max_examples=40, deadline=None)
@given(weights_strategy, st.sampled_from(["eigenvector", "geometric"]))
def test_consistent_matrix_returns_its_weights(raw, method):
    w = np.array(raw) / sum(raw)
    result = mcda.ahp(np.outer(w, 1 / w), method=method, check_scale=False)
    assert result.weights == pytest.approx(w, rel=1e-8)
    assert result.cr == pytest.approx(0, abs=1e-10)
    assert result.lambda_max == pytest.approx(len(w), rel=1e-10)


def random_reciprocal(draw_values, n):
    matrix = np.ones((n, n))
    for (i, j), value in zip(itertools.combinations(range(n), 2), draw_values, strict=False):
        matrix[i, j], matrix[j, i] = value, 1 / value
    return matrix


scale_values = st.sampled_from([1 / 9, 1 / 7, 1 / 5, 1 / 3, 1 / 2, 1, 2, 3, 5, 7, 9])


def square_strategy(low: int, high: int):
    return st.integers(low, high).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(scale_values, min_size=n * (n - 1) // 2, max_size=n * (n - 1) // 2),
        )
    )


@settings(max_examples=30, deadline=None)
@given(square_strategy(3, 8), st.sampled_from(["eigenvector", "geometric"]))
def test_priorities_positive_and_sum_to_one(data, method):
    n, values = data
    result = quiet_ahp(random_reciprocal(values, n), method=method)
    assert np.all(result.weights > 0)
    assert result.weights.sum() == pytest.approx(1.0)
    assert result.lambda_max >= n - 1e-9
    assert 0 <= result.cr


@settings(max_examples=30, deadline=None)
@given(square_strategy(3, 8))
def test_transpose_inverts_geometric_priorities(data):
    n, values = data
    matrix = random_reciprocal(values, n)
    result = quiet_ahp(matrix, method="geometric")
    transposed = quiet_ahp(matrix.T, method="geometric")
    inverse = (1 / result.weights) / np.sum(1 / result.weights)
    assert transposed.weights == pytest.approx(inverse, rel=1e-9)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.floats(1.0, 2.0), min_size=2, max_size=6),
    st.lists(st.floats(0.9, 1.1), min_size=21, max_size=21),
)
def test_transpose_inverts_eigenvector_order(steps, noise):
    """For the eigenvector method the transpose inverts the order of well-separated
    priorities of a nearly consistent matrix. (Not in general: the right and left
    eigenvectors of an inconsistent matrix can rank differently — Johnson, Beine & Wang
    1979, J. Math. Psychol. 19, 61–64 — which is why only this case is a property.)"""
    w = np.cumprod([1.0] + [1.5 * s for s in steps])[::-1]  # each ≥ 1.5× the next
    n = len(w)
    matrix = np.outer(w, 1 / w)
    for k, (i, j) in enumerate(itertools.combinations(range(n), 2)):
        matrix[i, j] *= noise[k]
        matrix[j, i] = 1 / matrix[i, j]
    result = quiet_ahp(matrix, check_scale=False)
    transposed = quiet_ahp(matrix.T, check_scale=False)
    assert np.all(np.diff(result.weights) < 0)
    assert np.all(np.diff(transposed.weights) > 0)


@settings(max_examples=20, deadline=None)
@given(square_strategy(3, 7))
def test_revision_lowers_inconsistency(data):
    n, values = data
    result = quiet_ahp(random_reciprocal(values, n))
    if result.revision is not None:
        assert result.revision.lambda_max < result.lambda_max
        assert result.revision.consistency_ratio < result.cr
        assert nearest_scale_value(result.revision.suggested) == result.revision.suggested
        assert result.revision.suggested != result.revision.current


def test_revision_of_incomplete_judgements_is_exact():
    pairs = {
        ("a", "b"): 3, ("a", "c"): 1 / 5, ("a", "d"): 7, ("b", "c"): 5,
        ("b", "e"): 1 / 3, ("c", "d"): 2, ("d", "e"): 9, ("c", "e"): 1 / 7,
    }  # fmt: skip
    result = quiet_ahp(pairs)
    revision = result.revision
    key = (revision.row, revision.column)
    assert key in pairs and revision.current == pairs[key]
    without = {k: v for k, v in pairs.items() if k != key}
    left_out = quiet_ahp(without, items=result.items)
    i, j = result.items.index(key[0]), result.items.index(key[1])
    assert revision.implied == pytest.approx(left_out.matrix[i, j], rel=1e-6)
    revised = quiet_ahp({**without, key: revision.suggested}, items=result.items)
    assert revision.lambda_max == pytest.approx(revised.lambda_max, rel=1e-9)
    assert revision.consistency_ratio == pytest.approx(revised.cr, rel=1e-6)
    assert revised.cr < result.cr


def test_revision_search_can_be_skipped():
    result = quiet_ahp(HOUSE, revise=False)
    assert result.revision is None
    assert result.cr == pytest.approx(quiet_ahp(HOUSE).cr)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.floats(0.1, 1.0), min_size=3, max_size=8),
    st.lists(st.booleans(), min_size=28, max_size=28),
    st.sampled_from(["eigenvector", "geometric"]),
)
def test_completion_restores_a_consistent_matrix(raw, keep, method):
    """Missing entries of a consistent matrix are completed exactly (both completions)."""
    w = np.array(raw) / sum(raw)
    n = len(w)
    matrix = np.outer(w, 1 / w)
    for k, (i, j) in enumerate(itertools.combinations(range(n), 2)):
        if j > i + 1 and not keep[k]:  # keep the path 0-1-…-(n−1): always connected
            matrix[i, j] = matrix[j, i] = np.nan
    result = mcda.ahp(matrix, method=method, check_scale=False)
    assert result.weights == pytest.approx(w, rel=1e-6)
    assert result.matrix == pytest.approx(np.outer(w, 1 / w), rel=1e-6)
    assert result.cr == pytest.approx(0, abs=1e-8)
