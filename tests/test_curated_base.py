"""The curated base: every record rests on a source a reader can find, no two records are one deal,
and the base covers what it claims (partnerships, countries, every technology family)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from graph.records.load import load_records
from graph.resources import data_dir

# a web address a reader can follow: http(s), a host name (or address) with a dot, an optional path
URL = re.compile(r"^https?://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+\.?(:\d+)?(/\S*)?$")
DATASET_ROW = re.compile(r"^https?://china\.aiddata\.org/projects/\d+")  # a dataset and its row id


@pytest.fixture(scope="module")
def records():
    return load_records(data_dir())


def _values(record) -> dict:
    out = {}
    for claim in record.claims:
        out.update(claim.values)
    out.update(record.head)
    return out


def test_every_record_rests_on_a_source_a_reader_can_find(records):
    sources = {sid: _values(r) for sid, r in records["source"].items()}

    def findable(sid: str) -> bool:
        s = sources[sid]
        url = str(s.get("url") or "")
        if not (URL.match(url) and s.get("publisher")):
            return False
        # dated, or a dataset row, or a page the curators found undated and say so
        return bool(s.get("date")) or bool(DATASET_ROW.match(url)) or bool(
            re.search(r"no date|no year|undated", str(s.get("note", "")), re.I))

    for sid, s in sources.items():  # every address given is well formed
        if s.get("url"):
            assert URL.match(str(s["url"])), f"{records['source'][sid].loc}: source {sid}: malformed URL {s['url']!r}"
    lacking = [f"{p.loc}: {pid}" for pid, p in records["partnership"].items()
               if not any(findable(c.source) for c in p.claims)]
    assert not lacking, "records without a source that has a URL, a publisher and a date:\n" + "\n".join(lacking)
    # most rest on a dated page or a dataset row: an undated page alone is the exception
    undated_only = [pid for pid, p in records["partnership"].items()
                    if not any(sources[c.source].get("date") or DATASET_ROW.match(str(sources[c.source].get("url") or ""))
                               for c in p.claims)]
    assert len(undated_only) <= 0.15 * len(records["partnership"]), len(undated_only)


def test_no_two_records_are_one_deal(kg, records):
    """Entity resolution's partnership rules, applied record against record (each record as if it
    came from a dataset of its own), link nothing the curators have not judged two deals."""
    from graph.namespaces import SOURCE
    from graph.resolve.linkage import find_links, read_partnerships

    parts = read_partnerships(kg.store)
    assert len(parts) == len(records["partnership"])  # the built graph holds the records and nothing else
    own = {iri: dataclasses.replace(p, graphs={f"{SOURCE}record/{iri}"}) for iri, p in parts.items()}
    links = find_links(own, records.judgements)
    assert not links, "records that may be one deal (merge them, or record why not: dsr resolve reject A B --why):\n" + \
        "\n".join(f"{l.old} ~ {l.kept}: {l.rule}, {l.evidence}" for l in links)


def test_no_two_organisation_records_are_one_organisation(kg, records):
    """The organisation rules, applied record against record (as `dsr resolve candidates` lists them),
    would merge no two records the curators have not judged two organisations: one organisation, one
    record (a renamed body is one record with its former names, not two)."""
    from graph.resolve.candidates import candidates

    merged = [c for c in candidates(kg, min_score=0.85, judgements=records.judgements)
              if c.kind == "organisation" and c.verdict == "would merge"]
    assert not merged, "records that may be one organisation (merge them, or dsr resolve reject A B --why):\n" + \
        "\n".join(f"{c.a} ~ {c.b}: {c.evidence}" for c in merged)


def test_the_base_covers_its_countries_and_every_technology_family(kg):
    s = kg.summary()
    partnerships = sum(s.agreements_by_kind.values()) + sum(s.projects_by_type.values()) + sum(s.other_arrangements.values())
    assert partnerships >= 400 and s.countries >= 80
    families = {r["f"].value for r in kg.select("SELECT ?f WHERE { ?f skos:topConceptOf ?s }")}
    covered = {r["f"].value for r in kg.select(
        "SELECT DISTINCT ?f WHERE { ?p dsr:technologyArea/skos:broader* ?f . ?f skos:topConceptOf ?s }")}
    assert covered == families
