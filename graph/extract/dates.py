"""Dates as a report tells them: full dates, months, years, weekdays and "yesterday" against the
publication date, and datelines ("PHNOM PENH, Jan. 22 (Xinhua) --") kept apart from a deal's own date."""

from __future__ import annotations

import datetime as dt
import re

from .vocabulary import MONTHS, SIGNED, SIGNED_WORD, WEEKDAYS, _MONTH_RE


def _publication_date(text: str) -> str | None:
    """A date line at the top of the article ("Mon Dec 22 2025", "22 December 2025", "2025-12-22"): a
    date on a short line of its own, at the start of a line, or after "Published", "Posted", "Updated"
    — not a date inside a sentence ("signed on November 8, 1999, in Beijing" dates a deal)."""
    head = text[:600]
    patterns = [(rf"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s)?({_MONTH_RE})\s(\d{{1,2}}),?\s(\d{{4}})\b", (3, 1, 2)),
                (rf"\b(\d{{1,2}})\s({_MONTH_RE}),?\s(\d{{4}})\b", (3, 2, 1)),
                (r"\b(20\d\d)-(\d\d)-(\d\d)\b", (1, 2, 3))]
    for pattern, (y, mo, d) in patterns:
        for m in re.finditer(pattern, head):
            if not _on_a_date_line(head, m.start(), m.end()):
                continue
            month = int(m[mo]) if m[mo].isdigit() else MONTHS[m[mo].rstrip(".").lower()]
            return _iso(int(m[y]), month, int(m[d]))
    return None


def _on_a_date_line(head: str, start: int, end: int) -> bool:
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", end)
    line = head[line_start:line_end if line_end >= 0 else len(head)]
    before = head[line_start:start]
    opens_line = len(before) <= 30 and not re.search(r"\b(?:on|signed|in|since|from|until)\s*$", before, re.I)
    labelled = bool(re.search(r"\b(?:Published|Posted|Updated|Date|Dated)\b[^\n]{0,12}$", before, re.I))
    return len(line) <= 80 or opens_line or labelled


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def since_clauses(sentence: str) -> list[tuple[int, int]]:
    """The spans of clauses that tell what happened before, from "since" to the clause's end: "its first loan
    from Beijing since it switched recognition from Taiwan to China in 2019" (not "since 2017", "since March",
    "since then": when the deal itself began; nor "since signing the deal in 2015")."""
    return [m.span() for m in re.finditer(rf"\b[Ss]ince\s(?!(?:early\s|late\s|mid-)?(?:19|20)\d\d\b|(?:{_MONTH_RE})\b|then\b|"
                                          rf"last\b|sign(?:ing|ed)\b)[^,;.()]*", sentence)]


_DUE_CLAUSE = re.compile(r"(\b(?:which|that|and)\s(?:is|are|was|were)\s)(?:planned|expected|scheduled|due|set|slated|projected)\s"
                         r"to\s(?:go\slive|be\s(?:completed|ready|operational|commissioned|finished|delivered|in\sservice)|"
                         r"(?:enter|come\sinto)\s(?:commercial\s)?(?:service|operation)|(?:begin|start)\s(?:commercial\s)?"
                         r"(?:operations?|service))\b[^,;.]*")
_EARLIER_DEAL_FIRST = re.compile(r"^(?:After|Following)\s(?:an?|the|its|their)\s(?:[\w$€£.,-]+\s){0,3}?(?:MoU|memorandum|"
                                 r"agreement|contract|deal|loan|accord)\b[^,;]*,\s(?=[^,;]*\b(?:signed|inked|sealed|agreed)\b)")
_PAGE_STAMP = re.compile(r"\b(?:Last\s)?(?:[Uu]pdated|Published|Posted|Modified)(?:\s(?:at|on))?:?\s[^.;]{0,30}?\b(?:19|20)\d\d\b")


