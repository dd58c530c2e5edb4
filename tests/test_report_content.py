"""The Klima Nord report: contents in order, T11's choices, escaping, languages, data."""

from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import pytest

import mcda
from mcda.cli.main import main
from mcda.report import html
from mcda.report.content import ReportSettings, build_case_report
from mcda.report.document import Document, Table
from mcda.report.writer import write_report

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "criteria" / "klimanord"
pytestmark = pytest.mark.slow

QUICK = {"smaa_samples": 4000, "reproduction_samples": 4000, "today": date(2026, 11, 26)}


@pytest.fixture(scope="module")
def danish() -> Document:
    return build_case_report(ReportSettings(case=CASE, lang="da", **QUICK))


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


def _table(document: Document, data_name: str) -> Table:
    return next(t for t in document.tables() if t.data_name == data_name)


def test_sections_come_in_the_issue_order(danish: Document) -> None:
    anchors = [s.anchor for s in danish.sections]
    assert anchors[0] == "summary"
    decisions = ["ambition", "political_anchoring", "physical_anchoring", "green_tripartite"]
    for name in decisions:
        start = anchors.index(f"decision-{name}")
        assert anchors[start + 1 : start + 4] == [
            f"sensitivity-{name}",
            f"reproduction-{name}",
            f"evidence-{name}",
        ]
    assert [anchors.index(f"decision-{n}") for n in decisions] == sorted(
        anchors.index(f"decision-{n}") for n in decisions
    )
    tail = anchors[anchors.index("joint") :]
    assert tail == ["joint", "agreement", "financing", "assumptions", "ahp", "method"]


def test_summary_names_t11s_choice_in_every_decision(danish: Document) -> None:
    summary = _table(danish, "summary")
    problems = [mcda.load_problem(CASE / f"{n}.toml") for n in
                ("ambition", "political_anchoring", "physical_anchoring", "green_tripartite")]
    assert [row[0] for row in summary.raw_rows] == [
        "ambition", "political_anchoring", "physical_anchoring", "green_tripartite"
    ]
    for row, problem in zip(summary.raw_rows, problems, strict=True):
        assert problem.recommendation is not None
        assert row[1] == problem.recommendation.alternative
        assert row[2] == mcda.rank(problem).rank_of(problem.recommendation.alternative)
        assert 0.0 <= row[3] <= 1.0
    shown = [row[1] for row in summary.rows]
    assert shown == [p.alternative(p.recommendation.alternative).label.da for p in problems]


def test_ranking_tables_mark_the_choice_and_match_the_engine(danish: Document) -> None:
    problem = mcda.load_problem(CASE / "political_anchoring.toml")
    table = _table(danish, "ranking_political_anchoring")
    result = mcda.rank(problem)
    by_id = {row[0]: row for row in table.raw_rows}
    for alternative, score in zip(result.alternatives, result.scores, strict=True):
        assert by_id[alternative][2] == pytest.approx(float(score))
    assert by_id["limfjordsraadet"][1] is None and by_id["limfjordsraadet"][4]
    chosen = [table.raw_rows[i][0] for i in table.highlight]
    assert chosen == [problem.recommendation.alternative]


def test_evidence_tables_hold_every_quote(danish: Document) -> None:
    for name in ("ambition", "political_anchoring", "physical_anchoring", "green_tripartite"):
        problem = mcda.load_problem(CASE / f"{name}.toml")
        quotes = {
            e.quote for row in problem.scores.values() for s in row.values() for e in s.evidence
        }
        shown = {row[6] for row in _table(danish, f"evidence_{name}").raw_rows}
        assert quotes <= shown


def test_assumptions_are_all_listed(danish: Document) -> None:
    listed = _table(danish, "assumptions").raw_rows
    expected = 0
    for name in ("ambition", "political_anchoring", "physical_anchoring", "green_tripartite"):
        problem = mcda.load_problem(CASE / f"{name}.toml")
        expected += sum(s.assumption for row in problem.scores.values() for s in row.values())
    assert len(listed) == expected > 0


def test_financing_table_reproduces_the_papers_kroner(danish: Document) -> None:
    rows = {row[0]: row for row in _table(danish, "financing").raw_rows}
    assert round(rows["scenario_2"][4]) == 1
    assert round(rows["scenario_3"][4]) == 2


def test_footer_records_seed_samples_and_input_hashes(danish: Document) -> None:
    import hashlib

    footer = dict(danish.footer)
    assert footer["Seed"] == "2026"
    paper = CASE / "sources" / "t11_discussion_paper.txt"
    digests = {v for k, v in footer.items() if k.startswith("SHA-256")}
    assert hashlib.sha256(paper.read_bytes()).hexdigest() in digests
    assert hashlib.sha256((CASE / "ambition.toml").read_bytes()).hexdigest() in digests
    assert danish.date_line.endswith("2026-11-26")


def test_english_report_uses_english_labels(english: Document) -> None:
    assert english.title.startswith("Klima Nord: a decision analysis")
    summary = _table(english, "summary")
    assert summary.columns[1] == "T11's choice"
    assert "Scenario 2, amended (T11)" in [row[1] for row in summary.rows]
    assert english.sections[0].title == "Summary"


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


def test_cli_writes_the_report_and_keeps_the_previous_on_failure(tmp_path: Path, capsys) -> None:
    out = tmp_path / "report"
    code = main(["report", "--case", str(_small_case(tmp_path)), "--out", str(out),
                 "--samples", "2000", "--reproduction-samples", "2000", "--quiet"])
    assert code == 0
    assert (out / "index.html").exists() and (out / "report.md").exists()
    with (out / "data" / "summary.csv").open(encoding="utf-8") as f:
        assert next(csv.reader(f))[:2] == ["decision", "t11_choice"]
    before = (out / "index.html").read_bytes()
    code = main(["report", "--case", str(tmp_path / "missing"), "--out", str(out), "--quiet"])
    assert code == 2
    assert "no such case folder" in capsys.readouterr().err
    assert (out / "index.html").read_bytes() == before


def test_write_round_trip(tmp_path: Path, danish: Document) -> None:
    out = write_report(danish, tmp_path / "r")
    names = sorted(p.name for p in (out / "data").iterdir())
    assert "summary.csv" in names and "reproduction_joint.csv" in names
    assert len(list((out / "figures").glob("*.svg"))) == len(danish.figures()) >= 20


def test_without_figures_the_numbers_are_the_same(danish: Document, english: Document) -> None:
    assert english.figures() == []
    language_free = ("rank_acceptability_", "reproduction_", "method_agreement_", "financing")

    def numbers(document: Document) -> list:
        return [
            t.raw_rows if t.data_name.startswith(language_free) else [r[:4] for r in t.raw_rows]
            for t in document.tables()
            if t.data_name and t.data_name.startswith((*language_free, "ranking_"))
        ]

    assert numbers(english) == numbers(danish)
    assert len(numbers(danish)) >= 17
