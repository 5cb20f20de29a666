"""Same input, same seed, same bytes: whatever PYTHONHASHSEED is, and wherever the files sit.

Set and dict order of str keys changes with PYTHONHASHSEED, which one process cannot show: each
run here is a separate process of the installed `dsr` command, in a folder of its own, with its
own hash seed. The runs build with imported and synthetic data merged in, analyse and map every
projection, and export everything; every file they write must be the same, byte for byte.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TEST_DATA

DSR = Path(sys.executable).with_name("dsr")
PROJECTIONS = ("co-partnership", "organisation-technology", "country-country", "typed-multigraph")

SCRIPT = """set -e
dsr synth --organisations 300 --seed 5 --out syn.trig
dsr import cables cables --out cables.trig
dsr import aiddata projects.csv --out aiddata.trig
dsr build --include syn.trig --include cables.trig --include aiddata.trig
for p in {projections}; do
  dsr analyze --graph out/dsr.trig --projection $p --out analyses/$p
  dsr map --graph out/dsr.trig --projection $p --out maps/$p.html
done
dsr map --graph out/dsr.trig --focus organisation:zte-corporation --depth 2 --out maps/zte.html
dsr map --graph out/dsr.trig --node-cap 50 --out maps/aggregated.html
dsr export --graph out/dsr.trig --all --out export-all
"""


def _digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_every_output_is_byte_identical_under_two_hash_seeds_in_two_folders(tmp_path):
    runs = {}
    for name, hash_seed in (("first", "1"), ("second", "2027")):
        folder = tmp_path / name / "work"  # two folders at different depths
        if name == "second":
            folder = tmp_path / name / "deeper" / "work"
        folder.mkdir(parents=True)
        shutil.copytree(TEST_DATA / "cables", folder / "cables")
        shutil.copy(TEST_DATA / "aiddata" / "test-projects.csv", folder / "projects.csv")
        env = dict(os.environ, PYTHONHASHSEED=hash_seed, PATH=f"{DSR.parent}{os.pathsep}{os.environ['PATH']}")
        script = SCRIPT.format(projections=" ".join(PROJECTIONS))
        # both runs at once: two cores, and neither can lean on the other's state
        runs[name] = (folder, subprocess.Popen(["bash", "-c", script], cwd=folder, env=env, stdout=subprocess.PIPE,
                                               stderr=subprocess.STDOUT, text=True))
    digests = {}
    for name, (folder, proc) in runs.items():
        output, _ = proc.communicate(timeout=600)
        assert proc.returncode == 0, output[-3000:]
        digests[name] = _digests(folder)
    first, second = digests["first"], digests["second"]
    assert len(first) > 100 and "out/maps/overview.html" in first and "export-all/typed-multigraph.gexf" in first
    assert first.keys() == second.keys()
    differ = sorted(k for k in first if first[k] != second[k])
    assert not differ, f"{len(differ)} of {len(first)} files differ: {differ[:20]}"
