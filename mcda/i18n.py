"""The one translation table for everything T11 reads (CLI tables, reports, forms).

Danish is the default language. Add a key here, in both languages, rather than
writing a user-facing string elsewhere. Terms: "robusthed", "synergi",
"omkostning", "lokal forankring", "risiko for indfangning" (capture: one actor's
agenda crowding out the core task).
"""

from __future__ import annotations

from typing import get_args

from mcda.errors import ValidationError
from mcda.model import Lang, Problem

__all__ = [
    "LANGUAGES",
    "TRANSLATIONS",
    "check_lang",
    "default_profile_name",
    "method_title",
    "t",
]

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
        "da": "Der findes vægte, hvor alle {count} af {by}'s valg kommer først på én gang: "
        "{share} af alle vægtkombinationer ({samples} tilfældige vægte, seed {seed}).",
        "en": "There are weights under which all {count} of {by}'s choices come first at "
        "once: {share} of all weight combinations ({samples} random weight vectors, seed "
        "{seed}).",
    },
    "joint_implied": {
        "da": "{by}'s implicitte vægte (nærmest {reference}): {weights} (L1-afstand {distance}).",
        "en": "{by}'s implied weights (nearest to {reference}): {weights} (L1 distance "
        "{distance}).",
    },
    "joint_central": {
        "da": "Centrale vægte for alle valg på én gang: {weights}.",
        "en": "Central weights for all choices at once: {weights}.",
    },
    "joint_no": {
        "da": "Ingen vægte får alle {count} af {by}'s valg til at komme først på én gang.",
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
    "repro_ranges_title": {
        "da": "Vægtinterval, hvor {target} kommer først",
        "en": "Weight range where {target} comes first",
    },
    "repro_tie": {"da": "uafgjort", "en": "tie"},
    # -- mcda evidence / financing / case (the Klima Nord case) --
    "evidence": {"da": "evidens", "en": "evidence"},
    "kind": {"da": "Type", "en": "Kind"},
    "kind_score": {"da": "score", "en": "score"},
    "kind_screening": {"da": "frasortering", "en": "screening"},
    "kind_requirement": {"da": "krav", "en": "requirement"},
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
        "da": "Ekstra = max(0, udgift − basisbevilling), midt i budgetbåndet (lav–høj ende i "
        "parentes). T11: ca. 1 kr. pr. indbygger (scenarie 2), ca. 2 kr. (scenarie 3). "
        "Mindreforbruget på ca. 850.000 kr. er engangsmidler: det dækker behovet i det "
        "angivne antal år, én gang. Klimapolitisk dialogforum betales allerede af Klima "
        "Nords eget budget (besluttet for 2025).",
        "en": "Extra = max(0, cost − basis grant), at the middle of the budget band (low–high "
        "end in brackets). T11: about 1 DKK per inhabitant (Scenario 2), about 2 DKK "
        "(Scenario 3). The underspend of about 850,000 DKK is one-off money: it covers the "
        "need for the number of years shown, once. The climate-policy dialogue forum is "
        "already paid from Klima Nord's own budget (decided for 2025).",
    },
    "fin_scenario": {"da": "Scenarie", "en": "Scenario"},
    "fin_budget": {"da": "Budget (mio. kr./år)", "en": "Budget (mio DKK/yr)"},
    "fin_extra": {"da": "Ekstra behov (mio. kr./år)", "en": "Extra need (mio DKK/yr)"},
    "fin_per_inhabitant": {"da": "Pr. indbygger (kr./år)", "en": "Per inhabitant (DKK/yr)"},
    "fin_underspend": {
        "da": "Mindreforbruget dækker (år)",
        "en": "The underspend covers (years)",
    },
    "fin_not_needed": {"da": "intet behov", "en": "no need"},
    "fin_municipality": {"da": "Kommune", "en": "Municipality"},
    "fin_municipal_header": {
        "da": "Mindre tillægsbevilling pr. kommune (kr./år), hvis kommunerne bærer hele det "
        "ekstra behov, fordelt efter indbyggertal",
        "en": "Small supplementary grant per municipality (DKK/yr), if the municipalities carry "
        "the whole extra need, shared by population",
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
        "da": "Hvor meget mere er springet fra værst til bedst på «{a}» værd end på «{b}»?",
        "en": "How much more is the swing from worst to best on «{a}» worth than on «{b}»?",
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
    "sens_progress": {"da": "SMAA", "en": "SMAA"},
    "untranslated": {
        "da": "{count} tekster findes kun på engelsk og vises på engelsk: {fields}",
        "en": "{count} texts exist only in Danish and are shown in Danish: {fields}",
    },
    "methods_name": {"da": "Navn", "en": "Name"},
    "methods_best": {"da": "Bedste score", "en": "Best score"},
    "methods_reference": {"da": "Reference", "en": "Reference"},
    "methods_parameters": {"da": "Parametre", "en": "Parameters"},
    "progress_samples": {"da": "stikprøver", "en": "samples"},
    "progress_analyses": {"da": "analyser", "en": "analyses"},
    "progress_choices": {"da": "modelvalg", "en": "modelling choices"},
    "progress_summary": {
        "da": "mcda: {label}: {count} på {seconds} s",
        "en": "mcda: {label}: {count} in {seconds} s",
    },
    "progress_reproduce": {"da": "Reproduktion", "en": "Reproduction"},
    "sens_written": {"da": "Skrev {count} filer i {path}", "en": "Wrote {count} files to {path}"},
}


