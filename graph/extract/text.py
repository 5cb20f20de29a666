"""An article as plain text, with sentences and their character spans.

:func:`read_article` takes a news report as plain text or HTML: HTML is reduced to the text a
reader sees (scripts, styles and navigation dropped, one paragraph per block element), and every
character span the extractor reports refers to that plain text, which ``dsr extract`` prints or
writes with the candidates so a reviewer can find the evidence.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["Sentence", "decode_article", "in_english", "published_in_page", "read_article", "read_page", "sentences"]


# the commonest words of English prose: about a quarter of the words of a news report in English (a fifth in the
# lowest seen), about a twentieth or less of one in French, Spanish, Portuguese, Italian, German, Russian or Chinese
_ENGLISH_WORDS = frozenset("the of and to in a is for on with that by as at was has said will from an be it its are have "
                           "which this were been their also had but not or after over into about more than".split())


def in_english(text: str) -> bool | None:
    """Whether the text reads as English, by the share of its words that are English's commonest (a tenth or more);
    None when it has too few words (under 20) to tell. The extractor's rules read English only."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < 20:
        return None
    return sum(w.lower() in _ENGLISH_WORDS for w in words) >= 0.1 * len(words)


class NotText(ValueError):
    """The bytes of an article are not text this reader can decode (the message says where and why)."""


# a page's own word on its encoding: <meta charset="…">, <meta http-equiv="Content-Type" content="…; charset=…">,
# <?xml … encoding="…"?>
_DECLARED = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
                       re.I)


