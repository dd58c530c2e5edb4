"""Numbers as a reader writes them (mcda.formatting), in Danish and English."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from mcda.formatting import (
    format_number,
    format_plain,
    format_share,
    in_sentence,
    join_names,
    number_word,
)


def test_locale_separators_and_halves_rounded_up() -> None:
    assert format_number(1234.5, "da", 1) == "1.234,5"
    assert format_number(1234.5, "en", 1) == "1,234.5"
    assert format_number(0.25, "da", 1) == "0,3"  # a reader rounds a half up, not to even
    assert format_number(2.675, "en", 2) == "2.68"  # 2.675 is written, not its binary value
    assert format_number(-0.25, "da", 0) == "0"  # never "-0"
    assert format_number(math.nan, "en", 2) == "nan"
    assert format_share(0.5863, "da", 0) == "59\u00a0%"  # no line break before "%"
    assert format_share(0.5863, "en", 0) == "59%"
    assert format_plain(3.5, "da") == "3,5" and format_plain(3.0, "en") == "3"


def test_words_and_names() -> None:
    assert number_word(5, "da", capital=True) == "Fem" and number_word(1, "en") == "one"
    assert number_word(20000, "da") == "20.000"
    assert in_sentence("Lokal forankring (1:1-sparring)") == "lokal forankring (1:1-sparring)"
    assert in_sentence("KKR politisk") == "KKR politisk" and in_sentence("1:1-sparring") == "1:1-sparring"
    assert join_names(["A", "B", "C"], "da") == "A, B og C"


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.integers(0, 4))
def test_danish_is_english_with_the_separators_swapped(value: float, digits: int) -> None:
    da, en = format_number(value, "da", digits), format_number(value, "en", digits)
    swapped = en.replace(",", "\0").replace(".", ",").replace("\0", ".")
    assert da == swapped
    assert abs(float(en.replace(",", "")) - value) <= 0.5 * 10**-digits + 1e-9 * abs(value)
