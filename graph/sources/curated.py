"""Curated records → RDF quads: each source's statements in the named graph of that source.

Which graph a statement goes to:

- a claim's fields go to the graph of the claim's source, with ``dcterms:source`` naming it;
- identity and classification (``rdf:type``, partnership labels and descriptions, the record a
  subject comes from) go to the curation graph ``source:dsr-curation``;
- source metadata (page, publisher, date) goes to the metadata graph ``dsrgraph:meta``.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from ..namespaces import (
    COUNTRY, DATASET, DCTERMS, DERIVED_GRAPH, DSR, EVENT, FORUM, FOAF, META_GRAPH, ONTOLOGY_GRAPH, ORG,
    ORGANISATION, OWL, PARTNERSHIP, PLACE, PROGRAMME, RDF, RDFS, SKOS, SOURCE, TECHNOLOGY_GRAPH, XSD,
)
from ..records.derive import CATEGORY_RULE, TYPE_RULE
from ..records.load import DateValue, Record, Records
from ..version import __version__

__all__ = ["records_to_quads", "meta_quads", "TITLE", "LICENCE", "CURATION", "KIND_CLASS", "PROJECT_CLASS", "ORG_KIND_CLASS", "STATUS", "iri_of"]

LICENCE = "https://creativecommons.org/licenses/by/4.0/"
TITLE = "dsr-graph: a sourced knowledge graph of the Digital Silk Road"


def _n(x) -> ox.NamedNode:
    return ox.NamedNode(str(x))


def meta_quads(title: str = TITLE) -> list[ox.Quad]:
    """Describe the dataset and the graphs that are not a single source's statements."""
    g = _n(META_GRAPH)
    lit = ox.Literal
    q = [
        ox.Quad(_n(DATASET), _n(DCTERMS.title), lit(title, language="en"), g),
        ox.Quad(_n(DATASET), _n(DCTERMS.hasVersion), lit(__version__), g),
        ox.Quad(_n(DATASET), _n(DCTERMS.license), _n(LICENCE), g),
        ox.Quad(_n(DERIVED_GRAPH), _n(RDF.type), _n(DSR.DerivedGraph), g),
        ox.Quad(_n(DERIVED_GRAPH), _n(RDFS.label), lit("Statements derived by rule", language="en"), g),
        ox.Quad(_n(DERIVED_GRAPH), _n(DSR.rule), lit(CATEGORY_RULE, language="en"), g),
        ox.Quad(_n(DERIVED_GRAPH), _n(DSR.rule), lit(TYPE_RULE, language="en"), g),
        ox.Quad(_n(ONTOLOGY_GRAPH), _n(RDFS.label), lit("The DSR ontology (ontology/dsr.ttl)", language="en"), g),
        ox.Quad(_n(TECHNOLOGY_GRAPH), _n(RDFS.label), lit("The DSR technology-area scheme (ontology/technology-areas.ttl)", language="en"), g),
        ox.Quad(_n(META_GRAPH), _n(RDFS.label), lit("Metadata: sources and graphs", language="en"), g),
    ]
    return q


CURATION = "dsr-curation"


