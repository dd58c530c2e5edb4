"""``mcda group DIR``: the eleven directors' folder on the command line, table and JSON,
Danish and English, agreeing with mcda.group; bad input exits 2 with one line."""

from __future__ import annotations

import json

import numpy as np
import pytest
from whatif_support import CASE, case_problems, directors_folder

from mcda.cli.main import main
from mcda.group import group_analysis, read_directors


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def library():
    problems = list(case_problems().values())
    return group_analysis(read_directors(directors_folder(), problems), problems)


def test_json_agrees_with_the_library(capsys, library) -> None:
    code, out, err = run(
        capsys, "group", str(directors_folder()), "--case", str(CASE), "--format", "json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["members"] == list(library.directors.members)
    for shown, decision in zip(data["decisions"], library.decisions, strict=True):
        assert shown["problem"] == decision.problem.id
        assert [d["winner"] for d in shown["directors"]] == [list(w) for w in decision.winners]
        criteria = decision.problem.criterion_ids
        np.testing.assert_allclose(
            [[d["weights"][c] for c in criteria] for d in shown["directors"]], decision.weights
        )
        np.testing.assert_allclose(
            [shown["mean_weights"][c] for c in criteria], decision.mean_weights
        )
        assert shown["kendall_w"] == pytest.approx(decision.kendall_w)
        assert shown["choice_share"] == decision.choice_share


@pytest.mark.parametrize("lang", ["da", "en"])
def test_table_has_every_director_and_the_sentences(capsys, library, lang) -> None:
    code, out, err = run(
        capsys, "group", str(directors_folder()), "--case", str(CASE), "--lang", lang
    )
    assert code == 0, err
    for decision in library.decisions:
        for sentence in library.sentences(lang)[decision.problem.id]:
            assert sentence in out
    assert out.count("Vesthimmerland") == len(library.decisions)
    assert ("Gennemsnit" if lang == "da" else "Mean") in out
    assert ("AIJ (AHP-svar)" if lang == "da" else "AIJ (AHP answers)") in out


def test_weighted_sum(capsys) -> None:
    code, out, _ = run(
        capsys,
        "group",
        str(directors_folder()),
        "--case",
        str(CASE),
        "--method",
        "weighted_sum",
        "--format",
        "json",
    )
    assert code == 0
    assert {d["method"] for d in json.loads(out)["decisions"]} == {"weighted_sum_anchored"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["group", "/no/such/folder", "--case", str(CASE)], "no such folder"),
        (["group", str(CASE), "--case", str(CASE)], "no filled swing or AHP forms"),
        (
            ["group", str(CASE / "sources"), "--case", str(CASE)],
            "municipalities.csv: the header must start",
        ),
        (["group", str(CASE), "--case", "/no/case"], "no such case folder"),
        (["group", str(CASE), "--lang", "fr"], "lang: 'fr'"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, argv, message) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
