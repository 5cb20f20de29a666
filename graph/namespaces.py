"""The DSR namespace (refusing typos), the identifier namespaces and the standard prefixes."""

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD, DefinedNamespace

__all__ = [
    "DSR",
    "BASE",
    "ID",
    "GRAPH",
    "ORGANISATION",
    "PARTNERSHIP",
    "PROGRAMME",
    "FORUM",
    "EVENT",
    "PLACE",
    "COUNTRY",
    "SOURCE",
    "TECH",
    "TECH_SCHEME",
    "META_GRAPH",
    "DERIVED_GRAPH",
    "ONTOLOGY_GRAPH",
    "ANALYSIS_GRAPH",
    "COMMUNITY",
    "TECHNOLOGY_GRAPH",
    "LINKS_GRAPH",
    "DATASET",
    "PREFIXES",
    "SCHEMA",
    "VANN",
    "DCTERMS",
    "FOAF",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SH",
    "SKOS",
    "XSD",
]


class DSR(DefinedNamespace):
    """Terms of the DSR ontology (ontology/dsr.ttl); an unknown term raises AttributeError."""

    _NS = Namespace("https://w3id.org/dsr/ontology#")
    _fail = True

    AcademicInstitution: URIRef
    Acquisition: URIRef
    Agency: URIRef
    Aggregate: URIRef
    Agreement: URIRef
    AgreementCategory: URIRef
    AnalysisGraph: URIRef
    Announced: URIRef
    B2B: URIRef
    BroadcastingProject: URIRef
    CableProject: URIRef
    Cancelled: URIRef
    CategoryCount: URIRef
    Community: URIRef
    Company: URIRef
    Completed: URIRef
    Contract: URIRef
    Country: URIRef
    DataCentreProject: URIRef
    DerivedGraph: URIRef
    DigitalTradeProject: URIRef
    Event: URIRef
    FinancialInstitution: URIRef
    Forum: URIRef
    FrameworkAgreement: URIRef
    G2B: URIRef
    G2G: URIRef
    Government: URIRef
    GovernmentBody: URIRef
    InternationalOrganisation: URIRef
    InvestmentPledge: URIRef
    JointVenture: URIRef
    LifecycleStatus: URIRef
    LoanAgreement: URIRef
    ManufacturingProject: URIRef
    Meeting: URIRef
    Ministry: URIRef
    MoU: URIRef
    MonetaryAmount: URIRef
    PriceBasis: URIRef
    Link: URIRef
    Nominal: URIRef
    Constant: URIRef
    UnresolvedValue: URIRef
    NetworkProject: URIRef
    Operational: URIRef
    Organisation: URIRef
    OtherArrangement: URIRef
    OtherOrganisation: URIRef
    OwnershipType: URIRef
    Partition: URIRef
    Partnership: URIRef
    Place: URIRef
    PrivatelyOwned: URIRef
    Programme: URIRef
    ProgrammePhase: URIRef
    Project: URIRef
    Proposal: URIRef
    Quantity: URIRef
    Regulator: URIRef
    SafeCityProject: URIRef
    SatelliteProject: URIRef
    Signed: URIRef
    Signing: URIRef
    Source: URIRef
    StateOwned: URIRef
    StatusUnknown: URIRef
    Talks: URIRef
    TrainingProgramme: URIRef
    UnderConstruction: URIRef
    amount: URIRef
    approximate: URIRef
    beneficiary: URIRef
    betweenness: URIRef
    category: URIRef
    categoryCount: URIRef
    closeness: URIRef
    community: URIRef
    communityMethod: URIRef
    constraint: URIRef
    contractor: URIRef
    coreNumber: URIRef
    country: URIRef
    currency: URIRef
    date: URIRef
    dateCompleted: URIRef
    dateGroundbreaking: URIRef
    dateInaugurated: URIRef
    dateInferred: URIRef
    dateLaunched: URIRef
    dateOperational: URIRef
    degree: URIRef
    describedAs: URIRef
    effectiveSize: URIRef
    eigenvector: URIRef
    endDate: URIRef
    engine: URIRef
    event: URIRef
    finances: URIRef
    financier: URIRef
    forum: URIRef
    gracePeriodYears: URIRef
    priceBasis: URIRef
    linkedFrom: URIRef
    linkedTo: URIRef
    linkRule: URIRef
    priceYear: URIRef
    unresolved: URIRef
    field: URIRef
    formerName: URIRef
    homeCountry: URIRef
    inPartition: URIRef
    inferredParty: URIRef
    interestRate: URIRef
    iso3166Code: URIRef
    maturityYears: URIRef
    memberCount: URIRef
    milestoneDate: URIRef
    modularity: URIRef
    networkMeasure: URIRef
    operator: URIRef
    owner: URIRef
    ownership: URIRef
    pageRank: URIRef
    partOf: URIRef
    partner: URIRef
    party: URIRef
    phaseOf: URIRef
    place: URIRef
    programme: URIRef
    projection: URIRef
    proposedArrangement: URIRef
    quantity: URIRef
    recordedIn: URIRef
    relatedTo: URIRef
    rule: URIRef
    seed: URIRef
    shareOfCost: URIRef
    signatory: URIRef
    size: URIRef
    startDate: URIRef
    status: URIRef
    supplier: URIRef
    technologyArea: URIRef
    unit: URIRef
    value: URIRef
    weakHost: URIRef
    weightedDegree: URIRef


BASE = "https://w3id.org/dsr/"
ID = Namespace(BASE + "id/")
ORGANISATION = Namespace(BASE + "id/org/")
PARTNERSHIP = Namespace(BASE + "id/partnership/")
PROGRAMME = Namespace(BASE + "id/programme/")
FORUM = Namespace(BASE + "id/forum/")
EVENT = Namespace(BASE + "id/event/")
PLACE = Namespace(BASE + "id/place/")
COUNTRY = Namespace(BASE + "id/country/")
SOURCE = Namespace(BASE + "id/source/")
TECH = Namespace(BASE + "id/technology/")
TECH_SCHEME = URIRef(BASE + "technology-areas")

# Named graphs that are not a single source's statements.
GRAPH = Namespace(BASE + "graph/")
META_GRAPH = GRAPH["meta"]
DERIVED_GRAPH = GRAPH["derived"]
ONTOLOGY_GRAPH = GRAPH["ontology"]
ANALYSIS_GRAPH = Namespace(BASE + "graph/analysis/")  # one graph per projection analysed
COMMUNITY = Namespace(BASE + "id/community/")
TECHNOLOGY_GRAPH = GRAPH["technology-areas"]
DATASET = BASE + "dataset"  # the IRI of the whole dataset, described in dsrgraph:meta
LINKS_GRAPH = GRAPH["links"]  # partnerships and organisations two sources describe, linked into one

SCHEMA = Namespace("https://schema.org/")
VANN = Namespace("http://purl.org/vocab/vann/")

# Prefixes written into every serialisation, in this order.
PREFIXES: dict[str, str] = {
    "dsr": str(DSR._NS),
    "organisation": str(ORGANISATION),
    "partnership": str(PARTNERSHIP),
    "programme": str(PROGRAMME),
    "forum": str(FORUM),
    "event": str(EVENT),
    "place": str(PLACE),
    "country": str(COUNTRY),
    "source": str(SOURCE),
    "tech": str(TECH),
    "dsrgraph": str(GRAPH),
    "community": str(BASE + "id/community/"),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "org": str(ORG),
    "prov": str(PROV),
    "sh": str(SH),
    "vann": str(VANN),
}
