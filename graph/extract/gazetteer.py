"""What the graph already knows, as names to find in a text: organisations (curated names, aliases and
the name authority's names), countries and their adjectives and capitals, technology areas (preferred
and alternative labels of the SKOS scheme), programmes and forums.

A name is found at word boundaries; a short all-capital name (an acronym: ZTE, CPEC, MoITT) only as
written, any other case-insensitively. :meth:`Gazetteer.find` returns the longest match at each
place, left to right, never overlapping.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Mention", "Gazetteer", "gazetteer"]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str      # organisation | country | capital | technology | programme | forum | region
    value: str     # an organisation id, an ISO alpha-3 code, a technology tag, a programme or forum id


def _pattern(name: str, plural: bool = False) -> str:
    words = [re.escape(w) for w in re.split(r"[\s\-–]+", name.strip()) if w]
    return r"[\s\-–]+".join(words) + (r"(?:e?s)?" if plural and words[-1][-1:].isalpha() else "")


class Gazetteer:
    """Surface names → (kind, value), compiled into one regular expression per case rule."""

    def __init__(self, entries: list[tuple[str, str, str]]):
        exact: dict[str, tuple[str, str]] = {}
        folded: dict[str, tuple[str, str]] = {}
        lower: set[str] = set()  # organisations' names written in small letters ("du", "e&")
        for name, kind, value in entries:
            name = _norm(_plain(name))  # (as the text is read: without accents)
            if len(name) < 2 or not re.search(r"\w", name):
                continue
            if _is_acronym(name):
                exact.setdefault(name, (kind, value))
            else:
                folded.setdefault(name.casefold(), (kind, value))
                if kind == "organisation" and name == name.lower():
                    lower.add(name.casefold())
        self._lower = lower
        self._exact = exact
        self._folded = folded
        self._re_exact = self._compile(exact, 0)
        self._re_folded = self._compile(folded, re.I)

    @staticmethod
    def _compile(names: dict, flags: int):
        if not names:
            return None
        # a technology area's label in the plural too ("submarine cables", "ICT academies" → "ICT academy")
        alternatives = "|".join(_pattern(n, names[n][0] == "technology") for n in sorted(names, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)

    def find(self, text: str, kinds: frozenset[str] | None = None) -> list[Mention]:
        found: list[Mention] = []
        plain = _plain(text)  # (matched without accents, "Côte d’Ivoire" as "Cote d Ivoire"; the text's own words kept)
        for rx, table, fold in ((self._re_exact, self._exact, False), (self._re_folded, self._folded, True)):
            if rx is None:
                continue
            for m in rx.finditer(plain):
                surface = _norm(m.group())
                key = surface.casefold() if fold else surface
                hit = table.get(key)
                for cut in (1, 2):
                    if hit is None and key[-cut:] in ("s", "es"):
                        singular = table.get(key[:-cut])
                        hit = singular if singular and singular[0] == "technology" else None
                if hit is None or (kinds and hit[0] not in kinds):
                    continue
                if fold and hit[0] == "organisation" and surface == surface.lower() and key not in self._lower and (
                        " " in surface or re.search(r"\b(?:the|a|an|this|that|its|their|his|her|our|every|each)\s$",
                                                    plain[max(0, m.start() - 8):m.start()], re.I)):
                    continue  # "his mobile telecommunications company": words, not the name "Mobile Telecommunications Company";
                    # "across the globe": a word, not Globe Telecom (a brand written small, "for teletalk expansion", kept)
                if fold and hit[0] == "organisation" and " " in surface and surface.split()[-1].islower() and \
                        _KIND_OF_FIRM.match(plain, m.end()):
                    continue  # "China telecom giant completes …": a kind of firm, not the name "China Telecom"
                if hit[0] == "capital" and (LANDMARK_AFTER.match(text, m.end()) or _PLACE_OF.match(text, m.end())):
                    continue  # "Victoria Falls", "Kingston Harbour", "San Salvador de Jujuy", "Santiago del Estero": another
                    # place than the capital
                found.append(Mention(m.start(), m.end(), text[m.start():m.end()], hit[0], hit[1]))
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        out: list[Mention] = []
        for mention in found:
            if out and mention.start < out[-1].end:
                continue
            out.append(mention)
        return out


# a noun that makes the words before it a description of a firm ("China telecom giant", "a China mobile operator")
_KIND_OF_FIRM = re.compile(r"\s(?:giants?|firms?|compan(?:y|ies)|operators?|carriers?|vendors?|makers?|majors?|providers?|"
                           r"sector|market|industry|players?)\b")


# a word that makes a city's name another place's ("Victoria Falls", "Kingston Harbour")
LANDMARK = r"Falls|Islands?|Lake|River|Bay|Beach|Hills?|Valley|Point|Harbou?r|Mountains?|Springs?|Heights|Creek|Rapids|" \
           r"Gorge|Peak|Coast|Cape"
LANDMARK_AFTER = re.compile(rf"\s(?:{LANDMARK})\b")


# a city named after another with a Spanish or Portuguese "of" ("San Salvador de Jujuy", "SANTIAGO DEL ESTERO")
_PLACE_OF = re.compile(r"\s(?i:de|del|de\sla|do|da|dos|das)\s[A-ZÀ-Ý]")


def _plain(text: str) -> str:
    """``text`` letter for letter without accents ("Côte" → "Cote", "São" → "Sao"), and the apostrophe of a French
    "d’" as a space ("d’Ivoire" → "d Ivoire"): the same length, so that every match is where the text has it."""
    if text.isascii() and "'" not in text:
        return text
    out = text.translate(_ASCII_LETTERS)
    return re.sub(r"(?<=[\s(][dD])['’](?=[A-Za-z])", " ", out)


def _ascii_letters() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha() and len(unicodedata.normalize("NFD", chr(code))) > 1:
            table[code] = base
    return table


_ASCII_LETTERS = _ascii_letters()


def _norm(name: str) -> str:
    return " ".join(w for w in re.split(r"[\s\-–]+", name.strip()) if w)


def _is_acronym(name: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", name)
    return len(name) <= 6 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2)


def gazetteer(records=None) -> Gazetteer:
    """The gazetteer of the bundled records (built once), or of ``records``."""
    return _bundled() if records is None else _build(records)


@lru_cache(maxsize=1)
def _bundled() -> Gazetteer:
    from ..records.load import load_records

    return _build(load_records())


# countries news names by a short form in capitals ("U.S. chipmaker Qualcomm", "the UAE", "PNG"); a word such
# as "an" (Cabo Verde's "an") is none
_SHORT_NAMES_OF = frozenset({"USA", "GBR", "ARE", "CHN", "COD", "PNG"})


def _build(records) -> Gazetteer:
    from rdflib import URIRef

    from ..namespaces import SKOS
    from ..resolve.countries import _CAPITALS, country_words
    from ..technology import scheme

    entries: list[tuple[str, str, str]] = []
    for org in records["organisation"].values():
        entries.append((str(org.head["name"]), "organisation", org.id))
        for claim in org.claims:
            for alias in claim.values.get("aliases", []):
                entries.append((str(alias), "organisation", org.id))
    for entry in getattr(records, "names", []):
        if entry.organisation:
            for n in (*entry.names, *entry.former):
                entries.append((n, "organisation", entry.organisation))
    # ("Star Times" for StarTimes, "Fiber Home" for FiberHome: a one-word name in two capitalised halves, written apart)
    entries += [(f"{m[1]} {m[2]}", "organisation", id_) for name, kind, id_ in list(entries)
                if kind == "organisation" and (m := re.fullmatch(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})", name))]
    for type_ in ("programme", "forum"):
        for r in records[type_].values():
            entries.append((str(r.head.get("label", "")), type_, r.id))
            for values in (r.head, *(claim.values for claim in r.claims)):
                for alias in values.get("aliases", []) or []:
                    entries.append((str(alias), type_, r.id))
    tech = scheme()
    for concept in tech.concepts.values():
        for label in [concept.label, *map(str, tech.graph.objects(URIRef(concept.iri), SKOS.altLabel))]:
            entries.append((label, "technology", concept.notation))
    for phrase, code in country_words().items():
        if len(phrase) > 3:
            entries.append((phrase, "country", code))
        elif len(phrase) > 1 and code in _SHORT_NAMES_OF:  # "US", "U.S.", "UAE": in capitals only (not "us")
            entries += [(phrase.upper(), "country", code), (".".join(phrase.upper()) + ".", "country", code)]
    for city, code in _CAPITALS.items():
        entries.append((city, "capital", code))
    for region in _REGIONS:  # ("Latin America": a region, not the United States)
        entries.append((region, "region", region))
    return Gazetteer(entries)


_REGIONS = ("Latin America", "South America", "Central America", "North America", "Americas")
