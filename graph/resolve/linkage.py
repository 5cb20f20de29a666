"""One deal, one partnership: partnerships that two sources describe are linked into one.

A cable the curated records describe comes in again from the cable map; a loan a curated record
cites AidData for comes in again from AidData's table. Kept apart they are counted twice, and the
sources' disagreements about them (a cable's length, a loan's amount) never meet. This module finds
such pairs among the partnerships of different origins (the curated records, each imported
dataset) and links them: every statement about the one becomes a statement about the other, in
the same source's named graph, so each source's claims stay its own and ``claims-in-disagreement``
shows where they differ. The link itself is stated in ``dsrgraph:links`` with its rule and
evidence (``owl:sameAs`` from the IRI that was folded in).

Rules, in order, each needing what it says and nothing contradicting it:

- ``judged-same`` / ``judged-different``: the curators' judgements (:mod:`.judgements`);
- ``cited-dataset-row``: a curated record cites the dataset row (an AidData project page) that an
  import brought in;
- ``same-dataset-id``: two releases of one dataset carry the same project id (two different ids of
  one dataset are two projects, whatever else they share);
- ``same-cable``: two cable projects with the same name or alias (brackets and words such as
  "cable system" aside), one's abbreviation or the other's name inside a longer cable title (not
  for a segment or a branch), or at least two landing points in common and none of the smaller
  set missing; their ready-for-service years, when both are known, at most a year apart;
- ``same-deal``: titles that say the same, weighted by how rare each word is among all described
  partnerships (IDF): alike enough on their own (≥ 0.5) within a year; alike (≥ 0.3) with a party
  in common within a year; the same amount (same currency and price basis, within 5 %) with the
  parties in common; or a rare word that names one deal (a project's name) with a party in common
  at most five years apart. Never across different programme phases, different countries outside
  China, or different amounts unless a word names the deal.

Pairs of the same origin are never linked (one source does not describe one deal twice), and a
cluster never joins two partnerships of one origin through a third.

The IRI kept is the curated one (else the first by IRI).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import pyoxigraph as ox

from ..namespaces import DCTERMS, DSR, LINKS_GRAPH, OWL, RDF, RDFS, SKOS, SOURCE
from .normalise import english, key

__all__ = ["Link", "find_links", "link_quads", "partnership_quads", "read_partnerships", "CURATION"]

CURATION = str(SOURCE) + "dsr-curation"
_AIDDATA_PAGE = re.compile(r"aiddata\.org/projects?/(\d+)", re.I)
_CABLE_WORDS = {"cable", "system", "submarine", "subsea", "undersea", "fiber", "fibre", "optic", "optical",
                "network", "the", "project", "international"}


@dataclass
class Partnership:
    """What linkage reads of one partnership."""

    iri: str
    graphs: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)      # signed, committed or announced (dsr:date)
    rfs: set[int] = field(default_factory=set)        # in service (dsr:dateOperational)
    parties: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    amounts: list[tuple[str, str, Decimal]] = field(default_factory=list)  # (currency, basis, value)
    pages: set[str] = field(default_factory=set)      # web pages of its sources
    rows: set[str] = field(default_factory=set)       # dataset row references (dsr:recordedIn)
    places: set[str] = field(default_factory=set)     # labels of its places (a cable's landing points)

    @property
    def origin(self) -> str:
        """'curated', or the named graph of the dataset it was imported from."""
        if CURATION in self.graphs:
            return "curated"
        datasets = sorted(g for g in self.graphs if g.startswith(str(SOURCE)))
        return datasets[0] if datasets else "?"


@dataclass(frozen=True)
class Link:
    """``old`` is the partnership ``kept`` (``rule``, on ``evidence``)."""

    old: str
    kept: str
    rule: str
    evidence: str


def _partnership_classes() -> list[str]:
    from ..records.derive import subclasses
    from ..resources import ontology_graph

    return sorted(subclasses(ontology_graph(), DSR.Partnership))


def partnership_quads(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The quads :func:`read_partnerships` reads: those about a partnership, and about the nodes its
    places, amounts and sources are (their labels, figures and pages). A build links a million
    quads without copying all of them into a second store."""
    rdf_type = ox.NamedNode(str(RDF.type))
    classes = {ox.NamedNode(c) for c in _partnership_classes()}
    subjects = {q.subject for q in quads if q.predicate == rdf_type and q.object in classes}
    through = {ox.NamedNode(str(p)) for p in (DSR.place, DSR.amount, DCTERMS.source)}
    related = {q.object for q in quads if q.predicate in through and q.subject in subjects}
    return [q for q in quads if q.subject in subjects or q.subject in related]


