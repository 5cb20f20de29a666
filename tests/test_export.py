"""dsr export: every file read back by an independent reader, XSD-valid, deterministic, and all-or-nothing."""

from __future__ import annotations

import csv
import hashlib
import json
import re
from pathlib import Path

import igraph
import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
import xmlschema
from click.testing import CliRunner
from pyld import jsonld

import graph
from conftest import TEST_DATA
from graph.cli import cli
from graph.errors import OutputError
from graph.export import FORMATS, MANIFEST, export
from graph.export.networks import network
from graph.store.project import projections

XSD = TEST_DATA / "xsd"
PROJECTIONS = list(projections())
RDF_FILES = {"dsr.ttl": "turtle", "dsr.trig": "trig", "dsr.nq": "nquads", "dsr.nt": "nt", "dsr.rdf": "xml"}
QUAD_FILES = {"dsr.trig", "dsr.nq", "dsr.jsonld"}
NEO4J_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
               "localtime", "time", "localdatetime", "datetime", "duration"}


@pytest.fixture(scope="module")
def everything(built, tmp_path_factory):
    """`dsr export --all` of the built graph: (folder, graph file)."""
    out, _ = built
    target = tmp_path_factory.mktemp("export") / "all"
    result = CliRunner().invoke(cli, ["export", "--graph", str(out / "dsr.trig"), "--all", "--out", str(target)])
    assert result.exit_code == 0, result.output
    return target, out / "dsr.trig"


@pytest.fixture(scope="module")
def nets(kg):
    return {p: network(kg, p).graph for p in PROJECTIONS}


def _manifest(folder: Path) -> dict:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------ what is written

def test_build_writes_the_default_export_set(built):
    out, _ = built
    folder = out / "export"
    m = _manifest(folder)
    names = {f["path"] for f in m["files"]}
    assert {"dsr.ttl", "dsr.trig", "dsr.nq", "dsr.nt", "dsr.jsonld", "dsr.context.jsonld", "dsr.rdf",
            "co-partnership.graphml", "co-partnership.gexf", "co-partnership.gml", "co-partnership.cyjs",
            "co-partnership.nodes.csv", "co-partnership.edges.csv", "co-partnership.neo4j.nodes.csv",
            "co-partnership.neo4j.relationships.csv", "co-partnership.neo4j.sh", "co-partnership.neo4j.cypher"} == names
    assert {p.name for p in folder.iterdir()} == names | {MANIFEST}


def test_all_writes_every_format_for_every_projection(everything):
    folder, _ = everything
    names = {f["path"] for f in _manifest(folder)["files"]}
    for p in PROJECTIONS:
        for suffix in (".graphml", ".gexf", ".gml", ".cyjs", ".nodes.csv", ".edges.csv", ".neo4j.nodes.csv"):
            assert p + suffix in names
    assert {f["format"] for f in _manifest(folder)["files"]} == set(FORMATS)


def test_manifest_describes_every_file(everything, kg):
    folder, _ = everything
    m = _manifest(folder)
    assert m["tool"] == {"name": "dsr-graph", "version": graph.__version__}
    assert m["graph"]["version"] == graph.__version__ and m["graph"]["quads"] == kg.quad_count
    assert m["graph"]["statements"] == len(kg)
    assert m["graph"]["licence"] == "https://creativecommons.org/licenses/by/4.0/"
    for f in m["files"]:
        data = (folder / f["path"]).read_bytes()
        assert f["bytes"] == len(data) and f["sha256"] == hashlib.sha256(data).hexdigest()
    by_path = {f["path"]: f for f in m["files"]}
    assert by_path["dsr.nq"]["quads"] == kg.quad_count and by_path["dsr.nt"]["triples"] == len(kg)
    g = nx.read_graphml(folder / "country-country.graphml")
    assert by_path["country-country.gexf"]["nodes"] == g.number_of_nodes()
    assert by_path["country-country.gexf"]["edges"] == g.number_of_edges()
    assert set(m) == {"tool", "graph", "request", "files", "sources", "notes"}  # no time of writing
    assert not re.search(r"\d\d:\d\d:\d\d", json.dumps(m))


