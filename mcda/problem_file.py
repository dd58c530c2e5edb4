"""Read a decision problem from a TOML file and validate it strictly.

The format is documented, with a complete example, in ``criteria/README.md``. Every
error is a :class:`~mcda.errors.McdaError` whose message is one line naming the file,
the dotted field and what is wrong.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from mcda import limits
from mcda.collect import ErrorCollector
from mcda.errors import DataFileError, ValidationError, located
from mcda.model import (
    Alternative,
    Constraint,
    Criterion,
    Direction,
    Evidence,
    Family,
    JudgementSet,
    Lang,
    Problem,
    Recommendation,
    Score,
    Source,
    Text,
    WeightProfile,
)
from mcda.tabular import TABLE_SUFFIXES, read_table

__all__ = ["load_problem", "parse_problem", "quote_occurs"]

LANGUAGES: tuple[Lang, ...] = ("da", "en")

T = TypeVar("T")

#: An id: a letter, then letters, digits, ``_`` or ``-``; at most 64 characters in all.
_ID = re.compile(r"[A-Za-z][A-Za-z0-9_\-]{0,63}\Z")
_BARE_KEY = re.compile(r"[A-Za-z0-9_\-]{1,64}\Z")
_TOP_KEYS = {
    "problem",
    "sources",
    "alternatives",
    "criteria",
    "scores",
    "profiles",
    "constraints",
    "recommendation",
    "judgements",
    "families",
    "methods",
}
_EVIDENCE_KEYS = {"quote", "section", "gloss", "source"}
#: ``[problem] evidence``: whether every score needs a quote or an assumption.
_EVIDENCE_POLICIES = ("required", "optional")


def load_problem(path: str | Path) -> Problem:
    """Read and validate the decision problem in the TOML file at ``path``.

    Raises :class:`~mcda.errors.DataFileError` when the file cannot be read or parsed
    and :class:`~mcda.errors.ValidationError` when it is not a valid problem (listing
    every error found, up to :data:`mcda.collect.MAX_ERRORS`, one line each).
    A ``.csv``, ``.tsv`` or ``.xlsx`` file is read as a table (see :mod:`mcda.tabular`).
    """
    path = Path(path)
    if path.suffix.lower() in TABLE_SUFFIXES:
        return read_table(path)
    raw = limits.read_bytes(path, limits.MAX_PROBLEM_BYTES)
    if not raw.strip():
        raise DataFileError(f"{path}: the file is empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DataFileError(f"{path}: not UTF-8 text") from None
    limits.check_toml_text(text, str(path))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(f"{path}: malformed TOML ({error})") from None
    except RecursionError:  # pragma: no cover - check_toml_text bounds the nesting
        raise DataFileError(f"{path}: nested too deeply") from None
    return parse_problem(data, path=path)


def parse_problem(data: Mapping[str, Any], *, path: Path | None = None) -> Problem:
    """Build a :class:`~mcda.model.Problem` from the parsed TOML mapping ``data``.

    ``path`` is used in error messages and to resolve source documents.
    """
    return _Parser(path).problem(data)


def quote_occurs(quote: str, text: str) -> bool:
    """Whether ``quote`` occurs in ``text``, ignoring differences in whitespace.

    An ellipsis (``…``) in the quote stands for omitted text: the parts around it must
    occur in this order.
    """
    haystack = _squash(text)
    position = 0
    for fragment in quote.split("…"):
        fragment = _squash(fragment)
        if not fragment:
            continue
        found = haystack.find(fragment, position)
        if found < 0:
            return False
        position = found + len(fragment)
    return True


def _squash(text: str) -> str:
    return " ".join(text.split())


class _Parser:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.where = str(path) if path is not None else "<problem>"
        self.source_texts: dict[str, str | None] = {}
        self.errors = ErrorCollector()
        self.untranslated: list[tuple[str, Lang]] = []
        self.evidence_required = False

    # -- primitives -------------------------------------------------------------------
    def fail(self, field: str, reason: str) -> ValidationError:
        return ValidationError(located(self.where, field, reason))

    def table(self, value: Any, field: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(field, f"must be a table, got {_kind(value)}")
        return value

    def array(self, value: Any, field: str, limit: int = limits.MAX_ITEMS) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(field, f"must be an array, got {_kind(value)}")
        if len(value) > limit:
            raise self.fail(field, f"{len(value):,} entries; the limit is {limit:,}")
        return value

    def keys(self, table: Mapping[str, Any], field: str, allowed: set[str]) -> None:
        unknown = [k for k in table if k not in allowed]
        if unknown:
            where = f"{field}.{_key(unknown[0])}" if field else _key(unknown[0])
            raise self.fail(where, f"unknown field (allowed: {', '.join(sorted(allowed))})")

    def string(self, table: Mapping[str, Any], key: str, field: str) -> str:
        if key not in table:
            raise self.fail(f"{field}.{key}" if field else key, "missing")
        value = table[key]
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{field}.{key}", f"must be a non-empty string, got {_kind(value)}")
        return value

    def optional_string(self, table: Mapping[str, Any], key: str, field: str) -> str | None:
        return self.string(table, key, field) if key in table else None

    def identifier(self, table: Mapping[str, Any], field: str) -> str:
        value = self.string(table, "id", field)
        if not _ID.match(value):
            raise self.fail(
                f"{field}.id",
                f"{value!r} is not an id (letters, digits, '_' or '-', starting with a letter)",
            )
        return value

    def number(self, value: Any, field: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(field, f"must be a number, got {_kind(value)} {_shown(value)}")
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            raise self.fail(field, f"must be finite, got {_shown(value)}")
        if abs(number) > limits.MAX_MAGNITUDE:
            raise self.fail(field, f"{number:g} is beyond ±{limits.MAX_MAGNITUDE:g}")
        return number

    def required_text(self, table: Mapping[str, Any], key: str, field: str) -> Text:
        """A text as ``{da = "...", en = "..."}``, one string for both languages, or a
        table with one of them (the other falls back to it; :attr:`Problem.untranslated`
        records which)."""
        name = f"{field}.{key}" if field else key
        if key not in table:
            raise self.fail(name, "missing (a string, or a table with 'da' and/or 'en')")
        if isinstance(table[key], str):
            text = self.string(table, key, field)
            return Text(text, text)
        return self.text_table(table[key], name)

    def text_table(self, value: Any, name: str) -> Text:
        """``{da = ..., en = ...}`` with at least one language."""
        texts = self.table(value, name)
        self.keys(texts, name, {"da", "en"})
        if not texts:
            raise self.fail(name, "is empty (give 'da' and/or 'en')")
        given = {lang: self.string(texts, lang, name) for lang in LANGUAGES if lang in texts}
        for lang in LANGUAGES:
            if lang not in given:
                self.untranslated.append((name, lang))
        return Text(given.get("da", given.get("en", "")), given.get("en", given.get("da", "")))

    def optional_text(self, table: Mapping[str, Any], key: str, field: str) -> Text | None:
        """An optional text: ``{da = ..., en = ...}`` or one string for both languages."""
        if key not in table:
            return None
        return self.required_text(table, key, field)

    def unique(self, ids: list[str], field: str) -> None:
        seen: set[str] = set()
        for index, item in enumerate(ids):
            if item in seen:
                raise self.fail(f"{field}[{index}].id", f"duplicate id {item!r}")
            seen.add(item)

    # -- sections ---------------------------------------------------------------------
    def problem(self, data: Mapping[str, Any]) -> Problem:
        if not data:
            raise DataFileError(f"{self.where}: the file holds no decision problem")
        # Each section (and each score) that fails is recorded and reading goes on, so
        # one run reports every error; sections that others depend on stop it early.
        run = self.errors.run
        run(lambda: self.keys(data, "", _TOP_KEYS))
        head = self.table(data.get("problem", None) or self._missing("problem"), "problem")
        run(
            lambda: self.keys(
                head,
                "problem",
                {"id", "title", "description", "default_profile", "normalization", "evidence"},
            )
        )
        problem_id = run(lambda: self.identifier(head, "problem"))
        title = run(lambda: self.required_text(head, "title", "problem"))
        description = run(lambda: self.optional_text(head, "description", "problem"))
        run(lambda: self.evidence_policy(head))

        sources = run(lambda: self.sources(data.get("sources", [])))
        alternatives = run(
            lambda: self.alternatives(data.get("alternatives") or self._missing("alternatives"))
        )
        criteria = run(lambda: self.criteria(data.get("criteria") or self._missing("criteria")))
        if alternatives is None or criteria is None:
            self.errors.check()
            raise RuntimeError("unreachable: a failed section always records its error")
        normalization = run(lambda: self.normalization(head, criteria))
        families = run(lambda: self.families(data.get("families", []), alternatives))
        constraints = run(
            lambda: self.constraints(data.get("constraints", []), alternatives, criteria)
        )
        screened_by_requirement = {
            alt for constraint in constraints or () for alt in constraint.fails
        }
        scores = run(
            lambda: self.scores(
                data.get("scores", {}), alternatives, criteria, screened_by_requirement
            )
        )
        profiles = run(lambda: self.profiles(data.get("profiles", []), criteria))
        default_profile = run(lambda: self.optional_string(head, "default_profile", "problem"))
        if (
            profiles is not None
            and default_profile is not None
            and default_profile not in {p.id for p in profiles}
        ):
            self.errors.add(self.fail("problem.default_profile", f"no profile {default_profile!r}"))
        recommendation = (
            run(lambda: self.recommendation(data["recommendation"], alternatives, families or ()))
            if "recommendation" in data
            else None
        )
        judgements = run(
            lambda: self.judgements(data.get("judgements", []), alternatives, criteria)
        )
        method_params = run(lambda: self.method_params(data.get("methods", {})))
        self.errors.check()
        if recommendation is not None and recommendation.priorities is not None:
            sets = {j.id for j in _present(judgements) if j.of == "criteria"}
            if recommendation.priorities not in sets:
                raise self.fail(
                    "recommendation.priorities",
                    f"no judgement set of criteria {recommendation.priorities!r} "
                    f"(sets: {', '.join(sorted(sets)) or 'none'})",
                )
        return Problem(
            id=_present(problem_id),
            title=_present(title),
            description=description,
            alternatives=alternatives,
            criteria=criteria,
            scores=MappingProxyType(_present(scores)),
            profiles=_present(profiles),
            constraints=_present(constraints),
            recommendation=recommendation,
            sources=_present(sources),
            default_profile=default_profile,
            path=self.path,
            judgements=_present(judgements),
            normalization=_present(normalization),
            families=_present(families),
            evidence_required=self.evidence_required,
            untranslated=tuple(self.untranslated),
            method_params=MappingProxyType(_present(method_params)),
        )

    def method_params(self, value: Any) -> dict[str, Mapping[str, Any]]:
        """``[methods.NAME]`` tables: a registered method's parameters (names checked
        here, values when the method runs), e.g. ``[methods.vikor] v = 0.6``."""
        from mcda.methods import GENERIC_METHODS, METHODS

        params: dict[str, Mapping[str, Any]] = {}
        for name, table in self.table(value, "methods").items():
            field = f"methods.{name}"
            if name not in METHODS and name not in GENERIC_METHODS:
                raise self.fail(field, f"unknown method {name!r}")
            table = self.table(table, field)
            allowed = set(METHODS[name].parameters) if name in METHODS else set()
            unknown = [key for key in table if key not in allowed]
            if unknown:
                listed = ", ".join(sorted(allowed)) or "none"
                raise self.fail(
                    f"{field}.{unknown[0]}", f"unknown parameter (parameters: {listed})"
                )
            params[name] = MappingProxyType(dict(table))
        return params

    def evidence_policy(self, head: Mapping[str, Any]) -> None:
        """``evidence = "required"``: every score needs a quote or an explicit assumption."""
        policy = head.get("evidence", "optional")
        if policy not in _EVIDENCE_POLICIES:
            raise self.fail("problem.evidence", f"{policy!r} is not 'required' or 'optional'")
        self.evidence_required = policy == "required"

    def _missing(self, field: str) -> Any:
        raise self.fail(field, "missing")

    def sources(self, value: Any) -> tuple[Source, ...]:
        sources = []
        for index, item in enumerate(self.array(value, "sources")):
            field = f"sources[{index}]"
            item = self.table(item, field)
            self.keys(item, field, {"id", "title", "path", "lang"})
            source_id = self.identifier(item, field)
            title = self.string(item, "title", field)
            lang = self.optional_string(item, "lang", field)
            if lang is not None and lang not in ("da", "en"):
                raise self.fail(f"{field}.lang", f"{lang!r} is not 'da' or 'en'")
            relative = self.optional_string(item, "path", field)
            path = None
            text = None
            if relative is not None:
                path, text = self.source_document(relative, f"{field}.path")
            self.source_texts[source_id] = text
            sources.append(Source(source_id, title, path, lang))  # type: ignore[arg-type]
        self.unique([s.id for s in sources], "sources")
        return tuple(sources)

    def source_document(self, relative: str, field: str) -> tuple[Path, str]:
        """The source at ``relative`` (to the problem's folder) and its text.

        Only regular files inside the problem's folder are read (no absolute path, no
        ``..`` or symbolic link out of it, no device), at most
        :data:`~mcda.limits.MAX_SOURCE_BYTES` of them: a problem file cannot make mcda
        read, or confirm quotes from, any other file on the machine.
        """
        base = (self.path.parent if self.path is not None else Path.cwd()).resolve()
        given = Path(relative)
        if given.is_absolute() or given.drive or "\0" in relative:
            raise self.fail(field, f"{_shown(relative)} must be relative to the problem's folder")
        path = (base / given).resolve()
        if not path.is_relative_to(base):
            raise self.fail(field, f"{_shown(relative)} points outside the problem's folder")
        try:
            raw = limits.read_bytes(path, limits.MAX_SOURCE_BYTES, what="source")
        except DataFileError as error:
            reason = str(error).removeprefix(f"{path}: ")
            raise DataFileError(
                located(self.where, field, f"cannot read source {_shown(relative)} ({reason})")
            ) from None
        try:
            return path, raw.decode("utf-8")
        except UnicodeDecodeError:
            raise DataFileError(
                located(self.where, field, f"source {_shown(relative)} is not UTF-8 text")
            ) from None

    def alternatives(self, value: Any) -> tuple[Alternative, ...]:
        alternatives = []
        for index, item in enumerate(
            self.array(value, "alternatives", limits.MAX_ALTERNATIVES)
        ):
            field = f"alternatives[{index}]"
            item = self.table(item, field)
            self.keys(item, field, {"id", "label", "description"})
            label = self.required_text(item, "label", field)
            alternatives.append(
                Alternative(
                    self.identifier(item, field),
                    label,
                    self.optional_text(item, "description", field),
                )
            )
        self.unique([a.id for a in alternatives], "alternatives")
        return tuple(alternatives)

    def criteria(self, value: Any) -> tuple[Criterion, ...]:
        criteria = []
        allowed = {
            "id",
            "label",
            "direction",
            "scale",
            "unit",
            "rubric",
            "bounds",
            "bounds_reason",
            "values",
            "description",
            "distinct_from",
        }
        for index, item in enumerate(self.array(value, "criteria", limits.MAX_CRITERIA)):
            field = f"criteria[{index}]"
            item = self.table(item, field)
            self.keys(item, field, allowed)
            criterion_id = self.identifier(item, field)
            label = self.required_text(item, "label", field)
            direction_name = self.string(item, "direction", field)
            try:
                direction = Direction(direction_name)
            except ValueError:
                raise self.fail(
                    f"{field}.direction", f"{direction_name!r} is not 'max' or 'min'"
                ) from None
            rubric = self.rubric(item.get("rubric"), f"{field}.rubric")
            scale = item.get("scale", "rubric" if rubric and "unit" not in item else "numeric")
            if scale not in ("numeric", "rubric"):
                raise self.fail(f"{field}.scale", f"{scale!r} is not 'numeric' or 'rubric'")
            if scale == "rubric" and not rubric:
                raise self.fail(f"{field}.rubric", "missing (a rubric scale needs its levels)")
            unit_text = self.optional_text(item, "unit", field)
            unit = None if unit_text is None else unit_text.en
            if scale == "numeric" and unit is None:
                raise self.fail(f"{field}.unit", "missing (a numeric criterion needs a unit)")
            bounds = None
            if "bounds" in item:
                pair = self.array(item["bounds"], f"{field}.bounds")
                if len(pair) != 2:
                    raise self.fail(f"{field}.bounds", "must be [low, high]")
                low, high = (self.number(v, f"{field}.bounds") for v in pair)
                if low >= high:
                    raise self.fail(f"{field}.bounds", f"low {low:g} is not below high {high:g}")
                bounds = (low, high)
            bounds_reason = self.optional_text(item, "bounds_reason", field)
            if bounds_reason is not None and bounds is None:
                raise self.fail(f"{field}.bounds_reason", "given without 'bounds'")
            criterion = Criterion(
                id=criterion_id,
                label=label,
                direction=direction,
                scale=scale,
                unit=unit,
                unit_text=unit_text,
                rubric=MappingProxyType(rubric),
                bounds=bounds,
                description=self.optional_text(item, "description", field),
                bounds_reason=bounds_reason,
            )
            if "values" in item:
                criterion = self.value_points(item["values"], criterion, f"{field}.values")
            criteria.append(criterion)
        self.unique([c.id for c in criteria], "criteria")
        return tuple(self.distinct_from(value, criteria))

    def distinct_from(self, value: list[Any], criteria: list[Criterion]) -> list[Criterion]:
        """``distinct_from = { other = reason }``: why two criteria whose scores move
        together measure different things (the diagnostics report it, not warn)."""
        from dataclasses import replace

        ids = {c.id for c in criteria}
        out = []
        for index, (item, criterion) in enumerate(zip(value, criteria, strict=True)):
            if "distinct_from" not in item:
                out.append(criterion)
                continue
            field = f"criteria[{index}].distinct_from"
            reasons = {}
            for other in self.table(item["distinct_from"], field):
                if other not in ids or other == criterion.id:
                    raise self.fail(f"{field}.{other}", f"not another criterion: {other!r}")
                text = self.optional_text(item["distinct_from"], other, field)
                if text is None:  # pragma: no cover - the key is present
                    raise self.fail(f"{field}.{other}", "missing")
                reasons[other] = text
            out.append(replace(criterion, distinct_from=MappingProxyType(reasons)))
        return out

    def value_points(self, value: Any, criterion: Criterion, field: str) -> Criterion:
        """``values``: a piecewise-linear value function through ``[[x, v], …]`` (or, on a
        rubric, ``{level = v, …}``) spanning the criterion's anchors exactly."""
        from dataclasses import replace

        from mcda.values import ValueFunction

        if isinstance(value, Mapping):
            if criterion.scale != "rubric":
                raise self.fail(
                    field, "a table {level = value} needs a rubric scale; give [[x, v], …]"
                )
            pairs = []
            for key, v in value.items():
                try:
                    level = int(key)
                except ValueError:
                    raise self.fail(f"{field}.{key}", "must be a rubric level") from None
                if level not in criterion.rubric:
                    raise self.fail(
                        f"{field}.{key}", f"{key} is not a rubric level ({_levels(criterion)})"
                    )
                pairs.append((float(level), self.number(v, f"{field}.{key}")))
            pairs.sort()
        else:
            pairs = []
            for index, point in enumerate(self.array(value, field)):
                point = self.array(point, f"{field}[{index}]")
                if len(point) != 2:
                    raise self.fail(f"{field}[{index}]", "must be [x, value]")
                x, v = (self.number(p, f"{field}[{index}]") for p in point)
                pairs.append((x, v))
        anchors = criterion.anchors
        if anchors is None:
            anchors = (pairs[0][0], pairs[-1][0]) if pairs else None
            if anchors is not None:
                raise self.fail(
                    f"{field}", "a numeric criterion with a value function needs 'bounds' "
                    "(its anchors) and 'bounds_reason'"
                )
        if pairs and (pairs[0][0], pairs[-1][0]) != anchors:
            low, high = anchors  # type: ignore[misc]
            raise self.fail(
                field, f"the points must run from anchor {low:g} to anchor {high:g}, "
                f"got {pairs[0][0]:g} to {pairs[-1][0]:g}"
            )
        try:
            ValueFunction.piecewise(pairs, criterion.direction, field="values")
        except ValidationError as error:
            raise self.fail(field, str(error).removeprefix("values: ")) from None
        return replace(criterion, value_points=tuple(pairs))

    def normalization(self, head: Mapping[str, Any], criteria: tuple[Criterion, ...]) -> Any:
        """``[problem] normalization``: anchored needs every criterion's anchors (a numeric
        criterion's bounds with their reason)."""
        from mcda.methods.topsis import NORMALIZATIONS

        if "normalization" not in head:
            return "vector"
        name = self.string(head, "normalization", "problem")
        if name not in NORMALIZATIONS:
            raise self.fail(
                "problem.normalization", f"{name!r} is not one of {', '.join(NORMALIZATIONS)}"
            )
        if name == "anchored":
            for index, criterion in enumerate(criteria):
                if criterion.scale == "rubric":
                    continue
                if criterion.bounds is None:
                    raise self.fail(
                        f"criteria[{index}].bounds",
                        "missing (anchored scales need the plausible range [low, high] of "
                        "a numeric criterion)",
                    )
                if criterion.bounds_reason is None:
                    raise self.fail(
                        f"criteria[{index}].bounds_reason",
                        "missing (say why the bounds are the plausible range: they anchor "
                        "the weights)",
                    )
        return name

    def families(
        self, value: Any, alternatives: tuple[Alternative, ...]
    ) -> tuple[Family, ...]:
        ids = {a.id for a in alternatives}
        families = []
        member_of: dict[str, str] = {}
        for index, item in enumerate(self.array(value, "families")):
            field = f"families[{index}]"
            item = self.table(item, field)
            self.keys(item, field, {"id", "label", "members", "description"})
            family_id = self.identifier(item, field)
            if family_id in ids:
                raise self.fail(f"{field}.id", f"{family_id!r} is already an alternative's id")
            label = self.required_text(item, "label", field)
            members = self.array(item.get("members") or self._missing(f"{field}.members"),
                                 f"{field}.members")
            if len(members) < 2:
                raise self.fail(f"{field}.members", "a family needs at least two members")
            for position, member in enumerate(members):
                name = f"{field}.members[{position}]"
                if not isinstance(member, str) or member not in ids:
                    raise self.fail(name, f"unknown alternative {member!r}")
                if member in member_of:
                    raise self.fail(name, f"{member!r} is already in family {member_of[member]!r}")
                member_of[member] = family_id
            families.append(
                Family(
                    family_id,
                    label,
                    tuple(members),
                    self.optional_text(item, "description", field),
                )
            )
        self.unique([f.id for f in families], "families")
        return tuple(families)

    def rubric(self, value: Any, field: str) -> dict[int, Text]:
        if value is None:
            return {}
        levels: dict[int, Text] = {}
        for key, description in self.table(value, field).items():
            name = f"{field}.{_key(key)}"
            if not re.fullmatch(r"-?[0-9]{1,6}", key):
                raise self.fail(name, "rubric levels must be whole numbers (at most 6 digits)")
            level = int(key)
            levels[level] = self.text_table(description, name)
        return dict(sorted(levels.items()))

    def evidence_list(self, table: Mapping[str, Any], field: str) -> tuple[Evidence, ...]:
        """Evidence given flat (quote, section, …) or as an array ``evidence = [...]``."""
        flat = _EVIDENCE_KEYS & set(table)
        if "evidence" in table:
            if flat:
                raise self.fail(
                    f"{field}.{sorted(flat)[0]}",
                    "give evidence either flat or as 'evidence = [...]', not both",
                )
            items = self.array(table["evidence"], f"{field}.evidence")
            if not items:
                raise self.fail(f"{field}.evidence", "is empty")
            return tuple(
                self.evidence(self.table(item, f"{field}.evidence[{i}]"), f"{field}.evidence[{i}]")
                for i, item in enumerate(items)
            )
        if flat:
            return (self.evidence(table, field),)
        return ()

    def evidence(self, table: Mapping[str, Any], field: str) -> Evidence:
        quote = self.string(table, "quote", field)
        section = self.string(table, "section", field)
        gloss = self.optional_string(table, "gloss", field)
        source = self.optional_string(table, "source", field)
        self.check_quote(quote, source, field)
        return Evidence(quote=quote, section=section, gloss=gloss, source=source)

    def check_quote(self, quote: str, source: str | None, field: str) -> None:
        if source is None:
            if len(self.source_texts) > 1:
                raise self.fail(f"{field}.source", "missing (the file declares several sources)")
            if not self.source_texts:
                return
            source = next(iter(self.source_texts))
        if source not in self.source_texts:
            raise self.fail(f"{field}.source", f"no source {source!r} in [[sources]]")
        text = self.source_texts[source]
        if text is not None and not quote_occurs(quote, text):
            shown = quote if len(quote) <= 60 else quote[:57] + "..."
            raise self.fail(f"{field}.quote", f"{shown!r} does not occur in source {source!r}")

    def constraints(
        self,
        value: Any,
        alternatives: tuple[Alternative, ...],
        criteria: tuple[Criterion, ...],
    ) -> tuple[Constraint, ...]:
        alternative_ids = {a.id for a in alternatives}
        criterion_ids = {c.id for c in criteria}
        constraints = []
        for index, item in enumerate(self.array(value, "constraints")):
            field = f"constraints[{index}]"
            item = self.table(item, field)
            self.keys(
                item,
                field,
                {"id", "label", "criterion", "min", "max", "fails", "stated_by", "description"}
                | _EVIDENCE_KEYS
                | {"evidence"},
            )
            constraint_id = self.identifier(item, field)
            label = self.required_text(item, "label", field)
            stated_by = self.optional_string(item, "stated_by", field)
            stated_evidence = self.evidence_list(item, field)
            if stated_by is not None and not stated_evidence:
                raise self.fail(field, "a stated requirement needs its evidence (quote, section)")
            criterion = self.optional_string(item, "criterion", field)
            minimum = self.number(item["min"], f"{field}.min") if "min" in item else None
            maximum = self.number(item["max"], f"{field}.max") if "max" in item else None
            fails: dict[str, tuple[Evidence, ...]] = {}
            if criterion is not None:
                if criterion not in criterion_ids:
                    raise self.fail(f"{field}.criterion", f"unknown criterion {criterion!r}")
                if minimum is None and maximum is None:
                    raise self.fail(field, "a threshold constraint needs 'min' or 'max'")
                if "fails" in item:
                    raise self.fail(f"{field}.fails", "a threshold constraint lists no 'fails'")
            else:
                if minimum is not None or maximum is not None:
                    raise self.fail(f"{field}.criterion", "missing (needed with 'min'/'max')")
                if "fails" not in item and stated_by is None:
                    self._missing(f"{field}.fails")
                failing = self.table(item.get("fails", {}), f"{field}.fails")
                for alternative, evidence in failing.items():
                    name = f"{field}.fails.{_key(alternative)}"
                    if alternative not in alternative_ids:
                        raise self.fail(name, f"unknown alternative {alternative!r}")
                    evidence_table = self.table(evidence, name)
                    self.keys(evidence_table, name, _EVIDENCE_KEYS | {"evidence"})
                    found = self.evidence_list(evidence_table, name)
                    if not found and self.evidence_required:
                        raise self.fail(name, "needs evidence (quote and section)")
                    fails[alternative] = found
            constraints.append(
                Constraint(
                    constraint_id,
                    label,
                    criterion=criterion,
                    minimum=minimum,
                    maximum=maximum,
                    fails=MappingProxyType(fails),
                    stated_by=stated_by,
                    evidence=stated_evidence,
                )
            )
        self.unique([c.id for c in constraints], "constraints")
        return tuple(constraints)

    def scores(
        self,
        value: Any,
        alternatives: tuple[Alternative, ...],
        criteria: tuple[Criterion, ...],
        may_lack_scores: set[str],
    ) -> dict[str, Mapping[str, Score]]:
        table = self.table(value, "scores")
        alternative_ids = [a.id for a in alternatives]
        for alternative in table:
            if alternative not in alternative_ids:
                raise self.fail(
                    f"scores.{_key(alternative)}", f"unknown alternative {_shown(alternative)}"
                )
        scores: dict[str, Mapping[str, Score]] = {}
        for alternative in alternative_ids:
            if alternative not in table:
                if alternative in may_lack_scores:
                    continue
                raise self.fail(f"scores.{alternative}", "missing (every criterion needs a score)")
            row = self.table(table[alternative], f"scores.{alternative}")
            for criterion_id in row:
                if criterion_id not in {c.id for c in criteria}:
                    raise self.fail(
                        f"scores.{alternative}.{_key(criterion_id)}",
                        f"unknown criterion {_shown(criterion_id)}",
                    )
            parsed: dict[str, Score] = {}
            for criterion in criteria:
                field = f"scores.{alternative}.{criterion.id}"
                if criterion.id not in row:
                    self.errors.add(self.fail(field, "missing"))
                    continue
                score = self.errors.run(partial(self.score, row[criterion.id], criterion, field))
                if score is not None:
                    parsed[criterion.id] = score
            scores[alternative] = MappingProxyType(parsed)
        return scores

    def score(self, value: Any, criterion: Criterion, field: str) -> Score:
        table = self.table(value, field)
        self.keys(
            table,
            field,
            {"value", "level", "assumption", "reason", "evidence", "contested"} | _EVIDENCE_KEYS,
        )
        if "value" not in table:
            raise self.fail(f"{field}.value", "missing")
        raw = table["value"]
        if isinstance(raw, list):
            if len(raw) != 2:
                raise self.fail(
                    f"{field}.value", f"an interval must be [low, high], got {_shown(raw)}"
                )
            low, high = (self.number(v, f"{field}.value") for v in raw)
            if low > high:
                raise self.fail(f"{field}.value", f"interval low {low:g} > high {high:g}")
        else:
            low = high = self.number(raw, f"{field}.value")
        if criterion.scale == "rubric":
            for end in (low, high):
                if end not in criterion.rubric:
                    levels = _levels(criterion)
                    raise self.fail(f"{field}.value", f"{end:g} is not a rubric level ({levels})")
        if criterion.bounds is not None:
            lo, hi = criterion.bounds
            if low < lo or high > hi:
                raise self.fail(
                    f"{field}.value", f"{_span(low, high)} is outside the bounds {lo:g}–{hi:g}"
                )
        level = None
        if "level" in table:
            level_value = self.number(table["level"], f"{field}.level")
            if not criterion.rubric:
                raise self.fail(f"{field}.level", f"criterion {criterion.id!r} has no rubric")
            if level_value not in criterion.rubric:
                raise self.fail(
                    f"{field}.level",
                    f"{level_value:g} is not a rubric level ({_levels(criterion)})",
                )
            if criterion.scale == "rubric" and low == high and level_value != low:
                raise self.fail(f"{field}.level", f"{level_value:g} differs from value {low:g}")
            level = int(level_value)
        elif criterion.scale == "rubric" and low == high:
            level = int(low)
        assumption = table.get("assumption", False)
        if not isinstance(assumption, bool):
            raise self.fail(
                f"{field}.assumption", f"must be true or false, got {_shown(assumption)}"
            )
        reason_text = self.optional_text(table, "reason", field)
        reason = None if reason_text is None else reason_text.en
        if assumption and reason is None:
            raise self.fail(f"{field}.reason", "missing (an assumption needs its reason)")
        contested = table.get("contested", False)
        if not isinstance(contested, bool):
            raise self.fail(f"{field}.contested", f"must be true or false, got {contested!r}")
        if contested and low == high:
            raise self.fail(
                f"{field}.contested",
                "a contested score needs an interval [low, high]: its two readings",
            )
        if contested and reason is None:
            raise self.fail(f"{field}.reason", "missing (say what is contested and why)")
        evidence = self.evidence_list(table, field)
        if not evidence and not assumption and self.evidence_required:
            raise self.fail(
                field,
                "no evidence: give quote and section, or assumption = true with a reason "
                '(the file sets evidence = "required")',
            )
        return Score(
            low, high, evidence, level, assumption, reason, contested=contested,
            reason_text=reason_text,
        )

    def judgements(
        self, value: Any, alternatives: tuple[Alternative, ...], criteria: tuple[Criterion, ...]
    ) -> tuple[JudgementSet, ...]:
        return _judgement_sets(self, value, alternatives, criteria)

    def profiles(self, value: Any, criteria: tuple[Criterion, ...]) -> tuple[WeightProfile, ...]:
        """``[[profiles]]``: relative ``weights``, SWING ``swings`` (top swing 100),
        SMART ``ranks`` with ``swings``, or ``ranks`` alone turned into weights by
        ``rank_weights`` (``roc``, the default, ``rank_sum`` or ``reciprocal``)."""
        criterion_ids = [c.id for c in criteria]
        profiles = []
        allowed = {"id", "label", "description", "weights", "swings", "ranks", "rank_weights"}
        for index, item in enumerate(self.array(value, "profiles")):
            field = f"profiles[{index}]"
            item = self.table(item, field)
            self.keys(item, field, allowed)
            profile_id = self.identifier(item, field)
            given = [k for k in ("weights", "swings", "ranks") if k in item]
            if not given:
                raise self.fail(f"{field}.weights", "missing (give weights, swings or ranks)")
            if "weights" in item and len(given) > 1:
                raise self.fail(f"{field}.{given[1]}", "give weights, or swings and/or ranks")
            if "rank_weights" in item and ("ranks" not in item or "swings" in item):
                raise self.fail(f"{field}.rank_weights", "only with ranks alone")
            tables = {k: self.criterion_table(item[k], f"{field}.{k}", criterion_ids)
                      for k in given}
            weights, elicitation, ranks = self.profile_weights(item, tables, field, criterion_ids)
            profiles.append(
                WeightProfile(
                    profile_id,
                    weights,
                    label=self.optional_text(item, "label", field),
                    description=self.optional_text(item, "description", field),
                    elicitation=elicitation,
                    ranks=None if ranks is None else MappingProxyType(ranks),
                )
            )
        self.unique([p.id for p in profiles], "profiles")
        return tuple(profiles)

    def criterion_table(
        self, value: Any, field: str, criterion_ids: list[str]
    ) -> dict[str, float]:
        """A ``{criterion = number}`` table naming every criterion once."""
        table = self.table(value, field)
        for key in table:
            if key not in criterion_ids:
                raise self.fail(f"{field}.{_key(key)}", f"unknown criterion {_shown(key)}")
        missing = [c for c in criterion_ids if c not in table]
        if missing:
            raise self.fail(field, f"missing criteria: {', '.join(missing)}")
        numbers = {c: self.number(table[c], f"{field}.{c}") for c in criterion_ids}
        for criterion_id, number in numbers.items():
            if number < 0:
                raise self.fail(f"{field}.{criterion_id}", f"{number:g} is negative")
        return numbers

    def profile_weights(
        self,
        item: Mapping[str, Any],
        tables: Mapping[str, dict[str, float]],
        field: str,
        criterion_ids: list[str],
    ) -> tuple[tuple[float, ...], str, dict[str, int] | None]:
        """The profile's normalised weights, how they were elicited, and the ranks."""
        from mcda.weights import (
            rank_order_centroid,
            rank_sum,
            reciprocal_rank,
            smart_weights,
            swing_weights,
        )

        if "weights" in tables:
            weights = [tables["weights"][c] for c in criterion_ids]
            total = sum(weights)
            if total <= 0:
                raise self.fail(f"{field}.weights", "all weights are zero")
            return tuple(w / total for w in weights), "weights", None
        ranks = None
        if "ranks" in tables:
            ranks = {}
            for c, r in tables["ranks"].items():
                if r != int(r) or r < 1:
                    raise self.fail(f"{field}.ranks.{c}", f"{r:g} is not a rank (1, 2, …)")
                ranks[c] = int(r)
        try:
            if "swings" in tables and ranks is not None:
                found = smart_weights(ranks, tables["swings"])
                elicitation = "smart"
            elif "swings" in tables:
                found = swing_weights(tables["swings"])
                elicitation = "swing"
            else:
                elicitation = item.get("rank_weights", "roc")
                rules = {
                    "roc": rank_order_centroid, "rank_sum": rank_sum, "reciprocal": reciprocal_rank,
                }  # fmt: skip
                if elicitation not in rules:
                    raise self.fail(
                        f"{field}.rank_weights",
                        f"{elicitation!r} is not one of {', '.join(rules)}",
                    )
                found = rules[elicitation](ranks)
        except ValidationError as error:
            if str(error).startswith(self.where):
                raise
            raise self.fail(field, str(error)) from None
        weights_map = dict(found)
        return tuple(float(weights_map[c]) for c in criterion_ids), elicitation, ranks

    def recommendation(
        self,
        value: Any,
        alternatives: tuple[Alternative, ...],
        families: tuple[Family, ...] = (),
    ) -> Recommendation:
        field = "recommendation"
        table = self.table(value, field)
        self.keys(
            table,
            field,
            {"by", "alternative", "runner_up", "family", "priorities", "evidence"}
            | _EVIDENCE_KEYS,
        )
        ids = {a.id for a in alternatives}
        chosen = self.string(table, "alternative", field)
        if chosen not in ids:
            raise self.fail(f"{field}.alternative", f"unknown alternative {chosen!r}")
        runner_up = self.optional_string(table, "runner_up", field)
        if runner_up is not None and runner_up not in ids:
            raise self.fail(f"{field}.runner_up", f"unknown alternative {runner_up!r}")
        family = self.optional_string(table, "family", field)
        if family is not None:
            known = {f.id: f for f in families}
            if family not in known:
                raise self.fail(f"{field}.family", f"unknown family {family!r}")
            if chosen not in known[family].members:
                raise self.fail(
                    f"{field}.family", f"{chosen!r} is not a member of family {family!r}"
                )
        evidence = self.evidence_list(table, field)
        if not evidence and self.evidence_required:
            raise self.fail(field, "needs evidence (quote and section)")
        priorities = self.optional_string(table, "priorities", field)
        return Recommendation(
            self.string(table, "by", field),
            chosen,
            runner_up,
            evidence,
            family=family,
            priorities=priorities,
        )