def read_partnerships(store: ox.Store) -> dict[str, Partnership]:
    """The partnerships of a store (queried over all graphs) with what linkage compares."""
    classes = " ".join(f"<{c}>" for c in _partnership_classes())
    out: dict[str, Partnership] = {}

    def rows(text: str):
        return store.query("PREFIX dsr: <https://w3id.org/dsr/ontology#>\n"
                           "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                           "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                           "PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
                           + text, use_default_graph_as_union=True)

    for r in rows(f"SELECT DISTINCT ?p ?t WHERE {{ VALUES ?t {{ {classes} }} ?p a ?t FILTER(isIRI(?p)) }}"):
        out.setdefault(r["p"].value, Partnership(r["p"].value)).types.add(r["t"].value)
    for r in rows("SELECT DISTINCT ?p ?g WHERE { GRAPH ?g { ?p ?x ?y } }"):
        if r["p"].value in out:
            out[r["p"].value].graphs.add(r["g"].value)
    simple = {
        "labels": "SELECT DISTINCT ?p ?v WHERE { ?p rdfs:label ?v }",
        "aliases": "SELECT DISTINCT ?p ?v WHERE { ?p skos:altLabel ?v }",
        "parties": "SELECT DISTINCT ?p ?v WHERE { ?p dsr:party ?v }",
        "countries": "SELECT DISTINCT ?p ?v WHERE { ?p dsr:country ?v }",
        "pages": "SELECT DISTINCT ?p ?v WHERE { ?p dcterms:source ?s . ?s foaf:page ?v }",
        "rows": "SELECT DISTINCT ?p ?v WHERE { ?p dsr:recordedIn ?v }",
        "places": "SELECT DISTINCT ?p ?v WHERE { ?p dsr:place ?x . ?x rdfs:label ?v }",
    }
    for attr, text in simple.items():
        for r in rows(text):
            p = out.get(r["p"].value)
            if p is not None:
                getattr(p, attr).add(r["v"].value)
    for r in rows("SELECT DISTINCT ?p ?prop ?d WHERE { VALUES ?prop { dsr:date dsr:dateOperational } ?p ?prop ?d }"):
        p = out.get(r["p"].value)
        m = re.match(r"([0-9]{4})", r["d"].value)
        if p is not None and m:
            (p.rfs if r["prop"].value.endswith("dateOperational") else p.years).add(int(m[1]))
    for r in rows("""SELECT DISTINCT ?p ?c ?b ?v WHERE { ?p dsr:amount ?a . ?a dsr:currency ?c ; dsr:value ?v .
                     OPTIONAL { ?a dsr:priceBasis ?b } }"""):
        p = out.get(r["p"].value)
        if p is None:
            continue
        try:
            value = Decimal(r["v"].value)
        except InvalidOperation:
            continue
        basis = r["b"].value if "b" in r else str(DSR.Nominal)
        p.amounts.append((r["c"].value, basis, value))
    return out


_LENGTH = re.compile(r"\(?\s*[\d.,]+\s*(?:km|kilometres|kilometers|miles)\b[^)]*\)?", re.I)
_PHASE = re.compile(r"\bphase[\s-]*(i{1,3}|iv|v|vi|\d+)\b", re.I)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
# Words of deal titles that say what kind of text it is, not which deal.
_TITLE_NOISE = frozenset("""
    a an the of and for with to in on at by from as its their into over under via incl including
    signs sign signed signing agree agrees agreed agreement agreements deal deals contract contracts mou mous memorandum
    understanding project projects programme program provides provide provided gives gave give lend lends
    build builds built building launch launches launched inaugurate inaugurated complete completed completes
    announce announced announces plan plans planned first new about more than
""".split())


