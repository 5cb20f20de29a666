"""The TriG/Turtle writer: what it writes parses back, with two independent parsers, to the same data."""

from __future__ import annotations

import random

import pyoxigraph as ox
import rdflib
from rdflib.compare import isomorphic

from graph.store.rdfio import render_trig, render_turtle

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def n(x):
    return ox.NamedNode(EX + x)


def _tricky_quads(seed: int) -> list[ox.Quad]:
    """Quads exercising escapes, datatypes, language tags, odd IRIs and every blank-node shape."""
    rng = random.Random(seed)
    g1, g2, dg = n("g1"), ox.NamedNode("https://w3id.org/dsr/id/source/x"), ox.DefaultGraph()
    texts = ['plain', 'quote " inside', "back\\slash", "new\nline\ttab\r", "ünïcødé — 中文", "ctrl\x01\x7f", "", "'single'"]
    quads = []
    for i, t in enumerate(texts):
        quads.append(ox.Quad(n(f"s{i}"), n("p"), ox.Literal(t), rng.choice([g1, g2, dg])))
    quads += [
        ox.Quad(n("s"), n("lang"), ox.Literal("chat", language="fr"), g1),
        ox.Quad(n("s"), n("date"), ox.Literal("2025-12", datatype=ox.NamedNode(XSD + "gYearMonth")), g1),
        ox.Quad(n("s"), n("num"), ox.Literal("1.5", datatype=ox.NamedNode(XSD + "decimal")), g1),
        ox.Quad(n("s"), n("odd"), ox.NamedNode("http://example.org/a%20b?x=1&y=é#frag"), g1),
        ox.Quad(ox.NamedNode("https://w3id.org/dsr/id/partnership/x/amount/src/1"), n("p"), n("o.dot."), g1),
        ox.Quad(n("1starts-with-digit"), ox.NamedNode(RDF + "type"), n("T"), g2),
    ]
    # inline blank node, a list, a shared blank node, a top-level blank node, and a cycle
    b_inline, b_shared, b_top, c1, c2 = (ox.BlankNode() for _ in range(5))
    quads += [ox.Quad(n("s"), n("inline"), b_inline, g1), ox.Quad(b_inline, n("q"), ox.Literal("x"), g1)]
    items = [ox.Literal("a"), n("b"), ox.Literal("c", language="en")]
    cells = [ox.BlankNode() for _ in items]
    quads.append(ox.Quad(n("s"), n("list"), cells[0], g1))
    for i, (cell, item) in enumerate(zip(cells, items)):
        rest = cells[i + 1] if i + 1 < len(cells) else ox.NamedNode(RDF + "nil")
        quads += [ox.Quad(cell, ox.NamedNode(RDF + "first"), item, g1), ox.Quad(cell, ox.NamedNode(RDF + "rest"), rest, g1)]
    quads += [ox.Quad(n("s1"), n("shared"), b_shared, g2), ox.Quad(n("s2"), n("shared"), b_shared, g2),
              ox.Quad(b_shared, n("q"), ox.Literal("shared"), g2)]
    quads += [ox.Quad(b_top, ox.NamedNode(RDF + "type"), n("Axiom"), g2), ox.Quad(b_top, n("members"), n("m"), g2)]
    quads += [ox.Quad(n("s"), n("cycle"), c1, dg), ox.Quad(c1, n("next"), c2, dg), ox.Quad(c2, n("next"), c1, dg)]
    return quads


def _relabel(quads, seed):
    """The same data with fresh blank nodes and in another order."""
    mapping = {}
    fresh = lambda t: mapping.setdefault(t, ox.BlankNode()) if isinstance(t, ox.BlankNode) else t  # noqa: E731
    out = [ox.Quad(fresh(q.subject), q.predicate, fresh(q.object), q.graph_name) for q in quads]
    random.Random(seed).shuffle(out)
    return out


def _rdflib_graphs(quads):
    graphs = {}
    for q in quads:
        key = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        g = graphs.setdefault(key, rdflib.Graph())
        conv = lambda t: rdflib.URIRef(t.value) if isinstance(t, ox.NamedNode) else rdflib.BNode(t.value) if isinstance(  # noqa: E731
            t, ox.BlankNode) else rdflib.Literal(t.value, lang=t.language) if t.language else rdflib.Literal(
            t.value, datatype=rdflib.URIRef(t.datatype.value))
        g.add((conv(q.subject), conv(q.predicate), conv(q.object)))
    return graphs


def test_trig_round_trips_through_pyoxigraph_and_rdflib():
    quads = _tricky_quads(1)
    text = render_trig(quads, {"ex": EX, "rdf": RDF, "xsd": XSD, "src": "https://w3id.org/dsr/id/source/"})
    expected = _rdflib_graphs(quads)
    back_ox = list(ox.parse(text.encode(), format=ox.RdfFormat.TRIG))
    assert len(back_ox) == len(quads)
    got = _rdflib_graphs(back_ox)
    assert got.keys() == expected.keys()
    for key in expected:
        assert isomorphic(got[key], expected[key]), key
    ds = rdflib.Dataset()
    ds.parse(data=text, format="trig")
    assert len(list(ds.quads((None, None, None, None)))) == len(quads)


def test_trig_text_does_not_depend_on_order_or_blank_node_labels():
    quads = _tricky_quads(2)
    first = render_trig(quads)
    assert render_trig(_relabel(quads, 7)) == first
    assert render_trig(_relabel(quads, 8)) == first
    assert "_:" not in first.replace("_:b", "") , "no parser-given blank-node labels leak into the text"


def test_inline_shapes_are_used():
    text = render_trig(_tricky_quads(3), {"ex": EX})
    assert '( "a" ex:b "c"@en )' in text
    assert '[ ex:q "x" ]' in text
    assert "_:b1" in text  # the shared and cyclic blank nodes get stable labels


def test_turtle_writes_the_union_once():
    quads = _tricky_quads(4)
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    text = render_turtle(triples, {"ex": EX})
    back = rdflib.Graph().parse(data=text, format="turtle")
    assert len(back) == len(triples)


def test_a_knowledge_graph_writes_what_the_writer_writes_for_its_quads():
    """KnowledgeGraph.trig() and .turtle() read the store a graph at a time, without making triples
    distinct again: the text must be what render_trig / render_turtle give for the same quads —
    with an own default graph beside named graphs, blank nodes of every shape, and a statement
    two graphs make."""
    from graph.store.kg import KnowledgeGraph

    for seed in range(4):
        quads = _tricky_quads(seed)
        quads.append(ox.Quad(n("s0"), n("p"), ox.Literal("plain"), n("g3")))  # also in another graph
        kg = KnowledgeGraph.from_quads(quads, "test")
        assert kg._own_default is not None  # the default graph part is exercised
        assert kg.trig() == render_trig(kg.quads()) == render_trig(quads)
        assert kg.turtle() == render_turtle((q.subject, q.predicate, q.object) for q in quads)
    only_default = KnowledgeGraph.from_quads([q for q in _tricky_quads(0) if isinstance(q.graph_name, ox.DefaultGraph)], "x")
    assert only_default.trig() == render_trig(only_default.quads())