def decode_article(data: bytes) -> str:
    """The text of an article given as bytes: UTF-8 (with or without its byte-order mark), UTF-16 with
    its byte-order mark, or an HTML page in the encoding it declares (``<meta charset="windows-1252">``,
    as older news sites are). Raises :class:`NotText` naming the line and column of the first byte that
    is not text in that encoding."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[len(codecs.BOM_UTF8):], "utf-8", "UTF-8", offset=len(codecs.BOM_UTF8), whole=data)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", "UTF-16")
    declared = _DECLARED.search(data[:4096])
    name = (declared.group(1) or declared.group(2)).decode("ascii") if declared else None
    if name:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            raise NotText(f"the page declares the encoding {name!r}, which this reader does not know: "
                          "convert it to UTF-8 first") from None
        if codec not in ("utf-8", "utf-16", "utf-32"):  # (a page that says UTF-8 is read as UTF-8 below)
            return _decode(data, codec, name)
    return _decode(data, "utf-8", "UTF-8")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # (tab, line feed, form feed and carriage return are text)


def _decode(data: bytes, codec: str, shown: str, offset: int = 0, whole: bytes | None = None) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        whole = data if whole is None else whole
        at = exc.start + offset
        raise NotText(f"{_where(whole, at)} (byte {at}): not {shown} text (0x{whole[at]:02x}); give "
                      "the article as UTF-8, or as an HTML page that declares its encoding") from None
    bad = _CONTROL.search(text)
    if bad:  # a binary file (a PDF, a word processor's file), or UTF-16 without its byte-order mark
        raise NotText(f"{_where(text, bad.start())}: a control character (U+{ord(bad.group()):04X}), so no text "
                      f"in {shown}: give the article as text or HTML")
    return text


def _where(seq, at: int) -> str:
    """"line L, column C" of position ``at`` in text or bytes."""
    newline = b"\n" if isinstance(seq, bytes) else "\n"
    return f"line {seq.count(newline, 0, at) + 1}, column {at - (seq.rfind(newline, 0, at) + 1) + 1}"

_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header",
           "footer", "blockquote", "figcaption", "td", "title", "main", "ul", "ol", "dd", "dt", "table"}
# never the story: code, menus, forms — and a page's furniture: asides (related stories, most read), footers
_SKIP = {"script", "style", "noscript", "nav", "svg", "form", "button", "iframe", "template", "aside", "footer",
         "select", "dialog", "object", "canvas", "head"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
# furniture told by its class or id: related stories, sharing buttons, comments, newsletters, cookie banners,
# breadcrumbs, menus, sidebars, advertisements, tickers, "most read" lists, tags, author boxes
_FURNITURE = re.compile(r"(?:^|[\s_-])(?:related|share|sharing|social|comments?|newsletter|subscribe|subscription|cookies?|"
                        r"consent|gdpr|breadcrumbs?|menu|navbar|sidebar|advert\w*|ads?|adslot|promo|sponsored|popular|"
                        r"trending|mostread|most-read|recommended|ticker|outbrain|taboola|tags?|author-bio|authorbox|"
                        r"readmore|read-more|more-stories|signup|paywall|modal|popup|widget)(?:$|[\s_-])", re.I)
# the story's own body, however else it is marked ("article-body has-tags", "entry-content share-bar")
_BODY = re.compile(r"(?:article|story|entry|post|content|news)[-_]?(?:body|content|text)|articlebody|storybody", re.I)
_FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu"}
# a line that only points to another story: "Read more: …", "Also read: …", "Related: …"
_POINTER = re.compile(r"(?:read\s+(?:more|also)|also\s+read|related(?:\s+(?:stories|articles|news))?|see\s+also|"
                      r"recommended|you\s+may\s+also\s+like)\b\s*(?:[:|»›–—-]|$)", re.I)
# where a page says when it was published
_DATE_META = {"article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
              "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "og:pubdate"}
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)")


class _Text(HTMLParser):
    """The text of a page, each piece marked with whether it stands in the story's own region (an
    ``<article>``, ``<main>``, or an element marked as the article's body); furniture skipped."""

    def __init__(self, exempt: frozenset[int] = frozenset()):
        super().__init__(convert_charrefs=True)
        self.exempt = exempt  # elements (by their order in the page) whose class or id is not read as furniture
        self.elements = 0
        self.swallowed: dict[int, int] = {}  # element → the text it held, left out for its class or id
        self.parts: list[tuple[str, bool]] = []
        self.title: list[str] = []
        self.titled = False
        self.headline = {True: False, False: False}  # a headline (h1) read, in the story's region or outside it
        self.stack: list[tuple[str, bool, bool, int]] = []  # (tag, skipped, a story region, swallowed's index or -1)
        self.regions = 0
        self.dates: list[tuple[int, str]] = []  # (rank, YYYY-MM-DD): the lower the rank, the surer

    def _skipping(self) -> bool:
        return any(entry[1] for entry in self.stack)

    def _in_story(self) -> bool:
        return any(entry[2] for entry in self.stack)

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _DATE_META:
                self._date(a.get("content", ""), 0 if key in ("article:published_time", "datepublished") else 1)
            return
        if tag == "time" and a.get("datetime"):
            self._date(a["datetime"], 1 if a.get("itemprop", "").lower() == "datepublished" else 2 if self._in_story() else 3)
        if tag in _VOID:
            if tag == "br" and not self._skipping():
                self.parts.append(("\n", self._in_story()))
            return
        marks = f"{a.get('class', '')} {a.get('id', '')}"
        self.elements += 1
        by_class = self.elements not in self.exempt and _FURNITURE.search(marks) is not None and not _BODY.search(marks)
        skip = tag in _SKIP or by_class or a.get("role", "").lower() in _FURNITURE_ROLES \
            or "hidden" in a or a.get("aria-hidden", "").lower() == "true" or \
            re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", a.get("style", ""), re.I) is not None or \
            (tag == "header" and not self._in_story())  # (a site's masthead; an article's own header is kept)
        story = tag in ("article", "main") or a.get("role", "").lower() == "main" or \
            a.get("itemprop", "").lower() == "articlebody" or (tag in ("div", "section") and _BODY.search(marks) is not None)
        if story and not skip and not self._skipping():
            self.regions += 1
        counted = -1
        if skip and by_class and not self._skipping():
            counted = self.elements
            self.swallowed[counted] = 0
        self.stack.append((tag, skip, story, counted))
        if tag in _BLOCKS and not self._skipping():
            self.parts.append(("\n", self._in_story()))
            if tag == "h1":
                self.headline[self._in_story()] = True

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        self.titled = self.titled or (tag == "title" and bool(self.title))  # (the page's first title is its title)
        for i in range(len(self.stack) - 1, -1, -1):  # (an end tag closes what is open inside it too)
            if self.stack[i][0] == tag:
                was_story = self._in_story()
                del self.stack[i:]
                if tag in _BLOCKS and not self._skipping():
                    self.parts.append(("\n", was_story))
                return

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "title" and not self.titled:
            self.title.append(data)
            return
        if self._skipping():
            outer = next(entry for entry in self.stack if entry[1])
            if outer[3] >= 0:
                self.swallowed[outer[3]] += len(data.strip())
        else:  # (a line break in a page's source is a space: blocks make the lines)
            pre = any(entry[0] in ("pre", "textarea") for entry in self.stack)
            self.parts.append((data if pre else data.replace("\n", " ").replace("\r", " "), self._in_story()))

    def kept(self) -> list[str]:
        """The pieces of text read as the story: its region's, or all, when the page marks none."""
        return [t for t, story in self.parts if story or not self.regions]

    def _date(self, value: str, rank: int) -> None:
        m = _ISO_DAY.match(value)
        if m:
            try:
                self.dates.append((rank, dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()))
            except ValueError:
                pass  # (not a day of the calendar: no date)