def _cable_names(p: Partnership) -> list[list[str]]:
    """The cable's names as word lists, brackets and lengths apart, words such as "cable system" left out."""
    out = []
    labels = p.labels if str(DSR.CableProject) in p.types else set()
    for n in sorted(p.aliases | labels):
        n = _LENGTH.sub(" ", n)
        main = [w for w in english(key(re.sub(r"\s*\([^)]*\)", "", n))).split() if w not in _CABLE_WORDS]
        if n in labels and n not in p.aliases and not 0 < len(main) <= 4:
            continue  # a title that describes ("HMN Tech-built cable from Karachi to …") names no cable
        for part in [n, *re.findall(r"\(([^)]*)\)", n), re.sub(r"\s*\([^)]*\)", "", n)]:
            words = [w for w in english(key(part)).split() if w not in _CABLE_WORDS]
            if words and words not in out:
                out.append(words)
    return out


def _names_match(x: list[str], y: list[str]) -> bool:
    """One cable name: the same letters ("I-ME-WE" / "IMEWE", "AAE-1" / "AAE 1"), or one the
    abbreviation of the other ("SAIL" / "South Atlantic Inter Link", "SeaMeWe-5" / "South East
    Asia-Middle East-Western Europe 5"), their numbers equal."""
    cx, cy = "".join(x), "".join(y)
    if cx == cy:
        return True
    if re.findall(r"\d+", cx) != re.findall(r"\d+", cy):
        return False
    from .orgs import abbreviates

    return (len(y) >= 2 and abbreviates(cx, " ".join(y))) or (len(x) >= 2 and abbreviates(cy, " ".join(x)))


# Words that make a cable title about a part of it (a landing, a branch): a part is not the whole cable.
_PART_WORDS = frozenset("landing landings lands landed branch branches segment segments extension spur station".split())


def _part_of(p: Partnership) -> bool:
    return any(set(english(key(t)).split()) & _PART_WORDS for t in p.labels)


def _contains(words: list[str], text: list[str]) -> bool:
    n = len(words)
    return any(text[i:i + n] == words for i in range(len(text) - n + 1))


def _cable_verdict(a: Partnership, b: Partnership) -> tuple[bool, str] | None:
    """(same?, why) from the cables' names: None when the names do not decide (one has none)."""
    na, nb = _cable_names(a), _cable_names(b)
    for x in na:
        for y in nb:
            if _names_match(x, y):
                return True, f"the same cable name ('{' '.join(x)}' / '{' '.join(y)}')"
    # a name one side gives, in the other's title — unless the other's own name is longer ("Apollo" / "Apollo East")
    for names, other, other_names in ((na, b, nb), (nb, a, na)):
        if str(DSR.CableProject) not in other.types:
            continue  # "the contract to build the PEACE cable" names the cable, and is not it
        for x in names:
            if len("".join(x)) < 4:
                continue
            mine = _part_of(a if other is b else b)
            for title in other.labels:
                words = [w for w in english(key(_LENGTH.sub(" ", title))).split() if w not in _CABLE_WORDS]
                if (_contains(x, words) and not any(len(y) > len(x) and _contains(x, y) for y in other_names)
                        and bool(set(words) & _PART_WORDS) == mine):
                    return True, f"the cable's name ('{' '.join(x)}') in the other's title"
    if na and nb:
        return False, "different cable names"
    return None


def _places(p: Partnership) -> set[str]:
    return {" ".join(english(key(pl.split(",")[0])).split()) for pl in p.places} - {""}


def _phase(p: Partnership) -> set[int]:
    found = set()
    for t in p.labels:
        for m in _PHASE.findall(t):
            found.add(int(m) if m.isdigit() else _ROMAN[m.lower()])
    return found


@lru_cache(maxsize=1 << 16)
def _title_words(text: str) -> tuple[str, ...]:
    """The words of a title that may say which deal (normalised, in English, noise words out);
    worked out once per title however many pairs it is compared in."""
    return tuple(w for w in english(key(_LENGTH.sub(" ", text))).split() if w not in _TITLE_NOISE)


def title_weights(parts) -> dict[str, float]:
    """Inverse document frequency of title words over partnerships: rare words ("Konza", "eWTP",
    "NigComSat") say which deal; common ones ("loan", "Huawei", "China") do not."""
    import math

    df: dict[str, int] = defaultdict(int)
    n = 0
    for p in parts:
        n += 1
        for w in {w for t in p.labels for w in _title_words(t)}:
            df[w] += 1
    return {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}


