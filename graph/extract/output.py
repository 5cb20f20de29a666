"""Candidates as the records' own YAML (evidence as comments) or as JSON (evidence as spans).

The YAML is three lists a curator can paste into the records folder: ``sources`` (the article),
``organisations`` (only those the graph does not know yet, each marked ``# new``) and
``partnerships``; then, as comments, the sentences no candidate was made from that may tell a deal
(for the curator to check) and the organisations the article names, with their ids. After every
field a comment quotes the text it was read from with its character span (``[start:end]`` of the
article's plain text), so a reviewer checks each field against its evidence; a field the text does
not state is absent. Above each partnership a comment gives its confidence (high, medium or low: see
``Candidate.confidence``) and what keeps it from high, so a reviewer knows where to look hardest.
"""

from __future__ import annotations

import json
import re

from .rules import Candidate, Extraction

__all__ = ["candidate_records", "to_yaml", "to_json", "source_id", "to_check_lines", "named_lines", "quoted_sentence",
           "confidence_line"]

_KIND_LABEL = {"mou": "MoU", "contract": "contract", "loan": "loan", "joint_venture": "joint venture",
               "framework_agreement": "framework agreement", "acquisition": "acquisition",
               "training_programme": "training programme", "proposal": "proposal", "talks": "talks",
               "project": "project", "pledge": "pledge", "other": "arrangement"}


def source_id(url: str | None, publisher: str | None, date: str | None, records) -> str:
    """The id of the article's source: an existing source with the same URL, else a new id from the
    publisher and the date."""
    from ..sources.values import slug

    if url:
        for sid, r in records["source"].items():
            if str(_values(r).get("url") or "") == url:
                return sid
    base = slug(f"{publisher or 'article'} {date or ''}".strip())
    sid, n = base, 2
    while sid in records["source"]:
        sid, n = f"{base}-{n}", n + 1
    return sid


def _country_names(codes: list[str]) -> str:
    from ..sources.values import country_name

    return "-".join(country_name(c) for c in codes[:3])


def _label(c: Candidate) -> str:
    kind = _KIND_LABEL.get(c.kind, c.kind)
    if c.aggregate:
        return f"{c.members.get('count')} {kind}s between {_country_names(c.countries) or 'the parties'} (aggregate)"
    names = [p.name for p in c.parties[:3]]
    who = " – ".join(names) if names else _country_names(c.countries)
    return f"{who} {kind}".strip()


def candidate_records(x: Extraction, *, url=None, publisher=None, date=None, records=None, drafts: bool = True) -> dict:
    """Sources, new organisations and partnerships, each field with its evidence spans; and the sentences to check,
    each with its draft record unless ``drafts`` is false (the YAML lists the sentences alone)."""
    from ..records.load import load_records

    records = records if records is not None else load_records()
    sid = source_id(url, publisher, date or x.published, records)
    source = {"id": sid}
    if x.title:
        source["title"] = x.title
    if url:
        source["url"] = url
    if publisher:
        source["publisher"] = publisher
    if date or x.published:
        source["date"] = date or x.published
    new_source = sid not in records["source"]
    orgs: dict[str, dict] = {}
    taken = set(records["partnership"])
    parts = [_partnership(c, n, sid, date or x.published, taken, orgs, records)
             for n, c in enumerate(x.candidates, 1)]
    # the new organisations of the drafts and of the report's names: written only with a record a curator finishes
    # that names them
    others: dict[str, dict] = {}
    listed = []
    for i, s in enumerate(x.to_check):
        listed.append({"start": s.start, "end": s.end, "text": x.text[s.start:s.end]})
        if drafts:  # (numbered on from the candidates)
            d = _partnership(x.drafts[i], len(parts) + 1 + i, sid, date or x.published, taken, others, records,
                             existing=False)
            listed[-1]["draft"] = {k: d[k] for k in ("record", "evidence", "new_organisations")}
    named = []
    for p in x.named:
        named.append({"id": p.id, "name": p.name, "kind": p.kind, "country": p.country, "new": p.new,
                      "span": [p.span.start, p.span.end]})
        if p.new and p.id not in others:
            others[p.id] = _new_organisation(p, sid)
    _as_the_records_need(orgs, records, x.entity, sid)
    others = {k: o for k, o in others.items() if k not in orgs}
    _as_the_records_need(others, records, x.entity, sid, also=orgs)
    records_ = [p["record"] for p in parts] + [s["draft"]["record"] for s in listed if "draft" in s]
    codes = {str(c) for r in records_ for c in r.get("countries") or []} | \
        {str(o["country"]) for o in (*orgs.values(), *others.values()) if o.get("country")}
    return {"source": source, "new_source": new_source, "organisations": sorted(orgs.values(), key=lambda o: o["id"]),
            "partnerships": parts, "published": x.published, "to_check": listed, "named": named,
            "other_organisations": sorted(others.values(), key=lambda o: o["id"]),
            "new_countries": new_countries(codes, records)}