def test_manifest_gives_every_source_and_says_when_no_licence_is_stated(everything, kg):
    m = _manifest(everything[0])
    ids = [s["id"] for s in m["sources"]]
    assert ids == sorted(ids)
    stated = {r["s"].value for r in kg.select("SELECT ?s WHERE { GRAPH dsrgraph:meta { ?s a dsr:Source "
                                              "FILTER NOT EXISTS { ?s dcterms:isPartOf ?w } } }")}
    assert set(ids) == stated
    seed = next(s for s in m["sources"] if s["id"].endswith("/24-kg-2018-01"))
    assert seed["licence"] is None  # the curated records state none: never guessed
    assert seed["publisher"] == "24.kg" and seed["url"].startswith("https://24.kg/")
    assert "24.kg" in seed["attribution"]


# ------------------------------------------------------------------------ RDF, read by a second parser

@pytest.mark.parametrize("name", sorted(RDF_FILES))
def test_rdflib_reads_each_rdf_file_with_the_same_counts(everything, kg, name):
    folder, _ = everything
    fmt = RDF_FILES[name]
    if name in QUAD_FILES:
        ds = rdflib.Dataset()
        ds.parse(folder / name, format=fmt)
        assert len(list(ds.quads((None, None, None, None)))) == kg.quad_count
    else:
        g = rdflib.Graph()
        g.parse(folder / name, format=fmt)
        assert len(g) == len(kg.union_triples())


def test_pyoxigraph_reads_each_rdf_file_with_the_same_counts(everything, kg):
    folder, _ = everything
    union = len(kg.union_triples())
    for name in RDF_FILES:
        store = ox.Store()
        store.bulk_load(path=str(folder / name), format=graph.store.rdfio.FORMATS_BY_SUFFIX[Path(name).suffix])
        assert len(store) == (kg.quad_count if name in QUAD_FILES else union), name


def _loader(folder: Path):
    def load(url, options=None):
        name = url.rsplit("/", 1)[-1]
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": json.loads((folder / name).read_text(encoding="utf-8"))}
    return load


