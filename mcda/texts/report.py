"""Words of the report (:mod:`mcda.report`, keys ``rp_*``)."""

from __future__ import annotations

from mcda.model import Lang

REPORT: dict[str, dict[Lang, str]] = {
    # -- title page and parts -----------------------------------------------------------
    "rp_title": {"da": "{case}: beslutningsanalyse", "en": "{case}: a decision analysis"},
    "rp_subtitle": {
        "da": "{count} beslutninger: hvad analysen støtter, hvor sikkert, og hvad der ville "
        "ændre det",
        "en": "{count} decisions: what the analysis supports, how firmly, and what would change it",
    },
    "rp_subtitle_one": {
        "da": "Én beslutning: hvad analysen støtter, hvor sikkert, og hvad der ville ændre det",
        "en": "One decision: what the analysis supports, how firmly, and what would change it",
    },
    "rp_source": {"da": "Kilde", "en": "Source"},
    "rp_contents": {"da": "Indhold", "en": "Contents"},
    "rp_appendices": {"da": "Bilag", "en": "Appendices"},
    "rp_summary": {"da": "Sammenfatning", "en": "Summary"},
    "rp_summary_intro": {
        "da": "En vægt er et kriteriums andel af den samlede betydning af springet fra værste "
        "til bedste ende (summen er 1{equal}). »Først i X % af alle vægtninger«: alternativet "
        "kommer først i X % af {samples} vægtninger trukket tilfældigt blandt alle mulige. "
        "Et modelvalg er en rangeringsmetode og en læsning af de omstridte scorer.",
        "en": "A weight is a criterion's share of the total importance of the steps from worst "
        'to best end (they sum to 1{equal}). "First in X% of all weightings": the '
        "alternative comes first in X% of {samples} weightings drawn at random from all "
        "possible ones. A modelling choice is a ranking method and a reading of the contested "
        "scores.",
    },
    "rp_what_could_change": {
        "da": "Hvad der kunne ændre svarene",
        "en": "What could change the answers",
    },
    "rp_equal_weight": {
        "da": "; lige vægte giver hver {weight}",
        "en": "; equal weights give each {weight}",
    },
    "rp_stated_line": {
        "da": "{by}'s egne prioriteter, læst som vægte ud af oplæggets ord, sætter {by}'s "
        "valg først i {wins} af {total} beslutninger med kravene ({wins_without} af {total} "
        "uden dem).",
        "en": "{by}'s own priorities, read as weights from the paper's words, put {by}'s "
        "choice first in {wins} of {total} decisions with the requirements ({wins_without} "
        "of {total} without them).",
    },
    "rp_financing_line": {
        "da": "Finansiering: {choice} koster {cost} mio. kr. om året; ud over basisbevillingen "
        "({grant} mio. kr.) er det {extra} mio. kr., {per} kr. pr. indbygger i de {count} "
        "kommuner{years}.",
        "en": "Financing: {choice} costs {cost} mio DKK a year; beyond the basis grant "
        "({grant} mio DKK) that is {extra} mio DKK, {per} DKK per inhabitant of the {count} "
        "municipalities{years}.",
    },
    "rp_fin_years": {
        "da": "; mindreforbruget dækker det i {years} år, én gang",
        "en": "; the underspend covers it for {years} years, once",
    },
    # -- one decision -------------------------------------------------------------------
    "rp_measures": {"da": "Hvad det måler", "en": "What it measures"},
    "rp_scale": {"da": "Skala (værst–bedst)", "en": "Scale (worst–best)"},
    "rp_levels": {"da": "niveau {low}–{high}", "en": "levels {low}–{high}"},
    "rp_criteria_caption": {
        "da": "Kriterierne, deres retning og skala, og vægtene i analysen ({weights})",
        "en": "The criteria, their direction and scale, and the weights of the analysis "
        "({weights})",
    },
    "rp_scores_caption": {
        "da": "Scorer: niveau og rubrikkens tekst; mørkere felt = bedre på kriteriet",
        "en": "Scores: the level and the rubric's words; a darker cell = better on the criterion",
    },
    "rp_scores_legend": {
        "da": "* antagelse: oplægget siger det ikke direkte (bilag B). † omstridt: to "
        "læsninger af oplægget, begge analyseret. Sidste kolonne: andelen af alle "
        "vægtninger, hvor alternativet kommer først.",
        "en": "* assumption: the paper does not say it directly (appendix B). † contested: "
        "two readings of the paper, both analysed. Last column: the share of all weightings "
        "in which the alternative comes first.",
    },
    "rp_first_share": {"da": "Først i", "en": "First in"},
    "rp_choice_of": {"da": "{by}'s valg", "en": "{by}'s choice"},
    "rp_screened_note": {
        "da": "frasorteret: opfylder ikke »{reason}«",
        "en": "screened out: does not meet “{reason}”",
    },
    "rp_fig_contributions": {
        "da": "Hvad hvert kriterium bidrager med ({weights}): vægt × værdi på den forankrede "
        "skala; hele søjlen er alternativets samlede værdi (0–1). TOPSIS rangerer efter "
        "afstanden til det ideelle og det anti-ideelle punkt, så rækkefølgen kan afvige en "
        "smule fra søjlernes.",
        "en": "What each criterion contributes ({weights}): weight × value on the anchored "
        "scale; the whole bar is the alternative's total value (0–1). TOPSIS ranks by the "
        "distances to the ideal and the anti-ideal point, so its order can differ slightly "
        "from the bars'.",
    },
    "rp_fig_acceptability": {
        "da": "Hvor ofte hvert alternativ får hver rang, over {samples} tilfældige vægtninger "
        "(med {by}'s krav)",
        "en": "How often each alternative takes each rank, over {samples} random weightings "
        "(with {by}'s requirements)",
    },
    "rp_fig_acceptability_without": {
        "da": "Det samme uden {by}'s krav: alle alternativer er med",
        "en": "The same without {by}'s requirements: every alternative takes part",
    },
    "rp_what_moves": {"da": "Hvad der kan ændre svaret", "en": "What could change the answer"},
    "rp_no_fragile": {
        "da": "Ingen antaget score ændrer, hvem der kommer først, hvis den flyttes ét niveau.",
        "en": "No assumed score changes who comes first when moved by one level.",
    },
    # -- across the decisions -----------------------------------------------------------
    "rp_across": {"da": "På tværs af beslutningerne", "en": "Across the decisions"},
    "rp_stated_intro": {
        "da": "Hvor oplægget begrunder {by}'s valg, er begrundelserne læst som vægte (bilag "
        "F). Tabellen viser, hvem de vægte sætter først, med og uden {by}'s krav.",
        "en": "Where the paper gives {by}'s reasons, they are read as weights (appendix F). "
        "The table shows whom those weights put first, with and without {by}'s "
        "requirements.",
    },
    "rp_stated_caption": {
        "da": "{by}'s udtalte prioriteter mod {by}'s valg",
        "en": "{by}'s stated priorities against {by}'s choice",
    },
    "rp_stated_choice": {"da": "{by}'s valg", "en": "{by}'s choice"},
    "rp_first_at_stated": {"da": "Først med prioriteterne", "en": "First at the priorities"},
    "rp_first_at_stated_without": {
        "da": "Først uden kravene",
        "en": "First without the requirements",
    },
    "rp_same_as_with": {"da": "(ingen krav at fjerne)", "en": "(no requirement to remove)"},
    "rp_cr": {"da": "Konsistens (CR)", "en": "Consistency (CR)"},
    "rp_joint": {
        "da": "Beslutningerne har hver deres kriterier, så de vægtes hver for sig. Trækkes "
        "vægtene uafhængigt for hver beslutning, kommer alle {by}'s valg først på én gang i "
        "{share} af tilfældene med kravene ({without} uden).",
        "en": "The decisions have criteria of their own, so each is weighted on its own. "
        "With weights drawn independently for each decision, all of {by}'s choices come "
        "first at once in {share} of cases with the requirements ({without} without).",
    },
    "rp_financing": {"da": "Finansiering", "en": "Financing"},
    "rp_financing_caption": {
        "da": "Budget og ekstra behov pr. scenarie (basisbevilling {grant} mio. kr., "
        "{population} indbyggere, mindreforbrug {underspend} mio. kr.)",
        "en": "Budget and extra need per scenario (basis grant {grant} mio DKK, {population} "
        "inhabitants, underspend {underspend} mio DKK)",
    },
    "rp_financing_legend": {
        "da": "Ekstra behov = budget − basisbevilling (mindst 0), i budgetbåndets lave og høje "
        "ende. Mindreforbruget er engangsmidler.",
        "en": "Extra need = budget − basis grant (at least 0), at the low and high end of the "
        "budget band. The underspend is one-off money.",
    },
    "rp_financing_paper": {
        "da": "Oplægget angiver ca. 1 kr. pr. indbygger for scenarie 2 og ca. 2 kr. for "
        "scenarie 3; beløbene ovenfor svarer dertil, afrundet til hele kroner.",
        "en": "The paper gives about 1 DKK per inhabitant for Scenario 2 and about 2 DKK for "
        "Scenario 3; the amounts above match, rounded to whole kroner.",
    },
    # -- appendices ---------------------------------------------------------------------
    "rp_app_evidence": {
        "da": "A. Oplæggets ord bag hver score",
        "en": "A. The paper's words behind each score",
    },
    "rp_evidence_intro": {
        "da": "Hver score med citatet, der bærer den, og kildens afsnit; citater på et andet "
        "sprog end rapportens står, som de er skrevet, med en oversættelse.",
        "en": "Each score with the quote that carries it and the source's section; quotes in "
        "another language than the report's stand as written, each with a gloss.",
    },
    "rp_what": {"da": "Hvad", "en": "What"},
    "rp_gloss": {"da": "Oversættelse", "en": "Gloss"},
    "rp_no_quote": {"da": "(intet citat: antagelse)", "en": "(no quote: assumption)"},
    "rp_recommendation": {"da": "Anbefaling", "en": "Recommendation"},
    "rp_requirement": {"da": "Krav", "en": "Requirement"},
    "rp_app_assumptions": {
        "da": "B. Antagelser og omstridte scorer",
        "en": "B. Assumptions and contested scores",
    },
    "rp_assumptions_intro": {
        "da": "{count} scorer bygger på en antagelse eller har to mulige læsninger. De står "
        "her med begrundelsen, så de kan be- eller afkræftes.",
        "en": "{count} scores rest on an assumption or have two possible readings. They are "
        "listed with the reason, so they can be confirmed or corrected.",
    },
    "rp_kind": {"da": "Art", "en": "Kind"},
    "rp_assumed": {"da": "antagelse", "en": "assumption"},
    "rp_contested": {"da": "omstridt", "en": "contested"},
    "rp_app_smaa": {"da": "C. Rangfordelinger", "en": "C. Rank distributions"},
    "rp_smaa_intro": {
        "da": "For hvert alternativ: i hvor stor en andel af {samples} tilfældige vægtninger "
        "det får hver rang. Standardfejl og fulde tal står i data-mappen.",
        "en": "For each alternative: in what share of {samples} random weightings it takes "
        "each rank. Standard errors and full numbers are in the data folder.",
    },
    "rp_rank_n": {"da": "Rang {n}", "en": "Rank {n}"},
    "rp_smaa_caption": {"da": "{title}", "en": "{title}"},
    "rp_smaa_caption_with": {"da": "{title}: med kravene", "en": "{title}: with the requirements"},
    "rp_smaa_caption_without": {
        "da": "{title}: uden kravene",
        "en": "{title}: without the requirements",
    },
    "rp_app_sensitivity": {
        "da": "D. Følsomhed over for vægtene",
        "en": "D. Sensitivity to the weights",
    },
    "rp_stability_intro": {
        "da": "Én vægt flyttes ad gangen, mens de andre beholder deres indbyrdes forhold. "
        "Intervallerne er de vægte, hvor førstepladsen (og hele rækkefølgen) bliver, som den "
        "er. Beslutninger, hvor valget dominerer, er udeladt: der flytter ingen vægt noget.",
        "en": "One weight moves at a time while the others keep their proportions. The "
        "intervals are the weights within which first place (and the whole order) stays as "
        "it is. Decisions where the choice dominates are left out: no weight moves them.",
    },
    "rp_stability_caption": {
        "da": "{title}: stabilitetsintervaller",
        "en": "{title}: stability intervals",
    },
    "rp_keeps_first": {"da": "{alternative} forbliver først", "en": "{alternative} stays first"},
    "rp_keeps_family": {"da": "Familien forbliver først", "en": "The family stays first"},
    "rp_keeps_ranking": {"da": "Rækkefølgen uændret", "en": "Order unchanged"},
    "rp_smallest_change": {"da": "Mindste ændring", "en": "Smallest change"},
    "rp_fig_tornado": {
        "da": "{title}: de vægte, hvor førstepladsen og rækkefølgen holder",
        "en": "{title}: the weights within which first place and the order hold",
    },
    "rp_fig_sweep": {
        "da": "Alternativernes nærhed til idealet, når vægten på {criterion} går fra 0 til 1",
        "en": "The alternatives' closeness to the ideal as the weight on {criterion} runs "
        "from 0 to 1",
    },
    "rp_app_robustness": {"da": "E. Andre modelvalg", "en": "E. Other modelling choices"},
    "rp_robustness_intro": {
        "da": "Rangeringen gentaget med andre metoder og med hver omstridt score i sin lave og "
        "sin høje ende: hvem der kommer først med standardvægtene, og hvor ofte valget kommer "
        "først over alle vægtninger.",
        "en": "The ranking repeated with other methods and with each contested score at its "
        "low and its high end: who comes first on the default weights, and how often the "
        "choice comes first over all weightings.",
    },
    "rp_robustness_caption": {"da": "{title}", "en": "{title}"},
    "rp_modelling_choice": {"da": "Modelvalg", "en": "Modelling choice"},
    "rp_first_default": {"da": "Først med standardvægtene", "en": "First on the default weights"},
    "rp_choice_share": {"da": "{by}'s valg først i", "en": "{by}'s choice first in"},
    "rp_not_applicable": {"da": "kan ikke anvendes her", "en": "does not apply here"},
    "rp_app_municipalities": {
        "da": "G. Ekstra behov pr. kommune",
        "en": "G. Extra need per municipality",
    },
    "rp_municipalities_intro": {
        "da": "Hvis kommunerne bærer hele det ekstra behov fordelt efter indbyggertal, i kr. om "
        "året afrundet til 1.000 kr., i budgetbåndets lave og høje ende.",
        "en": "If the municipalities carry the whole extra need, shared by population, in DKK "
        "a year rounded to 1,000 DKK, at the low and high end of the budget band.",
    },
    "rp_inhabitants": {"da": "Indbyggere", "en": "Inhabitants"},
    "rp_app_stated": {"da": "F. De udtalte prioriteter", "en": "F. The stated priorities"},
    "rp_judgements_intro": {
        "da": "Hver parvis sammenligning med begrundelsen og oplæggets ord. Reglen: 3, hvor "
        "{by} nævner det ene kriterium som grund og ikke det andet; ellers 1 (lige vigtige).",
        "en": "Each pairwise comparison with its reason and the paper's words. The rule: 3 "
        "where {by} names one criterion as a reason and not the other; otherwise 1 (equally "
        "important).",
    },
    "rp_more_important": {"da": "Kriterium", "en": "Criterion"},
    "rp_than": {"da": "sammenlignet med", "en": "compared with"},
    "rp_saaty": {"da": "Gange vigtigere", "en": "Times as important"},
    "rp_judgements_caption": {
        "da": "{title}: vægte {weights} (CR {cr})",
        "en": "{title}: weights {weights} (CR {cr})",
    },
    "rp_cr_tree": {
        "da": "Hvert sæt har kun n − 1 sammenligninger (én kæde gennem kriterierne), så ingen "
        "kan modsige en anden: CR er 0 pr. konstruktion og siger intet om konsistens.",
        "en": "Each set holds only n − 1 comparisons (one chain through the criteria), so none "
        "can contradict another: CR is 0 by construction and says nothing about consistency.",
    },
    "rp_app_checks": {"da": "H. Kontrol af data", "en": "H. Data checks"},
    "rp_checks_intro": {
        "da": "Forhold i scorerne, der kan skævvride resultatet (fx to kriterier, der måler det "
        "samme), og om problemfilen begrunder dem.",
        "en": "Patterns in the scores that could bias the result (e.g. two criteria measuring "
        "the same thing), and whether the problem file gives a reason for them.",
    },
    "rp_checks_none": {"da": "Kontrollen fandt intet.", "en": "The checks found nothing."},
    "rp_finding": {"da": "Fund", "en": "Finding"},
    "rp_status": {"da": "Status", "en": "Status"},
    "rp_acknowledged": {"da": "begrundet i filen", "en": "explained in the file"},
    "rp_open": {"da": "åbent", "en": "open"},
    "rp_app_methods": {"da": "I. Metode", "en": "I. Method"},
    "rp_method_values": {
        "da": "Skalaer og vægte. Hvert kriterium har faste ender: rubrikkens laveste og "
        "højeste niveau, eller et begrundet, plausibelt spænd for et tal. Værdien går lineært "
        "fra 0 i den værste ende til 1 i den bedste, og en vægt er værdien af at flytte "
        "kriteriet fra den værste til den bedste ende, i forhold til de andre (svingvægt). "
        "Et nyt eller fjernet alternativ ændrer derfor hverken vægtenes betydning eller de "
        "andres værdier.",
        "en": "Scales and weights. Every criterion has fixed ends: its rubric's lowest and "
        "highest level, or a plausible range, with its reason, for a number. The value runs "
        "linearly from 0 at the worst end to 1 at the best, and a weight is the value of "
        "moving the criterion from its worst to its best end, relative to the others (a swing "
        "weight). An added or removed alternative therefore changes neither what the weights "
        "mean nor the others' values.",
    },
    "rp_method_topsis": {
        "da": "Rangering: {method}. Hvert alternativs afstand til idealet (alle kriterier i "
        "bedste ende) og til anti-idealet (alle i værste ende) på de vægtede værdiskalaer; den "
        "relative nærhed til idealet giver rækkefølgen (Hwang & Yoon 1981).",
        "en": "Ranking: {method}. Each alternative's distance to the ideal (every criterion at "
        "its best end) and to the anti-ideal (every one at its worst) on the weighted value "
        "scales; the relative closeness to the ideal gives the order (Hwang & Yoon 1981).",
    },
    "rp_method_smaa": {
        "da": "Andele af vægtninger (SMAA-2, Lahdelma & Salminen 2001). {samples} vægtvektorer "
        "trækkes ligeligt blandt alle mulige vægtninger, med frø {seed}; usikre scorer "
        "trækkes ligeligt inden for deres interval. En andel er den brøkdel af trækningerne, "
        "hvor alternativet kommer først (standardfejl højst {se} procentpoint); en families "
        "andel er brøkdelen, hvor en af dens udgaver kommer først.",
        "en": "Shares of weightings (SMAA-2, Lahdelma & Salminen 2001). {samples} weight "
        "vectors are drawn uniformly from all possible weightings, with seed {seed}; uncertain "
        "scores are drawn uniformly within their range. A share is the fraction of draws in "
        "which the alternative comes first (standard error at most {se} percentage points); a "
        "family's share is the fraction in which one of its versions comes first.",
    },
    "rp_method_stability": {
        "da": "Tærskler for vægtene. Én vægt ad gangen går fra 0 til 1, mens de andre beholder "
        "deres indbyrdes forhold; tærsklen er den vægt, hvor førstepladsen skifter. "
        "Sammenfatningen nævner højst to, dem der kræver den mindste relative ændring "
        "(Triantaphyllou & Sánchez 1997).",
        "en": "Thresholds of the weights. One weight at a time runs from 0 to 1 while the "
        "others keep their proportions; the threshold is the weight at which first place "
        "changes. The summary names at most two, those needing the smallest relative change "
        "(Triantaphyllou & Sánchez 1997).",
    },
    "rp_method_robustness": {
        "da": "Modelvalg. Rangeringen gentages med {methods} og med hver omstridt score i sin "
        "lave og sin høje ende; for hver kombination noteres, hvem der kommer først med "
        "standardvægtene, og andelene over {robustness} vægtninger.",
        "en": "Modelling choices. The ranking is repeated with {methods}, and with each "
        "contested score at its low and its high end; for each combination the report notes "
        "who comes first on the default weights, and the shares over {robustness} weightings.",
    },
    "rp_method_fragile": {
        "da": "Skrøbelige antagelser. Hver antaget score flyttes ét rubrikniveau op og ned (et "
        "tal: en tiendedel af skalaens spænd); ændrer det, hvem der kommer først med "
        "standardvægtene, nævnes antagelsen i sammenfatningen.",
        "en": "Fragile assumptions. Each assumed score is moved one rubric level up and down "
        "(a number: a tenth of its scale's range); where that changes who comes first on the "
        "default weights, the summary names the assumption.",
    },
    "rp_method_stated": {
        "da": "Udtalte prioriteter. Oplæggets begrundelser er læst som parvise AHP-"
        "sammenligninger (bilag F); vægtene er hovedegenvektoren og CR konsistensforholdet "
        "(Saaty 1980). Er valget ikke først med dem, angives de nærmeste vægte, hvor det er.",
        "en": "Stated priorities. The paper's reasons are read as pairwise AHP comparisons "
        "(appendix F); the weights are the principal eigenvector and CR the consistency ratio "
        "(Saaty 1980). Where the choice is not first at them, the nearest weights at which it "
        "is are given.",
    },
    "progress_report": {"da": "Rapport", "en": "Report"},
    "progress_steps": {"da": "trin", "en": "steps"},
    "rp_whatif_link": {
        "da": "Prøv selv andre vægte: whatif.html (i samme mappe) flytter vægtene og viser "
        "rangeringen med det samme, for hver beslutning.",
        "en": "Try other weights yourself: whatif.html (in the same folder) moves the weights "
        "and shows the ranking at once, for every decision.",
    },
    "rp_directors": {"da": "Direktørernes egne vægte", "en": "The directors' own weights"},
    "rp_directors_intro": {
        "da": "Vægtene fra de udfyldte skemaer i mappen {folder}: hvem hver direktørs vægte "
        "sætter først, gruppens samlede vægte, og hvor enige direktørerne er.",
        "en": "The weights from the filled-in forms in the folder {folder}: whom each "
        "director's weights put first, the group's combined weights, and how far the "
        "directors agree.",
    },
    "rp_directors_caption": {
        "da": "Direktørernes vindere pr. beslutning (med kravene)",
        "en": "The directors' winners per decision (with the requirements)",
    },
    "rp_directors_legend": {
        "da": "Gennemsnit: de normerede vægtes gennemsnit. AIJ: de samlede AHP-sammenligninger "
        "(geometrisk gennemsnit). W: Kendalls konkordans, 0 = ingen enighed om kriteriernes "
        "rækkefølge, 1 = fuld enighed.",
        "en": "Mean: the mean of the normalised weights. AIJ: the combined AHP judgements "
        "(geometric mean). W: Kendall's concordance, 0 = no agreement on the criteria's order, "
        "1 = full agreement.",
    },
    "rp_directors_count": {"da": "Direktører", "en": "Directors"},
    "rp_directors_winners": {"da": "Først hos (antal)", "en": "First for (count)"},
    "rp_directors_mean": {"da": "Først med gennemsnittet", "en": "First at the mean"},
    "rp_directors_aij": {"da": "Først med AIJ", "en": "First at AIJ"},
    "rp_directors_w": {"da": "Enighed (W)", "en": "Agreement (W)"},
    "rp_directors_share": {
        "da": "Andel, hvor {by}'s valg vinder",
        "en": "Share for whom {by}'s choice wins",
    },
    "rp_app_directors": {"da": "J. Hver direktørs vægte", "en": "J. Each director's weights"},
    "rp_director": {"da": "Direktør", "en": "Director"},
    "rp_elicitation": {"da": "Skema", "en": "Form"},
    "rp_weights_in_order": {"da": "Vægte", "en": "Weights"},
    "rp_first_with": {"da": "Først med kravene", "en": "First with the requirements"},
    "rp_first_without": {"da": "Først uden kravene", "en": "First without the requirements"},
    "rp_director_caption": {
        "da": "{title} (vægtene i rækkefølgen {criteria})",
        "en": "{title} (the weights in the order {criteria})",
    },
    "rp_footer_samples": {
        "da": "{samples} pr. beslutning; {robustness} pr. modelvalg",
        "en": "{samples} per decision; {robustness} per modelling choice",
    },
}