def new_countries(codes, records) -> list[dict]:
    """The countries of ``codes`` the records' ``countries.csv`` does not list yet (code and ISO 3166 name): a
    record naming one is written with it."""
    from ..sources.values import country_name

    return [{"code": c, "name": country_name(c)} for c in sorted(set(codes) - set(records["country"]))]


def _as_the_records_need(orgs: dict, records, entity, sid: str, also: dict | None = None) -> None:
    """New organisations as the records need them: one the name authority knows under its name, kind and country
    there (the records' check then turns the authority's entry into one naming it); and each with its parent, a new
    one written beside it (a ministry with its government) — a parent ``entity`` does not know is left out."""
    def lookup(id_):
        try:
            return entity(id_) if entity is not None else None
        except KeyError:
            return None

    todo = list(orgs)
    while todo:
        org = orgs[todo.pop(0)]
        e = lookup(org["id"])
        if e is not None and getattr(e, "authority", None):
            org.update(name=e.name, kind=e.kind)
            if e.country:
                org["country"] = e.country
        parent = org.get("parent")
        if not parent or parent in records["organisation"] or parent in orgs or parent in (also or {}):
            continue
        e = lookup(parent)
        if e is None:
            del org["parent"]
            continue
        orgs[parent] = {"id": parent, "name": e.name, "kind": e.kind,
                        "source": sid, **({"country": e.country} if e.country else {}),
                        **({"parent": e.parent} if e.parent else {})}
        todo.append(parent)


def _new_organisation(p, sid: str) -> dict:
    """A new organisation's record, as the article names it."""
    org = {"id": p.id, "name": p.name, "kind": p.kind, "source": sid}
    if p.country:
        org["country"] = p.country
    if p.parent:
        org["parent"] = p.parent
    return org


def _partnership(c: Candidate, n: int, sid: str, date: str | None, taken: set, orgs: dict, records,
                 existing: bool = True) -> dict:
    """A candidate as a record with the evidence of each field (its id the first free one of its country, year, kind
    and number ``n``; ``taken`` gains it), its new organisations added to ``orgs``; and, if ``existing``, the records
    it may be."""
    year = (c.date or date or "")[:4] or "UNDATED"
    country = next((k for k in c.countries if k != "CHN"), c.countries[0] if c.countries else "DEAL")  # no country stated
    base = f"{country}-{year}-{c.kind.upper().replace('_', '-')}"
    pid, k = f"{base}-{n}", n
    while pid in taken:
        k += 1
        pid = f"{base}-{k}"
    taken.add(pid)
    rec: dict = {"id": pid, "label": _label(c), "kind": c.kind}
    if c.aggregate:
        rec["aggregate"] = True
    rec["source"] = sid
    ev: dict[str, list] = {}
    for name in ("date", "place", "status"):
        value = getattr(c, name)
        if value is not None:
            rec[name] = value
            ev[name] = c.evidence.get(name, [])
    if c.parties:
        roles: dict[str, list[str]] = {}
        for p in c.parties:
            roles.setdefault(p.role, []).append(p.id)
            if p.new and p.id not in orgs:
                orgs[p.id] = _new_organisation(p, sid)
        rec["parties"] = roles
        ev["parties"] = c.evidence.get("parties", [])
    for name in ("countries", "technology", "programme"):
        if getattr(c, name):
            rec[name] = list(getattr(c, name))
            ev[name] = c.evidence.get(name, [])
    if c.forum:
        rec["forum"] = c.forum
        ev["forum"] = c.evidence.get("forum", [])
    if c.members:
        rec["members"] = dict(c.members)
        ev["members"] = c.evidence.get("members", [])
    if c.amounts:
        amounts = [{"value": v, "currency": cur} for v, cur in c.amounts]
        rec["amount"] = amounts[0] if len(amounts) == 1 else amounts
        ev["amount"] = c.evidence.get("amounts", [])
    if c.quantity:
        rec["quantity"] = dict(c.quantity)
        ev["quantity"] = c.evidence.get("quantity", [])
    if c.proposed_arrangement:
        rec["proposed_arrangement"] = c.proposed_arrangement
        ev["proposed_arrangement"] = c.evidence.get("proposed_arrangement", [])
    ev["kind"] = c.evidence.get("kind", [])
    level, why = c.confidence()
    return {"record": rec, "confidence": {"level": level, "why": why},
            "sentences": [{"start": x.start, "end": x.end, "text": x.text} for x in c.sentences],
            "existing": existing_matches(c, records) if existing else [],
            "evidence": {k: [[s.start, s.end, s.text] for s in v] for k, v in ev.items()},
            "new_organisations": sorted(p.id for p in c.parties if p.new),
            "parties": [{"name": p.name, "id": p.id, "role": p.role, "kind": p.kind, "country": p.country,
                         "new": p.new, "parent": p.parent, "span": [p.span.start, p.span.end]} for p in c.parties]}


