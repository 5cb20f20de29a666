"""Shared fixtures: one build of the bundled records per test session, and paths to test data."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import graph
from graph.cli import cli
from graph.resources import data_dir

REPO = Path(__file__).resolve().parents[1]
TEST_DATA = Path(__file__).resolve().parent / "data"


# .ci/run sets DSR_CI=1: there a missing system component (Java, Virtuoso, Chromium) fails the tests
# that need it, because CI installs them all; elsewhere those tests skip, saying what to install.
IN_CI = os.environ.get("DSR_CI") == "1"


def require_command(names: str | tuple[str, ...], why: str, install: str) -> str:
    """The path of the first of ``names`` on PATH; otherwise skip the test (fail it under CI) saying why."""
    for name in (names,) if isinstance(names, str) else names:
        found = shutil.which(name)
        if found:
            return found
    first = names if isinstance(names, str) else names[0]
    message = f"{first} is not installed: {why}. Install it with `{install}` (.ci/run installs it)"
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def shared_dir() -> Path | None:
    """The project's shared folder (fact base, seed report, samples), if this machine has it."""
    candidate = Path(os.environ.get("DSR_SHARED", REPO.parent / "shared"))
    return candidate if (candidate / "facts").is_dir() else None


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """`dsr build` run once, as a user would, into a fresh folder; returns (out_dir, CliRunner result)."""
    out = tmp_path_factory.mktemp("build") / "out"
    result = CliRunner().invoke(cli, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result


@pytest.fixture(scope="session")
def kg(built):
    """The built dataset, read back from out/dsr.trig."""
    out, _ = built
    return graph.load(out / "dsr.trig")


FACT_BASE_FILES = ("international.yaml", "pakistan.yaml")  # the records made from the shared fact base


@pytest.fixture(scope="session")
def factbase_kg(tmp_path_factory):
    """The records made from the shared fact base alone (the regional curation left out), built with
    the default analysis: what the tests that work out their answers from the fact base's CSV ask."""
    from graph.build import build_dataset

    root = tmp_path_factory.mktemp("factbase") / "data"
    shutil.copytree(str(data_dir()), root)
    for sub in ("partnerships", "organisations", "sources"):
        for path in (root / sub).glob("*.yaml"):
            if sub != "partnerships" or path.name not in FACT_BASE_FILES:
                path.unlink()
    (root / "judgements.yaml").unlink(missing_ok=True)  # judgements on regional records
    # and the name authority's entries on organisations only the regional files curate
    kept = {o["id"] for o in yaml.safe_load((root / "organisations.yaml").read_text(encoding="utf-8"))}
    names = yaml.safe_load((root / "names.yaml").read_text(encoding="utf-8"))
    names = [e for e in names if e.get("organisation") in (None, *kept)]
    (root / "names.yaml").write_text(yaml.safe_dump(names, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return build_dataset(root)


@pytest.fixture
def records_copy(tmp_path) -> Path:
    """A writable copy of the bundled records, to break on purpose."""
    target = tmp_path / "data"
    shutil.copytree(str(data_dir()), target)
    return target


@pytest.fixture
def run():
    """Invoke the `dsr` command line in-process and return the click Result."""
    def invoke(*args: str):
        return CliRunner().invoke(cli, [str(a) for a in args])
    return invoke


# ----------------------------------------------------------------------------- imports

def samples_dir() -> Path | None:
    """The real third-party samples (shared/samples), if this machine has them."""
    shared = Path(os.environ.get("DSR_SHARED", REPO.parent / "shared"))
    return shared / "samples" if (shared / "samples").is_dir() else None


class Quads:
    """An import's TriG read back, with small helpers to ask what it states."""

    def __init__(self, path: Path):
        from graph.store.rdfio import read_quads

        self.quads = read_quads(path)

    def objects(self, s: str, p: str) -> set[str]:
        return {q.object.value for q in self.quads if q.subject.value == s and q.predicate.value == p}

    def literal(self, s: str, p: str) -> tuple[str, str]:
        (q,) = [q for q in self.quads if q.subject.value == s and q.predicate.value == p]
        return q.object.value, q.object.datatype.value.rsplit("#", 1)[1]

    def subjects(self, p: str, o: str) -> set[str]:
        return {q.subject.value for q in self.quads if q.predicate.value == p and q.object.value == o}


@pytest.fixture
def read_import():
    return Quads
