"""mcda.whatif.whatif_page without a browser: one self-contained file, and the numbers
embedded in it are the engine's (the formulas the page applies, rebuilt here in Python
from the embedded data, equal mcda.rank). The browser test runs the page's own script."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from reproduction_support import write_problem
from whatif_support import case_analyses, case_problems, directors_folder

import mcda
from mcda.analysis import analyse
from mcda.errors import ValidationError
from mcda.group import group_analysis, read_directors
from mcda.whatif import whatif_page
from mcda.whatif.data import page_data, tab_labels

ROOT = Path(__file__).resolve().parent.parent


def embedded(page: str) -> dict:
    found = re.search(
        r'<script type="application/json" id="whatif-data">(.*?)</script>', page, re.S
    )
    assert found, "no data in the page"
    return json.loads(found.group(1))


@pytest.fixture(scope="module")
def page() -> str:
    return whatif_page(case_analyses(), lang="da")


def _scores(view: dict, method: str, w: np.ndarray) -> np.ndarray:
    """The page's formulas, applied in Python to the page's data."""
    if method == "weighted_sum":
        return np.asarray(view["methods"]["weighted_sum"]["values"]) @ w
    ideal = np.sqrt(np.asarray(view["methods"]["topsis"]["ideal"]) @ w**2)
    anti = np.sqrt(np.asarray(view["methods"]["topsis"]["anti"]) @ w**2)
    total = ideal + anti
    return np.where(total > 0, anti / np.where(total > 0, total, 1), 0.5)


def test_the_embedded_numbers_give_the_engines_scores(page) -> None:
    data = embedded(page)
    rng = np.random.default_rng(5)
    for decision, analysis in zip(data["decisions"], case_analyses(), strict=True):
        ids = [a["id"] for a in decision["alternatives"]]
        assert len(decision["views"]) == len(analysis.views)
        for view, real in zip(decision["views"], analysis.views, strict=True):
            assert [ids[i] for i in view["eligible"]] == list(real.problem.eligible_ids)
            for w in rng.dirichlet(np.ones(len(decision["criteria"])), 50):
                for method in decision["methods"]:
                    expected = mcda.rank(real.problem, w, method=method["key"])
                    assert method["name"] == expected.method
                    np.testing.assert_allclose(
                        _scores(view, method["key"], w), expected.scores, rtol=0, atol=1e-12
                    )


def test_what_the_analysis_holds_is_read_not_recomputed(page) -> None:
    data = embedded(page)
    for decision, analysis in zip(data["decisions"], case_analyses(), strict=True):
        np.testing.assert_array_equal(decision["initial"], analysis.weights)
        assert decision["analysisMethod"] == analysis.method
        for view, real in zip(decision["views"], analysis.views, strict=True):
            first = real.smaa.first_rank_acceptability
            assert view["smaa"]["first"] == [
                float(first[real.smaa.alternatives.index(a)]) for a in real.problem.eligible_ids
            ]
            assert view["smaa"]["samples"] == real.smaa.n_samples
            assert view["smaa"]["target"] == real.target_share
        stated = {p["id"]: p for p in decision["presets"]}.get("stated")
        if analysis.stated is None:
            assert stated is None
        else:
            np.testing.assert_array_equal(stated["weights"], analysis.stated.weights)
            reproduction = analysis.with_requirements.reproduction
            if reproduction.closest is not None:
                assert reproduction.closest.tolist() in decision["views"][0]["known"]


def test_one_self_contained_file(page) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="da">' in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""\b(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert len(page.encode("utf-8")) < 2 * 1024 * 1024
    assert page.count("<script") == 2


def test_same_inputs_same_bytes() -> None:
    analyses = case_analyses()
    assert whatif_page(analyses, lang="en") == whatif_page(analyses, lang="en")


def test_one_language_per_page() -> None:
    analyses = case_analyses()[:1]
    english = whatif_page(analyses, lang="en")
    data = embedded(english)
    assert '<html lang="en">' in english and "What if? The weights in the meeting" in english
    assert data["strings"]["whatif_first"] == "With these weights {names} comes first."
    assert data["decisions"][0]["criteria"][0]["label"] == "Robustness (staffing)"
    danish = embedded(whatif_page(analyses))
    assert danish["decisions"][0]["criteria"][0]["label"] == "Robusthed (bemanding)"


def test_directors_are_embedded_with_their_judgements() -> None:
    analyses = case_analyses()
    group = group_analysis(
        read_directors(directors_folder(), list(case_problems().values())), analyses
    )
    data = embedded(whatif_page(analyses, group=group))
    assert data["hasGroup"] is True
    physical = next(d for d in data["decisions"] if d["id"] == "klimanord_physical_anchoring")
    rows = physical["directors"]["rows"]
    assert len(rows) == 11 and all(r["method"] == "ahp" and r["matrix"] for r in rows)
    matrix = np.array(rows[0]["matrix"], dtype=float)
    np.testing.assert_allclose(matrix * matrix.T, 1.0)  # reciprocal
    expected = group.decision("klimanord_physical_anchoring").aij_weights
    np.testing.assert_array_equal(physical["directors"]["aij"]["weights"], expected)
    assert embedded(whatif_page(analyses))["decisions"][0]["directors"] is None


def test_text_from_a_file_cannot_break_out_of_the_page(tmp_path) -> None:
    path = tmp_path / "evil.toml"
    write_problem(path, [[1, 2], [2, 1]], ["max", "max"], problem_id="evil")
    text = path.read_text(encoding="utf-8").replace(
        'en = "Synthetic evil"', 'en = "</script><script>alert(1)</script><!-- \u2028"'
    )
    path.write_text(text, encoding="utf-8")
    analysis = analyse(mcda.load_problem(path), n_samples=200, rng=1, robustness_samples=0)
    page = whatif_page([analysis], lang="en")
    assert "<script>alert" not in page
    assert page.count("</script>") == 2
    assert (
        embedded(page)["decisions"][0]["title"] == "</script><script>alert(1)</script><!-- \u2028"
    )


def test_a_problem_on_column_normalisation_and_two_criteria(tmp_path) -> None:
    """Any problem: the bikes example (vector normalisation, 3 criteria) and two
    criteria (no ternary slice: the page draws a strip)."""
    bikes = analyse(
        mcda.load_problem(ROOT / "criteria" / "examples" / "bikes.toml"),
        n_samples=300,
        rng=1,
        robustness_samples=0,
    )
    data = embedded(whatif_page([bikes], lang="en"))["decisions"][0]
    assert data["methods"][0]["name"] == "topsis_vector"
    assert data["stated"]["by"] == "Facilities" and data["slice"] is not None
    path = tmp_path / "two.toml"
    write_problem(path, [[1, 3], [3, 1], [2, 2]], ["max", "max"], problem_id="two", recommend="a2")
    two = analyse(mcda.load_problem(path), n_samples=300, rng=1, robustness_samples=0)
    assert embedded(whatif_page([two]))["decisions"][0]["slice"] is None


def test_errors() -> None:
    with pytest.raises(ValidationError, match="at least one decision"):
        whatif_page([])
    with pytest.raises(ValidationError, match="lang: 'fr'"):
        whatif_page(case_analyses()[:1], lang="fr")  # type: ignore[arg-type]


def test_tab_labels() -> None:
    assert tab_labels(
        [
            "Klima Nord: ambitionsniveau",
            "Klima Nord: fysisk forankring",
            "Grøn Trepart: særlig organisering?",
        ]
    ) == ["Ambitionsniveau", "Fysisk forankring", "Grøn Trepart: særlig organisering?"]
    assert tab_labels(["one"]) == ["One"]


def test_page_data_is_json(page) -> None:
    data = page_data(case_analyses(), "en")
    json.dumps(data, allow_nan=False)
    assert data["searchSamples"] > 0
