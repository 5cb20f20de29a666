"""Tests for graph.sources.synth: synthetic DSR-shaped datasets that conform, repeat, scale and parse."""

import hashlib
import os
import statistics
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from graph.cli import cli
from graph.records.derive import subclasses
from graph.errors import OutputError
from graph.namespaces import DCTERMS, DERIVED_GRAPH, DSR, META_GRAPH, ORG, PARTNERSHIP, RDF, RDFS, SOURCE
from graph.records import ORGANISATION_KINDS, PARTNERSHIP_KINDS, PROJECT_TYPES, ROLES
from graph.resources import ontology_graph
from graph.sources.curated import CURATION, KIND_CLASS, ORG_KIND_CLASS, PROJECT_CLASS
from graph.store import KnowledgeGraph
from graph.sources.synth import synthesize, write_synthetic
from graph.technology import scheme
from graph.validate import validate

REPO = Path(__file__).resolve().parents[1]
CURATION_GRAPH = str(SOURCE[CURATION])
XSD = "http://www.w3.org/2001/XMLSchema#"  # a string: pytest probing rdflib's XSD namespace object warns


def s(term) -> str:
    return str(term)


@pytest.fixture(scope="module")
def quads():
    """A small dataset the shape tests share (about 14k quads)."""
    return list(synthesize(organisations=250, seed=11))


@pytest.fixture(scope="module")
def index(quads):
    """Types (from the curation graph) and statements by predicate, as plain strings."""
    types = defaultdict(set)
    by_predicate = defaultdict(list)
    for q in quads:
        g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        if q.predicate.value == s(RDF.type):
            types[q.subject.value].add(q.object.value)
        by_predicate[q.predicate.value].append((q.subject.value, q.object, g))
    return types, by_predicate


# -- conformance ---------------------------------------------------------------------------


@pytest.mark.parametrize("organisations, seed", [(40, 1), (120, 2024)])
def test_small_graph_conforms_to_the_shapes(organisations, seed):
    kg = KnowledgeGraph.from_quads(synthesize(organisations=organisations, seed=seed), "synthetic")
    report = validate(kg)
    assert report.conforms, report.text()
    assert not report.results, report.text()


def test_too_few_organisations_is_refused():
    with pytest.raises(ValueError, match="at least 10"):
        synthesize(organisations=5)


# -- determinism ---------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".nq", ".trig"])
def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path, suffix):
    first, again, other = (tmp_path / f"{name}{suffix}" for name in ("first", "again", "other"))
    stats = write_synthetic(first, organisations=60, seed=5)
    assert write_synthetic(again, organisations=60, seed=5) == stats
    write_synthetic(other, organisations=60, seed=6)
    assert first.read_bytes() == again.read_bytes()
    assert first.read_bytes() != other.read_bytes()


_DIGEST_SCRIPT = """
import hashlib, sys, tempfile
from pathlib import Path
from graph.sources.synth import write_synthetic
with tempfile.TemporaryDirectory() as d:
    for suffix in (".nq", ".trig"):
        path = Path(d) / ("x" + suffix)
        write_synthetic(path, organisations=40, seed=9)
        print(hashlib.sha256(path.read_bytes()).hexdigest())
"""


def test_bytes_do_not_depend_on_the_hash_seed(tmp_path):
    # set and dict order of str keys changes with PYTHONHASHSEED, which one process cannot show
    expected = []
    for suffix in (".nq", ".trig"):
        path = tmp_path / ("x" + suffix)
        write_synthetic(path, organisations=40, seed=9)
        expected.append(hashlib.sha256(path.read_bytes()).hexdigest())
    for hash_seed in ("0", "4242"):
        # the same interpreter, so the same installed package; only the hash seed differs
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        # run outside the checkout: `python -c` puts the working folder first on sys.path
        out = subprocess.run([sys.executable, "-c", _DIGEST_SCRIPT], env=env, cwd=tmp_path, capture_output=True,
                             text=True)
        assert out.returncode == 0, out.stderr
        assert out.stdout.split() == expected, hash_seed


def test_quads_are_distinct_and_the_order_is_repeatable(quads):
    assert len(set(quads)) == len(quads)
    assert list(synthesize(organisations=250, seed=11)) == quads


