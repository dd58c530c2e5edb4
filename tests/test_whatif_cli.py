"""``mcda whatif``: the page written atomically from a file or a folder, with the
directors' folder when given; options checked before any work; bad input exits 2."""

from __future__ import annotations

import json
import re

import pytest
from reproduction_support import write_problem
from whatif_support import directors_folder

from mcda.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def embedded(path) -> dict:
    found = re.search(r'id="whatif-data">(.*?)</script>', path.read_text(encoding="utf-8"), re.S)
    return json.loads(found.group(1))


@pytest.fixture
def case(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    write_problem(
        folder / "first.toml",
        [[6, 2, 3], [2, 6, 2], [3, 3, 6]],
        ["max", "min", "max"],
        problem_id="first",
        recommend="a0",
    )
    write_problem(folder / "second.toml", [[1, 5], [4, 2]], ["max", "max"], problem_id="second")
    return folder


def test_a_folder_gives_one_page_with_every_decision(capsys, case, tmp_path) -> None:
    out = tmp_path / "page.html"
    code, stdout, err = run(
        capsys,
        "whatif",
        str(case),
        "--out",
        str(out),
        "--samples",
        "300",
        "--lang",
        "en",
        "--no-progress",
    )
    assert code == 0, err
    assert stdout.startswith(f"{out}: 2 decisions")
    data = embedded(out)
    assert [d["id"] for d in data["decisions"]] == ["first", "second"]
    assert data["lang"] == "en" and data["hasGroup"] is False
    assert err == ""
    again = tmp_path / "again.html"
    run(
        capsys,
        "whatif",
        str(case),
        "--out",
        str(again),
        "--samples",
        "300",
        "--lang",
        "en",
        "--no-progress",
    )
    assert again.read_bytes() == out.read_bytes()  # same inputs and seed, same bytes


def test_progress_on_stderr(capsys, case, tmp_path) -> None:
    code, _, err = run(
        capsys,
        "whatif",
        str(case / "first.toml"),
        "--out",
        str(tmp_path / "p.html"),
        "--samples",
        "300",
    )
    assert code == 0
    assert "mcda:" in err or "Hvad nu hvis" in err


@pytest.mark.slow
def test_the_case_with_the_directors(capsys, tmp_path) -> None:
    out = tmp_path / "whatif.html"
    code, _, err = run(
        capsys,
        "whatif",
        "--out",
        str(out),
        "--weights-from",
        str(directors_folder()),
        "--samples",
        "500",
        "--no-progress",
    )
    assert code == 0, err
    data = embedded(out)
    assert data["hasGroup"] is True
    assert all(len(d["directors"]["rows"]) == 11 for d in data["decisions"])
    assert out.stat().st_size < 2 * 1024 * 1024


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--out", "page.txt"], "must end in .html"),
        (["--out", "/no/such/folder/page.html"], "does not exist"),
        (["--out", "page.html", "--lang", "fr"], "lang: 'fr'"),
        (["--out", "page.html", "--weights-from", "/no/such/forms"], "no such folder"),
        (["--out", "page.html", "--samples", "0"], "outside"),
        (["--out", "page.html", "--seed", "-3"], "not a seed"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    capsys, case, tmp_path, monkeypatch, extra, message
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "whatif", str(case), *extra, "--no-progress")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert not (tmp_path / "page.html").exists()


def test_the_out_is_checked_before_the_problems_are_read(capsys, tmp_path) -> None:
    folder = tmp_path / "looks.html"
    folder.mkdir()
    code, _, err = run(capsys, "whatif", str(tmp_path / "missing"), "--out", str(folder))
    assert code == 2
    assert "is a folder" in err
