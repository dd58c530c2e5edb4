"""Excel forms for collecting pairwise judgements, and reading them back to TOML.

:func:`write_template` writes a workbook a director fills in: one sheet of questions
("A versus B"), each answered from a drop-down of Saaty's scale 9, 8, …, 2, 1, 1/2, …,
1/9, with the wording in Danish and English (from :mod:`mcda.i18n`), and a hidden
sheet ``mcda`` that records the set id, what is compared and the item ids.
:func:`read_form` reads a filled form back, rejecting any answer off the scale with the
file, sheet and cell named; :func:`judgements_toml` renders ``[[judgements]]`` tables
that can be appended to a problem file.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from mcda.errors import DataFileError, ValidationError
from mcda.i18n import t
from mcda.model import Problem
from mcda.output_set import write_file_atomically

__all__ = [
    "SCALE_ANSWERS",
    "FilledForm",
    "judgements_toml",
    "read_form",
    "write_template",
]

#: The answers a form offers, in drop-down order.
SCALE_ANSWERS: tuple[str, ...] = tuple(
    [str(k) for k in range(9, 0, -1)] + [f"1/{k}" for k in range(2, 10)]
)

QUESTIONS_SHEET = "Spørgsmål - Questions"
META_SHEET = "mcda"
FIRST_ROW = 8  # the first question row (rows 1–7 hold title, name and instructions)
ANSWER_COLUMN = "F"


@dataclass(frozen=True)
class FilledForm:
    """One filled form: who answered, which set, and the answered pairs ``(a, b, text)``.

    ``text`` is the answer as on the scale (``"3"``, ``"1/5"``); unanswered rows are
    left out (the pair is then completed from the others).
    """

    path: Path
    set_id: str
    of: str
    criterion: str | None
    member: str
    pairs: tuple[tuple[str, str, str], ...]


def write_template(
    problem: Problem,
    path: str | Path,
    *,
    set_id: str = "weights",
    criterion: str | None = None,
    member: str = "",
) -> int:
    """Write a form asking for every pair of criteria (or of alternatives under
    ``criterion``); returns the number of questions. Written atomically."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    from mcda.problem_file import _ID  # the id pattern of problem files

    if not _ID.match(set_id):
        raise ValidationError(f"--set: {set_id!r} is not an id (letters, digits, '_' or '-')")
    if criterion is None:
        ids = problem.criterion_ids
        labels = {c.id: c.label for c in problem.criteria}
        of = "criteria"
    else:
        problem.criterion(criterion)  # raises for an unknown criterion
        ids = problem.alternative_ids
        labels = {a.id: a.label for a in problem.alternatives}
        of = "alternatives"
    if len(ids) < 2:
        raise ValidationError(f"{problem.path or problem.id}: fewer than two {of} to compare")
    book = Workbook()
    sheet = book.active
    sheet.title = QUESTIONS_SHEET
    sheet["A1"] = f"{t('ahp_form_title', 'da')} / {t('ahp_form_title', 'en')}"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = f"{problem.title.da} / {problem.title.en}"
    if criterion is not None:
        label = problem.criterion(criterion).label
        sheet["A3"] = f"{t('criterion', 'da')}: {label.da} / {t('criterion', 'en')}: {label.en}"
    sheet["A4"] = f"{t('ahp_form_name', 'da')} / {t('ahp_form_name', 'en')}:"
    sheet["B4"] = member or None
    sheet["A5"] = t("ahp_form_instructions", "da")
    sheet["A6"] = t("ahp_form_instructions", "en")
    headers = [
        "#",
        "A",
        "B",
        f"{t('ahp_form_question_header', 'da')} (dansk)",
        f"{t('ahp_form_question_header', 'en')} (English)",
        f"{t('ahp_form_answer', 'da')} / {t('ahp_form_answer', 'en')}",
    ]
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=FIRST_ROW - 1, column=column, value=header)
        cell.font = Font(bold=True)
    validation = DataValidation(
        type="list", formula1='"' + ",".join(SCALE_ANSWERS) + '"', allow_blank=True
    )
    validation.error = t("ahp_scale_inverse", "en")
    sheet.add_data_validation(validation)
    pairs = list(itertools.combinations(ids, 2))
    for number, (a, b) in enumerate(pairs, start=1):
        row = FIRST_ROW + number - 1
        if criterion is None:
            da = t("ahp_form_question", "da", a=labels[a].da, b=labels[b].da)
            en = t("ahp_form_question", "en", a=labels[a].en, b=labels[b].en)
        else:
            crit = problem.criterion(criterion).label
            da = t(
                "ahp_form_question_under", "da", a=labels[a].da, b=labels[b].da, criterion=crit.da
            )
            en = t(
                "ahp_form_question_under", "en", a=labels[a].en, b=labels[b].en, criterion=crit.en
            )
        cells: tuple[int | str, ...] = (number, a, b, da, en)
        for column, value in enumerate(cells, start=1):
            sheet.cell(row=row, column=column, value=value).alignment = Alignment(wrap_text=True)
        validation.add(f"{ANSWER_COLUMN}{row}")
    for letter, width in zip("ABCDEF", (5, 16, 16, 60, 60, 14), strict=True):
        sheet.column_dimensions[letter].width = width
    scale = book.create_sheet(f"{t('ahp_form_scale', 'da')} - {t('ahp_form_scale', 'en')}")
    scale.append([t("ahp_form_answer", "da"), "dansk", "English"])
    for value in range(9, 0, -1):
        key = f"ahp_scale_{value}" if value % 2 else "ahp_scale_even"
        scale.append([str(value), t(key, "da"), t(key, "en")])
    scale.append(["1/2 … 1/9", t("ahp_scale_inverse", "da"), t("ahp_scale_inverse", "en")])
    meta = book.create_sheet(META_SHEET)
    meta.append(["set", set_id])
    meta.append(["of", of])
    meta.append(["criterion", criterion or ""])
    meta.append(["items", *ids])
    meta.append(["questions", len(pairs)])
    meta.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    write_file_atomically(path, buffer.getvalue())
    return len(pairs)


