"""Tests for graph.docs: the single-file HTML reference of the ontology and concept schemes."""

import hashlib
import os
import random
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

import graph.docs
from graph.docs import render_reference

REPO = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = REPO / "ontology"
DSR = Namespace("https://w3id.org/dsr/ontology#")
TECH = Namespace("https://w3id.org/dsr/id/technology/")
EVIL = "<img src=x onerror=alert(1)>"

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HEADING = {"h1", "h2", "h3", "h4", "h5", "h6", "strong"}


class PageParser(HTMLParser):
    """Index an HTML page by element id: its tag, text, heading text, links and ancestor ids."""

    def __init__(self):
        super().__init__()
        self.stack = []  # (tag, id or None)
        self.ids = {}
        self.duplicate_ids = []
        self.order = []
        self.start_tags = []
        self.style_text = []

    def _open_ids(self):
        return [i for _, i in self.stack if i]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.start_tags.append((tag, attrs))
        for i in self._open_ids():
            if "href" in attrs:
                self.ids[i]["hrefs"].append(attrs["href"])
        eid = attrs.get("id")
        if eid:
            if eid in self.ids:
                self.duplicate_ids.append(eid)
            self.ids[eid] = {"tag": tag, "text": [], "head": [], "hrefs": [],
                             "ancestors": tuple(self._open_ids())}
            self.order.append(eid)
            if "href" in attrs:
                self.ids[eid]["hrefs"].append(attrs["href"])
        if tag not in VOID:
            self.stack.append((tag, eid))

    def handle_endtag(self, tag):
        if any(t == tag for t, _ in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data):
        open_ids = self._open_ids()
        for i in open_ids:
            self.ids[i]["text"].append(data)
        if open_ids and any(t in HEADING for t, _ in self.stack):
            self.ids[open_ids[-1]]["head"].append(data)
        if self.stack and self.stack[-1][0] == "style":
            self.style_text.append(data)

    def text(self, eid):
        return "".join(self.ids[eid]["text"])

    def head(self, eid):
        return "".join(self.ids[eid]["head"])


def parse_page(page):
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


def load_graphs():
    ontology = Graph().parse(ONTOLOGY_DIR / "dsr.ttl", format="turtle")
    schemes = Graph().parse(ONTOLOGY_DIR / "technology-areas.ttl", format="turtle")
    return ontology, schemes


@pytest.fixture(scope="module")
def graphs():
    return load_graphs()


@pytest.fixture(scope="module")
def page(graphs):
    return render_reference(*graphs)


@pytest.fixture(scope="module")
def parsed(page):
    return parse_page(page)


def dsr_terms(g, rdf_type):
    subjects = g.subjects(RDF.type, rdf_type)
    return sorted(s for s in subjects if isinstance(s, URIRef) and s.startswith(str(DSR)))


def assert_self_contained(parsed):
    """No element, attribute or CSS rule may make the browser fetch anything."""
    fetching_tags = {"link", "script", "img", "iframe", "frame", "object", "embed", "audio", "video",
                     "source", "track", "base", "picture", "svg", "form", "input"}
    fetching_attrs = {"src", "srcset", "poster", "data", "background", "formaction", "action", "ping",
                      "manifest"}
    for tag, attrs in parsed.start_tags:
        assert tag not in fetching_tags, (tag, attrs)
        assert not fetching_attrs & set(attrs), (tag, attrs)
        assert not any(a.startswith("on") for a in attrs), (tag, attrs)
        if tag == "meta":
            assert "http-equiv" not in attrs, attrs
        style = (attrs.get("style") or "").lower()
        assert "url(" not in style and "@import" not in style, attrs
        href = (attrs.get("href") or "").strip().lower()
        assert not href.startswith(("javascript:", "data:", "vbscript:")), attrs
    css = "".join(parsed.style_text).lower()
    assert "url(" not in css and "@import" not in css and "@font-face" not in css


# -- coverage of every term -------------------------------------------------------------


@pytest.mark.parametrize("rdf_type", [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                                      OWL.NamedIndividual])
def test_every_dsr_term_has_anchor_and_label(graphs, parsed, rdf_type):
    ontology, _ = graphs
    terms = dsr_terms(ontology, rdf_type)
    assert len(terms) >= 5, "the ontology file should declare several terms of this kind"
    problems = []
    for term in terms:
        anchor = "dsr-" + term[len(str(DSR)):]
        label = str(ontology.value(term, RDFS.label))
        if anchor not in parsed.ids:
            problems.append(f"{term}: no element with id {anchor}")
        elif label not in parsed.head(anchor):
            problems.append(f"{term}: heading {parsed.head(anchor)!r} lacks label {label!r}")
    assert not problems, "\n".join(problems)


