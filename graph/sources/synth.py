"""Seeded synthetic datasets shaped like a dsr-graph build, of any size, for benchmarks."""

from __future__ import annotations

__all__ = ["synthesize", "write_synthetic", "PARTNERSHIPS_PER_ORGANISATION", "SOURCES_PER_ORGANISATION"]

import gc
import operator
import random
import re
from bisect import bisect_right
from contextlib import contextmanager
from itertools import accumulate
from pathlib import Path
from typing import Iterator, Sequence

import pyoxigraph as ox

from .curated import meta_quads
from ..records.derive import derive_categories, derive_types
from ..errors import OutputError
from ..namespaces import (
    COUNTRY, DCTERMS, DSR, EVENT, FOAF, FORUM, META_GRAPH, ONTOLOGY_GRAPH, ORG, ORGANISATION,
    PARTNERSHIP, PLACE, PROGRAMME, RDF, RDFS, SKOS, SOURCE, TECHNOLOGY_GRAPH, XSD,
)
from ..store.rdfio import atomic_write, render_trig
from ..records.load import PROJECT_TYPES, ROLES
from ..resources import ontology_graph, ontology_quads
from .curated import CURATION, KIND_CLASS, ORG_KIND_CLASS, PROJECT_CLASS, STATUS
from ..technology import scheme

# How many partnership records and sources one organisation brings. The real records have about
# 0.6 partnerships per organisation; benchmarks of network measures want a denser projection, so
# the synthetic data has more, which also keeps the hubs' degrees well above the median.
PARTNERSHIPS_PER_ORGANISATION = 1.5
SOURCES_PER_ORGANISATION = 0.75

MIN_ORGANISATIONS = 10
SUFFIXES = (".nq", ".trig")
FIRST_YEAR, LAST_YEAR = 2005, 2025
N_COUNTRIES = 150
_CHUNK = 100_000  # quads serialised per pyoxigraph call when writing N-Quads


