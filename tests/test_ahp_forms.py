"""mcda.ahp.forms: Excel templates, reading filled forms, TOML output."""

from __future__ import annotations

import pytest
from ahp_support import bikes_with_judgements
from openpyxl import load_workbook

import mcda
from mcda.ahp.forms import (
    QUESTIONS_SHEET,
    SCALE_ANSWERS,
    judgements_toml,
    read_form,
    write_template,
)
from mcda.ahp.problem import criteria_weights
from mcda.errors import DataFileError, ValidationError
from mcda.i18n import t


def fill(path, answers, name=None):
    """Answer a form: ``answers`` in question order (None leaves a row empty)."""
    book = load_workbook(path)
    sheet = book[QUESTIONS_SHEET]
    if name is not None:
        sheet["B4"] = name
    for row, answer in enumerate(answers, start=8):
        sheet[f"F{row}"] = answer
    book.save(path)


def test_template_layout(bikes_path, tmp_path):
    problem = mcda.load_problem(bikes_path)
    out = tmp_path / "form.xlsx"
    assert write_template(problem, out, set_id="board") == 3
    book = load_workbook(out)
    sheet = book[QUESTIONS_SHEET]
    assert sheet["B8"].value == "cost" and sheet["C8"].value == "fleet_size"
    assert sheet["D8"].value == t("ahp_form_question", "da", a="Omkostning", b="Antal cykler")
    assert sheet["E8"].value == (
        "How much more is the swing from worst to best on «Cost» worth than on «Number of bikes»?"
    )
    assert sheet["A5"].value == t("ahp_form_instructions", "da")
    assert sheet["A6"].value == t("ahp_form_instructions", "en")
    validations = sheet.data_validations.dataValidation
    assert len(validations) == 1 and validations[0].formula1 == '"' + ",".join(SCALE_ANSWERS) + '"'
    assert str(validations[0].sqref) == "F8 F9 F10"
    assert book["mcda"].sheet_state == "hidden"
    assert len(SCALE_ANSWERS) == 17


def test_template_for_alternatives_under_a_criterion(bikes_path, tmp_path):
    problem = mcda.load_problem(bikes_path)
    out = tmp_path / "cost.xlsx"
    assert write_template(problem, out, set_id="cost_pairs", criterion="cost") == 6
    sheet = load_workbook(out)[QUESTIONS_SHEET]
    assert "with respect to «Cost»" in sheet["E8"].value
    with pytest.raises(ValidationError, match="no criterion 'price'"):
        write_template(problem, tmp_path / "x.xlsx", criterion="price")
    with pytest.raises(ValidationError, match="'two words' is not an id"):
        write_template(problem, tmp_path / "x.xlsx", set_id="two words")


def test_round_trip_to_a_problem_file(bikes_path, tmp_path):
    problem = mcda.load_problem(bikes_path)
    forms = []
    for name, answers in [("Anna", ["3", "1/2", 0.2]), ("Bo", [7, "3", None])]:
        path = tmp_path / f"{name.lower()}.xlsx"
        write_template(problem, path, set_id="board")
        fill(path, answers, name)
        forms.append(read_form(path))
    assert forms[0].member == "Anna"
    assert forms[0].pairs == (
        ("cost", "fleet_size", "3"),
        ("cost", "usefulness", "1/2"),
        ("fleet_size", "usefulness", "1/5"),
    )
    assert forms[1].pairs == (("cost", "fleet_size", "7"), ("cost", "usefulness", "3"))
    text = judgements_toml(forms)
    assert '["cost", "usefulness", "1/2"],' in text and '["cost", "fleet_size", 7],' in text
    merged = bikes_with_judgements(tmp_path, "\n" + text, "merged")
    loaded = mcda.load_problem(merged)
    assert [(s.id, s.member) for s in loaded.judgements] == [("board", "Anna"), ("board", "Bo")]
    weights = criteria_weights(loaded, "board")
    anna = mcda.ahp(
        {("cost", "fleet_size"): 3, ("cost", "usefulness"): 0.5, ("fleet_size", "usefulness"): 0.2}
    )
    bo = mcda.ahp({("cost", "fleet_size"): 7, ("cost", "usefulness"): 3})
    assert weights.shape == (3,) and weights.sum() == pytest.approx(1)
    assert (
        min(anna.weight("cost"), bo.weight("cost"))
        <= weights[0]
        <= max(anna.weight("cost"), bo.weight("cost"))
    )


def test_member_defaults_to_file_name(bikes_path, tmp_path):
    path = tmp_path / "director_7.xlsx"
    write_template(mcda.load_problem(bikes_path), path)
    fill(path, ["1", "1", "1"])
    assert read_form(path).member == "director_7"


@pytest.mark.parametrize("answer", ["12", 12, 0, -3, "1/10", "2.5", "three", True, 0.4])
def test_off_scale_answers_name_sheet_and_cell(bikes_path, tmp_path, answer):
    path = tmp_path / "form.xlsx"
    write_template(mcda.load_problem(bikes_path), path)
    fill(path, ["3", answer, "1"])
    with pytest.raises(
        ValidationError,
        match=rf"form.xlsx: sheet '{QUESTIONS_SHEET}' cell F9: .* is not on Saaty's scale",
    ):
        read_form(path)


def test_excel_fractions_are_read(bikes_path, tmp_path):
    path = tmp_path / "form.xlsx"
    write_template(mcda.load_problem(bikes_path), path)
    fill(path, [1 / 3, 0.14285714, " 1 / 9 "])  # Excel stores =1/3 as 0.333…
    assert [p[2] for p in read_form(path).pairs] == ["1/3", "1/7", "1/9"]


def test_bad_files(tmp_path, bikes_path):
    with pytest.raises(DataFileError, match=r"nothing\.xlsx: no such file"):
        read_form(tmp_path / "nothing.xlsx")
    text = tmp_path / "text.xlsx"
    text.write_text("not a workbook")
    with pytest.raises(DataFileError, match=r"text.xlsx: not an Excel workbook \(.xlsx\)"):
        read_form(text)
    from openpyxl import Workbook

    other = tmp_path / "other.xlsx"
    Workbook().save(other)
    with pytest.raises(DataFileError, match=r"other\.xlsx: not an mcda AHP form"):
        read_form(other)
    changed = tmp_path / "changed.xlsx"
    write_template(mcda.load_problem(bikes_path), changed)
    book = load_workbook(changed)
    book[QUESTIONS_SHEET]["B9"] = "price"
    book.save(changed)
    with pytest.raises(DataFileError, match=r"row 9: the pair \(price, usefulness\) was changed"):
        read_form(changed)


def test_collect_errors(bikes_path, tmp_path):
    problem = mcda.load_problem(bikes_path)
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for path in (a, b):
        write_template(problem, path)
        fill(path, ["3", "1", "1"], "Same Name")
    with pytest.raises(ValidationError, match="member 'Same Name' also answered"):
        judgements_toml([read_form(a), read_form(b)])
    empty = tmp_path / "empty.xlsx"
    write_template(problem, empty)
    with pytest.raises(ValidationError, match=r"empty\.xlsx: no answers"):
        judgements_toml([read_form(empty)])
    with pytest.raises(ValidationError, match="no forms"):
        judgements_toml([])
