"""Numbers as a reader writes them, in Danish or English (one place for every output).

Danish writes a decimal comma and a thousands dot ("1.234,5"), English the reverse
("1,234.5"); a share is a percentage ("14,9 %" / "14.9%").
"""

from __future__ import annotations

from collections.abc import Sequence

from mcda.model import Lang

__all__ = ["format_number", "format_share", "join_names"]


def format_number(value: float, lang: Lang, digits: int = 3) -> str:
    """``value`` with ``digits`` decimals and thousands separators in ``lang``'s style."""
    text = f"{value:,.{digits}f}"
    if lang == "da":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_share(share: float, lang: Lang, digits: int = 1) -> str:
    """A share in [0, 1] as a percentage with ``digits`` decimals ("14,9 %" / "14.9%")."""
    number = format_number(100 * share, lang, digits)
    return f"{number} %" if lang == "da" else f"{number}%"


def join_names(names: Sequence[str], lang: Lang) -> str:
    """ "A", "A og B", "A, B og C" (English: "A, B and C")."""
    word = "og" if lang == "da" else "and"
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"