def _page(raw: str) -> _Text | None:
    """The page read, furniture left out — but an element left out for its class or id that held more
    text than all that was kept is the story after all ("single-post share-enabled"): read again with it."""
    if not re.search(r"<\s*(html|body|p|div|article|br)\b", raw[:5000], re.I):
        return None
    exempt: frozenset[int] = frozenset()
    for _ in range(3):
        parser = _Text(exempt)
        parser.feed(raw)
        parser.close()
        kept = sum(len(t.strip()) for t in parser.kept())
        big = max(parser.swallowed, key=lambda e: (parser.swallowed[e], -e), default=None)
        if big is None or parser.swallowed[big] <= kept:
            break
        exempt |= {big}
    return parser


# an inline tag of a page, opening or closing (a link, an emphasis, a span)
_INLINE_TAG = re.compile(r"<a\s[^<>]*\bhref\s*=[^<>]*>|</?(?:a|span|strong|em|b|i|u|font|abbr|small|sup|sub)(?:\s[^<>]*)?>", re.I)


def read_article(raw: str) -> str:
    """The plain text of an article given as text or HTML (told apart by its tags). Of a page, the text
    a reader reads as the story: its title, then — when the page marks the story's region (``<article>``,
    ``<main>``) — only that region; menus, asides, footers, sharing buttons, comments, related stories
    and lines that only point to another story ("Read more: …") are left out."""
    return read_page(raw)[0]


def published_in_page(raw: str) -> str | None:
    """The publication date an HTML page states in its metadata (``article:published_time``,
    ``datePublished``, a ``<time datetime>`` in the story), as YYYY-MM-DD; None for plain text or a page
    that states none."""
    return read_page(raw)[1]


def read_page(raw: str) -> tuple[str, str | None]:
    """:func:`read_article` and :func:`published_in_page` at once, the page parsed once."""
    page = _page(raw)
    published = None
    if page is not None:
        jsonld = re.search(r'"datePublished"\s*:\s*"(\d{4}-\d\d-\d\d)', raw)
        if jsonld:
            page._date(jsonld[1], 0)
        published = min(page.dates)[1] if page.dates else None
        pieces = page.kept()
        # the page's title ("… | Example Times") only when the story has no headline of its own
        title = "" if page.headline[True] or (page.headline[False] and not page.regions) else \
            " ".join("".join(page.title).split())
        text = (title + "\n" if title else "") + "".join(pieces)
    else:
        # (plain text that kept a page's inline tags — 'the kingdom's biggest operator, <a href="…/pif-to-sell-2-stake-in-
        # stc-…">Saudi Telecom Company</a>': the words a reader sees, not the link's address)
        text = _INLINE_TAG.sub("", raw)
        text = html.unescape(text) if re.search(r"&(amp|nbsp|#\d+);", text) else text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    if page is not None:
        lines = [line for line in lines if not (len(line) < 200 and _POINTER.match(line))]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return _unwrap("\n".join(out).strip()) + "\n", published