def _judgement_sets(
    parser: _Parser,
    value: Any,
    alternatives: tuple[Alternative, ...],
    criteria: tuple[Criterion, ...],
) -> tuple[JudgementSet, ...]:
    """``[[judgements]]``: one table per set and member (format in docs/ahp.md)."""
    from mcda.ahp.judgements import on_scale, parse_judgement, show_value

    criterion_ids = [c.id for c in criteria]
    alternative_ids = [a.id for a in alternatives]
    sets: list[JudgementSet] = []
    for index, item in enumerate(parser.array(value, "judgements")):
        field = f"judgements[{index}]"
        item = parser.table(item, field)
        parser.keys(
            item,
            field,
            {"id", "of", "criterion", "member", "weight", "label", "pairs", "items", "matrix"},
        )
        set_id = parser.identifier(item, field)
        of = parser.string(item, "of", field)
        if of not in ("criteria", "alternatives"):
            raise parser.fail(f"{field}.of", f"{of!r} is not 'criteria' or 'alternatives'")
        criterion = parser.optional_string(item, "criterion", field)
        if of == "alternatives":
            if criterion is None:
                raise parser.fail(f"{field}.criterion", "missing (judgements of alternatives)")
            if criterion not in criterion_ids:
                raise parser.fail(f"{field}.criterion", f"unknown criterion {criterion!r}")
        elif criterion is not None:
            raise parser.fail(f"{field}.criterion", "only judgements of alternatives name one")
        member = parser.optional_string(item, "member", field)
        weight = parser.number(item["weight"], f"{field}.weight") if "weight" in item else 1.0
        if weight <= 0:
            raise parser.fail(f"{field}.weight", f"{weight:g} must be positive")
        known = criterion_ids if of == "criteria" else alternative_ids
        kind = "criterion" if of == "criteria" else "alternative"
        if "matrix" in item:
            if "pairs" in item:
                raise parser.fail(f"{field}.pairs", "give 'pairs' or 'matrix', not both")
            matrix_pairs = _judgement_matrix(parser, item, field, known, kind)
            sets.append(
                JudgementSet(
                    id=set_id,
                    of=of,  # type: ignore[arg-type]
                    pairs=matrix_pairs,
                    criterion=criterion,
                    member=member,
                    member_weight=weight,
                    label=parser.optional_text(item, "label", field),
                )
            )
            continue
        if "items" in item:
            raise parser.fail(f"{field}.items", "only used with 'matrix'")
        raw_pairs = parser.array(
            item.get("pairs") or parser._missing(f"{field}.pairs"), f"{field}.pairs"
        )
        pairs: list[tuple[str, str, float]] = []
        pair_evidence: list[tuple[Evidence, ...]] = []
        pair_reasons: list[Text | None] = []
        seen: dict[frozenset[str], int] = {}
        for k, pair in enumerate(raw_pairs):
            name = f"{field}.pairs[{k}]"
            if isinstance(pair, Mapping):  # { a, b, value, evidence…, reason }
                parser.keys(
                    pair, name, {"a", "b", "value", "reason", "evidence"} | _EVIDENCE_KEYS
                )
                entries = [pair.get("a"), pair.get("b"), pair.get("value")]
                if any(e is None for e in entries):
                    raise parser.fail(name, "a judgement table needs a, b and value")
                found = parser.evidence_list(pair, name)
                reason = parser.optional_text(pair, "reason", name)
                if not found and reason is None:
                    raise parser.fail(name, "give the judgement's evidence or its reason")
                pair_evidence.append(found)
                pair_reasons.append(reason)
            else:
                entries = parser.array(pair, name)
                pair_evidence.append(())
                pair_reasons.append(None)
            if len(entries) != 3:
                raise parser.fail(name, f"must be [a, b, value], got {pair!r}")
            a, b, raw = entries[0], entries[1], entries[2]
            if not isinstance(a, str) or not isinstance(b, str):
                raise parser.fail(name, f"unknown {kind} {(a if not isinstance(a, str) else b)!r}")
            for side in (a, b):
                if not isinstance(side, str) or side not in known:
                    raise parser.fail(name, f"unknown {kind} {side!r}")
            if a == b:
                raise parser.fail(name, f"compares {a!r} with itself")
            number = parse_judgement(raw, located(parser.where, name, ""))
            if not on_scale(number):
                raise parser.fail(name, f"{show_value(number)} is off Saaty's scale 1/9…9")
            key = frozenset((a, b))
            if key in seen:
                raise parser.fail(name, f"{a} vs {b} is already judged in pairs[{seen[key]}]")
            seen[key] = k
            pairs.append((a, b, number))
        documented = any(pair_evidence) or any(r is not None for r in pair_reasons)
        sets.append(
            JudgementSet(
                id=set_id,
                of=of,  # type: ignore[arg-type]
                pairs=tuple(pairs),
                criterion=criterion,
                member=member,
                member_weight=weight,
                label=parser.optional_text(item, "label", field),
                evidence=tuple(pair_evidence) if documented else (),
                reasons=tuple(pair_reasons) if documented else (),
            )
        )
    by_id: dict[str, list[tuple[int, JudgementSet]]] = {}
    for index, judgement_set in enumerate(sets):
        by_id.setdefault(judgement_set.id, []).append((index, judgement_set))
    for group in by_id.values():
        first = group[0][1]
        members: set[str] = set()
        for index, judgement_set in group[1:]:
            field = f"judgements[{index}]"
            if (judgement_set.of, judgement_set.criterion) != (first.of, first.criterion):
                raise parser.fail(field, f"set {first.id!r} mixes what it compares")
        for index, judgement_set in group if len(group) > 1 else ():
            field = f"judgements[{index}]"
            if judgement_set.member is None:
                raise parser.fail(
                    f"{field}.member", f"missing (set {first.id!r} has several tables)"
                )
            if judgement_set.member in members:
                raise parser.fail(f"{field}.member", f"duplicate member {judgement_set.member!r}")
            members.add(judgement_set.member)
    return tuple(sets)


