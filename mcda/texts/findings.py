"""Sentences of :mod:`mcda.findings_text` (keys ``fd_*``)."""

from __future__ import annotations

from mcda.model import Lang

FINDINGS: dict[str, dict[Lang, str]] = {
    "fd_comes_first": {"da": "{alternative} kommer først", "en": "{alternative} comes first"},
    "fd_share_first": {
        "da": "{alternatives} deler førstepladsen",
        "en": "{alternatives} share first place",
    },
    "fd_family": {
        "da": " ({family} i en af sine udgaver: {share})",
        "en": " ({family} in one of its versions: {share})",
    },
    "fd_the_paper": {"da": "Oplægget", "en": "The paper"},
    "fd_under_all": {"da": "alle {n} modelvalg", "en": "all {n} modelling choices"},
    "fd_under_some": {"da": "{k} af {n} modelvalg", "en": "{k} of {n} modelling choices"},
    "fd_nothing_eligible": {
        "da": "Intet alternativ opfylder kravene.",
        "en": "No alternative meets the requirements.",
    },
    "fd_no_choice": {
        "da": "{by} træffer ikke noget valg her. {first} med {weights}, i {share} af alle "
        "vægtninger og under {modelling}.",
        "en": "{by} makes no choice here. {first} with {weights}, in {share} of all "
        "weightings and under {modelling}.",
    },
    "fd_dominates": {
        "da": "Analysen støtter {by}'s valg fuldt ud: {choice} er mindst lige så god som "
        "alternativerne på alle kriterier og bedre på mindst ét, så valget kommer først "
        "uanset vægtene.",
        "en": "The analysis fully supports {by}'s choice: {choice} is at least as good as the "
        "alternatives on every criterion and better on at least one, so it comes first "
        "whatever the weights.",
    },
    "fd_screened": {
        "da": "{by}'s valg, {choice}, opfylder ikke {by}'s egne krav og er frasorteret.",
        "en": "{by}'s choice, {choice}, fails {by}'s own requirements and is screened out.",
    },
    "fd_supported": {
        "da": "Analysen støtter {by}'s valg {firmly}: {choice} kommer først med {weights}, i "
        "{share} af alle vægtninger{family} og under {modelling}.",
        "en": "The analysis {firmly} supports {by}'s choice: {choice} comes first with "
        "{weights}, in {share} of all weightings{family} and under {modelling}.",
    },
    "fd_firmness_firm": {"da": "klart", "en": "firmly"},
    "fd_firmness_clear": {"da": "tydeligt", "en": "clearly"},
    "fd_firmness_narrow": {"da": "knebent", "en": "narrowly"},
    "fd_firmness_weak": {"da": "svagt", "en": "weakly"},
    "fd_not_first": {
        "da": "Analysen støtter ikke {by}'s valg: {first} med {weights}; {choice} kommer kun "
        "først i {share} af alle vægtninger{family} og under {modelling}.",
        "en": "The analysis does not support {by}'s choice: {first} with {weights}; {choice} "
        "comes first in only {share} of all weightings{family} and under {modelling}.",
    },
    "fd_screened_by": {
        "da": "{alternatives} ({requirement})",
        "en": "{alternatives} ({requirement})",
    },
    "fd_requirements_decide": {
        "da": "Det afgøres af {by}'s krav, som frasorterer {screens}: uden dem gælder, at "
        "{first}, og at valget kun kommer først i {share} af vægtningerne{family}.",
        "en": "{by}'s requirements decide it: they screen out {screens}; without them, "
        "{first}, and the choice comes first in only {share} of weightings{family}.",
    },
    "fd_requirements_same": {
        "da": "{by}'s krav frasorterer {screens}; også uden dem kommer valget først (i "
        "{share} af vægtningerne).",
        "en": "{by}'s requirements screen out {screens}; without them too the choice comes "
        "first (in {share} of weightings).",
    },
    "fd_threshold_above": {
        "da": "{criterion} vejer over {at}",
        "en": "{criterion} weighs more than {at}",
    },
    "fd_threshold_below": {
        "da": "{criterion} vejer under {at}",
        "en": "{criterion} weighs less than {at}",
    },
    "fd_now": {"da": "(nu {weight})", "en": "(now {weight})"},
    "fd_or": {"da": " eller ", "en": " or "},
    "fd_thresholds": {
        "da": "Kun hvis {clauses}, kommer {first} først.",
        "en": "Only if {clauses} does {first} come first.",
    },
    "fd_thresholds_family": {
        "da": "Kun hvis {clauses}, vinder den anden udgave, {first}.",
        "en": "Only if {clauses} does the other version, {first}, win.",
    },
    "fd_thresholds_various": {
        "da": "Kun hvis {clauses}, mister {alternative} førstepladsen.",
        "en": "Only if {clauses} does {alternative} lose first place.",
    },
    "fd_no_threshold": {
        "da": "Ingen ændring af én vægt alene tager førstepladsen fra {alternative}.",
        "en": "No change of a single weight takes first place from {alternative}.",
    },
    "fd_modelling_losing": {
        "da": "{alternative} vinder aldrig, når {readings}.",
        "en": "{alternative} never wins when {readings}.",
    },
    "fd_modelling_losing_own": {
        "da": "{alternative} vinder aldrig med {readings}.",
        "en": "{alternative} never wins with {readings}.",
    },
    "fd_own_low": {
        "da": "{criterion} læst i den lave ende",
        "en": "its {criterion} read at the low end",
    },
    "fd_own_high": {
        "da": "{criterion} læst i den høje ende",
        "en": "its {criterion} read at the high end",
    },
    "fd_cell": {"da": "{criterion} for {alternative}", "en": "{criterion} of {alternative}"},
    "fd_fragile": {
        "da": "Skrøbelige antagelser (ét niveau ændrer vinderen): {cells}.",
        "en": "Fragile assumptions (one level changes the winner): {cells}.",
    },
    "fd_fragile_family": {
        "da": "Skrøbelige antagelser (ét niveau afgør, hvilken udgave der vinder): {cells}.",
        "en": "Fragile assumptions (one level decides which version wins): {cells}.",
    },
    "fd_fragile_tie": {
        "da": "Skrøbelige antagelser (ét niveau giver dødt løb): {cells}.",
        "en": "Fragile assumptions (one level makes it a tie): {cells}.",
    },
}