def test_pyld_expands_the_jsonld_to_the_same_quads(everything, kg):
    folder, _ = everything
    doc = json.loads((folder / "dsr.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == "dsr.context.jsonld"  # the reusable context, referred to, not copied
    options = {"documentLoader": _loader(folder), "base": (folder / "dsr.jsonld").as_uri()}
    nquads = jsonld.to_rdf(doc, {**options, "format": "application/n-quads"})
    got = list(ox.parse(nquads.encode(), format=ox.RdfFormat.N_QUADS))
    assert len(got) == kg.quad_count
    plain = lambda qs: {q for q in qs if not any(isinstance(t, ox.BlankNode)  # noqa: E731
                                                 for t in (q.subject, q.object))}
    expected = list(ox.parse((folder / "dsr.nq").read_bytes(), format=ox.RdfFormat.N_QUADS))
    assert plain(got) == plain(expected)
    expanded = jsonld.expand(doc, options)
    assert any("@graph" in node for node in expanded)  # named graphs kept


def test_blank_nodes_get_canonical_labels(everything):
    text = (everything[0] / "dsr.nq").read_text(encoding="utf-8")
    labels = set(re.findall(r"_:(\S+)", text))
    assert labels and all(re.fullmatch(r"c14n\d+", label) for label in labels)
    lines = text.splitlines()
    assert lines == sorted(lines)


# ----------------------------------------------------------------------- networks: XSDs and read-backs

def test_graphml_is_valid_against_the_graphml_xsd(everything):
    schema = xmlschema.XMLSchema(str(XSD / "graphml.xsd"))
    for p in ("co-partnership", "typed-multigraph"):  # one simple graph, one multigraph: xmlschema is slow
        schema.validate(str(everything[0] / f"{p}.graphml"))


def _as_gexf_12draft(text: str) -> str:
    """Map GEXF 1.3 onto the namespaces of the vendored 1.2draft schema (see tests/data/xsd/README.md)."""
    text = re.sub(r'\s+xsi:schemaLocation="[^"]*"', "", text)
    text = text.replace(' xmlns:viz="http://gexf.net/1.3/viz"', "").replace("<viz:", "<")
    return text.replace('"http://gexf.net/1.3"', '"http://www.gexf.net/1.2draft"').replace('version="1.3"', 'version="1.2"')


def test_gexf_is_1_3_and_valid_against_the_gexf_xsd(everything):
    schema = xmlschema.XMLSchema(str(XSD / "gexf-1.2draft" / "gexf.xsd"))
    for p in PROJECTIONS:
        text = (everything[0] / f"{p}.gexf").read_text(encoding="utf-8")
        head = text[:400]
        assert 'xmlns="http://gexf.net/1.3"' in head and 'version="1.3"' in head
        assert 'xmlns:viz="http://gexf.net/1.3/viz"' in head
        assert 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' in head
        schema.validate(_as_gexf_12draft(text))


def test_gexf_carries_layout_colour_size_and_timeline(everything, nets):
    text = (everything[0] / "co-partnership.gexf").read_text(encoding="utf-8")
    g = nets["co-partnership"]
    n = g.number_of_nodes()
    assert text.count("<viz:position ") == n and text.count("<viz:size ") == n and text.count("<viz:color ") == n
    assert re.search(r'<graph [^>]*mode="dynamic"', text) and 'timeformat="date"' in text
    dated = sum(1 for *_, d in g.edges(data=True) if "first_year" in d)
    assert dated and len(re.findall(r'<edge [^>]*start="\d{4}-01-01" end="\d{4}-12-31"', text)) == dated
    # sizes follow the analysis (PageRank) written by dsr build, colours its Louvain communities
    assert all("pagerank" in a and "community" in a for _, a in g.nodes(data=True) if g.degree(_))
    back = nx.read_gexf(everything[0] / "co-partnership.gexf", version="1.3")
    top = max(g.nodes, key=lambda v: g.nodes[v]["pagerank"])
    assert back.nodes[top]["viz"]["size"] == max(a["viz"]["size"] for _, a in back.nodes(data=True))
    assert set(back.nodes) == set(g.nodes) and back.number_of_edges() == g.number_of_edges()
    for v, a in back.nodes(data=True):
        assert a["label"] == g.nodes[v]["label"]
        assert (a["viz"]["position"]["x"], a["viz"]["position"]["y"]) == (g.nodes[v]["x"], g.nodes[v]["y"])


def _compare(g: nx.Graph, back: nx.Graph, rename: dict | None = None):
    rename = rename or {}
    assert set(back.nodes) == set(g.nodes)
    assert back.number_of_edges() == g.number_of_edges()
    for v, a in g.nodes(data=True):
        got = {rename.get(k, k): x for k, x in back.nodes[v].items() if k != "id"}
        assert got == a, v


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_networkx_reads_graphml_and_gml_back(everything, nets, projection):
    folder, g = everything[0], nets[projection]
    _compare(g, nx.read_graphml(folder / f"{projection}.graphml"))
    with (folder / f"{projection}.gml").open(encoding="utf-8") as lines:  # read_gml insists on ASCII
        _compare(g, nx.parse_gml(lines), {"name": "label"})
    cy = json.loads((folder / f"{projection}.cyjs").read_text(encoding="utf-8"))
    back = nx.cytoscape_graph(cy)
    assert set(back.nodes) == set(g.nodes) and back.number_of_edges() == g.number_of_edges()
    if not g.is_multigraph():
        for u, v, d in g.edges(data=True):
            assert nx.read_graphml(folder / f"{projection}.graphml").edges[u, v]["weight"] == d["weight"]
            break


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_igraph_reads_graphml_and_gml_back(everything, nets, projection):
    folder, g = everything[0], nets[projection]
    for h, ident, label in ((igraph.Graph.Read_GraphML(str(folder / f"{projection}.graphml")), "id", "label"),
                            (igraph.Graph.Read_GML(str(folder / f"{projection}.gml")), "label", "name")):
        assert h.vcount() == g.number_of_nodes() and h.ecount() == g.number_of_edges()
        assert h.is_directed() == g.is_directed()
        ids = h.vs[ident]
        assert set(ids) == set(g.nodes)
        assert {i: lab for i, lab in zip(ids, h.vs[label])} == {v: a["label"] for v, a in g.nodes(data=True)}
        if "weight" in h.es.attributes():
            pairs = {tuple(sorted((ids[e.source], ids[e.target]))): e["weight"] for e in h.es}
            assert pairs == {tuple(sorted((u, v))): d["weight"] for u, v, d in g.edges(data=True)}


def test_csv_tables_match_the_network(everything, nets):
    folder, g = everything[0], nets["co-partnership"]
    with (folder / "co-partnership.nodes.csv").open(encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with (folder / "co-partnership.edges.csv").open(encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    assert [r["id"] for r in nodes] == sorted(g.nodes)
    assert {r["id"]: r["label"] for r in nodes} == {v: a["label"] for v, a in g.nodes(data=True)}
    assert len(edges) == g.number_of_edges()
    assert all(int(r["weight"]) == g.edges[r["source"], r["target"]]["weight"] for r in edges)


# ----------------------------------------------------------------------------------------------- Neo4j

def _check_header(header: list[str], required: set[str]):
    names = []
    for column in header:
        name, sep, kind = column.partition(":")
        if column in (":LABEL", ":TYPE", ":START_ID", ":END_ID") or re.fullmatch(r"\w*:ID(\(\w+\))?", column):
            names.append(column)
            continue
        assert name and re.fullmatch(r"[A-Za-z_]\w*", name), column
        if sep:
            assert kind.removesuffix("[]") in NEO4J_TYPES, column
        names.append(name)
    assert len(names) == len(set(names)), header
    present = {c if not c.endswith(":ID") else ":ID" for c in header}
    assert required <= present, (required, header)


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_neo4j_csv_follows_the_neo4j_admin_import_format(everything, nets, projection):
    folder, g = everything[0], nets[projection]
    with (folder / f"{projection}.neo4j.nodes.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    _check_header(rows[0], {":ID", ":LABEL"})
    assert sum(1 for c in rows[0] if ":ID" in c) == 1
    ids = [r[0] for r in rows[1:]]
    assert len(ids) == len(set(ids)) == g.number_of_nodes()
    label_col = rows[0].index(":LABEL")
    assert all(re.fullmatch(r"[A-Za-z]\w*(;[A-Za-z]\w*)*", r[label_col]) for r in rows[1:])
    with (folder / f"{projection}.neo4j.relationships.csv").open(encoding="utf-8") as f:
        rels = list(csv.reader(f))
    _check_header(rels[0], {":START_ID", ":END_ID", ":TYPE"})
    assert len(rels) - 1 == g.number_of_edges()
    start, end, kind = (rels[0].index(c) for c in (":START_ID", ":END_ID", ":TYPE"))
    assert all(r[start] in set(ids) and r[end] in set(ids) for r in rels[1:])
    assert all(re.fullmatch(r"[A-Z][A-Z0-9_]*", r[kind]) for r in rels[1:])
    for header, table in ((rows[0], rows[1:]), (rels[0], rels[1:])):  # typed values parse as their type
        for i, column in enumerate(header):
            cast = {"int": int, "double": float}.get(column.partition(":")[2]) if column[:1] != ":" else None
            if cast:
                [cast(r[i]) for r in table if r[i] != ""]
    script = (folder / f"{projection}.neo4j.sh").read_text(encoding="utf-8")
    assert f"--nodes={projection}.neo4j.nodes.csv" in script
    assert f"--relationships={projection}.neo4j.relationships.csv" in script
    assert (folder / f"{projection}.neo4j.sh").stat().st_mode & 0o100
    cypher = (folder / f"{projection}.neo4j.cypher").read_text(encoding="utf-8")
    assert f"file:///{projection}.neo4j.nodes.csv" in cypher and "LOAD CSV WITH HEADERS" in cypher


# ---------------------------------------------------------------------------------------- determinism

def test_two_exports_are_byte_identical(built, tmp_path):
    out, _ = built
    first = export(graph.load(out / "dsr.trig"), tmp_path / "a", None, PROJECTIONS)
    second = export(graph.load(out / "dsr.trig"), tmp_path / "b", None, PROJECTIONS)  # new blank-node ids
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir()) and len(names) == len(first.paths)
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert first.manifest == second.manifest


def test_a_new_export_replaces_its_earlier_files_and_leaves_others(built, tmp_path, run):
    out, _ = built
    target = tmp_path / "x"
    assert run("export", "--graph", out / "dsr.trig", "--format", "gexf,nt", "--out", target).exit_code == 0
    (target / "notes.txt").write_text("mine")
    assert run("export", "--graph", out / "dsr.trig", "--format", "ttl", "--out", target).exit_code == 0
    assert sorted(p.name for p in target.iterdir()) == ["dsr.ttl", "manifest.json", "notes.txt"]


# --------------------------------------------------------------------------------------------- subset

def test_query_exports_the_construct_subset(built, tmp_path, run):
    out, _ = built
    rq = tmp_path / "companies.rq"
    rq.write_text("CONSTRUCT { ?o a dsr:Company ; rdfs:label ?l } WHERE { ?o a dsr:Company ; rdfs:label ?l }\n")
    result = run("export", "--graph", out / "dsr.trig", "--query", rq, "--format", "nt,jsonld,gexf",
                 "--out", tmp_path / "sub")
    assert result.exit_code == 0, result.output
    kg = graph.load(out / "dsr.trig")
    expected = len(kg.query(rq.read_text()))
    g = rdflib.Graph().parse(tmp_path / "sub" / "dsr.nt", format="nt")
    assert len(g) == expected
    m = _manifest(tmp_path / "sub")
    assert m["request"]["query"] == "companies" and m["graph"]["quads"] == expected
    assert m["sources"] and all(s["id"].startswith("https://w3id.org/dsr/id/source/") for s in m["sources"])


# ------------------------------------------------------------------------------------- bad requests

def _no_leftovers(parent: Path):
    return [p.name for p in parent.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("args, message", [
    (["--format", "gexf,docx"], "unknown export format 'docx'"),
    (["--projection", "co-partnershp"], "no projection named 'co-partnershp'"),
    (["--query", "co-partners"], "is a SELECT, not a CONSTRUCT"),
    (["--query", "no-such-query"], "no catalogue query"),
])
def test_bad_requests_are_clear_errors_and_write_nothing(built, tmp_path, run, args, message):
    out, _ = built
    result = run("export", "--graph", out / "dsr.trig", *args, "--out", tmp_path / "e")
    assert result.exit_code == 2 and message in result.output, result.output
    assert not (tmp_path / "e").exists() and _no_leftovers(tmp_path)


def test_unwritable_folder_is_a_clear_error(built, tmp_path, run):
    out, _ = built
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    for target in (blocker, blocker / "e"):
        result = run("export", "--graph", out / "dsr.trig", "--format", "ttl", "--out", target)
        assert result.exit_code == 2 and "Error:" in result.output, result.output
    assert blocker.read_text() == "not a folder" and _no_leftovers(tmp_path)


def test_a_failure_while_writing_leaves_no_partial_files(kg, tmp_path, monkeypatch):
    from graph.export import networks

    def broken(net, path):
        path.write_text("half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(networks, "write_gml", broken)
    monkeypatch.setitem(FORMATS, "gml", FORMATS["gml"].__class__(
        **{**FORMATS["gml"].__dict__, "write": lambda d, f, s: {s + ".gml": broken(d, f / (s + ".gml"))}}))
    target = tmp_path / "e"
    target.mkdir()
    (target / "keep.txt").write_text("keep")
    with pytest.raises(OutputError, match="No space left"):
        export(kg, target, ["ttl", "gml"])
    assert [p.name for p in target.iterdir()] == ["keep.txt"] and _no_leftovers(tmp_path)