# -- the report for T11 (mcda report) ------------------------------------------------------
_REPORT: dict[str, dict[Lang, str]] = {
    "report_date": {"da": "Dannet", "en": "Generated"},
    "summary": {"da": "Sammenfatning", "en": "Summary"},
    "condition": {"da": "Hvad der skal til for at ændre det", "en": "What would change it"},
    "sensitivity": {"da": "Følsomhed over vægtene", "en": "Sensitivity to the weights"},
    "confidence": {"da": "Konfidensfaktor", "en": "Confidence factor"},
    "reproduction": {
        "da": "Hvilke vægte gengiver T11's valg?",
        "en": "Which weights reproduce T11's choice?",
    },
    "reference_weights": {"da": "Reference (lige)", "en": "Reference (equal)"},
    "closest_weights": {"da": "Nærmeste vindende", "en": "Closest winning"},
    "central_weights": {"da": "Centrale vægte", "en": "Central weights"},
    "recommendation": {"da": "Anbefaling", "en": "Recommendation"},
    "joint": {"da": "Alle fire valg på én gang", "en": "All four choices at once"},
    "agreement": {"da": "Metodeoverensstemmelse", "en": "Method agreement"},
    "not_applicable": {
        "da": "{method} kan ikke anvendes her: {reason}",
        "en": "{method} does not apply here: {reason}",
    },
    "financing": {"da": "Finansiering pr. indbygger", "en": "Financing per inhabitant"},
    "extra_low": {"da": "Ekstra pr. indb. (lav)", "en": "Extra per inh. (low)"},
    "extra_mid": {"da": "Ekstra pr. indb. (midt)", "en": "Extra per inh. (mid)"},
    "extra_high": {"da": "Ekstra pr. indb. (høj)", "en": "Extra per inh. (high)"},
    "assumptions": {"da": "Antagelser", "en": "Assumptions"},
    "judgement_set": {"da": "Sammenligningssæt", "en": "Judgement set"},
    "member": {"da": "Medlem", "en": "Member"},
    "method_notes": {"da": "Metode", "en": "Method"},
    "method_notes_topsis": {
        "da": "TOPSIS (Hwang & Yoon 1981) med vektornormalisering måler, hvor tæt hvert "
        "alternativ er på det ideelle og hvor langt fra det anti-ideelle (closeness 0–1). "
        "Intervalscorer rangeres i deres midtpunkt.",
        "en": "TOPSIS (Hwang & Yoon 1981) with vector normalisation measures how close each "
        "alternative is to the ideal and how far from the anti-ideal (closeness 0–1). "
        "Interval scores are ranked at their midpoint.",
    },
    "method_notes_smaa": {
        "da": "SMAA-2 (Lahdelma & Salminen 2001): {samples} vægtninger trukket ligeligt blandt "
        "alle vægtninger (seed {seed}); usikre scorer trukket ligeligt i deres interval.",
        "en": "SMAA-2 (Lahdelma & Salminen 2001): {samples} weightings drawn uniformly from all "
        "weightings (seed {seed}); uncertain scores drawn uniformly within their ranges.",
    },
    "method_notes_reproduction": {
        "da": "De vindende vægte er fundet ved optimering og efterprøvet ved at rangere igen "
        "med motoren; scorerne er sat ud fra citaterne og rubrikken, aldrig ud fra det ønskede "
        "resultat.",
        "en": "The winning weights are found by optimisation and checked by ranking again with "
        "the engine; the scores come from the quotes and the rubric, never from the wanted "
        "result.",
    },
    "footer_version": {"da": "Program", "en": "Software"},
    "footer_method": {"da": "Metode", "en": "Method"},
    "footer_seed": {"da": "Seed", "en": "Seed"},
    "footer_samples": {"da": "Stikprøver", "en": "Samples"},
    "method_topsis": {"da": "TOPSIS (vektor)", "en": "TOPSIS (vector)"},
    "method_topsis_vector": {"da": "TOPSIS (vektor)", "en": "TOPSIS (vector)"},
    "method_topsis_anchored": {
        "da": "TOPSIS (forankrede skalaer)",
        "en": "TOPSIS (anchored scales)",
    },
    "method_weighted_sum_anchored": {
        "da": "Vægtet sum (forankrede skalaer)",
        "en": "Weighted sum (anchored scales)",
    },
    "method_weighted_sum_vector": {"da": "Vægtet sum (vektor)", "en": "Weighted sum (vector)"},
    "method_weighted_sum_minmax": {"da": "Vægtet sum (min-maks)", "en": "Weighted sum (min-max)"},
    "method_topsis_minmax": {"da": "TOPSIS (min-maks)", "en": "TOPSIS (min-max)"},
    "method_wsm": {"da": "Vægtet sum (sumnormering)", "en": "Weighted sum (sum normalisation)"},
    "method_wpm": {"da": "Vægtet produkt", "en": "Weighted product"},
    "method_vikor": {"da": "VIKOR", "en": "VIKOR"},
    "method_promethee_ii": {"da": "PROMETHEE II", "en": "PROMETHEE II"},
    "method_spotis": {"da": "SPOTIS", "en": "SPOTIS"},
    "method_copras": {"da": "COPRAS", "en": "COPRAS"},
    "method_ahp": {"da": "AHP (distributiv)", "en": "AHP (distributive)"},
    "method_ahp_ideal": {"da": "AHP (ideal)", "en": "AHP (ideal)"},
}
TRANSLATIONS.update(_REPORT)

