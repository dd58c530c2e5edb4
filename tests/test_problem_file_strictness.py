"""Strictness where it belongs (issue 15): one-language labels, evidence only where a
file requires it, and every error of a file in one report (mcda.collect)."""

from __future__ import annotations

from pathlib import Path

import pytest

import mcda
from mcda.collect import MAX_ERRORS, ManyErrors
from mcda.errors import ValidationError

SKELETON = """
[problem]
id = "wind"
title = { en = "Wind farm sites" }
{policy}

[[alternatives]]
id = "hanstholm"
label = "Hanstholm"

[[alternatives]]
id = "limfjord"
label = { da = "Limfjorden" }

[[criteria]]
id = "cost"
label = { en = "Cost" }
direction = "min"
unit = "MDKK"

[scores.hanstholm.cost]
value = 120

[scores.limfjord.cost]
value = 110
"""


def _problem(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "wind.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_one_language_is_enough_and_is_recorded(tmp_path: Path) -> None:
    problem = mcda.load_problem(_problem(tmp_path, SKELETON.replace("{policy}", "")))
    assert problem.title.da == problem.title.en == "Wind farm sites"
    assert problem.alternative("limfjord").label.en == "Limfjorden"
    assert problem.untranslated == (
        ("problem.title", "da"),
        ("alternatives[1].label", "en"),
        ("criteria[0].label", "da"),
    )
    assert not problem.evidence_required


def test_evidence_is_optional_unless_required(tmp_path: Path) -> None:
    mcda.load_problem(_problem(tmp_path, SKELETON.replace("{policy}", 'evidence = "optional"')))
    path = _problem(tmp_path, SKELETON.replace("{policy}", 'evidence = "required"'))
    with pytest.raises(ManyErrors) as caught:
        mcda.load_problem(path)
    assert str(caught.value).splitlines() == [
        f"{path}: scores.{alternative}.cost: no evidence: give quote and section, or "
        'assumption = true with a reason (the file sets evidence = "required")'
        for alternative in ("hanstholm", "limfjord")
    ]


def test_klimanord_files_require_evidence() -> None:
    from mcda.case import DEFAULT_CASE, case_files

    for path in case_files(DEFAULT_CASE):
        assert mcda.load_problem(path).evidence_required, path


def test_bad_policy(tmp_path: Path) -> None:
    path = _problem(tmp_path, SKELETON.replace("{policy}", 'evidence = "always"'))
    with pytest.raises(ValidationError, match=r"problem\.evidence: 'always' is not 'required'"):
        mcda.load_problem(path)


def test_every_error_in_one_run(tmp_path: Path) -> None:
    text = (
        SKELETON.replace("{policy}", 'colour = "red"')
        .replace("value = 120", "value = 'high'")
        .replace("value = 110", "value = [3, 1]")
    )
    path = _problem(tmp_path, text)
    with pytest.raises(ManyErrors) as caught:
        mcda.load_problem(path)
    assert str(caught.value).splitlines() == [
        f"{path}: problem.colour: unknown field (allowed: default_profile, description, "
        "evidence, id, normalization, title)",
        f"{path}: scores.hanstholm.cost.value: must be a number, got a string 'high'",
        f"{path}: scores.limfjord.cost.value: interval low 3 > high 1",
    ]
    assert len(caught.value.errors) == 3


def test_errors_are_capped(tmp_path: Path) -> None:
    alternatives = "".join(
        f'\n[[alternatives]]\nid = "a{i}"\nlabel = "A{i}"\n' for i in range(MAX_ERRORS + 5)
    )
    scores = "".join(f"\n[scores.a{i}.cost]\nvalue = 'x'\n" for i in range(MAX_ERRORS + 5))
    text = f"""
[problem]
id = "many"
title = "Many"
{alternatives}
[[criteria]]
id = "cost"
label = "Cost"
direction = "min"
unit = "DKK"
{scores}"""
    with pytest.raises(ManyErrors) as caught:
        mcda.load_problem(_problem(tmp_path, text))
    lines = str(caught.value).splitlines()
    assert len(lines) == MAX_ERRORS + 1
    assert lines[-1] == "… and 5 more errors (fix these first)"


def test_a_broken_section_stops_before_what_depends_on_it(tmp_path: Path) -> None:
    # Without criteria the scores cannot be checked: one error, not a cascade.
    text = SKELETON.replace("{policy}", "").replace('direction = "min"', 'direction = "down"')
    with pytest.raises(ValidationError) as caught:
        mcda.load_problem(_problem(tmp_path, text))
    assert not isinstance(caught.value, ManyErrors)
    assert "criteria[0].direction: 'down' is not 'max' or 'min'" in str(caught.value)


def test_cli_prints_every_error_on_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mcda.cli.main import main

    text = SKELETON.replace("{policy}", "").replace("value = 120", "value = 'high'")
    text = text.replace("value = 110", "value = 'low'")
    assert main(["validate", str(_problem(tmp_path, text))]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and all(line.startswith("mcda: error: ") for line in lines)


def test_validate_says_which_texts_fall_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mcda.cli.main import main

    path = _problem(tmp_path, SKELETON.replace("{policy}", ""))
    assert main(["validate", str(path), "--lang", "en"]) == 0
    assert (
        "1 texts exist only in Danish and are shown in Danish: alternatives[1].label"
        in capsys.readouterr().out
    )
    assert main(["validate", str(path), "--lang", "da"]) == 0
    assert "2 tekster findes kun på engelsk" in capsys.readouterr().out
