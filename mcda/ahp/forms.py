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
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from mcda import limits
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
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in member):
        raise ValidationError(f"--member: {member!r} holds control characters")
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
    for worksheet in book.worksheets:
        _inert_texts(worksheet)
    buffer = io.BytesIO()
    book.save(buffer)
    write_file_atomically(path, _reproducible(buffer.getvalue()))
    return len(pairs)


#: The date written into every form (its document properties and zip entries), so the
#: same template gives the same bytes on every run.
FORM_DATE = (2000, 1, 1, 0, 0, 0)


def _reproducible(workbook: bytes) -> bytes:
    """``workbook`` (xlsx bytes) with fixed dates: openpyxl stamps the time of saving."""
    import io
    import re
    import zipfile

    stamp = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*FORM_DATE)
    dates = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")
    source = zipfile.ZipFile(io.BytesIO(workbook))
    output = io.BytesIO()
    with source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "docProps/core.xml":
                data = dates.sub(rb"\g<1>" + stamp.encode() + rb"\g<3>", data)
            entry = zipfile.ZipInfo(info.filename, date_time=FORM_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, data)
    return output.getvalue()


def _inert_texts(sheet: Any) -> None:
    """Texts from the problem file as plain text cells: one starting with ``=`` stays
    text (not a formula Excel would run), control characters are shown escaped."""
    from mcda.safe_text import one_line

    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                text = one_line(cell.value)
                cell.value = text
                if text.startswith("="):
                    cell.data_type = "s"


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
        if 1 / 10 < number < 1:
            inverse = 1 / number
            if abs(inverse - round(inverse)) < 1e-3 * inverse and 2 <= round(inverse) <= 9:
                return f"1/{round(inverse)}"  # Excel stores =1/3 as 0.333…
        shown = f"{number:g}" if isinstance(value, float) else repr(value)[:30]
        raise ValidationError(f"{where}: {shown} is not on Saaty's scale (9 … 1 … 1/9)")
    text = str(value).strip().replace(" ", "")
    if text in SCALE_ANSWERS:
        return text
    shown = repr(str(value)) if len(str(value)) <= 40 else repr(str(value)[:37]) + "…"
    raise ValidationError(f"{where}: {shown} is not on Saaty's scale (9 … 1 … 1/9)")


def read_form(path: str | Path) -> FilledForm:
    """Read one filled form; unknown layout or an off-scale answer is a one-line error.

    The file is checked before it is opened (a regular file, at most
    :data:`~mcda.limits.MAX_FORM_BYTES`, unpacking to at most
    :data:`~mcda.limits.MAX_FORM_UNPACKED_BYTES`), its hidden ``mcda`` sheet is
    validated, and only the question rows it announces are read. An answer that is a
    formula without a computed value (a file written by a program, not saved by Excel)
    is an error rather than an unanswered question.
    """
    path = Path(path)
    raw = limits.read_bytes(path, limits.MAX_FORM_BYTES)
    values, formulas = _open_workbooks(path, raw)
    try:
        return _read_form(path, values, formulas)
    finally:
        values.close()
        formulas.close()


def _open_workbooks(path: Path, raw: bytes) -> tuple[Any, Any]:
    """The workbook twice, read-only: cached values, and formulas as written."""
    import io
    import zipfile

    from openpyxl import load_workbook

    not_excel = DataFileError(f"{path}: not an Excel workbook (.xlsx)")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise not_excel from None
    limit = limits.MAX_FORM_UNPACKED_BYTES
    if unpacked > limit:
        raise DataFileError(f"{path}: unpacks to {unpacked:,} bytes; the limit is {limit:,}")
    try:
        values = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        formulas = load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds on damaged parts
        raise not_excel from None
    return values, formulas


def _rows(sheet: Any, first: int, last: int, columns: int) -> list[tuple[Any, ...]]:
    """Rows ``first``..``last`` (1-based) of a read-only sheet, ``columns`` wide."""
    rows = [
        tuple(row) + (None,) * (columns - len(row))
        for row in sheet.iter_rows(min_row=first, max_row=last, max_col=columns, values_only=True)
    ]
    return rows + [(None,) * columns] * (last - first + 1 - len(rows))


