"""The what-if page: one self-contained HTML file (no network, no external assets).

The page is the data of :mod:`mcda.whatif.data` as JSON, one script made of the parts
in :data:`SCRIPT_PARTS` (package data, joined in one function so they share their
names), the style ``whatif.css``, and a few static paragraphs from :mod:`mcda.i18n`.
A Content-Security-Policy forbids every request the page could make (no fetch, no
image, no font from anywhere), so it works offline by construction.
Texts from problem files reach the page only as JSON strings the script writes as
text, or through :func:`html.escape` here.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from mcda.errors import ValidationError
from mcda.i18n import check_lang, t
from mcda.model import Lang

if TYPE_CHECKING:
    from mcda.analysis import DecisionAnalysis
    from mcda.group import GroupAnalysis

__all__ = ["CONTENT_SECURITY_POLICY", "SCRIPT_PARTS", "whatif_page"]

#: The script's parts, in order: data, words and engine; state and sentence; the panel;
#: the directors; the map; the address, updates, tabs, API and start.
SCRIPT_PARTS = ("core.js", "state.js", "panel.js", "directors.js", "map.js", "app.js")

#: Nothing may be fetched: scripts and styles are inline, images only data: URLs.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)


@cache
def _asset(name: str) -> str:
    return resources.files("mcda.whatif").joinpath(name).read_text(encoding="utf-8")


def _script() -> str:
    parts = "\n".join(_asset(name) for name in SCRIPT_PARTS)
    return f'(function () {{\n"use strict";\n{parts}}})();\n'


def _json_for_script(data: object) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``</script>``, no
    ``<!--``, and the line separators JavaScript once treated as line ends escaped."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def whatif_page(
    decisions: Sequence[DecisionAnalysis],
    *,
    lang: Lang = "da",
    group: GroupAnalysis | None = None,
) -> str:
    """One self-contained HTML page for one or more decisions (see the module docstring).

    Parameters
    ----------
    decisions
        The decisions' analyses (:func:`mcda.analyse`), in the order of the page's tabs.
        The page reads from them: the default weights, the views with and without the
        stated requirements, the stated priorities, SMAA and the reproduction.
    lang
        ``"da"`` (default) or ``"en"``: the page's one language.
    group
        The directors' weights (:func:`mcda.group.group_analysis`), shown per decision
        with every director's winner, the aggregate and the agreement; without it the
        page still lets the chair add directors' weights by hand or from a CSV file.
    """
    from mcda import __version__
    from mcda.formatting import format_number, join_names
    from mcda.whatif.data import SEARCH_SAMPLES, page_data

    lang = check_lang(lang)
    if not decisions:
        raise ValidationError("decisions: the what-if page needs at least one decision")
    data = page_data(decisions, lang, group)
    files = [d.problem.path.name if d.problem.path else d.problem.id for d in decisions]
    seeds = [str(s) for s in sorted({d.seed for d in decisions})]
    e = html.escape
    how = "".join(
        f"<p>{e(text)}</p>"
        for text in (
            t("whatif_how_engine", lang),
            t(
                "whatif_how_search",
                lang,
                samples=format_number(SEARCH_SAMPLES, lang, 0),
                seed=join_names(seeds, lang),
            ),
            t("whatif_how_group", lang),
        )
    )
    footer = t("whatif_footer", lang, version=__version__, files=join_names(files, lang))
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{lang}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{e(t('whatif_title', lang))}</title>",
            f"<style>{_asset('whatif.css')}</style>",
            "</head>",
            "<body>",
            f"<header><h1>{e(t('whatif_title', lang))}</h1><p>{e(t('whatif_intro', lang))}</p>"
            "</header>",
            f'<noscript><p class="note">{e(t("whatif_noscript", lang))}</p></noscript>',
            '<main id="app"></main>',
            f'<section class="how"><h2>{e(t("whatif_how_heading", lang))}</h2>{how}</section>',
            f"<footer><p>{e(footer)}</p></footer>",
            f'<script type="application/json" id="whatif-data">{_json_for_script(data)}</script>',
            f"<script>{_script()}</script>",
            "</body>",
            "</html>",
            "",
        ]
    )
