"""Render the DSR OWL ontology and its SKOS concept schemes as one self-contained HTML reference page."""

from __future__ import annotations

__all__ = ["render_reference"]

import html
import re
from collections.abc import Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, VANN

# Pinned rather than read from the graphs so that anchor ids (#dsr-Partnership, #tech-5g)
# stay stable whatever prefixes a caller or a serialiser happens to bind.
_PREFIXES = {
    "https://w3id.org/dsr/ontology#": "dsr",
    "https://w3id.org/dsr/id/technology/": "tech",
    "http://purl.org/dc/terms/": "dcterms",
    "http://xmlns.com/foaf/0.1/": "foaf",
    "http://www.w3.org/ns/org#": "org",
    "http://www.w3.org/2002/07/owl#": "owl",
    "http://www.w3.org/ns/prov#": "prov",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs",
    "http://www.w3.org/2004/02/skos/core#": "skos",
    "http://purl.org/vocab/vann/": "vann",
    "http://www.w3.org/2001/XMLSchema#": "xsd",
}
_DSR = "https://w3id.org/dsr/ontology#"

# Order matters: a punned IRI is documented once, in the first kind that claims it.
_KINDS = (
    ("classes", "Classes", "class", (OWL.Class, RDFS.Class), RDFS.subClassOf),
    ("object-properties", "Object properties", "object property", (OWL.ObjectProperty,), RDFS.subPropertyOf),
    ("datatype-properties", "Datatype properties", "datatype property", (OWL.DatatypeProperty,),
     RDFS.subPropertyOf),
    ("annotation-properties", "Annotation properties", "annotation property", (OWL.AnnotationProperty,),
     RDFS.subPropertyOf),
    ("individuals", "Named individuals", "individual", (OWL.NamedIndividual,), None),
)
_CHARACTERISTICS = (
    (OWL.FunctionalProperty, "functional"),
    (OWL.InverseFunctionalProperty, "inverse functional"),
    (OWL.TransitiveProperty, "transitive"),
    (OWL.SymmetricProperty, "symmetric"),
    (OWL.AsymmetricProperty, "asymmetric"),
    (OWL.ReflexiveProperty, "reflexive"),
    (OWL.IrreflexiveProperty, "irreflexive"),
)
_RESTRICTIONS = (
    (OWL.someValuesFrom, "some"), (OWL.allValuesFrom, "only"), (OWL.hasValue, "value"),
    (OWL.cardinality, "exactly"), (OWL.minCardinality, "min"), (OWL.maxCardinality, "max"),
    (OWL.qualifiedCardinality, "exactly"), (OWL.minQualifiedCardinality, "min"),
    (OWL.maxQualifiedCardinality, "max"),
)
# Section ids are reserved first so a term can never steal one of them.
_RESERVED = {"toc", "namespaces", "reused-terms", "concept-schemes", "unplaced-concepts",
             *(k[0] for k in _KINDS)}

