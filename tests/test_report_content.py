"""The report: the answer first, one language, one set of numbers, any problem folder."""

from __future__ import annotations

import csv
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from language_scan import html_foreign, markdown_foreign

from mcda.cli.main import main
from mcda.formatting import format_share
from mcda.i18n import t
from mcda.report import html, markdown
from mcda.report.build import ReportSettings, build_case_report, decision_name
from mcda.report.document import Answers, Card, Cell, Document, Figure, Items, Paragraph, Table
from mcda.report.writer import write_report

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "criteria" / "klimanord"
LIBRARY = ROOT / "criteria" / "examples" / "library"
pytestmark = pytest.mark.slow

QUICK = {"samples": 3000, "robustness_samples": 400, "today": date(2026, 12, 1)}


@pytest.fixture(scope="module")
def danish() -> Document:
    return build_case_report(ReportSettings(case=CASE, lang="da", figures=False, **QUICK))


@pytest.fixture(scope="module")
def english() -> Document:
    return build_case_report(ReportSettings(case=CASE, lang="en", figures=False, **QUICK))


def _small_case(tmp_path: Path) -> Path:
    """A case folder with only the Grøn Trepart decision (two alternatives: quick)."""
    case = tmp_path / "case"
    (case / "sources").mkdir(parents=True)
    shutil.copy(CASE / "green_tripartite.toml", case)
    shutil.copytree(CASE / "sources", case / "sources", dirs_exist_ok=True)
    return case


def _texts(document: Document) -> list[str]:
    """Every piece of text the document shows (tables' cells included)."""
    out = [document.title, document.subtitle]
    for section in document.sections:
        out.append(section.title)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                out.append(block.text)
            elif isinstance(block, Items):
                out += block.items
            elif isinstance(block, Answers):
                out += [f"{title} {sentence}" for title, sentence, _ in block.items]
            elif isinstance(block, Card):
                out += [block.title, block.lead, *block.points]
            elif isinstance(block, Table):
                out += [block.caption or "", block.legend or "", *block.columns]
                for row in block.rows:
                    for value in row:
                        if isinstance(value, Cell):
                            out += [value.text, value.note or ""]
                        else:
                            out.append(str(value))
            elif isinstance(block, Figure):
                out.append(block.caption)
    return out


def test_the_summary_opens_with_every_answer(danish: Document) -> None:
    summary = danish.sections[0]
    assert summary.anchor == "summary"
    answers = summary.blocks[0]
    assert isinstance(answers, Answers)
    assert [target for _, _, target in answers.items] == [
        f"decision-{name}"
        for name in ("ambition", "political_anchoring", "physical_anchoring", "roaming",
                     "green_tripartite")
    ]  # fmt: skip
    ambition = answers.items[0][1]
    assert ambition.startswith("Analysen støtter T11's valg")
    assert "Scenarie 2, tilpasset (T11) kommer først" in ambition
    assert "T11 træffer ikke noget valg her" in answers.items[3][1]  # roaming: no choice stated


def test_each_answer_names_who_the_analysis_puts_first(danish: Document) -> None:
    from mcda.analysis import analyse
    from mcda.case import load_case

    answers = danish.sections[0].blocks[0]
    for problem, (_, sentence, _) in zip(load_case(CASE), answers.items, strict=True):
        first = analyse(problem, n_samples=500, robustness_samples=0).with_requirements.ranking
        for alternative in first.best:
            assert problem.alternative(alternative).label.da in sentence


def test_one_share_printed_identically_everywhere(danish: Document) -> None:
    """The stated choice's share: the same text in the summary, the chapter and the
    score table (one source: the analysis' SMAA)."""
    answers = danish.sections[0].blocks[0]
    for section in danish.sections:
        if not (section.anchor or "").startswith("decision-"):
            continue
        lead = next(b for b in section.blocks if isinstance(b, Paragraph) and b.kind == "finding")
        assert lead.text in [sentence for _, sentence, _ in answers.items]
        scores = [b for b in section.blocks if isinstance(b, Table)][1]  # after the criteria
        for index in scores.highlight:
            share = scores.rows[index][-1].text
            assert share in lead.text or "%" not in lead.text  # a dominating choice: no share


def test_dominated_decisions_get_a_sentence_not_a_page(danish: Document) -> None:
    anchors = [s.anchor for s in danish.sections]
    assert "moves-physical_anchoring" not in anchors and "moves-green_tripartite" not in anchors
    assert "moves-ambition" in anchors and "moves-roaming" in anchors


