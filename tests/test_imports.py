"""What importing mcda costs and exposes: a clean namespace, heavy libraries only when a
call needs them, and no import cycle between ranking and AHP."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import mcda

ROOT = Path(__file__).resolve().parent.parent


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_dir_lists_the_public_api_only() -> None:
    assert dir(mcda) == sorted(mcda.__all__)
    for name in ("Any", "TYPE_CHECKING", "annotations", "importlib"):
        assert name not in dir(mcda)
    for name in mcda.__all__:
        assert getattr(mcda, name) is not None


def test_import_and_cli_start_without_heavy_libraries() -> None:
    for code in ("import mcda", "import mcda.cli.main"):
        loaded = _modules_after(code)
        assert not {"pandas", "matplotlib", "pymcdm", "scipy", "tqdm"} & loaded, code


def test_ranking_a_file_with_a_peer_method_needs_no_pymcdm_or_matplotlib() -> None:
    code = (
        "import mcda\n"
        f"problem = mcda.load_problem({str(ROOT / 'criteria/klimanord/ambition.toml')!r})\n"
        "for method in ('wsm', 'wpm', 'vikor', 'promethee_ii', 'spotis', 'copras'):\n"
        "    mcda.rank(problem, method=method)"
    )
    assert not {"pymcdm", "matplotlib", "pandas"} & _modules_after(code)


def test_ranking_and_ahp_do_not_import_each_other() -> None:
    ahp_sources = (ROOT / "mcda" / "ahp").glob("*.py")
    for path in ahp_sources:
        assert "mcda.ranking" not in path.read_text(encoding="utf-8"), path.name
    assert not any(m.startswith("mcda.ahp.") and m != "mcda.ahp.random_index"
                   for m in _modules_after("import mcda.ranking") - _modules_after("import mcda"))
    # AHP weights ("ahp:SET") are resolved before ranking, in mcda.weight_sources.
    assert "mcda.ahp" not in (ROOT / "mcda" / "ranking.py").read_text(encoding="utf-8").split(
        "def _rank_by_hierarchy"
    )[0]