# No url(), @import or web fonts: the page must open with zero network requests.
_CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:62rem;
margin:0 auto;padding:1rem 1.5rem 4rem;color:#1d1d1f;background:#fff}
h1{margin-bottom:.2rem}h2{border-bottom:2px solid #ccd;padding-bottom:.2rem;margin-top:2.5rem}
h3{margin:.4rem 0}
code{font:.9em ui-monospace,Menlo,Consolas,monospace;background:#f2f3f7;padding:0 .2em;border-radius:3px}
a{color:#0b57a4}a.ext::after{content:" \\2197";font-size:.8em}
table{border-collapse:collapse}
td,th{border:1px solid #ccd;padding:.2rem .6rem;text-align:left;vertical-align:top}
.term{border-left:4px solid #7a9cc6;padding:.1rem 1rem;margin:1.2rem 0}.term.external{border-color:#bbb}
.kind{font-size:.7rem;font-weight:400;text-transform:uppercase;letter-spacing:.05em;color:#555;
border:1px solid #bbb;border-radius:3px;padding:0 .3em;vertical-align:middle}
.iri{font-size:.85rem;color:#555;word-break:break-all;margin:.2rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem}dt{font-weight:600}dd{margin:0}
ul.tree ul{list-style:none;padding-left:1.2rem;border-left:1px dotted #aab}
ul.tree{list-style:none;padding-left:0}ul.tree li{margin:.25rem 0}
.def{margin:.1rem 0}.alt,.note{font-size:.9rem;color:#555;margin:.1rem 0}
:target{background:#fff7d6}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _best(values: Iterable[object]) -> str | None:
    """Pick one literal deterministically, preferring English, then untagged, then any language."""
    lits = [v for v in values if isinstance(v, Literal)]
    rank = {"en": 0, None: 1}
    lits.sort(key=lambda v: (rank.get(v.language, 2), v.language or "", str(v)))
    return str(lits[0]) if lits else None


def _items(g: Graph, node: object) -> list:
    """Members of an RDF list, guarding against malformed (cyclic) lists."""
    out, seen = [], set()
    while node is not None and node != RDF.nil and node not in seen:
        seen.add(node)
        out.extend(g.objects(node, RDF.first))
        node = next(iter(sorted(g.objects(node, RDF.rest), key=str)), None)
    return out


class _Page:
    """Holds the graphs plus the anchor and prefix bookkeeping shared by every section."""

    def __init__(self, ontology: Graph, schemes: Graph | None) -> None:
        self.g, self.s = ontology, schemes if schemes is not None else Graph()
        onts = sorted((o for o in self.g.subjects(RDF.type, OWL.Ontology) if isinstance(o, URIRef)), key=str)
        self.onto = onts[0] if onts else None
        self.ns = _best(self.g.objects(self.onto, VANN.preferredNamespaceUri)) if self.onto else None
        if not self.ns:
            base = str(self.onto or _DSR)
            self.ns = base if base[-1] in "#/" else base + "#"
        self.prefixes = dict(_PREFIXES)
        if self.ns not in self.prefixes:
            pref = _best(self.g.objects(self.onto, VANN.preferredNamespacePrefix)) if self.onto else None
            pref = re.sub(r"[^A-Za-z0-9_.-]", "_", pref or "local")
            # A borrowed prefix (say "dsr" on another namespace) would merge two namespaces' anchors.
            self.prefixes[self.ns] = pref + "0" if pref in self.prefixes.values() else pref
        self.used: set[tuple[str, str]] = set()
        self.kind: dict[URIRef, str] = {}
        for _, _, word, types, _ in _KINDS:
            for t in types:
                for x in self.g.subjects(RDF.type, t):
                    if isinstance(x, URIRef):
                        self.kind.setdefault(x, word)
        related = [SKOS.narrower, SKOS.broader, SKOS.hasTopConcept, SKOS.topConceptOf]
        self.schemes = {x for x in self.s.subjects(RDF.type, SKOS.ConceptScheme) if isinstance(x, URIRef)}
        self.concepts = {x for x in self.s.subjects(RDF.type, SKOS.Concept) if isinstance(x, URIRef)}
        for p in related:
            for a, _, b in self.s.triples((None, p, None)):
                self.concepts |= {n for n in (a, b) if isinstance(n, URIRef) and n not in self.schemes}
        self.concepts -= set(self.kind)
        self.anchor: dict[URIRef, str] = {}
        taken = set(_RESERVED)
        for iri in sorted({*self.kind, *self.concepts, *self.schemes}, key=str):
            prefix, _, local = self.split(iri)
            if iri in self.schemes:
                prefix, local = "scheme", re.split(r"[/#]", str(iri).rstrip("/#"))[-1]
            base = re.sub(r"[^A-Za-z0-9_.-]", "_", f"{prefix}-{local}" if prefix else local) or "term"
            aid, n = base, 2
            while aid in taken:
                aid, n = f"{base}-{n}", n + 1
            taken.add(aid)
            self.anchor[iri] = aid

    # -- naming ---------------------------------------------------------------------------

    def split(self, iri: URIRef) -> tuple[str | None, str, str]:
        s = str(iri)
        matches = [ns for ns in self.prefixes if s.startswith(ns) and len(s) > len(ns)]
        if not matches:
            return None, "", s
        ns = max(matches, key=len)
        return self.prefixes[ns], ns, s[len(ns):]

    def qname(self, iri: URIRef) -> str:
        prefix, ns, local = self.split(iri)
        if prefix is None:
            return str(iri)
        self.used.add((prefix, ns))
        return f"{prefix}:{local}"

    def label(self, iri: URIRef) -> str | None:
        preds = (RDFS.label, SKOS.prefLabel, DCTERMS.title)
        return _best(v for g in (self.g, self.s) for p in preds for v in g.objects(iri, p))

    def sortkey(self, iri: URIRef) -> tuple[str, str]:
        return ((self.label(iri) or self.qname(iri)).casefold(), str(iri))

    def sort(self, nodes: Iterable) -> list:
        return sorted({n for n in nodes if isinstance(n, URIRef)}, key=self.sortkey)

    def local(self, iri: URIRef) -> bool:
        return str(iri).startswith(self.ns)

    # -- references and expressions -------------------------------------------------------

    def link(self, iri: URIRef) -> str:
        """Internal anchor when the term is on this page, else an outbound link (http(s) only)."""
        text, title = _e(self.qname(iri)), self.label(iri)
        tip = f' title="{_e(title)}"' if title else ""
        if iri in self.anchor:
            return f'<a href="#{self.anchor[iri]}"{tip}><code>{text}</code></a>'
        return self.outbound(iri, f"<code>{text}</code>", tip)

    @staticmethod
    def outbound(iri: URIRef, text: str, extra: str = "") -> str:
        # Other schemes (javascript:, data:) are never made clickable: the IRIs come from data.
        if re.match(r"https?://", str(iri), re.I):
            return f'<a class="ext" href="{_e(iri)}"{extra}>{text}</a>'
        return text

    def value(self, node: object) -> str:
        return self.link(node) if isinstance(node, URIRef) else _e(node)

    def expr(self, node: object, depth: int = 0) -> str:
        """Render a class expression or data range readably; never exposes blank-node ids."""
        if not isinstance(node, BNode):
            return self.value(node)
        if depth > 6:
            return "…"
        g, sub = self.g, lambda n: self.expr(n, depth + 1)
        for pred, word in ((OWL.unionOf, " or "), (OWL.intersectionOf, " and ")):
            for lst in sorted(g.objects(node, pred), key=str)[:1]:
                return "(" + word.join(sub(m) for m in _items(g, lst)) + ")"
        for lst in sorted(g.objects(node, OWL.oneOf), key=str)[:1]:
            return "one of {" + ", ".join(sub(m) for m in _items(g, lst)) + "}"
        for c in sorted(g.objects(node, OWL.complementOf), key=str)[:1]:
            return "not " + sub(c)
        for prop in sorted(g.objects(node, OWL.onProperty), key=str)[:1]:
            parts = []
            for pred, word in _RESTRICTIONS:
                for v in sorted(g.objects(node, pred), key=str):
                    qual = [sub(q) for q in g.objects(node, OWL.onClass)] if "Qualified" in pred else []
                    parts.append(" ".join([sub(prop), word, sub(v), *qual]))
            return "(" + "; ".join(parts or [sub(prop) + " restriction"]) + ")"
        return "<em>anonymous class expression</em>"

    def refs(self, nodes: Iterable) -> str:
        nodes = set(nodes)
        named = sorted((n for n in nodes if isinstance(n, URIRef)), key=self.qname)
        anon = sorted(self.expr(n) for n in nodes if isinstance(n, BNode))
        return ", ".join([self.link(n) for n in named] + anon)

    # -- terms ----------------------------------------------------------------------------

    def disjoint(self, cls: URIRef) -> set:
        out = set(self.g.objects(cls, OWL.disjointWith)) | set(self.g.subjects(OWL.disjointWith, cls))
        for axiom in self.g.subjects(RDF.type, OWL.AllDisjointClasses):
            for lst in self.g.objects(axiom, OWL.members):
                members = _items(self.g, lst)
                if cls in members:
                    out |= set(members)
        return out - {cls}

    def article(self, iri: URIRef, kind: str) -> str:
        g, named = self.g, lambda it: (x for x in it if isinstance(x, URIRef))
        if kind == "class":
            rows = [("Subclass of", g.objects(iri, RDFS.subClassOf)),
                    ("Equivalent to", {*g.objects(iri, OWL.equivalentClass),
                                       *named(g.subjects(OWL.equivalentClass, iri))}),
                    ("Subclasses", named(g.subjects(RDFS.subClassOf, iri))),
                    ("Disjoint with", self.disjoint(iri)),
                    ("Instances", named(g.subjects(RDF.type, iri))),
                    ("Domain of", named(g.subjects(RDFS.domain, iri))),
                    ("Range of", named(g.subjects(RDFS.range, iri)))]
        elif kind == "individual":
            rows = [("Instance of", (t for t in g.objects(iri, RDF.type) if t != OWL.NamedIndividual))]
        else:
            rows = [("Domain", g.objects(iri, RDFS.domain)), ("Range", g.objects(iri, RDFS.range)),
                    ("Subproperty of", g.objects(iri, RDFS.subPropertyOf)),
                    ("Subproperties", named(g.subjects(RDFS.subPropertyOf, iri))),
                    ("Inverse of", {*g.objects(iri, OWL.inverseOf), *named(g.subjects(OWL.inverseOf, iri))})]
        chars = ", ".join(word for t, word in _CHARACTERISTICS if (iri, RDF.type, t) in g)
        cells = [(k, self.refs(v)) for k, v in rows] + [("Characteristics", _e(chars))]
        dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in cells if v)
        external = not self.local(iri)
        label, comment = self.label(iri), _best(g.objects(iri, RDFS.comment))
        definition = _best(g.objects(iri, SKOS.definition))
        return "".join([
            f'<article class="term{" external" if external else ""}" id="{self.anchor[iri]}">',
            f"<h3>{_e(label) + ' ' if label else ''}<code>{_e(self.qname(iri))}</code> ",
            f'<span class="kind">{kind}</span>',
            ' <span class="kind">external</span>' if external else "", "</h3>",
            f'<p class="iri">{self.outbound(iri, _e(iri))}</p>',
            f"<p>{_e(comment)}</p>" if comment else "",
            f'<p class="def">{_e(definition)}</p>' if definition else "",
            f"<dl>{dl}</dl>" if dl else "", "</article>"])

    def hierarchy(self, terms: set, parent: URIRef) -> tuple[str, list]:
        """Depth-first overview tree plus the matching reading order, each term visited once."""
        order: list = []

        def visit(t: URIRef) -> str:
            order.append(t)
            kids = self.sort(c for c in self.g.subjects(parent, t) if c in terms)
            inner = "".join(visit(c) for c in kids if c not in order)
            return f"<li>{self.link(t)}{f'<ul>{inner}</ul>' if inner else ''}</li>"

        roots = [t for t in terms if not set(self.g.objects(t, parent)) & (terms - {t})]
        # The second pass picks up terms that only sit in subclass cycles.
        html_ = "".join(visit(t) for t in self.sort(roots) + self.sort(terms) if t not in order)
        return f'<ul class="tree">{html_}</ul>', order

    def term_sections(self) -> list[tuple[str, str, str]]:
        out = []
        for sid, title, word, _, parent in _KINDS:
            terms = {t for t, k in self.kind.items() if k == word and self.local(t)}
            if not terms:
                continue
            if parent is None:
                # Individuals read best grouped by the class they belong to.
                def grouping(t: URIRef) -> tuple:
                    types = (c for c in self.g.objects(t, RDF.type) if c != OWL.NamedIndividual)
                    return sorted(map(self.sortkey, types)), self.sortkey(t)
                order = sorted(terms, key=grouping)
                tree = '<ul class="tree">' + "".join(f"<li>{self.link(t)}</li>" for t in order) + "</ul>"
            else:
                tree, order = self.hierarchy(terms, parent)
            body = "".join(self.article(t, word) for t in order)
            out.append((sid, f"{title} ({len(terms)})", f"{tree}{body}"))
        reused = sorted((t for t in self.kind if not self.local(t)), key=self.qname)
        if reused:
            intro = ("<p>Terms from other vocabularies that this ontology declares so that OWL tools "
                     "accept them; their own specifications are authoritative.</p>")
            body = "".join(self.article(t, self.kind[t]) for t in reused)
            out.append(("reused-terms", f"Reused terms ({len(reused)})", intro + body))
        return out

    # -- concept schemes ------------------------------------------------------------------

    def concept(self, c: URIRef, seen: set) -> str:
        s, aid = self.s, self.anchor[c]
        label = _e(self.label(c) or self.qname(c))
        if c in seen:
            return f'<li><a href="#{aid}">{label}</a> <span class="note">(see above)</span></li>'
        seen.add(c)
        kids = self.sort(k for k in {*s.objects(c, SKOS.narrower), *s.subjects(SKOS.broader, c)}
                         if k in self.concepts)
        inner = "".join(self.concept(k, seen) for k in kids)
        notations = sorted(map(str, s.objects(c, SKOS.notation)))
        notes = " ".join(f'<code class="notation">{_e(n)}</code>' for n in notations)
        alts = sorted({str(a) for a in s.objects(c, SKOS.altLabel)}, key=lambda a: (a.casefold(), a))
        definition = _best(s.objects(c, SKOS.definition))
        return "".join([
            f'<li id="{aid}"><strong>{label}</strong> {notes} ',
            f'<span class="iri">{self.outbound(c, _e(self.qname(c)))}</span>',
            f'<p class="def">{_e(definition)}</p>' if definition else "",
            f'<p class="alt">Also called: {_e("; ".join(alts))}</p>' if alts else "",
            f"<ul>{inner}</ul>" if inner else "", "</li>"])

    def scheme_section(self) -> str:
        s, seen, parts = self.s, set(), []
        for sch in self.sort(self.schemes):
            tops = {*s.objects(sch, SKOS.hasTopConcept), *s.subjects(SKOS.topConceptOf, sch)}
            if not tops:
                tops = {c for c in s.subjects(SKOS.inScheme, sch) if not set(s.objects(c, SKOS.broader))}
            tree = "".join(self.concept(c, seen) for c in self.sort(tops & self.concepts))
            comment = _best([*s.objects(sch, RDFS.comment), *s.objects(sch, SKOS.definition)])
            parts.append("".join([
                f'<section class="scheme" id="{self.anchor[sch]}"><h3>{_e(self.label(sch) or sch)}</h3>',
                f'<p class="iri">{self.outbound(sch, _e(sch))}</p>',
                f"<p>{_e(comment)}</p>" if comment else "",
                f'<ul class="tree">{tree}</ul></section>']))
        rest = [c for c in self.sort(self.concepts) if c not in seen]
        if rest:
            parts.append('<section id="unplaced-concepts"><h3>Concepts outside any scheme hierarchy</h3>'
                         f'<ul class="tree">{"".join(self.concept(c, seen) for c in rest)}</ul></section>')
        return "".join(parts)

    # -- page -----------------------------------------------------------------------------

    def render(self) -> str:
        sections = self.term_sections()
        if self.schemes or self.concepts:
            sections.append(("concept-schemes", f"Concept schemes ({len(self.concepts)} concepts)",
                             self.scheme_section()))
        # Sections are built first: the namespace table lists only prefixes they actually used.
        g, o = self.g, self.onto
        title = (self.label(o) if o else None) or "Ontology reference"

        def about(p: URIRef) -> str:
            # Without an owl:Ontology node, objects(None, p) would list every object of p.
            return ", ".join(self.value(v) for v in sorted(g.objects(o, p), key=str)) if o else ""

        prefix = self.prefixes[self.ns]
        self.used.add((prefix, self.ns))
        meta = [("IRI", self.outbound(o, _e(o)) if o else ""), ("Version", about(OWL.versionInfo)),
                ("Version IRI", about(OWL.versionIRI)), ("Licence", about(DCTERMS.license)),
                ("Creator", about(DCTERMS.creator)),
                ("Namespace", f"<code>{_e(self.ns)}</code> (prefix <code>{_e(prefix)}</code>)")]
        comment = _best(g.objects(o, RDFS.comment)) if o else None
        ns_rows = "".join(f"<tr><td><code>{_e(p)}</code></td><td><code>{_e(ns)}</code></td></tr>"
                          for p, ns in sorted(self.used))
        toc = [("namespaces", "Namespaces")] + [(sid, head) for sid, head, _ in sections]
        return "".join([
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>{_e(title)} — reference</title>\n<style>{_CSS}</style>\n</head>\n<body>\n",
            f"<header>\n<h1>{_e(title)}</h1>\n",
            f"<p>{_e(comment)}</p>\n" if comment else "",
            "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta if v) + "</dl>\n</header>\n",
            '<nav id="toc"><h2>Contents</h2><ol>',
            "".join(f'<li><a href="#{sid}">{_e(head)}</a></li>' for sid, head in toc), "</ol></nav>\n",
            '<section id="namespaces"><h2>Namespaces</h2><table><thead><tr><th>Prefix</th><th>IRI</th>'
            f"</tr></thead><tbody>{ns_rows}</tbody></table></section>\n",
            "".join(f'<section id="{sid}"><h2>{_e(head)}</h2>\n{body}</section>\n'
                    for sid, head, body in sections),
            "</body>\n</html>\n"])


def render_reference(ontology: Graph, schemes: Graph | None = None) -> str:
    """Return the HTML reference as one string.

    Parameters
    ----------
    ontology : rdflib.Graph
        The OWL ontology (``ontology/dsr.ttl``). Terms in its namespace are documented in
        full; terms it declares from other vocabularies go in a "Reused terms" section.
    schemes : rdflib.Graph or None
        SKOS concept schemes (``ontology/technology-areas.ttl``), drawn as nested trees.

    Returns
    -------
    str
        A complete, self-contained HTML5 document: inline CSS, no scripts, no external
        resources. Every RDF-derived string is HTML-escaped and the output is
        byte-identical for the same input triples, whatever their parse order.
    """
    return _Page(ontology, schemes).render()