def test_appendices_hold_evidence_tables_and_methods(danish: Document) -> None:
    appendix = [s.anchor for s in danish.sections if s.appendix]
    assert appendix[:2] == ["evidence", "assumptions"] and appendix[-1] == "methods"
    main_tables = [t.data_name for s in danish.main for b in s.blocks if isinstance(b, Table)
                   for t in [b]]  # fmt: skip
    assert not any(name and name.startswith("evidence_") for name in main_tables)
    page = html.render(danish)
    assert page.count('<details class="appendix"') == len(appendix)
    assert "<details open" not in page


def test_no_raw_error_text_or_method_codes(danish: Document, english: Document) -> None:
    for document in (danish, english):
        text = "\n".join(_texts(document))
        for word in ("Traceback", "Error", "pymcdm", "topsis_", "promethee_ii", "nan", "inf"):
            assert not re.search(rf"\b{word}\b", text), word


def _body(page: str) -> str:
    """The page's text without markup, the footer, styles and code."""
    page = re.sub(r"<(style|footer|code)[^>]*>.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r'<(td|span|p)[^>]* lang="[a-z]+"[^>]*>.*?</\1>', " ", page, flags=re.S)
    page = re.sub(r"[“”][^“”]*[“”]", " ", page)  # a quoted phrase keeps its own form
    page = re.sub(r'src="[^"]*"', " ", page)
    return re.sub(r"<[^>]+>", " ", page)


def test_numbers_as_a_reader_writes_them(danish: Document, english: Document) -> None:
    da, en = _body(html.render(danish)), _body(html.render(english))
    assert not re.findall(r"(?<![\d.,])\d+\.\d{1,2}(?!\d)", da)  # no decimal point in Danish
    assert not re.findall(r"(?<![\d.,])\d+,\d{1,2}(?!\d)", en)  # no decimal comma in English
    assert "20.000" not in da and "3.000 vægtninger" in da  # thousands dot, the samples used
    assert "3,000 weightings" in en
    assert re.search(r"\d+\u00a0%", da) and not re.search(r"\d\.\d+\s?%", da)


def test_language_scan_passes_in_both_languages(danish: Document, english: Document) -> None:
    for document in (danish, english):
        assert html_foreign(html.render(document)) == []
        assert markdown_foreign(markdown.render(document), document.lang) == []


def test_the_english_report_marks_the_papers_danish_quotes(english: Document) -> None:
    page = html.render(english)
    assert '<td lang="da">' in page
    assert "Gloss" in page  # the English report glosses the Danish quotes
    danish_page = html.render(build_case_report(ReportSettings(case=_only_physical(), **QUICK)))
    assert '<td lang="da">' not in danish_page and "Oversættelse" not in danish_page


def _only_physical() -> Path:
    return CASE / "physical_anchoring.toml"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_any_problem_folder(lang: str) -> None:
    """A second, invented case: its name, decision maker and source come from its files."""
    document = build_case_report(ReportSettings(case=LIBRARY, lang=lang, figures=False, **QUICK))
    text = "\n".join(_texts(document))
    assert "Klima Nord" not in text and "T11" not in text
    assert document.title == ("Bibliotek Syd: beslutningsanalyse" if lang == "da"
                              else "Bibliotek Syd: a decision analysis")  # fmt: skip
    assert document.subtitle.startswith("To beslutninger" if lang == "da" else "Two decisions")
    assert "Kulturudvalget" in text  # the decision maker named in the files
    assert document.source.startswith("Notat: Bibliotek Syd") and document.source_lang == (
        None if lang == "da" else "da"
    )
    assert html_foreign(html.render(document)) == []
    assert markdown_foreign(markdown.render(document), lang) == []
    single = build_case_report(
        ReportSettings(case=LIBRARY / "hours.toml", lang=lang, figures=False, **QUICK)
    )
    assert single.subtitle.startswith("Én beslutning" if lang == "da" else "One decision")


def test_footer_records_seed_samples_and_input_hashes(danish: Document) -> None:
    import hashlib

    footer = dict(danish.footer)
    assert footer[t("footer_seed", "da")] == "2026"
    paper = CASE / "sources" / "t11_discussion_paper.txt"
    digests = {v for k, v in footer.items() if k.startswith("SHA-256")}
    assert hashlib.sha256(paper.read_bytes()).hexdigest() in digests
    assert danish.date_line.endswith("2026-12-01")


def test_problem_file_text_is_escaped(tmp_path: Path) -> None:
    case = _small_case(tmp_path)
    path = case / "green_tripartite.toml"
    text = path.read_text(encoding="utf-8")
    label = 'label = { da = "Ingen særlig organisering"'
    assert label in text
    path.write_text(
        text.replace(label, 'label = { da = "<script>alert(1)</script> Ingen"', 1), encoding="utf-8"
    )
    document = build_case_report(ReportSettings(case=case, lang="da", **QUICK))
    page = html.render(document)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Ingen" in page
    assert "<script>" not in markdown.render(document)


def test_cli_writes_the_report_and_keeps_the_previous_on_failure(tmp_path: Path, capsys) -> None:
    out = tmp_path / "report"
    code = main(["report", "--case", str(_small_case(tmp_path)), "--out", str(out),
                 "--samples", "2000", "--robustness-samples", "300", "--quiet"])  # fmt: skip
    assert code == 0
    assert (out / "index.html").exists() and (out / "report.md").exists()
    with (out / "data" / "summary.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["decision", "verdict", "choice"]
    assert rows[1][:3] == ["green_tripartite", "dominates", "no_special_organisation"]
    before = (out / "index.html").read_bytes()
    code = main(["report", "--case", str(tmp_path / "missing"), "--out", str(out), "--quiet"])
    assert code == 2
    assert "no such case folder" in capsys.readouterr().err
    assert (out / "index.html").read_bytes() == before


def test_figures_are_svg_and_the_markdown_links_them(tmp_path: Path) -> None:
    document = build_case_report(ReportSettings(case=_small_case(tmp_path), **QUICK))
    out = write_report(document, tmp_path / "r")
    figures = sorted(p.name for p in (out / "figures").iterdir())
    assert figures and all(name.endswith(".svg") for name in figures)
    md = (out / "report.md").read_text(encoding="utf-8")
    for name in figures:
        assert f"(figures/{name})" in md
    assert html_foreign((out / "index.html").read_text(encoding="utf-8")) == []


def test_summary_data_holds_the_findings(danish: Document) -> None:
    from mcda.case import load_case

    (name, columns, rows) = danish.data[0]
    assert name == "summary"
    for problem, row in zip(load_case(CASE), rows, strict=True):
        assert row[0] == decision_name(problem)
    ambition = dict(zip(columns, rows[0], strict=True))
    assert ambition["verdict"] == "supported" and ambition["family_share"] == pytest.approx(1.0)
    assert (
        format_share(ambition["choice_share"], "da", 0) in danish.sections[0].blocks[0].items[0][1]
    )


def test_without_forms_the_report_says_so_and_writes_the_whatif_page(
    danish: Document, tmp_path: Path
) -> None:
    section = next(s for s in danish.sections if s.anchor == "directors")
    assert [b.text for b in section.blocks] == [t("group_none_given", "da")]
    assert not any(s.anchor == "directors-weights" for s in danish.sections)
    out = write_report(danish, tmp_path / "r")
    page = (out / "whatif.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="da"' in page
    assert 'href="whatif.html"' in (out / "index.html").read_text(encoding="utf-8")


def test_the_directors_weights_from_eleven_forms(tmp_path: Path) -> None:
    from group_support import write_directors_folder

    import mcda
    from mcda.group import group_analysis, read_directors

    problems = {p.path.stem: p for p in mcda.load_case(CASE)}
    folder = tmp_path / "forms"
    write_directors_folder(folder, problems)
    document = build_case_report(ReportSettings(case=CASE, figures=False, weights_from=folder,
                                                whatif=False, **QUICK))  # fmt: skip
    section = next(s for s in document.sections if s.anchor == "directors")
    table = next(b for b in section.blocks if isinstance(b, Table))
    group = group_analysis(read_directors(folder, list(problems.values())), list(problems.values()))
    for row, decision in zip(table.rows, group.decisions, strict=True):
        assert row[1].text == "11"
        share = decision.choice_share
        assert row[-1].text == ("–" if share is None else format_share(share, "da", 0))
    appendix = next(s for s in document.sections if s.anchor == "directors-weights")
    tables = [b for b in appendix.blocks if isinstance(b, Table)]
    assert [len(t.rows) for t in tables] == [11] * len(problems)
    assert html_foreign(html.render(document)) == []
