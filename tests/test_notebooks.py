"""The notebooks run, top to bottom, on a filled warehouse and on an empty one, so they never rot."""

from __future__ import annotations

import pytest

from pipeline import load
from tests.analysts_factory import build_warehouse
from tests.conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))

nbformat = pytest.importorskip("nbformat", reason="jupyter deps absent: pip install -e '.[dev]' (nbformat, nbclient, ipykernel, matplotlib)")
nbclient = pytest.importorskip("nbclient", reason="jupyter deps absent: pip install -e '.[dev]' (nbformat, nbclient, ipykernel, matplotlib)")
pytest.importorskip("ipykernel", reason="jupyter deps absent: pip install -e '.[dev]' (nbformat, nbclient, ipykernel, matplotlib)")
pytest.importorskip("matplotlib", reason="jupyter deps absent: pip install -e '.[dev]' (nbformat, nbclient, ipykernel, matplotlib)")


def run(path, db, monkeypatch):
    """Execute a notebook in its folder against the warehouse `db`; the executed notebook."""
    monkeypatch.setenv("MINUTIER_DB", str(db))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend renders PNG outputs
    book = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(book, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return book


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    return build_warehouse(tmp_path_factory.mktemp("nb") / "w.duckdb")


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    path = tmp_path_factory.mktemp("nb") / "empty.duckdb"
    load.connect(path).close()
    return path


def test_there_are_notebooks_without_outputs():
    assert {p.stem for p in PATHS} >= {"attendance_quorum", "proxies", "votes", "budget", "findings"}
    for path in PATHS:
        book = nbformat.read(path, as_version=4)
        assert all(not c.get("outputs") and not c.get("execution_count") for c in book.cells if c.cell_type == "code"), \
            f"{path.name}: outputs are not committed (clear them before committing)"


@pytest.mark.slow
@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_runs_on_a_filled_warehouse(path, filled, monkeypatch):
    book = run(path, filled, monkeypatch)
    outputs = [o for c in book.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs), f"{path.name} drew no plot on a filled warehouse"


@pytest.mark.slow
@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_degrades_on_an_empty_warehouse(path, empty, monkeypatch):
    book = run(path, empty, monkeypatch)
    text = "".join(o.get("text", "") for c in book.cells if c.cell_type == "code" for o in c.outputs)
    assert "Aucune donnée" in text
