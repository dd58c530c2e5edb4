"""Words of the figures (:mod:`mcda.plotting`, keys ``plot_*``): one name for each mark,
the same in every chart."""

from __future__ import annotations

from mcda.model import Lang

PLOTS: dict[str, dict[Lang, str]] = {
    "plot_choice": {"da": "{by}'s valg", "en": "{by}'s choice"},
    "plot_closest_weights": {"da": "Nærmeste vindende vægte", "en": "Closest winning weights"},
    "plot_attempt_weights": {
        "da": "Tættest på at vinde (vinder aldrig)",
        "en": "Closest to winning (never wins)",
    },
    "plot_closest_for": {
        "da": "Nærmeste vægte, hvor {target} kommer først",
        "en": "Closest weights where {target} comes first",
    },
    "plot_attempt_for": {
        "da": "Bedste forsøg for {target} (kommer aldrig først)",
        "en": "Best attempt for {target} (never comes first)",
    },
    "plot_central_weights": {"da": "Centrale vægte (SMAA)", "en": "Central weights (SMAA)"},
    "plot_reference_weights": {"da": "Reference: {name}", "en": "Reference: {name}"},
    "plot_screened": {"da": "{name} (frasorteret)", "en": "{name} (screened out)"},
    "plot_family_first": {"da": "{family}: først i {share}", "en": "{family}: first in {share}"},
    "plot_same_family": {"da": "Samme familie først", "en": "Same family first"},
    "plot_contributions_axis": {"da": "Vægtet værdi (0–1)", "en": "Weighted value (0–1)"},
    "plot_contributions_title": {
        "da": "Hvad hvert kriterium bidrager med (vægt × værdi)",
        "en": "What each criterion contributes (weight × value)",
    },
    "plot_score_axis": {
        "da": "Score efter {method}, {direction}",
        "en": "Score by {method}, {direction}",
    },
    "plot_slice_title": {
        "da": "Hvem kommer først, når de tre vægte varierer (de øvrige faste)",
        "en": "Who comes first as the three weights vary (the others fixed)",
    },
    "plot_slice_note": {
        "da": "De tre vægte deler {mass} af den samlede vægt.",
        "en": "The three weights share {mass} of the total weight.",
    },
    "plot_target": {"da": "{name} (mål)", "en": "{name} (target)"},
    "plot_correlation_spearman": {"da": "Spearmans ρ", "en": "Spearman's ρ"},
    "plot_correlation_kendall": {"da": "Kendalls τ-b", "en": "Kendall's τ-b"},
    "plot_correlation_weighted_spearman": {
        "da": "vægtet Spearman r_w",
        "en": "weighted Spearman r_w",
    },
    "plot_correlation_ws": {"da": "WS-koefficient", "en": "WS coefficient"},
}