def _title_similarity(a: Partnership, b: Partnership, idf: dict[str, float]) -> tuple[float, list[str]]:
    """The weighted share of the shorter title's words the other title has (0-1), and those words."""
    wa = {w for t in a.labels for w in _title_words(t)}
    wb = {w for t in b.labels for w in _title_words(t)}
    if not wa or not wb:
        return 0.0, []
    top = max(idf.values(), default=1.0)
    weight = lambda w: idf.get(w, top)  # noqa: E731 - a word never seen is as rare as any
    shared = wa & wb
    score = sum(weight(w) for w in shared) / min(sum(weight(w) for w in wa), sum(weight(w) for w in wb))
    return score, sorted(shared, key=lambda w: (-weight(w), w))


def _names_a_deal(word: str, idf: dict[str, float]) -> bool:
    """A title word rare enough to name one deal ("Konza", "ETRSS", "eWTP"), not a number, nor a
    country, a capital or a Chinese province (places many deals share)."""
    from .countries import PLACE_WORDS, capital_country, countries_in

    if not idf or word.isdigit() or len(word) < 3 or word in PLACE_WORDS or countries_in(word) or capital_country(word):
        return False
    n = max(idf.values())
    return idf.get(word, n) >= n - 0.7  # in a couple of titles at most


def _amounts_agree(a: Partnership, b: Partnership) -> bool | None:
    """True when two amounts in the same currency and basis are within 5 %, False when all such pairs
    differ, None when nothing compares (no amount, or none like with like)."""
    compared = False
    for ca, ba, va in a.amounts:
        for cb, bb, vb in b.amounts:
            if (ca, ba) != (cb, bb):
                continue
            compared = True
            top = max(va, vb)
            if top == 0 or abs(va - vb) / top <= Decimal("0.05"):
                return True
    return False if compared else None


def _outside_china(p: Partnership) -> set[str]:
    return {c.rsplit("/", 1)[-1] for c in p.countries} - {"CHN"}


def _judge(a: Partnership, b: Partnership, judgements, idf: dict[str, float] | None = None) -> tuple[str, str] | None:
    """(rule, evidence) when ``a`` and ``b`` are one deal, else None."""
    if judgements is not None:
        if judgements.same(a.iri, b.iri):
            return "judged-same", "the curators judged them one deal"
        if judgements.different(a.iri, b.iri):
            return None
    for x, y in ((a, b), (b, a)):
        cited = {m for page in x.pages for m in _AIDDATA_PAGE.findall(page)}
        rows = {r.rsplit("#", 1)[-1] for r in y.rows if r.startswith("aiddata")}
        shared = cited & rows
        if x.origin == "curated" and shared:
            return "cited-dataset-row", f"the curated record cites AidData project {sorted(shared)[0]}, which the import brought in"
    rows_a = {r.rsplit("#", 1)[-1] for r in a.rows if r.startswith("aiddata")}
    rows_b = {r.rsplit("#", 1)[-1] for r in b.rows if r.startswith("aiddata")}
    if rows_a & rows_b:
        return "same-dataset-id", f"the same AidData project id ({sorted(rows_a & rows_b)[0]}) in two releases"
    if rows_a and rows_b:
        return None  # two AidData projects with different ids are two projects
    if _phase(a) and _phase(b) and not _phase(a) & _phase(b):
        return None
    if _outside_china(a) and _outside_china(b) and not _outside_china(a) & _outside_china(b):
        return None
    years = [abs(x - y) for x in (a.years | a.rfs) for y in (b.years | b.rfs)]
    gap = min(years) if years else None
    cables = str(DSR.CableProject)
    if cables in a.types or cables in b.types:
        verdict = _cable_verdict(a, b)
        ready = [abs(x - y) for x in a.rfs for y in b.rfs]
        if verdict is not None:
            same, why = verdict
            if same and (not ready or min(ready) <= 1):
                return "same-cable", why + (", ready for service within a year" if ready else "")
            if cables in a.types and cables in b.types:
                return None
        elif cables in a.types and cables in b.types:
            pa, pb = _places(a), _places(b)
            shared = pa & pb
            if len(shared) >= 2 and shared == min(pa, pb, key=len) and (gap is None or gap <= 1):
                return "same-cable", f"the same landing points ({', '.join(sorted(shared))}), within a year"
            return None
    idf = idf or {}
    sim, words = _title_similarity(a, b, idf)
    parties = a.parties & b.parties
    amounts = _amounts_agree(a, b)
    close = gap is None or gap <= 1
    named = [w for w in words if _names_a_deal(w, idf)]
    said = f"titles alike ({sim:.2f}: {', '.join(words[:4])})"
    with_parties = f", {len(parties)} part{'y' if len(parties) == 1 else 'ies'} in common" if parties else ""
    if amounts is False and not named:
        return None  # different money and nothing naming one deal: two deals (two loans for one backbone)
    if sim >= 0.5 and close:
        return "same-deal", said + with_parties + (", the same year" if gap == 0 else ", within a year" if gap else "")
    if sim >= 0.3 and parties and close:
        return "same-deal", said + with_parties + (", the same year" if gap == 0 else ", within a year" if gap else "")
    if amounts and parties and close and (sim >= 0.15 or len(parties) >= 2):
        return "same-deal", said + ", the same amount" + with_parties
    if named and parties and sim >= 0.3 and (gap is None or gap <= 5):
        return "same-deal", (said + f", named alike ('{named[0]}')" + with_parties
                             + (f", {gap} years apart" if gap else ""))
    return None