# -- size ----------------------------------------------------------------------------------


def test_size_grows_linearly_with_organisations(tmp_path):
    sizes = (100, 200, 400, 800)
    counts = [sum(1 for _ in synthesize(organisations=n, seed=3)) for n in sizes]
    slopes = [(counts[i + 1] - counts[i]) / (sizes[i + 1] - sizes[i]) for i in range(len(sizes) - 1)]
    assert min(slopes) > 20, slopes  # a real dataset, not just the fixed ontology
    assert max(slopes) / min(slopes) < 1.15, (counts, slopes)
    small = write_synthetic(tmp_path / "a.nq", organisations=200, seed=3)
    large = write_synthetic(tmp_path / "b.nq", organisations=800, seed=3)
    assert small["quads"] == counts[1] and large["quads"] == counts[3]
    assert large["organisations"] == 4 * small["organisations"]
    assert 3.5 < large["partnerships"] / small["partnerships"] < 4.5
    assert 3 < large["sources"] / small["sources"] < 5


# -- independent parse ---------------------------------------------------------------------


@pytest.mark.parametrize("suffix, rdflib_format", [(".nq", "nquads"), (".trig", "trig")])
def test_rdflib_reads_the_file_and_counts_the_reported_quads(tmp_path, suffix, rdflib_format):
    path = tmp_path / f"synthetic{suffix}"
    stats = write_synthetic(path, organisations=50, seed=17)
    ds = rdflib.Dataset()
    ds.parse(path, format=rdflib_format)
    parsed = list(ds.quads((None, None, None, None)))
    assert len(parsed) == stats["quads"]
    in_default = [q for q in parsed if q[3] is None or q[3] == rdflib.URIRef(str(ds.default_graph.identifier))]
    assert not in_default, "every statement belongs to a named graph"
    names = {str(q[3]) for q in parsed}
    assert {s(META_GRAPH), s(DERIVED_GRAPH), CURATION_GRAPH, s(SOURCE["iso-3166-1"])} <= names
    sources = set(ds.graph(rdflib.URIRef(str(META_GRAPH))).subjects(RDF.type, DSR.Source))
    assert len(sources) == stats["sources"]
    assert {str(x) for x in sources} <= names, "each source has its named graph"
    curation = ds.graph(rdflib.URIRef(CURATION_GRAPH))
    partnerships = {x for x in curation.subjects(DSR.recordedIn, None) if str(x).startswith(str(PARTNERSHIP))}
    assert len(partnerships) == stats["partnerships"]


# -- shape of the data ---------------------------------------------------------------------


def test_every_party_is_a_typed_organisation_named_in_a_role(index):
    types, by_predicate = index
    organisation_classes = subclasses(ontology_graph(), DSR.Organisation)
    party = by_predicate[s(DSR.party)]
    assert party
    untyped = sorted({o.value for _, o, _ in party if not types.get(o.value, set()) & organisation_classes})
    assert not untyped, untyped[:10]
    stated = {(x, o.value, g) for x, o, g in party}
    roles = {(x, o.value, g) for role in ROLES for x, o, g in by_predicate[s(getattr(DSR, role))]}
    assert roles == stated, "each role statement comes with its dsr:party, in the same graph, and no other"
    parties = defaultdict(set)
    for x, o, _ in party:
        parties[x].add(o.value)
    aggregates = {x for x, t in types.items() if s(DSR.Aggregate) in t}
    counts = Counter(len(v) for x, v in parties.items() if x not in aggregates)
    assert set(counts) <= {2, 3, 4} and {2, 3} <= set(counts), counts


def test_degrees_are_skewed_with_hubs(index):
    _, by_predicate = index
    pairs = {(x, o.value) for x, o, _ in by_predicate[s(DSR.party)]}  # once per partnership, whatever the sources
    degree = Counter(o for _, o in pairs)
    top = degree.most_common(3)
    assert top[0][1] >= 10 * statistics.median(degree.values()), top