# -- the value model: diagnostics, normalisation (mcda.diagnostics, mcda validate) ----
_VALUES: dict[str, dict[Lang, str]] = {
    "normalization_anchored": {
        "da": "forankrede skalaer (vægte gælder spændet fra værste til bedste ankerpunkt)",
        "en": "anchored scales (a weight is worth the swing from the worst to the best anchor)",
    },
    "normalization_vector": {
        "da": "vektornormering (vægte afhænger af de andre alternativer i filen)",
        "en": "vector normalisation (weights depend on the other alternatives in the file)",
    },
    "normalization_minmax": {
        "da": "min-maks-normering (vægte afhænger af de andre alternativer i filen)",
        "en": "min-max normalisation (weights depend on the other alternatives in the file)",
    },
    "normalization": {"da": "Normering", "en": "Normalisation"},
    "diagnostics": {"da": "Strukturelle fund", "en": "Structural findings"},
    "diag_none": {"da": "ingen strukturelle fund", "en": "no structural findings"},
    "diag_same_order": {"da": "i samme rækkefølge", "en": "in the same order"},
    "diag_opposite_order": {"da": "i modsat rækkefølge", "en": "in opposite order"},
    "diag_correlated": {
        "da": "{a} og {b} rangerer de {m} alternativer {how} (Spearmans ρ = {rho}): "
        "muligvis det samme forhold talt to gange",
        "en": "{a} and {b} rank the {m} alternatives {how} (Spearman's ρ = {rho}): "
        "possibly one fact counted twice",
    },
    "diag_acknowledged": {"da": "filen forklarer: {reason}", "en": "the file explains: {reason}"},
    "diag_tied": {
        "da": "{c}: alle alternativer har samme score, så kriteriet adskiller dem ikke",
        "en": "{c}: every alternative has the same score, so the criterion separates none",
    },
    "diag_dominated": {
        "da": "{a} domineres af {by} (mindst lige så god på alle kriterier, bedre på ét): "
        "ingen vægte sætter det først",
        "en": "{a} is dominated by {by} (at least as good on every criterion, better on "
        "one): no weights rank it first",
    },
    "diag_near_duplicate": {
        "da": "{a} og {b} ligger tæt (forskel: {gaps}) og deler de vægte, hvor et af dem "
        "vinder; erklær dem varianter af én mulighed (en familie) eller fjern den ene",
        "en": "{a} and {b} are near-duplicates (apart: {gaps}) and split the weights under "
        "which either wins; declare them variants of one option (a family) or drop one",
    },
    "diag_near_duplicate_family": {
        "da": "{a} og {b} ligger tæt (forskel: {gaps}) og er erklæret som varianter af "
        "{family}; analyserne viser familiens andel",
        "en": "{a} and {b} are near-duplicates (apart: {gaps}) and declared variants of "
        "{family}; the analyses show the family's share",
    },
    "diag_no_gap": {"da": "ingen", "en": "none"},
    "diag_levels": {"da": "{c} {n} niveau", "en": "{c} {n} level"},
    "diag_levels_plural": {"da": "{c} {n} niveauer", "en": "{c} {n} levels"},
    "diag_range_share": {"da": "{c} {share} af skalaen", "en": "{c} {share} of the scale"},
    "diag_assumed": {
        "da": "{a}: alle scorer er antagelser; kilden siger intet om alternativet",
        "en": "{a}: every score is an assumption; the source says nothing about it",
    },
}
TRANSLATIONS.update(_VALUES)

