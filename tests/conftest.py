"""Shared test fixtures: paths to the shipped example problems."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "criteria" / "examples"


@pytest.fixture
def bikes_path() -> Path:
    return EXAMPLES / "bikes.toml"


@pytest.fixture
def bikes_copy(tmp_path: Path) -> Path:
    """A writable copy of the example problem (with its source) under tmp_path."""
    target = tmp_path / "examples"
    shutil.copytree(EXAMPLES, target)
    return target / "bikes.toml"