_LINE_ENDS_WITH_ADDRESS = re.compile(r"(?:\S+@\S+\.\w+|https?://\S+|www\.\S+)$")


def _unwrap(text: str) -> str:
    """Text wrapped at a fixed width (wire copy, e-mail, plain-text pages: "…has acquired some major
    contracts from" / "Bangladeshi telecom operators…") with its lines joined again, so that a sentence
    is read whole; a text whose lines are paragraphs is left as it is. A short line (a byline, a
    headline) is never joined to the next."""
    lines = text.split("\n")
    inner = [a for a, b in zip(lines, lines[1:]) if a and b]
    broken = [a for a in inner if 45 <= len(a) <= 100 and not re.search(r"[.!?:;][\"”’')]?$", a)]
    # (the short lines of a header — "TAGS: EINV ECON", "FM AMEMBASSY TASHKENT" — say nothing of the width)
    if len(broken) < 3 or len(broken) < 0.4 * len([a for a in inner if len(a) >= 45]):
        return text
    out, previous = [lines[0]], lines[0]
    for line in lines[1:]:
        if line and previous and (len(previous) >= 45 or line[0].islower()) and not _LINE_ENDS_WITH_ADDRESS.search(previous):
            out[-1] += " " + line  # the line before was cut at the width (or mid-sentence): this one goes on
            # (not after a line that ends with an address: "To contact the reporter on this story: … in Abuja at
            # x@bloomberg.net", a byline whole)
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# a sentence ends at . ! ? followed by space and a capital, a quote or a digit — not after an
# abbreviation ("Co.", "Ltd.", "Mr.", "U.S.", "No.", "H.E. Amb.", "Hon.", "Ksh. 67.5 billion") or an initial
_ABBREV = re.compile(r"(?:\b(?:Co|Ltd|Inc|Corp|Mr|Mrs|Ms|Dr|Prof|No|St|Jr|Sr|Gov|Gen|Lt|Col|Capt|vs|etc|approx|Rs|Sh|Amb|Hon|"
                     r"Ksh|Kshs|KShs|Shs|Engr|Eng|Sen|Rep|Dept|Govt|"
                     r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Messrs|Bhd|Sdn|Pvt|Plc|Pte)|\b[A-Z](?:\.[A-Z])*)\.$")


# ("listed as no. 24 of 29 agreements", "under art. 5", "see p. 12": a number's abbreviation, before the number)
_BEFORE_A_NUMBER = re.compile(r"\b(?:no|nos|Nos|art|Art|para|vol|Vol|pp|p|sec|Sec|ch|Ch)\.$")


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with their spans (a line is never joined to the next)."""
    out: list[Sentence] = []
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(), m.start()
        start = 0
        # (", while ZTE is the sole supplier for CSL": a clause that tells a deal of its own, read as a sentence)
        # (and two sentences a page glued together: "… connect Manaus with Santarém.HMN Press Release")
        # (and a bullet inside a line ends what comes before it: "… opens its first hotel in Sri Lanka • 1st LD: …", a
        # page's list of other articles' titles)
        for end in re.finditer(r"[.!?][\"”’']?(?=\s+[\"“‘'(A-Z0-9])|(?<=[a-zà-ÿ]{3})\.(?=[A-Z][A-Za-z]{2})|(?<=\S)\s*•|"
                             r",(?=\s(?:while|whereas)\s[A-Z].{0,100}?\b(?:supplier|vendor|signed|inked|won|awarded|contract|deal|"
                             r"agreement|MoU|loan)s?\b)", line):
            piece = line[start:end.end()]
            if _ABBREV.search(piece) or (_BEFORE_A_NUMBER.search(piece) and re.match(r"\s+\d", line[end.end():])):
                continue
            _add(out, text, base + start, base + end.end())
            start = end.end()
        _add(out, text, base + start, base + len(line))
    return out


def _add(out: list, text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    if end > start:
        # ("(see "CIP launches HyBoard …")": another article's title, blanked so that it tells no deal)
        out.append(Sentence(start, end, _SEE.sub(lambda m: " " * len(m.group()), text[start:end])))


_SEE = re.compile(r"\((?:see|read|also read|related)\b[^)]*\)", re.I)
