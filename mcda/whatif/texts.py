"""The page's words: the what-if and group keys of :mod:`mcda.i18n`, in one language."""

from __future__ import annotations

from mcda.i18n import TRANSLATIONS
from mcda.model import Lang

__all__ = ["page_strings"]

#: The key prefixes the page's script uses (its sentences, labels and messages).
PREFIXES = ("whatif_", "group_")
#: Shared keys the script needs as well.
SHARED = ("and", "list_separator")


def page_strings(lang: Lang) -> dict[str, str]:
    """Every text the page shows, in ``lang``, by key (templates keep their ``{fields}``)."""
    return {
        key: texts[lang]
        for key, texts in TRANSLATIONS.items()
        if key.startswith(PREFIXES) or key in SHARED
    }