def _answer(value: Any, where: str) -> str | None:
    """A cell's answer as scale text (``"3"``, ``"1/5"``), ``None`` if empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(f"{where}: {value!r} is not on Saaty's scale (9 … 1 … 1/9)")
    if isinstance(value, int | float):
        number = float(value)
        if number >= 1 and number == int(number) and number <= 9:
            return str(int(number))
        if 0 < number < 1:
            inverse = 1 / number
            if abs(inverse - round(inverse)) < 1e-3 * inverse and 2 <= round(inverse) <= 9:
                return f"1/{round(inverse)}"  # Excel stores =1/3 as 0.333…
        raise ValidationError(f"{where}: {value!r} is not on Saaty's scale (9 … 1 … 1/9)")
    text = str(value).strip().replace(" ", "")
    if text in SCALE_ANSWERS:
        return text
    raise ValidationError(f"{where}: {str(value)!r} is not on Saaty's scale (9 … 1 … 1/9)")


def read_form(path: str | Path) -> FilledForm:
    """Read one filled form; unknown layout or an off-scale answer is a one-line error."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    try:
        book = load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise DataFileError(f"{path}: no such file") from None
    except (BadZipFile, InvalidFileException, OSError, KeyError, ValueError):
        raise DataFileError(f"{path}: not an Excel workbook (.xlsx)") from None
    if META_SHEET not in book.sheetnames or QUESTIONS_SHEET not in book.sheetnames:
        raise DataFileError(
            f"{path}: not an mcda AHP form (no sheets {QUESTIONS_SHEET!r} and {META_SHEET!r})"
        )
    meta = {row[0]: row[1:] for row in book[META_SHEET].iter_rows(values_only=True) if row}
    try:
        set_id = str(meta["set"][0])
        of = str(meta["of"][0])
        criterion = str(meta["criterion"][0] or "") or None
        items = [str(i) for i in meta["items"] if i is not None]
        questions = int(str(meta["questions"][0]))
    except (KeyError, IndexError, TypeError, ValueError):
        raise DataFileError(f"{path}: sheet {META_SHEET!r} is damaged") from None
    sheet = book[QUESTIONS_SHEET]
    member = sheet["B4"].value
    member = str(member).strip() if member is not None and str(member).strip() else path.stem
    pairs = []
    for row in range(FIRST_ROW, FIRST_ROW + questions):
        a, b = sheet[f"B{row}"].value, sheet[f"C{row}"].value
        if a not in items or b not in items:
            raise DataFileError(
                f"{path}: sheet {QUESTIONS_SHEET!r} row {row}: the pair ({a}, {b}) was changed"
            )
        cell = f"{ANSWER_COLUMN}{row}"
        answer = _answer(sheet[cell].value, f"{path}: sheet {QUESTIONS_SHEET!r} cell {cell}")
        if answer is not None:
            pairs.append((str(a), str(b), answer))
    return FilledForm(path, set_id, of, criterion, member, tuple(pairs))


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def judgements_toml(forms: Sequence[FilledForm]) -> str:
    """``[[judgements]]`` tables, one per form (member), for a problem file."""
    if not forms:
        raise ValidationError("collect: no forms")
    members: dict[tuple[str, str], Path] = {}
    lines = ["# Pairwise judgements collected by `mcda ahp collect`; append to a problem file.", ""]
    for form in forms:
        key = (form.set_id + (form.criterion or ""), form.member)
        if key in members:
            raise ValidationError(
                f"{form.path}: member {form.member!r} also answered {members[key]} "
                "(write a different name in the form)"
            )
        members[key] = form.path
        if not form.pairs:
            raise ValidationError(f"{form.path}: no answers")
        lines.append("[[judgements]]")
        lines.append(f"id = {_toml_string(form.set_id)}")
        lines.append(f"of = {_toml_string(form.of)}")
        if form.criterion:
            lines.append(f"criterion = {_toml_string(form.criterion)}")
        lines.append(f"member = {_toml_string(form.member)}")
        lines.append("pairs = [")
        for a, b, answer in form.pairs:
            value = answer if "/" in answer else str(int(Fraction(answer)))
            shown = _toml_string(value) if "/" in value else value
            lines.append(f"  [{_toml_string(a)}, {_toml_string(b)}, {shown}],")
        lines.append("]")
        lines.append("")
    return "\n".join(lines)