def test_every_concept_has_anchor_label_and_notation(graphs, parsed):
    _, schemes = graphs
    concepts = sorted(schemes.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) >= 20
    problems = []
    for concept in concepts:
        anchor = "tech-" + concept[len(str(TECH)):]
        if anchor not in parsed.ids:
            problems.append(f"{concept}: no element with id {anchor}")
            continue
        if str(schemes.value(concept, SKOS.prefLabel)) not in parsed.head(anchor):
            problems.append(f"{concept}: prefLabel missing from {parsed.head(anchor)!r}")
        text = parsed.text(anchor)
        for p in (SKOS.notation, SKOS.definition):
            if str(schemes.value(concept, p)) not in text:
                problems.append(f"{concept}: {p} missing")
        for alt in schemes.objects(concept, SKOS.altLabel):
            if str(alt) not in text:
                problems.append(f"{concept}: altLabel {alt} missing")
    assert not problems, "\n".join(problems)


def test_documented_anchor_examples(parsed):
    assert parsed.ids["dsr-Partnership"]["tag"] == "article"
    assert parsed.ids["tech-5g"]["tag"] == "li"


def test_ids_unique_and_internal_links_resolve(parsed):
    assert not parsed.duplicate_ids
    hrefs = [a["href"] for tag, a in parsed.start_tags if tag == "a" and a.get("href", "").startswith("#")]
    assert len(hrefs) > 200
    dangling = sorted({h for h in hrefs if h[1:] not in parsed.ids})
    assert not dangling


def test_table_of_contents_links_every_section(parsed):
    toc = parsed.ids["toc"]["hrefs"]
    top_level = [i for i in parsed.order if not parsed.ids[i]["ancestors"]]
    sections = [i for i in top_level if parsed.ids[i]["tag"] == "section"]
    assert {"namespaces", "classes", "object-properties", "datatype-properties", "individuals",
            "reused-terms", "concept-schemes"} <= set(sections)
    assert toc == ["#" + s for s in sections]


# -- content ----------------------------------------------------------------------------


def test_namespace_table_and_licence_link(parsed):
    page_text = parsed.text("namespaces")
    for prefix, iri in [("dsr", str(DSR)), ("tech", str(TECH)), ("org", "http://www.w3.org/ns/org#"),
                        ("xsd", "http://www.w3.org/2001/XMLSchema#")]:
        assert prefix in page_text and iri in page_text
    tags = {(t, a.get("href")) for t, a in parsed.start_tags}
    assert ("a", "https://creativecommons.org/licenses/by/4.0/") in tags


def test_header_shows_label_comment_version(graphs, page):
    ontology, _ = graphs
    onto = next(ontology.subjects(RDF.type, OWL.Ontology))
    head, _, _ = page.partition('<nav id="toc">')
    assert f"<h1>{ontology.value(onto, RDFS.label)}</h1>" in head
    assert str(ontology.value(onto, RDFS.comment)) in head
    assert "<dt>Version</dt><dd>0.1.0</dd>" in head
    assert "<title>Digital Silk Road ontology" in head


def test_class_hierarchy_links_and_order(graphs, parsed):
    ontology, _ = graphs
    ministry = parsed.ids["dsr-Ministry"]["hrefs"]
    assert "#dsr-GovernmentBody" in ministry
    assert "#dsr-Ministry" in parsed.ids["dsr-GovernmentBody"]["hrefs"]
    assert "#org-FormalOrganization" in parsed.ids["dsr-Government"]["hrefs"]
    # Articles follow the hierarchy: a class comes after its (single, local) superclass.
    position = {i: n for n, i in enumerate(parsed.order)}
    checked = 0
    for cls in dsr_terms(ontology, OWL.Class):
        parents = [p for p in ontology.objects(cls, RDFS.subClassOf) if str(p).startswith(str(DSR))]
        if len(parents) == 1:
            sup = "dsr-" + parents[0][len(str(DSR)):]
            assert position[sup] < position["dsr-" + cls[len(str(DSR)):]], (sup, cls)
            checked += 1
    assert checked >= 20


def test_disjointness_from_all_disjoint_classes(parsed):
    ministry = parsed.ids["dsr-Ministry"]["hrefs"]
    assert "#dsr-Agency" in ministry and "#dsr-Regulator" in ministry
    assert "#dsr-Company" not in ministry
    assert "Disjoint with" in parsed.text("dsr-Ministry")
    assert "#dsr-Project" in parsed.ids["dsr-Agreement"]["hrefs"]


