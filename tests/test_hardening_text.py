"""Issue 16, items 1, 2 and 10: text from files is never markup, maths or a formula."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from mcda.cli.main import main
from mcda.safe_text import markdown_inline, markdown_paragraph, one_line, spreadsheet_cell

ROOT = Path(__file__).resolve().parent.parent

XSS = "<img src=x onerror=alert(1)>"
LINK = "[klik](javascript:alert(1))"
FORMULA = '=HYPERLINK("http://evil.example","klik")'


def hostile_case(tmp_path: Path) -> Path:
    """The bikes example as a one-decision case with payloads in labels and reasons."""
    case = tmp_path / "case"
    shutil.copytree(ROOT / "criteria" / "examples", case)
    path = case / "bikes.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('en = "Bike fleet for the town hall"', f'en = "Bikes {XSS} 5 $ and 7 $"')
    text = text.replace('en = "Cargo Co. (cargo bikes)"', f'en = "Cargo $x^2$ {LINK}"')
    text = text.replace('en = "Cost"', 'en = "Cost in $ (5 $ a day)"')
    text = text.replace(
        'reason = "The memo says 20 bikes',
        f'reason = "{FORMULA.replace(chr(34), chr(92) + chr(34))} The memo says 20 bikes',
    )
    path.write_text(text, encoding="utf-8")
    return case


def test_dollars_in_labels_are_text_not_maths(tmp_path, capsys) -> None:
    """Item 1: `$…$` in a label made matplotlib parse maths and exit 1."""
    case = hostile_case(tmp_path)
    out = tmp_path / "sens"
    code = main(["sensitivity", str(case / "bikes.toml"), "--out", str(out), "--samples", "300",
                 "--points", "11", "--lang", "en", "--plots", "svg"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    svg = (out / "sweep_cost.svg").read_text(encoding="utf-8")
    assert "Cost in $ (5 $ a day)" in svg  # drawn literally (svg.fonttype none keeps text)
    from matplotlib.figure import Figure

    from mcda.plotting.files import figure_bytes

    figure = Figure()
    figure.subplots().set_title("5 $ and 7 $ and $\\frac{")
    assert figure_bytes(figure, "png")[:4] == b"\x89PNG"


@pytest.mark.slow  # a whole report
def test_the_report_escapes_every_payload(tmp_path, capsys) -> None:
    """Items 1, 2, 10: report.md holds no live HTML or link, the CSVs no formula."""
    case = hostile_case(tmp_path)
    out = tmp_path / "report"
    code = main(["report", "--case", str(case), "--lang", "en", "--out", str(out), "--samples",
                 "300", "--robustness-samples", "300", "--quiet"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "Bikes &lt;img src=x onerror=alert(1)&gt;" in markdown
    assert "<img" not in markdown
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown)  # no live link
    assert "\\[klik\\](javascript:alert(1))" in markdown
    assert not re.search(r"(?<!\\)\$x\^2(?<!\\)\$", markdown)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert XSS not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    for table in (out / "data").glob("*.csv"):
        with table.open(encoding="utf-8", newline="") as stream:
            for row in csv.reader(stream):
                for cell in row:
                    assert not cell.startswith(("=", "+", "@")), (table.name, cell)


def test_evidence_csv_quotes_formulas(tmp_path, capsys) -> None:
    case = hostile_case(tmp_path)
    code = main(["evidence", str(case / "bikes.toml"), "--format", "csv", "--lang", "en"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    cells = [cell for row in csv.reader(captured.out.splitlines()) for cell in row]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    assert not any(cell.startswith("=") for cell in cells)


def test_rank_csv_quotes_formulas_but_not_numbers(tmp_path, capsys) -> None:
    case = hostile_case(tmp_path)
    path = case / "bikes.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'en = "CityCycle (e-bikes)"', 'en = "+SUM(A1:A9)"'
        ),
        encoding="utf-8",
    )
    assert main(["rank", str(path), "--format", "csv", "--lang", "en"]) == 0
    rows = list(csv.reader(capsys.readouterr().out.splitlines()))
    cells = [cell for row in rows for cell in row]
    assert "'+SUM(A1:A9)" in cells and "+SUM(A1:A9)" not in cells


def test_an_excel_form_never_holds_a_formula_from_the_problem_file(tmp_path, capsys) -> None:
    from openpyxl import load_workbook

    case = hostile_case(tmp_path)
    path = case / "bikes.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('en = "Cost in $', f'en = "{FORMULA[:10]}'),
        encoding="utf-8",
    )
    form = tmp_path / "form.xlsx"
    assert main(["ahp", "template", "--criteria", str(path), "--out", str(form)]) == 0
    book = load_workbook(form)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)


# -- the escaping functions themselves ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (XSS, "&lt;img src=x onerror=alert(1)&gt;"),
        (LINK, "\\[klik\\](javascript:alert(1))"),
        ("![x](http://e/x.png)", "!\\[x\\](http://e/x.png)"),
        ("5 $ and $x$", "5 \\$ and \\$x\\$"),
        ("*a* _b_ `c` ~d~ |e| \\f", "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\|e\\| \\\\f"),
        ("line\nbreak\r\n# not a heading", "line break # not a heading"),
        ("&lt; stays", "&amp;lt; stays"),
        ("Klima Nord 2030.", "Klima Nord 2030."),
    ],
)
def test_markdown_inline(text, expected) -> None:
    assert markdown_inline(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Heading", "\\# Heading"),
        ("> quote", "&gt; quote"),
        ("- item", "\\- item"),
        ("1. item", "1\\. item"),
        ("2030 is the year", "2030 is the year"),
    ],
)
def test_markdown_paragraph_starts(text, expected) -> None:
    assert markdown_paragraph(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=x", "'\t=x"),
        ("-0.5", "-0.5"),
        ("+3", "+3"),
        (-0.5, -0.5),
        ("Cost", "Cost"),
        ("", ""),
        (None, None),
    ],
)
def test_spreadsheet_cell(value, expected) -> None:
    assert spreadsheet_cell(value) == expected


def test_one_line() -> None:
    assert one_line("a\nb\tc\x00\x7f\u2029") == "a\\nb\\tc\\x00\\x7f\\x2029"