def _date_in(sentence: str, published: str | None, announced: bool = False
             ) -> tuple[str, tuple[int, int], bool] | None:
    """The date a sentence gives, its span, and whether it is a dateline's (weak); None when it gives none.

    A date a speaker or a report is dated by ("said on Tuesday", "told reporters yesterday") is the
    deal's date only when the deal is the announcement itself (``announced``)."""
    told = sentence  # ("… since it switched recognition from Taiwan to China in 2019": what happened before the deal)
    for x, y in since_clauses(sentence):
        told = told[:x] + " " * (y - x) + told[y:]
    # ("Updated at 1:02 pm on 24 April 2014": when a page was edited, not when a deal was made)
    told = _PAGE_STAMP.sub(lambda m: " " * len(m.group()), told)
    # ("… signed a cooperation agreement for the cable, which is planned to go live in early 2020": when the work is due,
    # after what was signed)
    told = _DUE_CLAUSE.sub(lambda m: m[1] + " " * (len(m.group()) - len(m[1])), told)
    # ("Following an MoU signed in 2007, SCO and China Telecom signed a contract in 2010": the deal before, its date)
    told = _EARLIER_DEAL_FIRST.sub(lambda m: " " * len(m.group()), told)
    found = _date_found(told, published, announced)
    if found is None:
        return None
    date, (a, b) = found
    said_that = re.match(r",?\s(?:that|how)\s", told[b:])
    if said_that and re.search(r"\b(?:said|says|announced|announces|stated|reported|confirmed|revealed|disclosed)\s(?:on\s)?$",
                               told[:a]):
        # ("Orion announced on June 3 that on May 31, it had signed a letter of intent": the day told of, not the telling's)
        later = _date_found(told[b + said_that.end():], published, announced)
        if later is not None:
            at = b + said_that.end()
            date, (a, b) = later[0], (at + later[1][0], at + later[1][1])
    revealed = re.search(r"\b(?:revealed|reported|disclosed|discovered|learned|learnt)\s(?:in\s|on\s)?$", told[:a]) and \
        re.match(r",?\s(?:that|how)\s(?:[\w'’-]+\s){1,6}?had\s(?:been\s)?(?:[a-z]+ly\s)?[a-z]+ed\b", told[b:])
    if revealed:
        return None  # ("When Reuters revealed in November 2018 that the government had contracted with ZTE …": when it came to
        # light, the deal made before it
    # (a weekday or "yesterday" after the purpose is the signing's: "signed a contract … to build a 4G network on Monday" —
    # work is not due on a day gone by)
    gone_by = re.fullmatch(rf"(?i:{'|'.join(WEEKDAYS)}|yesterday|today)", sentence[a:b]) and \
        not re.match(r"\s(?:next|this\scoming)\b", sentence[b:])
    if not gone_by and re.search(rf"(?i:\b(?:{SIGNED}|contract|agreement|deal)\b)\s[^,;]+?\sto\s(?!the\b|a\b|an\b)[a-z]+\b[^,;]*$",
                                 sentence[:a]) \
            and not re.search(r"\b(?:signed|inked|sealed|concluded)\b[^,;]*$", sentence[sentence.rfind(" to ", 0, a):a]):
        # "signed a contract … to launch a satellite … in late 2013": when the work is due, not the deal — but a date
        # the text gives before it may be the deal's ("signed an agreement on Wednesday to … hold test launches this
        # year and in 2020")
        earlier = _date_found(told[:sentence.rfind(" to ", 0, a)], published, announced)
        if earlier is None:
            return None
        date, (a, b) = earlier
    dateline = (a < 40 and bool(re.match(r"[^\w]*(?:,?\s?\d{4})?\s*(?:\(|/|--|—|–|-\s)", sentence[b:b + 12])) or
                (a <= 2 and sentence[b:b + 1] in (",", ":", " ")) or
                (bool(re.match(r"\s*(?:[A-Z][\w.'’-]*(?:,?\s[A-Z][\w.'’-]*){0,3},?\s)?[\[(][^\])]{0,40}$", sentence[:a]))
                 and sentence[b:b + 1] in ("]", ")")) or
                # ("TASHKENT, Uzbekistan, March 10.": a place in capitals and the date, a sentence of their own)
                bool(re.fullmatch(r"\s*[A-Z][A-Z.'’ -]+(?:,\s[A-Z][\w.'’ -]*)?,\s", sentence[:a]) and
                     re.fullmatch(r"\.?\s*", sentence[b:]))) and \
        not SIGNED_WORD.search(sentence[:a])  # ("[Shanghai, China, June 28, 2017]On June 27, …": bracketed)
    # ("23 March 2017, Hannover, Germany ZTE …": a sentence that opens with its date opens with a dateline;
    # "KUCHING (Feb 28): …": a place, then the date in brackets)
    if dateline:  # "PHNOM PENH, Jan. 22 (Xinhua) -- … signed … on Monday": the deal's own date after the dateline
        own = _date_found(sentence[b:], date if len(date) == 10 else published, announced)  # "today": the dateline's day
        if own:
            return own[0], (b + own[1][0], b + own[1][1]), False
    return date, (a, b), dateline