def test_property_details(parsed):
    ownership = parsed.text("dsr-ownership")
    assert "functional" in ownership
    assert {"#dsr-Company", "#dsr-OwnershipType"} <= set(parsed.ids["dsr-ownership"]["hrefs"])
    assert "transitive" in parsed.text("dsr-partOf")
    assert "#dcterms-isPartOf" in parsed.ids["dsr-partOf"]["hrefs"]
    assert "#dsr-phaseOf" in parsed.ids["dsr-partOf"]["hrefs"]
    assert "symmetric" in parsed.text("dsr-relatedTo")
    assert "functional" not in parsed.text("dsr-relatedTo")
    assert "http://www.w3.org/2001/XMLSchema#boolean" in parsed.ids["dsr-weakHost"]["hrefs"]


def test_individuals_show_their_class(parsed):
    assert "#dsr-OwnershipType" in parsed.ids["dsr-StateOwned"]["hrefs"]
    assert "#dsr-LifecycleStatus" in parsed.ids["dsr-Cancelled"]["hrefs"]


def test_one_of_rendered_without_blank_node_ids(graphs, page, parsed):
    ontology, _ = graphs
    text = parsed.text("dsr-OwnershipType")
    assert "one of {dsr:StateOwned, dsr:PrivatelyOwned}" in text
    bnodes = {n for t in ontology for n in t if isinstance(n, BNode)}
    assert bnodes
    assert not [b for b in bnodes if str(b) in page]
    assert "_:" not in page


def test_union_and_restriction_rendered_readably():
    g = Graph()
    a, b, p = DSR.A, DSR.B, DSR.p
    for cls in (a, b):
        g.add((cls, RDF.type, OWL.Class))
    union, lst, restriction = BNode(), BNode(), BNode()
    Collection(g, lst, [a, b])
    g.add((union, OWL.unionOf, lst))
    g.add((p, RDF.type, OWL.ObjectProperty))
    g.add((p, RDFS.domain, union))
    g.add((restriction, RDF.type, OWL.Restriction))
    g.add((restriction, OWL.onProperty, p))
    g.add((restriction, OWL.someValuesFrom, b))
    g.add((a, RDFS.subClassOf, restriction))
    unknown = BNode()  # a construct the renderer does not know must still hide its id
    g.add((unknown, OWL.onDatatype, DSR.d))
    g.add((b, RDFS.subClassOf, unknown))
    page = render_reference(g)
    parsed = parse_page(page)
    assert "(dsr:A or dsr:B)" in parsed.text("dsr-p")
    assert "(dsr:p some dsr:B)" in parsed.text("dsr-A")
    assert "Subclass of" in parsed.text("dsr-B")
    assert not [n for n in (union, lst, restriction, unknown) if str(n) in page]


def test_reused_terms_are_separate_and_linked(graphs, parsed):
    ontology, _ = graphs
    external = [s for s in ontology.subjects(RDF.type, OWL.Class)
                if isinstance(s, URIRef) and not s.startswith(str(DSR))]
    assert len(external) >= 8
    for anchor in ("org-Organization", "foaf-Organization", "prov-Entity", "dcterms-Location",
                   "skos-Concept"):
        assert "reused-terms" in parsed.ids[anchor]["ancestors"], anchor
    in_reused = [i for i in parsed.ids if "reused-terms" in parsed.ids[i]["ancestors"]]
    assert not [i for i in in_reused if i.startswith("dsr-")]
    assert "#org-Organization" in parsed.ids["dsr-Organisation"]["hrefs"]
    assert "#dsr-Source" in parsed.ids["dsr-weakHost"]["hrefs"]  # a dsr domain links into the reference


def test_concept_tree_nests_narrower_under_broader(graphs, parsed):
    _, schemes = graphs
    pairs = sorted(schemes.subject_objects(SKOS.broader))
    assert len(pairs) >= 15
    for narrower, broader in pairs:
        child, parent = ("tech-" + n[len(str(TECH)):] for n in (narrower, broader))
        assert parent in parsed.ids[child]["ancestors"], (child, parent)
    submarine = parsed.ids["tech-submarine-cable"]["ancestors"]
    assert submarine[-3:] == ("scheme-technology-areas", "tech-connectivity", "tech-fibre-optics")
    for top in schemes.objects(None, SKOS.hasTopConcept):
        anchor = "tech-" + top[len(str(TECH)):]
        assert not [a for a in parsed.ids[anchor]["ancestors"] if a.startswith("tech-")], anchor


