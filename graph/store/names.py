"""What a user types for an entity — an id, a label or alias, an ISO country code — to the entity's IRI.

Catalogue parameters name organisations, countries, technology areas, partnerships, programmes
and forums. A researcher should not have to know their IRIs: ``--param org=ZTE``,
``--param country=KEN``, ``--param country=Kenya`` or ``--param area=5G`` mean what they say, as
they do for ``dsr map``. :class:`NameResolver` reads the names of one kind of entity from the
graph (labels, ``skos:altLabel`` aliases, ISO 3166 codes, the ids' last parts) with a SPARQL
query, so it works on the embedded store and on any remote SPARQL endpoint alike, and matches:

1. an IRI (``<…>``, ``https://…``) or a prefixed name (``organisation:zte-corporation``) that names
   an entity of the kind;
2. an id's last part (``zte-corporation``), a label, an alias or an ISO code (alpha-3 or alpha-2),
   ignoring case, accents, punctuation and spacing; for technology areas, the scheme's tags and
   alternative labels;
3. a unique entity whose label contains the text.

Anything else is an :class:`UnknownName` error that lists the closest names; a text that matches
several entities lists them. A value that names nothing must not quietly return "(0 rows)".
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable

import pyoxigraph as ox

from ..namespaces import PREFIXES
from .queries import BadParameter

__all__ = ["NameResolver", "Resolved", "UnknownName", "ENTITY_KINDS", "normalise_name"]

_DSR = PREFIXES["dsr"]
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"

# Parameter kinds that name an entity, and the class its entities belong to ("iri": anything).
ENTITY_KINDS = {
    "organisation": _DSR + "Organisation",
    "country": _DSR + "Country",
    "area": _SKOS + "Concept",
    "partnership": _DSR + "Partnership",
    "programme": _DSR + "Programme",
    "forum": _DSR + "Forum",
    "source": _DSR + "Source",
    "iri": None,
}


class UnknownName(BadParameter):
    """A parameter names no entity of its kind, or several."""


@dataclass(frozen=True)
class Resolved:
    """An entity a parameter resolved to, and how."""

    term: ox.NamedNode
    label: str
    how: str  # "IRI", "id", "label", "alias", "ISO code", "part of the label"

    def short(self) -> str:
        """The entity as a prefixed name where a standard prefix fits."""
        value = self.term.value
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if value.startswith(ns) and re.fullmatch(r"[\w.-]+", value[len(ns):]):
                return f"{prefix}:{value[len(ns):]}"
        return f"<{value}>"


def normalise_name(text: str) -> str:
    """Fold case, accents, punctuation and spacing: 'Zhongxing (ZTE) Corp.' → 'zhongxing zte corp'.

    Examples
    --------
    >>> normalise_name("  Côte d'Ivoire "), normalise_name("ZTE-Corporation")
    ('cote d ivoire', 'zte corporation')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


_IRI_LIKE = re.compile(r"^(<.*>|[a-z][a-z0-9+.-]*://\S+)$", re.I)
_PREFIXED = re.compile(r"^([A-Za-z][\w.-]*):([\w.-]*)$")