def N(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


KIND_CLASS = {
    "mou": DSR.MoU, "contract": DSR.Contract, "loan": DSR.LoanAgreement, "joint_venture": DSR.JointVenture,
    "framework_agreement": DSR.FrameworkAgreement, "project": DSR.Project, "training_programme": DSR.TrainingProgramme,
    "acquisition": DSR.Acquisition, "proposal": DSR.Proposal, "talks": DSR.Talks, "pledge": DSR.InvestmentPledge,
    "other": DSR.OtherArrangement,
}
PROJECT_CLASS = {
    "cable": DSR.CableProject, "network": DSR.NetworkProject, "data_centre": DSR.DataCentreProject,
    "safe_city": DSR.SafeCityProject, "satellite": DSR.SatelliteProject, "broadcasting": DSR.BroadcastingProject,
    "digital_trade": DSR.DigitalTradeProject, "manufacturing": DSR.ManufacturingProject,
}
ORG_KIND_CLASS = {
    "government": DSR.Government, "ministry": DSR.Ministry, "agency": DSR.Agency, "regulator": DSR.Regulator,
    "state_owned_enterprise": DSR.Company, "private_company": DSR.Company, "company": DSR.Company, "bank": DSR.FinancialInstitution,
    "university": DSR.AcademicInstitution, "international_org": DSR.InternationalOrganisation,
    "other": DSR.OtherOrganisation,
}
OWNERSHIP = {"state_owned_enterprise": DSR.StateOwned, "private_company": DSR.PrivatelyOwned}
STATUS = {
    "announced": DSR.Announced, "signed": DSR.Signed, "under_construction": DSR.UnderConstruction,
    "operational": DSR.Operational, "completed": DSR.Completed, "cancelled": DSR.Cancelled,
    "unknown": DSR.StatusUnknown,
}
MILESTONE_PROPERTY = {
    "groundbreaking": DSR.dateGroundbreaking, "inaugurated": DSR.dateInaugurated, "operational": DSR.dateOperational,
    "completed": DSR.dateCompleted, "launched": DSR.dateLaunched,
}
ROLE_PROPERTY = {role: getattr(DSR, role) for role in
                 ("signatory", "financier", "contractor", "supplier", "operator", "owner", "beneficiary", "partner")}
TYPE_CLASS = {"programme": DSR.Programme, "forum": DSR.Forum, "country": DSR.Country}
NAMESPACE = {
    "partnership": PARTNERSHIP, "organisation": ORGANISATION, "programme": PROGRAMME, "forum": FORUM,
    "event": EVENT, "source": SOURCE, "country": COUNTRY,
}


def iri_of(type_: str, rid: str) -> ox.NamedNode:
    """The stable IRI of a record: lower-case ids for partnerships, ids as written otherwise."""
    return N(NAMESPACE[type_][rid.lower() if type_ == "partnership" else rid])


def place_iri(text: str) -> ox.NamedNode:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return N(PLACE[slug or "unnamed"])


def _lit(text: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(text, language=lang) if lang else ox.Literal(text)


def _date(value: DateValue) -> ox.Literal:
    return ox.Literal(value.lexical, datatype=N(XSD[value.datatype]))


def _dec(text: str) -> ox.Literal:
    return ox.Literal(text, datatype=N(XSD.decimal))


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=N(XSD.integer))


TRUE = ox.Literal("true", datatype=N(XSD.boolean))


class _Emitter:
    def __init__(self):
        self.quads: list[ox.Quad] = []
        self.curation = N(SOURCE[CURATION])

    def add(self, s, p, o, g) -> None:
        self.quads.append(ox.Quad(s, N(p) if not isinstance(p, ox.NamedNode) else p, o, g))

    def curate(self, s, p, o) -> None:
        self.add(s, p, o, self.curation)


def records_to_quads(records: Records) -> list[ox.Quad]:
    """Turn checked records into quads; one named graph per source, plus curation and metadata graphs."""
    e = _Emitter()
    for record in records["source"].values():
        _source(e, record)
    for record in records["country"].values():
        s = iri_of("country", record.id)
        g = N(SOURCE["iso-3166-1"])
        e.curate(s, RDF.type, N(DSR.Country))
        e.curate(s, DSR.recordedIn, _lit(record.ref))
        e.add(s, RDFS.label, _lit(record.head["name"], "en"), g)
        e.add(s, DSR.iso3166Code, _lit(record.id), g)
        e.add(s, DCTERMS.source, g, g)
    for record in records["organisation"].values():
        _organisation(e, record)
    for entry in getattr(records, "names", []):
        if entry.organisation:  # names.yaml: other names, each in the graph of the source that states it
            s, g = iri_of("organisation", entry.organisation), iri_of("source", entry.source)
            e.add(s, DCTERMS.source, g, g)
            for name in entry.names:
                e.add(s, SKOS.altLabel, _lit(name), g)
            for name in entry.former:
                e.add(s, DSR.formerName, _lit(name), g)
    for type_ in ("programme", "forum", "event"):
        for record in records[type_].values():
            _framework(e, record)
    for record in records["partnership"].values():
        _partnership(e, record)
    return e.quads


def _source(e: _Emitter, record: Record) -> None:
    s, g, h = iri_of("source", record.id), N(META_GRAPH), record.head
    e.add(s, RDF.type, N(DSR.Source), g)
    e.add(s, DSR.recordedIn, _lit(record.ref), g)
    if "url" in h:
        e.add(s, FOAF.page, ox.NamedNode(h["url"]), g)
    if "title" in h:
        e.add(s, DCTERMS.title, _lit(h["title"]), g)
    if "publisher" in h:
        e.add(s, DCTERMS.publisher, _lit(h["publisher"]), g)
    if "date" in h:
        e.add(s, DCTERMS.date, _date(h["date"]), g)
    if h.get("weak_host"):
        e.add(s, DSR.weakHost, TRUE, g)
    if "note" in h:
        e.add(s, RDFS.comment, _lit(h["note"], "en"), g)
    citation = ", ".join(x for x in (h.get("publisher") or h.get("title"), h["date"].lexical if "date" in h else None,
                                     h.get("url")) if x)
    e.add(s, DCTERMS.bibliographicCitation, _lit(citation), g)


def _curate_identity(e: _Emitter, s, record: Record, classes) -> None:
    for cls in classes:
        e.curate(s, RDF.type, N(cls))
    e.curate(s, DSR.recordedIn, _lit(record.ref))


def _organisation(e: _Emitter, record: Record) -> None:
    s, h = iri_of("organisation", record.id), record.head
    _curate_identity(e, s, record, [ORG_KIND_CLASS[h["kind"]]])
    if h["kind"] in OWNERSHIP:
        e.curate(s, DSR.ownership, N(OWNERSHIP[h["kind"]]))
    if "wikidata" in h:
        e.curate(s, OWL.sameAs, ox.NamedNode(f"http://www.wikidata.org/entity/{h['wikidata']}"))
    if "note" in h:
        e.curate(s, SKOS.editorialNote, _lit(h["note"], "en"))
    for i, claim in enumerate(record.claims):
        g = iri_of("source", claim.source)
        e.add(s, DCTERMS.source, g, g)
        if i == 0:
            e.add(s, RDFS.label, _lit(h["name"], "en"), g)
        v = claim.values
        for alias in v.get("aliases", []):
            e.add(s, SKOS.altLabel, _lit(alias, "en"), g)
        if "country" in v:
            e.add(s, DSR.homeCountry, iri_of("country", v["country"]), g)
        if "parent" in v:
            e.add(s, ORG.subOrganizationOf, iri_of("organisation", v["parent"]), g)


def _framework(e: _Emitter, record: Record) -> None:
    """Programmes, forums and events."""
    s, h, type_ = iri_of(record.type, record.id), record.head, record.type
    if type_ == "programme":
        cls = DSR.ProgrammePhase if "phase_of" in h else DSR.Programme
    elif type_ == "event":
        cls = DSR.Signing if h["kind"] == "signing" else DSR.Meeting
    else:
        cls = TYPE_CLASS[type_]
    _curate_identity(e, s, record, [cls])
    if "description" in h:
        e.curate(s, DCTERMS.description, _lit(h["description"], "en"))
    for i, claim in enumerate(record.claims):
        g = iri_of("source", claim.source)
        e.add(s, DCTERMS.source, g, g)
        if i == 0:
            e.add(s, RDFS.label, _lit(h["label"], "en"), g)
            for alias in h.get("aliases", []):
                e.add(s, SKOS.altLabel, _lit(alias, "en"), g)
            if "phase_of" in h:
                e.add(s, DSR.phaseOf, iri_of("programme", h["phase_of"]), g)
        v = claim.values
        _common(e, s, g, claim.source, v)
        for org in v.get("members", []) if type_ == "forum" else []:
            e.add(s, ORG.hasMember, iri_of("organisation", org), g)
        if "start" in v:
            e.add(s, DSR.startDate, _date(v["start"]), g)
        if "end" in v:
            e.add(s, DSR.endDate, _date(v["end"]), g)


def _partnership(e: _Emitter, record: Record) -> None:
    s, h = iri_of("partnership", record.id), record.head
    classes = [KIND_CLASS[h["kind"]]]
    if "project_type" in h:
        classes.append(PROJECT_CLASS[h["project_type"]])
    if h.get("aggregate"):
        classes.append(DSR.Aggregate)
    _curate_identity(e, s, record, classes)
    e.curate(s, RDFS.label, _lit(h["label"], "en"))
    if "description" in h:
        e.curate(s, DCTERMS.description, _lit(h["description"], "en"))
    for other in h.get("related", []):
        e.curate(s, DSR.relatedTo, iri_of("partnership", other))
    for claim in record.claims:
        g = iri_of("source", claim.source)
        v = claim.values
        e.add(s, DCTERMS.source, g, g)
        _common(e, s, g, claim.source, v)
        if v.get("date_inferred"):
            e.add(s, DSR.dateInferred, TRUE, g)
        for role, orgs in v.get("parties", {}).items():
            for org in orgs:
                o = iri_of("organisation", org)
                e.add(s, ROLE_PROPERTY[role], o, g)
                e.add(s, DSR.party, o, g)  # RDFS entailment stated, so queries need not list roles
        for org in v.get("inferred_parties", []):
            e.add(s, DSR.inferredParty, iri_of("organisation", org), g)
        if "forum" in v:
            e.add(s, DSR.forum, N(FORUM[v["forum"]]), g)
        if "event" in v:
            e.add(s, DSR.event, N(EVENT[v["event"]]), g)
        for other in v.get("part_of", []):
            e.add(s, DSR.partOf, iri_of("partnership", other), g)
        for other in v.get("finances", []):
            e.add(s, DSR.finances, iri_of("partnership", other), g)
        if "members" in v:
            m = v["members"]
            e.add(s, DSR.memberCount, _int(m["count"]), g)
            for cat in ("G2G", "G2B", "B2B"):
                if cat in m:
                    node = ox.NamedNode(f"{s.value}/category-count/{claim.source}/{cat.lower()}")
                    e.add(s, DSR.categoryCount, node, g)
                    e.add(node, RDF.type, N(DSR.CategoryCount), g)
                    e.add(node, DSR.category, N(getattr(DSR, cat)), g)
                    e.add(node, DSR.memberCount, _int(m[cat]), g)
        for i, q in enumerate(v.get("quantity", []), 1):
            node = ox.NamedNode(f"{s.value}/quantity/{claim.source}/{i}")
            e.add(s, DSR.quantity, node, g)
            e.add(node, RDF.type, N(DSR.Quantity), g)
            e.add(node, DSR.value, _dec(q["value"]), g)
            e.add(node, DSR.unit, _lit(q["unit"]), g)
            _figure_extras(e, node, q, g)
        if "described_as" in v:
            e.add(s, DSR.describedAs, _lit(v["described_as"], "en"), g)
        if "proposed_arrangement" in v:
            e.add(s, DSR.proposedArrangement, _lit(v["proposed_arrangement"], "en"), g)


def _common(e: _Emitter, s, g, source: str, v: dict) -> None:
    """Fields partnerships, programmes and events share."""
    if "date" in v:
        e.add(s, DSR.date, _date(v["date"]), g)
    if "place" in v:
        p = place_iri(v["place"])
        e.add(s, DSR.place, p, g)
        e.add(p, RDFS.label, _lit(v["place"], "en"), g)
        e.curate(p, RDF.type, N(DSR.Place))
    if "status" in v:
        e.add(s, DSR.status, N(STATUS[v["status"]]), g)
    for code in v.get("countries", []):
        e.add(s, DSR.country, iri_of("country", code), g)
    for concept in v.get("technology", []):
        e.add(s, DSR.technologyArea, ox.NamedNode(concept), g)
    for prog in v.get("programme", []):
        e.add(s, DSR.programme, iri_of("programme", prog), g)
    if isinstance(v.get("forum"), str) and s.value.startswith(str(FORUM)):
        e.add(s, DSR.forum, iri_of("forum", v["forum"]), g)
    for name, date in v.get("milestones", {}).items():
        e.add(s, MILESTONE_PROPERTY[name], _date(date), g)
    for i, a in enumerate(v.get("amount", []), 1):
        node = ox.NamedNode(f"{s.value}/amount/{source}/{i}")
        e.add(s, DSR.amount, node, g)
        e.add(node, RDF.type, N(DSR.MonetaryAmount), g)
        if "value" in a:
            e.add(node, DSR.value, _dec(a["value"]), g)
        e.add(node, DSR.currency, _lit(a["currency"]), g)
        if "share" in a:
            e.add(node, DSR.shareOfCost, _dec(a["share"]), g)
        for key, prop in (("interest_rate", DSR.interestRate), ("maturity_years", DSR.maturityYears),
                          ("grace_years", DSR.gracePeriodYears)):
            if key in a:
                e.add(node, prop, _dec(a[key]), g)
        _figure_extras(e, node, a, g)


def _figure_extras(e: _Emitter, node, figure: dict, g) -> None:
    if figure.get("approximate"):
        e.add(node, DSR.approximate, TRUE, g)
    if "note" in figure:
        e.add(node, RDFS.comment, _lit(figure["note"], "en"), g)