def _strength(verdict: tuple[str, str]) -> tuple[int, float]:
    """Sort key of a verdict, strongest first: a chain of links takes the best-founded one first."""
    rule, why = verdict
    rank = {"judged-same": 0, "cited-dataset-row": 1, "same-dataset-id": 1, "same-cable": 2, "same-deal": 5}[rule]
    if rule == "same-cable" and "title" in why:
        rank = 3
    elif rule == "same-cable" and "landing points" in why:
        rank = 4
    m = re.search(r"titles alike \(([\d.]+)", why)
    return rank, -float(m[1]) if m else 0.0


_BLOCK_LIMIT = 400  # a blocking key shared by more partnerships than this (a party like Huawei) proposes no pairs


def candidate_pairs(parts: dict[str, Partnership], idf: dict[str, float]) -> set[tuple[str, str]]:
    """Pairs of partnerships of different origins that share something: a party, a cable name, a
    dataset id, a landing point or a rare title word (each pair sorted, by IRI)."""
    rare = sorted(idf.values())[len(idf) // 2] if idf else 0.0
    blocks: dict[str, list[Partnership]] = defaultdict(list)
    for p in sorted(parts.values(), key=lambda p: p.iri):
        keys = {f"party {x}" for x in p.parties}
        keys |= {f"cable {''.join(n)}" for n in _cable_names(p)}
        keys |= {f"row {m}" for page in p.pages for m in _AIDDATA_PAGE.findall(page)}
        keys |= {f"row {r.rsplit('#', 1)[-1]}" for r in p.rows if r.startswith("aiddata")}
        keys |= {f"place {x}" for x in _places(p)}
        keys |= {f"word {w}" for t in p.labels for w in _title_words(t) if idf.get(w, 0) >= rare}
        for k in keys:
            blocks[k].append(p)
    pairs: set[tuple[str, str]] = set()
    for group in blocks.values():
        if len(group) > _BLOCK_LIMIT:
            continue
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.iri != b.iri and a.origin != b.origin:
                    pairs.add(tuple(sorted((a.iri, b.iri))))
    return pairs


def why_apart(a: Partnership, b: Partnership, idf: dict[str, float]) -> tuple[float, str, str]:
    """For a pair the rules keep apart: the similarity of their titles, what they share, and what
    the rules held against linking them."""
    sim, words = _title_similarity(a, b, idf)
    shared = []
    if a.parties & b.parties:
        shared.append(f"{len(a.parties & b.parties)} part{'y' if len(a.parties & b.parties) == 1 else 'ies'} in common")
    if words:
        shared.append(f"title words {', '.join(words[:4])}")
    against = []
    if _phase(a) and _phase(b) and not _phase(a) & _phase(b):
        against.append(f"different phases ({sorted(_phase(a))} / {sorted(_phase(b))})")
    if _outside_china(a) and _outside_china(b) and not _outside_china(a) & _outside_china(b):
        against.append("no country in common")
    years = [abs(x - y) for x in (a.years | a.rfs) for y in (b.years | b.rfs)]
    if years and min(years) > 1:
        against.append(f"{min(years)} years apart")
    if _amounts_agree(a, b) is False:
        against.append("different amounts")
    if str(DSR.CableProject) in a.types | b.types and _cable_verdict(a, b) == (False, "different cable names"):
        against.append("different cable names")
    if not against:
        against.append(f"titles not alike enough ({sim:.2f})")
    return round(sim, 3), "; ".join(shared) or "nothing but a blocking key", "; ".join(against)


def find_links(parts: dict[str, Partnership], judgements=None) -> list[Link]:
    """Links between partnerships of different origins; each kept IRI is the curated one if any.

    Candidate pairs share something (a party, a cable name, a dataset id, a landing point, a rare
    title word); each pair is then judged (:func:`_judge`). A chain of links never joins two
    partnerships of one origin: the curators' records stay apart, and so do two rows of one dataset.
    """
    idf = title_weights(parts.values())
    pairs = candidate_pairs(parts, idf)
    if judgements is not None:
        for j in judgements.items:
            if j.same and j.a.startswith("partnership:") and j.b.startswith("partnership:"):
                from ..namespaces import PARTNERSHIP

                a, b = str(PARTNERSHIP) + j.a.split(":", 1)[1], str(PARTNERSHIP) + j.b.split(":", 1)[1]
                if a in parts and b in parts:
                    pairs.add(tuple(sorted((a, b))))
    # union-find over the pairs judged one deal, so a chain (A~B, B~C) keeps one IRI
    parent: dict[str, str] = {}
    origins: dict[str, set[str]] = {iri: {p.origin} for iri, p in parts.items()}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    why: dict[str, tuple[str, str]] = {}
    verdicts = []
    for a_iri, b_iri in sorted(pairs):
        verdict = _judge(parts[a_iri], parts[b_iri], judgements, idf)
        if verdict is not None:
            verdicts.append((_strength(verdict), a_iri, b_iri, verdict))
    for _, a_iri, b_iri, verdict in sorted(verdicts):  # the strongest evidence first: judgements, ids, names
        ra, rb = find(a_iri), find(b_iri)
        if ra == rb or (origins[ra] & origins[rb] and verdict[0] != "judged-same"):
            continue
        keep, drop = sorted((ra, rb), key=lambda x: (parts[x].origin != "curated", x))
        parent[drop] = keep
        origins[keep] |= origins[drop]
        why[drop] = verdict
    return [Link(old, find(old), *why[old]) for old in sorted(why)]


def link_quads(quads: list[ox.Quad], links: list[Link], namespace_note: str = "") -> list[ox.Quad]:
    """The quads with every linked IRI replaced by the one kept, and the links stated in ``dsrgraph:links``."""
    mapping = {ox.NamedNode(link.old): ox.NamedNode(link.kept) for link in links}
    if not mapping:
        return quads
    out = []
    label, alt = ox.NamedNode(str(RDFS.label)), ox.NamedNode(str(SKOS.altLabel))
    for q in quads:
        if q.subject in mapping or q.object in mapping:
            # the name a folded-in source gives stays its claim, as another name: one preferred label
            predicate = alt if q.subject in mapping and q.predicate == label else q.predicate
            q = ox.Quad(mapping.get(q.subject, q.subject), predicate, mapping.get(q.object, q.object), q.graph_name)
        out.append(q)
    g = ox.NamedNode(str(LINKS_GRAPH))
    for link in links:
        old, kept = ox.NamedNode(link.old), ox.NamedNode(link.kept)
        node = ox.NamedNode(f"{LINKS_GRAPH}/{re.sub(r'[^A-Za-z0-9._-]+', '-', link.old.rsplit('/', 1)[-1])}")
        out += [ox.Quad(old, ox.NamedNode(str(OWL.sameAs)), kept, g),
                ox.Quad(node, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(DSR.Link)), g),
                ox.Quad(node, ox.NamedNode(str(DSR.linkedFrom)), old, g),
                ox.Quad(node, ox.NamedNode(str(DSR.linkedTo)), kept, g),
                ox.Quad(node, ox.NamedNode(str(DSR.linkRule)), ox.Literal(link.rule), g),
                ox.Quad(node, ox.NamedNode(str(RDFS.comment)), ox.Literal(link.evidence, language="en"), g)]
    return out