class NameResolver:
    """Resolve parameter values against the names a graph holds.

    Parameters
    ----------
    select : callable
        Runs a SPARQL SELECT (full IRIs, no prefixes needed) and returns rows as dicts of variable
        name → pyoxigraph term: ``kg.select`` or a remote store's ``query``.

    Examples
    --------
    >>> import graph
    >>> names = NameResolver(graph.load().select)                     # doctest: +SKIP
    >>> names.resolve("ZTE", "organisation").short()                  # doctest: +SKIP
    'organisation:zte-corporation'
    """

    def __init__(self, select: Callable[[str], Iterable[dict]]):
        self._select = select
        self._names: dict[str | None, list[tuple[str, str, str]]] = {}

    def _entries(self, kind: str) -> list[tuple[str, str, str]]:
        """(IRI, name, how) for every entity of the kind: labels, aliases, ISO codes."""
        cls = ENTITY_KINDS[kind]
        if cls not in self._names:
            typed = f"?x a <{cls}> ." if cls else ""
            text = f"""SELECT DISTINCT ?x ?name ?how WHERE {{ {typed}
              {{ ?x <{_RDFS}label> ?name BIND ("label" AS ?how) }}
              UNION {{ ?x <{_SKOS}prefLabel> ?name BIND ("label" AS ?how) }}
              UNION {{ ?x <{_SKOS}altLabel> ?name BIND ("alias" AS ?how) }}
              UNION {{ ?x <{_SKOS}notation> ?name BIND ("alias" AS ?how) }}
              UNION {{ ?x <{_DSR}iso3166Code> ?name BIND ("ISO code" AS ?how) }}
              FILTER (isIRI(?x)) }}"""
            rows = [(r["x"].value, r["name"].value, r["how"].value) for r in self._select(text)
                    if "x" in r and "name" in r]
            self._names[cls] = sorted(set(rows))
        return self._names[cls]

    def _label(self, kind: str, iri: str) -> str:
        return next((name for x, name, how in self._entries(kind) if x == iri and how == "label"), "")

    def _exists(self, iri: str, kind: str) -> bool:
        cls = ENTITY_KINDS[kind]
        if cls:
            text = f"SELECT ?x WHERE {{ VALUES ?x {{ <{iri}> }} ?x a <{cls}> }} LIMIT 1"
        else:
            text = (f"SELECT ?x WHERE {{ VALUES ?x {{ <{iri}> }} {{ ?x ?p ?o }} UNION {{ ?s ?x ?o }} "
                    f"UNION {{ ?s ?p ?x }} }} LIMIT 1")
        return bool(list(self._select(text)))

    def _closest(self, text: str, kind: str) -> str:
        entries = self._entries(kind)
        by_key: dict[str, str] = {}
        for iri, name, _ in entries:
            by_key.setdefault(normalise_name(name), iri)
            by_key.setdefault(normalise_name(iri.rstrip("/").rsplit("/", 1)[-1]), iri)
        keys = difflib.get_close_matches(normalise_name(text), list(by_key), n=12, cutoff=0.5)
        shown: list[str] = []
        for key in keys:
            iri = by_key[key]
            item = f"{self._label(kind, iri) or key} ({Resolved(ox.NamedNode(iri), '', '').short()})"
            if item not in shown:
                shown.append(item)
        return ("; closest: " + ", ".join(shown[:5])) if shown else ""

    def resolve(self, text: str, kind: str, what: str = "value") -> Resolved:
        """The entity of ``kind`` (a key of :data:`ENTITY_KINDS`) that ``text`` names.

        Raises
        ------
        UnknownName
            When ``text`` names no entity of the kind, or several (the message lists the closest
            or the candidates), or uses an unknown prefix.
        """
        if kind not in ENTITY_KINDS:
            raise ValueError(f"unknown entity kind {kind!r}")
        text = text.strip()
        noun = "entity" if kind == "iri" else kind.replace("area", "technology area")
        if not text:
            raise UnknownName(f"{what}: empty; give an id, a label or an IRI")
        iri = self._as_iri(text, what)
        if iri is not None:
            if self._exists(iri, kind):
                return Resolved(ox.NamedNode(iri), self._label(kind, iri), "IRI")
            local = iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
            raise UnknownName(f"{what}: {text} names no {noun} in this graph{self._closest(local, kind)}")
        if kind == "area":
            found = self._area(text)
            if found is not None:
                return found
        key = normalise_name(text)
        entries = self._entries(kind)
        matches: dict[str, str] = {}
        for iri, name, how in entries:  # exact: a label, an alias, an ISO code, an id's last part
            if normalise_name(name) == key:
                matches.setdefault(iri, how)
        for iri in {e[0] for e in entries}:
            if normalise_name(iri.rstrip("/").rsplit("/", 1)[-1]) == key:
                matches.setdefault(iri, "id")
        if kind == "country" and not matches:
            matches = self._iso(text, entries)
        if not matches:  # a unique entity whose label contains the text
            part = {iri for iri, name, how in entries if how == "label" and key and key in normalise_name(name)}
            if len(part) == 1:
                matches = {next(iter(part)): "part of the label"}
            elif part:
                matches = {iri: "part of the label" for iri in part}
        if len(matches) == 1:
            (iri, how), = matches.items()
            return Resolved(ox.NamedNode(iri), self._label(kind, iri), how)
        if matches:
            shown = ", ".join(f"{self._label(kind, i) or i} ({Resolved(ox.NamedNode(i), '', '').short()})"
                              for i in sorted(matches)[:6])
            raise UnknownName(f"{what}: {text!r} names {len(matches)} {noun}s: {shown}"
                              f"{' …' if len(matches) > 6 else ''}; give one of their ids")
        prefixed = _PREFIXED.match(text)
        if prefixed and prefixed[1] not in PREFIXES:
            raise UnknownName(f"{what}: unknown prefix {prefixed[1]!r} in {text!r} (known: {', '.join(PREFIXES)}), "
                              f"and no {noun} is named {text!r}{self._closest(text, kind)}")
        raise UnknownName(f"{what}: no {noun} named {text!r} in this graph{self._closest(text, kind)}")

    @staticmethod
    def _as_iri(text: str, what: str) -> str | None:
        """The IRI a text spells (``<…>``, an absolute IRI, a known prefixed name), or None for a name."""
        if _IRI_LIKE.match(text):
            return text[1:-1] if text.startswith("<") else text
        m = _PREFIXED.match(text)
        if m and m[1] in PREFIXES:
            return PREFIXES[m[1]] + m[2]
        return None

    def _area(self, text: str) -> Resolved | None:
        from ..technology import scheme

        concept = scheme().resolve(text)
        if concept is None:
            return None
        return Resolved(ox.NamedNode(concept.iri), concept.label, "label, tag or alias")

    @staticmethod
    def _iso(text: str, entries) -> dict[str, str]:
        """A country by its ISO alpha-2 code or any name pycountry knows, mapped to the graph's alpha-3."""
        import pycountry

        try:
            country = pycountry.countries.lookup(text)
        except LookupError:
            return {}
        by_code = {name: iri for iri, name, how in entries if how == "ISO code"}
        iri = by_code.get(country.alpha_3)
        return {iri: "ISO code"} if iri else {}
