"""Who the parties of a deal are: names the gazetteer knows, countries that sign, names with an
organisation's head word, "the ministry" named before, and names where a party stands in the sentence
("between A and B", "A will build", "with B, C and D") — never a person, a place, an event or a
newspaper — each linked through the entity-resolution rules, with the role the deal gives it."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from ..resolve.orgs import guess_kind
from .gazetteer import LANDMARK, Mention
from .model import Candidate, Party, Span
from .text import Sentence
from .vocabulary import (_AMOUNT, WEEKDAYS, WILL_PROVIDE, AWARDED, BUILT, EVENT_HEADS, FINANCED, FUND_TO_COME, HANDED_TO, HEADLINE_VERBS, HIRES_NOW, HIRING, LEADER, MADE_BY, MET_LEADER, MONEY_PUT, ORG_HEADS, PAID_BY, SIGNED, STAKE_TAKEN, WORKS, _MONTH_RE, _ORG_RE, _SUPPLY_WORDS,
                         _WEEKDAY_RE, iso_currency)


def _resolver(records):
    """A fresh resolver (it creates entities as it goes) over the records: for the bundled ones, a fork of one built
    once (a tenth of the time of building it again for every article)."""
    from ..resolve.orgs import Resolver

    if records is None:
        return _bundled_resolver().fork()
    return Resolver.from_records(records, dataset="extract")


@lru_cache(maxsize=1)
def _bundled_resolver():
    from ..resolve.orgs import Resolver

    return Resolver.from_records(_bundled_records(), dataset="extract")


@lru_cache(maxsize=1)
def _bundled_records():
    from ..records.load import load_records

    return load_records()


# the words of a company's legal form ("Co., Ltd.", "Sdn Bhd", "S.A"), for every pattern that reads one
_LEGAL_WORDS = r"Co|Corp|Ltd|Inc|LLC|PLC|Plc|Pcl|PCL|JSC|Limited|S\.A|AG|GmbH|Pvt|Sdn|Bhd"
# the export-import bank, as news shortens or spells it ("China's EXIM Bank", "The Export and Import Bank of China")
_EXIM = re.compile(r"\b(?:EXIM\s?Bank|Exim\s?[Bb]ank|Eximbank|EXIM|Exim|Export\s(?:and\s)?Import\sBank)\b")
_BODY_NAME = re.compile(r"(?:Ministry|Department|Agency|Authority|Commission|Office|Bureau|Directorate)\s(?:of|for)\s"
                        r"(?:the\s)?[A-Z]\w+(?:\s(?:and|of|for|the|&)?\s?[A-Z]\w+){1,}")


# "Kenyan Ministry of Education", "Saudi Ministry of Communications": a country's adjective before a ministry's name
_COUNTRY_ADJECTIVE = re.compile(r"(?P<adj>[A-Z][\w-]+)\s(?=(?:Federal\s)?(?:Ministry|Department)\s(?:of|for)\s)")


_GOVERNMENT_HEAD = re.compile(r"\b(?:Ministry|Authority|Commission|Agency|Department|Council|Board|Bureau|Directorate|Service|Treasury|"
                              r"Administration|Regulator)\b")


# a news agency, and the words around its name that make it the teller of a deal
_NEWS_AGENCY = re.compile(r"\b(?:News|Press|Telegraph|Information)\s(?:Agency|Service)\b|\bXinhua\b|\bTASS\b|\bBernama\b|"
                          r"\bAntara\b|\bYonhap\b|\bKyodo\b")
_TELLS_AFTER = re.compile(r"(?:\s\([^()]{1,12}\))?,?\s(?:(?:has|had|also)\s)?(?:announced|reported|said|says|reports|quoted|cited|"
                          r"confirmed|wrote)\b")
_TOLD_BY_BEFORE = re.compile(r"(?:\b(?:according\sto|reported|reports|said|told|quoted\sby|cited\sby|citing)|\bmedia,)\s"
                             r"(?:[^.;]{0,60}?,\s)?(?:the\s)?$", re.I)


# a vendor put out of a network, named right after the words that put it out
_REPLACED_BEFORE = re.compile(r"\b(?:replac(?:e|es|ed|ing)|ditch(?:es|ed|ing)?|swap(?:s|ped|ping)?\sout|phas(?:e|es|ed|ing)\sout|"
                              r"strip(?:s|ped|ping)?\sout|rip(?:s|ped|ping)?\sout|instead\sof|rather\sthan|in\splace\sof)\s"
                              r"(?:the\s|its\s|their\s|existing\s|legacy\s|Chinese\s|China['’]s\s)*(?:(?:vendor|supplier|firm|company)\s)?$",
                              re.I)
_RELIED_ON_BEFORE = re.compile(r"\b(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)\son\s(?:the\s)?$", re.I)
_GEAR_AFTER = re.compile(r"(?:['’]s)?\s(?:[\w-]+\s)?(?:gear|equipment|kit|technology|products)\b")


# a person's office written in small letters, the field it is of after it ("vice president of Public Affairs", "head of
# Government Relations", "director general of …")
_OFFICE_OF_BEFORE = re.compile(r"\b(?:(?:senior|executive|deputy|assistant)\s)?(?:vice[\s-]president|president|director(?:\sgeneral)?|"
                               r"head|chief|manager|secretary|minister|chairman|chairwoman|chairperson|officer|dean)\s(?:of|for)\s$")


def _parties(c: Candidate, text: str, gaz, resolver) -> None:
    """The parties of a candidate: the names its sentences give (and, for "the two firms signed…", the
    nearest sentence before that names two), linked through the resolution rules."""
    seen: set[str] = set()
    before = []
    two = _TWO_COUNTRIES.search(c.sentences[0].text)
    own = [(s, _names_in(c, s, text, gaz, resolver)) for s in c.sentences]
    # ("The loan deal was extended by A to B": they are named here — two of them, not one named twice)
    told = len({x[3] or x[2].lower() for _, spans in own for x in spans}) >= 2
    sides = bool(re.search(r"\b(?:[Tt]he\s(?:two|both)|[Bb]oth)\s(?:sides|parties)\b", c.sentences[0].text))
    for s in c.antecedents if two is None and not told else ():  # nearest first: the first that names two is the one
        spans = _names_in(c, s, text, gaz, resolver) or \
            _two_countries_named(s.text, gaz.find(s.text), resolver, loose=sides) or \
            (_two_leaders(s.text, resolver) if sides else [])  # "the two firms" means
        if len(spans) == 1:
            beside = _country_beside(s.text, gaz.find(s.text), spans[0], resolver)
            spans = spans + (beside or (_leaders_state(s.text, spans[0], resolver) if sides else []))
        if len(spans) >= 2:
            # ("… has secured a USD350 million loan from the Chinese government … The contract for the rollout was won
            # by China's Huawei": the contract's client is the borrower, not the lender of the loan told before)
            before = [(s, [x for x in spans if c.kind not in ("contract", "project") or not _funded_by(s.text, x[0])])]
            break
    if two is not None:  # "the two countries signed …": China and the country the article is about, if one stands out
        at = c.sentences[0].start + two.start()
        for code in _the_two_countries(text, c.sentences[-1].end, gaz):
            e = resolver.government(code)
            seen.add(e.id)
            c.parties.append(Party(e.name, "signatory", e.kind, code, e.id, not e.curated,
                                   Span(at, at + len(two.group()), two.group())))
            c.note("parties", at, at + len(two.group()), text)
            if code not in c.countries:
                c.countries.append(code)
    persons = _persons(text)
    whole = " ".join(x.text for x in c.sentences)  # what the deal's sentences say, for the roles
    for s, spans in before + own:
        t = s.text
        last_end = -10
        sums = [m.span() for m in _AMOUNT.finditer(t)]  # ("with P150 billion committed to …": a sum, not a name)
        spans = [x for x in spans if not (x[3] is None and any(p <= x[0] < q for p, q in sums))]
        spans = [x for x in spans if not (str(x[3]).startswith("government-") and any(
            y[0] <= x[0] and x[1] <= y[1] and y[1] - y[0] > x[1] - x[0] for y in spans))]  # "Botswana Police": not Botswana
        for a, b, name, known in sorted(spans, key=lambda x: x[:2]):
            if known is None and any(name == p or f" {name}" in f" {p}" or name.endswith(f" {p}") for p in persons):
                continue  # "Vladimir Putin", "Duma": a person the article names by office elsewhere
            if re.fullmatch(r"\s*\(", t[last_end:a]) and re.match(r"\s*\)", t[b:]):
                continue  # "China Telecom Global (CTG)": the bracket names the same party
            if _REPLACED_BEFORE.search(t, max(0, a - 60), a) or (_RELIED_ON_BEFORE.search(t, max(0, a - 40), a) and
                                                                 _GEAR_AFTER.match(t, b)):
                continue  # ("… to replace Huawei", "decided to replace Huawei with Nokia", "their network that relies on
                # Huawei gear": the vendor put out, no party of the deal that puts another in)
            if _NEWS_AGENCY.search(name) and (_TELLS_AFTER.match(t, b) or _TOLD_BY_BEFORE.search(t, max(0, a - 80), a)):
                continue  # ("The State News Agency of Turkmenistan (TDH) announced that …", "reported the … national news
                # agency, the Belarusian Telegraph Agency": who tells of the deal, no party of it)
            known = known or _known_core(name, gaz)  # ("ZTE Corp": ZTE, wherever the headline says it won)
            country = _country_before(t, a) or (_named_country(name) or _country_after(t, b) or
                                                _country_said(name, text) if known is None else None)
            adjective = _COUNTRY_ADJECTIVE.match(name) if known is None else None
            if adjective and _is_demonym(adjective["adj"]):  # "the Kenyan Ministry of Education": Kenya's Ministry of Education
                country = _country_of(adjective["adj"]) or country
                a, name = a + adjective.end(), name[adjective.end():]
            if known is None:  # "Orion signed …" after "Orion Satellite Holdings of Hong Kong said …": the firm in full
                name = _in_full_before(name, text, s.start + a, gaz) or name
            query, e = _region_query(_EXIM.sub("Export-Import Bank", name)), None  # "China's EXIM Bank"
            region = _REGION_GOVERNMENT.fullmatch(name)
            if region:  # ("the Zhejiang Provincial Government": the province's, wherever named)
                country = country or _region_country(region["place"])
            if known is None and not _distinctive(name) and not _acronym_follows(name, t[b:]):
                # "Information Technology": no word that tells which body — but "the ICT Authority",
                # "the Foreign Ministry" of a deal with one country besides China is that country's,
                # "China's Export-Import Bank" is the one bank of that name the records know in China, and
                # "Ministry for Development of Information Technologies and Communications" is a name
                home = [k for k in c.countries if k != "CHN"]
                # (and one whose sentence names no country: the one the article names most before it — "Huawei signed an
                # MoU with the Ministry of ICT" in a report on Kenya)
                # ("the Kenyan ministry of information and communications": a ministry written in small letters)
                body = _GOVERNMENT_HEAD.search(name) or _SMALL_MINISTRY_NAME.match(name)
                most = _named_most(text, s.start + a, gaz) if body and not country and not home else None
                if body and (country or len(home) == 1 or most):
                    country = country or (home[0] if home else most)
                else:
                    e = resolver.resolve(query, country=country).entity if country else None
                    if not (e and e.curated):
                        known = _told_in_full(name, text, gaz)  # "the Exim Bank", after "the Exim Bank of China"
                        if known is None and not _BODY_NAME.match(name):
                            continue
                        e = None
            last_end = b
            if known:
                e = resolver.entity(known)
                # (an organisation the name authority alone knows is new to the records: written with the record)
                match_id, new, kind, e_country = e.id, not e.curated, e.kind, e.country
            else:
                home = [k for k in c.countries if k not in _CHINESE]
                where = None
                if e is None and country is None and (re.search(r"\bOrgani[sz]ation\b", name) or
                                                      _GOVERNMENT_HEAD.search(name)):
                    where = home[0] if len(home) == 1 else None if home else _named_most(text, s.start + a, gaz)
                if where:
                    # ("Special Communication Organization" in a deal of Pakistan, or in a report that names Pakistan most
                    # before it: the body the records know there — a government body is matched only in its country;
                    # tried on a copy, so that no miss is kept)
                    trial = resolver.fork().resolve(query, country=where).entity
                    if trial.curated or trial.authority:
                        e = resolver.resolve(query, country=where).entity
                e = e or resolver.resolve(query, country=country).entity
                match_id, new, kind, e_country = e.id, not e.curated, e.kind, e.country or country
            if match_id in seen or any(p.name == name and not (kind in ("ministry", "government", "agency", "regulator") and
                                                                e_country and p.country and p.country != e_country)
                                       for p in c.parties):
                continue  # (but two states' ministries of one name are two: "Kuwaiti Minister of Commerce … and Chinese
                # Minister of Commerce …")
            seen.add(match_id)
            side = chinese_side(e_country, e.parent, resolver)  # ("Huawei Pakistan": a Chinese vendor's unit builds)
            hired = c.kind in ("contract", "project") and side != "CHN"  # (a Chinese vendor: the kind says its role)
            # (a client: a firm not Chinese, or a government — "a contract with the Zhejiang Provincial Government to
            # build …": Alibaba builds)
            vendor_before = (side != "CHN" or kind in ("government", "ministry", "agency", "regulator")) and \
                any(chinese_side(p.country, p.parent, resolver) == "CHN" and p.span.start < s.start + a for p in c.parties)
            owned = c.kind in _OWNER_ROLE and side != "CHN" and (_OWNED_THING.match(t, b) or (
                c.kind == "project" and kind == "government" and re.search(r"\b[Tt]he\s$", t[:a]) and
                _NAMED_AFTER_ITS_STATE.match(t, b)))  # ("the Vanuatu eGovernment Network": the state's)
            built_by = c.kind == "project" and (_BUILT_BY.search(t, max(0, a - 40), a) or (
                kind == "government" and _BUILDS_AFTER.match(t, b) and e_country in _CHINESE))
            # ("has begun marine survey work on behalf of Megacable": whose the work is)
            for_whom = c.kind == "project" and re.search(r"\bon\sbehalf\sof\s(?:the\s)?$", t[max(0, a - 20):a])
            # ("has built unified GSM/UMTS/LTE networks for Telenor", "has rolled out 4G across Ethiopia for Ethio Telecom": who
            # the work is for, as the annotators read it)
            built_for = c.kind == "project" and side != "CHN" and _BUILT_FOR.search(t[max(0, a - 120):a])
            # ("the backbone, which is operated by Lakeland Telecom", "owned by the state": whose the thing built is)
            held_by = _HELD_BY.search(t[max(0, a - 60):a]) if c.kind in ("project", "contract") else None
            # ("a Huawei-based network": the firm's, not "a Nairobi-based firm")
            based = rf"|based(?=\s(?:[\w-]+\s)?(?:{WORKS})\b)" if kind != "government" else ""
            made_by = re.match(rf"-(?i:(?P<paid>{PAID_BY})|{MADE_BY}{based})\b", t[b:])
            stated = (_OWNER_ROLE[c.kind] if owned else None) or ("contractor" if built_by else None) or \
                (("financier" if made_by["paid"] else "contractor") if made_by else None) or \
                ("owner" if for_whom else None) or ("beneficiary" if built_for else None) or \
                (("owner" if held_by["verb"] == "owned" else "operator") if held_by and side != "CHN" else None) or \
                ("owner" if c.kind == "project" and kind == "government" and _LEADER_OPENS.search(t) else None) or \
                (("signatory" if c.kind == "contract" else "owner") if c.kind in ("contract", "project") and side != "CHN" and
                 (handed := HANDED_TO.search(t, max(0, a - 80), a + 1)) and (handed.end() == a or re.fullmatch(
                     # (or to one told by its country: "handed over the national backbone to Uganda's NITA-U")
                     r"(?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*['’]s\s", t[handed.end():a])) else None) or \
                ("signatory" if c.kind == "contract" and _AWARDED_FROM.search(t, max(0, a - 120), a) else None) or \
                ("signatory" if c.kind == "contract" and kind == "bank" and side != "CHN" and re.search(
                    # ("Huawei has won a contract with United Bank for Africa to upgrade its data centre": a bank that buys)
                    r"\b(?:contracts?|deals?|orders?|tenders?)\s(?:with|from)\s(?:the\s)?$", t[max(0, a - 40):a]) else None) or \
                ("signatory" if c.kind == "contract" and _HIRES.match(t, b) else None) or \
                _stated_role(t, b, a, vendor_before) or _funded_by(t, a) or \
                (_hired_role(t, a, b, whole) if hired else None) or \
                (_listed_vendor(t, a, b, whole) if hired and not vendor_before else None) or \
                ("beneficiary" if c.kind in ("loan", "pledge") and _lent_to(t, a) else None) or \
                (_bought_role(t, a, b) if c.kind == "acquisition" or (
                c.kind == "proposal" and re.search(r"\b(?:acquir|buy|bought|purchas|takeover|take over)", t, re.I)) else None)
            role = stated or _role(c, kind, side, whole)
            if kind == "bank" and role in ("supplier", "contractor"):
                role = "financier"  # ("China's Exim Bank will supply the loan": a bank supplies money)
            c.parties.append(Party(name, role, kind, e_country, match_id, new, Span(s.start + a, s.start + b, name),
                                   e.parent, bool(stated)))
            c.note("parties", s.start + a, s.start + b, text)
            if e_country and e_country not in c.countries and kind != "international_org":
                c.countries.append(e_country)  # (ASEAN's seat, Jakarta, makes no deal of it Indonesia's)
    # "Southern Caribbean Fiber (SCF) … SCF won the contract", "the African Union … Huawei and the AU": initials of a
    # party the deal names in full, new to the records, are that party, defined in brackets or not (its role the one
    # the text states, if either's is)
    for short in [p for p in c.parties if p.new and re.fullmatch(r"[A-Z]{2,6}", p.name)]:
        full = next((q for q in c.parties if q is not short and _acronym_follows(q.name, f" ({short.name})")), None)
        if full is not None:
            if short.stated and not full.stated:
                full.role, full.stated = short.role, True
            c.parties.remove(short)
    _chinese_operator_signs(c, text)
    _vendors_listed(c)


# "signed a $500 million contract … with four leading vendors, Alcatel-Lucent Pakistan Ltd, Ericsson Pakistan Pvt Ltd, …":
# the names after the vendors' word supply; the one that signed with them buys
_VENDORS_LISTED = re.compile(rf"\b(?:{SIGNED}|awarded)\b[^.;]{{0,120}}?\bwith\s(?:(?:the|its|\w+|leading|major|key|main|"
                             r"global|international|several)\s){0,3}?(?:vendors|suppliers|contractors|equipment\smakers)"
                             r"(?:\s?[,:]|\sincluding)\s")


def _vendors_listed(c: Candidate) -> None:
    """A contract signed with vendors named in a list: each of them a supplier, the party named before the list's
    verb its buyer (a Chinese operator too: "China Mobile Pakistan has signed … with four leading vendors, …")."""
    if c.kind != "contract":
        return
    s = c.sentences[0]
    m = _VENDORS_LISTED.search(s.text)
    if m is None:
        return
    for p in c.parties:
        if s.start + m.end() <= p.span.start < s.end:
            p.role, p.stated = "supplier", True
        elif s.start <= p.span.start < s.start + m.start():
            p.role, p.stated = "signatory", True


# a thing built, laid, rolled out for someone: "… built unified GSM/UMTS/LTE networks for Telenor" (not "China to build
# satellite for Belarus", "will build …": a client to come, who signs the contract told with it)
_BUILT_FOR = re.compile(rf"(?<!\bto\s)(?<!\bwill\s)\b(?:{BUILT}|implement(?:s|ed|ing)?|deploying|building|laying|installing|"
                        rf"rolling\sout)\b[^.;]{{0,80}}"
                        r"\sfor\s(?:the\s)?$", re.I)


def _chinese_operator_signs(c: Candidate, text: str) -> None:
    """"ZTE has signed two contracts with China Telecom", "China Mobile signed a contract with Huawei": a state-owned
    Chinese firm and a private Chinese vendor that sign a contract with each other, whichever is named first — the
    state-owned operator is the client, the vendor builds."""
    if c.kind != "contract":
        return
    for client in [p for p in c.parties if p.country == "CHN" and p.kind == "state_owned_enterprise"
                   and p.role in ("contractor", "supplier")]:
        for vendor in [q for q in c.parties if q.country == "CHN" and q.kind == "private_company"]:
            first, second = sorted((client, vendor), key=lambda p: p.span.start)
            # (in one clause, the verb maybe after others: "ZTE has published a report saying the company has signed …")
            between = text[first.span.end:second.span.start]
            if len(between) <= 160 and re.search(rf"^[^.;!?]*\b(?:{SIGNED})\b[^.;]{{0,80}}\bwith\s(?:the\s)?$", between, re.I):
                client.role, client.stated = "signatory", True


def chinese_side(country: str | None, parent: str | None, resolver) -> str | None:
    """The country whose side a party takes in a deal: its own, or China for a Chinese firm's unit abroad ("Huawei
    Pakistan", "ZTE Kenya" build and supply as their group does)."""
    if country != "CHN" and parent and resolver.entity(parent).country == "CHN":
        return "CHN"
    return country


def lends_through_its_bank(c: Candidate, text: str) -> None:
    """"a $71 million loan from China … the loan from the Exim Bank of China", "China funds Huawei's Solomon Islands
    deal … The contract … will be funded by the Export-Import Bank of China": the country lends or funds through its
    bank, which is the party (run once a deal's sentences are merged)."""
    headline_end = text.find("\n")
    for country in [p for p in c.parties if p.role == "financier" and p.kind == "government" and _country_of(p.name) == p.country
                    and (c.kind in ("loan", "pledge") and re.search(r"\bfrom\s(?:the\s)?$", text[:p.span.start]) or
                         # ("China loans Nigeria $328 million …" over the body's "China's Exim bank will lend Nigeria …")
                         c.kind in ("loan", "pledge") and 0 <= p.span.start < headline_end or
                         re.match(r"\s(?:also\s)?(?:funds|funded|finances|financed)\b|-(?:funded|financed|backed|aided|sponsored)\b",
                                  text[p.span.end:]))]:
        if any(q.kind == "bank" and q.country == country.country and q.role == "financier" for q in c.parties):
            c.parties.remove(country)


def borrowing_bank(c: Candidate, text: str) -> None:
    """"Standard Lesotho Bank signed a $60 million loan agreement with China Development Bank": a bank that signs or
    secures a loan with or from a Chinese lender borrows it — its kind had made it a second lender (run once a deal's
    roles are read)."""
    if c.kind not in ("loan", "pledge"):
        return
    lenders = [q for q in c.parties if q.role == "financier" and q.country == "CHN"]
    for p in [q for q in c.parties if q.role == "financier" and q.kind == "bank" and q.country != "CHN"]:
        if any(q.span.start > p.span.end and _BORROWS_FROM.fullmatch(text, p.span.end, q.span.start) for q in lenders):
            p.role = "beneficiary"


# the words between a borrower and its lender: "… signed a $60 million loan agreement with …", "… secured a credit line
# from …"
_BORROWS_FROM = re.compile(r"\s(?:has\s|have\s|had\s)?(?:signed|inked|sealed|secured|obtained|received|got|concluded)\s"
                           r"[^.;]{0,80}?\b(?:loans?|credits?|credit\slines?|facilit(?:y|ies)|financing)\b[^.;]{0,40}?\s(?:with|from)\s"
                           r"(?:the\s)?")


def borrower_implied(c: Candidate, text: str, gaz, resolver) -> None:
    """"In Vanuatu, … the signing of a loan agreement with the Export-Import Bank of China", "a 20-year $65 million
    loan from Exim Bank of China" in an article about the Solomon Islands: a loan told with China's state or one of
    its policy banks alone as lender goes to the one other country its sentences name — else the one the article
    names most before it (run once a deal's roles are read). A loan that names any party not Chinese already has
    its borrower."""
    lenders = [p for p in c.parties if p.role == "financier"]
    if c.kind != "loan" or c.aggregate or not c.sentences or not lenders or \
            any(p.country not in _CHINESE or p.role in ("signatory", "beneficiary") for p in c.parties) or \
            not all(p.kind in ("government", "agency") or _EXIM.search(p.name) or _POLICY_BANK.search(p.name)
                    for p in lenders):
        return  # (a commercial bank — "Bank of China" — lends to firms as often as to states)
    end = c.sentences[0].end
    own = [k for k in c.countries if k not in _CHINESE]
    most = _named_most(text, end, gaz)
    code = own[0] if len(own) == 1 else (most if most and (not own or most in own) else None)
    if code is None:
        return
    from ..sources.values import country_name

    said = [m for m in _mentions(text, gaz) if m.kind in ("country", "capital") and m.value == code]
    if not said:
        return
    before = [x for x in said if x.end <= end]
    m = before[-1] if before else said[0]  # (the last mention before the deal's sentence ends, else the first)
    span = Span(m.start, m.end, m.text)
    name = country_name(code) if m.kind == "capital" or _is_demonym(m.text) else m.text
    e = resolver.government(code)
    c.parties.append(Party(name, "beneficiary", e.kind, code, e.id, not e.curated, span, e.parent, False))
    c.evidence.setdefault("parties", []).append(span)
    if code not in c.countries:
        c.countries.append(code)


_CHINESE = ("CHN", "HKG", "MAC")
_POLICY_BANK = re.compile(r"\bEx-Im\b|Export-Import|Import and Export|Development Bank")  # (and _EXIM's short forms)


_TWO_COUNTRIES = re.compile(rf"\b(?:[Tt]he\s(?:two|both)|[Bb]oth)\s(?:countries|nations|governments)(?=\s(?:have\s|has\s|had\s|also\s|"
                            rf"formally\s|officially\s)*(?:{SIGNED})\b(?!\sto\b))|"
                            r"(?:(?<=\bbetween\s)|(?<=\bsigned\sby\s))the\stwo\s(?:countries|nations|governments)\b")
# "the two countries signed", "an agreement between the two governments", "… that was signed by the two governments":
# who signed


# ("US$104 million", "Hong Kong dollars", "9.9 billion Japanese yen": money, no country of the deal)
CURRENCY_AFTER = re.compile(r"\$|\s?(?:dollars?|cents?|yen|won|pounds?|francs?|rupees?|shillings?|kwacha|rubles?|roubles?|"
                            r"dinars?|riyals?|rials?|lira|dong|pesos|soles|rand|naira|cedis?)\b", re.I)


def _the_two_countries(text: str, end: int, gaz) -> list[str]:
    """China and the other country the article names most before ``end`` ("Brazil", "Brazilian",
    "Brasilia"), when one stands out; none otherwise."""
    other = _named_most(text, end, gaz, with_china=True)
    return ["CHN", other] if other else []


def _named_most(text: str, end: int, gaz, with_china: bool = False) -> str | None:
    """The country other than China the article names most before ``end``, when one stands out (and, with
    ``with_china``, only if it names China too)."""
    counts: dict[str, int] = {}
    for m in _mentions(text, gaz):  # (the article's mentions, found once)
        if m.kind in ("country", "capital") and m.end <= end and not CURRENCY_AFTER.match(text, m.end):
            counts[m.value] = counts.get(m.value, 0) + 1
        elif m.kind == "organisation" and m.end <= end and re.match(r"China\s|Chinese\s", m.text):
            counts["CHN"] = counts.get("CHN", 0) + 1  # ("China Eximbank and the Government of Mongolia": both named)
        elif m.kind == "organisation" and m.end <= end and (state := re.match(r"Government\sof\s(?:the\s)?(.+)$", m.text)) \
                and (code := _country_of(state[1])):
            counts[code] = counts.get(code, 0) + 1
    others = sorted(((n, k) for k, n in counts.items() if k != "CHN"), reverse=True)
    if not others or (len(others) > 1 and others[0][0] == others[1][0]) or (with_china and "CHN" not in counts):
        return None
    return others[0][1]


def _two_countries_named(t: str, mentions, resolver, loose: bool = False) -> list[tuple[int, int, str, str | None]]:
    """"Officials from Laos and China met …", "Laos and China held talks …": the two countries a sentence names
    together — who "the two sides" that sign in the next sentence are."""
    countries = [x for x in mentions if x.kind == "country" and not _is_demonym(x.text)]
    for x, y in zip(countries, countries[1:]):
        if re.fullmatch(r"\s(?:and|&)\s(?:the\s)?", t[x.end:y.start]) and "CHN" in (x.value, y.value) and x.value != y.value \
                and not re.match(r"['’]s\b", t[y.end:]):
            return [(z.start, z.end, z.text, resolver.government(z.value).id) for z in (x, y)]
    # (or, for "the two parties" or "both sides", the only two a sentence names, one of them China: "Tanzania will benefit
    # from China's support in ICT. The two parties signed an agreement on 5G.")
    states = {x.value: x for x in mentions if x.kind == "country" and not _is_demonym(x.text)}
    if loose and len(states) == 2 and "CHN" in states and not any(x.kind == "organisation" for x in mentions):
        return [(z.start, z.end, z.text, resolver.government(z.value).id) for z in sorted(states.values(), key=lambda z: z.start)]
    return []


_CORPORATE_SUFFIX = re.compile(r"(?:,?\s(?:Corp\.?|Corporation|Co\.?|Ltd\.?|Limited|Inc\.?|Group|Holdings|PLC|plc))+$")


def _states_led(t: str) -> list[tuple[str | None, re.Match]]:
    """The leaders and ministers a sentence names by their state ("President of Azerbaijan …", "Iraq's Minister of …",
    "Vietnamese President …"), each with his state's code (None when no country is read)."""
    return [(_country_of(m["of"] or m["adj"]), m) for m in _LEADER_OF.finditer(t)]


def _leaders_state(t: str, span: tuple, resolver) -> list[tuple[int, int, str, str | None]]:
    """"Iraq's Minister of Communications met representatives of Huawei … The two sides signed …": the state whose leader
    or minister met the one organisation the sentence names."""
    for code, m in _states_led(t):
        if code and code not in _CHINESE and not (m.start() <= span[0] < m.end()):
            e = resolver.government(code)
            return [(m.start(), m.end(), e.name, e.id)]
    return []


def _two_leaders(t: str, resolver) -> list[tuple[int, int, str, str | None]]:
    """"Chinese President Xi Jinping held talks with Ghanaian President John Mahama …": two states' leaders, their
    governments — who "the two sides" that sign in the next sentence are."""
    found = {}
    for code, m in _states_led(t):
        if code and code not in found:
            found[code] = (m.start(), m.end())
    if len(found) != 2 or "CHN" not in found:
        return []
    return [(a, b, resolver.government(code).name, resolver.government(code).id) for code, (a, b) in found.items()]


def _known_core(name: str, gaz) -> str | None:
    """The organisation the records know by a name without its corporate suffix ("ZTE Corp" → ZTE, "Alibaba Group" →
    Alibaba), when the name alone is not known."""
    core = _CORPORATE_SUFFIX.sub("", name)
    if core == name or not core:
        return None
    hit = [x for x in gaz.find(core) if x.kind == "organisation" and x.start == 0 and x.end == len(core)]
    return hit[0].value if hit else None


def _country_beside(t: str, mentions, span: tuple, resolver) -> list[tuple[int, int, str, str | None]]:
    """"Kenya and Huawei held talks in Beijing": the country named beside a sentence's one organisation, joined by
    "and" — with it, who "the two sides" that sign in the next sentence are."""
    for x in mentions:
        if x.kind != "country" or _is_demonym(x.text) or re.match(r"['’]s\b", t[x.end:]):
            continue
        if re.fullmatch(r"\s(?:and|&)\s(?:the\s)?", t[x.end:span[0]]) or re.fullmatch(r"\s(?:and|&)\s", t[span[1]:x.start]):
            return [(x.start, x.end, x.text, resolver.government(x.value).id)]
    return []


def _told_in_full(name: str, text: str, gaz) -> str | None:
    """The organisation a short name stands for when the article gives it in full, and only one such:
    "the Exim Bank" after "the Exim Bank of China". None when no name or several names hold it."""
    words = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I)
    ids = {m.value for m in _mentions(text, gaz) if m.kind == "organisation" and len(m.text) > len(name)
           and words.search(m.text)}
    return next(iter(ids)) if len(ids) == 1 else None


def _in_full_before(name: str, text: str, at: int, gaz) -> str | None:
    """The one longer name of an organisation the article gave before ``at`` that a short name new to the records
    begins ("Orion" after "Orion Satellite Holdings of Hong Kong"); None when none or several do."""
    if len(name.split()) > 2:
        return None
    fuller = {_without_place(n) for start, n in _names_of_article(text, gaz) if start < at and n.startswith(f"{name} ")
              and not re.match(r"\s(?:of|for|and|&)\s", n[len(name):])}
    return next(iter(fuller)) if len(fuller) == 1 else None