def test_without_schemes_has_no_concept_section(graphs):
    ontology, _ = graphs
    parsed = parse_page(render_reference(ontology))
    assert "concept-schemes" not in parsed.ids
    assert not [i for i in parsed.ids if i.startswith("tech-")]
    assert "dsr-Partnership" in parsed.ids


# -- safety ------------------------------------------------------------------------------


def test_page_makes_no_network_requests(parsed):
    assert_self_contained(parsed)
    assert parsed.style_text, "the page should carry its own inline CSS"


def evil_graphs():
    onto = URIRef("https://w3id.org/dsr/ontology")
    g = Graph()
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, OWL.versionInfo, Literal(EVIL)))
    g.add((onto, RDFS.comment, Literal("<script>alert(2)</script>")))
    g.add((onto, DCTERMS.license, URIRef("javascript:alert(3)")))
    g.add((onto, DCTERMS.creator, Literal(EVIL)))
    terms = ((DSR.Evil, OWL.Class), (DSR.evilProp, OWL.ObjectProperty), (DSR.evilThing, OWL.NamedIndividual))
    for term, rdf_type in terms:
        g.add((term, RDF.type, rdf_type))
        g.add((term, RDFS.label, Literal(EVIL, lang="en")))
        g.add((term, RDFS.comment, Literal(EVIL)))
    g.add((onto, RDFS.label, Literal(EVIL)))
    g.add((DSR.evilThing, RDF.type, DSR.Evil))
    g.add((DSR.evilProp, RDFS.range, DSR.Evil))
    # An IRI that tries to break out of the href attribute.
    g.add((DSR.Evil, RDFS.subClassOf, URIRef('http://example.org/a"onmouseover="alert(4)')))
    s = Graph()
    scheme, concept = URIRef("https://example.org/scheme"), TECH["evil"]
    s.add((scheme, RDF.type, SKOS.ConceptScheme))
    s.add((scheme, SKOS.prefLabel, Literal(EVIL)))
    s.add((scheme, SKOS.hasTopConcept, concept))
    s.add((concept, RDF.type, SKOS.Concept))
    for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.notation, SKOS.definition):
        s.add((concept, p, Literal(EVIL)))
    return g, s


def test_rdf_text_is_escaped():
    page = render_reference(*evil_graphs())
    assert "<img" not in page.lower()
    assert "<script" not in page.lower()
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    parsed = parse_page(page)
    assert_self_contained(parsed)
    assert EVIL in parsed.head("dsr-Evil") and EVIL in parsed.head("tech-evil")
    assert EVIL in parsed.text("dsr-evilProp") and EVIL in parsed.text("dsr-evilThing")


# -- determinism -------------------------------------------------------------------------


def shuffled_copy(graph, seed):
    lines = [ln for ln in graph.serialize(format="nt").splitlines() if ln.strip()]
    random.Random(seed).shuffle(lines)
    return Graph().parse(data="\n".join(lines) + "\n", format="nt")


def test_render_is_deterministic_across_parses(page):
    again = render_reference(*load_graphs())
    assert again == page
    ontology, schemes = load_graphs()
    # Different insertion order and fresh blank-node ids must not change a byte.
    assert render_reference(shuffled_copy(ontology, 1), shuffled_copy(schemes, 2)) == page


_RENDER_SCRIPT = """
import hashlib, sys
from pathlib import Path
from rdflib import Graph
import graph.docs
from graph.docs import render_reference
d = Path(sys.argv[1])
page = render_reference(Graph().parse(d / "dsr.ttl"), Graph().parse(d / "technology-areas.ttl"))
print(hashlib.sha256(page.encode("utf-8")).hexdigest())
"""


def test_render_is_deterministic_across_hash_seeds(page):
    # Set and dict ordering of str keys varies with PYTHONHASHSEED, which one process cannot show.
    digests = set()
    for seed in ("0", "4242"):
        # The child must import the very module under test, wherever it came from.
        root = str(Path(graph.docs.__file__).resolve().parents[1])
        env = dict(os.environ, PYTHONHASHSEED=seed,
                   PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
        out = subprocess.run([sys.executable, "-c", _RENDER_SCRIPT, str(ONTOLOGY_DIR)], env=env,
                             capture_output=True, text=True, check=True)
        digests.add(out.stdout.strip())
    digests.add(hashlib.sha256(page.encode("utf-8")).hexdigest())
    assert len(digests) == 1
