"""`dsr validate`: exit 0 when the data conforms, 1 with a readable report when not, 2 when unreadable."""

from __future__ import annotations

PREFIXES = """
@prefix dsr: <https://w3id.org/dsr/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix organisation: <https://w3id.org/dsr/id/org/> .
@prefix partnership: <https://w3id.org/dsr/id/partnership/> .
@prefix tech: <https://w3id.org/dsr/id/technology/> .
"""


def test_built_graph_conforms(built, run):
    out, _ = built
    result = run("validate", out / "dsr.trig")
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_violation_is_reported_with_focus_path_message_and_record(built, run, tmp_path):
    out, _ = built
    bad = tmp_path / "bad.trig"
    # a date typed as plain text, added to a real record by a second file
    bad.write_text(PREFIXES + """
<https://w3id.org/dsr/id/source/test> {
    partnership:pak-2025-jwg-24mous dsr:date "December 2025" ;
        dsr:technologyArea tech:quantum-computing .
}
""")
    result = run("validate", out / "dsr.trig", bad)
    assert result.exit_code == 1, result.output
    text = result.output
    assert "does NOT conform" in text
    assert "partnership:pak-2025-jwg-24mous" in text
    assert "path:    dsr:date" in text and "xsd:date, xsd:gYearMonth or xsd:gYear" in text
    assert "path:    dsr:technologyArea" in text and "tech:quantum-computing" in text
    assert "record:  graph/data/partnerships/pakistan.yaml#PAK-2025-JWG-24MOUS" in text
    assert "PTI via NewsDrum" in text  # the record's sources are named too


def test_partnership_without_source_or_party_violates(run, tmp_path):
    bad = tmp_path / "orphan.ttl"
    bad.write_text(PREFIXES + """
partnership:orphan a dsr:MoU ; rdfs:label "An MoU nobody reports" .
organisation:nameless a dsr:Company .
""")
    result = run("validate", bad)
    assert result.exit_code == 1
    text = result.output
    assert "Every partnership needs at least one source" in text
    assert "at least one typed party, or be an aggregate" in text
    assert "organisation:nameless" in text and "needs a label" in text


def test_government_body_must_belong_to_a_government(run, tmp_path):
    bad = tmp_path / "body.ttl"
    bad.write_text(PREFIXES + """
@prefix org: <http://www.w3.org/ns/org#> .
organisation:lonely-ministry a dsr:Ministry ; rdfs:label "Lonely Ministry" .
organisation:agency-under-it a dsr:Agency ; rdfs:label "Agency" ; org:subOrganizationOf organisation:lonely-ministry .
organisation:gov a dsr:Government ; rdfs:label "A Government" .
organisation:good-ministry a dsr:Ministry ; rdfs:label "Good" ; org:subOrganizationOf organisation:gov .
organisation:good-agency a dsr:Agency ; rdfs:label "Good agency" ; org:subOrganizationOf organisation:good-ministry .
""")
    result = run("validate", bad)
    assert result.exit_code == 1
    text = result.output
    assert "organisation:lonely-ministry" in text and "organisation:agency-under-it" in text
    assert "organisation:good-agency" not in text and "organisation:good-ministry" not in text


def test_broken_turtle_exits_2_naming_file_and_line(run, tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text(PREFIXES + "partnership:x a dsr:MoU ;\n  rdfs:label \"unterminated .\n")
    result = run("validate", bad)
    assert result.exit_code == 2
    assert "broken.ttl" in result.output and "line" in result.output


def test_missing_file_exits_2(run, tmp_path):
    result = run("validate", tmp_path / "nowhere.trig")
    assert result.exit_code == 2 and "no such file" in result.output


def test_unknown_file_type_exits_2(run, tmp_path):
    odd = tmp_path / "data.xlsx"
    odd.write_bytes(b"PK")
    result = run("validate", odd)
    assert result.exit_code == 2 and "unknown RDF file type" in result.output


# ------------------------------------------------------------------ the store engine and pySHACL

def _fixture_graph(path):
    """The fixture as it is, ill-typed literals and all (the readers of `dsr validate` would refuse some)."""
    import pyoxigraph as ox

    from graph.store import KnowledgeGraph

    return KnowledgeGraph.from_quads(list(ox.parse(path=str(path), format=ox.RdfFormat.TRIG)), path.name)


def _findings(report):
    import collections

    return collections.Counter((r.severity, r.focus, r.focus_label, r.path, r.value, r.message, r.shape, r.records,
                                r.sources) for r in report.results)


def test_the_store_engine_finds_what_pyshacl_finds_on_data_breaking_every_shape():
    from conftest import TEST_DATA

    from graph.validate.shacl import ShapesEngine
    from graph.validate.report import _short, _shapes_graph, validate

    kg = _fixture_graph(TEST_DATA / "validation" / "every-shape.trig")
    fast, reference = validate(kg, "store"), validate(kg, "pyshacl")
    assert not reference.conforms and not fast.conforms
    assert _findings(fast) == _findings(reference)
    assert len(reference.results) > 100
    # the fixture breaks every shape that has a constraint of its own, so every constraint was compared
    engine = ShapesEngine(_shapes_graph())
    shapes = {_short(s.node, engine.graph) for root in engine.roots for s in [root, *root.properties]
              if s.value_checks or s.counts}
    assert shapes - {r.shape for r in reference.results} == set()


def test_the_store_engine_agrees_with_pyshacl_on_the_built_graph(kg):
    from graph.validate import validate

    fast, reference = validate(kg, "store"), validate(kg, "pyshacl")
    assert fast.conforms == reference.conforms and _findings(fast) == _findings(reference)


def test_an_impossible_month_or_day_fails_its_datatype(tmp_path):
    """Where the engines differ on purpose: rdflib lets "2024-13" pass as a year-month."""
    from graph.validate import validate

    path = tmp_path / "dates.trig"
    path.write_text(PREFIXES + """
<https://w3id.org/dsr/id/source/t> {
  <https://w3id.org/dsr/id/source/t> a dsr:Source ; dcterms:title "T" ; dcterms:date "2024-13"^^xsd:gYearMonth .
  <https://w3id.org/dsr/id/source/u> a dsr:Source ; dcterms:title "U" ; dcterms:date "2023-02-29"^^xsd:date .
  <https://w3id.org/dsr/id/source/v> a dsr:Source ; dcterms:title "V" ; dcterms:date "2024-02-29"^^xsd:date .
}
""")
    report = validate(_fixture_graph(path), "store")
    assert sorted(r.focus for r in report.violations) == ["source:t", "source:u"]