def _n(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


class _Terms:
    """pyoxigraph nodes of ontology terms, made on first use; ``DSR`` refuses a misspelt name."""

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = _n(getattr(DSR, name))
        setattr(self, name, node)
        return node


D = _Terms()
TYPE, LABEL = _n(RDF.type), _n(RDFS.label)
SOURCE_P, TITLE, PUBLISHER, DATE_P = _n(DCTERMS.source), _n(DCTERMS.title), _n(DCTERMS.publisher), _n(DCTERMS.date)
CITATION, DESCRIPTION = _n(DCTERMS.bibliographicCitation), _n(DCTERMS.description)
PAGE, ALT_LABEL, SUB_ORG, HAS_MEMBER = _n(FOAF.page), _n(SKOS.altLabel), _n(ORG.subOrganizationOf), _n(ORG.hasMember)
XSD_DATE = {name: _n(XSD[name]) for name in ("date", "gYearMonth", "gYear")}
DECIMAL, INTEGER, BOOLEAN = _n(XSD.decimal), _n(XSD.integer), _n(XSD.boolean)
TRUE = ox.Literal("true", datatype=BOOLEAN)

# Organisation kinds (names as in graph.records) and their share of the non-government
# organisations; close to the real records, where companies are the largest group.
ORG_KIND_WEIGHTS = (
    ("ministry", 10), ("agency", 10), ("regulator", 3), ("state_owned_enterprise", 16), ("private_company", 30),
    ("bank", 6), ("international_org", 3), ("university", 5), ("other", 5),
)
# Partnership kinds (names as in graph.records) and their shares, close to the real mix.
PARTNERSHIP_KIND_WEIGHTS = (
    ("mou", 22), ("contract", 18), ("loan", 8), ("joint_venture", 4), ("framework_agreement", 8), ("project", 22),
    ("training_programme", 5), ("acquisition", 3), ("proposal", 3), ("talks", 3), ("pledge", 2), ("other", 2),
)
# Who takes part, by kind: required (role, sides) pairs, then optional ones; a side names a pool of
# organisations (cn_* Chinese, p_* in the partner country). Two required parties and up to two
# optional ones give the 2-4 parties a partnership has.
PARTIES = {
    "mou": ([("signatory", ("cn_biz", "cn_biz", "cn_pub")), ("signatory", ("p_pub", "p_pub", "p_biz"))],
            [("partner", ("p_biz", "intl", "univ"))]),
    "framework_agreement": ([("signatory", ("cn_pub", "cn_biz")), ("signatory", ("p_pub",))],
                            [("partner", ("p_biz", "intl")), ("partner", ("cn_biz",))]),
    "contract": ([("contractor", ("cn_biz",)), ("beneficiary", ("p_pub", "p_biz"))],
                 [("supplier", ("cn_biz",)), ("financier", ("cn_bank",))]),
    "loan": ([("financier", ("cn_bank",)), ("beneficiary", ("p_pub",))],
             [("supplier", ("cn_biz",)), ("contractor", ("cn_biz",))]),
    "joint_venture": ([("owner", ("cn_biz",)), ("owner", ("p_biz", "p_pub"))], [("owner", ("cn_biz", "p_biz"))]),
    "project": ([("contractor", ("cn_biz",)), ("owner", ("p_pub", "p_biz"))],
                [("operator", ("p_biz",)), ("financier", ("cn_bank",)), ("supplier", ("cn_biz",))]),
    "training_programme": ([("partner", ("cn_biz", "univ")), ("beneficiary", ("p_pub", "univ"))],
                           [("partner", ("intl", "p_biz"))]),
    "acquisition": ([("owner", ("cn_biz",)), ("partner", ("p_biz",))], [("financier", ("cn_bank",))]),
    "proposal": ([("partner", ("cn_biz", "cn_pub")), ("partner", ("p_pub", "p_biz"))], [("partner", ("p_other",))]),
    "talks": ([("partner", ("cn_pub", "cn_biz")), ("partner", ("p_pub",))], [("partner", ("p_biz",))]),
    "pledge": ([("financier", ("cn_biz", "cn_bank")), ("beneficiary", ("p_pub",))], []),
    "other": ([("partner", ("cn_biz",)), ("partner", ("p_biz", "p_other"))], [("partner", ("p_other", "intl"))]),
}
STATUS_WEIGHTS = {
    "agreement": (("signed", 80), ("announced", 10), ("cancelled", 3), ("unknown", 7)),
    "deal": (("signed", 50), ("under_construction", 10), ("completed", 25), ("cancelled", 5), ("unknown", 10)),
    "project": (("operational", 30), ("completed", 25), ("under_construction", 20), ("announced", 10),
                ("cancelled", 5), ("unknown", 10)),
    "other": (("announced", 60), ("unknown", 30), ("cancelled", 10)),
}
STATUS_GROUP = {"mou": "agreement", "framework_agreement": "agreement", "contract": "deal", "loan": "deal",
                "joint_venture": "deal", "project": "project", "training_programme": "project"}
# Chance of stating an amount, by kind: loans and pledges nearly always, MoUs rarely.
AMOUNT_CHANCE = {"loan": 0.9, "pledge": 0.9, "contract": 0.5, "project": 0.5, "acquisition": 0.6,
                 "joint_venture": 0.3, "training_programme": 0.2, "framework_agreement": 0.1, "mou": 0.05}
# The technology family (a notation of the scheme) a project type leans to; resolved through the
# loaded scheme, so a family that left the scheme just drops the lean.
TECH_LEAN = {"cable": "connectivity", "network": "mobile", "data_centre": "computing",
             "safe_city": "smart_and_safe_cities", "satellite": "space", "broadcasting": "broadcasting",
             "digital_trade": "digital_economy", "manufacturing": "manufacturing",
             "training_programme": "digital_skills"}
QUANTITY_UNIT = {"cable": "km", "network": "base stations", "data_centre": "racks", "safe_city": "cameras",
                 "satellite": "satellites", "broadcasting": "households", "digital_trade": "merchants",
                 "manufacturing": "devices per year", "training_programme": "trainees"}
CURRENCY_WEIGHTS = (("USD", 70), ("CNY", 25), ("EUR", 5))
PUBLISHERS = ("Synthetic Wire", "Example Telecom Review", "Mock Business Daily", "Placeholder Policy Monitor",
              "Sample Gazette", "Dummy News Agency", "Synthetic Aid Tracker", "Fictional Press Office",
              "Imaginary Investment Journal", "Pretend Tech Weekly")
SECTORS = ("Telecom", "Networks", "Cloud", "Electronics", "Satellite", "Cable", "Data", "Smart City", "Software",
           "Semiconductor", "Broadcasting", "E-commerce", "Fintech", "Surveillance Systems")
PORTFOLIOS = ("ICT", "Digital Economy", "Interior", "Finance", "Science and Technology", "Education", "Transport",
              "Planning", "Communications", "Commerce")
NAMES = {
    "ministry": lambda r, i: f"Synthetic Ministry of {r.choice(PORTFOLIOS)} {i}",
    "agency": lambda r, i: f"Synthetic {r.choice(PORTFOLIOS)} Agency {i}",
    "regulator": lambda r, i: f"Synthetic {r.choice(PORTFOLIOS)} Regulatory Authority {i}",
    "state_owned_enterprise": lambda r, i: f"Synthetic {r.choice(SECTORS)} Corporation {i}",
    "private_company": lambda r, i: f"Synthetic {r.choice(SECTORS)} {i}",
    "bank": lambda r, i: f"Synthetic {r.choice(('Development', 'Export-Import', 'Commercial', 'Investment'))} Bank {i}",
    "international_org": lambda r, i: f"Synthetic {r.choice(('Regional', 'Digital', 'Telecommunication'))} Union {i}",
    "university": lambda r, i: f"Synthetic University of Technology {i}",
    "other": lambda r, i: f"Synthetic {r.choice(('Laboratory', 'Foundation', 'Airport Operator', 'Consortium'))} {i}",
}
PUBLIC = ("government", "ministry", "agency", "regulator")
BUSINESS = ("state_owned_enterprise", "private_company", "bank")
ROLE = {role: getattr(D, role) for role in ROLES}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _cum(weights: Sequence[float]) -> list[float]:
    return list(accumulate(weights))


def _zipf(n: int, exponent: float) -> list[float]:
    """Cumulative weights 1/rank^s: the first few items take a large share, as hubs do."""
    return _cum([1.0 / (rank ** exponent) for rank in range(1, n + 1)])


def _pick(cum: list[float], rng: random.Random) -> int:
    """Index drawn by cumulative weights; the bound guards against random() * total rounding up to total."""
    return bisect_right(cum, rng.random() * cum[-1], 0, len(cum) - 1)


KINDS = [k for k, _ in PARTNERSHIP_KIND_WEIGHTS]
KIND_CUM = _cum([w for _, w in PARTNERSHIP_KIND_WEIGHTS])
YEARS = list(range(FIRST_YEAR, LAST_YEAR + 1))
YEAR_CUM = _cum([y - FIRST_YEAR + 4 for y in YEARS])  # later years are busier, as in the real records
_SOURCE_PREFIX = len(str(SOURCE))


def _src_id(g: ox.NamedNode) -> str:
    return g.value[_SOURCE_PREFIX:]


class _Pool:
    """Organisations one side of a partnership is drawn from, with cumulative weights."""

    __slots__ = ("items", "cum")

    def __init__(self, items: list[int], exponent: float):
        self.items = items
        self.cum = _zipf(len(items), exponent) if items else []

    def draw(self, rng: random.Random) -> int | None:
        if not self.items:
            return None
        return self.items[_pick(self.cum, rng)]


class _Synthesizer:
    """One synthetic dataset: the records drawn from the seed, then their quads in build layout.

    The statistics (``partnerships``, ``sources``) are complete once :meth:`quads` is exhausted.
    """

    def __init__(self, organisations: int, seed: int):
        organisations = operator.index(organisations)  # any integer (numpy's too), never a float
        if organisations < MIN_ORGANISATIONS:
            raise ValueError(f"organisations must be at least {MIN_ORGANISATIONS} (got {organisations})")
        self.n = organisations
        self.seed = seed
        self.rng = random.Random(seed)
        self.width = max(5, len(str(organisations)))
        self.n_partnerships = round(organisations * PARTNERSHIPS_PER_ORGANISATION)
        self.n_sources = max(5, round(organisations * SOURCES_PER_ORGANISATION))
        self.partnerships = 0
        self.sources = 0
        self.curation = _n(SOURCE[CURATION])
        self.meta = _n(META_GRAPH)
        self._buf: list[ox.Quad] = []
        self._derive: list[ox.Quad] = []  # types, signatories and parties: all the derivations read
        self._place_labels: set[tuple[str, int]] = set()  # (place, source): labels already in that graph
        self._places: set[str] = set()  # places already typed in the curation graph

    # ------------------------------------------------------------------ emission

    def _add(self, s, p, o, g) -> None:
        self._buf.append(ox.Quad(s, p, o, g))

    def _curate(self, s, p, o) -> None:
        self._buf.append(ox.Quad(s, p, o, self.curation))

    def _type(self, s, cls: ox.NamedNode) -> None:
        q = ox.Quad(s, TYPE, cls, self.curation)
        self._buf.append(q)
        self._derive.append(q)

    def _flush(self) -> list[ox.Quad]:
        out, self._buf = self._buf, []
        return out

    # ------------------------------------------------------------------ the dataset

    def quads(self) -> Iterator[ox.Quad]:
        """Yield every quad once; the order is fixed by the seed (writers sort anyway)."""
        rng = self.rng
        # ontology_quads labels blank nodes by their order in the file, so N-Quads output repeats
        yield from ontology_quads("dsr.ttl", str(ONTOLOGY_GRAPH))
        yield from ontology_quads("technology-areas.ttl", str(TECHNOLOGY_GRAPH))
        yield from meta_quads(f"dsr-graph synthetic dataset ({self.n} organisations, seed {self.seed}); not real data")
        self._setup_technology()
        self._setup_countries()
        yield from self._flush()
        self._setup_sources()
        self._setup_organisations()
        yield from self._flush()
        self._setup_frameworks()
        yield from self._flush()
        self._setup_pools()
        self._aggregates_at = set(rng.sample(range(self.n_partnerships), max(1, self.n_partnerships // 60)))
        self._projects: list[ox.NamedNode] = []  # what a loan may finance
        self._aggregates: list[ox.NamedNode] = []  # what an MoU may be part of
        self._partnership_iris: list[ox.NamedNode] = []
        for j in range(self.n_partnerships):
            self._partnership(j)
            if len(self._buf) >= 10_000:
                yield from self._flush()
        # an organisation no partnership names (a parent, say) is described by a source of its own
        for o in range(self.n):
            if not self._described[o]:
                self._describe_org(o, self._draw_source())
        yield from self._flush()
        yield from derive_categories(self._derive, ontology_graph())
        yield from derive_types(self._derive, ontology_graph())
        self._derive = []

    def _setup_technology(self) -> None:
        # sorted so the draw does not depend on the parse order of the scheme
        concepts = scheme().concepts
        self.tech = [ox.NamedNode(iri) for iri in sorted(concepts)]
        families: dict[str, list[ox.NamedNode]] = {}
        for iri in sorted(concepts):
            families.setdefault(concepts[iri].family, []).append(ox.NamedNode(iri))
        self.tech_family: dict[str, list[ox.NamedNode]] = {}
        for lean, notation in TECH_LEAN.items():
            concept = scheme().resolve(notation)
            if concept is not None and concept.family in families:
                self.tech_family[lean] = families[concept.family]

    def _setup_countries(self) -> None:
        """CHN and 149 codes from ISO 3166's user-assigned range XAA-XZZ, so no real country is faked."""
        codes = ["CHN"] + [f"X{a}{b}" for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                           ][:N_COUNTRIES - 1]
        self.country_codes = codes
        self.country_label = ["China"] + [f"Synthetic Country {c}" for c in codes[1:]]
        self.country_iri = [_n(COUNTRY[c]) for c in codes]
        iso = _n(SOURCE["iso-3166-1"])
        self._source_meta(iso, "ISO 3166-1 country codes (CHN) and synthetic user-assigned codes (X..)",
                          "International Organization for Standardization", None,
                          "https://www.iso.org/iso-3166-country-codes.html", "synthetic/sources#iso-3166-1")
        self.sources += 1
        for code, label, s in zip(codes, self.country_label, self.country_iri):
            self._type(s, D.Country)
            self._curate(s, D.recordedIn, ox.Literal(f"synthetic/countries#{code}"))
            self._add(s, LABEL, ox.Literal(label, language="en"), iso)
            self._add(s, D.iso3166Code, ox.Literal(code), iso)
            self._add(s, SOURCE_P, iso, iso)
        # partner countries by activity: a Zipf order over a seeded shuffle, so each seed has its own
        # most-active partners; CHN is on one side of nearly every partnership instead
        self.partner_order = list(range(1, len(codes)))
        self.rng.shuffle(self.partner_order)
        self.partner_cum = _zipf(len(self.partner_order), 0.8)

    def _partner_country(self) -> int:
        return self.partner_order[_pick(self.partner_cum, self.rng)]

    # ------------------------------------------------------------------ sources

    def _setup_sources(self) -> None:
        # a source's metadata is written when a claim first uses it, so every dsr:Source has a graph
        self.source_iri = [_n(SOURCE[f"syn-{_slug(PUBLISHERS[i % len(PUBLISHERS)])}-{i + 1:0{self.width}d}"])
                           for i in range(self.n_sources)]
        self.source_used = bytearray(self.n_sources)
        # a few sources are large (like a survey article) and most are small news items
        self.source_cum = _zipf(self.n_sources, 0.7)

    def _draw_source(self, exclude: Sequence[int] = ()) -> int:
        rng = self.rng
        while True:
            i = _pick(self.source_cum, rng)
            if i not in exclude:
                break
        if not self.source_used[i]:
            self.source_used[i] = 1
            self.sources += 1
            publisher = PUBLISHERS[i % len(PUBLISHERS)]
            date = self._draw_date()
            page = (f"https://example.org/synthetic/{_slug(publisher)}/{date[0]}/{i + 1}"
                    if rng.random() < 0.9 else None)
            title = f"Synthetic report {i + 1} on digital cooperation" if page is None or rng.random() < 0.3 else None
            self._source_meta(self.source_iri[i], title, publisher, date, page,
                              f"synthetic/sources#{self.source_iri[i].value.rsplit('/', 1)[-1]}")
        return i

    def _source_meta(self, s, title, publisher, date, page, ref) -> None:
        g = self.meta
        self._add(s, TYPE, D.Source, g)
        self._add(s, D.recordedIn, ox.Literal(ref), g)
        if page:
            self._add(s, PAGE, ox.NamedNode(page), g)
        if title:
            self._add(s, TITLE, ox.Literal(title), g)
        self._add(s, PUBLISHER, ox.Literal(publisher), g)
        lexical = None
        if date:
            d = self._date_literal(date)
            lexical = d.value
            self._add(s, DATE_P, d, g)
        citation = ", ".join(x for x in (publisher, lexical, page) if x)
        self._add(s, CITATION, ox.Literal(citation), g)

    # ------------------------------------------------------------------ dates and figures

    def _draw_date(self) -> tuple[int, int, int, str]:
        """A date as precise as a source gives it, in 2005-2025."""
        rng = self.rng
        year = rng.choices(YEARS, cum_weights=YEAR_CUM)[0]
        r = rng.random()
        precision = "date" if r < 0.6 else "gYearMonth" if r < 0.85 else "gYear"
        return year, rng.randint(1, 12), rng.randint(1, 28), precision

    @staticmethod
    def _date_literal(d: tuple[int, int, int, str]) -> ox.Literal:
        year, month, day, precision = d
        lexical = (f"{year:04d}-{month:02d}-{day:02d}" if precision == "date"
                   else f"{year:04d}-{month:02d}" if precision == "gYearMonth" else f"{year:04d}")
        return ox.Literal(lexical, datatype=XSD_DATE[precision])

    def _money(self) -> int:
        """A round figure between about USD 300,000 and 5 billion, log-uniform as deal sizes are."""
        value = 10 ** self.rng.uniform(5.5, 9.7)
        digits = len(str(int(value)))
        return int(round(value, -(digits - 3)))

    # ------------------------------------------------------------------ organisations

    def _setup_organisations(self) -> None:
        """Draw every organisation: kind, home country, parent, name. Quads: curation now, claims later."""
        rng, n = self.rng, self.n
        countries = len(self.country_codes)
        n_gov = min(countries, max(2, round(n * 0.07)))
        gov_countries = [0] + self.partner_order[:n_gov - 1]  # the busiest partners have one
        kinds = ["government"] * n_gov
        rest = n - n_gov
        # one of each kind first, so even a small dataset has every kind; then the usual mix
        seeded = [k for k, _ in ORG_KIND_WEIGHTS][:rest]
        drawn = rng.choices([k for k, _ in ORG_KIND_WEIGHTS], weights=[w for _, w in ORG_KIND_WEIGHTS],
                            k=rest - len(seeded))
        others = seeded + drawn
        rng.shuffle(others)
        kinds += others
        self.org_kind = kinds
        self.org_country: list[int | None] = [None] * n
        self.org_parent: list[int | None] = [None] * n
        self.org_label: list[str] = [""] * n
        self.org_iri: list[ox.NamedNode] = []
        governments: list[int] = []
        ministries_of: dict[int, list[int]] = {}  # government -> its ministries
        companies_in: dict[int, list[int]] = {}  # country -> its companies, in creation order
        for o, kind in enumerate(kinds):
            number = f"{o + 1:0{self.width}d}"
            parent = country = None
            if kind == "government":
                country = gov_countries[o]
                label = f"Synthetic Government of {self.country_label[country]}"
                governments.append(o)
            elif kind in ("ministry", "agency", "regulator"):
                # China's bodies are over-represented, as in the real records
                gov = governments[0] if rng.random() < 0.25 else rng.choice(governments)
                parent = gov
                if kind != "ministry" and ministries_of.get(gov) and rng.random() < 0.2:
                    parent = rng.choice(ministries_of[gov])  # an agency under a ministry
                if kind == "ministry":
                    ministries_of.setdefault(gov, []).append(o)
                country = self.org_country[gov]
                label = NAMES[kind](rng, number)
            else:
                label = NAMES[kind](rng, number)
                if kind in BUSINESS:
                    country = 0 if rng.random() < (0.5 if kind == "bank" else 0.45) else self._partner_country()
                elif kind == "international_org":
                    country = self._partner_country() if rng.random() < 0.5 else None
                else:
                    country = 0 if rng.random() < 0.3 else self._partner_country()
                if kind in ("state_owned_enterprise", "private_company"):
                    peers = companies_in.setdefault(country, [])
                    if peers and rng.random() < 0.12:
                        # a subsidiary of one of the first (largest) companies of its country
                        parent = peers[int(len(peers) * rng.random() ** 3)]
                    peers.append(o)
            self.org_country[o] = country
            self.org_parent[o] = parent
            self.org_label[o] = label
            s = _n(ORGANISATION[_slug(label)])
            self.org_iri.append(s)
            self._type(s, _n(ORG_KIND_CLASS[kind]))
            if kind == "state_owned_enterprise":
                self._curate(s, D.ownership, D.StateOwned)
            elif kind == "private_company":
                self._curate(s, D.ownership, D.PrivatelyOwned)
            self._curate(s, D.recordedIn, ox.Literal(f"synthetic/organisations#{s.value.rsplit('/', 1)[-1]}"))
        self._described = bytearray(n)
        self._described_in: set[tuple[int, int]] = set()  # (organisation, source) pairs with a claim

    def _describe_org(self, o: int, src: int) -> None:
        """An organisation's claim in a source's graph: its name the first time, then what a source adds."""
        g, s = self.source_iri[src], self.org_iri[o]
        first = not self._described[o]
        self._described[o] = 1
        self._described_in.add((o, src))
        self._add(s, SOURCE_P, g, g)
        if first:
            self._add(s, LABEL, ox.Literal(self.org_label[o], language="en"), g)
        if self.org_country[o] is not None:
            self._add(s, D.homeCountry, self.country_iri[self.org_country[o]], g)
        if self.org_parent[o] is not None and (first or self.rng.random() < 0.5):
            self._add(s, SUB_ORG, self.org_iri[self.org_parent[o]], g)
        if not first or self.rng.random() < 0.15:
            acronym = "".join(w[0] for w in self.org_label[o].split() if w[0].isalpha()).upper()
            self._add(s, ALT_LABEL, ox.Literal(f"{acronym} {o + 1}", language="en"), g)

    def _setup_pools(self) -> None:
        """Pools of parties; weights fall with creation order, so the first companies become hubs."""
        cn_biz, cn_bank, cn_pub, intl, univ = [], [], [], [], []
        p_pub, p_biz, p_other = {}, {}, {}
        for o, kind in enumerate(self.org_kind):
            c = self.org_country[o]
            if kind == "international_org":
                intl.append(o)
            elif kind == "university":
                univ.append(o)
            if c == 0:
                if kind in ("state_owned_enterprise", "private_company"):
                    cn_biz.append(o)
                elif kind == "bank":
                    cn_bank.append(o)
                elif kind in PUBLIC:
                    cn_pub.append(o)
            elif c is not None:
                target = p_pub if kind in PUBLIC else p_biz if kind in BUSINESS else p_other
                target.setdefault(c, []).append(o)
        self.pools = {"cn_biz": _Pool(cn_biz, 1.1), "cn_bank": _Pool(cn_bank, 1.0), "cn_pub": _Pool(cn_pub, 0.8),
                      "intl": _Pool(intl, 0.8), "univ": _Pool(univ, 0.5)}
        self.partner_pools = {"p_pub": {c: _Pool(v, 0.8) for c, v in p_pub.items()},
                              "p_biz": {c: _Pool(v, 1.0) for c, v in p_biz.items()},
                              "p_other": {c: _Pool(v, 0.5) for c, v in p_other.items()}}
        self.fallback = {"p_pub": _Pool([o for v in p_pub.values() for o in v], 0.5),
                         "p_biz": _Pool([o for v in p_biz.values() for o in v], 0.5),
                         "p_other": _Pool([o for v in p_other.values() for o in v], 0.5),
                         "cn_bank": _Pool([o for o, k in enumerate(self.org_kind) if k == "bank"], 0.8),
                         "any": _Pool(list(range(self.n)), 0.3)}

    def _draw_party(self, side: str, country: int) -> int:
        rng = self.rng
        if side in self.partner_pools:
            pool = self.partner_pools[side].get(country)
            o = pool.draw(rng) if pool is not None else None
        else:
            o = self.pools[side].draw(rng)
        if o is None:
            # a small dataset may lack the pool: fall back to a wider one rather than fail
            o = self.fallback.get(side, self.fallback["any"]).draw(rng)
        if o is None:
            o = self.fallback["any"].draw(rng)
        return o

    # ------------------------------------------------------------------ programmes, forums, events

    def _setup_frameworks(self) -> None:
        rng = self.rng
        self.programmes: list[ox.NamedNode] = []
        for k in range(max(3, self.n // 150)):
            s = _n(PROGRAMME[f"syn-programme-{k + 1:03d}"])
            phase_of = self.programmes[rng.randrange(k)] if k % 3 == 2 else None  # every third one
            self._type(s, D.ProgrammePhase if phase_of is not None else D.Programme)
            self._curate(s, D.recordedIn, ox.Literal(f"synthetic/programmes#syn-programme-{k + 1:03d}"))
            self._curate(s, DESCRIPTION,
                         ox.Literal(f"A synthetic cooperation programme, number {k + 1}.", language="en"))
            g = self.source_iri[self._draw_source()]
            self._add(s, SOURCE_P, g, g)
            self._add(s, LABEL, ox.Literal(f"Synthetic Digital Corridor Programme {k + 1:03d}", language="en"), g)
            if phase_of is not None:
                self._add(s, D.phaseOf, phase_of, g)
            if rng.random() < 0.5:
                self._add(s, D.date, self._date_literal(self._draw_date()), g)
            for t in rng.sample(self.tech, 2):
                self._add(s, D.technologyArea, t, g)
            self.programmes.append(s)
        self.programme_cum = _zipf(len(self.programmes), 1.0)
        self.forums: list[ox.NamedNode] = []
        for k in range(max(1, self.n // 500)):
            s = _n(FORUM[f"syn-forum-{k + 1:03d}"])
            self._type(s, D.Forum)
            self._curate(s, D.recordedIn, ox.Literal(f"synthetic/forums#syn-forum-{k + 1:03d}"))
            g = self.source_iri[self._draw_source()]
            self._add(s, SOURCE_P, g, g)
            self._add(s, LABEL, ox.Literal(f"Synthetic Joint Working Group {k + 1:03d}", language="en"), g)
            for o in sorted(rng.sample(range(self.n), min(self.n, rng.randint(3, 6)))):
                self._add(s, HAS_MEMBER, self.org_iri[o], g)
            self.forums.append(s)
        self.events: list[ox.NamedNode] = []
        for k in range(max(2, self.n // 250)):
            s = _n(EVENT[f"syn-event-{k + 1:03d}"])
            self._type(s, D.Signing if rng.random() < 0.5 else D.Meeting)
            self._curate(s, D.recordedIn, ox.Literal(f"synthetic/events#syn-event-{k + 1:03d}"))
            src = self._draw_source()
            g = self.source_iri[src]
            self._add(s, SOURCE_P, g, g)
            self._add(s, LABEL, ox.Literal(f"Synthetic Cooperation Summit {k + 1:03d}", language="en"), g)
            year, month, day, _ = self._draw_date()
            self._add(s, D.startDate, self._date_literal((year, month, day, "date")), g)
            self._add(s, D.endDate, self._date_literal((year, month, min(28, day + rng.randint(1, 3)), "date")), g)
            self._place(s, g, src, self._partner_country())
            self.events.append(s)

    def _place(self, s, g, src: int, country: int) -> None:
        k = self.rng.randint(1, 5)
        p = _n(PLACE[f"syn-city-{k}-{self.country_codes[country].lower()}"])
        self._add(s, D.place, p, g)
        # the label goes to each graph that names the place, its type once to curation (no duplicates)
        if (p.value, src) not in self._place_labels:
            self._place_labels.add((p.value, src))
            self._add(p, LABEL, ox.Literal(f"Synthetic City {k}, {self.country_label[country]}", language="en"), g)
        if p.value not in self._places:
            self._places.add(p.value)
            self._curate(p, TYPE, D.Place)

    # ------------------------------------------------------------------ partnerships

    def _partnership(self, j: int) -> None:
        rng = self.rng
        aggregate = j in self._aggregates_at
        if aggregate:
            kind = "mou" if rng.random() < 0.8 else "framework_agreement"
        else:
            kind = rng.choices(KINDS, cum_weights=KIND_CUM)[0]
        project_type = None
        if kind == "project" and rng.random() < 0.92:
            project_type = PROJECT_TYPES[rng.randrange(len(PROJECT_TYPES))]
        number = f"{j + 1:0{self.width + 1}d}"
        s = _n(PARTNERSHIP[f"syn-{kind.replace('_', '-')}-{number}"])
        self.partnerships += 1
        country = self._partner_country()

        # parties: the roles of the kind, each drawn from its side; an aggregate names at most one
        required, optional = PARTIES[kind]
        slots = list(required)
        for extra in optional:
            if len(slots) < 4 and rng.random() < 0.35:
                slots.append(extra)
        if aggregate:
            slots = [("signatory", ("p_pub",))] if rng.random() < 0.6 else []
        parties: list[tuple[str, int]] = []
        seen: list[int] = []
        for role, sides in slots:
            for _ in range(4):  # a repeated draw is retried, not kept, so parties stay distinct
                o = self._draw_party(sides[rng.randrange(len(sides))], country)
                if o not in seen:
                    seen.append(o)
                    parties.append((role, o))
                    break
        if not aggregate and len(parties) < 2:
            for o in range(self.n):  # tiny pools: take any organisation not yet a party
                if o not in seen:
                    seen.append(o)
                    parties.append(("partner", o))
                    if len(parties) == 2:
                        break
        codes = sorted({self.org_country[o] for _, o in parties if self.org_country[o] is not None} | {0, country})
        date = self._draw_date()
        tech = self._draw_tech(project_type or kind)
        status = rng.choices(*zip(*STATUS_WEIGHTS[STATUS_GROUP.get(kind, "other")]))[0]
        programme = None
        if rng.random() < 0.25:
            programme = self.programmes[_pick(self.programme_cum, rng)]
        amount = None
        if rng.random() < AMOUNT_CHANCE.get(kind, 0.0):
            amount = (self._money(), rng.choices(*zip(*CURRENCY_WEIGHTS))[0])
        unit = QUANTITY_UNIT.get(project_type or kind)
        has_quantity = unit is not None and rng.random() < 0.4

        # identity and classification: the curation graph
        classes = [_n(KIND_CLASS[kind])]
        if project_type:
            classes.append(_n(PROJECT_CLASS[project_type]))
        if aggregate:
            classes.append(D.Aggregate)
        for cls in classes:
            self._type(s, cls)
        names = " and ".join(self.org_label[o] for _, o in parties[:2]) or self.country_label[country]
        label = f"Synthetic {kind.replace('_', ' ')} {number}: {names}" + (" (aggregate)" if aggregate else "")
        self._curate(s, LABEL, ox.Literal(label, language="en"))
        self._curate(s, D.recordedIn, ox.Literal(f"synthetic/partnerships#{s.value.rsplit('/', 1)[-1]}"))
        if rng.random() < 0.3:
            self._curate(s, DESCRIPTION, ox.Literal(
                f"A synthetic {kind.replace('_', ' ')} involving {self.country_label[country]}.", language="en"))
        if self._partnership_iris and rng.random() < 0.01:
            self._curate(s, D.relatedTo, self._partnership_iris[rng.randrange(len(self._partnership_iris))])

        # claims: the first source states everything, others restate part of it, at times differently
        r = rng.random()
        n_claims = 1 if r < 0.62 else 2 if r < 0.92 else 3
        used: list[int] = []
        for c in range(n_claims):
            src = self._draw_source(used)
            used.append(src)
            g = self.source_iri[src]
            first = c == 0
            self._add(s, SOURCE_P, g, g)
            claim_parties = parties if first else [p for p in parties if rng.random() < 0.6]
            for role, o in claim_parties:
                org = self.org_iri[o]
                q = ox.Quad(s, ROLE[role], org, g)
                self._buf.append(q)
                if role == "signatory":
                    self._derive.append(q)
                q = ox.Quad(s, D.party, org, g)  # the role's super-property stated, as curated.py does
                self._buf.append(q)
                self._derive.append(q)
                if not self._described[o]:
                    self._describe_org(o, src)
                elif (o, src) not in self._described_in and rng.random() < 0.08:
                    self._describe_org(o, src)
            if first or rng.random() < 0.6:
                self._add(s, D.date, self._date_literal(date if first else self._disagree_date(date)), g)
            if first or rng.random() < 0.5:
                self._add(s, D.status, _n(STATUS[status]), g)
            if first or rng.random() < 0.5:
                for k in codes:
                    self._add(s, D.country, self.country_iri[k], g)
            for t in tech if first else [t for t in tech if rng.random() < 0.5]:
                self._add(s, D.technologyArea, t, g)
            if first and programme is not None:
                self._add(s, D.programme, programme, g)
            if first:
                self._first_claim_extras(s, g, src, kind, project_type, status, date, country, aggregate)
            if aggregate:
                self._member_counts(s, g, first)
            if amount is not None and (first or rng.random() < 0.6):
                self._amount(s, g, kind, amount, first)
            if has_quantity and (first or rng.random() < 0.2):
                node = ox.NamedNode(f"{s.value}/quantity/{_src_id(g)}/1")
                self._add(s, D.quantity, node, g)
                self._add(node, TYPE, D.Quantity, g)
                self._add(node, D.value, ox.Literal(str(rng.randint(2, 5000)), datatype=DECIMAL), g)
                self._add(node, D.unit, ox.Literal(unit), g)

        self._partnership_iris.append(s)
        if kind in ("project", "contract", "training_programme"):
            self._projects.append(s)
        if aggregate:
            self._aggregates.append(s)

    def _first_claim_extras(self, s, g, src: int, kind: str, project_type: str | None, status: str,
                            date: tuple, country: int, aggregate: bool) -> None:
        """What only the main source states: place, event, forum, links, milestones."""
        rng = self.rng
        if rng.random() < 0.3:
            self._place(s, g, src, country)
        if rng.random() < 0.04:
            self._add(s, D.event, self.events[rng.randrange(len(self.events))], g)
        if rng.random() < 0.03:
            self._add(s, D.forum, self.forums[rng.randrange(len(self.forums))], g)
        if kind == "loan" and self._projects and rng.random() < 0.4:
            self._add(s, D.finances, self._projects[rng.randrange(len(self._projects))], g)
        if kind == "mou" and not aggregate and self._aggregates and rng.random() < 0.1:
            self._add(s, D.partOf, self._aggregates[rng.randrange(len(self._aggregates))], g)
        if kind == "proposal":
            self._add(s, D.proposedArrangement, ox.Literal("joint ventures", language="en"), g)
        if kind == "contract" and rng.random() < 0.05:
            self._add(s, D.describedAs, ox.Literal("loan agreement", language="en"), g)
        if rng.random() < 0.03:
            self._add(s, D.dateInferred, TRUE, g)
        if project_type or kind == "training_programme":
            year = date[0]
            milestone = {"operational": D.dateOperational, "completed": D.dateCompleted}.get(status)
            if milestone is not None:
                later = min(LAST_YEAR, year + rng.randint(1, 4))
                self._add(s, milestone, self._date_literal((later, rng.randint(1, 12), 1, "gYear")), g)
            if project_type == "satellite" and rng.random() < 0.5:
                later = min(LAST_YEAR, year + rng.randint(1, 5))
                self._add(s, D.dateLaunched, self._date_literal((later, rng.randint(1, 12), 1, "gYearMonth")), g)
            if rng.random() < 0.2:
                self._add(s, D.dateGroundbreaking, self._date_literal((year, rng.randint(1, 12), 1, "gYearMonth")), g)

    def _disagree_date(self, date: tuple[int, int, int, str]) -> tuple[int, int, int, str]:
        """Another source's date: often the same, sometimes less precise, sometimes another year."""
        rng = self.rng
        year, month, day, precision = date
        r = rng.random()
        if r < 0.35:
            shifted = year + rng.choice((-2, -1, 1, 2))
            return min(LAST_YEAR, max(FIRST_YEAR, shifted)), month, day, precision
        if r < 0.6:
            return year, month, day, "gYear" if precision != "gYear" else "gYearMonth"
        return date

    def _draw_tech(self, lean: str) -> list[ox.NamedNode]:
        """1-3 distinct technology areas, the first from the family the project type leans to."""
        rng = self.rng
        k = rng.choices((1, 2, 3), weights=(45, 35, 20))[0]
        chosen: list[ox.NamedNode] = []
        family = self.tech_family.get(lean)
        if family:
            chosen.append(family[rng.randrange(len(family))])
        while len(chosen) < k:
            t = self.tech[rng.randrange(len(self.tech))]
            if t not in chosen:
                chosen.append(t)
        return chosen

    def _amount(self, s, g, kind: str, amount: tuple[int, str], first: bool) -> None:
        """One source's dsr:MonetaryAmount node; a later source may give another figure."""
        rng = self.rng
        value, currency = amount
        if not first and rng.random() < 0.4:
            value = int(round(value * rng.uniform(0.7, 1.4), -3))  # sources disagree on the figure
        node = ox.NamedNode(f"{s.value}/amount/{_src_id(g)}/1")
        self._add(s, D.amount, node, g)
        self._add(node, TYPE, D.MonetaryAmount, g)
        self._add(node, D.currency, ox.Literal(currency), g)
        share = rng.random() < 0.08
        if not share or rng.random() < 0.5:
            self._add(node, D.value, ox.Literal(str(value), datatype=DECIMAL), g)
        if share:
            self._add(node, D.shareOfCost, ox.Literal(f"{rng.randint(10, 95) / 100:.2f}", datatype=DECIMAL), g)
        if kind == "loan" and rng.random() < 0.6:
            self._add(node, D.interestRate, ox.Literal(f"{rng.randint(0, 24) / 4:.2f}", datatype=DECIMAL), g)
            self._add(node, D.maturityYears, ox.Literal(str(rng.choice((10, 15, 20, 25))), datatype=DECIMAL), g)
            self._add(node, D.gracePeriodYears, ox.Literal(str(rng.randint(3, 7)), datatype=DECIMAL), g)
        if rng.random() < 0.2:
            self._add(node, D.approximate, TRUE, g)

    def _member_counts(self, s, g, first: bool) -> None:
        """An aggregate's size as one source counts it, sometimes split by category."""
        rng = self.rng
        count = rng.randint(3, 40)
        self._add(s, D.memberCount, ox.Literal(str(count), datatype=INTEGER), g)
        if first or rng.random() < 0.5:
            left = count
            for cat in ("G2G", "G2B", "B2B"):
                if rng.random() < 0.7:
                    part = rng.randint(0, left)
                    left -= part
                    node = ox.NamedNode(f"{s.value}/category-count/{_src_id(g)}/{cat.lower()}")
                    self._add(s, D.categoryCount, node, g)
                    self._add(node, TYPE, D.CategoryCount, g)
                    self._add(node, D.category, getattr(D, cat), g)
                    self._add(node, D.memberCount, ox.Literal(str(part), datatype=INTEGER), g)


def synthesize(organisations: int = 1000, seed: int = 42) -> Iterator[ox.Quad]:
    """Generate a synthetic dataset shaped like a dsr-graph build, one quad at a time.

    The same vocabulary and graph layout as :func:`graph.build.build_dataset`: one named graph per
    source holding its statements with ``dcterms:source``, the curation graph with types and
    labels, the metadata graph with each source's page, publisher and date, the ontology and
    technology-area graphs, and the derived agreement categories. Names say "Synthetic", partner
    countries use ISO 3166's user-assigned codes (XAA-XZZ) beside CHN, and pages are on
    example.org, so the data cannot pass for real.

    Parameters
    ----------
    organisations : int
        How many organisations to generate (at least 10). Partnerships
        (``PARTNERSHIPS_PER_ORGANISATION`` per organisation) and sources scale with it.
    seed : int
        Seed of the only random generator used: the same arguments give the same quads in the
        same order; another seed gives other data.

    Returns
    -------
    iterator of pyoxigraph.Quad
        Every quad once (no duplicates). It is lazy: quads are produced in batches while the
        records are drawn, so memory holds the organisations, not the whole dataset.

    Raises
    ------
    ValueError
        When ``organisations`` is below 10.

    Examples
    --------
    >>> from graph.sources.synth import synthesize
    >>> quads = list(synthesize(organisations=20, seed=1))
    >>> len(quads) > 1000
    True
    """
    return _Synthesizer(organisations, seed).quads()


def write_synthetic(path: Path | str, organisations: int = 1000, seed: int = 42) -> dict:
    """Write a synthetic dataset to a TriG (``.trig``) or N-Quads (``.nq``) file, atomically.

    TriG is rendered by :func:`graph.store.rdfio.render_trig`, like a build's ``dsr.trig``; N-Quads are
    serialised by pyoxigraph, one quad a line, lines sorted. Either way the same arguments give a
    byte-identical file. N-Quads are several times faster to write and to load, and hold less in
    memory: use them for the larger benchmarks.

    Parameters
    ----------
    path : path
        The file to write; its suffix chooses the format.
    organisations, seed : int
        As for :func:`synthesize`.

    Returns
    -------
    dict
        ``quads`` (statements written), ``organisations``, ``partnerships`` (records, aggregates
        included) and ``sources`` (``dsr:Source`` nodes, the ISO 3166 one included).

    Raises
    ------
    OutputError
        When the suffix is neither .trig nor .nq, or the file cannot be written.
    ValueError
        When ``organisations`` is below 10.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise OutputError(f"{path}: cannot write synthetic data as {suffix or 'a file without a suffix'!r}; "
                          f"use a .trig (TriG) or .nq (N-Quads) file name")
    synth = _Synthesizer(organisations, seed)
    with _no_cyclic_gc():
        count = _write(path, suffix, synth)
    return {"quads": count, "organisations": synth.n, "partnerships": synth.partnerships, "sources": synth.sources}


@contextmanager
def _no_cyclic_gc():
    """Pause the cyclic garbage collector while writing, then restore its previous state.

    pyoxigraph quads are GC-tracked, and with a million of them alive the collector's repeated
    full passes cost over a quarter of the run. Quads form no cycles; any cycle made meanwhile
    is collected once the collector is back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _write(path: Path, suffix: str, synth: _Synthesizer) -> int:
    """Write the dataset in the format of ``suffix``; return how many quads were written."""
    if suffix == ".nq":
        lines: list[bytes] = []
        chunk: list[ox.Quad] = []
        for q in synth.quads():
            chunk.append(q)
            if len(chunk) == _CHUNK:
                lines += ox.serialize(chunk, format=ox.RdfFormat.N_QUADS).splitlines()
                chunk = []
        lines += ox.serialize(chunk, format=ox.RdfFormat.N_QUADS).splitlines()
        lines.sort()
        count = len(lines)
        lines.append(b"")  # the final newline, without copying the joined text once more
        atomic_write(path, b"\n".join(lines))
        return count
    counted = [0]

    def counting(quads: Iterator[ox.Quad]) -> Iterator[ox.Quad]:
        for q in quads:
            counted[0] += 1
            yield q

    atomic_write(path, render_trig(counting(synth.quads())))
    return counted[0]
