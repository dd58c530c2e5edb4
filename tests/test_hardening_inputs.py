"""Issue 16, items 3, 5 and 9: hostile problem files and arguments exit 2 with one line.

Each test is one reproducer of the issue: before the fix it ended in exit 1 (an
internal error), a hang, a multi-line message, or read a file it should not.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from mcda.cli.main import main
from mcda.errors import DataFileError
from mcda.limits import MAX_DEPTH, MAX_KEY_PARTS, MAX_PROBLEM_BYTES, check_toml_text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def assert_one_line_error(code: int, err: str, *parts: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("mcda: error: "), err
    for part in parts:
        assert part in err, err


def edited(path: Path, old: str, new: str) -> Path:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


# -- item 3: sources stay inside the problem's folder --------------------------------------


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/etc/passwd", "must be relative to the problem's folder"),
        ("/dev/zero", "must be relative to the problem's folder"),
        ("../../../../../../etc/passwd", "points outside the problem's folder"),
        ("sources/../../outside.txt", "points outside the problem's folder"),
        ("sources", "is a folder"),
    ],
)
def test_source_paths_outside_the_folder_are_refused(capsys, bikes_copy, path, reason) -> None:
    (bikes_copy.parent.parent / "outside.txt").write_text("Cargo Co. offers")
    edited(bikes_copy, 'path = "sources/bike_memo.txt"', f'path = "{path}"')
    code, err = run(capsys, "validate", str(bikes_copy))
    assert_one_line_error(code, err, "bikes.toml", "sources[0].path", reason)


def test_a_symlink_out_of_the_folder_is_refused(capsys, bikes_copy) -> None:
    link = bikes_copy.parent / "sources" / "link.txt"
    link.symlink_to("/etc/passwd")
    edited(bikes_copy, 'path = "sources/bike_memo.txt"', 'path = "sources/link.txt"')
    code, err = run(capsys, "validate", str(bikes_copy))
    assert_one_line_error(code, err, "sources[0].path", "points outside the problem's folder")


def test_a_device_or_pipe_inside_the_folder_is_not_read(capsys, bikes_copy) -> None:
    fifo = bikes_copy.parent / "sources" / "pipe.txt"
    os.mkfifo(fifo)  # reading it would wait for a writer for ever
    edited(bikes_copy, 'path = "sources/bike_memo.txt"', 'path = "sources/pipe.txt"')
    code, err = run(capsys, "validate", str(bikes_copy))
    assert_one_line_error(code, err, "sources[0].path", "not a regular file")


def test_the_problem_file_itself_must_be_a_regular_file_of_bounded_size(capsys, tmp_path) -> None:
    code, err = run(capsys, "validate", "/dev/zero")
    assert_one_line_error(code, err, "/dev/zero: is not a regular file")
    big = tmp_path / "big.toml"
    big.write_text("# " + "x" * MAX_PROBLEM_BYTES)
    code, err = run(capsys, "validate", str(big))
    assert_one_line_error(code, err, "big.toml:", "the limit is 4,194,304")


# -- item 5: numbers and sizes beyond the limits -------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("value = 20\n", "value = 1" + "0" * 400 + "\n", "fleet_size.value"),
        ("weights = { cost = 1,", "weights = { cost = 1" + "0" * 400 + ",", "weights.cost"),
        ("bounds = [0, 1000]", "bounds = [0, 1" + "0" * 400 + "]", "criteria[0].bounds"),
        ("value = 20\n", "value = 1e301\n", "fleet_size.value"),
        ("value = 20\n", "value = -1.5e305\n", "fleet_size.value"),
    ],
)
def test_huge_numbers_are_a_clear_error(capsys, bikes_copy, old, new, field) -> None:
    edited(bikes_copy, old, new)
    code, err = run(capsys, "rank", str(bikes_copy))
    assert_one_line_error(code, err, "bikes.toml", field)


def test_a_huge_constraint_and_member_weight(capsys, bikes_copy) -> None:
    text = bikes_copy.read_text(encoding="utf-8")
    text += '\n[[constraints]]\nid = "cap"\nlabel = { da = "Loft", en = "Cap" }\ncriterion = "cost"\nmax = 1' + "0" * 400
    bikes_copy.write_text(text, encoding="utf-8")
    code, err = run(capsys, "validate", str(bikes_copy))
    assert_one_line_error(code, err, "bikes.toml", "constraints[1].max", "must be finite")
    from ahp_support import JUDGEMENTS

    bikes_copy.write_text(
        text.rsplit("\n[[constraints]]", 1)[0]
        + JUDGEMENTS.replace('member = "Anna"', 'member = "Anna"\nweight = 1' + "0" * 400, 1)
    )
    code, err = run(capsys, "ahp", str(bikes_copy), "--set", "board")
    assert_one_line_error(code, err, "bikes.toml", ".weight")


@pytest.mark.parametrize("judgement", ['"1' + "0" * 400 + '/1"', "1" + "0" * 400, "1e-320"])
def test_out_of_range_judgements(capsys, bikes_copy, judgement) -> None:
    from ahp_support import JUDGEMENTS

    block = JUDGEMENTS.split("[[judgements]]")[1]
    text = "[[judgements]]" + block.replace('["cost", "fleet_size", 3]', f'["cost", "fleet_size", {judgement}]')
    bikes_copy.write_text(bikes_copy.read_text(encoding="utf-8") + "\n" + text)
    code, err = run(capsys, "ahp", str(bikes_copy))
    assert_one_line_error(code, err, "bikes.toml", "judgements[0].pairs[0]")


def test_deep_nesting_and_long_dotted_keys_stop_before_the_parser(capsys, bikes_copy) -> None:
    original = bikes_copy.read_text(encoding="utf-8")
    bikes_copy.write_text(original + "x = " + "[" * 500 + "]" * 500 + "\n")
    code, err = run(capsys, "validate", str(bikes_copy))
    assert_one_line_error(code, err, "bikes.toml: line", f"nested more than {MAX_DEPTH} deep")
    bikes_copy.write_text(original + "a" + ".a" * 50_000 + " = 1\n")  # 209 KB: 43 s before
    started = time.perf_counter()
    code, err = run(capsys, "validate", str(bikes_copy))
    assert_one_line_error(code, err, "bikes.toml: line", f"more than {MAX_KEY_PARTS} parts")
    assert time.perf_counter() - started < 10  # a hang guard, not a speed claim


def test_the_scan_ignores_dots_and_brackets_inside_strings_and_comments() -> None:
    text = (
        'q = "a.b.c.d [[[[" # x.y.z [[[\n'
        "r = '''" + "." * 200 + "[" * 50 + "'''\n"
        's = """a\\"' + "." * 100 + '"""\n'
        "numbers = [1.5, 2.5, 3.5, 4.5]\n"
        '"quoted"."dotted".key = 1\n'
    )
    check_toml_text(text, "f")  # no error
    with pytest.raises(DataFileError, match="more than 64 parts"):
        check_toml_text("k = 1\n" + '"a".' * 70 + "b = 2", "f")