def confidence_line(p: dict) -> str:
    """A candidate's confidence and what keeps it from high, on one line (the YAML's comment, the review's walk)."""
    c = p["confidence"]
    return f"confidence: {c['level']}" + (" — " + "; ".join(c["why"]) if c["why"] else "")


def named_lines(result: dict, lead: str = "") -> list[str]:
    """The organisations the report names, one a line with its id, for the curator who adds a party a candidate
    misses."""
    if not result.get("named"):
        return []
    return [f"{lead}The report names these organisations (id: name; to add a party a candidate misses, by its id):",
            *(f"{lead}  {o['id']}: {o['name']}" + ("  (new: not in the records yet)" if o["new"] else "")
              for o in result["named"])]


def to_check_lines(result: dict, lead: str = "") -> list[str]:
    """The sentences no candidate was made from that may tell a deal, each with its span, for the curator to read."""
    if not result.get("to_check"):
        return []
    return [f"{lead}Also check: {len(result['to_check'])} sentence(s) no candidate was made from may tell a deal in words",
            f"{lead}the rules do not read; write a record by hand where one does:",
            *(f"{lead}  {quoted_sentence(s)}" for s in result["to_check"])]


def quoted_sentence(s: dict) -> str:
    """A sentence to check as the curator reads it: its span, then its text on one line, quoted (cut at 300 characters)."""
    said = " ".join(s["text"].split())
    return f"[{s['start']}:{s['end']}] " + json.dumps(said if len(said) <= 300 else said[:299] + "…", ensure_ascii=False)


def _values(record) -> dict:
    out = dict(record.head)
    for claim in record.claims:
        for k, v in claim.values.items():
            out.setdefault(k, v)
    return out


def existing_matches(c: Candidate, records) -> list[dict]:
    """Records that may be the deal a candidate describes (the article is then another source for
    it: an ``also:`` claim): the same kind and at least two things in common — the parties (two of
    them, or the one either side names), the count of an aggregate, the forum, a programme, the
    trainees, an amount, the year."""
    found = []
    ids = {p.id for p in c.parties}
    for pid, r in records["partnership"].items():
        if str(r.head.get("kind")) != c.kind or bool(r.head.get("aggregate")) != c.aggregate:
            continue  # (an aggregate is not one of the deals it counts, nor one deal an aggregate)
        claims = [cl.values for cl in r.claims]
        theirs = {str(k) for v in claims for k in (v.get("countries") or [])} - {"CHN"}
        # (the countries its parties are of and those it names: a Jamaican programme of Huawei's is not Egypt's)
        ours = {p.country for p in c.parties if p.country and p.country != "CHN"} | set(c.countries) - {"CHN"}
        if ours and theirs and not ours & theirs:
            continue  # Angola's loan is not Uganda's, whoever lent both
        why = []
        parties = {str(i) for v in claims for ids_ in (v.get("parties") or {}).values() for i in ids_}
        # a party in common says something when it is all either side names ("Huawei" alone is in many deals)
        if ids & parties and (len(ids & parties) >= 2 or len(ids) == 1 or len(parties) == 1):
            why.append("parties " + ", ".join(sorted(ids & parties)))
        if c.members.get("count") and any((v.get("members") or {}).get("count") == c.members["count"] for v in claims):
            why.append(f"count {c.members['count']}")
        if c.forum and any(str(v.get("forum") or "") == c.forum for v in claims):
            why.append(f"forum {c.forum}")
        if c.programme and any(set(map(str, v.get("programme") or [])) & set(c.programme) for v in claims):
            why.append("programme")
        if c.quantity and any(_quantity_value(v.get("quantity")) == c.quantity["value"] for v in claims):
            why.append(f"quantity {c.quantity['value']}")
        if c.amounts and any(_amount_values(v.get("amount")) & {v_ for v_, _ in c.amounts} for v in claims):
            why.append("amount")
        year = (c.date or "")[:4]
        if year and any(str(getattr(v.get("date"), "lexical", v.get("date") or ""))[:4] == year for v in claims):
            why.append(f"year {year}")
        if len(why) >= 2:
            found.append({"id": pid, "label": str(r.head.get("label", "")), "why": why})
    found.sort(key=lambda f: (-len(f["why"]), f["id"]))
    return found[:3]