def _judgement_matrix(
    parser: _Parser, item: Mapping[str, Any], field: str, known: list[str], kind: str
) -> tuple[tuple[str, str, float], ...]:
    """``matrix = [[1, 3, "1/2"], ...]`` with rows in the order of ``items`` (default:
    every criterion or alternative in file order): checked square, reciprocal, on scale."""
    import numpy as np

    from mcda.ahp.judgements import parse_judgement, to_pairwise_matrix

    items = known
    if "items" in item:
        items = []
        for k, name in enumerate(parser.array(item["items"], f"{field}.items")):
            if not isinstance(name, str) or name not in known:
                raise parser.fail(f"{field}.items[{k}]", f"unknown {kind} {name!r}")
            items.append(name)
    rows = parser.array(item["matrix"], f"{field}.matrix")
    if len(rows) != len(items):
        raise parser.fail(
            f"{field}.matrix", f"{len(rows)} rows for {len(items)} items ({', '.join(items)})"
        )
    values = np.empty((len(items), len(items)))
    for r, row in enumerate(rows):
        entries = parser.array(row, f"{field}.matrix[{r}]")
        if len(entries) != len(items):
            raise parser.fail(
                f"{field}.matrix[{r}]",
                f"{len(entries)} entries, expected {len(items)} (the matrix must be square)",
            )
        for c, raw in enumerate(entries):
            name = located(parser.where, f"{field}.matrix[{r}][{c}]", "")
            values[r, c] = parse_judgement(raw, name)
    checked = to_pairwise_matrix(values, items, name=located(parser.where, f"{field}.matrix", ""))
    return tuple((items[i], items[j], float(checked.values[i, j])) for i, j in checked.given)


def _present(value: T | None) -> T:
    """A section's value, known to be there once no error was collected."""
    if value is None:
        raise RuntimeError("unreachable: a failed section always records its error")
    return value


def _levels(criterion: Criterion) -> str:
    levels = sorted(criterion.rubric)
    return (
        f"{levels[0]}–{levels[-1]}"
        if levels == list(range(levels[0], levels[-1] + 1))
        else (", ".join(map(str, levels)))
    )


def _span(low: float, high: float) -> str:
    return f"{low:g}" if low == high else f"[{low:g}, {high:g}]"


def _key(key: str) -> str:
    """A table key as written in a dotted field: bare if it can be, else quoted (and
    shortened), so a message stays one readable line whatever the key holds."""
    return key if _BARE_KEY.match(key) else _shown(key)


def _shown(value: Any, limit: int = 60) -> str:
    """``repr(value)`` shortened to about ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "…" + text[-3:]


def _kind(value: Any) -> str:
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "a table",
    }.get(type(value), type(value).__name__)