_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_COUNT_WORDS = "|".join(_COUNTS)


def _date_found(sentence: str, published: str | None, announced: bool) -> tuple[str, tuple[int, int]] | None:
    # ("signed … on 2020-12-31": the date as ISO writes it, after "on" — not a page's date line, " date 2023-09-14")
    m = re.search(r"(?<=\b[Oo]n\s)((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w/-])", sentence)
    if m and _iso(int(m[1]), int(m[2]), int(m[3])):
        return _iso(int(m[1]), int(m[2]), int(m[3])), m.span()
    m = re.search(r"(?<![\d/.])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)\b", sentence)
    if m:
        # "on 12.03.2021": day first; "on 25/03/2021", "on 03/25/2021": the order a number over 12 shows — and when
        # neither is, the year alone (news writes both orders)
        a, b, year = int(m[1]), int(m[3]), int(m[4])
        day, month = (a, b) if m[2] == "." or a > 12 else (b, a) if b > 12 else (None, None)
        d = _iso(year, month, day) if day else None
        return (d, m.span()) if d else (m[4], m.span(4))
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?({_MONTH_RE}),?\s(\d{{4}})\b", sentence)
    if m:
        d = _iso(int(m[3]), MONTHS[m[2].rstrip(".").lower()], int(m[1]))
        if d:
            return d, m.span()
    m = re.search(rf"\b({_MONTH_RE})\s(\d{{1,2}})(?:st|nd|rd|th)?,?\s(\d{{4}})\b", sentence)
    if m:
        d = _iso(int(m[3]), MONTHS[m[1].rstrip(".").lower()], int(m[2]))
        if d:
            return d, m.span()
    m = re.search(rf"\b({_MONTH_RE})\s(\d{{1,2}})(?:\s?(?:-|–|to)\s?|\sand\s)(\d{{1,2}})\b(?:,?\s(\d{{4}}))?", sentence)
    if m and (m[4] or published):  # "from February 25 to 28": the month, not one day of it
        year = int(m[4]) if m[4] else int(published[:4]) - (MONTHS[m[1].rstrip(".").lower()] > int(published[5:7] or 12))
        return f"{year}-{MONTHS[m[1].rstrip('.').lower()]:02d}", m.span()
    m = re.search(rf"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Dd]uring|[Bb]etween)\s({_MONTH_RE})\s(?:and|to|-|–)\s({_MONTH_RE}),?\s(\d{{4}})\b", sentence)
    if m:  # "in June and July 2023": the year, no one month
        return m[3], m.span(3)
    # (a sentence may open with it: "In August 2017, the government and Alibaba Group signed …")
    m = re.search(r"\b(?:[Ii]n|[Dd]uring)\s(?:the\s)?(?:first|second|third|fourth|last|final)\s(?:quarter|half)\sof\s(\d{4})\b|"
                  r"\b(?:in|during)\s(?:Q[1-4]|H[12])\s(\d{4})\b", sentence)
    # ("in the autumn of 2019", "in spring 2020": the year)
    m = m or re.search(r"\b(?:[Ii]n|[Dd]uring)\s(?:the\s)?(?:early\s|late\s)?(?:spring|summer|autumn|fall|winter)\s(?:of\s)?(\d{4})\b",
                       sentence)
    if m and not re.search(r"\b(?:expected|due|scheduled|planned|slated|set|closure|close|completion|completed|finished)\s"
                           r"(?:\w+\s){0,2}$", sentence[:m.start()], re.I):
        return (m[1] or m[2]), m.span(1) if m[1] else m.span(2)  # "in the second quarter of 2022", "in Q2 2022": the year
        # (not "the deal's closure expected in H1 2022": when it is to end)
    # ("In February 2007", "In February, 2007", "at the beginning of February 2017"; not "by the end of June 2020": a
    # deadline, most often)
    m = re.search(rf"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Ff]rom|[Dd]uring|(?:[Aa]t|[Ii]n)\s(?:the\s)?(?:beginning|start)\sof)\s"
                  rf"(?:early\s|late\s|mid-)?({_MONTH_RE}),?\s(\d{{4}})\b", sentence)
    if m:
        return f"{m[2]}-{MONTHS[m[1].rstrip('.').lower()]:02d}", m.span(1)[:1] + m.span(2)[1:]
    m = re.search(rf"\b(?:[Ii]n|[Oo]n)\s({_MONTH_RE})\s(?:of\s)?(last|this)\syear\b", sentence)
    if m and published and len(published) >= 4:  # "in October last year": that month of the year before publication
        year = int(published[:4]) - (m[2] == "last")
        return f"{year}-{MONTHS[m[1].rstrip('.').lower()]:02d}", (m.start(1), m.end())
    # (not "on Jan. 12"; "in early March", "in mid-December": the month)
    # (and "in the last week of February", "at the end of January": the month)
    m = re.search(rf"\b(In|in|On|on|[Ll]ast|[Aa]t)\s(?:(?:early|late|mid)[\s-]|the\s(?:first|second|third|fourth|last|final|"
                  rf"end|beginning|start|middle)\s(?:(?:week|weeks|days|half|fortnight)\s)?of\s)?({_MONTH_RE})(?!\.?\s\d)\b",
                  sentence)
    if m and m[1].lower() == "at" and not re.match(r"\sthe\s", sentence[m.end(1):]):
        m = None  # ("at March's meeting"? only "at the end of March")
    if m and re.search(r"\b(?:will|would|is\sto|are\sto|expected\sto|set\sto|due\sto|plans?\sto|scheduled\sto)\s[^,;]*$",
                       re.split(r"\band\b", sentence[:m.start()])[-1]):
        m = None  # "… and will send it into orbit in November": a month still to come, no deal's date
    if m and published and len(published) >= 7:  # "in June", "last June": the latest June before publication
        year, month = int(published[:4]), MONTHS[m[2].rstrip(".").lower()]
        pub_month = int(published[5:7])
        if month > pub_month or (month == pub_month and m[1].lower() == "last"):
            year -= 1
        return f"{year}-{month:02d}", m.span(2)
    since = r"|[Ss]ince" if not re.search(r"negotiat|\btalks\b|discuss", sentence, re.I) else ""  # (talks since 2008: not a deal's date)
    m = re.search(rf"\b(?:[Ii]n|[Oo]n{since})\s(?:early\s|late\s|mid-)?(20\d\d|19\d\d)\b|\b(?:[Tt]he|an?)\s(20\d\d|19\d\d)\s(?:[\w-]+\s){{0,2}}(?:agreements?|deals?|"
                  r"contracts?|MoUs?|memorand\w+|loans?|accords?)\b", sentence)  # "in 2006", "since 2017" (when it began), "the 2006 agreement"
    if m and m[2]:
        return m[2], m.span(2)
    if m:
        return m[1], m.span(1)
    if not published:
        return None
    pub = dt.date.fromisoformat(published[:10]) if len(published) >= 10 else None
    m = re.search(rf"\b(?P<month>{_MONTH_RE})\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s\d{{4}})", sentence) or \
        re.search(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?P<month>{_MONTH_RE})\b(?!\.?,?\s\d{{4}})", sentence)
    if m and len(published) >= 7:  # "on June 21", "on March 5th", "on the 5th of March": the publication year, or the
        # year before for a date still to come
        month, day = MONTHS[m["month"].rstrip(".").lower()], int(m["day"])
        year = int(published[:4])
        said_year = re.match(r",?\s(?:of\s)?(this|last|next)\syear\b", sentence[m.end():], re.I)
        if said_year:  # ("on 22 December this year", "on 5 May last year": the year said)
            year += {"this": 0, "last": -1, "next": 1}[said_year[1].lower()]
        elif pub and (month, day) > (pub.month, pub.day):
            year -= 1
        d = _iso(year, month, day)
        if d:
            return d, m.span()
    if pub is None:
        return None
    # (and "according to a statement sent to the Global Times by Cloudwalk on Thursday": when the statement was sent)
    said = r"\b(?:said|says|reported|reports|told|announced|according|stated|added|confirmed|(?:statement|release|notice)\s" \
           r"(?:sent|issued|released|published|posted|circulated))\b[^.;]{0,40}$"
    if announced:
        said = r"(?!x)x"  # never: the announcement is the deal
    # ("On Monday, A and B signed …", "Last Monday, …": at a sentence's start too)
    # ("ON TUESDAY, Huawei Technologies (TT) Ltd signed …": a weekday in capitals too)
    def dates_the_deal(m: re.Match) -> bool:
        before = sentence[:m.start()]
        told_day = m[1] or re.search(r"\b(?:signed|inked|agreed|held|sealed|awarded|won)\s(?:[^\s,;.]+\s){0,5}?$", before) or \
            re.match(r"\s(?:signed|inked|sealed)\b", sentence[m.end():]) or \
            re.search(r"\b\d{1,2}[:.]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)?\s(?:\([^)]{1,20}\)\s)?(?:local\stime\s)?$", before, re.I)
        # ("won the contract Monday", "Guyana and China Saturday signed …", "was launched … at 0:15 am Friday": the hour,
        # then the day) — but not a day the deal is told on ("Huawei said on Monday that it signed … on Friday": Friday's),
        # unless the signing's weekday follows ("according to a contract signed by both countries on Thursday")
        if re.search(r"\b(?:said|says|announced|announces|confirmed|revealed|disclosed|stated)\s(?:on\s)?$", before) and \
                re.match(r",?\s(?:that\s)?(?:[\w'’.-]+\s){1,5}?(?:has|have)\s(?:now\s|also\s|just\s)?(?:signed|renewed|agreed|won|"
                         r"inked|sealed|secured|acquired|bought|selected|chosen|picked|awarded|extended|concluded)\b",
                         sentence[m.end():]):
            return True  # ("LG Uplus announced Sunday that it has renewed its contracts …": done as it is told, on that day)
        return bool(told_day) and (not re.search(said, before, re.I) or
                                   bool(re.search(r"\b(?:signed|inked|sealed)\s(?:by\s[^,;.]{1,40}?\s)?(?:on\s)?$", before)))

    m = next((m for m in re.finditer(rf"\b(?:([Oo]n|ON|[Ll]ast|LAST|[Ll]ate|[Ee]arly)\s)?"
                                     rf"({'|'.join(w.capitalize() + '|' + w.upper() for w in WEEKDAYS)})\b", sentence)
              if dates_the_deal(m)), None)  # ("signed an agreement Wednesday": the day it was signed)
    # ("Citing Reuters, Sunday (20/2), A signed … on Thursday": the weekday the deal is dated by)
    # ("according to a commercial contract inked Saturday in Zhuhai": the weekday right after the signing dates it,
    # whoever tells)
    if m:
        back = (pub.weekday() - WEEKDAYS.index(m[2].lower())) % 7
        if m[1] and m[1].lower() == "last" and back == 0:
            back = 7
        if re.match(r",?\s(?:of\s)?last\sweek\b", sentence[m.end():], re.I) or \
                re.search(r"\blast\sweek,?\s(?:on\s)?$", sentence[:m.start(2)], re.I):
            # ("on Wednesday last week", "last week on Friday": that day of the calendar week before the publication's)
            back = pub.weekday() + 7 - WEEKDAYS.index(m[2].lower())
        return (pub - dt.timedelta(days=back)).isoformat(), m.span(2)
    # ("handed over the data centre on the 20th": that day of the publication's month, or of the month before)
    m = re.search(r"\bon\sthe\s([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s(?:of|century|anniversary|floor|day|time)\b)", sentence)
    if m and not re.search(said, sentence[:m.start()], re.I):
        day = int(m[1])
        month = pub.replace(day=1) if day <= pub.day else (pub.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        found = _iso(month.year, month.month, day)
        if found:
            return found, m.span()
    # ("three days ago": that day, counted back from the publication — not "two years ago", "a few weeks ago": a year or a
    # month told roughly, which a careful reader leaves undated)
    m = re.search(rf"\b({_COUNT_WORDS}|\d)\sdays?\sago\b", sentence, re.I)
    if m and not re.search(r"\b(?:nearly|almost|about|around|roughly|some|over|more\sthan|at\sleast)\s$", sentence[:m.start()], re.I) \
            and not re.search(said, sentence[:m.start()], re.I):
        return (pub - dt.timedelta(days=int(m[1]) if m[1].isdigit() else _COUNTS[m[1].lower()])).isoformat(), m.span()
    m = re.search(r"\b(?:last|this\spast)\sweekend\b", sentence, re.I)
    if m and not re.search(said, sentence[:m.start()], re.I):  # ("Last weekend, A and B signed …": the month of that weekend)
        sunday = pub - dt.timedelta(days=(pub.weekday() - 6) % 7 or 7)
        saturday = sunday - dt.timedelta(days=1)
        return (sunday.isoformat()[:7], m.span()) if sunday.month == saturday.month else None
    # (not "in the last week of February": a month's week, read above)
    m = re.search(r"\b(yesterday|today|tonight|this (?:morning|afternoon|evening)|earlier this month|this month|last month|"
                  r"(?<!\bthe\s)last week(?!\sof\b)|last year|this year|"
                  r"(?:earlier\s)?this\sweek)\b", sentence, re.I)
    if m and not re.search(said, sentence[:m.start()], re.I):
        w = m[1].lower()
        if w == "yesterday":
            return (pub - dt.timedelta(days=1)).isoformat(), m.span(1)
        if w in ("today", "tonight", "this morning", "this afternoon", "this evening"):
            return pub.isoformat(), m.span(1)
        if w in ("earlier this month", "this month"):
            return pub.isoformat()[:7], m.span(1)
        if w == "last week":
            return (pub - dt.timedelta(days=7)).isoformat()[:7], m.span(1)
        if w == "last month":
            first = pub.replace(day=1) - dt.timedelta(days=1)
            return first.isoformat()[:7], m.span(1)
        if w == "last year":
            return str(pub.year - 1), m.span(1)
        if w.endswith("this week"):  # ("signed … this week": the publication's month, when the week lies in it)
            return (pub.isoformat()[:7], m.span(1)) if pub.weekday() < pub.day else None
        return str(pub.year), m.span(1)
    return None