def test_technology_areas_come_from_the_scheme(index, quads):
    _, by_predicate = index
    concepts = set(scheme().concepts)
    used = {o.value for _, o, _ in by_predicate[s(DSR.technologyArea)]}
    assert used <= concepts, sorted(used - concepts)
    assert len(used) >= len(concepts) // 2
    per_partnership = Counter(x for x, _, g in by_predicate[s(DSR.technologyArea)] if "/partnership/" in x)
    assert per_partnership and max(per_partnership.values()) <= 3 * 3  # 1-3 areas, restated by at most 3 sources


def test_every_kind_of_organisation_and_partnership_is_present(index):
    types, _ = index
    present = Counter(t for ts in types.values() for t in ts)
    for kind in ORGANISATION_KINDS:
        assert present[s(ORG_KIND_CLASS[kind])], kind
    for kind in PARTNERSHIP_KINDS:
        assert present[s(KIND_CLASS[kind])], kind
    for project_type in PROJECT_TYPES:
        assert present[s(PROJECT_CLASS[project_type])], project_type
    assert present[s(DSR.Aggregate)] >= 2
    assert present[s(DSR.MonetaryAmount)] and present[s(DSR.Quantity)] and present[s(DSR.CategoryCount)]
    assert present[s(DSR.Programme)] and present[s(DSR.ProgrammePhase)] and present[s(DSR.Forum)]


def test_government_bodies_belong_to_a_government_and_china_is_over_represented(index):
    types, by_predicate = index
    parent = {x: o.value for x, o, _ in by_predicate[s(ORG.subOrganizationOf)]}
    bodies = [x for x, t in types.items() if t & {s(DSR.Ministry), s(DSR.Agency), s(DSR.Regulator)}]
    assert bodies
    for body in bodies:
        node = body
        for _ in range(5):
            node = parent[node]
            if s(DSR.Government) in types[node]:
                break
        assert s(DSR.Government) in types[node], body
    assert any(types.get(parent.get(x, ""), set()) & {s(DSR.Company)} for x in parent), "some subsidiaries"
    homes = Counter(o for _, o in {(x, o.value) for x, o, _ in by_predicate[s(DSR.homeCountry)]})
    (top, n), (_, second) = homes.most_common(2)
    assert top.endswith("/CHN") and n > 5 * second, homes.most_common(3)
    countries = [x for x, t in types.items() if s(DSR.Country) in t]
    assert 140 <= len(countries) <= 160


def test_dates_vary_in_precision_and_span_the_years(index):
    _, by_predicate = index
    dates = [o for _, o, _ in by_predicate[s(DSR.date)]]
    kinds = Counter(o.datatype.value for o in dates)
    assert {XSD + "date", XSD + "gYearMonth", XSD + "gYear"} == set(kinds), kinds
    years = {int(o.value[:4]) for o in dates}
    assert min(years) <= 2007 and max(years) >= 2023 and years <= set(range(2005, 2026))


def test_sources_disagree_on_some_dates_and_amounts(index):
    _, by_predicate = index
    dates = defaultdict(set)
    for x, o, g in by_predicate[s(DSR.date)]:
        dates[x].add((g, o.value))
    disagree_dates = [x for x, v in dates.items() if len({d for _, d in v}) > 1 and len({g for g, _ in v}) > 1]
    values = {x: o.value for x, o, _ in by_predicate[s(DSR.value)]}
    amounts = defaultdict(set)
    for x, o, _ in by_predicate[s(DSR.amount)]:
        if o.value in values:
            amounts[x].add(values[o.value])
    disagree_amounts = [x for x, v in amounts.items() if len(v) > 1]
    assert len(disagree_dates) >= 3 and len(disagree_amounts) >= 1, (len(disagree_dates), len(disagree_amounts))