# -- robustness to modelling choices (mcda.robustness, mcda robustness) ---------------
_ROBUSTNESS: dict[str, dict[Lang, str]] = {
    "robust_all": {
        "da": "Med {weights} kommer {x} først under alle {n} modelleringsvalg",
        "en": "With {weights}, {x} comes first under all {n} modelling choices",
    },
    "robust_most": {
        "da": "Med {weights} kommer {x} først under {k} af {n} modelleringsvalg",
        "en": "With {weights}, {x} comes first under {k} of {n} modelling choices",
    },
    "robust_only": {
        "da": "{y} kommer kun først under {choices}",
        "en": "{y} comes first only under {choices}",
    },
    "robust_also": {
        "da": "{y} kommer først under {k} valg: {choices}",
        "en": "{y} comes first under {k} choices: {choices}",
    },
    "robust_whenever": {"da": "alle metoder, når {readings}", "en": "every method when {readings}"},
    "robust_or": {"da": ", eller når ", "en": ", or when "},
    "robust_with": {"da": "{method} med {readings}", "en": "{method} with {readings}"},
    "robust_all_tied": {
        "da": "Med {weights} står flere alternativer lige på førstepladsen under alle {n} "
        "modelleringsvalg",
        "en": "With {weights}, several alternatives share first place under all {n} "
        "modelling choices",
    },
    "robust_tie": {
        "da": "{k} valg giver delt førsteplads ({choices})",
        "en": "{k} choices give a shared first place ({choices})",
    },
    "robust_some_readings": {
        "da": "{method} ({k} af {r} læsninger af de omstridte scorer)",
        "en": "{method} ({k} of {r} readings of the contested scores)",
    },
    "robust_reading_low": {
        "da": "{criterion} for {alternative} i den lave ende",
        "en": "{alternative}'s {criterion} at its low end",
    },
    "robust_reading_high": {
        "da": "{criterion} for {alternative} i den høje ende",
        "en": "{alternative}'s {criterion} at its high end",
    },
    "robust_reading_low_clause": {
        "da": "{criterion} for {alternative} er i den lave ende",
        "en": "{alternative}'s {criterion} is at its low end",
    },
    "robust_reading_high_clause": {
        "da": "{criterion} for {alternative} er i den høje ende",
        "en": "{alternative}'s {criterion} is at its high end",
    },
    "robust_share_between": {"da": "mellem {lo} og {hi}", "en": "between {lo} and {hi}"},
    "robust_share_is": {"da": "{share}", "en": "{share}"},
    "robust_recommendation_leads": {
        "da": "Det er {by}'s valg; dets andel af vægtrummet er {share}",
        "en": "It is {by}'s choice; its share of the weight space is {share}",
    },
    "robust_recommendation": {
        "da": "{by}'s valg, {r}, kommer først under {k} af {n}; dets andel af vægtrummet "
        "er {share}",
        "en": "{by}'s choice, {r}, comes first under {k} of {n}; its share of the weight "
        "space is {share}",
    },
    "robust_recommendation_never": {
        "da": "{by}'s valg, {r}, kommer ikke først under noget af dem; dets andel af "
        "vægtrummet er {share}",
        "en": "{by}'s choice, {r}, comes first under none of them; its share of the "
        "weight space is {share}",
    },
    "robust_family": {
        "da": " (med de andre varianter af {family}: {share})",
        "en": " (with the other variants of {family}: {share})",
    },
    "robust_not_applicable": {
        "da": "{k} valg kan ikke anvendes på denne beslutning",
        "en": "{k} choices do not apply to this decision",
    },
    "robust_not_applicable_one": {
        "da": "{k} valg kan ikke anvendes på denne beslutning",
        "en": "{k} choice does not apply to this decision",
    },
    "robust_none": {
        "da": "Ingen metode kan anvendes på denne beslutning",
        "en": "No method applies to this decision",
    },
    "robust_first_under": {"da": "{k} af {n}", "en": "{k} of {n}"},
    "robust_first_header": {"da": "Først med {weights}", "en": "First with {weights}"},
    "robust_axis": {
        "da": "Andel af vægtrummet, hvor alternativet er først (ét punkt pr. modelleringsvalg)",
        "en": "Share of the weight space in which the alternative is first (a dot per "
        "modelling choice)",
    },
    "robust_title": {
        "da": "Robusthed over for {n} modelleringsvalg (normering, metode, omstridte scorer)",
        "en": "Robustness to {n} modelling choices (normalisation, method, contested scores)",
    },
    "robust_family_topsis": {"da": "TOPSIS", "en": "TOPSIS"},
    "robust_family_weighted_sum": {"da": "Vægtet sum", "en": "Weighted sum"},
    "robust_family_peer": {"da": "Andre metoder", "en": "Other methods"},
    "robust_alternative": {"da": "Alternativ", "en": "Alternative"},
    "robust_first_count": {"da": "Først (antal valg)", "en": "First (choices)"},
    "robust_share_low": {"da": "Laveste andel", "en": "Lowest share"},
    "robust_share_high": {"da": "Højeste andel", "en": "Highest share"},
    "robust_progress": {"da": "Robusthed", "en": "Robustness"},
    "robust_written": {"da": "Figur skrevet: {path}", "en": "Figure written: {path}"},
}
TRANSLATIONS.update(_ROBUSTNESS)

