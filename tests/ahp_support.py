"""A copy of the bikes example with AHP judgements appended (for the AHP tests)."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "criteria" / "examples"

JUDGEMENTS = """
[[judgements]]
id = "facilities"
of = "criteria"
label = { da = "Facilitetsteamet", en = "The facilities team" }
pairs = [
  ["cost", "fleet_size", 3],
  ["cost", "usefulness", "1/2"],
  ["usefulness", "fleet_size", 5],
]

[[judgements]]
id = "board"
of = "criteria"
member = "Anna"
pairs = [["cost", "fleet_size", 3], ["cost", "usefulness", "1/2"], ["usefulness", "fleet_size", 5]]

[[judgements]]
id = "board"
of = "criteria"
member = "Bo"
weight = 2
pairs = [["cost", "fleet_size", 7], ["cost", "usefulness", 3], ["fleet_size", "usefulness", 2]]

[[judgements]]
id = "cost_pairs"
of = "alternatives"
criterion = "cost"
pairs = [
  ["citycycle", "cargo_co", 2],
  ["budget_bikes", "citycycle", 3],
  ["budget_bikes", "cargo_co", 5],
  ["citycycle", "pedal_plus", 5],
]

[[judgements]]
id = "size_pairs"
of = "alternatives"
criterion = "fleet_size"
pairs = [["citycycle", "cargo_co", 3], ["budget_bikes", "cargo_co", 3], ["citycycle", "budget_bikes", 1]]

[[judgements]]
id = "use_pairs"
of = "alternatives"
criterion = "usefulness"
pairs = [["cargo_co", "citycycle", 2], ["cargo_co", "budget_bikes", 7], ["citycycle", "budget_bikes", 4]]
"""


def bikes_with_judgements(tmp_path: Path, extra: str = JUDGEMENTS, name: str = "bikes_ahp") -> Path:
    """Copy the examples under ``tmp_path`` and write ``name``.toml = bikes + ``extra``."""
    target = tmp_path / "examples"
    if not target.exists():
        shutil.copytree(EXAMPLES, target)
    path = target / f"{name}.toml"
    path.write_text((EXAMPLES / "bikes.toml").read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path
