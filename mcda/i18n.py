"""The one translation table for everything T11 reads (CLI tables, reports, forms).

Danish is the default language. Add a key here, in both languages, rather than
writing a user-facing string elsewhere. Terms: "robusthed", "synergi",
"omkostning", "lokal forankring", "risiko for indfangning" (capture: one actor's
agenda crowding out the core task).
"""

from __future__ import annotations

from typing import get_args

from mcda.errors import ValidationError
from mcda.model import Lang

__all__ = ["LANGUAGES", "TRANSLATIONS", "check_lang", "t"]

LANGUAGES: tuple[Lang, ...] = get_args(Lang)

TRANSLATIONS: dict[str, dict[Lang, str]] = {
    "alternative": {"da": "Alternativ", "en": "Alternative"},
    "label": {"da": "Betegnelse", "en": "Label"},
    "score": {"da": "Score", "en": "Score"},
    "rank": {"da": "Rang", "en": "Rank"},
    "screened_out": {"da": "Frasorteret", "en": "Screened out"},
    "note": {"da": "Bemærkning", "en": "Note"},
    "method": {"da": "Metode", "en": "Method"},
    "weights": {"da": "Vægte", "en": "Weights"},
    "criterion": {"da": "Kriterium", "en": "Criterion"},
    "weight": {"da": "Vægt", "en": "Weight"},
    "direction": {"da": "Retning", "en": "Direction"},
    "unit": {"da": "Enhed", "en": "Unit"},
    "higher_is_better": {"da": "højere er bedre", "en": "higher is better"},
    "lower_is_better": {"da": "lavere er bedre", "en": "lower is better"},
    "choice_of": {"da": "{by}: 1. valg", "en": "{by}: first choice"},
    "runner_up_of": {"da": "{by}: 2. valg", "en": "{by}: second choice"},
    "problem": {"da": "Beslutning", "en": "Decision"},
    "valid": {"da": "gyldig", "en": "valid"},
    "alternatives_count": {"da": "alternativer", "en": "alternatives"},
    "criteria_count": {"da": "kriterier", "en": "criteria"},
    "scores_count": {"da": "scorer", "en": "scores"},
    "assumptions_count": {"da": "antagelser", "en": "assumptions"},
    "profiles_count": {"da": "vægtprofiler", "en": "weight profiles"},
    "screened_count": {"da": "frasorteret", "en": "screened out"},
}


def check_lang(lang: str) -> Lang:
    """``lang`` if it is a supported language, else a clear error."""
    if lang not in LANGUAGES:
        raise ValidationError(f"lang: {lang!r} is not one of {', '.join(LANGUAGES)}")
    return lang  # type: ignore[return-value,unused-ignore]


def t(key: str, lang: Lang = "da", **fields: str) -> str:
    """The text for ``key`` in ``lang``, with ``{fields}`` filled in."""
    try:
        text = TRANSLATIONS[key][lang]
    except KeyError:
        raise KeyError(f"no translation for {key!r} in {lang!r}") from None
    return text.format(**fields) if fields else text
