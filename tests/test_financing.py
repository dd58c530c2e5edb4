"""mcda.financing: extra financing per inhabitant, checked against T11's "ca. 1 kr./ca. 2 kr."."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mcda
from mcda.cli.main import main
from mcda.errors import DataFileError, ValidationError
from mcda.financing import (
    BASIS_GRANT_MIO_DKK,
    FINANCING_FIELDS,
    extra_per_inhabitant,
    read_population,
    scenario_financing,
)

CASE = Path(__file__).resolve().parents[1] / "criteria" / "klimanord"
POPULATION = CASE / "sources" / "municipalities.csv"
HEADER = "municipality,population,date,source\n"


@pytest.fixture(scope="module")
def ambition() -> mcda.Problem:
    return mcda.load_problem(CASE / "ambition.toml")


@pytest.fixture(scope="module")
def inhabitants() -> int:
    return read_population(POPULATION).total


def test_population_file_has_the_11_municipalities() -> None:
    population = read_population(POPULATION)
    assert len(population.municipalities) == 11
    assert population.municipalities[0] == "Aalborg" and population.counts[0] == 217075
    # ../shared/data/README.md: "They sum to 589,936."
    assert population.total == 589_936
    assert population.path == POPULATION


def test_basis_grant_is_the_papers() -> None:
    paper = (CASE / "sources" / "t11_discussion_paper.txt").read_text(encoding="utf-8")
    assert "Forudsat basisbevilling på 1,25 mio" in paper
    assert BASIS_GRANT_MIO_DKK == 1.25


def test_hand_computation() -> None:
    # Scenario 2's midpoint 1.75 mio: (1.75 - 1.25) * 1e6 / 589 936 = 0.847549... DKK
    assert extra_per_inhabitant(1.75, 589_936) == pytest.approx(500_000 / 589_936, rel=1e-15)
    assert extra_per_inhabitant(1.75, 589_936) == pytest.approx(0.8475, abs=1e-4)
    assert extra_per_inhabitant(2.5, 589_936, basis_grant=1.0) == pytest.approx(1.5e6 / 589_936)


def test_cost_below_the_basis_grant_needs_no_extra() -> None:
    assert extra_per_inhabitant(1.2, 589_936) == 0.0
    assert extra_per_inhabitant(1.25, 589_936) == 0.0


def test_reproduces_t11_about_1_and_2_kroner(ambition: mcda.Problem, inhabitants: int) -> None:
    """T11: "Ca. 1 kr. pr indbygger i Scenarie 2", "Ca 2 kr. pr indbygger i Scenarie 3"."""
    rows = {r.alternative: r for r in scenario_financing(ambition, inhabitants)}
    assert round(rows["scenario_2"].extra_per_inhabitant_mid) == 1  # 0.85
    assert round(rows["scenario_3"].extra_per_inhabitant_mid) == 2  # 1.70
    # the high end reproduces the paper too (1.27 -> 1, 2.12 -> 2) ...
    assert round(rows["scenario_2"].extra_per_inhabitant_high) == 1
    assert round(rows["scenario_3"].extra_per_inhabitant_high) == 2
    # ... the low end does not (0.42 -> 0, 1.27 -> 1): T11 used the midpoint or the top.
    assert round(rows["scenario_2"].extra_per_inhabitant_low) == 0
    assert round(rows["scenario_3"].extra_per_inhabitant_low) == 1


def test_rows_follow_the_ambition_file(ambition: mcda.Problem, inhabitants: int) -> None:
    rows = scenario_financing(ambition, inhabitants, lang="en")
    assert [r.alternative for r in rows] == list(ambition.alternative_ids)
    assert rows[0].label == "Scenario 1"
    for row in rows:
        score = ambition.scores[row.alternative]["cost"]
        assert (row.cost_low, row.cost_high) == (score.low, score.high)
        assert row.extra_per_inhabitant_low <= row.extra_per_inhabitant_mid
        assert row.extra_per_inhabitant_mid <= row.extra_per_inhabitant_high


def test_the_population_comes_from_the_file(tmp_path: Path, ambition: mcda.Problem) -> None:
    halved = tmp_path / "halved.csv"
    halved.write_text(HEADER + "North,294968,2020-01-01,test\n", encoding="utf-8")
    population = read_population(halved)
    before = {r.alternative: r for r in scenario_financing(ambition, 589_936)}
    after = {r.alternative: r for r in scenario_financing(ambition, population.total)}
    for alternative, row in after.items():
        assert row.extra_per_inhabitant_mid == pytest.approx(
            2 * before[alternative].extra_per_inhabitant_mid
        )


@given(
    cost=st.floats(0, 50, allow_nan=False),
    more=st.floats(0, 50, allow_nan=False),
    population=st.integers(1, 10_000_000),
    grant=st.floats(0, 10, allow_nan=False),
)
def test_properties(cost: float, more: float, population: int, grant: float) -> None:
    value = extra_per_inhabitant(cost, population, basis_grant=grant)
    assert value >= 0 and math.isfinite(value)
    assert extra_per_inhabitant(cost + more, population, basis_grant=grant) >= value
    assert extra_per_inhabitant(cost, 2 * population, basis_grant=grant) == pytest.approx(
        value / 2
    )


# -- error paths -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cost", "population", "grant", "message"),
    [
        (-1.0, 100, 1.25, r"cost: -1\.0 mio DKK is not a finite, non-negative number"),
        (math.nan, 100, 1.25, r"cost: nan mio DKK"),
        (2.0, 100, math.inf, r"basis_grant: inf mio DKK"),
        (2.0, 0, 1.25, r"population: 0 is not a positive whole number"),
        (2.0, True, 1.25, r"population: True is not a positive whole number"),
        (2.0, 1.5, 1.25, r"population: 1\.5 is not a positive whole number"),
    ],
)
def test_extra_per_inhabitant_rejects_bad_input(
    cost: float, population: int, grant: float, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        extra_per_inhabitant(cost, population, basis_grant=grant)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", r"bad\.csv: the file is empty"),
        ("municipality,people\nA,1\n", r"bad\.csv: population: missing column"),
        ("name,population\nA,1\n", r"bad\.csv: municipality: missing column"),
        (HEADER, r"bad\.csv: no municipalities \(only a header\)"),
        (HEADER + "A,12x,,\n", r"bad\.csv: row 2\.population: '12x' is not a whole number"),
        (HEADER + "A,1,,\nB,,,\n", r"bad\.csv: row 3\.population: '' is not a whole number"),
        (HEADER + "A,0,,\n", r"bad\.csv: row 2\.population: 0 is not positive"),
        (HEADER + "A,5,,\nA,6,,\n", r"bad\.csv: row 3\.municipality: duplicate 'A'"),
        (HEADER + ",5,,\n", r"bad\.csv: row 2\.municipality: empty"),
    ],
)
def test_read_population_rejects_bad_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        read_population(path)


def test_read_population_missing_and_binary(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"nope\.csv: no such file"):
        read_population(tmp_path / "nope.csv")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00municipality")
    with pytest.raises(DataFileError, match=r"binary\.csv: not UTF-8 text"):
        read_population(binary)


def test_scenario_financing_needs_a_numeric_cost(inhabitants: int) -> None:
    burden = mcda.load_problem(CASE / "political_anchoring.toml")
    with pytest.raises(ValidationError, match=r"no criterion 'cost': financing needs the yearly"):
        scenario_financing(burden, inhabitants)
    with pytest.raises(ValidationError, match=r"'synergy' is a rubric, not a cost in mio"):
        scenario_financing(burden, inhabitants, criterion="synergy")
    ambition = mcda.load_problem(CASE / "ambition.toml")
    with pytest.raises(ValidationError, match=r"no criterion 'price'"):
        scenario_financing(ambition, inhabitants, criterion="price")
    with pytest.raises(ValidationError, match=r"no alternative 'scenario_9'"):
        scenario_financing(ambition, inhabitants, alternatives=["scenario_9"])


# -- mcda financing ------------------------------------------------------------------------------


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_fields_in_file_order(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["financing", "--case", str(CASE), "--format", "json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    rows = data["scenarios"]
    assert [list(r) for r in rows] == [list(FINANCING_FIELDS)] * 5
    assert [r["alternative"] for r in rows] == [
        "scenario_1",
        "scenario_2",
        "scenario_2_amended",
        "scenario_3",
        "scenario_4",
    ]
    by_id = {r["alternative"]: r for r in rows}
    assert by_id["scenario_2"]["extra_per_inhabitant_mid"] == pytest.approx(500_000 / 589_936)
    # by hand: Scenario 2's extra need at mid-band is 1.75 − 1.25 = 0.5 mio a year, which
    # the underspend of 0.85 mio covers for 1.7 years; Scenario 3's 1.0 mio for 0.85 years
    assert by_id["scenario_2"]["extra_mid"] == pytest.approx(0.5)
    assert by_id["scenario_2"]["underspend_years_mid"] == pytest.approx(1.7)
    assert by_id["scenario_3"]["underspend_years_mid"] == pytest.approx(0.85)
    assert by_id["scenario_1"]["underspend_years_low"] is None  # 1.2 < 1.25: no need
    # Aalborg's share of Scenario 2's extra need: 217,075 of 589,936 inhabitants
    shares = {(m["alternative"], m["municipality"]): m for m in data["municipalities"]}
    aalborg = shares[("scenario_2", "Aalborg")]
    assert aalborg["mid"] == pytest.approx(500_000 * 217_075 / 589_936)
    total = sum(m["mid"] for m in data["municipalities"] if m["alternative"] == "scenario_3")
    assert total == pytest.approx(1_000_000)


def test_the_constants_are_the_papers_numbers() -> None:
    from mcda.financing import SOURCE_QUOTES, UNDERSPEND_MIO_DKK
    from mcda.problem_file import quote_occurs

    paper = (CASE / "sources" / "t11_discussion_paper.txt").read_text(encoding="utf-8")
    for quote in SOURCE_QUOTES:
        assert quote_occurs(quote, paper), quote
    assert f"{BASIS_GRANT_MIO_DKK:.2f}".replace(".", ",") in SOURCE_QUOTES[0]
    assert f"{int(UNDERSPEND_MIO_DKK * 1e6):,}".replace(",", ".") in SOURCE_QUOTES[1]


def test_cli_takes_another_population_file_and_grant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.csv"
    newer.write_text(HEADER + "Nordjylland,593135,2024-01-01,Region Nordjylland\n")
    argv = ["financing", "--case", str(CASE), "--population", str(newer), "--format", "json"]
    code, out, _ = run([*argv, "--basis-grant", "1.5"], capsys)
    assert code == 0
    by_id = {r["alternative"]: r for r in json.loads(out)["scenarios"]}
    assert by_id["scenario_2"]["extra_per_inhabitant_mid"] == pytest.approx(250_000 / 593_135)


def test_cli_reports_a_bad_population_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "A,many,,\n")
    code, out, err = run(["financing", "--case", str(CASE), "--population", str(bad)], capsys)
    assert code == 2 and out == ""
    assert f"{bad}: row 2.population: 'many' is not a whole number" in err


def test_cli_reports_a_case_without_ambition_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["financing", "--case", str(tmp_path)], capsys)
    assert code == 2 and "ambition.toml: no such file" in err
    code, _, err = run(["financing", "--case", str(CASE), "--basis-grant", "-1"], capsys)
    assert code == 2 and "basis_grant: -1.0 mio DKK" in err
