"""mcda.evidence: the flat evidence rows behind a problem, and ``mcda evidence FILE``."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from types import MappingProxyType

import pytest

import mcda
from mcda.cli.main import main
from mcda.evidence import EvidenceRow, evidence_rows, unsupported_scores

ROOT = Path(__file__).resolve().parents[1]
BIKES = ROOT / "criteria" / "examples" / "bikes.toml"
POLITICAL = ROOT / "criteria" / "klimanord" / "political_anchoring.toml"


@pytest.fixture(scope="module")
def bikes() -> mcda.Problem:
    return mcda.load_problem(BIKES)


def expected_score_rows(problem: mcda.Problem) -> int:
    """Hand count: one row per quote, one row for a score with only an assumption."""
    return sum(
        max(1, len(score.evidence)) for row in problem.scores.values() for score in row.values()
    )


def test_one_row_per_quote_plus_recommendation(bikes: mcda.Problem) -> None:
    rows = evidence_rows(bikes)
    scores = [r for r in rows if r.kind == "score"]
    # bikes.toml: 12 scores, budget_bikes.usefulness has two quotes -> 13 rows
    assert len(scores) == expected_score_rows(bikes) == 13
    recommendation = [r for r in rows if r.kind == "recommendation"]
    assert [(r.alternative, r.criterion) for r in recommendation] == [("citycycle", "Facilities")]
    assert [r.kind for r in rows] == ["score"] * 13 + ["recommendation"]


def test_rows_follow_file_order(bikes: mcda.Problem) -> None:
    pairs = [(r.alternative, r.criterion) for r in evidence_rows(bikes) if r.kind == "score"]
    assert pairs[:3] == [("cargo_co", "cost"), ("cargo_co", "fleet_size"), ("cargo_co", "usefulness")]


def test_an_assumption_only_score_gives_one_row_without_quote(bikes: mcda.Problem) -> None:
    (row,) = [
        r for r in evidence_rows(bikes) if (r.alternative, r.criterion) == ("budget_bikes", "fleet_size")
    ]
    assert row.quote is None and row.section is None and row.gloss is None
    assert row.assumption and row.reason and "20 are usable" in row.reason
    assert row.value == "20"


def test_interval_values_and_rubric_levels(bikes: mcda.Problem) -> None:
    rows = {
        (r.alternative, r.criterion, r.quote): r for r in evidence_rows(bikes, lang="en")
    }
    cost = next(r for k, r in rows.items() if k[:2] == ("cargo_co", "cost"))
    assert (cost.low, cost.high, cost.value) == (210.0, 240.0, "210–240")
    assert cost.level is None and cost.level_text is None
    useful = next(r for k, r in rows.items() if k[:2] == ("cargo_co", "usefulness"))
    assert useful.level == 4
    assert useful.level_text == "Good for meetings and carrying equipment"
    assert useful.criterion_label == "Usefulness to staff"
    da = next(
        r
        for r in evidence_rows(bikes, lang="da")
        if (r.alternative, r.criterion) == ("cargo_co", "usefulness")
    )
    assert da.level_text == "God til møder og transport af udstyr"
    assert da.alternative_label == "Cargo Co. (ladcykler)"


def test_screening_rows_carry_the_constraint_and_its_evidence() -> None:
    problem = mcda.load_problem(POLITICAL)
    rows = evidence_rows(problem)
    requirements = [r for r in rows if r.kind == "requirement"]
    assert {r.criterion for r in requirements} == {
        "working_community", "visible_locally", "steering_group", "management_with_placement"
    }
    assert all(r.alternative_label == "T11" and r.quote for r in requirements)
    screening = [r for r in rows if r.kind == "screening"]
    assert [(r.alternative, r.criterion) for r in screening] == [
        ("limfjordsraadet", "covers_klima_nord"),
        ("kkr_kl", "management_with_placement"),
        ("kkr_kl", "management_with_placement"),
    ]
    assert "andet dækningsområde" in (screening[0].quote or "")
    only_scores = evidence_rows(problem, screening=False, recommendation=False)
    assert {r.kind for r in only_scores} == {"score"}  # no requirement rows either
    assert "limfjordsraadet" not in {r.alternative for r in only_scores}


def test_unsupported_scores_finds_a_score_built_without_evidence(bikes: mcda.Problem) -> None:
    assert unsupported_scores(bikes) == ()
    bare = mcda.Score(1.0, 1.0)
    row = dict(bikes.scores["citycycle"])
    row["usefulness"] = bare
    scores = dict(bikes.scores)
    scores["citycycle"] = MappingProxyType(row)
    broken = dataclasses.replace(bikes, scores=MappingProxyType(scores))
    assert unsupported_scores(broken) == ("citycycle.usefulness",)
    blank = mcda.Score(1.0, 1.0, (mcda.Evidence(quote="  ", section="s"),))
    row["usefulness"] = blank
    assert unsupported_scores(broken) == ("citycycle.usefulness",)
    reasoned = mcda.Score(1.0, 1.0, assumption=True, reason="the memo is silent")
    row["usefulness"] = reasoned
    assert unsupported_scores(broken) == ()


def test_row_value_text() -> None:
    def make(low: float | None, high: float | None) -> EvidenceRow:
        return EvidenceRow("score", "a", "A", "c", "C", low, high, None, None, None, None, None)

    assert make(3.0, 3.0).value == "3"
    assert make(1.5, 2.0).value == "1.5–2"
    assert make(None, None).value == ""


# -- mcda evidence ----------------------------------------------------------------------------


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_csv_has_the_issue_columns(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["evidence", str(BIKES), "--format", "csv"], capsys)
    assert code == 0, err
    records = list(csv.DictReader(io.StringIO(out)))
    assert list(records[0]) == [
        "kind",
        "alternative",
        "criterion",
        "value",
        "level",
        "level_text",
        "quote",
        "section",
        "gloss",
        "assumption",
        "reason",
    ]
    assert len(records) == 14
    assert records[0]["alternative"] == "cargo_co" and records[0]["value"] == "210–240"


def test_cli_json_keeps_ids_and_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["evidence", str(POLITICAL), "--format", "json", "--lang", "en"], capsys)
    assert code == 0
    rows = json.loads(out)
    first = rows[0]
    assert (first["alternative"], first["criterion"], first["low"], first["high"]) == (
        "brn_kkr",
        "carrier_commitment",
        3.0,
        4.0,
    )
    assert first["level"] is None  # a contested interval states no single level
    assert rows[-1]["kind"] == "recommendation"


def test_cli_table_shows_quote_section_gloss_and_assumption(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["evidence", str(BIKES), "--lang", "en"], capsys)
    assert code == 0
    assert "Cargo Co. (cargo bikes) · Cost = 210–240" in out
    assert "Quote: “Cargo Co. offers 12 e-cargo bikes for 210,000-240,000 DKK a year”" in out
    assert "Section: Section 1. Offers" in out
    assert "Assumption: The memo says 20 bikes" in out
    code, out, _ = run(["evidence", str(BIKES)], capsys)
    assert "Citat: “" in out and "Antagelse: " in out


def test_cli_reports_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.toml"
    code, out, err = run(["evidence", str(missing)], capsys)
    assert code == 2 and out == ""
    assert f"{missing}: no such file" in err


def test_cli_reports_a_bad_quote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "examples"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "bike_memo.txt").write_text(
        (BIKES.parent / "sources" / "bike_memo.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    text = BIKES.read_text(encoding="utf-8").replace("Staff rate", "Nobody rates", 1)
    (folder / "bikes.toml").write_text(text, encoding="utf-8")
    code, _, err = run(["evidence", str(folder / "bikes.toml")], capsys)
    assert code == 2
    assert "scores.cargo_co.usefulness.quote" in err and "does not occur" in err