def _read_form(path: Path, book: Any, formulas: Any) -> FilledForm:
    from mcda.problem_file import _ID  # the id pattern of problem files

    if META_SHEET not in book.sheetnames or QUESTIONS_SHEET not in book.sheetnames:
        raise DataFileError(
            f"{path}: not an mcda AHP form (no sheets {QUESTIONS_SHEET!r} and {META_SHEET!r})"
        )
    damaged = f"{path}: sheet {META_SHEET!r} is damaged"
    meta_rows = _rows(book[META_SHEET], 1, 5, limits.MAX_ALTERNATIVES + 1)
    meta = {row[0]: row[1:] for row in meta_rows if row[0] is not None}
    try:
        set_id = str(meta["set"][0])
        of = str(meta["of"][0])
        criterion = str(meta["criterion"][0] or "") or None
        items = [str(i) for i in meta["items"] if i is not None]
        questions = int(str(meta["questions"][0]))
    except (KeyError, IndexError, TypeError, ValueError):
        raise DataFileError(damaged) from None
    if not _ID.match(set_id):
        raise DataFileError(f"{damaged} (set {set_id[:40]!r} is not an id)")
    if of not in ("criteria", "alternatives") or (criterion is None) != (of == "criteria"):
        raise DataFileError(f"{damaged} (what is compared: {of[:40]!r}, {criterion!r})")
    if criterion is not None and not _ID.match(criterion):
        raise DataFileError(f"{damaged} (criterion {criterion[:40]!r} is not an id)")
    bad = [i for i in items if not _ID.match(i)]
    if bad or len(set(items)) != len(items) or len(items) < 2:
        raise DataFileError(f"{damaged} (items must be two or more distinct ids)")
    if questions != len(items) * (len(items) - 1) // 2:
        raise DataFileError(
            f"{damaged} ({questions} questions for {len(items)} items, expected "
            f"{len(items) * (len(items) - 1) // 2})"
        )
    limits.check_count(questions, limits.MAX_FORM_QUESTIONS, damaged, "questions")
    sheet = book[QUESTIONS_SHEET]
    last = FIRST_ROW + questions - 1
    member_cell = _rows(sheet, 4, 4, 2)[0][1]
    member = str(member_cell).strip() if member_cell is not None else ""
    member = member or path.stem
    rows = _rows(sheet, FIRST_ROW, last, 6)
    written = _rows(formulas[QUESTIONS_SHEET], FIRST_ROW, last, 6)
    pairs = []
    seen: set[frozenset[str]] = set()
    for row, cells, as_written in zip(range(FIRST_ROW, last + 1), rows, written, strict=True):
        a, b = cells[1], cells[2]
        if a not in items or b not in items or a == b or frozenset((a, b)) in seen:
            raise DataFileError(
                f"{path}: sheet {QUESTIONS_SHEET!r} row {row}: the pair ({str(a)[:40]}, "
                f"{str(b)[:40]}) was changed"
            )
        seen.add(frozenset((a, b)))
        cell = f"{ANSWER_COLUMN}{row}"
        where = f"{path}: sheet {QUESTIONS_SHEET!r} cell {cell}"
        value = cells[5]
        formula = as_written[5]
        if value is None and isinstance(formula, str) and formula.startswith("="):
            raise ValidationError(
                f"{where}: the formula {formula[:40]!r} has no computed value "
                "(type the answer, or open and save the file in Excel)"
            )
        answer = _answer(value, where)
        if answer is not None:
            pairs.append((str(a), str(b), answer))
    return FilledForm(path, set_id, of, criterion, member, tuple(pairs))


_TOML_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and every control character escaped."""
    escaped = "".join(
        _TOML_ESCAPES.get(c, f"\\u{ord(c):04x}" if ord(c) < 0x20 or ord(c) == 0x7F else c)
        for c in text
    )
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
    text = "\n".join(lines)
    tomllib.loads(text)  # never write what cannot be read back (a TOMLDecodeError is a bug)
    return text
