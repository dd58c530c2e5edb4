"""The report writer: escaping, atomic replacement, CSV data, deterministic SVG figures."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest

from mcda.errors import DataFileError
from mcda.output_set import MARKER
from mcda.report import html, markdown
from mcda.report.document import Document, Paragraph, Section, Table
from mcda.report.figures import render_figure
from mcda.report.writer import write_report

matplotlib.use("Agg")


def _document(text: str = "Plain text") -> Document:
    from matplotlib.figure import Figure

    figure = Figure()
    figure.subplots().plot([0, 1], [1, 0])
    return Document(
        title="Titel",
        subtitle="Undertitel",
        lang="da",
        sections=(
            Section(
                "Første kapitel",
                (
                    Paragraph(text, kind="finding"),
                    Table(
                        ("Alternativ", "Score"),
                        (("A <b>", 0.5), ("B | c", 0.25)),
                        caption="Rangering",
                        data_name="ranking",
                        raw_columns=("alternative", "score"),
                        raw_rows=(("a", 0.5123456789), ("b", 0.25)),
                        highlight=frozenset({0}),
                    ),
                    render_figure(figure, "line", "En linje"),
                ),
            ),
        ),
        footer=(("mcda", "0.1.0"),),
        date_line="Dato: 2026-11-26",
    )


def test_problem_file_text_is_escaped_in_html() -> None:
    page = html.render(_document('<script>alert("x")</script> & more'))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more" in page
    assert "A &lt;b&gt;" in page
    assert 'class="highlight"' in page


def test_html_is_self_contained() -> None:
    page = html.render(_document())
    assert "http://" not in page.replace("http://www.w3.org", "")
    assert "https://" not in page
    assert "<link" not in page and "<script" not in page
    assert page.count('src="data:image/svg+xml;base64,') == 1


def test_markdown_escapes_pipes_and_links_figures() -> None:
    text = markdown.render(_document())
    assert "| B \\| c | 0.2500 |" in text
    assert "![En linje](figures/line.svg)" in text
    assert "| **A &lt;b&gt;** | **0.5000** |" in text
    assert "<b>" not in text


def test_writer_writes_every_part(tmp_path: Path) -> None:
    out = write_report(_document(), tmp_path / "report")
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "data", "figures", "index.html", "report.md"]
    assert (out / "data" / "ranking.csv").read_text() == "alternative,score\na,0.5123456789\nb,0.25\n"
    assert (out / "figures" / "line.svg").read_text().startswith("<svg")
    assert [p.name for p in (out / "figures").iterdir()] == ["line.svg"]  # no raster needed
    assert [p.name for p in tmp_path.iterdir()] == ["report"]
    assert out.stat().st_mode & 0o777 == 0o755


def test_figures_are_deterministic() -> None:
    first, second = _document().figures()[0], _document().figures()[0]
    assert first.svg == second.svg


def test_a_failed_run_keeps_the_previous_report(tmp_path: Path, monkeypatch) -> None:
    out = write_report(_document("first"), tmp_path / "report")
    before = (out / "index.html").read_text()

    def broken(_document: Document) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr("mcda.report.markdown.render", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        write_report(_document("second"), out)
    assert (out / "index.html").read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


def test_a_second_run_replaces_the_report(tmp_path: Path) -> None:
    write_report(_document("first"), tmp_path / "report")
    out = write_report(_document("second"), tmp_path / "report")
    assert "second" in (out / "index.html").read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


def test_target_that_is_a_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "report").write_text("not a folder")
    with pytest.raises(DataFileError, match="exists and is not a folder"):
        write_report(_document(), tmp_path / "report")
    assert (tmp_path / "report").read_text() == "not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]