def test_too_many_alternatives(capsys, bikes_copy) -> None:
    block = '[[alternatives]]\nid = "a{0}"\nlabel = {{ da = "a", en = "a" }}\n'
    text = bikes_copy.read_text(encoding="utf-8")
    extra = "".join(block.format(i) for i in range(1001))
    bikes_copy.write_text(text.replace("[[criteria]]", extra + "[[criteria]]", 1))
    code, err = run(capsys, "validate", str(bikes_copy))
    assert_one_line_error(code, err, "bikes.toml: alternatives:", "the limit is 1,000")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["sensitivity", "{file}", "--out", "{tmp}/o", "--seed", "-1"], "argument --seed: '-1'"),
        (["sensitivity", "{file}", "--out", "{tmp}/o", "--samples", str(10**12)],
         "argument --samples: 1,000,000,000,000 is outside 1 … 10,000,000"),
        (["sensitivity", "{file}", "--out", "{tmp}/o", "--points", "0"], "argument --points"),
        (["report", "--seed", "-1", "--out", "{tmp}/r"], "argument --seed: '-1'"),
        (["report", "--samples", "0", "--out", "{tmp}/r"], "argument --samples"),
        (["reproduce", "--margin", "2"], "argument --margin: '2' is not a margin"),
        (["reproduce", "--seed", str(2**64)], "argument --seed"),
        (["sensitivity", "{file}", "--out", "{readme}/x"], "cannot create the output folder"),
        (["ahp", "template", "--criteria", "{file}", "--out", "{tmp}/f.xlsx", "--member",
          "a\x01b"], "--member: 'a\\x01b' holds control characters"),
        (["ahp", "{file}", "--plot", "{tmp}/p.xyz"], "--plot: "),
    ],
)  # fmt: skip
def test_bad_arguments_exit_2(capsys, tmp_path, bikes_path, argv, message) -> None:
    (tmp_path / "README.md").write_text("x")
    names = {"file": str(bikes_path), "tmp": str(tmp_path), "readme": str(tmp_path / "README.md")}
    code, err = run(capsys, *[a.format(**names) for a in argv])
    assert_one_line_error(code, err, message)
    assert not (tmp_path / "o").exists() and not (tmp_path / "r").exists()


# -- item 9: messages are one line and name the file ---------------------------------------


def test_a_key_with_a_newline_gives_a_one_line_message(capsys, bikes_copy) -> None:
    text = bikes_copy.read_text(encoding="utf-8")
    bikes_copy.write_text(text.replace("[scores.cargo_co.cost]", '[scores."cargo\\nco".cost]', 1))
    code, err = run(capsys, "validate", str(bikes_copy))
    assert_one_line_error(code, err, "bikes.toml: scores.'cargo\\nco': unknown alternative")


def test_ids_may_not_end_in_a_newline(capsys, bikes_copy) -> None:
    edited(bikes_copy, 'id = "bike_fleet"', 'id = "bike_fleet\\n"')
    code, err = run(capsys, "validate", str(bikes_copy))
    assert_one_line_error(code, err, "bikes.toml: problem.id: 'bike_fleet\\n' is not an id")


def test_control_characters_anywhere_in_a_message_are_escaped() -> None:
    from mcda.errors import ValidationError

    message = str(ValidationError("f.toml: a\nb\rc\x1b[31m\u2028"))
    assert message == "f.toml: a\\nb\\rc\\x1b[31m\\x2028"
    long = str(ValidationError("f.toml: field: " + "x" * 5000 + " is wrong"))
    assert long.startswith("f.toml: field: ") and long.endswith(" is wrong") and len(long) < 1100
