"""Excel forms for collecting swing weights from the directors, and reading them back.

:func:`write_swing_template` writes a workbook (beside the AHP form of
:mod:`mcda.ahp.forms`) that asks, per criterion, for the swing from its worst to its
best anchor — both anchors spelled out from the problem file (a rubric's lowest and
highest level, a numeric criterion's bounds with its unit) — to be *ranked* (1 = the
swing you would improve first) and *rated* (0–100, the top swing 100). A hidden sheet
``mcda`` records the problem id and the criterion ids.

:func:`read_swing_form` reads a filled form back. What the respondent filled decides
the method (Edwards & Barron 1994; von Winterfeldt & Edwards 1986): ranks and ratings
give SMART(S) weights, ratings alone SWING weights, ranks alone rank-order centroid
weights. Every bad cell is a one-line error naming the file, sheet and cell.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mcda import limits
from mcda.errors import DataFileError, ValidationError
from mcda.i18n import t
from mcda.model import Criterion, Lang, Problem
from mcda.output_set import write_file_atomically

__all__ = ["SwingForm", "read_swing_form", "weights_csv", "write_swing_template"]

SHEET = "Svingvægte - Swing weights"
META_SHEET = "mcda"
FIRST_ROW = 8
RANK_COLUMN = "E"
RATING_COLUMN = "F"


@dataclass(frozen=True)
class SwingForm:
    """One filled swing form: who answered, for which problem, what, and the weights.

    ``elicitation`` is ``"smart"``, ``"swing"`` or ``"roc"``; ``weights`` (criteria
    order, summing to 1) follow from ``ranks`` and/or ``ratings``.
    """

    path: Path
    problem_id: str
    member: str
    criteria: tuple[str, ...]
    ranks: dict[str, int] | None
    ratings: dict[str, float] | None
    elicitation: str
    weights: np.ndarray


def anchor_texts(criterion: Criterion, lang: Lang) -> tuple[str, str]:
    """The worst and the best end of a criterion's scale, in words."""
    anchors = criterion.anchors
    if criterion.scale == "rubric" and criterion.rubric:
        levels = sorted(criterion.rubric)
        low, high = criterion.rubric[levels[0]].get(lang), criterion.rubric[levels[-1]].get(lang)
        texts = (f"{levels[0]}: {low}", f"{levels[-1]}: {high}")
    elif anchors is not None:
        from mcda.formatting import format_plain

        name = criterion.unit_in(lang)
        unit = f" {name}" if name else ""
        texts = (
            f"{format_plain(anchors[0], lang)}{unit}",
            f"{format_plain(anchors[1], lang)}{unit}",
        )
    else:
        return (t("swing_form_worst_in_data", lang), t("swing_form_best_in_data", lang))
    worst, best = texts if criterion.direction.value == "max" else texts[::-1]
    return worst, best


