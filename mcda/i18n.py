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
    # -- reproduction (mcda reproduce, issue 6) --------------------------------------
    "and": {"da": "og", "en": "and"},
    "list_separator": {"da": "; ", "en": ", "},
    "repro_equal_weights": {"da": "lige vægte", "en": "equal weights"},
    "repro_given_weights": {"da": "de givne vægte", "en": "the given weights"},
    "repro_profile": {"da": "vægtprofilen {name}", "en": "the weight profile {name}"},
    "repro_decision_maker": {"da": "beslutningstageren", "en": "the decision maker"},
    "repro_dominates_all": {
        "da": "{target} dominerer alle andre alternativer (mindst lige så god på alle "
        "kriterier og bedre på mindst ét): den kommer først under alle vægte, så svaret "
        "afhænger ikke af vægtene.",
        "en": "{target} dominates every other alternative (at least as good on every "
        "criterion and better on at least one): it comes first under any weights, so the "
        "answer does not depend on the weights.",
    },
    "repro_dominated": {
        "da": "{target} er domineret af {others} (mindst lige så god på alle kriterier og "
        "bedre på mindst ét): {target} kan ikke komme først under nogen vægte, så svaret "
        "afhænger ikke af vægtene.",
        "en": "{target} is dominated by {others} (at least as good on every criterion and "
        "better on at least one): {target} cannot come first under any weights, so the "
        "answer does not depend on the weights.",
    },
    "repro_share": {
        "da": "{target} kommer først ved {share} af alle vægtkombinationer (standardfejl "
        "{error}; {samples} tilfældige vægte, seed {seed}).",
        "en": "{target} comes first under {share} of all weight combinations (standard "
        "error {error}; {samples} random weight vectors, seed {seed}).",
    },
    "repro_central": {
        "da": "Centrale vægte (gennemsnittet af de vægte, hvor den vinder): {weights}.",
        "en": "Central weights (the mean of the weights where it wins): {weights}.",
    },
    "repro_central_outside": {
        "da": "Centrale vægte (gennemsnittet af de vægte, hvor den vinder): {weights}. "
        "Bemærk: vinderområdet er ikke konvekst, og de centrale vægte ligger selv uden for det.",
        "en": "Central weights (the mean of the weights where it wins): {weights}. Note: "
        "the winning region is not convex, and the central weights themselves lie outside it.",
    },
    "repro_closest": {
        "da": "Nærmest {reference} kommer {target} først (med en margin på mindst {margin}) "
        "ved {weights} (L1-afstand {distance}).",
        "en": "Nearest to {reference}, {target} comes first (by a margin of at least "
        "{margin}) at {weights} (L1 distance {distance}).",
    },
    "repro_between": {
        "da": "{criterion} vejer mellem {low} og {high}",
        "en": "{criterion} weighs between {low} and {high}",
    },
    "repro_at_least": {
        "da": "{criterion} vejer mindst {low}",
        "en": "{criterion} weighs at least {low}",
    },
    "repro_at_most": {
        "da": "{criterion} vejer højst {high}",
        "en": "{criterion} weighs at most {high}",
    },
    "repro_ranges": {
        "da": "{target} kan kun komme først, når {conditions} (hver for sig nødvendige, "
        "men ikke nødvendigvis tilstrækkelige betingelser).",
        "en": "{target} can only come first when {conditions} (each a necessary condition, "
        "not necessarily sufficient).",
    },
    "repro_no_range_condition": {
        "da": "Ingen enkelt vægt er afgørende for {target}: hver vægt kan ligge hvor som "
        "helst i sit tilladte interval, når de andre vægte tilpasses.",
        "en": "No single weight decides it for {target}: each weight can lie anywhere in "
        "its allowed interval if the other weights adapt.",
    },
    "repro_exact": {
        "da": "(Beregnet eksakt ved lineær programmering og kontrolleret ved ny rangordning.)",
        "en": "(Computed exactly by linear programming and checked by re-ranking.)",
    },
    "repro_numeric": {
        "da": "(Fundet ved numerisk optimering fra flere startpunkter og kontrolleret ved ny "
        "rangordning; grænserne er lokale optima.)",
        "en": "(Found by numerical optimisation from several starting points and checked by "
        "re-ranking; the bounds are local optima.)",
    },
    "repro_never": {
        "da": "{target} kommer ikke først under nogen vægte (margin {margin}). Tættest "
        "kommer den ved {weights}, hvor den mangler {gap} i score; dér går førstepladsen "
        "til {winners}.",
        "en": "{target} does not come first under any weights (margin {margin}). It comes "
        "closest at {weights}, where it lacks {gap} in score; there first place goes to "
        "{winners}.",
    },
    "repro_flip": {
        "da": "Fra {reference} (hvor {winners} kommer først) skal vægtene ændres med mindst "
        "{l1} i alt (L1) for at {first} kommer først; målt som den største ændring af én "
        "enkelt vægt (L∞) er det {linf} ({second}).",
        "en": "From {reference} (where {winners} comes first) the weights must change by at "
        "least {l1} in total (L1) for {first} to come first; measured as the largest change "
        "of a single weight (L∞) it is {linf} ({second}).",
    },
    "repro_no_flip": {
        "da": "Fra {reference} (hvor {winners} kommer først) kan ingen ændring af vægtene "
        "gøre et andet alternativ til vinder.",
        "en": "From {reference} (where {winners} comes first) no change of the weights makes "
        "another alternative win.",
    },
    "joint_yes": {
        "da": "Der findes vægte, hvor alle {count} af {by}s valg kommer først på én gang: "
        "{share} af alle vægtkombinationer ({samples} tilfældige vægte, seed {seed}).",
        "en": "There are weights under which all {count} of {by}'s choices come first at "
        "once: {share} of all weight combinations ({samples} random weight vectors, seed "
        "{seed}).",
    },
    "joint_implied": {
        "da": "{by}s implicitte vægte (nærmest {reference}): {weights} (L1-afstand {distance}).",
        "en": "{by}'s implied weights (nearest to {reference}): {weights} (L1 distance "
        "{distance}).",
    },
    "joint_central": {
        "da": "Centrale vægte for alle valg på én gang: {weights}.",
        "en": "Central weights for all choices at once: {weights}.",
    },
    "joint_no": {
        "da": "Ingen vægte får alle {count} af {by}s valg til at komme først på én gang.",
        "en": "No weights make all {count} of {by}'s choices come first at once.",
    },
    "joint_alone": {
        "da": "{decision}: valget kommer ikke først under nogen vægte, heller ikke alene.",
        "en": "{decision}: the choice does not come first under any weights, even on its own.",
    },
    "joint_conflict": {
        "da": "{first} og {second} strider mod hinanden: bedst ved {weights}, hvor "
        "føringerne er {first_lead} og {second_lead}.",
        "en": "{first} and {second} conflict: at best, at {weights}, the leads are "
        "{first_lead} and {second_lead}.",
    },
    "repro_target": {"da": "Mål", "en": "Target"},
    "repro_reference": {"da": "Reference", "en": "Reference"},
    "repro_closest_col": {"da": "Nærmeste", "en": "Closest"},
    "repro_central_col": {"da": "Centrale", "en": "Central"},
    "repro_attempt_col": {"da": "Tættest", "en": "Best attempt"},
    "repro_min": {"da": "Min.", "en": "Min."},
    "repro_max": {"da": "Maks.", "en": "Max."},
    "repro_joint_title": {
        "da": "Alle beslutninger på én gang",
        "en": "All decisions at once",
    },
    "repro_share_label": {"da": "Andel af vægtene", "en": "Share of the weights"},
    "repro_region_title": {
        "da": "Hvem kommer først: {a}, {b} og {c} varierer, øvrige vægte fast",
        "en": "Who comes first: {a}, {b} and {c} vary, other weights fixed",
    },
    "repro_ranges_title": {
        "da": "Vægtinterval, hvor {target} kommer først",
        "en": "Weight range where {target} comes first",
    },
    "repro_tie": {"da": "uafgjort", "en": "tie"},
    "repro_slice_note": {
        "da": "de tre vægte deler {mass}; ★ = de fundne vægte",
        "en": "the three weights share {mass}; ★ = the weights found",
    },
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
    # -- AHP (mcda ahp, issue 3) ------------------------------------------------------
    "ahp": {"da": "AHP (hierarkisk syntese)", "en": "AHP (hierarchic synthesis)"},
    "ahp_ideal": {"da": "AHP (ideal-syntese)", "en": "AHP (ideal synthesis)"},
    "ahp_item": {"da": "Element", "en": "Item"},
    "ahp_member": {"da": "Medlem", "en": "Member"},
    "ahp_priority": {"da": "Prioritet", "en": "Priority"},
    "ahp_lambda_max": {"da": "λmax", "en": "λmax"},
    "ahp_ci": {"da": "Konsistensindeks (CI)", "en": "Consistency index (CI)"},
    "ahp_cr": {"da": "Konsistensratio (CR)", "en": "Consistency ratio (CR)"},
    "ahp_gci": {
        "da": "Geometrisk konsistensindeks (GCI)",
        "en": "Geometric consistency index (GCI)",
    },
    "ahp_random_index": {"da": "Tilfældighedsindeks (RI)", "en": "Random index (RI)"},
    "ahp_acceptable": {"da": "acceptabel", "en": "acceptable"},
    "ahp_threshold": {"da": "tærskel", "en": "threshold"},
    "ahp_inconsistent": {"da": "inkonsistent", "en": "inconsistent"},
    "ahp_completed": {"da": "Udfyldte par", "en": "Completed pairs"},
    "ahp_revise": {
        "da": "Spørg igen om {row} mod {column}: svaret var {current}; de øvrige svar "
        "peger på {implied} — {suggested} ville sænke CR til {cr}.",
        "en": "Ask again about {row} versus {column}: the answer was {current}; the other "
        "answers imply {implied} — {suggested} would lower CR to {cr}.",
    },
    "ahp_group": {"da": "Gruppe", "en": "Group"},
    "ahp_kendall_w": {
        "da": "Kendalls W (enighed om rangordenen)",
        "en": "Kendall's W (agreement on the order)",
    },
    "ahp_members_weights": {"da": "Medlemmernes vægte", "en": "Members' weights"},
    "ahp_form_title": {
        "da": "Parvise sammenligninger (AHP)",
        "en": "Pairwise comparisons (AHP)",
    },
    "ahp_form_name": {"da": "Navn", "en": "Name"},
    "ahp_form_instructions": {
        "da": "Udfyld kolonnen «Svar» for hver række med en værdi fra listen: 9 betyder, at "
        "A er ekstremt vigtigere end B; 1 betyder lige vigtige; 1/9 betyder, at B er "
        "ekstremt vigtigere end A. Skriv dit navn i cellen ved «Navn».",
        "en": "Fill in the column «Answer» for each row with a value from the list: 9 means "
        "A is extremely more important than B; 1 means equally important; 1/9 means B is "
        "extremely more important than A. Write your name in the cell next to «Name».",
    },
    "ahp_form_question": {
        "da": "Hvor meget vigtigere er «{a}» end «{b}»?",
        "en": "How much more important is «{a}» than «{b}»?",
    },
    "ahp_form_question_under": {
        "da": "Hvor meget bedre er «{a}» end «{b}» med hensyn til «{criterion}»?",
        "en": "How much better is «{a}» than «{b}» with respect to «{criterion}»?",
    },
    "ahp_form_answer": {"da": "Svar", "en": "Answer"},
    "ahp_form_question_header": {"da": "Spørgsmål", "en": "Question"},
    "ahp_form_scale": {"da": "Skala", "en": "Scale"},
    "ahp_scale_1": {"da": "lige vigtige", "en": "equally important"},
    "ahp_scale_3": {"da": "lidt vigtigere", "en": "moderately more important"},
    "ahp_scale_5": {"da": "betydeligt vigtigere", "en": "strongly more important"},
    "ahp_scale_7": {"da": "meget betydeligt vigtigere", "en": "very strongly more important"},
    "ahp_scale_9": {"da": "ekstremt vigtigere", "en": "extremely more important"},
    "ahp_scale_even": {"da": "mellemværdi", "en": "intermediate value"},
    "ahp_scale_inverse": {
        "da": "1/x: B er x gange så vigtig som A",
        "en": "1/x: B is x times as important as A",
    },
    "sens_weight_of": {"da": "Vægt på {criterion}", "en": "Weight of {criterion}"},
    "sens_closeness": {"da": "Score ({method})", "en": "Score ({method})"},
    "sens_reversal": {"da": "Rangskifte", "en": "Rank reversal"},
    "sens_current_weight": {"da": "Nuværende vægt", "en": "Current weight"},
    "sens_current_weights": {"da": "Nuværende vægte", "en": "Current weights"},
    "sens_sweep_title": {
        "da": "Én vægt ad gangen: {criterion}",
        "en": "One weight at a time: {criterion}",
    },
    "sens_stability_title": {
        "da": "Stabilitetsintervaller for vægtene",
        "en": "Stability intervals of the weights",
    },
    "sens_same_top": {"da": "Samme førsteplads", "en": "Same top alternative"},
    "sens_same_ranking": {"da": "Samme rangorden", "en": "Same ranking"},
    "sens_most_critical": {"da": "mest kritisk", "en": "most critical"},
    "sens_rank_acceptability": {
        "da": "Rangacceptabilitet (SMAA-2)",
        "en": "Rank acceptability (SMAA-2)",
    },
    "sens_share_of_samples": {"da": "Andel af stikprøverne", "en": "Share of samples"},
    "sens_rank_n": {"da": "Rang {rank}", "en": "Rank {rank}"},
    "sens_samples": {"da": "{count} stikprøver", "en": "{count} samples"},
    "sens_ternary_title": {
        "da": "Vinder i vægttrekanten (øvrige vægte faste)",
        "en": "Winner over the weight triangle (other weights fixed)",
    },
    "sens_tie": {"da": "Uafgjort", "en": "Tie"},
    "sens_agreement_title": {"da": "Enighed mellem metoder", "en": "Agreement between methods"},
    "sens_correlation": {"da": "Rangkorrelation ({kind})", "en": "Rank correlation ({kind})"},
    "sens_not_applicable": {"da": "Ikke anvendelig", "en": "Not applicable"},
    "sens_progress": {"da": "SMAA-stikprøver", "en": "SMAA samples"},
    "sens_written": {"da": "Skrev {count} filer i {path}", "en": "Wrote {count} files to {path}"},
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
