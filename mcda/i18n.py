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
    "choice_marked": {"da": "{by}s valg er markeret med orange", "en": "{by}'s choice in amber"},
    "valid": {"da": "gyldig", "en": "valid"},
    "alternatives_count": {"da": "alternativer", "en": "alternatives"},
    "criteria_count": {"da": "kriterier", "en": "criteria"},
    "scores_count": {"da": "scorer", "en": "scores"},
    "assumptions_count": {"da": "antagelser", "en": "assumptions"},
    "profiles_count": {"da": "vægtprofiler", "en": "weight profiles"},
    "screened_count": {"da": "frasorteret", "en": "screened out"},
    # -- mcda evidence / financing / case (the Klima Nord case) --
    "evidence": {"da": "evidens", "en": "evidence"},
    "kind": {"da": "Type", "en": "Kind"},
    "kind_score": {"da": "score", "en": "score"},
    "kind_screening": {"da": "frasortering", "en": "screening"},
    "kind_recommendation": {"da": "anbefaling", "en": "recommendation"},
    "value": {"da": "Værdi", "en": "Value"},
    "level": {"da": "Niveau", "en": "Level"},
    "level_text": {"da": "Rubrik", "en": "Rubric"},
    "rubric": {"da": "Rubrik", "en": "Rubric"},
    "quote": {"da": "Citat", "en": "Quote"},
    "section": {"da": "Afsnit", "en": "Section"},
    "gloss": {"da": "Gloss (engelsk)", "en": "Gloss"},
    "assumption": {"da": "Antagelse", "en": "Assumption"},
    "reason": {"da": "Begrundelse", "en": "Reason"},
    "equal_weights": {"da": "Lige vægte", "en": "Equal weights"},
    "choice_rank": {
        "da": "{by}'s valg: {label} — rang {rank} af {total}",
        "en": "{by}'s choice: {label} — rank {rank} of {total}",
    },
    "choice_screened": {
        "da": "{by}'s valg: {label} — frasorteret af en betingelse",
        "en": "{by}'s choice: {label} — screened out by a constraint",
    },
    "case_summary": {
        "da": "{by}'s valg er nr. 1 i {first} af {total} beslutninger.",
        "en": "{by}'s choice ranks first in {first} of {total} decisions.",
    },
    "cost_low": {"da": "Udgift lav (mio. kr.)", "en": "Cost low (mio DKK)"},
    "cost_high": {"da": "Udgift høj (mio. kr.)", "en": "Cost high (mio DKK)"},
    "extra_per_inhabitant_low": {"da": "Ekstra kr./indb. (lav)", "en": "Extra DKK/inh. (low)"},
    "extra_per_inhabitant_mid": {"da": "Ekstra kr./indb. (midt)", "en": "Extra DKK/inh. (mid)"},
    "extra_per_inhabitant_high": {"da": "Ekstra kr./indb. (høj)", "en": "Extra DKK/inh. (high)"},
    "financing_header": {
        "da": "Supplerende finansieringsbehov pr. indbygger og år, med basisbevilling "
        "{grant} mio. kr. og {population} indbyggere ({source})",
        "en": "Extra financing need per inhabitant a year, with a basis grant of "
        "{grant} mio DKK and {population} inhabitants ({source})",
    },
    "financing_footnote": {
        "da": "Ekstra = max(0, udgift − basisbevilling) / indbyggere, ved intervallets "
        "lave ende, midtpunkt og høje ende. T11: ca. 1 kr. (scenarie 2), ca. 2 kr. (scenarie 3).",
        "en": "Extra = max(0, cost − basis grant) / inhabitants, at the interval's low end, "
        "midpoint and high end. T11: about 1 DKK (Scenario 2), about 2 DKK (Scenario 3).",
    },
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