def _quantity_value(q):
    q = q[0] if isinstance(q, list) and q else q
    try:
        return int(q["value"]) if isinstance(q, dict) and "value" in q else None
    except (TypeError, ValueError):
        return None


def _amount_values(a) -> set:
    items = a if isinstance(a, list) else [a] if a else []
    out = set()
    for x in items:
        try:
            out.add(int(x["value"]))
        except (KeyError, TypeError, ValueError):
            pass
    return out


def to_json(result: dict, text: str) -> str:
    return json.dumps({**result, "text": text}, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _scalar(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v)
    if re.fullmatch(r"[A-Za-z0-9_][\w .,/()-]*", s) and not re.fullmatch(r"(?i)true|false|null|yes|no|on|off|~", s) \
            and ": " not in s and not s.endswith(":"):
        return s
    return "'" + s.replace("'", "''") + "'"


def _inline(v) -> str:
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {_inline(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(_inline(x) for x in v) + "]"
    return _scalar(v)


def _comment(spans) -> str:
    if not spans:
        return ""
    quoted = "; ".join(f"[{a}:{b}] " + json.dumps(" ".join(t.split())[:90], ensure_ascii=False) for a, b, t in spans[:3])
    return "  # " + quoted


def record_yaml(rec: dict, evidence: dict | None = None, indent: str = "") -> str:
    """One record as the records files write it, a field per line, evidence after it."""
    evidence = evidence or {}
    lines = []
    for i, (k, v) in enumerate(rec.items()):
        lead = f"{indent}- " if i == 0 else f"{indent}  "
        if k == "parties":
            lines.append(f"{lead}parties:{_comment(evidence.get('parties'))}")
            for role, ids in v.items():
                lines.append(f"{indent}    {role}: {_inline(ids)}")
            continue
        lines.append(f"{lead}{k}: {_inline(v)}{_comment(evidence.get(k))}")
    return "\n".join(lines) + "\n"


def to_yaml(result: dict, *, header: str = "") -> str:
    out = [f"# {line}" if line else "#" for line in header.splitlines()]
    out.append("# Candidate records read from the article by `dsr extract`: check every field against the quoted")
    out.append("# evidence ([start:end] of the article's text), then paste each list into the records folder.")
    out.append("")
    out.append("sources:" + ("" if result["new_source"] else "  # already in the records"))
    if result["new_source"]:
        out.append(record_yaml(result["source"], indent="  ").rstrip("\n"))
    else:
        out.append(f"  # {result['source']['id']}")
    out.append("")
    out.append("organisations:" + ("  # none new" if not result["organisations"] else ""))
    for org in result["organisations"]:
        out.append(record_yaml(org, indent="  ").rstrip("\n").replace(f"- id: {org['id']}", f"- id: {org['id']}  # new", 1))
    if result.get("new_countries"):
        out.append("# countries.csv does not list these countries yet: add a line for each (--review does)")
        out.extend(f"#   {c['code']},{c['name']}" for c in result["new_countries"])
    out.append("")
    out.append("partnerships:" + ("  # no deal found in the text" if not result["partnerships"] else ""))
    for p in result["partnerships"]:
        out.append(f"  # {confidence_line(p)}")
        for m in p["existing"]:
            out.append(f"  # may be {m['id']} ({'; '.join(m['why'])}): if so, add these fields to it as an also: claim")
        out.append(record_yaml(p["record"], p["evidence"], indent="  ").rstrip("\n"))
        out.append("")
    if result.get("to_check"):
        out.extend([""] * (not result["partnerships"]) + to_check_lines(result, lead="# ") + [""])
    out.extend(named_lines(result, lead="# "))
    return "\n".join(out).rstrip("\n") + "\n"
