"""The analyst notebooks in notebooks/: stored without outputs, and each runs top to bottom.

Execution goes through nbclient and an ipykernel running this interpreter (jupyter_client
replaces the kernelspec's ``python`` with ``sys.executable``), with the working directory
set to the repository root, so the notebooks read ``criteria/...`` exactly as the CLI
does, whatever directory pytest was started from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
#: Seconds any one cell may take before the run counts as hung (not a speed assertion).
CELL_TIMEOUT = 600


def _read(path: Path) -> Any:
    import nbformat

    return nbformat.read(path, as_version=4)


def test_notebooks_are_found() -> None:
    assert NOTEBOOKS, f"no notebooks in {NOTEBOOK_DIR}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_outputs_are_stripped(path: Path) -> None:
    """Git holds notebooks without outputs: no output and no execution count in any cell."""
    notebook = _read(path)
    dirty = [
        index
        for index, cell in enumerate(notebook.cells)
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)
    ]
    assert not dirty, f"{path.name}: cells {dirty} carry outputs; clear them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_valid_and_explained(path: Path) -> None:
    """Valid nbformat, starts with a Markdown title, and explains itself between code cells."""
    import nbformat

    notebook = _read(path)
    nbformat.validate(notebook)
    kinds = [cell.cell_type for cell in notebook.cells]
    assert kinds[0] == "markdown" and notebook.cells[0].source.startswith("# ")
    assert kinds.count("markdown") >= 4, f"{path.name}: too few explanations"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every cell runs without an error, from the repository root."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    monkeypatch.setenv("TMPDIR", str(tmp_path))  # temp files of the notebook land here
    notebook = _read(path)
    client = NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT)}},
    )
    try:
        client.execute()
    except CellExecutionError as error:
        pytest.fail(f"{path.name} failed:\n{error}", pytrace=False)
    errors = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "error"
    ]
    assert not errors


def test_readme_lists_every_notebook() -> None:
    """notebooks/README.md lists exactly the notebooks in the folder."""
    import re

    readme = (NOTEBOOK_DIR / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"\(([0-9]{2}_[a-z0-9_]+\.ipynb)\)", readme))
    assert listed == {path.name for path in NOTEBOOKS}
