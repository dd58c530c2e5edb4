"""Problems from CSV, Excel and DataFrames (mcda.tabular), and writing results back."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import mcda
from mcda.errors import DataFileError, ValidationError
from mcda.tabular import make_ids, read_table, write_table

WIND_CSV = """site,cost,capacity,noise,birds,grid_distance
direction,min,max,min,min,max
weight,3,3,2,1,1
unit,MDKK,MW,dB,index,km
Hanstholm,120,45,38,2,3
Thisted Bay,135,52,35,3,5
Skagen Odde,150,60,41,4,2
Limfjord,110,38,36,1,4
Læsø Rende,160,66,33,5,1
Aalborg Port,125,40,43,2,5
"""
DIRECTIONS = ["min", "max", "min", "min", "max"]


@pytest.fixture
def wind_csv(tmp_path: Path) -> Path:
    path = tmp_path / "windfarm.csv"
    path.write_text(WIND_CSV, encoding="utf-8")
    return path


@pytest.fixture
def wind_frame() -> pd.DataFrame:
    rows = [line.split(",") for line in WIND_CSV.splitlines()]
    frame = pd.DataFrame(
        [[float(v) for v in row[1:]] for row in rows[4:]],
        index=[row[0] for row in rows[4:]],
        columns=rows[0][1:],
    )
    return frame


def test_csv_problem(wind_csv: Path) -> None:
    problem = mcda.load_problem(wind_csv)
    assert problem.alternative_ids[4] == "laesoe_rende"
    assert problem.alternative("laesoe_rende").label.en == "Læsø Rende"
    assert problem.criterion("cost").direction is mcda.Direction.MIN
    assert problem.criterion("noise").unit == "dB"
    np.testing.assert_allclose(problem.weights(), [0.3, 0.3, 0.2, 0.1, 0.1])
    np.testing.assert_allclose(problem.matrix()[0], [120, 45, 38, 2, 3])
    assert not problem.evidence_required


def test_csv_frame_and_arrays_agree(wind_csv: Path, wind_frame: pd.DataFrame) -> None:
    from_csv = mcda.rank(mcda.load_problem(wind_csv))
    problem = mcda.Problem.from_frame(wind_frame, DIRECTIONS, weights=[3, 3, 2, 1, 1])
    from_frame = mcda.rank(problem)
    np.testing.assert_array_equal(from_csv.scores, from_frame.scores)
    expected = mcda.topsis(wind_frame.to_numpy(), [0.3, 0.3, 0.2, 0.1, 0.1], DIRECTIONS)
    np.testing.assert_allclose(from_frame.scores, expected)


def test_semicolon_csv_with_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "da.csv"
    path.write_text("sted;pris;kapacitet\nretning;min;max\nA;12,5;3\nB;10;4,25\n", encoding="utf-8")
    np.testing.assert_allclose(mcda.load_problem(path).matrix(), [[12.5, 3], [10, 4.25]])


def test_excel_with_criteria_and_weights_sheets(tmp_path: Path, wind_frame: pd.DataFrame) -> None:
    path = tmp_path / "wind.xlsx"
    with pd.ExcelWriter(path) as writer:
        wind_frame.to_excel(writer, sheet_name="matrix")
        pd.DataFrame(
            {"criterion": wind_frame.columns, "direction": DIRECTIONS, "label": list("ABCDE")}
        ).to_excel(writer, sheet_name="criteria", index=False)
        pd.DataFrame(
            {"criterion": wind_frame.columns, "investor": [3, 3, 2, 1, 1], "birdlife": [1] * 5}
        ).to_excel(writer, sheet_name="weights", index=False)
    problem = read_table(path)
    assert [p.id for p in problem.profiles] == ["investor", "birdlife"]
    assert problem.default_profile == "investor"
    assert problem.criterion("cost").label.da == "A"
    np.testing.assert_allclose(problem.matrix(), wind_frame.to_numpy())


def test_every_error_of_a_table_at_once(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("site,cost,noise\ndirection,min,up\nA,1,x\nA,2,\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        mcda.load_problem(path)
    lines = str(caught.value).splitlines()
    assert lines == [
        f"{path}: line 4, column site: duplicate alternative 'A'",
        f"{path}: line 2, column noise: 'up' is not 'max' or 'min'",
        f"{path}: line 3, column noise: 'x' is not a number",
        f"{path}: line 4, column noise: missing value",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("site,cost\nA,1\n", "no direction: add a row 'direction'"),
        ("site,cost\ndirection,min\n", "no alternatives"),
        ("site,cost\ndirection,min\nweight,-1\nA,1\n", "weight -1 is negative"),
        ("site,cost\ndirection,min\nA,1,7\n", "line 3, column 3: a value beyond the last"),
        ("site,cost,cost\ndirection,min,max\nA,1,2\n", "duplicate criterion 'cost'"),
        ("site,cost\ndirection,min\ndirection,max\nA,1\n", "a second 'direction' row"),
        ("just one column\n", "expected columns separated by"),
        ("", "the file is empty"),
    ],
)
def test_table_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises((ValidationError, DataFileError), match=message):
        mcda.load_problem(path)


def test_frame_errors(wind_frame: pd.DataFrame) -> None:
    with pytest.raises(ValidationError, match="directions: 4 given for 5 criteria"):
        mcda.Problem.from_frame(wind_frame, DIRECTIONS[:4])
    broken = wind_frame.copy()
    broken.iloc[1, 2] = np.nan
    with pytest.raises(ValidationError, match="row 'Thisted Bay', column 'noise': nan is not"):
        mcda.Problem.from_frame(broken, DIRECTIONS)
    with pytest.raises(ValidationError, match="unknown criterion 'speed'"):
        mcda.Problem.from_frame(wind_frame, {"speed": "max"})
    with pytest.raises(ValidationError, match="expected a pandas DataFrame"):
        mcda.Problem.from_frame(wind_frame.to_numpy(), DIRECTIONS)  # type: ignore[arg-type]


def test_missing_and_broken_workbooks(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="no such file"):
        read_table(tmp_path / "none.xlsx")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(DataFileError, match="not a readable Excel workbook"):
        read_table(broken)


def test_write_table_round_trips(tmp_path: Path, wind_csv: Path) -> None:
    result = mcda.rank(mcda.load_problem(wind_csv))
    csv_path = write_table(result, tmp_path / "ranking.csv")
    back = pd.read_csv(csv_path, index_col=0)
    np.testing.assert_allclose(back["score"].to_numpy(), result.scores)
    xlsx = write_table(result, tmp_path / "ranking.xlsx")
    assert pd.read_excel(xlsx, index_col=0)["rank"].tolist() == result.ranks.tolist()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["ranking.csv", "ranking.xlsx", "windfarm.csv"]
    )  # no temporary files left behind
    with pytest.raises(ValidationError, match=r"expected a \.csv or \.xlsx"):
        write_table(result, tmp_path / "ranking.json")


def test_make_ids() -> None:
    assert make_ids(["Læsø Rende", "Site A", "site a", "3 MW", "Ørsted"]) == [
        "laesoe_rende",
        "site_a",
        "site_a_2",
        "x_3_mw",
        "oersted",
    ]


def test_cli_reads_tables(wind_csv: Path) -> None:
    from mcda.cli.main import main

    assert main(["validate", str(wind_csv), "--lang", "en"]) == 0
    assert main(["rank", str(wind_csv), "--method", "wsm", "--format", "csv"]) == 0
