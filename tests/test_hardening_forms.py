"""Issue 16, item 6: AHP forms that are hostile, damaged or huge."""

from __future__ import annotations

import tomllib
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

import mcda
from mcda.ahp.forms import (
    ANSWER_COLUMN,
    FIRST_ROW,
    META_SHEET,
    QUESTIONS_SHEET,
    judgements_toml,
    read_form,
    write_template,
)
from mcda.errors import DataFileError, ValidationError


@pytest.fixture
def form(bikes_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "form.xlsx"
    write_template(mcda.load_problem(bikes_path), path)
    book = load_workbook(path)
    for row, answer in zip(range(FIRST_ROW, FIRST_ROW + 3), ["3", "1/5", "1"], strict=True):
        book[QUESTIONS_SHEET][f"{ANSWER_COLUMN}{row}"] = answer
    book.save(path)
    return path


def edit(path: Path, sheet: str, cell: str, value: object) -> Path:
    book = load_workbook(path)
    book[sheet][cell] = value
    book.save(path)
    return path


def test_a_member_name_with_a_newline_round_trips(form: Path) -> None:
    """Before: ``collect`` wrote TOML it could not read back."""
    edit(form, QUESTIONS_SHEET, "B4", 'Anne\n"B" \\ Hansen\t')
    text = judgements_toml([read_form(form)])
    data = tomllib.loads(text)
    assert data["judgements"][0]["member"] == 'Anne\n"B" \\ Hansen'


def test_a_formula_without_a_computed_value_is_an_error_not_a_blank(form: Path) -> None:
    """openpyxl writes ``=1/3`` with no cached value; it read as unanswered before."""
    edit(form, QUESTIONS_SHEET, f"{ANSWER_COLUMN}{FIRST_ROW}", "=1/3")
    with pytest.raises(ValidationError, match=r"form.xlsx: sheet .* cell F8: the formula '=1/3'"):
        read_form(form)


@pytest.mark.parametrize("value", [1e-320, 10**15, -1e308])
def test_extreme_numbers_in_an_answer_cell(form: Path, value: float) -> None:
    edit(form, QUESTIONS_SHEET, f"{ANSWER_COLUMN}{FIRST_ROW}", value)
    with pytest.raises(ValidationError, match=r"cell F8: .* is not on Saaty's scale"):
        read_form(form)


@pytest.mark.parametrize(
    ("cell", "value", "message"),
    [
        ("B1", "set\nid", "is not an id"),
        ("B2", "everything", "what is compared"),
        ("B4", "cost\n", "items must be two or more distinct ids"),
        ("C4", "cost", "items must be two or more distinct ids"),
        ("B5", 10**9, "questions for 3 items"),
        ("B5", 2, "questions for 3 items"),
        ("B5", "many", ""),
    ],
)
def test_form_metadata_is_validated(form: Path, cell: str, value: object, message: str) -> None:
    edit(form, META_SHEET, cell, value)
    with pytest.raises(DataFileError, match=rf"form.xlsx: sheet 'mcda' is damaged.*{message}"):
        read_form(form)


def test_a_repeated_pair_is_refused(form: Path) -> None:
    book = load_workbook(form)
    sheet = book[QUESTIONS_SHEET]
    sheet[f"B{FIRST_ROW + 1}"] = sheet[f"B{FIRST_ROW}"].value
    sheet[f"C{FIRST_ROW + 1}"] = sheet[f"C{FIRST_ROW}"].value
    book.save(form)
    with pytest.raises(DataFileError, match=r"row 9: the pair .* was changed"):
        read_form(form)


def test_a_huge_sheet_is_refused_before_it_is_parsed(form: Path, tmp_path: Path) -> None:
    """2 million rows took 42 s and 0.96 GB; the unpacked size is checked first."""
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(form) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info, source.read(info))
        out.writestr("xl/padding.xml", b" " * (65 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(DataFileError, match=r"bomb.xlsx: unpacks to .* the limit is 67,108,864"):
        read_form(bomb)


def test_forms_that_are_not_regular_files(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="/dev/zero: is not a regular file"):
        read_form("/dev/zero")
    with pytest.raises(DataFileError, match="is a folder"):
        read_form(tmp_path)
