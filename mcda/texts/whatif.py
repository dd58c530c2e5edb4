"""Texts of the what-if page, the notebook widget and the directors' weights
(``mcda whatif``, ``mcda group``, :mod:`mcda.widgets`; keys ``whatif_*``, ``group_*``,
``widget_*``). The page's script receives the ``whatif_*`` and ``group_*`` keys in the
page's language (:func:`mcda.whatif.texts.page_strings`)."""

from __future__ import annotations

from mcda.model import Lang

WHATIF: dict[str, dict[Lang, str]] = {
    "group_none_given": {
        "da": "Direktørernes egne vægte indgår ikke: der er ikke angivet en mappe med "
        "udfyldte skemaer (--weights-from MAPPE).",
        "en": "The directors' own weights are not included: no folder of filled-in forms "
        "was given (--weights-from FOLDER).",
    },
    "group_decision_none": {
        "da": "{decision}: ingen direktører har givet vægte.",
        "en": "{decision}: no director gave weights.",
    },
    "group_count": {
        "da": "{decision}: {count} direktører har givet vægte.",
        "en": "{decision}: {count} directors gave weights.",
    },
    "group_winners": {
        "da": "Med hver direktørs egne vægte kommer først: {winners}.",
        "en": "With each director's own weights, first comes: {winners}.",
    },
    "group_winner_count": {"da": "{name} hos {count}", "en": "{name} for {count}"},
    "group_tie": {"da": "uafgjort mellem {names}", "en": "a tie of {names}"},
    "group_choice_share": {
        "da": "{by}'s valg, {choice}, kommer først for {count} af {total} direktører ({share}).",
        "en": "{by}'s choice, {choice}, comes first for {count} of {total} directors ({share}).",
    },
    "group_family_share": {
        "da": "Et alternativ i familien {family} kommer først for {count} af {total}.",
        "en": "An alternative of the family {family} comes first for {count} of {total}.",
    },
    "group_choice_share_without": {
        "da": "Uden {by}'s krav kommer valget først for {count} af {total}.",
        "en": "Without {by}'s requirements the choice comes first for {count} of {total}.",
    },
    "group_mean": {
        "da": "Med gruppens samlede vægte (gennemsnittet af de normaliserede vægte) kommer "
        "{winner} først.",
        "en": "With the group's aggregate weights (the mean of the normalised weights) "
        "{winner} comes first.",
    },
    "group_aij": {
        "da": "Med AIJ for de {count} direktører, der svarede med parvise sammenligninger "
        "(det geometriske gennemsnit af deres vurderinger), kommer {winner} først.",
        "en": "With AIJ for the {count} directors who answered with pairwise comparisons "
        "(the geometric mean of their judgements), {winner} comes first.",
    },
    "group_kendall": {
        "da": "Enighed om kriteriernes rækkefølge: Kendalls W = {w} ({strength}; 0 = ingen "
        "enighed, 1 = fuld enighed).",
        "en": "Agreement on the order of the criteria: Kendall's W = {w} ({strength}; 0 = "
        "no agreement, 1 = full agreement).",
    },
    "group_agreement_very_weak": {"da": "meget svag", "en": "very weak"},
    "group_agreement_weak": {"da": "svag", "en": "weak"},
    "group_agreement_moderate": {"da": "moderat", "en": "moderate"},
    "group_agreement_strong": {"da": "stærk", "en": "strong"},
    "group_agreement_unusually_strong": {"da": "usædvanlig stærk", "en": "unusually strong"},
    "whatif_progress": {"da": "Hvad nu hvis", "en": "What-if"},
    "whatif_written": {
        "da": "{path}: {count} beslutninger, {size} kB",
        "en": "{path}: {count} decisions, {size} kB",
    },
    "group_legend": {"da": "Kriterier:", "en": "Criteria:"},
    "group_first_without": {
        "da": "Først uden {by}'s krav",
        "en": "First without {by}'s requirements",
    },
    "group_ignored": {
        "da": "Ikke brugt: {file} ({reason})",
        "en": "Not used: {file} ({reason})",
    },
    "widget_choice_rank": {
        "da": "{by}'s valg, {choice}, er nr. {rank}.",
        "en": "{by}'s choice, {choice}, ranks {rank}.",
    },
    "widget_moved": {
        "da": "De nærmeste vægte, hvor valget vinder: {moved} af vægten flyttet ({changes}).",
        "en": "The nearest weights at which the choice wins: {moved} of the weight moved "
        "({changes}).",
    },
    "whatif_title": {
        "da": "Hvad nu hvis? Vægtene i mødet",
        "en": "What if? The weights in the meeting",
    },
    "whatif_intro": {
        "da": "Flyt vægtene, og se rangordenen ændre sig. En vægt er en svingvægt: hvor meget "
        "det betyder at flytte kriteriet fra dets værste til dets bedste ende. Vægtene "
        "summerer altid til 1: når én vægt flyttes, deler de andre resten i samme forhold "
        "som før; et låst kriterium holder sin vægt.",
        "en": "Move the weights and watch the ranking change. A weight is a swing weight: "
        "how much it matters to move the criterion from its worst to its best end. The "
        "weights always sum to 1: when one moves, the others share the rest in the "
        "proportions they had; a locked criterion keeps its weight.",
    },
    "whatif_noscript": {
        "da": "Siden regner med JavaScript; slå det til for at flytte vægtene.",
        "en": "The page computes with JavaScript; turn it on to move the weights.",
    },
    "whatif_decisions": {"da": "Beslutninger", "en": "Decisions"},
    "whatif_weights_heading": {"da": "Vægte", "en": "Weights"},
    "whatif_ranking_heading": {"da": "Rangorden", "en": "Ranking"},
    "whatif_map_heading": {"da": "Kort over vægtene", "en": "Map of the weights"},
    "whatif_presets": {"da": "Vælg vægte", "en": "Choose weights"},
    "whatif_preset_equal": {"da": "Lige vægte", "en": "Equal weights"},
    "whatif_preset_stated": {
        "da": "{by}'s udtalte prioriteter (AHP)",
        "en": "{by}'s stated priorities (AHP)",
    },
    "whatif_preset_central": {
        "da": "Centrale vægte for {name} (SMAA)",
        "en": "Central weights of {name} (SMAA)",
    },
    "whatif_preset_nearest": {
        "da": "Nærmeste vægte, hvor {by}'s valg vinder",
        "en": "Nearest weights where {by}'s choice wins",
    },
    "whatif_preset_nearest_other": {
        "da": "Nærmeste vægte, hvor et andet alternativ vinder",
        "en": "Nearest weights where another alternative wins",
    },
    "whatif_preset_mean": {"da": "Direktørernes gennemsnit", "en": "The directors' mean"},
    "whatif_preset_aij": {"da": "Direktørernes AIJ", "en": "The directors' AIJ"},
    "whatif_lock": {"da": "Lås {name}", "en": "Lock {name}"},
    "whatif_method": {"da": "Metode", "en": "Method"},
    "whatif_requirements": {
        "da": "Med {by}'s krav (frasorterer {names})",
        "en": "With {by}'s requirements (they screen out {names})",
    },
    "whatif_without_requirements": {
        "da": "uden de angivne krav",
        "en": "without the stated requirements",
    },
    "whatif_scale_ends": {"da": "Skalaens ender", "en": "The ends of the scale"},
    "whatif_worst": {"da": "Værst", "en": "Worst"},
    "whatif_best": {"da": "Bedst", "en": "Best"},
    "whatif_sum": {"da": "Sum {total}", "en": "Sum {total}"},
    "whatif_first": {
        "da": "Med disse vægte kommer {names} først.",
        "en": "With these weights {names} comes first.",
    },
    "whatif_tie_first": {
        "da": "Med disse vægte står {names} lige først.",
        "en": "With these weights {names} tie for first.",
    },
    "whatif_choice_is_first": {"da": "Det er {by}'s valg.", "en": "That is {by}'s choice."},
    "whatif_holds": {
        "da": "Det holder, til {moved} af vægten flyttes; så kommer {other} først. "
        "Flytningen: {changes}.",
        "en": "It holds until {moved} of the weight moves; then {other} comes first. "
        "The move: {changes}.",
    },
    "whatif_never_overtaken": {
        "da": "Ingen af de afprøvede vægte sætter et andet alternativ foran.",
        "en": "None of the weights tried puts another alternative ahead.",
    },
    "whatif_dominates": {
        "da": "{name} dominerer de andre alternativer (mindst lige så god på alle kriterier): "
        "ingen vægte sætter et andet foran.",
        "en": "{name} dominates the other alternatives (at least as good on every "
        "criterion): no weights put another ahead.",
    },
    "whatif_family_member": {
        "da": "{name} hører til samme familie som {by}'s valg ({family}).",
        "en": "{name} belongs to the same family as {by}'s choice ({family}).",
    },
    "whatif_choice_needs": {
        "da": "{by}'s valg, {choice}, ville kræve, at {moved} af vægten flyttes: {changes}.",
        "en": "{by}'s choice, {choice}, would need {moved} of the weight moved: {changes}.",
    },
    "whatif_choice_never": {
        "da": "{by}'s valg, {choice}, kommer ikke først ved nogen af de afprøvede vægte.",
        "en": "{by}'s choice, {choice}, comes first under none of the weights tried.",
    },
    "whatif_choice_dominated": {
        "da": "{by}'s valg, {choice}, er domineret af {others} og kan ikke komme først.",
        "en": "{by}'s choice, {choice}, is dominated by {others} and cannot come first.",
    },
    "whatif_choice_screened": {
        "da": "{by}'s valg er frasorteret i denne visning.",
        "en": "{by}'s choice is screened out in this view.",
    },
    "whatif_search_note": {
        "da": "De nærmeste vægte er fundet ved en numerisk søgning (se nederst).",
        "en": "The nearest weights come from a numerical search (see below).",
    },
    "whatif_apply_nearest": {"da": "Vis de vægte", "en": "Show those weights"},
    "whatif_choice_badge": {"da": "{by}'s valg", "en": "{by}'s choice"},
    "whatif_family_badge": {"da": "familie: {family}", "en": "family: {family}"},
    "whatif_screened_heading": {"da": "Frasorteret", "en": "Screened out"},
    "whatif_share": {
        "da": "først i {share} af vægtrummet",
        "en": "first in {share} of the weight space",
    },
    "whatif_share_note": {
        "da": "Andelene er fra analysens SMAA ({method}, {samples} tilfældige vægte, seed "
        "{seed}): den del af alle vægtkombinationer, hvor alternativet kommer først.",
        "en": "The shares are from the analysis's SMAA ({method}, {samples} random weight "
        "vectors, seed {seed}): the part of all weight combinations in which the "
        "alternative comes first.",
    },
    "whatif_map_caption": {
        "da": "Vægtene på {a}, {b} og {c} varieres (tilsammen {total}); de øvrige kriterier "
        "beholder deres vægt. Farven viser, hvem der kommer først; cirklen er de "
        "nuværende vægte. Klik i kortet for at vælge et punkt.",
        "en": "The weights of {a}, {b} and {c} vary (together {total}); the other criteria "
        "keep theirs. The colour shows who comes first; the circle is the current "
        "weights. Click the map to choose a point.",
    },
    "whatif_strip_caption": {
        "da": "Vægten på {a} fra 0 (venstre) til 1 (højre); {b} får resten. Farven viser, "
        "hvem der kommer først; stregen er de nuværende vægte.",
        "en": "The weight of {a} from 0 (left) to 1 (right); {b} gets the rest. The colour "
        "shows who comes first; the line is the current weights.",
    },
    "whatif_map_label": {
        "da": "Kort over vægtene på {a}, {b} og {c}; de nuværende vægte ligger, hvor {name} "
        "kommer først.",
        "en": "Map of the weights of {a}, {b} and {c}; the current weights lie where {name} "
        "comes first.",
    },
    "whatif_map_choose": {"da": "Kortets kriterier", "en": "The map's criteria"},
    "whatif_map_corner": {"da": "Hjørne {number}", "en": "Corner {number}"},
    "whatif_map_tie": {"da": "uafgjort", "en": "a tie"},
    "whatif_link": {"da": "Link til denne visning", "en": "Link to this view"},
    "whatif_link_note": {
        "da": "Sidens adresse indeholder de nuværende vægte: kopier den for at dele visningen.",
        "en": "The page's address holds the current weights: copy it to share this view.",
    },
    "whatif_directors_heading": {"da": "Direktørernes vægte", "en": "The directors' weights"},
    "whatif_directors_none": {
        "da": "Ingen direktørvægte endnu: tilføj dem nedenfor, eller indlæs en CSV-fil.",
        "en": "No directors' weights yet: add them below, or load a CSV file.",
    },
    "whatif_director": {"da": "Direktør", "en": "Director"},
    "whatif_director_method": {"da": "Givet som", "en": "Given as"},
    "whatif_director_first": {"da": "Først", "en": "First"},
    "whatif_show": {"da": "Vis", "en": "Show"},
    "whatif_show_named": {"da": "Vis vægtene for {name}", "en": "Show the weights of {name}"},
    "whatif_remove": {"da": "Fjern", "en": "Remove"},
    "whatif_remove_named": {"da": "Fjern {name}", "en": "Remove {name}"},
    "whatif_mean_row": {"da": "Gennemsnit", "en": "Mean"},
    "whatif_aij_row": {"da": "AIJ (AHP-svar)", "en": "AIJ (AHP answers)"},
    "whatif_add_heading": {"da": "Tilføj en direktørs vægte", "en": "Add a director's weights"},
    "whatif_name": {"da": "Navn", "en": "Name"},
    "whatif_kind": {"da": "Angiv som", "en": "Give as"},
    "whatif_kind_swing": {
        "da": "Svingvurderinger (0–100, det vigtigste sving 100)",
        "en": "Swing ratings (0–100, the most important swing 100)",
    },
    "whatif_kind_rank": {
        "da": "Rangorden (1 = vigtigst)",
        "en": "A ranking (1 = most important)",
    },
    "whatif_kind_ahp": {
        "da": "Parvise sammenligninger (AHP)",
        "en": "Pairwise comparisons (AHP)",
    },
    "whatif_add": {"da": "Tilføj", "en": "Add"},
    "whatif_load_csv": {
        "da": "Indlæs CSV (member,method,kriterier…; fx fra mcda swing collect)",
        "en": "Load a CSV (member,method,criteria…; e.g. from mcda swing collect)",
    },
    "whatif_save_csv": {"da": "Gem vægtene som CSV", "en": "Save the weights as CSV"},
    "whatif_added_note": {
        "da": "Vægte tilføjet her findes kun i denne side: gem dem som CSV for at beholde dem.",
        "en": "Weights added here live only in this page: save them as CSV to keep them.",
    },
    "whatif_error_name": {"da": "Skriv et navn.", "en": "Write a name."},
    "whatif_error_duplicate": {
        "da": "{name} har allerede givet vægte til denne beslutning.",
        "en": "{name} has already given weights for this decision.",
    },
    "whatif_error_rating": {
        "da": "Hver vurdering skal være et tal fra 0 til 100.",
        "en": "Every rating must be a number from 0 to 100.",
    },
    "whatif_error_top": {
        "da": "Det vigtigste sving skal have vurderingen 100.",
        "en": "The most important swing must be rated 100.",
    },
    "whatif_error_ranks": {
        "da": "Brug hver rang fra 1 til {n} én gang.",
        "en": "Use every rank from 1 to {n} once.",
    },
    "whatif_error_csv_header": {
        "da": "{file}: overskriften skal være member,method og kriterierne {ids}.",
        "en": "{file}: the header must be member,method and the criteria {ids}.",
    },
    "whatif_error_csv_row": {
        "da": "{file}: række {row}: {why}",
        "en": "{file}: row {row}: {why}",
    },
    "whatif_error_csv_weight": {
        "da": "{value} er ikke en vægt (et tal ≥ 0)",
        "en": "{value} is not a weight (a number ≥ 0)",
    },
    "whatif_error_csv_zero": {"da": "alle vægte er 0", "en": "every weight is 0"},
    "whatif_csv_loaded": {
        "da": "{count} direktører indlæst fra {file}.",
        "en": "{count} directors loaded from {file}.",
    },
    "whatif_added": {"da": "{name} er tilføjet.", "en": "{name} was added."},
    "whatif_ahp_equal": {"da": "lige vigtige", "en": "equally important"},
    "whatif_ahp_more": {
        "da": "{name} {value}× vigtigere",
        "en": "{name} {value}× as important",
    },
    "whatif_ahp_pair": {"da": "{a} mod {b}", "en": "{a} versus {b}"},
    "whatif_cr": {"da": "CR {cr}", "en": "CR {cr}"},
    "whatif_method_smart": {"da": "SMART", "en": "SMART"},
    "whatif_method_swing": {"da": "SWING", "en": "SWING"},
    "whatif_method_roc": {"da": "rangorden (ROC)", "en": "ranking (ROC)"},
    "whatif_method_ahp": {"da": "AHP", "en": "AHP"},
    "whatif_how_heading": {"da": "Sådan regner siden", "en": "How the page computes"},
    "whatif_how_engine": {
        "da": "Scorerne beregnes med mcda's egne formler: TOPSIS på de forankrede skalaer "
        "(afstanden til idealet 1 og anti-idealet 0 på hvert kriteriums værdiskala) og den "
        "vægtede sum af værdierne. Alt, hvad der ikke afhænger af vægtene, er regnet af mcda "
        "og lagt ind i siden; siden er testet mod mcda til 1e-9 på 1.000 tilfældige vægte. "
        "Usikre scorer indgår med deres midtpunkt.",
        "en": "The scores come from mcda's own formulas: TOPSIS on the anchored scales (the "
        "distance to the ideal 1 and the anti-ideal 0 on each criterion's value scale) and "
        "the weighted sum of the values. Everything that does not depend on the weights is "
        "computed by mcda and embedded in the page; the page is tested against mcda to 1e-9 "
        "on 1,000 random weight vectors. Uncertain scores enter at their midpoints.",
    },
    "whatif_how_search": {
        "da": "De nærmeste vægte, hvor et alternativ kommer først, findes ved en numerisk "
        "søgning: blandt {samples} tilfældige vægte (seed {seed}) og analysens egne vindende "
        "vægte tages de nærmeste, hvor det vinder; langs linjen derfra mod de nuværende vægte "
        "halveres afstanden til grænsen, og vægt flyttes i små skridt mellem kriterierne, så "
        "længe det stadig vinder. Svaret er et lokalt bedste bud, ikke et bevis: et smalt "
        "område kan overses. Den flyttede vægt er halvdelen af summen af ændringerne.",
        "en": "The nearest weights at which an alternative comes first come from a numerical "
        "search: among {samples} random weight vectors (seed {seed}) and the analysis's own "
        "winning weights the nearest winning ones are taken; along the line from there to "
        "the current weights the distance to the boundary is halved, and weight is moved in "
        "small steps between criteria as long as it still wins. The answer is a local best, "
        "not a proof: a thin region can be missed. The weight moved is half the sum of the "
        "changes.",
    },
    "whatif_how_group": {
        "da": "Direktørernes samlede vægte er gennemsnittet af deres normaliserede vægte; for "
        "dem, der svarede med parvise sammenligninger, også AIJ (AHP af det geometriske "
        "gennemsnit af deres vurderinger; Aczél & Saaty 1983). Kendalls W måler, hvor ens de "
        "rangordner kriterierne (0 ingen, 1 fuld enighed; læst efter Schmidt 1997).",
        "en": "The directors' aggregate weights are the mean of their normalised weights; for "
        "those who answered with pairwise comparisons also AIJ (the AHP of the geometric mean "
        "of their judgements; Aczél & Saaty 1983). Kendall's W measures how alike they rank "
        "the criteria (0 none, 1 full agreement; read after Schmidt 1997).",
    },
    "whatif_footer": {
        "da": "Lavet med mcda {version} fra {files}. Én fil, intet netværk.",
        "en": "Made with mcda {version} from {files}. One file, no network.",
    },
    "group_inconsistent": {
        "da": "{count} AHP-besvarelser er inkonsistente (CR over 0,10): {names}.",
        "en": "{count} AHP answers are inconsistent (CR above 0.10): {names}.",
    },
}
