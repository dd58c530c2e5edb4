"""Numbers as a reader writes them, in Danish or English (one place for every output).

Danish writes a decimal comma and a thousands dot ("1.234,5"), English the reverse
("1,234.5"); a share is a percentage ("14,9 %" / "14.9%").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from mcda.model import Lang

__all__ = [
    "format_number",
    "format_plain",
    "format_share",
    "in_sentence",
    "join_names",
    "number_word",
]


def format_number(value: float, lang: Lang, digits: int = 3) -> str:
    """``value`` with ``digits`` decimals and thousands separators in ``lang``'s style,
    a half rounded away from zero as a reader rounds (0,25 → "0,3")."""
    if math.isfinite(value):
        exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)
        exact = abs(exact) if exact == 0 else exact  # no "-0"
        text = f"{exact:,.{digits}f}"
    else:
        text = f"{value:,.{digits}f}"
    if lang == "da":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_plain(value: float, lang: Lang) -> str:
    """``value`` with as many decimals as it needs (``:g``), in ``lang``'s style:
    3.5 → "3,5" in Danish."""
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "da" else text


def format_share(share: float, lang: Lang, digits: int = 1) -> str:
    """A share in [0, 1] as a percentage with ``digits`` decimals ("14,9 %" / "14.9%")."""
    number = format_number(100 * share, lang, digits)
    return f"{number}\u00a0%" if lang == "da" else f"{number}%"  # no break before "%"


def join_names(names: Sequence[str], lang: Lang) -> str:
    """ "A", "A og B", "A, B og C" (English: "A, B and C")."""
    word = "og" if lang == "da" else "and"
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def in_sentence(label: str) -> str:
    """A label inside a sentence: "Lokal forankring (1:1-sparring)" → "lokal forankring
    (1:1-sparring)"; a label starting with an acronym or a number ("KKR", "1:1") keeps
    its first letter."""
    words = label.split()
    first = words[0] if words else label
    if len(first) > 1 and (first.isupper() or any(ch.isdigit() for ch in first)):
        return label
    return label[:1].lower() + label[1:]


_NUMBER_WORDS: dict[Lang, tuple[str, ...]] = {
    "da": ("nul", "én", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti"),
    "en": ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
}


def number_word(count: int, lang: Lang, *, capital: bool = False) -> str:
    """A small count in words ("fem" / "five"), larger ones as digits."""
    words = _NUMBER_WORDS[lang]
    text = words[count] if 0 <= count < len(words) else format_number(count, lang, 0)
    return text[:1].upper() + text[1:] if capital else text
