"""Organisation names → entities, by rules that say why: one real-world organisation, one node.

:class:`Resolver` resolves a name as a dataset writes it (with the country and the kind the
dataset gives, when it does) to a curated organisation, to one an import created before, or to a
new one. Candidates are found by the name's key (:func:`graph.resolve.normalise.key`), its
aliases, former names and bracketed acronyms, and by similarity (RapidFuzz over every known key);
each candidate is then judged on the evidence that matters here, and a merge needs it all:

- **country** — a government body (government, ministry, agency, regulator) merges only with one
  of the same country, both known ("Ministry of Interior" of Nigeria is never Pakistan's); any
  organisation whose name ends in a country ("Telkom Kenya", "Huawei Pakistan") only with one of
  that country; an embassy or consulate only with the one in the same host country;
- **kind** — a government body never merges with a company, a university or an international
  organisation, nor those with one another, when both kinds are known;
- **distinctive words** — a merge on similarity alone needs every distinctive word of one name to
  have its counterpart in the other (a typo, "Huawie", is a counterpart; "Hunan" is not "Hubei");
- **acronyms** — a name written as an acronym merges only with an organisation that declares it
  (a curated alias, or "(ACR)" after a name seen before), and only with supporting evidence
  (the same country, or a compatible kind); a two- or three-letter code is never read as a country.

The rules, in order (the first that decides wins; each names itself in the merge log with its
evidence): ``judged-same`` / ``judged-different`` (curators' judgements, :mod:`.judgements`),
``government-of-country``, ``exact``, ``alias``, ``country-prefix`` (a government body named with
its country: "Kenyan Ministry of ICT"), ``acronym``, ``fuzzy``, ``new-national-arm`` (a new
"<brand> <country>" organisation, its parent the brand's group) and ``new``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from typing import Iterable

from ..store.cells import safe_cell
from ..namespaces import ORGANISATION
from functools import lru_cache

from .countries import PLACE_WORDS, capital_country, countries_in, country_words, strip_countries
from .normalise import (GENERIC_WORDS, LEGAL_FORMS, LEVEL_WORDS, _fold_marks, _strip_script_forms, _words, distinctive, english,
                        fold, is_acronym, key, parse_name)

__all__ = ["normalise", "Entity", "Match", "Resolver", "guess_kind", "DEFAULT_THRESHOLD", "LEGAL_SUFFIXES",
           "GOVERNMENT_KINDS", "LOG_COLUMNS", "kind_class"]

# RapidFuzz token-sort ratio (0-1) from which two keys are close enough to be judged at all; the
# evidence rules decide. 0.85: see scripts/eval_resolution.py for the precision and recall it gives.
DEFAULT_THRESHOLD = 0.85
LEGAL_SUFFIXES = frozenset("co company ltd limited corp corporation inc incorporated llc plc sa".split())
GOVERNMENT_KINDS = frozenset({"government", "ministry", "agency", "regulator"})
KINDS = frozenset({"government", "ministry", "agency", "regulator", "state_owned_enterprise", "private_company",
                   "bank", "university", "international_org", "other", "company"})
_CLASSES = {"government": "government", "ministry": "government", "agency": "government", "regulator": "government",
            "state_owned_enterprise": "business", "private_company": "business", "company": "business",
            "bank": "business", "university": "academic", "international_org": "international", "other": None}
LOG_COLUMNS = ["dataset", "name_as_found", "country", "kind_hint", "entity", "entity_label", "rule", "score", "evidence",
               "runner_up", "runner_up_score", "why_not", "first_row", "occurrences"]
_SEATED = re.compile(r"\b(embassy|consulate|consulate general|high commission|mission to|permanent mission|"
                     r"representative office|economic and commercial counsellor|commercial counsellor)\b", re.I)
_GOVERNMENT = re.compile(r"(?:the\s+)?(?:(?:federal|national|central|union)\s+)?(?:government|govt\.?|gov\.?)\s+of\s+"
                         r"(?:the\s+)?(.+)|(.+?)(?:'s)?\s+(?:federal\s+|national\s+|central\s+)?(?:government|govt\.?)",
                         re.I)


def normalise(name: str) -> str:
    """The name's key: case, accents, punctuation and legal forms folded (see :func:`.normalise.key`).

    >>> normalise("Huawei Technologies Co., Ltd."), normalise("HUAWEI"), normalise("Telefónica S.A.")
    ('huawei technologies', 'huawei', 'telefonica')
    """
    return key(parse_name(name).main)


def kind_class(kind: str | None) -> str | None:
    """government, business, academic, international or None (unknown)."""
    return _CLASSES.get(kind or "")


def guess_kind(name: str, hint: str = "") -> str:
    """The organisation kind (a curated ``kind``, or ``company`` when ownership is unknown) from the
    dataset's type column, else from words of the name.

    >>> guess_kind("Ethiopian Ministry of Education", "Government Agency"), guess_kind("Moldtelecom", "State-owned Company")
    ('ministry', 'state_owned_enterprise')
    """
    h, n = hint.casefold().strip(), f" {english(key(name))} "
    if h in KINDS:
        return h
    if "bank" in h or "financial" in h:
        return "bank"
    if "multilateral" in h or "intergovernmental" in h:
        return "international_org"
    if "state-owned" in h or "state owned" in h:
        return "state_owned_enterprise"
    if "private" in h:
        return "private_company"
    if "ngo" in h or "foundation" in h or "civil society" in h:
        return "other"
    if re.search(r" (government|republic) of |^ government |government $", n) or \
            re.fullmatch(r" (?:\S+ ){1,2}(?:province|prefecture|municipality) ", n):
        return "government"  # ("Hubei Province": its government)
    if re.search(r" (ministry|ministere|ministerio|minister|department|treasury) ", n):  # ("Kenya's National Treasury")
        return "ministry"
    if re.search(r" (regulatory|regulator) ", n):
        return "regulator"
    if re.search(r" (authority|agency|commission|directorate|council|office|administration|embassy|consulate) ", n) \
            or re.search(r" service $", n) or "government" in h:  # ("the State Communications Service": a state body)
        return "agency"
    # (a force or a secretariat the name ends with, or a delegation it starts with: "National Police", "Delegation of
    # National Security", "National Security Secretariat" — not the "Army Welfare Trust", a business)
    if re.search(r" (police|police force|gendarmerie|army|navy|armed forces|air force|customs|secretariat) $|"
                 r"^ (general )?delegation (general )?(of|for) |^ gendarmerie ", n):
        return "agency"
    if re.search(r" (bank|exim|eximbank) ", n):
        return "bank"
    if re.search(r" (university|college|academy|school|institute of technology) ", n) or "academic" in h:
        return "university"
    if re.search(r" (foundation|society|red cross|association) ", n):
        return "other"
    return "company"


def _told_class(name: str, hint: str) -> str | None:
    """The kind class a dataset's type or the name's own words tell; None when neither does."""
    guessed = guess_kind(name, hint)
    return kind_class(guessed) if hint.strip() or guessed != "company" else None


# Words a bracket after a name may hold that say which entity of a family it is, not another name of it.
_STOP = frozenset("of and for the in on at".split())
# Generic words two spellings of one name may differ by ("Huawei Technologies" / "Huawei Tech
# Co."); any other word that differs ("Development", "Commission", "University") names another body.
DESCRIPTOR_WORDS = frozenset("""
    technology technologies tech telecom telecoms telecommunication telecommunications communication communications
    network networks system systems solutions services service electronics electronic equipment engineering
    company corporation enterprise enterprises co ltd limited corp inc plc and of the for in at on computing group
    associates