# -- the analysis: requirements and stated priorities (mcda.analysis_text) ------------
_ANALYSIS: dict[str, dict[Lang, str]] = {
    "an_screens": {
        "da": "{alternatives} ({requirement})",
        "en": "{alternatives} ({requirement})",
    },
    "an_requirements": {
        "da": "{by}'s krav frasorterer {screens}. Blandt resten kommer {by}'s valg, {choice}, "
        "først i {share} af vægtrummet{family}.",
        "en": "{by}'s requirements screen out {screens}. Among the rest, {by}'s choice, "
        "{choice}, comes first in {share} of the weight space{family}.",
    },
    "an_without": {
        "da": "Uden kravene kommer {first} først med {weights}, og {choice} kommer først i "
        "{share} af vægtrummet{family}.",
        "en": "Without the requirements, {first} comes first with {weights}, and {choice} "
        "comes first in {share} of the weight space{family}.",
    },
    "an_without_same": {
        "da": "Også uden kravene kommer {choice} først med {weights}, og i {share} af "
        "vægtrummet{family}.",
        "en": "Without the requirements too, {choice} comes first with {weights}, and in "
        "{share} of the weight space{family}.",
    },
    "an_family_share": {
        "da": " (familien {family} i {share})",
        "en": " (the {family} family in {share})",
    },
    "an_stated": {
        "da": "{by}'s udtalte prioriteter, læst som AHP-vægte fra oplæggets ord ({weights}),",
        "en": "{by}'s stated priorities, read as AHP weights from the paper's words "
        "({weights}),",
    },
    "an_stated_wins": {"da": "sætter {choice} først", "en": "put {choice} first"},
    "an_stated_wins_both": {
        "da": "sætter {choice} først, med og uden kravene",
        "en": "put {choice} first, with and without the requirements",
    },
    "an_stated_wins_with": {
        "da": "sætter {choice} først med kravene",
        "en": "put {choice} first with the requirements",
    },
    "an_stated_never": {
        "da": "sætter {first} først, og ingen vægte sætter {choice} først",
        "en": "put {first} first, and no weights put {choice} first",
    },
    "an_stated_loses": {
        "da": "sætter {first} først, og de nærmeste vægte, hvor {choice} vinder, flytter "
        "{distance} af vægten ({changes})",
        "en": "put {first} first, and the nearest weights under which {choice} wins move "
        "{distance} of the weight ({changes})",
    },
    "an_stated_loses_without": {
        "da": "; uden kravene sætter de {first} først, og de nærmeste vægte, hvor {choice} "
        "vinder, flytter {distance} af vægten ({changes})",
        "en": "; without them they put {first} first, and the nearest weights under which "
        "{choice} wins move {distance} of the weight ({changes})",
    },
    "an_stated_never_without": {
        "da": "; uden kravene sætter de {first} først, og ingen vægte sætter {choice} først",
        "en": "; without them they put {first} first, and no weights put {choice} first",
    },
}
TRANSLATIONS.update(_ANALYSIS)

