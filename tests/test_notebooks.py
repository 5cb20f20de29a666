"""The notebooks run from top to bottom against the installed package."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, tmp_path):
    nb = nbformat.read(path, as_version=4)
    # run in an empty folder: the notebook must work on a fresh checkout, with no out/ built
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors


def test_there_is_a_notebook():
    assert NOTEBOOKS


@pytest.mark.slow
def test_a_notebook_in_notebooks_reads_the_checkouts_build(tmp_path, built):
    import shutil

    out, _ = built
    repo = tmp_path / "checkout"
    (repo / "notebooks").mkdir(parents=True)
    (repo / "setup.cfg").write_text("[metadata]\nname = x\n")
    shutil.copytree(out, repo / "out")
    nb = nbformat.read(REPO / "notebooks" / "01-getting-started.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(repo / "notebooks")}}).execute()
    shown = "".join(o.get("data", {}).get("text/plain", "") + o.get("text", "")
                    for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    # the graph it says it read is the checkout's build, not the bundled records
    assert str((repo / "out" / "dsr.trig").resolve()) in shown