def _without_place(name: str) -> str:
    """"APT Satellite Holdings of Hong Kong": the firm's name, without where it is (not "Ministry of Finance")."""
    m = re.fullmatch(r"(.+?)\s(?:of|in)\s(?:the\s)?(.+)", name)
    return m[1] if m and _is_place(m[2]) and not _GOVERNMENT_HEAD.search(m[1]) else name


@lru_cache(maxsize=8)
def _names_of_article(text: str, gaz) -> tuple[tuple[int, str], ...]:
    return tuple(_without_the(_org_names(text, list(_mentions(text, gaz)))))


_HEAD_OF = re.compile(r"(?:['’]s)?\s(?:co-)?(?:founder|chairman|chairwoman|chief\sexecutive(?:\sofficer)?|CEO|president|"
                      r"managing\sdirector|general\smanager|head)\s(?:[A-Z][\w'’-]+\s)?(?P<surname>[A-Z][\w'’-]+)\b")


@lru_cache(maxsize=8)
def _heads_of(text: str, gaz) -> dict[str, tuple[str, str]]:
    """The people the article names as a known organisation's head ("Alibaba founder Jack Ma", "Huawei's chairman
    Liang Hua"), by surname: the organisation (name, id) each stands for. A surname two organisations' heads share
    stands for neither."""
    out: dict[str, tuple[str, str]] = {}
    for x in _mentions(text, gaz):
        m = _HEAD_OF.match(text, x.end) if x.kind == "organisation" else None
        if m:
            out[m["surname"]] = (x.text, x.value) if out.get(m["surname"], (x.text, x.value))[1] == x.value else ("", "")
    return {k: v for k, v in out.items() if v[1]}


@lru_cache(maxsize=8)
def _mentions(text: str, gaz) -> tuple[Mention, ...]:
    return tuple(gaz.find(text))