def write_swing_template(problem: Problem, path: str | Path, *, member: str = "") -> int:
    """Write the swing form for ``problem``'s criteria; returns how many it asks about.
    Written atomically, with fixed dates (the same problem gives the same bytes)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    from mcda.ahp.forms import _inert_texts, _reproducible

    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in member):
        raise ValidationError(f"--member: {member!r} holds control characters")
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet["A1"] = f"{t('swing_form_title', 'da')} / {t('swing_form_title', 'en')}"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = f"{problem.title.da} / {problem.title.en}"
    sheet["A3"] = f"{t('ahp_form_name', 'da')} / {t('ahp_form_name', 'en')}:"
    sheet["B3"] = member or None
    sheet["A4"] = t("swing_form_instructions", "da")
    sheet["A5"] = t("swing_form_instructions", "en")
    headers = [
        f"{t('criterion', 'da')} / {t('criterion', 'en')}",
        "id",
        f"{t('swing_form_worst', 'da')} / {t('swing_form_worst', 'en')}",
        f"{t('swing_form_best', 'da')} / {t('swing_form_best', 'en')}",
        f"{t('swing_form_rank', 'da')} / {t('swing_form_rank', 'en')}",
        f"{t('swing_form_rating', 'da')} / {t('swing_form_rating', 'en')}",
    ]
    for column, header in enumerate(headers, start=1):
        sheet.cell(row=FIRST_ROW - 1, column=column, value=header).font = Font(bold=True)
    n = len(problem.criteria)
    rank_check = DataValidation(type="whole", operator="between", formula1="1",
                                formula2=str(n), allow_blank=True)  # fmt: skip
    rating_check = DataValidation(type="decimal", operator="between", formula1="0",
                                  formula2="100", allow_blank=True)  # fmt: skip
    sheet.add_data_validation(rank_check)
    sheet.add_data_validation(rating_check)
    for offset, criterion in enumerate(problem.criteria):
        row = FIRST_ROW + offset
        worst = " / ".join(anchor_texts(criterion, lang)[0] for lang in ("da", "en"))
        best = " / ".join(anchor_texts(criterion, lang)[1] for lang in ("da", "en"))
        label = f"{criterion.label.da} / {criterion.label.en}"
        for column, value in enumerate((label, criterion.id, worst, best), start=1):
            sheet.cell(row=row, column=column, value=value).alignment = Alignment(wrap_text=True)
        rank_check.add(f"{RANK_COLUMN}{row}")
        rating_check.add(f"{RATING_COLUMN}{row}")
    for letter, width in zip("ABCDEF", (34, 18, 48, 48, 14, 16), strict=True):
        sheet.column_dimensions[letter].width = width
    meta = book.create_sheet(META_SHEET)
    meta.append(["kind", "swing"])
    meta.append(["problem", problem.id])
    meta.append(["criteria", *problem.criterion_ids])
    meta.sheet_state = "hidden"
    for worksheet in book.worksheets:
        _inert_texts(worksheet)
    buffer = io.BytesIO()
    book.save(buffer)
    write_file_atomically(path, _reproducible(buffer.getvalue()))
    return n


def _number(value: Any, where: str, kind: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(f"{where}: {value!r} is not a {kind}")
    try:
        number = (
            float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)
        )
    except ValueError:
        shown = repr(str(value)[:40])
        raise ValidationError(f"{where}: {shown} is not a {kind}") from None
    if not np.isfinite(number) or abs(number) > limits.MAX_MAGNITUDE:
        raise ValidationError(f"{where}: {value!r} is not a {kind}")
    return number


def read_swing_form(path: str | Path) -> SwingForm:
    """Read one filled swing form (checked as the AHP forms are: size, unpacked size,
    read-only); an empty form, a rank that is not a whole number 1…n, or a rating
    outside 0…100 is a one-line error naming the cell."""
    from mcda.ahp.forms import _open_workbooks, _rows
    from mcda.problem_file import _ID
    from mcda.weights import rank_order_centroid, smart_weights, swing_weights

    path = Path(path)
    raw = limits.read_bytes(path, limits.MAX_FORM_BYTES)
    book, formulas = _open_workbooks(path, raw)
    try:
        if META_SHEET not in book.sheetnames or SHEET not in book.sheetnames:
            raise DataFileError(f"{path}: not an mcda swing form (no sheet {SHEET!r})")
        meta = {row[0]: row[1:] for row in _rows(book[META_SHEET], 1, 3,
                                                  limits.MAX_CRITERIA + 1) if row[0]}  # fmt: skip
        try:
            kind = str(meta["kind"][0])
            problem_id = str(meta["problem"][0])
            criteria = tuple(str(c) for c in meta["criteria"] if c is not None)
        except (KeyError, IndexError, TypeError):
            raise DataFileError(f"{path}: sheet {META_SHEET!r} is damaged") from None
        if (
            kind != "swing"
            or not _ID.match(problem_id)
            or not criteria
            or not all(_ID.match(c) for c in criteria)
        ):
            raise DataFileError(f"{path}: sheet {META_SHEET!r} is damaged")
        sheet = book[SHEET]
        member_cell = _rows(sheet, 3, 3, 2)[0][1]
        member = str(member_cell).strip() if member_cell is not None else ""
        if not member:
            member = path.stem
        rows = _rows(sheet, FIRST_ROW, FIRST_ROW + len(criteria) - 1, 6)
        ranks: dict[str, int] = {}
        ratings: dict[str, float] = {}
        for offset, (criterion, row) in enumerate(zip(criteria, rows, strict=True)):
            number = FIRST_ROW + offset
            if row[1] is not None and str(row[1]) != criterion:
                raise DataFileError(f"{path}: {SHEET}!B{number}: the criteria rows were changed")
            rank = _number(row[4], f"{path}: {SHEET}!{RANK_COLUMN}{number}", "rank (1, 2, …)")
            rating = _number(row[5], f"{path}: {SHEET}!{RATING_COLUMN}{number}", "rating 0–100")
            if rank is not None:
                if rank != int(rank) or not 1 <= rank <= len(criteria):
                    raise ValidationError(
                        f"{path}: {SHEET}!{RANK_COLUMN}{number}: {rank:g} is not a rank "
                        f"1–{len(criteria)}"
                    )
                ranks[criterion] = int(rank)
            if rating is not None:
                if not 0 <= rating <= 100:
                    raise ValidationError(
                        f"{path}: {SHEET}!{RATING_COLUMN}{number}: {rating:g} is outside 0–100"
                    )
                ratings[criterion] = rating
    finally:
        book.close()
        formulas.close()
    for name, found in (("ranks", ranks), ("ratings", ratings)):
        if found and len(found) != len(criteria):
            missing = ", ".join(c for c in criteria if c not in found)
            raise ValidationError(f"{path}: {name}: missing for {missing} (fill all or none)")
    try:
        if ranks and ratings:
            weights, elicitation = smart_weights(ranks, ratings), "smart"
        elif ratings:
            weights, elicitation = swing_weights(ratings), "swing"
        elif ranks:
            weights, elicitation = rank_order_centroid(ranks), "roc"
        else:
            raise ValidationError(f"{path}: the form is empty (no ranks and no ratings)")
    except ValidationError as error:
        text = str(error)
        raise ValidationError(text if text.startswith(str(path)) else f"{path}: {text}") from None
    vector = np.array([float(weights[c]) for c in criteria])
    return SwingForm(
        path, problem_id, member, criteria, ranks or None, ratings or None, elicitation, vector
    )


def weights_csv(forms: Sequence[SwingForm]) -> str:
    """The directors' weights as CSV: ``member,method,<criterion>…`` (one row each),
    the file ``mcda group`` and the what-if page read."""
    import csv

    from mcda.safe_text import spreadsheet_cell

    if not forms:
        raise ValidationError("forms: none given")
    criteria = forms[0].criteria
    for form in forms[1:]:
        if form.criteria != criteria or form.problem_id != forms[0].problem_id:
            raise ValidationError(
                f"{form.path}: made for {form.problem_id!r}, not {forms[0].problem_id!r}"
            )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["member", "method", *criteria])
    for form in forms:
        writer.writerow(
            [spreadsheet_cell(form.member), form.elicitation, *(f"{w:.6f}" for w in form.weights)]
        )
    return buffer.getvalue()