# -- swing weights forms (mcda swing) --------------------------------------------------
TRANSLATIONS.update(
    {
        "swing_form_title": {"da": "Svingvægte", "en": "Swing weights"},
        "swing_form_instructions": {
            "da": "Forestil dig hvert kriterium på sit værste niveau. Hvilket spring fra "
            "værst til bedst ville du forbedre først? Giv det rang 1 og vurderingen 100. "
            "Giv de andre spring en rang (2, 3, …; lige vigtige må dele rang) og en "
            "vurdering fra 0 til 100 i forhold til det første. Udfyld rang, vurdering "
            "eller begge.",
            "en": "Imagine every criterion at its worst level. Which swing from worst to best "
            "would you improve first? Give it rank 1 and the rating 100. Give the other "
            "swings a rank (2, 3, …; equally important ones may share a rank) and a rating "
            "from 0 to 100 relative to the first. Fill in ranks, ratings or both.",
        },
        "swing_form_worst": {"da": "Værst", "en": "Worst"},
        "swing_form_best": {"da": "Bedst", "en": "Best"},
        "swing_form_rank": {"da": "Rang (1 = vigtigst)", "en": "Rank (1 = most important)"},
        "swing_form_rating": {"da": "Vurdering (0–100)", "en": "Rating (0–100)"},
        "swing_form_worst_in_data": {
            "da": "det dårligste alternativ",
            "en": "the worst alternative",
        },
        "swing_form_best_in_data": {"da": "det bedste alternativ", "en": "the best alternative"},
    }
)
TRANSLATIONS.update(
    {
        "repro_with_requirements": {
            "da": "Med {by}'s krav:",
            "en": "With {by}'s requirements:",
        },
        "repro_without_requirements": {
            "da": "Uden {by}'s krav:",
            "en": "Without {by}'s requirements:",
        },
        "repro_joint_independent": {
            "da": "Beslutningerne har hver deres kriterier, så én fælles vægtvektor giver "
            "ingen mening (en svingvægt gælder ét kriteriums spænd); de vurderes hver for sig.",
            "en": "The decisions have criteria of their own, so one common weight vector has "
            "no meaning (a swing weight is worth one criterion's range); each is judged on "
            "its own.",
        },
        "repro_joint_product": {
            "da": "Med vægte trukket uafhængigt for hver beslutning kommer alle de angivne valg "
            "først i {with_} af tilfældene med kravene ({without} uden). De udtalte "
            "prioriteter gengiver valget i {wins} af {total} beslutninger med kravene "
            "({wins_without} uden).",
            "en": "With weights drawn independently for each decision, every stated choice "
            "comes first in {with_} of cases with the requirements ({without} without). The "
            "stated priorities reproduce the choice in {wins} of {total} decisions with the "
            "requirements ({wins_without} without).",
        },
    }
)