def test_graph_layout_matches_a_build(quads, index):
    types, _ = index
    curation_predicates = {s(RDF.type), s(RDFS.label), s(DSR.recordedIn), s(DSR.ownership),
                           s(DCTERMS.description), s(DSR.relatedTo)}
    graphs = defaultdict(list)
    for q in quads:
        graphs[q.graph_name.value].append(q)
    assert {q.predicate.value for q in graphs[CURATION_GRAPH]} <= curation_predicates
    sources = {x for x, t in types.items() if s(DSR.Source) in t}
    meta = graphs[s(META_GRAPH)]
    assert {q.subject.value for q in meta if q.predicate.value == s(RDF.type)} >= sources
    assert all(any(q.subject.value == src and q.predicate.value == s(DCTERMS.publisher) for q in meta)
               for src in list(sources)[:20])
    source_graphs = [g for g in graphs if g.startswith(str(SOURCE)) and g != CURATION_GRAPH]
    assert set(source_graphs) == sources
    for g in source_graphs:
        cited = {q.object.value for q in graphs[g] if q.predicate.value == s(DCTERMS.source)}
        assert cited == {g}, g  # a source graph holds that source's statements, and says so
    assert graphs[s(DERIVED_GRAPH)], "derived categories and types"
    assert {q.predicate.value for q in graphs[s(DERIVED_GRAPH)]} == {s(DSR.category), s(RDF.type)}
    # superclass types are derived: every agreement is also typed a partnership
    derived_types = {(q.subject.value, q.object.value) for q in graphs[s(DERIVED_GRAPH)] if q.predicate.value == s(RDF.type)}
    agreements = {q.subject.value for q in graphs[CURATION_GRAPH] if q.object.value == s(DSR.MoU)}
    assert agreements and all((a, s(DSR.Partnership)) in derived_types for a in agreements)


def test_the_summary_counts_what_the_stats_report(tmp_path):
    stats = write_synthetic(tmp_path / "x.nq", organisations=80, seed=4)
    summary = KnowledgeGraph.from_file(tmp_path / "x.nq").summary()
    assert summary.organisations["total"] == stats["organisations"]
    total = sum(summary.agreements_by_kind.values()) + sum(summary.projects_by_type.values()) \
        + sum(summary.other_arrangements.values())
    assert total == stats["partnerships"]
    assert summary.sources == stats["sources"]
    assert summary.quads == stats["quads"]
    assert sum(v for k, v in summary.agreements_by_category.items() if k != "not categorised") > 0


# -- errors and the command line -----------------------------------------------------------


@pytest.mark.parametrize("name", ["synthetic.ttl", "synthetic", "synthetic.nq.gz"])
def test_unknown_suffix_is_a_clear_error(tmp_path, name):
    with pytest.raises(OutputError, match=r"\.trig.*\.nq"):
        write_synthetic(tmp_path / name, organisations=20)
    assert not list(tmp_path.iterdir())


def test_cli_synth_writes_the_file_it_reports(tmp_path):
    out = tmp_path / "sub" / "synthetic.nq"
    result = CliRunner().invoke(cli, ["synth", "--organisations", "30", "--seed", "8", "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_bytes().splitlines()
    assert result.output.startswith(f"Wrote {len(lines)} quads (30 organisations, ")
    assert lines == sorted(lines)
    assert out.read_bytes() == _written(tmp_path / "again.nq", 30, 8)


def test_cli_synth_unknown_suffix_fails_with_exit_2(tmp_path):
    result = CliRunner().invoke(cli, ["synth", "--organisations", "20", "--out", str(tmp_path / "x.json")])
    assert result.exit_code == 2
    assert "Error:" in result.output and ".trig" in result.output and ".nq" in result.output


def _written(path, organisations, seed) -> bytes:
    write_synthetic(path, organisations=organisations, seed=seed)
    return path.read_bytes()


def test_script_picks_organisations_for_a_triple_count(tmp_path):
    out = tmp_path / "t.nq"
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "synthesize.py"), "--triples", "30000",
                           "--seed", "1", "--out", str(out)], capture_output=True, text=True, check=True)
    written = len(out.read_bytes().splitlines())
    assert abs(written - 30000) / 30000 < 0.05, (written, proc.stdout)
    assert f"{written} quads" in proc.stdout and "elapsed" in proc.stdout


# -- scale ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_million_quads_write_and_parse_back(tmp_path):
    # correctness at benchmark scale; how fast it is, scripts/synthesize.py prints (no timed asserts here)
    path = tmp_path / "million.nq"
    stats = write_synthetic(path, organisations=21700, seed=42)
    assert stats["quads"] > 950_000
    with path.open("rb") as handle:
        assert sum(1 for _ in ox.parse(handle, format=ox.RdfFormat.N_QUADS)) == stats["quads"]