""".split())
# The descriptors that say what a body works on ("Telecommunications" in "African Telecommunications Union"), not
# its legal form or a function word
_DESCRIBING = DESCRIPTOR_WORDS - frozenset("company corporation enterprise enterprises co ltd limited corp inc plc and of the "
                                           "for in at on group associates".split())
# What a state calls itself around its name: "Republic of Kenya", "Estado Plurinacional de Bolivia".
STATE_WORDS = frozenset("""
    republic of the state states federal federative democratic peoples islamic kingdom royal united socialist
    arab plurinational bolivarian union commonwealth sultanate emirate principality grand duchy oriental
    cooperative independent and
""".split())
_MISSIONS = ("economic and commercial counsellors office", "economic and commercial counsellor",
             "commercial counsellors office", "commercial counsellor", "consulate general", "consulate",
             "high commission", "permanent mission", "representative office", "embassy")


@dataclass(frozen=True)
class _Name:
    """A name as the resolver compares it."""

    main: str
    key: str                   # english(key(main)), with any place or level qualifier from brackets
    raw: str                   # the folded words as written, legal forms kept, for abbreviations
    trailing: str | None       # the country the name ends with, or puts in brackets
    aliases: tuple[str, ...]   # bracketed acronyms and longer names, "trading as" names
    former: tuple[str, ...]
    sender: str | None = None  # an embassy's or consulate's own country
    seat: str | None = None    # and where it sits
    mission: str = ""          # "embassy", "consulate general", …


def _country_of(phrase_key: str) -> str | None:
    """The country a phrase names, state words aside ('republic of kenya', 'estado plurinacional de
    bolivia', 'royal thai'); None when it names none, several, or anything else."""
    found = countries_in(phrase_key)
    codes = set(found.values())
    if len(codes) != 1:
        return None
    rest = phrase_key
    for phrase in sorted(found, key=len, reverse=True):
        rest = rest.replace(phrase, " ")
    return codes.pop() if set(rest.split()) <= STATE_WORDS else None


def _mission_of(name_key: str) -> tuple[str, str | None, str | None]:
    """(mission kind, sending country, host country) of an embassy-like name; ('', None, None) otherwise."""
    text = f" {name_key} "
    found = [(text.find(f" {m} "), m) for m in _MISSIONS if f" {m} " in text]
    if not found:
        return "", None, None
    at, mission = min(found, key=lambda f: (f[0], -len(f[1])))
    before, after = text[:at].split(), text[at + len(mission) + 2:].split()
    seat_words: list[str] = []
    if "in" in after:
        i = len(after) - 1 - after[::-1].index("in")
        seat_words, after = after[i + 1:], after[:i]
    elif after and after[0] != "of":
        seat_words, after = after, []
    sender_words = before + (after[1:] if after[:1] == ["of"] else after)
    # "…Office of the Chinese Embassy in Zambia": the sender may stand after a second mission word
    sender_words = [w for w in sender_words if w not in ("office", "section")]
    seat_key = " ".join(seat_words)
    seat = (_country_of(seat_key) or capital_country(seat_key)
            or (capital_country(" ".join(seat_words[-2:])) if len(seat_words) > 1 else None)) if seat_key else None
    sender_found = {c for c in countries_in(" ".join(sender_words)).values()}
    sender = sender_found.pop() if len(sender_found) == 1 else None
    return mission, sender, seat


@lru_cache(maxsize=1 << 16)
def name_parts(name: str) -> _Name:
    """How the resolver reads a name: its key, the country it ends with or brackets, its other names,
    and, for an embassy or consulate, who sends it and where it sits."""
    parsed = parse_name(name)
    qualifiers, aliases = [], []
    trailing = None
    for alias in parsed.aliases:
        k = english(key(alias))
        words = set(k.split())
        if not k or words <= _LEGAL_WORDS:
            continue  # "(Pvt) Ltd", "(Private) Limited", "(Persero)": part of a legal form
        if not strip_countries(k).strip() and countries_in(k):
            trailing = next(iter(countries_in(k).values()))  # "Huawei Technologies (Kenya)"
        elif not is_acronym(alias) and words <= PLACE_WORDS | LEVEL_WORDS | _STOP:
            qualifiers.append(k)  # "(Guangxi)", "(Asia)": which entity of a family
        elif not is_acronym(alias) and words & {"group", "holding", "holdings"} and len(words) <= 4:
            continue  # "Cybernet (Lakson Group)": the group it belongs to, not another name of it
        else:
            aliases.append(alias)
    main = parsed.main
    words = main.split()
    end = len(words)
    while end > 2 and set(_words(fold(words[end - 1]))) <= _LEGAL_WORDS:
        end -= 1  # "… CNT EP": the acronym may stand before a legal form
    tail = words[end - 1] if end > 2 else ""
    if is_acronym(tail) and abbreviates(tail, " ".join(_words(fold(" ".join(words[:end - 1]))))):
        aliases.append(tail)  # "Corporación Nacional de Telecomunicaciones CNT": its acronym after it
        main = " ".join(words[:end - 1] + words[end:])
    main_key = english(key(main))
    k = " ".join([main_key, *qualifiers]).strip()
    words = main_key.split()
    for phrase, code in countries_in(main_key).items():
        if words[-len(phrase.split()):] == phrase.split():
            trailing = trailing or code
    mission, sender, seat = _mission_of(k)
    if mission:
        trailing = None  # "…Embassy in Pakistan" sits in Pakistan and is China's
    raw = " ".join(w for w in _words(fold(_strip_script_forms(_fold_marks(main)))) if w != "the")
    return _Name(main, k, raw, trailing, tuple(aliases), tuple(parsed.former), sender, seat,
                 mission)


@lru_cache(maxsize=1 << 17)
def abbreviates(short: str, long_key: str) -> bool:
    """Whether ``short`` abbreviates ``long_key`` (folded words, legal forms kept):

    - one word ("CANTV", "ANTEL", "Sonatel") made of the beginnings of at least three of the long
      name's words, in order, every word giving letters but stop words, legal forms and country
      names, which may ('Sonatel' of 'societe nationale des telecommunications du senegal'); two
      words are too few to tell a contraction from a coincidence ("Paktel" is not PTCL);
    - several words ("Ethio Telecom"), each the beginning (four letters or more) of the long name's
      words in turn, no other word left but those that may be skipped.

    >>> abbreviates("ANTEL", "administracion nacional de telecomunicaciones"), abbreviates("PTA", "pakistan telecom")
    (True, False)
    >>> abbreviates("Ethio Telecom", "ethiopian telecommunications corporation"), abbreviates("Paktel", "pakistan telecommunication company limited")
    (True, False)
    """
    tokens = _words(fold(short))
    words = long_key.split()
    countries = {w for phrase in countries_in(long_key) for w in phrase.split()}
    if len(tokens) > 1 and countries_in(" ".join(tokens)):
        countries = set()  # "Oman Telecommunications Company" names its country: "Qatari" is not skipped
    optional = [w in _STOP or w in GENERIC_STOPS or w in countries or w in _LEGAL_WORDS for w in words]
    if not tokens or len(words) < 2 or tokens == words:
        return False
    if len(tokens) > 1:
        return _aligned(tuple(tokens), tuple(words), tuple(optional))
    letters = tokens[0]
    if len(letters) < 3:
        return False

    @lru_cache(maxsize=None)
    def used(i: int, j: int) -> int:
        """The most words the letters from ``i`` can be cut into, from word ``j`` on (-1: none)."""
        if i == len(letters):
            return 0 if all(optional[j:]) else -1
        if j == len(words):
            return -1
        best = used(i, j + 1) if optional[j] else -1
        w, n = words[j], 1
        while n <= len(w) and i + n <= len(letters) and letters[i:i + n] == w[:n]:
            rest = used(i + n, j + 1)
            if rest >= 0:
                best = max(best, rest + 1)
            n += 1
        return best

    return used(0, 0) >= 3


def _two_initials(short: str, long_key: str) -> bool:
    """Whether ``short`` is two letters that are the initials of the two words of ``long_key`` (legal
    forms aside): "tm" of "telekom malaysia berhad", "au" of "african union"."""
    if len(short) != 2 or not short.isalpha() or " " in short:
        return False
    words = [w for w in long_key.split() if w not in _LEGAL_WORDS and w not in _STOP]
    return len(words) == 2 and words[0][0] + words[1][0] == short


def _aligned(tokens: tuple[str, ...], words: tuple[str, ...], optional: tuple[bool, ...]) -> bool:
    if not tokens:
        return all(optional)
    if not words:
        return False
    t, w = tokens[0], words[0]
    if (t == w or (len(t) >= 4 and w.startswith(t))) and _aligned(tokens[1:], words[1:], optional[1:]):
        return True
    return optional[0] and _aligned(tokens, words[1:], optional[1:])


_LEGAL_WORDS = frozenset({w for form in LEGAL_FORMS for w in form} | {"pvt", "private", "public", "smc", "holding"}
                         - {"state", "enterprise", "open", "closed", "listed", "general"})
GENERIC_STOPS = frozenset("de del des du da do dos das la le el y e et".split())


@dataclass
class Entity:
    """One organisation: curated (from graph/data) or created by an import."""

    id: str
    name: str
    kind: str
    country: str | None = None
    parent: str | None = None
    wikidata: str | None = None
    curated: bool = True
    aliases: set[str] = field(default_factory=set)
    rows: set[str] = field(default_factory=set)
    former: set[str] = field(default_factory=set)
    seat: str | None = None  # the host country of an embassy or consulate
    authority: str | None = None  # names.yaml source of an organisation known from the name authority only
    name_sources: dict[str, str] = field(default_factory=dict)  # other name -> the names.yaml source stating it

    @property
    def iri(self) -> str:
        return str(ORGANISATION[self.id])


@dataclass
class Match:
    """The entity a name resolved to, by which rule, with what score and on what evidence."""

    entity: Entity
    rule: str
    score: float
    evidence: list[str] = field(default_factory=list)
    runner_up: tuple[Entity, float, str] | None = None  # the closest candidate refused, its score and why


@dataclass
class _Query:
    name: str
    main: str
    key: str
    country: str | None
    told: str | None          # kind class the dataset or the name tells
    trailing: str | None      # the country a name ends with ("Telkom Kenya" -> KEN)
    seat: str | None
    acronym: bool
    parts: _Name
    hinted: bool = False      # ``told`` is the dataset's type, not a guess from the name's words


class Resolver:
    """Resolve organisation names against known entities (see the module's docstring).

    Parameters
    ----------
    entities : Entity
        The curated organisations (and any known before).
    threshold : float
        RapidFuzz similarity (0-1) from which a key is a candidate at all.
    dataset : str
        The dataset being imported, for the merge log.
    judgements : Judgements, optional
        Curators' decisions (:mod:`graph.resolve.judgements`), applied before any rule.
    """

    def __init__(self, entities: Iterable[Entity], threshold: float = DEFAULT_THRESHOLD, dataset: str = "",
                 judgements=None):
        self.threshold = threshold
        self.dataset = dataset
        self.judgements = judgements
        self.entities: dict[str, Entity] = {}
        self._keys: dict[str, set[str]] = {}      # key -> entity ids (names, aliases, former names)
        self._how: dict[tuple[str, str], str] = {}  # (key, entity id) -> "name" | "alias" | "former name"
        self._keys_of: dict[str, set[str]] = {}     # entity id -> its keys
        self._key_list: list[str] | None = None     # every key, for similarity search (rebuilt when keys change)
        self._cache: dict[tuple, Match] = {}
        self._log: dict[tuple[str, str], dict] = {}
        self._used: set[str] = set()
        self._by_country: dict[str, set[str]] = {}  # country -> entity ids, for abbreviations
        self._raw_of: dict[str, set[str]] = {}      # entity id -> its names' keys as written
        self._governments: dict[str, str] = {}      # country -> the entity that is its national government
        for e in entities:
            self._add(e)

    @classmethod
    def from_records(cls, records=None, **kwargs) -> "Resolver":
        """A resolver over the curated organisations (the bundled records by default) and their judgements."""
        if records is None:
            from ..records.load import load_records

            records = load_records()
        ents = []
        for r in records["organisation"].values():
            values: dict = {}
            for claim in r.claims:
                for k, v in claim.values.items():
                    values.setdefault(k, v)
            aliases = {str(a) for claim in r.claims for a in claim.values.get("aliases", [])}
            ents.append(Entity(r.id, str(r.head["name"]), str(r.head["kind"]), values.get("country"),
                               values.get("parent"), r.head.get("wikidata"), True, aliases))
        by_id = {e.id: e for e in ents}
        for entry in getattr(records, "names", []):
            if entry.organisation:
                target = by_id[entry.organisation]
            else:
                from ..sources.values import slug

                key_ = (entry.name, entry.country)
                target = next((e for e in ents if not e.curated and (e.name, e.country) == key_), None)
                if target is None:
                    id_ = slug(key(entry.name) or entry.name)
                    id_ = f"{id_}-{entry.country.lower()}" if id_ in by_id else id_
                    target = Entity(id_, entry.name, entry.kind, entry.country, None, None, False,
                                    authority=entry.source)
                    ents.append(target)
                    by_id[id_] = target
            target.aliases.update(entry.names)
            target.former.update(entry.former)
            for n in (*entry.names, *entry.former):
                target.name_sources.setdefault(n, entry.source)
        if "judgements" not in kwargs and getattr(records, "judgements", None) is not None:
            kwargs["judgements"] = records.judgements
        return cls(ents, **kwargs)

    def fork(self) -> "Resolver":
        """An independent copy of this resolver as it stands: what the copy resolves (organisations it
        creates, spellings it learns) leaves this one unchanged. Cheaper than building a resolver again,
        for runs that must each start from the same known organisations (the pair evaluation)."""
        new = object.__new__(type(self))
        new.threshold, new.dataset, new.judgements = self.threshold, self.dataset, self.judgements
        new.entities = {i: replace(e, aliases=set(e.aliases), rows=set(e.rows), former=set(e.former),
                                   name_sources=dict(e.name_sources)) for i, e in self.entities.items()}
        new._keys = {k: set(v) for k, v in self._keys.items()}
        new._how = dict(self._how)
        new._keys_of = {k: set(v) for k, v in self._keys_of.items()}
        new._key_list = self._key_list  # replaced, never changed in place
        new._cache = {}  # its matches hold this resolver's entities
        new._log = {k: dict(v) for k, v in self._log.items()}
        new._used = set(self._used)
        new._by_country = {k: set(v) for k, v in self._by_country.items()}
        new._raw_of = {k: set(v) for k, v in self._raw_of.items()}
        new._governments = dict(self._governments)
        return new

    # -- the index ------------------------------------------------------------------------------------------

    def _add(self, e: Entity) -> None:
        self.entities[e.id] = e
        parts = name_parts(e.name)
        if e.seat is None and parts.seat:
            e.seat = parts.seat
        self._index(e.name, e, "name")
        for alias in [*sorted(e.aliases), *parts.aliases]:
            self._index(alias, e, "alias")
        for old in [*sorted(e.former), *parts.former]:
            self._index(old, e, "former name")
        if e.country:
            self._by_country.setdefault(e.country, set()).add(e.id)

    def _index(self, name: str, e: Entity, how: str) -> None:
        parts = name_parts(name)
        keys = {parts.key}
        if " " in parts.key:
            self._add_key(_compact(parts.key), e, how)  # "EVN Telecom" / "EVNTelecom", "Jiao Tong" / "Jiaotong"
        if parts.mission and parts.sender and parts.seat:
            keys.add(_mission_key(parts))  # "Chinese Embassy in Dhaka" and "Embassy of the PRC in Bangladesh"
        if how == "name" and kind_class(e.kind) == "government" and e.country:
            # a government body is also known by its name without its country ("Ministry of Interior (Serbia)",
            # "Serbian Ministry of Interior") and without "federal" / "national" before it
            for variant in _government_variants(parts.key):
                if variant and variant != parts.key:
                    self._add_key(variant, e, "country-prefix")
        for k in keys - {""}:
            if how != "name" and strip_countries(k) == "":
                continue  # "(Pakistan)" after a name says where it is, and is no other name of it
            self._add_key(k, e, how)
        if how == "name" and parts.raw:
            # only names: an acronym an organisation declares, its expansion unknown, would make any name of
            # its country with those initials its own ("CTG" of China Telecom and "China Tower Group")
            self._raw_of.setdefault(e.id, set()).add(parts.raw)
        if how != "former name":
            for alias in parts.aliases:
                if alias != name:
                    self._index(alias, e, "alias")

    def _add_key(self, k: str, e: Entity, how: str) -> None:
        if len("".join(w for w in k.lstrip("=~@").split() if w not in _STOP)) < 2:
            return  # "e&", "(D)": too little to tell one organisation by
        if k not in self._keys:
            self._key_list = None
        self._keys.setdefault(k, set()).add(e.id)
        self._how.setdefault((k, e.id), how)
        self._keys_of.setdefault(e.id, set()).add(k)

    def entity(self, id_: str) -> Entity:
        return self.entities[id_]

    # -- resolution -----------------------------------------------------------------------------------------

    def resolve(self, name: str, *, country: str | None = None, kind: str = "", row: str = "",
                former: Iterable[str] = (), seat: str | None = None) -> Match:
        """The entity ``name`` stands for (creating one when no known entity is it).

        Parameters
        ----------
        name : str
            As the dataset writes it.
        country : str, optional
            ISO alpha-3 of the organisation's country, when the dataset tells it.
        kind : str
            The dataset's type for it (e.g. AidData's "State-owned Company"), or a curated kind.
        row : str
            The row id, recorded in the merge log and on created entities.
        former : names
            Names it was known by before ("X (formerly Y)"); they become its former names.
        seat : str, optional
            The host country of an embassy or consulate (the row's recipient), when its name does not say.
        """
        name = " ".join(name.split())
        cache_key = (name, country, kind, seat)
        m = self._cache.get(cache_key) or self._match(name, country, kind, seat)
        self._cache[cache_key] = m
        for old_name in former:
            if old_name not in m.entity.former:
                m.entity.former.add(old_name)
                self._index(old_name, m.entity, "former name")
        if row:
            m.entity.rows.add(row)
        if m.entity.curated or m.entity.authority:
            self._used.add(m.entity.id)
        e = m.entity
        if e.authority and e.parent is None and e.kind in GOVERNMENT_KINDS - {"government"} and e.country:
            e.parent = self.government(e.country).id  # a ministry the name authority knows belongs to its government
        runner = m.runner_up
        entry = self._log.setdefault((name, country or ""), {
            "dataset": self.dataset, "name_as_found": name, "country": country or "", "kind_hint": kind,
            "entity": m.entity.id, "entity_label": m.entity.name, "rule": m.rule, "score": f"{m.score:.3f}",
            "evidence": "; ".join(m.evidence), "runner_up": runner[0].id if runner else "",
            "runner_up_score": f"{runner[1]:.3f}" if runner else "", "why_not": runner[2] if runner else "",
            "first_row": row, "occurrences": 0})
        entry["occurrences"] += 1
        return m

    def _query(self, name: str, country: str | None, kind: str, seat: str | None) -> _Query:
        parts = name_parts(name)
        if parts.mission:
            seat = parts.seat or seat
            country = parts.sender or country  # the dataset may give the host country: the name says whose it is
        else:
            seat = None
        return _Query(name, parts.main, parts.key, country, _told_class(parts.main, kind), parts.trailing, seat,
                      is_acronym(parts.main), parts, bool(kind.strip()))

    def _match(self, name: str, country: str | None, kind: str, seat: str | None) -> Match:
        q = self._query(name, country, kind, seat)
        judged = self._judged(q)
        if judged is not None:
            return judged
        gov = self._government_of(q, kind)
        if gov is not None:
            return gov
        best: Match | None = None
        refused: tuple[Entity, float, str] | None = None
        for e, score, how in self._candidates(q):
            ok, evidence, why_not = self._evidence(q, e, how, score)
            if not ok:
                if refused is None or score > refused[1]:
                    refused = (e, score, why_not)
                continue
            rule = {"name": "exact", "alias": "alias", "former name": "alias", "mission": "exact",
                    "compact": "exact"}.get(how, how)
            if best is None or _rank(rule, score, e, q) > _rank(best.rule, best.score, best.entity, q):
                best = Match(e, rule, score, evidence)
        if best is not None:
            if refused is not None and refused[0].id != best.entity.id:
                best.runner_up = refused
            if best.rule in ("fuzzy", "acronym", "abbreviation"):
                self._index(q.name, best.entity, "alias")  # the next spelling like it matches at once
            return best
        return self._new(q, kind, refused)

    def _judged(self, q: _Query) -> Match | None:
        if self.judgements is None:
            return None
        target, why = self.judgements.entity_for_name(q.name, q.country)
        if target is not None and target in self.entities:
            return Match(self.entities[target], "judged-same", 1.0, [f"judgement: {why}"])
        return None

    def _government_of(self, q: _Query, kind: str) -> Match | None:
        code = government_named(q.main, kind)
        if code is None and q.country and _government_acronym(q.main, q.country) and q.told in ("government", None):
            return Match(self.government(q.country), "government-of-country", 1.0,
                         [f"'{q.main}' abbreviates the government of {q.country}, the country the dataset gives"])
        if code is None and q.country and q.told in ("government", None):
            short = _country_initials_government(q.main, q.country)
            if short:
                return Match(self.government(q.country), "government-of-country", 1.0,
                             [f"'{short}' is the initials of {q.country}'s name, the country the dataset gives"])
        if code is None:
            return None
        if q.country and q.country != code:
            return None  # "Government of Kenya" in a row that says Uganda: not decided here
        how = f"'{q.main}' names the government of {code}"
        return Match(self.government(code), "government-of-country", 1.0, [how])

    def _candidates(self, q: _Query):
        """(entity, score, how) for every entity worth judging: the same key, a key without the
        country (government bodies), an acronym declared, an abbreviation, or a similar key."""
        seen: set[tuple[str, str]] = set()
        keys = [q.key, _compact(q.key)]
        if q.parts.mission and q.parts.sender and q.seat:
            keys.append(_mission_key(q.parts, q.seat))
        if q.told in ("government", None):
            keys += [k for k in _government_variants(q.key) if k and k != q.key]
        for k in keys:
            for eid in sorted(self._keys.get(k, ())):
                how = self._how[(k, eid)]
                if k.startswith("@"):
                    how = "mission"
                elif k == keys[1] and k != q.key:
                    how = "compact"
                elif k != q.key:
                    how = "country-prefix"
                if q.acronym and how in ("alias", "name") and len(q.key.replace(" ", "")) <= 8:
                    how = "acronym" if how == "alias" else how
                if (eid, how) not in seen:
                    seen.add((eid, how))
                    yield self.entities[eid], 1.0, how
        if q.country:
            yield from self._abbreviations(q, seen)
        if q.acronym or len(q.key) < 4:
            return  # an acronym is never matched by similarity
        from rapidfuzz import fuzz, process

        if self._key_list is None:
            self._key_list = sorted(k for k in self._keys if k[:1] not in "@~=")
        for k, score, _ in process.extract(q.key, self._key_list, scorer=fuzz.token_ratio,
                                           score_cutoff=self.threshold * 100 - 10, limit=12):
            if k == q.key:
                continue
            for eid in sorted(self._keys[k]):
                if (eid, "fuzzy") not in seen:
                    seen.add((eid, "fuzzy"))
                    yield self.entities[eid], score / 100, "fuzzy"

    def _abbreviations(self, q: _Query, seen: set):
        """Entities of the query's country whose name the query abbreviates, or that abbreviate it:
        'ANTEL' and 'Administración Nacional de Telecomunicaciones', 'Ethio Telecom' and 'Ethiopian
        Telecommunications Corporation'."""
        short = len(q.parts.raw.split()) <= 3
        initials = []  # entities whose name a two-letter acronym spells ("TM": Telekom Malaysia)
        for eid in sorted(self._by_country.get(q.country, ())):
            if (eid, "abbreviation") in seen:
                continue
            for raw in sorted(self._raw_of.get(eid, ())):
                if (short and abbreviates(q.parts.raw, raw)) or (len(raw.split()) <= 3 and abbreviates(raw, q.parts.raw)):
                    seen.add((eid, "abbreviation"))
                    yield self.entities[eid], 1.0, "abbreviation"
                    break
                if _two_initials(q.parts.raw, raw) or _two_initials(raw, q.parts.raw):
                    initials.append(eid)
                    break
        if len(initials) == 1:  # two letters are evidence only when one organisation of the country has them
            seen.add((initials[0], "abbreviation"))
            yield self.entities[initials[0]], 1.0, "abbreviation"

    def _evidence(self, q: _Query, e: Entity, how: str, score: float) -> tuple[bool, list[str], str]:
        """Whether the evidence allows merging ``q`` into ``e``; the evidence; why not, when it does not."""
        evidence = [{"name": f"same name once legal forms are set aside ('{q.key}')",
                     "alias": "a known alias", "former name": "a known former name",
                     "mission": f"the same {q.parts.mission} of {q.country} in {q.seat}",
                     "country-prefix": f"the same body, its country set aside ('{strip_countries(q.key)}')",
                     "acronym": "an acronym the organisation declares",
                     "compact": "the same letters, spaced differently",
                     "abbreviation": f"one name abbreviates the other ('{q.main}' / '{e.name}')",
                     "fuzzy": f"similar names ({score:.2f})"}.get(how, how)]
        if how in ("alias", "former name", "acronym"):
            stated = sorted({src for n, src in e.name_sources.items() if name_parts(n).key == q.key})
            if stated:
                evidence[0] += f" (names.yaml: {', '.join(stated)})"
        if self.judgements is not None and self.judgements.different_name(q.name, q.country, e.id):
            return False, evidence, "judged different by the curators"
        e_class, q_class = kind_class(e.kind), q.told
        if how == "name" and e.curated and not q.hinted:
            # (a kind the name's words suggest does not outweigh a curated organisation of that very name: "African
            # Union Commission" is the international organisation the records name so, though "Commission" sounds a
            # state's body)
            q_class = e_class
        if e_class and q_class and e_class != q_class:
            return False, evidence, f"different kinds ({q_class} / {e.kind})"
        if e_class:
            evidence.append(f"kind {e.kind}" + (" as the dataset says" if q_class == e_class else ""))
        if q.country and e.country and q.country != e.country:
            return False, evidence, f"different countries ({q.country} / {e.country})"
        government = "government" in (e_class, q_class)
        # ("China National Space Administration" found with no country: its name says China's, as the records' body is)
        named = set(countries_in(q.key).values()) if government and how == "name" and not q.country else set()
        if (government or how in ("fuzzy", "acronym", "country-prefix", "abbreviation")) and not (q.country and e.country) \
                and not (e.country and named == {e.country}):
            if government:
                return False, evidence, "a government body's country is not known on both sides"
            if how == "abbreviation":
                return False, evidence, "an abbreviation needs the country on both sides"
        if q.country and e.country == q.country:
            evidence.append(f"country {q.country}")
        elif named and e.country in named:
            evidence.append(f"country {e.country}, as the name says")
        # a name that ends in a country ("Telkom Kenya", "Huawei Technologies (Kenya)") is an organisation
        # of that country: never one of another, nor its group without a country
        e_parts = name_parts(e.name)
        mine, theirs = q.trailing or q.country, e_parts.trailing or e.country
        if how not in ("alias", "former name") or (mine and theirs):
            if (q.trailing and q.trailing != theirs) or (e_parts.trailing and e_parts.trailing != mine):
                return False, evidence, f"organisations of different countries ({mine} / {theirs})"
        if how == "fuzzy" and not mine and self._only_national_arms(q.key, e):
            # ("Orascom Telecom" is not Djezzy, whose other name "Orascom Telecom Algérie" is the group's Algerian arm)
            return False, evidence, f"a national arm's name is not its group's ({e.country or 'another country'})"
        if (q.seat or e.seat) and q.seat != e.seat:
            return False, evidence, f"missions in different countries ({q.seat} / {e.seat})"
        if (q.parts.mission or e_parts.mission) and q.parts.mission != e_parts.mission and how != "alias":
            return False, evidence, f"different missions ({q.parts.mission or 'none'} / {e_parts.mission or 'none'})"
        if how == "acronym" and not ((q.country and q.country == e.country) or (q_class and q_class == e_class)
                                     or (not q.country and not q_class and e.curated)):
            return False, evidence, "an acronym with nothing else in common"
        if how == "fuzzy":
            if score < self.threshold:
                return False, evidence, f"names not similar enough ({score:.2f})"
            if not distinctive(q.key, frozenset(countries_in(q.key))):
                # "Pakistan Telecommunications Co." is a spelling of "Pakistan Telecommunication"; "National
                # Telecom" another body: a name of generic words only needs every word matched, both ways
                if not any(_word_for_word(q.key, k) for k in self._keys_of.get(e.id, ()) if k[:1] not in "@~="):
                    return False, evidence, ("a name of generic words only ('telecom', 'national', …) must have "
                                             "every word in the other")
            missing = _unmatched_words(q.key, sorted(k for k in self._keys_of.get(e.id, ()) if k[:1] not in "@~="),
                                       described=e_class in ("international", "academic"))
            if missing:
                return False, evidence, f"words that tell them apart ({missing})"
        return True, evidence, ""

    def _only_national_arms(self, query_key: str, e: Entity) -> bool:
        """Whether every name of ``e`` similar to the query's is the query's words and a country after them: a
        group's national arm, known by "<group> <country>", found by a query that names the group alone."""
        from rapidfuzz import fuzz

        similar = [k for k in sorted(self._keys_of.get(e.id, ())) if k[:1] not in "@~="
                   and fuzz.token_ratio(query_key, k) >= self.threshold * 100]
        return bool(similar) and all(k.startswith(f"{query_key} ") and not strip_countries(k[len(query_key):]).strip()
                                     for k in similar)

    def _new(self, q: _Query, kind: str, refused) -> Match:
        guessed = guess_kind(q.main, kind)
        if q.parts.mission:
            guessed = "government" if guessed in ("company", "agency") else guessed
        if q.trailing and q.trailing != "CHN":  # "<brand> <country>": a national arm of the brand's group
            brand = strip_countries(q.key)
            group = sorted(self._keys.get(brand, ()))
            groups = [self.entities[g] for g in group if kind_class(self.entities[g].kind) in (None, "business")]
            if groups and kind_class(guessed) in (None, "business"):
                e = self._create(q.name, guessed, q.country or q.trailing, parent=groups[0].id)
                return Match(e, "new-national-arm", 0.0, [f"a national arm of {groups[0].name} ({groups[0].id})"],
                             refused)
        e = self._create(q.name, guessed, q.country or q.trailing, seat=q.seat)
        return Match(e, "new", 0.0, [], refused)

    def government(self, code: str) -> Entity:
        """The government of a country: the curated one, else one created (once) for this import."""
        if code in self._governments:
            return self.entities[self._governments[code]]
        govs = [e for e in self.entities.values() if e.kind == "government" and e.country == code
                and e.parent is None and not name_parts(e.name).mission
                and (e.curated or government_named(e.name, "government") == code)]
        govs.sort(key=lambda e: (government_named(e.name, "government") != code, not e.curated, len(e.name), e.id))
        if govs:
            found = govs[0]
        else:
            from ..sources.values import country_name

            found = self._create(f"Government of {country_name(code)}", "government", code)
        self._governments[code] = found.id
        return found

    def _create(self, name: str, kind: str, country: str | None, parent: str | None = None,
                seat: str | None = None) -> Entity:
        """A new entity for ``name`` as a dataset wrote it (its main name kept; bracketed acronyms and
        other names, and former names, indexed with it)."""
        from ..sources.values import slug

        parts = name_parts(name)
        base = slug(key(parts.main) or parts.main)
        if base == "unnamed":  # a name in a script slugs cannot spell (华为技术有限公司): named by its key's digest
            import hashlib

            base = "org-" + hashlib.sha1(key(parts.main).encode("utf-8")).hexdigest()[:10]
        id_ = base
        if seat:
            id_ = f"{base}-{seat.lower()}"
        elif id_ in self.entities and country:
            id_ = f"{base}-{country.lower()}"
        n = 2
        while id_ in self.entities:
            id_, n = f"{base}-{n}", n + 1
        if kind in GOVERNMENT_KINDS - {"government"} and parent is None:
            if country:
                parent = self.government(country).id
            else:
                kind = "other"  # a government body must reach a government; without a country it cannot
        aliases = {a for a in parts.aliases if re.fullmatch(r"[A-Z0-9&\-. ]{2,12}", a)}
        e = Entity(id_, parts.main, kind, country, parent, None, False, aliases, former=set(parts.former), seat=seat)
        self._add(e)
        for alias in parts.aliases:  # a longer bracketed name is matched, not kept as an alias
            self._index(alias, e, "alias")
        return e

    # -- results --------------------------------------------------------------------------------------------

    def created(self) -> list[Entity]:
        """The entities this import created, and those of the name authority it met."""
        return sorted((e for e in self.entities.values() if not e.curated and (e.authority is None or e.id in self._used)),
                      key=lambda e: e.id)

    def merged(self) -> list[Entity]:
        return sorted((self.entities[i] for i in self._used if self.entities[i].curated), key=lambda e: e.id)

    def merge_log(self) -> list[dict]:
        return sorted(self._log.values(), key=lambda r: (r["name_as_found"].casefold(), r["country"]))

    def merge_log_csv(self, existing: str = "") -> str:
        """merge-log.csv: this dataset's rows, replacing its earlier rows and keeping other datasets'."""
        rows = [r for r in csv.DictReader(io.StringIO(existing)) if r.get("dataset") != self.dataset] if existing else []
        rows += self.merge_log()
        rows.sort(key=lambda r: (r["dataset"], r["name_as_found"].casefold(), r["country"]))
        buf = io.StringIO()
        w = csv.DictWriter(buf, LOG_COLUMNS, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows({k: safe_cell(str(v)) if v is not None else "" for k, v in r.items()} for r in rows)
        return buf.getvalue()


def _rank(rule: str, score: float, e: Entity, q: _Query) -> tuple:
    """Which of two admissible candidates wins: a name or alias before an inference (acronym,
    abbreviation, country prefix), an inference before a likeness; then score, curated, same country."""
    strength = {"exact": 3, "alias": 3, "judged-same": 4}.get(rule, 1 if rule == "fuzzy" else 2)
    return strength, score, e.curated, e.country == q.country


def government_named(name: str, kind: str = "") -> str | None:
    """The country whose government ``name`` names: "Government of Kenya", "Royal Thai Government",
    "Gobierno de la República del Ecuador", "Federal Republic of Nigeria" (a state's own name stands for
    its government when the dataset's kind allows it); never a bare code or acronym."""
    if is_acronym(name):
        return None
    k = english(key(parse_name(name).main))
    # ("Govt of Pakistan", "Pakistan Govt.": the word shortened)
    m = (re.fullmatch(r"(?:royal |federal |national |central |union |the )*(?:government|govt|gov) of (.+)", k)
         or re.fullmatch(r"(.+?) (?:royal |federal |national |central )*(?:government|govt)", k))
    if m:
        named = re.sub(r"^royal ", "", m[1])
        return _country_of(named)
    if kind and "government" not in kind.casefold():
        return None
    return _country_of(k) if len(k) > 3 else None


def _government_acronym(name: str, code: str) -> bool:
    """Whether ``name`` is the usual acronym of the government of ``code``: 'GRZ' (Government of the
    Republic of Zambia), 'FGN' (Federal Government of Nigeria), 'RGC', 'GoK'."""
    bare = re.sub(r"[.\s]", "", name)
    if not (3 <= len(bare) <= 5 and bare.isalpha() and bare.isascii() and sum(c.isupper() for c in bare) >= 2
            and bare[0].isupper()):
        return False
    names = sorted(w for w, c in country_words().items() if c == code and not w.endswith(("an", "ese", "ian", "i")))
    for n in names[:6]:
        for form in (f"government of republic of {n}", f"federal government of {n}", f"royal government of {n}",
                     f"government of {n}", f"federal republic of {n}"):
            if abbreviates(bare, form):
                return True
    return False


def _country_initials_government(name: str, code: str) -> str | None:
    """The initials in "SA Government", "Government of the UAE" or "PNG Govt" when they are those of the
    words of ``code``'s name ("South Africa", "United Arab Emirates", "Papua New Guinea"); else None."""
    m = re.fullmatch(r"(?:the\s+)?(?:government|govt\.?)\s+of\s+(?:the\s+)?([A-Z]{2,4})|(?:the\s+)?([A-Z]{2,4})\s+"
                     r"(?:government|govt\.?)", " ".join(name.split()), re.I)
    letters = (m[1] or m[2]) if m else None
    if not letters or not letters.isupper():
        return None
    for phrase, c in country_words().items():
        words = [w for w in phrase.split() if w not in _STOP]
        if c == code and len(words) == len(letters) > 1 and "".join(w[0] for w in words) == letters.lower():
            return letters
    return None


def _mission_key(parts: _Name, seat: str | None = None) -> str:
    return f"@{parts.mission} {parts.sender} {seat or parts.seat}"


def _unlevelled(name_key: str) -> str:
    """A government body's key without "federal", "national", "union" or "central" before its first word."""
    return re.sub(r"^(?:federal|national|union|central) ", "", name_key)


def _government_variants(name_key: str) -> list[str]:
    """Other keys of a government body: without its country, without "federal" & co., and its words
    sorted (a translated name keeps its language's word order: "agence spatiale" / "space agency")."""
    stripped = strip_countries(name_key)
    bare = _unlevelled(stripped)
    return [stripped, bare, "~" + " ".join(sorted(w for w in bare.split() if w not in _STOP))]


def _compact(name_key: str) -> str:
    return "=" + name_key.replace(" ", "")


def _stem(word: str) -> str:
    for suffix in ("ical", "ics", "ic", "ies", "es", "s", "e", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _same_word(a: str, b: str) -> bool:
    """Two words that are one: equal, one a plural or adjective of the other ("Industries" /
    "Industry", "Atmospheric" / "Atmosphere"), or one slip apart (a letter added, dropped, changed
    or two swapped, or letters doubled) in words of five letters or more that start with the same
    letter ("Huawie" is "Huawei", "Safaricon" "Safaricom"); never two places ("Shaanxi" / "Shanxi", "Nanning" / "Nanjing")
    nor two words that differ in a digit."""
    if a == b or _stem(a) == _stem(b):
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0] or a in PLACE_WORDS or b in PLACE_WORDS:
        return False
    if any(c.isdigit() for c in a + b):
        return False
    from rapidfuzz.distance import OSA

    # transliterations double letters at will ("Itissalat" / "Ittisalat"): compared without doubles
    return OSA.distance(a, b) <= 1 or re.sub(r"(.)\1+", r"\1", a) == re.sub(r"(.)\1+", r"\1", b)


def _word_for_word(a: str, b: str) -> bool:
    """Every word of each key (stop words aside, countries as their codes) has its counterpart in the other."""
    def words(k: str) -> list[str]:
        found = countries_in(k)
        for phrase, code in sorted(found.items(), key=lambda f: -len(f[0])):
            k = f" {k} ".replace(f" {phrase} ", f" @{code} ").strip()
        return [w for w in k.split() if w not in _STOP]

    wa, wb = words(a), words(b)
    return bool(wa and wb) and all(any(_same_word(x, y) for y in wb) for x in wa) \
        and all(any(_same_word(y, x) for x in wa) for y in wb)


def _telling_generic(name_key: str, described: bool = False) -> set[str]:
    """The generic words of a key that say which body it is: all but descriptors such as 'technologies'
    or 'communications' and country names ('Development' in 'Agricultural Development Bank',
    'Commission', 'University', 'Group') — descriptors too when ``described`` (a body that is no business:
    'Telecommunications' in 'African Telecommunications Union')."""
    countries = {w for phrase in countries_in(name_key) for w in phrase.split()}
    return {w for w in name_key.split() if w not in countries and (
        ((w in GENERIC_WORDS or w in LEVEL_WORDS) and w not in DESCRIPTOR_WORDS) or (described and w in _DESCRIBING))}


def _unmatched_words(query_key: str, keys: list[str], described: bool = False) -> str:
    """The words that keep two names apart, for the best-matching key of the entity: distinctive words
    without their counterpart, and words that change which entity of a family is meant (group,
    holdings, international…). '' when nothing does. ``described``: the entity is no business (an
    international organisation, a university), whose name's descriptors tell which body it is — "African
    Telecommunications Union" is not the "African Union", though "Huawei Technologies" is "Huawei"."""
    mine = distinctive(query_key, frozenset(countries_in(query_key)))
    my_words = query_key.split()
    my_generic = _telling_generic(query_key, described)
    best = None
    for k in keys:
        theirs = distinctive(k, frozenset(countries_in(k)))
        their_words = k.split()
        # a distinctive word needs its counterpart among all the other's words (a misspelt generic word is
        # distinctive by accident: "Telecommuncation")
        lost = [w for w in mine if not any(_same_word(w, t) for t in their_words)]
        lost += [t for t in theirs if not any(_same_word(t, w) for w in my_words)]
        generic_lost = [w for w in my_generic if not any(_same_word(w, t) for t in their_words)]
        generic_lost += [t for t in _telling_generic(k, described) if not any(_same_word(t, w) for w in my_words)]
        lost += sorted(generic_lost)
        if best is None or len(lost) < len(best):
            best = lost
    return ", ".join(sorted(set(best))) if best else ""