# -- the parts kept in mcda.texts (one table, several files) ---------------------------
from mcda.texts.findings import FINDINGS  # noqa: E402
from mcda.texts.plots import PLOTS  # noqa: E402
from mcda.texts.report import REPORT  # noqa: E402
from mcda.texts.whatif import WHATIF  # noqa: E402

TRANSLATIONS.update(FINDINGS)
TRANSLATIONS.update(REPORT)
TRANSLATIONS.update(PLOTS)
TRANSLATIONS.update(WHATIF)

def check_lang(lang: str) -> Lang:
    """``lang`` if it is a supported language, else a clear error."""
    if lang not in LANGUAGES:
        raise ValidationError(f"lang: {lang!r} is not one of {', '.join(LANGUAGES)}")
    return lang  # type: ignore[return-value,unused-ignore]


def default_profile_name(problem: Problem, lang: Lang = "da") -> str:
    """The display name of ``problem``'s default weight profile ("Lige vægte" if none)."""
    if problem.default_profile is None:
        return t("equal_weights", lang)
    profile = problem.profile(problem.default_profile)
    return profile.label.get(lang) if profile.label is not None else profile.id


def method_title(name: str, lang: Lang = "da") -> str:
    """The display name of a ranking method (``topsis``, ``ahp``, …) in ``lang``."""
    return t(f"method_{name}", lang) if f"method_{name}" in TRANSLATIONS else name


def t(key: str, lang: Lang = "da", **fields: str) -> str:
    """The text for ``key`` in ``lang``, with ``{fields}`` filled in."""
    try:
        text = TRANSLATIONS[key][lang]
    except KeyError:
        raise KeyError(f"no translation for {key!r} in {lang!r}") from None
    return text.format(**fields) if fields else text
