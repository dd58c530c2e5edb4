"""Find words of the other language in a rendered report (test support, not a test).

A report is in one language. Text kept in another language on purpose carries its
``lang`` attribute (HTML, and the ``<span lang>`` of the Markdown); everything else is
scanned, word by word, against a small list of the other language's commonest words —
chosen so that none of them is also a word of the report's own language ("for", "at",
"over", "under", "to", "is", "have" and "score" are Danish too, so they are not on the
English list). Figures are scanned too: their SVG keeps text as ``<text>`` elements.
Not language, and so not scanned: ``<code>`` (file names), and names quoted inside a
quote (”Farming in the Future” in a Danish sentence), and command-line options
(``--weights-from``).
"""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser

#: English words that are not Danish words.
ENGLISH = frozenset(
    """the and of with without which that this these those are was were from not weights
    weight choice share criteria criterion assumption assumptions paper does when where than
    only its has been would could should scenario municipality closeness gloss level levels
    reading first comes analysis supports equal whatever every none between within per cost
    costs years""".split()
)
#: Danish words that are not English words.
DANISH = frozenset(
    """og af med uden ikke det den er til på som kommer først vægte vægt vægtninger kriterium
    kriterier antagelse oplægget hvis kun eller kommune scenarie også ved hvor skal bliver
    niveau være har analysen støtter valg valget alle andel lige mellem frasorteret krav
    omkostning forankring tærskel ét én år""".split()
)
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_SKIP_TAGS = {"style", "script", "code"}
_QUOTED = re.compile(r"[”“][^”“]*[”“]|--[a-z][a-z-]*")  # quoted names; command options


def foreign(text: str, lang: str) -> list[str]:
    """The words of ``text`` that belong to the other language than ``lang``."""
    other = ENGLISH if lang == "da" else DANISH
    return [w for w in WORD.findall(_QUOTED.sub(" ", text).lower()) if w in other]


class _Collector(HTMLParser):
    """Text outside elements in another language, plus alt/title attributes and the
    text of inline SVG figures (data URIs)."""

    def __init__(self, lang: str) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = lang
        self.stack: list[tuple[str, bool]] = []  # (tag, scanned?)
        self.texts: list[str] = []

    def _scanned(self) -> bool:
        return all(scanned for _, scanned in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        lang = found.get("lang")
        scanned = tag not in _SKIP_TAGS and (lang is None or lang == self.lang)
        if tag in {"img", "br", "meta", "link", "hr", "input"}:
            if self._scanned() and scanned:
                for key in ("alt", "title"):
                    if found.get(key):
                        self.texts.append(found[key] or "")
                source = found.get("src") or ""
                if source.startswith("data:image/svg+xml;base64,"):
                    svg = base64.b64decode(source.split(",", 1)[1]).decode("utf-8")
                    self.texts += svg_texts(svg)
            return
        self.stack.append((tag, scanned))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if self._scanned():
            self.texts.append(data)


def svg_texts(svg: str) -> list[str]:
    """The text of an SVG's ``<text>`` elements (matplotlib with ``svg.fonttype`` none)."""
    collector = _Collector("")
    collector.feed(svg)
    return collector.texts


def html_foreign(page: str) -> list[str]:
    """The foreign words of an HTML page, in the language of its ``<html lang>``."""
    lang = re.search(r'<html lang="([a-z]+)"', page)
    assert lang, "the page names no language"
    collector = _Collector(lang.group(1))
    collector.feed(page)
    return foreign(" ".join(collector.texts), lang.group(1))


def markdown_foreign(text: str, lang: str) -> list[str]:
    """The foreign words of a Markdown report, outside its ``<span lang>`` elements."""
    stripped = re.sub(r'<span lang="[a-z]+">.*?</span>', " ", text, flags=re.S)
    stripped = re.sub(r"`[^`]*`", " ", stripped)
    stripped = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", stripped)  # the alt text repeats captions
    stripped = re.sub(r"\(figures/[^)]*\)", " ", stripped)
    return foreign(stripped, lang)