@lru_cache(maxsize=64)
def _persons(text: str) -> frozenset[str]:
    """People the article names after an office or a title ("Russian President Vladimir Putin",
    "Minister for Public Enterprises and State Investment William Duma"): the last two capitalised
    words of the run of names after the title."""
    titles = "|".join(sorted(_TITLES, key=len, reverse=True))
    out = set()
    for m in re.finditer(rf"\b(?:{titles})\.?(?=((?:\s(?:of|for|to|and|the|&)|\s[A-Z][\w'’.-]*){{1,10}}))", text):
        words = m[1].split()
        end = next((i for i, w in enumerate(words) if w.endswith(".") and len(w) > 2), None)
        words = words[:end + 1] if end is not None else words  # the run ends with its sentence
        end = next((i for i, w in enumerate(words) if i and w in _TITLES), None)
        words = words[:end] if end is not None else words  # "… Vladimir Putin and Chinese President Xi Jinping"
        while words and (words[-1] in ("and", "of", "for", "to", "the", "&") or _is_demonym(words[-1]) or
                         _is_place(words[-1])):
            words = words[:-1]  # ("Ambassador to Benin Diao Mingsheng and Benin Minister …": not "and Benin")
        if len(words) >= 2 and all(w[0].isupper() for w in words[-2:]):
            name = " ".join(words[-2:]).rstrip(".")
            if not re.search(rf"\b(?:{ORG_HEADS})\b", name) and not _is_place(name):
                out.add(name)
    # "the Minister for Mining and Energy, Aleksandar Antic", "the Chinese ambassador to Angola, Gong Tao": the
    # person after the office and a comma;
    # "Mr Antic": a surname after a courtesy title
    for m in re.finditer(rf"\b(?i:{titles})\b(?:\s(?:of|for|to|and|the|&)|\s[A-Z][\w'’-]*){{0,8}},\s"
                         r"([A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*){1,2})(?=[\s.,;:]|$)", text):
        if not re.search(rf"\b(?:{ORG_HEADS})\b", m[1]) and not _is_place(m[1]):
            out.add(m[1])
    out.update(re.findall(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s([A-Z][a-z][\w'’-]+)\b(?!\s[A-Z])", text))
    # "According to Mahmoud Vaezi, the two countries have formed …": a person quoted by name, with no office told
    for m in re.finditer(r"\b[Aa]ccording\sto\s([A-Z][a-z][\w'’-]*\s[A-Z][a-z][\w'’-]*),\s", text):
        if not re.search(rf"\b(?:{ORG_HEADS})\b", m[1]) and not any(_is_place(w) or _is_demonym(w) for w in m[1].split()):
            out.add(m[1])
    # "Saudi King Salman", "Emir Tamim": a sovereign named by one name after the title
    out.update(re.findall(rf"\b(?:{'|'.join(sorted(_ROYAL))})\s([A-Z][a-z][\w'’-]+)\b(?!\s[A-Z])", text))
    # "Adel Hamed, CEO of TE", "U Khin Maung Tun, MPT's General Manager": a person before an office
    for m in re.finditer(r"\b([A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*){1,3}),\s(?:the\s|its\s|a\s)?"
                         r"(?:(?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*['’]s\s)?(?:[A-Z]\w*\s)?"  # ("…, China Unicom's Chairman")
                         r"(?:(?:top|chief|senior|former|then)\s)?"  # ("Wu Banguo, China's top legislator")
                         r"(?i:CEO|chief executive|chairman|chairwoman|chairperson|president|vice[- ]president|director|"
                         r"legislator|lawmaker|leader|premier|prime minister|vice[- ]premier|envoy|senator|"
                         r"head|minister|founder|managing director|general manager|secretary|spokes(?:man|woman|person)|"
                         r"(?-i:S?VP|EVP|CTO|CFO|COO)|chief\s\w+\sofficer|ambassador|governor|mayor|deputy|adviser|advisor|"
                         r"country manager)\b"
                         r"(?!\s[A-Z][a-z][\w'’-]*\s[A-Z])",  # (not "Orion Data Centres, CEO Jane Doe said": hers)
                         text):
        if not re.search(rf"\b(?:{ORG_HEADS})\b", m[1]) and not _is_place(m[1]):
            out.add(m[1])
    return frozenset(out)


def a_persons_surname(name: str, text: str, first: str | None = None) -> bool:
    """Whether a name (a country's, most often) is the surname of a person the article names ("Finance Minister Winston
    Jordan"): there it stands for the person — with ``first``, only after that first name ("Winston Jordan said"), as a
    country's name in a sentence is read (a person the article's patterns make of a firm's name, "StarTimes Nigeria",
    must not take the country away)."""
    people = _persons(text)
    return f"{first} {name}" in people if first else any(person.endswith(f" {name}") for person in people)


# the title of an agreement, in quotes after its noun: words of the title, not parties
# "The Group has won …", "the Ministry": a head word alone names no one (who it is, the article said before)
_GENERIC_HEAD = re.compile(r"Group|Company|Firm|Corporation|Consortium|Bank|Ministry|Authority|Operator|"
                           r"Television|Radio|Film|Broadcasting|Telecommunications|Networks?")  # (a word alone: no name)
_QUOTED_COMPANY = re.compile(r"\b(?:LLC|JSC|OJSC|CJSC|PJSC|LLP|OOO|OAO|ZAO|SUE|Unitary\sEnterprise)\s[“\"«](?P<name>[^”\"»]{2,60})[”\"»]")
# the point of a number with decimals ("US$37.6 million"), which the patterns that read a clause up to its full stop take
# for one
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
# a news agency named after a dateline's date, before the dash: "GEORGETOWN, Guyana, Aug 27, CMC – …"
_WIRE_AFTER_DATELINE = re.compile(rf"^(\s*[A-Z][A-Z .'’-]+,\s(?:[A-Z][\w .'’-]+,\s)?(?:{_MONTH_RE})\.?\s\d{{1,2}},?\s(?:\d{{4}},?\s)?)"
                                  r"([A-Z]{2,8}\s?[–—-]{1,2})")
# who took a photograph, or whose page it is from, told at a caption's end: no side of the deal
_CREDIT = re.compile(r"(?:\s[–—-]|\s\(|\s\||^)\s*(?:Picture|Photo|Image|Photograph)s?(?:\s(?:credit|courtesy|by|source))?\s?:?\s"
                     r"[^.;()]*\)?\.?\s*$", re.I)
_TITLE = re.compile(r"(\b(?:Agreement|Memorandum(?: of Understanding)?|MoU|Declaration|Protocol|Treaty|Accord|Contract)\s)"
                    r"([“\"][^”\"]{3,200}[”\"])")


# "one of the big three state-run telcos that include China Unicom and China Mobile": the group a party belongs to,
# by its other members
_ONE_OF_THOSE = re.compile(r"\bone\sof\s(?:the\s)?[^.;,]{0,60}?\s(?:that|which)\s(?:include|includes|included)\s"
                           r"(?P<names>[^.;,]{1,120})")


# money lent "to the country": the one the article was just speaking of
_LENT_TO_THE_COUNTRY = re.compile(r"\b(?:lend|lends|lent|lending|loan|loans|loaned|grant|grants|granted|extend|extends|extended)\b"
                                  r"[^.;]{0,60}?\bto\s(?P<np>the\s(?:country|nation|island\snation|Pacific\snation|kingdom))\b")


def _names_in(c: Candidate, s: Sentence, text: str, gaz, resolver) -> list[tuple[int, int, str, str | None]]:
    """The names of organisations one sentence gives, as (start, end, name, id when known): names the
    gazetteer knows, countries that sign, "the government" of a one-country deal, names with a head word
    ("… Authority"), "the ministry" the article named before, and names where a party stands."""
    t = _TITLE.sub(lambda m: m[1] + " " * len(m[2]), s.text)  # 'The Agreement "On Cooperation in the Field of …"'
    t = _CREDIT.sub(lambda m: " " * len(m.group()), t)  # ("… in Zambia – Picture credit HH presidential Facebook page")
    # ("GEORGETOWN, Guyana, Aug 27, CMC – Public Telecommunications Minister …": the wire that tells, after the dateline)
    t = _WIRE_AFTER_DATELINE.sub(lambda m: m[1] + " " * len(m[2]), t)
    t = _DECIMAL_POINT.sub("·", t)  # ("signed a US$37.6 million loan agreement with China": one clause, the point no stop)
    spans: list[tuple[int, int, str, str | None]] = []
    mentions = gaz.find(t)
    if _shouted(t):  # ("WE HAVE SIGNED AN MOU FOR …": a word in a line of capitals, not Telecom Egypt's brand "WE")
        mentions = [x for x in mentions if not (x.kind == "organisation" and x.text.lower() in _COMMON_WORDS)]
    defined = _acronyms(text)
    headline = _title_case(t)  # ("ZTE Selected to Build …": its verbs in capitals too)
    named = _org_names(t, mentions)
    spelled = _spelled_out(text)
    for short, name in _short_names(text).items():
        # (only for a name of another country than the body the records know by the short word's: "Cameroon Telecom
        # (CamTel)" is the records' CamTel)
        known = next((x.value for x in gaz.find(short) if x.kind == "organisation" and x.text == short), None)
        where = _named_country(name)
        if short not in defined and known and where and resolver.entity(known).country not in (None, where):
            defined, spelled = {**defined, short: name}, {**spelled, short: name}
    others = [m.span("names") for m in _ONE_OF_THOSE.finditer(t)]
    for mention in mentions:
        if mention.kind == "organisation" and any(a <= mention.start < b for a, b in others):
            continue  # "one of the big three state-run telcos that include China Unicom and China Mobile": the others
        if mention.kind == "organisation" and mention.text.startswith("Bank") and \
                (longer := re.search(r"\b(?:Industrial\sand\sCommercial|Agricultural|Construction|Development|Postal\sSavings|"
                                     r"Merchants|Everbright|Minsheng)\s$", t[:mention.start])) and \
                not re.search(r"\b(?:Export|Import)\s(?:and\s)?$", t[:mention.start]):
            # ("the Industrial and Commercial Bank of China": that bank, not the Bank of China its name ends with)
            name = t[longer.start():mention.end]
            spans.append((longer.start(), mention.end, name, resolver.resolve(name).entity.id))
            continue
        if mention.kind == "organisation" and re.search(r"\bExport\s(?:and\s)?Import\s$", t[:mention.start]):
            # ("The Export and Import Bank of China": the export-import bank, not the Bank of China its name ends with)
            at = t.rfind("Export", 0, mention.start)
            e = resolver.resolve(_EXIM.sub("Export-Import Bank", t[at:mention.end])).entity
            spans.append((at, mention.end, t[at:mention.end], e.id))
            continue
        firm = _FIRM_AFTER_PLACE.match(t, mention.end) if mention.kind == "organisation" else None
        if firm and resolver.entity(mention.value).kind == "government" and mention.text.istitle() and \
                " " not in mention.text:
            # "a contract with Chengdu Linhai Electronics", "Shanghai Electric Telecom": a firm named after its city, not the
            # city's government the city's name alone stands for
            name = t[mention.start:firm.end()]
            e = resolver.resolve(name, country=resolver.entity(mention.value).country).entity
            spans.append((mention.start, firm.end(), name, e.id))
            continue
        if mention.kind == "organisation" and mention.text in spelled and \
                not _one_of_its_names(spelled[mention.text], resolver.entity(mention.value)):
            # "Baghdad Operations Command (BOC)": the article's BOC, not the Bank of China; and a longer name that holds it is
            # a name of its own ("PT Telkom International" where "Telkom" is Telkom Indonesia)
            at, full = next(((at, n) for at, n in _without_the(named) if at <= mention.start and at + len(n) >= mention.end and
                             len(n) > len(mention.text) and n != spelled[mention.text]), (None, None))
            where = _country_right_after(mention, mentions, t)
            if full:
                spans.append((at, at + len(full), full, resolver.resolve(full).entity.id))
            elif where:  # ("Telkom USA": the unit in that country of the article's Telkom)
                unit = resolver.resolve(t[mention.start:where.end], country=where.value).entity
                if not (unit.curated or unit.authority) and unit.parent in (None, mention.value):
                    unit.parent = resolver.resolve(spelled[mention.text]).entity.id
                spans.append((mention.start, where.end, t[mention.start:where.end], unit.id))
            continue
        if mention.kind == "organisation" and re.search(r"\b(?:the|its|their|a|an)\s$", t[:mention.start], re.I) and \
                re.match(r"\s(?:project|programme|program|initiative|scheme)\b", t[mention.end:]):
            continue  # "the Smart Zambia project", "its Smart Zambia programme": a project named after a body, not the body
        if mention.kind == "organisation" and re.search(r"\bcables?$", mention.text, re.I) and \
                re.match(r"\s(?:landing|station|system|route|project|link|segment)\b", t[mention.end:]):
            continue  # "the PEACE cable landing station": the cable, not the company named after it
        if mention.kind == "organisation" and re.match(r",?\s(?:which\swas\s|that\swas\s)?(?:built|laid|constructed|installed|"
                                                        r"deployed|manufactured)\sby\b", t[mention.end:]):
            continue  # "PEACE Cable, built by HMN Technologies, …": a cable the records know by its company's name
        if mention.kind == "organisation" and mention.text not in defined:  # the article says what "MTS" is here
            # "Huawei Digital Power", "People's Bank of China": a longer name holding a known one is an organisation
            # of its own (not "China Telecom Global Executive Vice President …": a person's office)
            at, full = next(((at, n) for at, n in _without_the(named) if at <= mention.start and at + len(n) >= mention.end and
                             len(n) > len(mention.text) and
                             (_own_name(t[at:mention.start]) or _two_countries_name(t[at:mention.start], mention.text)) and
                             (at < mention.start or (n[len(mention.text)] == " " and
                                                     not re.match(r"\s(?:for|of)\s", n[len(mention.text):]))) and
                             not any(w in _TITLES for w in n.split())), (None, None))
            # "Telkom Indonesia" (not Telkom Kenya, "Telkom"): a known name and a country after it that the
            # records know as one name is that firm
            where = _country_right_after(mention, mentions, t)
            whole = resolver.resolve(t[mention.start:where.end], country=where.value).entity if where else None
            longer = _NAME_GOES_ON.match(t, mention.end) if not full and where is None else None
            if longer and (longer[1] in _NOT_NAMES or longer[1] in _TITLES or _is_place(longer[1]) or
                           longer[1] in _DEAL_WORDS or (headline and longer[1] in HEADLINE_VERBS) or
                           re.fullmatch(rf"{_LEGAL_WORDS}|Group|Holdings?|Limited|Corporation|Company|Headquarters|Office|Offices|"
                                        rf"Campus|Building|Branch|Board|Shares|Stock|Exchange|Executives?|Consortium|Alliance|{ORG_HEADS}", longer[1]) or
                           resolver.resolve(t[mention.start:longer.end(1)]).entity.id == mention.value):
                longer = None
            # (and "Huawei Technologies Zambia Co. Ltd", the country without brackets)
            unit = re.fullmatch(rf"\s\(?([A-Z][\w ]+?)\)?(?:\s(?:{_LEGAL_WORDS})\.?,?)*", full[mention.end - at:]) if full else None
            if unit and _country_of(unit[1]) and resolver.entity(mention.value).country in _CHINESE:
                # "Huawei Technologies (Cambodia) Co Ltd": a Chinese firm's unit in a country, the firm the records know (as
                # "Huawei Kenya" is)
                spans.append((at, at + len(full), full, mention.value))
            elif full and at == mention.start and _FACILITY_TAIL.fullmatch(full[len(mention.text):]):
                # ("The Huawei ICT Academy at Kenyatta University", "Huawei's OpenLab": the firm's own scheme or place, the
                # firm the party)
                spans.append((mention.start, mention.end, mention.text, mention.value))
            elif full:
                spans.append((at, at + len(full), full, None))
            elif longer:  # "with Vodafone Idea and Bharti Airtel": a firm of its own whose name begins with a known one
                spans.append((mention.start, longer.end(1), t[mention.start:longer.end(1)], None))
            elif whole is not None and (whole.curated or whole.authority) and whole.id != mention.value:
                spans.append((mention.start, where.end, t[mention.start:where.end], whole.id))
            elif whole is not None and whole.id != mention.value and \
                    resolver.entity(mention.value).country not in (None, "CHN", where.value):
                # "Telenor Hungary", "Vodafone Egypt": a foreign group's unit in that country, a firm of its own
                # (a Chinese firm's — "Huawei Kenya signed" — is the firm the records know)
                whole.parent = whole.parent or mention.value
                if whole.kind == "company":  # (a unit is owned as its group is)
                    whole.kind = resolver.entity(mention.value).kind
                spans.append((mention.start, where.end, t[mention.start:where.end], whole.id))
            elif (said := _country_before(t, mention.start)) and said not in _CHINESE and \
                    resolver.entity(mention.value).country not in (None, said, *_CHINESE):
                # ("with Indonesia's state-owned Telkom": the firm of the country the text says, not Kenya's of that name)
                spans.append((mention.start, mention.end, mention.text, resolver.resolve(mention.text, country=said).entity.id))
            elif _countryless_ministry(mention.text) and resolver.entity(mention.value).country not in (None, *c.countries):
                # "the Interior Ministry" is Pakistan's only in a deal of Pakistan: every country has one
                spans.append((mention.start, mention.end, mention.text, None))
            else:
                spans.append((mention.start, mention.end, mention.text, mention.value))
    for m in _MADE_BY_FIRM.finditer(t):  # "the Huawei-built national data centre": the firm that built it
        # (the name is the run's end: "The Huawei-built data centre" at a sentence's start is Huawei's; "the
        # China-funded backbone", "a Chinese-built satellite" China's)
        found = [x for x in gaz.find(m[1]) if x.end == len(m[1]) and x.kind in ("organisation", "country")]
        known = found[-1] if found and re.fullmatch(r"(?:(?:The|A|An|Its|Their|This|New)\s)*", m[1][:found[-1].start]) else None
        if known is None or any(a <= m.start(1) + known.start < b for a, b, _, _ in spans):
            continue
        at = m.start(1) + known.start
        if known.kind == "organisation":
            spans.append((at, m.end(1), known.text, known.value))
        elif known.value in _CHINESE and not _is_demonym(known.text) and re.match(rf"-(?i:{PAID_BY})\b", t[m.end(1):]):
            # (China's money, as the deal is of the Digital Silk Road: not "the US-backed rival cable"; and not "a
            # Chinese-built satellite", which does not say who built it)
            e = resolver.government(known.value)
            spans.append((at, m.end(1), known.text, e.id))
    for mention in _country_parties(c, s, mentions):
        if a_persons_surname(mention.text, text):
            continue  # "Jordan and the Chinese Ambassador signed …" after "Finance Minister Winston Jordan": the minister
        body = re.match(r"\s(?:authorities|officials|government|side|state)\b", t[mention.end:]) \
            if mention.text[:1].isupper() and _is_demonym(mention.text) else None  # "talks with Egyptian authorities"
        end = mention.end + (body.end() if body else 0)
        e = resolver.government(mention.value)
        # ("Huawei bags Guinean backbone contract": the state a people's word names, by the records' name for it)
        spans.append((mention.start, end, t[mention.start:end] if body or not _is_demonym(mention.text) else e.name, e.id))
    countries = [x for x in mentions if x.kind == "country"]
    for x, y in zip(countries, countries[1:]):  # "the Ugandan and Chinese governments", "the Ethiopian and the Chinese …": both
        if re.fullmatch(r"\s(?:and|&)\s(?:the\s)?", t[x.end:y.start]) and re.match(r"\s[Gg]overnments\b", t[y.end:]):
            spans = [z for z in spans if z[0] not in (x.start, y.start)]  # (each named as a government, not "Russian")
            spans.append((x.start, x.end, t[x.start:x.end] + " government", resolver.government(x.value).id))
            spans.append((y.start, y.end + len(" governments"), t[y.start:y.end] + " government", resolver.government(y.value).id))
        elif re.fullmatch(r"\s(?:and|&)\s(?:the\s)?(?:People['’]s\sRepublic\sof\s)?", t[x.end:y.start]) and \
                re.search(r"\bbetween\sthe\s[Gg]overnments\sof\s(?:the\s)?$", t[:x.start]):  # "between the Governments of A and B"
            spans.append((x.start, x.end, x.text, resolver.government(x.value).id))
            spans.append((y.start, y.end, y.text, resolver.government(y.value).id))
    for mention in mentions:  # "Mexico's government", "the Ugandan government"
        m = _GOVERNMENT_AFTER.match(t, mention.end)
        if mention.kind == "country" and m:
            spans.append((mention.start, m.end(), t[mention.start:m.end()], resolver.government(mention.value).id))
        # "the Government of the Lao PDR", "the Government of the Republic of Kenya": the country's
        of = re.search(r"\b[Gg]overnment\sof\s(?:the\s)?$", t[max(0, mention.start - 20):mention.start])
        if mention.kind == "country" and of and not _is_demonym(mention.text) and \
                not any(a <= mention.start < b for a, b, _, _ in spans):
            at = mention.start - len(of.group())
            spans.append((at, mention.end, t[at:mention.end], resolver.government(mention.value).id))
    home = [k for k in c.countries if k != "CHN"]
    for m in _THE_GOVERNMENT.finditer(t) if not c.aggregate else ():
        if m["level"] and m["level"].lower() not in ("federal", "national", "central"):
            spans.append((m.start("np") + 4, m.end("np"), m["np"][4:], None))  # "the provincial government"
        elif len(home) == 1:
            spans.append((m.start("np"), m.end("np"), m["np"], resolver.government(home[0]).id))
    for m in _THE_COUNTRY_SIGNED.finditer(t) if len(home) == 1 and not c.aggregate else ():
        # "President Hakainde Hichilema says the country has signed a Memorandum of Understanding (MOU) with China's ZTE
        # Company …": the deal's one country besides China
        e = resolver.government(home[0])
        spans.append((m.start("np"), m.end("np"), e.name, e.id))
    taken_kinds = [(x.start, x.end, x.kind) for x in mentions if x.kind in ("organisation", "programme", "forum")]
    taken = [(a, b) for a, b, _ in taken_kinds]
    for at, name in named:
        if any(a <= at < b or at <= a < at + len(name) for a, b in taken):
            continue
        lead = 4 if name.startswith("The ") else 0
        if _an_office(name[lead:]) and (body := _body_of_office(name[lead:])):
            at, name = at + lead + body[0], body[1]  # "Director General of the Kenya Data Authority": the authority
        elif _an_office(name) or _TECHNOLOGY_NAME.fullmatch(name):
            continue  # "Minister for Innovation and Technology László Palkovics": a person's office; "… Technology": a field
        if any(x.kind in ("country", "capital") and x.start == at and x.end >= at + len(name) - 1 for x in mentions):
            continue  # a country's name alone ("Pakistan Telecom" is a name; "Pakistan" is not)
        if _spells_a_field(t, at + len(name)):
            continue  # ("equipped for Long Term Evolution (LTE) technology": a technology spelled out, no name)
        if _OFFICE_IN_BRACKETS.search(t, max(0, at - 40), at):
            continue  # ("Mr Omar Khalid (EVP, Carrier Services and Wholesale)": a person's office, no party)
        if _OFFICE_OF_BEFORE.search(t, max(0, at - 40), at) and re.match(r"\s[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}\b(?!\s[A-Z])",
                                                                       t[at + len(name):]):
            continue  # ("Huawei Technologies vice president of Public Affairs and Communications Edward Zhou": an office, its
            # holder's name after it)
        if len(name.split()) < 2 or name.split()[0] in ("The", "This", "These", "In", "On", "Under"):
            if name.split()[0] == "The":
                name, at = name[4:], at + 4
            if len(name.split()) < 2:
                continue
        if any(x.kind == "organisation" and x.start > at + len(name) and
               re.fullmatch(rf"(?:\s\([A-Z]{{2,6}}\))?(?:\s(?:[a-z][\w-]*\s){{0,3}}?(?:{_FIRM_IS}))?\s", t[at + len(name):x.start])
               for x in mentions):
            continue  # ("Russia's State Space Corporation Roscosmos", "Chinese Information Communication Technology (ICT)
            # solutions provider Huawei": what the known body is, said before its name)
        if name in defined:  # ('… PT Fiber Optik Teknologi Indonesia (hereinafter referred to as "PT FOTI")': the full name
            spans.append((at, at + len(name), defined[name], resolver.resolve(defined[name]).entity.id))
            continue
        of_place = _GOVERNMENT_OF_PLACE.fullmatch(name)
        where = _region_country(of_place["place"]) if of_place and of_place["np"] == name else None
        # ("The Government of Sindh signed …": a province's government, of its country)
        spans.append((at, at + len(name), name, resolver.resolve(name, country=where).entity.id if where else None))
    for m in _DEFINITE.finditer(t):  # "signed by the ministry and Huawei": the ministry the article named before
        np = "np" if m["np"] else "np2"
        # (a bare head word in capitals found as a name — "The Committee and Huawei have signed …" — is the body named before)
        bare = [x for x in spans if x[0] <= m.start(np) < x[1] and x[3] is None and
                re.fullmatch(r"(?:[Tt]he\s)?(?:Committee|Council|Board)", x[2])]
        if any(a <= m.start(np) < b for a, b, _, _ in spans) and not bare:
            continue
        # ("The Bolivian government and the Chinese bank finalized a loan agreement": the Chinese bank named before)
        fits = _DEFINITE_FITS.get((m["head"] or m["subject"] or (m["firm"] if m["firm"] in ("bank", "lender") else "")).lower())
        whose = (_country_of(m["adj"]) or (_city_country(m["adj"]) if m["based"] else None)) if m["adj"] else None
        if m["adj"] and not whose:
            continue
        others = [x.text for x in mentions if x.kind == "organisation"]  # (not "the Huawei University" for "the university"
        named = _named_before(text, s.start, gaz,  # in a deal with Huawei: the other side's, named before)
                              lambda name: (fits is None or re.search(fits, name) is not None) and name not in t and
                              not any(name.startswith(o + " ") for o in others) and
                              (whose is None or _country_known(name, text, gaz, resolver) == whose))
        if named:  # linked here: named before, it is as specific as the article made it
            for x in bare:
                spans.remove(x)
            spans.append((m.start(np), m.end(np), named[-1][1], resolver.resolve(named[-1][1]).entity.id))
    heads = _heads_of(text, gaz)
    for m in re.finditer(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s(?P<surname>[A-Z][\w'’-]+)", t):
        # "On Wednesday, Mr Ma and President Paul Kagame launched …" after "Alibaba founder Jack Ma": his firm
        org = heads.get(m["surname"])
        if org and not any(a <= m.start() < b for a, b, _, _ in spans) and org[1] not in {x[3] for x in spans}:
            spans.append((m.start(), m.end(), org[0], org[1]))
    leaders = _states_led(t) if c.kind == "talks" or (c.kind == "project" and _LEADER_OPENS.search(t)) else []
    for code, m in leaders:
        # "President of Azerbaijan Ilham Aliyev has met with …", "Vietnamese President Vo Van Thuong received …": his state
        if code and code not in _CHINESE and not any(a <= m.start() < b for a, b, _, _ in spans):
            e = resolver.government(code)
            spans.append((m.start(), m.end(), e.name, e.id))
    for m in _HEAD_SIGNED.finditer(t) if c.kind != "talks" and not c.aggregate else ():
        # "President Bharrat Jagdeo signed a contract with Huawei …", "Bolivian President Evo Morales signed an agreement with
        # China …": the head of state or government signs for his state (the one his people's word names, else the deal's
        # one country besides China)
        code = _country_of(m["adj"]) if m["adj"] else (home[0] if len(home) == 1 else None)
        if code and not any(a <= m.start("office") < b for a, b, _, _ in spans):
            e = resolver.government(code)
            spans.append((m.start("office"), m.end("office"), e.name, e.id))
    met = MET_LEADER.search(t) if c.kind == "talks" and not leaders and len(home) == 1 else None
    if met:  # "Prime Minister Hun Manet met with Liang Hua, chairman of Huawei, and welcomed investment in Cambodia": the
        # leader of the one country the deal names
        office = re.search(LEADER, t[:met.start(1)])
        if office and not any(a <= office.start() < b for a, b, _, _ in spans):
            e = resolver.government(home[0])
            spans.append((office.start(), office.end(), e.name, e.id))
    for m in _COUNTERPARTS.finditer(t):
        # "President Uhuru Kenyatta and his Chinese counterpart Xi Jinping on Friday signed …": the two states
        for code, at, end in ((_country_of(m["adj"]) if m["adj"] else (home[0] if len(home) == 1 else
                                                                       _named_most(text, s.start + m.start(), gaz)),
                               m.start("office"), m.end("office")), (_country_of(m["adj2"]), m.start("adj2"), m.end("adj2"))):
            if code and not any(a <= at < b for a, b, _, _ in spans):
                e = resolver.government(code)
                spans.append((at, end, e.name, e.id))
    for m in _TWO_GOVERNMENTS.finditer(t):
        # "The Chinese and Lao governments signed …", "the Kenyan government and its Chinese counterpart": both states
        # (in place of a name read across the two: "Chinese and the Lao government")
        groups = [g for g in ("a", "b", "c") if m[g]]
        codes = [_country_of(m[g]) for g in groups]
        if all(codes) and len(set(codes)) == len(codes):
            start = m.start(groups[0])
            spans[:] = [x for x in spans if not (start <= x[0] < m.end() and x[3] not in
                                                 {resolver.government(k).id for k in codes} and m["c"] is None)]
            for g, code in zip(groups, codes):
                if not any(a <= m.start(g) < b or m.start(g) <= a < m.end(g) for a, b, _, _ in spans):
                    e = resolver.government(code)
                    spans.append((m.start(g), m.end(g), e.name, e.id))
    for m in _PRESIDENT_ACTS.finditer(t):  # "Jack Ma and President Paul Kagame launched the platform": the president's state
        code = _country_of(m["adj"]) if m["adj"] else (home[0] if len(home) == 1 else None)
        if code and code not in _CHINESE and not any(a <= m.start("office") < b for a, b, _, _ in spans):
            e = resolver.government(code)
            spans.append((m.start("office"), m.end("office"), e.name, e.id))
    # "Mohamed El Tayeb, Deputy Minister of Higher Education, signed", "signed … by Zambia's Minister of Technology and
    # Huawei": his ministry
    # ("A MoU was signed between Kuwaiti Minister of Commerce Khaled Al-Roudhan and Chinese Minister of Commerce Wang
    # Wentao": each office of the list after the passive's "between" or "by")
    between = _SIGNED_BETWEEN.search(t)
    listed, listed_end = _OFFICE_LISTED.finditer(t, between.end()) if between else (), 0
    for m in itertools.chain(_SIGNED_BY_MINISTER.finditer(t), _MINISTER_SIGNED.finditer(t), _OFFICE_FIRST_SIGNED.finditer(t),
                             _OFFICE_NAME_SIGNED.finditer(t), _FIELD_MINISTER_SIGNED.finditer(t), listed,
                             _OFFICE_ALONE_SIGNED.finditer(t)):  # (last: a name after the office is read before)
        person = m.groupdict().get("person")
        if not any(a <= m.start("office") < b for a, b, _, _ in spans) and \
                not (person and person.split()[0] in _NOT_NAMES) and \
                not re.match(r"Foreign|External", m["field"]):  # (a foreign minister signs for the state)
            field, start = m["field"], m.start("office")
            first = re.match(r"([A-Z][a-z]+)(?:['’]s)?\s", field)
            if first and (_is_demonym(first[1]) or _country_of(first[1])):
                field, start = field[first.end():], start + first.end()  # ("Malaysian Communications Minister": his country's)
            if not field or re.match(r"Foreign|External", field):
                continue
            if m.re is _FIELD_MINISTER_SIGNED and (any(_is_demonym(w) or _country_of(w) for w in field.split()[1:]) or (
                    (prev := re.search(r"([A-Z][\w'’.-]*)\s$", t[:start])) and not _is_demonym(prev[1]) and
                    not re.search(r"['’]s$", prev[1]) and prev[1] not in ("The", "And"))):
                continue  # ("DPWH Secretary Mark Villar and Chinese Commerce Minister …": no portfolio of that name)
            lead = re.search(r"\bMinistry\s(?:of|for)\s$", t[:start])
            if lead:  # ("Chinese Ministry of Commerce Minister Zhong Shan": the ministry named, then its minister)
                start = lead.start()
            of = m.groupdict().get("of") or "of"
            field = field if of != "of" or field[:1].isupper() else field.title().replace(" And ", " and ")
            name = f"Ministry {of} {field[:1].upper() + field[1:]}"
            # (whose ministry: the country a people's word before the office names — "Chinese Minister of Industry and
            # Information Miao Wei", "Malawi's Minister of Finance" —, else the deal's one country besides China, else
            # the one the article names most)
            adjective = re.search(r"\b([A-Z][a-z]+)(['’]s)?\s$", t[:start])
            if not adjective and m.re is _OFFICE_LISTED:
                # ("… and Chinese International Trade Representative and Deputy Minister of Commerce Fu Ziying": the people's
                # word that opens the signer's titles, after the one listed before)
                words = [w for w in re.finditer(r"\b([A-Z][a-z]+)(['’]s)?\s", t[max(listed_end, start - 60):start])
                         if w[2] or _is_demonym(w[1])]
                adjective = words[-1] if words else None
            listed_end = m.end() if m.re is _OFFICE_LISTED else listed_end
            own = _country_of(adjective[1]) if adjective and (adjective[2] or _is_demonym(adjective[1])) else None
            e = resolver.resolve(name, country=own or (home[0] if len(home) == 1 else
                                                       _named_most(text, s.start + m.start(), gaz))).entity
            spans.append((start, m.end("office"), name, e.id))
    for m in itertools.chain(_AMBASSADOR_SIGNED.finditer(t), _AMBASSADOR_LISTED.finditer(t, between.end()) if between else ()):
        # ("the Chinese ambassador inked the loan agreement", "was signed between the Minister of ICT … and the Chinese
        # Ambassador, Chen Mingjian": his state)
        g = m.groupdict()
        adj, of = g["adj"] or g.get("adj2"), g.get("of") or g.get("of2")
        code = _country_of(adj or of or "")
        # ("Chinese Ambassador", "China's Ambassador", "Ambassador of China")
        if code and not any(a <= m.start() < b for a, b, _, _ in spans) and (of or g["its"] or _is_demonym(adj)):
            e = resolver.government(code)
            spans.append((m.start(), m.end(), e.name, e.id))
    subject = _SUBJECT_REF.search(t)  # "It signed…", "The Chinese vendor has won…": who the sentence before was about
    if subject and subject.start() > 0 and _OWN_TELLER.search(t[:subject.start()]):
        subject = None  # ("Bharti Airtel also said recently that it selected …": the sentence's own subject)
    if subject and not any(a <= subject.start("np") < b for a, b, _, _ in spans):
        # ("the Chinese vendor", "The Australian carrier": the one of that country named before)
        country = next((x.value for x in gaz.find(subject["np"]) if x.kind == "country"), None)
        name = _subject_before(text, s.start, gaz, resolver, country, subject["np"])
        if name:
            spans.append((subject.start("np"), subject.end("np"), name,
                          resolver.resolve(name, country=_country_known(name, text, gaz, resolver)).entity.id))
    obj = _OBJECT_REF.search(t)  # "Huawei signed a contract with the operator …": the operator the sentence before named
    np = ("np" if obj["np"] else "np2") if obj else None
    if obj and not any(a <= obj.start(np) < b for a, b, _, _ in spans):
        name = _object_before(text, s.start, gaz, resolver, {known for _, _, _, known in spans},
                              chinese_side=any(resolver.entity(k).country in _CHINESE for _, _, _, k in spans if k))
        if name:
            spans.append((obj.start(np), obj.end(np), name, resolver.resolve(name).entity.id))
    for m in _REGION_GOVERNMENT.finditer(t):  # "Hubei province and Huawei signed", "the Sindh provincial government"
        if m["bare"] and (_is_place(m["place"]) and _country_of(m["place"]) or not _region_country(m["place"])):
            continue  # ("Kenya's government": a country's, read elsewhere; "Huawei's government relations": no region)
        if not any(a <= m.start("name") < b or m.start("name") <= a < m.end("name") for a, b, _, _ in spans) and \
                not any(x.kind == "country" and x.start == m.start("name") for x in mentions) and \
                (_PARTY_BEFORE.search(t, max(0, m.start() - 20), m.start()) or _SENT_FROM.search(t, max(0, m.start() - 40), m.start())) and \
                not re.search(r"\b(?:in|at|from)\s[A-Z][\w-]+(?:\s[A-Z][\w-]+)?,\s$", t[max(0, m.start() - 40):m.start()]) and \
                not any(at < m.start() < at + len(n) for at, n in named):  # (not "… Association for Essaouira Province")
            spans.append((m.start("name"), m.end("name"), m["name"],
                          resolver.resolve(_region_query(m["name"]), country=_country_before(t, m.start("name")) or
                                           _region_country(m["place"])).entity.id))
    for m in _GOVERNMENT_OF_PLACE.finditer(t):  # "with the local government of the southern metropolis of Shenzhen"
        if not any(a <= m.start("place") < b or m.start("np") <= a < m.end("np") for a, b, _, _ in spans) and \
                not any(x.kind == "country" and x.start <= m.start("place") < x.end for x in mentions) and \
                _PARTY_BEFORE.search(t, max(0, m.start("np") - 20), m.start("np")):
            name = f"Government of {m['place']}"
            spans.append((m.start("np"), m.end("np"), name,
                          resolver.resolve(name, country=_region_country(m["place"])).entity.id))
    for m in _CITY_GOVERNMENT.finditer(t):  # "Ulaanbaatar Mayor E.Bat-Uul has held a meeting with …": the city's government
        place = m["place"] or m["place2"] or m["place3"]
        at, end = m.span("place" if m["place"] else "place2" if m["place2"] else "place3")
        where = _city_country(place)
        # (where a party stands — not "in the city of Nairobi", nor a mayor who attends or witnesses)
        if where and where not in _CHINESE and not any(a <= at < b or at <= a < end for a, b, _, _ in spans) and \
                _PARTY_BEFORE.search(t, max(0, m.start() - 20), m.start()) and \
                not re.search(r"\b(?:witnessed|attended)\sby\s(?:the\s)?$", t[max(0, m.start() - 30):m.start()], re.I):
            name = f"Government of {place}"
            spans.append((at, end, name, resolver.resolve(name, country=where).entity.id))
    for m in _CHINAS_POLICY_BANK.finditer(t):
        # "China's development bank will lend …", "China's Development Bank", "China's export-import bank": the policy bank
        # of that name (a possessive before a bank's words of what it is, in small letters or capitals)
        # (only where no name the records know was read there: "China's EXIM Bank" keeps its own words)
        name = "China Development Bank" if m["bank"].lower().startswith("development") else "Export-Import Bank of China"
        there = [x for x in spans if m.start() <= x[0] < m.end()]
        if not any(x[3] and resolver.entity(x[3]).curated for x in there):
            spans[:] = [x for x in spans if x not in there]
            spans.append((m.start(), m.end(), name, resolver.resolve(name).entity.id))
    for m in _LENT_TO_THE_COUNTRY.finditer(t) if c.kind in ("loan", "pledge") else ():
        # "The bank will loan almost Rmb450mn ($66mn) to the country": the country the sentences before named last
        where = [x for x in gaz.find(text[max(0, s.start - 600):s.start]) if x.kind == "country" and x.value != "CHN"
                 and not _is_demonym(x.text)]
        if where and not any(a <= m.start("np") < b for a, b, _, _ in spans):
            e = resolver.government(where[-1].value)
            spans.append((m.start("np"), m.end("np"), where[-1].text, e.id))
    for m in _QUOTED_COMPANY.finditer(t):  # 'LLC "UZINFOCOM"', 'JSC "Kazakhtelecom"': a company named in quotes
        if not any(a <= m.start("name") < b for a, b, _, _ in spans):
            spans.append((m.start("name"), m.end("name"), m["name"], resolver.resolve(m["name"]).entity.id))
    for acronym, full in defined.items():  # "PIH first revealed…", PIH defined before as a name's initials
        for m in re.finditer(rf"\b{re.escape(acronym)}\b", t):
            if not any(a <= m.start() < b for a, b, _, _ in spans) and not (m.start() and t[m.start() - 1] == "("):
                # named as the article defined it ("the Serbian Ministry of Interior (MOI)": the country it gave it)
                spans.append((m.start(), m.end(), full, resolver.resolve(full, country=_country_said(full, text)).entity.id))
    masked = _APPOSITIVE.sub(lambda m: " " * len(m.group()), t)  # "Kyrgyztelecom, a company in Kyrgyzstan, and …"
    for at, name in ([] if c.aggregate or _title_case(t) else _positional(masked) + _described(t)):
        known_after = next((a for a, _, _, _ in spans if at < a < at + len(name)), None)
        first = re.fullmatch(r"([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s(?:and|&|for)\s", name[:known_after - at]) \
            if known_after is not None else None
        if first and not any(a < at + first.end(1) and at < b for a, b, _, _ in spans):
            # ("contracts with Nokia and Huawei Technologies", "a loan to Oi for Huawei equipment": the name before "and" or
            # "for" is a party of its own, the known one after it another)
            name = first[1]
        # ("Telekom Malaysia signed": a firm named after its country, not the country signing)
        # ("eWTP Arabia Capital has formed a joint venture …": a firm named after a programme the records know, longer)
        if any((a <= at < b or at <= a < at + len(name)) and not (kind != "organisation" and at == a and at + len(name) > b and
                                                                   " " in name[b - at:].strip())
               for a, b, kind in taken_kinds) or \
                any((a <= at < b or at <= a < at + len(name)) and not _country_inside(a, b, known, at, name, t)
                    for a, b, _, known in spans):
            continue
        if any(x.start <= at and x.end >= at + len(name) for x in mentions):
            continue  # a country, a place, a technology…: not an organisation
        if _an_office(name):
            continue  # ("… signing ceremony … between GM Henry Yu and …": a person by an office)
        spans.append((at, at + len(name), name, None))
    for name, where in _introduced_firms(text, gaz).items():
        # ("Mobile operator MegaFon posted higher profits. … MegaFon will use a credit line from …": a firm the article said
        # what it is before, named bare — not inside a longer name, "Econet of Zimbabwe")
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-]|\s(?:of|for)\s[A-Z]|['’]s\s(?:[a-z]+\s)?"
                             rf"(?:chief|head|president|CEO)\b)", t):
            if not any(a < m.end() and m.start() < b for a, b, _, _ in spans) and \
                    not any(x.start < m.end() and m.start() < x.end for x in mentions):
                spans.append((m.start(), m.end(), name, resolver.resolve(name, country=where).entity.id))
    # ("Department of Public Works and Highways Secretary Mark A. Villar and …": the department, its secretary's name cut off)
    spans = [(a, a + office.start("office"), x[:office.start("office")], None)
             if known is None and (office := _OFFICE_HOLDER.match(x)) else
             (a, b, x, known) for a, b, x, known in spans]
    # ("the Technical Cooperation Project for the Filipino-Sino Center for Agricultural Technology": a project, no side)
    return [x for x in spans if not _no_side(x, t, c, text, spans) and not _PROJECT_OF.search(x[2])]


_OFFICE_HOLDER = re.compile(r"^(?:[A-Z][\w-]*\s){0,2}(?:Department|Ministry|Office|Bureau|Agency|Authority|Commission|Council)\s"
                            r"[^,;]*?(?<=[a-z])(?P<office>\s(?:Secretary|Minister|Director(?:\sGeneral)?|Chairman|Chairwoman|"
                            r"Commissioner)(?:\s[A-Z][\w.'’-]*)+)$")


_PROJECT_OF = re.compile(r"\b(?:Project|Programme|Program)\s(?:for|of|on)\s")


# "President Uhuru Kenyatta and his Chinese counterpart Xi Jinping on Friday signed …": two heads who sign, their states
# two states' governments named by their peoples' words, one head for both ("the Chinese and Lao governments", "The
# Chinese and the Lao government"), or one and "its Chinese counterpart"
_TWO_GOVERNMENTS = re.compile(r"\b(?P<a>[A-Z][a-z]+)\s(?:and|&)\s(?:the\s)?(?P<b>[A-Z][a-z]+)\s(?:[Gg]overnments?|sides)\b|"
                              r"\b[Gg]overnment\s(?:and|&)\s(?:its|their)\s(?P<c>[A-Z][a-z]+)\scounterparts?\b")
# (a thing's, told after a word in small letters: not "Lakeland Telecom, majority owned by Orion Holdings", a firm's owner)
_HELD_BY = re.compile(r"\b(?-i:[a-z][\w-]*)(?:,\s(?:(?:which|that)\s)?|\s(?:which|that)\s)(?:(?:is|was|are|were|will\sbe)\s)?"
                      r"(?:(?:wholly|fully|jointly|now|currently)\s)?(?P<verb>owned|operated)\sby\s(?:the\s)?$")
_COUNTERPARTS = re.compile(r"(?:(?P<adj>[A-Z][a-z]+)\s)?(?P<office>President|Prime\sMinister|Premier)\s(?:[A-Z][\w'’-]+\s){1,3}and\s"
                           r"(?:his|her)\s(?P<adj2>[A-Z][a-z]+)\scounterpart\s(?:[A-Z][\w'’-]+\s){1,3}(?:on\s\w+\s)?(?:signed|inked)\b")
# a leader who opens a thing built ("Angolan President João Lourenço has opened the Chinese-built …"): his state's
# (not "Jack Ma and President Paul Kagame launched the platform": a launch of two, the state a partner)
_LEADER_OPENS = re.compile(rf"(?<!and\s)(?<!&\s)\b{LEADER}\s(?:[A-Z][\w'’-]+\s){{1,3}}(?:has\s|have\s)?(?:opened|inaugurated|"
                           rf"commissioned|launched|unveiled)\b")
# a head of state or government who signs: "President Bharrat Jagdeo signed …", "Bolivian President Evo Morales signed …"
_HEAD_SIGNED = re.compile(rf"(?:^|(?<=\s))(?:(?P<adj>[A-Z][a-z]+)\s)?(?P<office>President|Prime\sMinister|Premier)\s"
                          rf"(?:[A-Z][\w'’.-]+\s){{1,3}}(?:has\s|had\s|on\s\w+\s|also\s|personally\s)?(?:{SIGNED}|pledged|promised)\s"
                          rf"(?!(?:[\w-]+\s){{0,4}}?(?:on\sbehalf|as\sa\switness))")
# a state's leader named by the state: "President of Azerbaijan", "Prime Minister of Pakistan", "Vietnamese President"
_LEADER_OF = re.compile(rf"\b{LEADER}\sof\s(?:the\s)?(?P<of>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)|"
                        rf"\b(?P<adj>[A-Z][a-z]+(?:['’]s)?)\s{LEADER}\b")


# a person signing by office: "X, (Deputy) Minister of Higher Education, signed" (or "… and Y, …, signed")
# a minister's office, named by its field: "(Deputy) Minister of Higher Education"
_MINISTER_OF = r"(?:(?:Deputy|Vice|Assistant|First)\s)?Minister\s(?P<of>of|for)\s"
_FIELD = r"[A-Z][\w'’-]*(?:\s(?:and\s|&\s)?[A-Z][\w'’-]*){0,5}"
_MINISTER_SIGNED = re.compile(rf"(?P<person>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{1,4}}),\s(?:the\s)?"
                              # ("Isa Pantami, the Nigerian Minister of Communications, signed": his people's word)
                              rf"(?:[A-Z][a-z]+(?:['’]s)?\s)?"
                              rf"(?P<office>{_MINISTER_OF}(?P<field>{_FIELD})),"
                              rf"(?=[^.;]{{0,120}}\b(?:{SIGNED})\b)")
# … or the office first: "The Minister of Finance, Maki Simelum, signed an agreement earlier this week with the EXIM Bank"
_OFFICE_FIRST_SIGNED = re.compile(rf"(?:^|(?<=\s))(?:[Tt]he\s)?(?P<office>{_MINISTER_OF}(?P<field>{_FIELD})),\s"
                                  rf"(?P<person>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{1,4}}),\s(?:has\s|had\s)?(?:{SIGNED})\b")
# … or the office and the name with no commas: "Minister of Science and Technology Felix Mutati signed an MoU with ZTE"
# (the field as short as lets the last two or three words be the name)
_OFFICE_NAME_SIGNED = re.compile(rf"(?:^|(?<=\s))(?:[Tt]he\s)?(?P<office>{_MINISTER_OF}(?P<field>{_FIELD}?))\s"
                                 rf"(?P<person>[A-Z][\w'’.-]+\s[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?)"
                                 rf"(?:,?\s(?:and|&)\s(?:the\s)?[^.;,]{{0,60}}?)?\s(?:has\s|had\s|have\s|also\s)?"
                                 rf"(?:{SIGNED})\b")
# … or the portfolio before the office: "Finance Minister Joseph Mwanamvekha signed …", "Malawi's finance minister signed …"
_FIELD_MINISTER_SIGNED = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s)?(?P<office>(?P<field>(?i:finance|ICT|information|communications?|telecommunications?|"
    r"technology|science\sand\stechnology|interior|home\saffairs|transport|education|health|economy|trade|industry|energy|"
    r"planning|public\sworks|justice|agriculture|digital\seconomy)|"
    # (or any portfolio in capitals: "Communications and Multimedia Minister Annuar Musa", "Malaysian Digital Minister …"
    # — not a head of government's or a state's own office)
    r"(?!(?:Prime|Chief|Foreign|Deputy|Vice|Former|State|Senior|Cabinet|Acting|Then|Provincial|Regional|The)\s)"
    r"(?-i:[A-Z][a-z][\w-]*)(?:\s(?:and|&)\s(?-i:[A-Z][a-z][\w-]*)|\s(?-i:[A-Z][a-z][\w-]*)){0,3})\s[Mm]inister)"
    r"(?:\s(?P<person>[A-Z][\w'’.-]+\s[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?)|"
    # (or his name between commas, and the other signer's too: "Zimbabwe's ICT Minister, Kazembe Kazembe, and China's Vice
    # Minister of Industry and Information Technology, Chen Zhaoxiong, inked …")
    r",\s[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2},\s(?:and|&)\s[^.;]{0,120}?)?"
    rf"(?:,?\s(?:and|&)\s(?:the\s)?[^.;,]{{0,60}}?)?\s(?:has\s|had\s|have\s|also\s)?(?:{SIGNED})\b")
_HONORIFIC = r"(?:Dr|Mr|Ms|Mrs|Prof|Eng|Engr|Sheikh|Datuk|Dato|Tan\sSri|Sir|Dame|H\.E)"
# a deal told in the passive, signed between or by those listed after it (offices, ambassadors)
_SIGNED_BETWEEN = re.compile(rf"\b(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:\w+\s)?(?:{SIGNED}|exchanged)\s"
                             r"(?:[\w-]+\s){0,3}?(?:between|by)\s")
_OFFICE_LISTED = re.compile(rf"(?:(?<=\s)|^)(?:the\s)?(?P<office>{_MINISTER_OF}(?P<field>{_FIELD}?))(?:,\s|\s)"
                            rf"(?:{_HONORIFIC}\.?\s)?(?P<person>(?!{_HONORIFIC}\b)[A-Z][\w'’-]+\s[A-Z][\w'’-]+),?"
                            r"(?=\s(?:and|&)\s|[.;](?:\s|$)|$)")  # (a name of two words, after a title of his)
_AMBASSADOR_LISTED = re.compile(r"\b(?P<adj>[A-Z][a-z]+)(?P<its>['’]s)?\s[Aa]mbassador\b")
# an ambassador who signs for the state ("Malawi's Minister of Finance and the Chinese ambassador inked the loan
# agreement", "signed by the Ambassador of China")
# (the verb right after him, his name or a second signer between: not an ambassador who joins or attends)
_AMBASSADOR_SIGNED = re.compile(
    rf"(?:\b(?P<adj>[A-Z][a-z]+)(?P<its>['’]s)?\s[Aa]mbassador|\b[Aa]mbassador\sof\s(?:the\s)?(?P<of>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?))"
    rf"(?=(?:\s(?:to\s(?:the\s)?)?[A-Z][\w'’.-]+){{0,3}}(?:,\s[^,.;]{{0,60}},)?(?:\s(?:and|&)\s[^.;,]{{0,60}}?)?"
    rf"\s(?:has\s|had\s|have\s|also\s|jointly\s)?(?:{SIGNED})\b)|"
    rf"(?:(?<=signed\sby\s)|(?<=inked\sby\s))(?:the\s)?(?:(?P<adj2>[A-Z][a-z]+)\s[Aa]mbassador|[Aa]mbassador\sof\s(?:the\s)?"
    rf"(?P<of2>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?))")
# "Alibaba founder Jack Ma and President Paul Kagame launched the Electronic World Trade Platform": a head of state who
# signs or launches a deal stands for his state (one who only witnesses it does not)
_PRESIDENT_ACTS = re.compile(r"(?:(?<=\sand\s)|(?<=\s&\s))(?:(?P<adj>[A-Z][a-z]+)\s)?"
                             r"(?P<office>President\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})"
                             r"(?=\s(?:have\s|has\s|had\s|jointly\s|also\s)?(?:launched|signed|inaugurated|unveiled|inked|opened)\b)")
# (named beside another side: "A and President B launched …" — a president launching alone opens what his state owns)


_GOVERNMENT_AFTER = re.compile(r"(?:['’ʼ]s)?\s[Gg]overnments?\b(?!\sof)")
_OWNER_BEFORE = re.compile(r"\b(?:subsidiary|unit|arm|affiliate|division|parent)\s(?:company\s)?of\s"
                           r"(?:the\s)?(?:[\w-]+\s){0,4}$|"  # ("the submarine division of Chinese telecoms equipment maker Huawei")
                           # (and the parent's initials in brackets after its name: "a subsidiary of China Aerospace Science
                           # and Technology Corporation (CASC)")
                           r"\b(?:subsidiary|unit|arm|affiliate|division)\s(?:company\s)?of\s[^.;()]{0,90}\($|"
                           # ("the State Services Agency under the Ministry of Justice": the body it reports to)
                           r"\b(?:Agency|Service|Centre|Center|Committee|Inspectorate|Directorate|Office|Bureau|Department)\s"
                           r"(?:under|attached\sto)\s(?:the\s)?$")


# the last word of a newspaper's name ("Gulf News", "The Express Tribune")
_NEWSPAPER_WORDS = r"News|Times|Post|Herald|Tribune|Gazette|Journal"
# "People's Post and Telecommunications Daily reported that …": a newspaper's name, who tells of the deal
# "…, Radio New Zealand writes.", "…, the Xinhua News Agency reported": an outlet named by itself, who tells of the deal
_OUTLET = re.compile(rf"(?:Radio|Television|TV|Broadcasting|Press|Agency|Wire|Daily|{_NEWSPAPER_WORDS})\b")
_OUTLET_TELLS = re.compile(r"\s(?:writes|wrote|reports|reported|says|said|quoted|cited|notes|noted)\b[^.;]{0,60}(?:[.;]|$)")
_NEWSPAPER_AFTER = re.compile(rf"\s(?:Daily|Newspaper|{_NEWSPAPER_WORDS})\s(?:\w+\s)?"
                              r"(?:reported|reports|said|says|quoted|cited|wrote|writes)\b")


# "Huawei's smaller rival ZTE": whose rival a party is
_RIVAL_AFTER = re.compile(r"['’]s\s(?:[\w-]+\s){0,2}?(?:rival|competitor|peer|counterpart)s?\b")


_LEGISLATURE = re.compile(r"\b(?:Duma|Parliament|Senate|Congress|National\sAssembly|Majlis|Legislature|Legislative\sAssembly)$")


_TELLER_AFTER = re.compile(r"\s(?:said|says|announced|reported|stated)(?:\s(?:on\s)?(?:[A-Z][a-z]+day|yesterday|today))?,?\s"
                           r"(?:that\s)?(?:the\s)?")


def _tells_of_another(t: str, x: tuple, spans: list) -> bool:
    """"China Great Wall said the China Development Bank has agreed to …": the name before "said" tells of
    a deal whose subject is another name (not "ZTE said Wednesday it signed …") — or a person by office ("the
    Chief Minister's Department said Chief Minister Hajiji Noor witnessed the MoU signing")."""
    m = _TELLER_AFTER.match(t, x[1])
    if not m:
        return False
    person = re.match(rf"((?:[A-Z][\w'’.-]*\s){{2,7}})(?:[a-z]+ly\s)?(?:witnessed|{SIGNED})\b", t[m.end():])
    other = next((y for y in spans if y[0] == m.end() and y[2] != x[2]), None)
    if other is not None and _VENDOR_WORK.match(t, other[1]):
        return False  # ("Kivu Networks announced … that Huawei would supply the fibre equipment …": the teller buys)
    return other is not None or bool(person and person[1].split()[0] in _TITLES)


# what a vendor will do for the one who tells of it: "… that Huawei would supply the fibre equipment"
_VENDOR_WORK = re.compile(r"\s(?:would|will|is\sto)\s(?:supply|build|deploy|install|provide|upgrade|roll\sout|lay|construct)\b")


_FIELD_AFTER = re.compile(r"\s(?:field|sector|domain|industry|space|market)s?\b")
# (and "according to a document seen by ITWeb Africa": who saw what tells of the deal)
_TELLER_BEFORE = re.compile(r"(?:\b(?:[Ss]tatement|[Rr]eport|[Rr]elease|[Aa]nnouncement|[Nn]otice|[Bb]riefing|[Qq]uoted|[Cc]ited|"
                            r"[Pp]ublished|[Rr]eported)\s(?:\w+\s){0,2}?(?:from|by)\s|\b[Aa]ccording\sto\s|\b[Cc]iting\s|"
                            r"\b(?:document|documents|letter|filing|copy|papers?)\s(?:\w+\s)?(?:seen|obtained|reviewed)\sby\s)(?:the\s)?$")


_THE_GOVERNMENT = re.compile(r"(?:\b(?:between|with|by|and)\s|^|^[A-Z]\w+,\s)(?P<np>[Tt]he\s(?:(?P<level>provincial|regional|state|federal|national|"
                             r"central|municipal|city|local)\s)?(?:[Gg]overnment|[Ss]tate))\b(?!\sof)(?!\s[A-Z])(?!['’]s?\b)(?!-)")
# (not "the State Services Agency", "the Government Technology Agency": a body's name; nor "in line with the
# government's vision": what it has; nor "The state-owned landline monopoly": a word of what a firm is)


# a province's or city's government, named by its place ("Hubei province", "the Sindh provincial government",
# "Guangdong Province")
_REGION_GOVERNMENT = re.compile(r"(?<![\w-])(?!(?:The|This|That|In|On|At|For|From|With)\s)(?P<name>(?P<place>[A-Z][a-z][\w-]*(?:\s[A-Z][a-z][\w-]*)?)"
                                r"(?:\s(?:[Pp]rovince|[Pp]rovincial\s[Gg]overnment|[Mm]unicipal\s[Gg]overnment|[Pp]refecture|"
                                r"[Ss]tate\s[Gg]overnment)|['’]s\sstate\sgovernment|(?P<bare>['’]s\sgovernment|\sgovernment)))\b")
# ("The Sabah state government has signed", "Sarawak's government and Huawei signed": a region's, when the place is one)


# a city's or a province's government named as such: "the municipal government of Shenzhen", "the local government of
# the southern metropolis of Shenzhen", "the Government of Sindh" (a country's government is read elsewhere)
_GOVERNMENT_OF_PLACE = re.compile(r"(?P<np>(?:(?:local|municipal|city|provincial|regional|state|prefectural)\s)?[Gg]overnment\sof\s"
                                  r"(?:the\s)?(?:(?:[a-z][\w-]*\s){1,3}of\s)?(?P<place>[A-Z][a-z][\w'’-]*(?:\s[A-Z][\w'’-]+)?))\b")


# a city's government by its mayor or as "the city of": "Ulaanbaatar Mayor E.Bat-Uul", "the Mayor of Nairobi", "signed
# an MoU with the city of Nairobi" (a city of one country, not China's: a Chinese city's government is read above)
_CITY = r"[A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*)?"
_CITY_GOVERNMENT = re.compile(rf"(?<![\w-])(?!(?:The|This|That|In|On|At|For|From|With|Deputy|Vice|Former)\s)(?P<place>{_CITY})"
                              rf"\s(?:[Cc]ity\s)?[Mm]ayor\b|"
                              rf"\b[Mm]ayor\sof\s(?:the\s)?(?:[Cc]ity\sof\s)?(?P<place2>{_CITY})|"
                              rf"(?:\b[Tt]he\s)?\b[Cc]ity\sof\s(?P<place3>{_CITY})(?!\s(?:[Cc]ity|[Cc]ouncil|[Mm]unicipal))")


def _city_country(place: str) -> str | None:
    """The one country a city of that name is in ("Nairobi": Kenya; "Ulaanbaatar", a capital: Mongolia)."""
    from ..resolve.countries import capital_country, city_countries
    from ..resolve.normalise import fold

    k = fold(place)
    found = city_countries(k)
    return capital_country(k) or (next(iter(found)) if len(found) == 1 else None)


_CHINAS_POLICY_BANK = re.compile(r"\bChina['’]s\s(?:state[- ]owned\s|state\s|policy\s)?"
                                 # (its Exim Bank in capitals is read by its own name already)
                                 # (and "China's Exim bank will lend Nigeria …": its name with "bank" in small letters)
                                 r"(?P<bank>(?i:development\sbank)|export[- ]import\sbank|[Ee]xim\sbank)\b")


def _region_query(name: str) -> str:
    """"Zhejiang Province", "the Zhejiang provincial government": one government, looked up by one name."""
    m = re.fullmatch(r"([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s(?:[Pp]rovince|[Pp]rovincial\s[Gg]overnment)", name)
    # ("Sarawak's government" and "the Sarawak government": one, looked up without the possessive)
    return f"{m[1]} Provincial Government" if m else re.sub(r"['’]s\s(?=(?:state\s)?government$)", " ", name)


def _region_country(place: str) -> str | None:
    """The country of a province's or city's government by its place's name (``_REGION_GOVERNMENT``'s place): "Hubei"
    (province), "Chengdu" (Municipal Government) are China's (a city of one country only; not Hong Kong's or Macau's,
    which are their own), "Sindh" Pakistan's (a province, state or region of one country only)."""
    from ..resolve.countries import PLACE_WORDS, city_countries, subdivision_countries
    from ..resolve.normalise import fold

    place = fold(place)
    if place in PLACE_WORDS and place not in ("inner", "mongolia", "hongkong", "macau", "macao"):
        return "CHN"
    found = city_countries(place) or subdivision_countries(place)  # ("the Government of Sindh": a province of Pakistan)
    return next(iter(found)) if len(found) == 1 else None


# where a party stands: opening the sentence or a clause, or after "with", "between", "by", "and" (not a place where
# something is: "projects in Hubei province", "in northwest Cambodia's Siem Reap province")
_PARTY_BEFORE = re.compile(r"(?:^|[,;:]\s|\b(?:with|between|by|and)\s)(?:the\s)?$", re.I)


# "Officials from Hubei province and …": people who speak or sign for a body
_SENT_FROM = re.compile(r"\b(?:officials|representatives|delegates|delegations?|leaders)\s(?:of|from)\s(?:the\s)?$", re.I)


# (", a company in Kyrgyzstan,", ", Mongolia's top mobile provider,")
_APPOSITIVE = re.compile(r",\s(?:a|an|the|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s)\s[^,()]{3,80},"
                         r"(?=\s(?:and|&|has|have|had|signed|will|is|was)\b)|"
                         # ("Beltelecom — a Belarusian state telecoms operator — signed …": between dashes)
                         r"\s[—–-]{1,2}\s(?:a|an|the|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s)\s[^—–()]{3,80}?\s[—–-]{1,2}"
                         r"(?=\s(?:and|&|has|have|had|signed|inked|sealed|will|is|was)\b)")


# "by the ministry", "the state-owned telco has been in talks…": an organisation the article named before
_DEFINITE = re.compile(r"\b(?:by|between|with|and|picked|selected|chose|chosen|hired|tapped|contracted|awarded|appointed|"
                       r"commissioned|to)\s(?P<np>the\s(?P<head>(?i:ministry|bank|authority|agency|commission|"
                       r"department|regulator|university))|"
                       # ("a $1.6 billion deal signed … between the Ethiopian firm, Huawei and ZTE": the one of that country)
                       # ("a joint venture with the Beijing-based company": the one of that place's country)
                       r"the\s(?P<adj>[A-Z][a-z]+)(?P<based>-based)?\s(?P<firm>firm|company|operator|carrier|telco|bank|lender)"
                       r"(?!\s[A-Z\d]))\b(?!\sof)|(?:^|,\s)(?P<np2>[Tt]he\s(?:[\w-]+\s){0,2}?(?P<subject>telco|operator|carrier|"
                       # ("The Committee and Huawei have signed a protocol of intent": the committee named before)
                       r"ministry|bank|lender|regulator|(?i:committee|council|board)))\s(?:(?:has|have|had|is|was|will|signed|agreed|"
                       r"said)\b|(?:and|&)\s(?=[A-Z]))")


_DEFINITE_FITS = {"ministry": r"\bMinistry\b", "bank": r"(?i:bank)\b|\bExim\b", "lender": r"(?i:bank)\b|\bExim\b",
                  "authority": r"\bAuthority\b", "agency": r"\bAgency\b", "commission": r"\bCommission\b",
                  "department": r"\bDepartment\b", "regulator": r"\b(?:Authority|Commission|Regulator|Regulatory)\b",
                  "university": r"\bUniversity\b",  # ("between Huawei and the University", Makerere University before)
                  "telco": r"Tel|Mobile|Communications|Networks", "operator": r"Tel|Mobile|Communications|Networks",
                  "carrier": r"Tel|Mobile|Communications|Networks", "committee": r"\bCommittee\b", "council": r"\bCouncil\b",
                  "board": r"\bBoard\b"}


# a sentence whose subject is a pronoun or a company's description, acting on a deal
_SUBJECT_REF = re.compile(
    # (and after a speaker's verb: "He said the Chinese company would take an equity stake in Nigcomsat")
    r"(?:^|\bthat\s|\b(?:said|says|added|announced|explained|noted)\s(?=[Tt]he\s))"
    r"(?:(?:In|On|By|Last|Earlier|Later|Previously|Meanwhile|Separately|Also|Now|Since|Then|So\sfar|To\sdate|Overall|"
    r"Globally|Worldwide)\b[^,]{0,25}?,?\s)?"
    r"(?P<np>[Ii]t|[Tt]he\s(?:[\w-]+\s){0,2}?(?i:company|firm|vendor|group|giant|manufacturer|maker|provider|carrier|"
    r"operator|telco|lender|heavyweight|conglomerate|corporation|bank|monopoly|incumbent))\s"
    r"(?:(?:has|had|have|also|previously|recently|already|then|later|subsequently|earlier|this\s(?:week|month|year)|"
    r"last\s(?:week|month|year)|on\s[A-Z]\w+day|yesterday|today)\s)*"
    # ("The company this week reported a deal with …": a deal it made)
    r"(?:(?:reported|announced|unveiled|disclosed)\s(?:a|an|the|its|two|three|several)\s(?:[\w-]+\s){0,3}?"
    r"(?:deals?|contracts?|agreements?|MoUs?|partnerships?)|"
    r"signed|inked|sealed|agreed|won|secured|clinched|bagged|landed|scored|netted|acquired|bought|partnered|teamed|built|"
    r"launched|delivered|"
    r"installed|was\s(?:forced|blocked|awarded|selected|chosen|picked|contracted)|will\s(?:sign|build|supply|provide|deploy|lay)|"
    r"(?:will|would)\s(?:take|acquire|buy)(?=\s(?:an?\s|the\s)?(?:[\w%.,-]+\s){0,3}?(?:stake|shares?|interest)\b)|"
    # ("The operator has selected Huawei to build …", "The company said it has signed a contract with Huawei")
    r"selected|picked|chose|chosen|tapped|hired|appointed|contracted|commissioned|awarded|"
    r"said\s(?:that\s)?(?:it|they)\s(?:has\s|had\s|have\s|would\s|will\s)?(?:signed|inked|sealed|won|secured|awarded|"
    r"selected|chosen|picked|sign|award|select)|"
    r"(?:is|was)\s(?:to|set\sto|expected\sto)\s(?:sign|build|supply|deploy)|(?:has\s|had\s|have\s)?(?:been|is|was)\sin\stalks|"
    r"discussed|"
    # ("In addition, it has a contract with the Ministry of the Interior …": one it holds)
    r"(?:holds?\s|held\s)?(?:an?|the)\s(?:[\w$€£.,-]+\s){0,3}?contracts?(?=\s(?:with|from)\s))\b")


# a name that tells, before "that it …": the one "it" stands for ("Bharti Airtel also said recently that it selected …")
_OWN_TELLER = re.compile(r"\b(?!(?:The|It|This|That|He|She|They|We|In|On|At|But|And)\b)[A-Z][\w&.’'-]+(?:\s[A-Z][\w&.’'-]+)*\s"
                         r"(?:[a-z]+\s){0,3}?(?:said|says|announced|stated|confirmed|added|noted|revealed)(?:\s[a-z]+){0,2}\s$")


_BANK_WORDS = ("bank", "lender")
_STATE_KINDS = ("bank", "government", "ministry", "agency", "regulator")


def _subject_before(text: str, end: int, gaz, resolver, country: str | None, noun: str = "it") -> str | None:
    """The first organisation of the nearest sentence before ``end`` that names one (for "the Chinese
    vendor" or "the Australian carrier", the first of that country): the one "It" or "the company" is
    about. A firm's noun ("the vendor") is no bank or state body, and "the lender" is a bank."""
    word = noun.split()[-1].lower()

    def keep(n: str) -> bool:
        if country is not None and _country_known(n, text, gaz, resolver) != country:
            return False
        if word == "it":
            return True
        kind = _kind_of_name(n, gaz, resolver)
        return (kind == "bank") == (word in _BANK_WORDS) and (word in _BANK_WORDS or kind not in _STATE_KINDS)
    return _first_of_nearest(text, end, gaz, keep)


def _country_known(n: str, text: str, gaz, resolver) -> str | None:
    """A name's country: the one the article gave when it said what the firm is ("Australia's dominant carrier,
    Telstra"), else the records'."""
    return _introduced_firms(text, gaz).get(n) or resolver.resolve(n).entity.country


def _kind_of_name(n: str, gaz, resolver) -> str:
    """What kind a name is, without making an entity of it: a known one's own kind, else its words'."""
    known = any(x.kind == "organisation" and x.text == n for x in gaz.find(n))
    return resolver.resolve(n).entity.kind if known else guess_kind(n)


def _first_of_nearest(text: str, end: int, gaz, keep) -> str | None:
    """The first organisation ``keep`` accepts in the nearest sentence before ``end`` that names one."""
    named = _named_before(text, end, gaz, keep)
    if not named:
        return None
    last = named[-1][0]
    start = max(text.rfind(". ", 0, last), text.rfind("\n", 0, last)) + 1
    return next(n for at, n in named if at >= start)


# a firm named by what it is where a deal's other side stands: "signed a contract with the operator", "a deal with the
# state-owned telco" (not "the operator's network", "the operator of the cable", "with the operator Zamtel")
# (and "ZTE won a contract from the company", "signed a deal with the firm": the client the sentence before named — not
# "the company that will run the network", told after)
_OBJECT_REF = re.compile(r"\b(?:with|for|to)\s(?P<np>the\s(?:[\w-]+\s){0,2}?(?:operator|telco|carrier|utility))\b"
                         r"(?!['’]s|\s(?:of|[A-Z])|-)|"
                         r"\b(?:(?:contracts?|deals?|orders?|tenders?)\sfrom|"
                         r"(?:signed|inked|sealed)\s(?:an?\s)?(?:[\w-]+\s){0,3}?(?:contract|deal|agreement)\swith)\s"
                         r"(?P<np2>the\s(?:firm|company))\b(?!['’]s|\s(?:of|that|which|who|[A-Z])\b|-)")


def _object_before(text: str, end: int, gaz, resolver, taken: set, chinese_side: bool) -> str | None:
    """The firm "the operator" (or telco, carrier, utility) stands for: the first of the nearest sentence before that
    names one, no party the sentence already has, not a bank nor a state body — and not a Chinese firm when the
    sentence's other side is one."""

    def keep(n: str) -> bool:
        e = resolver.resolve(n).entity
        return e.id not in taken and _kind_of_name(n, gaz, resolver) not in _STATE_KINDS and \
            not (chinese_side and e.country in _CHINESE)
    return _first_of_nearest(text, end, gaz, keep)


def _named_before(text: str, end: int, gaz, keep=None) -> list[tuple[int, str]]:
    """The organisations named in ``text`` before ``end`` (known to the gazetteer, or with a head
    word), in order; only those ``keep`` accepts, when given. The nearest are the ones wanted, so the
    text is read backwards in growing stretches until one is found (a long document is not read whole
    for each sentence that points back)."""
    size = 4000
    while True:
        start = max(0, end - size)
        if start:  # (from a line's start, so that no name is cut)
            start = text.find("\n", start, end) + 1 or start
        before = text[start:end]
        mentions = gaz.find(before)
        named = _org_names(before, mentions) + [(x.start, x.text) for x in mentions if x.kind == "organisation"]
        named += [(m.start(), firm) for firm in _introduced_firms(text, gaz)  # (a firm the article said what it is)
                  for m in re.finditer(rf"(?<![\w-]){re.escape(firm)}(?![\w-])", before)]
        named = [(start + at, n) for at, n in sorted(_without_the(named)) if keep is None or keep(n)]
        if named or start == 0:
            return named
        size *= 4


# what a ministry is for, in the words of its name ("Ministry of Technology and Science", "Ministry of Youth, Sports and
# Culture"): after "and" they go on the ministry's name, where an unknown word may be a second party's
_PORTFOLIO = (r"Science|Sciences|Technology|Technologies|Innovation|Education|Training|Culture|Arts|Sports?|Youth|Tourism|"
              r"Communications?|Transport|Works|Energy|Mines|Mining|Minerals|Trade|Industry|Industries|Finance|Planning|"
              r"Development|Economy|Economic|Information|Broadcasting|Telecommunications?|Posts|Postal|Digital|National|"
              r"Guidance|Research|Health|Agriculture|Environment|Infrastructure|Housing|Urban|Rural|Foreign|Affairs|"
              r"Cooperation|Integration|Labou?r|Employment|Public|Service|Services|Administration|Justice|Interior|Security|"
              r"Defen[cs]e|Water|Resources|Petroleum|Gas|Power|Investment|Commerce|Enterprises?|Media|Transformation|"
              r"Moderni[sz]ation|Reform|Local|Regional|Fisheries|Livestock|Forestry|Lands?|Aviation|Maritime|Logistics|"
              r"Treasury|ICT|IT|Higher|Vocational|Scientific|Social|Welfare|Women|Gender|Heritage|Statistics|Small|Medium|"
              r"Tertiary|Skills|Human|Capital|Hajj|Umrah|Religious|Customs|Budget|Economics")
_PORTFOLIO_RUN = rf"(?:the\s)?(?:{_PORTFOLIO})(?:\s(?:{_PORTFOLIO}))*\b(?!\s[A-Z])"
_PORTFOLIO_MORE = re.compile(rf"(?:,\s{_PORTFOLIO_RUN})*,?\s(?:and|&)\s{_PORTFOLIO_RUN}")
# a minister who signs, named by his office alone: "Nigeria's Minister of Communications signed an MoU with Huawei" (a
# field of a ministry's words only: not "Minister of Communications and Information Technology Dr Rana Al-Fares signed")
_OFFICE_ALONE_SIGNED = re.compile(rf"(?:^|(?<=\s))(?:[Tt]he\s)?(?P<office>{_MINISTER_OF}"
                                  rf"(?P<field>(?:{_PORTFOLIO})(?:,?\s(?:and\s|&\s)?(?:{_PORTFOLIO}))*))\s"
                                  rf"(?:has\s|had\s|have\s|also\s|on\s\w+\s)?(?:{SIGNED})\b")
_GOVERNMENT_OF = re.compile(r"\b(?:Ministry|Department|Ministries)\s(?:of|for)\s")


# "The MoU was signed … by Zambia's Minister of Technology and Huawei": the minister's ministry signs (its name runs on
# over "and" with what a ministry is for: "Minister of Information and Communications Technology and Huawei")
_SIGNED_BY_MINISTER = re.compile(rf"(?<!be\s)\b(?:signed|inked|sealed)\b[^.;]{{0,160}}?\bby\s(?:the\s)?"
                                 rf"(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s)?"
                                 rf"(?P<office>(?:(?:Deputy|Vice|Assistant|First)\s)?Minister\s(?P<of>of|for)\s"
                                 rf"(?P<field>(?:the\s)?[A-Z][\w'’-]*(?:\s(?:{_PORTFOLIO}))*(?:(?:,\s|\s(?:and|&)\s)(?:the\s)?"
                                 rf"(?:{_PORTFOLIO})(?:\s(?:{_PORTFOLIO}))*)*))\b(?!\s(?:{_PORTFOLIO})\b)")


def _org_names(t: str, mentions: list[Mention]) -> list[tuple[int, str]]:
    """Names with an organisation's head word ("Ministry of Finance of Tajikistan"), each with where it
    starts. A run of capitals holding two names is cut where the second begins — a name the gazetteer
    knows ("the Saudi Ministry of Hajj and Umrah and Huawei"), a country's possessive ("… and China's
    Export-Import Bank") — and a leading place or possessive is left out ("Zambia's Ministry of
    Finance" is the ministry)."""
    starts = {x.start for x in mentions if x.kind == "organisation"}
    ends = {x.end for x in mentions if x.kind == "organisation"}
    headline = _title_case(t)
    out = []
    for m in _ORG_RE.finditer(t):
        if re.search(r"\b(?:Satellite|Cable|System)$", m.group()) and re.match(r"(?:-|\s)?\d|\s[IVX]{1,4}\b", t[m.end():]):
            continue  # "The Ethiopian Remote Sensing Satellite-1 … has been handed over": a work, numbered
        if _EVENT_AFTER.match(t, m.end()) or _OFFICE_AFTER.match(t, m.end()) or _PROJECT_END.search(m.group()) or (
                _WORK_NAME.search(m.group()) and _WORK_NAME_AFTER.match(t, m.end())):
            continue  # "World Mobile Exhibition": an event; "PNG Communications Minister Timothy Masiu": an office;
            # "Modernization of Telecommunication Network for Digital Connectivity Project": what a loan is for
        if re.search(r"\b(?:Committee|Commission|Council)$", m.group()) and (
                re.match(r"(?:\s\([A-Z]{2,6}\))?\s(?:meetings?|sessions?|sittings?)\b", t[m.end():]) or
                re.search(r"\b(?:meetings?|sessions?|sittings?)\sof\s(?:the\s)?$", t[max(0, m.start() - 30):m.start()])):
            continue  # "during the Joint Cooperation Committee meeting", "the 10th meeting of the JCC": a meeting, where
        pieces, start, stop = [], m.start(), m.end()
        ends_sentence = re.search(rf"\b(?:{_LEGAL_WORDS})\.\s(?=[A-Z])(?!(?:Ltd|LTD|Limited|LIMITED)\b)", t[start:stop])
        if ends_sentence:  # "… Hengtong Optic-Electric Co Ltd. HMN Technologies, submitted …": a sentence ended there
            pieces.append((start, t[start:start + ends_sentence.end() - 1]))
            start += ends_sentence.end()
        if out and start < out[-1][0] + len(out[-1][1]):  # "PP Telecommunication Sdn Bhd and …": past the legal form
            start = out[-1][0] + len(out[-1][1])
            start += len(re.match(r"[\s,]*(?:(?:and|&)\s)?", t[start:]).group())
        more = re.compile(rf"\s(?:and|&)\s(?:{ORG_HEADS})\b").match(t, stop)
        if more and _GOVERNMENT_HEAD.search(m.group()) and more.end() not in ends:
            stop = more.end()  # "Ministry for Development of Information Technologies and Communications"
        more = _PORTFOLIO_MORE.match(t, stop)
        if more and _GOVERNMENT_OF.search(m.group()) and more.end() not in ends and \
                not any(stop < x < more.end() for x in starts):
            stop = more.end()  # "Ministry of Technology and Science", "Ministry of Youth, Sports and Culture"
        for cut in re.finditer(r"\s(?:and|&)\s", t[m.start():stop]):
            right, left = m.start() + cut.end(), m.start() + cut.start()
            if right in starts or left in ends or re.match(r"[A-Z][\w-]+(?:\s[A-Z][\w-]+)?(?:'s|’s)\s", t[right:]) or \
                    re.match(rf"the\s(?:[A-Z][a-z]+\s)?(?:{ORG_HEADS})\b", t[right:]) or \
                    _two_names(t[start:left], t[right:stop]) or _LEGAL_END.search(t, start, left):
                # ("Huawei Technologies Co. and South Korea's KT Corp.": two companies)
                pieces.append((start, t[start:m.start() + cut.start()]))
                start = right
        pieces.append((start, t[start:stop]))
        for at, name in pieces:
            if headline:  # "ZTE Gets Nod to Build Fibre Network in Zambia": a verb, what it is done to — no name
                verb = next((w for w in re.finditer(r"[A-Z][a-z]+", name) if w[0] in HEADLINE_VERBS and
                             not re.search(r"\b(?:of|for|the)\s$", name[:w.start()])), None)  # (not "Academy of Launch …")
                if verb and verb.start() == 0:
                    continue
                name = name[:verb.start()] if verb else name
            name = _HEADLINE_VERB.split(name)[0]  # "Huawei, Colleges of Education Sign MoU For ICT Academy": a headline's verb
            # ("A Cable Joint Venture of YOFC and PT FOTI Established in Indonesia": the headline's participle)
            name = re.sub(r"\s(?:Established|Launched|Opened|Formed|Signed|Inaugurated|Unveiled|Completed)$", "", name)
            lead = len(name) - len(name.lstrip(" .,"))
            name, at = name.strip(" .,"), at + lead
            opener = re.match(r"([A-Z][a-z]+)\s(?=the\s)", name)
            if opener and opener[1] in _NOT_NAMES:  # "After the Ministry of Finance signed …": the sentence's first word
                name, at = name[opener.end():], at + opener.end()
                if not re.match(r"the\s[A-Z]", name):
                    continue  # ("After the government lifted the ban, …": a name in small letters, no name)
            if name.startswith("the "):  # "Huawei and the National Commission for …": the second name, without "the"
                name, at = name[4:], at + 4
            at, name = _without_time(at, name)
            if name.startswith("S ") and t[max(0, at - 2):at] in ("M/", "m/"):
                at, name = at + 2, name[2:]  # "M/S Huawei Tech Co. Ltd": the firm, after the "Messrs" of Indian English
            place_for = re.match(r"([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s(?:for|to)\s(?:the\s)?(?=[A-Z])", name)
            if place_for and _is_place(place_for[1]):  # "a data centre in Djibouti for Djibouti Telecom": the firm
                # (and "a cable to Honiara for the Solomon Islands government": the government)
                name, at = name[place_for.end():], at + place_for.end()
            pair = re.match(r"([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s(?:and|&)\s(?=[A-Z])", name)
            if pair and _is_place(pair[1]) and pair[1].lower() not in _REGION_WORDS:
                # "Tajikistan and China's Export-Import Bank": the bank is the name (not "Eastern and Southern African …")
                name, at = name[pair.end():], at + pair.end()
            owner = re.match(rf"[A-Z][\w-]+(?:\s[A-Z][\w-]+)?(?:'s|’s|(?<=s)['’])\s|[\w-]+-(?:{_DESCRIBED_WORDS})\s",
                             name)
            # ("Zambia's Ministry of Finance", "South Korea's KT Corp.", "SoftBank-owned Yahoo Japan Corp.": the name
            # after the owner; not "People's Bank of China": a name)
            if owner and not re.search(r"People['’]s\s$", owner.group()):
                name, at = name[owner.end():], at + owner.end()
            owner = _bare_owner(name)
            if owner:  # ("Malaysias Foreign Ministry": the apostrophe left out)
                name, at = name[owner:], at + owner
            lead = re.match(rf"((?:[A-Z][\w'’-]*\s)+)(?:of|for)\s(?:the\s)?(?=(?:{ORG_HEADS})\b)", name)
            if lead and not re.search(rf"\b(?:{ORG_HEADS})\b", lead[1]) and not _an_office(lead[1]):
                # ("the Agreement on the Strategic Partnership of the Ministry of Interior and Huawei": the ministry)
                name, at = name[lead.end():], at + lead.end()
            name = re.sub(rf"\s(?:for|of|at|worth)\s{_MONEY}.*$", "", name)  # ("… Corporation for Sh51 billion")
            money = re.match(r"(?:Million|Billion|Trillion|Thousand|Bn|Mn)\s", name)
            if money:  # ("Huawei Launches $30 Million Government-Backed Data Centre": a sum, then what backs it)
                name, at = name[money.end():], at + money.end()
            name = re.sub(r"['’]s$", "", name)  # ("in the University of Surrey's 5G Innovation Centre": the university)
            # (or an Indonesian firm by its legal form: "PT Monas Permata Persada")
            if name and (re.search(rf"\b(?:{ORG_HEADS})\b", name) or re.match(r"PT\s[A-Z]", name)) and \
                    not _LEGAL_FORM_ONLY.fullmatch(name) and not _GENERIC_HEAD.fullmatch(name) and \
                    not (len(name.split()) == 2 and _is_demonym(name.split()[0]) and _GENERIC_HEAD.fullmatch(name.split()[1])):
                # (not "Chinese Company Wins Iraqi Contract": a people's word and a firm's noun, no name)
                name = _with_legal_form(t, at, name)
                if _unit_tail(t, at, name):
                    continue
                listed = _LISTED_PORTFOLIO.match(t, at + len(name))
                if listed and _acronym_follows(re.sub(r"^The\s", "", name) + listed["more"].replace(",", ""),
                                               f" {listed['initials']}"):
                    name += listed["more"]  # ("State Administration for Radio, Film, and Television (SARFT)": one name)
                of_place = re.match(r"\sof\s(?:the\s)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b", t[at + len(name):])
                if of_place and _is_place(of_place[1]) and \
                        all(re.fullmatch(rf"(?:{ORG_HEADS}|{_LEGAL_WORDS})\.?", w) for w in name.split()):
                    name += of_place.group()  # "Telecom Corp of New Zealand": words that name no one alone, then whose
                out.append((at, name))
    for m in _SMALL_MINISTRY.finditer(t):  # "Guinea's ministry of posts, telecommunications and the digital economy"
        if not any(a <= m.start("name") < a + len(n) for a, n in out):
            out.append((m.start("name"), m["name"]))
    for m in _HEAD_THEN_COUNTRY.finditer(t):  # "Telecom Cambodia, a state corporation, …": a firm named head first
        if any(x.kind == "country" and x.start == m.start(1) and x.end == m.end(1) and not _is_demonym(x.text)
               for x in mentions) and not any(at <= m.start() < at + len(n) for at, n in out) and \
                not re.search(r"[A-Z][\w'’&.-]*\s$", t[:m.start()]):
            out.append((m.start(), m.group()))
    return sorted(out)


# a ministry written in small letters after its country's possessive or people's word ("Kenya's ministry of ICT", "the
# Guinean ministry of posts, telecommunications and the digital economy"): its words up to a verb or a word that ends it
_SMALL_MINISTRY = re.compile(r"(?:\b[A-Z][\w-]+(?:\s[A-Z][\w-]+)?(?:['’]s|(?<=s)['’])\s|\b[A-Z][a-z]+(?:an|ese|ian|i|ish)\s)"
                             r"(?P<name>(?:ministry|department)\s(?:of|for)\s(?:the\s)?(?:[a-z][\w&-]*|[A-Z]{2,6}\b)"
                             r"(?:(?:,\s(?:and\s)?|\s(?:and|&)\s(?:the\s)?|\s)(?!(?:has|have|had|signed|inked|sealed|will|would|is|was|"
                             r"are|were|on|in|at|with|said|says|and|to|for|by|from|which|that|who|the|a|an|as|its|their|also|"
                             r"last|this)\b)(?:[a-z][\w&-]*|(?<!and\s)[A-Z]{2,6}\b)){0,7})")


_SMALL_MINISTRY_NAME = re.compile(r"(?:ministry|department)\s(?:of|for)\s")


# an operator named by its head word and then its country ("Telecom Cambodia", "Telekom Malaysia"), not after another
# capitalised word (a longer name's)
_HEAD_THEN_COUNTRY = re.compile(r"\b(?:Telecom|Telecoms|Telekom|Telecommunications|Posts?)\s"
                                r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!\s(?:[A-Z]|&|and\s[A-Z]))")


# a time told in words at a clause's start ("This week", "Earlier this month", "Two years ago")
_TIME_WORDS = (r"(?:(?:(?:Earlier|Later|Early|Late|earlier|later|early|late)\s)?(?:this|last|next)|This|Last|Next)\s"
               r"(?:week|month|year|morning|afternoon|evening|quarter|summer|winter|spring|autumn|fall)|"
               r"(?:[A-Z][a-z]+|\d+|A)\s(?:days?|weeks?|months?|years?)\sago")
# when, told before a name at a clause's start: "On Monday Acme Telecom signed", "On 3 May 2021 Acme Telecom and
# Huawei signed", "In May 2021 …", "Last year …" — the time's words, not the name's
_TIME_LEAD = r"(?:On|In|By|Since|From|Until|Till|During|Last|Next|This|Early|Late|Mid|Earlier|Later)"
_TIME_FIRST = re.compile(
    rf"(?:{_TIME_LEAD}\s(?:this\s|last\s|next\s)?)?"
    rf"(?:{_WEEKDAY_RE}(?:\s(?:morning|afternoon|evening|night))?(?:,?\s(?:\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH_RE}|"
    rf"{_MONTH_RE}\s\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s\d{{4}})?)?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH_RE}(?:,?\s\d{{4}})?|"
    rf"{_MONTH_RE}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?|"
    rf"(?<=\s)(?:{_MONTH_RE})(?:,?\s\d{{4}})?(?=,?\s)|"  # ("In May Acme …", "In May 2021 Acme …": after a preposition)
    rf"(?:1[89]|20)\d\d|year|week|month|quarter|Yesterday|Today|Tonight|{_TIME_WORDS})"
    rf",?\s(?=[A-Z])")


def _without_time(at: int, name: str) -> tuple[int, str]:
    """A name without the time told before it at the start of a clause ("On Monday Acme Telecom"); no
    name at all when it is only a time ("On 3 May, A and B signed": not "3 May")."""
    whole = _TIME_FIRST.match(name + " A")
    if whole and whole.end() == len(name) + 1 and re.search(r"\d|\s", name):
        return at, ""
    m = _TIME_FIRST.match(name)
    if m and not re.match(rf"(?:{_TIME_LEAD}|Yesterday|Today|Tonight|[A-Z][a-z]+\s(?:days?|weeks?|months?|years?)\sago)\b|"
                          rf"{_WEEKDAY_RE}\b|\d", name) and not re.search(r"\d", m.group()):
        return at, name  # (a month alone is a time only after "In", "On" …: "May Holdings" may be a name — "July 25" is a day)
    return (at + m.end(), name[m.end():]) if m else (at, name)


_LEGAL_END = re.compile(rf"\b(?:{_LEGAL_WORDS})\.?,?\s?$")
# (not a word inside a name after "of", "for", "the": "China Academy of Launch Vehicle Technology")
_HEADLINE_VERB = re.compile(r"(?<!\bof)(?<!\bfor)(?<!\bthe)\s(?:Sign|Signs|Signed|Ink|Inks|Inked|Win|Wins|Won|Seal|Seals|Sealed|Agree|Agrees|Award|Awards|"
                            r"Launch|Launches|Partner|Partners|Team|Teams|Join|Joins|To|With|For|On)\s(?=[A-Z\d])")


def _without_the(named: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return [(at + 4, n[4:]) if n[:4] in ("The ", "the ") else (at, n) for at, n in named]


def _two_countries_name(prefix: str, known: str) -> bool:
    """"Congo China Telecom", "Congo Chine Telecom": a country's name before a known name that starts with another
    country's is one firm's name (not "Germany ZTE": where the firm is)."""
    first = known.split()[0]
    return len(prefix.split()) == 1 and _is_place(prefix.strip()) and not _is_demonym(prefix.strip()) and \
        _is_place(first) and not _is_demonym(first)


def _own_name(prefix: str) -> bool:
    """Whether words before a known name make a name of their own ("People's Bank of China"), not "The", a
    country or its people ("Germany ZTE", "Chinese Alibaba Group"), nor a unit "of" the known one."""
    words = prefix.split()
    return not words or (not re.search(r"\s(?:of|for)\s?$", prefix) and not any(
        w.capitalize() in _NOT_NAMES or _is_demonym(w) or _is_place(w.rstrip(",")) for w in words))


def _split_two(name: str) -> list[str]:
    """A run of capitals that holds two names joined by "and" ("Orion Telecom and Zircon Fibre"), cut in two
    where :func:`_two_names` says so; otherwise the run itself."""
    for cut in re.finditer(r"\s(?:and|&)\s", name):
        if _two_names(name[:cut.start()], name[cut.end():]):
            return [name[:cut.start()], name[cut.end():]]
    return [name]


def _two_names(left: str, right: str) -> bool:
    """"Huawei Digital Power and China Resources Power Holdings Co Ltd": two names, the first ending with its
    head word — not "Ministry of Industry and Information Technology", "Communications and Information
    Technology Commission", "China Electric Power Technology Import and Export Corp" (one name: "of" or a single
    word before "and", or no word after it that tells which body)."""
    words = left.split()
    # ("Telefónica Móviles and Portugal Telecom": the second a firm named after its country, whatever ends the first)
    named_after = re.fullmatch(rf"([A-Z][a-z]+){_FIRM_WORD_AFTER.pattern}", right)
    if named_after and _country_of(named_after[1]) and words and not re.search(r"\s(?:of|for)\s", left) and \
            not _is_place(left):
        return True
    if len(words) == 1 and _bare_name(words[0]) and len(right.split()) >= 2 and _bare_name(right.split()[0]) and \
            re.search(rf"\b(?:{ORG_HEADS}|{_LEGAL_WORDS})\.?$", right) and _distinctive(right):
        return True  # ("with Ubiquoss and Dasan Network Solutions", "UIC and FutureNet and Technology Corp": a word of
        # a name's own, then a firm's full name — not "Cable and Wireless Communications", "Eastern and Southern African …")
    # ("Globe Telecom and Smart Communications": the second's first word a name's own, though "smart" is a common word;
    # not "Kenya Power and Lighting Company": a trade's word, then the head of the one name)
    return len(words) >= 2 and len(right.split()) >= 2 and not re.search(r"\s(?:of|for)\s", left) and \
        ((_distinctive(right) and not re.search(r"(?:ing|tion|ics)$", right.split()[0])) or _bare_name(right.split()[0])) and \
        bool(re.fullmatch(rf"(?:{ORG_HEADS}|{_LEGAL_WORDS}|Group)\.?", words[-1]))


# the words of a firm's name that are a trade's or a quality's, no name of their own ("Iron", "Cable", "General")
_TRADE_WORDS = frozenset("iron steel oil gas cable wireless fibre fiber optical optic marine data network networks system "
                         "systems software engineering construction standard general united royal federal national global "
                         "international first new trust savings loan loans building light water electric electronics "
                         "machinery equipment chemical mining radio television satellite space aerospace".split())


def _bare_name(word: str) -> bool:
    """A word that can be a name by itself ("Ubiquoss", "UIC", "FutureNet"): capitalised, no trade's or ministry's word
    (nor a common noun's ending: "Robotics", "Engineering", "Innovation"), no place nor its people's."""
    return bool(re.fullmatch(r"[A-Z][\w-]+", word)) and word.lower() not in _TRADE_WORDS and \
        not re.search(r"(?:ics|ing|tion|sion|ment|ity|ogy|ture|ance|ence|ism|ness|ship|ery|ies)$", word) and \
        word.lower() not in _REGION_WORDS and word.capitalize() not in _NOT_NAMES and \
        not re.fullmatch(_PORTFOLIO, word) and not re.fullmatch(ORG_HEADS, word) and not _is_demonym(word) and \
        not _is_place(word)


# what a deal is for, named after a head word: "… Digital Connectivity Project", "… Broadband Programme"
_PROJECT_HEADS = r"Project|Programme|Program|Initiative|Plan|Strategy|Scheme|Infrastructure"
# "World Mobile Exhibition", "Xichang Satellite Launch Center": an event or a place named after a head word
_NOT_ORG_HEADS = (rf"{EVENT_HEADS}|Barracks|Awards?|Day|Competition|"
                  r"Challenge|Contest|Cup|Cent(?:er|re)(?!\s(?:for|of)\s)|Station|Park|Campus|Zone|Airport|Port|Building|Plant|Factory|"
                  rf"{_NEWSPAPER_WORDS}|"  # … a newspaper is who reports, not who signs
                  rf"{_PROJECT_HEADS}|(?<=Cable\s)System")
# … and a project, a cable system are what is signed for


_PROJECT_END = re.compile(rf"\b(?:{_PROJECT_HEADS})$")
_OFFICE_AFTER = re.compile(r"\s(?:Minister|Secretary|Director|Commissioner|Chairman|Chairwoman|CEO|Spokesman|"
                           r"Spokeswoman|Spokesperson)\b")
# a bracketed acronym after a name ("… Information System (IGIS) Project"), maybe none
_BRACKETED_ACRONYM = r"(?:\s\([A-Z][A-Za-z0-9&-]{1,9}\))?"
# a project's head word after a name, maybe past its bracketed acronym: the name is the project's
_WORK_AFTER = re.compile(rf"{_BRACKETED_ACRONYM}\s(?:{_PROJECT_HEADS})\b")
# a work's name (it ends with what is built) before the agreement named after it or the work's own noun: "the Silk Road
# Optical Cable Cooperation Agreement", "a cross-border Optical Transmission Network backbone" — no body
_WORK_NAME = re.compile(r"\b(?:Cables?|Satellites?|Networks?|Systems?|Backbone|Link)$")
_WORK_NAME_AFTER = re.compile(r"\s(?:(?:Cooperation|Co-operation|Framework|Strategic|Partnership|Construction|Supply|"
                              r"Loan|Purchase)\s){0,3}(?:Agreements?|Contracts?|Memorand(?:um|a)|MoUs?|MOUs?|Accords?)\b|"
                              r"\s(?:backbone|project|link|route|system|cable|network|extension|expansion|upgrade)s?\b")
# (a bracketed acronym may come before the head: "Integrated Government Information System (IGIS) Project")
_EVENT_AFTER = re.compile(rf"(?:\s[A-Z][\w-]*){{0,2}}{_BRACKETED_ACRONYM}\s(?:{_NOT_ORG_HEADS})\b")


_LEGAL_FORM_ONLY = re.compile(rf"(?:(?:{_LEGAL_WORDS})\.?,?\s?)+")


# … or hires a firm ("Zambia commissioned ZTE to build …": Zambia is the client)
_SIGNING = rf"(?:{SIGNED}|{AWARDED}|{FINANCED}|held|hold|agreed|{HIRING}|received|receives|obtained|loaned|loans|funded|funds|funding)"


_DESCRIBES = re.compile(r"\s(?:state-owned\s|state-run\s|private\s|tech\s|telecom\s|technology\s|equipment\s|network\s|"
                       r"(?:(?!(?:and|or|but|to|for|of|on|in|at|by|from|with|through|via|under|over|into|as|after|before|during|"
                       r"than|that|which|who|is|are|was|were|has|have|had|will|would|be|the|its|their|his|her|a|an)\s)"
                       r"(?-i:[a-z])[\w-]*\s){1,3})?(?:firms?|owners?|leaders?|champions?|players?|"
                       r"compan(?:y|ies)|vendors?|operators?|banks?|lenders?|enterprises?|groups?|giants?|suppliers?|manufacturers?|"
                       r"(?:chip|phone|handset)?makers?|providers?|developers?|conglomerates?|start-?ups?|insurers?|investors?|"
                       r"partners?|counterparts?|businesses|corporations?|entities|carriers?|telcos?)\b", re.I)


# who a country that owns what is built is, in each kind of deal ("Myanmar's first telecom project" funded by a loan
# benefits from the loan)
_OWNER_ROLE = {"project": "owner", "loan": "beneficiary", "contract": "signatory"}
# "Badr-1 was launched by China", "a data centre built by Huawei": who built it
_BUILT_BY = re.compile(r"\b(?i:built|launched|installed|constructed|laid|delivered|developed|manufactured)"
                       r"(?:\s(?:and|&)\s(?:financed|funded|operated|launched|built))?\sby\s(?:the\s)?$")
# a state that builds, told as the subject: "China built the communications satellite for Laos", "China helped
# Bolivia build and launch the Tupac Katari satellite"
_BUILDS_AFTER = re.compile(r"\s(?:has\s|have\s|had\s|also\s|successfully\s)*(?:built|launched|delivered|constructed|installed|"
                           r"(?:sent|put|placed|lofted)(?=\s[^.;]{0,60}?\b(?:in)?to\s(?:orbit|space)\b)|"
                           r"laid|helped\s(?:[A-Z][\w'’-]*\s){1,3}(?:to\s)?(?:build|launch|construct|set\sup))\b")
# "Algeria's first telecommunications satellite", "Samoa's national broadband network": the country owns what is built
_OWNED_THING = re.compile(r"['’]s\s(?:(?:first|second|third|new|national|own|only|high-speed)\s)?(?:[\w-]+\s){0,3}?(?:satellites?|"
                          r"spacecraft|networks?|data\scent(?:re|er)s?|cables?|backbones?|highway|(?<=first\s)(?:[\w-]+\s)?project)\b")


# a thing named by the firm that made or paid for it: "the Huawei-built national data centre" (a known firm only: not
# "Chinese-built")
_MADE_BY_FIRM = re.compile(rf"\b([A-Z][\w&]*(?:\s[A-Z][\w&]*){{0,2}})-"
                           rf"(?i:{MADE_BY}|{PAID_BY}|based(?=\s(?:[\w-]+\s)?(?:{WORKS})\b))\b")


# the words that make a place's name a firm's ("Angola Cables", "Djibouti Telecom", "Lao Telecom")
_FIRM_WORDS = (r"Cables?|Telecoms?|Telekom|Telecommunications?|Mobile|Online|Networks?|Broadband|Satellites?|Post|Posts|"
               r"Railways?|Airlines?|Power|Data|Cloud|Towers?|Fib(?:re|er)|Communications?|Wireless|Tel|Net|Digital")


# the words of a firm's name after the city it is named after ("Chengdu Linhai Electronics", "Shanghai Electric Telecom")
# (the words that make a country's name a firm's, and more)
_FIRM_AFTER_PLACE = re.compile(rf"(?:\s[A-Z][\w&-]*){{0,3}}\s(?:{_FIRM_WORDS}|Electronics|Electric|Technology|Technologies|"
                               r"Information|Semiconductors?|Optical|Optic|Software|Holdings?|Group|Industries|Industry|Corp|"
                               r"Corporation|Company|Co)\b\.?")


# a thing named after the state it serves: "the Vanuatu eGovernment Network", "the Zambia National Data Centre"
_NAMED_AFTER_ITS_STATE = re.compile(r"\s(?:[\w-]+\s){0,3}?(?:[Ss]atellites?|[Nn]etworks?|[Dd]ata\s[Cc]ent(?:re|er)s?|[Cc]ables?|"
                                    r"[Bb]ackbones?)\b")


# the word that makes a country's name a firm's, right after it
_FIRM_WORD_AFTER = re.compile(rf"\s(?:{_FIRM_WORDS})\b")


# "The contract between A and B", "the loan agreement signed between …": a deal named again by its two sides
# (not "within the framework of the strategic partnership between A and B": what the two have, not the deal)
_THE_DEAL_BETWEEN = re.compile(r"(?<!\bof\s)\b[Tt]he\s(?:[\w-]+\s){0,2}?(?:contract|deal|agreement|memorandum|MoU|accord|loan)"
                               r"\s(?:(?:signed|struck|reached|concluded|inked)\s)?between\s")


# the words before "of" that name a state or one who speaks for it ("the Democratic Republic of the Congo", "the Prime
# Minister of Pakistan"), not a firm of that place ("China Satcom of Beijing")
_OF_A_STATE = frozenset("Government Governments Republic Kingdom State States Emirate Sultanate Commonwealth Federation "
                        "Principality Union Islands Minister Ministry President Ambassador Embassy Governor Mayor "
                        "Council Parliament Assembly People Peoples".split())


# words before a country's name that make no firm's name of it: "Both Kenya and China", a page's section pasted before the
# headline ("Tech Nigeria has signed …")
_NO_BRAND = frozenset("Both Neither Either Republic Kingdom Tech Technology Business News World Economy Politics Home "
                      "Breaking Latest Top Opinion Africa Asia Region Regional National International Local".split())
# a headline's second side after a comma: "Malawi, China sign MoU on digital TV migration"
_HEADLINE_PAIR = r"|,\s(?-i:[A-Z])[\w’.-]*(?:\s(?-i:[A-Z])[\w’.-]*){0,3}"


def _country_parties(c: Candidate, s: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Countries the deal's first sentence names as the ones who signed: "Cambodia and Timor-Leste
    signed an MoU", "an agreement between Kenya and China", "Vanuatu signed … with China" (for an
    aggregate only "Vanuatu signed seven MoUs with China": otherwise who signed each of its agreements is
    not said)."""
    # (the deal's first sentence — or the body's first after a headline, which ends with no full stop)
    t = _DECIMAL_POINT.sub("·", s.text)
    # (a later sentence only where it names the deal's two sides: "The contract between the Solomon Islands and
    # Huawei will be funded by …")
    later = s is not c.sentences[0] and not (len(c.sentences) > 1 and s is c.sentences[1] and
                                             not c.sentences[0].text.rstrip().endswith((".", '"', "”")))
    if later and not _THE_DEAL_BETWEEN.search(t):
        return []
    if c.aggregate and not re.search(rf"^(?:[^,]*,\s)?(?:[\w'’-]+\s){{0,6}}?[A-Z][\w'’-]+\s(?:has\s|have\s|had\s)?"
                                     rf"(?:{SIGNED})\s(?:[\w-]+\s){{1,4}}?with\s(?:the\s)?[A-Z]", t):
        return []
    places = [m for m in mentions if m.kind in ("country", "capital")]  # "Baghdad has awarded…": its government
    out = []
    for m in places:
        before, after = t[:m.start], t[m.end:]
        if _FIRM_WORD_AFTER.match(after) or re.match(r"\sPT\s[A-Z]", after) or \
                re.match(rf"\s(?:{_LEGAL_WORDS})\b", after) and re.search(r"\b[A-Z][\w&.-]*,\s$", before):
            # ("Huawei Technologies Company, Nigeria Limited": the firm's unit in that country, its name's tail)
            continue  # "with Angola Cables", "Pakistan Telecom": a firm named after its country, not the country; "with
            # Indonesia PT Monas Permata Persada": the Indonesian firm
        if not _is_demonym(m.text) and after[:1] == " " and any(x.kind == "organisation" and x.start == m.end + 1
                                                                 for x in mentions):
            continue  # "between Pakistan Telecom and China Huawei Technologies": the firm's country, before its name
        if _is_demonym(m.text) and re.match(rf"\s(?:(?-i:[a-z])[\w-]*\s){{0,3}}(?:{_FIRM_IS}|telco|incumbent)s?\b", after):
            continue  # "Beltelecom — a Belarusian state telecoms operator — signed …": a people's word describes the firm
        if _is_demonym(m.text) and re.match(r"\s(?!(?:Government|Governments|Authorities|Side|State|People|Embassy|Ministry)\b)"
                                            r"[A-Z][\w&-]*", after):
            continue  # "signed an MoU with Chinese Huawei Technologies Egypt": a people's word describes the firm
        rest = after[2:] if after[:2] in ("'s", "’s") else \
            after[1:] if after[:1] in ("'", "’") and m.text.endswith("s") else after  # ("Laos' Ministry …")
        described = _DESCRIBES.match(rest)
        if described and (rest is not after or _is_demonym(m.text) or re.match(r"\s?(?:the\s)?[A-Z]", rest[described.end():])):
            continue  # "with UK data centre owner Global Switch", "Maxis, Malaysia's second-largest mobile network
            # operator, …", "with Chinese technology leaders Huawei and ZTE": the firm's country
        if re.search(r"\b(?:in|at)\s(?:the\s)?$", before):
            continue  # "Huawei in Phnom Penh on Monday signed a contract with …": where, not who
        if re.search(rf"(?:\b(?:{ORG_HEADS})|\([A-Z]{{2,6}}\)),\s$", before) and \
                re.match(rf",|\s(?:has\s|have\s|had\s|will\s|also\s|on\s\w+\s)*(?:{SIGNED}|{AWARDED})\b", after):
            continue  # "The Higher Education Commission (HEC), Pakistan signed …": the body's country, said after its name
        brand = re.search(r"(?:^|(?<=\s))([A-Z][\w&'’-]*)\s$", before)
        if brand and brand[1].capitalize() not in _NOT_NAMES and brand[1] not in _NO_BRAND and \
                not _is_demonym(brand[1]) and not _is_place(brand[1]) and not _country_of(brand[1]) and \
                not re.search(r"['’]s$", brand[1]):
            continue  # "Vodacom Tanzania and Huawei signed …", "Airtel Kenya and ZTE …": a firm named after its country
        firm_of = re.search(r"\b[A-Z][\w'’&-]*\s(?P<last>[A-Z][\w'’&-]*)\sof\s(?:the\s)?$", before)
        if re.search(rf"\b(?:{_LEGAL_WORDS}|Corporation|Company|Group)\.?,?\sof\s(?:the\s)?$", before) or \
                any(x.kind == "organisation" and x.end == m.start - 1 and before.endswith(" ") for x in mentions) or \
                (firm_of and firm_of["last"] not in _OF_A_STATE):
            continue  # "Huawei Technologies Co. Ltd of China and the government of Mozambique struck …", "Huawei Kenya
            # signed …", "China Satcom of Beijing had agreed …": where the firm is
        # ("Egyptian officials signed …", "Sri Lanka President inked agreement with Huawei": who signs for the state)
        subject = re.match(rf"(?:\s(?:officials|authorities|side|delegation|President|Prime\sMinister|Premier|PM)(?=\s))?"
                           rf"(?:\s(?:and|&)\s(?:the\s)?(?:[\w-]+\s){{0,4}}?(?-i:[A-Z])[\w'’.-]*(?:,?\s(?:of\s|the\s)*(?-i:[A-Z])[\w'’.-]*){{0,8}}"
                           # (a headline's two sides, the first at its start: "Malawi, China sign MoU on digital TV migration")
                           rf"{'' if before.strip() else _HEADLINE_PAIR})?"
                           # ("Chinese and Iranian officials signed …": the people who sign for both)
                           rf"(?:\s(?:officials|authorities|delegations?|sides)(?=\s))?"
                           # (and a signing to come: "Belarus and China plan to sign …", "Belarus is expected to sign …")
                           rf"\s(?:has\s|have\s|had\s|on\s\w+\s|to\s|will\s|(?:is|are)\sto\s|plans?\sto\s|"
                           # ("Canberra is also funding the construction of six towers")
                           rf"(?:is|are|was|were)\s(?=(?:also\s|now\s|jointly\s|(?-i:[a-z]+ly)\s)?(?:funding|financing)\b)|"
                           # ("Guyana and China Saturday signed …": the day between the sides and the verb)
                           rf"(?-i:{_WEEKDAY_RE})\s|"
                           rf"(?:is|are)\s(?:expected|set|due|scheduled|likely|poised|preparing)\sto\s)?"
                           # ("Zambia has already signed …", "Kenya and Huawei in 2017 signed …", "… last week signed …")
                           rf"(?:(?:(?-i:[a-z]+ly)|also|already|just|now|today|yesterday|(?:last|this)\s(?:week|month|year)|"
                           rf"earlier\sthis\s(?:week|month|year)|in\s(?:(?:early|late|mid)[\s-])?(?:(?-i:[A-Z][a-z]+)\s)?(?:19|20)\d\d|"
                           rf"in\s(?-i:[A-Z][a-z]+))\s){{0,2}}(?:{_SIGNING}|lend|sign|"
                           rf"(?:is|are)\s(?:also\s|now\s|still\s)?in\s(?:(?:advanced|early|preliminary|final|exclusive|"
                           rf"detailed|further|serious|direct|fresh)(?:[- ]stage)?\s)?(?:talks|negotiations|discussions)|"
                           rf"(?:have\s|has\s)?met\swith|"  # ("Chinese officials have met with the Mexican government to offer …")
                           rf"(?:is|are)\s(?:now\s|still\s)?holding\s(?:\w+\s)?(?:talks|negotiations|discussions)|"
                           rf"(?:have\s|has\s)?discussed|"  # ("Azerbaijan and Huawei discussed cooperation in the field of 5G")
                           # ("China pledged $1 billion for …", "China would provide up to $1 billion in concessional financing")
                           rf"pledg(?:ed|es)|promised|{WILL_PROVIDE}|"
                           # ("Chinese officials on Thursday handed over a satellite ground station to Namibia": the giver)
                           rf"hand(?:ed|s)\sover|"
                           # ("China suspended funding for …": the lender that stopped its money)
                           rf"(?:suspend(?:ed|s)|halt(?:ed|s)|froze|withdrew|cut)(?=\s(?:its\s|the\s)?(?:funding|financing|"
                           rf"loans?|disbursements?|credit)\b)|"
                           rf"(?:have\s|has\s|had\s|is\s|are\s)?(?:been\s)?negotiating)\b", after, re.I)
        paired = (re.search(r"(?:^|[\s,])(?:and|&)\s$", before) or
                  re.fullmatch(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3},\s", before)) and re.match(
            rf"\s(?:has\s|have\s|had\s|on\s\w+\s)?(?:(?-i:[a-z]+ly)\s|also\s)?{_SIGNING}\b", after, re.I)
        # ("Agreement … Between People's Republic of China and the Russian Federation": the second of two countries)
        # (not "a meeting between Chinese leader Xi Jinping & Russian President Vladimir Putin": two people)
        second = re.search(r"\b[Bb]etween\s(?:the\s)?(?P<first>[A-Z][\w'’-]*(?:\s(?:of\s|the\s)*[A-Z][\w'’-]*){0,5})\s(?:and|&)\s"
                           r"(?:the\s)?$", before)
        between = (re.search(r"\b[Bb]etween\s(?:the\s)?(?:(?:People['’]s\s|Islamic\s|Federal\s|Democratic\s)?Republic\sof\s(?:the\s)?|"
                             r"Kingdom\sof\s|State\sof\s)?$|\b[Bb]etween\s(?:the\s)?[A-Z][\w-]+(?:\s[A-Z][\w-]+)?\s(?:and|&)\s$", before)
                   or second and _country_of(second["first"])) and not re.search(rf"\b{_AT_ODDS}\sbetween\s", before) and \
            not re.search(r"\b(?:cables?|links?|routes?|connections?|backbones?|corridors?|highways?)\s(?:[\w-]+\s){0,2}?between\s",
                          before, re.I)  # ("a submarine cable between Pakistan and Kenya": where it runs)
        # (not "The formal agreement was executed amidst a diplomatic engagement with the People's Republic of China")
        with_ = (c.kind in ("talks", "proposal") or not re.search(
            r"\b(?:engagement|meeting|visit|dialogue|relations|ties|trade|friendship|consultations)\swith\s$", before)) and \
            re.search(rf"\b{_SIGNING}\b[^.;]{{0,80}}\bwith\s$|\bin\s(?:[\w-]+\s)?(?:talks|discussions|negotiations)\swith\s$|"
                      r"\bnegotiating\swith\s$|"
                      r"\bnegotiat(?:e|es|ed|ing)\s(?:an?\s|the\s)(?:[\w$€£.,-]+\s){0,3}?(?:loan|deal|agreement|contract)s?\swith\s$",
                      before, re.I)  # ("is negotiating a loan with China")
        # "a contract … to build a communications satellite for Belarus": the client of a contract
        client = c.kind in ("contract", "project") and m.kind == "country" and (re.search(
            rf"\b(?:{BUILT}|supply|deliver|launch(?:ed|es)?)\b[^.;]{{0,80}}\bfor\s(?:the\s)?$|\bhelped\s$", before, re.I) or (
            # ("with China agreeing to help Egypt build an optical remote-sensing satellite": whom the work is for)
            re.search(r"\bhelp(?:s|ing)?\s$", before, re.I) and re.match(
                r"\s(?:to\s)?(?:build|develop|launch|set\sup|establish|construct|install|deploy|implement|upgrade|expand)\b",
                after, re.I)) or re.search(
            r"\b(?:won|wins|secured|clinched|bagged|awarded)\s(?:a|an|the)\s(?:[\w-]+\s){0,3}?(?:tender|contract|bid)\sfor\s$",
            before) or (m.value != "CHN" and re.search(rf"\b(?:{AWARDED})\s(?:an?\s|the\s)?$", before) and
                        # ("ZTE wins Ethiopia 4G contract": the country's name as the word before, in a headline too)
                        re.match(r"n?\s(?:[\w-]+\s){0,3}?(?:contract|tender|deal|order)s?\b", after)))
        # ("won a tender for Kenya's digital TV signal distribution": Kenya's tender; "Huawei bags Guinean backbone
        # contract": the country's)
        # "has granted Benin 40 billion CFA francs", "to provide loans to Bangladesh": who receives a loan
        # (and a loan offered: "China Exim Bank has offered a $500 million loan to Ghana")
        lent_to = c.kind in ("loan", "pledge", "proposal") and m.kind == "country" and re.search(
            rf"{_LENDS_TO_WHOM}|\bawarded\s(?:the\s)?$|\b(?:loans?|credit|funding|financing|grants?)\s"
            r"(?:(?:of|worth|totall?ing)\s\S+(?:\s(?:million|billion|bn|m|[A-Z]{2,3}))?\s)?to\s(?:the\s)?$|"
            # "will lend $150 million to Ghana", "lent almost Rmb450mn ($66mn) to"
            r"\b(?:lend|lends|lent|lending|loan|loaned)\s(?:(?:about|almost|nearly|some|up\sto|over|another)\s)?\S*\d\S*"
            r"(?:\s(?:million|billion|bn|m))?(?:\s\([^)]{1,20}\))?\sto\s(?:the\s)?$", before, re.I)
        # "has received a $150 million loan from China", "will borrow $95.5 million from China": who lends
        lent_from = c.kind in ("loan", "pledge") and m.kind == "country" and re.search(
            r"\b(?:loans?|credits?|funding|financing|grants?|borrow(?:s|ed|ing)?)\b[^.;]{0,60}\bfrom\s(?:the\s)?$", before, re.I) \
            and not _is_demonym(m.text)  # (not "loans from Chinese financial institutions")
        # "Cameroon borrows CFAF 22.95 billion from China", "Zambia secures $150 million loan from China", "Papua New
        # Guinea took out a loan": who borrows
        borrowed = c.kind in ("loan", "pledge") and m.kind == "country" and re.match(
            r"\s(?:has\s|have\s|had\s|will\s|(?:is|are)\sto\s)?(?:also\s|now\s)?(?:borrow(?:s|ed)?\b|"
            r"(?:secur(?:es|ed)|receiv(?:es|ed)|obtain(?:s|ed)|gets|got|t(?:ook|akes)\sout|win|wins|won|"
            r"(?:is|are)\s(?:in\sthe\sprocess\sof\s)?taking(?:\sout)?)\s"  # ("Nigeria is in the process of taking a … loan")
            r"(?:[\w$€£.,-]+\s){0,5}?(?:loans?|credit|financing|funding)\b)", after, re.I) and not _is_demonym(m.text)
        # "China is likely to fund 162 million dollar for the project": who promises the money
        funder = c.kind in ("pledge", "loan") and m.kind == "country" and re.match(rf"\s(?:{FUND_TO_COME})", after, re.I) \
            and not _is_demonym(m.text)
        # "The towers were being constructed … with support from China": the country that pays for a project
        backer = c.kind in ("project", "contract") and m.kind == "country" and re.search(
            r"\b(?:with|through)\s(?:the\s)?(?:financial\s)?(?:support|assistance|aid|funding|financing|backing|money)\s"
            r"from\s(?:the\s)?$|"
            # ("The ICT park was built with a $50 million soft loan from China": who lends for it)
            r"\b(?:with|through|using|by)\s(?:an?\s|the\s)?(?:[\w$€£.,'’-]+\s){0,4}?(?:loans?|credits?|credit\slines?|"
            r"financing|funding|grants?)\sfrom\s(?:the\s)?$|"
            # ("The data centre, financed by China and built by Huawei, was inaugurated")
            + _PAID_BY_BEFORE, before, re.I) and not _is_demonym(m.text)
        # "China handed over the satellite to Venezuela": who built a thing and whose it is now
        handed = c.kind in ("project", "contract") and m.kind == "country" and not _is_demonym(m.text) and (
            re.match(r"\s(?:has\s|have\s|had\s|on\s\w+\s)?(?:formally\s|officially\s)?hand(?:ed|s)\sover\b", after) or
            ((h := HANDED_TO.search(t, max(0, m.start - 100), m.start + 1)) is not None and h.end() == m.start))
        # ("block a plan, initiated by Solomon Islands, for the company to build a submarine cable": whose plan it was)
        proposer = c.kind == "proposal" and m.kind == "country" and not _is_demonym(m.text) and re.search(
            r"\b(?:initiated|proposed|requested|sought|put\sforward|championed)\sby\s(?:the\s)?$", before)
        if proposer:
            out.append(m)
            continue
        if c.aggregate and not (subject or with_):
            continue
        if c.kind in ("loan", "pledge") and m.kind == "country" and m.value != "CHN" and _loan_for_a_country(t, m.start) and \
                (_OWNED_THING.match(after) or re.match(r"['’]s\s(?:[\w-]+\s){0,3}?(?:projects?|programmes?|programs?)\b", after)):
            out.append(m)  # "approved a $300 million loan for Zambia's national broadband project": Zambia's loan
            continue
        if c.kind in _OWNER_ROLE and m.kind == "country" and m.value != "CHN" and _OWNED_THING.match(after):
            out.append(m)  # "Alcomsat-1, Algeria's first telecommunications satellite, was launched": Algeria's
            continue
        if c.kind == "project" and m.kind == "country" and m.value not in _CHINESE and not _is_demonym(m.text) and \
                re.search(r"\b[Tt]he\s$", before) and _NAMED_AFTER_ITS_STATE.match(after):
            out.append(m)  # "the official launching of the Vanuatu eGovernment Network": the state's
            continue
        if c.kind == "project" and m.kind == "country" and not re.match(r"n\b|ese\b|ish\b|ch\b", after) and \
                not _DESCRIBES.match(after) and not re.match(r"\s(?:[\w-]+\s)?(?:giant|firm|company|group|operator)\b", after) and \
                _BUILT_BY.search(before):
            out.append(m)  # "Badr-1 was launched by China in 1990": who built it
            continue
        if c.kind == "project" and m.kind == "country" and m.value in _CHINESE and not _is_demonym(m.text) and \
                (not before.strip() or re.search(r"(?:,|\band)\s$", before)) and _BUILDS_AFTER.match(after):
            out.append(m)  # "China built the communications satellite for Laos", "China helped Bolivia build …": the builder
            continue
        if c.kind == "project" and m.kind == "country" and m.value not in _CHINESE and not before.strip() and \
                re.match(r"\s(?:on\s\w+\s|has\s|have\s)?(?:officially\s)?(?:(?:launch|inaugurat|open|unveil|commission)(?:ed|es|s)|"
                         # ("Monaco on Tuesday became the first country in Europe to inaugurate a … 5G … network")
                         r"(?:became|becomes|has\sbecome)\sthe\sfirst\s(?:[\w-]+\s){0,4}?to\s(?:launch|inaugurate|open|roll\sout|"
                         r"switch\son|deploy))\s(?:(?:an?|the|its)\s)?", after):
            out.append(m)  # "Thailand on Friday launched a Huawei Technologies 5G test bed": the state whose it is
            continue
        if later:
            subject = paired = with_ = client = lent_to = lent_from = borrowed = funder = backer = handed = None
            between = between and _THE_DEAL_BETWEEN.search(before)
        if subject or paired or between or with_ or client or lent_to or lent_from or borrowed or funder or backer or handed:
            if (not re.match(r"['’‘]s\b|n\b|ese\b", after) or (client and re.match(r"['’‘]s\s[a-z]|n\s[a-z]", after))) and \
                    not (m.text.endswith("s") and re.match(r"['’]\s(?-i:[A-Z])", after)) and \
                    not _DESCRIBES.match(after):
                # "Kenya's ministry …": the ministry is the party; "with Chinese firms A and B": A and B are
                out.append(m)
    return out


_DESCRIBED_WORDS = "owned|run|backed|listed|based|controlled|funded|produced|made|built|manufactured|financed|led|supplied"
# a sum of money ("Sh51 billion", "US$5m", "Rs10bn"): no word of a name
_MONEY = r"(?:Shs?|KSh|Ksh|Rs|Tk|RM|R\$|US\$|HK\$|A\$|C\$|S\$|NZ\$|EC\$|NT\$)\.?\s?\d"
# a road or a line named by its ends ("the Nairobi JKIA to James Gichuru expressway", "the Nairobi to Naivasha
# segment"): places, not parties
_ROUTE_AFTER = re.compile(r"\s(?:expressway|highway|road|railway|rail|line|route|segment|link|corridor|section|stretch)\b")
# a name the records do not know, before what it names ("with Nigcomsat-1 communication satellite"): a thing
_THING_AFTER = re.compile(r"\s(?:pandemic|outbreak|epidemic|crisis|virus|war|era)\b|"  # "due to the COVID-19 pandemic"
                          # ("the Maldives-Sri Lanka Cable (MSC) cable project": a cable, named with its initials)
                          r"(?:\s\([A-Z0-9-]{2,8}\))?(?:\s(?:communications?|telecommunications?|mobile|broadband|fib(?:re|er)|optic|optical|submarine|"
                          r"undersea|earth|observation|remote|sensing|data|ground|launch|"
                          # ("equipment for the ECU 911 surveillance system")
                          r"surveillance|security|emergency|monitoring|identification|payment|video|response|command|control))*"
                          r"\s(?:satellites?|spacecraft|rocket|cables?|systems?|platforms?|stations?|cent(?:re|er)s?|projects?)\b")
# a name as news writes it: capitalised words, joined by "of", "and", "&", "de"…, an acronym in brackets
# a name's first word: a capital — or a digit and a word ("9mobile", "3Com", "2degrees"; not "5G" nor "10Gbps"), or a
# brand in small letters ("eMonkey", "eWTP Arabia Capital")
_NP_FIRST = r"(?:[A-Z][\w'’&.-]*[\w&]|[A-Z]|(?<![\w-])[a-z][A-Z][a-z][\w'’&-]*[\w&]|(?<![\w-])[a-z][A-Z]{2,5}\b|\d(?!(?:Gbps|Mbps|Tbps|kbps|GHz|MHz|kms?|MW|GW|GB|TB|years?|months?)\b)[A-Za-z]{3,}\w*)"
_NP = (r"(?!" + _MONEY + r")" + _NP_FIRST + r"(?:(?:\s(?:of|and|&|for|de|dos|da|du|des|la|del|y|the|e|in\scharge\sof)\s|\s|-|"
       r"\s\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\)\s(?=[A-Z]))"
       r"(?!Sdn\.?\sBhd|" + _MONEY + r")(?:[A-Z][\w'’&.-]*[\w&]|[A-Z]{2,}|(?<!\sfor\s)(?<!\sof\s)(?<!\sand\s)\d\w*|[A-Z](?![\w'’&.-])))*(?:,?\s(?:Co\.?,?\s)?(?:Ltd|Limited|Inc|LLC|PLC|JSC|S\.A|AG|GmbH|Pvt|Sdn\.?\s?Bhd)\b\.?)?"
       r"(?:\s\([A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,2}\))?")


# where a clause opens: a sentence's start, after a comma, a dateline's colon or dash ("KUCHING (Feb 28): A and
# B have signed", "HONG KONG - 12 May 2022 - A, B and C reaffirmed"), "as", "that"
_OPENS = rf"^|[,;:]\s|\s[–—-]\s|\s--\s|\bas\s|\bthat\s|^(?:{_TIME_WORDS}),?\s"


# what two sides have that is no deal: "amid friction between the US and China"
_AT_ODDS = r"(?:friction|tensions?|rivalry|disputes?|conflict|war|competition|row|standoff|feud|spat|rift)"


# what a firm is said to be ("state-run operator Ethio Telecom", "Zentrix, a Brazilian company")
_FIRM_IS = (r"company|firm|operator|carrier|provider|telco|vendor|supplier|maker|manufacturer|developer|lender|"
            r"conglomerate|investor|start-?up")


class _Listed(str):
    """A position where a list of names may stand ("with Huawei, Nokia and Ericsson", "contracted Nokia and Huawei",
    "provider Saudi Call and China's Shanghai Lumaotong Group"): read as several names."""


# what may stand around a name in a list: a bracket after it that says what it is, a description before it ("Cambodia's
# Telcothech (a subsidiary of Ezecom), Malaysia-based Telekom Malaysia Berhad, and Thai firm Symphony Communication …")
_LIST_ITEM_END = r"(?:\s\([a-z][^()]{0,80}\))?"
_LIST_ITEM_START = rf"(?:(?:[A-Z][a-z]+\s)?(?:{_FIRM_IS}|group|giant)\s(?=[A-Z]))?"


# who owns a firm, said before its name: "Kenya's state-owned DataCo", "Laos' state-run Lao Telecom", "the Kenyan
# government-owned DataCo" (the name after it stands where the words before it would)
_OWNED_BEFORE = (r"(?:(?:[Tt]he\s)?(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}(?:['’]s|['’])\s|[A-Z][a-z]+\s)?"
                 r"(?:state|government|publicly|majority|wholly|partly)[- ](?:owned|run|controlled|backed)\s)?")


_POSITIONS = [
    rf"\bbetween\s(?:the\s)?(?P<a>{_NP})\s(?:and|&)\s(?:the\s)?(?P<b>{_NP})",
    # "a joint venture between Cambodia's Telcothech (…), Malaysia-based Telekom Malaysia Berhad, and Thai firm …": three
    # or more
    _Listed(rf"\bbetween\s(?:the\s)?(?P<a>{_NP})(?=(?:{_LIST_ITEM_END},\s(?:the\s)?{_LIST_ITEM_START}{_NP})+{_LIST_ITEM_END},?\s"
            rf"(?:and|&)\s)"),
    rf"(?:{_OPENS})(?:the\s|both\s)?(?P<a>{_NP})\s+(?:and|&)\s(?:the\s)?(?P<b>{_NP})\s+(?:have\s|has\s|had\s|on\s\w+\s|"
    rf"formally\s|jointly\s|also\s)?(?:{SIGNED}|{AWARDED}|teamed up|tied up|joined hands|partnered|will\s\w+|formed|submitted|"
    rf"selected|picked|chose|chosen|tapped|hired|appointed|decided\sto\sreplace|"  # ("Kyivstar and Lifecell have selected Huawei …": both buy)
    rf"established|set up|created|launched|inaugurated|cut\sthe\sribbon|are to\s\w+)\b(?!\s(?:to\s(?:the\s)?[A-Z]|by\b))",
    rf"(?:{_OPENS})(?:the\s)?{_OWNED_BEFORE}(?P<a>{_NP})\s+(?:has\s|have\s|had\s|on\s\w+\s|formally\s|also\s|jointly\s|recently\s)?"
    rf"(?:{SIGNED}|{AWARDED}|{FINANCED}|{BUILT}|acquired|bought|sold|took over|selected|picked|chose|ordered|teamed up|tied up|"
    rf"{MONEY_PUT}|led\s(?=an?\s[^.;]{{0,40}}?\bround\b)|decided\sto\sreplace|"
    rf"{HIRES_NOW}|"  # (a headline's present: "Deutsche Bahn picks Huawei for GSM-R upgrade")
    rf"(?<=has\s|ave\s|had\s)(?:chosen|tapped|hired|appointed|engaged|contracted)|"  # ("Belgacom has chosen Huawei to …")
    # ("Airtel Malawi paid ZTE $9 million for …")
    rf"(?:spent|spends|paid|pays)(?=\s(?:[\w$€£.,-]+\s){{0,4}}?(?:on|for)\s(?![^.;]{{0,40}}\b(?:shares?|stakes?)\b))|"
    rf"(?:opened|launched|inaugurated)(?=\s(?:[\w-]+\s){{0,4}}?(?:data\scent(?:re|er)s?|plants?|factor(?:y|ies)|offices?|"
    rf"cent(?:re|er)s?|labs?|laborator(?:y|ies)|academ(?:y|ies)|networks?|cables?|campus(?:es)?|hubs?|regions?|stations?)\b)|"
    # ("FiberHome has opened a plant in Kisber", not "launched an investigation")
    # ("eWTP Arabia Capital has formed a joint venture company with China's Alibaba Cloud")
    rf"(?:formed|established|set\sup)(?=\s(?:a|an)\s(?:[\w-]+\s){{0,2}}?(?:joint\sventure|consortium|alliance))|"
    rf"partnered|joined hands|will\s(?:build|supply|install|deploy|provide|finance|fund|acquire|buy|sign|work|co-build)|"
    rf"met(?=\s(?:up\s)?with\s)|"  # ("InvestChile met up with Alibaba's Vice President …": who met for talks)
    rf"is\s(?:to|set to)\s\w+|(?:was|were|has been|had been)\s(?:picked|selected|chosen|awarded|contracted|hired))\b"
    r"(?!\sto\s(?:the\s)?[A-Z])",
    # "Glo, Huawei sign contract for 4G network": a headline's two sides, a comma between
    # (not a state's clipped name: "Pak, China sign …", "RP, China ink …")
    rf"(?:^|:\s)(?!(?:Pak|Zim|Bangla|Afghan|Phil|Indo|Viet|Malay|Lanka|RP|SA|SL|PNG|DRC|UAE|KSA|US|UK),)(?P<a>{_NP}),\s(?P<b>{_NP})\s"
    rf"(?:sign|ink|seal|agree|partner|team\sup)\b",
    rf"(?:^|\s)(?P<a>{_NP})['’]s\s(?:\w+\s)?(?:acquisition|purchase|takeover|buyout)\sof\s(?:the\s)?(?P<b>{_NP})",
    # "ICT service provider Saudi Call and …", "state-run operator Ethio Telecom": a name after what it is
    _Listed(rf"\b(?:{_FIRM_IS}|owner|giant|outfit|incumbent|subsidiary|unit|arm|consortium|enterprise)"
            rf"\s(?P<a>{_NP})(?=\s(?:and|&)\s|\s+[a-z(]|[,.;:]|\s*$)"),  # (a lower-case word after the name: "operator Zentrix on
    # Monday")
    # "between the Government of Ghana and Chinese company, Beijing Everywhere Traffic & Lighting Tech. Co": a name after a
    # people's word, what it is and a comma
    rf"\b(?-i:[A-Z][a-z]+(?:an|ese|ish|i))\s(?:[a-z]+\s)?(?:{_FIRM_IS}|giant),\s(?P<a>{_NP})",
    # "A (CMI), B (CUG), C and D reaffirmed their partnership to …": a list of names, the subject of the deal's verb
    _Listed(rf"(?:{_OPENS})(?:the\s)?(?P<a>{_NP})(?=(?:,\s(?:the\s)?{_NP})+,?\s(?:and|&)\s(?:the\s)?{_NP},?\s(?:have\s|has\s|"
            rf"had\s|jointly\s|also\s|formally\s)?(?:{SIGNED}|{AWARDED}|reaffirmed|renewed|teamed up|partnered|joined hands|formed|"
            rf"established|submitted|set up|launched|will\s\w+|are to\s\w+)\b)"),
    # "Bharti Airtel also said recently that it selected Ericsson …", "ZTE said on Monday it had won …": who "it" is
    rf"(?:^|\s)(?P<a>{_NP})\s(?:also\s)?(?:said|says|announced|confirmed)\s(?:[\w-]+\s){{0,3}}?(?:that\s)?(?:it|the\s(?:[Cc]ompany|[Gg]roup|[Ff]irm|[Oo]perator|[Vv]endor))\s"
    rf"(?:has\s|had\s|have\s|would\s|will\s)?(?:also\s|now\s|recently\s)?(?:been\s)?(?:{SIGNED}|{AWARDED}|{HIRING})\b",
    # "Kivu Networks announced on Wednesday that Huawei would supply the fibre equipment …": who tells of its vendor's work
    rf"(?:{_OPENS})(?P<a>{_NP})\s(?:also\s)?(?:announced|confirmed|revealed|said|says)\s(?:[\w-]+\s){{0,3}}?that\s"
    rf"(?:China['’]s\s|Chinese\s(?:firm\s|company\s|vendor\s)?)?[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){{0,3}}\s(?:would|will|is\sto)\s"
    rf"(?:supply|build|deploy|install|provide|upgrade|roll\sout|lay|construct)\b",
    # "to upgrade and extend KPN's mobile networks", "to expand Zentrix's data centre": whose networks the work is on
    rf"\b(?:build|upgrade|extend|expand|moderni[sz]e|overhaul|rebuild|deploy|supply|equip|operate|manage|maintain)\s"
    rf"(?:the\s)?(?P<a>{_NP})['’]s\s(?=(?:[\w-]+\s){{0,3}}?(?:networks?|systems?|infrastructure|data\scent(?:re|er)s?|backbones?|"
    rf"cables?|towers|platforms?)\b)",
    # "to manage the core networks of Three UK": whose networks the work is on
    rf"\b(?:manage|build|upgrade|extend|expand|moderni[sz]e|overhaul|rebuild|operate|maintain|run)\s(?:the\s)?(?:[\w-]+\s){{0,3}}?"
    rf"(?:networks?|systems?|infrastructure|data\scent(?:re|er)s?)\sof\s(?:the\s)?(?P<a>{_NP})",
    # "Huawei supplies the PCCW-HKT core and radio networks": whose networks they are
    rf"\bsupplies\s(?:the\s)?(?P<a>{_NP})(?=\s(?:[\w-]+\s){{0,4}}?networks?\b)",
    # "Ericsson is the main vendor to Safaricom": a supplier, named before what it is
    rf"(?:{_OPENS})(?P<a>{_NP})\s(?:is|was|has\sbeen|remains)\s(?:the|its)\s(?:[\w-]+\s){{0,2}}?(?:supplier|vendor)\b",
    # "State-owned China Tower, together with the Lao government and …, signed": the subject before "together with"
    rf"(?:{_OPENS})(?:the\s)?(?P<a>{_NP}),\s(?:together|along)\swith\s",
    # "Huawei and Malaysia's operator, Telekom Malaysia, signed": a name between commas before the verb
    rf",\s(?P<a>{_NP}),\s(?:\W\s)?(?:has\s|have\s|had\s)?(?:{SIGNED}|{AWARDED})\b",
    # "from acquiring American server company 3Leaf Systems": what is bought, after its description
    rf"\b(?:acquir(?:e|ed|es|ing)|buy(?:s|ing)?|bought|purchas(?:e|ed|es|ing)|takeover\sof|took\sover|stake\sin)\s(?:an?\s|the\s)?"
    rf"(?:[A-Z][a-z]+\s)?(?:[a-z][\w-]*\s){{1,3}}(?P<a>(?:\d[A-Z][a-z]{{2,}}\w*\s?)?{_NP})",
    rf"\b(?:acquired|bought|took\sover|purchased)\s(?P<a>{_NP})(?=\s(?:in|for|from|on|at|with)\b|[,.;])",
    # "acquired a 15.5% holding in HKBN", "the purchase of small cellco Sunday": what is bought
    rf"\b(?:stake|holding|interest|shareholding)s?\sin\s(?:the\s)?(?P<a>{_NP})",
    # ("ploughed $200m into Kakao Pay", "led a $1.1 billion funding round in Tokopedia": the firm the money went into)
    rf"\b(?:{MONEY_PUT})\s(?:[\w$€£.,()-]+\s){{1,6}}?(?:in|into)\s(?:the\s)?(?P<a>{_NP})|"
    rf"\b(?:funding|financing|investment)\sround\s(?:in|for|of|into)\s(?:the\s)?(?P<b>{_NP})",
    rf"\b(?:purchase|acquisition|takeover|buyout)\sof\s(?:the\s)?(?:[a-z][\w-]*\s){{0,3}}(?P<a>{_NP})",  # "took over BT Research in 2000"
    _Listed(rf"\b(?:{HIRING}|awarded)\s(?:the\s)?(?P<a>{_NP})"),
    # "has begun marine survey work on behalf of Megacable": whom the work is for
    rf"\bon\sbehalf\sof\s(?:the\s)?(?P<a>{_NP})",
    # "the local assets of the largest mobile carrier in the Pacific Islands, Digicel.": a name after its description
    rf"\b(?:carrier|operator|company|firm|provider|bank|lender|telco|vendor|maker)\b[^,.;()]{{0,60}},\s(?P<a>{_NP})(?=\s*[.;]|$)",
    # "partnerships with other Peruvian telecom companies, including Claro and Entel": the names a description lists
    _Listed(rf"\b(?:companies|firms|operators|carriers|partners|banks|vendors|telcos),?\s(?:including|such\sas|namely)\s"
            rf"(?:the\s)?(?P<a>{_NP})"),
    # "Parties involved in the MoU were the Guangzhou Panyu Economy and Trade Promotion Bureau, Miri City Council, …": the
    # list of who signed
    _Listed(rf"\b(?:[Pp]arties|[Ss]ignatories)\s(?:involved\s)?(?:in|to|of)\s(?:the\s)?(?:[\w-]+\s){{0,3}}?(?:were|are|"
            rf"include|included)\s(?:the\s)?(?P<a>{_NP})"),
    _Listed(rf"\b(?:with|by|from|to|for)\s(?:the\s)?(?:Chinese\s(?:firm|company|vendor|giant|bank)\s|(?:telecom|technology)\s"
            rf"(?:firm|company|giant|operator)\s|{_OWNED_BEFORE})(?P<a>{_NP})"),
]


# (each a compiled pattern and whether a list of names may stand there)
_POSITION_RES = [(re.compile(str(p)), isinstance(p, _Listed)) for p in _POSITIONS]


# one more capitalised word after a known name, where the name ends ("Vodafone Idea and …", "Vodafone Idea signed")
# the words for a deal, never the last of a name a known one begins ("Ethio Telecom Awards Huawei Contract")
_DEAL_WORDS = frozenset("Contract Contracts Deal Deals Agreement Agreements MoU MoUs Loan Loans Pact Tender Order Orders "
                        "Bid Stake Nod Project Partnership Accord".split())
_NAME_GOES_ON = re.compile(r"\s([A-Z][a-z]+)(?=\s[a-z&]|[,.;:)]|$)")


# a name with what it is said to be beside it: "Altan Redes, the company developing the network,", "Sri Lanka's
# Mobitel, a unit of Sri Lanka Telecom", "State-owned telecommunications provider, TSTT, is undertaking …"
_WHAT_IT_IS = rf"(?:{_FIRM_IS}|unit|subsidiary|arm|division|giant|incumbent|utility)"
_DESCRIBED_NAME = re.compile(
    rf"(?:^|(?<=\s))(?P<a>{_NP}),\s(?:a|an|the)\s(?:[\w-]+\s){{0,3}}?{_WHAT_IT_IS}"
    rf"(?=[,.;]|\s(?:that|which|of|in|for|based|owned|run|behind|responsible|[a-z]+ing)\b)|"
    rf"\b{_WHAT_IT_IS},\s(?P<b>{_NP}),\s")


# a firm the article introduces by what it is: "Mobile operator MegaFon", "Hong Kong wireless carrier Sunday", "MegaFon, a
# Russian mobile operator," (the words before the firm's noun in small letters, or a people's or a place's)
_INTRODUCED = re.compile(r"(?P<what>(?:\b[\w'’-]+\s){0,3})(?-i:operator|carrier|telco|provider|vendor|utility)"
                         # ("Australia's dominant carrier, the formerly government-owned Telstra", "State-owned
                         # telecommunications provider, TSTT, is …")
                         # (not "the preferred equipment vendor, says Muthuvel": who tells)
                         r"(?:,\sthe\s(?:(?!(?:said|says|told|and|or|but|which|who|that|with|to|of|in|for|by|on|at|as)\s)"
                         r"(?-i:[a-z])[\w-]*\s){0,3}|,\s(?=(?-i:[A-Z])[\w&'’.-]*(?:\s(?-i:[A-Z])[\w&'’.-]*){0,2},)|\s)"
                         r"(?P<a>(?-i:[A-Z])[\w&'’.-]*[\w&](?:\s(?-i:[A-Z])[\w&'’.-]*[\w&]){0,2})(?=[,.;]|\s(?-i:[a-z(])|$)|"
                         r"(?:^|(?<=\s))(?P<b>(?-i:[A-Z])[\w&'’.-]*[\w&](?:\s(?-i:[A-Z])[\w&'’.-]*[\w&]){0,2}),\s(?:a|an|the|"
                         r"(?-i:[A-Z])[\w-]+(?:\s(?-i:[A-Z])[\w-]+)?['’]s)\s"
                         r"(?P<what2>(?:[\w'’-]+\s){0,4}?)(?-i:operator|carrier|telco|provider|vendor|utility)\b(?=[,.;])",
                         re.M)


@lru_cache(maxsize=8)
def _introduced_firms(text: str, gaz) -> dict[str, str | None]:
    """Firms the article introduces by what they are, the gazetteer not knowing them, with the country the words that
    introduce them name ("a Russian mobile operator": Russia's) — each of them an organisation wherever the article names
    it again."""
    out: dict[str, str | None] = {}
    for m in _INTRODUCED.finditer(text):
        name = m["a"] or m["b"]
        if name in out or name.split()[0] in _NOT_NAMES or name.lower() in WEEKDAYS or _is_place(name) or \
                any(x.kind == "organisation" for x in gaz.find(name)) or not _clean_name(name, name, 0):
            continue
        where = next((x.value for x in gaz.find(m.group()) if x.kind == "country"), None)
        out[name] = where
        bare = re.match(r"(?:OAO|OJSC|PJSC|PAO|JSC|PT|PLC)\s(?=[A-Z])", name)
        if bare:  # ("OAO MegaFon, Russia's second-largest wireless operator, …", later "MegaFon")
            out.setdefault(name[bare.end():], where)
    return out


def _described(sentence: str) -> list[tuple[int, str]]:
    """Names the sentence says are firms, by what it says beside them (a firm's word after "a"/"the" and before a
    comma or a clause: not "Li Wei, the company's chief", "Ann Wu, a company spokeswoman")."""
    out = []
    for m in _DESCRIBED_NAME.finditer(sentence):
        g = "a" if m["a"] else "b"
        found = _clean_name(sentence, m[g], m.start(g))
        if found:
            out.append(found)
    return out


_ROUTE_OR_PERSON = re.compile(r"(?:\bfrom\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)?\sto\s|\b(?:chaired|headed|led|founded|"
                              r"presided|owned|run)\sby\s)(?:the\s)?$")


# a legal form after a name (and a joint-stock company's, "Yangtze Optical Fibre and Cable Joint Stock Co Ltd", and a
# Thai public company's, "Advanced Info Service Pcl")
_LEGAL_TAIL = re.compile(r"\.?,?\s(?:Joint[- ]Stock\s(?:Limited\s)?(?:Company|Co\.?)(?:,?\s(?:Ltd|Limited)\b\.?)?|"
                         r"(?:Co\.?,?\s)?(?:Ltd|Limited|Inc|LLC|PLC|Plc|Pcl|PCL|JSC|S\.A|AG|GmbH|Pvt|Sdn\.?\s?Bhd)\b\.?)")


# what a person who tells of a deal is: "Ann Wu, a company spokeswoman, said", "…, Zentrix's chief executive, said"
_SPEAKER_AFTER = re.compile(r",\s(?:(?:a|an|the|its|their)\s|[A-Z][\w-]*['’]s\s)(?:[\w-]+\s){0,3}?(?:spokes(?:man|woman|person)|"
                            r"official|executive|director|chief|head|manager|president|chairman|chairwoman|CEO|analyst|"
                            r"minister|ambassador|secretary|founder|engineer)\b|\s(?:said|says|told)\b")
_LIST_NEXT = re.compile(rf"{_LIST_ITEM_END}(?:,\s(?:and\s)?|,?\s(?:and|&)\s)(?:the\s)?{_LIST_ITEM_START}(?P<a>{_NP})")


_NOT_NAMES = frozenset("""The This These That Those It Its He She They We I In On At Under Under According After Before Other
    Among Amongst
    Yesterday Today Tonight Tomorrow
    During While When Also But And As For From With By Last Next Earlier Later Meanwhile However Monday Tuesday Wednesday
    Since Until Despite Although Though Once Because Unless Amid Following Upon
    Thursday Friday Saturday Sunday Formerly Previously January February March April May June July August September October November
    December President Minister Prime Premier Chairman CEO CTO Mr Mrs Ms Dr Prof Secretary Ambassador Director
    Governor Deputy Vice General Manager Chief Officer State Media Reuters Xinhua AFP AP Bloomberg
    Separately Additionally Furthermore Moreover Similarly Likewise Besides Subsequently Consequently Accordingly
    Nevertheless Nonetheless Elsewhere Recently Currently Initially Finally Overall Notably Specifically Importantly
    Thus Hence Instead Indeed Then Now Already Ultimately Eventually Together Jointly""".split())


def _title_case(sentence: str) -> bool:
    """A headline in title case ("Pakistan, China Sign 24 Tech MoUs"): capitals say nothing of names there."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sentence) if w.lower() not in ("of", "and", "to", "in", "on", "for",
                                                                                   "the", "a", "an", "with", "at", "by")]
    return len(words) >= 3 and not re.search(r"[.!?][\"”’']?$", sentence.strip()) and \
        sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_TITLES = frozenset("""President Minister Prime Premier Chairman Chairwoman CEO CTO CFO Mr Mrs Ms Dr Prof Professor Secretary Ambassador
    Governor Deputy Vice Director Eng Engr Sheikh King Queen Prince Crown Senator Mayor Chief VP SVP EVP COO Assoc GM MD""".split())


# ("Executive Vice President Network Operations Mr. Donald Tan": an office, its first word no title itself)
_OFFICE_BEFORE = frozenset("Executive Senior Assistant Acting Former First Managing General Regional Country".split())


# words an organisation may be known by that a line in capitals writes as words
_COMMON_WORDS = frozenset("we it us all one now go on at be do my our you me".split())


def _shouted(sentence: str) -> bool:
    """Whether a sentence is written in capitals (a headline that shouts)."""
    letters = [ch for ch in sentence if ch.isalpha()]
    return len(letters) >= 12 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


# "… says the country has signed a Memorandum of Understanding with …": the state, its own subject
# (and "the country's government has contracted Chinese technology firm Huawei …")
_THE_COUNTRY_SIGNED = re.compile(r"(?P<np>\b[Tt]he\s(?:country|nation)(?:['’]s\s(?:government|cabinet))?)\s(?:has\s|have\s|had\s)?"
                                 r"(?:also\s|now\s)?(?:signed|inked|sealed|concluded|contracted|hired|engaged|commissioned|"
                                 r"appointed|selected|picked|chosen|tapped|awarded)\b")

# what comes just before a thing being set up: "are setting up a …", "for the establishment of the …"
_SET_UP_BEFORE = re.compile(r"\b(?:establish(?:es|ed|ing)?|establishment\sof|set(?:s|ting)?\sup|setup\sof|launch(?:es|ed|ing)?|"
                            r"launch\sof|open(?:s|ed|ing)?|opening\sof|creat(?:e|es|ed|ing)|creation\sof)\s"
                            r"(?:(?:a|an|the|its|their|his|her)\s)?(?:\w+\s){0,2}?$")


_SET_UP_AFTER = re.compile(r"(?:\s\([A-Z]{2,8}\))?\s(?:(?:was|will\sbe|to\sbe|is\sbeing)\s)?(?:established|set\sup|launched|opened)\b")


def _body_of_office(name: str) -> tuple[int, str] | None:
    """The body an office is of, and where it starts in the name, when the body has an organisation's head word:
    "Director General of the Kenya Data Authority" → "Kenya Data Authority" (not "President of Azerbaijan", a state read
    elsewhere, nor "Chairman of Huawei's Board")."""
    m = re.match(r"(?:[A-Z][\w.-]*\s){1,4}?of\s(?:the\s)?(?=[A-Z])", name)
    titles = [w for w in m.group().split() if w not in ("the", "of")] if m else []
    # (an officer of a body — not a minister, secretary or prince, whose "of" names a portfolio or a land: "Minister of
    # Science and Technology", "Prince of Songkla University")
    if m is None or not all(w in _BODY_OFFICERS or w in _OFFICE_BEFORE for w in titles):
        return None
    body = name[m.end():]
    if "'" in body or "’" in body or not re.search(r"\b(?:Authority|Agency|Commission|Company|Corporation|Corp\.?|Bank|Board|"
                                                  r"Council|Institute|University|Group|Limited|Ltd\.?|Inc\.?|Fund|Bureau|"
                                                  r"Administration|Directorate|Foundation|Organi[sz]ation|Holdings)\b", body):
        return None
    return m.end(), body


_ROYAL = frozenset("King Queen Prince Princess Sheikh Sultan Emir Amir".split())  # a sovereign's titles


def _named_after_a_sovereign(words: list[str]) -> bool:
    """"Queen Mary University of London", "King Abdullah University of Science and Technology": a body named after a
    sovereign (its first word a royal title, a body's head word after), not the sovereign."""
    return bool(words) and words[0] in _ROYAL and bool(
        re.search(r"\b(?:University|College|Academy|Institute|Hospital|Foundation|Fund|City)\b", " ".join(words[1:])))


# the offices of a body's officers ("Director General of the Kenya Data Authority", "Governor of the Central Bank of …")
_BODY_OFFICERS = frozenset("Director General Managing Chairman Chairwoman CEO CTO CFO COO Governor Chief Deputy Vice President "
                           "GM MD Head".split())


def _an_office(name: str) -> bool:
    """Whether a capitalised name is a person's office ("Minister for …", "Executive Vice President Network …")."""
    words = name.split()
    if len(words) > 1 and _is_demonym(words[0]):
        words = words[1:]  # ("the Cameroonian Secretary of Posts and Telecommunications Jean-Pierre …": his office)
    if _named_after_a_sovereign(words):
        return False  # ("Queen Mary University of London": a university)
    return words[0] in _TITLES or (len(words) > 1 and words[0] in _OFFICE_BEFORE and words[1] in _TITLES)


_REGION_WORDS = frozenset("north south east west central northern southern eastern western african asian gulf arab "
                          "european latin american pacific caribbean middle asia africa europe america americas oceania "
                          "southeast northeast southwest northwest balkans eurasia".split())


def _is_demonym(word: str) -> bool:
    """"Kenyan", "Chinese", "Pakistani", "African": a people's word — not a country's name ("Pakistan", "Mali")."""
    from ..resolve.countries import countries_in, country_names
    from ..resolve.normalise import fold

    w = fold(word.rstrip("’'s"))
    return w in _REGION_WORDS or (w.endswith(("an", "ese", "ish", "i")) and bool(countries_in(w))
                                  and w.casefold() not in country_names())


# words some provinces are named by that begin names of other things ("Centre for Integrated Photonics", "Central Bank")
_GENERIC_REGIONS = frozenset("centre center central north south east west northern southern eastern western capital coast "
                             "coastal lakes lake islands island upper lower middle highlands plateau river mountain valley "
                             "greater national federal special autonomous metropolitan city region province district "
                             "littoral savanes plateaux maritime interior".split())


def _is_place(name: str) -> bool:
    """A country, region or city alone ("Rawalpindi", "North African", "Gulf"), not an organisation's name."""
    from ..resolve.countries import PLACE_WORDS, capital_country, city_countries, countries_in, country_words, subdivision_countries
    from ..resolve.normalise import fold

    k = " ".join(fold(name).replace("’", "'").replace("'s", "").replace("-", " ").split())
    if not set(k.split()) & _GENERIC_REGIONS and (
            subdivision_countries(name) or ("-" in name and all(subdivision_countries(w) for w in name.split("-")))):
        return True  # a province, state or region ("Maharashtra"; "Madhya Pradesh-Chhattisgarh", two of them joined)
    country = " ".join(w for w in k.split() if w not in _REGION_WORDS)  # "West Malaysia", "Southern Africa"
    if capital_country(k) or city_countries(k) or (countries_in(k) and " ".join(countries_in(k)) in (k, country)):
        return True
    if re.fullmatch(r"[A-Z]{2,3}", name) and k in country_words():
        return True  # "US", "UK", "PNG"
    return all(w in PLACE_WORDS or w in _REGION_WORDS for w in k.split())


def _positional(sentence: str) -> list[tuple[int, str]]:
    """Names where a party stands: "between A and B", "A and B signed", "A will build", "with B" (and
    the rest of a list: "with Huawei, Nokia and Ericsson", "contracted Nokia and Huawei")."""
    out = []
    for rx, listed in _POSITION_RES:
        for m in rx.finditer(sentence):
            groups = [(m.group(g), m.start(g)) for g in ("a", "b") if g in rx.groupindex and m.group(g) is not None]
            if re.match(r"\bfor\s", m.group()) and re.search(r"[A-Z][\w-]*\s$", sentence[max(0, m.start() - 30):m.start()]):
                continue  # "Capital Investment Programme for Resilient Economic Growth": "for" inside a name
            if m.group().startswith("between") and re.search(rf"\b{_AT_ODDS}\s$", sentence[max(0, m.start() - 30):m.start()]):
                continue  # "amid friction between the US and China": no deal's sides
            if listed and _ROUTE_OR_PERSON.search(sentence, max(0, m.start() - 30), m.start("a")) or (
                    listed and re.match(r"\s(?:to|and)\s(?:the\s)?[A-Z]", sentence[m.end("a"):]) and
                    re.search(r"\bfrom\s(?:the\s)?$", sentence[max(0, m.start("a") - 10):m.start("a")])):
                continue  # "from Sydney to PNG": a route (not "from Zentrix to build …"); "chaired by Philip Falcone": a person
            pos = m.end("a")
            tail = _LEGAL_TAIL.match(sentence, pos)  # "with Example Cable Co. Ltd and PCCW Global": past "Co. Ltd"
            pos = tail.end() if tail and listed else pos
            while listed and (nxt := _LIST_NEXT.match(sentence, pos)) and not _SPEAKER_AFTER.match(sentence, nxt.end("a")):
                groups.append((nxt["a"], nxt.start("a")))  # (not "with Orion Telecom, Ann Wu, a company spokeswoman,
                pos = nxt.end("a")  # said": who tells of the deal)
            for name, at in groups:
                pieces = [name] if not listed else \
                    re.sub(r"\s(?:and|&)\s(?=[A-Z][\w-]+['’]s\s)|\b(Ltd|Limited|Inc|LLC|PLC|Co|Bhd)(\.?)\s(?:and|&)\s(?=[A-Z])",
                           lambda x: (x[1] or "") + (x[2] or "") + "\0", name).split("\0") \
                    if re.search(rf"\b(?:{ORG_HEADS})\b", name) \
                    else re.split(r"(?<=\S)\s(?:and|&)\s(?=\S)", name)  # "Nokia and Huawei": two names
                if listed:  # "with Orion Telecom and Zircon Fibre": two names, the first ending with its head word
                    pieces = [part for piece in pieces for part in _split_two(piece)]
                for piece in pieces:
                    at = sentence.index(piece, at)
                    found = _clean_name(sentence, piece, at)
                    if found:
                        out.append(found)
    return out


# "the MoU was signed", "China's Concessional Loan": what is signed, never who signs
_ARRANGEMENT = re.compile(r"(?:[A-Z][\w-]*\s){0,3}(?:Memorand(?:um|a)(?:\sof\s(?:Understanding|Cooperation|Co-operation|Agreement))?|MoUs?|MOUs?|LOIs?|"
                          r"Letters?\sof\sIntent|Agreements?|Contracts?|Deals?|Accords?|Protocols?|Treat(?:y|ies)|"
                          r"Declarations?|Pacts?|Loans?|Credits?|Grants?)")
# "China Ambassador", "Benin Minister of Foreign Affairs": an office, a person's, not an organisation
_OFFICE_IN = re.compile(r"\b(?:Minister|Ambassador|President|Secretary|Governor|Chairman|Chairwoman|CEO|Director|Mayor|"
                        r"Senator|Deputy)\b")


# "State-owned China Tower", "Shanghai-listed Hengtong", "Suzhou-based Hengtong": a description, not the name
_DESCRIBED = re.compile(rf"-(?:{_DESCRIBED_WORDS})$", re.I)


def _clean_name(sentence: str, name: str, at: int) -> tuple[int, str] | None:
    """A name found where a party stands, without the words that are not the name's, or None when
    what is left is a person, a place or no name."""
    at, name = _without_time(at, name)
    owner = re.match(r"((?:[A-Z][\w-]*\s){1,2}[A-Z][\w-]*)['’]s\s(?=[A-Z])", name)
    if owner and _is_place(owner[1]):  # "Sri Lanka's Mobitel", "South Africa's Telkom": the firm, not its country
        at, name = at + owner.end(), name[owner.end():]
    owner = _bare_owner(name)
    if owner:  # ("Malaysias Foreign Ministry": the apostrophe left out)
        at, name = at + owner, name[owner:]
    words = name.split()
    if words and _is_demonym(words[0]) and re.match(rf"\s(?:{_FIRM_IS}|giant|group)\s(?:[A-Z]|\d[A-Z])", sentence[at + len(name):]):
        return None  # "with Chinese ICT provider Huawei": what the firm is, its name after
    titled = False
    # "Chinese President Xi", "Qatar's Power International Holding", "In June": not the name's words;
    # "Southern Caribbean Fiber", "Saudi Telecom Company": a demonym before a name is the name's
    # (but "Queen Mary University of London": a body named after a sovereign keeps its first word)
    royal = _named_after_a_sovereign(words)
    while not royal and words and (words[0] in _NOT_NAMES or words[0].rstrip("’'s") in _NOT_NAMES or _DESCRIBED.search(words[0]) or
                     (re.search(r"['’]s$", words[0]) and _is_place(words[0][:-2])) or
                     (_is_demonym(words[0]) and (len(words) == 1 or words[1] in _NOT_NAMES))):
        titled = titled or words[0] in _TITLES
        at += len(words[0]) + 1
        words = words[1:]
    before = sentence[max(0, at - 30):at].split()
    if titled or _OFFICE_IN.search(" ".join(words)) or (before and before[-1] in _TITLES) or (len(before) >= 2 and before[-1] in ("for", "of") and
                                                        before[-2] in _TITLES):
        return None  # "President Xi Jinping": a person; "Minister for Mining and Energy": an office
    if re.search(r"\b(?:Minister|Secretary|Director|Commissioner|Chairman|Chairperson|Governor|Ambassador)\s(?:of|for)\s"
                 r"(?:[A-Z][\w'’-]*,?\s(?:(?:and|&)\s)?){1,6}$", sentence[:at]) and words and \
            not re.search(rf"\b(?:{ORG_HEADS})$", " ".join(words)):
        return None  # "Minister of Communication, Technology and Innovation Salima Bah": the office's last words, its holder
    name = re.sub(r"\s\([^)]*\)$", "", " ".join(words).rstrip(".,"))  # "… (SCF)": the name, not its initials
    name = re.sub(r"(?:'s|’s)$", "", name)
    # ("signed by … and ASTRIUM Thursday morning": when; "Astrium of Europe": where from — not the name's words)
    name = re.sub(rf"\s{_WEEKDAY_RE}$", "", name)
    of_region = re.search(r"\sof\s(?:the\s)?([A-Z][a-z]+)$", name)
    if of_region and of_region[1].lower() in _REGION_WORDS and not re.search(rf"\b(?:{ORG_HEADS})\b", name[:of_region.start()]):
        # (not "Development Bank of Africa": a body named after its region)
        name = name[:of_region.start()]
    if (re.search(r"\sand\s", name) or (re.search(r"\s&\s", name) and len(name.split()) <= 3)) and \
            not re.search(rf"\b(?:{ORG_HEADS})\b", name):
        return None  # "Kenya and China", "Huawei & ZTE": two names, each found where it stands (not "Beijing Everywhere
        # Traffic & Lighting Tech", one firm's)
    if re.match(r"\$|\d", sentence[at + len(name):at + len(name) + 1]):
        return None  # "for US$1.1 billion": a currency
    if re.fullmatch(r"[A-Z][a-z]{3,}ly", name) and sentence[at + len(name):at + len(name) + 1] == "," and \
            not sentence[:at].strip():
        return None  # ("Curiously, the company that has won the tender, …": how the sentence opens, no name)
    if re.match(r"[A-Z]{3}\s?\d", name) and iso_currency(name[:3]):
        return None  # "for USD 120 million": a sum
    if _unit_tail(sentence, at, name):
        return None  # "Huawei Technologies Company, Nigeria Limited": the tail of a firm's name, its unit's country
    if re.search(r"(?:\s|-)\d+[A-Z]?$", name) and not re.search(rf"\b(?:{ORG_HEADS})\b", name):
        return None  # "financing for Apstar 7B", "the Nigcomsat-1R": a satellite's or a model's name, a thing
    if re.search(r"\s(?:for|of|and|de)\s", name) and all(_is_place(w) for w in re.split(r"\s(?:for|of|and|de)\s", name)):
        return None  # "built by China for Pakistan": two places
    if re.search(r"\s(?:GSM|CDMA|LTE|UMTS|WiMAX|FTTH|FTTx|[2-6]G|IoT|AI|ICT|IT)$", name) and _is_place(name.rsplit(" ", 1)[0]):
        return None  # "a contract for Brazil GSM network": a country's network, no firm
    if re.match(r"\s(?:for|of)\sthe\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)?(?:[”\"’']|\s(?:\w+\s)?(?:programmes?|programs?|initiatives?|"
                r"projects?|schemes?|competitions?|courses?)\b)", sentence[at + len(name):], re.I):
        return None  # "for Seeds for the Future programme", "Huawei Seeds for the Future training programme": a scheme's title
    if _WORK_AFTER.match(sentence, at + len(name)) or (_WORK_NAME.search(name) and
                                                        _WORK_NAME_AFTER.match(sentence, at + len(name))):
        return None  # "a loan for the Integrated Government Information System (IGIS) Project": a project's name
    place_for = re.match(r"(.+?)\sfor\s", name)
    if place_for and _is_place(place_for[1]) and not re.search(rf"\b(?:{ORG_HEADS})\b", name):
        return None  # "to contract with Cuba for RFID backed cards": a country, and what for
    if not name or name in _NOT_NAMES or len(name) < 2 or re.fullmatch(r"[\d\W]+", name) or _is_place(name) \
            or _GENERIC_HEAD.fullmatch(name) \
            or _LEGAL_FORM_ONLY.fullmatch(name) or re.search(rf"\b(?:{_NOT_ORG_HEADS})$", name) or _ARRANGEMENT.fullmatch(name) \
            or _TECHNOLOGY_NAME.fullmatch(name) or (re.match(r"Daily\s[A-Z]", name) and re.search(r"\bthe\s$", sentence[:at])) \
            or _FIELD_ABBREVIATION.fullmatch(name) or _spells_a_field(sentence, at + len(name)) \
            or _OFFICE_IN_BRACKETS.search(sentence, max(0, at - 40), at):
        return None  # ("Investigations conducted by the Daily Searchlight revealed …": a newspaper, who tells — not "Chinese data
        # centre operator Daily Tech")
    return at, _with_legal_form(sentence, at, name)


# ("Thai telecommunications and cable TV company True Corp.": a field's abbreviation, what the firm does, no name)
_FIELD_ABBREVIATION = re.compile(r"TV|IT|AI|ICT|IoT|CCTV|IPTV|OTT|ERP|GSM|LTE|FTTH|FTTx|DTT|VSAT|[2-6]G|CDMA|UMTS|DTMB|GPON|WiMAX|"
                                 r"DVB-T2?|NB-IoT|SDN|NFV|RAN")


# what a firm runs under its own name: "Huawei ICT Academy", "Alibaba Cloud Academy", "Huawei Innovation Center", "ZTE
# Training Centre", "Huawei OpenLab" — not a body of its own
_FACILITY_TAIL = re.compile(r"\s(?:(?:ICT|Cloud|AI|Digital|Talent|Authorized\s(?:Information\sand\sNetwork\s)?)\s)?"
                            r"(?:Academy|Academies|Innovation\sCent(?:re|er)|Training\sCent(?:re|er)|Experience\sCent(?:re|er)|"
                            r"OpenLab|Open\sLab|Customer\sSolution\sInnovation\sand\sIntegration\sExperience\sCent(?:re|er))")


# an office in brackets after a person's name, up to where a name stands: "Mr Omar Khalid (EVP, Carrier Services …)"
_OFFICE_IN_BRACKETS = re.compile(r"\((?:EVP|SVP|VP|CEO|CTO|CFO|COO|CIO|GM|MD|Head|Chief|Director|Manager|(?:Senior\s|Executive\s)?"
                                 r"Vice\sPresident|President)\b[^()]{0,30}?(?:,|\sof|\sfor)\s$")


def _country_right_after(mention: Mention, mentions: list[Mention], t: str) -> Mention | None:
    """The country named just after a known name ("Telkom Indonesia", "Telkom USA"), by its name, not its people's word."""
    return next((x for x in mentions if x.kind == "country" and x.start == mention.end + 1 and t[mention.end] == " " and
                 x.text[:1].isupper() and not _is_demonym(x.text)), None)


def _spells_a_field(sentence: str, end: int) -> bool:
    """Whether the words ending at ``end`` spell out a field's abbreviation, in brackets after them ("Long Term Evolution
    (LTE)", "Internet of Things (IoT)")."""
    spelled = re.match(r"\s\(([^()]{2,8})\)", sentence[end:])
    return bool(spelled) and bool(_FIELD_ABBREVIATION.fullmatch(spelled[1]))


# the rest of a name that lists its fields with commas, then its initials: ", Film, and Television (SARFT)"
_LISTED_PORTFOLIO = re.compile(r"(?P<more>(?:,\s(?:and\s)?[A-Z][\w-]*){1,4}(?:,?\sand\s[A-Z][\w-]*)?)(?=\s(?P<initials>\([A-Z]{3,8}\)))")


def _unit_tail(sentence: str, at: int, name: str) -> bool:
    """Whether a name is a country and a legal form after a comma ("Huawei Technologies Company, Nigeria Limited"): the
    tail of a firm's name, which says the country of its unit."""
    place_form = re.fullmatch(rf"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s(?:{_LEGAL_WORDS})\.?", name)
    return bool(place_form) and _is_place(place_form[1]) and bool(re.search(r"[A-Za-z.],\s$", sentence[:at]))


def _with_legal_form(t: str, at: int, name: str) -> str:
    """"Shanghai LinkWise Data Intelligence Co., Ltd.": the name with the legal form the text gives it."""
    m = _LEGAL_TAIL.match(t, at + len(name))
    if m:
        return t[at:m.end()]
    if re.search(r"\b(?:Co|Corp|Ltd|Inc|Pvt|Bhd)$", name) and t[at + len(name):at + len(name) + 1] == ".":
        return name + "."  # "… Co., Ltd. have signed": the abbreviation's full stop
    return name


# "Information and Communication Technology (ICT)", "Next Generation Network (NGN)": what is built, not who
_TECHNOLOGY_NAME = re.compile(r"(?:Information\s(?:(?:and|&)\s)?)?Communications?\s(?:and\s)?Technolog(?:y|ies)|Information\s"
                              r"Technology|Next[- ]Generation\s\w+(?:\s\w+)?|(?:Optical\s)?Fib(?:re|er)(?:\sOptic)?\s\w+|"
                              r"Artificial\sIntelligence|Internet\sof\sThings|Cloud\sComputing", re.I)


# initials in brackets after a name: " (PIH)", ' (hereinafter referred to as "CAICT")', ' ("CAICT")'
_DEFINED_AS = r"\s\((?:hereinafter\s(?:referred\sto\sas\s|called\s)?)?[“\"‘']?(?P<acronym>[A-Z]{2,6})[”\"’']?\)"


@lru_cache(maxsize=64)
def _defined_tails(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each set of initials the article gives a run of capitals, with the tails of the run whose initials they are,
    longest first: "Qatar's Power International Holding (PIH)" → ("PIH", ("Power International Holding",))."""
    out = []
    for m in re.finditer(rf"(?P<name>{_NP}){_DEFINED_AS}", text):
        words = m["name"].split()
        tails = (" ".join(words[i:]) for i in range(len(words)) if words[i][:1].isupper())  # (not "and Special …")
        out.append((m["acronym"], tuple(t for t in tails if _acronym_follows(t, f" ({m['acronym']})"))))
    return tuple(out)


@lru_cache(maxsize=64)
def _acronyms(text: str) -> dict[str, str]:
    """Initials the article defines for an organisation's name: "Qatar's Power International Holding (PIH)"
    → PIH (not "Belt and Road Initiative (BRI)": no organisation)."""
    out = {}
    for acronym, tails in _defined_tails(text):
        name = next((t for t in tails if re.search(rf"\b(?:{ORG_HEADS})\b", t) and
                     (not re.search(rf"\b(?:{_NOT_ORG_HEADS})\b", t) or _LEGAL_END.search(t)) and
                     not _TECHNOLOGY_NAME.fullmatch(t)), None)
        if name is not None and acronym not in out:
            out[acronym] = name
    for m in _HEREINAFTER.finditer(text):  # a short name the article says it will use, whatever its letters
        if re.search(rf"\b(?:{ORG_HEADS})\b|^PT\s", m["name"]) and m["short"].strip() not in out:
            out[m["short"].strip()] = m["name"]
    return out


# "PT Telekomunikasi Indonesia (Telkom)", "Cyber Internet Services (Cybernet)": a word in brackets after a name
_SHORT_NAME = re.compile(rf"(?P<name>{_NP})\s\((?P<short>[A-Z][a-z]{{2,}}[A-Za-z]*)\)")


@lru_cache(maxsize=64)
def _short_names(text: str) -> dict[str, str]:
    """Short names the article gives an organisation in brackets, a word that begins as one of the name's words does:
    "PT Telekomunikasi Indonesia (Telkom)" → Telkom, this article's Telkom (not Telkom Kenya); not a place in brackets
    ("Huawei Technologies (Malaysia)", "Kazakhtelecom (Kazakhstan)") nor a name's own word ("Dialog Axiata (Dialog)")."""
    out: dict[str, str] = {}
    for m in _SHORT_NAME.finditer(text):
        name, short = m["name"], m["short"]
        words = name.split()
        if short in words or _country_of(short) or _is_place(short) or \
                not re.search(rf"\b(?:{ORG_HEADS})\b|^PT\s", name) and len(words) < 2:
            continue
        if any(w[:3].lower() == short[:3].lower() for w in words if w not in ("PT", "The")):
            out.setdefault(short, name)
    return out


# 'Yangtze Optical Fibre and Cable Joint Stock Limited Company (stock code: 06869.HK, hereinafter referred to as
# "YOFC")': the name an article gives a party for the rest of it
_HEREINAFTER = re.compile(rf"(?P<name>{_NP})\s\([^()]{{0,60}}?\bhereinafter\s(?:referred\sto\sas\s|called\s)?[“\"‘']"
                          r"(?P<short>\s?[A-Z][\w&. -]{1,30}?)[”\"’']\)")


@lru_cache(maxsize=64)
def _spelled_out(text: str) -> dict[str, str]:
    """Every all-capital short name the article spells out, whatever it names: "Baghdad Operations Command (BOC)"
    → BOC (the first spelling of each)."""
    out: dict[str, str] = {}
    for acronym, tails in _defined_tails(text):
        if tails:
            out.setdefault(acronym, tails[0])
    return out


def _country_inside(a: int, b: int, known: str | None, at: int, name: str, t: str) -> bool:
    """Whether the span [a, b) is a country's government read from a country's name that ends a longer name
    ("Malaysia" in "Telekom Malaysia"), the name's first word no country's."""
    first = name.split()[0]
    return str(known).startswith("government-") and at < a and b == at + len(name) and \
        not _is_demonym(first) and not _is_place(first) and not re.match(r"\s(?:and|&)\s", t[b:]) and \
        first not in _SECTION_WORDS  # ("Tech Nigeria has signed": a page's section, then the headline)


# the sections of a news site, left before a headline by a page's text ("Home > Business > Tech")
_SECTION_WORDS = frozenset("Tech Technology Business News World Politics Economy Home Markets Opinion Sport Sports Latest "
                           "Breaking Top Africa Asia Europe Money Finance Features".split())


def _country_after(sentence: str, end: int) -> str | None:
    """"the Interior Ministry of Kenya": the country named right after a name, by "of"; "Zentrix, a Brazilian
    fintech", "Vocus, an Australian company": the people's word of what the name is said to be."""
    m = re.match(r"\sof\s(?:the\s)?([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)", sentence[end:]) or \
        re.match(rf"(?:,|\s[-–—])\s(?:a|an)\s(?:[a-z][\w-]*\s){{0,2}}?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?:[\w-]+\s){{0,2}}?"
                 rf"(?:{_FIRM_IS}|fintech|group|bank|business)\b", sentence[end:])
    return _country_of(m[1]) if m else None


def _named_country(name: str) -> str | None:
    """The country a new organisation's name begins or ends with ("Djibouti Telecom", "Telecom Egypt", "Russian
    Federal Space Agency"), when the whole name names that country alone (not "Congo China Telecom"; and
    "Government of the Democratic Republic of Congo" is not the Republic of the Congo's); or whose capital a longer
    name begins with ("Kampala International University")."""
    from ..resolve.countries import city_countries, countries_in, subdivision_countries
    from ..resolve.normalise import fold

    words = name.split()
    named = set(countries_in(fold(name).replace("'s", "")).values())
    if len(words) >= 2 and not named and re.search(r"\b(?:Police|Authority|Government|Assembly|Council|Ministry|Department|"
                                                   r"Agency|Commission|Board|Bureau|Services|University|Institute)\b", name):
        # ("Sindh Police", "Sabah Information Services", "Sarawak Multimedia Authority": a province's or state's public body,
        # of the one country that has a province or state of that name)
        # (a one-word region only of four letters or more: not "Ain Shams University", a name whose first word is a
        # French department's)
        for part in (" ".join(words[:2]), *([words[0]] if len(words[0]) > 3 else [])) if fold(words[0]) not in _REGION_WORDS else ():
            # (not "East of England Development Agency": a compass word names regions in many countries)
            found = subdivision_countries(fold(part))
            if len(found) == 1 and not city_countries(fold(part)) - found:
                return next(iter(found))
    of_city = re.fullmatch(r"(?:University|College|Polytechnic|Institute|Academy)\sof\s(?:the\s)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)",
                           name)
    if of_city and not named:  # ("the University of Lagos", "University of Nairobi": of the one country with that city)
        return _city_country(of_city[1])
    if len(words) >= 3 and not named and words[0][:1].isupper() and not re.fullmatch(LANDMARK, words[1]):
        # ("Kampala International University": a body named after its country's capital; "Shanghai Electric Telecom": a
        # firm after its city, when the city is of one country only — but "Victoria Falls Telecom Company" is named after
        # another place than the Seychelles' capital)
        return _city_country(words[0])
    if len(words) < 2 or len(named) != 1:
        return None
    return next((code for part in (words[0], " ".join(words[:2]), words[-1], " ".join(words[-2:]))
                 if part[:1].isupper() and (code := _country_of(part)) in named), None)


def _countryless_ministry(name: str) -> bool:
    """A ministry's name that names no country ("Interior Ministry", "Ministry of Information, Communications and
    Technology"): one country's in the records, and any country's in a text."""
    from ..resolve.countries import countries_in
    from ..resolve.normalise import fold

    return bool(re.search(r"\bMinistry\b", name)) and not countries_in(re.sub(r"['’]s\b", "", fold(name)))


def _one_of_its_names(name: str, entity) -> bool:
    """Whether the words of ``name`` are all in one of the entity's names ("Economic Affairs Division" in "Economic
    Affairs Division (Pakistan)"; not "Baghdad Operations Command" in "Bank of China")."""
    from ..resolve.normalise import key

    words = set(key(name).split())
    return any(words <= set(key(n).split()) for n in {entity.name, *entity.aliases, *entity.former})


@lru_cache(maxsize=64)
def _initials_of_words(text: str) -> frozenset[str]:
    """Initials the article gives words in small letters: "a government concessional loan (GCL)", "preferential
    buyer's credit (PBC)" — a thing, not an organisation."""
    out = set()
    for m in re.finditer(r"((?:[a-z][\w'’-]*\s){2,5})\(([A-Z]{2,6})\)", text):
        words = [w for w in m[1].split() if w not in ("of", "and", "the", "for", "a", "an")]
        for i in range(len(words)):
            if "".join(w[0] for w in words[i:]).upper() == m[2]:
                out.add(m[2])
                break
    return frozenset(out)


def _acronym_follows(name: str, after: str) -> bool:
    """"Power International Holding (PIH)": a name the text gives its own initials is a proper name."""
    m = re.match(_DEFINED_AS.replace("(?P<acronym>", "("), after)
    words = [w for w in _LEGAL_TAIL.sub("", name).split() if w != "&"]  # ("… Photonics Ltd. (CIP)": not the "L")
    # ("Ministry of Interior (MOI)": the initials of every word, "of" too)
    return bool(m) and m[1] in ("".join(w[0] for w in words if w[0].isupper()), "".join(w[0].upper() for w in words))


def _distinctive(name: str) -> bool:
    from ..resolve.countries import countries_in
    from ..resolve.normalise import distinctive, key

    k = key(name)
    return bool(distinctive(k, frozenset(countries_in(k)))) or bool(countries_in(k))


def _country_before(sentence: str, start: int) -> str | None:
    """"Pakistan's Ministry of IT": the country a possessive or adjective before a name gives."""
    # ("China's state-owned Exim Bank": a possessive, then a word or two that describe the name)
    # ("Laos' Ministry of Technology": a possessive of a name ending in s, its apostrophe alone)
    m = re.search(r"([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:(?:'s|’s|(?<=s)['’])\s(?:(?:[a-z]+-[a-z]+|policy|leading|largest|biggest|main|"
                  r"national|top)\s){1,2}|(?:'s|’s|(?<=s)['’])?\s)$", sentence[max(0, start - 60):start])
    # ("Italian mobile operator Wind Tre", "Kenya's largest telecom operator Safaricom": what it is, then its name)
    m = m or re.search(r"((?:[A-Z]\.){2,3}|[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:'s|’s)?\s(?:(?!(?:has|have|had|is|are|was|were|will|would|said|says|"
                       r"and|or|with|from|by|to|[a-z]+ed)\b)[a-z][\w-]*\s){0,3}(?:operator|owner|carrier|telco|provider|"
                       r"firm|company|enterprise|vendor|maker|manufacturer|bank|lender|group|giant|conglomerate|startup|start-up),?\s$",
                       sentence[max(0, start - 80):start])
    return _country_of(m[1]) if m else None


def _country_said(name: str, text: str) -> str | None:
    """"Egypt's Ministry of Communication signed … Nokia and the Ministry of Communication signed …": the country the
    article gives the same name at another of its mentions, before it or after it ("CDB loan to Beltelecom" over "… and
    Beltelecom - a Belarusian state telecoms operator - signed")."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        found = _country_before(text, m.start()) or _country_after(text, m.end())
        if found:
            return found
    return None


def _country_of(words: str) -> str | None:
    """The one country a word or two name ("Pakistan", "Kenyan", "Saudi Arabian", "Kenyas" written for "Kenya's"); None
    when none or several."""
    from ..resolve.countries import countries_in
    from ..resolve.normalise import fold

    if words.rstrip("’'s") in _CAPITAL_SHORT:  # ("UK data centre owner Global Switch": as written, never the word "us")
        return _CAPITAL_SHORT[words.rstrip("’'s")]
    if _bare_possessive(words):
        words = words[:-1]
    found = countries_in(fold(words).replace("'s", ""))
    return next(iter(found.values())) if len(set(found.values())) == 1 else None


def _bare_owner(name: str) -> int:
    """Where a name begins after a country's possessive written without its apostrophe ("Sri Lankas Mobitel" → 11);
    0 when it does not begin with one."""
    m = re.match(r"([A-Z][\w-]*)\s(?=[A-Z])", name)
    m = m if m and _bare_possessive(m[1]) else re.match(r"([A-Z][\w-]*\s[A-Z][\w-]*)\s(?=[A-Z])", name)
    return m.end() if m and _bare_possessive(m[1]) else 0


def _bare_possessive(word: str) -> bool:
    """"Chinas", "Malaysias", "Sri Lankas": a country's possessive written without its apostrophe (not "Laos", "the
    Philippines", "the Americas": names that end with an s)."""
    from ..resolve.countries import countries_in
    from ..resolve.normalise import fold

    return word.endswith("s") and word[:1].isupper() and word[-2:-1].islower() and word not in ("Americas",) and \
        not countries_in(fold(word)) and bool(countries_in(fold(word[:-1]))) and not _is_demonym(word[:-1])


_CAPITAL_SHORT = {"US": "USA", "U.S.": "USA", "U.S": "USA", "UK": "GBR", "U.K.": "GBR", "U.K": "GBR"}


_STATED_ROLES = (("operator", r"will operate|operates|to operate|is to operate|will run"),
                 ("owner", r"(?:(?:said|announced|says)\s(?:on\s\w+\s)?(?:that\s)?it\s)?(?:will invest|"
                           r"(?:plans|is set|is|are) to invest|is investing)"),
                 ("contractor", r"will build|builds|is building|to build|will construct|will lay|will install"),
                 ("supplier", r"will supply|supplies|to supply|will provide equipment|(?:is|was|has been|remains)\sthe\s(?:\w+\s)?"
                              # ("replace Huawei with Nokia as provider of radio access network gear": the new vendor)
                              r"(?:supplier|vendor)|as\s(?:the\s)?(?:new\s)?(?:provider|supplier|vendor)\sof\s(?:[\w-]+\s){0,4}?"
                              r"(?:gear|equipment|kit|hardware|radios?)"),
                 # ("Australia funded the cable's construction", "is also funding …"; not "… funded by the World Bank")
                 # (a bare "financing" is a noun as often: "more affordable prices and financing")
                 ("financier", r"will finance|finances|to finance|will fund|funds|(?:is|was|has|have|had)\s(?:also\s|jointly\s)?"
                               r"(?:funding|financing|funded|financed)(?!\sby\b)|(?<!-)(?:also\s|jointly\s)?(?:funded|financed)(?!\sby\b)|"
                               # ("China Unicom also provided Camtel with funds of US$34 million")
                               r"(?:also\s)?provided\s(?:the\s)?(?:[A-Z][\w&'’-]*\s){1,4}with\s(?:\w+\s)?(?:funds|funding|financing|"
                               r"loans?|credit)"))


# who paid for a thing, named after "by": "The data centre, financed by China and built by Huawei"
_PAID_BY_BEFORE = r"\b(?:funded|financed|paid\sfor|bankrolled)\s(?:(?:jointly|entirely|partly|largely|mostly|fully)\s)?by\s(?:the\s)?$"


def _funded_by(sentence: str, start: int) -> str | None:
    """"with the help of AU$1.3 billion ($840 million) from Export Finance Australia", "funding from
    the World Bank": who the money comes from finances the deal."""
    before = sentence[max(0, start - 90):start]
    # (not "won a $300 million contract from Ethio Telecom": who awards it)
    if re.search(rf"(?:{_MONEY}|\$\s?\d|\d\s?(?:million|billion|bn|m|crore|lakh)\b)(?:(?!contract|deal|order|tender|award|project|system|equipment|"
                 rf"camera|cctv|gear|server|product|phone|handset)[^.;]){{0,40}}"
                 r"\bfrom\s(?:the\s)?$|"
                 r"\b(?:funding|financing|loans?|credit|backing|grants?|(?:financial\s)?support|assistance|aid)\sfrom\s(?:the\s)?$|"
                 # ("The data centre, financed by China and built by Huawei": who paid for it)
                 + _PAID_BY_BEFORE,
                 before, re.I) and not re.search(r"\btechnical\s(?:support|assistance|aid)\sfrom\s(?:the\s)?$", before, re.I):
        return "financier"
    return None


# "China lends Laos $100 million", "has granted Benin 40 billion CFA francs": the one lent to, named after the verb
_LENDS_TO_WHOM = r"\b(?:lends|lent|loaned|grant(?:s|ed)|gives|gave|offer(?:s|ed)|extend(?:s|ed))\s(?:the\s)?$"


def _lent_to(sentence: str, start: int) -> bool:
    """"The loan was extended by China Development Bank to the PTA Bank": who receives a loan."""
    # (and "has agreed to provide a $250 million credit line to the Bank of Industry")
    # (a sum's decimal point is no sentence's end: "has offered $56.4 million (€41.4 million) in loans to ZTE")
    return bool(re.search(r"\b(?:extend(?:ed)?|grant(?:ed)?|lend|lent|(?:will|to|would)\sloan|loaned|provided?|disburse[sd]?|give|given|offer(?:ed)?)\b"
                          rf"(?:[^.;]|(?<=\d)\.(?=\d)){{0,80}}\bto\s(?:the\s)?$|{_LENDS_TO_WHOM}",
                          sentence[max(0, start - 120):start], re.I)) or \
        _loan_for_a_country(sentence, start)


def _loan_for_a_country(sentence: str, start: int) -> bool:
    """"a $300 million loan for Zambia's national broadband project": the country the money is for (not "a loan …
    for Huawei's towers", the firm paid with it)."""
    owner = re.match(r"([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,4})['’]s\s", sentence[start:])
    return bool(owner and _country_of(owner[1]) and
                re.search(r"\b(?:loans?|credit|financing|funding|grants?)\b[^.;]{0,60}\bfor\s$", sentence[max(0, start - 120):start],
                          re.I))


# "ZTE has won a contract from China Mobile", "won a $50 million order from Safaricom": who awards it is the client;
# so is the one it is won for ("Huawei has won a US$700 million contract for China Mobile Communications Corp")
_AWARDED_FROM = re.compile(rf"\b(?:{AWARDED}|received|obtained|got)\s(?:[\w$€£.,'’-]+\s){{0,5}}?"
                           r"(?:contracts?|deals?|orders?|tenders?)\s(?:[\w$€£.,-]+\s){0,4}?(?:from\s(?:the\s)?"
                           r"(?:(?-i:[a-z])[\w-]*\s){0,4}|for\s(?:the\s)?)$", re.I)


def _stated_role(sentence: str, end: int, start: int, vendor_before: bool) -> str | None:
    """A role the sentence gives the name that ends at ``end``: "Zamtel will operate the network" — but not
    "ZTE has signed a contract with the operator Chinguitel to build …" (``vendor_before``: a Chinese company
    named before, the name not Chinese), where "to build" is what the deal has the vendor do, nor "$66 million
    from the Export-Import Bank of China to build …", where it is what the money is for."""
    after = re.sub(r"^\s*\([^)]*\)", "", sentence[end:end + 200])  # "(Zamtel)"
    # ("Saudi Telecom Company, the biggest operator in the kingdom by market value, will invest": what it is, then its role)
    after = re.sub(r"^,\s(?:the|a|an)\s[^,;()]{3,100},(?=\s(?:will|is|are|plans)\s)", "", after)[:60]
    # ("… with the operator Chinguitel to build", "won a contract from Ethio Telecom to build": the client)
    # (and "will borrow $66 million from the Export-Import Bank of China to build …": what the money is for)
    # (and "with Italian mobile operator Wind Tre and wholesale fibre operator Open Fiber to build": both clients)
    # (and "Huawei has been selected by Ethio Telecom to upgrade …", "awarded a contract by the Ghanaian government to
    # build …": who selects, who awards is the client)
    object_of_with = re.search(r"\bfrom\s(?:the\s)?(?:[\w'’-]+\s){0,4}$", sentence[max(0, start - 50):start]) or \
        re.search(r"\b(?:selected|chosen|picked|hired|contracted|appointed|commissioned|tapped|engaged|"
                  r"awarded(?:\s[^.;]{0,60}?)?)\sby\s(?:the\s)?(?:[\w'’-]+\s){0,4}$", sentence[max(0, start - 140):start]) or \
        vendor_before and re.search(r"\bwith\s(?:the\s)?(?:[\w'’-]+\s){0,4}$|\bwith\s[^.;]{1,80}?\s(?:and|&)\s(?:the\s)?"
                                    r"(?:[\w'’-]+\s){0,4}$", sentence[max(0, start - 140):start])
    for role, pattern in _STATED_ROLES:
        m = re.match(rf"\s*,?\s*(?:{pattern})\b", after, re.I)
        if m and not (object_of_with and m.group().strip(" ,").startswith("to ")):
            return role
    return None


# "Huawei has selected Tech Mahindra as its partner to …", "China Mobile has awarded ZTE a contract": who hires, who
# awards is the contract's client, a Chinese firm too
_HIRES = re.compile(rf"\s(?:has\s|have\s|had\s|also\s|recently\s)*(?:{HIRING}|awarded|awards)\s(?:the\s|its\s|an?\s)?"
                    rf"(?:[A-Z][a-z]+\s(?:firm|company|vendor|operator|group|provider|giant)\s)?(?=[A-Z])")
# (not "with Huawei appointed for construction": Huawei is the one hired)


def _hired_role(sentence: str, start: int, end: int, deal_text: str) -> str | None:
    """The company a contract hires, as the sentence says it: "ZTE won a contract…", "Vocus was picked
    by the government…", "awarded Huawei a contract", "contracted Nokia to…" — whatever its country."""
    before, after = sentence[max(0, start - 40):start], sentence[end:end + 60]
    won = r"won|wins|secured|clinched|bagged|pocketed|landed|netted|scooped|(?:been|was|were)\sgiven"  # ("awarded": gave)
    # ("YOFC said the Group has won four … orders": who "the Group" is)
    said_it = r"(?:\s(?:also\s)?(?:said|says|announced|confirmed)\s(?:[\w-]+\s){0,3}?(?:that\s)?(?:it|the\s(?:[Cc]ompany|[Gg]roup|" \
              r"[Ff]irm|[Vv]endor)))?"
    if re.match(rf"{said_it}\s(?:\([^)]*\)\s)?(?:has\s|have\s|had\s|also\s|recently\s)*(?:{won}|been\sawarded|"
                rf"(?:was|were|has\sbeen|had\sbeen)\s(?:\w+\s)?(?:awarded|selected|picked|chosen|contracted|appointed|hired))\b",
                after, re.I) or \
            re.search(rf"\b(?:awarded|contracted\swith|{HIRING})\s(?!by\s)(?:the\s)?(?:[A-Z][a-z]+\s(?=[a-z]))?"
                      rf"(?:(?!by\s)[a-z][\w-]*\s){{0,3}}$", before):  # ("selected Indian firm Tech Mahindra")
        # (not "selected by Ethio Telecom", "was awarded the contract by Zamtel": who selects, who awards)
        return "supplier" if _SUPPLY_WORDS.search(deal_text) else "contractor"  # (what the deal's sentences say it does)
    return None


def _listed_vendor(sentence: str, start: int, end: int, deal_text: str) -> str | None:
    """"Vodafone Idea signed a contract worth Rs 30,000 crore with Nokia, Ericsson and Samsung for the supply of 4G
    and 5G equipment": the firms a client signs a contract with, for what they will supply or build (asked only
    when no Chinese vendor was named before them: "Huawei signed a contract with Ethio Telecom to build …" names
    the client)."""
    head = re.search(r"\bcontracts?\b[^.;]{0,80}?\bwith\s(?:the\s)?(?:[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*)*(?:,\s|\s(?:and|&)\s|,\sand\s))*$",
                     sentence[:start])
    tail = re.match(r"(?:(?:,\s|\s(?:and|&)\s|,\sand\s)[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*)*)*\s(?:for\sthe\s(?:supply|delivery|"
                    r"installation|construction|deployment|rollout)\sof|to\s(?:supply|deliver|install|build|deploy|roll\sout|"
                    r"construct|lay))\b", sentence[end:])
    if head and tail:
        return "supplier" if _SUPPLY_WORDS.search(deal_text) else "contractor"
    return None


_BUY = rf"(?:acquir(?:e|ed|es|ing)|buy(?:s|ing)?|bought|purchas(?:e|ed|es|ing)|take\sover|took\sover|takes\sover|taken\sover|" \
       rf"{STAKE_TAKEN})"


def _bought_role(sentence: str, start: int, end: int) -> str | None:
    """Who is who in a purchase, as the sentence says it (the buyer owns, the seller signs, the company
    bought is a partner): "Ant Financial paid … for a stake in Telenor Microfinance Bank", "Telstra's
    acquisition of Digicel", "acquired by China Mobile", "bought … from Millicom"."""
    before, after = sentence[max(0, start - 60):start], sentence[end:end + 80]
    if re.match(r"['’]s\s(?:\w+\s)?(?:acquisition|purchase|takeover|buyout|bid|offer)\b", after) or \
            re.match(rf"\s(?:\([^)]*\)\s)?(?:has\s|have\s|had\s|will\s|is\sto\s|agreed\sto\s|plans\sto\s|"
                     rf"was\sforced\sto\sdrop\san\soffer\sto\s|offered\sto\s|(?:is|was)\sblocked\s[^.;]{{0,40}}from\s)*"
                     rf"(?:{_BUY}|paid|{MONEY_PUT}|(?:co-)?led\s(?=an?\s[^.;]{{0,40}}?\bround\b))\b",
                     after, re.I) or \
            re.search(r"\b(?:acquired|bought|purchased|taken\sover)\sby\s(?:the\s)?$", before, re.I):
        return "owner"
    wider = sentence[max(0, start - 140):start]
    # ("Safaricom sold a 10% stake in its data-centre unit to China Mobile", "the acquisition of Multinet by China Unicom",
    # "the takeover of Newport Wafer Fab by Chinese-owned Nexperia": the buyer)
    if re.search(r"\b(?:sold|sells|sell|selling|transferred|transfers|transfer|divest(?:ed|s|ing)?)\s[^.;]{0,100}?\bto\s(?:the\s)?"
                 r"(?:(?-i:[A-Z])[\w'’-]*(?:-\w+)?\s){0,2}$", wider, re.I) and not re.search(
                     r"\b(?:equipment|products?|services?|phones|devices|capacity|bandwidth)\b", wider, re.I) or \
            re.search(r"\b(?:acquisition|purchase|takeover|buyout|sale)\sof\s[^.;]{1,100}?\sby\s(?:the\s)?"
                      r"(?:[\w-]+\s){0,2}$", wider, re.I):
        return "owner"
    if re.search(r"\b(?:from|sold\sby)\s(?:the\s)?$", before, re.I) or \
            re.search(r"\b(?:from|sold\sby)\s(?:the\s)?(?:[A-Z][\w'’&.-]*\s){1,5}(?:and|&)\s(?:the\s)?$", before) or \
            re.match(r"\s(?:has\s|have\s|had\s|will\s|agreed\sto\s)*(?:sold|sells|sell|divest(?:ed|s)?)\b", after, re.I):
        return "signatory"
    # (and "China Mobile buys 20% of Zentrix": the share bought of it)
    if re.search(rf"\b(?:{_BUY}|acquisition\sof|purchase\sof|takeover\sof|(?:stake|holding|interest)\sin|(?:share|stake)s?\sof|"
                 rf"(?:{MONEY_PUT})\s(?:[\w$€£.,()-]+\s){{1,6}}?(?:in|into)|round\s(?:in|for|of|into)|"
                 r"\d+(?:\.\d+)?\s?(?:%|per\s?cent)\sof)\s"
                 rf"(?:an?\s|the\s)?(?:[\w$.%'’-]+\s){{0,5}}$", before, re.I):
        return "partner"
    return None


# a firm's own place opened or set up ("Huawei opened a data center in Santiago", "FiberHome has opened a plant in Kisber",
# "Alibaba Cloud has launched its second data centre in Dubai", "Tencent unveiled a new data centre in Jakarta", "Huawei
# Cloud has opened a Chile region")
_OPENS_ITS_OWN = re.compile(r"\b(?:opened|opens|inaugurated|launched|launches|unveiled|unveils|set\sup|sets\sup|established|"
                            r"is\sopening|will\sopen|(?:will|plans?\sto|to)\slaunch)\s(?:its|a|an|the)\s"
                            r"(?:[\w-]+\s){0,3}?(?:data\scent(?:re|er)s?|plants?|factor(?:y|ies)|offices?|cent(?:re|er)s?|labs?|"
                            r"laborator(?:y|ies)|campus(?:es)?|hubs?|headquarters|(?:cloud\s)?regions?|availability\szones?)\b", re.I)


def _role(c: Candidate, kind: str, country: str | None, sentence: str) -> str:
    from ..resolve.orgs import kind_class

    cls = kind_class(kind)
    if c.kind in ("loan", "pledge"):  # the bank lends; a Chinese firm builds with the money; a company or agency borrows it
        if kind in ("bank", "international_org") or (country == "CHN" and cls == "government"):
            return "financier"  # (China's government lends or grants; so do the World Bank, the ADB, the AfDB)
        if c.kind == "pledge" and (c.noun or "").lower() == "invest" and country == "CHN" and cls in ("business", None):
            # ("Huawei agreed to invest £5 million in the University of Surrey's 5G Innovation Centre": it pays for another's
            # work; "Huawei will invest $2 billion in the UK": its own business, which it owns)
            return "financier" if len({p.id for p in c.parties}) > 1 else "owner"
        if country == "CHN" and cls in ("business", None):
            # ("China EximBank signed a lending agreement with China Railway Corporation", "ZTE signed a financing
            # agreement with China Development Bank": a Chinese bank lends to a Chinese firm, for no other country: the
            # firm borrows)
            # (and signs it: not "Huawei is implementing the project under a China Exim Bank loan facility")
            return "beneficiary" if set(c.countries) <= set(_CHINESE) and any(p.kind == "bank" for p in c.parties) \
                and re.search(rf"\b(?:{SIGNED}|secured|received|obtained|lined\sup|got|gets|borrow(?:s|ed)?)\b", sentence, re.I) \
                else "contractor"  # ("ZTE secured $15 billion in credit from the CDB": ZTE borrows)
        return "beneficiary" if kind in ("state_owned_enterprise", "private_company", "agency", "university") else "signatory"
    if c.kind in ("contract", "project"):  # a Chinese company builds or supplies; the other side signs or takes part
        if kind == "bank":
            return "financier"  # ("China's Exim Bank financed the data centre built by Huawei")
        if c.kind == "project" and len({p.id for p in c.parties}) == 1 and _OPENS_ITS_OWN.search(sentence):
            return "owner"  # "On Wednesday, Huawei opened a data center in Santiago": its own, no one else's
        if country == "CHN" and cls in ("business", None):
            return "supplier" if _SUPPLY_WORDS.search(sentence) else "contractor"
        return "signatory" if c.kind == "contract" else "partner"
    if c.kind == "joint_venture":  # each takes part, whatever its share of the venture (the split is the deal's own field)
        return "partner"
    if c.kind == "acquisition":
        return "owner" if country == "CHN" else "partner"
    if c.kind == "training_programme":
        return "owner" if cls == "government" else "partner"
    if c.kind == "proposal" and kind in ("bank", "international_org"):
        return "financier"  # ("China Exim Bank has offered a $500 million loan to Ghana": the money offered is its)
    if c.kind in ("proposal", "talks"):
        return "partner"
    return "signatory"


@dataclass(frozen=True)
class _NoSide:
    """A context in which a name a sentence gives is no side of the deal: every part given must hold. ``before`` is
    searched in the ``window`` characters before the name (cut out of the sentence, unless ``sliced`` is false: then
    searched in place, so that a word cut at the window's edge is still one word), ``after`` matched right after it,
    ``name`` matched against the whole name; ``unknown`` asks for a name the records do not know, ``kinds`` and
    ``except_kinds`` for the deal's kind; ``not_after``, matched right after the name, keeps it a side."""
    example: str
    before: re.Pattern | None = None
    window: int = 40
    sliced: bool = True
    after: re.Pattern | None = None
    name: re.Pattern | None = None
    unknown: bool = False
    kinds: tuple[str, ...] = ()
    except_kinds: tuple[str, ...] = ()
    not_after: re.Pattern | None = None  # (what, right after the name, makes it a side after all)

    def holds(self, x: tuple, t: str, kind: str) -> bool:
        at, end, name, known = x
        if (self.unknown and known is not None) or (self.kinds and kind not in self.kinds) or kind in self.except_kinds:
            return False
        if self.not_after is not None and self.not_after.match(t, end):
            return False
        if self.name is not None and not self.name.fullmatch(name):
            return False
        if self.after is not None and not self.after.match(t, end):
            return False
        if self.before is not None:
            start = max(0, at - self.window)
            found = self.before.search(t[start:at]) if self.sliced else self.before.search(t, start, at)
            if not found:
                return False
        return True


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


# a name with no body's head word or legal form at its end ("KAZI 24", "Punta Arenas"; not "Zentrix Telecom")
_NO_BODY_HEAD = _rx(rf"(?!.*\b(?:{ORG_HEADS}|{_LEGAL_WORDS})\.?$).*")
_NO_SIDE = (
    _NoSide("SCF, a wholly-owned subsidiary of Digicel Group: the parent", before=_OWNER_BEFORE, window=110, sliced=False),
    # ("a setback to the Biden administration's campaign", "the White House's effort": a leader's government or its seat,
    # told as a bystander of the deal)
    _NoSide("the Biden administration: a leader's government, by his name", after=_rx(r"['’]?s?\sadministration\b"),
            unknown=True),
    _NoSide("the White House, the Kremlin: a seat of government", name=_rx(r"(?:the\s)?(?:White\sHouse|Kremlin|Pentagon|"
                                                                         r"Downing\sStreet|Capitol\sHill|Zhongnanhai)")),
    # (but "according to the China Academy of Space Technology, which designed and built the spacecraft": its builder)
    _NoSide("in a statement from the ministry: who tells of the deal", before=_TELLER_BEFORE, window=60, sliced=False,
            not_after=_rx(rf",\s(?:which|that|who)\s(?:(?:designed|developed|manufactured|made)\s(?:and\s)?)?(?:{BUILT})\b")),
    _NoSide("the DICT field: a field of business, not the department of that name", after=_FIELD_AFTER),
    # (a report's last words: ", Telecompaper reports.", ", EFE reported." — an outlet the records do not know)
    _NoSide("…, Telecompaper reports: an outlet that tells, at the sentence's end", before=_rx(r",\s$"),
            after=_rx(r"\s(?:reports|reported|writes|wrote)\s?[.;]?\s*$"), unknown=True),
    _NoSide("the Daily Nation reported: an outlet", after=_NEWSPAPER_AFTER),
    _NoSide("a loan from the Hong Kong branch of … Banco Santander: where the lender's branch is",
            after=_rx(r"\s(?:branch|office|subsidiary|unit|arm)\s(?:of|in)\b")),
    _NoSide("…, Mr Im Vutha, of the Telecommunication Regulator of Cambodia (TRC), told dpa: the speaker's body tells",
            before=_rx(r"[A-Z][\w'’.-]*,\s(?:of|from)\s(?:the\s)?$"),
            after=_rx(r"(?:\s\([A-Z]{2,8}\))?,\s(?:told|said|says|added|noted|explained)\b")),
    _NoSide("for a country from the Association of Southeast Asian Nations: the group a side belongs to (not a founding "
            "member of the Asian Infrastructure Investment Bank, which has approved $165 million in loans)",
            before=_rx(r"\b(?:a|one|any)\s(?:[\w-]+\s)?(?:country|nation)\s(?:from|in)\s(?:the\s)?$")),
    _NoSide("… has opened the Chinese-built Integrated Centre for Public Security: the thing opened",
            before=_rx(r"\b(?:opened|inaugurated|commissioned|unveiled)\s(?:the\s)?(?:new\s)?(?:[\w]+-(?:built|funded|financed)\s)?$"),
            window=50, unknown=True, kinds=("project",)),
    # (a name that opens with who built or paid for it: "The Chinese-built Pakistan East Africa Cable Express went live":
    # the work, not a body)
    _NoSide("The Chinese-built Pakistan East Africa Cable Express went live: a work named with who built it",
            name=_rx(r"[\w'’]+-(?:built|funded|financed|backed|made|designed|supplied|installed|laid)\s.*"), unknown=True),
    _NoSide("acquired the 100% stake in Paktel and renamed the company to China Mobile Pakistan, officially rebranding both "
            "schools as Huawei ICT Academies: a new name",
            before=_rx(r"\b(?:rebrand(?:ed|ing|s)?|renam(?:ed|ing|es))\s(?:[\w'’-]+\s){0,3}?(?:as|to)\s$"), window=70),
    _NoSide("The Laos Telecom reconstruction project, the biggest cooperation contract between China and Laos: a project "
            "named after a body the records do not know", before=_rx(r"\b(?:the|its|their|a|an)\s$", re.I), window=6,
            after=_rx(r"\s(?:[a-z][\w-]*\s)?(?:project|programme|program|initiative|scheme)\b"), unknown=True),
    _NoSide("A Memorandum of Understanding has been signed … at BCC auditorium: a place of the body, not a side",
            after=_rx(r"\s(?:auditorium|headquarters|offices?|premises|building|campus|hall|compound)\b")),
    # (a person named with the degrees after the name: "Budi Hartawan, S.E., M.A., Director General of …", and the degrees)
    _NoSide("Budi Hartawan, S.E., M.A., Director General of Manpower: a person, with the degrees after the name",
            after=_rx(r",\s(?:S\.(?:E|T|H|Kom|Sos|Pd|Si)|M\.(?:A|Sc|Si|M|T|H|B\.?A)|Ph\.?\s?D|MBA|Ir|Drs?)\.?(?=[,\s])")),
    _NoSide("S.E., M.A.: a degree after a person's name", name=_rx(r"(?:S\.(?:E|T|H|Kom|Sos|Pd|Si)|M\.(?:A|Sc|Si|M|T|H)|"
                                                                       r"Ph\.?\s?D)\.?")),
    # ("No information was immediately available from the Foreign Ministry on the terms of the loan": who did not tell)
    _NoSide("No information was immediately available from the Foreign Ministry: who was asked",
            before=_rx(r"\b(?:available|comment|response|reaction|confirmation|details)\sfrom\s(?:the\s)?$"), window=40),
    # ("the equipment included IBM servers, switches made by Cisco Systems and database software from Oracle Corp": whose
    # goods the deal's goods are)
    _NoSide("switches made by Cisco Systems, database software from Oracle Corp: the maker of goods within the deal's",
            before=_rx(r"\b(?:includ\w*|such\sas|compris\w*|consist\w*\sof)\b[^.;]{0,100}?(?:\b(?:made|manufactured|produced|"
                       r"designed)\sby\s(?:the\s)?|\b(?:servers|switches|routers|software|hardware|chips|storage|databases?|"
                       r"equipment)\sfrom\s(?:the\s)?)$"), window=140, kinds=("contract", "project")),  # (within a list of
    # the goods: not "bought 5G equipment from Huawei", "was manufactured by China Academy of Space Technology")
    _NoSide("A source at Huawei Chile confirmed to BNamericas that …, … told Reuters: who was told, an outlet",
            before=_rx(r"\b(?:told|confirmed\sto|said\sto|explained\sto|revealed\sto)\s(?:the\s)?$"), window=25),
    _NoSide("the company disclosed in a filing to the Australian Securities Exchange: where it was told",
            before=_rx(r"\b(?:filings?|statements?|disclosures?|letters?|notices?|announcements?)\s(?:to|with)\s(?:the\s)?$")),
    _NoSide("executed amidst a diplomatic engagement with the People's Republic of China: ties, not the deal's side",
            before=_rx(r"\b(?:engagement|visit|dialogue|relations|ties|trade|friendship|consultations)\swith\s(?:the\s)?$"),
            except_kinds=("talks", "proposal")),
    _NoSide("…, the Xinhua news agency reported: an outlet that tells", name=_rx(rf"(?:.*?){_OUTLET.pattern}.*"),
            after=_OUTLET_TELLS, before=_rx(r",\s(?:the\s)?$"), window=10**6, unknown=True),
    _NoSide("The Chinese startup was assisted in establishing the agreement by the local government of Guangzhou: who "
            "helped a side to it", before=_rx(r"\b(?:was|were|been)\s(?:assisted|helped|aided)\b[^.;]{0,60}\bby\s(?:the\s)?"
                                              r"(?:local\s)?$"), window=100),
    _NoSide("Among the MoUs sealed … is with Huawei: a deal's noun, no name",
            name=_rx(r"(?i:(?:the\s)?(?:MoUs?|memorand(?:a|ums?)|agreements?|deals?|contracts?))")),
    _NoSide("… the International Telecommunications Forum, organized by the International Telecommunications Union (ITU): "
            "who held the event where it was signed", before=_rx(r"\b(?:organi[sz]ed|hosted|convened|sponsored)\sby\s(?:the\s)?$"),
            window=30),
    _NoSide("The contract, previously held by Ericsson, …: who held it before",
            before=_rx(r"\b(?:previously|formerly|once|earlier)\s(?:held|run|operated|managed|owned|supplied|won)\sby\s(?:the\s)?$")),
    _NoSide("the South Africa-based pan-African mobile operator MTN: where it is", name=_rx(r".*-based")),
    _NoSide("puts Unicom ahead of larger rival China Mobile: a rival left behind",
            before=_rx(r"\b(?:ahead\sof|beat(?:ing|s)?|outbid(?:ding|s)?|against)\s(?:the\s|its\s)?(?:[\w-]+\s){0,2}?"
                       r"(?:rivals?|competitors?)\s$"), window=60),
    _NoSide("won the contract, beating Alcatel Submarine Networks and NEC: the bidders left behind",
            before=_rx(r"\b(?:beat(?:ing|s)?|outbid(?:ding|s)?|edg(?:ed|ing)\sout|outcompet(?:ed|ing))\s(?:the\s|its\s)?"
                       r"(?:[^.;]{0,80}?(?:,\s|\sand\s|\s&\s))?$"), window=120),
    _NoSide("The National Security Council is expected to examine concerns over the contract: who reviews a deal",
            after=_rx(r"\s(?:(?:is|was|are|were|will|would|has|have|had|also|now|then)\s){0,2}(?:(?:expected|set|due|asked|"
                      r"ordered)\sto\s)?(?:review|examine|investigate|probe|scrutini[sz]e|audit|look\sinto)\b[^.;]{0,60}?\b"
                      r"(?:contracts?|deals?|agreements?|tenders?|awards?|bids?)\b"), unknown=True),
    _NoSide("China government-owned Xinhua news agency: a word of what another is (but 'the China-funded national fibre "
            "backbone': who paid for the work)",
            after=_rx(rf"-(?:owned|run|controlled|linked|affiliated|led)\b|-(?:backed|funded|sponsored)\b(?!\s(?:[\w-]+\s){{0,3}}?"
                      rf"(?:{WORKS})\b)")),
    _NoSide("Huawei's smaller rival ZTE secured …: ZTE, not Huawei", after=_RIVAL_AFTER),
    _NoSide("Orascom Telecom, controlled by Russia's Vimpelcom, signed …: the owner of a side (not 'The satellite, which is "
            "owned by the Lao Sat-1 Joint Venture Company': the owner of a work)",
            before=_rx(r"(?-i:[A-Z])[\w&'’-]*\.?(?:\s\([^()]{1,12}\))?,\s(?:which\sis\s|itself\s)?(?:(?:majority|wholly|partly|jointly)[- ])?(?:controlled|"
                       r"owned)\sby\s(?:the\s)?"
                       r"(?:[A-Z][\w'’-]*['’]s\s)?$"), window=60),
    _NoSide("an interest rate much lower than the 6% Minsk receives for its Eurobonds: who a deal is compared with",
            before=_rx(r"\b(?:than|below|above)\s(?:the|those|that)\s(?:(?!(?:from|of|in|with|by|for)\s)[\w$€£%.,-]+\s){0,3}?$"),
            window=60),
    _NoSide("Ethio Telecom picked ZTE and Ericsson, while Huawei was excluded: a firm kept out",
            after=_rx(r"\s(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:also\s)?(?:excluded|left\sout|shut\sout|not\s(?:selected|"
                      r"chosen|picked|included))\b")),
    _NoSide("… amid concern over the company's links to China's government: whom a party is tied to, no side",
            before=_rx(r"\b(?:links?|ties|connections?|closeness|proximity|loyalty)\s(?:to|with)\s"
                       r"(?:the\s)?$")),
    _NoSide("for Phase 3 of the … Project: a part of the work",
            name=_rx(r"(?:Phase|Stage|Lot|Tranche|Package|Section)\s\w+(?:$|\sof\s).*", re.S)),
    _NoSide("to supply the second phase of the former's National Broadband Network (NBNII), to Build 6000-km Cameroon-Brazil "
            "Fiber Optic Cable: the thing worked on", name=_rx(r".*\b(?:Network|Cable|Cables|System|Backbone|Satellite)"),
            before=_rx(r"(?:\b(?:phase|stage|part|section|segment|expansion|extension|upgrade|rollout)\s(?:\w+\s)?of\s|"
                       r"\b(?i:build|builds|building|construct|constructs|constructing|lay|lays|laying|deploy|deploying|"
                       # ("Exim Bank of China financed the $330 million National Broadband Network": what is paid for)
                       r"financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?)\s)"
                       r"(?:the\s|an?\s|its\s)?(?:[\w'’-]+['’]s\s)?(?:(?:planned|proposed|new|future|first|second|third)\s)?"
                       r"(?:[\w-]*\d[\w-]*\s|(?:US)?[$€£]\s?[\d.,]+(?:\s?(?:million|billion|bn|m))?(?:-|\s))?$"), window=60,
            unknown=True),  # ("to build the planned East Micronesia Cable")
    _NoSide("the Nairobi Expressway: a thing built, named", name=_rx(r".*\s(?:Expressway|Highway|Railway|Bridge|Airport|"
                                                                    r"Stadium|Dam)"), unknown=True),
    _NoSide("the Development Bank of Southern Africa, also known as DBSA; a JV with Softbank called SB Cloud Corporation: "
            "the same body again, or the venture", before=_rx(r"\b(?:also\s)?known\sas\s(?:the\s)?$|\ba\.k\.a\.?\s$|"
                                                                r"\b(?:JVs?|venture|consortium)\s(?:\w+\s){0,4}?(?:called|"
                                                                r"named|dubbed)\s$"), window=60),
    _NoSide("with the Nigcomsat-1 communication satellite, … due to the COVID-19 pandemic: a thing", after=_THING_AFTER,
            unknown=True),
    _NoSide("along the Kenya–Uganda railway route: a route", after=_ROUTE_AFTER),
    _NoSide("Eight companies, including Siemens, Nokia, Alcatel and Ericsson, participated in the bidding, but … ZTE, Huawei "
            "and CITCC won the deal: the bidders who lost",
            after=_rx(r"[^.;]{0,80}?\b(?:participated|took\spart|competed)\s(?:in\s(?:the\s)?)?(?:bidding|tender|bid|auction|"
                      r"competition)\b[^.;]*?\bbut\b")),
    _NoSide("Huawei will update SAFARICOM's Intelligent Network, inaugurated Ooredoo's Nationwide Submarine Cable: the firm's "
            "own thing", name=_rx(r".*\b(?:Network|System|Backbone|Platform|Cable|Satellite)"), before=_rx(r"['’]s\s$"), window=3,
            unknown=True),
    _NoSide("a contract for the acquisition of communication satellite PakSat Multi-Mission Satellite: the thing bought",
            name=_rx(r".*\b(?:Satellite|Cable)"), before=_rx(r"\b(?:satellite|cable)\s$|\b(?:acquisition|purchase|launch)\sof\s"
                                                            r"(?:the\s)?(?:(?:communications?|new|first)\s)?(?:satellite\s)?$", re.I),
            window=60, unknown=True),
    _NoSide("a loan to finance projects including the $330-million National Broadband Network (NBN) and the Northrail project: "
            "what is financed", name=_rx(r".*\b(?:Network|System|Backbone|Project|Programme|Railway|Cable)"),
            before=_rx(r"\b(?:including|includes?|such\sas)\s(?:the\s)?(?:[\w$€£.,-]+\s){0,3}$"), window=60, unknown=True),
    _NoSide("… and the Northrail project: a project's name", after=_rx(r"\s(?:project|programme|program|scheme)\b"),
            unknown=True),
    # (and a work's name the records do not know, before its noun in small letters: "the KAZI 24 emergency system", "the
    # Islamabad Safe City expansion", "for Gwadar smart port city" — not a body's name: "the Zentrix Telecom network")
    _NoSide("for the expansion of the KAZI 24 emergency system: a work's name", name=_NO_BODY_HEAD,
            after=_rx(r"\s(?:(?!(?:for|of|and|or|to|in|with|by|from|on|at|as|its|their|the|a|an|is|was|has|will)\s)[a-z][\w-]*\s){0,2}?"
                      r"(?:systems?|expansion|networks?|cables?|platform|port|city|initiative|"
                      r"backbone|corridor|project|programme|program|scheme|phase)\b"), unknown=True),
    # (a regulator or a state that rules on a purchase or a venture: "was approved by the Competition Authority of Kenya",
    # "The Philippine government blocked the sale of …", "Italy vetoed the purchase of …" — no side of it)
    # (the state that kept a firm from a work: "Australia blocked Huawei from laying …", "the Australian government stepped
    # in to block a plan …")
    _NoSide("the Australian government stepped in to block a plan: who kept it from being",
            after=_rx(r"\s(?:(?:has|had|have)\s)?(?:(?:stepped\sin|moved|acted)\sto\s)?(?:block|blocked|blocking|bar|barred|"
                      r"ban|banned|prevent|prevented|scuttled?|derailed|torpedoed)\b"), kinds=("proposal",)),
    # ("The Economic Coordination Committee (ECC) of the Cabinet has approved an amount … to be paid to M/s Huawei": a
    # government's committee that approves, no side)
    _NoSide("The Economic Coordination Committee (ECC) of the Cabinet has approved …: who approves",
            name=_rx(r".*\b(?:Committee|Cabinet|Council)"),
            after=_rx(r"(?:\s\([A-Z]{2,6}\))?(?:\sof\sthe\s(?-i:[A-Z])\w+)?\s(?:has\s|had\s|have\s)?(?:also\s)?(?:approved|cleared|"
                      r"endorsed|ratified)\b")),
    _NoSide("approved by the Competition Authority of Kenya: who rules on the deal",
            before=_rx(r"\b(?:approved|cleared|blocked|vetoed|rejected|authori[sz]ed)\sby\s(?:the\s)?$"),
            kinds=("acquisition", "joint_venture")),
    _NoSide("The Philippine government blocked the sale of a 40% stake: who rules on the deal",
            after=_rx(r"(?:['’]s\s[\w\s]{0,30}?)?\s(?:has\s|had\s|have\s)?(?:approved|cleared|blocked|vetoed|rejected|authori[sz]ed|"
                      r"granted\san?\s(?:[\w-]+\s)?licen[cs]e\sto)\s(?:the\s|an?\s)?(?:[\w$€£.,%-]+\s){0,3}?(?:sale|acquisition|"
                      r"purchase|takeover|deal|merger|stake|transaction|bid|joint\sventure)"),
            kinds=("acquisition", "joint_venture")),
    _NoSide("a loan for the Kumul Submarine Cable Network: what is financed or built",
            name=_rx(r".*\b(?:Cable|Fib(?:re|er)|Optic|Backbone|Broadband)\s(?:Network|System)s?|"
                     r".*\b(?:Corridor|Project|Programme|Program|Initiative)"),  # ("for the Pakistan Digital Corridor")
            before=_rx(r"\bfor\s(?:the\s)?(?:[\w-]+\s){0,3}$"), window=60, unknown=True),
    _NoSide("to lay a fibre-optic cable to Punta Arenas: where the cable runs", name=_NO_BODY_HEAD,
            # (a cable laid or run to it: not "a financing line to Ukrtelecom", a borrower, nor "handed over the national
            # backbone to NITA-U", its owner)
            before=_rx(r"\b(?:lay|lays|laid|laying|run|runs|running|extend\w*|connect\w*|link\w*|stretch\w*)\s(?:an?\s|the\s|its\s)?"
                       r"(?:[\w-]+\s){0,3}?(?:cables?|links?|fib(?:re|er)s?|backbone|route)\b[^.;,]{0,40}?\b(?:to|linking\s(?:it\s)?to)\s$"),
            window=60, unknown=True),
    _NoSide("the cable system connects Hainan Province, Guangdong Province and Hong Kong SAR: the places it links",
            name=_rx(r".*\s(?:Province|Region|SAR|Prefecture|County|City|State)"),
            before=_rx(r"\b(?:connect(?:s|ed|ing)?|link(?:s|ed|ing)?)\s(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*,?\s(?:and\s)?){0,4}$"),
            window=80, sliced=False),
)


def _no_side(x: tuple, t: str, c: Candidate, text: str, spans: list) -> bool:
    """Whether a name a sentence gives is no side of the deal, by its context (the table above, and the tests a table
    row cannot say: a parliament that ratifies, a law's title, an academy being set up, initials of words, money, a
    teller while another tells)."""
    at, end, name, known = x
    if any(rule.holds(x, t, c.kind) for rule in _NO_SIDE):
        return True
    if _LEGISLATURE.search(name) and re.search(r"\bratif", t):
        return True  # (the parliament ratifies, the state signed)
    if re.fullmatch(r"(?:Law|Decree|Resolution|Ordinance|Statute)(?:\s(?:on|of|No\.?)\b.*)?", name) and \
            (" " in name or re.match(r"\s(?:on|of|No\.?)\s", t[end:])):
        return True  # ("… came into force in 2013 with the Law on the Ratification of the Agreement …": a law)
    if re.search(r"\bAcadem(?:y|ies)$", name) and (_SET_UP_BEFORE.search(t, max(0, at - 60), at) or
                                                   _SET_UP_AFTER.match(t, end)):
        return True  # ("to establish a Huawei Authorized Information and Network Academy": what is set up)
    if known is None and name in _initials_of_words(text):
        return True  # ("the GCL", initials of "government concessional loan")
    if t[end:end + 1] == "$" or re.match(_MONEY, name):
        return True  # ("NT$17.7 billion", "Sh67 billion": money)
    if re.search(r"\b(?:in|at)\s(?:the\s)?$", t[max(0, at - 8):at]) and _is_place(name):
        return True  # ("During the China-ASEAN Expo in Nanning, Laos signed …": where)
    if _TELLS_AT_THE_END.match(t, end) and re.search(r",\s(?:the\s)?$", t[max(0, at - 6):at]) and \
            len({k or n for a, _, n, k in spans if a < at and (k or n) != (known or name)}) >= 2:
        return True  # ("Uganda signed a $30 million deal with Huawei …, the Ministry of Security said.": who tells, the
        # deal's two sides named before it)
    return _tells_of_another(t, x, spans)  # ("China Great Wall said the China Development Bank has agreed to …")


# a teller named last: "…, the Ministry of Security said.", "…, Safaricom said in a statement on Monday."
_TELLS_AT_THE_END = re.compile(r"\s(?:said|says|told|announced|reported|stated|confirmed|added|noted)\b[^.;,]{0,60}(?:[.;]|$)")
