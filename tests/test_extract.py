"""`dsr extract`: from a news report to candidate records with the evidence of every field.

The seed report is checked against what the curated records say it says (its claims in
graph/data, source `seed-article`); the other reports are our own, written for these tests
(tests/data/extract/), each with what a careful curator would read from it.
"""

from __future__ import annotations

import codecs

import json
import re
from pathlib import Path

import pytest
import yaml

from click.testing import CliRunner
from conftest import shared_dir

from graph.cli import cli
from graph.extract import extract_article, published_in_page, read_article
from graph.records import load_records

HERE = Path(__file__).parent / "data" / "extract"
SEED = (shared_dir() or Path("/nonexistent")) / "sources" / "seed-article-pakistan-china-24-tech-mous.txt"
needs_seed = pytest.mark.skipif(not SEED.is_file(), reason="the seed report (../shared/sources or $DSR_SHARED) is not here")


def _claim(record, source: str) -> dict:
    return next(c.values for c in record.claims if c.source == source)


def _plain(value):
    """A loaded record value as plain data (dates as written, technology areas as their tags)."""
    from graph.technology import scheme

    if hasattr(value, "lexical"):
        return value.lexical
    if isinstance(value, str) and value.startswith("https://w3id.org/dsr/id/technology/"):
        return next(c.notation for c in scheme().concepts.values() if c.iri == value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k != "note"}
    return value


def _fields(c) -> dict:
    out = {"status": c.status, "date": c.date, "place": c.place, "forum": c.forum,
           "countries": sorted(c.countries), "technology": sorted(c.technology), "programme": sorted(c.programme),
           "members": c.members or None, "quantity": c.quantity, "proposed_arrangement": c.proposed_arrangement,
           "parties": {p.role: sorted(x.id for x in c.parties if x.role == p.role) for p in c.parties} or None}
    return {k: v for k, v in out.items() if v not in (None, [], {})}


@needs_seed
def test_the_seed_report_comes_out_as_the_curated_records_say():
    """One aggregate of 24 MoUs with its 1/7/16 split, the training target and the CPEC / Digital Silk
    Road proposal: each candidate's fields are exactly the seed report's claims in the records."""
    records = load_records()
    x = extract_article(SEED.read_text(encoding="utf-8"))
    assert x.published == "2025-12-22"  # the page's own date line
    expected = {}
    for rid in ("PAK-2025-JWG-24MOUS", "PAK-2025-MOITT-300K-SKILLS", "PAK-2025-DSR-CPEC-BAKU"):
        r = records["partnership"][rid]
        claim = {k: _plain(v) for k, v in _claim(r, "seed-article").items()}
        if "quantity" in claim:  # one quantity, its value a number
            (q,) = claim["quantity"]
            claim["quantity"] = {**q, "value": int(q["value"])}
        for k in ("countries", "technology", "programme"):
            if k in claim:
                claim[k] = sorted(claim[k])
        if "parties" in claim:
            claim["parties"] = {role: sorted(ids) for role, ids in claim["parties"].items()}
        expected[str(r.head["kind"])] = claim
    got = {c.kind: _fields(c) for c in x.candidates}
    assert set(got) == set(expected), got
    assert [c.aggregate for c in x.candidates if c.kind == "mou"] == [True]
    for kind, claim in expected.items():
        assert got[kind] == claim, kind


@needs_seed
def test_every_field_points_at_the_text_it_came_from():
    x = extract_article(SEED.read_text(encoding="utf-8"))
    for c in x.candidates:
        fields = {k for k, v in _fields(c).items()} | {"kind"}
        assert fields <= set(c.evidence), (c.kind, fields - set(c.evidence))
        for name, spans in c.evidence.items():
            for s in spans:
                assert x.text[s.start:s.end] == s.text and s.text.strip()
    agg = next(c for c in x.candidates if c.aggregate)
    assert any("sixteen business-to-business" in s.text for s in agg.evidence["members"])
    assert [s.text for s in agg.evidence["place"]] == ["Beijing"]


def test_a_loan_report_read_with_its_relative_date_and_the_role_the_text_gives():
    x = extract_article((HERE / "loan-report.txt").read_text(encoding="utf-8"))
    assert x.published == "2024-03-14"
    (c,) = x.candidates
    assert c.kind == "loan" and c.status == "signed" and not c.aggregate
    # "signed … on Monday" against a Thursday 14 March 2024 report; "officials said on Thursday" is no date
    assert c.date == "2024-03-11"
    assert c.place == "Lusaka, Zambia" and set(c.countries) == {"ZMB", "CHN"}
    assert c.amounts == [(120_000_000, "USD")]
    roles = {p.id: p.role for p in c.parties}
    # the bank lends, and the government the loan is "extended … to" receives it
    assert roles["export-import-bank-of-china"] == "financier" and roles["government-of-zambia"] == "beneficiary"
    operator = next(p for p in c.parties if p.role == "operator")
    assert operator.name.startswith("Zambia Telecommunications Company")
    assert "fibre_optics" in c.technology
    # the debt talks of the last paragraph are background, not a deal
    assert not any("restructuring" in s.text for s in c.sentences)


def test_an_html_report_a_new_company_and_nothing_from_scripts_or_menus():
    x = extract_article((HERE / "contract-report.html").read_text(encoding="utf-8"))
    assert "tracking" not in x.text and "Home | News" not in x.text and "Analysts & investors" in x.text
    (c,) = x.candidates  # the headline and the body are one deal; the 2021 MoU is only background
    assert c.kind == "contract" and c.status == "signed" and c.amounts == [(45_000_000, "EUR")]
    assert c.date is None  # "due to start in September" is no date of the contract
    roles = {p.id: (p.role, p.new) for p in c.parties}
    assert roles["huawei-technologies"] == ("supplier", False)
    nimbus = next(p for p in c.parties if p.name.startswith("Nimbus"))
    assert nimbus.new and nimbus.role == "signatory" and nimbus.country is None  # Lakeland is no country we know
    assert {"5g", "data_centre"} <= set(c.technology)


def test_a_news_page_is_read_as_its_story_without_the_sites_furniture(run):
    """A page as news sites serve it: cookie banner, masthead with menu and ticker, breadcrumbs, sharing
    buttons, an inline related story, an advertisement, a "Read more:" line, a hidden paragraph, tags,
    comments, a "most read" sidebar of teasers, a newsletter box and a footer — every one of them naming
    deals. Only the story is read, and it is dated by the page's own publication date."""
    page = HERE / "furniture-report.html"
    raw = page.read_text(encoding="utf-8")
    text = read_article(raw)
    for furniture in ("cookies", "Breaking", "Telkom Kenya", "Home ›", "Share on", "Ethio Telecom", "Advertisement",
                      "Vodacom", "Read more", "Galaxy Backbone", "Safaricom", "Tags:", "Vodafone Ghana", "Most read",
                      "Kenya and China", "Ericsson", "newsletter", "© 2024", "Telecoms\n"):
        assert furniture not in text, furniture
    assert "Ghana borrows $150 million from China Exim Bank for fibre backbone\n" in text
    assert ("The Ministry of Communications of Ghana signed a loan agreement with the Export-Import Bank of China on "
            "Monday for $150 million") in text  # (one line: the source's line breaks are spaces)
    assert "Huawei Technologies will build the network" in text
    assert published_in_page(raw) == "2024-03-05"  # published, not the later update
    x = extract_article(raw)
    assert {p.name for c in x.candidates for p in c.parties} <= {
        "Ministry of Communications of Ghana", "Export-Import Bank of China", "Huawei Technologies"}
    loan = next(c for c in x.candidates if c.kind == "loan")
    assert loan.date == "2024-03-04" and loan.amounts == [(150_000_000, "USD")]  # "on Monday" before Tue 5 March
    assert text.startswith("Ghana borrows $150 million from China Exim Bank for fibre backbone\n")  # not "| Example Times"
    out = run("extract", page)
    assert out.exit_code == 0
    (source,) = yaml.safe_load(out.output)["sources"]
    assert str(source["date"]) == "2024-03-05" and source["title"].endswith("fibre backbone")
    bare = ("<html><body><header>Site</header><h1>Zambia deal</h1><p>Zamtel signed a contract with Huawei.</p>"
            "<aside>Airtel signed an MoU with ZTE.</aside><footer>MTN signed a loan.</footer></body></html>")
    assert read_article(bare) == "Zambia deal\n\nZamtel signed a contract with Huawei.\n"  # no story region marked
    assert published_in_page(bare) is None and published_in_page("Plain text, 2024-03-05.") is None


def test_a_story_whose_container_looks_like_furniture_is_still_read():
    """A story marked by a class that also names furniture ("single-post share-enabled"), on a page that
    marks no story region: it holds more text than all that is left, so it is the story — and the menu,
    the sharing box inside it and the related story beside it stay out."""
    page = ('<html><head><title>Zambia signs fibre loan | Site</title></head><body><div class="menu">Home News</div>'
            '<div class="single-post share-enabled"><h1>Zambia signs fibre loan</h1><p>Zambia\'s Ministry of Finance '
            "signed a loan agreement with the Export-Import Bank of China on 3 May 2021 for USD 120 million.</p>"
            '<div class="share">Share this</div><p>Huawei will build the network.</p></div>'
            '<div class="related">Kenya signs MoU with ZTE</div></body></html>')
    text = read_article(page)
    assert "Ministry of Finance signed a loan agreement" in text and "Huawei will build the network." in text
    assert "Home News" not in text and "Share this" not in text and "Kenya" not in text
    loan = next(c for c in extract_article(page).candidates if c.kind == "loan")
    assert loan.amounts == [(120_000_000, "USD")]
    assert {p.name for p in loan.parties} >= {"Ministry of Finance", "Export-Import Bank of China"}


def test_a_report_of_no_deal_gives_no_candidate():
    x = extract_article((HERE / "no-deal-report.txt").read_text(encoding="utf-8"))
    assert x.candidates == []


def test_countries_that_sign_are_parties_through_their_governments_but_not_of_an_aggregate():
    x = extract_article("Example headline\n\nCambodia and Timor-Leste signed an MoU on digital cooperation.\n"
                        "Later, Kenya and China signed 12 agreements.\n", published="2025-01-21")
    single, aggregate = x.candidates
    assert sorted(p.name for p in single.parties) == ["Cambodia", "Timor-Leste"]
    assert {p.role for p in single.parties} == {"signatory"} and all(p.id.startswith("government-of-") for p in single.parties)
    assert aggregate.aggregate and aggregate.members == {"count": 12} and aggregate.parties == []
    assert set(aggregate.countries) == {"KEN", "CHN"}


@pytest.mark.parametrize("phrase, amount", [
    ("USD 120 million", (120_000_000, "USD")), ("$218,9 million", (218_900_000, "USD")),
    ("Rmb450mn", (450_000_000, "CNY")), ("KZT 12bn", (12_000_000_000, "KZT")), ("A$200 million", (200_000_000, "AUD")),
    ("Sh48.8bn", (48_800_000_000, "KES")), ("THE 5 million", None), ("$5", None),
])
def test_amounts_with_their_currency_as_news_writes_them(phrase, amount):
    x = extract_article(f"Example headline\n\nAcme Telecom signed a contract worth {phrase} with ZTE Corporation.\n")
    (c,) = x.candidates
    assert c.amounts == ([amount] if amount else [])


def test_parties_where_they_stand_in_the_sentence():
    x = extract_article("Example headline\n\nNimbusnet was picked by the Lakeland Digital Authority to build a data "
                        "centre.\nLater, Borealtel and Kestrelcom have formed a joint venture to lay a cable.\n")
    build, venture = x.candidates
    assert {p.name for p in build.parties} == {"Nimbusnet", "Lakeland Digital Authority"}
    assert {p.name for p in venture.parties} == {"Borealtel", "Kestrelcom"} and venture.kind == "joint_venture"


def test_two_names_in_one_run_of_capitals_are_two_parties_and_a_bare_ministry_is_the_deal_country_s():
    x = extract_article(
        "Example headline\n\nThe Ministry of Finance of Lakeland and China's Export-Import Bank signed a loan agreement "
        "for a safe city project in Dushanbe.\n\nLater, the Saudi Ministry of Hajj and Umrah and Huawei announced the "
        "signing of a cooperation deal.\n\nIn Kenya, Nimbusnet signed a contract with the ICT Authority to build a data "
        "centre.\n")
    loan, deal, contract = x.candidates
    assert {p.name for p in loan.parties} >= {"Ministry of Finance of Lakeland", "Export-Import Bank"}
    # (the country's adjective says whose ministry it is: Saudi Arabia's, named "Ministry of Hajj and Umrah")
    assert {(p.name, p.country) for p in deal.parties} == {("Ministry of Hajj and Umrah", "SAU"), ("Huawei", "CHN")}
    authority = next(p for p in contract.parties if p.name == "ICT Authority")
    assert authority.country == "KEN"


def test_a_candidate_naming_no_one_is_left_out_and_a_later_dated_event_is_not_merged_into_the_deal():
    x = extract_article(
        "Example headline\n\nThey will sign different agreements and take part in other events.\n\n"
        "China Mobile has announced its intent to acquire a stake in Borealtel. In 2005 China Mobile lost its bid to "
        "acquire another company, Kestrelcom.\n")
    # (a lost bid to acquire is a proposal, not an acquisition)
    assert [(c.kind, c.date) for c in x.candidates] == [("acquisition", None), ("proposal", "2005")]


def test_a_dateline_on_its_own_line_dates_the_lead_s_signing_and_a_count_of_officials_is_no_training():
    x = extract_article("Example headline\n\nLakeville, Jan. 11, 2018 / Example News /.\n\nThe Government of the "
                        "Lakeland Republic and Huawei signed an investment agreement on a smart city project.\n\n"
                        "Kenya and China held talks on 5G in Nairobi on 3 May 2023, officials said.\n",
                        published="2018-01-12")
    agreement, talks = x.candidates
    assert agreement.date == "2018-01-11" and agreement.kind == "framework_agreement"
    assert talks.kind == "talks" and talks.quantity is None and talks.date == "2023-05-03"


def test_who_the_two_carriers_the_telco_and_the_provincial_government_are():
    x = extract_article(
        "Example headline\n\nBorealtel, a telecommunications company in Lakeland, and China Telecom Global Limited have "
        "signed a memorandum of cooperation.\n\nNimbus Telecom plans a fibre link to China.\n\nThe state-owned telco has "
        "been in talks with China Unicom on the cable. Officials gave no date.\n\nNimbus Telecom and China Unicom met in "
        "May. The two carriers signed an MoU for the cable two years ago.\n\nAn agreement was signed between the provincial "
        "government and Huawei for the provision of surveillance equipment.\n")
    mou, talks, cable_mou, contract = x.candidates
    assert {p.name for p in mou.parties} == {"Borealtel", "China Telecom Global Limited"}
    assert {p.name for p in talks.parties} == {"Nimbus Telecom", "China Unicom"}
    assert {p.name for p in cable_mou.parties} == {"Nimbus Telecom", "China Unicom"}
    assert contract.kind == "contract" and {p.name for p in contract.parties} == {"provincial government", "Huawei"}


def test_a_signing_told_again_is_one_deal_and_what_it_will_install_is_no_other():
    x = extract_article(
        "Example headline\n\nAn agreement was signed on Friday between the Lakeland Safe City Authority and Huawei for the "
        "supply of cameras.\n\nAround 8,000 cameras will be installed across the city.\n\nThe authority's chief and "
        "Huawei's country head signed an agreement in this regard at the ceremony.\n", published="2016-05-20")
    (c,) = x.candidates
    assert c.kind == "contract" and c.date == "2016-05-20" and len(c.sentences) == 2


def test_mous_with_a_list_of_companies_are_one_mou_with_each_and_a_date_range_is_its_month():
    x = extract_article(
        "Example headline\n\nThe Ministry of Communication of Lakeland signed 32 memorandum of understanding on digital "
        "skills.\n\nAlso, the ministry signed MoUs with Huawei, Nokia and Ericsson during the World Mobile Exhibition "
        "held in Barcelona from February 25 to 28.\n", published="2019-03-04")
    aggregate, *mous = x.candidates
    assert aggregate.aggregate and aggregate.members == {"count": 32}
    assert [sorted(p.name for p in c.parties) for c in mous] == [
        ["Huawei", "Ministry of Communication of Lakeland"], ["Ministry of Communication of Lakeland", "Nokia"],
        ["Ericsson", "Ministry of Communication of Lakeland"]]
    assert {c.date for c in mous} == {"2019-02"} and "CHN" not in mous[1].countries
    assert all("World Mobile" not in p.name for c in x.candidates for p in c.parties)


def test_governments_by_possessive_or_adjective_and_names_with_their_legal_form():
    x = extract_article(
        "Example headline\n\nMexico's government is in talks with China Development Bank on financing two networks.\n\n"
        "Uzbekistan and China's Shanghai Example Data Co., Ltd. have signed a memorandum of understanding on a data "
        "centre.\n\nThe Ugandan government signed a loan agreement with the Export-Import Bank of China.\n")
    talks, mou, loan = x.candidates
    assert {p.id for p in talks.parties} >= {"government-of-mexico", "china-development-bank"}
    assert {p.name for p in mou.parties} == {"Uzbekistan", "Shanghai Example Data Co., Ltd."}
    assert "government-of-uganda" in {p.id for p in loan.parties}


def test_a_short_name_stands_for_the_full_name_the_article_gave_and_the_bank_by_its_chinese_name():
    """ "The Exim Bank" alone names no one bank, but after "the Exim Bank of China" it is that bank; the
    bank's name translated from Chinese ("Import and Export Bank of China") is the same bank, not the
    Bank of China inside it."""
    x = extract_article(
        "Example headline\n\nLakeland Mobile is close to agreeing a $71 million loan from the Exim Bank of China.\n\n"
        "The Exim Bank previously gave Lakeland Mobile another loan, of $60 million, in 2011.\n\n"
        "The Ugandan government blocked a US$74 million loan from the Import and Export Bank of China for a "
        "digital migration project.\n")
    assert [sorted(p.id for p in c.parties if p.role == "financier") for c in x.candidates] == \
        [["export-import-bank-of-china"]] * 3
    assert [p.name for p in x.candidates[1].parties if p.role == "financier"] == ["Exim Bank"]
    alone = extract_article("Example headline\n\nThe Exim Bank gave Lakeland Mobile a loan of $60 million in 2011.\n")
    assert [p.name for c in alone.candidates for p in c.parties] == ["Lakeland Mobile"]


def test_a_deal_the_next_sentence_calls_the_contract_is_a_contract_not_yet_signed():
    """ "The regional government will sign a deal with Huawei" and then "progress toward signing the
    contract": one contract, announced (neither "toward signing" nor "six months of the contract being
    signed" says it was signed), with the regional government that opens the sentence as a party."""
    x = extract_article(
        "Example headline\n\nThe regional government will sign a deal with Huawei next month to make Lakeside a "
        "safe city, the minister said on Wednesday.\n\n\u201cA lot of progress has been made toward signing the "
        "contract,\u201d he said.\n\nThe cameras will work within six months of the contract being signed.\n")
    [c] = x.candidates
    assert (c.kind, c.status) == ("contract", "announced")
    assert {p.name for p in c.parties} == {"regional government", "Huawei"}


def test_it_and_the_company_opening_a_deal_sentence_are_who_the_sentence_before_was_about():
    """ "It signed…", "The Chinese vendor signed…": the first organisation of the nearest sentence before
    that names one (for "the Chinese vendor", its first Chinese one), not the last name read."""
    x = extract_article(
        "Example headline\n\nHuawei was blocked by regulators from acquiring Lakeland Systems in 2011. In 2008 it "
        "was forced to drop an offer to acquire Lakeland Telecom.\n\nLakeland Mobile met ZTE Corporation in May. "
        "The Chinese vendor signed an MoU with the operator on 3 June 2023.\n")
    bought, offer, mou = x.candidates
    assert [p.name for p in offer.parties][:1] == ["Huawei"] and "Lakeland Systems" not in {p.name for p in offer.parties}
    assert "ZTE Corporation" in {p.name for p in mou.parties} and mou.date == "2023-06-03"
    talks = extract_article(
        "Example headline\n\nAlibaba Cloud opened two data centres in London. The Chinese Ambassador to Lakeland, Gong "
        "Example, praised them.\n\nBloomberg reported in July that the Chinese company had been in talks with BT Group "
        "plc about a cloud services partnership.\n").candidates
    assert [(c.kind, sorted(p.name for p in c.parties)) for c in talks] == [
        ("project", ["Alibaba Cloud"]), ("talks", ["Alibaba Cloud", "BT Group"])]


def test_a_report_wrapped_at_a_fixed_width_is_read_sentence_by_sentence_and_contracts_can_be_won_by_other_verbs():
    """Wire copy cut into lines of ~70 characters: a sentence runs over several lines and is read whole
    (the byline above it is not joined to it); "has acquired some major contracts" and "pocketed two
    contracts" are contracts won, not acquisitions."""
    body = ("Amid tough competition at home, the country's two leading equipment suppliers are expanding\n"
            "abroad. ZTE Corporation, the biggest listed telecom manufacturer, has acquired\n"
            "some major contracts from three telecom operators, a fruit of the premier's\n"
            "ongoing tour. Its key rival, Huawei Technologies Co Ltd, announced it has also\n"
            "pocketed two contracts there during the visit, for GSM and CDMA network equipment.\n")
    x = extract_article("Jane Example\nExample Daily news\n" + body)
    assert [(c.kind, c.aggregate, [p.id for p in c.parties]) for c in x.candidates] == [
        ("contract", False, ["zte-corporation"]), ("contract", True, ["huawei-technologies"])]
    assert x.candidates[1].status == "signed" and x.candidates[1].members["count"] == 2
    assert x.text.startswith("Jane Example\nExample Daily news\nAmid tough competition")
    one_line = extract_article("Jane Example\nExample Daily news\n" + body.replace("\n", " "))
    assert [(c.kind, c.status, [p.id for p in c.parties]) for c in one_line.candidates] == \
        [(c.kind, c.status, [p.id for p in c.parties]) for c in x.candidates]


def test_several_agreements_told_in_turn_are_one_candidate_each_dated_as_the_signing_that_counted_them():
    """ "signed three agreements with Chinese firms A, B and C on April 27" and then "The first agreement
    …", "The second agreement between …" (no verb), "The third …": each is its own deal, dated and
    signed as the sentence that counted them says; "Chinese" before "firms" is no party, nor is the
    person named before an office ("Adel Example, CEO of LT")."""
    x = extract_article(
        "Example headline\n\nOn April 27, 2019, Lakeland Telecom (LT) signed three agreements with Chinese firms "
        "Example Cable Co. Ltd, PCCW Global and Huawei. These agreements were signed in Beijing.\n\n"
        "The first agreement signed by Adel Example, CEO of LT, with Example Cable Co. Ltd and PCCW Global was for "
        "transit. The second agreement between LT and Hengtong Optic Electric is also for transit. The third "
        "agreement was signed with Huawei for cooperation in advanced mobile network.\n")
    told = [c for c in x.candidates if c.sentences[0].text.startswith("The ")]
    assert [sorted(p.name for p in c.parties) for c in told] == [
        ["Example Cable Co. Ltd", "Lakeland Telecom", "PCCW Global"], ["Hengtong Optic Electric", "Lakeland Telecom"],
        ["Huawei"]]
    assert {(c.date, c.status) for c in told} == {("2019-04-27", "signed")}
    assert all(p.name not in ("Chinese", "Adel Example") for c in x.candidates for p in c.parties)


def test_a_police_force_is_an_organisation_and_an_agreement_secured_is_a_contract():
    """ "Botswana Police" is the party, not Botswana inside its name; "The company had earlier secured
    an agreement with …" is the company the sentence before was about, winning a contract (the cameras
    it was installing are a project of their own)."""
    x = extract_article(
        "Example headline\n\nHuawei was installing cameras in Lakeside, it was reported. The company had earlier "
        "secured an agreement with Botswana Police in November 2017 to improve urban safety.\n")
    project, c = x.candidates
    assert (project.kind, project.status) == ("project", "under_construction")
    assert (c.kind, c.date) == ("contract", "2017-11")
    assert sorted((p.name, p.role) for p in c.parties) == [("Botswana Police", "signatory"), ("Huawei", "contractor")]


def test_the_items_of_a_list_are_deals_of_their_own_and_a_deal_s_date_is_no_publication_date():
    """Items of a list ("- the 2006 agreement between A and B …;"), with or without a verb, are one deal
    each, never merged; an agreement's title in quotes names no party, "the Governments of A and B" are
    both parties; the date of the first item, inside its sentence near the top, is not the
    publication date a later "in June" would be read against."""
    x = extract_article(
        "Priority areas of Lakeland-China cooperation\nSignificant steps in this direction include:\n"
        "- The Agreement \u201cOn Cooperation in the Field of Post and Telecommunications\u201d signed on November 8, "
        "1999, in Beijing between the Governments of the Republic of Uzbekistan and the People\u2019s Republic of "
        "China;\n- The agreement on cooperation signed on May 25, 2005 between Lakeland Telecom and China Telecom;\n"
        "- the 2006 inter-operator agreement between Lakeland Telecom and China Unicom on transit;\n"
        "- agreements signed in June between Lakeland Telecom and Tencent;\n")
    assert [sorted(p.id for p in c.parties) for c in x.candidates][0] == ["government-of-the-peoples-republic-of-china", "government-of-uzbekistan"]
    assert [sorted(p.name for p in c.parties) for c in x.candidates][1:] == [
        ["China Telecom", "Lakeland Telecom"], ["China Unicom", "Lakeland Telecom"], ["Lakeland Telecom", "Tencent"]]
    assert [c.date for c in x.candidates] == ["1999-11-08", "2005-05-25", "2006", None]


def test_a_loan_of_two_amounts_to_two_companies_is_two_loans_with_their_beneficiaries():
    x = extract_article("Example headline\n\nIn early 2004, the Export-Import Bank of China granted US$600 million "
                        "export financing to Huawei and US$500 million to ZTE.\n")
    assert [(c.kind, c.date, c.amounts, sorted((p.id, p.role) for p in c.parties)) for c in x.candidates] == [
        ("loan", "2004", [(600_000_000, "USD")], [("export-import-bank-of-china", "financier"), ("huawei-technologies", "beneficiary")]),
        ("loan", "2004", [(500_000_000, "USD")], [("export-import-bank-of-china", "financier"), ("zte-corporation", "beneficiary")])]


def test_contracts_in_a_list_of_countries_are_one_each_and_also_tells_more_deals():
    """ "ZTE said it had also been given contracts in Hong Kong, the Philippines, and Pakistan": three
    contracts won, one in each country — none of them the Angolan deal told before."""
    x = extract_article("Example headline\n\nZTE Corporation said it signed an agreement with Lakeland Mobile to install "
                        "a network in Angola.\n\nZTE Corporation said it had also been given networking contracts in "
                        "Hong Kong, the Philippines, and Pakistan.\n")
    angola, *more = x.candidates
    assert "AGO" in angola.countries and not {"HKG", "PHL", "PAK"} & set(angola.countries)
    assert [(c.kind, c.status, [k for k in c.countries if k != "CHN"]) for c in more] == [
        ("contract", "signed", ["HKG"]), ("contract", "signed", ["PHL"]), ("contract", "signed", ["PAK"])]


def test_another_mou_is_another_deal_and_a_list_of_names_goes_on_past_their_initials():
    x = extract_article(
        "Example headline\n\nLakeland Mobile signed an MoU with Huawei on cloud services.\n\nIn another MoU, Huawei "
        "partnered with the National Vocational and Technical Training Commission (NAVTTC) on skills.\n\n"
        "Lakeland Mobile also signed MoUs with Alibaba Cloud, China Submarine Cable Construction Company Limited "
        "(CSCC) and Guodong Group.\n")
    first, second, *listed = x.candidates
    assert {p.name for p in first.parties} == {"Lakeland Mobile", "Huawei"}
    assert "National Vocational and Technical Training Commission" in {p.name for p in second.parties}
    assert [sorted(p.name for p in c.parties if p.name != "Lakeland Mobile") for c in listed] == [
        ["Alibaba Cloud"], ["China Submarine Cable Construction Company Limited"], ["Guodong Group"]]


def test_items_after_an_introduction_are_the_deals_of_the_kind_it_names():
    x = extract_article(
        "Example headline\n\nA series of contracts concluded by Lakeland Telecom with Chinese companies, including:\n"
        "- the 2006 inter-operator agreement between Lakeland Telecom and China Telecom on transit;\n"
        "- the June 25, 2015 agreement between Lakeland Telecom and China Unicom on telecommunications services.\n")
    assert [(c.kind, c.status, c.date, sorted(p.name for p in c.parties)) for c in x.candidates] == [
        ("contract", "signed", "2006", ["China Telecom", "Lakeland Telecom"]),
        ("contract", "signed", "2015-06-25", ["China Unicom", "Lakeland Telecom"])]


@pytest.mark.parametrize("sentence, roles", [
    ("Ant Financial paid $184.5 million for a 45 percent stake in Telenor Microfinance Bank.",
     {"Ant Financial": "owner", "Telenor Microfinance Bank": "partner"}),
    ("Telstra's acquisition of Digicel was completed this year.", {"Telstra": "owner", "Digicel": "partner"}),
    ("Lakeland Mobile was acquired by China Mobile in 2007.", {"Lakeland Mobile": "partner", "China Mobile": "owner"}),
    ("China Mobile bought a stake in Paktel from Millicom in 2007.",
     {"China Mobile": "owner", "Paktel": "partner", "Millicom": "signatory"}),
])
def test_who_buys_who_sells_and_what_is_bought(sentence, roles):
    """The buyer owns, the seller signs, the company bought is a partner — as the sentence says, whatever
    the companies' countries."""
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert {p.name: p.role for p in c.parties if p.name in roles} == roles


@pytest.mark.parametrize("sentence, roles", [
    ("Vocus was picked by the Australian government to roll out the 4,000km cable.", {"Vocus": "contractor"}),
    ("Lakeland Mobile awarded Nokia a contract to supply base stations.", {"Nokia": "supplier",
                                                                         "Lakeland Mobile": "signatory"}),
    ("Ericsson has won a contract from Lakeland Mobile to build its 5G network.", {"Ericsson": "contractor"}),
])
def test_the_company_a_contract_hires_is_its_contractor_whatever_its_country(sentence, roles):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties if p.name in roles} == roles


def test_one_deal_told_twice_and_names_that_are_no_party():
    x = extract_article(
        "Example headline\n\nLakeland has signed a $328m deal with China.\n\nLakeland has signed a $328 million loan "
        "agreement with China on its telecoms network.\n\nThe government signed a contract with Southern Example Fiber, a "
        "wholly-owned subsidiary of Digicel Group, for a cable. The deal also covers a launch from the Xichang Satellite "
        "Launch Center on a Dongfanghong-4 satellite platform.\n")
    loan, contract = x.candidates
    assert loan.kind == "loan" and loan.amounts == [(328_000_000, "USD")] and not loan.aggregate
    assert {p.name for p in contract.parties} == {"Southern Example Fiber"} and not contract.aggregate


def test_people_named_by_office_are_no_parties_and_kinds_told_by_their_verbs():
    x = extract_article(
        "Example headline\n\nRussian President Vladimir Putin and Chinese President Xi Jinping met in Moscow.\n\n"
        "Huawei and MTS signed an agreement on 5G on the sidelines of a meeting between Xi Jinping and Vladimir Putin.\n\n"
        "Later, Vocus was picked by the Lakeland government to roll out a cable.\n\nIt then bankrolled Telstra's "
        "acquisition of Digicel last June.\n\nThe Ministry for Development of Information Technologies and "
        "Communications has opened talks with Huawei.\n", published="2022-06-20")
    agreement, contract, acquisition, talks = x.candidates
    assert {p.name for p in agreement.parties} == {"Huawei", "MTS"}
    assert contract.kind == "contract" and "Vocus" in {p.name for p in contract.parties}
    assert acquisition.kind == "acquisition" and acquisition.date == "2021-06"
    assert {p.name for p in acquisition.parties} == {"Telstra", "Digicel"}
    assert talks.status == "announced"
    assert {p.name for p in talks.parties} == {"Ministry for Development of Information Technologies and Communications",
                                               "Huawei"}


def test_words_inside_words_are_no_arrangement():
    # "According" holds "accord", "mounted" holds "mou", "amounted" too: none of them is a deal
    x = extract_article("Example headline\n\nAccording to the Ministry of Communications, Borealtel received 200 "
                        "applications.\n\nRivals mounted a counter-offer that amounted to little.\n\nKumul Telikom has "
                        "received financial backing from the Exim Bank of China for a cable.\n")
    (loan,) = x.candidates
    assert loan.kind == "loan" and "Exim Bank of China" in {p.name for p in loan.parties}


def test_a_firm_contracted_or_awarded_a_project_is_a_contract():
    x = extract_article("Example headline\n\nLast year NetOne contracted Nokia and Huawei to undertake the project.\n\n"
                        "Later, Baghdad has awarded a $28 million project to China National Technology Import Co.\n\n"
                        "Separately, a cable will come under PNG DataCo, with ZTE appointed for construction.\n\n"
                        "Uzbekistan's ministry and CITIC Group signed an agreement on the implementation of a safe city "
                        "project.\n")
    first, second, appointed, implementation = x.candidates
    assert appointed.kind == implementation.kind == "contract"
    assert "ZTE" in {p.name for p in appointed.parties}
    assert first.kind == "contract" and {"Nokia", "Huawei"} <= {p.name for p in first.parties}
    assert second.kind == "contract" and second.amounts == [(28_000_000, "USD")]


def test_names_after_their_description_and_between_commas():
    x = extract_article(
        "Example headline\n\nOn July 3, Huawei and Malaysia's state-linked operator, Telekom Malaysia, signed a memorandum "
        "of understanding on cloud services.\n\nIn 2011 Huawei was blocked from acquiring American server company 3Leaf "
        "Systems.\n\nAnt Financial paid $184.5 million for a stake in a fintech division from Norwegian operator "
        "Telenor.\n")
    mou, blocked, stake = x.candidates
    assert {p.name for p in mou.parties} == {"Huawei", "Telekom Malaysia"}
    assert "3Leaf Systems" in {p.name for p in blocked.parties} and blocked.status == "cancelled"
    assert "Norwegian" not in {p.name for p in stake.parties}


def test_a_headline_and_the_deal_told_again_with_adjectives_are_the_deal_of_the_body():
    x = extract_article(
        "Cambodia, Timor-Leste sign MoU on cooperation-Xinhua\n\nPHNOM PENH, Jan. 22 (Xinhua) -- Cambodia and Timor-Leste "
        "have signed a Memorandum of Understanding on cooperation in telecommunications on Monday.\n\nLater, Galaxy "
        "Backbone signed a $475 million loan agreement with China's Export-Import Bank in 2018.\n\nAs part of the Chinese "
        "telecom loan deal, the National Assembly approved the credit facility.\n", published="2025-01-22")
    mou, loan = x.candidates
    assert mou.date == "2025-01-20" and {p.name for p in mou.parties} == {"Cambodia", "Timor-Leste"}
    assert loan.date == "2018" and len(loan.sentences) == 2


def test_routes_chairs_newspapers_and_two_places_are_no_parties():
    x = extract_article(
        "Example headline\n\nHuawei signed a contract to lay a submarine cable from Sydney to PNG, Doha News reported.\n\n"
        "Separately, Hengtong signed a contract with H2C, a firm chaired by Philip Falcone.\n\nOne of the satellites "
        "was built by China for Pakistan and launched in August.\n", published="2019-01-10")
    names = {p.name for c in x.candidates for p in c.parties}
    assert {"Huawei", "Hengtong", "H2C"} <= names
    assert not names & {"Sydney", "PNG", "Doha News", "Philip Falcone", "China for Pakistan"}


def test_a_venture_set_up_by_agreement_and_two_governments_in_one_phrase():
    x = extract_article(
        "Example headline\n\nState-owned China Tower, together with the Lao government and a local company, signed an "
        "agreement to jointly establish the Southeast Asia Tower Co.\n\nThe loan was halted although the Ugandan and "
        "Chinese governments had already signed a Memorandum of Understanding.\n\nOther Chinese companies like China "
        "Mobile also showed interest, for which negotiations are underway.\n")
    venture, mou, talks = x.candidates
    assert venture.kind == "joint_venture" and {"China Tower", "Lao government"} <= {p.name for p in venture.parties}
    assert {"government-of-uganda", "government-of-the-peoples-republic-of-china"} <= {p.id for p in mou.parties}
    assert talks.kind == "talks" and "China Mobile" in {p.name for p in talks.parties}


def test_names_after_what_they_are_a_capital_that_awards_and_offices_that_are_no_parties():
    x = extract_article(
        "Example headline\n\nSaudi Arabia's ICT service provider Saudi Call and China's Shanghai Lumaotong Group have "
        "signed a memorandum of understanding on data centres.\n\nLater, Baghdad has awarded a $28 million project to "
        "China National Technology Import Co.\n\nSeparately, the Minister for Mining and Energy, Aleksandar Antic, will "
        "sign an MoU with Huawei.\n\nPNG Communications Minister Timothy Masiu said ZTE signed a loan agreement with the "
        "Exim Bank of China.\n")
    mou, award, planned, loan = x.candidates
    assert {p.name for p in mou.parties} == {"Saudi Call", "Shanghai Lumaotong Group"}
    assert "government-of-iraq" in {p.id for p in award.parties}
    assert {p.name for p in planned.parties} == {"Huawei"}
    assert {p.name for p in loan.parties} == {"ZTE", "Exim Bank of China"}


def test_earlier_deals_of_the_same_firm_and_networks_it_built_are_their_own_records():
    x = extract_article(
        "Example headline\n\nZTE has won a $250 million contract to build a network for Telenor Hungary.\n\nZTE has "
        "previously won deals to build a Wimax network for Telefonica in Spain.\n\nThe company has built unified LTE "
        "networks for Telenor in India and Montenegro.\n")
    hungary, spain, *built = x.candidates
    assert hungary.kind == spain.kind == "contract" and "Telefonica" in {p.name for p in spain.parties}
    # (the networks in India and in Montenegro: one project each)
    assert [c.kind for c in built] == ["project", "project"] and not any(c.aggregate for c in built)


def test_under_the_terms_of_the_agreement_is_the_deal_told_before():
    x = extract_article("Example headline\n\nThe Saudi Ministry of Communications signed an MoU with Huawei on Monday.\n\n"
                        "Under the terms of the agreement, the Ministry and Huawei will collaborate to build cloud "
                        "infrastructure.\n", published="2019-02-25")
    (mou,) = x.candidates
    assert mou.kind == "mou" and len(mou.sentences) == 2


def test_initials_the_article_defines_and_the_export_import_bank_as_news_shortens_it():
    x = extract_article(
        "Example headline\n\nKazakhtelecom agreed to sell Mobile Telecom Services (MTS) to Qatar's Power International "
        "Holding (PIH) for US$1.1 billion.\n\nPIH first revealed its intention in February after signing an agreement "
        "of principles with Kazakhtelecom.\n\nLater, Galaxy Backbone signed a loan agreement with China's EXIM Bank.\n")
    sale, principles, loan = x.candidates
    assert {"Power International Holding", "Kazakhtelecom"} <= {p.name for p in sale.parties}
    assert "mobile-telesystems" not in {p.id for p in sale.parties}  # the article's MTS is not Russia's
    # "PIH first revealed…": the party the initials stand for, named as the article gave it in full
    assert {p.name for p in principles.parties} == {"Power International Holding", "Kazakhtelecom"}
    assert [p.span.start for p in principles.parties if p.name.startswith("Power")] == [x.text.index("PIH first")]
    assert "export-import-bank-of-china" in {p.id for p in loan.parties}
    # initials that count "of" too
    (mou,) = extract_article("Example headline\n\nHuawei works with the Lakeland Ministry of Roads (MOR).\n\nIn "
                             "February 2017, MOR and Huawei signed a Strategic Partnership Agreement.\n").candidates
    assert {p.name for p in mou.parties} == {"Ministry of Roads", "Huawei"}


def test_a_country_in_talks_and_the_country_a_satellite_is_built_for_are_parties():
    x = extract_article(
        "Example headline\n\nZambia is also in talks with the Chinese government on digital television.\n\nLater, China "
        "Great Wall Industry Corp. received a contract to build a communications satellite for Belarus.\n")
    talks, contract = x.candidates
    assert "government-of-zambia" in {p.id for p in talks.parties}
    assert "government-of-belarus" in {p.id for p in contract.parties}


def test_a_deal_that_might_be_is_no_candidate_but_a_journalists_may_be_mentioned_is_no_doubt():
    x = extract_article(
        "Example headline\n\nChinese tech giant Huawei is interested in investing in data centres in Brazil.\n\n"
        "Lakeland's government says it is confident that Brazil will choose Huawei to build its 5G network.\n\n"
        "It may be mentioned that the project was completed by SCO in a record time of two years.\n")
    (project,) = x.candidates
    assert project.kind == "project"
    assert "SCO" in {p.name for p in project.parties}


def test_an_offer_dropped_is_a_cancelled_proposal_and_agreements_with_local_operators_are_background():
    x = extract_article("Example headline\n\nIn 2008 Huawei was forced to drop an offer to acquire US equipment maker "
                        "3Com.\n\nHuawei entered the African market in 1998 and sealed agreements with local operators.\n")
    (offer,) = x.candidates
    assert (offer.kind, offer.status, offer.date) == ("proposal", "cancelled", "2008")


def test_a_deal_being_negotiated_is_talks_between_those_who_negotiate():
    x = extract_article("Example headline\n\nKenya and China have been negotiating a deal to cooperate on fibre optic "
                        "projects, the minister said.\n\nLakeland Mobile has contracted with Nokia to provide development "
                        "and operation of the network.\n")
    talks, contract = x.candidates
    assert (talks.kind, talks.status) == ("talks", "announced")
    assert sorted(p.name for p in talks.parties) == ["China", "Kenya"]
    assert (contract.kind, contract.status) == ("contract", "signed") and "Nokia" in {p.name for p in contract.parties}
    (bank,) = extract_article("Example headline\n\nChina Development Bank is in discussions with Mexico about financing "
                              "the networks.\n").candidates
    assert sorted(p.name for p in bank.parties) == ["China Development Bank", "Mexico"]
    (mou,) = extract_article("Example headline\n\nHuawei, a leading Information and Communication Technology (ICT) "
                             "provider, signed an MoU with the University of Rwanda on ICT academies.\n").candidates
    assert sorted(p.name for p in mou.parties) == ["Huawei", "University of Rwanda"]


def test_a_loan_sought_is_a_proposal_not_a_loan():
    (c,) = extract_article("Example headline\n\nThe government of Uganda is seeking to borrow USh550 billion ($150mln) "
                           "from Chinese Exim Bank to set up digital projects.\n").candidates
    assert (c.kind, c.status) == ("proposal", "announced")
    assert "export-import-bank-of-china" in {p.id for p in c.parties}


def test_talks_about_a_tender_are_talks():
    (c,) = extract_article("Example headline\n\nZambia is also in talks with the Chinese government to supply and install "
                           "digital equipment without subjecting the tender to the bidding process.\n").candidates
    assert c.kind == "talks" and c.status == "announced"


def test_who_tells_of_a_deal_what_is_signed_and_where_are_no_parties():
    """The body a statement comes from, the MoU itself and the country of a signing abroad are not who signed;
    a name opening after a dateline is; a technology's word in an event's name gives no technology."""
    (mou,) = extract_article(
        "Example headline\n\nNAIROBI (Aug 9): Lakeland Information System (LIS) and Huawei have signed a Memorandum of "
        "Understanding (MoU) on smart city projects.\n\nIn a statement from the Lakeland Ministry of Roads and Transport, "
        "the MoU was signed at the Mobile World Congress 2024 (MWC24) in Barcelona, Spain yesterday.\n",
        published="2024-08-09").candidates
    assert sorted(p.name for p in mou.parties) == ["Huawei", "Lakeland Information System"]
    assert mou.place == "Barcelona, Spain" and "ESP" not in mou.countries
    assert mou.technology == ["smart_city"]
    assert mou.date == "2024-08-08"


def test_two_names_in_one_run_of_capitals_and_a_unit_named_after_its_parent():
    (deal,) = extract_article(
        "Example headline\n\nIn January, Huawei Digital Power and Lakeland Resources Power Holdings Co Ltd, which "
        "operates power plants, signed a cooperation agreement on energy storage.\n").candidates
    assert sorted(p.name for p in deal.parties) == ["Huawei Digital Power", "Lakeland Resources Power Holdings Co Ltd"]
    unit = next(p for p in deal.parties if p.name == "Huawei Digital Power")
    assert unit.new and unit.id != "huawei-technologies"
    # one name with "of" or a single word before "and" is not cut
    (mou,) = extract_article("Example headline\n\nThe Ministry of Industry and Information Technology signed an MoU "
                             "with Lakeland Telecom.\n").candidates
    assert "Ministry of Industry and Information Technology" in {p.name for p in mou.parties}


def test_credit_agreed_then_signed_is_a_loan_and_venture_members_are_partners():
    (loan,) = extract_article(
        "Example headline\n\nThe Export-Import Bank of China has agreed to provide credit of up to US$15.5 million to "
        "the Lakeland Electric Power Technology Import and Export Corp to build a cable.\n\nThe bank and the power "
        "company signed the loan agreement in Beijing on Saturday.\n", published="2024-08-09").candidates
    assert (loan.kind, loan.status, loan.date, loan.place) == ("loan", "signed", "2024-08-03", "Beijing, China")
    assert "Lakeland Electric Power Technology Import and Export Corp" in {p.name for p in loan.parties}
    (told,) = extract_article("Example headline\n\nLakeland Telecom and ZTE Corporation formed a joint venture to run "
                              "data centres.\n").candidates
    assert {p.role for p in told.parties} == {"partner"}
    # (a member is a partner whatever its share: the curators record a venture's members so, the split apart)
    (owned,) = extract_article("Example headline\n\nLakeland Telecom and ZTE Corporation formed a joint venture in "
                               "which Lakeland Telecom holds 51 percent of the shares.\n").candidates
    assert {p.role for p in owned.parties} == {"partner"}


def test_the_operator_a_vendor_contracts_with_signs_and_the_headline_is_the_same_deal():
    x = extract_article(
        "ZTE to build first WiMAX network in Lakeland\n\nThe Chinese telecom equipment giant ZTE has signed an exclusive "
        "contract with the Lakeland telecom operator Lakecom to build a mobile WiMAX network in the country.\n\n"
        "ZTE and Lakecom will deepen their cooperation in the DICT field.\n")
    (contract,) = x.candidates
    assert contract.kind == "contract"
    roles = {p.name: p.role for p in contract.parties}
    assert roles["Lakecom"] == "signatory" and roles["ZTE"] in ("contractor", "supplier")
    assert "DICT" not in roles
    # a vendor named after the operator it builds for: "to supply" says the vendor's role
    (supply,) = extract_article("Example headline\n\nLakecom signed a contract with ZTE Corporation to supply base "
                                "stations.\n").candidates
    assert {p.name: p.role for p in supply.parties}["ZTE Corporation"] == "supplier"


def test_a_list_of_names_as_the_subject_after_a_wire_dateline():
    (cable,) = extract_article(
        "Example headline\n\nLAKELAND - Example Wire - 12 May 2022 - Lakeland Mobile International Limited (LMI), "
        "Example Unicom Global (EUG), Lakeland Information Solutions, Inc. (Converge) and Lakeland Cable Sdn. Bhd (LC "
        "Cable), reaffirmed their partnership to construct and operate the Lakeland Express Cable System (LEX), a new "
        "submarine cable that will connect Thailand, East Malaysia and Singapore, with options to extend to Vietnam and "
        "West Malaysia.\n", published="2022-05-12").candidates
    assert {p.name for p in cable.parties} == {
        "Lakeland Mobile International Limited", "Example Unicom Global", "Lakeland Information Solutions, Inc.",
        "Lakeland Cable Sdn. Bhd"}  # not the cable system, nor a country it reaches
    assert cable.kind == "project" and cable.date == "2022-05-12"


def test_who_signed_for_a_party_and_where_the_work_is_are_neither_parties_nor_the_place():
    x = extract_article(
        "Example headline\n\nLakeland Unicom has signed an agreement with LPT to construct a cable landing station "
        "in Port Lake, Kenya.\n\nThe agreement was signed on November 14 by Chang Example, Lakeland Unicom's "
        "Chairman, and U Example Tun, LPT's General Manager, at the President Palace in Nairobi.\n",
        published="2024-11-20")
    names = {p.name for c in x.candidates for p in c.parties}
    assert not {"Chang Example", "U Example Tun"} & names
    assert all(c.place is None or c.place.startswith("Nairobi") for c in x.candidates)


def test_the_two_countries_that_signed_are_china_and_the_country_the_article_is_about():
    x = extract_article(
        "Example headline\n\nChina's Huawei is planning investments in Kenya's cloud sector, Kenyan media reported.\n\n"
        "Huawei is also in talks with Lakeland Cloud, the report said.\n\nLast year the two countries signed a "
        "cooperation agreement on AI during a visit to Nairobi.\n\nThe two countries agreed to work together.\n")
    signed = next(c for c in x.candidates if c.status == "signed")
    assert {p.id for p in signed.parties} == {"government-of-kenya", "government-of-the-peoples-republic-of-china"}
    assert signed.parties[0].span.start == x.text.index("the two countries")
    # without one country that stands out, no one is named
    (none,) = extract_article("Example headline\n\nHuawei works in Kenya and Uganda.\n\nLast year the two countries "
                              "signed a cooperation agreement with Huawei on AI.\n").candidates
    assert {p.name for p in none.parties} == {"Huawei"}


def test_a_loan_between_governments_names_them_not_the_loan_nor_who_signed_for_them():
    (loan,) = extract_article(
        "Example headline\n\nLuanda - Angola and China signed an agreement Wednesday to provide 249 million US dollars "
        "funding for a broadband project.\n\nThe agreement for China's Concessional Loan to Angola was signed by the "
        "Finance minister, Vera Example, and the Chinese ambassador to Angola, Gong Example.\n",
        published="2023-01-13").candidates
    assert {p.id for p in loan.parties} == {"government-of-angola", "government-of-the-peoples-republic-of-china"}
    assert loan.date == "2023-01-11"
    (grant,) = extract_article(
        "Example headline\n\nThe Chinese government has granted Benin 40 billion CFA francs in preferential loan to fund a "
        "broadband project.\n\nThe funding agreement was signed by China Ambassador to Benin Diao Example and Benin "
        "Minister of Foreign Affairs Nassirou Example.\n").candidates
    assert {p.id for p in grant.parties} == {"government-of-benin", "government-of-the-peoples-republic-of-china"}
    (fund,) = extract_article("Example headline\n\nThe People's Bank of China and the African Development Bank Group "
                              "signed a $2 billion co-financing agreement.\n").candidates
    assert "People's Bank of China" in {p.name for p in fund.parties} and "bank-of-china" not in {p.id for p in fund.parties}


def test_sums_of_money_and_the_ends_of_a_road_are_no_parties():
    x = extract_article(
        "Example headline\n\nThe projects include the Lakeland Data Centre Project to be undertaken by Chinese "
        "telecommunications giant Huawei at a cost of Sh17.5 billion and the construction of the Nairobi JKIA to James "
        "Example expressway by the China Road and Bridge Corporation for Sh51 billion.\n")
    names = {p.name for c in x.candidates for p in c.parties}
    assert "Huawei" in names and "China Road and Bridge Corporation" in names
    assert not [n for n in names if "Sh" in n or "James" in n]


def test_a_city_is_where_a_deal_was_signed_and_never_a_party():
    x = extract_article(
        "Example headline\n\nLakeland Telecom signed an MoU with ZTE Corporation in Rawalpindi on Monday.\n\n"
        "Later, Huawei has won the contract to extend landline services to Najaf and Peshawar.\n",
        published="2024-08-09")
    mou, contract = x.candidates
    assert mou.place == "Rawalpindi"
    assert {p.name for p in contract.parties} == {"Huawei"}


def test_a_company_selected_to_roll_out_a_network_has_a_contract():
    (c,) = extract_article("Example headline\n\nState-run Lakeland Telecom said it has selected Chinese company Huawei "
                           "Technologies Co Ltd, to roll out a 4G network in the capital.\n").candidates
    assert c.kind == "contract"
    assert {p.name: p.role for p in c.parties}["Huawei Technologies Co Ltd"] in ("contractor", "supplier")


def test_a_project_then_the_contract_signed_for_it_is_a_contract_and_the_satellite_is_no_party():
    (c,) = extract_article(
        "Example headline\n\nAll the work, involving the satellite development and construction of ground stations, is "
        "in progress. The contract for the satellite was signed Dec 15, 2004 in Abuja between China Great Wall Industry "
        "Corporation and the Lakeland Space Agency. China will provide Nigeria with Lakesat-1 communication "
        "satellite.\n").candidates
    assert (c.kind, c.date, c.place) == ("contract", "2004-12-15", "Abuja, Nigeria")
    assert "Lakesat-1" not in {p.name for p in c.parties}
    # a project told as built, then "every contract won": still the project, not a contract signed
    x = extract_article("Example headline\n\nZTE has built networks for Telenor in India.\n\nThe deal is important "
                        "because every LTE contract won helps ZTE.\n")
    assert [c.kind for c in x.candidates][:1] == ["project"]


def test_meanwhile_another_company_got_another_contract_and_a_link_came_into_operation():
    x = extract_article(
        "Example headline\n\nLakeland Telecom awarded China Communications Services a contract of installing a radio "
        "access network. Meanwhile, another Chinese corporation ZTE has got the contract of developing the core "
        "network.\n\nThe cross-border optical fiber link between Lakeland Telecom and China Telecom came into "
        "commercial operation on Jan. 12.\n", published="2018-01-13")
    first, second, link = x.candidates
    assert "China Communications Services" in {p.name for p in first.parties}
    # (ZTE's contract, one more beside the one just told, is Lakeland Telecom's too)
    assert {p.name: p.role for p in second.parties} == {"ZTE": "contractor", "Lakeland Telecom": "signatory"}
    assert second.kind == "contract"
    assert (link.kind, link.status, link.date) == ("project", "operational", "2018-01-12")


def test_a_headline_agreement_is_the_body_mou_and_a_minister_signs_for_the_ministry():
    (mou,) = extract_article(
        "Huawei inks ICT cooperation agreement with Egypt's higher education ministry\n\nVincent Example, MD of "
        "Huawei, and Mohamed Example, Deputy Minister of Higher Education, signed a memorandum of understanding on 15 "
        "October 2019 in Cairo.\n").candidates
    assert mou.kind == "mou" and {p.name for p in mou.parties} == {"Huawei", "Ministry of Higher Education"}
    # a foreign minister signs for the state, not for a ministry
    x = extract_article("Example headline\n\nOn Saturday, Minister of Foreign Affairs, Carl Example and Wang Example "
                        "signed the agreements with Huawei.\n")
    assert not any("Foreign" in p.name for c in x.candidates for p in c.parties)
    # a headline in title case names no organisation with its verb
    (c,) = extract_article("Huawei, Colleges of Education Sign MoU For ICT Academy Deployment\n\nHuawei and the "
                           "National Commission for Colleges of Education have signed a Memorandum of Understanding.\n"
                           ).candidates
    assert {p.name for p in c.parties} == {"Huawei", "National Commission for Colleges of Education"}


def test_a_record_is_offered_as_the_same_deal_only_on_more_than_one_ubiquitous_party():
    from graph.extract.output import existing_matches

    records = load_records()

    def year(v):
        return str(getattr(v.get("date"), "lexical", v.get("date") or ""))[:4]

    # every MoU of the records that Huawei signed in 2024 with someone else
    huawei_2024 = {pid for pid, r in records["partnership"].items() if str(r.head.get("kind")) == "mou" and any(
        "huawei-technologies" in {str(i) for ids in (cl.values.get("parties") or {}).values() for i in ids}
        and year(cl.values) == "2024" for cl in r.claims)}
    assert huawei_2024, "the bundled records hold a 2024 Huawei MoU"
    (mou,) = extract_article("Example headline\n\nLakeland Information System and Huawei signed an MoU on smart "
                             "cities on 3 May 2024.\n", records=records).candidates
    assert not {m["id"] for m in existing_matches(mou, records)} & huawei_2024


def test_an_aggregate_is_not_offered_as_one_of_its_deals_and_a_deal_offered_is_linked_as_the_folder_takes_it(
        records_copy):
    """"Two loan agreements" of Tanzania and China's Exim Bank in April 2010 are not the records' one loan of that
    month (linking them had written a count on a record of one deal, which the folder refuses); the one loan is
    offered, and its link is an also: claim the folder takes."""
    from graph.extract.output import candidate_records, existing_matches
    from graph.extract.review import apply_decisions

    records = load_records(records_copy)
    tail = " on 16 April 2010 for the national ICT broadband backbone.\n"
    lead = "Example headline\n\nThe Government of Tanzania and the Export-Import Bank of China signed "
    (two,) = extract_article(lead + "two loan agreements" + tail, records=records).candidates
    (one,) = extract_article(lead + "a loan agreement worth 700 million yuan" + tail, records=records).candidates
    assert (two.aggregate, two.members.get("count"), one.aggregate) == (True, 2, False)
    offered = [m["id"] for m in existing_matches(one, records)]
    assert offered and all(not records["partnership"][i].head.get("aggregate") for i in offered)
    assert not [m for m in existing_matches(two, records) if not records["partnership"][m["id"]].head.get("aggregate")]
    x = extract_article(lead + "a loan agreement worth 700 million yuan" + tail, records=records)
    result = candidate_records(x, publisher="Example Daily", records=records)
    (p,) = result["partnerships"]
    written = apply_decisions(records_copy, result, [("also", p["record"], offered[0])])
    assert any(f"partnership {offered[0]}, also: claim" in line for line in written)
    assert any(cl.source == result["source"]["id"] for cl in load_records(records_copy)["partnership"][offered[0]].claims)


def test_a_deal_the_text_places_in_one_country_is_not_offered_as_another_countrys_record():
    """"Huawei launched an ICT training programme … in Jamaica" in 2017: Huawei's programmes of that year in Egypt
    and Sri Lanka are not it — the country the candidate names counts, not only its parties' (Huawei's is China)."""
    from graph.extract.output import existing_matches

    records = load_records()
    (c,) = extract_article("Example headline\n\nIn 2017 Huawei launched an ICT training programme for 200 students "
                           "in Jamaica.\n", records=records).candidates
    assert (c.kind, [p.id for p in c.parties], "JAM" in c.countries) == ("training_programme", ["huawei-technologies"], True)
    huawei_2017 = [pid for pid, r in records["partnership"].items() if str(r.head.get("kind")) == "training_programme"
                   and any("huawei-technologies" in {str(i) for ids in (cl.values.get("parties") or {}).values()
                                                     for i in ids} for cl in r.claims)]
    assert huawei_2017, "the bundled records hold Huawei's training programmes"
    for m in existing_matches(c, records):
        theirs = {str(k) for cl in records["partnership"][m["id"]].claims for k in cl.values.get("countries") or []}
        assert "JAM" in theirs or not theirs - {"CHN"}, m


def test_two_companies_with_legal_forms_in_one_run_and_a_purchase_sought_is_a_proposal():
    x = extract_article(
        "Example headline\n\nA Japanese team beat a consortium comprising China's Huawei Technologies Co. and South "
        "Korea's KT Corp. to sign the contract.\n\nA Memorandum of Agreement was also signed between Lake "
        "Telecommunication Sdn Bhd and China Wuhan FiberHome Telecommunication Technologies Co., Ltd.\n\nOther signed "
        "MoUs were between KTI Sdn Bhd and Lake Construction Sdn Bhd.\n")
    names = {p.name for c in x.candidates for p in c.parties}
    assert "KT Corp." in names and not [n for n in names if n.startswith(("Co.", "South Korea", "Sdn", "Other"))]
    assert "China Wuhan FiberHome Telecommunication Technologies Co., Ltd." in names
    (bid,) = extract_article("Example headline\n\nChina Mobile is looking to purchase the local assets of Digicel, the "
                             "largest mobile carrier in the Pacific.\n").candidates
    assert (bid.kind, bid.status) == ("proposal", "announced")


def test_a_takeover_a_loan_to_a_bank_known_by_two_names_and_a_title_cited_in_brackets():
    x = extract_article(
        "Example headline\n\nLakeland Telecom has acquired the Centre for Integrated Photonics Ltd. (CIP) from the "
        "Lakeland Development Agency. Corning took over BT Research in 2000. Over the years, CIP has notched up "
        "achievements (see \"CIP launches HyBoard platform\").\n\nThe loan deal was extended by China Development Bank to "
        "the Eastern and Southern African Trade and Development Bank, also known as PTA Bank.\n")
    bought, took, loan = x.candidates
    assert "Centre for Integrated Photonics Ltd." in {p.name for p in bought.parties}
    assert (took.kind, took.date) == ("acquisition", "2000") and {p.name for p in took.parties} == {"Corning", "BT Research"}
    roles = {p.name: p.role for p in loan.parties}
    assert roles == {"China Development Bank": "financier", "Eastern and Southern African Trade and Development Bank":
                     "beneficiary"}
    # taking over a contract is not buying a company
    (c,) = extract_article("Example headline\n\nThe Australian government took over the Solomon Islands government's "
                           "contract with Huawei for a cable.\n").candidates
    assert c.kind != "acquisition"


def test_a_countrys_authorities_the_dollars_of_another_country_and_a_deal_a_country_is_willing_to_allow():
    x = extract_article("Example headline\n\nLakeland Mobile said it held new talks with Egyptian authorities on a "
                        "factory.\n\nKenya should not have to repay a $US53 million ($74 million) loan to China's Exim "
                        "Bank, the minister said.\n")
    talks, loan = x.candidates
    assert "Egyptian authorities" in {p.name for p in talks.parties}
    assert loan.amounts == [(53_000_000, "USD")]  # the bracket's dollars are not said to be US dollars
    assert not extract_article("Example headline\n\nPortugal is willing to allow Huawei to build 5G network "
                               "infrastructure.\n").candidates


def test_the_deals_an_aggregate_counted_told_one_by_one_take_its_date():
    x = extract_article("Example headline\n\nKOTA KINABALU: Five Memoranda of Understanding (MoUs) were signed between "
                        "Malaysia and China during the roundtable meeting held yesterday.\n\nAccording to Trade Minister "
                        "Darell Example, the MoUs signed included one between Sirim and Huawei Technologies on smart "
                        "manufacturing.\n",
                        published="2019-06-15")
    one = next(c for c in x.candidates if not c.aggregate)
    assert {p.name for p in one.parties} == {"Sirim", "Huawei Technologies"}
    assert (one.date, one.status) == ("2019-06-14", "signed")


def test_deals_told_in_turn_after_a_count_of_mous_are_mous():
    x = extract_article(
        "Example headline\n\nThe partnership was formalized through the signing of three memorandums of understanding "
        "(MoUs) between Lakeland and Huawei in 2023.\n\nThe first agreement involves Huawei and the Ministry of Digital "
        "Transition. The second agreement between Huawei and the Lakeland Association aims to foster skills. The third "
        "partnership, signed with the Lakeland Foundation, will train students.\n")
    told = [c for c in x.candidates if not c.aggregate]
    assert [c.kind for c in told] == ["mou", "mou", "mou"]
    assert "Lakeland Foundation" in {p.name for p in told[2].parties}


def test_one_deal_for_each_pair_a_sentence_names_and_a_centre_for_something_is_an_organisation():
    x = extract_article(
        "Example headline\n\nFive MoUs were signed yesterday.\n\nAccording to Trade Minister Darell Example, the MoUs "
        "signed included the Lakeland Robotics Institute (LRI) and the Centre for International Economic Cooperation "
        "(CIEC) on industry policies, and between Sirim and Huawei Technologies on smart manufacturing. Other signed MoUs "
        "were between KTI Sdn Bhd and Lake Construction Sdn Bhd; and between NHY Borneo and Sany.\n",
        published="2019-06-15")
    pairs = [sorted(p.name for p in c.parties) for c in x.candidates if not c.aggregate]
    assert pairs == [["Centre for International Economic Cooperation", "Lakeland Robotics Institute"],
                     ["Huawei Technologies", "Sirim"], ["KTI Sdn Bhd", "Lake Construction Sdn Bhd"], ["NHY Borneo", "Sany"]]


def test_a_bare_agreement_among_counted_mous_is_an_mou():
    x = extract_article(
        "Example headline\n\nHuawei Lakeland signed three major agreements at the conference, as part of nine MoUs.\n\n"
        "The first agreement was signed between Huawei Lakeland and the National Telecommunication Corporation to "
        "upgrade secure government connectivity infrastructure.\n\nHuawei Lakeland also signed an agreement with "
        "Sky47, a cloud data centre.\n")
    first = next(c for c in x.candidates if "National Telecommunication Corporation" in {p.name for p in c.parties})
    sky = next(c for c in x.candidates if "Sky47" in {p.name for p in c.parties})
    assert first.kind == "mou" and sky.kind == "mou"
    # without a count before, a bare agreement stays what it says
    (alone,) = extract_article("Example headline\n\nHuawei Lakeland also signed an agreement with Sky47.\n").candidates
    assert alone.kind == "other"


def test_an_agreement_on_cooperation_in_a_field_is_a_framework_agreement():
    (c,) = extract_article("Example headline\n\nThe Agreement \"On Cooperation in the Field of Post and "
                           "Telecommunications\" was signed on November 8, 1999, in Beijing between the Governments of "
                           "Kenya and China.\n").candidates
    assert (c.kind, c.date) == ("framework_agreement", "1999-11-08")
    (other,) = extract_article("Example headline\n\nLakeland Telecom signed an agreement with Huawei on Monday.\n"
                               ).candidates
    assert other.kind == "other"


def test_a_country_that_signed_several_mous_with_another_names_both():
    (agg,) = extract_article("Example headline\n\nMeanwhile, the Daily Post reports Vanuatu signed seven different MoUs "
                             "with China earlier this month.\n", published="2018-11-20").candidates
    assert agg.aggregate and agg.members["count"] == 7
    assert {p.id for p in agg.parties} == {"government-of-vanuatu", "government-of-the-peoples-republic-of-china"}
    # a count with no one said to sign each names no one
    (other,) = extract_article("Example headline\n\nAt the forum, businesses from Vanuatu and China signed seven MoUs.\n"
                               ).candidates
    assert other.aggregate and not other.parties


def test_who_says_another_agreed_to_lend_is_no_party_and_the_bank_finances_the_pledge():
    x = extract_article("Example headline\n\nLakeland Space said the China Development Bank has agreed to provide a "
                        "commercial loan to Bolivia for the project's costs.\n\nZTE Corp. said Wednesday it signed an "
                        "agreement with Angolan operator Mundo Startel to install a network.\n", published="2005-07-29")
    loan, deal = x.candidates
    assert {p.name: p.role for p in loan.parties}.get("China Development Bank") == "financier"
    assert "Lakeland Space" not in {p.name for p in loan.parties}
    assert "ZTE Corp." in {p.name for p in deal.parties}  # who says "it signed" is the party


def test_deals_told_in_turn_take_the_place_of_the_summit_the_count_was_signed_at():
    x = extract_article(
        "Example headline\n\nThe partnership was formalized through the signing of three memorandums of understanding "
        "(MoUs) during the 2nd Digitech Ecosystem Summit held in Essaouira, Morocco.\n\nThe first agreement involves "
        "Huawei and the Ministry of Digital Transition.\n")
    first = next(c for c in x.candidates if not c.aggregate)
    assert (first.kind, first.place) == ("mou", "Essaouira, Morocco")


@pytest.mark.parametrize("phrase, tag", [
    ("a mobile telephone network", "mobile_network"), ("the ALL-IP project", "mobile_network"),
    ("a cellular network", "mobile_network"), ("next-generation networking", "mobile_network"),
    ("a submarine optical cable", "submarine_cable"), ("an undersea fibre-optic cable", "submarine_cable"),
    ("a training programme for engineers", "digital_skills"),
])
def test_technology_areas_as_news_names_them(phrase, tag):
    (c,) = extract_article(f"Example headline\n\nLakeland Telecom awarded Huawei a contract for {phrase}.\n").candidates
    assert tag in c.technology


def test_partnerships_with_companies_a_description_lists_are_one_deal_each():
    x = extract_article("Example headline\n\nHuawei has also inked partnerships with other Lakeland telecom companies, "
                        "including Lakecom and Lakefone.\n")
    assert [sorted(p.name for p in c.parties) for c in x.candidates] == [["Huawei", "Lakecom"], ["Huawei", "Lakefone"]]
    # with no names, such partnerships are background
    assert not extract_article("Example headline\n\nHuawei has also inked partnerships with other Lakeland telecom "
                               "companies.\n").candidates


def test_a_name_after_its_description_at_the_end_of_a_sentence():
    (bid,) = extract_article("Example headline\n\nChina Mobile is looking to purchase the local assets of the largest "
                             "mobile carrier in the Pacific Islands, Lakecel.\n").candidates
    assert {p.name for p in bid.parties} == {"China Mobile", "Lakecel"}


@pytest.mark.parametrize("sentence, status", [
    ("Ant Financial paid $184.5 million for a 45 percent stake in Telenor Microfinance Bank.", "completed"),
    ("China Mobile has announced its intent to acquire a stake in Paktel.", "announced"),
    ("The Exim Bank of China gave NetOne a loan of $60 million in 2011.", "signed"),
    ("Huawei was blocked by the regulator from acquiring 3Leaf Systems in 2011.", "cancelled"),
    ("Acme Telecom and ZTE Corporation will sign an MoU on 5G.", "announced"),
    ("Acme Telecom had sought a US$40 million loan from ZTE Corporation. The government then decided to forego "
     "the deal.", "cancelled"),
    ("On June 27, Acme Telecom contracted with ZTE Corporation to construct a cable.", "signed"),
])
def test_status_as_the_text_tells_it(sentence, status):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert c.status == status


@pytest.mark.parametrize("sentence, date", [
    ("Acme Telecom and ZTE Corporation signed an MoU on Monday, the company said.", "2024-08-05"),
    ("Acme Telecom and ZTE Corporation signed an MoU, the company reported on Monday.", None),
    ("Acme Telecom and ZTE Corporation signed an MoU on 3 May 2023.", "2023-05-03"),
    ("(Lusaka, 28th October 2021) Acme Telecom has today signed an MoU with ZTE Corporation.", "2021-10-28"),
    ("Acme Telecom and ZTE Corporation signed an MoU in November.", "2023-11"),
    ("Acme Telecom and ZTE Corporation signed an MoU in July.", "2024-07"),
    ("Acme Telecom and ZTE Corporation signed an MoU.", None),
    ("Acme Telecom and ZTE Corporation signed MoUs in June and July 2023.", "2023"),
    ("[Lusaka, Zambia, June 28, 2024]On June 27, Acme Telecom signed an MoU with ZTE Corporation.", "2024-06-27"),
    ("In early 2019, Acme Telecom signed an MoU with ZTE Corporation.", "2019"),
    ("Acme Telecom signed an MoU with ZTE Corporation to launch a satellite in late 2026.", None),
    ("LUSAKA (Aug 9): Acme Telecom signed an MoU with ZTE Corporation yesterday.", "2024-08-08"),
    ("Quoting the ministry, Friday (9/8), Acme Telecom signed an MoU with ZTE Corporation on Tuesday (6/8).", "2024-08-06"),
    # (a day in numbers: dots put the day first; slashes show their order only when one number is over 12)
    ("Acme Telecom and ZTE Corporation signed an MoU on 12.03.2024.", "2024-03-12"),
    ("Acme Telecom and ZTE Corporation signed an MoU on 25/03/2024.", "2024-03-25"),
    ("Acme Telecom and ZTE Corporation signed an MoU on 03/25/2024.", "2024-03-25"),
    ("Acme Telecom and ZTE Corporation signed an MoU on 12/03/2024.", "2024"),
    ("Acme Telecom and ZTE Corporation signed an MoU in mid-December.", "2023-12"),
    ("Acme Telecom and ZTE Corporation signed an MoU in early July.", "2024-07"),
])
def test_dates_as_precise_as_the_text_and_never_invented(sentence, date):
    # published on Friday 9 August 2024
    x = extract_article(f"Example headline\n\n{sentence}\n", published="2024-08-09")
    (c,) = x.candidates
    assert c.kind == "mou" and c.date == date


def test_the_command_writes_records_yaml_with_evidence_and_json_for_tools(run, tmp_path):
    out = tmp_path / "cands.yaml"
    r = run("extract", HERE / "loan-report.txt", "--url", "https://example.org/zambia-loan", "--publisher",
            "Example Daily", "--out", out)
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    (source,) = doc["sources"]
    assert source["url"] == "https://example.org/zambia-loan" and source["publisher"] == "Example Daily"
    (rec,) = doc["partnerships"]
    assert rec["kind"] == "loan" and rec["source"] == source["id"] and rec["amount"] == {"value": 120000000, "currency": "USD"}
    assert '"Monday"' in text and '"USD 120 million"' in text  # evidence beside the fields
    j = run("extract", HERE / "loan-report.txt", "--format", "json")
    data = json.loads(j.output)
    span = data["partnerships"][0]["evidence"]["amount"][0]
    assert data["text"][span[0]:span[1]] == span[2] == "USD 120 million"


def test_sentences_that_may_tell_a_deal_no_candidate_reads_are_listed_to_check(run, tmp_path, records_copy):
    """Of a report's sentences no candidate reads, those with a deal's word and a name are listed for the curator to
    check, each with its span: in the YAML (as comments after the records), in the JSON and in the review. A
    sentence a candidate reads, one with a deal's word but no name, one with names but no deal's word and a speaker's
    words in quotes are not."""
    signed = "Acme Telecom and ZTE Corporation signed an MoU on 3 May 2023 in Lusaka."
    ordering = "Borealtel is ordering two satellites from Beijing, its chief said."
    report = tmp_path / "r.txt"
    quoted = "“We will buy more towers from Nokia next year,” the Borealtel chief said."
    report.write_text(f"Example headline\n\n{signed}\n\n{ordering}\n\nIt was signed after months of talks.\n\n"
                      f"The weather in Lusaka and Ndola was fine.\n\n{quoted}\n", encoding="utf-8")
    x = extract_article(report.read_text(encoding="utf-8"))
    assert [c.kind for c in x.candidates] == ["mou"]
    assert not any(w in s.text for w in ("months of talks", "Nokia") for c in x.candidates for s in c.sentences)
    assert [s.text for s in x.to_check] == [ordering]
    data = json.loads(run("extract", report, "--format", "json").output)
    (listed,) = data["to_check"]
    assert data["text"][listed["start"]:listed["end"]] == listed["text"] == ordering
    draft = listed["draft"]["record"]  # (for tools, its draft record: of the same source, an id of its own)
    assert draft["source"] == data["source"]["id"] and draft["id"] not in [p["record"]["id"] for p in data["partnerships"]]
    assert all(data["text"][a:b] == t for spans in listed["draft"]["evidence"].values() for a, b, t in spans)
    r = run("extract", report)
    assert r.exit_code == 0 and len(yaml.safe_load(r.output)["partnerships"]) == 1  # (still the records' YAML)
    tail = r.output[r.output.index("partnerships:"):]
    assert f'#   [{listed["start"]}:{listed["end"]}] "{ordering}"' in tail and "Also check: 1 sentence" in tail
    assert "Lusaka and Ndola" not in r.output and "months of talks" not in r.output and "Nokia" not in r.output
    walked = _review(report, records_copy, "d\ns\n")
    assert walked.exit_code == 0 and ordering in walked.output and "Also check" in walked.output
    assert "sentence to check 1 of 1" in walked.output and "nothing accepted" in walked.output
    # (a report whose every deal a candidate reads lists none, and says nothing of it)
    plain = tmp_path / "plain.txt"
    plain.write_text(f"Example headline\n\n{signed}\n", encoding="utf-8")
    assert "Also check" not in run("extract", plain).output
    assert json.loads(run("extract", plain, "--format", "json").output)["to_check"] == []


def test_each_candidate_says_how_far_it_is_likely_a_record_and_what_to_check(run, tmp_path, records_copy):
    """A candidate's confidence: high for a signing with a Chinese side and another, medium when it is not told as
    signed or names one side of China only, low with one party (what it lacks said in words) — above each record
    in the YAML, in the JSON and on the review's heading of the candidate."""
    signed = "Zamtel and Huawei Technologies signed a contract on 3 May 2023 to build a 5G network in Zambia."
    planned = "Ethio Telecom and ZTE Corporation announced a plan to build a data centre in Addis Ababa."
    alone = "Separately, Huawei completed a fibre network in Ndola last year."
    nokia = "Airtel Zambia and Nokia signed a contract on 4 May 2023 for a 4G network."
    report = tmp_path / "r.txt"
    report.write_text("Example headline\n\n" + "\n\n".join((signed, planned, alone, nokia)) + "\n", encoding="utf-8")
    x = extract_article(report.read_text(encoding="utf-8"), published="2024-08-09")
    got = {c.sentences[0].text: c.confidence() for c in x.candidates}
    assert got[signed] == ("high", [])
    assert got[planned][0] == "medium" and got[planned][1] == ["not told as signed (status: announced)"]
    assert got[alone][0] == "low" and got[alone][1][0].startswith("names one party only")
    assert got[nokia] == ("medium", ["names no Chinese party"])
    data = json.loads(run("extract", report, "--date", "2024-08-09", "--format", "json").output)
    assert [p["confidence"]["level"] for p in data["partnerships"]] == [got[c.sentences[0].text][0] for c in x.candidates]
    # (for tools, each candidate's sentences with their spans)
    assert [[x_["text"] for x_ in p["sentences"]] for p in data["partnerships"]] == [[signed], [planned], [alone], [nokia]]
    assert all(data["text"][x_["start"]:x_["end"]] == x_["text"] for p in data["partnerships"] for x_ in p["sentences"])
    out = run("extract", report, "--date", "2024-08-09").output
    lines = out.splitlines()  # (each record's confidence on the comment line just above it)
    for p in data["partnerships"]:
        above = lines[lines.index(f"  - id: {p['record']['id']}") - 1]
        assert above.startswith(f"  # confidence: {p['confidence']['level']}")
        assert all(why in above for why in p["confidence"]["why"])
    walked = _review(report, records_copy, "d\n" * len(x.candidates) + "q\n")
    assert walked.exit_code == 0
    assert "── candidate 1 of 4 ── confidence: high" in walked.output
    assert "── candidate 3 of 4 ── confidence: low — names one party only" in walked.output


def test_bad_input_is_named_and_nothing_is_written(run, tmp_path):
    binary = tmp_path / "report.txt"
    for raw, where in ((b"\xff\xfebad", "line 1,"), (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "line 2, column 2"),
                       (b"PK\x03\x04\x14\x00\x06\x00", "line 1, column 3"),
                       ("Huawei signed a deal.".encode("utf-16-le"), "line 1, column 2")):  # (UTF-16 with no mark)
        binary.write_bytes(raw)
        r = run("extract", binary, "--out", tmp_path / "x.yaml")
        assert r.exit_code == 2 and "report.txt" in r.output and where in r.output, (raw, r.output)
        assert not (tmp_path / "x.yaml").exists()
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    r = run("extract", empty)
    assert r.exit_code == 2 and "empty.txt" in r.output and "empty" in r.output
    r = run("extract", HERE / "loan-report.txt", "--date", "2024-02-30")
    assert r.exit_code == 2 and "--date" in r.output
    r = CliRunner().invoke(cli, ["extract", "-", "--review"], input="Some report\n")
    assert r.exit_code == 2 and "--review" in r.output and "file" in r.output


def test_an_article_is_read_in_the_encoding_it_comes_in(run, tmp_path):
    """A page in the encoding it declares (windows-1252, GB2312), UTF-8 with a byte-order mark and UTF-16
    with one are read as their text; bytes that are not text are named by line and column."""
    body = ("<p>Côte d’Ivoire’s Ministry of Digital Economy signed a contract with Huawei on 3 May 2021 to "
            "build a data centre in Abidjan.</p>")
    page = tmp_path / "ci.html"
    page.write_bytes(f'<html><head><meta charset="windows-1252"><title>Huawei à Abidjan</title></head><body>{body}'
                     f"</body></html>".encode("cp1252"))
    data = json.loads(run("extract", page, "--format", "json").output)
    assert "Côte d’Ivoire’s Ministry of Digital Economy" in data["text"] and "Huawei à Abidjan" in data["text"]
    assert data["partnerships"], data
    china = tmp_path / "cn.html"
    china.write_bytes(('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
                       "<title>华为与肯尼亚签署协议</title></head><body><p>Huawei signed an agreement with Safaricom.</p>"
                       "</body></html>").encode("gb2312"))
    assert "华为与肯尼亚签署协议" in json.loads(run("extract", china, "--format", "json").output)["text"]
    plain = "Huawei signed a contract with Ethio Telecom on 3 May 2021 to build a 5G network.\n"
    for name, raw in (("bom8.txt", codecs.BOM_UTF8 + plain.encode()), ("u16.txt", plain.encode("utf-16"))):
        (tmp_path / name).write_bytes(raw)
        got = json.loads(run("extract", tmp_path / name, "--format", "json").output)
        assert got["text"] == plain  # (no byte-order mark in the text the spans count in)
        span = got["partnerships"][0]["evidence"]["kind"][0]
        assert got["text"][span[0]:span[1]] == span[2]
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Huawei report\nSigned in Yaoundé today.\n".encode("latin-1"))
    r = run("extract", latin, "--out", tmp_path / "x.yaml")
    assert r.exit_code == 2 and "latin.txt" in r.output and "line 2, column 17" in r.output
    assert not (tmp_path / "x.yaml").exists()
    odd = tmp_path / "odd.html"
    odd.write_bytes(b'<html><head><meta charset="x-no-such-code"></head><body><p>Huawei signed.</p></body></html>')
    r = run("extract", odd)
    assert r.exit_code == 2 and "odd.html" in r.output and "x-no-such-code" in r.output


def test_a_source_url_the_records_would_refuse_is_refused_at_once(run, tmp_path):
    for bad in ("notaurl", "ftp://example.org/a", "https://example.org/a b", "http://[::1"):
        r = run("extract", HERE / "loan-report.txt", "--url", bad, "--out", tmp_path / "x.yaml")
        assert r.exit_code == 2 and "--url" in r.output and bad in r.output, (bad, r.output)
        assert not (tmp_path / "x.yaml").exists()
    ok = run("extract", HERE / "loan-report.txt", "--url", "https://example.org/news/1?id=2")
    assert ok.exit_code == 0 and "url: 'https://example.org/news/1?id=2'" in ok.output


def _review(report, records, answers: str, *extra):
    """`dsr extract REPORT --review --data RECORDS`, answering the prompts as a curator types them."""
    return CliRunner().invoke(cli, ["extract", str(report), "--review", "--data", str(records), *extra], input=answers)


@needs_seed
def test_review_links_the_seed_report_to_the_records_it_supports_and_checks_the_folder(records_copy):
    before = load_records(records_copy)
    n_claims = {rid: len(before["partnership"][rid].claims) for rid in
                ("PAK-2025-JWG-24MOUS", "PAK-2025-MOITT-300K-SKILLS", "PAK-2025-DSR-CPEC-BAKU")}
    # (then quits at the first sentence to check)
    r = _review(SEED, records_copy, "l\nl\nl\nq\n", "--publisher", "Seed News", "--url", "https://example.org/seed")
    assert r.exit_code == 0, r.output
    after = load_records(records_copy)  # the folder still loads
    for rid, n in n_claims.items():
        claims = after["partnership"][rid].claims
        assert len(claims) == n + 1
        assert claims[-1].source in after["source"]
    assert after["source"][claims[-1].source].head.get("url") == "https://example.org/seed" or any(
        c.values.get("url") == "https://example.org/seed" for c in after["source"][claims[-1].source].claims)


def test_review_writes_what_the_folder_accepts_and_refuses_the_rest_whole(records_copy):
    # an accepted MoU with a new company: the article, the company and the record are written, and
    # the folder still loads
    report = records_copy.parent / "r.txt"
    report.write_text("Example headline\n\nAcme Telecom and ZTE Corporation signed an MoU on 3 May 2023 in Lusaka.\n",
                      encoding="utf-8")
    snapshot = {p: p.read_bytes() for p in records_copy.rglob("*.yaml")}
    r = _review(report, records_copy, "a\n")
    assert r.exit_code == 0, r.output
    changed = [p for p in records_copy.rglob("*.yaml") if snapshot.get(p) != p.read_bytes()]
    written = load_records(records_copy)
    assert any(p.name == "sources.yaml" for p in changed) and any("partnerships" in str(p) for p in changed)
    new = [p for p in written["partnership"] if p.startswith("ZMB-2023-MOU") or p.startswith("CHN-2023-MOU")]
    assert len(new) == 1
    # in the partnerships file that already held most records of its country (Zambia: signed in Lusaka)
    held = {f: sum(1 for r in yaml.safe_load(snapshot[f]) or [] if "ZMB" in (r.get("countries") or []))
            for f in snapshot if f.parent.name == "partnerships"}
    (changed_partnerships,) = [p for p in changed if p.parent.name == "partnerships"]
    assert changed_partnerships == max(held, key=held.get) and held[changed_partnerships] > 0
    # and a second review of a candidate without a party (a proposal between two countries, no body
    # named: experts are no state's body, where "Kenyan and Chinese officials" now are): accepted, it is not taken —
    # the reason said at once, naming the folder's own file (not a copy's that is gone) — and the curator drops it
    bare = records_copy.parent / "bare.txt"
    bare.write_text("Example headline\n\nKenyan and Chinese experts discussed a proposal on 5G cooperation in Nairobi on "
                    "3 May 2023, officials said.\n", encoding="utf-8")
    snapshot = {p: p.read_bytes() for p in records_copy.rglob("*.yaml")}
    r = _review(bare, records_copy, "a\nd\n")
    assert r.exit_code == 0 and "not taken" in r.output and "parties" in r.output and "nothing accepted" in r.output
    assert str(records_copy / "partnerships") in r.output
    assert all(snapshot.get(p) == p.read_bytes() for p in records_copy.rglob("*.yaml"))
    # (and the writing itself refuses a set of decisions whole when one of them would break the folder)
    from graph.errors import RecordError
    from graph.extract.output import candidate_records
    from graph.extract.review import apply_decisions

    records = load_records(records_copy)
    good = candidate_records(extract_article(report.read_text(encoding="utf-8"), records=records), records=records)
    broken = dict(good["partnerships"][0]["record"], id="ZMB-2023-MOU-BROKEN", parties={"signatory": ["no-such-org"]})
    with pytest.raises(RecordError, match=re.escape(str(records_copy))):
        apply_decisions(records_copy, good, [("new", good["partnerships"][0]["record"], None), ("new", broken, None)])
    assert all(snapshot.get(p) == p.read_bytes() for p in records_copy.rglob("*.yaml"))


def test_review_writes_what_a_candidate_needs_countries_a_ministrys_government_and_the_name_authoritys_firm(
        run, tmp_path, records_copy):
    """A candidate accepted as it stands is a record the folder takes, whatever it names: a country the records'
    countries.csv does not list yet (added, in code order), a new ministry of a state whose government the records
    do not have (its government written with it), a firm the name authority alone knows (written under the
    authority's name, and the authority's entry turned into one naming the new record, as the records' check asks)."""
    import csv

    report = tmp_path / "r.txt"
    report.write_text("Example headline\n\nZain Group signed a contract with Huawei on 3 May 2023 to build a 5G network "
                      "in Kuwait.\n\nTelstra signed a contract with ZTE Corporation on 4 May 2023 to build a data centre "
                      "in Australia.\n\nNew Zealand's Ministry of Business signed a contract with Huawei on 5 May 2023 "
                      "to build a 5G network.\n", encoding="utf-8")
    before = load_records(records_copy)
    assert not {"AUS", "NZL"} & set(before["country"]) and "zain-group" not in before["organisation"]
    assert any(e.name == "Zain Group" and e.country == "KWT" for e in before.names)
    assert not any(str(o.head["kind"]) == "government" and "New Zealand" in str(o.head["name"])
                   for o in before["organisation"].values())
    out = run("extract", report, "--data", records_copy).output
    assert "#   AUS,Australia" in out and "#   NZL,New Zealand" in out  # (for a curator pasting by hand)
    data = json.loads(run("extract", report, "--data", records_copy, "--format", "json").output)
    assert {c["code"] for c in data["new_countries"]} == {"AUS", "NZL"}
    walked = _review(report, records_copy, "a\na\na\n")
    assert walked.exit_code == 0 and "not taken" not in walked.output, walked.output
    after = load_records(records_copy)
    assert len(after["partnership"]) == len(before["partnership"]) + 3
    assert {"AUS", "NZL"} <= set(after["country"])
    rows = list(csv.reader((records_copy / "countries.csv").read_text(encoding="utf-8").splitlines()))
    assert ["AUS", "Australia"] in rows and [r[0] for r in rows[1:]] == sorted(r[0] for r in rows[1:])
    ministry = next(o for o in after["organisation"].values() if o.head["name"] == "Ministry of Business")
    government = after["organisation"][ministry.claims[0].values["parent"]]
    assert str(government.head["kind"]) == "government" and government.claims[0].values["country"] == "NZL"
    zain = next(o for o in after["organisation"].values() if o.head["name"] == "Zain Group")
    assert zain.claims[0].values["country"] == "KWT"
    assert any(e.organisation == zain.id for e in after.names) and not any(e.name == "Zain Group" for e in after.names)
    assert "countries.csv: country AUS" in walked.output and "names.yaml: the entry of Zain Group" in walked.output


def test_review_edits_a_candidate_before_writing_it_and_quits_leaving_the_rest(records_copy):
    """The curator edits the first candidate (its status and label) in the editor, accepts it, and quits
    at the second: the edited record is written as edited, the second is not."""
    from graph.extract.output import candidate_records
    from graph.extract.review import review

    records = load_records(records_copy)
    report = ("Example headline\n\nAcme Telecom and ZTE Corporation signed an MoU on 3 May 2023.\n"
              "Separately, Borealtel and Huawei Technologies signed a contract worth USD 5 million.\n")
    x = extract_article(report, records=records)
    result = candidate_records(x, publisher="Example Daily", records=records)
    assert [p["record"]["kind"] for p in result["partnerships"]] == ["mou", "contract"]
    answers = iter(["e", "a", "q"])
    edited = []

    def edit(text, extension):
        edited.append(text)
        return text.replace("status: signed", "status: announced").replace("label: ", "label: Edited — ", 1)

    written = review(result, records_copy, prompt=lambda *a, **k: next(answers), echo=lambda *a, **k: None, edit=edit)
    assert len(edited) == 1 and "kind: mou" in edited[0]
    # (above the record in the editor: the sentence it was read from, with its span, and its confidence)
    said = "Acme Telecom and ZTE Corporation signed an MoU on 3 May 2023."
    start = x.text.index(said)
    assert edited[0].startswith(f'# from [{start}:{start + len(said)}] "{said}"\n# confidence: ')
    after = load_records(records_copy)
    mou_id, contract_id = (p["record"]["id"] for p in result["partnerships"])
    mou = after["partnership"][mou_id]
    assert mou.head["label"].startswith("Edited — ") and mou.claims[0].values["status"] == "announced"
    assert contract_id not in after["partnership"] and any(mou_id in line for line in written)


def test_review_adds_a_party_the_report_names_to_a_candidate_that_misses_it(records_copy):
    """A candidate of one party (Huawei's network) and a firm the report names after it, new to the records: `p`
    lists the report's organisations not yet parties, by number; the one chosen, with the role typed, is added and
    written with the record (a new firm with it). A number out of range or a role that is none adds nothing."""
    from graph.extract.output import candidate_records
    from graph.extract.review import review

    records = load_records(records_copy)
    x = extract_article("Example headline\n\nSeparately, Huawei completed a fibre network in Ndola last year.\n\n"
                        "Borealtel Networks Ltd will run the network, its chief said.\n", published="2024-08-09",
                        records=records)
    result = candidate_records(x, publisher="Example Daily", records=records)
    (p,) = result["partnerships"]
    assert p["record"]["parties"] == {"contractor": ["huawei-technologies"]} and p["confidence"]["level"] == "low"
    offered = [o for o in result["named"] if o["id"] != "huawei-technologies"]
    firm = next(o for o in offered if o["name"].startswith("Borealtel"))
    assert firm["new"] and firm["id"] not in records["organisation"]
    number = str(offered.index(firm) + 1)
    answers = iter(["p", str(len(offered) + 1), "p", number, "boss", "p", number, "operator", "a"])
    said = []
    written = review(result, records_copy, prompt=lambda *a, **k: next(answers), echo=lambda *a, **k: said.append(
        " ".join(map(str, a))), edit=lambda *a, **k: None)
    assert "no party added" in said and any("is none of the roles" in line for line in said)
    assert any(f"{number}. {firm['id']}: {firm['name']}" in line for line in said)
    after = load_records(records_copy)
    record = after["partnership"][p["record"]["id"]]
    assert record.claims[0].values["parties"] == {"contractor": ["huawei-technologies"], "operator": [firm["id"]]}
    assert firm["id"] in after["organisation"] and any(f"organisation {firm['id']} (new)" in line for line in written)
    # (and as a curator types it at `dsr extract --review`'s prompts, into a fresh copy of the records)
    import shutil

    from graph.resources import data_dir

    fresh = records_copy.parent / "fresh"
    shutil.copytree(str(data_dir()), fresh)
    report = records_copy.parent / "r.txt"
    report.write_text(x.text, encoding="utf-8")
    walked = _review(report, fresh, f"p\n{number}\noperator\na\n" + "s\n" * len(result["to_check"]), "--date",
                     "2024-08-09")
    assert walked.exit_code == 0 and f"organisation {firm['id']} (new)" in walked.output, walked.output
    assert load_records(fresh)["partnership"][p["record"]["id"]].claims[0].values["parties"]["operator"] == [firm["id"]]


def test_review_writes_a_record_from_a_sentence_to_check_starting_from_its_draft(records_copy):
    """A deal told in words the rules do not read ("is ordering … from") gives no candidate but a sentence to check;
    the curator writes a record from it: the editor opens on its draft (the names, amount and area read from the
    sentence, the names as ids), the curator sets its kind and roles, and the record and the new company it names are
    written, the folder still loading. The other sentence, skipped, writes nothing, nor does its company."""
    from graph.extract.output import candidate_records, record_yaml
    from graph.extract.review import review

    records = load_records(records_copy)
    report = ("Example headline\n\nAcme Telecom and ZTE Corporation signed an MoU on 3 May 2023.\n\n"
              "Borealtel Networks is ordering two satellites worth USD 40 million from China Great Wall Industry "
              "Corporation.\n\nNordtel Systems is weighing a tender for towers from Huawei Technologies.\n")
    x = extract_article(report, records=records)
    result = candidate_records(x, publisher="Example Daily", records=records)
    assert [p["record"]["kind"] for p in result["partnerships"]] == ["mou"]
    assert [s["text"][:18] for s in result["to_check"]] == ["Borealtel Networks", "Nordtel Systems is"]
    # (every draft of a kind the records know: "an agreement" named alone is an arrangement, "financing" a loan; where
    # no arrangement is named, or only a work, the sentence's words tell the kind: ordering, discussing, weighing)
    for said, kind in (("Nordtel Systems has an agreement on towers with Huawei Technologies.", "other"),
                       ("Nordtel Systems is weighing financing for towers from China Development Bank.", "loan"),
                       ("Borealtel Networks is ordering two satellites from China Great Wall Industry Corporation.",
                        "contract"),
                       ("Nordtel Systems discussed towers with Huawei Technologies in Lusaka last week.", "talks"),
                       ("Nordtel Systems is weighing a project with Huawei Technologies.", "proposal")):
        (one,) = extract_article(f"Example headline\n\n{said}\n", records=records).drafts
        assert one.kind == kind, said
    answers, drafts, said = iter(["d", "w", "w", "s"]), [], []

    def edit(text, extension):
        drafts.append(text)
        rec = yaml.safe_load(text)[0]
        rec["kind"] = "contract"
        # (the first time the curator leaves out the parties: not taken, said at once, and the sentence asked again)
        rec["parties"] = {"beneficiary": ["borealtel-networks"], "contractor": ["china-great-wall-industry-corporation"]}
        return record_yaml({k: v for k, v in rec.items() if k != "parties" or len(drafts) > 1})

    written = review(result, records_copy, prompt=lambda *a, **k: next(answers), echo=lambda *a, **k: said.extend(a),
                     edit=edit)
    assert [line for line in said if line.startswith("not taken")] == [next(
        line for line in said if line.startswith("not taken") and "parties" in line and str(records_copy) in line)]
    draft = drafts[0]
    assert drafts[1] == draft  # (asked again, from the same draft)
    assert "Borealtel Networks is ordering" in draft.splitlines()[0]  # (the sentence above the draft)
    got = yaml.safe_load(draft)[0]
    assert set(got["parties"].get("partner", []) + got["parties"].get("contractor", []) + got["parties"].get(
        "financier", []) + got["parties"].get("signatory", [])) >= {"borealtel-networks", "china-great-wall-industry-corporation"}
    assert got["amount"] == {"value": 40000000, "currency": "USD"} and got["technology"] == ["satellite"]
    after = load_records(records_copy)
    (new,) = [rid for rid in after["partnership"] if rid not in records["partnership"]]
    assert new == got["id"] and any(new in line for line in written)
    assert after["partnership"][new].head["kind"] == "contract"
    assert "borealtel-networks" in after["organisation"] and "nordtel-systems" not in after["organisation"]


def test_review_mends_a_sentence_to_checks_draft_with_a_party_the_report_names_and_accepts_it(records_copy, tmp_path):
    """A sentence to check whose draft names one side only: at `dsr extract --review`'s prompts the curator adds the
    other from the organisations the report names (by its number, with a role) and accepts the draft as it then
    stands — no editor; the record is written with both parties and its new firm, and the folder still loads."""
    from graph.extract.output import candidate_records

    report = tmp_path / "tender.txt"
    report.write_text("Example headline\n\nAcme Telecom and ZTE Corporation signed an MoU on 3 May 2023.\n\n"
                      "Nordtel Systems is weighing a tender for towers worth USD 40 million.\n\n"
                      "Huawei Technologies opened an office in Lusaka last year.\n", encoding="utf-8")
    records = load_records(records_copy)
    result = candidate_records(extract_article(report.read_text(encoding="utf-8"), records=records),
                               publisher="Example Daily", records=records)
    draft = result["to_check"][0]["draft"]["record"]
    assert draft["parties"] == {"signatory": ["nordtel-systems"]}
    offered = [o["id"] for o in result["named"] if o["id"] != "nordtel-systems"]
    number = offered.index("huawei-technologies") + 1
    # (drop the MoU; at the first sentence: add a party, Huawei as contractor, accept; skip the second)
    r = _review(report, records_copy, f"d\np\n{number}\ncontractor\na\ns\n")
    assert r.exit_code == 0, r.output
    assert "a=accept the draft" in r.output and "its draft:" in r.output
    after = load_records(records_copy)
    (new,) = [rid for rid in after["partnership"] if rid not in records["partnership"]]
    assert after["partnership"][new].claims[0].values["parties"] == {"signatory": ["nordtel-systems"],
                                                                     "contractor": ["huawei-technologies"]}
    assert "nordtel-systems" in after["organisation"] and "acme-telecom" not in after["organisation"]


def test_the_organisations_a_report_names_are_listed_with_their_ids_and_a_curator_adds_one_as_a_party(records_copy, run):
    """The organisations a report names are listed once each with their ids — the candidates' parties as they name
    them, then the others the gazetteer knows or a head word marks ("… Systems") — in the YAML (comments), the JSON
    and the editor; a state body no candidate names is not (whose it is, its name alone does not say). In the
    review the curator adds a party the candidate misses by its listed id: a new organisation so added is written
    with the record, the others listed are not."""
    from graph.extract.output import candidate_records
    from graph.extract.review import review

    records = load_records(records_copy)
    report = ("Example headline\n\nAcme Telecom and ZTE Corporation signed an MoU on 3 May 2023 in Lusaka.\n\n"
              "Nordtel Systems will run the network, and Huawei Technologies and Polaris Cables Ltd have offices "
              "nearby.\n\nThe Ministry of Communications was not present. The Minister of Communications Jane Banda "
              "spoke.\n")
    x = extract_article(report, records=records)
    assert [c.kind for c in x.candidates] == ["mou"]
    named = [(p.name, p.new) for p in x.named]
    assert named[:2] == [("Acme Telecom", True), ("ZTE Corporation", False)]
    assert {"Nordtel Systems", "Polaris Cables Ltd"} <= {n for n, new in named if new}
    assert any(p.id == "huawei-technologies" for p in x.named) and not any("Ministry" in n for n, _ in named)
    assert not any("Communications" in n for n, _ in named)  # (nor a head word alone, from "Minister of Communications")
    assert len({p.id for p in x.named}) == len(x.named)  # (each once)
    path = records_copy.parent / "named.txt"
    path.write_text(report, encoding="utf-8")
    listed = run("extract", path).output.split("The report names these organisations")[1]
    assert "#   nordtel-systems: Nordtel Systems  (new: not in the records yet)" in listed and "Ministry" not in listed
    assert [o["name"] for o in json.loads(run("extract", path, "--format", "json").output)["named"]] == \
        [p.name for p in x.named]
    result = candidate_records(x, publisher="Example Daily", records=records)
    nordtel = next(o["id"] for o in result["named"] if o["name"] == "Nordtel Systems")
    answers, shown = iter(["e", "a", "s"]), []

    def edit(text, extension):
        shown.append(text)
        return text.replace("    signatory: [", f"    operator: [{nordtel}]\n    signatory: [", 1)

    review(result, records_copy, prompt=lambda *a, **k: next(answers), echo=lambda *a, **k: None, edit=edit)
    assert f"#   {nordtel}: Nordtel Systems" in shown[0]
    after = load_records(records_copy)
    (new,) = [rid for rid in after["partnership"] if rid not in records["partnership"]]
    assert nordtel in after["organisation"] and after["organisation"][nordtel].head["name"] == "Nordtel Systems"
    polaris = next(o["id"] for o in result["named"] if o["name"] == "Polaris Cables Ltd")
    assert polaris not in after["organisation"]


def test_a_new_firm_whose_ownership_the_report_does_not_state_is_written_a_company_of_no_stated_ownership(
        records_copy, tmp_path):
    """A firm the records do not know is written with the kind its name and the report give: "company" when neither
    says who owns it — not a private company, which the graph would state as privately owned — and the graph it
    builds into has it as a company with no ownership, while a firm the records call private keeps its ownership."""
    from graph.build import build_dataset

    report = tmp_path / "firm.txt"
    report.write_text("Example headline\n\nKestrel Networks and ZTE Corporation signed a contract on 3 May 2023 "
                      "to build a fibre network in Zambia.\n", encoding="utf-8")
    shown = yaml.safe_load(CliRunner().invoke(cli, ["extract", str(report), "--data", str(records_copy)]).output)
    (kestrel,) = [o for o in shown["organisations"] if o["name"] == "Kestrel Networks"]
    assert kestrel["kind"] == "company"
    r = _review(report, records_copy, "a\n")
    assert r.exit_code == 0, r.output
    after = load_records(records_copy)
    assert after["organisation"][kestrel["id"]].head["kind"] == "company"
    kg = build_dataset(records_copy, analyse=False)
    assert kg.validate().conforms
    for org, ownership in ((kestrel["id"], None), ("zte-corporation", "PrivatelyOwned")):
        rows = kg.select(f"SELECT ?ownership WHERE {{ <https://w3id.org/dsr/id/org/{org}> a dsr:Company . "
                         f"OPTIONAL {{ <https://w3id.org/dsr/id/org/{org}> dsr:ownership ?ownership }} }}")
        assert [row["ownership"].value.rsplit("#", 1)[1] if row.get("ownership") else None for row in rows] == \
            [ownership], (org, rows)


def test_a_union_of_telecommunications_is_not_the_african_union_the_records_know():
    """The records know the African Union Commission (also "African Union"): the African Telecommunications Union
    a report names is another body, new to the records — and the Commission named in full is the one they know."""
    x = extract_article("Example headline\n\nHuawei has signed an MoU with the African Telecommunications Union (ATU) "
                        "on skills.\n\nSeparately, ZTE signed an MoU with the African Union Commission.\n",
                        published="2024-05-10")
    parties = {p.name: (p.id, p.new) for c in x.candidates for p in c.parties}
    assert parties["African Telecommunications Union"][0] != "african-union-commission"
    assert parties["African Telecommunications Union"][1] is True
    assert parties["African Union Commission"] == ("african-union-commission", False)


def test_a_police_force_new_to_the_records_is_a_state_body_of_its_country(records_copy, tmp_path):
    """"the Lakeland National Police" (new to the records) is written as an agency of Lakeland's government, not a
    company — and the review writes it so that the folder takes it."""
    report = tmp_path / "police.txt"
    report.write_text("Example headline\n\nHuawei signed a contract with the Zambian National Police on 3 May 2023 to "
                      "install surveillance cameras in Lusaka.\n", encoding="utf-8")
    (c,) = extract_article(report.read_text(encoding="utf-8"), records=load_records(records_copy)).candidates
    police = next(p for p in c.parties if "Police" in p.name)
    assert (police.kind, police.country, police.new) == ("agency", "ZMB", True)
    r = _review(report, records_copy, "a\n")
    assert r.exit_code == 0, r.output
    assert load_records(records_copy)["organisation"][police.id].head["kind"] == "agency"


def test_review_keeps_a_candidate_whose_edit_is_not_one_record_and_says_where(records_copy):
    """An edit that breaks the YAML, or that is no longer one record, leaves the candidate as it was and
    says why (with the line); the curator then accepts it as it was."""
    from graph.extract.output import candidate_records
    from graph.extract.review import review

    records = load_records(records_copy)
    x = extract_article("Example headline\n\nAcme Telecom and ZTE Corporation signed an MoU on 3 May 2023.\n",
                        records=records)
    result = candidate_records(x, publisher="Example Daily", records=records)
    answers, said = iter(["e", "e", "a"]), []
    edits = iter(["- id: [unclosed\n", "just a sentence\n"])
    review(result, records_copy, prompt=lambda *a, **k: next(answers), echo=lambda *a, **k: said.extend(a),
           edit=lambda text, extension: next(edits))
    kept = [line for line in said if str(line).startswith("kept as it was")]
    assert len(kept) == 2 and "the edited candidate:" in kept[0] and "list of records" in kept[1]
    written = load_records(records_copy)["partnership"][result["partnerships"][0]["record"]["id"]]
    assert written.claims[0].values["status"] == "signed"


def test_a_project_told_by_its_verb_alone_has_the_status_the_verb_gives():
    """No arrangement's noun, only what is built and how far: "will set up a data centre" is announced,
    "is installing cameras" under construction, "has built a network" completed — and "to establish
    connectivity", "the business of installing cables" are no projects."""
    (c,) = extract_article("Example headline\n\nHuawei will set up a data centre for Safaricom in Kenya, the company "
                           "said.\n").candidates
    assert (c.kind, c.status) == ("project", "announced") and {p.name for p in c.parties} == {"Huawei", "Safaricom"}
    (c,) = extract_article("Example headline\n\nHuawei is installing 2,000 surveillance cameras in Nairobi under a safe "
                           "city project with the Kenyan government.\n").candidates
    assert (c.kind, c.status) == ("project", "under_construction")
    (c,) = extract_article("Example headline\n\nZTE has built a 4G network for Safaricom in Kenya.\n").candidates
    assert (c.kind, c.status) == ("project", "completed")
    assert extract_article("Example headline\n\nThe link will allow Safaricom to establish connectivity to Europe. The "
                           "business of installing undersea cables is dominated by three firms, Alcatel Submarine "
                           "Networks, NEC and SubCom.\n").candidates == []


def test_a_framework_signed_and_a_lease_signed_are_arrangements():
    """"have signed an investment framework" is a framework agreement though "agreement" is not
    written, and "signed a lease with Digicel" a contract; "within the framework of the Belt and Road"
    signs nothing."""
    (c,) = extract_article("Example headline\n\nChina Telecom Global and CAT Telecom have signed an investment framework "
                           "for a high-speed broadband project to link China and Southeast Asia.\n").candidates
    assert (c.kind, c.status) == ("framework_agreement", "signed")
    assert {p.name for p in c.parties} == {"China Telecom Global", "CAT Telecom"}
    (c,) = extract_article("Example headline\n\nSamoa Submarine Cable Company signed a capacity lease with Digicel in "
                           "June 2019.\n").candidates
    assert (c.kind, c.status, c.date) == ("contract", "signed", "2019-06")
    assert {p.name for p in c.parties} == {"Samoa Submarine Cable Company", "Digicel"}
    assert extract_article("Example headline\n\nChina Telecom and CAT Telecom work within the framework of the Belt and "
                           "Road Initiative, the companies said.\n").candidates == []


def test_the_partnership_formalised_is_the_one_the_sentence_before_names():
    """"The partnership was formalised through the signing of three MoUs" names no party: they are
    the two the sentence before names, as for "The two sides signed …"."""
    text = ("Example headline\n\nMaroc Telecom and Huawei recently announced a partnership to collaborate on digital "
            "projects. The partnership was formalised through the signing of three memorandums of understanding (MoUs) "
            "during the summit.\n")
    (c,) = extract_article(text).candidates
    assert (c.kind, c.status, c.aggregate, c.members["count"]) == ("mou", "signed", True, 3)
    assert {p.name for p in c.parties} == {"Maroc Telecom", "Huawei"}


def test_the_two_firms_are_looked_up_though_the_deal_names_one_of_them_twice():
    """"The two firms signed an MoU to establish Huawei's first cloud … the MoU with Huawei covers …":
    Huawei named twice is one party, so "the two firms" are still the two of the sentence before."""
    text = ("Example headline\n\n\"Huawei will create its own cloud computing through the data centre of Telecom "
            "Egypt\", a statement by the ministry said Monday. The two firms signed a memorandum of understanding to "
            "establish Huawei's first cloud computing in Africa. The ministry said the MoU with Huawei covers only "
            "services to individuals.\n")
    (c,) = extract_article(text).candidates
    assert c.kind == "mou" and {p.name for p in c.parties} == {"Huawei", "Telecom Egypt"}


def test_the_country_after_a_firms_legal_form_is_where_it_is_not_a_party():
    """"Huawei Technologies Co. Ltd of China and the government of Mozambique struck an agreement":
    China says where the firm is; the governments of two countries named with "of" still sign."""
    (c,) = extract_article("Example headline\n\nHuawei Technologies Co. Ltd of China and the government of Mozambique "
                           "struck an agreement on ICT training in Maputo.\n").candidates
    assert {p.name for p in c.parties} == {"Huawei Technologies Co. Ltd", "government of Mozambique"}
    (c,) = extract_article("Example headline\n\nThe governments of China and Pakistan signed an agreement on a "
                           "fibre optic cable.\n").candidates
    assert {p.country for p in c.parties} == {"CHN", "PAK"}


def test_a_projects_name_is_what_a_deal_is_for_not_a_party():
    """"a loan for the Modernisation of Telecommunication Network for Digital Connectivity Project": a
    name ending in Project (Programme, Initiative, Plan…) is what the deal is for, though "Network"
    heads organisations' names too."""
    (c,) = extract_article("Example headline\n\nThe Chinese Government and the Government of Bangladesh signed a "
                           "preferential loan framework agreement for the Modernisation of Telecommunication Network for "
                           "Digital Connectivity Project (MOTN).\n").candidates
    assert {p.name for p in c.parties} == {"Chinese Government", "Government of Bangladesh"}
    (c,) = extract_article("Example headline\n\nThe Export-Import Bank of China signed a loan agreement with the Government "
                           "of Comoros for the National Fibre Optic Backbone Transmission Network Programme.\n").candidates
    assert {p.name for p in c.parties} == {"Export-Import Bank of China", "Government of Comoros"}


def test_the_companies_signed_are_the_two_the_sentence_before_names():
    """"the companies signed" (no "two") points back as "the two companies" does."""
    (c,) = extract_article("Example headline\n\nThe Ethiopian Telecommunications Corporation has a history of co-operation "
                           "with ZTE that dates back to 2001. In 2008, the companies signed a $120 million agreement which "
                           "covers a fibre transmission project.\n").candidates
    assert (c.kind, c.date, c.amounts) == ("contract", "2008", [(120000000, "USD")])
    assert {p.name for p in c.parties} == {"Ethiopian Telecommunications Corporation", "ZTE"}


def test_a_name_ending_in_a_single_letter_is_read_whole():
    """"Cell C" is one name, not "Cell"."""
    (c,) = extract_article("Example headline\n\nVodacom signed a roaming contract with Cell C and ZTE in Johannesburg.\n"
                           ).candidates
    assert {p.name for p in c.parties} == {"Vodacom", "Cell C", "ZTE"}


def test_who_a_contract_is_won_from_is_its_client():
    """"won a contract from China Mobile": China Mobile awards it (the client signs), though it is a Chinese
    company as the vendor is; "won a $50 million order from Safaricom" is a contract."""
    (c,) = extract_article("Example headline\n\nZTE said it has won a contract from China Mobile to build 4G networks in "
                           "five cities.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"ZTE": "contractor", "China Mobile": "signatory"}
    (c,) = extract_article("Example headline\n\nHuawei won a $50 million order from Safaricom for 5G radio equipment.\n"
                           ).candidates
    assert (c.kind, c.status, c.amounts) == ("contract", "signed", [(50000000, "USD")])
    assert {p.name: p.role for p in c.parties} == {"Huawei": "supplier", "Safaricom": "signatory"}


def test_a_known_name_and_a_country_after_it_are_one_firm_when_the_records_know_it():
    """"Telkom Indonesia" is the Indonesian firm the name authority knows, not Telkom Kenya (known as
    "Telkom"); "Huawei Kenya signed" is Huawei, and Kenya no signing party."""
    (c,) = extract_article("Example headline\n\nNokia secured a deal from Telkom Indonesia to upgrade its optical "
                           "network.\n").candidates
    assert {(p.name, p.country) for p in c.parties} >= {("Telkom Indonesia", "IDN")}
    assert "telkom-kenya" not in {p.id for p in c.parties}
    (c,) = extract_article("Example headline\n\nHuawei Kenya signed an MoU with the ICT Authority.\n").candidates
    assert {p.name for p in c.parties} == {"Huawei", "ICT Authority"}


def test_a_short_name_the_report_gives_in_brackets_is_that_body_throughout_the_report():
    """"PT Telekomunikasi Indonesia (Telkom)": this report's Telkom is the Indonesian operator wherever it is named
    again — not Telkom Kenya, which the records know as "Telkom" — and "Telkom USA" is its unit, "PT Telkom
    Satelit" a firm of its own; a short name for a body of the records' country ("Telkom Kenya Limited (Telkom)")
    stays the records' body."""
    text = ("Example headline\n\nIndonesia's state operator PT Telekomunikasi Indonesia (Telkom) signed a consortium "
            "agreement with Singtel and PT Telkom Satelit on Friday to build a submarine cable.\n"
            "Separately, Telkom USA signed a contract with ZTE to upgrade its data centre in Los Angeles.\n"
            "Telkom will hold a 30 percent share of the consortium.\n")
    found = extract_article(text, published="2025-03-08")
    parties = [p for c in found.candidates for p in c.parties]
    assert "telkom-kenya" not in {p.id for p in parties}
    assert "KEN" not in {k for c in found.candidates for k in c.countries}
    telkom = {p.id for p in parties if p.name.startswith("PT Telekomunikasi") or p.name == "Telkom"}
    assert len(telkom) == 1 and {p.country for p in parties if p.id in telkom} == {"IDN"}
    assert "PT Telkom Satelit" in {p.name for p in parties} and \
        {p.id for p in parties if p.name == "PT Telkom Satelit"}.isdisjoint(telkom)
    (unit,) = [p for p in parties if p.name == "Telkom USA"]
    assert unit.parent in telkom
    (c,) = extract_article("Example headline\n\nTelkom Kenya Limited (Telkom) signed a contract with Huawei to build a "
                           "4G network.\n").candidates
    assert "telkom-kenya" in {p.id for p in c.parties}


def test_a_loan_negotiated_with_a_country_names_it_and_no_number_joins_a_name():
    """"is negotiating a loan with China for 85 percent of …": talks with China — whose name does not
    run on into "for 85"."""
    (c,) = extract_article("Example headline\n\nThe Bolivian government is negotiating a loan with China for 85 percent "
                           "of the value of the satellite.\n").candidates
    assert (c.kind, c.status) == ("talks", "announced")
    assert {p.country for p in c.parties} == {"BOL", "CHN"} and not any("85" in p.name for p in c.parties)


def test_a_memo_on_cooperation_under_a_dateline_of_its_own():
    """"signed a memo on cooperation" is an MoU, and "TASHKENT, Uzbekistan, March 10." — a place in
    capitals and a date, a sentence of their own — dates the lead's signing as any dateline does."""
    text = ("Example headline\n\nTASHKENT, Uzbekistan, March 10. Uzbekistan and China's ZTE signed a memo on "
            "cooperation in the development of telecommunications infrastructure.\n")
    (c,) = extract_article(text, published="2026-03-11").candidates
    assert (c.kind, c.status, c.date) == ("mou", "signed", "2026-03-10")
    assert {p.country for p in c.parties} == {"UZB", "CHN"} and "ZTE" in {p.name for p in c.parties}
    assert extract_article("Example headline\n\nThe ministry sent an internal memo to staff, officials said.\n"
                           ).candidates == []


def test_initials_the_article_gives_a_new_party_are_that_party():
    """"Southern Caribbean Fiber (SCF) … SCF won the contract": one party, with the role the text states."""
    (c,) = extract_article("Example headline\n\nThe Government of Montserrat has signed a $5.9 million deal with Southern "
                           "Caribbean Fiber (SCF) for a new submarine cable. SCF won the contract as part of a competitive "
                           "tendering process.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Government of Montserrat": "signatory",
                                                   "Southern Caribbean Fiber": "contractor"}


def test_a_country_word_before_a_description_of_a_firm_is_no_party():
    """"with Chinese policy bank China Development Bank": "Chinese" says what the bank is (any one or two
    words before "bank", "operator", "firm" …), not that China's government signs — but "loans to
    Ethiopia through vendor financing" still lends to Ethiopia."""
    (c,) = extract_article("Example headline\n\nZTE said on Tuesday it had signed a $20 billion financing agreement with "
                           "Chinese policy bank China Development Bank (CDB).\n").candidates
    assert {p.name for p in c.parties} == {"ZTE", "China Development Bank"}
    (c,) = extract_article("Example headline\n\nHuawei will provide a $100 million loan to Ethiopia through vendor "
                           "financing.\n").candidates
    assert "ETH" in {p.country for p in c.parties}


def test_a_memorandum_executed_is_signed_and_a_project_executed_is_not():
    """"has executed a Memorandum of Understanding with CDB in December 2010": signed; "Huawei executed the
    project" signs nothing."""
    (c,) = extract_article("Example headline\n\nReliance Communications has executed a Memorandum of Understanding with "
                           "China Development Bank in December 2010.\n", published="2011-03-10").candidates
    assert (c.kind, c.status, c.date) == ("mou", "signed", "2010-12")
    assert {p.name for p in c.parties} == {"Reliance Communications", "China Development Bank"}
    assert extract_article("Example headline\n\nHuawei executed the project on time, the operator said.\n"
                           ).candidates == []


def test_a_month_and_year_opening_the_sentence_dates_the_deal():
    """"In August 2017, the government and Alibaba Group signed …": the capital "In" opens the date as
    "in" does inside a sentence (and "Since March 2019", "In June and July 2023")."""
    (c,) = extract_article("Example headline\n\nIn August 2017, the Macau government and Alibaba Group signed a framework "
                           "agreement on smart city development.\n", published="2020-11-27").candidates
    assert (c.kind, c.date) == ("framework_agreement", "2017-08")
    (c,) = extract_article("Example headline\n\nIn June and July 2023, Uzbektelecom signed agreements with Tencent.\n",
                           published="2025-09-01").candidates
    assert c.date == "2023"


def test_one_organisations_plan_with_no_partner_is_no_candidate():
    """A project one organisation plans alone names no partnership ("Nepal Telecom plans to build an
    optical fibre link …"); with a partner named, or once built, it is a candidate (and so is a Chinese firm's
    own plan abroad: see the test of "Huawei will be setting up a data center in Iran")."""
    for text in ("Nepal Telecom plans to build an optical fibre link to China by the middle of 2011, company officials said.",
                 "Djibouti Telecom will deploy a new 4G network across the country next year."):
        assert extract_article(f"Example headline\n\n{text}\n").candidates == [], text
    (c,) = extract_article("Example headline\n\nNepal Telecom and ZTE will build an optical fibre link to China by the "
                           "middle of 2011.\n").candidates
    assert c.status == "announced" and {p.name for p in c.parties} == {"Nepal Telecom", "ZTE"}
    (c,) = extract_article("Example headline\n\nDjibouti Telecom has built a new 4G network across the country.\n").candidates
    assert (c.kind, c.status) == ("project", "completed") and [p.name for p in c.parties] == ["Djibouti Telecom"]


def test_a_loan_told_by_lend_and_the_country_that_hires_a_firm():
    """"will lend $150 million to Ghana" is a loan promised to Ghana though no "loan" is named;
    "Zambia commissioned ZTE to build …" makes Zambia the client — and commissioning a firm puts
    nothing into operation."""
    (c,) = extract_article("Ghana loan\n\nThe Export-Import Bank of China will lend $150 million to Ghana to fund the "
                           "national fibre backbone.\n").candidates
    assert (c.kind, c.status, c.amounts) == ("loan", "announced", [(150000000, "USD")])
    assert {p.name: p.role for p in c.parties}["Export-Import Bank of China"] == "financier"
    assert "Ghana" in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nWith a loan from the Exim Bank of China, Zambia commissioned ZTE to build "
                           "a national data centre.\n").candidates
    assert {"Zambia", "ZTE"} <= {p.name for p in c.parties} and c.status != "operational"


def test_a_company_chosen_to_build_is_hired_with_every_firm_named():
    """"MTN Group has chosen Huawei and Ericsson to build …" hires both for a contract MTN Group gives."""
    (c,) = extract_article("Example headline\n\nMTN Group has chosen Huawei and Ericsson to build its 5G networks in "
                           "South Africa.\n").candidates
    assert c.kind == "contract"
    assert {p.name: p.role for p in c.parties} == {"MTN Group": "signatory", "Huawei": "contractor", "Ericsson": "contractor"}


def test_a_partnership_for_a_purpose_and_equipment_supplied_for_a_sum_are_deals():
    """"have partnered to deploy 5G" is a project of both, "announced a partnership … to launch 5G
    trials" an announced one, "has partnered with two universities to give students …" training
    dated by "since 2017"; "will supply equipment worth $75 million to Ethio Telecom" a contract in
    which ZTE supplies — and a pandemic is nobody's partner."""
    (c,) = extract_article("Example headline\n\nHuawei and Safaricom have partnered to deploy 5G in Kenya.\n").candidates
    assert c.kind == "project" and {p.name for p in c.parties} == {"Huawei", "Safaricom"}
    (c,) = extract_article("Example headline\n\nChina Mobile Pakistan announced a partnership with Huawei to launch 5G "
                           "trials in Islamabad.\n").candidates
    assert (c.kind, c.status) == ("project", "announced") and {"China Mobile Pakistan", "Huawei"} <= {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nSince 2017 Huawei has partnered with the University of Technology to give "
                           "students a course in Shenzhen. This year, due to the COVID-19 pandemic, the course moved "
                           "online.\n", published="2020-10-30").candidates
    assert (c.kind, c.date) == ("training_programme", "2017") and "COVID-19" not in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nChinese firm ZTE will supply equipment worth $75 million to Ethio Telecom "
                           "under a vendor financing arrangement.\n").candidates
    assert (c.kind, c.amounts) == ("contract", [(75000000, "USD")])
    assert {p.name: p.role for p in c.parties} == {"ZTE": "supplier", "Ethio Telecom": "signatory"}
    # talks under way since a year are not dated by it
    (c,) = extract_article("Example headline\n\nLakeland has been negotiating a contract with Huawei since 2008.\n").candidates
    assert c.date is None


def test_a_currency_several_countries_use_is_the_deals_countrys():
    """"Rs 5 billion" in a deal in Nepal is in Nepalese rupees, in Pakistan in Pakistani ones;
    "Sh48 billion" in Uganda in Ugandan shillings; dinars of no country of the deal are no amount."""
    def amounts(report):
        (c,) = extract_article("Example headline\n\n" + report + "\n").candidates
        return c.amounts

    assert amounts("Nepal Telecom has signed an agreement with ZTE Corporation for the expansion of its 4G network "
                   "worth Rs 5 billion.") == [(5000000000, "NPR")]
    assert amounts("Pakistan Telecommunication Company Limited has signed an agreement with ZTE Corporation for the "
                   "expansion of its 4G network worth Rs 5 billion.") == [(5000000000, "PKR")]
    assert amounts("Uganda signed a Sh48 billion contract with Huawei to build the national backbone.") == \
        [(48000000000, "UGX")]
    assert amounts("Iraq signed a contract worth 1.2 trillion dinars with Huawei to build a network.") == \
        [(1200000000000, "IQD")]
    assert amounts("Huawei signed a contract worth 1.2 trillion dinars to build a network.") == []


def test_who_funds_who_hires_and_what_is_still_to_be_bought():
    """A bank in a project finances it; China's government in a grant gives it; a contract won "from
    Ethio Telecom to build" has Ethio Telecom as its client; "will acquire a stake" is announced; a
    country that "has received" a loan is its party."""
    (c,) = extract_article("Example headline\n\nChina's Exim Bank financed the $150m Zambia data centre built by "
                           "Huawei.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Exim Bank": "financier", "Huawei": "contractor"}
    (c,) = extract_article("Example headline\n\nHuawei won a $300 million contract from Ethio Telecom to build a 4G "
                           "network.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Huawei": "contractor", "Ethio Telecom": "signatory"}
    (c,) = extract_article("Example headline\n\nThe Chinese government will provide a grant of $20 million to Cambodia "
                           "for a digital TV project.\n").candidates
    assert {p.name: p.role for p in c.parties}["Chinese government"] == "financier"
    (c,) = extract_article("Example headline\n\nUnder the deal, China Unicom will acquire a 20 percent stake in "
                           "PLDT.\n").candidates
    assert (c.kind, c.status) == ("acquisition", "announced")
    (c,) = extract_article("Example headline\n\nPakistan has received the first tranche of a $1 billion Chinese loan "
                           "for the fibre project.\n").candidates
    assert c.kind == "loan" and "Pakistan" in {p.name for p in c.parties}


def test_a_deal_that_names_no_technology_takes_the_headlines():
    """"Zambia's 5G push gathers pace" over "Huawei signed a contract with the Zambian government": the
    contract is about what the headline says; a deal that names its own technology keeps it."""
    x = extract_article("Zambia's 5G push gathers pace\n\nHuawei signed a contract with the Zambian government on "
                        "Monday. Separately, ZTE signed an agreement with Zamtel to supply a data centre.\n",
                        published="2024-05-10")
    first, second = x.candidates
    assert first.technology == ["5g"] and first.evidence["technology"][0].text == "5G"
    assert second.technology == ["data_centre"]


def test_a_deal_of_an_earlier_year_than_the_report_does_not_take_the_headlines_technology():
    """"ZTE to build fixed-line network in Angola", reported in 2005, then "In early 2004, the Export-Import Bank of
    China granted US$600 million export financing to Huawei": the earlier loan is another matter than the headline's,
    and no technology of its own is stated — it gets none; the headline's deal keeps the headline's."""
    x = extract_article("Lakeland to get fibre network from ZTE\n\nZTE Corporation signed a contract with Lakeland "
                        "Telecom on Monday.\n\nIn early 2004, the Export-Import Bank of China granted $600 million in "
                        "export financing to Huawei Technologies.\n", published="2005-07-28")
    contract, loan = sorted(x.candidates, key=lambda c: c.kind)
    assert (contract.kind, loan.kind, loan.date) == ("contract", "loan", "2004")
    assert contract.technology and contract.evidence["technology"][0].text.startswith("fibre")
    assert loan.technology == [] and "technology" not in loan.evidence


def test_deals_with_unnamed_vendors_named_later_by_what_the_ministry_said():
    """"has signed deals with international equipment makers", then, a paragraph on, "the ministry said
    the agreement with China's ZTE and Finnish venture Nokia Siemens Networks would …": one contract, both
    firms its suppliers (the second does what the first does) — and "said the MoU with …" is no
    earlier acquisition told again."""
    x = extract_article("Example headline\n\nLakeland has signed deals with international telecom equipment makers "
                        "to improve its mobile network, officials said.\n\nThe sector was hit hard last year.\n\n"
                        "Lakeland's ministry said the agreement with China's ZTE Corporation and Finnish-German venture "
                        "Nokia Siemens Networks would raise capacity.\n")
    (c,) = x.candidates
    assert c.kind == "contract"
    roles = {p.name: p.role for p in c.parties}
    assert roles["ZTE Corporation"] == "supplier" and roles["Nokia Siemens Networks"] == "supplier"
    x = extract_article("Example headline\n\nZTE Corporation acquired a stake in Acme Telecom last year.\n\nThe market "
                        "grew fast.\n\nThe ministry said the MoU with Huawei covers only services to individuals.\n")
    assert [c.kind for c in x.candidates] == ["acquisition"]
    assert "Huawei" not in {p.name for p in x.candidates[0].parties}


def test_wire_copy_under_a_header_of_short_lines_is_read_whole():
    """A cable's header of short lines ("TAGS: EINV ECON", "FM AMEMBASSY") above text wrapped at a fixed
    width: the wrapped sentences are still joined, and "Chinese-produced" is no party."""
    header = "\n".join(["Cable", "Identifier", "07XYZ1022", "CONFIDENTIAL", "Embassy", "TAGS: EINV ECON PREL",
                        "FM AMEMBASSY", "TO SECSTATE WASHDC", "SIPDIS", "SIPDIS", "DEPT FOR SCA/CEN",
                        "E.O. 12958: DECL", "SUBJECT: CHEAP LOANS"])
    body = ("1. (U) In April, the Chinese Eximbank extended by one year\nthe validity of a $300 million "
            "export-financing credit line\nto the National Bank of Uzbekistan. This credit line was\ninitially "
            "provided in 2004 to finance the purchase of\nChinese-produced equipment for use in key sectors of the\n"
            "economy, including power generation and water works.\n")
    (c,) = extract_article(header + "\n\n" + body, published="2007-05-29").candidates
    assert (c.kind, c.amounts) == ("loan", [(300000000, "USD")])
    assert {p.name for p in c.parties} == {"Chinese Eximbank", "National Bank of Uzbekistan"}


def test_each_bidder_is_a_proposal_and_a_firm_that_said_it_selected_vendors_is_their_client():
    """"Vendors ZTE, Huawei, Nokia Siemens Networks and Alcatel-Lucent have submitted bids to supply …
    BSNL": a bid of each, the bidder its would-be contractor; "Bharti Airtel also said recently that it
    selected Ericsson India, Nokia Siemens and Huawei to help launch 3G services": a contract Bharti
    Airtel gives the three — another deal than the one told before it ("Nokia Siemens": the Nokia Siemens Networks
    named before)."""
    x = extract_article("Example headline\n\nVendors ZTE, Huawei, Nokia Siemens Networks and Alcatel-Lucent have "
                        "submitted bids to supply equipment to state-owned operator Bharat Sanchar Nigam (BSNL).\n\n"
                        "Similarly, mobile operator Tata Teleservices awarded Huawei a contract to roll out 3G. Bharti "
                        "Airtel also said recently that it selected Ericsson India, Nokia Siemens and Huawei to help "
                        "launch 3G services.\n")
    bids = [c for c in x.candidates if c.kind == "proposal"]
    assert [next(p.name for p in c.parties if p.role == "contractor") for c in bids] == \
        ["ZTE", "Huawei", "Nokia Siemens Networks", "Alcatel-Lucent"]
    assert all("BSNL" in {p.name for p in c.parties} or "Bharat Sanchar Nigam" in {p.name for p in c.parties} for c in bids)
    tata, bharti = [c for c in x.candidates if c.kind == "contract"]
    assert {p.name for p in tata.parties} == {"Tata Teleservices", "Huawei"}
    assert bharti.status == "signed" and {p.name: p.role for p in bharti.parties} == {
        "Bharti Airtel": "signatory", "Ericsson India": "contractor", "Nokia Siemens Networks": "contractor", "Huawei": "contractor"}


def test_a_legal_forms_full_stop_ends_a_name_and_formerly_is_no_word_of_it():
    """"Formerly Huawei Marine Networks, HMN Technologies is majority owned by Hengtong Optic-Electric Co
    Ltd. HMN Technologies, submitted a bid …": two names, not one run of capitals."""
    x = extract_article("Example headline\n\nFormerly Huawei Marine Networks, Lakeland Cable Technologies is owned by "
                        "Hengtong Optic-Electric Co Ltd. Lakeland Cable Technologies, submitted a bid for the $72.6 "
                        "million project.\n")
    names = {p.name for c in x.candidates for p in c.parties}
    assert "Hengtong Optic-Electric Co Ltd" in names or "Hengtong Optic-Electric Co Ltd." in names
    assert not any(n.startswith("Formerly") or "Ltd. " in n for n in names)


def test_the_kenyan_operator_is_the_kenyan_company_named_before_and_the_money_from_a_bank_finances():
    """"The Kenyan operator acquired …" is the Kenyan company the sentence before named (not the
    Chinese one); "with the help of $50 million from the Export-Import Bank of China": the bank finances."""
    x = extract_article("Example headline\n\nHuawei and Safaricom reported strong results this year.\n\nThe Kenyan "
                        "operator acquired Acme Broadband with the help of $50 million from the Export-Import Bank of "
                        "China.\n")
    (c,) = [c for c in x.candidates if c.kind == "acquisition"]
    roles = {p.name: p.role for p in c.parties}
    assert roles.get("Safaricom") == "owner" and "Huawei" not in roles
    assert roles.get("Acme Broadband") == "partner" and roles.get("Export-Import Bank of China") == "financier"


def test_the_signing_told_in_the_next_paragraph_dates_the_deal():
    """"The signing took place on Thursday, June 23, 2016, …": the date of the deal told before."""
    x = extract_article("Example headline\n\nStarTimes has signed agreements with broadcasters in Ethiopia and "
                        "Ghana.\n\nThe signing took place on Thursday, June 23, 2016, during a seminar.\n",
                        published="2016-06-26")
    assert [c.date for c in x.candidates] == ["2016-06-23", "2016-06-23"]  # (one agreement in each country)
    assert x.candidates[0].evidence["date"][0].text.startswith("June 23")


def test_a_framework_loan_agreement_between_the_two_governments_and_a_bank_named_before_what_it_funds():
    """"A framework loan agreement between the two governments was signed in June": a framework
    agreement of China and the country the article is about; "signed the loan agreement with the Exim
    Bank of China for the Paksat-1R satellite's ground control project": the bank (not "Exim Bank of
    China for the Paksat-1R" as one name)."""
    x = extract_article("Pakistan and China sign satellite deals\n\nPakistan's Ambassador to China Masood Khan signed "
                        "the loan agreement with the Exim Bank of China for the Paksat-1R satellite's ground control "
                        "project in Beijing on Friday.\n\nSeparately, a framework loan agreement between the two "
                        "governments was signed in June.\n", published="2010-10-30")
    loan, framework = x.candidates
    assert loan.kind == "loan" and "Exim Bank of China" in {p.name for p in loan.parties}
    assert (framework.kind, framework.date) == ("framework_agreement", "2010-06")
    assert {p.country for p in framework.parties} == {"CHN", "PAK"}


def test_a_contract_signed_on_another_date_is_another_contract():
    """"A contract for the satellite was signed … in October 2008." then "The contract for the ground
    station was signed in October last year": two contracts, the second dated by the year before
    publication (and given no party the first one's sentence names)."""
    x = extract_article("Example headline\n\nA contract for the satellite was signed between SUPARCO and China Great "
                        "Wall Industry Corporation in October 2008. The contract for the ground station was signed in "
                        "October last year with China Great Wall Industry Corporation.\n", published="2010-10-30")
    assert [(c.kind, c.date) for c in x.candidates] == [("contract", "2008-10"), ("contract", "2009-10")]


def test_a_country_that_loaned_another_money_is_its_lender_and_taking_over_funding_buys_nothing():
    """"In 2012 China loaned Ecuador $240M": China lends, Ecuador borrows, the loan was made; "the decision
    to take over the funding of the US$78 million project" buys no company."""
    (c,) = extract_article("Example headline\n\nIn 2012 China loaned Ecuador $240M for a similar project.\n").candidates
    assert (c.kind, c.status, c.date) == ("loan", "signed", "2012")
    assert {p.name: p.role for p in c.parties}["China"] == "financier" and "Ecuador" in {p.name for p in c.parties}
    x = extract_article("Example headline\n\nThe Australian government's decision to take over the funding of the "
                        "US$78 million project came after warnings about Huawei.\n")
    assert all(c.kind != "acquisition" for c in x.candidates)


def test_a_countrys_first_satellite_is_its_own_and_the_firm_that_built_it_is_the_same_projects():
    """"Alcomsat-1, Algeria's first telecommunications satellite, was launched on Sunday" and "CGWIC built
    the satellite": one project, Algeria its owner and CGWIC its contractor."""
    x = extract_article("Chinese rocket launches Algerian satellite\n\nAlcomsat-1, Algeria's first telecommunications "
                        "satellite, was successfully launched on board a Chinese rocket on Sunday.\n\nThe China Great "
                        "Wall Industry Corporation built the satellite.\n", published="2017-12-11")
    (c,) = [c for c in x.candidates if c.kind == "project"]
    roles = {p.name: p.role for p in c.parties}
    assert roles.get("Algeria") == "owner" and roles.get("China Great Wall Industry Corporation") == "contractor"


def test_a_supplier_in_place_is_an_operational_contract_and_a_while_clause_tells_another():
    """"Huawei supplies the PCCW-HKT core and radio networks, while ZTE Corp. is the sole supplier for
    CSL": two supply contracts in force, one in each clause; "Ericsson is the main vendor to Safaricom"
    makes Ericsson a supplier though it is no Chinese firm — and "while APMT has a 35 percent
    shareholding" tells no deal of its own."""
    x = extract_article("Example headline\n\nHuawei Technologies Co. Ltd. supplies the PCCW-HKT core and radio "
                        "networks, while ZTE Corp. is the sole supplier for CSL.\n")
    assert [(c.kind, c.status) for c in x.candidates] == [("contract", "operational")] * 2
    assert [{p.name: p.role for p in c.parties} for c in x.candidates] == [
        {"Huawei Technologies Co. Ltd": "supplier", "PCCW-HKT": "signatory"}, {"ZTE Corp.": "supplier", "CSL": "signatory"}]
    (c,) = extract_article("Example headline\n\nEricsson is the main vendor to Safaricom.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Ericsson": "supplier", "Safaricom": "signatory"}
    (c,) = extract_article("Example headline\n\nThe Lao government signed an agreement with APMT to form a joint venture: "
                           "the government will hold a 45 percent stake, while APMT has a 35 percent shareholding.\n"
                           ).candidates
    assert {"Lao government", "APMT"} <= {p.name for p in c.parties}


def test_an_aggregate_counted_in_one_country_is_a_record_and_what_it_covers_says_nothing_of_its_kind():
    """"Witnessed by Xi and Bangladeshi Prime Minister Sheikh Hasina, 56 agreements and memorandums of
    understanding were signed to enhance cooperation on telecommunication, finance and trade": an
    aggregate of 56 (no loan: finance is what they cover), though no party is named."""
    (c,) = extract_article("Example headline\n\nWitnessed by Xi and Bangladeshi Prime Minister Sheikh Hasina, 56 "
                           "agreements and memorandums of understanding were signed to enhance cooperation on "
                           "telecommunication, finance and trade.\n").candidates
    assert (c.kind, c.aggregate, c.members.get("count"), c.countries) == ("other", True, 56, ["BGD"])


def test_what_is_bought_and_who_built_it():
    """"China Mobile acquired a 15.5% holding in HKBN from TPG": HKBN is bought, TPG sells; "the purchase
    of small cellco Acme Mobile" names it; "Badr-1, Pakistan's first low orbit satellite, was launched by
    China in 1990": Pakistan's project, China its builder; "a low-interest loan from the Japanese
    government" to fund "Myanmar's first telecom project" benefits Myanmar."""
    (c,) = extract_article("Example headline\n\nChina Mobile acquired a 15.5% holding in HKBN from TPG for roughly "
                           "HK$1.20 billion.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"China Mobile": "owner", "HKBN": "partner", "TPG": "signatory"}
    (c,) = extract_article("Example headline\n\nPCCW acquired its way back into the mobile business with the purchase "
                           "of small cellco Acme Mobile in 2006.\n").candidates
    assert "Acme Mobile" in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nPakistan's first low orbit satellite, Badr-1, was launched by China in "
                           "1990.\n").candidates
    assert (c.kind, c.date) == ("project", "1990")
    assert {p.name: p.role for p in c.parties} == {"Pakistan": "owner", "China": "contractor"}
    (c,) = extract_article("Example headline\n\nIt will be Myanmar's first telecom project to be funded by a "
                           "low-interest loan from the Japanese government.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Japanese government": "financier", "Myanmar": "beneficiary"}
    x = extract_article("Example headline\n\nAlibaba also launched a promotion that seeks to attract Chinese consumers "
                        "to buy all things from local brands.\n")
    assert all(c.kind != "acquisition" for c in x.candidates)


def test_a_sentence_about_the_loan_that_tells_an_mou_of_its_own_and_protocols_are_agreements():
    """"… moved the Ugandan government to block a US$74 million loan …" then "The loan process has been
    halted even though the Ugandan and Chinese governments had already signed a Memorandum of
    Understanding": the loan is blocked, the MoU a signed deal of its own; "two cooperation protocols
    between A and B" are agreements."""
    x = extract_article("Example headline\n\nOverpricing has moved the Ugandan government to block a US$74 million loan "
                        "from the Import and Export Bank of China.\n\nThe loan process has been halted even though the "
                        "Ugandan and Chinese governments had already signed a Memorandum of Understanding.\n")
    loan, mou = x.candidates
    assert (loan.kind, loan.status) == ("loan", "cancelled") and (mou.kind, mou.status) == ("mou", "signed")
    assert {p.country for p in mou.parties} == {"UGA", "CHN"}
    (c,) = extract_article("Example headline\n\nMarch saw the signing of two cooperation protocols between Egypt's "
                           "National Telecommunication Institute (NTI) and Huawei Egypt.\n").candidates
    assert c.members.get("count") == 2 and "National Telecommunication Institute" in {p.name for p in c.parties}


def test_networks_built_in_two_countries_are_two_projects_but_not_what_a_party_does_elsewhere():
    """"The company has built unified GSM/UMTS/LTE networks for Telenor in India and Montenegro": one
    project in each; "HyalRoute, which builds and operates fiber networks in Myanmar and Cambodia, said
    PFOCN had signed a memorandum …": one MoU, wherever HyalRoute works."""
    x = extract_article("Example headline\n\nZTE has built unified GSM/UMTS/LTE networks for Telenor in India and "
                        "Montenegro.\n")
    assert [c.kind for c in x.candidates] == ["project", "project"]
    assert [sorted(set(c.countries) - {"CHN", "NOR"}) for c in x.candidates] == [["IND"], ["MNE"]]  # (Telenor's own: NOR)
    x = extract_article("Example headline\n\nHyalRoute, which builds and operates fiber networks in Myanmar and "
                        "Cambodia, said PFOCN had signed a memorandum of agreement with the Department of Information "
                        "and Communications Technology.\n")
    assert [c.kind for c in x.candidates] == ["mou"]


def test_a_headline_country_to_lend_is_the_lender_of_a_loan_still_to_come():
    """"China to lend 211 million dollars for Teletalk expansion": China lends, the loan is announced."""
    (c,) = extract_article("China to lend 211 million dollars for Teletalk expansion\n\nThe money will pay for 3G "
                           "equipment.\n").candidates
    assert (c.kind, c.status) == ("loan", "announced")
    assert {p.name: p.role for p in c.parties}.get("China") == "financier"


def test_a_party_described_as_a_venture_others_formed_and_a_capacity_deal():
    """"China Telecom Global signed the deal with Zain Omantel International (ZOI), a joint venture formed
    in May by Kuwait's Zain Group and Oman's Omantel." tells two deals: the deal with ZOI — a contract,
    as "a subsea capacity and connectivity agreement" — and the venture Zain Group and Omantel formed in
    May (neither is a party of the first)."""
    x = extract_article("Example headline\n\nState-owned China Telecom Global (CTG) signed the deal with Zain Omantel "
                        "International (ZOI), a joint venture formed in May by Kuwait's Zain Group and Oman's Omantel.\n"
                        "The deal with CTG is a strategic subsea capacity and connectivity agreement.\n",
                        published="2023-07-10")
    deal, venture = x.candidates
    assert deal.kind == "contract" and "Zain Group" not in {p.name for p in deal.parties}
    assert (venture.kind, venture.date) == ("joint_venture", "2023-05")
    assert {p.name: p.role for p in venture.parties} == {"Zain Group": "partner", "Omantel": "partner"}


def test_the_first_of_the_deals_counted_is_its_own_contract_when_it_is_for_transit():
    """"Telecom Egypt signed three technology agreements with …" then "The first agreement … with PEACE
    and PCCW Global was for transit" and "The second agreement … is also for transit": two contracts of
    their own, not the count told again."""
    x = extract_article("Example headline\n\nOn April 27, 2019, Telecom Egypt signed three technology agreements with "
                        "PEACE Cable International Network Co. Ltd, PCCW Global and Huawei. The first agreement signed "
                        "with PEACE Cable International Network Co. Ltd and PCCW Global was for transit. The second "
                        "agreement between Telecom Egypt and Hengtong Optic Electric is also for transit.\n")
    kinds = [c.kind for c in x.candidates]
    assert kinds.count("contract") >= 2
    first = next(c for c in x.candidates if "PCCW Global" in {p.name for p in c.parties} and c.kind == "contract")
    assert first.date == "2019-04-27"


def test_a_plan_announced_a_consortium_awarded_a_contract_and_a_deal_secured_to_build():
    """"CRBC announced the plan during a meeting with the Prime Minister" is a proposal (not talks); "A
    consortium including Huawei was awarded a $23 million contract" a contract (not a joint venture);
    "ZTE has secured a deal worth $28 million with Jujuy … will help build fiber optic cable systems,
    the deputy minister of finance told …" a contract (not a loan)."""
    (c,) = extract_article("Example headline\n\nXu Siwei of China Road and Bridge Corporation announced the plan during "
                           "a meeting with the Cambodian Prime Minister in January.\n").candidates
    assert c.kind == "proposal"
    (c,) = extract_article("Example headline\n\nA consortium including Huawei was awarded a $23 million contract for 5G "
                           "equipment in April.\n", published="2025-11-27").candidates
    assert (c.kind, c.date) == ("contract", "2025-04")
    (c,) = extract_article("Example headline\n\nZTE has secured a deal worth $28 million with Jujuy, an Argentine "
                           "province, where the company will help build fiber optic cable systems, the deputy minister of "
                           "finance told reporters.\n").candidates
    assert c.kind == "contract"


def test_a_company_named_in_quotes_after_its_legal_form_and_a_head_word_alone_names_no_one():
    """'- the Joint Venture Declaration between LLC “UZINFOCOM” and H3C Technologies Co. LTD.': both are
    parties; "The Ministry" alone is no party's name."""
    (c,) = extract_article("Example headline\n\nThe following documents were signed:\n\n- the Joint Venture Declaration "
                           "between LLC “UZINFOCOM” and H3C Technologies Co. LTD.\n").candidates
    assert {p.name for p in c.parties} == {"UZINFOCOM", "H3C Technologies Co. LTD"}  # (its legal form as printed)
    x = extract_article("Example headline\n\nThe Ministry of Communications and Information Technology signed an MoU "
                        "with Huawei. The Ministry said the MoU covers cloud services.\n")
    assert "Ministry" not in {p.name for c in x.candidates for p in c.parties}


def test_cooperation_announced_for_a_purpose_is_a_deal():
    """"the Chinese DJI Academy, in cooperation with the kingdom's STC company, will launch the first
    accredited training center for drones": a training programme of both; "Google, Amazon and IBM also
    announced their cooperation with Saudi Arabia to establish centers for upskilling": training too."""
    (c,) = extract_article("Example headline\n\nBesides, DJI Academy, in cooperation with the kingdom's STC company, will "
                           "launch the first accredited training center for drones.\n").candidates
    assert c.kind == "training_programme" and {"DJI Academy", "STC"} <= {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nSeveral companies, including Google, Amazon and IBM, also announced their "
                           "cooperation with Saudi Arabia to establish centers for upskilling the digital capabilities of "
                           "young people.\n").candidates
    assert c.kind == "training_programme" and {"Google", "Amazon", "IBM"} <= {p.name for p in c.parties}


@pytest.mark.parametrize("text", [
    "On 3 May 2021 Acme Telecom and Huawei signed an MoU on 5G.",
    "On 3 May, Acme Telecom and Huawei signed an MoU on 5G.",
    "On Monday Acme Telecom signed a contract with Huawei.",
    "On Friday, March 4, Acme Telecom signed a contract with Huawei.",
    "In May 2021 Acme Telecom signed a contract with Huawei.",
    "Last year Acme Telecom and ZTE signed a deal worth $5 million.",
    "In 2019 Acme Telecom signed a contract with Huawei.",
    "Yesterday Acme Telecom signed a contract with Huawei.",
    "This week Acme Telecom signed a contract with Huawei to build a data centre.",
    "Earlier this month Acme Telecom signed a contract with Huawei.",
    "Two years ago Acme Telecom signed a contract with Huawei.",
])
def test_the_time_told_before_a_name_is_not_the_names(text):
    """A firm the graph does not know, named after when the deal was signed: the time is no party and no
    part of the party's name."""
    (c,) = extract_article(text).candidates
    assert sorted(p.name for p in c.parties) == sorted(["Acme Telecom", "ZTE" if "ZTE" in text else "Huawei"])


def test_a_month_alone_is_part_of_a_name_that_starts_with_it():
    (c,) = extract_article("May Telecom Holdings signed a contract with Huawei.").candidates
    assert "May Telecom Holdings" in {p.name for p in c.parties}


def test_a_party_named_long_before_in_a_long_document_is_still_found():
    """"the ministry" and "the Kenyan operator" point back at bodies named many paragraphs before (the
    extractor reads backwards in growing stretches: what is named farther back is found all the same)."""
    filler = "\n\n".join(["The weather in the region was fine that week, and the markets were calm."] * 120)
    text = ("Kenya's Ministry of Information, Communications and the Digital Economy opened bids in March.\n\n"
            "Acme Mobile Kenya Ltd said it would expand its network.\n\n" + filler + "\n\n"
            "The contract was signed by the ministry and Huawei on 3 May 2021 to build a data centre in Nairobi.\n\n"
            + filler + "\n\nOn 9 June 2021 the Kenyan operator signed an agreement with ZTE to build 5G towers.\n")
    assert len(text) > 15_000
    x = extract_article(text)
    contract = next(c for c in x.candidates if c.date == "2021-05-03")
    assert any(p.name.startswith("Ministry of Information, Communications") for p in contract.parties)
    towers = next(c for c in x.candidates if c.date == "2021-06-09")
    assert {p.name for p in towers.parties} >= {"Acme Mobile Kenya Ltd", "ZTE"}


@pytest.mark.parametrize("text", [
    "Zamtel signed a contract for USD 120 million with Huawei.",
    "Zamtel signed a contract with Huawei on 3 May 2021 for USD 120 million.",
    "Zamtel signed a contract with Huawei last week for ZMW 900 million.",
])
def test_a_sum_in_a_currency_code_is_no_party(text):
    (c,) = extract_article(text).candidates
    assert sorted(p.name for p in c.parties) == ["Huawei", "Zamtel"]
    assert c.amounts and c.amounts[0][1] in ("USD", "ZMW")


@pytest.mark.parametrize("text, parties", [
    ("The Kenyan start-up Orion Data Centres signed a deal with Alibaba Cloud.", {"Orion Data Centres", "Alibaba Cloud"}),
    ("Chinese tech giant Tencent and Orion Data Centres signed a deal on cloud services.", {"Orion Data Centres", "Tencent"}),
    ("Huawei signed a deal with Orion Data Centres, CEO Jane Doe said.", {"Orion Data Centres", "Huawei"}),
    ("Orion Data Centres signed a deal with Huawei, said Jane Doe, CEO of Orion.", {"Orion Data Centres", "Huawei"}),
])
def test_a_firm_the_graph_does_not_know_is_read_beside_its_description_and_its_officers(text, parties):
    """A description before the name ("The Kenyan start-up"), and an officer named after it ("…, CEO Jane
    Doe said"): the firm is a party all the same, and the officer is none."""
    (c,) = extract_article(text).candidates
    assert {p.name for p in c.parties} == parties


@pytest.mark.parametrize("text, parties", [
    ("Huawei signed an MoU with Orion Telecom and Zircon Fibre.", {"Huawei", "Orion Telecom", "Zircon Fibre"}),
    ("Huawei signed an MoU with Orion Group and Zircon Africa.", {"Huawei", "Orion Group", "Zircon Africa"}),
    ("Huawei signed an MoU with 9mobile to expand its network.", {"Huawei", "9mobile"}),
    ("Vodafone and 2degrees signed a deal with Huawei.", {"Vodafone", "2degrees", "Huawei"}),
    ("Huawei signed a deal with Orion Telecom for 10Gbps links and 5G.", {"Huawei", "Orion Telecom"}),
])
def test_names_in_a_row_and_names_that_start_with_a_digit(text, parties):
    """Two firms joined by "and" after "with", the first ending with its head word, are two parties; a name
    may start with a digit ("9mobile", "2degrees") — but a speed or a generation ("10Gbps", "5G") is none."""
    (c,) = extract_article(text).candidates
    assert {p.name for p in c.parties} == parties


@pytest.mark.parametrize("text, parties", [
    ("Huawei signed an MoU with Zentrix and Orion Fibre Networks.", {"Huawei", "Zentrix", "Orion Fibre Networks"}),
    ("ZTE signed a contract with KTX and Orion and Data Corp to lay the cable.", {"ZTE", "KTX", "Orion and Data Corp"}),
    ("Zentrix and Orion Fibre Networks signed a deal with Huawei.", {"Huawei", "Zentrix", "Orion Fibre Networks"}),
    # one name: a trade's or a common noun's word before "and", a place's people's
    ("Huawei signed an MoU with Cable and Wireless Communications.", {"Huawei", "Cable and Wireless Communications"}),
    ("Huawei signed an MoU with the Robotics and IoT Institute.", {"Huawei", "Robotics and IoT Institute"}),
    ("Huawei signed an MoU with Eastern and Southern African Trade and Development Bank.",
     {"Huawei", "Eastern and Southern African Trade and Development Bank"}),
])
def test_a_word_of_a_name_own_before_and_and_a_firms_full_name_are_two_parties(text, parties):
    """"with Zentrix and Orion Fibre Networks": a single word that can be a name by itself, then a name ending with its
    head word or legal form, are two firms; a trade's word ("Cable and Wireless …"), a common noun ("Robotics and …")
    or a region ("Eastern and Southern African …") before "and" begins one name."""
    (c,) = extract_article(text).candidates
    assert {p.name for p in c.parties} == parties


@pytest.mark.parametrize("text, kind, status", [
    ("Orion Telecom cancelled its contract with ZTE.", "contract", "cancelled"),
    ("Orion Telecom has scrapped its 5G contract with Huawei.", "contract", "cancelled"),
    ("Orion Telecom placed an order with ZTE for 500 base stations.", "contract", None),
    ("Orion Telecom has chosen Huawei as the vendor for its 5G core.", "contract", "signed"),
    ("The ministry selected ZTE as its technology partner for the safe city project.", "contract", "signed"),
    ("Huawei will supply 5G equipment to Orion Telecom under a $30 million contract.", "contract", None),
])
def test_deals_told_as_ended_ordered_or_by_the_firm_chosen(text, kind, status):
    """A deal first told as cancelled, an order placed, a firm chosen "as the vendor": each a candidate."""
    (c,) = extract_article(text).candidates
    assert (c.kind, c.status) == (kind, status)
    assert len(c.parties) >= 1 and c.evidence["kind"]


_DEAL_P = "<p>Huawei signed an MoU with Orion Telecom on Monday.</p>"


@pytest.mark.parametrize("head, body, date", [
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-11-02T08:00:00Z"}</script>',
     _DEAL_P, "2023-11-02"),
    ("", '<time itemprop="datePublished" datetime="2023-11-02">2 Nov</time>' + _DEAL_P, "2023-11-02"),
    ("", f'<article><time datetime="2023-11-02T10:00">2 Nov</time>{_DEAL_P}</article>', "2023-11-02"),
    ('<meta name="pubdate" content="2023-02-30">', _DEAL_P, None),  # (no day of the calendar: no date)
])
def test_the_publication_date_a_page_states_in_each_usual_way(head, body, date):
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    assert published_in_page(page) == date
    (c,) = extract_article(page).candidates  # "on Monday" read against it, or left undated without it
    assert c.date == ("2023-10-30" if date else None)


@pytest.mark.parametrize("second, dated", [
    ("A memorandum of agreement was also signed between Orion Fibre and Zircon Networks.", True),
    ("The minister welcomed the signing of a strategic agreement between Orion Fibre and Huawei during his meeting "
     "with Huawei's chairman.", True),
    ("Witnessed by the two ministers, Orion Fibre and Zircon Networks signed an agreement on a data centre.", True),
    ("Orion Fibre signed an agreement with Zircon Networks on a data centre.", False),  # (no sign of the same day)
    ("Orion Fibre had also signed an agreement with Zircon Networks in 2019.", False),  # (a date of its own)
])
def test_a_deal_told_as_one_more_of_the_same_occasion_takes_its_date(second, dated):
    """A deal the text does not date, told as one more of the occasion a deal before it is dated by ("was also
    signed", "during his meeting", "witnessed by"), takes that date, with the words that say so as evidence."""
    x = extract_article("Example headline\n\nOrion Telecom and Huawei signed five MoUs during a forum held yesterday "
                        f"in Nairobi.\n\n{second}\n", published="2024-06-15")
    first, other = x.candidates
    assert first.date == "2024-06-14"
    if dated:
        assert other.date == "2024-06-14"
        assert "yesterday" in [s.text for s in other.evidence["date"]]
    else:
        assert other.date != "2024-06-14"


@pytest.mark.parametrize("words", ["this afternoon", "this evening", "tonight", "this morning", "today"])
def test_a_signing_told_as_later_the_same_day_is_dated_by_the_publication_date(words):
    (c,) = extract_article(f"Orion Telecom signed a memorandum of understanding with Huawei {words}.",
                           published="2016-04-16").candidates
    assert c.date == "2016-04-16" and c.evidence["date"][0].text == words


@pytest.mark.parametrize("name", [
    "Zircon (Shenzhen) Technology Co., Ltd",  # a place in brackets inside a firm's name
    "Orion Technologies (Kenya) Ltd",
    "Zircon Cloud (Hong Kong) Limited",
    "Zircon Technology Development Co., Ltd",  # "Co." as the head word, then its legal form
    "Zircon Networks Co. LTD",  # (a legal form in capitals is no new sentence)
    "Orion Electronics & Information (Group) Co Ltd",
])
def test_a_firms_full_legal_name_is_read_whole(name):
    (c,) = extract_article(f"Atlas Telecom signed a contract with {name} to build a fibre network.").candidates
    assert name in [p.name for p in c.parties]


def test_a_country_named_by_its_short_form_is_a_country_not_a_firm():
    """"U.S.", "UK", "PNG" are countries: never a company's name, a party when they act, and not the deal's
    country when the sentence only mentions them."""
    (c,) = extract_article("Orion Telecom signed a contract with Huawei for 5G equipment, with U.S. chipmaker "
                           "Qualcomm providing the chips.").candidates
    assert not {"U.S", "U.S."} & {p.name for p in c.parties} and "USA" not in c.countries
    (c,) = extract_article("With a loan from Exim Bank of China, PNG commissioned Huawei to build a national data "
                           "centre.").candidates
    png = next(p for p in c.parties if p.name == "PNG")
    assert png.kind == "government" and png.country == "PNG"
    (c,) = extract_article("Orion Telecom signed a contract with Huawei amid friction between the US and "
                           "China.").candidates
    assert "USA" not in c.countries and "Orion Telecom" in {p.name for p in c.parties}


@pytest.mark.parametrize("person", [
    "Daniel Ding, Huawei's VP-public affairs and communications",
    "Jane Okoro, Zircon's chief technology officer",
    "Peter Mwangi, Kenya's ambassador to China",
    "Amina Yusuf, Orion Telecom's country manager",
])
def test_a_person_named_before_an_office_is_no_party(person):
    x = extract_article(f"Atlas Networks signed a cooperation agreement with Huawei, witnessed by {person}.")
    names = {p.name for c in x.candidates for p in c.parties}
    assert "Atlas Networks" in names and person.split(",")[0] not in names


@pytest.mark.parametrize("text, ministries", [
    ("Senegal's Ministry in charge of Telecommunications signed a contract with ZTE to build a fibre network.",
     {"Ministry in charge of Telecommunications"}),
    ("Huawei signed an MoU with Zircon Digital and the Ministry of Digital Transition on cloud services.",
     {"Zircon Digital", "Ministry of Digital Transition"}),
])
def test_a_ministry_in_charge_of_a_field_and_a_ministry_after_and_the(text, ministries):
    """"Ministry in charge of …" is a ministry's name, as "Ministry of …" is; "A and the Ministry of B" are two."""
    (c,) = extract_article(text).candidates
    assert ministries <= {p.name for p in c.parties}


def test_a_carrier_that_signed_up_vendors_to_build_hires_them_and_the_network_told_again_is_that_contract():
    x = extract_article("Example headline\n\nAtlas Mobile has signed up rivals ZTE and Huawei to help it build its next "
                        "generation 4G wireless network.\n\nThe 4G network that Atlas Mobile builds with the help of ZTE "
                        "and Huawei will be based on the AXGP format.\n")
    (c,) = x.candidates
    assert c.kind == "contract" and {"Atlas Mobile", "ZTE", "Huawei"} <= {p.name for p in c.parties}
    assert {p.role for p in c.parties if p.name in ("ZTE", "Huawei")} <= {"supplier", "contractor"}


def test_the_agreement_told_after_a_project_in_between_is_the_agreement():
    """"X signed an agreement with Y to build a landing station. It was also unveiled that a cable will land
    there. The agreement was signed on May 4 in Yangon.": one deal, dated and placed, not a second record —
    while "The Hungary deal …" (a word saying which) is left to the rules for a named deal."""
    text = ("Example headline\n\nChina Unicom said it has signed an agreement with MPT to construct a cable landing "
            "station. It was also unveiled that the SEA-ME-WE 5 submarine cable will land at the new landing station. "
            "The agreement was signed on May 4 in Yangon by the chairmen of both firms.\n")
    cands = extract_article(text, published="2026-05-06").candidates
    assert len(cands) == 1
    (c,) = cands
    assert (c.kind, c.status, c.date) == ("contract", "signed", "2026-05-04")
    assert {p.name for p in c.parties} == {"China Unicom", "MPT"}


def test_initials_the_article_spells_out_are_not_another_organisations():
    """"the Basra Operations Centre (BOC)" is the article's BOC, not the Bank of China, whose initials the records
    know; initials spelled out as the known firm's name stay that firm."""
    text = ("Example headline\n\nHuawei signed a contract with the Interior Ministry to install surveillance cameras "
            "in the city, at a ceremony at the Basra Operations Centre (BOC). The BOC will run the cameras.\n")
    (c,) = extract_article(text).candidates
    assert "bank-of-china" not in {p.id for p in c.parties}
    text = ("Example headline\n\nThe Bank of China (BOC) signed a loan agreement with Ethio Telecom for the "
            "expansion of its network. BOC will lend $200 million.\n")
    (c,) = extract_article(text).candidates
    assert "bank-of-china" in {p.id for p in c.parties}


def test_a_lending_agreement_is_a_loan_and_a_chinese_firm_a_chinese_bank_lends_to_borrows():
    """"signed a lending agreement with …" is a loan; when a Chinese bank lends to a Chinese firm and no other
    country is told, the firm is the borrower — the contractor of a loan only when another country borrows."""
    text = ("Example headline\n\nThe Export-Import Bank of China on Friday signed a lending agreement with ZTE to "
            "support the company's overseas sales.\n")
    (c,) = extract_article(text, published="2026-04-10").candidates
    assert (c.kind, c.status) == ("loan", "signed")
    assert {(p.name, p.role) for p in c.parties} == {("Export-Import Bank of China", "financier"), ("ZTE", "beneficiary")}
    text = ("Example headline\n\nThe Export-Import Bank of China signed a loan agreement with Ethiopia for a "
            "network that ZTE will build.\n")
    (c,) = extract_article(text, published="2026-04-10").candidates
    assert ("ZTE", "contractor") in {(p.name, p.role) for p in c.parties}


@pytest.mark.parametrize("told", [
    "The Lakeland Development Bank has offered $56.4 million (€41.4 million) in loans to ZTE to help it sell its "
    "equipment.",
    "The China Development Bank granted a $10.5 billion credit line to Huawei Technologies for its overseas sales.",
    "The China Development Bank has lent USD 2.25 billion to ZTE for its sales abroad.",
])
def test_a_chinese_firm_a_bank_lends_to_borrows_however_the_sum_is_written(told):
    """Money a bank offers, grants or lends to a Chinese firm, no other country told, is the firm's loan: it
    borrows — and a sum's decimal point between the lending and the firm is no end of the sentence."""
    (c,) = extract_article(f"Example headline\n\n{told}\n", published="2026-04-10").candidates
    firm = next(p for p in c.parties if p.kind != "bank")
    assert (c.kind, firm.role) == ("loan", "beneficiary"), (c.kind, [(p.name, p.role) for p in c.parties])


@pytest.mark.parametrize("report, kind", [
    ("Example headline\n\nLakeland has secured $2.23 billion in loans from the Export-Import Bank of China to build a "
     "data centre in a tech city currently under construction.\n", "loan"),
    ("Huawei Launches Lakeland ICT Academy\n\nHuawei signed an MoU with the University of Lakeland on Tuesday for the "
     "academy.\n", "mou"),
    ("Example headline\n\nZTE and Lakeland Telecom signed a framework agreement on Tuesday for a network that is "
     "already operational in the north.\n", "framework_agreement"),
])
def test_an_agreement_or_a_loan_is_signed_not_built_or_running_like_the_work_it_is_for(report, kind):
    """A loan, an MoU or a framework agreement told beside the state of the work it is for ("a tech city currently
    under construction", a headline's "Launches", "already operational") is signed, as the text says — the
    work's state is not the agreement's."""
    (c,) = extract_article(report, published="2026-04-10").candidates
    assert (c.kind, c.status) == (kind, "signed"), [(e.text) for e in c.evidence.get("status", [])]
    assert all(e.text.lower().startswith(("sign", "secur")) for e in c.evidence["status"])


@pytest.mark.parametrize("work", ["Integrated Government Information System (IGIS) Project",
                                  "National Fibre Network (NFN) Project", "Smart Government Services Programme"])
def test_a_projects_name_that_holds_an_organisations_word_names_no_organisation(work):
    """"a loan for the Integrated Government Information System (IGIS) Project": the project's name, bracketed
    acronym and all, though it holds a word organisations are named with ("Government", "Network", "Services") —
    no party, new or known, is read from it."""
    x = extract_article(f"Example headline\n\nChina Eximbank provides a $53 million loan to Zambia for the {work}.\n",
                        published="2026-04-10")
    (c,) = x.candidates
    assert c.kind == "loan" and not any(word in p.name for p in c.parties for word in work.split()[:2]), \
        [p.name for p in c.parties]
    assert not any(word in p.name for p in x.named for word in work.split()[:2]), [p.name for p in x.named]


@pytest.mark.parametrize("told, firm", [
    ("The contract was signed on Tuesday between Lakeland Telecom and China Huawei Technologies Co. Ltd.", "Huawei"),
    ("Lakeland Telecom signed a contract with China ZTE on Tuesday.", "ZTE"),
    ("An MoU was signed in April between China Telecom and Pakistan Special Communications Organization on fibre.",
     "Special Communications Organization"),
])
def test_a_country_named_just_before_a_firms_name_is_the_firms_not_a_party(told, firm):
    """"China Huawei Technologies", "Pakistan Special Communications Organization": the country before a known
    body's name says where it is from — no state signed; the two sides named in countries' own words ("Zambia and
    China signed") still are the states."""
    (c,) = extract_article(f"Example headline\n\n{told}\n", published="2026-04-10").candidates
    assert not any(p.kind == "government" for p in c.parties), [(p.name, p.kind) for p in c.parties]
    assert any(firm in p.name for p in c.parties)
    (c,) = extract_article("Example headline\n\nZambia and China signed an MoU on Tuesday.\n",
                           published="2026-04-10").candidates
    assert {p.kind for p in c.parties} == {"government"} and len(c.parties) == 2


def test_titles_a_page_lists_between_bullets_are_each_read_alone():
    """A page's line of other articles' titles, "•" between them: each title is a sentence of its own — "Argentina,
    China hold talks on trade" is the talks of those two, not of every country the line names with a government
    taken from another title."""
    x = extract_article("Example headline\n\nShangri-La opens its first hotel in Sri Lanka • Myanmar government vows to "
                        "cooperate on media • Roundup: South Korea's exports rise • Argentina, China hold talks on trade "
                        "in March • New Zealand dollar falls\n\nHuawei signed a contract with Zamtel on Tuesday.\n",
                        published="2026-04-10")
    talks = [c for c in x.candidates if c.kind == "talks"]
    assert all(set(c.countries) <= {"ARG", "CHN"} and {p.name for p in c.parties} <= {"Argentina", "China"}
               for c in talks), [(c.countries, [p.name for p in c.parties]) for c in talks]
    assert all("•" not in s.text.rstrip(" •") for c in x.candidates for s in c.sentences)


@pytest.mark.parametrize("told, work", [
    ("China Telecom and Afghan Telecom completed the signing of the Silk Road Optical Cable Cooperation Agreement on "
     "Monday.", "Silk Road"),
    ("On October 2, ZTE signed a partnership agreement with MTN Zambia for construction of a cross-border Optical "
     "Transmission Network backbone.", "Optical Transmission"),
])
def test_a_works_name_before_its_agreement_or_its_own_noun_names_no_organisation(told, work):
    """"the Silk Road Optical Cable Cooperation Agreement", "a cross-border Optical Transmission Network backbone": a
    cable's or a network's name, no body — while a firm named after what it builds ("Angola Cables") still is one."""
    (c,) = extract_article(f"Example headline\n\n{told}\n", published="2026-04-10").candidates
    assert not any(work in p.name for p in c.parties) and len(c.parties) == 2, [p.name for p in c.parties]
    (c,) = extract_article("Example headline\n\nHuawei signed a contract with Angola Cables to build a cable system.\n",
                           published="2026-04-10").candidates
    assert "Angola Cables" in {p.name for p in c.parties}


@pytest.mark.parametrize("report, state", [
    ("Pakistan, China sign contract to launch satellite\n\nISLAMABAD: Pakistan's Space and Upper Atmosphere Research "
     "Commission and China Great Wall Industry Corporation on Wednesday signed a contract for the satellite.\n", "China"),
    ("Kenya inks 5G deal with Huawei\n\nSafaricom signed a contract with Huawei on Monday to build its 5G network.\n",
     "Kenya"),
])
def test_a_headlines_country_stands_for_its_body_that_signs_whatever_its_kind(report, state):
    """"Pakistan, China sign contract …" over "… and China Great Wall Industry Corporation … signed": the headline's
    country is the firm or body of that country that signed in the story — a state-owned firm or a private one as
    much as a ministry — though its name begins with the country's."""
    (c,) = extract_article(report, published="2026-04-10").candidates
    assert not any(p.kind == "government" for p in c.parties), [(p.name, p.kind) for p in c.parties]
    assert len(c.parties) == 2 and any(p.country == ("CHN" if state == "China" else "KEN") for p in c.parties)


def test_a_ministry_whose_name_names_no_country_is_one_countrys_only_in_a_deal_of_that_country():
    """The records know "Interior Ministry" as Pakistan's: in a deal of Pakistan it is linked there, in another
    it is a ministry of its own; "the Kenyan Ministry of Education" is Kenya's Ministry of Education."""
    (c,) = extract_article("Example headline\n\nHuawei signed a contract with the Interior Ministry to install "
                           "surveillance cameras in Islamabad, Pakistan.\n").candidates
    assert ("Interior Ministry", "ministry-of-interior-pakistan", "PAK") in {(p.name, p.id, p.country) for p in c.parties}
    (c,) = extract_article("Example headline\n\nHuawei signed a contract with the Interior Ministry to install "
                           "surveillance cameras across the country.\n").candidates
    ministry = next(p for p in c.parties if p.name == "Interior Ministry")
    assert ministry.id != "ministry-of-interior-pakistan" and ministry.country is None and ministry.new
    (c,) = extract_article("Example headline\n\nZTE signed an MoU with the Kenyan Ministry of Education to train "
                           "teachers in digital skills.\n").candidates
    assert ("Ministry of Education", "KEN") in {(p.name, p.country) for p in c.parties}


def test_a_province_that_signs_is_a_party_and_a_province_where_work_is_done_is_not():
    """"Yunnan province and ZTE signed …", "the Sichuan provincial government" sign as governments; "a network
    in Yunnan province", "in Cambodia's Siem Reap province" are places."""
    (c,) = extract_article("Example headline\n\nOn May 2, Yunnan province and ZTE signed a strategic cooperation "
                           "agreement on 5G.\n", published="2026-05-05").candidates
    assert ("Yunnan province", "government") in {(p.name, p.kind) for p in c.parties}
    (c,) = extract_article("Example headline\n\nThe Sichuan provincial government and Huawei signed an MoU on cloud "
                           "computing.\n").candidates
    assert ("Sichuan provincial government", "government") in {(p.name, p.kind) for p in c.parties}
    for text in ("ZTE signed a contract with China Mobile to build a 5G network in Yunnan province.",
                 "The MoU was signed in Cambodia's Siem Reap province by Huawei and Cellcard."):
        (c,) = extract_article(f"Example headline\n\n{text}\n").candidates
        assert not any("province" in p.name for p in c.parties), text


def test_a_foreign_groups_name_and_a_country_after_it_are_its_unit_in_that_country():
    """"Telenor Hungary" is a firm of Hungary, a unit of the Telenor group (not the group, of Norway); "MTN
    Nigeria" likewise — while "Huawei Kenya signed" stays the Chinese firm the records know."""
    (c,) = extract_article("Example headline\n\nZTE has won a $120 million contract to upgrade the mobile network of "
                           "Telenor Hungary.\n").candidates
    unit = next(p for p in c.parties if p.name == "Telenor Hungary")
    assert (unit.country, unit.new, unit.parent) == ("HUN", True, "telenor-group")
    assert "NOR" not in c.countries
    (c,) = extract_article("Example headline\n\nHuawei signed a contract with MTN Nigeria to build 5G base "
                           "stations.\n").candidates
    assert ("MTN Nigeria", "NGA") in {(p.name, p.country) for p in c.parties}
    (c,) = extract_article("Example headline\n\nHuawei Kenya signed an MoU with the ICT Authority.\n").candidates
    assert "huawei-technologies" in {p.id for p in c.parties}


def test_where_the_projects_are_is_not_where_the_deal_was_signed():
    """"signed an MoU … for the implementation of Safe Cities projects in Sialkot and Muridke": Sialkot is where the
    projects are, no signing place; "… for the ground control project in Beijing": a capital, where deals are signed."""
    (c,) = extract_article("Example headline\n\nThe Punjab Safe Cities Authority on Saturday signed an MoU with Huawei "
                           "for the implementation of Safe Cities projects in Sialkot and Muridke.\n",
                           published="2026-04-29").candidates
    assert c.place is None
    (c,) = extract_article("Example headline\n\nThe ambassador signed the loan agreement with the Exim Bank of China for "
                           "the satellite's ground control project in Beijing.\n").candidates
    assert c.place and c.place.startswith("Beijing")


def test_a_newspaper_that_reports_the_deal_is_no_party():
    """"People's Post and Telecommunications Daily reported that A and B signed …": the paper tells of the deal."""
    (c,) = extract_article("Example headline\n\nOn March 3, Lakeland Post and Telecommunications Daily reported that CAICT and Alibaba "
                           "Group signed a strategic cooperation agreement.\n", published="2026-03-04").candidates
    assert {p.name for p in c.parties} == {"CAICT", "Alibaba Group"}


def test_an_agreement_a_parliament_ratified_was_signed_on_the_day_the_article_gives_for_the_signing():
    """"The State Duma has ratified an agreement between the Russian and the Chinese governments on Tuesday … The
    agreement was signed in Beijing on November 7, 2019": a signed deal of the two governments, dated by its
    signing — not by its ratification, and the parliament signs nothing."""
    text = ("Example headline\n\nMOSCOW, July 23. The Russian State Duma has ratified an agreement between the Russian "
            "and the Chinese governments on Tuesday on cooperation in satellite navigation.\n\nThe agreement was signed "
            "in Beijing on November 7, 2019.\n")
    (c,) = extract_article(text, published="2020-07-23").candidates
    assert (c.status, c.date) == ("signed", "2019-11-07")
    assert {p.id for p in c.parties} == {"government-of-russia", "government-of-the-peoples-republic-of-china"}


def test_the_document_signed_is_the_deal_told_before():
    """"… signed a memorandum of understanding … The document was signed on Monday by A and B in Harbin.": the MoU,
    its signatories and its place."""
    text = ("Example headline\n\nChina and Russia have signed a memorandum of understanding to cooperate on satellite "
            "navigation. The document was signed on Monday by the China Satellite Navigation Office and the Russian "
            "Federal Space Agency in Harbin.\n")
    (c,) = extract_article(text, published="2026-03-04").candidates
    assert (c.kind, c.date, c.place) == ("mou", "2026-03-02", "Harbin")
    assert {"China Satellite Navigation Office", "Russian Federal Space Agency"} <= {p.name for p in c.parties}


def test_a_province_named_twice_and_initials_defined_in_words_are_one_party_each():
    """"Zhejiang Province … the Zhejiang Provincial Government" is one government; "China Academy of Information and
    Communications Technology (hereinafter referred to as "CAICT") … CAICT" is one academy."""
    text = ("Example headline\n\nZhejiang Province and Alibaba Group signed a strategic cooperation agreement on July 7. "
            "Under the agreement, the Zhejiang Provincial Government will support Alibaba's cloud business.\n")
    (c,) = extract_article(text, published="2026-07-08").candidates
    assert len([p for p in c.parties if "Zhejiang" in p.name]) == 1
    text = ("CAICT and Huawei sign a strategic cooperation agreement\n\nThe China Academy of Information and "
            "Communications Technology (hereinafter referred to "
            "as \"CAICT\") and Huawei signed a strategic cooperation agreement. Under the agreement, CAICT will test 5G "
            "equipment.\n")
    (c,) = extract_article(text).candidates
    assert {p.name for p in c.parties} == {"China Academy of Information and Communications Technology", "Huawei"}


def test_a_firm_named_after_its_country_is_the_firm_and_words_in_small_letters_are_no_known_name():
    """"Telekom Malaysia signed …" is the operator, not Malaysia's government ("Tech Nigeria has signed", a page's
    section before a headline, is Nigeria); "his mobile telecommunications company" is no firm the records call
    "Mobile Telecommunications Company"; "for the National Optical Communication Infrastructure in Malawi" is what
    the deal builds, no party."""
    (c,) = extract_article("Example headline\n\nTelekom Malaysia signed a three-year research agreement with Chinese "
                           "vendor ZTE.\n").candidates
    assert "Telekom Malaysia" in {p.name for p in c.parties} and "government-of-malaysia" not in {p.id for p in c.parties}
    (c,) = extract_article("Home > Business > Tech\n\nTech Nigeria has signed a $328 million loan deal with China to "
                           "improve its telecoms infrastructure.\n").candidates
    assert "government-of-nigeria" in {p.id for p in c.parties} and "Tech Nigeria" not in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nThe chief executive said his mobile telecommunications company has "
                           "signed an MoU with China Mobile International.\n").candidates
    assert "mtc-namibia" not in {p.id for p in c.parties}
    (c,) = extract_article("Example headline\n\nIn March 2015, CTG sealed the deal with Wananchi Group for the National "
                           "Optical Communication Infrastructure in Malawi.\n").candidates
    assert {p.name for p in c.parties} == {"CTG", "Wananchi Group"}


def test_a_government_named_by_a_two_word_adjective_and_a_sovereign_by_one_name():
    """"The Saudi Arabian government and Huawei have signed …": Saudi Arabia's government; "signed by Chinese President
    Xi Jinping and Saudi King Salman": a king, no party."""
    (c,) = extract_article("Example headline\n\nThe Saudi Arabian government and Huawei have signed an ICT cooperation "
                           "deal.\n").candidates
    assert "government-of-saudi-arabia" in {p.id for p in c.parties}
    (c,) = extract_article("Example headline\n\nThe agreement involving Huawei was signed by Chinese President Xi Jinping "
                           "and Saudi King Salman during a visit.\n").candidates
    assert not any("Salman" in p.name for p in c.parties)


def test_a_country_that_signs_after_an_adverb_and_a_loan_the_borrower_tells():
    """"Saudi Arabia and China's Huawei recently signed …": Saudi Arabia signs; "will borrow $95.5 million from China's
    state-owned Exim Bank" is a loan announced, the bank its financier; "The project will see 161 towers built" is
    announced, not completed."""
    (c,) = extract_article("Example headline\n\nSaudi Arabia and China's Huawei recently signed a memorandum of "
                           "understanding.\n").candidates
    assert {p.country for p in c.parties} == {"SAU", "CHN"}
    (c,) = extract_article("Example headline\n\nThe Solomon Islands government has announced it will borrow $95.5 "
                           "million from China's state-owned Exim Bank to fund a broadband project.\n").candidates
    assert (c.kind, c.status) == ("loan", "announced")
    assert ("export-import-bank-of-china", "financier") in {(p.id, p.role) for p in c.parties}
    (c,) = extract_article("Example headline\n\nThe project will see 161 telecommunication towers built by Huawei and "
                           "China Harbour Engineering Company for the government of Vanuatu.\n").candidates
    assert c.status == "announced"


def test_a_date_a_later_sentence_gives_for_what_is_planned_is_not_the_deals():
    """"RIYADH, Dec. 11 -- … have signed … Under the deal, the two sides would … launch in 2023 the first pilot
    region": the deal is dated by the dateline, not by the plan."""
    text = ("Example headline\n\nRIYADH, Dec. 11 (Xinhua) -- The Saudi Arabian government and Huawei have signed an ICT "
            "cooperation deal.\n\nUnder the deal, the two sides would jointly build broadband infrastructure and launch in "
            "2023 the first pilot region.\n")
    (c,) = extract_article(text, published="2022-12-12").candidates
    assert c.date == "2022-12-11"


def test_a_letter_of_intention_a_city_government_and_a_firm_named_after_two_countries():
    """"signed a Letter of Intention (LoI)" is an MoU; "Yesterday, the municipal government and Huawei signed" gives
    the city's government; "a stake in Congo China Telecom" is the Congolese operator, not China Telecom; "Hengtong
    will buy the crossing Egypt fiber" buys capacity, no company."""
    (c,) = extract_article("Example headline\n\nHuawei and the Lakeland City Council have signed a Letter of Intention "
                           "(LoI) to collaborate in innovation projects.\n").candidates
    assert c.kind == "mou"
    (c,) = extract_article("Example headline\n\nYesterday, the municipal government and Huawei Technologies Co., Ltd. "
                           "signed a strategic cooperation agreement.\n", published="2026-05-05").candidates
    assert "municipal government" in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nFrance Telecom is planning to buy a majority stake in Congo China "
                           "Telecom, the country's fourth-largest operator.\n").candidates
    assert "china-telecom" not in {p.id for p in c.parties}
    (c,) = extract_article("Example headline\n\nHengtong has signed an agreement to buy the crossing Egypt fiber from "
                           "Telecom Egypt.\n").candidates
    assert c.kind != "acquisition"


def test_a_phase_of_a_project_and_initials_of_words_in_small_letters_are_no_party():
    """"signed a preferential buyer's credit agreement for Phase 3 of the … Project": Phase 3 is part of the work;
    "The proceeds from the GCL", a "government concessional loan (GCL)", name a loan, not a firm."""
    (c,) = extract_article("Example headline\n\nOn May 20, 2017, China Eximbank and the Government of Lakeland signed a "
                           "preferential buyer's credit agreement for Phase 3 of the National Telecommunication Coverage "
                           "Project.\n").candidates
    assert not any(p.name.startswith("Phase") for p in c.parties)
    text = ("Example headline\n\nChina Eximbank and the Government of Lakeland signed a government concessional loan (GCL) "
            "agreement.\n\nThe proceeds from the GCL were used to pay Huawei for its work on a contract that was signed "
            "between the GCL and Huawei on April 22, 2009.\n")
    assert not any(p.name == "GCL" for c in extract_article(text).candidates for p in c.parties)


def test_a_number_of_things_built_is_no_aggregate_and_a_firm_building_under_a_loan_does_not_borrow():
    """"… was delivered in 2017 and included about 450 cameras": a quantity of equipment, not 450 deals; "Huawei is
    implementing the project under a 98 million U.S. dollars China Exim Bank loan facility": Huawei builds, it does
    not borrow (a Chinese firm borrows only the loan it signs with the bank)."""
    x = extract_article("Example headline\n\nThe equipment, manufactured by Huawei and ZTE, was delivered in 2017 and "
                        "included about 450 cameras for the city of Lakeland.\n")
    assert not any(c.aggregate for c in x.candidates)
    (c,) = extract_article("Example headline\n\nChinese firm Huawei is implementing the national broadband project under "
                           "a 98 million U.S. dollars China Exim Bank loan facility.\n").candidates
    assert ("Huawei", "contractor") in {(p.name, p.role) for p in c.parties}


def test_a_loan_borrowed_from_a_country_or_a_bank_to_build_and_a_loan_received():
    """"said it will borrow $66 million from the Export-Import Bank of China to build …": the bank lends (what the
    money is for is no role of the bank's) and the loan is announced; "has received a $150 million loan from China":
    China lends and the loan is signed; "a loan from China … the loan from the Exim Bank of China": the bank is the
    lender named, not the country as well."""
    (c,) = extract_article("Example headline\n\nThe Lakeland government said it will borrow $40 million from the "
                           "Export-Import Bank of China to build 120 mobile towers.\n").candidates
    assert c.kind == "loan" and c.status == "announced"
    assert ("Export-Import Bank of China", "financier") in {(p.name, p.role) for p in c.parties}
    (c,) = extract_article("Example headline\n\nLakeland has received a $90 million loan from China to fund the second "
                           "phase of its e-government network.\n").candidates
    assert c.status == "signed"
    assert ("CHN", "financier") in {(p.country, p.role) for p in c.parties}
    (c,) = extract_article("Example headline\n\nLakeland will expand its fibre network with the help of a $30 million "
                           "loan from China.\n\nThe operator is close to agreeing the loan from the Exim Bank of China, "
                           "officials said.\n").candidates
    assert [p.role for p in c.parties if p.country == "CHN"] == ["financier"]
    (c,) = extract_article("Example headline\n\nLakeland Telecom has secured loans from Chinese financial institutions "
                           "totalling $200 million.\n").candidates
    assert [p.name for p in c.parties] == ["Lakeland Telecom"]


def test_money_a_firm_will_invest_is_a_pledge_and_a_thing_named_like_a_body_is_no_party():
    """"Huawei will invest $300 million in a cloud region": a pledge, Huawei owns what it pays for — but a local
    operator spending on its own network is no partnership, and "the framework agreement" told after an investment
    is a deal of its own. "the Lakeland Digital project" and "PEACE Cable, built by …" name what is built, not a
    party; a cable "landed in" a country won nothing."""
    (c,) = extract_article("Example headline\n\nHuawei will invest $300 million in a cloud region in Indonesia, the "
                           "company said.\n").candidates
    assert (c.kind, c.status) == ("pledge", "announced")
    assert [(p.name, p.role) for p in c.parties] == [("Huawei", "owner")]
    assert not extract_article("Example headline\n\nLakeland Telecom will invest US$20 million this year to expand its "
                               "mobile broadband network.\n").candidates
    x = extract_article("Example headline\n\nSaudi Telecom Company will invest $200 million in cloud services.\n\nThe "
                        "framework agreement between Saudi Telecom Company and Huawei for the cloud was signed in June "
                        "2024.\n")
    assert "framework_agreement" in {c.kind for c in x.candidates}
    (c,) = extract_article("Example headline\n\nThe Ministry of Technology of Zambia and Huawei signed a contract on "
                           "Monday for the Smart Zambia project.\n").candidates
    assert "Smart Zambia" not in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nPEACE Cable, built by HMN Technologies, landed in Kenya in 2022.\n"
                           ).candidates
    assert [p.name for p in c.parties] == ["HMN Technologies"] and c.status != "signed"


def test_a_new_firm_named_after_its_country_and_governments_named_together_or_by_province():
    """"Djibouti Telecom" is of Djibouti though the records do not know it, and "Government of the Democratic
    Republic of Lakeland"-like names of one country keep it (Congo's two republics are not confused); "the Ethiopian
    and the Chinese governments" are two governments; "Officials from Hubei province" sign for a Chinese province,
    and "the Zhejiang Provincial Government" is the same government as "Zhejiang Province"."""
    (c,) = extract_article("Example headline\n\nDjibouti Telecom signed a contract with China Telecom Global to build a "
                           "data centre.\n").candidates
    assert ("Djibouti Telecom", "DJI") in {(p.name, p.country) for p in c.parties}
    (c,) = extract_article("Example headline\n\nNetcom Djibouti signed a contract with China Telecom Global to build a "
                           "data centre.\n").candidates
    assert ("Netcom Djibouti", "DJI") in {(p.name, p.country) for p in c.parties}  # (its country ends the name)
    (c,) = extract_article("Example headline\n\nChina Eximbank and the Government of the Democratic Republic of Congo "
                           "signed a loan agreement for a communication network.\n").candidates
    assert "COG" not in c.countries
    (c,) = extract_article("Example headline\n\nThe Ethiopian and the Chinese governments signed a framework agreement "
                           "on digital economy cooperation.\n").candidates
    assert {p.country for p in c.parties} == {"ETH", "CHN"}
    assert "Chinese governments" not in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nOfficials from Hubei province and the Ugandan Ministry of ICT signed a "
                           "memorandum of understanding on smart city cooperation.\n").candidates
    assert ("government", "CHN") in {(p.kind, p.country) for p in c.parties}
    (c,) = extract_article("Example headline\n\nThe Liuzhou Municipal Government and Huawei signed an MoU on smart city "
                           "cooperation.\n").candidates  # (a city of China only, by the bundled cities)
    assert ("Liuzhou Municipal Government", "CHN") in {(p.name, p.country) for p in c.parties}
    x = extract_article("Example headline\n\nZhejiang Province and Alibaba signed a strategic agreement on Monday. The "
                        "companies will collaborate with the Zhejiang Provincial Government to build digital industries.\n")
    assert len({p.id for c in x.candidates for p in c.parties if p.kind == "government"}) == 1


def test_cooperation_documents_a_renewed_contract_a_ministry_of_a_country_and_a_credit_line_to_a_bank():
    """"signed 12 cooperation documents" counts agreements; a contract "renewed" or "extended" is signed again;
    "the Interior Ministry of Kenya" is Kenya's; "agreed to provide a credit line to the Bank of Industry": that bank
    receives it."""
    (c,) = extract_article("Example headline\n\nChina and Cambodia signed 12 cooperation documents on Monday.\n",
                           published="2024-03-06").candidates
    assert c.aggregate and c.members["count"] == 12
    (c,) = extract_article("Example headline\n\nTelkom Kenya and Huawei have extended their managed services contract "
                           "by five years.\n").candidates
    assert c.status == "signed"
    (c,) = extract_article("Example headline\n\nLakeland Telecom renewed its contract with ZTE for core network "
                           "maintenance.\n").candidates
    assert c.status == "signed"
    (c,) = extract_article("Example headline\n\nThe $35 million safe city contract was awarded to Huawei by the Interior "
                           "Ministry of Kenya in 2015.\n").candidates
    assert "KEN" in {p.country for p in c.parties}
    (c,) = extract_article("Example headline\n\nChina Development Bank has agreed to provide a $250 million credit line "
                           "to the Bank of Industry of Nigeria.\n").candidates
    assert {p.name: p.role for p in c.parties}["Bank of Industry of Nigeria"] == "beneficiary"


def test_a_state_government_a_department_telling_of_its_head_and_a_deal_told_by_who_is_in_it():
    """"The Lakeland state government has signed" is a party of kind government; "the Chief Minister's Department
    said Chief Minister … witnessed the MoU signing" tells, it does not sign; "the announcement of a $32 million
    supply contract between ZTE and Lakeland Telecom" tells a deal though no verb does."""
    (c,) = extract_article("Example headline\n\nThe Sabah state government has signed a memorandum of understanding "
                           "with Huawei.\n").candidates
    assert ("Sabah state government", "government") in {(p.name, p.kind) for p in c.parties}
    x = extract_article("Example headline\n\nIn a statement today, the Lakeland Chief Minister's Department said Chief "
                        "Minister Datuk Ahmad Noor witnessed the MoU signing with Huawei in Shenzhen.\n")
    assert not any("Department" in p.name for c in x.candidates for p in c.parties)
    (c,) = extract_article("Example headline\n\nLakeland joins the party today with the announcement of a $32 million "
                           "supply contract between ZTE and Lakeland Telecom for 3G equipment.\n").candidates
    assert c.kind == "contract" and {"ZTE", "Lakeland Telecom"} <= {p.name for p in c.parties}


def test_taiwan_dollars_a_jv_and_its_name_a_partnership_to_open_and_services_sold_are_no_sale():
    """"worth NT$17.7 billion" is in New Taiwan dollars, not US dollars; "has formed a JV with Meraas Holdings" and
    "a JV with Softbank called SB Cloud Corporation was formed" are joint ventures, the name after "called" the
    venture's own; "has partnered with Vodafone to open its first data centre" is a project; "in order to sell its
    cloud services" sells no company."""
    (c,) = extract_article("Example headline\n\nChina Mobile has entered into an agreement to buy a 12% stake in "
                           "Lakeland Telecom, worth NT$17.7 billion.\n").candidates
    assert c.amounts == [(17700000000, "TWD")]
    (c,) = extract_article("Example headline\n\nIn Dubai, Alibaba has formed a JV with Meraas Holdings.\n").candidates
    assert c.kind == "joint_venture"
    (c,) = extract_article("Example headline\n\nIn Japan, a JV with Softbank called SB Cloud Corporation was formed "
                           "earlier this year.\n").candidates
    assert c.kind == "joint_venture" and [p.name for p in c.parties] == ["Softbank"]
    (c,) = extract_article("Example headline\n\nIn Germany, Alibaba has partnered with Vodafone to open its first data "
                           "centre in Europe.\n").candidates
    assert c.kind == "project" and {p.name for p in c.parties} == {"Alibaba", "Vodafone"}
    x = extract_article("Example headline\n\nAlibaba will use Vodafone's data centre in order to sell its cloud "
                        "services.\n")
    assert "acquisition" not in {c.kind for c in x.candidates}


def test_two_countries_between_which_an_agreement_stands_named_by_their_state_forms():
    """"the Agreement on … Between People's Republic of China and the Russian Federation", "between the People's
    Republic of China and the Russian Federation": both countries are parties."""
    for sentence in ("The president approved the Agreement on Peaceful Use of Satellite Navigation Between People's "
                     "Republic of China and the Russian Federation. The agreement was signed in Beijing on November 7, "
                     "2018.",
                     "The agreement between the People's Republic of China and the Russian Federation was signed in "
                     "Beijing on November 7, 2018."):
        (c,) = extract_article(f"Example headline\n\n{sentence}\n", published="2019-03-06").candidates
        assert {"CHN", "RUS"} <= {p.country for p in c.parties}, sentence


def test_a_consortium_that_won_a_tender_and_two_firms_that_signed_together():
    """"A consortium led by … won the tender to build …" is a contract the consortium won; "ZTE and Lakeland Telecom
    inked a $50m deal": the operator signs as the client — it is not a second vendor beside ZTE."""
    (c,) = extract_article("Example headline\n\nA consortium led by China Harbour Engineering Company won the tender to "
                           "build the national fibre backbone.\n").candidates
    assert c.kind == "contract"
    (c,) = extract_article("Example headline\n\nZTE and Lakeland Telecom inked a $50m deal for a 4G network on "
                           "Thursday.\n", published="2024-03-06").candidates
    assert {p.name: p.role for p in c.parties}["Lakeland Telecom"] == "signatory"


def test_the_client_a_contract_is_signed_with_is_not_the_builder_the_purpose_names():
    """"signed a contract with the Zhejiang Provincial Government to build …" (a Chinese government as client) and
    "with Kenya's state-owned operator Telkom Kenya to build …" (words with an apostrophe between): the vendor
    builds, the client signs."""
    for sentence, client in (("Alibaba signed a contract with the Zhejiang Provincial Government to build a cloud "
                              "computing centre.", "Zhejiang Provincial Government"),
                             ("ZTE signed a contract with Kenya's state-owned operator Telkom Kenya to build a 4G "
                              "network.", "Telkom Kenya")):
        (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
        assert {p.name: p.role for p in c.parties}[client] == "signatory", sentence


def test_a_country_that_borrows_or_is_lent_money_is_a_party_to_the_loan():
    """"Cameroon borrows … from China", "Zambia secures a … loan", "Papua New Guinea took out a … loan": the country
    borrows; "China lends Laos $100 million", "China grants Samoa a … loan": the country named after the verb is
    lent to. "its Smart Zambia programme" names what the money is for, not a body that receives it."""
    for sentence, borrower, role in (
            ("Cameroon borrows CFAF 22.95 billion from China to extend its video surveillance network.", "CMR", None),
            ("Zambia secures $150 million loan from China for its Smart Zambia programme.", "ZMB", None),
            ("Papua New Guinea took out a $53 million loan from China's Exim Bank for the national broadband "
             "network.", "PNG", None),
            ("China lends Laos $100 million to build a national data centre.", "LAO", "beneficiary"),
            ("China grants Samoa a $20 million loan for its submarine cable.", "WSM", "beneficiary")):
        (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
        assert c.kind == "loan", sentence
        roles = {p.country: p.role for p in c.parties}
        assert set(roles) == {borrower, "CHN"}, sentence
        assert roles["CHN"] == "financier", sentence
        assert roles[borrower] != "financier", sentence
        if role:
            assert roles[borrower] == role, sentence


def test_money_a_lender_will_put_into_a_project_is_a_pledge_and_told_again_joins_the_loan():
    """"China's Exim Bank will finance 85 percent of the … project": a pledge the bank makes; "China is likely to fund
    $150 million for the project": the country pledges; "the project was financed by …": the bank paid for a
    project. A loan the body told, then "… have agreed to fund this project to the tune of US$200 million" by
    the same bank: one loan, with its amount."""
    (c,) = extract_article("Example headline\n\nChina's Exim Bank will finance 85 percent of the $200 million safe city "
                           "project in Nairobi.\n").candidates
    assert (c.kind, c.status) == ("pledge", "announced")
    assert [(p.country, p.role) for p in c.parties] == [("CHN", "financier")]
    (c,) = extract_article("Example headline\n\nChina is likely to fund $150 million for the project, officials "
                           "said.\n").candidates
    assert c.kind == "pledge" and ("China", "financier") in {(p.name, p.role) for p in c.parties}
    (c,) = extract_article("Example headline\n\nThe $120 million national backbone project in Lusaka was financed by "
                           "the Export-Import Bank of China.\n").candidates
    assert c.kind == "project"
    assert ("Export-Import Bank of China", "financier") in {(p.name, p.role) for p in c.parties}
    x = extract_article("Example headline\n\nThe cable company has received financial backing from the Export-Import "
                        "Bank of China, the minister said.\n\nThe minister thanked China, which through the "
                        "Export-Import Bank of China has agreed to fund this project to the tune of US$90 million.\n")
    (c,) = [c for c in x.candidates if c.kind in ("loan", "pledge")]
    assert c.kind == "loan" and c.amounts == [(90000000, "USD")]


def test_the_two_sides_that_sign_are_the_two_countries_the_sentence_before_names_together():
    """"Officials from Laos and China met … The two sides signed an agreement …": Laos and China signed — but not
    when the sentence before names two firms (they are the sides) or only one country."""
    (c,) = extract_article("Example headline\n\nOfficials from Laos and China met in Vientiane on Monday to discuss the "
                           "digital economy. The two sides signed an agreement on digital economy cooperation.\n",
                           published="2024-03-06").candidates
    assert {(p.country, p.role) for p in c.parties} == {("LAO", "signatory"), ("CHN", "signatory")}
    x = extract_article("Example headline\n\nHuawei and Lao Telecom held talks in Vientiane on Monday. The two sides "
                        "signed an agreement on 5G.\n", published="2024-03-06")
    assert {p.name for c in x.candidates for p in c.parties} == {"Huawei", "Lao Telecom"}
    assert not extract_article("Example headline\n\nOfficials from Laos met in Vientiane on Monday. The two sides "
                               "signed an agreement on digital economy cooperation.\n",
                               published="2024-03-06").candidates


def test_what_happened_before_the_deal_gives_it_no_date_country_or_amount():
    """"… its first loan from Beijing since it switched recognition from Taiwan to China in 2019": neither 2019
    nor Taiwan is the loan's; "Since signing the MoU in March 2019, …" dates the MoU and "Since" is no party;
    "expanding a $10 billion loan deal from 2004": the earlier deal's sum; "Earlier this year Huawei's smaller
    rival ZTE secured … in credit": another loan, ZTE's, not Huawei's."""
    (c,) = extract_article("Example headline\n\nThe Solomon Islands government has secured a $66 million loan from "
                           "China to build towers. It is the country's first loan from Beijing since it switched "
                           "recognition from Taiwan to China in 2019.\n", published="2022-03-04").candidates
    assert c.date is None and "TWN" not in c.countries and c.kind == "loan"
    (c,) = extract_article("Example headline\n\nSince signing the MoU in March 2019, Huawei and Lakeland Telecom have "
                           "built 300 towers.\n", published="2022-03-04").candidates
    assert c.date == "2019-03" and [p.name for p in c.parties] == ["Huawei", "Lakeland Telecom"]
    x = extract_article("Huawei gets $30b credit line from CDB\n\nHuawei Technologies has lined up a $30 billion credit "
                        "line from the China Development Bank (CDB) to help it win telecom contracts abroad.\n\nThe two "
                        "companies yesterday signed a strategic partnership agreement, expanding a $10 billion loan "
                        "deal from 2004.\n\nEarlier this year Huawei's smaller rival ZTE secured $15 billion in credit "
                        "from the CDB and another $10 billion from the Export-Import Bank of China.\n",
                        published="2009-09-24")
    loans = {tuple(sorted(p.name for p in c.parties if p.role == "beneficiary")): c for c in x.candidates
             if c.kind == "loan"}
    assert set(loans) == {("Huawei Technologies",), ("ZTE",)}
    assert loans[("Huawei Technologies",)].amounts == [(30000000000, "USD")]
    assert loans[("ZTE",)].status == "signed" and (15000000000, "USD") in loans[("ZTE",)].amounts
    assert [c.amounts for c in x.candidates if c.kind == "framework_agreement"] == [[]]
    x = extract_article("Example headline\n\nLakeland Telecom signed a loan agreement with the China Development Bank "
                        "yesterday.\n\nEarlier this year Lakeland Telecom secured a loan from the China Development "
                        "Bank for its towers.\n", published="2024-09-24")
    assert [c.kind for c in x.candidates] == ["loan", "loan"]


def test_a_government_named_by_its_place_after_of():
    """"with the municipal government of Shenzhen", "the local government of the southern metropolis of Shenzhen":
    that city's government, China's; "the Government of the Lao PDR", "the Government of the Republic of Kenya":
    the country's government, named in full."""
    for sentence, country in (
            ("Huawei signed an agreement on Thursday with the municipal government of Shenzhen for the data centre.",
             "CHN"),
            ("Huawei signed an agreement on Thursday with the local government of the southern metropolis of Shenzhen "
             "for the data centre.", "CHN"),
            ("Huawei signed an agreement with the Government of the Lao PDR for the data centre.", "LAO"),
            ("Huawei signed an agreement with the Government of the Republic of Kenya for the data centre.", "KEN")):
        (c,) = extract_article(f"Example headline\n\n{sentence}\n", published="2022-03-04").candidates
        (government,) = [p for p in c.parties if p.name != "Huawei"]
        assert government.kind == "government" and government.country == country, sentence
        assert government.name.startswith("Government of") and government.role == "signatory", sentence


def test_a_chinese_operator_a_chinese_vendor_signs_a_contract_with_is_its_client():
    """"ZTE has signed two … contracts with China Telecom": the state-owned operator is the client, not a second
    vendor; "China Mobile signed a contract with Huawei": China Mobile is the client, Huawei builds."""
    roles = [{p.name: p.role for c in extract_article(f"Example headline\n\n{sentence}\n").candidates for p in c.parties}
             for sentence in ("ZTE has signed two CDMA network construction contracts with China Telecom.",
                              "China Mobile signed a contract with Huawei to build a 5G core network.")]
    assert roles[0] == {"ZTE": "contractor", "China Telecom": "signatory"}
    assert roles[1] == {"China Mobile": "signatory", "Huawei": "contractor"}


def test_a_deal_the_company_reported_and_clients_described_before_their_names():
    """"The company this week reported a deal with …": the company the sentence before names; "with Italian mobile
    operator Wind Tre and wholesale fibre operator Open Fiber to build …": both are clients (neither builds), and
    Wind Tre is Italian — but "France Telecom-Orange has acquired mobile operator …" says nothing of the
    operator's country."""
    (c,) = extract_article("Example headline\n\nZTE continues to win business overseas. The company this week reported "
                           "a deal with Italian mobile operator Wind Tre and wholesale fiber network operator Open Fiber "
                           "to build a pre-commercial 5G network.\n").candidates
    roles = {p.name: (p.role, p.country) for p in c.parties}
    assert roles["ZTE"] == ("contractor", "CHN")
    assert roles["Wind Tre"] == ("signatory", "ITA") and roles["Open Fiber"][0] == "signatory"
    x = extract_article("Example headline\n\nFrance Telecom-Orange has acquired mobile operator Lakeland Wireless from "
                        "its founders.\n")
    assert all(p.country != "FRA" for c in x.candidates for p in c.parties if p.name == "Lakeland Wireless")


def test_a_firm_that_will_train_civil_servants_or_technicians_runs_a_training_programme():
    """"Huawei will train 1,000 Nigerian civil servants …", "… to train 3,000 technicians over three years": training
    programmes, as "500 ICT students" is."""
    for sentence in ("Huawei will train 1,000 Nigerian civil servants under its Seeds for the Future programme, the "
                     "Ministry of Communications said.",
                     "ZTE launched an ICT academy with the Kenya Institute of Technology to train 3,000 technicians over "
                     "three years."):
        (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
        assert c.kind == "training_programme", sentence


def test_things_named_like_bodies_are_no_parties_and_a_loan_for_a_countrys_project_is_its_loan():
    """"the PEACE cable landing station" is the cable; "Angola Cables" is a firm, not Angola; "for the Nairobi
    Expressway and the Konza data centre" names what is built; "a $300 million loan for Zambia's national broadband
    project": Zambia receives it — but "a loan for Huawei's towers" does not make Huawei a borrower."""
    (c,) = extract_article("Example headline\n\nHuawei Marine completed the installation of the PEACE cable landing "
                           "station in Mombasa in March 2022.\n").candidates
    assert [p.name for p in c.parties] == ["Huawei Marine"]
    (c,) = extract_article("Example headline\n\nChina Telecom Global signed a memorandum of understanding with Angola "
                           "Cables on Monday.\n", published="2024-03-06").candidates
    assert "Angola Cables" in {p.name for p in c.parties} and "Angola" not in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nKenya and China signed a $600 million financing agreement for the "
                           "Nairobi Expressway and the Konza data centre.\n").candidates
    assert {p.name for p in c.parties} == {"Kenya", "China"}
    (c,) = extract_article("Example headline\n\nThe Export-Import Bank of China approved a $300 million loan for "
                           "Zambia's national broadband project.\n").candidates
    assert ("ZMB", "beneficiary") in {(p.country, p.role) for p in c.parties}
    (c,) = extract_article("Example headline\n\nThe Solomon Islands secured a $66 million loan from the Export-Import "
                           "Bank of China for Huawei's towers.\n").candidates
    assert {p.name: p.role for p in c.parties}.get("Huawei") != "beneficiary"


def test_the_contract_named_again_by_its_two_sides_after_another_deal_is_that_contract():
    """"ZTE has signed a deal to build 200 towers across Vanuatu. China signed a fisheries pact … The contract between
    Vanuatu and ZTE will be financed by …": the contract told two sentences before, now with its other side — not
    the pact told in between; but "within the framework of the cooperation agreement between Nepal and China" is
    what two countries have, no side of the deal."""
    x = extract_article("Example headline\n\nZTE has signed a deal to build 200 telecoms towers across Vanuatu. China "
                        "signed a fisheries pact in May with Vanuatu that alarmed its neighbours. The contract between "
                        "Vanuatu and ZTE will be financed by the China Development Bank.\n", published="2023-08-01")
    contract = next(c for c in x.candidates if c.kind == "contract")
    assert {p.name for p in contract.parties} >= {"ZTE", "Vanuatu"}
    assert not {"ZTE", "China Development Bank"} & {p.name for c in x.candidates if c is not contract for p in c.parties}
    (c,) = extract_article("Example headline\n\nHuawei signed an MoU with Nepal Telecom on cloud services. The MoU was "
                           "signed within the framework of the cooperation agreement between Nepal and China.\n").candidates
    assert {p.name for p in c.parties} == {"Huawei", "Nepal Telecom"}


def test_rupees_of_a_deal_between_foreign_firms_are_those_of_the_country_the_article_names():
    """"MUMBAI — Vodafone Idea … a contract worth Rs 30,000 crore with Nokia": no party is Indian that the records
    know, but the article is datelined in an Indian city: Indian rupees (and in Colombo, Sri Lankan ones)."""
    for place, code in (("MUMBAI, Sept 22, 2024", "INR"), ("Colombo, 22 September 2024", "LKR")):
        (c,) = extract_article(f"Example headline\n\n{place} — Lakeland Mobile on Sunday said it had signed a "
                               f"three-year contract worth Rs 3,000 crore with Nokia and Ericsson for network "
                               f"equipment.\n").candidates
        assert c.amounts == [(30_000_000_000, code)], place


def test_a_provinces_government_is_of_the_country_whose_province_it_is():
    """"The Government of Sindh signed …", "the Sabah state government": a province or state of one country
    only (ISO 3166-2) gives its government that country; "Punjab" (in India and in Pakistan) gives none."""
    for sentence, name, country in (
            ("The Government of Sindh signed a loan agreement with the Export-Import Bank of China on Friday for "
             "the Karachi Safe City project.", "Government of Sindh", "PAK"),
            ("ZTE signed a contract with the Government of Balochistan to build a fibre network.",
             "Government of Balochistan", "PAK"),
            ("Huawei and the Sarawak state government signed an MoU on a data centre.", "Sarawak state government",
             "MYS"),
            ("The Government of Punjab signed a contract with Huawei to install cameras.", "Government of Punjab",
             None)):
        (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
        assert {p.name: p.country for p in c.parties}.get(name, "absent") == country, sentence


def test_a_later_sentence_dates_the_deal_only_in_a_clause_that_tells_a_deal():
    """"The acquisition had been weighed for months, after Lakeland Broadband drew interest when its shares rose by
    24% in 2024": the year of the shares, not of the acquisition; but
    "The deal was signed in March 2023" and "The signing took place on Thursday, June 23, 2016, during …" date it."""
    (c,) = extract_article("Example headline\n\nChina Unicom acquired a 20% stake in Lakeland Broadband from Orion "
                           "Capital. The acquisition had been weighed for months, after Lakeland Broadband drew interest "
                           "when its shares rose by 24% in 2024.\n",
                           published="2025-08-04").candidates
    assert c.kind == "acquisition" and c.date is None
    for later, date in (("The deal was signed in March 2023.", "2023-03"),
                        ("The signing took place on Thursday, June 23, 2016, during a seminar in Beijing.", "2016-06-23")):
        (c,) = extract_article(f"Example headline\n\nChina Unicom acquired a 20% stake in Lakeland Broadband from "
                               f"Orion Capital. {later}\n", published="2025-08-04").candidates
        assert c.date == date, later


def test_a_capital_after_in_is_where_a_deal_was_signed_not_a_side_of_it():
    """"ZTE in Vientiane on Monday signed a contract with Lao Telecom": Vientiane is where (its place), and no
    government of Laos signed; "Baghdad has awarded …" still makes the capital's government a side."""
    (c,) = extract_article("Example headline\n\nZTE in Vientiane on Monday signed a commercial contract with Lao "
                           "Telecom to build a fibre network.\n", published="2024-03-06").candidates
    assert "Vientiane" not in {p.name for p in c.parties} and "Lao Telecom" in {p.name for p in c.parties}
    assert c.place and c.place.startswith("Vientiane")
    (c,) = extract_article("Example headline\n\nBaghdad has awarded a contract to Huawei to build a safe city "
                           "network.\n").candidates
    assert "Baghdad" in {p.name for p in c.parties}


def test_a_unit_launched_in_partnership_with_an_operator_told_in_text_that_kept_its_links():
    """Plain text that kept a page's inline links ('<a href="…/fund-to-sell-stake-in-lakeland-deal">Lakeland
    Telecom</a>') is read as a reader sees it: the link's address tells no sale. "launched its China Telecom
    Gulf unit …, in partnership with …" is a partnership of the two; "one of the big three telcos that include
    China Unicom and China Mobile" names the others of its group, no parties."""
    x = extract_article('Example headline\n\nThe Beijing-based operator, one of the big three state-run telcos that '
                        'include China Unicom and China Mobile, launched its China Telecom Gulf unit in Riyadh last '
                        'week, in partnership with the kingdom\'s biggest operator, <a href="https://example.org/2024/'
                        '11/13/fund-to-sell-2-stake-in-lakeland-in-1bn-deal/" target="_blank">Lakeland Telecom</a>, '
                        'China Telecom said.\n', published="2024-11-26")
    assert "<a" not in x.text and "fund-to-sell" not in x.text
    (c,) = x.candidates
    assert c.kind == "other" and c.date == "2024-11"
    assert {p.name for p in c.parties} == {"China Telecom", "Lakeland Telecom"}


def test_a_name_the_article_says_it_will_use_hereinafter_is_that_partys_and_legal_forms_end_names():
    """'Fenghuo Optical Cable Joint Stock Limited Company (stock code: 01234.HK, hereinafter referred to as "FOC")
    and PT Kabel Nusantara Teknologi (hereinafter referred to as "PT KNT")': two parties, named in full (the
    whole legal form, an Indonesian firm by its "PT"), and "FOC" later is the first of them, no third."""
    (c,) = extract_article('Example headline\n\nOn 9th January 2017, a cooperation agreement on establishing a cable '
                           'joint venture was entered by and between Fenghuo Optical Cable Joint Stock Limited Company '
                           '(stock code: 01234.HK, hereinafter referred to as "FOC") and PT Kabel Nusantara Teknologi '
                           '(hereinafter referred to as "PT KNT") in Singapore. The joint venture is 70% owned by FOC.\n'
                           ).candidates
    assert c.kind == "joint_venture"
    assert {p.name for p in c.parties} == {"Fenghuo Optical Cable Joint Stock Limited Company", "PT Kabel Nusantara Teknologi"}


def test_a_projects_loan_from_a_named_lender_is_a_loan_of_its_own():
    """"ZTE is building 120 towers across Vanuatu … The project is paid for with a 15-year $48 million loan from the
    China Development Bank": two records, the project and its loan, the lender and the amount the loan's."""
    x = extract_article("Example headline\n\nChina's ZTE is building 120 communications towers across Vanuatu, "
                        "boosting mobile coverage in rural areas. The project is paid for with a 15-year $48 million "
                        "loan from the China Development Bank at 2 percent interest.\n")
    kinds = {c.kind: c for c in x.candidates}
    assert set(kinds) == {"project", "loan"}
    # (the loan goes to the one other country the article names: Vanuatu)
    assert {p.name: p.role for p in kinds["loan"].parties} == {"China Development Bank": "financier", "Vanuatu": "beneficiary"}
    assert kinds["loan"].amounts == [(48_000_000, "USD")] and not kinds["project"].amounts
    assert "China Development Bank" not in {p.name for p in kinds["project"].parties}


def test_a_firm_of_a_city_and_a_satellite_by_its_number_are_no_parties_and_a_firm_hired_past_its_legal_form():
    """"Lakeland Sat contracted with China Great Wall Industry Corp. of Beijing to launch Lakesat 2 for $68 million": a
    contract, the firm named without the city it is of; "the state-owned China Satcom of Beijing had agreed to
    arrange financing for Apstar 9B": Beijing is where the firm is and Apstar 9B a satellite — neither a party."""
    (c,) = extract_article("Example headline\n\nLakeland Sat contracted with China Great Wall Industry Corp. of Beijing "
                           "to launch Lakesat 2 for $68 million.\n").candidates
    assert c.kind == "contract" and "China Great Wall Industry Corp." in {p.name for p in c.parties}
    assert c.amounts == [(68_000_000, "USD")]
    x = extract_article("Example headline\n\nLakeland Sat and the state-owned China Satcom of Beijing had agreed in 2010 "
                        "that China Satcom would arrange up to 100 million euros in financing for Apstar 9B.\n")
    names = {p.name for c in x.candidates for p in c.parties}
    assert "Beijing" not in names and "Apstar 9B" not in names


def test_a_partnership_to_establish_an_ict_academy_is_a_training_programme():
    """"… the second institution that Huawei has partnered with to establish its Huawei ICT academy": a training
    programme, as a partnership to train students is."""
    (c,) = extract_article("Example headline\n\nThe Lakeland Polytechnic is the second institution in Belize that "
                           "Huawei has partnered with to establish its Huawei ICT academy.\n").candidates
    assert c.kind == "training_programme"


def test_a_count_of_deals_with_operators_around_the_world_is_a_firms_record_not_a_deal():
    """"ZTE has signed 64 5G contracts with mobile operators around the world, 9 of them in Africa": what the firm has
    done everywhere, no deal a record can name; "signed 5G contracts with Lakeland Mobile" is one."""
    assert extract_article("Example headline\n\nZTE has signed 64 5G contracts with mobile network operators around the "
                           "world, 9 of which are with operators in Africa.\n").candidates == []
    assert extract_article("Example headline\n\nZTE has secured more than 40 5G deals worldwide this year.\n"
                           ).candidates == []
    (c,) = extract_article("Example headline\n\nZTE has signed two 5G contracts with Lakeland Mobile.\n").candidates
    assert "Lakeland Mobile" in {p.name for p in c.parties}


def test_the_government_a_deal_is_for_is_not_named_by_what_it_is_for():
    """"StarTimes signed deal with Zambian government for DTT": the Zambian government, for digital terrestrial
    television (an alternative label of broadcasting) — no party named "Zambian government for DTT"."""
    (c,) = extract_article("StarTimes signed deal with Zambian government for DTT\n\nThe group signed a US$273 million "
                           "contract with the Zambian government for the exercise.\n").candidates
    assert {p.name for p in c.parties} == {"StarTimes", "Zambian government"}
    assert "broadcasting" in c.technology


def test_buying_a_firms_goods_is_no_acquisition_of_the_firm():
    """"Shoppers queue to buy Lakeland Mobile low-priced SIM cards" and "… to buy Huawei phones": goods, no
    acquisition; "Lakeland Mobile will buy Orion Telecom" still is one."""
    for sentence in ("Shoppers queue to buy Lakeland Mobile low-priced SIM cards outside a shop in Yangon.",
                     "Students saved for months to buy Huawei phones."):
        assert extract_article(f"Example headline\n\n{sentence}\n").candidates == [], sentence
    (c,) = extract_article("Example headline\n\nLakeland Mobile will buy Orion Telecom for $40 million.\n").candidates
    assert c.kind == "acquisition"


def test_the_firms_a_client_signs_a_contract_with_to_supply_or_build_are_its_vendors_whatever_their_country():
    """"Lakeland Mobile signed a contract worth $400 million with Nokia, Ericsson and Samsung for the supply of 5G
    equipment": three suppliers and their client; but "Huawei signed a contract with Ethio Telecom to build …": the
    operator is the client, the Chinese firm named first builds."""
    (c,) = extract_article("Example headline\n\nLakeland Mobile signed a three-year contract worth $400 million with "
                           "Nokia, Ericsson and Samsung for the supply of 5G network equipment.\n").candidates
    roles = {p.name: p.role for p in c.parties}
    assert roles == {"Lakeland Mobile": "signatory", "Nokia": "supplier", "Ericsson": "supplier", "Samsung": "supplier"}
    (c,) = extract_article("Example headline\n\nHuawei signed a contract with Ethio Telecom to build a 5G network.\n"
                           ).candidates
    assert {p.name: p.role for p in c.parties} == {"Huawei": "contractor", "Ethio Telecom": "signatory"}


def test_money_lent_to_the_country_goes_to_the_country_named_just_before():
    """"The contract between Vanuatu and ZTE will be funded by the China Development Bank. The bank will loan $48
    million to the country over 15 years": Vanuatu borrows; "a loan to China" it must repay leaves China the lender."""
    x = extract_article("Example headline\n\nThe contract between Vanuatu and ZTE will be funded by the China "
                        "Development Bank. The bank will loan almost $48 million to the country over a 15-year "
                        "period.\n")
    loan = next(c for c in x.candidates if c.kind == "loan")
    assert {p.name: p.role for p in loan.parties} == {"China Development Bank": "financier", "Vanuatu": "beneficiary"}
    (c,) = extract_article("Example headline\n\nLakeland should not have to repay a $53 million loan to China, its "
                           "minister said.\n").candidates
    assert {p.name: p.role for p in c.parties}.get("China") != "beneficiary"


def test_the_country_whose_tender_a_firm_won_is_the_client():
    """"StarTimes won a tender for Zambia's digital TV signal distribution": Zambia's government is the client of the
    contract (a possessive before a thing, not before a body: "Zambia's ministry" would be the ministry)."""
    (c,) = extract_article("Example headline\n\nStarTimes won a tender for Zambia's digital TV signal distribution "
                           "operation.\n").candidates
    assert c.kind == "contract"
    assert {p.name: p.role for p in c.parties} == {"StarTimes": "contractor", "Zambia": "signatory"}


def test_the_total_value_of_the_deals_own_contracts_is_its_amount():
    """"ZTE has signed two network construction contracts with Lakeland Telecom. The two contracts, which cover the
    radio and the core network, have a total value of CNY1.33 billion": the deal's sum; "total trade reached $5
    billion" stays background."""
    (c,) = extract_article("Example headline\n\nZTE has signed two network construction contracts with Lakeland "
                           "Telecom. The two contracts, which cover the radio and the core network, have a total value "
                           "of CNY1.33 billion.\n").candidates
    assert c.amounts == [(1_330_000_000, "CNY")]
    (c,) = extract_article("Example headline\n\nZTE has signed a network construction contract with Lakeland Telecom, "
                           "as total trade between the two countries reached $5 billion.\n").candidates
    assert c.amounts == []


def test_an_earlier_deal_this_one_follows_gives_it_no_date_and_initials_of_a_party_are_that_party():
    """"ZTE said it had signed a framework agreement with the Pacific Telecommunications Council … This agreement
    between ZTE and the PTC follows one signed in 2016": the earlier deal's year is not this one's, and "PTC", the
    initials of the council named in full, is no second party."""
    (c,) = extract_article("Example headline\n\nZTE said it had signed a framework agreement to reinforce its "
                           "cooperation with the Pacific Telecommunications Council in 5G communications. This agreement "
                           "between ZTE and the PTC follows one signed in 2016.\n", published="2019-06-03").candidates
    assert c.date is None
    assert {p.name for p in c.parties} == {"ZTE", "Pacific Telecommunications Council"}


def test_when_the_work_is_due_is_not_the_deals_date():
    """"The financing agreement signed between the two parties, which is expected to roll out in 2013, …": 2013 is
    when the money is due to flow, not when the agreement was signed; "expected to be signed in March" still is."""
    (c,) = extract_article("Example headline\n\nZTE has signed a deal to loan US$20 billion from China Development "
                           "Bank. The cooperation agreement signed between the two parties, which is expected to roll "
                           "out in 2013 and over five years, was announced by the company.\n",
                           published="2012-12-04").candidates
    assert c.kind == "loan" and c.date is None
    (c,) = extract_article("Example headline\n\nZTE and Lakeland Telecom are in talks on a network contract, which is "
                           "expected to be signed in March 2013.\n", published="2012-12-04").candidates
    assert c.date == "2013-03"


def test_a_loan_told_with_its_chinese_lender_alone_goes_to_the_country_the_article_is_about():
    """"In Lakeland, … a loan agreement with the Export-Import Bank of China" and "paid for with a $65 million loan from
    Exim Bank of China" in an article about Lakeland's neighbour: the state the loan goes to is the one other country
    the sentence — else the article before it — names; "US$65 million" names no country, and a commercial bank's
    loan, or a loan that names its borrower, gets none added."""
    (c,) = extract_article("Example headline\n\nIn Vanuatu, the government's plan led to the signing of a loan "
                           "agreement with the Export-Import Bank of China to finance an e-government network.\n"
                           ).candidates
    assert c.kind == "loan"
    assert {p.name: p.role for p in c.parties} == {"Export-Import Bank of China": "financier", "Vanuatu": "beneficiary"}
    (party,) = [p for p in c.parties if p.name == "Vanuatu"]
    assert party.country == "VUT" and party.span.text == "Vanuatu"
    (c,) = extract_article("Example headline\n\nSolomon Islands will build 161 mobile towers across its provinces, the "
                           "ministry said. The towers are paid for with a US$65 million loan from Exim Bank of China at "
                           "1 percent interest.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Exim Bank of China": "financier", "Solomon Islands": "beneficiary"}
    (c,) = extract_article("Example headline\n\nIn Vanuatu, the plan led to a loan agreement with China Eximbank to "
                           "finance an e-government network.\n").candidates  # (the short forms of the bank's name)
    assert {p.name: p.role for p in c.parties} == {"China Eximbank": "financier", "Vanuatu": "beneficiary"}
    (c,) = extract_article("Example headline\n\nThe towers in Fiji are paid for with a US$65 million loan from Bank of "
                           "China.\n").candidates
    assert {p.name for p in c.parties} == {"Bank of China"}
    (c,) = extract_article("Example headline\n\nFiji's Lakeland Telecom signed a US$65 million loan from the Export-Import "
                           "Bank of China.\n").candidates
    assert "Fiji" not in {p.name for p in c.parties}


def test_a_deal_to_borrow_is_a_loan():
    """"has signed a deal to borrow $500 million from China Development Bank": the deal signed is the loan, whoever
    borrows; "a deal to build" stays a contract."""
    (c,) = extract_article("Example headline\n\nLakeland Telecom has signed a deal to borrow $500 million from China "
                           "Development Bank to expand its 4G network.\n").candidates
    assert (c.kind, c.amounts) == ("loan", [(500_000_000, "USD")])
    assert {p.name: p.role for p in c.parties}["China Development Bank"] == "financier"
    (c,) = extract_article("Example headline\n\nLakeland Telecom has signed a $500 million deal with ZTE to build its 4G "
                           "network.\n").candidates
    assert c.kind == "contract"


def test_a_groups_unit_named_with_its_country_and_a_chinese_vendors_unit_builds():
    """"Telenor Pakistan signed a contract with Huawei Pakistan": Telenor's unit in Pakistan is the client (a
    country's name — "Pakistan", "Oman" — is no people's adjective, so the name runs on through it), and Huawei's
    unit there builds as Huawei does (so does "Huawei Sri Lanka", a unit the records know)."""
    (c,) = extract_article("Example headline\n\nTelenor Pakistan has signed a contract with Huawei Pakistan to upgrade "
                           "its 4G network.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Telenor Pakistan": "signatory", "Huawei Pakistan": "contractor"}
    (c,) = extract_article("Example headline\n\nMobitel has signed a contract with Huawei Sri Lanka to upgrade its 4G "
                           "network.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Mobitel": "signatory", "Huawei Sri Lanka": "contractor"}


def test_a_deal_the_article_says_this_one_came_after_is_a_deal_of_its_own():
    """"The deal comes three months after the Kenyan government and Huawei signed an agreement to ramp up ICT skills
    and capacity": the earlier agreement is its own record with its own parties (an agreement on skills and capacity
    is no capacity lease), and "The deal is renewable …" after it is still the first deal."""
    x = extract_article("Example headline\n\nKenya's Communications Authority has signed a technical cooperation "
                        "agreement with Huawei on 5G rollout. The deal comes three months after the Kenyan government "
                        "and Huawei signed an agreement to ramp up ICT skills and capacity in the country. The deal is "
                        "renewable every five years.\n")
    assert len(x.candidates) == 2
    first, second = x.candidates
    assert {p.name for p in first.parties} == {"Communications Authority", "Huawei"}
    assert {p.name for p in second.parties} == {"Kenyan government", "Huawei"}
    assert second.kind != "contract"
    assert any("renewable" in s.text for s in first.sentences)


def test_a_headlines_country_is_the_state_body_that_signed():
    """"Kenya inks 5G deal with Huawei" over "The Kenyan Communications Authority (KCA) has signed a memorandum of
    understanding with Huawei": the country in the headline stands for its authority, no party of its own — but a
    country the body names signing stays."""
    (c,) = extract_article("Kenya inks 5G deal with Huawei\n\nThe Kenyan Communications Authority (KCA) has signed a "
                           "memorandum of understanding with Huawei to spur the growth of 5G in the country.\n").candidates
    assert {p.name for p in c.parties} == {"Kenyan Communications Authority", "Huawei"}
    (c,) = extract_article("Kenya inks 5G deal with Huawei\n\nKenya and Huawei have signed a memorandum of understanding "
                           "to spur the growth of 5G, the Kenyan Communications Authority said.\n").candidates
    assert "Kenya" in {p.name for p in c.parties}


def test_an_agreement_told_again_by_the_same_two_sides_is_one_deal_and_cabo_verdean_is_cabo_verde():
    """"Huawei has signed a deal to build a 5G network in Cabo Verde" then "Huawei and the Cabo Verdean government
    have struck an agreement on building ICT infrastructure": one deal, told twice (the Cabo Verdean government is
    Cabo Verde's); a third party's agreement stays apart."""
    (c,) = extract_article("Example headline\n\nThe Cabo Verdean government has signed a deal with Huawei to build a 5G "
                           "network in the islands. The state radio says Huawei and the Cabo Verdean government have "
                           "struck an agreement on building ICT infrastructure.\n").candidates
    assert c.kind == "contract"
    assert {p.name: p.country for p in c.parties} == {"Cabo Verdean government": "CPV", "Huawei": "CHN"}
    x = extract_article("Example headline\n\nThe Cabo Verdean government has signed a deal with Huawei to build a 5G "
                        "network in the islands. The state radio says Huawei and CV Telecom have struck an agreement on "
                        "building ICT infrastructure.\n")
    assert len(x.candidates) == 2


@pytest.mark.parametrize("said, amount", [
    ("a 7 billion yen ($64 million) contract", [(7_000_000_000, "JPY"), (64_000_000, "USD")]),
    ("a contract worth 9.98 billion Japanese yen", [(9_980_000_000, "JPY")]),
    ("an 80 million U.S.dollars contract", [(80_000_000, "USD")]),
    ("a TSh 100 billion contract", [(100_000_000_000, "TZS")]),
    ("a contract worth 50 million Australian dollars", [(50_000_000, "AUD")]),
    ("a contract worth 3 billion Egyptian pounds", [(3_000_000_000, "EGP")]),
    ("a contract worth 2 trillion dong", [(2_000_000_000_000, "VND")]),
    ("a Rp 2 trillion contract", [(2_000_000_000_000, "IDR")]),
    ("a contract worth 20 million kina", [(20_000_000, "PGK")]),
])
def test_amounts_in_the_currencies_reports_of_the_field_use(said, amount):
    """Yen, the Tanzanian shilling ("TSh", no Kenyan one), another country's dollars, pounds, dong, rupiah, kina: each
    amount in its own currency — and "Japanese yen" names no country of the deal."""
    (c,) = extract_article(f"Example headline\n\nLakeland Telecom signed {said} with Huawei to build a 4G network.\n"
                           ).candidates
    assert c.amounts == amount
    assert "JPN" not in c.countries and "AUS" not in c.countries and "EGY" not in c.countries


def test_money_spent_on_a_project_is_not_its_loans_sum():
    """"22 million US dollars were spent for the project, including a 20.9 million USD loan from China's Exim Bank":
    the loan's sum is 20.9 million."""
    for spent in ("22 million US dollars (USD) were spent", "$22 million has been spent"):
        (c,) = extract_article(f"Example headline\n\nIn Lakeland, {spent} for implementation of the Safe City project, "
                               "including a 20.9 million USD loan from China's Exim Bank.\n").candidates
        assert c.kind == "loan" and c.amounts == [(20_900_000, "USD")]


def test_a_network_expansion_deal_is_a_contract():
    """"Hong Kong operator CSL has signed an LTE network expansion deal with ZTE": the operator hires ZTE to expand its
    network — a contract, ZTE the contractor."""
    (c,) = extract_article("Example headline\n\nHong Kong operator CSL has signed an LTE network expansion deal with ZTE."
                           "\n").candidates
    assert c.kind == "contract"
    assert {p.name: p.role for p in c.parties} == {"CSL": "signatory", "ZTE": "contractor"}


def test_a_headlines_group_is_the_unit_the_report_names():
    """"Huawei and Ministry of Innovative Development of Uzbekistan sign memorandum of understanding" over "Huawei Tech
    Investment Tashkent (Huawei) and the Ministry … signed a memorandum": Huawei's unit signed, not a second party."""
    (c,) = extract_article("Huawei and Ministry of Innovative Development of Uzbekistan sign memorandum of understanding\n\n"
                           "Huawei Tech Investment Tashkent (Huawei) and the Ministry of Innovative Development of "
                           "Uzbekistan signed a memorandum of understanding on smart city solutions.\n").candidates
    assert {p.name for p in c.parties} == {"Huawei Tech Investment Tashkent", "Ministry of Innovative Development of Uzbekistan"}


def test_a_body_under_a_ministry_signs_alone_and_the_state_in_a_name_is_no_government():
    """"a memorandum was signed between the State Services Agency under the Ministry of Justice of the Republic of
    Uzbekistan and Huawei Tech Investment Tashkent": the agency signs (the ministry it reports to does not), and "the
    State" opening its name is no government."""
    (c,) = extract_article("Example headline\n\nFollowing the meeting, a memorandum of understanding was signed between "
                           "the State Services Agency under the Ministry of Justice of the Republic of Uzbekistan and "
                           "Huawei Tech Investment Tashkent company.\n").candidates
    assert {p.name for p in c.parties} == {"State Services Agency", "Huawei Tech Investment Tashkent"}


def test_one_name_is_one_organisation_in_an_article():
    """"Egypt's Ministry of Communication signed an MoU with Huawei … Separately, Nokia and the Ministry of Communication
    signed a contract": the second deal's ministry is the Egyptian one the article named ("Separately" is nobody); "The
    Punjab Safe Cities Authority (PSCA) … the PSCA": one authority, of Pakistan, in both deals."""
    x = extract_article("Example headline\n\nEgypt's Ministry of Communication signed a memorandum of understanding with "
                        "Huawei on 5G.\n\nSeparately, Nokia and the Ministry of Communication signed a contract to build "
                        "a fibre network.\n")
    assert [{p.name: p.country for p in c.parties} for c in x.candidates] == [
        {"Ministry of Communication": "EGY", "Huawei": "CHN"}, {"Nokia": None, "Ministry of Communication": "EGY"}]
    x = extract_article("Example headline\n\nThe Punjab Safe Cities Authority (PSCA) and Huawei Pakistan signed a contract "
                        "on Thursday to install cameras in Lahore.\n\nSeparately, the PSCA and Nokia signed a memorandum "
                        "of understanding on 5G.\n")
    authorities = [p for c in x.candidates for p in c.parties if p.name == "Punjab Safe Cities Authority"]
    assert len(authorities) == 2 and {(p.id, p.country) for p in authorities} == {(authorities[0].id, "PAK")}
    assert "Separately" not in {p.name for c in x.candidates for p in c.parties}


def test_a_firm_named_after_what_it_is_and_its_country_is_the_party_not_the_country():
    """"after signing an agreement with UK data centre owner Global Switch and Chinese data centre operator Daily Tech":
    the two firms sign, not the United Kingdom."""
    (c,) = extract_article("Example headline\n\nChina Telecom Global will expand its data centre business after signing "
                           "an agreement with UK data centre owner Global Switch and Chinese data centre operator Daily "
                           "Tech.\n").candidates
    assert {p.name for p in c.parties} == {"China Telecom Global", "Global Switch", "Daily Tech"}


def test_a_government_owned_news_agency_is_no_party():
    """"The parties will cooperate to construct data centres …, China government-owned Xinhua news agency reported":
    "China government" is a word of what the agency is, no party and no deal of its own."""
    x = extract_article("Example headline\n\nLakeland Call and China Mobile International signed a memorandum of "
                        "understanding to launch data centres.\n\nThe parties will cooperate to construct 100 MW data "
                        "centres in four cities, China government-owned Xinhua news agency reported.\n")
    assert "China government" not in {p.name for c in x.candidates for p in c.parties}
    assert len(x.candidates) == 1


def test_a_country_that_describes_a_firm_is_no_party():
    """"Maxis, Malaysia's second-largest mobile network operator, stated it has signed a contract with Huawei", "signed
    separate MoUs with Chinese technology leaders Huawei and ZTE": the country says whose the firm is, it signs
    nothing."""
    (c,) = extract_article("Example headline\n\nLate on Thursday, Maxis, Malaysia's second-largest mobile network "
                           "operator by subscribers, stated it has signed a contract with Huawei for the supply of 5G "
                           "radio equipment.\n").candidates
    assert {p.name for p in c.parties} == {"Maxis", "Huawei"}
    x = extract_article("Example headline\n\nU Mobile has signed memorandums of understanding with Chinese technology "
                        "leaders Huawei and ZTE to roll out a 5G network.\n")
    assert "Chinese" not in {p.name for c in x.candidates for p in c.parties}


def test_the_democratic_republic_of_the_congo_is_one_country():
    """"… satellite in-orbit delivery for the Democratic Republic of the Congo": Kinshasa's country (COD), not the
    Republic of the Congo nor a firm called "Democratic Republic"; "the Republic of Korea" is South Korea."""
    (c,) = extract_article("Example headline\n\nChina Great Wall Industry Corp signed a contract with the National "
                           "Network of Satellite Telecommunications to deliver a satellite for the Democratic Republic of "
                           "the Congo.\n").candidates
    assert "COD" in c.countries and "COG" not in c.countries
    assert "Democratic Republic" not in {p.name for p in c.parties}
    from graph.resolve.countries import countries_in
    assert countries_in("republic of korea") == {"republic of korea": "KOR"}


def test_a_weekday_right_after_the_signing_dates_it_whoever_tells():
    """"…, according to a commercial contract inked Saturday in Zhuhai" (published on a Sunday): signed the day before;
    "…, the firm said Wednesday" still dates only the statement."""
    (c,) = extract_article("Example headline\n\nChina Great Wall will deliver a satellite for Laos, according to a "
                           "commercial contract inked Saturday in Zhuhai.\n", published="2012-11-18").candidates
    assert c.date == "2012-11-17"
    (c,) = extract_article("Example headline\n\nChina Great Wall has signed a contract to deliver a satellite for Laos, "
                           "the firm said Wednesday.\n", published="2012-11-18").candidates
    assert c.date is None


def test_where_a_deal_ranks_is_that_deal_told_again():
    """"Lakeland is the second African country to ink a satellite delivery contract with China": the contract just
    told, ranked — no second contract."""
    x = extract_article("Example headline\n\nChina Great Wall Industry Corp signed a contract with Lakeland's National "
                        "Satellite Agency to deliver a communications satellite. Lakeland is the second African country "
                        "to ink a satellite delivery contract with China.\n")
    assert len(x.candidates) == 1


def test_a_denied_report_is_no_deal_and_a_place_a_firm_is_based_in_is_no_party():
    """"China Telecom has denied speculation that it is seeking to acquire the South Africa-based pan-African mobile
    operator MTN": nothing was proposed; and "South Africa-based" says where MTN is, no party of its own."""
    x = extract_article("Example headline\n\nChina Telecom has denied speculation that it is seeking to acquire the "
                        "South Africa-based pan-African mobile operator MTN.\n")
    assert x.candidates == []
    x = extract_article("Example headline\n\nChina Telecom is seeking to acquire the South Africa-based pan-African mobile "
                        "operator MTN.\n")
    assert "South Africa-based" not in {p.name for c in x.candidates for p in c.parties}


def test_both_sellers_named_after_from_sell():
    """"France Telecom-Orange has acquired mobile operator Congo Chine Telecom from ZTE and the government of the
    Democratic Republic of the Congo": both sell (signatories), the operator is bought (partner)."""
    (c,) = extract_article("Example headline\n\nFrance Telecom-Orange has acquired mobile operator Congo Chine Telecom "
                           "from ZTE and the government of the Democratic Republic of the Congo.\n").candidates
    roles = {p.name: p.role for p in c.parties}
    assert roles["ZTE"] == "signatory" and roles["government of the Democratic Republic of the Congo"] == "signatory"
    assert roles["France Telecom-Orange"] == "owner"


def test_a_bid_for_a_firm_is_a_proposal_and_a_rival_left_behind_is_no_party():
    """"A consortium led by China Unicom has made a winning offer of US$2.5 billion to gain control of Nigerian
    Telecommunications", "China Unicom bid $2.5bn for a majority stake in Nitel": bids, not a venture nor a purchase
    done; "puts Unicom ahead of larger rival China Mobile": the rival is no party."""
    (c,) = extract_article("Example headline\n\nA consortium led by China Unicom has made a winning offer of US$2.5 "
                           "billion to gain control of Nigerian Telecommunications.\n").candidates
    assert (c.kind, c.amounts) == ("proposal", [(2_500_000_000, "USD")])
    assert "China Unicom" in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nChina Unicom bid $2.5bn for a majority stake in Nitel, Nigeria's former "
                           "state telecoms monopoly.\n").candidates
    assert c.kind == "proposal"
    (c,) = extract_article("Example headline\n\nChina Unicom has made an offer of US$2.5 billion for Nitel, which puts it "
                           "ahead of larger rival China Mobile.\n").candidates
    assert "China Mobile" not in {p.name for p in c.parties}


def test_latin_america_is_a_region_not_the_united_states():
    """"… to champion digital talent in Latin America and the Caribbean": no United States in the deal; "America and
    China" still names it."""
    (c,) = extract_article("Example headline\n\nHuawei has signed a memorandum of understanding with the Lakeland "
                           "Digital Agency to champion digital talent in Latin America and the Caribbean.\n").candidates
    assert "USA" not in c.countries
    from graph.extract.gazetteer import gazetteer
    assert [m.value for m in gazetteer().find("talks between America and China") if m.kind == "country"] == ["USA", "CHN"]


def test_an_offices_seat_is_no_signing_place():
    """"an MoU signed by Huawei and the UNESCO Regional Office in Santiago, celebrated at the summit in Bogota": the
    office's seat is part of its name; the signing was in Bogota."""
    (c,) = extract_article("Example headline\n\nThe memorandum of understanding was signed by Huawei and the UNESCO "
                           "Regional Office in Santiago at the ICT Talent Summit in Bogota.\n").candidates
    assert c.place is not None and c.place.startswith("Bogota")


def test_cooperating_with_a_government_to_build_an_academy_is_a_programme():
    """"Huawei will cooperate with the Jamaican Government to build an ICT academy with UWI and UTech": a training
    programme with all four; "cooperate with each other" names no partner."""
    (c,) = extract_article("Example headline\n\nHuawei will cooperate with the Jamaican Government to build an ICT academy "
                           "with UWI and UTech.\n").candidates
    assert c.kind == "training_programme"
    assert {p.name for p in c.parties} == {"Huawei", "Jamaican Government", "UWI", "UTech"}


def test_an_international_lender_lends():
    """"For the fourth phase, the government approached the World Bank, which provided a loan of $75.8mn": the World
    Bank is the lender, not a signatory."""
    x = extract_article("Example headline\n\nFor the fourth phase, the Lakeland government approached the World Bank, "
                        "which provided a loan of $75.8mn.\n")
    roles = {p.name: p.role for c in x.candidates for p in c.parties}
    assert roles.get("World Bank") == "financier"


def test_a_government_that_will_borrow_and_a_headlines_rounded_sum():
    """"Lakeland seeks $146mn Chinese loan …" over "The government will borrow ¥1bn ($146.7m) from the Export-Import
    Bank of China to finance the fifth phase of the backbone": one loan (the headline rounds the sum), in yuan and
    its dollar value, the precise one kept."""
    (c,) = extract_article("Lakeland seeks $146mn Chinese loan for fibre project\n\nThe government will borrow ¥1bn "
                           "($146.7m) from the Export-Import Bank of China to finance the fifth phase of the backbone.\n"
                           ).candidates
    assert c.kind == "loan"
    assert c.amounts == [(1_000_000_000, "CNY"), (146_700_000, "USD")]


def test_cooperation_discussed_is_talks_and_the_chinese_heavyweight_is_the_firm_named_before():
    """"China Telecom is aiming to take part in Lakeland's digital programme. The Chinese heavyweight has discussed
    future cooperation in the national digital society programme": talks, of China Telecom."""
    x = extract_article("Example headline\n\nChina Telecom is aiming to take part in Kyrgyzstan's digital transformation "
                        "programme. The Chinese heavyweight has discussed future cooperation in the national digital "
                        "society programme, said an official of the Kyrgyz President's Office.\n")
    talks = [c for c in x.candidates if c.kind == "talks"]
    assert len(talks) == 1 and "China Telecom" in {p.name for p in talks[0].parties}


def test_a_master_service_agreement_is_a_framework():
    """"Lakeland Telecom and Huawei recently signed a master service agreement outlining the scope of the work": the
    terms later orders follow — a framework agreement."""
    (c,) = extract_article("Example headline\n\nLakeland Telecom and Huawei recently signed a master service agreement "
                           "outlining the scope of the work.\n").candidates
    assert c.kind == "framework_agreement" and c.status == "signed"


def test_a_deal_that_comes_after_no_other_deal_goes_on_in_the_next_sentence():
    """"The loan comes after Lakeland's election and was signed with the Exim Bank of China …" names no earlier deal
    after "after": the loan is the deal the next sentence goes on with ("Huawei will operate the network")."""
    x = extract_article("Example headline\n\nLakeland Telecom signed a memorandum of understanding with ZTE on 5G. The "
                        "loan comes after Lakeland's election and was signed with the Exim Bank of China for $50 million. "
                        "Huawei will operate the network.\n")
    loan = next(c for c in x.candidates if c.kind == "loan")
    assert "Huawei" in {p.name for p in loan.parties}


def test_a_ministrys_name_goes_on_after_and_with_what_it_is_for():
    """"Lakeland's Ministry of Technology and Science", "the Ministry of Youth, Sports and Culture": one ministry each
    (its portfolio's words after "and"), not a ministry and a firm called "Science" — while "… Ministry of Finance and
    Huawei" stays two parties."""
    x = extract_article("Example headline\n\nZambia's Ministry of Technology and Science signed a memorandum of "
                        "understanding with ZTE Corporation on Friday. Separately, Rwanda's Ministry of Youth, Sports and "
                        "Culture and Huawei signed an agreement on skills. Kenya's Ministry of Finance and Huawei signed a "
                        "contract.\n")
    names = {p.name for c in x.candidates for p in c.parties}
    assert {"Ministry of Technology and Science", "Ministry of Youth, Sports and Culture", "Ministry of Finance",
            "Huawei"} <= names
    assert not names & {"Science", "Ministry of Technology", "Ministry of Youth", "Ministry of Finance and Huawei"}


def test_a_firm_that_won_praise_won_no_contract():
    """"Huawei won praise from the ministry for its work on the rural network": no deal; "Huawei won a contract
    from the ministry …" is one."""
    praise = extract_article("Example headline\n\nHuawei won praise from Ghana's Ministry of Communications on Monday "
                             "for its work on the rural network.\n")
    won = extract_article("Example headline\n\nHuawei won a contract from Ghana's Ministry of Communications on Monday "
                          "to build the rural network.\n")
    assert not praise.candidates
    assert [c.kind for c in won.candidates] == ["contract"]



def test_a_state_service_is_a_state_body_that_signs():
    """"signed between the Communications Service under the Government of the Republic of Tajikistan and Huawei": the
    service is a party, a state body of Tajikistan (not dropped as a name of no body)."""
    (c,) = extract_article("Example headline\n\nA memorandum of understanding was signed between the Communications "
                           "Service under the Government of the Republic of Tajikistan and Huawei on cooperation.\n"
                           ).candidates
    service = next(p for p in c.parties if p.name == "Communications Service")
    assert (service.kind, service.country, service.role) == ("agency", "TJK", "signatory")


_SIDES_HEADLINE = ("Tajikistan, China sign MoU on e-government cooperation\n\nA memorandum of understanding was signed "
                   "between the Communications Service under the Government of the Republic of Tajikistan and the "
                   "company Orion Anbang Technology Co., Ltd of the People's Republic of China on cooperation in "
                   "e-government.\n")


def test_a_pages_menu_over_the_headline_is_not_the_headline():
    """A page pasted with its menu ("EN", "• kz", "Politics", …) over the headline: the headline is the first line
    that is not a menu item, and it tells the body's deal (one candidate, not two)."""
    menu = "EN\n• kz\n• ру\n• 中文\n• Kazakhstan\nPresident\nPolitics\nEconomy\nAnalytics\nWorld\nIncidents\nSport\nCulture\n\n"
    (c,) = extract_article(menu + _SIDES_HEADLINE).candidates
    assert "e_government" in c.technology
    assert {"Communications Service", "Orion Anbang Technology Co., Ltd"} <= {p.name for p in c.parties}


@pytest.mark.parametrize("page", ["Skip to main content\nWednesday, November 13, 2019\n\n",
                                  "Support The Lakeland Times!\nStaff Reporter\n",
                                  "POLITICS | 10:59 / 28.01.2019\n2 min read\n"])
def test_a_pages_offers_bylines_and_date_lines_over_the_headline_are_not_the_headline(page):
    """"Skip to main content", "Support The Lakeland Times!", a byline, a date line over the headline: the headline is
    the line after them — "Kenya inks 5G deal with Huawei" over "The Communications Authority of Kenya signed …": the
    headline's Kenya is the authority, no party of its own."""
    (c,) = extract_article(page + "Kenya inks 5G deal with Huawei\n\nThe Communications Authority of Kenya signed a "
                                  "contract with Huawei on Monday to build the network.\n").candidates
    assert c.kind == "contract" and "5g" in c.technology
    assert {p.name for p in c.parties} == {"Communications Authority of Kenya", "Huawei"}


def test_a_lone_short_line_over_the_text_is_a_short_headline_but_a_lone_word_is_a_section():
    """"Growth Spurt" alone over the lead is the headline (two words); "National" alone is the page's section."""
    from graph.extract.rules import _headline_line

    assert _headline_line("Growth Spurt\n\nSept 18, 2008 – Mobitel signed a contract with Huawei.\n").group() == "Growth Spurt"
    assert _headline_line("National\n\nChina to lend $211 million for Teletalk expansion\n\nThe bank …\n").group() == \
        "China to lend $211 million for Teletalk expansion"


@pytest.mark.parametrize("sentence, name", [
    ("Huawei signed a contract with Brazilian operator Zentrix on Monday to build a 5G network.", "Zentrix"),
    ("China Mobile agreed on Monday to acquire Hong Kong broadband provider Zentrix for $1 billion.", "Zentrix"),
    ("Zentrix, a New Zealand company, signed a contract with Huawei Marine on Monday to lay a cable.", "Zentrix"),
])
def test_a_firm_new_to_the_records_named_after_or_before_what_it_is(sentence, name):
    """"Brazilian operator Zentrix on Monday", "broadband provider Zentrix for $1 billion", "Zentrix, a New Zealand
    company, signed": a firm the records do not know, told by what it is, is a party (whatever word follows it)."""
    (c,) = extract_article("Example headline\n\n" + sentence + "\n").candidates
    assert name in {p.name for p in c.parties}


def test_a_short_name_is_the_firm_the_article_named_in_full_before():
    """"Orion Satellite Holdings of Hong Kong said it had ordered a satellite. Orion signed a contract with China Great
    Wall …": Orion is Orion Satellite Holdings (where it is left out of its name) — but a short name that two longer
    names begin stays as written."""
    (c,) = extract_article("Example headline\n\nOrion Satellite Holdings of Hong Kong said on Tuesday it had ordered a "
                           "telecommunications satellite. Orion signed a contract with China Great Wall Industry Corp. "
                           "to build and launch the satellite.\n").candidates
    assert "Orion Satellite Holdings" in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nOrion Satellite Holdings and Orion Cable Holdings said on Tuesday they "
                           "had ordered a telecommunications satellite. Orion signed a contract with China Great Wall "
                           "Industry Corp. to build and launch the satellite.\n").candidates
    assert "Orion" in {p.name for p in c.parties}


def test_deals_a_chinese_firm_builds_for_two_clients_are_one_each():
    """"ZTE has won deals to build a 4G network for Zentrix Telecom in Kenya, and upgrade and extend Orion Mobile's
    networks": two contracts, ZTE in both, one client each ("Orion Mobile's networks": whose the work is) — but
    "agreements … with 40 partners, including Alibaba, Tencent and Baidu Inc" stays one list, told as one."""
    x = extract_article("Example headline\n\nZTE has won deals to build a 4G network for Zentrix Telecom in Kenya, and "
                        "upgrade and extend Orion Mobile's networks.\n")
    assert sorted(sorted(p.name for p in c.parties) for c in x.candidates) == \
        [["Orion Mobile", "ZTE"], ["ZTE", "Zentrix Telecom"]]
    x = extract_article("Example headline\n\nLakeland Electronics Group Co Ltd signed cooperation agreements on Monday "
                        "with 40 partners, including Chinese technology giants Alibaba Group Holding Ltd, Tencent "
                        "Holdings Ltd and Baidu Inc.\n")
    assert len(x.candidates) == 1


def test_a_builders_own_further_contracts_are_not_its_clients():
    """"Mundo Startel signed a contract with ZTE … ZTE said it had also been given networking contracts in Hong Kong
    and Pakistan": more contracts of the same builder, not Mundo Startel's (its client is not carried over)."""
    x = extract_article("Example headline\n\nMundo Startel signed a contract with ZTE to install a fixed-line network. "
                        "ZTE said it had also been given networking contracts in Hong Kong and Pakistan.\n")
    given = [c for c in x.candidates if c.sentences[0].text.startswith("ZTE said")]
    assert len(given) == 2 and all({p.name for p in c.parties} == {"ZTE"} for c in given)


def test_a_cooperation_agreement_to_launch_something_is_no_contract():
    """"signed a cooperation agreement with the Egyptian government to launch a production line": an agreement to
    work together (kind other), not a contract to build — while "signed an agreement … to build" still is one."""
    (c,) = extract_article("Example headline\n\nIn mid-2016, the company Tecno signed a cooperation agreement with the "
                           "Egyptian government to launch a production line in a technology park.\n").candidates
    assert c.kind == "other"
    (c,) = extract_article("Example headline\n\nHuawei signed an agreement with the Egyptian government to build a data "
                           "centre in a technology park.\n").candidates
    assert c.kind == "contract"


def test_talks_held_and_an_agreement_signed_by_the_same_sides_are_two_events():
    """"Transsion said it held new talks with Egyptian authorities … In mid-2016, the company signed a cooperation
    agreement with the Egyptian government": talks (announced) and an earlier agreement (signed), not one deal."""
    x = extract_article("Example headline\n\nChina's Transsion Holdings on Tuesday said it held new talks with Egyptian "
                        "authorities on its first factory. In mid-2016, Transsion Holdings signed a cooperation agreement "
                        "with the Egyptian government to launch a production line.\n")
    assert sorted(c.kind for c in x.candidates) == ["other", "talks"]


def test_a_firm_with_a_possessive_appositive_before_its_verb_signs():
    """"MobiCom, Mongolia's top mobile provider, signed a cooperation agreement with Rostelekom": MobiCom signs."""
    (c,) = extract_article("Example headline\n\nMobiCom, Mongolia's top mobile provider, signed a long-term cooperation "
                           "agreement with major Russian provider Rostelekom in December 2011.\n").candidates
    assert {"MobiCom", "Rostelekom"} <= {p.name for p in c.parties}


def test_the_contract_a_firm_was_kept_from_winning_is_no_deal():
    """"Australia agreed to fund a subsea cable to the Solomon Islands to prevent Huawei from winning the contract":
    the deal is Australia's promise to fund (a pledge), not a contract no one got."""
    (c,) = extract_article("Example headline\n\nAustralia agreed to fund a subsea cable to the Solomon Islands in 2018 "
                           "to prevent Huawei from winning the contract.\n").candidates
    assert c.kind == "pledge"


def test_a_loan_that_pays_for_a_hired_firms_work_makes_the_deal_a_contract():
    """"With a loan from Exim Bank of China, PNG commissioned Huawei to build a national data centre": the contract
    PNG gives Huawei (the bank its financier), not a loan told on its own — while "PNG signed a loan with Exim Bank
    of China to build a data centre" is the loan."""
    (c,) = extract_article("Example headline\n\nWith a loan from Exim Bank of China, PNG commissioned Huawei to build a "
                           "national data centre in Port Moresby.\n").candidates
    assert c.kind == "contract"
    assert {p.name: p.role for p in c.parties} == {"PNG": "signatory", "Huawei": "contractor",
                                                   "Exim Bank of China": "financier"}
    (c,) = extract_article("Example headline\n\nPNG signed a loan with Exim Bank of China to build a national data "
                           "centre in Port Moresby.\n").candidates
    assert c.kind == "loan"


def test_agreements_with_countries_including_a_list_are_one_in_each_country():
    """"StarTimes Signs Agreements With Broadcast Institutions" then "The media group has signed agreements with
    additional African countries including Ethiopia, Ghana and Gabon": one agreement in each country named (no count
    is given), even when the list comes after the headline."""
    x = extract_article("StarTimes Signs Agreements With Broadcast Institutions\n\nThe media group StarTimes has signed "
                        "agreements with additional African countries including Ethiopia, Ghana and Gabon.\n")
    assert sorted(next(k for k in c.countries if k != "CHN") for c in x.candidates) == ["ETH", "GAB", "GHA"]


def test_a_chinese_firms_own_plant_or_plan_abroad_is_a_project():
    """"FiberHome has opened a plant in Kisber, Hungary" (operational), "Chinese technology firm Huawei will be
    setting up a data center in Iran" (announced): a Chinese firm's project abroad, a record though no partner is
    named — but "China Confident Huawei Will Build Brazil's 5G Network" is a hope, no project, and "Lakeland Telecom
    plans to build a fibre link" is a firm's own plan at home."""
    (c,) = extract_article("Example headline\n\nFiberHome has opened a plant in Kisber, Hungary.\n").candidates
    assert (c.kind, c.status, [p.name for p in c.parties]) == ("project", "operational", ["FiberHome"])
    assert "HUN" in c.countries
    (c,) = extract_article("Example headline\n\nChinese technology firm Huawei will be setting up a data center in Iran, "
                           "the minister said.\n").candidates
    assert (c.kind, c.status, [p.name for p in c.parties]) == ("project", "announced", ["Huawei"])
    assert "IRN" in c.countries
    assert not extract_article("China Confident Huawei Will Build Brazil's 5G Mobile Network\n\nThe ambassador spoke on "
                               "Monday.\n").candidates
    assert not extract_article("Example headline\n\nNepal Telecom plans to build an optical fibre link in Nepal.\n"
                               ).candidates


@pytest.mark.parametrize("sentence, kind, names", [
    ("The project was a joint venture between Lakeland Telecom and Telekom Malaysia Berhad.", "joint_venture",
     {"Lakeland Telecom", "Telekom Malaysia Berhad"}),
    ("China Great Wall would take an equity stake in Nigcomsat, the minister said.", "acquisition",
     {"China Great Wall", "Nigcomsat"}),
    ("Iran's ICT Ministry and China's Ministry of Industry and Information Technology signed documents for expansion "
     "of cooperation in research.", "other", {"Ministry of Industry and Information Technology"}),
])
def test_deals_told_without_a_deal_verb(sentence, kind, names):
    """"The project was a joint venture between A and B", "would take an equity stake in Nigcomsat", "signed documents
    for expansion of cooperation": deals, told by a copula, "take a stake", "documents for … cooperation"."""
    (c,) = extract_article("Example headline\n\n" + sentence + "\n").candidates
    assert c.kind == kind and names <= {p.name for p in c.parties}


def test_a_pages_citation_line_tells_no_deal():
    """'Citation: China Mobile to take stake in Thailand's True (2014, June 9) retrieved 25 April 2024 from https://…':
    how the page cites itself, no deal (nor a date of one)."""
    x = extract_article("Example headline\n\nThe weather was fine.\n\nCitation: China Mobile to take stake in Thailand's "
                        "True (2014, June 9) retrieved 25 April 2024 from https://example.org/news/true.html\n")
    assert not x.candidates


def test_a_contract_won_from_a_firm_to_build_names_the_firm():
    """"ZTE won a contract from Zentrix to build a fibre network": Zentrix gives the contract ("from A to build" is no
    route, as "from Sydney to PNG" is)."""
    (c,) = extract_article("Example headline\n\nZTE won a contract from Zentrix to build a fibre network.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"ZTE": "contractor", "Zentrix": "signatory"}


def test_loans_approved_or_secured_as_a_facility():
    """"has approved a $120 million loan to Zambia for the construction of a data centre": a loan signed (what it is
    for is not under construction); "has secured a $90 million facility from China Development Bank": a loan, the
    government its borrower; "Kenya's National Treasury signed a loan": the treasury is a ministry."""
    (c,) = extract_article("Example headline\n\nThe Export-Import Bank of China has approved a $120 million loan to "
                           "Zambia for the construction of a national data centre.\n").candidates
    assert (c.kind, c.status) == ("loan", "signed")
    (c,) = extract_article("Example headline\n\nThe Ghanaian government has secured a $90 million facility from China "
                           "Development Bank to fund its e-government platform.\n").candidates
    assert c.kind == "loan" and {p.name: p.role for p in c.parties}["Ghanaian government"] != "contractor"
    (c,) = extract_article("Example headline\n\nKenya's National Treasury signed a $150 million loan agreement with "
                           "China Exim Bank for the Konza data centre.\n").candidates
    assert {p.name: (p.kind, p.country) for p in c.parties}["National Treasury"] == ("ministry", "KEN")


def test_who_selects_a_firm_is_its_client_and_a_place_before_for_is_no_name():
    """"Huawei has been selected by Ethio Telecom to upgrade its core network": Ethio Telecom gives the contract;
    "build a data centre in Djibouti for Djibouti Telecom": the client is Djibouti Telecom (not "Djibouti for …")."""
    (c,) = extract_article("Example headline\n\nHuawei has been selected by Ethio Telecom to upgrade its core network."
                           "\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Huawei": "contractor", "Ethio Telecom": "signatory"}
    (c,) = extract_article("Example headline\n\nUnder the deal, China Mobile International will build a data centre in "
                           "Djibouti for Djibouti Telecom.\n").candidates
    assert "Djibouti Telecom" in {p.name for p in c.parties}


def test_a_deal_for_the_construction_of_a_thing_a_deal_with_a_bank_and_who_awards_a_contract():
    """"Kenya has signed a deal with Huawei for the construction of a smart city": a contract Huawei builds; "The
    $500 million deal was signed between the government of Uganda and China's Exim Bank": a loan (a deal of money
    with a bank, no builder named); "awarded a $60 million contract by the Ghanaian government to build …": the
    government gives the contract."""
    (c,) = extract_article("Example headline\n\nKenya has signed a deal with Huawei for the construction of a smart city "
                           "at Konza.\n").candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties}["Huawei"] == "contractor"
    (c,) = extract_article("Example headline\n\nThe $500 million deal was signed between the government of Uganda and "
                           "China's Exim Bank in Kampala.\n").candidates
    assert c.kind == "loan"
    (c,) = extract_article("Example headline\n\nChinese firm ZTE has been awarded a $60 million contract by the Ghanaian "
                           "government to build a security network.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"ZTE": "contractor", "Ghanaian government": "signatory"}


def test_mous_with_a_and_with_b_a_loan_borrowed_and_the_construction_an_agreement_covers():
    """"signed MoUs with Zambia's Ministry of Technology and Science and with Zamtel": two MoUs; "Uganda borrowed $200
    million from China's Exim Bank to build the backbone": a loan signed, the bank its financier (not a builder);
    "The agreement, signed on March 3, 2021, covers the construction of a fibre network": signed, not under
    construction."""
    x = extract_article("Example headline\n\nHuawei signed MoUs with Zambia's Ministry of Technology and Science and "
                        "with Zamtel on the sidelines of the forum.\n")
    assert sorted(sorted(p.name for p in c.parties) for c in x.candidates) == \
        [["Huawei", "Ministry of Technology and Science"], ["Huawei", "Zamtel"]]
    (c,) = extract_article("Example headline\n\nUganda borrowed $200 million from China's Exim Bank to build the national "
                           "ICT backbone.\n").candidates
    assert (c.kind, c.status) == ("loan", "signed") and {p.name: p.role for p in c.parties}["Exim Bank"] == "financier"
    (c,) = extract_article("Example headline\n\nThe agreement, signed on March 3, 2021, covers the construction of a "
                           "fibre network by Huawei for Ethio Telecom.\n").candidates
    assert (c.status, c.date) == ("signed", "2021-03-03")


def test_a_deal_signed_by_a_minister_and_dated_by_a_quarter():
    """"The MoU was signed in Lusaka by Zambia's Minister of Information and Communications Technology and Huawei":
    the minister's ministry signs (its name runs over "and" with its portfolio, not into "Huawei"); "signed in the
    second quarter of 2022": 2022 — but "closure expected in H1 2022" dates no signing."""
    (c,) = extract_article("Example headline\n\nThe MoU was signed in Lusaka by Zambia's Minister of Information and "
                           "Communications Technology and Huawei.\n").candidates
    assert {p.name for p in c.parties} == {"Ministry of Information and Communications Technology", "Huawei"}
    (c,) = extract_article("Example headline\n\nThe contract was signed in the second quarter of 2022 between Telkom "
                           "Kenya and ZTE.\n").candidates
    assert c.date == "2022"
    (c,) = extract_article("Example headline\n\nDigital Realty will acquire Teraco, with the deal's closure expected in "
                           "H1 2022.\n").candidates
    assert c.date is None


def test_the_borrower_of_the_loan_just_told_gives_the_contract_it_pays_for():
    """"… China Eximbank and the Government of Lakeland signed a preferential buyer's credit agreement … the borrower
    was to use the proceeds to finance a commercial contract with ZTE Corporation": the government gives ZTE's
    contract."""
    x = extract_article("Example headline\n\nOn December 8, 2009, China Eximbank and the Government of Mongolia signed a "
                        "preferential buyer's credit agreement for the ICT Network Extension Project. The borrower was to "
                        "use the proceeds to finance a $45 million commercial contract with ZTE Corporation, which was "
                        "signed on August 17, 2009.\n")
    contract = next(c for c in x.candidates if c.kind == "contract")
    assert {p.name: p.role for p in contract.parties} == {"ZTE Corporation": "contractor",
                                                          "Government of Mongolia": "signatory"}


def test_an_amount_with_its_scale_hyphenated():
    """"access to a US$50-million concessional loan", "a $200-mln deal": the scale joined by a hyphen."""
    (c,) = extract_article("Example headline\n\nThe Government of East Timor signed a loan agreement with the "
                           "Export-Import Bank of China giving it access to a US$50-million concessional loan.\n").candidates
    assert c.amounts == [(50_000_000, "USD")]
    (c,) = extract_article("Example headline\n\nZTE signed a $200-mln deal with Ethio Telecom to expand the network.\n"
                           ).candidates
    assert c.amounts == [(200_000_000, "USD")]


def test_a_month_still_to_come_dates_no_deal():
    """"China has also built a communications satellite for Laos and will send it into orbit in November" (told in
    October 2015): November is still to come — no date (not November 2014) — while "signed the deal in June" is the
    latest June."""
    (c,) = extract_article("Example headline\n\nChina has also built a communications satellite for Laos and will send "
                           "it into orbit in November.\n", published="2015-10-18").candidates
    assert c.date is None
    (c,) = extract_article("Example headline\n\nLao Telecom signed the deal with Huawei in June.\n",
                           published="2015-10-18").candidates
    assert c.date == "2015-06"


def test_a_project_completed_or_handed_over_is_done_a_launched_one_runs():
    """"Huawei completed the national fibre backbone for ZICTA in March 2019": the project is completed; "The Safe City
    project, built by Huawei, went live in 2015": operational."""
    (c,) = extract_article("Example headline\n\nHuawei completed the national fibre backbone for Zambia's ZICTA in March "
                           "2019.\n").candidates
    assert (c.kind, c.status) == ("project", "completed")
    (c,) = extract_article("Example headline\n\nThe Safe City project in Nairobi, built by Huawei, went live in 2015.\n"
                           ).candidates
    assert (c.kind, c.status) == ("project", "operational")


def test_a_president_who_launches_a_deal_beside_a_firm_stands_for_his_state():
    """"Alibaba founder Jack Ma and President Paul Kagame launched the Electronic World Trade Platform in Kigali":
    Rwanda is a party (a head of state beside a firm acts for his state) — while "… was signed, witnessed by President
    Paul Kagame" makes him no party."""
    (c,) = extract_article("Example headline\n\nAlibaba founder Jack Ma and President Paul Kagame launched the Electronic "
                           "World Trade Platform on October 31, 2018 in Kigali, Rwanda.\n").candidates
    assert "RWA" in {p.country for p in c.parties if p.kind == "government"}
    (c,) = extract_article("Example headline\n\nThe Rwanda Development Board and Alibaba signed an agreement, witnessed by "
                           "President Paul Kagame.\n").candidates
    assert not any(p.kind == "government" for p in c.parties)


def test_a_weekday_opening_the_sentence_dates_the_deal_and_mr_surname_is_his_firm():
    """"On Monday, Huawei and Safaricom signed an agreement" (told on Saturday 3 November 2018): 29 October, as "signed
    … on Monday" is; "Last Saturday, …": the Saturday before. "Alibaba founder Jack Ma … On Wednesday, Mr Ma and
    President Paul Kagame launched the platform": Mr Ma stands for Alibaba."""
    (c,) = extract_article("Example headline\n\nOn Monday, Huawei and Safaricom signed an agreement on cloud services.\n",
                           published="2018-11-03").candidates
    assert c.date == "2018-10-29"
    (c,) = extract_article("Example headline\n\nLast Saturday, Huawei signed a deal with Safaricom on cloud services.\n",
                           published="2018-11-03").candidates
    assert c.date == "2018-10-27"
    x = extract_article("Example headline\n\nAlibaba founder Jack Ma visited Kigali.\n\nOn Wednesday, Mr Ma and President "
                        "Paul Kagame launched the Electronic World Trade Platform in Rwanda.\n", published="2018-11-03")
    (c,) = x.candidates
    assert {"Alibaba", "Government of Rwanda"} <= {p.name for p in c.parties} and c.date == "2018-10-31"


def test_a_day_with_its_ordinal_or_before_the_month_dates_the_deal():
    """"signed on March 5th", "signed on the 5th of March" (told in November 2018, no year given): 2018-03-05."""
    for said in ("on March 5th", "on the 5th of March"):
        (c,) = extract_article(f"Example headline\n\nHuawei signed the deal with Safaricom {said}.\n",
                               published="2018-11-03").candidates
        assert c.date == "2018-03-05", said


def test_a_sale_to_a_firm_and_the_country_an_appositive_gives():
    """"Zentrix sold its towers to China Tower for $300 million": an acquisition completed, China Tower the owner,
    Zentrix the seller; "Tencent bought a 5% stake in Zentrix, a Brazilian fintech": Zentrix is Brazil's."""
    (c,) = extract_article("Example headline\n\nZentrix sold its towers to China Tower for $300 million.\n").candidates
    assert (c.kind, c.status) == ("acquisition", "completed")
    assert {p.name: p.role for p in c.parties} == {"Zentrix": "signatory", "China Tower": "owner"}
    (c,) = extract_article("Example headline\n\nTencent bought a 5% stake in Zentrix, a Brazilian fintech, in 2021.\n"
                           ).candidates
    assert {p.name: p.country for p in c.parties}["Zentrix"] == "BRA"


def test_work_told_by_its_noun_is_a_project_under_way_or_in_service():
    """"Orion Telecom and China Telecom initiated the works on laying the … cable", "Zircon Mobile is undertaking a limited
    deployment of 5G with ZTE", "Huawei was assisting the city council with the installation of cameras": a project under
    construction; "celebrated the official launching of the … Network": in service; "A surveillance network was set up in
    the cities of Yaounde and Douala by Huawei": built."""
    for sentence, chinese in (
            ("Orion Telecom and China Telecom initiated the works on laying the 115-kilometre optical fibre cable from "
             "Arvale to Betmouth.", "China Telecom"),
            ("Zircon Mobile is undertaking a limited deployment of 5G with ZTE at the Arvale industrial park.", "ZTE"),
            ("Huawei was assisting the municipal council of Zentra City with the installation of cameras in public places.",
             "Huawei")):
        (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
        assert (c.kind, c.status) == ("project", "under_construction"), sentence
        assert chinese in {p.name for p in c.parties}, sentence
    (c,) = extract_article("Example headline\n\nHuawei and the Arvalian government celebrated the official launching of "
                           "the Arvale e-Government Network.\n").candidates
    assert (c.kind, c.status) == ("project", "operational")
    (c,) = extract_article("Example headline\n\nA surveillance network was set up in the cities of Yaounde and Douala by "
                           "Huawei.\n").candidates
    assert (c.kind, c.status) == ("project", "completed") and [p.name for p in c.parties] == ["Huawei"]


def test_a_firm_said_to_be_hired_and_names_an_appositive_says_are_firms():
    """"Huawei, a company contracted to undertake the network expansion for Orion Telecom": a contract; "Zentrix, the
    state-run company that runs the grid, is installing …": Zentrix is a party ("with Orion Telecom, Ann Wu, a company
    spokeswoman, said": she tells of it, no party);
    "Sri Lanka's Zentel, a unit of …": the firm is Zentel."""
    (c,) = extract_article("Example headline\n\nThe money was released to Huawei, a company contracted to undertake the "
                           "network expansion for Orion Telecom.\n").candidates
    assert c.kind == "contract" and {p.name for p in c.parties} == {"Huawei", "Orion Telecom"}
    (c,) = extract_article("Example headline\n\nZentrix, the state-run company that runs the grid, is installing 2,000 "
                           "cameras supplied by Huawei.\n").candidates
    assert {p.name for p in c.parties} == {"Zentrix", "Huawei"}
    (c,) = extract_article("Example headline\n\nHuawei signed the contract with Orion Telecom, Ann Wu, a company "
                           "spokeswoman, said.\n").candidates
    assert {p.name for p in c.parties} == {"Huawei", "Orion Telecom"}
    (c,) = extract_article("Example headline\n\nSri Lanka's Zentel, a unit of the fixed-line operator, has selected Huawei "
                           "to build its 4G network.\n").candidates
    assert {p.name: p.country for p in c.parties}["Zentel"] == "LKA"


def test_who_a_firm_hires_is_a_contract_of_its_own_and_a_deal_named_again_by_its_side():
    """"Three has announced a … deal with Chinese ICT provider Huawei … The contract, previously held by Ericsson, …
    Huawei has selected Indian firm Tech Mahindra as its partner to deliver … The UK deal with Three comes despite …":
    two contracts — Three's with Huawei (no "Chinese ICT", no Ericsson: it held the contract before) and Huawei's with
    Tech Mahindra, Huawei its client; the last sentence goes with Three's."""
    x = extract_article("Three awards Huawei five-year core network deal\n\nMobile operator Three has announced a management "
                        "agreement deal with Chinese ICT provider Huawei. The five-year contract, worth £120m, will see Huawei "
                        "deliver service management for Three's core network. The contract, previously held by Ericsson, will "
                        "see staff transfer to the Chinese firm. Huawei has selected Indian firm Tech Mahindra as its partner to "
                        "deliver ICT applications management in the UK. The UK deal with Three comes despite suspicion of "
                        "Huawei elsewhere.\n")
    three, mahindra = x.candidates
    assert {p.name: p.role for p in three.parties} == {"Three": "signatory", "Huawei": "contractor"}
    assert {p.name: p.role for p in mahindra.parties} == {"Huawei": "signatory", "Tech Mahindra": "contractor"}
    assert mahindra.kind == "contract" and any("The UK deal with Three" in s.text for s in three.sentences)


def test_leaders_who_meet_are_no_side_and_money_a_firm_agrees_to_invest():
    """"Huawei signed a deal with MTS on the sidelines of a meeting between Chinese leader Xi Jinping & Russian President
    Vladimir Putin": Huawei and MTS (not a party "Russian"); "The agreement was signed on the sidelines of a meeting": an
    agreement, not talks. "Huawei agreed to invest £5 million in the University of Surrey's 5G Innovation Centre": a
    pledge, Huawei its financier, the university its beneficiary."""
    (c,) = extract_article("Example headline\n\nHuawei signed a deal with MTS on the sidelines of a meeting between Chinese "
                           "leader Xi Jinping & Russian President Vladimir Putin in Moscow.\n").candidates
    assert {p.name for p in c.parties} == {"Huawei", "MTS"}
    (c,) = extract_article("Example headline\n\nHuawei and Zentrix signed a framework deal on cloud services. The agreement "
                           "was signed on the sidelines of a meeting between the two presidents.\n").candidates
    assert c.kind != "talks"
    (c,) = extract_article("Example headline\n\nHuawei agreed to invest £5 million in the University of Surrey's 5G "
                           "Innovation Centre.\n").candidates
    assert c.kind == "pledge" and {p.name: p.role for p in c.parties} == {"Huawei": "financier",
                                                                          "University of Surrey": "beneficiary"}


def test_financing_a_sentence_mentions_far_from_the_deal_does_not_make_it_a_loan():
    """"China Telecom Group has signed a cooperation agreement with Djibouti Telecom. The deal was signed during the
    China-Africa Forum, marking the conclusion of talks that began two months ago in Hungary, covering topics such as
    financing": a cooperation agreement, no loan."""
    (c,) = extract_article("Example headline\n\nChina Telecom Group has signed a cooperation agreement with Djibouti Telecom. "
                           "The deal was signed during the sixth China-Africa Forum held in Johannesburg, marking the conclusion "
                           "of talks that began two months ago in Hungary, covering topics such as financing and cooperation."
                           "\n").candidates
    assert c.kind == "other"


def test_a_deal_told_in_a_relative_clause_with_its_own_date_is_a_record_of_its_own():
    """"The PBC was approved under a $300 million line of credit … that was signed by the two governments on November
    28, 2005": the line of credit is a loan of its own, China's and Mongolia's, dated 2005-11-28 — not the date of the
    PBC told before; "Huawei signed a contract with Zentrix, which was signed on …" stays one deal."""
    x = extract_article("Example headline\n\nOn December 8, 2009, China Eximbank and the Government of Mongolia signed a "
                        "preferential buyer's credit (PBC) agreement for the ICT Network Extension Project. The PBC was "
                        "approved under a $300 million line of credit (general loan agreement) for various projects that was "
                        "signed by the two governments on November 28, 2005.\n")
    pbc, line = x.candidates
    assert (pbc.kind, pbc.date) == ("loan", "2009-12-08")
    assert (line.kind, line.date, line.amounts) == ("loan", "2005-11-28", [(300000000, "USD")])
    assert {p.country for p in line.parties} == {"CHN", "MNG"}
    (c,) = extract_article("Example headline\n\nHuawei signed a contract with Zentrix, which was signed on May 5, 2020 "
                           "in Lima.\n").candidates
    assert c.date == "2020-05-05" and {p.name for p in c.parties} == {"Huawei", "Zentrix"}


def test_a_headline_sum_told_again_in_the_body_is_one_deal():
    """"China Eximbank provides RMB 1.547 billion loan for …" over "… signed a preferential loan framework agreement in
    which the Chinese Government agreed to issue an RMB 1,547,071,939.09 loan …": one record."""
    x = extract_article("China Eximbank provides RMB 1.547 billion government concessional loan for the MOTN Project\n\n"
                        "On September 10, 2017, the Chinese Government and the Government of Bangladesh signed a preferential "
                        "loan framework agreement in which the Chinese Government agreed in principle to issue an RMB "
                        "1,547,071,939.09 loan for the MOTN Project.\n")
    (c,) = x.candidates
    assert c.date == "2017-09-10" and "BGD" in c.countries


def test_advice_and_a_finding_are_no_deal():
    """"… a Congressional panel recently concluded that the two companies should be blocked from US contract deals":
    neither "concluded that" nor "should be blocked" tells a deal, so Huawei is no party of the contract told before."""
    x = extract_article("Example headline\n\nThe announcement of a $32 million supply contract between ZTE and Afghan Telecom "
                        "for GSM equipment came today.\n\nHuawei and ZTE have been making headway despite their reputation in "
                        "the United States, where a Congressional panel recently concluded that the two companies should be "
                        "blocked from US contract deals.\n", published="2012-11-23")
    (c,) = x.candidates
    assert {p.name for p in c.parties} == {"ZTE", "Afghan Telecom"} and "USA" not in c.countries


def test_an_outlet_that_writes_a_parent_described_and_a_cable_named_are_no_parties():
    """"Huawei Marine, the submarine division of Chinese telecoms equipment maker Huawei, has been contracted by the
    Solomon Islands government to install a cable …, Radio New Zealand writes": Huawei Marine and the government only;
    "completed the marine survey for the Maldives-Sri Lanka Cable (MSC) cable project": a step of a project under way, no
    party named after the cable."""
    (c,) = extract_article("Example headline\n\nHuawei Marine, the submarine division of Chinese telecoms equipment maker "
                           "Huawei, has been contracted by the Solomon Islands government to install a fibre-optic cable "
                           "linking Sydney to Honiara, Radio New Zealand writes.\n").candidates
    assert {p.name for p in c.parties} == {"Huawei Marine", "Solomon Islands government"}
    (c,) = extract_article("Example headline\n\nHuawei Marine Networks said on Thursday that it had completed the marine "
                           "survey for the Maldives-Sri Lanka Cable (MSC) cable project.\n").candidates
    assert (c.kind, c.status) == ("project", "under_construction")
    assert [p.name for p in c.parties] == ["Huawei Marine Networks"]


def test_work_begun_for_a_client_and_a_firms_own_place_and_a_city_placed_elsewhere():
    """"Huawei Marine has begun marine survey work on behalf of Megacable, a Mexican cable operator, for a subsea cable":
    a project under way, Megacable its owner; "… La Paz, Mexico's second largest tourist destination": not Bolivia's
    capital; "Huawei opened a data center in Santiago": Huawei owns it."""
    (c,) = extract_article("Example headline\n\nHuawei Marine has begun marine survey work on behalf of Megacable, a Mexican "
                           "cable operator, for a subsea cable connecting Baja California to the mainland. The Topolobambo - La "
                           "Paz submarine cable system will serve La Paz, Mexico's second largest tourist destination.\n"
                           ).candidates
    assert (c.kind, c.status) == ("project", "under_construction")
    assert {p.name: p.role for p in c.parties} == {"Huawei Marine": "contractor", "Megacable": "owner"}
    assert "BOL" not in c.countries
    (c,) = extract_article("Example headline\n\nOn Wednesday, Huawei opened a data center in Santiago with locally hosted "
                           "cloud services.\n").candidates
    assert [(p.name, p.role) for p in c.parties] == [("Huawei", "owner")]


def test_a_purchase_dated_otherwise_is_another_and_a_province_where_one_speaks_is_no_party():
    """"China Mobile announced in January it had reached an agreement with Millicom to buy its stake in Paktel … Last
    year, the Chinese telecommunication giant acquired all shares of … China Resources Peoples Telephone": two
    acquisitions (2007-01 and 2006). "…, said the company's CEO Wang Jianzhou in Boao, Hainan Province on Saturday":
    Hainan is where he spoke, no party."""
    x = extract_article("Example headline\n\nChina Mobile announced in January it had reached an agreement with Millicom "
                        "International Cellular to buy its 88.86 percent share of Paktel Limited.\n\nLast year, the Chinese "
                        "telecommunication giant acquired all shares of Hong Kong's fourth largest mobile operator, China "
                        "Resources Peoples Telephone Co Ltd.\n", published="2007-04-22")
    assert sorted(c.date for c in x.candidates) == ["2006", "2007-01"]
    (c,) = extract_article("Example headline\n\nChina Mobile is to invest 400 million US dollars to extend its network in "
                           "Pakistan, said the company's CEO Wang Jianzhou in Boao, Hainan Province on Saturday.\n",
                           published="2007-04-22").candidates
    assert [p.name for p in c.parties] == ["China Mobile"]


def test_the_document_signed_at_a_meeting_and_ties_with_a_state_are_no_new_deal_or_side():
    """"Uzbekistan and China's ZTE signed a memo on cooperation … The document was signed during a meeting between
    Minister … and a ZTE delegation": one MoU (no talks of their own); "The formal agreement was executed amidst a
    diplomatic engagement with the People's Republic of China": China's ties, not a side of the firms' memorandum."""
    (c,) = extract_article("Example headline\n\nUzbekistan and China's ZTE signed a memo on cooperation in the development "
                           "of telecommunications infrastructure.\n\nThe document was signed during a meeting between Minister "
                           "of Digital Technologies Sherzod Shermatov and a ZTE delegation on the sidelines of the Mobile World "
                           "Congress.\n").candidates
    assert c.kind == "mou"
    (c,) = extract_article("Example headline\n\nUzbekistan's UNICON-SOFT and China's Shenzhen T.D.S Electronic Technology "
                           "Co., Ltd. have signed a cooperation memorandum. The formal agreement was executed amidst a "
                           "diplomatic engagement with the People's Republic of China.\n").candidates
    assert not any(p.kind == "government" for p in c.parties)


def test_a_memorandum_between_two_named_and_the_university_the_article_named_and_a_founding_date():
    """"Students … at the Makerere University … the opportunity to study at the Huawei University in China. The deal is
    the result of a recent Memorandum of understanding between Huawei and the University": an MoU of Huawei and Makerere
    University (not Huawei's own university). "The protocol was formalised through the Huawei ICT Academy, created in
    2013 to promote partnerships …": 2013 dates the academy, not the protocol."""
    (c,) = extract_article("Example headline\n\nStudents at the Makerere University will get scholarships from Huawei, "
                           "including the opportunity to study at the Huawei University in China. The deal is the result of a "
                           "recent Memorandum of understanding between Huawei and the University.\n").candidates
    assert c.kind == "mou" and {p.name for p in c.parties} == {"Huawei", "Makerere University"}
    (c,) = extract_article("Example headline\n\nThe Piaget Institute and Huawei have signed a protocol to train students. The "
                           "protocol was formalised through the Huawei ICT Academy, created in 2013 to promote partnerships "
                           "with universities.\n", published="2020-09-10").candidates
    assert c.date is None


def test_a_prime_contractor_told_by_a_copula_and_whom_it_hands_the_work_to():
    """"The project's prime contractor is China Great Wall Industry Corp … It will hand over the satellite to APT
    Satellite once in-orbit tests end": a contract, CGWIC building for APT Satellite; "Huawei built a data centre … It will
    hand over the data centre to Zentrix Holdings": Zentrix owns it. "… China's first contract of satellite development
    for a country from the Association of Southeast Asian Nations": ASEAN is no side, nor is its seat's country."""
    (c,) = extract_article("Example headline\n\nThe project's prime contractor is China Great Wall Industry Corp, the "
                           "nation's only provider of commercial launches. It will hand over the satellite to APT Satellite "
                           "once in-orbit tests end.\n").candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties} == {"China Great Wall Industry Corp": "contractor",
                                                                            "APT Satellite": "signatory"}
    (c,) = extract_article("Example headline\n\nHuawei built a data centre in Arvale. It will hand over the data centre to "
                           "Zentrix Holdings once tests end.\n").candidates
    assert {p.name: p.role for p in c.parties}["Zentrix Holdings"] == "owner"
    (c,) = extract_article("Example headline\n\nChina has also built a communications satellite for Laos. The Laos-1 is "
                           "China's first contract of satellite development for a country from the Association of Southeast "
                           "Asian Nations.\n").candidates
    assert "Association of Southeast Asian Nations" not in {p.name for p in c.parties} and "IDN" not in c.countries


def test_money_a_firm_said_it_would_invest_is_a_pledge():
    """"In February Huawei said it would invest $400 million in the Saudi Arabia cloud region over the next five years":
    a pledge, announced in February (told in September 2023)."""
    (c,) = extract_article("Example headline\n\nIn February Huawei said it would invest $400 million in the Saudi Arabia "
                           "cloud region over the next five years.\n", published="2023-09-04").candidates
    assert (c.kind, c.status, c.date, c.amounts) == ("pledge", "announced", "2023-02", [(400000000, "USD")])


def test_a_loan_told_from_china_then_from_its_bank_is_one_and_a_page_stamp_dates_nothing():
    """"Updated at 1:02 pm on 24 April 2014 Vanuatu is to borrow 53 million US dollars from China … The Minister of
    Finance, Maki Simelum, signed an agreement earlier this week with the EXIM Bank of China": one loan (China and its
    bank one lender), signed by Vanuatu's Ministry of Finance, not dated by the page's stamp (the day of the update) but
    by "earlier this week" (the month the week lies in; since 2026-12-05 — before, it was left undated)."""
    x = extract_article("Vanuatu borrowing from China\n\nUpdated at 1:02 pm on 24 April 2014 Vanuatu is to borrow 53 million "
                        "US dollars from China to pay for road construction. The Minister of Finance, Maki Simelum, signed an "
                        "agreement earlier this week with the EXIM Bank of China.\n", published="2014-04-24")
    (c,) = x.candidates
    assert c.kind == "loan" and c.date == "2014-04" and c.amounts == [(53000000, "USD")]
    assert {(p.kind, p.country) for p in c.parties} >= {("ministry", "VUT"), ("bank", "CHN")}


def test_a_cable_landed_a_project_begun_and_a_thing_built_by_several():
    """"Telkom and the PEACE Cable Company have landed the sixth submarine cable in Mombasa": a project done, no contract
    won; "The … cable project has commenced. The project is expected to be completed in late 2019. … The cable is a
    collaboration between Huawei Marine, Tropic Science and China Construction Bank": one project under way (its
    completion a plan), built by those three."""
    (c,) = extract_article("Example headline\n\nTelkom and the PEACE Cable Company have successfully landed the sixth "
                           "submarine cable in Mombasa.\n").candidates
    assert (c.kind, c.status) == ("project", "completed")
    (c,) = extract_article("Example headline\n\nThe Zentra submarine fibre optic cable project has commenced. The project is "
                           "expected to be completed in late 2019.\n\nThe cable is a collaboration between Huawei Marine, Tropic "
                           "Science and China Construction Bank.\n").candidates
    assert (c.kind, c.status) == ("project", "under_construction")
    assert {"Huawei Marine", "Tropic Science", "China Construction Bank"} <= {p.name for p in c.parties}


def test_two_signings_joined_by_and_are_two_deals():
    """"PEACE, together with Liquid Telecom, signed a landing party agreement for a landing point in Kenya, and it, with
    PCCW Global and Orange, signed a deal to deploy the PEACE Med cable at a landing station in Marseille": two deals,
    each with its own sides (and its evidence the words of its own clause)."""
    x = extract_article("Example headline\n\nPEACE, together with Liquid Telecom, signed a landing party agreement for a "
                        "landing point in Kenya, and it, with PCCW Global and Orange, signed a deal to deploy the PEACE Med "
                        "subsea cable at a landing station in Marseille.\n")
    kenya, marseille = x.candidates
    assert "Liquid Telecom" in {p.name for p in kenya.parties} and "Orange" not in {p.name for p in kenya.parties}
    assert {"PCCW Global", "Orange"} <= {p.name for p in marseille.parties}
    for c in x.candidates:
        assert all(x.text[p.span.start:p.span.end] == p.span.text for p in c.parties)


def test_talks_entered_on_a_venture_and_a_uk_firm():
    """"China Mobile reportedly entered early stage talks with Vodafone Idea and Bharti Airtel on developing a cloud
    service joint venture": talks, not a venture formed; "signing an agreement with UK data centre owner Global
    Switch": Global Switch is British."""
    (c,) = extract_article("Example headline\n\nChina Mobile reportedly entered early stage talks with Zentel and Bharti "
                           "Airtel on developing a cloud service joint venture for the Indian market.\n").candidates
    assert (c.kind, c.status) == ("talks", "announced")
    (c,) = extract_article("Example headline\n\nChina Telecom Global signed an agreement with UK data centre owner Global "
                           "Switch.\n").candidates
    assert {p.name: p.country for p in c.parties}["Global Switch"] == "GBR"


def test_a_firm_whose_name_begins_with_a_known_one_is_its_own():
    """"… talks with Vodafone Idea and Bharti Airtel": Vodafone Idea, not Vodafone; "China Telecom Global Headquarters"
    is China Telecom Global's seat, and "Huawei Kenya" the Chinese firm's unit as before."""
    (c,) = extract_article("Example headline\n\nChina Mobile entered talks with Vodafone Idea and Bharti Airtel on a cloud "
                           "service.\n").candidates
    assert "Vodafone Idea" in {p.name for p in c.parties} and "Vodafone" not in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nPTCL signed an MoU with China Telecom Global at China Telecom Global "
                           "Headquarters in Hong Kong.\n").candidates
    assert "China Telecom Global Headquarters" not in {p.name for p in c.parties}


def test_an_attempt_is_no_deal_and_a_country_with_its_purpose_is_no_firm():
    """"In 2008, the government tried to contract with Cuba for RFID backed cards": an attempt, no contract (and never a
    party "Cuba for RFID"); "… signed an MoU with the ICT Authority and China for ICT training": no firm "China for ICT"."""
    x = extract_article("Example headline\n\nIn 2008, the government tried to contract with Cuba for RFID backed cards.\n")
    assert x.candidates == []
    (c,) = extract_article("Example headline\n\nHuawei Technologies signed an MoU with the ICT Authority to train "
                           "officials in China for ICT skills.\n").candidates
    assert not any(p.name.endswith("for ICT") for p in c.parties)


def test_a_body_that_tells_and_a_permission_are_no_deal_of_theirs():
    """"The agreement … was signed between Huawei and Cambodia's Ministry of Posts and Telecommunications on Sunday in
    Beijing, Mr Im Vutha, of the Telecommunication Regulator of Cambodia (TRC), told dpa": the regulator tells, it signs
    nothing; "Britain last week agreed to allow Huawei to help build 'noncore' infrastructure": a permission, no deal."""
    (c,) = extract_article("Example headline\n\nThe agreement was signed between Huawei and Cambodia's Ministry of Posts and "
                           "Telecommunications on Sunday in Beijing, Mr Im Vutha, of the Telecommunication Regulator of Cambodia "
                           "(TRC), told dpa.\n", published="2020-02-03").candidates
    assert "Telecommunication Regulator of Cambodia" not in {p.name for p in c.parties}
    x = extract_article("Example headline\n\nBritain last week agreed to allow Huawei to help build \"noncore\" "
                        "infrastructure of a new 5G network.\n", published="2020-02-03")
    assert x.candidates == []


def test_a_permission_stays_one_whatever_words_hold_a_signing_verb_inside():
    """"The regulator agreed to allow Huawei to build the 5G network assigned to Safaricom": "assigned" (nor
    "designed") signs nothing — a permission, no contract; one signed beside it is still told."""
    x = extract_article("Example headline\n\nThe regulator agreed to allow Huawei to build the 5G network assigned to "
                        "Safaricom under the contract.\n", published="2020-02-03")
    assert x.candidates == []
    x = extract_article("Example headline\n\nThe regulator agreed to allow Huawei to design the 5G network under the "
                        "contract Safaricom signed with it.\n", published="2020-02-03")
    assert [c.kind for c in x.candidates] == ["contract"]


def test_a_leader_who_meets_a_firm_holds_talks_with_it():
    """"President of Azerbaijan Ilham Aliyev has met with Chairman of Huawei's Board of Directors Liang Hua in Beijing":
    talks of Azerbaijan and Huawei; "Prime Minister of Pakistan Muhammad Shehbaz Sharif … met with Liang Hua, the
    Chairman of Huawei's Board" likewise — but a leader who meets no firm the text names makes no record."""
    (c,) = extract_article("Example headline\n\nPresident of Azerbaijan Ilham Aliyev has met with Chairman of Huawei's "
                           "Board of Directors Liang Hua in Beijing.\n").candidates
    assert c.kind == "talks" and {p.country for p in c.parties} == {"AZE", "CHN"}
    (c,) = extract_article("Example headline\n\nPrime Minister of Pakistan Muhammad Shehbaz Sharif visited Huawei "
                           "Headquarters in Shenzhen on Wednesday, and met with Liang Hua, the Chairman of Huawei's Board of "
                           "Directors.\n", published="2024-06-07").candidates
    assert c.kind == "talks" and {p.country for p in c.parties} == {"PAK", "CHN"}
    assert extract_article("Example headline\n\nPresident of Azerbaijan Ilham Aliyev has met with the visiting "
                           "delegation.\n").candidates == []


def test_a_brand_in_small_letters_a_filing_venue_and_a_dotted_country():
    """"Ant Financial has acquired a significant stake in Vietnamese digital payment firm eMonkey": eMonkey is the firm
    bought; "Tencent purchased a 5 per cent stake in Afterpay, the company disclosed in a filing to the Australian
    Securities Exchange": a purchase done, the exchange no side; "to acquire U.K. payments company WorldFirst": British."""
    (c,) = extract_article("Example headline\n\nAnt Financial has acquired a significant stake in Vietnamese digital "
                           "payment firm eMonkey.\n").candidates
    assert {p.name: p.country for p in c.parties}.get("eMonkey") == "VNM"
    (c,) = extract_article("Example headline\n\nTencent purchased a 5 per cent stake in Afterpay, the company disclosed in a "
                           "filing to the Australian Securities Exchange.\n").candidates
    assert c.status == "completed" and {p.name for p in c.parties} == {"Tencent", "Afterpay"}
    (c,) = extract_article("Example headline\n\nAnt Financial inked a $700 million deal to acquire U.K. payments company "
                           "WorldFirst.\n").candidates
    assert {p.name: p.country for p in c.parties}.get("WorldFirst") == "GBR"


def test_lenders_in_a_consortium_a_facility_a_loan_is_part_of_and_money_lined_up():
    """"a consortium of eight banks signed a $127 million syndicated loan agreement with Telkom": a loan, no venture;
    "Afreximbank has offered $56.4 million in loans to ZTE … The loans are part of a $100 million credit line from the
    China Export-Import Bank …": two loans; "ZTE has already lined up $25 billion from the China Development Bank": a
    loan too. "China Development Bank and Beltelecom - a Belarusian state telecoms operator - signed": Belarus's."""
    (c,) = extract_article("Example headline\n\nIn January 2011, a consortium of eight banks signed a $127 million syndicated "
                           "loan agreement with Zentel for developing its mobile network.\n").candidates
    assert c.kind == "loan"
    x = extract_article("Example headline\n\nAfrican Export-Import Bank has offered $56.4 million in loans to ZTE to help it "
                        "sell its equipment. The loans are part of a $100 million credit line from the China Export-Import Bank "
                        "granted to the Cairo-based bank.\n\nZTE has already lined up $25 billion from the China Development "
                        "Bank to finance sales of its gear.\n")
    assert sorted(max(v for v, _ in c.amounts) for c in x.candidates) == [56400000, 100000000, 25000000000]
    assert all(c.kind == "loan" for c in x.candidates)
    (c,) = extract_article("CDB loan to Beltelecom\n\nOn March 24, 2010, China Development Bank and Beltelecom - a Belarusian "
                           "state telecoms operator - signed a $60 million loan agreement.\n").candidates
    assert {p.name: p.country for p in c.parties}["Beltelecom"] == "BLR"


def test_a_loan_signed_for_a_project_built_and_a_country_taking_a_loan():
    """"The national data centre was built by Huawei Technologies as part of the Smart Zambia project, the signing of
    the loan agreement for which was witnessed by President Edgar Lungu … in March 2015": the project is a record of its
    own (not a loan); "Nigeria is in the process of taking a $328 million loan from the Chinese EXIM Bank": Nigeria
    borrows."""
    x = extract_article("Example headline\n\nThe national data centre was built by Huawei Technologies as part of the Smart "
                        "Zambia Phase 1 project, the signing of the loan agreement for which was witnessed by President Edgar "
                        "Lungu and Chinese President Xi Jinping in March 2015.\n", published="2017-03-10")
    assert any(c.kind == "project" and "Huawei Technologies" in {p.name for p in c.parties} for c in x.candidates)
    (c,) = extract_article("Example headline\n\nNigeria is in the process of taking a $328 million loan from the Chinese "
                           "EXIM Bank.\n").candidates
    assert c.kind == "loan" and "NGA" in {p.country for p in c.parties if p.kind == "government"}


def test_a_condition_an_offer_an_outlet_told_and_a_region_named():
    """"If Mexico accepts the loans, it would probably use equipment from … Huawei Technologies": a condition, no deal;
    "Chinese officials have met with the Mexican government to offer funding for two networks the Latin American country
    is planning to build": an offer (a proposal), and "Latin American" is no United States; "A source at Huawei Chile
    confirmed to BNamericas that …": the outlet is no party; "a contract for Brazil GSM network": no firm "Brazil GSM"."""
    assert extract_article("Example headline\n\nIf Mexico accepts the loans, it would probably use equipment from "
                           "Huawei Technologies.\n").candidates == []
    (c,) = extract_article("Example headline\n\nChinese officials have met with the Mexican government to offer funding for "
                           "two telecommunications networks the Latin American country is planning to build.\n").candidates
    assert c.kind == "proposal" and "USA" not in c.countries
    (c,) = extract_article("Example headline\n\nA source at Huawei Chile confirmed to BNamericas that Huawei is building a "
                           "US$100mn submarine cable for Chile.\n").candidates
    assert "BNamericas" not in {p.name for p in c.parties}
    (c,) = extract_article("Huawei wins Telefonica contract for Brazil GSM network\n\nHuawei Technologies has won a contract "
                           "from Telefonica to build a mobile network in Brazil.\n").candidates
    assert "Brazil GSM" not in {p.name for p in c.parties}


def test_a_first_edition_dates_nothing_a_headline_training_deal_is_the_mou_and_a_vp_is_no_firm():
    """"Huawei Pakistan together with Higher Education Commission launched its Seeds for the Future program 2021 … The
    program first launched in Pakistan in 2015": 2015 dates its first edition, not this one; "Huawei signs landmark deal
    to train 300,000 Pakistani students" over "… memorandum of understanding …": one MoU; "Mr. Spacelee, VP Middle East
    Huwaei Technologies witnessed …": no party "VP Middle East …"."""
    (c,) = extract_article("Example headline\n\nHuawei Pakistan together with the Higher Education Commission launched its "
                           "Seeds for the Future program 2021, an online ICT training program for 40 engineering students. The "
                           "program first launched in Pakistan in 2015.\n",
                           published="2021-08-10").candidates
    assert c.date != "2015"
    x = extract_article("Huawei signs landmark deal to train 300,000 Pakistani students in ICT\n\nIn a landmark memorandum of "
                        "understanding, the Ministry of Federal Education and Professional Training, in partnership with "
                        "Huawei, will train 3,000 Pakistani students.\n")
    assert [c.kind for c in x.candidates] == ["mou"]
    (c,) = extract_article("Example headline\n\nThe Kamyab Jawan Programme and Huawei Technologies Pakistan have signed an MoU "
                           "for youth development. Mr. Spacelee, VP Middle East Huwaei Technologies witnessed the MoU signing "
                           "ceremony.\n").candidates
    assert not any(p.name.startswith("VP ") for p in c.parties)


def test_a_ribbon_cut_and_the_two_who_signed():
    """"Zentel and Huawei have cut the ribbon on Zentel's Digital Intelligence Operations Centre": a project in service;
    "… collaboration between Zentel and Huawei … at the Mobile World Congress, where the two signed a Memorandum of
    Understanding": an MoU of those two."""
    (c,) = extract_article("Example headline\n\nZentel and Huawei have cut the ribbon on Zentel's Digital Intelligence "
                           "Operations Centre.\n").candidates
    assert (c.kind, c.status) == ("project", "operational") and {p.name for p in c.parties} == {"Zentel", "Huawei"}
    x = extract_article("Example headline\n\nThe centre is the latest area of collaboration between Zentel and Huawei.\n\n"
                        "Recent highlights include the Mobile World Congress, where the two signed a Memorandum of "
                        "Understanding on AI.\n")
    mou = next(c for c in x.candidates if c.kind == "mou")
    assert {p.name for p in mou.parties} == {"Zentel", "Huawei"}


def test_a_dateline_day_the_whole_a_deal_is_half_of_and_the_firm_of_a_country():
    """"ADDIS ABABA, July 25 Ethiopia on Thursday signed a $700 million agreement with China's Huawei … The agreement is
    half of a $1.6 billion project split between Huawei and ZTE": no party "25 Ethiopia"; the $1.6 billion project is a
    record of its own (ZTE is none of the $700 million deal's). "… a $1.6 billion deal signed in July between the
    Ethiopian firm, Huawei and ZTE": the Ethiopian firm is Ethio Telecom, named before."""
    x = extract_article("Example headline\n\nADDIS ABABA, July 25 Ethiopia on Thursday signed a $700 million agreement with "
                        "China's Huawei Technologies Co Ltd to expand mobile phone infrastructure. The agreement is half of a "
                        "$1.6 billion project split between Huawei and ZTE.\n", published="2013-07-25")
    first = next(c for c in x.candidates if (700000000, "USD") in c.amounts)
    assert not any(p.name.startswith("25") for p in first.parties) and "ZTE" not in {p.name for p in first.parties}
    assert any((1600000000, "USD") in c.amounts and c is not first for c in x.candidates)
    x = extract_article("Example headline\n\nEthio Telecom said on Thursday it had picked Huawei to roll out a 4G network.\n\n"
                        "The service is part of a $1.6 billion deal signed in July between the Ethiopian firm, Huawei and "
                        "ZTE.\n", published="2013-11-29")
    big = next(c for c in x.candidates if (1600000000, "USD") in c.amounts)
    assert "Ethio Telecom" in {p.name for p in big.parties}


def test_a_chinese_built_centre_opened_by_a_president_and_a_winner_to_provide_equipment():
    """"Angolan President João Lourenço has opened the Chinese-built Integrated Centre for Public Security in Luanda": a
    project in service, Angola's (its owner), the centre no party; "Huawei was the winner among three Chinese companies
    to provide $100 Million worth of equipment": a contract, Huawei its supplier."""
    (c,) = extract_article("Example headline\n\nAngolan President João Lourenço has opened the Chinese-built Integrated "
                           "Centre for Public Security in Luanda.\n").candidates
    assert (c.kind, c.status) == ("project", "operational")
    assert [(p.country, p.role) for p in c.parties] == [("AGO", "owner")]
    (c,) = extract_article("Example headline\n\nHuawei was the winner among three Chinese companies to provide $100 Million "
                           "worth of equipment for the Zimbabwean government's Smart Cities Project.\n").candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties}.get("Huawei") == "supplier"


def test_funding_secured_from_a_state_and_two_heads_who_sign():
    """"Kenya has reportedly secured funding of worth 67.5 billion shillings ($666 million) from China for the
    construction of a data center": a loan (not a contract); "Kenyan President Uhuru Kenyatta and his Chinese
    counterpart Xi Jinping on Friday signed project delivery agreements …": Kenya and China sign."""
    (c,) = extract_article("Example headline\n\nKenya has reportedly secured funding of worth 67.5 billion shillings ($666 "
                           "million) from China for the construction of a data center.\n").candidates
    assert c.kind == "loan"
    (c,) = extract_article("Example headline\n\nKenyan President Uhuru Kenyatta and his Chinese counterpart Xi Jinping on "
                           "Friday signed project delivery agreements worth Sh67.5 billion for the Konza Data Centre by "
                           "telecommunications giant Huawei.\n", published="2019-04-27").candidates
    assert {"KEN", "CHN"} <= {p.country for p in c.parties if p.kind == "government"}


def test_a_month_and_year_with_a_comma_a_new_name_and_a_chinese_units_pledge():
    """"In February, 2007, China Mobile acquired Paktel" (told in April 2008): February 2007, not February 2008; "…
    acquired the 100% stake in Paktel and renamed the company to China Mobile Pakistan": the new name is no other
    party; "China Mobile Pakistan has announced that the company will invest USD500 million in …": a pledge of a
    Chinese firm's unit, kept."""
    (c,) = extract_article("Example headline\n\nIn February, 2007, China Mobile acquired Paktel, the fifth largest mobile "
                           "operator in Pakistan.\n", published="2008-04-10").candidates
    assert c.date == "2007-02"
    (c,) = extract_article("Example headline\n\nIn February 2007, China Mobile acquired the 100% stake in Paktel and renamed "
                           "the company to China Mobile Pakistan.\n").candidates
    assert {p.name for p in c.parties} == {"China Mobile", "Paktel"}
    (c,) = extract_article("Example headline\n\nChina Mobile Pakistan has announced that the company will invest USD500 "
                           "million in constructions of networks and infrastructures in Pakistan this year.\n",
                           published="2009-02-18").candidates
    assert c.kind == "pledge" and c.amounts == [(500000000, "USD")]


def test_a_thing_being_built_is_under_way_not_done():
    """"Cameras supplied by Huawei were being installed across Nairobi": under construction (not completed, as the
    participle "installed" alone would say)."""
    (c,) = extract_article("Example headline\n\nSurveillance cameras supplied by Huawei were being installed across Nairobi "
                           "for the Kenya Police Service.\n").candidates
    assert (c.kind, c.status) == ("project", "under_construction")


def test_these_three_parties_and_a_bodys_auditorium():
    """"Huawei, in partnership with Bangladesh Computer Council (BCC) and Bangladesh Hi-Tech Park Authority (BHTPA), is
    going to launch four ICT programs … A Memorandum of Understanding has been signed between these three parties at
    BCC auditorium": the MoU of those three ("BCC auditorium" is where, not who)."""
    x = extract_article("Example headline\n\nHuawei, in partnership with Bangladesh Computer Council (BCC) and Bangladesh "
                        "Hi-Tech Park Authority (BHTPA), is going to launch four ICT training programs.\n\nA Memorandum of "
                        "Understanding has been signed between these three parties at BCC auditorium on Thursday.\n",
                        published="2020-11-13")
    mou = next(c for c in x.candidates if c.kind == "mou")
    assert {p.name for p in mou.parties} == {"Huawei", "Bangladesh Computer Council", "Bangladesh Hi-Tech Park Authority"}


def test_a_project_named_after_a_body_is_no_party():
    """"The Laos Telecom reconstruction project, the biggest cooperation contract between China and Laos, was signed in
    Beijing": a contract of China and Laos, no party "Laos Telecom" (the project's name)."""
    (c,) = extract_article("Example headline\n\nThe Zentra Telecom reconstruction project, the biggest cooperation contract "
                           "between China and Laos, was signed in Beijing.\n").candidates
    assert {p.name for p in c.parties} == {"China", "Laos"}


def test_an_earlier_loan_after_comes_and_the_vendor_is_no_bank():
    """"The new credit facility, from the Export-Import Bank of China, comes two months after the vendor secured a $15
    billion credit line from the China Development Bank": two loans, the earlier one the vendor's (the firm named
    before, not the bank the subject's apposition names); "has arranged a … credit line" is a loan signed."""
    x = extract_article("Example headline\n\nHuawei has arranged a $900 million credit line from a Chinese bank to help "
                        "customers buy its equipment.\n\nThe new credit facility, from the Export-Import Bank of China, "
                        "comes three months after the vendor secured a $400 million credit line from the China "
                        "Development Bank.\n")
    assert [(c.kind, c.status) for c in x.candidates] == [("loan", "signed"), ("loan", "signed")]
    first, earlier = x.candidates
    assert first.amounts == [(900000000, "USD")] and earlier.amounts == [(400000000, "USD")]
    assert {p.name for p in earlier.parties} == {"Huawei", "China Development Bank"}


def test_the_contract_a_loan_pays_for_has_the_borrower_for_client_not_the_lender():
    """"… has secured a USD350 million loan from the Chinese government for the construction of a national fibre optic
    backbone. The contract for the rollout of the fibre was won by China's Huawei": the contract's client is the
    borrower (Guinea), and the Chinese government, the lender, is no party of it."""
    x = extract_article("Example headline\n\nThe government of Guinea has secured a USD350 million loan from the Chinese "
                        "government for the construction of a 4,000km national fibre optic backbone project. The contract "
                        "for the rollout of the fibre was won by China’s Huawei following an international tender.\n")
    loan, contract = x.candidates
    assert loan.kind == "loan" and contract.kind == "contract"
    assert {p.country for p in contract.parties} == {"CHN", "GIN"}
    assert not any(p.kind == "government" and p.country == "CHN" for p in contract.parties)


def test_an_office_a_seller_a_services_reach_and_a_signing_ceremony_with_a_firm():
    """"The MoU was signed by Executive Vice President Network Operations Mr. Donald Tan of China Telecom Global …": an
    office, no party; "… signed a contract to buy from its manufacturer Astrium": a purchase from a seller, not an
    acquisition; "services over China, Russia, India": where a service reaches, no country of the deal; "… follows a
    signing ceremony with APT Satellite Company Limited": something was signed with it."""
    (c,) = extract_article("Example headline\n\nChina Telecom Global and PTCL have signed an MoU to establish an optical "
                           "fibre network. The MoU was signed by Senior Vice President Network Operations Mr. Li Wei of China "
                           "Telecom Global and Mr. Ahmed Khan of PTCL.\n").candidates
    assert {p.name for p in c.parties} == {"China Telecom Global", "PTCL"}
    (c,) = extract_article("Example headline\n\nArabsat signed a contract to buy from its manufacturer Thales Alenia Space "
                           "a satellite that will provide broadcast services over Egypt, Morocco, Tunisia and the Gulf.\n",
                           published="2015-03-02").candidates
    assert c.kind == "contract" and not {"EGY", "MAR", "TUN"} & set(c.countries)
    (c,) = extract_article("Example headline\n\nChina Great Wall Industry Corporation held a signing ceremony with "
                           "Telkom Kenya on Monday.\n", published="2018-11-07").candidates
    assert (c.status, c.date) == ("signed", "2018-11-05")
    assert {p.name for p in c.parties} == {"China Great Wall Industry Corporation", "Telkom Kenya"}


def test_an_operator_named_head_first_and_the_governments_vision_is_no_party():
    """"Telecom Cambodia, a state corporation, yesterday signed a memorandum …": the operator named by its head word and
    then its country is a party (not the country); "… said the MoU will be another contribution … in line with the
    government's vision": what the government has, no party."""
    (c,) = extract_article("Example headline\n\nIn a bid to bolster the sector, Telecom Namibia, a state corporation, "
                           "yesterday signed a memorandum of understanding with Huawei.\n").candidates
    assert {p.name for p in c.parties} == {"Telecom Namibia", "Huawei"}
    (c,) = extract_article("Example headline\n\nNamibia's MTC and Huawei on Tuesday signed a memorandum of understanding "
                           "for the construction of fibre optic backbone networks. Speaking at the signing ceremony, the minister "
                           "said the MoU is in line with the government’s vision.\n").candidates
    assert {p.name for p in c.parties} == {"MTC", "Huawei"}


def test_an_agreement_on_cooperation_is_no_contract_and_two_governments_keep_their_noun():
    """"… has ratified an agreement between the Russian and the Chinese governments on Tuesday on cooperation in applying
    the … navigation systems, envisioning a mutual deployment of stations": an agreement on cooperation (no contract,
    though stations are deployed under it), of the Russian government and the Chinese government (not "Russian")."""
    (c,) = extract_article("Example headline\n\nThe Kazakh parliament has ratified an agreement between the Kazakh and the "
                           "Chinese governments on Tuesday on cooperation in satellite navigation, envisioning a mutual "
                           "deployment of stations on their territories.\n").candidates
    assert c.kind != "contract"
    assert {p.name for p in c.parties} == {"Kazakh government", "Chinese government"}


def test_an_ict_academy_set_up_is_a_training_programme_not_a_party():
    """"Universidade Pedagógica in Maputo and Huawei … are setting up a Huawei Information and Communications Technology
    Academy at the university": a training programme of the university (a name in its own language) and Huawei, the
    academy no party; "… signed a Memorandum of Understanding with … to establish a Huawei Authorized Information and
    Network Academy (HAINA)": the academy is what is set up; "Huawei will soon be setting up its 6th ICT Academy at … To
    this end, an MoU signing ceremony was held …": the MoU's sides are those of the sentence before."""
    (c,) = extract_article("Example headline\n\nUniversidad Tecnológica in Lima and ZTE Corporation are setting up a ZTE "
                           "Information and Communications Technology Academy at the university.\n").candidates
    assert c.kind == "training_programme"
    assert {p.name for p in c.parties} == {"Universidad Tecnológica", "ZTE Corporation"}
    (c,) = extract_article("Example headline\n\nKigali Polytechnic has signed a Memorandum of Understanding with Huawei "
                           "Technologies Rwanda Ltd to establish a Huawei Authorized Information and Network Academy (HAINA) "
                           "at the institution.\n").candidates
    assert not any("Academy" in p.name for p in c.parties)
    x = extract_article("Example headline\n\nHuawei will soon be setting up its 3rd ICT Academy at Makerere University to "
                        "develop ICT talents.\n\nTo this end, an MoU signing ceremony was held at the campus on Tuesday.\n",
                        published="2023-03-29")
    mou = next(c for c in x.candidates if c.kind == "mou")
    assert {p.name for p in mou.parties} == {"Huawei", "Makerere University"} and mou.date == "2023-03-28"


def test_a_universitys_vice_chancellor_is_no_state_leader_and_a_capital_names_a_bodys_country():
    """"The representatives from Huawei were well received by the Deputy Vice-Chancellor …, Assoc. Prof. Janice
    Busingye": no talks of a state's leader (and "Assoc" is a title, no party); "Kampala International University
    signed …": a body named after its country's capital is that country's."""
    x = extract_article("Example headline\n\nThe representatives from Huawei were well received by the Deputy "
                        "Vice-Chancellor (DVC), Finance and Administration, Assoc. Prof. Mary Akello.\n")
    assert x.candidates == []
    (c,) = extract_article("Example headline\n\nOn Friday, Lusaka International University signed a Memorandum of "
                           "Understanding with Huawei on the establishment of an ICT Academy.\n").candidates
    assert {p.name: p.country for p in c.parties} == {"Lusaka International University": "ZMB", "Huawei": "CHN"}


def test_an_earlier_deal_in_an_active_relative_clause_with_its_own_date():
    """"The agreement … is in implementation of a memorandum of understanding that the company signed during the World
    Economic Forum … in April": the memorandum is an earlier deal of its own, dated April; the agreement is not."""
    x = extract_article("Example headline\n\nThe Tafila Technical University and Huawei have signed an agreement to "
                        "establish a Huawei ICT academy at the university. The agreement, which was signed at the Huawei "
                        "headquarters in Shenzhen, is in implementation of a memorandum of understanding that the company "
                        "signed during the World Economic Forum in April.\n", published="2019-06-27")
    kinds = {c.kind: c for c in x.candidates}
    assert set(kinds) == {"training_programme", "mou"}
    assert kinds["mou"].date == "2019-04" and kinds["training_programme"].date != "2019-04"


def test_a_law_a_title_of_an_agreement_a_consent_to_sign_and_an_acronym_of_a_countrys_ministry():
    """"… came into force in 2013 with the Law on the Ratification of the Agreement …": a law, no party; "the Government
    of PR China" is China's; "In December 2016, the Government gives consent for signing the Agreement on the Strategic
    Partnership of the Ministry of Interior and Huawei … This agreement was signed at the beginning of February 2017":
    the ministry (not "Strategic Partnership of the Ministry of Interior") and Huawei, signed in February 2017; "the
    Serbian Ministry of Interior (MOI) … MOI and Huawei signed": the ministry is Serbia's."""
    (c,) = extract_article("Example headline\n\nIn 2009, the Government of Montenegro and the Government of PR China signed "
                           "an agreement on economic cooperation. The agreement came into force in 2013 with the Law on the "
                           "Ratification of the Agreement on Economic Cooperation.\n").candidates
    assert {p.name: p.country for p in c.parties} == {"Government of Montenegro": "MNE", "Government of PR China": "CHN"}
    assert not any(p.new for p in c.parties if p.country == "CHN")
    (c,) = extract_article("Example headline\n\nIn December 2016, the Government gives consent for signing the Agreement on "
                           "the Strategic Partnership of the Ministry of Interior and Huawei for introducing safe city "
                           "solutions. This agreement was signed at the beginning of February 2017.\n").candidates
    assert {p.name for p in c.parties} == {"Ministry of Interior", "Huawei"} and c.date == "2017-02"
    x = extract_article("Example headline\n\nThe Croatian Ministry of Interior (MOI) tested nine cameras. In February 2017, "
                        "MOI and Huawei signed a Strategic Partnership Agreement.\n")
    assert {p.name: p.country for c in x.candidates for p in c.parties} == {"Ministry of Interior": "HRV", "Huawei": "CHN"}


def test_a_state_that_launches_a_chinese_firms_test_bed_and_a_thai_public_company():
    """"Thailand on Friday launched a Huawei Technologies 5G test bed": a project of Thailand and Huawei; "Huawei is in
    talks with local telecoms operations, such as Advanced Info Service Pcl": the firm with its legal form."""
    (c,) = extract_article("Example headline\n\nMalaysia on Friday launched a Huawei Technologies 5G test bed in "
                           "Cyberjaya.\n", published="2019-02-10").candidates
    assert {p.name for p in c.parties} == {"Malaysia", "Huawei Technologies"}
    (c,) = extract_article("Example headline\n\nHuawei is in talks with Advanced Wireless Network Pcl to secure a local "
                           "partnership.\n").candidates
    assert {p.name for p in c.parties} == {"Huawei", "Advanced Wireless Network Pcl"}


def test_a_country_written_with_accents_a_sum_before_a_name_and_an_events_city():
    """"Huawei Launches $30 Million Government-Backed Data Centre in Côte d’Ivoire": Côte d'Ivoire, whatever its accents
    and apostrophe (and no party "Million Government"); "… signed … celebrated at the ICT Talent Summit in Nairobi":
    where an event was held, no country of the deal."""
    (c,) = extract_article("Huawei Launches $30 Million Government-Backed Data Centre in Côte d’Ivoire\n\nChinese giant "
                           "Huawei has launched a data centre in Côte d’Ivoire.\n", published="2012-11-12").candidates
    assert "CIV" in c.countries and {p.name for p in c.parties} == {"Huawei"}
    (c,) = extract_article("Example headline\n\nHuawei and the UNESCO Regional Office in Santiago have signed a Memorandum "
                           "of Understanding to promote digital talent. The agreement was celebrated at the second ICT "
                           "Talent Summit in Nairobi.\n").candidates
    assert "KEN" not in c.countries


def test_a_firm_named_after_a_programme_in_small_letters_that_forms_a_venture():
    """"eWTP Arabia Capital has formed a joint venture company with China's Alibaba Cloud": the fund (its first word a
    brand in small letters, and a programme the records know) is a side of the venture."""
    (c,) = extract_article("Example headline\n\neWTP Gulf Partners has formed a joint venture company with China’s "
                           "Alibaba Cloud, called Gulf Cloud Computing Co., with a capital of $100 million.\n").candidates
    assert c.kind == "joint_venture" and {"eWTP Gulf Partners", "Alibaba Cloud"} <= {p.name for p in c.parties}


def test_a_loan_for_counted_towers_is_one_loan_and_a_bank_supplies_money():
    """"China loaned the Solomon Islands US$66 million to construct 161 towers which will be supplied by Huawei": one loan
    (the towers counted are no count of deals) of China to the Solomon Islands; "China's Exim Bank will supply the loan":
    the bank finances; "… in time for the Pacific Games": an event, no party."""
    x = extract_article("Example headline\n\nChina loaned Tuvalu US$30 million to construct 40 towers which will be "
                        "supplied by Huawei. China’s Exim Bank will supply the loan at an interest rate of 1%. Tuvalu "
                        "stated its ambition to deploy half of the towers in time for the Pacific Games.\n")
    loan = x.candidates[0]
    assert loan.kind == "loan" and not loan.aggregate
    assert {"China", "Tuvalu", "Huawei"} <= {p.name for p in loan.parties}
    assert all(p.role == "financier" for c in x.candidates for p in c.parties if p.kind == "bank")
    assert not any("Games" in p.name for c in x.candidates for p in c.parties)


def test_the_state_owned_monopoly_is_the_firm_named_before():
    """"Telecom Egypt will complete building a telecom network … The state-owned landline monopoly signed last week a
    cooperation agreement with the Administrative Capital for Urban Development": the monopoly is Telecom Egypt (and
    "The state" of "state-owned" is no government)."""
    (c,) = extract_article("Example headline\n\nTelecom Egypt will complete building a network for the new capital by "
                           "mid-2020, its chief executive said on Monday. The state-owned landline monopoly signed last week "
                           "a cooperation agreement with the Administrative Capital for Urban Development.\n",
                           published="2019-02-18").candidates
    assert {p.name for p in c.parties} == {"Telecom Egypt", "Administrative Capital for Urban Development"}


def test_a_statements_day_dates_no_deal_and_who_helped_a_side_is_no_side():
    """"… has signed a strategic cooperation framework agreement with the Zimbabwean government …, according to a
    statement sent to the Global Times by Cloudwalk on Thursday": Thursday is when the statement was sent (so the deal
    told "In April 2018" is the same one); "The Chinese startup was assisted in establishing the agreement by the local
    government of Guangzhou": who helped, no side."""
    x = extract_article("Example headline\n\nIn April 2018, the Government of Zambia signed a deal with the Chinese AI "
                        "startup CloudWalk Technology to leverage facial recognition technology.\n\nCloudWalk has signed a "
                        "strategic cooperation framework agreement with the Zambian government for a facial recognition "
                        "project, according to a statement sent to the Global Times by CloudWalk on Thursday.\n",
                        published="2018-04-13")
    assert [c.date for c in x.candidates] == ["2018-04"]
    (c,) = extract_article("Example headline\n\nDetails are emerging about the recently signed cooperation agreement between "
                           "CloudWalk Technology Co. and the government of Zambia. The Chinese startup was assisted in "
                           "establishing the agreement by the local government of Guangzhou.\n").candidates
    assert {p.country for p in c.parties} == {"CHN", "ZMB"} and not any("Guangzhou" in p.name for p in c.parties)


def test_submarine_cable_reports_landings_phases_ventures_and_contracts_received():
    """Cable news: "… signed landing party agreements with … for cable landing in Djibouti": where the cable lands, no
    place of signing (a capital though it is); "… have successfully landed a new submarine fibre optic network at
    Mombasa": a project of both; "the second phase of the former's National Broadband Network", "to Build 6000-km
    Cameroon-Brazil Fiber Optic Cable": the thing worked on, no party; "Huawei Marine, the joint venture between Huawei
    Technologies and UK-based Global Marine Systems, announced it has been contracted by …": the contract, and the
    venture described, each a deal; "has received a contract to construct …": a contract signed."""
    (c,) = extract_article("Example headline\n\nThe cable company has signed a landing party agreement with Djibouti "
                           "Telecom for cable landing in Djibouti.\n").candidates
    assert c.place is None
    (c,) = extract_article("Example headline\n\nSafaricom and the Peace Cable Company have successfully landed a new "
                           "submarine fibre optic network at Mombasa.\n").candidates
    assert c.kind == "project" and {p.name for p in c.parties} == {"Safaricom", "Peace Cable Company"}
    x = extract_article("Example headline\n\nHuawei Marine has awarded Nexans the contract to supply the second phase of "
                        "the former's National Broadband Network (NBNII).\n\nHuawei, China Unicom to Build 6000-km "
                        "Angola-Brazil Fiber Optic Cable.\n")
    assert not any(re.search(r"Network|Cable$", p.name) for c in x.candidates for p in c.parties)
    x = extract_article("Example headline\n\nHuawei Marine, the joint venture between Huawei Technologies and UK-based "
                        "Global Marine Systems, announced it has been contracted by China Unicom and Camtel to construct "
                        "the South Atlantic Inter Link.\n")
    assert sorted(c.kind for c in x.candidates) == ["contract", "joint_venture"]
    (c,) = extract_article("Example headline\n\nHuawei Marine Networks (HMN) has received a contract to construct the new "
                           "Maldives Sri Lanka Cable system.\n").candidates
    assert (c.kind, c.status) == ("contract", "signed")


def test_a_protocol_of_intent_an_invitation_and_a_state_that_discusses():
    """"… have signed a protocol of intent that provides for mutual support …": a memorandum; "We invite Huawei to
    cooperate with the Agency for …": an invitation, no deal; "Azerbaijan and Huawei discussed cooperation in the field
    of 5G technologies": talks of the state and the firm."""
    (c,) = extract_article("Example headline\n\nThe Georgian Revenue Service and Huawei have signed a protocol of intent "
                           "that provides for mutual support for the introduction of network equipment.\n").candidates
    assert c.kind == "mou"
    x = extract_article("Example headline\n\n“We invite Huawei to cooperate with the Agency for the Development of Small "
                        "Enterprises in order to establish business relations in the field of ICT,” he said.\n")
    assert x.candidates == []
    (c,) = extract_article("Example headline\n\nGeorgia and Huawei discussed cooperation in the field of 5G "
                           "technologies.\n").candidates
    assert c.kind == "talks" and {p.name for p in c.parties} == {"Georgia", "Huawei"}


def test_the_parties_a_report_lists_and_a_cloud_region_named_by_its_country():
    """"A Memorandum Of Understanding … between Panyu and Miri was signed Monday … Parties involved in the MoU were the
    Guangzhou Panyu Economy and Trade Promotion Bureau, Miri City Council, …": the bodies listed are the MoU's sides;
    "Huawei Cloud has opened a Chile region, providing cloud and AI services": a region opened, a project."""
    (c,) = extract_article("Example headline\n\nA Memorandum of Understanding for the collaboration of smart cities was "
                           "signed on Monday in Kuala Lumpur. Parties involved in the MoU were the Shenzhen Futian Trade "
                           "Promotion Bureau, Kuching City Council and Sarawak Digital Holdings.\n").candidates
    assert {"Shenzhen Futian Trade Promotion Bureau", "Kuching City Council"} <= {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nHuawei Cloud has opened a Peru region, providing cloud and AI services "
                           "for the Chinese company's customers.\n").candidates
    assert c.kind == "project" and "PER" in c.countries


def test_the_bank_is_the_eximbank_named_before():
    """"China Eximbank agreed a US$99m preferential loan … in Niger. The bank has also provided a US$50m preferential loan
    … in Benin": "the bank" is China Eximbank (whose name ends in "bank" without a capital), and the second loan is one of
    its own."""
    x = extract_article("Example headline\n\nChina Eximbank agreed a US$99m preferential loan for a fibre optic backbone "
                        "in Niger. The bank has also provided a US$50m preferential loan for the establishment of a fibre "
                        "optic backbone in Benin.\n")
    assert [(c.kind, {p.name for p in c.parties}) for c in x.candidates] == [
        ("loan", {"China Eximbank", "Niger"}), ("loan", {"China Eximbank", "Benin"})]


def test_the_country_that_signed_a_shouting_headline_and_an_events_organiser_and_country():
    """"… says the country has signed a Memorandum of Understanding (MOU) with China's ZTE Company … in Zambia": Zambia
    signed; "WE HAVE SIGNED AN MOU FOR …": a word in capitals, not the brand "WE"; "Among the MoUs sealed …": no name;
    "On the sidelines of the … Forum, organized by the International Telecommunications Union (ITU) in Hungary, Zimbabwe
    and China signed an agreement": neither the organiser nor the event's country is the deal's."""
    (c,) = extract_article("Example headline\n\nPRESIDENT Hakainde Hichilema says the country has signed a Memorandum of "
                           "Understanding (MOU) with China’s ZTE Company for the setting up of a smartphone assembly plant "
                           "in Zambia.\n").candidates
    assert {p.country for p in c.parties} == {"ZMB", "CHN"}
    x = extract_article("WE HAVE SIGNED AN MOU FOR THE SETTING UP OF A SMARTPHONE ASSEMBLY PLANT IN ZAMBIA\n\nNo more.\n")
    assert not any(p.name == "WE" for c in x.candidates for p in c.parties)
    x = extract_article("Example headline\n\nAmong the MoUs sealed at the southern technology hub of Shenzhen this week, "
                        "is one with Huawei.\n")
    assert not any("MoU" in p.name for c in x.candidates for p in c.parties)
    (c,) = extract_article("Example headline\n\nOn the sidelines of the International Telecommunications Forum, organized "
                           "by the International Telecommunications Union (ITU) in Hungary from September 9 to 12, Zimbabwe "
                           "and China signed an agreement to boost their ICT sectors.\n").candidates
    assert {p.name for p in c.parties} == {"Zimbabwe", "China"} and "HUN" not in c.countries


def test_an_agreement_to_build_using_a_loan_is_a_contract_with_the_contractors_named_before():
    """"Chinese contractors will launch Laos' first satellite … CAMTS and CGWIC have started production on the satellite.
    Laos signed a $250-million agreement in 2011 with the two Chinese contractors to build and launch the satellite,
    using a Chinese loan": a contract (the loan is what pays for it) of Laos and the two contractors named before."""
    x = extract_article("Example headline\n\nChina Great Wall Industry Corporation and Huawei Marine have started "
                        "production on the satellite. Tonga signed a $250-million agreement in 2011 with the two Chinese "
                        "contractors to build and launch the satellite, using a Chinese loan.\n")
    c = next(c for c in x.candidates if c.amounts)
    assert c.kind == "contract"
    assert {"Tonga", "China Great Wall Industry Corporation", "Huawei Marine"} <= {p.name for p in c.parties}


def test_a_country_in_a_reports_credit_and_a_person_by_office_between_sides():
    """"DHAKA, (APP - UrduPoint / Pakistan Point News - 25th May, 2023 ):Transsion Holdings … inaugurated its ISMARTU
    factory …": Pakistan is an outlet's, no country of the deal; "… signing ceremony … between GM Henry Yu and …": a
    person by office, no party."""
    (c,) = extract_article("Example headline\n\nDHAKA, (APP - UrduPoint / Pakistan Point News - 25th May, 2023 ):Transsion "
                           "Holdings, a China-based smartphone manufacturer, inaugurated its ISMARTU factory on Wednesday "
                           "in Bangladesh.\n", published="2023-05-25").candidates
    assert "PAK" not in c.countries and "BGD" in c.countries
    x = extract_article("Example headline\n\nToday the company held a construction agreement signing ceremony between GM "
                        "Henry Yu and the Ethiopian Investment Commission.\n", published="2017-05-24")
    assert not any(p.name.startswith("GM") for c in x.candidates for p in c.parties)


def test_a_venture_established_jointly_a_joint_stock_company_and_an_indonesian_pt_firm():
    """"… joint venture …, and was established jointly by YOFC and PT FOTI … on January 4, 2017": a venture, dated;
    "Yangtze Optical Fibre and Cable Joint Stock Co Ltd": one name with its legal form; "signed a joint venture agreement
    with Indonesia PT Monas Permata Persada": the Indonesian firm (a PT is a name), not Indonesia."""
    (c,) = extract_article("Example headline\n\nIt is the third overseas joint venture of the group, and was established "
                           "jointly by Huawei Marine and PT Kabel Nusantara on January 4, 2017.\n").candidates
    assert (c.kind, c.date) == ("joint_venture", "2017-01-04")
    x = extract_article("Example headline\n\nYangtze Optical Fibre and Cable Joint Stock Co Ltd, the largest maker, is "
                        "expanding abroad. In January 2015, Yangtze Optical Fibre signed a joint venture agreement with "
                        "Indonesia PT Monas Permata Persada to establish a factory in Indonesia.\n")
    names = {p.name for c in x.candidates for p in c.parties}
    assert "PT Monas Permata Persada" in names and "Indonesia" not in names
    assert not any(n.startswith("Joint Stock") for n in names)


def test_the_signing_day_before_the_year_the_work_is_due():
    """"… signed an agreement on Wednesday to develop 5G technology in Russia and to hold test launches this year and in
    2020": 2020 is when the work is due, and Wednesday, told before it, is the signing's day."""
    (c,) = extract_article("Example headline\n\nBeeline and China's Huawei signed an agreement on Wednesday to develop 5G "
                           "technology in Russia and to hold test launches this year and in 2020.\n",
                           published="2019-06-06").candidates
    assert c.date == "2019-06-05"


@pytest.mark.parametrize("counted, count", [
    ("signed 11 5G contracts with Huawei", 11),
    ("signed three technology agreements with Huawei", 3),
    ("signed 12 investment agreements with Huawei", 12),
    ("signed four commercial LTE contracts with Huawei", 4),
    ("signed five crucial memoranda of understanding with Huawei", 5),
])
def test_a_count_is_an_aggregate_whatever_words_say_what_the_deals_are_for(counted, count):
    x = extract_article(f"Example headline\n\nThe Lakeland government {counted} on Monday.\n", published="2021-03-10")
    assert [(c.aggregate, c.members.get("count")) for c in x.candidates] == [(True, count)]


def test_an_amount_before_a_deal_noun_counts_no_deals():
    x = extract_article("Example headline\n\nThe Lakeland government signed $4 billion technology deals with Huawei "
                        "on Monday.\n", published="2021-03-10")
    assert [c.aggregate for c in x.candidates] == [False]


@pytest.mark.parametrize("sentence, client, vendor", [
    # the one that awards, whatever its country (both firms Chinese here, so no country tells who is who)
    ("China Mobile has awarded ZTE a contract for the rollout of its network in five cities.", "China Mobile", "ZTE"),
    ("China Telecom has awarded Huawei a $50 million contract to expand its fibre network.", "China Telecom", "Huawei"),
    # the one a contract is won for
    ("Huawei Technologies has won a US$700 million contract for China Mobile Communications Corp, the company said.",
     "China Mobile Communications Corp", "Huawei Technologies"),
    ("ZTE has secured a contract for Lakeland Telecom worth $30 million.", "Lakeland Telecom", "ZTE"),
])
def test_who_awards_a_contract_or_has_it_won_for_them_is_its_client(sentence, client, vendor):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    roles = {p.name: p.role for p in c.parties}
    assert roles[client] == "signatory"
    assert roles[vendor] in ("contractor", "supplier")


@pytest.mark.parametrize("second", [
    "Lakeland Telecom said yesterday it selected Huawei because of its experience with such networks.",
    "Lakeland Telecom chose Huawei over two European bidders.",
    "Lakeland Telecom picked Huawei ahead of Nokia and Ericsson.",
])
def test_the_firm_that_chose_the_vendor_of_a_contract_told_before_is_its_client(second):
    x = extract_article(f"Example headline\n\nHuawei has won a contract to build a 4G network in Lakeland.\n\n{second}\n")
    (c,) = x.candidates
    assert {p.name: p.role for p in c.parties} == {"Huawei": "contractor", "Lakeland Telecom": "signatory"}


@pytest.mark.parametrize("sentence", [
    "Lakeland Telecom selected Huawei for its annual award for innovation.",
    "Judges selected Huawei as one of the best employers of the year.",
])
def test_choosing_a_firm_for_something_else_is_no_contract(sentence):
    assert extract_article(f"Example headline\n\n{sentence}\n").candidates == []


@pytest.mark.parametrize("sentence", [
    "The Lakeland government lifted the ban last month, allowing orders for equipment manufactured by companies "
    "including ZTE and Huawei to proceed.",
    "The regulator eased its restrictions on Huawei, allowing the orders of Lakeland Mobile to go ahead.",
])
def test_a_ban_lifted_is_no_deal(sentence):
    assert extract_article(f"Example headline\n\n{sentence}\n").candidates == []


def test_a_deal_signed_once_a_ban_was_lifted_is_a_deal():
    (c,) = extract_article("Example headline\n\nAfter the government lifted the ban, Lakeland Mobile signed a $20 million "
                           "contract with ZTE.\n").candidates
    assert {p.name for p in c.parties} == {"Lakeland Mobile", "ZTE"}


@pytest.mark.parametrize("sentence", [
    "Lakestar, a joint venture between LNBC and StarTimes, has been authorized by the government to oversee the "
    "digital migration.",
    "Lakestar – a joint venture company created between LNBC and StarTimes – has been authorized by the government "
    "to oversee the digital migration.",
    "Lakestar, a joint venture company formed by LNBC and StarTimes, oversees the digital migration.",
])
def test_a_joint_venture_told_in_a_firms_description_is_a_joint_venture_of_its_founders(sentence):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert c.kind == "joint_venture"
    assert {p.name: p.role for p in c.parties if p.name != "Lakestar"} == {"LNBC": "partner", "StarTimes": "partner"}


def test_a_firm_named_after_its_country_after_and_is_a_name_of_its_own():
    (c,) = extract_article("Example headline\n\nHuawei signed a contract with Lakeland Broadband Moviles and Kenya Power to "
                           "lay fibre.\n").candidates
    assert {p.name for p in c.parties} == {"Huawei", "Lakeland Broadband Moviles", "Kenya Power"}
    (c,) = extract_article("Example headline\n\nThe Ministry of Posts and Telecommunications signed an MoU with "
                           "Huawei.\n").candidates
    assert "Ministry of Posts and Telecommunications" in {p.name for p in c.parties}


@pytest.mark.parametrize("sentence, funder", [
    ("Australia funded the cable's construction.", "Australia"),
    ("The Lakeland government is also funding the construction of six towers in the islands.", "Lakeland government"),
    ("The World Bank financed the laying of the Lakeland backbone, which Huawei built.", "World Bank"),
    # a country (or its capital) funding: its state, in any tense
    ("Canberra is also funding the construction of six towers in the Solomon Islands.", "Canberra"),
    ("Australia was funding the construction of six towers in the Solomon Islands.", "Australia"),
])
def test_who_funds_the_building_of_a_thing_finances_a_project(sentence, funder):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert c.kind == "project"
    assert {p.name: p.role for p in c.parties}[funder] == "financier"


def test_a_country_that_funds_a_deal_through_its_bank_leaves_the_bank_its_financier():
    x = extract_article("China funds Huawei's Solomon Islands deal\n\nThe Solomon Islands signed a contract with Huawei in "
                        "April. The contract will be funded by the Export-Import Bank of China.\n")
    (c,) = x.candidates
    assert {p.name: p.role for p in c.parties if p.role == "financier"} == {"Export-Import Bank of China": "financier"}


def test_a_contract_scored_is_won():
    (c,) = extract_article("Example headline\n\nHuawei has scored a second major contract in the Lakeland government's "
                           "broadband scheme.\n").candidates
    assert (c.kind, {p.name: p.role for p in c.parties}["Huawei"]) == ("contract", "contractor")


def test_the_last_words_of_an_office_with_commas_and_its_holder_are_no_party():
    (c,) = extract_article("Example headline\n\nLakeland Minister of Communication, Technology and Innovation Salima "
                           "Example also signed an agreement with Huawei Group.\n").candidates
    assert "Salima" not in " ".join(p.name for p in c.parties)
    assert "Huawei Group" in {p.name for p in c.parties}


@pytest.mark.parametrize("sentence, kind", [
    ("There has also been an agreement with Huawei Group for a Digital Village Project.", "other"),
    ("There has been a contract between Lakeland Telecom and ZTE to build 300 towers.", "contract"),
])
def test_a_deal_told_as_there_has_been_one_is_a_deal(sentence, kind):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert c.kind == kind


def test_the_country_a_project_is_built_with_support_from_finances_it():
    (c,) = extract_article("Example headline\n\nThe communication towers were being constructed by Huawei at a cost of "
                           "280 million U.S. dollars with support from China.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Huawei": "contractor", "China": "financier"}


def test_a_person_quoted_by_name_is_no_party_when_named_again_by_surname():
    x = extract_article("Example headline\n\nAccording to Mahmoud Example, the two countries have formed a joint "
                        "committee.\n\nOn Friday, Example and Chinese Minister of Industry Miao Wei signed documents for "
                        "expansion of cooperation with Huawei.\n")
    assert all("Example" not in p.name for c in x.candidates for p in c.parties)


def test_a_named_project_signed_with_a_firm_is_its_contract():
    (c,) = extract_article("Example headline\n\nOn 23 December 2011, the Lakeland government signed the National Public "
                           "Safety Command and Control System Project Phase II with China National Electronics Import "
                           "and Export Corporation (CEIEC).\n").candidates
    assert (c.kind, c.date) == ("contract", "2011-12-23")
    assert {p.name: p.role for p in c.parties}["China National Electronics Import and Export Corporation"] == "contractor"


@pytest.mark.parametrize("sentence", [
    "The Lakeland government signed an agreement with Huawei to provide equipment for the SafeWatch Lakeland "
    "surveillance system.",
    "The Lakeland government signed a $240 million contract with Huawei for the development of an emergency service "
    "called SafeWatch Lakeland.",
])
def test_a_system_or_service_named_in_the_deal_is_no_party(sentence):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert {p.name for p in c.parties} == {"Lakeland government", "Huawei"}


@pytest.mark.parametrize("sentence", [
    "The cable was a joint venture between Telcothech, Telekom Malaysia Berhad and Symphony.",
    "The cable was a joint venture between Cambodia’s Telcothech (a subsidiary of Ezecom), Malaysia-based Telekom "
    "Malaysia Berhad, and Thai firm Symphony.",
])
def test_three_partners_between_whom_a_venture_is_are_its_partners(sentence):
    """(not "between Ally Example, EACO executive secretary, and …": a person and what she is)"""
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Telcothech": "partner", "Telekom Malaysia Berhad": "partner",
                                                    "Symphony": "partner"}


def test_people_between_whom_a_deal_was_signed_are_no_list_of_partners():
    (c,) = extract_article("Example headline\n\nThe MoU was signed in Bujumbura between Ally Example, EACO executive "
                           "secretary, and Yang Example, director of ICT Strategy of Huawei.\n").candidates
    assert all("Example" not in p.name for p in c.parties)


@pytest.mark.parametrize("sentence", [
    "China Telecom is part of the Lakeland Mobile consortium with Udenna Corp. and Chelsea Logistics Holdings Corp.",
    "China Telecom is a member of the consortium, along with Udenna Corp. and Chelsea Logistics Holdings Corp.",
])
def test_the_members_of_a_consortium_are_partners_of_a_venture(sentence):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert c.kind == "joint_venture"
    assert {"China Telecom", "Udenna Corp.", "Chelsea Logistics Holdings Corp."} <= {p.name for p in c.parties}


def test_a_definite_deal_between_sides_not_told_before_is_a_deal_of_its_own():
    x = extract_article("Example headline\n\nThe Chinese DJI Academy, in cooperation with the kingdom's STC company, will "
                        "launch the first accredited training center for drones.\n\nThe event also announced the "
                        "cooperation between Saudi Arabia and the Chinese company OneMT, the leader of the electronic "
                        "games industry.\n")
    assert any({"Saudi Arabia", "OneMT"} <= {p.name for p in c.parties} for c in x.candidates)
    x = extract_article("Example headline\n\nHuawei and Lakeland Telecom signed an agreement on Monday.\n\nThe agreement "
                        "between Huawei and Lakeland Telecom covers 5G and cloud services.\n")
    assert len(x.candidates) == 1


def test_a_firm_named_after_what_it_is_and_described_after_a_comma_is_a_party():
    (c,) = extract_article("Example headline\n\nThe event announced the cooperation between Saudi Arabia and the Chinese "
                           "company OneMT, the leader of the electronic games industry, and the launch of programmes "
                           "worth 4 billion Saudi riyals.\n").candidates
    assert {p.name for p in c.parties} == {"Saudi Arabia", "OneMT"}


@pytest.mark.parametrize("sentence", [
    "Alibaba Cloud has launched its second data centre in Dubai.",
    "On Monday, Tencent unveiled a new data centre in Jakarta, its first in Indonesia.",
    "Huawei Cloud has opened a Chile region.",
])
def test_a_firms_own_data_centre_launched_or_unveiled_is_its_own_as_one_opened(sentence):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert [p.role for p in c.parties] == ["owner"]


def test_money_promised_stays_a_pledge_whatever_words_hold_a_signing_verb_inside():
    x = extract_article("Example headline\n\nChina has pledged to provide funding for the Lakeland data centre designed "
                        "by Huawei.\n")
    assert [c.kind for c in x.candidates] == ["pledge"]


@pytest.mark.parametrize("plain, with_word", [
    ("Huawei has secured a training programme for 200 Lakeland engineers.",
     "Huawei has secured a training programme designed for 200 Lakeland engineers."),
])
def test_a_word_holding_a_signing_verb_inside_changes_no_status(plain, with_word):
    (a,), (b,) = (extract_article(f"Example headline\n\n{t}\n").candidates for t in (plain, with_word))
    assert (a.kind, a.status) == (b.kind, b.status)


def test_a_delivery_ceremony_for_a_thing_built_is_a_project_in_service():
    (c,) = extract_article("Example headline\n\nChina Aerospace Science and Technology Corporation took part on Sunday in "
                           "an on-orbit delivery ceremony for Lakeland's first communication satellite with the Lakeland "
                           "Space Agency.\n", published="2018-04-03").candidates
    assert (c.kind, c.status, c.date) == ("project", "operational", "2018-04-01")
    assert {"China Aerospace Science and Technology Corporation", "Lakeland Space Agency"} <= {p.name for p in c.parties}


def test_the_firm_that_says_the_group_has_won_a_contract_is_its_contractor():
    (c,) = extract_article("Example headline\n\nLakeland Fibre said the Group has won an order for broadband projects "
                           "in Peru.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Lakeland Fibre": "contractor"}


def test_a_market_chosen_is_no_vendor_hired():
    x = extract_article("Example headline\n\nPoshu Example said the company chose Indonesia because it is one of the "
                        "fastest growing markets in the region.\n")
    assert x.candidates == []


@pytest.mark.parametrize("sentence, kind", [
    ("ZTE is implementing the e-government network for the Ministry of Finance of Kenya.", "project"),
    ("Huawei has rolled out 4G across Ethiopia for Ethio Telecom.", "project"),
    ("Huawei is deploying 5G in Thailand's Eastern Economic Corridor.", "project"),
    ("Huawei is the main contractor for the Kenyan e-government network.", "contract"),
])
def test_a_network_implemented_rolled_out_by_generation_or_contracted_for_is_a_deal(sentence, kind):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert c.kind == kind
    assert {p.name: p.role for p in c.parties if p.country == "CHN"} in ({"ZTE": "contractor"}, {"Huawei": "contractor"})


def test_a_generation_named_with_no_building_is_no_project():
    x = extract_article("Example headline\n\nHuawei is testing 5G in Kenya with Safaricom.\n")
    assert [c.kind for c in x.candidates] != ["project"]


@pytest.mark.parametrize("sentence, client", [
    ("The company has built unified GSM/UMTS/LTE networks for Telenor in India and Montenegro.", "Telenor"),
    ("Huawei has rolled out 4G across Ethiopia for Ethio Telecom.", "Ethio Telecom"),
])
def test_who_a_network_is_built_for_benefits_from_it(sentence, client):
    x = extract_article(f"Example headline\n\n{sentence}\n")
    assert all({p.name: p.role for p in c.parties}[client] == "beneficiary" for c in x.candidates)
    assert x.candidates


def test_a_client_to_come_of_a_signed_contract_signs_it():
    x = extract_article("China to build satellite for Belarus\n\nChina will build and launch a communications satellite "
                        "for Belarus, according to a contract signed between the two countries on Sunday in Minsk.\n")
    roles = {p.country: p.role for c in x.candidates for p in c.parties}
    assert roles.get("BLR") == "signatory"


def test_words_that_name_no_one_alone_then_of_a_country_are_a_name():
    """"Telecom Corp of New Zealand": a legal form after head words only, then whose it is — one name (not "Huawei
    Technologies Co. Ltd of China", where "of China" says where a named firm is)."""
    (c,) = extract_article("Example headline\n\nTelecom Corp of New Zealand signed a contract with Huawei.\n").candidates
    assert {p.name: p.country for p in c.parties} == {"Telecom Corp of New Zealand": "NZL", "Huawei": "CHN"}


def test_whom_the_vendor_of_a_deal_will_help_to_build_is_its_client_even_a_paragraph_on():
    x = extract_article("Example headline\n\nZTE Corp on Monday announced it won a contract worth more than 200 million "
                        "euros in Lakeland.\n\nChina's biggest listed telecom equipment maker will help telecom operator "
                        "Lakenet to upgrade a national network.\n")
    (c,) = x.candidates
    roles = {p.name: p.role for p in c.parties}
    assert roles.pop("ZTE Corp") in ("contractor", "supplier") and roles == {"Lakenet": "signatory"}


@pytest.mark.parametrize("headline, firm", [
    ("ZTE Selected to Build Cross-Border Optical Transmission Network in Lakeland", "ZTE"),
    ("China Mobile Tapped to Deploy Smart City System in Lakeland", "China Mobile"),
    ("Huawei Gets Nod to Build Fibre Network in Lakeland", "Huawei"),
    ("Lakeland Telecom Awards Huawei Contract", "Huawei"),
])
def test_a_title_case_headline_s_verbs_and_what_they_are_done_to_are_no_names(headline, firm):
    """In a headline every word has a capital: a verb is no word of a name ("ZTE Selected") and what an infinitive is
    done to ("to Build Fibre Network") is a thing, not an organisation; nor is "Contract" after a known firm."""
    x = extract_article(f"{headline}\n\nThe report gave no details.\n")
    names = {p.name for c in x.candidates for p in c.parties}
    assert firm in names and not names & {f"{firm} Selected", f"{firm} Tapped", f"{firm} Gets", f"{firm} Contract"}
    assert not any(re.match(r"(?:Build|Deploy)\b", n) for n in names)


@pytest.mark.parametrize("sentence", [
    "ZTE bags $50m deal with Lakeland Telecom.",
    "Huawei lands deal with Lakeland Telecom for 5G.",
    "Huawei nets $100m contract from Lakeland Telecom.",
    "Huawei Clinches Contract From Safaricom",  # (in title case only names the records know are read)
])
def test_a_contract_won_as_a_headline_writes_it_in_the_present(sentence):
    (c,) = extract_article(f"{sentence}\n\nThe report gave no details.\n").candidates
    assert c.kind == "contract" and {p.name for p in c.parties} - {sentence.split()[0]} <= {"Lakeland Telecom", "Safaricom"}
    assert len(c.parties) == 2


def test_the_cable_that_lands_is_no_deal_won():
    assert not extract_article("Example headline\n\nThe cable lands in Mombasa.\n").candidates


def test_the_kind_the_body_names_is_the_deal_s_not_the_headline_s_word_for_it():
    x = extract_article("Kenya has secured $2bn project financing from China\n\nKenya and China on Friday signed "
                        "project delivery agreements worth $2 billion for a data centre to be built by Huawei.\n",
                        published="2019-04-27")
    (c,) = x.candidates
    assert c.kind == "contract" and c.date == "2019-04-26"


@pytest.mark.parametrize("sentence, state", [
    ("Huawei bags Guinean backbone contract, rescue plans ongoing", "GIN"),
    ("ZTE won a Kenyan contract to build towers.", "KEN"),
])
def test_a_contract_won_named_by_a_people_s_word_is_that_state_s(sentence, state):
    (c,) = extract_article(f"{sentence}\n\nThe report gave no details.\n").candidates
    (client,) = [p for p in c.parties if p.country == state]
    assert client.role == "signatory" and client.kind == "government" and not _is_demonym_word(client.name)


def _is_demonym_word(name):
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish)", name))


@pytest.mark.parametrize("sentence, kind", [
    ("Lakenet and Huawei have formed a strategic partnership.", "other"),
    ("Lakenet and Huawei formally established a strategic partnership on August 17.", "other"),
    ("Lakenet and Huawei formed a partnership to deploy 5G.", "project"),  # (what it is for: the project)
    ("Huawei made a similar deal with Lakenet in Lakeland.", "other"),
    ("Huawei cut a deal with Lakenet.", "other"),
])
def test_a_partnership_formed_and_a_deal_made_are_deals(sentence, kind):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert c.kind == kind and {p.name for p in c.parties} == {"Lakenet", "Huawei"}


@pytest.mark.parametrize("sentence", [
    "Lakeland and China recently formed a comprehensive strategic partnership.",
    "Huawei made a profit last year.",
])
def test_two_states_ties_and_a_profit_made_are_no_deal(sentence):
    assert not extract_article(f"Example headline\n\n{sentence}\n").candidates


@pytest.mark.parametrize("sentence, name", [
    ("The contract was signed by Huawei and LAKESAT Thursday morning.", "LAKESAT"),
    ("Huawei and Lakesat of Europe signed an agreement Friday.", "Lakesat"),
    ("Huawei signed a loan with the Development Bank of Africa.", "Development Bank of Africa"),
])
def test_when_and_where_from_are_no_words_of_a_name(sentence, name):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n", published="2021-03-10").candidates
    assert name in {p.name for p in c.parties}


@pytest.mark.parametrize("sentence", [
    "China handed over the communications satellite to Kenya on Saturday.",
    "CGWIC formally handed over the satellite to Kenya.",
])
def test_a_state_a_thing_is_handed_over_to_owns_it(sentence):
    """Who hands a satellite over built it; the state it is handed to owns it, named as a country or a firm alike."""
    (c,) = extract_article(f"Example headline\n\n{sentence}\n", published="2021-03-10").candidates
    roles = {p.country: p.role for p in c.parties}
    assert c.kind == "project" and roles.get("KEN") == "owner" and "CHN" in roles


def test_a_daily_is_a_newspaper_that_tells_not_a_party():
    x = extract_article("Example headline\n\nInvestigations conducted by the Daily Lakelander revealed that the "
                        "ministry signed a contract with ZTE.\n")
    names = {p.name for c in x.candidates for p in c.parties}
    assert "ZTE" in names and not any(n.startswith("Daily") for n in names)


@pytest.mark.parametrize("sentence, vendor, client", [
    ("ZTE picks up EUR250m Lakenet contract", "ZTE", None),
    ("Huawei scores five-year Lakenet managed services deal", "Huawei", None),
    ("ZTE claims a new €200 million contract with Lakenet.", "ZTE", "Lakenet"),
    ("Huawei and ZTE have taken the lion's share of 5G contracts from Lakenet worth a total of 37.1 billion yuan.",
     "Huawei", "Lakenet"),
    ("Huawei is the project contractor for Phase Two of the National Optic Fibre Backbone in Kenya.", "Huawei", None),
])
def test_more_ways_a_contract_is_won(sentence, vendor, client):
    x = extract_article(f"Example headline\n\n{sentence}\n")
    (c,) = x.candidates
    roles = {p.name: p.role for p in c.parties}
    assert c.kind in ("contract", "other") and roles[vendor] in ("contractor", "supplier", "signatory")
    assert client is None or roles[client] == "signatory"


@pytest.mark.parametrize("sentence", ["Huawei claimed the contract was unfair.", "Huawei picked up the award."])
def test_a_claim_and_a_prize_are_no_contract_won(sentence):
    assert not extract_article(f"Example headline\n\n{sentence}\n").candidates


def test_a_headline_s_partnership_signed_in_the_present_is_a_deal():
    (c,) = extract_article("Lakeland government signs partnership with Huawei\n\nThe report gave no details.\n").candidates
    assert "Huawei" in {p.name for p in c.parties}


def test_a_thing_named_after_its_state_put_into_service_is_that_state_s():
    (c,) = extract_article("Example headline\n\nThe minister celebrated the official launching of the Kenya eGovernment "
                           "Network, built by Huawei, at the Parliament complex.\n").candidates
    roles = {p.country: p.role for p in c.parties}
    assert c.kind == "project" and roles == {"KEN": "owner", "CHN": "contractor"}


@pytest.mark.parametrize("sentence", [
    "President Lungu commissioned the Huawei-built national data centre on Friday.",
    "The inauguration of the Huawei-built data centre took place on Monday.",
])
def test_a_known_firm_before_built_built_the_thing_put_into_service(sentence):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n", published="2021-03-10").candidates
    assert c.kind == "project" and c.status == "operational" and [(p.name, p.role) for p in c.parties] == [("Huawei", "contractor")]


def test_a_people_s_word_before_built_and_an_inauguration_of_a_person_are_no_firm_and_no_project():
    x = extract_article("Example headline\n\nHe attended the inauguration of the new president.\n")
    assert not x.candidates
    x = extract_article("Example headline\n\nAngolan President João Lourenço has opened the Chinese-built Integrated "
                        "Centre for Public Security.\n")
    assert all(p.country == "AGO" for c in x.candidates for p in c.parties)


@pytest.mark.parametrize("sentence", [
    "Kenya launches Huawei-built 5G network in Africa first",
    "Kenya on Tuesday became the first country in Africa to inaugurate a 5G mobile phone network based on technology from "
    "Chinese firm Huawei.",
])
def test_a_state_that_launches_a_network_is_its_side(sentence):
    (c,) = extract_article(f"{sentence}\n\nThe report gave no details.\n", published="2021-03-10").candidates
    assert c.kind == "project" and {p.country for p in c.parties} == {"KEN", "CHN"}


def test_the_places_a_cable_connects_and_the_cable_bid_for_are_no_parties():
    x = extract_article("Example headline\n\nThe cable system built by HMN Tech for Lakenet connects Hainan Province, "
                        "Guangdong Province and Hong Kong SAR.\n\nLakeland warned about the bid by HMN Tech to build the "
                        "planned East Lakeland Cable.\n")
    names = {p.name for c in x.candidates for p in c.parties}
    assert "HMN Tech" in names and not names & {"Guangdong Province", "Hainan Province", "East Lakeland Cable"}


def test_an_organisation_one_article_makes_new_is_new_again_in_the_next():
    """Each article starts from the organisations the records know: one an earlier article created is not known."""
    text = "Example headline\n\nLakenet Holdings signed a contract with Huawei.\n"
    first, second = (extract_article(text).candidates for _ in range(2))
    assert [(p.name, p.new, p.id) for p in first[0].parties] == [(p.name, p.new, p.id) for p in second[0].parties]
    assert {p.name: p.new for p in second[0].parties} == {"Lakenet Holdings": True, "Huawei": False}


@pytest.mark.parametrize("name", ["Export and Import Bank of China", "Export Import Bank of China"])
def test_the_export_import_bank_spelled_out_is_not_the_bank_of_china(name):
    (c,) = extract_article(f"Example headline\n\nThe {name} will loan the funds to the government of Cambodia.\n").candidates
    (bank,) = [p for p in c.parties if p.kind == "bank"]
    assert bank.id == "export-import-bank-of-china" and bank.role == "financier"


def test_a_deal_named_with_its_year_before_it_is_of_that_year():
    (c,) = extract_article("Example headline\n\nCGWIC won a 2017 contract to build the Lakesat satellite for Indonesia.\n"
                           ).candidates
    assert c.kind == "contract" and c.date == "2017"


@pytest.mark.parametrize("sentence, kind", [
    ("China Construction Bank is funding the Lakeland cable project.", "project"),
    ("The data centre in Kenya was funded by the Export-Import Bank of China.", "project"),
    ("The Export-Import Bank of China provided $100 million for the National Data Centre in Bangladesh.", "loan"),
])
def test_a_thing_funded_by_a_named_bank_is_a_deal_with_its_financier(sentence, kind):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert c.kind == kind and [p.role for p in c.parties if p.kind == "bank"] == ["financier"]


def test_projects_funded_by_a_people_and_the_ends_of_a_cable_are_no_deal_and_no_parties():
    assert not extract_article("Example headline\n\nThe expansion of Lakenet is among several infrastructure projects "
                               "being funded by the Chinese.\n").candidates
    (c,) = extract_article("Example headline\n\nChina Construction Bank funded a submarine cable between Pakistan and "
                           "Kenya.\n").candidates
    assert [p.name for p in c.parties] == ["China Construction Bank"]


@pytest.mark.parametrize("sentence, kind, status", [
    ("The laying of the fibre optic cable built by Huawei in Cameroon was launched on Tuesday.", "project", "under_construction"),
    ("China's CGWIC is to build a satellite for Nigeria, to be launched in early 2007.", "project", "announced"),
    ("ZTE has completed the second half of a US$1.5 billion deal with the Ethiopian government.", "contract", "signed"),
])
def test_works_begun_things_to_come_and_deals_concluded_have_their_own_status(sentence, kind, status):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n", published="2021-03-10").candidates
    assert (c.kind, c.status) == (kind, status)


def test_what_a_project_will_do_when_completed_is_no_project_completed():
    x = extract_article("Example headline\n\nWhen the project is completed, the capacity of Lakenet's fixed network is "
                        "expected to increase by 500,000 users.\n")
    assert not any(c.status == "completed" for c in x.candidates)


@pytest.mark.parametrize("sentence, date", [
    ("Huawei trains students under the 2014 MoU with Lakenet.", "2014"),
    ("- the June 25, 2015 agreement between Lakenet and China Unicom on international services;", "2015-06-25"),
    ("The 2017 MoU between Huawei and Lakenet is focused on training.", "2017"),
])
def test_a_deal_s_year_before_its_noun_is_no_count(sentence, date):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert not c.aggregate and c.date == date


def test_a_people_s_word_before_a_firm_s_name_describes_the_firm():
    (c,) = extract_article("Example headline\n\nThe ministry of Lakeland signed an MoU with Chinese Huawei Technologies "
                           "Lakeland.\n").candidates
    assert "CHN" not in {p.country for p in c.parties if p.kind == "government"}
    (c,) = extract_article("Example headline\n\nKenya signed an MoU with the Chinese Government.\n").candidates
    assert {p.country for p in c.parties} == {"KEN", "CHN"}


def test_a_photo_credit_names_no_party():
    (c,) = extract_article("Example headline\n\nLakeland signed an MOU with ZTE for a smartphone assembly plant – Picture "
                           "credit the president's Facebook page\n").candidates
    assert "ZTE" in {p.name for p in c.parties} and "Facebook" not in {p.name for p in c.parties}


def test_a_firm_meeting_a_state_s_premier_in_small_letters_is_talks_with_the_state():
    (c,) = extract_article("Example headline\n\nZTE's chief executive met the Thai premier at Government House on Friday to "
                           "discuss cooperation in information technology.\n").candidates
    assert c.kind == "talks" and {p.country for p in c.parties} == {"CHN", "THA"}


def test_people_at_a_ceremony_losing_bidders_and_things_financed_or_owned_are_no_parties():
    x = extract_article("Example headline\n\nLakenet will sign a financing package arranged by Bank of China. The signing "
                        "ceremony will be attended by Wu Example, China's top legislator.\n")
    assert "Wu Example" not in {p.name for c in x.candidates for p in c.parties}
    (c,) = extract_article("Example headline\n\nEight companies, including Siemens, Nokia and Ericsson, participated in the "
                           "bidding, but ultimately ZTE and Huawei won the deal.\n").candidates
    assert {p.name for p in c.parties} == {"ZTE", "Huawei"}
    (c,) = extract_article("Example headline\n\nHuawei will update Lakenet's Intelligent Network under a contract signed "
                           "with Lakenet.\n").candidates
    assert "Intelligent Network" not in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nLakeland and China have inked a $1.8-billion loan agreement to finance "
                           "projects including the $330-million Lakeland Broadband Network and the Lakerail project.\n"
                           ).candidates
    assert not {p.name for p in c.parties} & {"Lakeland Broadband Network", "Lakerail"}


def test_a_contract_declined_is_cancelled_and_equipment_supplied_for_a_project_is_a_contract():
    (c,) = extract_article("Example headline\n\nA World Bank-led project declined to award a contract to HMN Tech to lay "
                           "undersea cables.\n").candidates
    assert c.status == "cancelled"
    (c,) = extract_article("Example headline\n\nHuawei has supplied cameras for the safe city project in Lahore, Pakistan.\n"
                           ).candidates
    assert c.kind == "contract" and [(p.name, p.role) for p in c.parties] == [("Huawei", "supplier")]
    x = extract_article("Example headline\n\nChina Construction Bank will provide financing solutions for the Lakeland "
                        "project.\n")
    assert not any(c.kind == "contract" for c in x.candidates)  # (money provided is no equipment supplied)


@pytest.mark.parametrize("sentence", [
    "China built the communications satellite for Laos.",
    "Built and financed by China, the satellite was launched on Saturday for Laos.",
    "China helped Laos build and launch the Lakesat satellite.",
])
def test_china_that_builds_a_thing_for_a_state_is_its_contractor(sentence):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n", published="2021-03-10").candidates
    roles = {p.country: p.role for p in c.parties}
    assert c.kind == "project" and roles.get("CHN") == "contractor" and "LAO" in roles


def test_an_office_after_a_people_s_word_is_a_person_s_not_an_organisation():
    (c,) = extract_article("Example headline\n\nOn May 3rd, the Cameroonian Secretary of Posts and Telecommunications "
                           "Jean-Pierre Example inaugurated 3,200 km of optical fiber built by Huawei.\n",
                           published="2021-03-10").candidates
    assert [p.name for p in c.parties] == ["Huawei"]


@pytest.mark.parametrize("sentence, kind, names", [
    ("The launch of the satellite was carried out by Lakesat Ltd and the China Great Wall Industry Corp.", "project",
     {"Lakesat Ltd", "China Great Wall Industry Corp."}),
    ("Huawei and the Lakeland Regional Administration agreed to establish an artificial intelligence laboratory.", "project",
     {"Huawei", "Lakeland Regional Administration"}),
    ("ZTE locked in four major contracts worth BDT 697 million from Teletalk.", "contract", {"ZTE", "Teletalk"}),
    ("Huawei has sold telecom equipment and a mobile news platform to Lakenet Mobile.", "contract", {"Huawei", "Lakenet Mobile"}),
    ("Lakeland's space agency and China Great Wall Industry Corporation signed a contract for the acquisition of communication "
     "satellite Lakesat Multi-Mission Satellite.", "contract", {"China Great Wall Industry Corporation"}),
])
def test_more_ways_a_deal_is_told(sentence, kind, names):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert c.kind == kind and names <= {p.name for p in c.parties}
    assert not any(re.search(r"Satellite$", p.name) for p in c.parties)


def test_a_grant_signed_is_money_lent_and_who_awards_contracts_is_their_client():
    (c,) = extract_article("Example headline\n\nEgypt signed an agreement for a non-refundable grant from China worth $45 "
                           "million for a research satellite project.\n").candidates
    assert c.kind == "loan" and {p.country: p.role for p in c.parties}["CHN"] == "financier"
    (c,) = extract_article("Example headline\n\nZTE locked in four major contracts worth BDT 697 million from Teletalk.\n"
                           ).candidates
    assert {p.name: p.role for p in c.parties}["Teletalk"] == "signatory"
    x = extract_article("Example headline\n\nThese moves come in the wake of the government lifting a ban on Chinese "
                        "equipment manufacturers supplying equipment to Indian telcos.\n")
    assert not x.candidates


@pytest.mark.parametrize("sentence, status", [
    ("Huawei opens its second cloud data center in Mexico.", "operational"),
    ("Alibaba Cloud plans to launch its first cloud region in Mexico.", "announced"),
    ("Alibaba Cloud will open a data center in Mexico.", "announced"),
])
def test_a_chinese_firm_s_own_data_centre_opened_or_to_open_is_its_own(sentence, status):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert c.kind == "project" and c.status == status and [p.role for p in c.parties] == ["owner"]


@pytest.mark.parametrize("sentence, firm", [
    ("The ministry signed a contract with Chengdu Linhai Electronics to supply radios.", "Chengdu Linhai Electronics"),
    ("The ministry signed a contract with Shanghai Electric Telecom to build the network.", "Shanghai Electric Telecom"),
])
def test_a_firm_named_after_a_chinese_city_is_a_chinese_firm_not_the_city(sentence, firm):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert [(p.name, p.country, p.kind == "government") for p in c.parties] == [(firm, "CHN", False)]


@pytest.mark.parametrize("sentence", [
    "Lakenet bought 5G equipment from Huawei.",
    "Huawei provided the network equipment to Lakenet.",
])
def test_equipment_bought_from_or_provided_to_a_firm_is_a_contract(sentence):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties} == {"Lakenet": "signatory", "Huawei": "supplier"}


@pytest.mark.parametrize("sentence, status", [
    ("The satellite contract is between Belarus and China Aerospace Science and Technology Corporation (CASC).", None),
    ("A communications satellite contract between Belarus and China Aerospace Science and Technology Corporation took effect "
     "on January 29.", "signed"),
    ("Belarus finalized the contract for construction of the satellite with the China Aerospace Science and Technology "
     "Corporation in 2012.", "signed"),
])
def test_a_contract_that_is_between_two_sides_took_effect_or_was_finalized(sentence, status):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n", published="2021-03-10").candidates
    assert c.kind == "contract" and c.status == status and "BLR" in {p.country for p in c.parties}


@pytest.mark.parametrize("text, amount", [
    ("China Great Wall Industry Corporation will build the Lakesat-1 satellite for Venezuela. Venezuela's National Development "
     "Fund will contribute 140 million U.S. dollars to the project.", (140000000, "USD")),
    ("Huawei will build a data center in Chile. Huawei will be investing up to $100m in the project.", (100000000, "USD")),
])
def test_a_sum_given_to_the_project_told_just_before_is_its_amount(text, amount):
    (c,) = extract_article(f"Example headline\n\n{text}\n").candidates
    assert c.kind == "project" and amount in c.amounts


def test_a_sum_in_a_sentence_of_another_deal_is_not_the_project_s():
    x = extract_article("Example headline\n\nHuawei will build a data center in Chile.\n\nSeparately, Lakenet signed a $5 "
                        "million contract with ZTE for the project.\n")
    assert all((5000000, "USD") not in c.amounts for c in x.candidates if c.kind == "project")


def test_a_sum_with_decimals_does_not_end_the_clause_that_names_the_other_side():
    (c,) = extract_article("Example headline\n\nGuyana signed a US$37.6 million loan agreement with China for the National "
                           "Broadband Project.\n").candidates
    assert {p.country: p.role for p in c.parties} == {"GUY": "signatory", "CHN": "financier"}


def test_a_wire_after_a_dateline_a_surname_that_is_a_country_and_a_weekday_in_capitals():
    x = extract_article("Example headline\n\nGEORGETOWN, Guyana, Aug 27, CMC – Guyana signed a contract with Huawei to "
                        "expand the e-government network.\n", published="2017-08-28")
    assert {p.name for c in x.candidates for p in c.parties} == {"Guyana", "Huawei"}
    (c,) = extract_article("Example headline\n\nGuyana signed a loan agreement with China for the broadband project, Finance "
                           "Minister Winston Jordan said.\n").candidates
    assert "JOR" not in c.countries
    (c,) = extract_article("Example headline\n\nON TUESDAY, Huawei signed a memorandum of understanding with the University "
                           "of Trinidad and Tobago.\n", published="2018-03-21").candidates
    assert c.date == "2018-03-20"


def test_a_leader_whose_state_is_not_said_beside_the_office_is_the_one_country_s():
    (c,) = extract_article("Example headline\n\nPrime Minister Hun Example met with Liang Hua, chairman of Huawei, on "
                           "September 14 and welcomed more technological investment in Cambodia.\n",
                           published="2023-09-16").candidates
    assert c.kind == "talks" and {p.country for p in c.parties} == {"KHM", "CHN"}


@pytest.mark.parametrize("sentence, date", [
    ("Huawei and the African Union signed the MoU late Friday, a statement said.", "2021-03-05"),
    ("China and Lakeland signed deals worth $7.8 billion during the premier's visit earlier this week.", "2021-03"),
    ("Nepal Telecom and China Telecom signed an MoU for the terrestrial cable two years ago.", None),  # (a year or so)
])
def test_late_on_a_weekday_and_this_week_date_a_deal_but_years_ago_does_not(sentence, date):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n", published="2021-03-10").candidates
    assert c.date == date


def test_a_chinese_firm_s_unit_named_with_its_country_in_brackets_is_the_firm():
    (c,) = extract_article("Example headline\n\nThe ministry signed an MoU with Huawei Technologies (Cambodia) Co Ltd.\n"
                           ).candidates
    (huawei,) = c.parties
    assert huawei.id == "huawei-technologies" and huawei.country == "CHN" and not huawei.new and "CHN" in c.countries


@pytest.mark.parametrize("sentence, country", [
    ("Minister of Science and Technology Felix Example signed an MoU with ZTE for a smartphone plant in Zambia.", "ZMB"),
    ("Vaezi and Chinese Minister of Industry and Information Miao Example signed documents for cooperation in Iran's ICT "
     "systems.", "CHN"),
])
def test_a_minister_named_before_the_name_with_no_commas_signs_for_the_ministry(sentence, country):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    ministries = [p for p in c.parties if p.name.startswith("Ministry of")]
    assert [p.country for p in ministries] == [country]


@pytest.mark.parametrize("sentence", [
    "Belarus and China plan to sign an agreement on the second satellite.",
    "Belarus is expected to sign a contract with China for a second satellite.",
])
def test_states_that_plan_or_are_expected_to_sign_are_its_sides(sentence):
    (c,) = extract_article(f"Example headline\n\n{sentence}\n").candidates
    assert {p.country for p in c.parties} == {"BLR", "CHN"} and c.status == "announced"


def test_a_state_s_officials_who_sign_and_a_count_of_business_contracts():
    (c,) = extract_article("Example headline\n\nEgyptian officials signed an agreement with Huawei.\n").candidates
    assert {p.country for p in c.parties} == {"EGY", "CHN"}
    (c,) = extract_article("Example headline\n\nChina and Kenya signed 10 business contracts worth $1 billion.\n").candidates
    assert c.aggregate and c.members["count"] == 10


@pytest.mark.parametrize("said, amount", [
    ("a 128.5-million-euro contract", [(128_500_000, "EUR")]),
    ("a contract worth 500M euro", [(500_000_000, "EUR")]),
    ("a contract worth 63 million pounds", [(63_000_000, "GBP")]),
    ("a CFAF 22.95 billion contract", [(22_950_000_000, "XOF")]),
    ("a contract worth Bt3 billion", [(3_000_000_000, "THB")]),
    ("a contract worth 23 billion tenges", [(23_000_000_000, "KZT")]),
    ("a contract worth 48 billion Iraqi dinars", [(48_000_000_000, "IQD")]),
    ("a contract worth 2 billion Mexican pesos", [(2_000_000_000, "MXN")]),
    ("a contract worth an estimated $550 million (€456m)", [(550_000_000, "USD"), (456_000_000, "EUR")]),
    ("a contract worth $40 million [48 billion Iraqi dinars]", [(40_000_000, "USD"), (48_000_000_000, "IQD")]),
    ("a contract worth an estimated $45 million", [(45_000_000, "USD")]),
    ("a contract at a total cost of around A$75 million", [(75_000_000, "AUD")]),
    ("a contract P5", []),
])
def test_sums_as_reports_write_them_with_hyphens_letters_and_conversions(said, amount):
    """A sum joined to its scale and currency by hyphens, a bare scale letter, pounds, CFA francs as "CFAF", baht as "Bt",
    a currency several countries use said with its country, the same sum in another currency in brackets, and a sum told
    as the deal's total or estimate — each read; a letter alone before a number with no scale is no sum."""
    (c,) = extract_article(f"Example headline\n\nLakeland Telecom signed {said} with Huawei to build a 4G network.\n"
                           ).candidates
    assert c.amounts == amount


def test_a_letter_before_a_scaled_number_is_the_deals_countrys_currency():
    """"P20.31 billion" in the Philippines is in pesos, in Botswana in pula; "N50 billion" in Nigeria in naira; "63
    million pounds" in Egypt in Egyptian pounds — and the sum is no party."""
    def one(report):
        (c,) = extract_article("Example headline\n\n" + report + "\n").candidates
        return c

    c = one("The Philippines signed a P20.31 billion contract with China International Telecommunication and "
            "Construction Corp.")
    assert c.amounts == [(20_310_000_000, "PHP")]
    assert one("Botswana signed a P2 billion contract with Huawei.").amounts == [(2_000_000_000, "BWP")]
    assert one("Nigeria signed a N50 billion contract with Huawei.").amounts == [(50_000_000_000, "NGN")]
    assert one("Egypt signed a 63 million pounds contract with Huawei.").amounts == [(63_000_000, "EGP")]
    c = one("Lakeland Telecom signed a contract with Huawei for P257 billion, with P150 billion paid in its first year.")
    assert [p.name for p in c.parties] == ["Lakeland Telecom", "Huawei"]


@pytest.mark.parametrize("then, amount", [
    ("The volume of investments is 60 million dollars.", [(60_000_000, "USD")]),
    ("The line will cost 23 billion tenges (US$50.6 million), the ministry said.",
     [(23_000_000_000, "KZT"), (50_600_000, "USD")]),
    ("The network is expected to cost $45 million.", [(45_000_000, "USD")]),
    ("The total value of this agreement is estimated at $45 million.", [(45_000_000, "USD")]),
    ("The second contract is worth $45 million.", []),
    ("A firm's value is $45 million.", []),
])
def test_what_the_deal_costs_told_in_the_next_sentence(then, amount):
    """The sentence after a deal that says what it costs — its subject a sum's word or the thing built — gives the deal
    its sum; not a second deal's sum, nor a sentence about something else."""
    x = extract_article(f"Example headline\n\nLakeland Telecom signed a contract with Huawei to build a fibre line. {then}\n")
    assert x.candidates[0].amounts == amount


def test_a_ventures_partner_invests_in_this_project():
    """"CAT will invest about Bt3 billion in this project" after the joint venture is told: the venture's sum."""
    (c,) = extract_article("Example headline\n\nCAT and China Telecom will form a joint venture to build a cable. CAT will "
                           "invest about Bt3 billion in this project.\n").candidates
    assert c.kind == "joint_venture" and c.amounts == [(3_000_000_000, "THB")]


@pytest.mark.parametrize("report, amount", [
    ("Lakeland Telecom acquired a 30% stake in Orion Cable from Acme for $149 million, valuing the business at $285 "
     "million.", [(149_000_000, "USD")]),
    ("Lakeland signed a US$40 million loan with China Exim Bank, which could save the country as much as US$48 million.",
     [(40_000_000, "USD")]),
    ("Lakeland Telecom signed a $98 million loan with China Exim Bank, part of the $4 billion deals signed between Lakeland "
     "and China.", [(98_000_000, "USD")]),
    ("The new service is part of a $1.6 billion deal signed between Lakeland Telecom and ZTE.", [(1_600_000_000, "USD")]),
])
def test_a_firms_worth_a_saving_and_the_whole_a_deal_is_part_of_are_not_its_sum(report, amount):
    """"valuing the business at $285 million", "could save the country as much as $48 million", and, for a deal that has
    its sum, "part of the $4 billion deals": sums the text gives, not the deal's. A service that is "part of a $1.6 billion
    deal" tells that deal's sum."""
    x = extract_article(f"Example headline\n\n{report}\n")
    assert x.candidates[0].amounts == amount


@pytest.mark.parametrize("report, city", [
    ("Lusaka Mayor Chilando Chitangala has held a meeting with the Deputy President of Huawei Technologies.", "ZMB"),
    ("The Mayor of Nairobi, Johnson Sakaja, signed an agreement with Huawei to build a safe city system.", "KEN"),
    ("Huawei signed a memorandum of understanding with the city of Nairobi on smart city solutions.", "KEN"),
    ("Huawei signed an agreement with Safaricom, witnessed by the Mayor of Nairobi.", None),
    ("Huawei opened an office in the city of Nairobi and signed a memorandum of understanding with Safaricom.", None),
])
def test_a_city_is_a_party_by_its_mayor_or_as_the_city_of(report, city):
    """A mayor who meets or signs, and "the city of Nairobi" where a party stands, are the city's government, of the
    city's country; a mayor who witnesses, and a city where something happens, are not parties."""
    (c,) = extract_article(f"Example headline\n\n{report}\n").candidates
    cities = [(p.kind, p.country) for p in c.parties if p.name.startswith("Government of")]
    assert cities == ([("government", city)] if city else [])


def test_a_capitals_name_before_a_landmark_word_is_another_place():
    """"Victoria Falls Telecom Company" is named after a town in Zimbabwe, not the Seychelles' capital Victoria: neither the
    firm nor the deal is the Seychelles'; Victoria alone still is."""
    (c,) = extract_article("Example headline\n\nVictoria Falls Telecom Company signed a contract with Huawei to build a 4G "
                           "network in Zimbabwe.\n").candidates
    assert "SYC" not in c.countries and {p.name: p.country for p in c.parties}["Victoria Falls Telecom Company"] != "SYC"
    (c,) = extract_article("Example headline\n\nHuawei signed a contract with the government in Victoria to build a 4G "
                           "network.\n").candidates
    assert "SYC" in c.countries


@pytest.mark.parametrize("report, amount", [
    ("Huawei signed a $50 million contract with Globe to expand the country's $2 billion mobile market.",
     [(50_000_000, "USD")]),
    ("Huawei signed a contract with Globe in the country's US$27 billion telecoms industry.", []),
    ("Huawei signed a contract with Globe, whose cloud market is expected to reach $2 billion.", []),
    ("Huawei signed a $50 million contract with Globe for the mobile market.", [(50_000_000, "USD")]),
])
def test_a_markets_size_is_not_the_deals_sum(report, amount):
    """"the country's US$27 billion telecoms industry", "a cloud market expected to reach $2 billion": a market's size,
    not what the deal is worth; a deal "for the mobile market" keeps its own sum."""
    (c,) = extract_article(f"Example headline\n\n{report}\n").candidates
    assert c.amounts == amount


def test_a_place_for_whom_a_thing_is_built_is_no_part_of_the_name():
    """"a cable from Sydney to Honiara for the Solomon Islands government": the government, not "Honiara for the Solomon
    Islands government"."""
    (c,) = extract_article("Example headline\n\nHuawei Marine will lay a cable from Sydney to Honiara for the Solomon "
                           "Islands government.\n").candidates
    assert {p.name: p.country for p in c.parties if p.name != "Huawei Marine"} == {"Solomon Islands government": "SLB"}


@pytest.mark.parametrize("said", ["The Chinese and Lao governments", "The Chinese and the Lao government",
                                  "The Chinese and Lao sides", "The Lao government and its Chinese counterpart"])
def test_two_states_governments_under_one_head_are_both_parties(said):
    """"The Chinese and Lao governments signed …": the two states, not a name read across the pair (nor no deal at all)."""
    (c,) = extract_article(f"Example headline\n\n{said} signed an agreement on the satellite.\n").candidates
    assert {p.country for p in c.parties} == {"CHN", "LAO"} and all(p.kind == "government" for p in c.parties)


@pytest.mark.parametrize("said, role", [
    ("The national backbone, which is operated by Lakeland Telecom, was built by Huawei.", "operator"),
    ("The national backbone, owned by Lakeland Telecom, was built by Huawei.", "owner"),
    ("Huawei will build the data centre, which will be owned by Lakeland Telecom.", "owner"),
])
def test_whose_the_thing_built_is_owned_or_operated_by(said, role):
    """A thing built "owned by" or "operated by" a party: its owner or operator."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert {p.name: p.role for p in c.parties}["Lakeland Telecom"] == role


@pytest.mark.parametrize("said, body", [
    ("Li Wei of ZTE and John Mwangi, Director General of the Lakeland Data Authority, signed a memorandum of "
     "understanding on a national data centre.", "Lakeland Data Authority"),
    ("The Director General of the General Company of Posts, Ali Hassan, signed a contract with Huawei for the fibre "
     "network.", "General Company of Posts"),
    ("Ana Lima, Governor of the Central Bank of Lakeland, signed a memorandum of understanding with China UnionPay.",
     "Central Bank of Lakeland"),
])
def test_an_officer_of_a_body_signs_for_the_body(said, body):
    """"John Mwangi, Director General of the Lakeland Data Authority, signed …": the authority is the party (the office
    had hidden it); a minister's portfolio is not such a body ("Minister of Science and Technology")."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert body in [p.name for p in c.parties]
    (c,) = extract_article("Example headline\n\nThe Minister of Science and Technology signed an MoU with ZTE.\n").candidates
    assert "Science and Technology" not in [p.name for p in c.parties]


@pytest.mark.parametrize("said", [
    "Zambia has already signed a $300 million agreement with Huawei to build a data centre.",
    "Zambia and Huawei in 2017 signed a deal to build a data centre.",
    "Zambia and Huawei in late 2016 inked a deal to build a data centre.",
    "Zambia last week signed a $300 million agreement with Huawei to build a data centre.",
])
def test_a_state_that_signs_after_a_word_of_time_is_a_party(said):
    """A state's name before its signing verb with "already", "in 2017", "in late 2016" or "last week" between them signs
    the deal, as it does with no word between."""
    x = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10")
    (c,) = x.candidates
    assert "ZMB" in {p.country for p in c.parties if p.kind == "government"}


@pytest.mark.parametrize("said, status", [
    ("Zembla's president ordered a suspension of the $120 million broadband deal between the government and ZTE.",
     "cancelled"),
    ("The president explained her decision not to continue with the contract signed with ZTE.", "cancelled"),
    ("The Zemblan government said it would pull out of the safe city deal signed with Huawei.", "cancelled"),
    ("ZTE started to build the 4G network for Zembla Telecom.", "under_construction"),
    ("Huawei began laying the fibre cable for Zembla Telecom.", "under_construction"),
    ("Once completed, the optical fibres laid by ZTE are expected to serve Zembla Telecom's users.", "announced"),
])
def test_a_deal_stopped_a_work_begun_and_a_work_once_completed(said, status):
    """A suspension ordered, a decision not to continue, a pull-out: the deal is cancelled; works "started to build" are
    under construction; "Once completed, …" tells a thing still to be finished — announced, not completed."""
    x = extract_article(f"Example headline\n\n{said}\n")
    assert x.candidates[0].status == status


@pytest.mark.parametrize("said, bystander", [
    ("Lakeland signed a contract with China Great Wall Industry Corporation, a subsidiary of China Aerospace Science and "
     "Technology Corporation (CASC), for a satellite.", "CASC"),
    ("Ooredoo signed a 5G deal with ZTE on Monday, a setback to the Biden administration's campaign.", "Biden"),
    ("Ooredoo signed a 5G deal with ZTE, a blow to the White House, which had urged allies to shun Chinese vendors.",
     "White House"),
])
def test_a_parents_initials_a_leaders_administration_and_a_seat_of_government_are_no_parties(said, bystander):
    """The initials in brackets of a party's parent, a government named by its leader's name ("the Biden
    administration"), and a seat of government ("the White House") told beside a deal are not its sides."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert bystander not in [p.name for p in c.parties] and len(c.parties) == 2


def test_an_order_awarded_to_a_vendor_is_a_contract():
    """"Safaricom awarded a $28 million optical transmission order to ZTE": a contract, ZTE its contractor — but "in
    order to test …" after an agreement is no order."""
    (c,) = extract_article("Example headline\n\nSafaricom awarded a $28 million optical transmission order to ZTE.\n"
                           ).candidates
    assert (c.kind, c.amounts) == ("contract", [(28_000_000, "USD")])
    assert {p.name: p.role for p in c.parties} == {"Safaricom": "signatory", "ZTE": "contractor"}
    (c,) = extract_article("Example headline\n\nHuawei signed an agreement with the University of Lakeland and the "
                           "Telecommunications Institute, in order to test new network concepts.\n").candidates
    assert c.kind != "contract"


def test_the_countries_a_cables_name_joins_with_hyphens():
    """"the Kenya-Tanzania-Mozambique undersea cable": the three countries it joins are the deal's — but "a Kenya-based
    firm" tells where a firm is, not a country of the deal."""
    (c,) = extract_article("Example headline\n\nHuawei Marine won a bid to build the Kenya-Tanzania-Mozambique undersea "
                           "cable.\n").candidates
    assert {"KEN", "TZA", "MOZ"} <= set(c.countries)
    (c,) = extract_article("Example headline\n\nA Kenya-based firm signed a contract with Huawei for a network.\n").candidates
    assert "KEN" not in c.countries


def test_a_firm_after_messrs_is_named_without_it():
    """"M/S Huawei Tech Co. Ltd" (Indian English's "Messrs"): the firm, Chinese, its contractor — not "S Huawei Tech"."""
    (c,) = extract_article("Example headline\n\nLakeland Telecom signed a contract with a Chinese contractor, M/S Huawei "
                           "Tech Co. Ltd, for the network.\n").candidates
    assert {p.name: (p.role, p.country) for p in c.parties}["Huawei Tech Co. Ltd"] == ("contractor", "CHN")


def test_a_contract_a_vendor_has_with_a_client():
    """"Huawei has a contract with the Ministry of the Interior for the installation of 1,000 cameras": a contract held,
    told as such (signed), the vendor its contractor, the ministry its client."""
    (c,) = extract_article("Example headline\n\nHuawei has a contract with the Ministry of the Interior for the installation "
                           "of 1,000 cameras in Lakeland.\n").candidates
    assert (c.kind, c.status) == ("contract", "signed")
    assert {p.name: p.role for p in c.parties} == {"Huawei": "contractor", "Ministry of the Interior": "signatory"}
    # ("In addition, it has a contract with …": the firm the sentence before is about)
    x = extract_article("Example headline\n\nZTE is a major vendor in Lakeland. In addition, it has a contract with "
                        "Lakeland Telecom to build the 4G network.\n")
    assert {p.name: p.role for p in x.candidates[-1].parties} == {"ZTE": "contractor", "Lakeland Telecom": "signatory"}


@pytest.mark.parametrize("said, signers", [
    ("Finance Minister Joseph Banda signed the $100 million loan agreement with China Exim Bank.",
     {("Ministry of Finance", "MWI"), ("China Exim Bank", "CHN")}),
    ("Malawi's Minister of Finance Joseph Banda and the Chinese ambassador signed the $100 million loan agreement.",
     {("Ministry of Finance", "MWI"), ("Government of the People's Republic of China", "CHN")}),
    ("The Chinese ambassador and Malawi's finance minister signed a loan agreement for the fibre backbone.",
     {("Ministry of Finance", "MWI"), ("Government of the People's Republic of China", "CHN")}),
])
def test_a_ministry_by_its_portfolio_before_the_office_and_an_ambassador_who_signs(said, signers):
    """"Finance Minister Joseph Banda signed …", "Malawi's finance minister signed …": the ministry, of the country the
    possessive names (else the one the article names); an ambassador who signs ("the Chinese ambassador signed"): his state
    — not one who only joins a ceremony."""
    x = extract_article(f"Example headline\n\nMalawi is building a national fibre backbone. {said}\n")
    assert {(p.name, p.country) for p in x.candidates[-1].parties} == signers
    x = extract_article("Example headline\n\nPresident Banda, who was joined by the Chinese ambassador Xiao Chan at the "
                        "opening, said Malawi signed a deal with Huawei.\n")
    assert "CHN" not in {p.country for p in x.candidates[0].parties if p.kind == "government"}


def test_a_loans_sum_is_not_what_the_project_costs():
    """"a loan to Bolivia for the project's costs, which have been estimated at around $300 million", "cost $46 million to
    install, through a US$20.4 million soft loan": the loan's sum is what is lent; the cost is the project's."""
    (c,) = extract_article("Example headline\n\nThe China Development Bank agreed to provide a loan to Bolivia for the "
                           "project's costs, which have been estimated at around $300 million.\n").candidates
    assert c.kind in ("loan", "pledge") and c.amounts == []
    (c,) = extract_article("Example headline\n\nThe cable initially cost $46 million to install, through a US$20.4 million "
                           "soft loan from the Chinese Government to Samoa.\n").candidates
    assert c.kind == "loan" and c.amounts == [(20_400_000, "USD")]


@pytest.mark.parametrize("report, vendor", [
    ("Huawei won the contract to build the cable, beating Alcatel Submarine Networks and NEC.", "Huawei"),
    ("Lakeland Telecom awarded a $20 million contract to ZTE. The Competition Authority will review the contract.", "ZTE"),
    ("Lakeland Telecom awarded a $20 million contract to ZTE. The National Security Council is expected to examine "
     "concerns over the contract.", "ZTE"),
])
def test_bidders_left_behind_and_a_body_that_reviews_a_deal_are_no_sides(report, vendor):
    """Rivals a winner beat ("beating Alcatel Submarine Networks and NEC") and a body that is to review or examine the
    contract told before are not its sides."""
    x = extract_article(f"Example headline\n\n{report}\n")
    names = [p.name for c in x.candidates for p in c.parties]
    assert vendor in names and not {"Alcatel Submarine Networks", "NEC", "Competition Authority",
                                    "National Security Council"} & set(names)


@pytest.mark.parametrize("name, country", [
    ("Sindh Police", "PAK"), ("Sabah Information Services", "MYS"), ("Delta State Government", "NGA"),
    ("East of England Development Agency", None),
])
def test_a_provinces_public_body_is_of_the_provinces_country(name, country):
    """"Sindh Police", "Sabah Information Services", "Delta State Government": a public body named after a province or state
    of one country is that country's — not one named after a compass word ("East" is a region in several countries)."""
    (c,) = extract_article(f"Example headline\n\n{name} signed a memorandum of understanding with Huawei.\n").candidates
    assert {p.name: p.country for p in c.parties}[name] == country


def test_a_deal_entered_without_into():
    """"In February, ZTE entered an agreement with the Laotian Ministry of Posts and Telecommunications": signed, as
    "entered into" is — but "entered the market" is no deal."""
    x = extract_article("Example headline\n\nIn February, ZTE entered an agreement with the Laotian Ministry of Posts and "
                        "Telecommunications to develop 5G infrastructure.\n", published="2021-03-10")
    (c,) = x.candidates
    assert (c.status, c.date) == ("signed", "2021-02")
    assert extract_article("Example headline\n\nZTE entered the Lao market in 2005.\n").candidates == []


def test_construction_of_a_thing_begun_opens_the_sentence():
    """"Construction of the Konza data centre by Huawei began in 2019": works under construction since 2019, Huawei
    building them — as "the construction of … began" already was."""
    (c,) = extract_article("Example headline\n\nConstruction of the Konza data centre by Huawei began in 2019.\n").candidates
    assert (c.kind, c.status, c.date) == ("project", "under_construction", "2019")
    assert {p.name: p.role for p in c.parties} == {"Huawei": "contractor"}


@pytest.mark.parametrize("said", ["sealed an MoA", "signed a Document of Understanding (DoU)",
                                  "signed a declaration of intent", "signed a memorandum of agreement"])
def test_other_names_of_a_memorandum(said):
    """A memorandum of agreement (MoA), a document of understanding (DoU), a declaration of intent: MoUs by another name."""
    (c,) = extract_article(f"Example headline\n\nLakeland University and Huawei {said} on ICT training.\n").candidates
    assert (c.kind, c.status) == ("mou", "signed")


@pytest.mark.parametrize("bank", ["Industrial and Commercial Bank of China", "Agricultural Bank of China"])
def test_a_bank_whose_name_ends_with_bank_of_china_is_itself(bank):
    """"the Industrial and Commercial Bank of China" is ICBC, not the Bank of China its name ends with (another real
    lender); the Bank of China named alone is still itself."""
    (c,) = extract_article(f"Example headline\n\nLakeland borrowed $80 million from the {bank} for the network.\n"
                           ).candidates
    assert [p.name for p in c.parties if p.role == "financier"] == [bank]
    (c,) = extract_article("Example headline\n\nLakeland signed a loan with the Bank of China for the network.\n").candidates
    assert "Bank of China" in [p.name for p in c.parties]


def test_a_k_before_a_scaled_number_is_the_deals_countrys_currency():
    """"K200 million" is Zambian kwacha in Zambia, Papua New Guinea's kina there — and no sum where no country of the deal
    says which; lent so, the deal is a loan."""
    (c,) = extract_article("Example headline\n\nChina Exim Bank lent Zambia K200 million for a national data centre built "
                           "by Huawei.\n").candidates
    assert (c.kind, c.amounts) == ("loan", [(200_000_000, "ZMW")])
    (c,) = extract_article("Example headline\n\nHuawei signed a K50 million contract with Papua New Guinea's DataCo.\n"
                           ).candidates
    assert c.amounts == [(50_000_000, "PGK")]
    (c,) = extract_article("Example headline\n\nHuawei signed a K50 million contract with Acme Networks.\n").candidates
    assert c.amounts == []


@pytest.mark.parametrize("outlet, verb", [("Telecompaper", "reports"), ("EFE", "reported"), ("Comms Weekly", "writes")])
def test_an_outlet_that_tells_at_the_sentences_end_is_no_party(outlet, verb):
    """"…, Telecompaper reports.": the outlet that tells of the loan is not its side."""
    (c,) = extract_article(f"Example headline\n\nLakeland Telecom signed a loan agreement with China Exim Bank, {outlet} "
                           f"{verb}.\n").candidates
    assert [p.name for p in c.parties] == ["Lakeland Telecom", "China Exim Bank"]


def test_a_ministry_whose_sentence_names_no_country_is_the_articles_country():
    """"Huawei signed an MoU with the Ministry of ICT" in a report on Kenya: Kenya's ministry (it had been dropped: no word
    of the sentence says whose) — and still no party where the article names no country."""
    x = extract_article("Example headline\n\nKenya is building a digital economy.\n\nHuawei signed an MoU with the Ministry "
                        "of ICT on 2 July 2019.\n")
    assert ("Ministry of ICT", "KEN") in {(p.name, p.country) for p in x.candidates[-1].parties}
    (c,) = extract_article("Example headline\n\nHuawei signed an MoU with the Ministry of ICT on 2 July 2019.\n").candidates
    assert [p.name for p in c.parties] == ["Huawei"]


def test_a_bank_that_signs_a_loan_with_a_chinese_lender_borrows_it():
    """"Standard Lakeland Bank signed a $60 million loan agreement with China Development Bank": the local bank borrows
    (its kind had made it a second lender); two banks that "jointly finance" a cable both lend."""
    (c,) = extract_article("Example headline\n\nStandard Lakeland Bank signed a $60 million loan agreement with China "
                           "Development Bank to fund a smart city project.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Standard Lakeland Bank": "beneficiary",
                                                   "China Development Bank": "financier"}
    (c,) = extract_article("Example headline\n\nThe African Development Bank and China Exim Bank will jointly finance the "
                           "cable.\n").candidates
    assert {p.role for p in c.parties} == {"financier"}


@pytest.mark.parametrize("said, bank", [
    ("China's development bank will lend Lakeland $120 million to build a communications satellite.",
     "China Development Bank"),
    ("China's Development Bank will lend Zambia $120 million to build a satellite.", "China Development Bank"),
    ("China's export-import bank signed a loan with Zambia for the satellite.", "Export-Import Bank of China"),
])
def test_chinas_policy_bank_named_by_what_it_is(said, bank):
    """"China's development bank will lend …": the China Development Bank (it had been no party, or a new "Development
    Bank"); "China's export-import bank" the Exim Bank — the lender of the loan."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == "loan" and [p.id for p in c.parties if p.role == "financier"] == [
        extract_article(f"Example headline\n\n{bank} signed a loan with Zambia.\n").candidates[0].parties[0].id]


def test_funding_suspended_for_a_project_is_a_loan_cancelled():
    """"China suspended funding for Zamtel's $70 million network expansion project": the money stopped — a loan, cancelled,
    China its lender (it had given no candidate)."""
    (c,) = extract_article("Example headline\n\nChina suspended funding for Zamtel's $70 million network expansion project "
                           "with Huawei.\n").candidates
    assert (c.kind, c.status, c.amounts) == ("loan", "cancelled", [(70_000_000, "USD")])
    assert {p.name: p.role for p in c.parties}["China"] == "financier"


@pytest.mark.parametrize("said, status", [
    ("The Safe City system was implemented by Huawei in Lakeland in 2015.", "completed"),
    ("ZTE upgraded Zembla Telecom's core network last year.", "completed"),
    ("ZTE will upgrade Zembla Telecom's core network.", "announced"),
    ("Huawei is behind the construction of the national broadband backbone for Zembla Telecom.", None),
])
def test_work_implemented_or_upgraded_and_a_builder_behind_the_construction_are_projects(said, status):
    """A thing implemented or upgraded ("ZTE upgraded Zembla Telecom's core network"), and a firm "behind the
    construction of" one, tell a project the firm builds — but an agreement implemented is no work, and a network "to
    upgrade" is a purpose, no deed."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("project", status)
    assert [p.role for p in c.parties if p.name in ("Huawei", "ZTE")] == ["contractor"]
    (c,) = extract_article("Example headline\n\nThe ministry implemented the agreement it signed with Huawei in 2019.\n"
                           ).candidates
    assert c.kind != "project"
    assert not extract_article("Example headline\n\nThe plan of Zembla Telecom is to upgrade existing networks with ZTE.\n"
                               ).candidates


@pytest.mark.parametrize("said, client", [
    ("ZTE supplied the equipment for the national backbone of Zembla Telecom.", None),
    ("Huawei supplied the technology to Zembla Telecom in 2019.", "Zembla Telecom"),
    ("Kivu Networks, owned by the city council, announced that Huawei would supply the fibre equipment for the city's UFB "
     "network.", "Kivu Networks"),
    ("Kivu Networks announced on Wednesday that Huawei would supply the fibre equipment for the city's UFB network.",
     "Kivu Networks"),
])
def test_equipment_or_technology_supplied_for_a_work_is_a_contract(said, client):
    """Equipment supplied for a backbone, a cable, a data centre, a platform (not only a project, a network or a system),
    and technology supplied to a firm, are sales — a contract, the vendor its supplier; a firm that announces its vendor
    will supply it buys (it had been read as one telling of another's deal)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == "contract"
    roles = {p.name: p.role for p in c.parties}
    assert roles.get("ZTE", roles.get("Huawei")) == "supplier"
    assert client is None or roles[client] == "signatory"


@pytest.mark.parametrize("said, partners", [
    ("The Zemblan government has worked with Huawei on the Konza data centre.", {"Zemblan government", "Huawei"}),
    ("Zembla Telecom partnered with ZTE on the rollout of its fibre network.", {"Zembla Telecom", "ZTE"}),
    ("Huawei and Zembla Telecom collaborated on the national backbone project.", {"Zembla Telecom", "Huawei"}),
    ("Huawei is partnering Omantel and Ooredoo on 5G development in Oman.", {"Huawei", "Omantel", "Ooredoo"}),
    ("Huawei has partnered with Omantel on 5G in Oman.", {"Huawei", "Omantel"}),
])
def test_partners_on_a_work_tell_a_project(said, partners):
    """Two sides named as working together on a work ("has worked with Huawei on the Konza data centre") tell a project —
    not a firm alone, a refusal, or a service ("on AI-powered network management")."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == "project" and partners <= {p.name for p in c.parties}
    for alone in ("Huawei works on networks in 170 countries.", "Huawei works on 5G in 170 countries.",
                  "Zembla Telecom had refused to work with Huawei on its 5G network.",
                  "Zembla Telecom and Huawei worked together on AI-powered network management.",
                  "Zembla Telecom and Huawei worked together on network management to improve network service quality."):
        assert not extract_article(f"Example headline\n\n{alone}\n").candidates, alone


@pytest.mark.parametrize("said, name, role", [
    ("The Huawei-built data centre in Zembla was completed in 2016.", "Huawei", "contractor"),
    ("Zembla Telecom launched the Huawei-supported 5G network on Monday.", "Huawei", "contractor"),
    ("Malawi on Monday commissioned the China-funded national fibre backbone.", "China", "financier"),
    ("Burundi on Friday inaugurated a China-aided satellite television project.", "China", "financier"),
])
def test_the_firm_or_state_in_a_works_compound_adjective(said, name, role):
    """"The Huawei-built data centre" opening a sentence, "the Huawei-supported 5G network", "the China-funded national
    fibre backbone": the firm that built the work or the state that paid for it is a party — but "a Chinese-built
    satellite" does not say who built it, and "a Huawei-backed startup" is what the startup is, not a side."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert {p.name: p.role for p in c.parties}.get(name) == role
    (c,) = extract_article("Example headline\n\nVenezuela launched the Chinese-built satellite on Monday.\n").candidates
    assert "CHN" not in {p.country for p in c.parties}
    (c,) = extract_article("Example headline\n\nA Huawei-backed startup signed a deal with Zamtel.\n").candidates
    assert "Huawei" not in {p.name for p in c.parties}


@pytest.mark.parametrize("headline, status, owner", [
    ("Huawei opens data centre in Kenya", "operational", None),
    ("ZTE completes 4G network in Ethiopia", "completed", None),
    ("China hands over satellite TV project to Burundi", "completed", "Burundi"),
    ("Huawei switches on 5G network in Kuwait", "operational", None),
    ("Huawei completes first phase of NetOne project", "under_construction", None),
])
def test_a_headlines_present_tells_a_work_done(headline, status, owner):
    """A headline tells a work done in the present, without articles: "Huawei opens data centre in Kenya", "ZTE
    completes 4G network", "China hands over satellite TV project to Burundi" (whom it is handed to owns it),
    "switches on" — and a first phase completed is a work under way."""
    (c,) = extract_article(f"{headline}\n\nThe company said the work was part of its plans.\n").candidates
    assert (c.kind, c.status) == ("project", status)
    assert owner is None or {p.name: p.role for p in c.parties}[owner] == "owner"


def test_a_countrys_firm_described_in_small_letters_is_no_name():
    """"China telecom giant completes …" describes a Chinese telecom firm: not the firm named China Telecom."""
    said = "{} completes optical cable line for Lakeland Telecom\n\nThe work took two years.\n"
    assert "China telecom" not in {p.name for c in extract_article(said.format("China telecom giant")).candidates
                                   for p in c.parties}
    assert "China Telecom" in {p.name for c in extract_article(said.format("China Telecom")).candidates for p in c.parties}


@pytest.mark.parametrize("before, said, parties", [
    ("Ooredoo is dismissing security concerns.", "The operator has selected Huawei to build its 5G network.",
     {"Ooredoo": "signatory", "Huawei": "contractor"}),
    ("Zembla Telecom reported record profits on Monday.", "The company said it has signed a $34 million contract with ZTE.",
     {"Zembla Telecom": "signatory", "ZTE": "contractor"}),
    ("Huawei is expanding in Africa.", "Zembla Telecom has picked the Chinese firm to roll out 4G.",
     {"Zembla Telecom": "signatory", "Huawei": "contractor"}),
    ("Huawei is expanding in Africa.", "Zembla Telecom awarded the contract to the Chinese firm.",
     {"Zembla Telecom": "signatory", "Huawei": "contractor"}),
])
def test_a_party_told_by_what_it_is_in_a_hiring_or_a_report(before, said, parties):
    """"The operator has selected Huawei", "The company said it has signed …", "picked the Chinese firm", "awarded the
    contract to the Chinese firm": the one of that kind the sentence before named — whatever verb the deal has (it had
    been read for "signed … with" only)."""
    (c,) = extract_article(f"Example headline\n\n{before} {said}\n").candidates
    assert {p.name: p.role for p in c.parties} == parties


def test_it_after_a_named_teller_is_the_teller():
    """"Lakeland Mobile also said recently that it selected ZTE …": "it" is the firm that said so, not the one the sentence
    before was about (a guard for the hiring verbs "it" now reaches back with)."""
    x = extract_article("Example headline\n\nZembla Telecom awarded Huawei a contract to roll out 3G. Lakeland Mobile also "
                        "said recently that it selected ZTE to help launch 3G services.\n")
    (c,) = [c for c in x.candidates if "ZTE" in {p.name for p in c.parties}]
    assert "Zembla Telecom" not in {p.name for p in c.parties}


@pytest.mark.parametrize("before", ["Kenya and Huawei held talks in Nairobi.", "Huawei and Kenya held talks in Nairobi."])
def test_the_two_sides_a_country_and_a_firm_named_before(before):
    """"Kenya and Huawei held talks … The two sides signed an MoU": the two sides are the country and the firm the sentence
    before joins with "and" (the MoU had no party and was dropped)."""
    x = extract_article(f"Example headline\n\n{before} The two sides signed an MoU on a government cloud.\n")
    (c,) = [c for c in x.candidates if c.kind == "mou"]
    assert {p.name: p.role for p in c.parties} == {"Kenya": "signatory", "Huawei": "signatory"}


@pytest.mark.parametrize("said, status", [
    ("The data centre built by Huawei for Zembla Telecom began operations in June 2024.", "operational"),
    ("The cable laid by Huawei Marine for Zembla Telecom entered service in 2019.", "operational"),
    ("Huawei unveiled the 5G network of Zembla Telecom on Monday.", "operational"),
    ("ZTE rolled out the 4G network of Zembla Telecom last year.", "completed"),
    ("Not only has Huawei introduced 3G to Zembla, in cooperation with a local operator, it has also deployed the "
     "country's first LTE network.", "completed"),
    ("ZTE Corporation announced that its president delivered a speech on the smart city network of Zembla Telecom.",
     "announced"),
])
def test_a_works_status_by_what_was_done_to_it(said, status):
    """A work that "began operations", "entered service" or was unveiled runs; one rolled out or deployed is done, even
    beside a word that alone would tell it announced ("introduced", "announced") — but not a speech delivered."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("project", status)


@pytest.mark.parametrize("after, name, role", [
    ("It was developed by the China Academy of Space Technology.", "China Academy of Space Technology", "contractor"),
    ("After in-orbit tests, it will be delivered to the Pakistan Space and Upper Atmosphere Research Commission.",
     "Pakistan Space and Upper Atmosphere Research Commission", "owner"),
    ("The satellite will serve the region, said China Great Wall Industry Corp, major contractor of the project.",
     "China Great Wall Industry Corp", "contractor"),
])
def test_who_made_a_work_told_paragraphs_later(after, name, role):
    """A sentence whose subject is the work told before — "It was developed by …", "it will be delivered to …", "…, major
    contractor of the project" — gives its maker or owner a role in it, even paragraphs later."""
    said = (f"Example headline\n\nPakistan launched its first communications satellite on Monday.\n\nThe launch drew "
            f"crowds.\n\n{after}\n")
    (c,) = extract_article(said).candidates
    assert {p.name: p.role for p in c.parties}.get(name) == role


@pytest.mark.parametrize("said, status", [
    ("China successfully sent a Bolivian communications satellite into orbit on Friday.", "operational"),
    ("A Long March rocket lifted off from Xichang carrying Pakistan's communications satellite.", "operational"),
    ("Huawei Cloud announced on Monday the launch of the Huawei Cloud Riyadh Region.", "operational"),
    ("The Safe City project is being implemented by Huawei in Nairobi.", "under_construction"),
    ("Huawei had done about 60% of the work on the project for Telkom Kenya.", "under_construction"),
])
def test_a_satellite_put_into_orbit_a_launch_announced_and_a_work_in_hand(said, status):
    """A satellite sent into orbit or a rocket that lifted off carrying it, "announced … the launch of" a cloud region: the
    work runs; one "being implemented by" a firm, or with a share of its work done, is under construction — but "an
    agreement for the launch of the satellite" launches nothing yet."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("project", status)
    (c,) = extract_article("Example headline\n\nThe Bolivian Space Agency and China Great Wall Industry Corporation signed "
                           "an agreement in December 2010 for the launch of the satellite.\n").candidates
    assert c.status == "signed"


@pytest.mark.parametrize("said", [
    "Zamtel signed a contract with Huawei for its 5G network, amid concern in the West over the company's links to China's "
    "government.",
    "Zamtel signed a contract with Huawei, which critics say has close ties to China's government.",
])
def test_whom_a_party_is_tied_to_is_no_side(said):
    """"… over the company's links to China's government", "which critics say has close ties to China's government": whom a
    party is tied to is told of it, not a side of its deal."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert {p.name for p in c.parties} == {"Zamtel", "Huawei"}


def test_a_contract_signed_with_vendors_named_in_a_list():
    """"… has signed a $500 million contract … with four leading vendors, A, B, C and D": each listed vendor supplies, the
    one that signed with them buys — a Chinese operator's unit too."""
    (c,) = extract_article("Example headline\n\nChina Mobile Pakistan has signed a $500 million contract for network "
                           "expansion with four leading vendors, Alcatel-Lucent Pakistan Ltd, Ericsson Pakistan Pvt Ltd, "
                           "Huawei Technologies Pakistan and ZTE Pakistan.\n").candidates
    roles = {p.name: p.role for p in c.parties}
    assert roles.pop("China Mobile Pakistan") == "signatory"
    assert set(roles.values()) == {"supplier"} and len(roles) == 4


@pytest.mark.parametrize("said, place", [
    ("Reliance awarded a contract to ZTE for Gujarat, Maharashtra and Madhya Pradesh-Chhattisgarh.", "Maharashtra"),
    ("Reliance awarded a contract to ZTE for Gujarat, Maharashtra and Madhya Pradesh-Chhattisgarh.",
     "Madhya Pradesh-Chhattisgarh"),
    ("Huawei is building the mobile network of Our Telekom in Malaita for the Solomon Islands government.", "Malaita"),
])
def test_a_province_or_state_is_a_place_not_a_party(said, place):
    """A province, state or region of a country (two joined by a hyphen too) is where a deal is, not one of its sides —
    but a name that begins with a generic region word ("Centre for Integrated Photonics") stays whole."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert place not in {p.name for p in c.parties} and len(c.parties) >= 2
    (c,) = extract_article("Example headline\n\nHuawei acquired the Centre for Integrated Photonics Ltd. in 2012.\n").candidates
    assert "Centre for Integrated Photonics Ltd." in {p.name for p in c.parties}


def test_what_a_deal_named_before_costs_and_who_funds_it_paragraphs_later():
    """"According to a report …, the cost of SAIL will reach US$136 million, of which US$85 million was funded by the
    Export-Import Bank of China" paragraphs after the SAIL deal: its sum and its lender; "China Unicom also provided Camtel
    with funds …": a financier."""
    said = ("Example headline\n\nHuawei Marine and China Unicom signed an agreement with Camtel to build the South "
            "Atlantic Inter Link (SAIL).\n\nThe cable will link Kribi and Fortaleza.\n\n\"It will help the economies,\" "
            "said a manager.\n\nAccording to a report by a news website, the cost of SAIL will reach US$136 million, of "
            "which US$85 million was funded by the Export-Import Bank of China.\n")
    (c,) = extract_article(said).candidates
    assert (136_000_000, "USD") in c.amounts
    assert {p.name: p.role for p in c.parties}["Export-Import Bank of China"] == "financier"
    (c,) = extract_article("Example headline\n\nHuawei Marine will build the SAIL cable for Camtel. China Unicom also "
                           "provided Camtel with funds of US$34 million.\n").candidates
    assert {p.name: p.role for p in c.parties}["China Unicom"] == "financier"


def test_a_known_firm_with_a_corporate_suffix_is_the_firm_wherever_the_deal_is():
    """"ZTE wins 4G contract in Hungary … ZTE Corp announced it won …": "ZTE Corp" is ZTE (not a new Hungarian firm
    signing its own contract, as the headline's country had made it)."""
    x = extract_article("ZTE wins 4G contract in Hungary\n\nZTE Corp on Monday announced it won a contract worth 200 million "
                        "euros to upgrade the network of Telenor Hungary.\n", published="2021-03-10")
    (c,) = x.candidates
    zte = [p for p in c.parties if p.name.startswith("ZTE")]
    assert len(zte) == 1 and (zte[0].country, zte[0].new) == ("CHN", False) and zte[0].role != "signatory"


def test_a_deal_of_no_country_but_chinas_is_of_the_capital_it_was_filed_from():
    """"LUSAKA, March 3 (Xinhua) -- Huawei has launched a new data centre …": the deal is Zambia's, when the report names
    no other country — not "PARIS — APT Satellite … Thales Alenia Space of France", filed far from the deals it tells."""
    (c,) = extract_article("Huawei launches data centre\n\nLUSAKA, March 3 (Xinhua) -- Huawei has launched a new data "
                           "centre built for the government.\n", published="2021-03-10").candidates
    assert "ZMB" in c.countries
    x = extract_article("Satellite healthy in orbit\n\nPARIS — APT Satellite Holdings said its Apstar 7 satellite, built by "
                        "Thales Alenia Space of Italy, was launched by China Great Wall Industry Corp.\n",
                        published="2021-03-10")
    assert all("FRA" not in c.countries for c in x.candidates)


@pytest.mark.parametrize("said, date", [
    ("The satellite was launched by China Great Wall Industry Corporation for Pakistan at 0:15 am Friday.", "2021-03-05"),
    ("Huawei handed over the data centre to the Zambian government on the 5th.", "2021-03-05"),
    ("Huawei handed over the data centre to the Zambian government on the 20th.", "2021-02-20"),
])
def test_a_weekday_after_the_hour_and_a_day_of_the_month_alone(said, date):
    """"at 0:15 am Friday": the weekday after the hour dates the deal; "on the 20th": that day of the publication's month,
    or of the month before when the day is still to come."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10").candidates
    assert c.date == date


@pytest.mark.parametrize("text", [
    "Safaricom signs 4G deal with Huawei for its network\n\nThe company said the work was part of its plans.\n",
    "Ethio Telecom picks Huawei for 4G rollout\n\nThe company said the work was part of its plans.\n",
    "Safaricom taps ZTE for 5G core\n\nThe company said the work was part of its plans.\n",
])
def test_a_deal_for_a_network_and_a_headlines_present_hiring_are_contracts(text):
    """"signs 4G deal with Huawei for its network": a deal for a network with a vendor is a contract (it had been other);
    a headline's present "picks Huawei for 4G rollout", "taps ZTE for 5G core" hires the vendor."""
    (c,) = extract_article(text, published="2021-03-10").candidates
    assert c.kind == "contract"
    assert {p.role for p in c.parties if p.country == "CHN"} <= {"contractor", "supplier"}


@pytest.mark.parametrize("said, field, value", [
    ("Ethio Telecom signed a $153 million contract with Huawei financed by the sale of non-core assets.", "kind", "contract"),
    ("The loan was provided by Export-Import Bank of China to Star Times and Burundi state TV as a joint venture.", "kind",
     "loan"),
    ("Huawei signed an MoU with the ministry, which builds upon the strategic cooperation initiated between Huawei and the "
     "ministry in 2013.", "date", None),
    ("Zamtel announced the termination of the deal with Huawei.", "status", "cancelled"),
])
def test_words_that_describe_how_a_deal_is_paid_or_who_its_borrowers_are_tell_no_other_deal(said, field, value):
    """"financed by the sale of non-core assets" sells nothing of the deal's; "to Star Times and Burundi state TV as a
    joint venture" says what the borrowers are; "the cooperation initiated … in 2013" dates an earlier tie, not the MoU;
    "the termination of the deal" cancels it."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert getattr(c, field) == value


@pytest.mark.parametrize("said, date", [
    ("Zamtel signed a contract with ZTE to build a 4G network on Monday.", "2021-03-08"),
    ("Zamtel signed a contract with ZTE to build a 4G network yesterday.", "2021-03-09"),
    ("Zamtel signed a contract with ZTE to launch the network on Monday next week.", None),
    ("Zamtel signed a contract with ZTE to launch a satellite in late 2013.", None),
])
def test_a_day_gone_by_after_a_deals_purpose_dates_the_signing(said, date):
    """"signed a contract … to build a 4G network on Monday": a weekday gone by (or "yesterday") after the purpose is the
    signing's — work is not due on a day past; a year or a day to come after it stays the work's."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10").candidates
    assert c.date == date


@pytest.mark.parametrize("said", ["Zamtel gave the $30 million contract to ZTE.", "The contract went to ZTE, Zamtel said.",
                                  "A $30 million order from Zamtel went to ZTE."])
def test_a_contract_given_or_gone_to_a_vendor(said):
    """"gave the $30 million contract to ZTE", "The contract went to ZTE", "A … order from Zamtel went to ZTE": a contract
    signed, the vendor its contractor, the one that gives it its client."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("contract", "signed")
    assert {p.name: p.role for p in c.parties} == {"Zamtel": "signatory", "ZTE": "contractor"}


def test_an_order_told_by_its_sum_alone_and_a_bid_won_are_contracts():
    """"ZTE bags $700M order from India's Reliance" (a headline's order, no article), "Huawei won a US$34 million bid from
    Safaricom" (a tender won): contracts, the vendor their contractor, the one it is from their client."""
    (c,) = extract_article("ZTE bags $700M order from India's Reliance\n\nThe company said the work was part of its plans.\n"
                           ).candidates
    assert (c.kind, c.amounts) == ("contract", [(700_000_000, "USD")])
    (c,) = extract_article("Example headline\n\nHuawei won a US$34 million bid from Kenya's biggest mobile operator "
                           "Safaricom.\n").candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties} == {"Huawei": "contractor", "Safaricom": "signatory"}


@pytest.mark.parametrize("said, buyer, vendor", [
    ("Huawei will supply Ethio Telecom with 4G base stations.", "Ethio Telecom", "Huawei"),
    ("Huawei will provide Telkom Kenya with a new core network.", "Telkom Kenya", "Huawei"),
    ("Uganda police buy $126 million CCTV system from Huawei.", "Uganda police", "Huawei"),
    ("Kenya police buy Huawei surveillance system.", "Kenya police", "Huawei"),
])
def test_goods_supplied_to_a_buyer_named_first_or_bought_by_brand_are_a_contract(said, buyer, vendor):
    """"will supply Ethio Telecom with 4G base stations", "buy $126 million CCTV system from Huawei", "buy Huawei
    surveillance system": a sale — a contract, not an acquisition of the vendor, nor a sum the vendor lends — but "an
    optical cable line providing Myanmar with cables" serves a country, and "acquired spectrum" buys no firm."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == "contract"
    roles = {p.name: p.role for p in c.parties}
    assert roles[buyer] == "signatory" and roles[vendor] in ("supplier", "contractor")
    (c,) = extract_article("Example headline\n\nChina Unicom has completed an optical cable line providing Myanmar with "
                           "cables.\n").candidates
    assert c.kind == "project"
    (c,) = extract_article("Example headline\n\nTata Teleservices tapped Huawei to roll out 3G in eight circles, for which "
                           "the operator has acquired spectrum.\n").candidates
    assert c.kind == "contract"


def test_two_clients_that_selected_a_vendor_both_buy():
    """"Kyivstar and Lifecell have selected Huawei to modernise their networks": both sign (each unknown to the records),
    the vendor its contractor."""
    (c,) = extract_article("Example headline\n\nLakenet and Zentrix have selected ZTE to modernise their networks.\n").candidates
    assert c.kind == "contract"
    assert {p.name: p.role for p in c.parties} == {"Lakenet": "signatory", "Zentrix": "signatory", "ZTE": "contractor"}


def test_the_two_parties_after_a_sentence_naming_a_state_and_china_are_their_governments():
    """"Malawi will benefit from China's support in ICT. The two parties signed an agreement on 5G.": the two states the
    sentence before names, one of them China, when it names no organisation."""
    (c,) = extract_article("Example headline\n\nMalawi will benefit from China's support in ICT. The two parties signed an "
                           "agreement on 5G.\n").candidates
    assert c.status == "signed" and {p.country for p in c.parties} == {"MWI", "CHN"}


def test_a_bank_a_vendors_contract_is_with_buys():
    """"Huawei has won a contract with United Bank for Africa to upgrade its data centre": the bank buys (signs), it lends
    nothing — but China's Exim Bank beside a contract finances it."""
    (c,) = extract_article("Example headline\n\nZTE has won a contract with Commercial Bank of Ethiopia to upgrade its data "
                           "centre.\n").candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties} == {"ZTE": "contractor",
                                                                              "Commercial Bank of Ethiopia": "signatory"}
    (c,) = extract_article("Example headline\n\nZTE signed a contract with Ethio Telecom, financed by China Exim Bank.\n"
                           ).candidates
    assert {p.name: p.role for p in c.parties}["China Exim Bank"] == "financier"


def test_an_emergency_system_built_for_a_state_is_a_work():
    """"The ECU911 emergency system in Ecuador was built by CEIEC", "the … 911 Center, constructed by …": a work — but not a
    hospital's emergency centre opened, no one's deal."""
    (c,) = extract_article("Example headline\n\nThe national emergency response system in Malawi was built by CEIEC.\n"
                           ).candidates
    assert (c.kind, c.status, c.countries) == ("project", "completed", ["MWI", "CHN"])
    assert not extract_article("Example headline\n\nThe hospital opened its emergency centre.\n").candidates


@pytest.mark.parametrize("said", ["CGWIC served as the prime contractor of the Malawi satellite project.",
                                  "ZTE acted as the main contractor for the national backbone project in Malawi."])
def test_a_firm_that_served_as_a_works_prime_contractor_was_hired(said):
    """"served as the prime contractor of the … satellite project", "acted as the main contractor for …": hired to build it
    (as "is the main contractor for")."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == "contract" and [p.role for p in c.parties] == ["contractor"]


def test_a_minister_named_between_commas_beside_another_signer_signs_for_his_ministry():
    """"Zimbabwe's ICT Minister, Kazembe Kazembe, and China's Vice Minister of Industry and Information Technology, Chen
    Zhaoxiong, inked the deal": each his ministry — but a minister who only tells of it ("…, said Huawei signed") signs
    nothing."""
    (c,) = extract_article("Example headline\n\nMalawi's ICT Minister, Tom Banda, and China's Vice Minister of Commerce, Li "
                           "Wei, inked the cooperation deal.\n").candidates
    assert {(p.name, p.country) for p in c.parties} == {("Ministry of ICT", "MWI"), ("Ministry of Commerce", "CHN")}
    (c,) = extract_article("Example headline\n\nMalawi's ICT Minister, Tom Banda, said ZTE signed the deal.\n").candidates
    assert {p.name for p in c.parties} == {"ZTE"}


@pytest.mark.parametrize("said, parties", [
    ("An MoU on e-commerce was signed between Malawian Minister of Trade and Industry Tom Banda and Chinese Vice Minister of "
     "Commerce Li Wei.", {("Ministry of Trade and Industry", "MWI"), ("Ministry of Commerce", "CHN")}),
    ("An MoU on 5G was signed between Malawi's Minister of ICT, Tom Banda, and the Chinese Ambassador, Li Wei.",
     {("Ministry of ICT", "MWI"), ("Government of the People's Republic of China", "CHN")}),
    ("An MoU on e-commerce was signed by Malawian Minister of Commerce Tom Banda and Chinese Minister of Commerce Li Wei.",
     {("Ministry of Commerce", "MWI"), ("Ministry of Commerce", "CHN")}),
])
def test_offices_that_signed_a_deal_told_in_the_passive_sign_for_their_ministries(said, parties):
    """"was signed between Malawian Minister of Trade and Industry Tom Banda and Chinese Vice Minister of Commerce Li Wei",
    "… and the Chinese Ambassador, Li Wei": each office's ministry, or its state; two states' ministries of one name are
    two parties."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("mou", "signed")
    assert {(p.name, p.country) for p in c.parties} == parties


@pytest.mark.parametrize("said, parties", [
    ("Malaysia's Communications and Multimedia Minister Annuar Musa and ZTE signed the MoU.",
     {"Ministry of Communications and Multimedia": "MYS", "ZTE": "CHN"}),
    ("Malawian Digital Economy Minister Tom Banda and China's Ambassador Li Wei signed the MoU.",
     {"Ministry of Digital Economy": "MWI", "Government of the People's Republic of China": "CHN"}),
    ("Malawi's Minister of ICT Tom Banda and Chinese Ministry of Commerce Minister Li Wei signed the MoU.",
     {"Ministry of ICT": "MWI", "Ministry of Commerce": "CHN"}),
])
def test_a_minister_told_by_a_portfolio_in_capitals_signs_for_his_ministry(said, parties):
    """"Communications and Multimedia Minister Annuar Musa", "Malawian Digital Economy Minister …": his ministry signs (of
    the country his people's word names, or the article's); "China's Ambassador": his state; "Chinese Ministry of Commerce
    Minister …": that ministry, China's — but not a prime minister or a chief minister, who are no ministry, nor a person's
    name run into another's portfolio ("MICT Secretary Tom Banda and Chinese Commerce Minister …")."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert {p.name: p.country for p in c.parties} == parties
    for head in ("Prime Minister Tom Banda", "Chief Minister Tom Banda"):
        (c,) = extract_article(f"Example headline\n\n{head} and ZTE signed the MoU.\n").candidates
        assert not any(p.name.startswith("Ministry") for p in c.parties)
    # (nor a title and a name before another's office: no "Ministry of Tom Banda and Chinese Commerce")
    for c in extract_article("Example headline\n\nMICT Secretary Tom Banda and Chinese Commerce Minister Li Wei signed the "
                             "agreement on the fibre backbone.\n").candidates:
        assert not any("Banda" in p.name for p in c.parties)


@pytest.mark.parametrize("said, status", [
    ("Malawi's president on Monday laid the foundation stone of the ZTE-built data centre in Lilongwe.", "under_construction"),
    ("ZTE on Monday launched construction of a data centre in Lilongwe.", "under_construction"),
    ("The ZTE-built data centre in Lilongwe will be completed by June.", None),
])
def test_a_work_begun_or_to_come_is_not_done(said, status):
    """"laid the foundation stone of the … data centre", "launched construction of a data centre": begun, not done nor
    running; "The ZTE-built data centre … will be completed by June": to come — who builds it says nothing of when."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("project", status)
    assert {p.name: p.role for p in c.parties}["ZTE"] == "contractor"


@pytest.mark.parametrize("to", ["Uganda's NITA-U", "NITA-U"])
def test_the_one_a_work_is_handed_over_to_owns_it_whoever_its_country(to):
    """"handed over the national backbone to Uganda's NITA-U": the receiver owns the work, as without its country."""
    (c,) = extract_article(f"Example headline\n\nZTE handed over the national backbone to {to}.\n").candidates
    assert (c.kind, c.status) == ("project", "completed")
    assert {p.name: p.role for p in c.parties} == {"ZTE": "contractor", "NITA-U": "owner"}


def test_a_partnership_formalised_through_a_memorandum_is_signed():
    """"formalised their partnership through a new memorandum of understanding": an MoU signed (as "plan to formalise …
    through an MoU" is one to come)."""
    (c,) = extract_article("Example headline\n\nZTE and the University of Malawi formalised their partnership through a new "
                           "memorandum of understanding.\n").candidates
    assert (c.kind, c.status) == ("mou", "signed")
    assert {p.name for p in c.parties} == {"ZTE", "University of Malawi"}


@pytest.mark.parametrize("headline, parties", [
    ("Lakenet, ZTE sign contract for 4G network", {"Lakenet": "signatory", "ZTE": "contractor"}),
    ("Broadband push: Lakenet, ZTE sign contract for a submarine cable", {"Lakenet": "signatory", "ZTE": "contractor"}),
])
def test_a_headlines_two_sides_joined_by_a_comma(headline, parties):
    """"Glo, Huawei sign contract for 4G network": the headline's two sides, a comma between (the first unknown to the
    records) — but "Pak, China sign …" clips a state's name, no firm."""
    c = extract_article(f"{headline}\n\nThe work will take two years.\n").candidates[0]
    assert c.kind == "contract" and {p.name: p.role for p in c.parties} == parties
    c = extract_article("Pak, China sign MoU on fibre cable\n\nThe work will take two years.\n").candidates[0]
    assert "Pak" not in {p.name for p in c.parties}


@pytest.mark.parametrize("said", ["ZTE won the contract Monday.", "Telkom Kenya awarded ZTE the contract Monday."])
def test_a_contract_won_or_awarded_on_a_bare_weekday_is_dated_by_it(said):
    """"won the contract Monday", "awarded ZTE the contract Monday": the Monday before the report (as "signed … Monday")."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10").candidates
    assert (c.kind, c.date) == ("contract", "2021-03-08")


@pytest.mark.parametrize("said, date", [
    ("CGWIC signed a contract to build a satellite for Malawi, to be launched in 2023.", None),
    ("CGWIC signed a contract in 2019 to build a satellite for Malawi, which will be launched in 2023.", "2019"),
])
def test_when_a_work_is_due_does_not_date_the_deal(said, date):
    """", to be launched in 2023", "which will be launched in 2023": when the work is due, not when the deal was signed."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.date) == ("contract", date)


@pytest.mark.parametrize("said", ["ZTE's 5G network in Malawi is now operational.",
                                  "The data centre built by ZTE in Lilongwe was switched on in June.",
                                  "The cable built by ZTE to Malawi was energised last week.",
                                  "The data centre built by ZTE in Lilongwe entered commercial operation in June.",
                                  "The cable built by ZTE to Malawi achieved ready for service status in March."])
def test_a_work_put_into_service_is_running(said):
    """"is now operational", "was switched on", "was energised", "entered commercial operation", "achieved ready for
    service status": running, not only built — but "is expected to become operational next year" is to come."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("project", "operational")
    assert not extract_article("Example headline\n\nThe data centre built by ZTE is expected to become operational next year.\n"
                               ).candidates


def test_whose_networks_a_contract_works_on_told_after_them():
    """"awarded a contract to manage the core networks of Three UK": the client, named after its networks (as "Three UK's
    networks")."""
    (c,) = extract_article("Example headline\n\nZTE has been awarded a contract to manage the core networks of Three UK.\n"
                           ).candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties} == {"ZTE": "contractor", "Three UK": "signatory"}


@pytest.mark.parametrize("headline", ["Deutsche Bahn picks ZTE for GSM-R upgrade",
                                      "Deutsche Bahn picked ZTE for its GSM-R network upgrade"])
def test_a_vendor_picked_for_a_work_named_with_a_hyphenated_standard(headline):
    """"picks ZTE for GSM-R upgrade": a vendor hired for its client's work, whatever the standard's name (a hyphen in it had
    hidden the work), its client the one who picks."""
    (c,) = extract_article(f"{headline}\n\nThe work will take two years.\n").candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties} == {"Deutsche Bahn": "signatory", "ZTE": "contractor"}


def test_a_firm_signed_to_do_a_work_is_hired():
    """"UGL has signed China's Huawei Technologies to deliver radio communications upgrades": a firm hired, a contract
    (not a project of partners) — but "signed MoU to develop ICT skills" signs a deal, no firm."""
    (c,) = extract_article("Example headline\n\nTelkom Kenya has signed China's ZTE to deliver radio upgrades.\n").candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties} == {"Telkom Kenya": "signatory", "ZTE": "contractor"}
    (c,) = extract_article("Example headline\n\nKenya signed MoU to develop ICT skills with ZTE.\n").candidates
    assert c.kind == "mou"


@pytest.mark.parametrize("said", ["Telkom Kenya might award a contract to ZTE for its 5G rollout.",
                                  "Telkom Kenya may award the 5G contract to ZTE.",
                                  "Telkom Kenya could sign a deal with ZTE next month."])
def test_a_signing_only_possible_is_no_deal(said):
    """"might award a contract to ZTE", "could sign a deal": possible, nothing signed — but "awarded a contract …, which
    could be worth $100 million" was signed."""
    assert not extract_article(f"Example headline\n\n{said}\n").candidates
    (c,) = extract_article("Example headline\n\nTelkom Kenya awarded a contract to ZTE, which could be worth $100 million.\n"
                           ).candidates
    assert (c.kind, c.status) == ("contract", "signed")


@pytest.mark.parametrize("said", ["In 2019, Congress barred ZTE from receiving contracts in the United States.",
                                  "ZTE was blocked from bidding for contracts on the national broadband network in 2012.",
                                  "The law bans ZTE from winning government contracts."])
def test_a_firm_kept_from_contracts_has_none(said):
    """"barred ZTE from receiving contracts", "was blocked from bidding for contracts", "bans ZTE from winning government
    contracts": contracts no one got, no deal."""
    assert not extract_article(f"Example headline\n\n{said}\n").candidates


def test_a_financial_deal_with_a_vendor_is_its_contract_with_a_bank_a_loan():
    """"has signed a financial deal with Huawei to expand … its network": no lender named — the vendor's contract; "a
    financial deal with China Exim Bank to fund its 5G network": a loan."""
    (c,) = extract_article("Example headline\n\nTelkom Kenya has signed a financial deal with ZTE to expand its network.\n"
                           ).candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties} == {"Telkom Kenya": "signatory", "ZTE": "contractor"}
    (c,) = extract_article("Example headline\n\nTelkom Kenya has signed a financial deal with China Development Bank to fund "
                           "its 5G network.\n").candidates
    assert c.kind == "loan" and {p.name: p.role for p in c.parties}["China Development Bank"] == "financier"


def test_a_vendor_selected_for_doing_a_work_is_hired():
    """"has selected Huawei for rolling out its 5G network": a vendor hired for the work (as "to roll out") — but not one
    chosen "for developing talent"."""
    (c,) = extract_article("Example headline\n\nTelkom Kenya has selected ZTE for rolling out its 5G network.\n").candidates
    assert (c.kind, c.status) == ("contract", "signed")
    assert {p.name: p.role for p in c.parties} == {"Telkom Kenya": "signatory", "ZTE": "contractor"}
    assert not extract_article("Example headline\n\nThe committee selected ZTE for developing talent.\n").candidates


@pytest.mark.parametrize("said, parties", [
    ("Telkom Kenya (TK), controlled by France's Orange, signed a contract with ZTE.",
     {"Telkom Kenya": "signatory", "ZTE": "contractor"}),
    ("Telkom Kenya signed contracts with ZTE and Nokia, while Huawei was excluded.",
     {"Telkom Kenya": "signatory", "ZTE": "contractor"}),
    ("China Development Bank lent Telkom Kenya $40 million at 2%, much lower than the 6% MTN Group pays on its bonds.",
     {"China Development Bank": "financier", "Telkom Kenya": "beneficiary"}),
])
def test_an_owner_a_firm_kept_out_and_one_compared_with_are_no_sides(said, parties):
    """"Telkom Kenya (TK), controlled by France's Orange": the owner of a side; "while Huawei was excluded": a firm kept
    out; "much lower than the 6% MTN Group pays": one the deal is compared with — none of them a side of the deal."""
    c = extract_article(f"Example headline\n\n{said}\n").candidates[0]
    assert {p.name: p.role for p in c.parties} == parties


@pytest.mark.parametrize("said, status", [
    ("ZTE kicked off its annual Seeds for the Future programme in Malawi on Monday.", "operational"),
    ("ZTE launched a training course for Malawian students.", "operational"),
    ("ZTE will train nine engineers from Malawi in China.", "announced"),
])
def test_training_told_by_a_schemes_name_a_course_or_a_count_in_words(said, status):
    """"kicked off its annual Seeds for the Future programme", "a training course", "will train nine engineers": a
    training programme (the scheme's title no organisation) — but not the scheme told where it runs ("is running in 22
    countries")."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status, c.countries) == ("training_programme", status, ["MWI", "CHN"])
    assert [p.name for p in c.parties] == ["ZTE"]
    assert not extract_article("Example headline\n\nZTE's Seeds for the Future programme is running in 22 countries across "
                               "Africa.\n").candidates


@pytest.mark.parametrize("said, kind", [
    ("The Government of Malawi invited ZTE to invest in its safe city projects.", "proposal"),
    ("The Government of Malawi and ZTE have discussed the introduction of a safe city system in Lilongwe.", "talks"),
])
def test_an_invitation_to_invest_and_talks_on_bringing_in_a_work(said, kind):
    """"invited ZTE to invest in its safe city projects": a proposal, nothing agreed; "have discussed the introduction of
    a safe city system": talks — but not an invitation to a conference, a call for bids, or talk of a ban."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == (kind, "announced")
    assert {p.name: p.role for p in c.parties} == {"Government of Malawi": "partner", "ZTE": "partner"}
    for no in ("The minister was invited to attend the Huawei Connect conference in Shanghai.",
               "The Ministry of Communications invited bids for the national fibre backbone.",
               "Malawi invited ZTE to the conference.", "Analysts discussed the introduction of the Huawei ban in Europe."):
        assert not extract_article(f"Example headline\n\n{no}\n").candidates


@pytest.mark.parametrize("said", ["Malawi is in advanced talks with ZTE over a 4G network.",
                                  "Malawi is in early-stage negotiations with ZTE.",
                                  "Malawi is negotiating with ZTE on a 4G network."])
def test_talks_in_hand_told_by_their_stage_or_verb(said):
    """"is in advanced talks with", "in early-stage negotiations with", "is negotiating with": talks in hand, both sides
    partners — but "had been negotiating with … since 2008" is the past of a deal told otherwise."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("talks", "announced")
    assert {p.name: p.role for p in c.parties} == {"Malawi": "partner", "ZTE": "partner"}
    assert not extract_article("Example headline\n\nMalawi had been negotiating with ZTE since 2008.\n").candidates


@pytest.mark.parametrize("said, status", [
    ("Malawi's first satellite was manufactured by China Academy of Space Technology.", None),
    ("Malawi's first satellite was jointly designed and developed by China Academy of Space Technology.", None),
    ("A 900-km fibre network being constructed by China Academy of Space Technology will link Malawi's cities.",
     "under_construction"),
])
def test_who_made_a_work_told_in_the_passive_builds_it(said, status):
    """"was manufactured by", "was jointly designed and developed by": who made a satellite or network is its builder
    (no status said); "a fibre network being constructed by …": in hand, not done — but "was designed by" alone, or a
    thing that is no work ("The new software was developed by …"), tells no project."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("project", status)
    assert {p.name: p.role for p in c.parties}["China Academy of Space Technology"] == "contractor"
    for no in ("Malawi's data centre was designed by Huawei engineers.", "The new software was developed by Huawei."):
        assert not extract_article(f"Example headline\n\n{no}\n").candidates


@pytest.mark.parametrize("said, status", [
    ("ZTE laid the $40 million fibre backbone in Malawi using a $36 million loan from China Development Bank.", "completed"),
    ("The fibre backbone in Malawi was completed by ZTE with funding from China Development Bank.", "completed"),
    ("The second phase of Malawi's fibre backbone is being laid by ZTE, with financing from China Development Bank.",
     "under_construction"),
    ("ZTE installed the CCTV system in Lilongwe, financed by a loan from China Development Bank.", "completed"),
])
def test_a_work_paid_for_by_a_loan_told_beside_it_is_the_deal(said, status):
    """"laid the fibre backbone using a $36 million loan from …", "completed by ZTE with funding from …", "financed by a
    loan from …": the work built is the deal told, its lender a party of it — but a loan signed or secured for a work to
    be built is the loan."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("project", status)
    roles = {p.name: p.role for p in c.parties}
    assert roles["ZTE"] == "contractor" and roles["China Development Bank"] == "financier"
    for loan in ("Malawi signed a $36 million loan with China Development Bank to finance the backbone, which ZTE will build.",
                 "Malawi secured a $36 million loan from China Development Bank for the backbone to be laid by ZTE."):
        (c,) = extract_article(f"Example headline\n\n{loan}\n").candidates
        assert (c.kind, c.status) == ("loan", "signed")


@pytest.mark.parametrize("work", ["an ICT institute", "a technology park", "a command and control centre", "a CCTV system",
                                  "a satellite ground station", "an ICT training centre"])
def test_facilities_built_for_a_country_are_works(work):
    """A tech park, an ICT institute or training centre, a command and control centre, a CCTV system, a ground station:
    works a firm builds and hands over, like a data centre — but not an industrial park, a railway station, a customer
    service centre."""
    (c,) = extract_article(f"Example headline\n\nZTE built {work} in Malawi and handed it over to the government.\n").candidates
    assert (c.kind, c.status, c.countries) == ("project", "completed", ["MWI", "CHN"])
    assert {p.name: p.role for p in c.parties} == {"ZTE": "contractor"}
    for other in ("an industrial park", "a railway station", "a customer service centre"):
        assert not extract_article(f"Example headline\n\nZTE built {other} in Malawi and handed it over to the government.\n"
                                   ).candidates


@pytest.mark.parametrize("said, buyer, vendor", [
    ("Zambia's Ministry of Home Affairs spent $48 million on CCTV from Hikvision.", "Ministry of Home Affairs", "Hikvision"),
    ("Airtel Malawi spends $9 million on radio equipment from ZTE.", "Airtel Malawi", "ZTE"),
    ("Airtel Malawi paid ZTE $9 million for base stations.", "Airtel Malawi", "ZTE"),
])
def test_money_spent_on_a_vendors_goods_is_a_contract_not_a_loan_from_it(said, buyer, vendor):
    """"spent $48 million on CCTV from Hikvision", "paid ZTE $9 million for base stations": a sale to the one who pays, the
    vendor its supplier (not a sum the vendor lends) — but money spent on something no vendor sells tells no deal."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.amounts[0][0]) == ("contract", 48_000_000 if "48" in said else 9_000_000)
    roles = {p.name: p.role for p in c.parties}
    assert roles[vendor] in ("supplier", "contractor") and roles.get(buyer) == "signatory"
    assert not extract_article("Example headline\n\nAirtel Malawi spent $9 million on staff training last year.\n").candidates


@pytest.mark.parametrize("said, parties", [
    ("Ethio Telecom split the $1.6 billion contract between Huawei and ZTE.",
     {"Ethio Telecom": "signatory", "Huawei": "contractor", "ZTE": "contractor"}),
    ("The deal, worth $40 million, will see Huawei upgrade NetOne's network.", {"NetOne": "signatory", "Huawei": "contractor"}),
    ("Huawei has been allocated a US$700 million contract by Ethio Telecom.",
     {"Ethio Telecom": "signatory", "Huawei": "contractor"}),
])
def test_a_contract_shared_out_among_vendors_or_told_by_what_it_has_them_do(said, parties):
    """"split the $1.6 billion contract between Huawei and ZTE", "has been allocated a US$700 million contract", "The deal …
    will see Huawei upgrade NetOne's network": a contract signed, its vendors contractors."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("contract", "signed")
    assert {p.name: p.role for p in c.parties} == parties


def test_a_vendor_picked_for_its_clients_work_and_no_vendor_chosen_by_a_crowd():
    """"Ethio Telecom picked Huawei for its 4G rollout": a contract, the one who picks its client (the work after "its"
    had been missed) — but "European operators have already chosen Huawei for their 5G rollout" tells a trend, no deal."""
    (c,) = extract_article("Example headline\n\nEthio Telecom picked Huawei for its 4G rollout.\n").candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties} == {"Ethio Telecom": "signatory", "Huawei": "contractor"}
    assert not extract_article("Example headline\n\nA lot of European operators have already chosen Huawei for their 5G "
                               "rollout programmes.\n").candidates


@pytest.mark.parametrize("said", [
    "Huawei will supply 4G equipment to Telkomsel under a US$50 million deal.",
    "Huawei will supply 4G equipment to Telkomsel in a deal worth US$50 million.",
    "Under the deal, Huawei will supply 4G equipment to Telkomsel.",
    "Huawei will provide 4G equipment to Telkomsel under an agreement.",
])
def test_a_supply_told_under_a_deal_is_the_contract(said):
    """"will supply 4G equipment to Telkomsel under a US$50 million deal": the deal that frames the supply is its contract
    (the generic noun had kept the supply from being read, as no signing verb went with it) — a loan agreement that pays
    for it stays the loan."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == "contract"
    assert {p.name: p.role for p in c.parties} == {"Huawei": "supplier", "Telkomsel": "signatory"}
    assert c.amounts == ([(50_000_000, "USD")] if "50" in said else [])
    (c,) = extract_article("Example headline\n\nHuawei will supply equipment to Telkomsel under a loan agreement with "
                           "China Exim Bank.\n").candidates
    assert c.kind == "loan"


def test_a_name_before_and_a_known_one_is_a_party_of_its_own():
    """"contracts with Nokia and Huawei Technologies": two vendors, each its contract (the run of capitals had been read
    as one name ending with a firm's head word, and the known name inside it had taken its place) — but "Ministry of
    Industry and Information Technology" and "Cable and Wireless Communications" stay one name."""
    cands = extract_article("Example headline\n\nGlobe signed contracts with Nokia and Huawei Technologies to supply 5G "
                            "equipment.\n").candidates
    assert sorted(p.name for c in cands for p in c.parties if p.role == "supplier") == ["Huawei Technologies", "Nokia"]
    for one in ("The Ministry of Industry and Information Technology", "Cable and Wireless Communications"):
        (c,) = extract_article(f"Example headline\n\n{one} signed an MoU with Huawei.\n").candidates
        assert one.removeprefix("The ") in [p.name for p in c.parties]


@pytest.mark.parametrize("before, cue, date", [
    ("President Mutharika visited Beijing in April 2015.", "During the visit,", "2015-04"),
    ("On January 31, 2007, China and Cameroon signed a framework agreement on the backbone.", "On the same day,", "2007-01-31"),
])
def test_a_deal_signed_during_the_visit_or_the_same_day_told_before_takes_its_date(before, cue, date):
    """"… visited Beijing in April 2015. During the visit, Huawei and the ministry signed an MoU", "On the same day, China
    Eximbank … signed a loan agreement": the date of the visit or of the deal told just before — but a sentence before
    that tells no visit dates nothing."""
    text = f"Example headline\n\n{before}\n\n{cue} China Eximbank and Malawi signed a $30 million loan agreement.\n"
    (loan,) = [c for c in extract_article(text).candidates if c.kind == "loan"]
    assert loan.date == date
    if cue.startswith("During"):
        other = "Example headline\n\nHuawei opened a store in April 2015.\n\nDuring the visit, China Eximbank and Malawi " \
                "signed a $30 million loan agreement.\n"
        (loan,) = [c for c in extract_article(other).candidates if c.kind == "loan"]
        assert loan.date is None


@pytest.mark.parametrize("verb", ["has chosen", "has tapped", "has hired"])
def test_who_has_chosen_a_vendor_is_its_client(verb):
    """"Belgacom has chosen Huawei to upgrade its mobile network": Belgacom signs (the perfect of "chosen", "tapped",
    "hired" had lost the one who chooses, as "has selected" had not) — but a place chosen is no vendor hired."""
    (c,) = extract_article(f"Example headline\n\nBelgacom {verb} Huawei to upgrade its mobile network.\n").candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties} == {"Belgacom": "signatory", "Huawei": "contractor"}
    assert not extract_article("Example headline\n\nBelgacom has chosen Brussels as the venue for its 5G launch.\n").candidates
    (c,) = extract_article("Example headline\n\nNigeria tapped UK technology outfit Inview Networks to deploy set-top boxes."
                           "\n").candidates
    assert c.kind == "contract"


def test_one_vendors_contracts_with_two_firms_are_two_deals():
    """"… took a six-year contract with Norway's Telenor. … Likewise, Belgacom has chosen Huawei to upgrade its mobile
    network": two contracts (they had been merged, as one vendor's) — but a firm named shorter the second time ("Bharti
    Airtel", "Airtel") is the same client."""
    text = ("Example headline\n\nHuawei signed a six-year contract with Norway's Telenor to supply its radio network.\n\n"
            "Likewise, Belgacom has chosen Huawei to upgrade its mobile network.\n")
    cands = extract_article(text).candidates
    assert sorted(sorted(p.name for p in c.parties) for c in cands) == [["Belgacom", "Huawei"], ["Huawei", "Telenor"]]
    text = ("Example headline\n\nBharti Airtel signed a contract with Huawei to supply its radio network.\n\n"
            "Airtel has chosen Huawei to upgrade its radio network.\n")
    assert len(extract_article(text).candidates) == 1


@pytest.mark.parametrize("said, amounts", [
    ("Telstra signed a AU$136 million contract with Huawei.", [(136_000_000, "AUD")]),
    ("Telstra signed an AUD$136 million contract with Huawei.", [(136_000_000, "AUD")]),
    ("In 2017, BT and Huawei signed a contract to supply 5G equipment.", []),
    ("Ethio Telecom signed a 1,500,000 euro contract with Huawei.", [(1_500_000, "EUR")]),
])
def test_australian_dollars_and_no_sum_of_a_year_before_a_firms_initials(said, amounts):
    """"AU$136 million" is in Australian dollars (it had been read as US dollars), and "In 2017, BT and Huawei …" tells no
    sum of 2,017 baht (a comma inside a number only before three digits)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.amounts == amounts
    assert "BT" in [p.name for p in c.parties] or "BT" not in said


@pytest.mark.parametrize("said, kind, parties", [
    ("Huawei has had talks with the Ministry of Public Works and Transport on an undersea cable project.", "talks",
     {"Huawei", "Ministry of Public Works and Transport"}),
    ("Huawei took a six-year contract with Norway's Telenor.", "contract", {"Huawei", "Telenor"}),
    ("ZTE grabbed a $30 million contract from Ethio Telecom.", "contract", {"ZTE", "Ethio Telecom"}),
    ("China Development Bank provided funding to Tele Norte Leste for Huawei equipment.", "loan",
     {"China Development Bank", "Tele Norte Leste", "Huawei"}),
    ("China Development Bank provided a loan to Oi for Huawei equipment.", "loan", {"China Development Bank", "Oi", "Huawei"}),
    ("China and Nepal signed an exchange of letters on Tuesday on the cross-border optical fibre project.", "other",
     {"China", "Nepal"}),
])
def test_deals_told_by_verbs_and_nouns_the_rules_had_not_read(said, kind, parties):
    """"has had talks with", "took/grabbed a contract", "provided funding to", "an exchange of letters" tell deals, and a
    name before "for" and a known one ("a loan to Oi for Huawei equipment") is a party of its own — but "took a 28% share
    of the market", "exchanged congratulatory letters", "had lunch with" tell none."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == kind and {p.name for p in c.parties} == parties
    for nothing in ("Huawei took a 28% share of the equipment market last year.",
                    "Xi and Lula exchanged congratulatory letters on Tuesday on the 50th anniversary of ties.",
                    "The President had lunch with Huawei executives before the talks."):
        assert not extract_article(f"Example headline\n\n{nothing}\n").candidates


def test_letters_also_signed_are_deals_of_their_own_and_a_project_or_an_office_holder_no_party():
    """"… signed the agreement on Economic and Technical Cooperation. … also signed the Exchange of Letters on …": two
    deals (the definite noun had made them one), "the Technical Cooperation Project for the … Center" a project, no
    party, and "Department of Public Works and Highways Secretary Mark A. Villar" the department."""
    text = ("Example headline\n\nThe Philippine Department of Finance and the Chinese Ministry of Commerce signed the "
            "agreement on Economic and Technical Cooperation.\n\nThe two ministries also signed the Exchange of Letters on "
            "Phase III of the Technical Cooperation Project for the Filipino-Sino Center for Agricultural Technology.\n\n"
            "Department of Public Works and Highways Secretary Mark A. Villar and Mr. Zhong also signed the Exchange of Letters "
            "for the Davao broadband project.\n")
    cands = extract_article(text).candidates
    assert len(cands) == 3
    assert {p.name for p in cands[0].parties} == {"Philippine Department of Finance", "Ministry of Commerce"}
    names = {p.name for c in cands for p in c.parties}
    assert "Department of Public Works and Highways" in names
    assert not any("Project" in n or "Secretary" in n for n in names)


@pytest.mark.parametrize("noun", ["the operator", "the state-owned operator", "the telco"])
def test_the_operator_a_deal_is_signed_with_is_the_one_named_before(noun):
    """"Zamtel is Zambia's state-owned telecom operator. Huawei signed a contract with the operator …": Zamtel signs (as
    "The operator signed …" already read) — but no operator named before, no party made up."""
    text = f"Example headline\n\nZamtel is Zambia's state-owned telecom operator.\n\nHuawei signed a contract with {noun} to " \
           "build 4G sites.\n"
    (c,) = extract_article(text).candidates
    assert {p.name: p.role for p in c.parties} == {"Huawei": "contractor", "Zamtel": "signatory"}
    text = f"Example headline\n\nHuawei has worked in Zambia for 20 years.\n\nHuawei signed a contract with {noun} to build " \
           "4G sites.\n"
    (c,) = extract_article(text).candidates
    assert [p.name for p in c.parties] == ["Huawei"]


@pytest.mark.parametrize("intro, country", [
    ("MegaFon, a Russian mobile operator, posted higher profits.", "RUS"),
    ("OAO MegaFon, Russia's second-largest wireless operator, posted higher profits.", "RUS"),
    ("Mobile operator MegaFon posted higher profits.", None),
])
def test_a_firm_the_article_introduced_by_what_it_is_is_a_party_when_named_bare(intro, country):
    """"MegaFon, a Russian mobile operator, … China Development Bank granted MegaFon a $500 million loan": MegaFon, no name
    the gazetteer knows, is the borrower wherever the article names it again (it had been left out, or taken for
    Russia) — but a name no sentence introduces as a firm stays unread, and a weekday is no firm."""
    text = f"Example headline\n\n{intro}\n\nChina Development Bank granted MegaFon a $500 million loan.\n"
    (c,) = extract_article(text).candidates
    assert c.kind == "loan"
    borrower = next(p for p in c.parties if p.name == "MegaFon")
    assert borrower.country == country and borrower.role in ("beneficiary", "signatory")
    text = "Example headline\n\nMobile operator Sunday posted higher profits.\n\nHuawei signed a contract on Sunday to supply " \
           "equipment to Ethio Telecom.\n"
    (c,) = extract_article(text).candidates
    assert "Sunday" not in [p.name for p in c.parties]


@pytest.mark.parametrize("intro", [
    "Zentrix Pacific is owned by Australia's dominant carrier, the formerly state-owned Koala Telecom.",
    "Australia's state-owned telecoms provider, Koala Telecom, is rolling out 5G.",
    "Zentrix Pacific is owned by Australian carrier Koala Telecom.",
])
def test_the_carrier_of_a_country_is_the_firm_the_article_introduced_with_that_country(intro):
    """"Australia's dominant carrier, the formerly government-owned Telstra. … The Australian carrier acquired Digicel
    Pacific": the carrier is the firm the article said what it is of, named a sentence or two before (it had been
    left out: the gazetteer does not know the name) — but "the preferred equipment vendor, says Muthuvel" introduces
    no firm."""
    text = f"Example headline\n\n{intro}\n\nKoala Telecom has long had ambitions to expand into Asia.\n\n" \
           "The Australian carrier acquired Zentrix Pacific with the help of AU$1.3 billion from Export Finance Australia.\n"
    (c,) = extract_article(text).candidates
    buyer = {p.name: p for p in c.parties}.get("Koala Telecom")
    assert c.kind == "acquisition" and buyer is not None and buyer.role == "owner"
    assert buyer.country == "AUS"
    text = "Example headline\n\nHuawei is the preferred equipment vendor, says Muthuvel.\n\nMuthuvel said all projects " \
           "were carried out by Huawei.\n\nThe vendor built a data centre for the state with a $50 million loan.\n"
    assert "Muthuvel" not in {p.name for c in extract_article(text).candidates for p in c.parties}


@pytest.mark.parametrize("said, kind, status, parties", [
    ("Nepal's cabinet has rejected a Rs 5 billion loan from China Exim Bank for a cross-border optical fibre link.", "loan",
     "cancelled", {"China Exim Bank", "Nepal"}),
    ("Exim Bank of China has frozen its loan to Kyrgyzstan for the Bishkek smart city project.", "loan", "cancelled",
     {"Exim Bank of China", "Kyrgyzstan"}),
    ("The Philippine government blocked the sale of a 40% stake in Dito Telecommunity to a fund backed by China Telecom.",
     "acquisition", "cancelled", {"Dito Telecommunity", "China Telecom"}),
    ("China Mobile's purchase of a 10% stake in Safaricom's data-centre unit was approved by the Competition Authority of "
     "Kenya on Tuesday.", "acquisition", None, {"China Mobile", "Safaricom"}),
])
def test_a_deal_rejected_frozen_or_blocked_and_who_rules_on_it(said, kind, status, parties):
    """"has rejected a Rs 5 billion loan", "has frozen its loan": cancelled (had been no status); the state or regulator
    that blocks or approves a purchase rules on it, no side of it — and "Huawei rejected the claims and signed a contract"
    cancels nothing."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == (kind, status)
    assert {p.name for p in c.parties} == parties
    (c,) = extract_article("Example headline\n\nHuawei rejected the claims and signed a contract with Zamtel.\n").candidates
    assert c.status == "signed"


@pytest.mark.parametrize("said, roles", [
    ("Kenya's Safaricom sold a 10% stake in its data-centre unit to China Mobile for 2.5 billion shillings.",
     {"Safaricom": "signatory", "China Mobile": "owner"}),
    ("Orange will sell its 50% stake in the cloud venture to China Telecom for 40 million euros.",
     {"Orange": "signatory", "China Telecom": "owner"}),
    ("The acquisition of Pakistan's Multinet by China Unicom was called off on Tuesday.",
     {"Multinet": "partner", "China Unicom": "owner"}),
])
def test_the_buyer_of_a_stake_sold_to_it_or_acquired_by_it_owns(said, roles):
    """"sold a 10% stake … to China Mobile", "the acquisition of Multinet by China Unicom": the buyer owns (it had been a
    partner, as the firm bought is) — but "Huawei sold equipment to Safaricom" is a sale of goods, Safaricom the client."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == "acquisition"
    assert {p.name: p.role for p in c.parties} == roles
    (c,) = extract_article("Example headline\n\nHuawei sold 5G equipment worth $30 million to Safaricom.\n").candidates
    assert {p.name: p.role for p in c.parties}.get("Safaricom") == "signatory"


@pytest.mark.parametrize("said, parties", [
    ("Zamtel signed a contract with Huawei for the expansion of the KAZI 24 emergency system.", {"Zamtel", "Huawei"}),
    ("Pakistan and China signed a Rs 7bn financing agreement for Gwadar smart port city.", {"Pakistan", "China"}),
    ("In 2018, Exim Bank lent Papua New Guinea K380 million for the Kumul Submarine Cable Network, built by Huawei Marine.",
     {"Papua New Guinea", "Huawei Marine"}),
    ("Desarrollo Pais awarded China Mobile International the contract to lay a fibre-optic cable to Punta Arenas.",
     {"Desarrollo Pais", "China Mobile International"}),
    ("During the China-ASEAN Expo in Nanning, Laos signed a cooperation agreement with China Telecom.", {"Laos", "China Telecom"}),
    # a firm before a purpose, a borrower after a financing line: sides
    ("Huawei has won a $400 million contract from Bharti Airtel for expansion and management of its network.",
     {"Huawei", "Bharti Airtel"}),
    ("ZTE opened a long-term financing line to Ukrtelecom for the expansion of its optical network.", {"ZTE", "Ukrtelecom"}),
])
def test_a_works_name_a_cables_end_and_a_place_where_it_was_signed_are_no_sides(said, parties):
    """"for the expansion of the KAZI 24 emergency system", "for Gwadar smart port city", "for the Kumul Submarine Cable
    Network": what is built or paid for; "a cable to Punta Arenas": where it runs; "in Nanning": where it was signed —
    none of them a party (each had been a signatory)."""
    names = {p.name for c in extract_article(f"Example headline\n\n{said}\n").candidates for p in c.parties}
    assert names == parties


@pytest.mark.parametrize("said, parties", [
    ("Vodacom Tanzania and Huawei signed an MoU on cloud services.", {"Vodacom Tanzania", "Huawei"}),
    ("Airtel Kenya and ZTE signed an agreement to upgrade 3,000 sites.", {"Airtel Kenya", "ZTE"}),
    ("Both Kenya and China signed the agreement on 5G.", {"Kenya", "China"}),
    ("THE Philippines and China signed an MoU on 5G.", {"Philippines", "China"}),
])
def test_a_firm_named_after_its_country_before_and_is_the_firm(said, parties):
    """"Vodacom Tanzania and Huawei signed …": the firm signs, not Tanzania (a brand's word before the country's name)
    — but "Both Kenya and China", "THE Philippines and China" are the two states."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert {p.name for p in c.parties} == parties


@pytest.mark.parametrize("headline, first", [
    ("Malawi, China sign MoU on digital TV migration", "Malawi"),
    ("Laos, China ink MoU on satellite communications", "Laos"),
])
def test_a_headlines_two_sides_joined_by_a_comma(headline, first):
    """"Malawi, China sign MoU …": both states sign (the first had been lost: only "A and B" was read as a pair) — but
    "Kenya, the largest economy in East Africa, signed …" is one side described."""
    (c,) = extract_article(f"{headline}\n\nThe memorandum was signed in the capital.\n", published="2021-03-10").candidates
    assert {p.name for p in c.parties} == {first, "China"}
    (c,) = extract_article("Example headline\n\nKenya, the largest economy in East Africa, signed an MoU with Huawei.\n"
                           ).candidates
    names = {p.name for p in c.parties}
    assert "Huawei" in names and names <= {"Kenya", "Huawei"}


@pytest.mark.parametrize("teller", ["the Ministry of Security said", "Safaricom said in a statement on Monday",
                                    "Zambian Minister of Commerce Jane Banda said Wednesday"])
def test_a_teller_named_after_a_deal_with_both_its_sides_is_no_party(teller):
    """"Uganda signed a $30 million deal with Huawei …, the Ministry of Security said.": who tells is no side when the deal's
    two sides were named before it — but "Huawei has won a contract to build 5G in Kenya, Safaricom said." names the client
    in the teller."""
    (c,) = extract_article(f"Example headline\n\nUganda signed a $30 million deal with Huawei for smart city cameras, "
                           f"{teller}.\n").candidates
    assert {p.name for p in c.parties} == {"Uganda", "Huawei"}
    (c,) = extract_article("Example headline\n\nHuawei has won a contract to build 5G in Kenya, Safaricom said.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Huawei": "contractor", "Safaricom": "signatory"}


@pytest.mark.parametrize("then, financier, date", [
    ("The money, provided by the Export-Import Bank of China, will fund the e-government platform.",
     "Export-Import Bank of China", None),
    ("The money was borrowed from China in 2004.", "China", "2004"),
    ("The funds will be used to build a data centre with Huawei.", "China", None),
])
def test_the_money_of_a_loan_told_before_is_that_loan(then, financier, date):
    """"… received a $150 million loan from China. The money, provided by the Export-Import Bank of China, will fund …":
    the money is the loan told before (it had been a pledge of its own), its lender and its date the loan's."""
    text = f"Example headline\n\nThe government of Ghana has received a $150 million loan from China.\n\n{then}\n"
    (c,) = extract_article(text).candidates
    assert c.kind == "loan" and c.amounts == [(150_000_000, "USD")]
    assert financier in {p.name for p in c.parties if p.role == "financier"}
    assert c.date == date


@pytest.mark.parametrize("then", ["The two sides will build a 5G test network in Nairobi.",
                                  "Both companies are to set up an ICT academy in Nairobi to train engineers."])
def test_what_the_two_sides_of_a_deal_just_signed_will_do_is_that_deal(then):
    """"Safaricom and Huawei signed an agreement on Monday. The two sides will build a 5G test network": what the deal is
    for, not a project of its own (it had been a second candidate)."""
    x = extract_article(f"Example headline\n\nSafaricom and Huawei signed an agreement on Monday.\n\n{then}\n",
                        published="2021-03-10")
    (c,) = x.candidates
    assert (c.status, c.date) == ("signed", "2021-03-08")
    assert {p.name for p in c.parties} == {"Safaricom", "Huawei"}


@pytest.mark.parametrize("unit", ["Huawei Technologies Zambia Co. Ltd", "ZTE Zambia Limited"])
def test_a_chinese_firms_unit_named_with_its_country_and_legal_form_is_chinese(unit):
    """"Huawei Technologies Zambia Co. Ltd signed a contract with Zamtel": the Chinese firm's unit, its side China's (it
    had been a Zambian firm, and China no country of the deal) — as "Huawei Technologies (Zambia) Co Ltd" already was."""
    (c,) = extract_article(f"Example headline\n\n{unit} signed a contract with Zamtel for 4G sites.\n").candidates
    assert {p.name: p.country for p in c.parties} == {unit: "CHN", "Zamtel": "ZMB"}
    assert "CHN" in c.countries


def test_two_banks_that_agree_to_co_finance_a_work_pledge_it():
    """"Bank of China and the Industrial and Commercial Bank of China agreed to co-finance a $600 million fibre project":
    both banks finance it (it had been no deal: "co-finance" was no verb of money)."""
    (c,) = extract_article("Example headline\n\nBank of China and the Industrial and Commercial Bank of China agreed to "
                           "co-finance a $600 million fibre project in Pakistan.\n").candidates
    assert c.kind == "pledge" and c.amounts == [(600_000_000, "USD")]
    assert {p.name: p.role for p in c.parties} == {"Bank of China": "financier",
                                                   "Industrial and Commercial Bank of China": "financier"}


def test_agreed_in_principle_is_announced():
    """"… and Huawei PNG agreed in principle to establish an ICT Academy": not yet agreed in full (it had been signed)."""
    (c,) = extract_article("Example headline\n\nThe Department of ICT and Huawei agreed in principle to establish an ICT "
                           "Academy at the University of Technology.\n").candidates
    assert c.status == "announced"
    (c,) = extract_article("Example headline\n\nThe Department of ICT and Huawei agreed to establish an ICT Academy at the "
                           "University of Technology.\n").candidates
    assert c.status == "signed"


def test_a_firm_bought_after_its_peoples_word_and_description_is_bought():
    """"China Mobile bought Malaysian fibre operator Fiberail for $80 million": a purchase of the firm (had been no deal:
    "bought Malaysian …" was read as capacity bought through a country, as "will buy the crossing Egypt fiber" is)."""
    (c,) = extract_article("Example headline\n\nChina Mobile bought Malaysian fibre operator Fiberail for $80 million.\n"
                           ).candidates
    assert c.kind == "acquisition" and {p.name: p.role for p in c.parties} == {"China Mobile": "owner", "Fiberail": "partner"}
    assert not extract_article("Example headline\n\nHengtong will buy the crossing Egypt fiber.\n").candidates


@pytest.mark.parametrize("said, amount", [
    ("Uzbektelecom signed a contract worth 500 billion soums with ZTE.", (500_000_000_000, "UZS")),
    ("CITIC Telecom agreed to buy a 51% stake in Macau's CTM for 11.5 billion patacas.", (11_500_000_000, "MOP")),
    ("Qatar's Ministry of Transport signed a QR150 million contract with Huawei.", (150_000_000, "QAR")),
    ("Mexico's Federal Electricity Commission awarded a 2.1 billion peso contract to ZTE.", (2_100_000_000, "MXN")),
    ("ZTE acquired 10 pct of Mexican fibre operator Totalplay for 2.3 bln pesos.", (2_300_000_000, "MXN")),
    ("China Exim Bank will lend Angola Kz 90 billion to build a data centre.", (90_000_000_000, "AOA")),
])
def test_sums_in_more_currencies_and_scales(said, amount):
    """Soums, patacas, "Kz" (kwanzas), "QR" (Qatari riyals), a peso in the singular and "bln": each a sum (each had been
    none) — and a Kyrgyz "som" is no Uzbek soum."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.amounts == [amount]
    (c,) = extract_article("Example headline\n\nKyrgyztelecom signed a contract worth 500 million som with ZTE.\n").candidates
    assert not any(code == "UZS" for _, code in c.amounts)


@pytest.mark.parametrize("said, amount", [
    ("Chinese President Xi Jinping pledged during talks with Cambodian Prime Minister Hun Sen on Monday to provide 2 billion "
     "yuan in grant aid for Cambodia's digital infrastructure.", (2_000_000_000, "CNY")),
    ("Chinese Ambassador Nong Rong said on Monday that China would provide up to $1 billion in concessional financing for "
     "the Pakistan Digital Corridor.", (1_000_000_000, "USD")),
    ("China pledged $1 billion for Pakistan's digital corridor.", (1_000_000_000, "USD")),
])
def test_money_a_state_pledges_is_a_pledge_of_its_own(said, amount):
    """"Xi Jinping pledged during talks with Hun Sen … to provide 2 billion yuan in grant aid": money promised, China the
    financier (it had been talks with Cambodia alone, or nothing: "China pledged" named no side) — and a project's title
    is no side."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10").candidates
    assert (c.kind, c.status) == ("pledge", "announced")
    assert {p.role for p in c.parties if p.country == "CHN"} == {"financier"}
    assert amount in c.amounts and not any("Corridor" in p.name for p in c.parties)


def test_a_known_name_with_another_country_said_before_it_is_that_countrys_firm():
    """"with Indonesia's state-owned Telkom": Indonesia's Telkom, not the Kenyan firm the records know by that name (its
    country had been Kenya's, and Kenya a country of the deal) — "Kenya's Telkom" stays the Kenyan one."""
    (c,) = extract_article("Example headline\n\nTencent Cloud signed a cooperation agreement with Indonesia's state-owned "
                           "Telkom in Jakarta.\n").candidates
    assert {p.name: p.country for p in c.parties} == {"Tencent Cloud": "CHN", "Telkom": "IDN"}
    assert "KEN" not in c.countries
    (c,) = extract_article("Example headline\n\nHuawei signed a deal with Kenya's Telkom.\n").candidates
    assert {p.name: p.country for p in c.parties}["Telkom"] == "KEN"


@pytest.mark.parametrize("said", [
    "Dr. Isa Ali Pantami, the Nigerian Minister of Communications and Digital Economy, signed the MoU with Huawei.",
    "Isa Pantami, Nigeria's Minister of Communications and Digital Economy, signed the MoU with Huawei.",
])
def test_a_minister_named_then_his_office_with_his_peoples_word_signs_for_his_ministry(said):
    """"Isa Pantami, the Nigerian Minister of …, signed": his ministry, Nigeria's (the people's word between "the" and the
    office had hidden it)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert {(p.name, p.country) for p in c.parties} == {("Ministry of Communications and Digital Economy", "NGA"),
                                                        ("Huawei", "CHN")}


@pytest.mark.parametrize("said, ministry, country", [
    ("Nigeria's Minister of Communications signed an MoU with Huawei in Abuja.", "Ministry of Communications", "NGA"),
    ("Nigeria's Minister of Communications and Digital Economy signed an MoU with Huawei.",
     "Ministry of Communications and Digital Economy", "NGA"),
    ("The Minister of Finance has signed a loan agreement with China Exim Bank for Malawi's fibre backbone.",
     "Ministry of Finance", "MWI"),
])
def test_a_minister_named_by_his_office_alone_signs_for_his_ministry(said, ministry, country):
    """"Nigeria's Minister of Communications signed …" with no name after the office: his ministry signs (it had been left
    out) — the field a ministry's words only, so that "Minister of … Technology Dr Rana Al-Fares signed" makes no
    ministry of a person's name."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    signer = {p.name: p for p in c.parties}.get(ministry)
    assert signer is not None and signer.country == country and signer.role == "signatory"
    (c,) = extract_article("Example headline\n\nThe Minister of Communications and Information Technology Dr Rana Al-Fares "
                           "signed a maintenance contract with Nokia.\n").candidates
    assert not any("Rana" in p.name for p in c.parties)


@pytest.mark.parametrize("said, kind, roles", [
    ("ZTE and Angola Telecom set up a joint company to run the fibre network.", "joint_venture",
     {"ZTE": "partner", "Angola Telecom": "partner"}),
    ("ZTE and Angola Telecom established a new joint company.", "joint_venture", {"ZTE": "partner", "Angola Telecom": "partner"}),
    ("China Exim Bank disbursed $50 million to Cameroon for the fibre backbone.", "loan",
     {"China Exim Bank": "financier", "Cameroon": "beneficiary"}),
    ("The Export-Import Bank of China has disbursed $50 million to Cameroon for the fibre backbone.", "loan",
     {"Export-Import Bank of China": "financier", "Cameroon": "beneficiary"}),
])
def test_a_joint_company_set_up_and_a_sum_a_bank_disbursed(said, kind, roles):
    """"set up a joint company" is a joint venture, as "a joint venture" is; "China Exim Bank disbursed $50 million to
    Cameroon" a loan, as "lent" is — but a firm's legal form ("Closed Joint Stock Company") founds no venture, "the joint
    company will … repay the loan" tells the loan, and a government's disbursement is no bank's loan."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == kind
    assert {p.name: p.role for p in c.parties} == roles
    (c,) = extract_article("Example headline\n\nThe Asian Development Bank and Zentrix Closed Joint Stock Company have "
                           "signed a $30 million financing agreement to expand mobile connectivity.\n").candidates
    assert c.kind == "loan"
    assert not extract_article("Example headline\n\nThe government disbursed $5 million to contractors.\n").candidates


@pytest.mark.parametrize("said, roles", [
    ("Huawei beat Ericsson to a contract to modernise Zamtel's network.", {"Huawei": "contractor", "Zamtel": "signatory"}),
    ("Huawei beat Ericsson and Nokia to the $300 million deal with Ethio Telecom.",
     {"Huawei": "contractor", "Ethio Telecom": "signatory"}),
    ("ZTE was awarded the contract by Zamtel.", {"ZTE": "contractor", "Zamtel": "signatory"}),
    ("ZTE was awarded the contract by the Ministry of ICT of Zambia.",
     {"ZTE": "contractor", "Ministry of ICT of Zambia": "signatory"}),
])
def test_a_contract_won_over_rivals_or_awarded_by_a_client(said, roles):
    """"Huawei beat Ericsson and Nokia to the deal": Huawei won it, its rivals are no party; "was awarded the contract by
    Zamtel": Zamtel is the client, not a second contractor — and "Huawei beat expectations", "Kenya beat Uganda to the
    title" tell no deal."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == "contract"
    assert {p.name: p.role for p in c.parties} == roles
    for other in ("Huawei beat expectations in its quarterly results.", "Kenya beat Uganda to the title."):
        assert not extract_article(f"Example headline\n\n{other}\n").candidates


@pytest.mark.parametrize("said, status", [
    ("The project, implemented by Huawei, cost $70 million.", "completed"),
    ("Work on the fibre network, carried out by China Communications Services, began in Uganda in March.",
     "under_construction"),
    ("The Safe City project in Lusaka was executed by Huawei.", "completed"),
    ("Huawei set up Ghana's first 5G network in 2019.", "completed"),
    ("Huawei has modernised the mobile network of Telecel in Zimbabwe.", "completed"),
    ("Huawei was responsible for the construction of the network in Zambia.", None),
])
def test_a_work_told_as_done_by_a_firm_in_other_words_is_its_project(said, status):
    """Who did a work, told in the passive ("was executed by"), in a participle between commas ("The project, implemented
    by Huawei, …"), by "set up" before a place's possessive, "modernised", "was responsible for the construction of":
    the firm builds the project — but the facility that "will modernise the country's electronic systems" is no plan of
    its own, and "Huawei executed the project on time" (a firm's own boast) is still no deal."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("project", status)
    assert {p.role for p in c.parties if p.country == "CHN"} == {"contractor"}
    (c,) = extract_article("Example headline\n\nThe data centre in Lusaka was built by Huawei. The facility will modernise "
                           "the country's electronic systems.\n").candidates
    assert c.status == "completed"
    assert not extract_article("Example headline\n\nHuawei executed the project on time.\n").candidates


@pytest.mark.parametrize("said, status, parties", [
    ("Over 70% of the Huawei-built national fibre network completed.", "under_construction", {"Huawei": "contractor"}),
    ("Huawei finished the national fibre backbone in Malawi in 2018.", "completed", {"Huawei": "contractor"}),
    ("Huawei is executing Malawi's national fibre backbone project.", "under_construction",
     {"Huawei": "contractor", "Malawi": "owner"}),
    ("Ecuador's ECU 911 system, supplied by CEIEC, began to operate in 2012.", "operational", None),
    ("The handover ceremony of the China-Aided project in Mozambique was held on Friday.", "operational",
     {"China": "financier"}),
    ("Vodafone Greece has launched a Huawei-based network.", "operational",
     {"Vodafone Greece": "partner", "Huawei": "contractor"}),
])
def test_works_told_by_a_share_done_another_verb_or_a_firms_word_before_them(said, status, parties):
    """"Over 70% of the … network completed": in hand, not done; "finished the national fibre backbone", "is executing …
    project", "began to operate", "the China-Aided project" (a capital), "a Huawei-based network": works, with their
    status and builder — but "finished third in the market", "finished a number of similar projects" tell none, and a
    place's "-based" names no builder."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("project", status)
    assert parties is None or {p.name: p.role for p in c.parties} == parties
    assert not extract_article("Example headline\n\nHuawei finished third in the smartphone market in Kenya.\n").candidates
    (c,) = extract_article("Example headline\n\nNairobi-based Safaricom has launched a 5G network built by Huawei.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"Safaricom": "partner", "Huawei": "contractor"}


@pytest.mark.parametrize("said, kind", [
    ("China and Rwanda signed cooperation documents covering investment, finance and e-commerce on Monday.", "other"),
    ("China and Rwanda signed a financing agreement on Monday for the e-government project.", "loan"),
    ("Angola and China signed an agreement on Wednesday to provide 249 million US dollars funding to support the broadband "
     "project.", "loan"),
])
def test_money_among_an_agreements_topics_is_no_loan_and_funding_provided_is(said, kind):
    """"cooperation documents covering investment, finance and e-commerce": finance one of the fields, no loan; "an
    agreement … to provide 249 million US dollars funding": a loan (it had been a contract)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == (kind, "signed")
    assert dict((p.name, p.role) for p in c.parties)["China"] == ("financier" if kind == "loan" else "signatory")


def test_the_two_sides_are_the_pair_named_before_whatever_the_date_or_two_leaders():
    """"In March 2015, Huawei and the ministry signed an MoU. In 2016, the two sides signed a $50 million contract": the
    contract's sides are the MoU's (a deal dated otherwise had been left with none, and dropped); "Chinese President Xi
    Jinping held talks with Ghanaian President John Mahama … After the talks, the two sides signed an agreement": the two
    states, on the day of the talks."""
    text = ("Example headline\n\nIn March 2015, Huawei and the Ministry of Communications of Malawi signed an MoU.\n\n"
            "In 2016, the two sides signed a $50 million contract for the backbone.\n")
    contract = next(c for c in extract_article(text).candidates if c.kind == "contract")
    assert contract.date == "2016" and {p.name for p in contract.parties} == {"Huawei", "Ministry of Communications of Malawi"}
    text = ("Example headline\n\nChinese President Xi Jinping held talks with Ghanaian President John Mahama in Beijing on "
            "Tuesday.\n\nAfter the talks, the two sides signed an agreement on a national fibre optic backbone project.\n")
    signed = next(c for c in extract_article(text, published="2021-03-10").candidates if c.status == "signed")
    assert signed.date == "2021-03-09" and sorted(p.country for p in signed.parties) == ["CHN", "GHA"]


@pytest.mark.parametrize("said, kind, parties", [
    ("ZTE will work with Zimbabwe's TelOne to expand its backbone fibre network.", "project",
     {"ZTE": "contractor", "TelOne": "partner"}),
    ("ZTE is helping Zimbabwe's TelOne to upgrade its backbone fibre network.", "project",
     {"ZTE": "contractor", "TelOne": "partner"}),
    ("Venezuela has agreed to buy a satellite from China Great Wall Industry Corp.", "contract",
     {"Venezuela": "signatory", "China Great Wall Industry Corp.": "contractor"}),
    ("ZTE delivered 4G equipment to Zimbabwe's Econet.", "contract", {"ZTE": "supplier", "Econet": "signatory"}),
    ("ZTE is also a key supplier to Econet Wireless.", "contract", {"ZTE": "supplier", "Econet Wireless": "signatory"}),
])
def test_works_and_sales_told_by_working_with_buying_delivering_or_supplying(said, kind, parties):
    """"will work with TelOne to expand its backbone", "is helping TelOne to upgrade …", "has agreed to buy a satellite
    from …", "delivered 4G equipment to Econet", "a key supplier to …" — but "delivered over 10,000km of cable for projects
    overseas" (a firm's tally), "will work with universities to expand its ICT academy", "agreed to buy crude oil tankers"
    and "delivered record revenue" tell no deal of their own."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == kind and {p.name: p.role for p in c.parties} == parties
    for nothing in ("Huawei will work with local universities to expand its ICT academy in Kazakhstan.",
                    "Venezuela has agreed to buy crude oil tankers from China.",
                    "Huawei delivered record revenue in Europe last year."):
        assert not extract_article(f"Example headline\n\n{nothing}\n").candidates
    assert [c.kind for c in extract_article("Example headline\n\nHengtong said it has delivered over 10,000km of submarine "
                                            "optical cable for projects overseas.\n").candidates] != ["contract"]


@pytest.mark.parametrize("said, amounts", [
    ("Egypt signed a dlrs 100 million loan with China Development Bank.", [(100_000_000, "USD")]),
    ("Tonga Cable signed a TOP$18 million contract with Huawei for the cable.", [(18_000_000, "TOP")]),
    ("Tonga Cable signed a TP$3 million contract with Huawei for the cable.", [(3_000_000, "TOP")]),
    ("Huawei is the main contractor for the $150 million 4G expansion project in Nepal.", [(150_000_000, "USD")]),
])
def test_sums_in_dlrs_and_paanga_and_a_contractor_of_a_priced_project(said, amounts):
    """"dlrs 100 million" is in dollars (the "rs" inside it had been read as rupees), "TOP$18 million" in pa'anga (not US
    dollars: a currency's letters are never read inside a word), and "the main contractor for the $150 million 4G
    expansion project" a contract (the sum had kept the project from being read)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.amounts == amounts


@pytest.mark.parametrize("said, parties, date", [
    ("Bolivian President Evo Morales signed an agreement with China to build a satellite.",
     {"Government of Bolivia", "China"}, None),
    ("Guyana and China Saturday signed an agreement on the e-government project.", {"Guyana", "China"}, "2021-03-06"),
    ("Russia is holding talks with Huawei on 5G.", {"Russia", "Huawei"}, None),
    ("Huawei signed a contract with the ministry of Kenya to build data centres across the globe.",
     {"Huawei", "ministry of Kenya"}, None),
])
def test_a_head_of_state_who_signs_a_weekday_before_the_verb_and_a_common_word_no_firm(said, parties, date):
    """"Bolivian President Evo Morales signed …": his state signs; "Guyana and China Saturday signed …": both sides, on that
    Saturday; "is holding talks with": talks; "across the globe": a word, not Globe Telecom."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10").candidates
    assert {p.name for p in c.parties} >= (parties - {"ministry of Kenya"}) and "globe" not in {p.name for p in c.parties}
    assert c.date == date


def test_the_two_sides_after_a_ministers_meeting_and_a_deal_counted_after_an_opening_phrase():
    """"Iraq's Minister of Communications met representatives of Huawei … The two sides signed a memorandum": Iraq and
    Huawei sign (the minister's state had not been read as one of the two); "In addition, the second MoU outlines …": one
    of the MoUs counted before, told in turn."""
    text = ("Example headline\n\nIraq's Minister of Communications met representatives of Huawei in Baghdad on Monday.\n\n"
            "The two sides signed a memorandum of understanding on fibre networks.\n")
    (mou,) = [c for c in extract_article(text).candidates if c.kind == "mou"]
    assert {p.name for p in mou.parties} == {"Government of Iraq", "Huawei"}
    text = ("Example headline\n\nEgypt signed three MoUs with Chinese firms.\n\nIn addition, the second MoU outlines a "
            "collaboration between ITIDA and Tsinghua Unigroup.\n")
    assert [(c.kind, c.aggregate) for c in extract_article(text).candidates] == [("mou", True), ("mou", False)]


@pytest.mark.parametrize("said, country", [
    ("Huawei has opened an innovation and development centre in Belgrade.", "SRB"),
    ("Huawei has opened a logistics hub in Hungary.", "HUN"),
    ("Huawei signed a contract with BT to build a 5G network in the UK.", "GBR"),
])
def test_facilities_by_other_names_and_a_country_told_by_its_short_form(said, country):
    """"an innovation and development centre", "a logistics hub": facilities a firm opens; "a 5G network in the UK": the
    deal's country (a short form had been read only as a party) — but "amid friction between the US and China" is none."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert country in c.countries
    (c,) = extract_article("Example headline\n\nHuawei signed a contract with Etisalat amid friction between the US and "
                           "China.\n").candidates
    assert "USA" not in c.countries


def test_a_consortium_told_by_what_it_is_is_a_joint_venture_of_its_members():
    """"Dito Telecommunity is a consortium of Udenna Corp, Chelsea Holdings and China Telecom": a joint venture, its
    members and itself partners (only "is a joint venture between …" had been read) — but a consortium of banks lends."""
    (c,) = extract_article("Example headline\n\nDito Telecommunity is a consortium of Udenna Corp, Chelsea Holdings and China "
                           "Telecom.\n").candidates
    assert c.kind == "joint_venture"
    assert {p.name for p in c.parties} == {"Dito Telecommunity", "Udenna Corp", "Chelsea Holdings", "China Telecom"}
    (c,) = extract_article("Example headline\n\nThe loan was provided by a consortium of banks including Bank of China.\n"
                           ).candidates
    assert c.kind == "loan"


@pytest.mark.parametrize("said, kind", [
    ("Huawei currently has no plans to take a stake in Oi.", None),
    ("Etecsa will acquire Huawei phones for its customers.", None),
    ("Huawei and Peru are in talks on a framework agreement for 5G.", "talks"),
    ("Ghana and China held talks on a $100 million loan for the fibre backbone.", "talks"),
    ("Huawei and Peru signed a framework agreement after months of talks.", "framework_agreement"),
    ("In 2008 Huawei was forced to drop an offer to acquire US equipment maker 3Com.", "proposal"),
])
def test_no_plan_goods_bought_and_talks_on_a_deal_to_come(said, kind):
    """"currently has no plans to take a stake": nothing to come; "will acquire Huawei phones": goods, no company bought;
    "in talks on a framework agreement", "held talks on a $100 million loan": talks (they had been the deal itself) — but a
    framework agreement signed after talks is signed, and "an offer to acquire US equipment maker 3Com" a company's."""
    cands = extract_article(f"Example headline\n\n{said}\n").candidates
    assert [c.kind for c in cands] == ([kind] if kind else [])


@pytest.mark.parametrize("said, status, parties", [
    ("Huawei has finished building the smart city system in Belgrade.", "completed", {"Huawei": "contractor"}),
    ("ZTE finished constructing the 4G network in Ethiopia last year.", "completed", {"ZTE": "contractor"}),
    ("Huawei has finished the installation of 5,000 cameras in Nairobi.", "completed", {"Huawei": "contractor"}),
    ("Work began last month on a fibre-optic cable linking Kyrgyzstan and China, built by China Telecom.",
     "under_construction", {"China Telecom": "contractor"}),
    ("The data centre, financed by China and built by Huawei, was inaugurated on Thursday.", "operational",
     {"China": "financier", "Huawei": "contractor"}),
    ("The Chinese-built Zentrix Cable Express, laid by Huawei Marine, went live in March.", "operational",
     {"Huawei Marine": "contractor"}),
])
def test_works_finished_begun_paid_for_by_a_state_or_named_with_their_builder(said, status, parties):
    """"has finished building", "finished the installation of": a work done (had been no deal); "Work began last month
    on a … cable, built by …": begun, not done; "financed by China": the state that pays for it; "The Chinese-built
    Zentrix Cable Express": the work named with who built it, no body."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10").candidates
    assert c.kind == "project" and c.status == status
    assert {p.name: p.role for p in c.parties} == parties


@pytest.mark.parametrize("said, name, country", [
    ("Kenya's state-owned Zentrix signed a contract with Huawei.", "Zentrix", "KEN"),
    ("Huawei signed a contract with Ghana's government-owned Zentrix.", "Zentrix", "GHA"),
    ("Huawei signed a contract with state-run Zentrix on Monday.", "Zentrix", None),
    ("Kyrgyz state enterprise Zentrix signed a contract with Huawei.", "Zentrix", "KGZ"),
])
def test_a_firm_named_after_who_owns_it_or_what_it_is_is_a_side(said, name, country):
    """"Kenya's state-owned Zentrix signed …", "with Ghana's government-owned Zentrix": the firm after the words that say
    who owns it stands where a side stands (it had been lost, and the deal had one side); "Kyrgyz state enterprise Zentrix":
    a firm after what it is."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    firm = next(p for p in c.parties if p.name == name)
    assert firm.country == country and firm.role == "signatory"


@pytest.mark.parametrize("said, name, country", [
    ("Laos' Ministry of Technology and Communications signed an agreement with China Mobile.",
     "Ministry of Technology and Communications", "LAO"),
    ("Huawei signed an MoU with the Philippines' Department of Zentrix Affairs.", "Department of Zentrix Affairs", "PHL"),
    ("Kenya's ministry of ICT and Huawei signed an MoU in Nairobi.", "ministry of ICT", "KEN"),
    ("Huawei signed a contract with Ghana's ministry of communications and digitalisation on Monday.",
     "ministry of communications and digitalisation", "GHA"),
    ("The Kenyan ministry of information and communications signed a deal with ZTE last week.",
     "ministry of information and communications", "KEN"),
])
def test_a_ministry_after_a_possessive_apostrophe_or_written_in_small_letters(said, name, country):
    """"Laos' Ministry of …": the ministry of the state whose possessive is its apostrophe alone (it had been named with
    "Laos'" and no country, or beside the state itself); "Kenya's ministry of ICT", "the Kenyan ministry of information
    and communications": a ministry in small letters, up to the verb or the other side (it had been lost)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert [(p.name, p.country, p.kind) for p in c.parties if p.country != "CHN"] == [(name, country, "ministry")]


def test_officials_of_two_peoples_who_sign_sign_for_both_states():
    """"Chinese and Iranian officials signed a cooperation agreement": both states (China had been lost) — but officials
    who only meet sign nothing."""
    (c,) = extract_article("Example headline\n\nChinese and Iranian officials signed a cooperation agreement on 5G.\n"
                           ).candidates
    assert {p.country for p in c.parties} == {"CHN", "IRN"}
    assert extract_article("Example headline\n\nChinese and Iranian officials met in Tehran on Monday.\n").candidates == []


@pytest.mark.parametrize("said, kind, parties", [
    ("Huawei has offered to build a national data centre for the Zambian government.", "proposal",
     {"Huawei", "Zambian government"}),
    ("Huawei is bidding for the contract to build the national broadband network of Zentrix.", "proposal",
     {"Huawei", "Zentrix"}),
    ("China Mobile is among the bidders for the fourth mobile licence of Ethio Telecom.", "proposal",
     {"China Mobile", "Ethio Telecom"}),
    ("Huawei presented a proposal to the Kenyan Ministry of ICT to digitise schools.", "proposal",
     {"Huawei", "Ministry of ICT"}),
    ("ZTE has expressed interest in building Ethio Telecom's 5G network.", "proposal", {"ZTE", "Ethio Telecom"}),
    ("Huawei pitched its smart city solution to the Lagos State government.", "proposal",
     {"Huawei", "Lagos State government"}),
    ("The Solomon Islands government was considering an offer by Huawei to build the cable.", "proposal",
     {"Solomon Islands government", "Huawei"}),
    ("Officials from Huawei met the Ministry of ICT of Kenya to discuss the construction of a data centre.", "talks",
     {"Huawei", "Ministry of ICT of Kenya"}),
    ("Huawei is the contractor for the National Data Centre in Dar es Salaam.", "contract", {"Huawei"}),
])
def test_works_offered_bid_for_pitched_or_talked_of_and_a_contractor_by_a_copula(said, kind, parties):
    """"has offered to build", "is bidding for", "is among the bidders for", "presented a proposal to", "expressed
    interest in building", "pitched its … solution to", "an offer by Huawei to build": proposals (they had been no deal,
    a project with no status, or a contract not yet won); "met … to discuss the construction of": talks; "is the
    contractor for": a contract (only "the main contractor" had been read)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == kind
    assert {p.name for p in c.parties} >= parties


@pytest.mark.parametrize("said, kind, status, roles", [
    ("Over 100 towers have been erected by Huawei in rural Zambia.", "project", "completed", {"Huawei": "contractor"}),
    ("The safe city system includes 1,800 cameras supplied by Huawei.", "contract", None, {"Huawei": "supplier"}),
    ("Huawei provided the technology for the Smart Zambia project.", "contract", None, {"Huawei": "contractor"}),
    ("Huawei has been operating the network since 2012 under a managed services deal.", "contract", "operational",
     {"Huawei": "contractor"}),
])
def test_works_erected_goods_supplied_by_a_vendor_or_provided_for_a_named_work_and_a_network_run_under_a_deal(
        said, kind, status, roles):
    """"have been erected by Huawei": a work done; "cameras supplied by Huawei" in a work the sentence names, "provided the
    technology for the Smart Zambia project": goods sold for it (only the active "supplied cameras for …" had been read);
    "has been operating the network … under a managed services deal": a contract in force."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10").candidates
    assert (c.kind, c.status) == (kind, status)
    assert {p.name: p.role for p in c.parties} == roles


@pytest.mark.parametrize("said", [
    "Huawei has provided ICT solutions for the country's major networks.",
    "Huawei will provide financing solutions for the PEACE project.",
    "The company's systems, supplied by ZTE, serve 2 million customers.",
])
def test_goods_provided_for_no_named_work_or_money_provided_are_no_sale(said):
    """What a firm's record says it provides ("ICT solutions for the country's major networks"), money provided for a
    project, goods supplied for no work named: no contract."""
    assert [c.kind for c in extract_article(f"Example headline\n\n{said}\n").candidates if c.kind == "contract"] == []


def test_a_contract_got_two_firms_each_with_its_head_word_and_a_trades_word_inside_one_name():
    """"Huawei got the contract for the core network of Ethio Telecom": won (it had been no deal); "contracts with Zentrix
    Telecom and Orion Networks": two firms, each with its head word, one contract each (they had been one name); but
    "Kenya Power and Lighting Company" is one firm (a trade's word after "and"; it had been cut in two)."""
    (c,) = extract_article("Example headline\n\nHuawei got the contract for the core network of Ethio Telecom.\n").candidates
    assert (c.kind, c.status, {p.name for p in c.parties}) == ("contract", "signed", {"Huawei", "Ethio Telecom"})
    cands = extract_article("Example headline\n\nHuawei signed contracts with Zentrix Telecom and Orion Networks for 5G "
                            "equipment.\n").candidates
    assert sorted(p.name for c in cands for p in c.parties if p.name != "Huawei") == ["Orion Networks", "Zentrix Telecom"]
    assert len(cands) == 2
    (c,) = extract_article("Example headline\n\nHuawei signed an MoU with Kenya Power and Lighting Company.\n").candidates
    assert {p.name for p in c.parties} == {"Huawei", "Kenya Power and Lighting Company"}


@pytest.mark.parametrize("said, clients", [
    ("Huawei has won contracts from Safaricom and Airtel Kenya.", [None, None]),
    ("ZTE signed a $30 million contract with Safaricom and a $20 million deal with Airtel Kenya on Monday.",
     [(30000000, "USD"), (20000000, "USD")]),
])
def test_contracts_from_several_clients_or_each_with_its_sum_are_one_each(said, clients):
    """"has won contracts from Safaricom and Airtel Kenya": one contract each client awards (only "contracts with" had been
    split); "a $30 million contract with Safaricom and a $20 million deal with Airtel Kenya": one each, with its own sum
    (only "$600 million to Huawei and $500 million to ZTE" had been)."""
    cands = extract_article(f"Example headline\n\n{said}\n").candidates
    assert [next(p.name for p in c.parties if p.country == "KEN") for c in cands] == ["Safaricom", "Airtel Kenya"]
    assert [c.amounts[0] if c.amounts else None for c in cands] == clients
    assert all(p.role == "signatory" for c in cands for p in c.parties if p.country == "KEN")


@pytest.mark.parametrize("said, parties", [
    ("The ICT park was built with a $50 million soft loan from China.", {"China": "financier"}),
    ("The ICT park was built by Huawei with a $50 million soft loan from China.",
     {"Huawei": "contractor", "China": "financier"}),
    ("Exim Bank of China financed the $330 million Zentrix Broadband Network.", {"Exim Bank of China": "financier"}),
])
def test_a_state_that_lends_for_a_work_and_a_work_financed_is_no_party(said, parties):
    """"built with a $50 million soft loan from China": the state lends for the work, a party of it (the work had had no
    party, or only its builder); "financed the $330 million Zentrix Broadband Network": the work paid for, no party."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert {p.name: p.role for p in c.parties} == parties


@pytest.mark.parametrize("said, kind, parties", [
    ("ZTE and Telkom Indonesia announced a partnership on 5G.", "other", {"ZTE", "Telkom Indonesia"}),
    ("Huawei and MTN Nigeria have extended their partnership on network modernisation.", "other", {"Huawei", "MTN Nigeria"}),
    ("Huawei became a strategic partner of the Rwanda Information Society Authority.", "other",
     {"Huawei", "Rwanda Information Society Authority"}),
    ("The memorandum between Huawei and the Ministry of ICT of Kenya covers digital skills.", "mou",
     {"Huawei", "Ministry of ICT of Kenya"}),
])
def test_partnerships_announced_extended_or_joined_and_a_memorandum_told_first_as_the(said, kind, parties):
    """"A and B announced a partnership on 5G", "have extended their partnership", "became a strategic partner of": a
    partnership (they had been no deal); "The memorandum between A and B covers …": the memorandum, told first with "the"
    (only "a memorandum between" or "the 2019 memorandum between" had been read)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == kind and {p.name for p in c.parties} == parties


@pytest.mark.parametrize("when, date", [
    ("on Wednesday last week", "2021-03-03"),
    ("last week on Monday", "2021-03-01"),
    ("in the last week of February", "2021-02"),
    ("at the end of January", "2021-01"),
    ("in the autumn of 2019", "2019"),
    ("on 2020-12-31", "2020-12-31"),
])
def test_a_weekday_of_last_week_a_months_week_a_season_and_an_iso_date(when, date):
    """Published on Wednesday 10 March 2021: "on Wednesday last week" is 3 March (it had been the publication's own day),
    "last week on Monday" 1 March; "in the last week of February" is February (it had been read as "last week", March);
    "at the end of January" January; "in the autumn of 2019" 2019 and "on 2020-12-31" that day (both had been no date, or
    the year alone)."""
    (c,) = extract_article(f"Example headline\n\nHuawei signed an MoU with Safaricom {when}.\n",
                           published="2021-03-10").candidates
    assert c.date == date


@pytest.mark.parametrize("said, kind", [
    ("Zentrix and Orion signed deals worth $7.8 billion for energy, agriculture, telecommunications, infrastructure and "
     "finance.", "other"),
    ("Zentrix signed cooperation agreements with Orion Networks on Monday, with investment topping 10 billion yuan.",
     "other"),
    ("Huawei signed a $30 million agreement with Safaricom for a data centre.", "contract"),
])
def test_a_sum_makes_a_contract_of_an_agreement_but_not_of_cooperation_or_of_many_fields(said, kind):
    """"deals worth $7.8 billion for energy, agriculture, telecommunications, …", "cooperation agreements … with
    investment topping 10 billion yuan": agreements of many fields or of cooperation, no one work bought (a sum had made
    them contracts) — but "a $30 million agreement … for a data centre" is one."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == kind


def test_goods_delivered_for_a_named_project_are_sold_and_a_firms_record_of_projects_abroad_is_no_deal():
    """"delivered 3,000km of submarine optical cable for Chile FOA Project": goods sold for a work named (delivered had been
    read only as built); "has now delivered over 10,000km of … cable for projects overseas": a firm's record, no deal."""
    text = ("Example headline\n\nZentrix Cable delivered 3,000km of submarine optical cable for Chile FOA Project.\n\n"
            "Zentrix Cable said it has now manufactured and delivered over 10,000km of submarine optical cable for projects "
            "overseas.\n")
    (c,) = extract_article(text).candidates
    assert c.kind == "contract"


@pytest.mark.parametrize("said, status, roles", [
    ("Tencent snapped up a 10% stake in Zentrix Payments last year.", "completed",
     {"Tencent": "owner", "Zentrix Payments": "partner"}),
    ("China Telecom took a 30% stake in the Philippine operator Zentrix.", "completed",
     {"China Telecom": "owner", "Zentrix": "partner"}),
    ("China Mobile International has taken over the Pakistani operator Zentrix.", "completed",
     {"China Mobile International": "owner", "Zentrix": "partner"}),
    ("China Mobile will pay $500 million for a 26% stake in Zentrix Telecom.", "announced",
     {"China Mobile": "owner", "Zentrix Telecom": "partner"}),
    ("Orion Networks divested its stake in Zentrix Marine to Hengtong.", "completed",
     {"Orion Networks": "signatory", "Zentrix Marine": "partner", "Hengtong": "owner"}),
])
def test_a_stake_snapped_up_taken_paid_for_or_divested_is_a_purchase(said, status, roles):
    """"snapped up a 10% stake in", "took a 30% stake in", "has taken over the … operator", "will pay … for a 26% stake in",
    "divested its stake in X to Y": purchases (they had been no deal: no verb of buying), the buyer the owner, the seller
    who signs, the firm bought a partner."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10").candidates
    assert (c.kind, c.status) == ("acquisition", status)
    assert {p.name: p.role for p in c.parties} == roles


@pytest.mark.parametrize("headline, kind, status, parties", [
    ("Huawei to build Kenya's national data centre", "project", "announced", {"Huawei", "Kenya"}),
    ("ZTE wins Ethiopia 4G contract", "contract", "signed", {"ZTE", "Ethiopia"}),
    ("China Exim lends Kenya $200m for Konza data centre", "loan", "signed", {"China Exim", "Kenya"}),
])
def test_a_headlines_future_a_countrys_contract_by_its_name_and_a_headlines_loan(headline, kind, status, parties):
    """A headline's "Huawei to build …": announced (it had no status); "ZTE wins Ethiopia 4G contract": Ethiopia's
    contract, told by the country's name (only "Ethiopian" had been read); "China Exim lends Kenya $200m": lent (no status
    had been read from the present)."""
    (c,) = extract_article(f"{headline}\n\nThe report gave no more details.\n").candidates
    assert (c.kind, c.status) == (kind, status)
    assert {p.name for p in c.parties} == parties


def test_a_share_bought_of_a_firm_and_grants_as_a_noun():
    """"China Mobile has bought 20% of Zentrix Telecom": the firm the share is of (it had been lost); "millions of pa'anga
    in grants": a noun, no loan lent."""
    (c,) = extract_article("Example headline\n\nChina Mobile has bought 20% of Zentrix Telecom.\n").candidates
    assert {p.name: p.role for p in c.parties} == {"China Mobile": "owner", "Zentrix Telecom": "partner"}
    text = ("Example headline\n\nThe aid package, which includes millions of pa'anga in grants, includes a soft loan that "
            "China will provide to Tonga.\n")
    assert [c.status for c in extract_article(text).candidates if c.kind == "loan"] == ["announced"]


@pytest.mark.parametrize("said, kind, status, country", [
    ("Huawei and UNESCO launched a digital skills programme for teachers in the University of Lagos.", "training_programme",
     "operational", "NGA"),
    ("Huawei will train 1,000 civil servants under an agreement with the University of Nairobi.", "training_programme",
     "announced", "KEN"),
])
def test_a_skills_programme_training_to_come_and_a_university_named_after_its_city(said, kind, status, country):
    """"a digital skills programme": a training programme (only "a training programme" had been read) — not "Huawei's
    Digitech Talent program", a firm's scheme named in capitals; "will train 1,000 civil servants": announced (no status
    had been read); "the University of Lagos", "the University of Nairobi": of the country of the one city of that name
    (no country had been given)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == (kind, status)
    assert [p.country for p in c.parties if p.kind == "university"] == [country]


@pytest.mark.parametrize("said", [
    "China Development Bank and Zentrix — a Belarusian state telecoms operator — signed a $60 million loan agreement.",
    "China Development Bank and Zentrix - a Belarusian state telecoms operator - signed a $60 million loan agreement.",
])
def test_a_firm_described_between_dashes_is_the_side_not_its_people(said):
    """"… and Zentrix — a Belarusian state telecoms operator — signed …": Zentrix, of Belarus, borrows (it had been lost
    and Belarus's government put in its place: the people's word describes the firm)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert {p.name: (p.role, p.country) for p in c.parties} == {"China Development Bank": ("financier", "CHN"),
                                                                 "Zentrix": ("signatory", "BLR")}


@pytest.mark.parametrize("said, kind, status", [
    ("The system, constructed by the China National Electronics Import and Export Corporation (CEIEC), came into service "
     "in 2012.", "project", "operational"),
    ("China Mobile has also activated the eastern routes of the Zentrix cable.", "project", "operational"),
    ("In Togo, 500 buildings will be connected by a US$22m fibre optic network built by Huawei.", "project", "announced"),
    ("According to their Memorandum of Understanding (MoU), both Telekom Malaysia and ZTE will collaborate on 5G.", "mou",
     "signed"),
    ("Zambia received a $30 million loan from China Exim Bank.", "loan", "signed"),
    ("Following a deal signed between Huawei and Zentrix Telecom, the network was upgraded.", "contract", "signed"),
])
def test_works_told_by_who_built_them_or_what_they_will_do_an_mou_by_its_terms_a_loan_received(said, kind, status):
    """"The system, constructed by CEIEC, came into service": a work (a system had been no work's noun); "activated the
    eastern routes of the … cable": put into service; "will be connected by a … network built by Huawei": to come (the
    participle had made it done); "According to their MoU, both A and B will collaborate": the MoU, signed (no deal had
    been read); "received a $30 million loan": lent (no status); "a deal … , the network was upgraded": a contract (it had
    been an agreement of no kind)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == (kind, status)


def test_a_project_won_from_a_client_is_the_clients_and_both_sides_after_both():
    """"secured a Tk 463 crore 5G infrastructure project from Bangladesh Telecommunications Company Limited": the client
    who awards it signs (it had been made the project's financier); "both Telekom Malaysia and ZTE will …": both sides."""
    (c,) = extract_article("Example headline\n\nHuawei secured a Tk 463 crore 5G infrastructure project from Bangladesh "
                           "Telecommunications Company Limited (BTCL).\n").candidates
    assert {p.role for p in c.parties if p.country == "BGD"} == {"signatory"}
    (c,) = extract_article("Example headline\n\nAccording to their MoU, both Telekom Malaysia and ZTE will collaborate on "
                           "5G.\n").candidates
    assert {p.name for p in c.parties} == {"Telekom Malaysia", "ZTE"}


@pytest.mark.parametrize("said, date", [
    ("Huawei signed the contract with Safaricom on 22 December last year.", "2020-12-22"),
    ("Huawei signed the contract with Safaricom on 2 March this year.", "2021-03-02"),
])
def test_a_day_and_month_with_the_year_said_in_words(said, date):
    """Published 10 March 2021: "on 22 December last year" is 2020-12-22, "on 2 March this year" 2021-03-02 — the year
    said ("this year" had been read as the year before for a date after the publication's: "on 22 December this year")."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10").candidates
    assert c.date == date
    (c,) = extract_article("Example headline\n\nHuawei will sign the contract with Safaricom on 22 December this year.\n",
                           published="2021-03-10").candidates
    assert c.date == "2021-12-22"


@pytest.mark.parametrize("said, firm, country", [
    ("The deal is a contract between the Government of Ghana and Chinese company, Beijing Everywhere Traffic & Lighting "
     "Tech. Co.", "Beijing Everywhere Traffic & Lighting Tech", "CHN"),
    ("The Government of Ghana signed a contract with Chinese firm, Zentrix Networks, for traffic lights.", "Zentrix Networks",
     "CHN"),
    ("China's Exim bank will lend Nigeria $328 million for the national ICT project.", "Export-Import Bank of China", "CHN"),
])
def test_a_firm_after_its_people_and_a_comma_a_name_with_an_ampersand_and_the_exim_bank_in_small_letters(said, firm,
                                                                                                          country):
    """"Chinese company, Beijing Everywhere Traffic & Lighting Tech. Co": the firm after its people's word, what it is and
    a comma, and a name with "&" inside (it had been lost, read as two names); "China's Exim bank will lend": China's
    Export-Import Bank ("bank" in small letters had made no party, and no deal)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (firm, country) in {(p.name, p.country) for p in c.parties}


@pytest.mark.parametrize("said, kind, status", [
    ("Bolivia and China signed an agreement on Thursday that paves the way for the acquisition of a $300 million Chinese "
     "telecommunications satellite.", "contract", "signed"),
    ("Huawei and ETECSA have recently signed an agreement for the acquisition by Cuba of new smart phone products.",
     "contract", "signed"),
    ("The acquisition of Zentrix Systems by Huawei was completed.", "acquisition", "completed"),
])
def test_goods_acquired_are_bought_under_a_contract_and_a_purchase_that_was_completed(said, kind, status):
    """"the acquisition of a $300 million Chinese telecommunications satellite", "the acquisition by Cuba of new smart phone
    products": goods bought under the agreement, a contract (they had been purchases of a company, its vendor the owner) —
    but "the acquisition of Zentrix Systems" is a firm's; "The acquisition … was completed": completed (it had been read
    as a work put into service)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10").candidates
    assert (c.kind, c.status) == (kind, status)


@pytest.mark.parametrize("said, kind, status", [
    ("China Development Bank has agreed to provide a commercial loan to Bolivia for the project's costs.", "loan",
     "announced"),
    ("China agreed to provide loans to Bangladesh for projects including roads and bridges.", "pledge", "announced"),
    ("Zambia and China signed an agreement under which China agreed to provide a $30 million loan.", "loan", "signed"),
])
def test_a_loan_a_lender_agreed_to_provide_is_that_loan_to_come_and_loans_agreed_are_a_pledge(said, kind, status):
    """"has agreed to provide a commercial loan to Bolivia": that loan, to come (it had been a pledge, signed); "agreed to
    provide loans to Bangladesh for projects …": money promised, a pledge, to come (it had been signed) — but an
    agreement signed that says so is signed."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == (kind, status)


@pytest.mark.parametrize("text, parties", [
    ("Example headline\n\nHuawei signed an MoU with Ghana's Ministry of Communications to share its expertise in the areas "
     "of Information Communication Technology (ICT).\n", {"Huawei", "Ministry of Communications"}),
    ("Example headline\n\nThe MoU was signed by Lai Chaosen, CEO of Huawei Indonesia, and Budi Hartawan, S.E., M.A., "
     "Director General of Manpower.\n", {"Huawei Indonesia"}),
    ("Example headline\n\nNo information was immediately available from the Foreign Ministry on the terms of the "
     "concessional loan from China.\n", {"China"}),
    ("Chinese Company Wins Iraqi Contract\n\nZTE signed a $5 million contract with the Iraqi Ministry of Communications.\n",
     {"ZTE", "Ministry of Communications"}),
    ("Example headline\n\nZTE won a contract with TCI; the equipment included IBM servers, switches made by Cisco Systems "
     "and database software from Oracle Corp.\n", {"ZTE", "TCI"}),
])
def test_a_field_a_persons_degrees_who_did_not_tell_a_peoples_firm_and_the_makers_of_goods_are_no_sides(text, parties):
    """"in the areas of Information Communication Technology": a field; "Budi Hartawan, S.E., M.A.": a person and his
    degrees; "No information was immediately available from the Foreign Ministry": who was asked; a headline's "Chinese
    Company": a people's word and a firm's noun; "switches made by Cisco Systems and database software from Oracle Corp":
    the makers of goods within the deal's — none of them a side (each had been one)."""
    cands = extract_article(text).candidates
    assert {p.name for c in cands for p in c.parties} == parties


def test_a_headlines_work_to_come_joined_by_a_work_done_in_the_body_is_done_and_a_proposal_to_parliament_is_none():
    """"China to build, launch 3rd Lakeland satellite" and "In 2008 China launched Lakeland's first satellite": the headline's
    announced work, joined by the body's work done, takes the done status (the joined candidate had stayed announced and,
    with one party, been dropped as a firm's own plan)."""
    text = ("China to build, launch 3rd Venezuelan satellite\n\nVenezuela on Sunday signed an agreement with a Chinese "
            "state-owned company to build the country's third satellite.\n\nIn 2008 China launched Venezuela's first "
            "satellite, the Venesat-1.\n")
    assert ("project", "operational", "2008") in {(c.kind, c.status, c.date)
                                                  for c in extract_article(text, published="2014-10-06").candidates}
    # ("submitted a proposal to parliament seeking approval for the loan": a government to its lawmakers, no partnership)
    text = ("Example headline\n\nThe ministry said the government had submitted a proposal to parliament seeking approval "
            "for the loan.\n")
    assert [c.kind for c in extract_article(text).candidates] == []


def test_a_headlines_state_that_lends_through_its_bank_is_the_bank():
    """"China loans Nigeria $328 million …" over "China's Exim bank will lend Nigeria $328 million …": the state lends
    through its bank, which is the party (the headline's China had stayed beside its bank)."""
    text = ("China loans Nigeria $328 million to boost telecoms\n\nChina's Exim bank will lend Nigeria $328 million toward "
            "improving the country's telecoms infrastructure.\n")
    (c,) = extract_article(text).candidates
    assert [p.name for p in c.parties if p.role == "financier"] == ["Export-Import Bank of China"]


@pytest.mark.parametrize("said", [
    "Australia blocked Huawei from laying a submarine cable from Sydney to the Solomon Islands.",
    "Two years ago the Australian government stepped in to block a plan, initiated by Solomon Islands, for Huawei to build a "
    "submarine cable.",
])
def test_a_work_a_state_kept_a_firm_from_is_a_cancelled_proposal_the_state_no_side(said):
    """"Australia blocked Huawei from laying a submarine cable", "stepped in to block a plan … for Huawei to build a
    submarine cable": a proposal, cancelled (it had been no deal, or a project with no status and the state that blocked
    it a partner); the state that blocked it is no side."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("proposal", "cancelled")
    assert "AUS" not in {p.country for p in c.parties} and "Huawei" in {p.name for p in c.parties}


def test_the_state_that_initiated_a_plan_is_its_side():
    """"to block a plan, initiated by Solomon Islands, for Huawei to build a submarine cable": the state whose plan it was
    is a side of the proposal (it had been left out)."""
    (c,) = extract_article("Example headline\n\nThe Australian government stepped in to block a plan, initiated by Solomon "
                           "Islands, for Huawei to build a submarine cable.\n").candidates
    assert {p.name for p in c.parties} == {"Solomon Islands", "Huawei"}


def test_the_weekday_of_a_signing_by_both_sides_told_after_according_to():
    """"according to a contract signed by both countries on Thursday": the signing's weekday, though a teller's words come
    before it (only "signed on Thursday" had been read so)."""
    (c,) = extract_article("Example headline\n\nThe satellite will be built by China Great Wall, according to a contract "
                           "signed by both countries on Thursday.\n", published="2021-03-10").candidates
    assert c.date == "2021-03-04"


@pytest.mark.parametrize("said, kind, parties", [
    ("The result was the conclusion of an investment agreement with Huawei Technologies.", None, {"Huawei Technologies"}),
    ("Sri Lanka President inked agreement with Huawei company for digitization of schools", None, {"Sri Lanka", "Huawei"}),
    ("Nepal Telecom and China Telecom signed a commercial agreement on December 6, 2016.", "contract",
     {"Nepal Telecom", "China Telecom"}),
])
def test_an_agreement_concluded_a_states_president_who_signs_and_a_commercial_agreement(said, kind, parties):
    """"the conclusion of an investment agreement with Huawei": a deal signed, told by a noun (no deal had been read);
    "Sri Lanka President inked agreement with Huawei": the state signs (it had been left out); "signed a commercial
    agreement": a sale of service, a contract (it had been an agreement of no kind)."""
    (c,) = extract_article(f"{said}\n\nThe report gave no more details.\n").candidates
    assert c.status == "signed" and (kind is None or c.kind == kind)
    assert {p.name for p in c.parties} == parties


def test_a_meeting_where_both_sides_discussed_a_work_is_talks():
    """"Zentrix met up with Alibaba's Vice President, Liu Song, in Hangzhou, where they discussed a data centre": talks of
    the two (only "met … to discuss" had been read, and "X met up with" named no side)."""
    (c,) = extract_article("Example headline\n\nZentrix met up with Alibaba's Vice President, Liu Song, in Hangzhou, where "
                           "they discussed a data centre in Chile.\n").candidates
    assert c.kind == "talks" and {p.name for p in c.parties} == {"Zentrix", "Alibaba"}


def test_a_committee_is_a_body_named_again_with_the_and_one_that_approves_is_no_side():
    """"The State Customs Committee of Azerbaijan …" then "The Committee and Huawei have signed a protocol of intent": the
    committee, named in full ("Committee" had been no body's head word, and the deal had lost its side); "The Economic
    Coordination Committee (ECC) of the Cabinet has approved an amount … to be paid to Huawei, as per the contract": a
    government's committee that approves, no side."""
    text = ("Example headline\n\nThe State Customs Committee of Azerbaijan met Huawei in Baku.\n\nThe Committee and Huawei "
            "have signed a protocol of intent on smart customs.\n")
    (c,) = extract_article(text).candidates
    assert {p.name for p in c.parties} == {"State Customs Committee of Azerbaijan", "Huawei"}
    text = ("Example headline\n\nThe Economic Coordination Committee (ECC) of the Cabinet has approved an amount of Rs 1.72 "
            "billion to be paid to Huawei, as per the contract signed with the Ministry of Interior of Pakistan.\n")
    assert not any("Committee" in p.name for c in extract_article(text).candidates for p in c.parties)


@pytest.mark.parametrize("said, parties", [
    ("Safaricom is expected to pick Huawei for its 5G core network.", {"Safaricom", "Huawei"}),
    ("The joint venture of Zentrix and Orion is set to choose ZTE for network upgrades worth around 1 billion euros.",
     {"ZTE"}),
])
def test_a_vendor_to_be_chosen_is_a_contract_to_come(said, parties):
    """"is expected to pick Huawei for its 5G core network", "The joint venture of … is set to choose ZTE for network
    upgrades": a contract, announced (no deal had been read; a venture that hires a vendor had been read as the venture)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.status) == ("contract", "announced")
    assert {p.name for p in c.parties} >= parties


@pytest.mark.parametrize("said", [
    "Pakistan and China signed an MoU on the fibre project during the Joint Cooperation Committee meeting.",
    "Pakistan and China signed an MoU at the 10th meeting of the Joint Cooperation Committee in Beijing.",
])
def test_a_committees_meeting_is_where_a_deal_is_signed_not_a_side(said):
    """"during the Joint Cooperation Committee meeting", "at the 10th meeting of the Joint Cooperation Committee": a meeting,
    where the deal is signed — the committee is no side (with "Committee" a body's head word it had become one)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert {p.country for p in c.parties} == {"PAK", "CHN"} and not any("Committee" in p.name for p in c.parties)


@pytest.mark.parametrize("said", [
    "Ethiopia has already signed a $700 million agreement with Huawei and will sign the other half of the deal with ZTE next "
    "week.",
    "Ethiopia has signed a $700 million contract with Huawei and plans to sign another with ZTE.",
])
def test_a_deal_signed_with_one_firm_and_one_to_come_with_another_are_two(said):
    """"has already signed a $700 million agreement with Huawei and will sign the other half of the deal with ZTE": two
    deals, one signed with Huawei (with the sum), one to come with ZTE, Ethiopia in both (they had been one, to come, with
    both vendors)."""
    cands = extract_article(f"Example headline\n\n{said}\n").candidates
    assert [(c.status, sorted(p.name for p in c.parties), c.amounts) for c in cands] == [
        ("signed", ["Ethiopia", "Huawei"], [(700000000, "USD")]), ("announced", ["Ethiopia", "ZTE"], [])]


@pytest.mark.parametrize("said, name", [
    ("The contract was signed with the China Academy of Launch Vehicle Technology (CALT) for the launch.",
     "China Academy of Launch Vehicle Technology"),
    ("Zentrix signed an MoU with the Institute for Award Studies of Orion.", "Institute for Award Studies of Orion"),
])
def test_a_capital_verb_word_after_of_or_for_is_inside_the_name(said, name):
    """"the China Academy of Launch Vehicle Technology (CALT)": "Launch" after "of" is a word of the name, not a headline's
    verb (the name had been cut to "China Academy of")."""
    names = {p.name for c in extract_article(f"Example headline\n\n{said}\n").candidates for p in c.parties}
    assert name in names


def test_a_capital_verb_word_after_of_is_inside_the_name_in_a_headline_too():
    """A first line cut short, mostly in capitals, read as a headline ("Orion Space Corporation (OSC) has signed a framework
    agreement with China Academy of Launch Vehicle Technology (CALT) and … Series Rockets…"): "Launch" after "of" is still
    the name's (it had been cut there as a headline's verb)."""
    text = ("Orion Space Corporation (OSC) has signed a framework agreement with China Academy of Launch Vehicle Technology "
            "(CALT) and China Academy of Space Technology (CAST) for 20 Long March 3A Series Rockets…\n\nOrion Space "
            "Corporation has signed a framework agreement.\n")
    names = {p.name for c in extract_article(text).candidates for p in c.parties}
    assert "China Academy of Launch Vehicle Technology" in names and "China Academy of" not in names


@pytest.mark.parametrize("said", [
    "The Orion Government launched a command centre in Zentra on Thursday.",
    "The Orion Government launched a command center in Zentra on Thursday.",
])
def test_a_command_centre_launched_is_a_surveillance_work(said):
    """"launched a command centre in Yaounde": a work put into service, tagged surveillance (only "command and control
    centre" had been a work's noun)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10").candidates
    assert (c.kind, c.status, c.technology) == ("project", "operational", ["surveillance"])


@pytest.mark.parametrize("said", [
    "The Orion Government launched a command centre to monitor 2000 CCTV cameras installed by Huawei, with 7000 more to be "
    "installed in the future.",
    "Huawei has installed 1,000 CCTV cameras in Zentra, and 500 more are to be installed by June.",
])
def test_more_of_a_work_to_be_installed_leaves_the_work_done(said):
    """"… 2000 CCTV cameras installed by Huawei, with 7000 more to be installed in the future": the work done is told, more
    of it is to come (the future had dropped the sentence, as it does "8,023 cameras will be installed")."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == "project" and "Huawei" in {p.name for p in c.parties}
    assert not extract_article("Example headline\n\n8,023 CCTV cameras will be installed by Huawei in Zentra.\n").candidates


def test_partnerships_announced_with_two_firms_are_one_each():
    """"ZTE today announced partnerships with major carriers MTN and Ooredoo to bring 5G …": one partnership with each,
    announced, ZTE in both (no candidate had been read: only "a partnership" was); "another partnership with" is read too,
    and "partnerships with 20 universities" names no partner, no candidate."""
    cands = extract_article("Example headline\n\nZTE today announced partnerships with major carriers MTN and Ooredoo to "
                            "bring 5G wireless technology to Africa.\n", published="2018-03-01").candidates
    assert [(c.status, c.date, sorted(p.name for p in c.parties)) for c in cands] == [
        ("announced", "2018-03-01", ["MTN", "ZTE"]), ("announced", "2018-03-01", ["Ooredoo", "ZTE"])]
    (c,) = extract_article("Example headline\n\nIn October Huawei announced another partnership with Zentrix College to "
                           "train students.\n", published="2017-11-20").candidates
    assert (c.date, {p.name for p in c.parties}) == ("2017-10", {"Huawei", "Zentrix College"})
    assert not extract_article("Example headline\n\nHuawei announced partnerships with 20 universities across Africa.\n"
                               ).candidates


def test_a_partnership_announced_is_the_mou_signed_with_the_same_sides():
    """"Huawei on Monday announced partnerships with the Zentra University and Orion Polytechnic, officially rebranding
    both schools as Huawei ICT Academies" then "Huawei has today signed a Memorandum of Understanding with Zentra
    University and Orion Polytechnic": one deal, the MoU (the partnerships had become candidates of their own, and the schools'
    new name a party)."""
    text = ("Example headline\n\nHuawei on Monday announced partnerships with the Zentra University and Orion "
            "Polytechnic, officially rebranding both schools as Huawei Information and Communication Technology (ICT) "
            "Academies.\n\nHuawei has today signed a Memorandum of Understanding with Zentra University and Orion "
            "Polytechnic to become Huawei ICT Academies.\n")
    (c,) = extract_article(text, published="2021-11-02").candidates
    assert c.kind == "mou" and {p.name for p in c.parties} == {"Huawei", "Zentra University", "Orion Polytechnic"}


def test_a_new_name_given_by_rebranding_is_no_side():
    """"…, officially rebranding both schools as Huawei Information and Communication Technology (ICT) Academies": the
    name the schools take, not a party (it had been one)."""
    text = ("Example headline\n\nHuawei signed an MoU with Zentra University and Orion Polytechnic, officially rebranding "
            "both schools as Huawei Information and Communication Technology (ICT) Academies.\n")
    (c,) = extract_article(text).candidates
    assert {p.name for p in c.parties} == {"Huawei", "Zentra University", "Orion Polytechnic"}


@pytest.mark.parametrize("said", [
    "China Development Bank will lend Bolivia $251m to build a satellite, according to a contract signed by both countries "
    "on Thursday.",
    "China Exim Bank lent Bolivia $251 million under a contract signed in La Paz.",
])
def test_a_sum_lent_under_a_contract_is_a_loan(said):
    """"will lend Bolivia $251m to build a satellite, according to a contract signed by both countries": the loan the
    contract writes, Bolivia its borrower (it had been a contract, and Bolivia no side)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2010-12-24").candidates
    assert c.kind == "loan" and c.amounts == [(251000000, "USD")]
    assert {p.name: p.role for p in c.parties}["Bolivia"] == "beneficiary"


@pytest.mark.parametrize("said", [
    "The Orion government and the Chinese bank finalized a loan agreement worth 295 million dollars on Monday.",
    "The Orion government signed a loan agreement with the Chinese bank on Monday.",
])
def test_the_chinese_bank_is_the_bank_named_before(said):
    """"The Bolivian government and the Chinese bank finalized a loan agreement" after "China Development Bank …": the
    Chinese bank named before, the lender (the loan had had only its borrower)."""
    text = f"Example headline\n\nChina Development Bank and Huawei met Orion officials in December.\n\n{said}\n"
    (c,) = extract_article(text, published="2013-02-20").candidates
    assert {p.name: p.role for p in c.parties}.get("China Development Bank") == "financier"


def test_a_peoples_officials_who_hand_over_a_work_are_its_state():
    """"Chinese officials on Thursday handed over a satellite ground station to Namibia": China's side gives the work (only
    Namibia had been named)."""
    (c,) = extract_article("Example headline\n\nChinese officials on Thursday handed over a satellite ground station to "
                           "Namibia.\n", published="2021-03-10").candidates
    assert {p.country for p in c.parties} == {"CHN", "NAM"} and c.kind == "project"


@pytest.mark.parametrize("said", [
    "The Ethiopian Remote Sensing Satellite-1, the African nation's first satellite, has been handed over to Ethiopia by China "
    "Academy of Space Technology.",
    "The Orion Remote Sensing Satellite 2 has been handed over to Ethiopia by China Academy of Space Technology.",
])
def test_a_numbered_satellite_is_a_work_not_a_party(said):
    """"The Ethiopian Remote Sensing Satellite-1 … has been handed over to Ethiopia by China Academy of Space Technology": a
    work with its number, no party (it had been one, an Ethiopian company)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert {p.name for p in c.parties} == {"Ethiopia", "China Academy of Space Technology"}


def test_a_teller_that_built_the_work_is_its_builder():
    """"… has been handed over to its Ethiopian operators, according to the China Academy of Space Technology, which
    designed and built the spacecraft": who tells is the builder here, a side (it had been no side, as a teller is); "according
    to a statement from the Ministry of Innovation" stays no side."""
    (c,) = extract_article("Example headline\n\nThe satellite has been handed over to Ethiopia, according to the China "
                           "Academy of Space Technology, which designed and built the spacecraft.\n").candidates
    assert {p.name: p.role for p in c.parties}.get("China Academy of Space Technology") == "contractor"
    (c,) = extract_article("Example headline\n\nThe satellite was handed over to Ethiopia, according to a statement from "
                           "the Ministry of Innovation.\n").candidates
    assert {p.name for p in c.parties} == {"Ethiopia"}


def test_a_body_named_without_its_country_is_the_one_of_the_deals_country():
    """"The Special Communication Organization signed a contract with China Telecom for a fibre optic link in Pakistan": a
    government body named without its country, in a deal of one country besides China, is the one the records know there
    — the Special Communications Organization, with its kind and country (it had been a new body, with none)."""
    text = ("Example headline\n\nThe Special Communication Organization signed a contract with China Telecom for a fibre "
            "optic link in Pakistan.\n")
    (c,) = extract_article(text).candidates
    sco = next(p for p in c.parties if p.name == "Special Communication Organization")
    assert (sco.id, sco.country, sco.new) == ("special-communications-organization", "PAK", False)


def test_a_lenders_branch_place_and_who_saw_a_document_are_no_sides():
    """"a €50 million loan from the Hong Kong branch of … Banco Santander, according to a document seen by ITWeb Africa":
    the lender is the bank, not where its branch is; the outlet that saw the document tells of the deal (both had been
    sides: Hong Kong a lender, the outlet a signatory)."""
    (c,) = extract_article("Example headline\n\nCameroon secured a €50 million loan from the Hong Kong branch of Spanish "
                           "multinational lender Banco Santander, according to a document seen by Zentrix News.\n").candidates
    assert {p.name for p in c.parties} == {"Cameroon", "Banco Santander"}


@pytest.mark.parametrize("said, builder", [
    ("The main contractor of the project is Huawei.", "Huawei"),
    ("The contractor for the national backbone project was ZTE.", "ZTE"),
])
def test_the_contractor_of_a_project_told_by_a_copula_is_a_contract(said, builder):
    """"The main contractor of the project is Huawei", "The contractor for the national backbone project was ZTE": a
    contract, the firm its contractor (only "The project's prime contractor is …" had been read)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == "contract" and {p.name: p.role for p in c.parties} == {builder: "contractor"}


def test_a_report_not_in_english_is_said_to_be_so(run, tmp_path):
    """A report in French gives no candidate, and the curator is told why on standard error (the rules read English);
    the candidates on standard output stay readable YAML. A report in English gets no such note."""
    french = tmp_path / "rapport.txt"
    french.write_text("Le groupe chinois a signé le 14 octobre une convention avec l'opérateur public pour la construction "
                      "d'un câble sous-marin entre les deux pays, financé à 85 % par la banque chinoise, selon le ministre "
                      "des Postes et Télécommunications.\n", encoding="utf-8")
    r = run("extract", french)
    assert r.exit_code == 0 and "rapport.txt does not read as English" in r.stderr
    assert yaml.safe_load(r.stdout)["partnerships"] is None
    english = tmp_path / "report.txt"
    english.write_text("Zentrix Telecom signed a contract with Huawei on Monday to build a fibre optic backbone across the "
                       "country, the ministry of communications said in a statement on Tuesday.\n", encoding="utf-8")
    r = run("extract", english)
    assert r.exit_code == 0 and "English" not in r.stderr and yaml.safe_load(r.stdout)["partnerships"]


def test_a_deal_ditched_is_cancelled():
    """"An agreement by China Mobile to acquire a stake in Taiwan's Far EasTone was ditched": cancelled (no status had been
    read); "shelved" too."""
    for said in ("An agreement by China Mobile to acquire a stake in Orion Telecom was ditched in 2009.",
                 "The government shelved the $300 million contract with Huawei."):
        (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
        assert c.status == "cancelled", said


def test_a_share_of_a_market_is_no_acquisition():
    """"CASC aims to acquire 10% market share in the communications satellite market in 2015": sales, no company bought
    (it had been an acquisition dated 2015); "agreed to acquire a 10% share in Orion Telecom" still is one."""
    assert not extract_article("Example headline\n\nCASC aims to acquire 10% market share in the communications satellite "
                               "market in 2015.\n").candidates
    (c,) = extract_article("Example headline\n\nChina Mobile agreed to acquire a 10% share in Orion Telecom.\n").candidates
    assert c.kind == "acquisition"


@pytest.mark.parametrize("said, builder", [
    ("The government of Orion has ordered a national fibre backbone network from Huawei Marine.", "Huawei Marine"),
    ("Orion Telecom purchased a 4G network from ZTE for $50 million.", "ZTE"),
])
def test_a_work_ordered_from_its_builder_is_a_contract(said, builder):
    """"has ordered a national fibre backbone network from Huawei Marine": a contract with its builder (no deal had been
    read: only goods ordered had been)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert c.kind == "contract" and builder in {p.name for p in c.parties} and len(c.parties) == 2


@pytest.mark.parametrize("said", [
    "ZTE agreed a credit facility of US$8 billion with China Development Bank in 2005.",
    "In 2005, ZTE and China Development Bank began strategic cooperation, agreeing a facility of US$8 billion.",
])
def test_a_facility_of_a_sum_is_a_loan(said):
    """"agreeing a facility of US$8 billion": a loan (only "a … facility from/with" had been one); "The facility of the
    data centre" is none."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.date, c.amounts) == ("loan", "2005", [(8000000000, "USD")])
    assert not extract_article("Example headline\n\nThe facility of the data centre covers 2,000 square metres.\n").candidates


@pytest.mark.parametrize("said, date", [
    ("Orion Telecom and PCCW Global signed a cooperation agreement for the cable, which is planned to go live in early "
     "2020.", None),
    ("Orion Telecom and PCCW Global signed a cooperation agreement in May 2018 for the cable, which is expected to be "
     "completed in 2020.", "2018-05"),
    ("Orion Telecom announced on June 3 that on May 31 it had signed a letter of intent with Huawei Marine.", "2020-05-31"),
    ("Huawei said on Monday that it signed a deal with Safaricom on Friday.", "2021-03-05"),
])
def test_the_date_of_a_deal_is_not_when_its_work_is_due_nor_when_it_is_told(said, date):
    """"…, which is planned to go live in early 2020": when the work is due, not the signing (it had dated the agreement
    2020); "announced on June 3 that on May 31 it had signed …": May 31 (it had been June 3); "said on Monday that it signed
    a deal … on Friday": Friday (no date had been read)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2021-03-10").candidates
    assert c.date == date


@pytest.mark.parametrize("said, date", [
    ("The contract between SCO and China Telecom was signed in June 2010, following an MoU signed in 2007.", "2010-06"),
    ("Following an MoU signed in 2007, SCO and China Telecom signed a contract in 2010.", "2010"),
])
def test_a_deal_told_as_what_came_before_is_not_the_one_signed(said, date):
    """"The contract … was signed in June 2010, following an MoU signed in 2007": the contract, dated 2010 (the MoU had
    given the deal its kind, and a fronted "Following an MoU signed in 2007," its date)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert (c.kind, c.date) == ("contract", date)


def test_the_vendor_that_landed_contracts_is_the_one_named_before():
    """"In the Middle East, the Chinese tech vendor has landed 9 commercial 5G contracts" after "Huawei said …": Huawei's
    contracts (the count had had no party: "landed" had not been read as winning)."""
    text = ("Example headline\n\nHuawei said on Monday it had won a new deal in Oman.\n\nIn the Middle East, the Chinese "
            "tech vendor has landed 9 commercial 5G contracts.\n")
    counted = next(c for c in extract_article(text).candidates if c.aggregate)
    assert counted.members["count"] == 9 and [p.name for p in counted.parties] == ["Huawei"]
    text = text.replace("In the Middle East, the", "So far, the")  # ("So far, the Chinese tech vendor has landed …")
    counted = next(c for c in extract_article(text).candidates if c.aggregate)
    assert [p.name for p in counted.parties] == ["Huawei"]


def test_a_loan_offered_is_a_proposal_with_its_bank_the_financier():
    """"China Exim Bank has offered a $500 million loan to Ghana": a proposal (it had been a loan, with no status), the
    bank its financier, Ghana named; "has held out its offer to fund the project … in soft loan" stays the loan."""
    (c,) = extract_article("Example headline\n\nChina Exim Bank has offered a $500 million loan to Ghana for its fibre "
                           "network.\n").candidates
    assert (c.kind, c.status) == ("proposal", "announced")
    assert {p.name: p.role for p in c.parties} == {"China Exim Bank": "financier", "Ghana": "partner"}
    (c,) = extract_article("Example headline\n\nChina Exim Bank has held out its offer to fund the project with this amount "
                           "of money in soft loan.\n").candidates
    assert c.kind == "loan"


@pytest.mark.parametrize("said", [
    "The cross border fibre optic cable project being launched by Orion and China will connect the two capitals.",
    "Huawei signed a contract with Orion Telecom to build a fibre backbone.\n\nThe backbone will be completed in four years.",
])
def test_a_work_being_launched_or_to_be_completed_is_not_done(said):
    """"the … project being launched by …", "will be completed in four years": under way or to come, neither operational
    nor completed (they had been)."""
    assert not any(c.status in ("operational", "completed")
                   for c in extract_article(f"Example headline\n\n{said}\n").candidates)


def test_a_firm_told_by_its_home_city_or_after_a_speaker_is_the_one_named_before():
    """"established a joint venture with the Beijing-based company" after China Unicom: China Unicom (the venture had had
    one side); "He said the Chinese company would take an equity stake in Nigcomsat" after China Great Wall: its buyer (the
    stake had had only the firm bought)."""
    text = ("Example headline\n\nChina Unicom said it would sell shares to SK Telecom.\n\nSK Telecom also established a joint "
            "venture with the Beijing-based company as part of the deal.\n")
    venture = next(c for c in extract_article(text).candidates if c.kind == "joint_venture")
    assert {p.name for p in venture.parties} == {"SK Telecom", "China Unicom"}
    text = ("Example headline\n\nChina Great Wall will build two satellites for Nigeria.\n\nHe said the Chinese company would "
            "take an equity stake in Nigcomsat, a company owned by the Federal Government.\n")
    stake = next(c for c in extract_article(text).candidates if c.kind == "acquisition")
    assert {p.name: p.role for p in stake.parties} == {"China Great Wall": "owner", "Nigcomsat": "partner"}


def test_an_agreement_on_strategic_partnership_is_a_framework_agreement():
    """"the Agreement on the Strategic Partnership of the Ministry of Interior and Huawei was signed": a framework agreement,
    as "a Strategic Partnership Agreement" is (it had been "other")."""
    (c,) = extract_article("Example headline\n\nIn February 2017 the Agreement on the Strategic Partnership of the Ministry "
                           "of Interior and Huawei was signed.\n").candidates
    assert (c.kind, c.date) == ("framework_agreement", "2017-02")


@pytest.mark.parametrize("said, body", [
    ("Huawei signed an MoU with Queen Mary University of London, represented by Professor Edmund Burke, to set up an ICT "
     "academy.", "Queen Mary University of London"),
    ("Huawei signed an MoU with King Abdullah University of Science and Technology to train engineers.",
     "King Abdullah University of Science and Technology"),
])
def test_a_body_named_after_a_sovereign_is_a_party_and_a_professor_a_person(said, body):
    """"Queen Mary University of London, represented by Professor Edmund Burke": the university (its royal first word had
    made it an office, and it was dropped), not the professor (he had been a company)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
    assert {p.name for p in c.parties} == {"Huawei", body}


@pytest.mark.parametrize("said", [
    "The supply contract between HMN Tech and the consortium has come into force.",
    "The supply contract between HMN Tech and the consortium came into force on May 12.",
])
def test_a_contract_with_a_consortium_in_force_is_a_signed_contract(said):
    """"The supply contract between HMN Tech and the consortium has come into force": a contract, signed (the consortium
    had made it a joint venture, and "has come into force" had not been read)."""
    (c,) = extract_article(f"Example headline\n\n{said}\n", published="2022-05-20").candidates
    assert (c.kind, c.status) == ("contract", "signed") and {p.name for p in c.parties} == {"HMN Tech"}


def test_two_sentences_a_page_glued_together_are_two():
    """"… to connect Manaus with Santarém.HMN Press Release …": two sentences with no space between them (the glued words
    had become a party, "Santarém.HMN Press Release"); "Alibaba.com" is still one name."""
    from graph.extract.text import sentences

    text = "HMN Tech will build a cable to connect Manaus with Santarém.HMN Press Release says the work starts in May."
    assert [s.text for s in sentences(text)] == ["HMN Tech will build a cable to connect Manaus with Santarém.",
                                                 "HMN Press Release says the work starts in May."]
    assert len(sentences("Alibaba.com signed a deal with Orion Telecom.")) == 1


def test_an_abbreviation_before_a_number_ends_no_sentence():
    """"The contract is listed as no. 24 of 29 agreements signed during the visit": one sentence (it had been cut after
    "no.", and the aggregate's sentence lost its first half); "The answer was no. Huawei …" is two."""
    from graph.extract.text import sentences

    for said in ("The contract is listed as no. 24 of 29 agreements signed during the visit.",
                 "Under art. 5 of the accord, ZTE supplies the radios.", "The loan is told of in vol. 3 of the report."):
        assert [s.text for s in sentences(said)] == [said]
    assert len(sentences("The answer was no. Huawei declined to comment.")) == 2
    (c,) = extract_article("Example headline\n\nThe cable contract is listed as no. 24 of 29 agreements that Orion "
                           "Telecom signed with Chinese firms last month.\n", published="2025-06-10").candidates
    assert (c.aggregate, c.members.get("count"), c.date) == (True, 29, "2025-05")


def test_a_negotiation_to_come_is_talks_not_what_it_is_about():
    """"Orion Telecom will soon negotiate with Telstra to join the consortium": talks to come between the two (it had
    been read as the consortium, Telstra a partner of it); the consortium signed before stays a joint venture."""
    for said in ("Orion Telecom will soon negotiate with Telstra to join the consortium.",
                 "Orion Telecom plans to negotiate with Zentrix to set up a joint venture for data centres."):
        (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
        assert (c.kind, c.status) == ("talks", "announced"), said
    (c,) = extract_article("Example headline\n\nOrion Telecom signed a consortium agreement with Zentrix to build a "
                           "submarine cable.\n").candidates
    assert c.kind == "joint_venture"


def test_a_fields_abbreviation_before_a_firm_is_no_name():
    """"… in Thai telecommunications and cable TV company True Corp.": TV says what the firm does (it had become a party
    named "TV"); so do "IT", "ICT", "5G" before a firm's description."""
    for said, firm in (("Zentrix Mobile agreed to buy a 20 percent stake in cable TV company Orion Corp. for $80 million.",
                        "Orion Corp."),
                       ("Huawei signed a contract with local IT company Orion Systems to build a data centre.",
                        "Orion Systems"),
                       ("ZTE won a deal from 5G operator Zentrix Mobile to supply radios.", "Zentrix Mobile")):
        names = {p.name for c in extract_article(f"Example headline\n\n{said}\n").candidates for p in c.parties}
        assert firm in names and not names & {"TV", "IT", "5G"}, said


def test_a_deal_told_as_just_done_takes_the_day_it_is_told():
    """"Orion Telecom announced Sunday that it has renewed its contract with Zentrix …": done as it is told, so dated by
    that day (2025-06-08 for a report of Tuesday 2025-06-10); a deal the telling dates otherwise keeps its own date, and a
    day someone merely spoke on dates nothing."""
    def dated(said):
        (c,) = extract_article(f"Example headline\n\n{said}\n", published="2025-06-10").candidates
        return c.date

    assert dated("Orion Telecom announced Sunday that it has renewed its contract with Zentrix to supply 5G radios.") == \
        "2025-06-08"
    assert dated("The ministry said on Monday that Huawei has won a contract to build the data centre.") == "2025-06-09"
    assert dated("Orion Telecom said on Monday that it signed a contract with Zentrix in March to supply 5G radios.") == \
        "2025-03"
    assert dated("Orion Telecom said on Monday that Zentrix supplies its 5G radios under a contract signed with Huawei.") \
        is None


def test_a_countrys_possessive_without_its_apostrophe_is_no_part_of_the_name():
    """"Malaysias Foreign Ministry signed an MoU with Chinas Ministry of Commerce": Malaysia's ministry and China's (they
    had been new bodies named "Malaysias Foreign Ministry", "Chinas Ministry of Commerce", of no country); names that end
    with an s stay whole ("the Philippines", "Laos")."""
    (c,) = extract_article("Example headline\n\nMalaysias Foreign Ministry signed an MoU with Chinas Ministry of Commerce "
                           "on digital trade.\n").candidates
    assert {(p.name, p.country) for p in c.parties} == {("Foreign Ministry", "MYS"), ("Ministry of Commerce", "CHN")}
    (c,) = extract_article("Example headline\n\nSri Lankas Mobitel signed a contract with Huawei to build a 5G network.\n"
                           ).candidates
    assert {(p.name, p.country) for p in c.parties} == {("Mobitel", "LKA"), ("Huawei", "CHN")}
    (c,) = extract_article("Example headline\n\nLaos Telecom signed a contract with ZTE to build a 5G network.\n"
                           ).candidates
    assert "Laos Telecom" in {p.name for p in c.parties}


def test_money_put_into_a_firm_is_a_stake_bought():
    """"Zentrix Capital ploughed $200m into Orion Pay", "Alibaba led a $1.1 billion funding round in Orion Mart": a stake
    bought, the investor its owner and the firm its partner (no deal had been read); money put into a country, a work or
    a field is no stake, and "The firm invested … in …" goes on with the deal told before."""
    for said, investor, firm in (("Zentrix Capital ploughed $200m into Orion Pay, a payments arm of Orion Telecom.",
                                  "Zentrix Capital", "Orion Pay"),
                                 ("Alibaba led a $1.1 billion funding round in Orion Mart last year.", "Alibaba", "Orion Mart"),
                                 ("Tencent invested $150 million in Orion Studios in 2017.", "Tencent", "Orion Studios")):
        (c,) = extract_article(f"Example headline\n\n{said}\n", published="2025-06-10").candidates
        assert (c.kind, c.status) == ("acquisition", "completed"), said
        assert {(p.name, p.role) for p in c.parties} == {(investor, "owner"), (firm, "partner")}, said
    for said in ("Huawei has invested $1.5 billion in South Africa over the past decade.",
                 "China Mobile invested $200 million in the Kumul Submarine Cable project.",
                 "Huawei invested $30 million in Cloud infrastructure in Kenya."):
        assert not [c for c in extract_article(f"Example headline\n\n{said}\n").candidates if c.kind == "acquisition"], said
    found = extract_article("Example headline\n\nZentrix Realty formed a joint venture with Orion Data in October 2021 to "
                            "run two data centres.\nThe firm invested $500 million in Orion Data, the company said.\n",
                            published="2022-01-10").candidates
    assert [c.kind for c in found] == ["joint_venture"]


def test_days_and_a_weekend_ago_date_a_deal_but_years_ago_do_not():
    """"three days ago" is that day and "last weekend" that weekend's month (both undated before); "two years ago" and
    "nearly three days ago" tell no date a careful reader would write, so none is given (the report of Tuesday 2025-06-10;
    the weekend before a Tuesday 2025-07-01 lies in June)."""
    def dated(said, published="2025-06-10"):
        (c,) = extract_article(f"Example headline\n\n{said}\n", published=published).candidates
        return c.date

    assert dated("Orion Telecom signed a contract with ZTE three days ago to build a 5G network.") == "2025-06-07"
    assert dated("Last weekend, Orion Telecom signed an MoU with Huawei on cloud services.") == "2025-06"
    assert dated("Orion Telecom signed an MoU with Huawei last weekend.", "2025-07-01") == "2025-06"
    assert dated("Orion Telecom signed a contract with ZTE two years ago to build a 5G network.") is None
    assert dated("Orion Telecom signed a contract with ZTE nearly three days ago.") is None


def test_what_a_known_body_is_said_before_its_name_is_no_party():
    """"Russia's State Space Corporation Roscosmos", "Chinese Information Communication Technology (ICT) solutions provider
    Huawei": what the known body is, told before its name (each had become a party of its own); two bodies named one
    after the other with "and" stay two."""
    for said, names in (("The deal was signed by Russia's State Space Corporation Roscosmos and the China National Space "
                         "Administration in Beijing.", {"Roscosmos", "China National Space Administration"}),
                        ("Chinese Information Communication Technology (ICT) solutions provider Huawei signed an MoU with the "
                         "Rwanda Information Society Authority.", {"Huawei", "Rwanda Information Society Authority"}),
                        ("Orion Telecom Corporation and Huawei signed an MoU on cloud services.",
                         {"Orion Telecom Corporation", "Huawei"})):
        (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
        assert {p.name for p in c.parties} == names, said


def test_a_country_and_a_legal_form_after_a_firms_name_are_its_units_not_a_state():
    """"between the Kaduna State Government and Huawei Technologies Company, Nigeria Limited": the tail of the firm's
    name (Nigeria's government had become a third signatory); "with Nigeria and Huawei" still names the state."""
    (c,) = extract_article("Example headline\n\nThe MoU was signed between the Kaduna State Government and Huawei "
                           "Technologies Company, Nigeria Limited at the Huawei office.\n").candidates
    assert "government-of-nigeria" not in {p.id for p in c.parties} and "huawei-technologies" in {p.id for p in c.parties}
    (c,) = extract_article("Example headline\n\nThe MoU was signed between Nigeria and Huawei Technologies in Abuja.\n"
                           ).candidates
    assert "government-of-nigeria" in {p.id for p in c.parties}


def test_a_firms_academy_is_the_firm_and_a_bodys_country_after_its_name_is_no_party():
    """"The Huawei ICT Academy at Kenyatta University": Huawei's own scheme, so Huawei the party (a new "university"
    before); "The Higher Education Commission (HEC), Pakistan signed …": the commission's country, no state party of its
    own; "Ain Shams University" is of no country its name gives (its first word had read as France's Ain)."""
    (c,) = extract_article("Example headline\n\nThe Huawei ICT Academy at Orion University was launched in 2019.\n"
                           ).candidates
    assert "huawei-technologies" in {p.id for p in c.parties} and "Huawei ICT Academy" not in {p.name for p in c.parties}
    (c,) = extract_article("Example headline\n\nThe Higher Education Commission (HEC), Pakistan signed an MoU with Huawei "
                           "to set up ICT academies.\n").candidates
    assert "government-of-pakistan" not in {p.id for p in c.parties}
    assert ("Higher Education Commission", "PAK") in {(p.name, p.country) for p in c.parties}
    (c,) = extract_article("Example headline\n\nAin Shams University signed a cooperation agreement with Huawei to set up "
                           "an ICT academy.\n").candidates
    assert "FRA" not in c.countries and {p.country for p in c.parties if p.name == "Ain Shams University"} == {None}


def test_a_named_work_and_who_made_it_and_a_titled_memorandum_between_two_sides_are_deals():
    """"The ECU 911 service, developed by CEIEC, integrates …" and "the Smart Kigali initiative, supported by Huawei": a
    work and the firm that made it (no deal had been read); "covered by the Memorandum of Cooperation between the
    Government of Serbia and Huawei": that MoU, its two sides the parties (not "Memorandum of Cooperation" itself)."""
    (c,) = extract_article("Example headline\n\nThe Orion 911 service, developed by the China National Electronics Import "
                           "& Export Corporation, integrates police and ambulance calls in Ecuador.\n").candidates
    assert c.kind == "project" and ("China National Electronics Import & Export Corporation", "contractor") in \
        {(p.name, p.role) for p in c.parties}
    (c,) = extract_article("Example headline\n\nKigali has also adopted the Smart Kigali initiative, supported by Huawei.\n"
                           ).candidates
    assert c.kind == "project" and "huawei-technologies" in {p.id for p in c.parties}
    (c,) = extract_article("Example headline\n\nThe City of Nis was covered by the Memorandum of Cooperation between the "
                           "Government of Serbia and Huawei on the development of smart cities.\n").candidates
    assert c.kind == "mou" and {p.name for p in c.parties} == {"Government of Serbia", "Huawei"}


def test_a_status_word_in_what_a_deal_is_for_or_in_an_idiom_is_not_the_deals():
    """"signed an agreement on Wednesday … to hold test launches this year": signed, the launches what it is for (it had
    been operational); "Now the other shoe has dropped, and … Huawei signed an agreement": signed (it had been
    cancelled); "There were delays in the signing of the loan agreement": not signed yet."""
    def status(said):
        (c,) = extract_article(f"Example headline\n\n{said}\n", published="2025-06-10").candidates
        return c.status

    assert status("Orion Telecom and Huawei signed an agreement on Wednesday to develop 5G technologies and to hold test "
                  "launches this year.") == "signed"
    assert status("Now the other shoe has dropped, and the ministry announced that Huawei signed an agreement with Orion "
                  "Telecom.") == "signed"
    assert status("There were delays in the signing of the formal loan agreement with China Eximbank for the cable.") == \
        "announced"
    assert status("Orion Telecom dropped its contract with Huawei for the 5G core.") == "cancelled"


def test_a_news_agency_that_tells_of_a_deal_is_no_party_of_it():
    """"The State News Agency of Orionland (SNA) announced that Huawei signed …", "According to Chinese media, Xinhua News
    Agency, Huawei and the African Union recently signed …", "…, reported the national news agency, the Orionland Telegraph
    Agency": who tells of the deal (each had been a signatory or the borrower); a news agency that signs stays a party."""
    for said, kept in (("The State News Agency of Orionland (SNA) announced that Huawei signed an agreement with Orion "
                        "Telecom.", {"Huawei", "Orion Telecom"}),
                       ("According to Chinese media, Xinhua News Agency, Huawei and the African Union recently signed a "
                        "Memorandum of Understanding.", {"Huawei", "African Union"}),
                       ("Orion Telecom received a $32 million loan from China Exim Bank, reported the national news agency, "
                        "the Orionland Telegraph Agency.", {"Orion Telecom", "China Exim Bank"})):
        (c,) = extract_article(f"Example headline\n\n{said}\n").candidates
        assert {p.name for p in c.parties} == kept, said
    (c,) = extract_article("Example headline\n\nThe Orionland News Agency signed an MoU with Huawei on cloud services.\n"
                           ).candidates
    assert "Orionland News Agency" in {p.name for p in c.parties}


def test_a_country_helped_to_build_is_a_party_and_a_city_named_after_a_capital_is_not_it():
    """"with China agreeing to help Egypt build an optical remote-sensing satellite": Egypt, whom the work is for, a party
    (China had been the only one); "San Salvador de Jujuy, Argentina": Argentina's city, no word of El Salvador."""
    (c,) = extract_article("Example headline\n\nThe satellite contract was signed in January 2019, with China agreeing to "
                           "help Egypt build an optical remote-sensing satellite.\n").candidates
    assert {p.id for p in c.parties} >= {"government-of-egypt", "government-of-the-peoples-republic-of-china"}
    (c,) = extract_article("Example headline\n\nZTE signed a contract with Orion Telecom at its headquarters in San Salvador "
                           "de Jujuy, Argentina, to install surveillance cameras.\n").candidates
    assert "SLV" not in c.countries and "ARG" in c.countries


def test_the_company_a_contract_comes_from_is_the_one_the_sentence_before_named():
    """"Orion Telecom is the largest operator in Zentria. Last year ZTE won a contract from the company to build its 5G
    network.": the company is Orion Telecom, the client (ZTE had been alone); "the company that will run the network" is
    one told after, no firm named before."""
    found = extract_article("Example headline\n\nOrion Telecom is the largest operator in Zentria. Last year ZTE won a "
                            "contract from the company to build its 5G network.\n", published="2025-06-10").candidates
    assert [{p.name: p.role for p in c.parties} for c in found] == [{"ZTE": "contractor", "Orion Telecom": "signatory"}]
    found = extract_article("Example headline\n\nOrion Telecom is the largest operator in Zentria. ZTE signed a contract "
                            "with the company that will run the new network.\n").candidates
    assert "Orion Telecom" not in {p.name for c in found for p in c.parties}


def test_a_vendor_put_out_is_no_party_of_the_deal_that_puts_another_in():
    """"… signed an equipment supply agreement with … BT to replace Huawei", "picked Nokia to modernise their network that
    relies on Huawei gear": Huawei is put out, no party (it had been the supplier or a contractor); "BT has chosen …
    Ericsson to replace Huawei's … equipment" and "Orion Telecom and Zentrix Mobile decided to replace Huawei with Nokia
    as provider of radio access network gear" are contracts with the new vendor (no deal had been read); a network "built
    with Huawei equipment" still names Huawei."""
    def parties(said):
        return [{p.name: p.role for p in c.parties} for c in extract_article(f"Example headline\n\n{said}\n").candidates]

    assert parties("Nokia signed an equipment supply agreement with London-based company Orion Telecom to replace "
                   "Huawei.") == [{"Nokia": "signatory", "Orion Telecom": "signatory"}]
    assert "Huawei" not in parties("Orion Telecom also picked Nokia to modernise its 4G network that relies on Huawei "
                                   "gear.")[0]
    assert parties("Now, Orion Telecom has chosen Swedish telecommunications giant Ericsson to replace Huawei's radio "
                   "equipment.") == [{"Orion Telecom": "signatory", "Ericsson": "supplier"}]
    (deal,) = parties("Orion Telecom and Zentrix Mobile decided to replace Huawei with Nokia as provider of radio access "
                      "network gear.")
    assert deal == {"Orion Telecom": "signatory", "Zentrix Mobile": "signatory", "Nokia": "supplier"}
    assert "Huawei" in {n for d in parties("Orion Telecom's new 5G network, built with Huawei equipment, went live in "
                                           "Nairobi on Monday.") for n in d}


def test_titles_and_a_currencys_abbreviation_end_no_sentence_and_an_office_in_small_letters_is_no_party():
    """"signed through H.E. Amb. Thomas Kwesi Quartey an MoU", "Hon. Minister …", "(Ksh. 67.5 billion)": one sentence each
    (cut after "Amb." the MoU had no candidate; "Ksh." is Kenya's shilling); "Huawei Technologies vice president of Public
    Affairs and Communications Edward Zhou": an office, no party; "Sarawak's government": the Malaysian state's."""
    from graph.extract.text import sentences

    for said in ("Huawei and the African Union have signed through H.E. Amb. Thomas Kwesi Quartey an MoU on ICT.",
                 "The contract was handed to Hon. Minister Joe Mucheru by Huawei.",
                 "Part of it (Ksh. 67.5 billion) will go towards setting up the Konza Data Center."):
        assert len(sentences(said)) == 1, said
    (c,) = extract_article("Example headline\n\nHuawei and the African Union have signed through H.E. Amb. Thomas Kwesi "
                           "Quartey an MoU on ICT cooperation.\n").candidates
    assert c.kind == "mou" and "huawei-technologies" in {p.id for p in c.parties}
    (c,) = extract_article("Example headline\n\nThe Kenyan government will spend Ksh. 67.5 billion on the Konza Data Center, "
                           "built by Huawei.\n").candidates
    assert (67500000000, "KES") in c.amounts
    (c,) = extract_article("Example headline\n\nThe MoU was signed by Huawei Technologies vice president of Public Affairs "
                           "and Communications Edward Zhou and the Sarawak government.\n").candidates
    assert {(p.name, p.country) for p in c.parties} == {("Huawei Technologies", "CHN"), ("Sarawak government", "MYS")}
    (c,) = extract_article("Example headline\n\nSarawak's government and Huawei signed a memorandum of understanding on "
                           "digital economy cooperation.\n").candidates
    assert ("Sarawak's government", "MYS") in {(p.name, p.country) for p in c.parties}


def test_a_one_word_name_written_in_two_halves_and_the_countrys_government_are_parties_and_a_lone_medium_is_not():
    """"Star Times signed a contract …" is StarTimes (no party had been read); "The country's government has contracted
    … Huawei … to install Malawi's … equipment" is Malawi's government; "Nigeria's State Television" leaves a lone
    "Television", no party (it had been linked to Pakistan Television); "Curiously, …" opens a sentence, no name."""
    (c,) = extract_article("Example headline\n\nStar Times signed a contract with the Zambia National Broadcasting "
                           "Corporation to build a digital TV network.\n").candidates
    assert "startimes-group" in {p.id for p in c.parties}
    (c,) = extract_article("Example headline\n\nThe country's government has contracted Chinese technology firm Huawei "
                           "Technologies to install Malawi's digital terrestrial television equipment.\n").candidates
    assert "government-of-malawi" in {p.id for p in c.parties}
    (c,) = extract_article("Example headline\n\nStarTimes signed a deal with Nigeria's State Television to digitise its "
                           "broadcasting.\n").candidates
    assert {p.name for p in c.parties} == {"StarTimes"}
    found = extract_article("Example headline\n\nCuriously, ZTE won the tender from the Communications Commission of "
                            "Kenya.\n").candidates
    assert "Curiously" not in {p.name for c in found for p in c.parties}


def test_a_joint_venture_formed_is_signed_and_one_to_be_formed_is_not():
    """"Orion Telecom and ZTE have formed a joint venture …", "StarTimes established a joint venture with … in 2009":
    the partners' deal is done, signed (no status had been read); "will form a joint venture" is not signed."""
    def status(said):
        (c,) = extract_article(f"Example headline\n\n{said}\n", published="2025-06-10").candidates
        assert c.kind == "joint_venture", said
        return c.status

    assert status("Orion Telecom and ZTE have formed a joint venture to build data centres.") == "signed"
    assert status("StarTimes established a joint venture with the Orion Television Authority in 2009.") == "signed"
    assert status("Orion Telecom and ZTE will form a joint venture to build data centres.") != "signed"


def test_the_day_a_deal_came_to_light_is_not_its_date():
    """"When Orion News revealed in November 2018 that the government had contracted with ZTE …": when the deal came to
    light, made before it — no date (it had been 2018-11); "announced in March 2024 that it has signed …" keeps March."""
    def dated(said):
        (c,) = extract_article(f"Example headline\n\n{said}\n", published="2025-06-10").candidates
        return c.date

    assert dated("When Orion News revealed in November 2018 that the Zentrian government had contracted with ZTE to build "
                 "a database, lawmakers protested.") is None
    assert dated("The ministry announced in March 2024 that it has signed a contract with Huawei to build a data "
                 "centre.") == "2024-03"


def test_a_cooperation_programme_signed_is_a_framework_and_a_work_undertaken_or_overseen_by_a_firm_is_a_project():
    """"Roscosmos and CNSA signed a space cooperation program for 2018-2022", "signed a roadmap for 5G cooperation": a
    framework agreement (no deal had been read); "The project … has been undertaken by StarTimes in Kenya", "Work on the
    project had begun, overseen by two Chinese entities, Potevio Group Corp and ZTE": a project of the firms that do it."""
    (c,) = extract_article("Example headline\n\nIn November 2017, Roscosmos and CNSA signed a space cooperation program for "
                           "2018-2022.\n").candidates
    assert (c.kind, c.status, c.date) == ("framework_agreement", "signed", "2017-11")
    (c,) = extract_article("Example headline\n\nOrion Telecom and Huawei signed a roadmap for 5G cooperation.\n").candidates
    assert c.kind == "framework_agreement"
    (c,) = extract_article("Example headline\n\nThe project, known as Access to Satellite TV, has been undertaken by "
                           "StarTimes in Kenya.\n").candidates
    assert c.kind == "project" and ("StarTimes", "contractor") in {(p.name, p.role) for p in c.parties}
    (c,) = extract_article("Example headline\n\nWork on the project had begun, overseen by two Chinese entities, Orion "
                           "Group Corp and ZTE.\n").candidates
    assert (c.kind, c.status) == ("project", "under_construction") and "zte-corporation" in {p.id for p in c.parties}


def test_a_pact_and_another_accord_are_two_deals_and_a_technology_spelled_out_is_no_party():
    """"signed a $750 million pact with China's Huawei Technologies Co. and another $500 million accord with ZTE Corp": two
    contracts, each with its sum (one had held both vendors and both sums); "equipped for Long Term Evolution (LTE)
    technology": a technology spelled out, no party."""
    found = extract_article("Example headline\n\nOrion Telecom signed a $750 million pact with China's Huawei Technologies "
                            "Co. and another $500 million accord with ZTE Corp.\n").candidates
    assert sorted((c.amounts, sorted(p.name for p in c.parties)) for c in found) == [
        ([(500000000, "USD")], ["Orion Telecom", "ZTE Corp."]),
        ([(750000000, "USD")], ["Huawei Technologies Co.", "Orion Telecom"])]
    (c,) = extract_article("Example headline\n\nOrion Telecom signed a contract with Huawei to build a network which will be "
                           "equipped for Long Term Evolution (LTE) technology.\n").candidates
    assert {p.name for p in c.parties} == {"Orion Telecom", "Huawei"}


def test_a_state_body_of_the_country_a_report_names_most_and_no_office_in_brackets_or_and_in_a_name():
    """"… in collaboration between China's Huawei and Special Communication Organization (SCO), …" in a report on Pakistan:
    the records' Special Communications Organization of Pakistan (a new body, "and Special Communication Organization",
    had been made of the name its initials follow); "Mr Omar Khalid (EVP, Carrier Services and Wholesale) of PTCL": an
    office, no party."""
    found = extract_article("Example headline\n\nPakistan is expanding its fibre network in the north.\nThis project was "
                            "being completed in collaboration between China's Huawei and Special Communication Organization "
                            "(SCO), Senior Project Manager, SCO, Muhammad Ali said.\n").candidates
    parties = {(p.id, p.name) for c in found for p in c.parties}
    assert ("special-communications-organization", "Special Communication Organization") in parties
    assert not any(name.startswith("and ") for _, name in parties)
    (c,) = extract_article("Example headline\n\nThe agreement was signed by Mr Omar Khalid (EVP, Carrier Services and "
                           "Wholesale) of PTCL and Zong.\n").candidates
    assert {p.name for p in c.parties} == {"PTCL", "Zong"}


def test_a_wrapped_line_that_ends_with_an_address_is_not_joined_to_the_next():
    """A report wrapped at a fixed width whose byline ends with an e-mail address ("To contact the reporter on this story:
    … in Abuja at …@example.com"): the byline is whole, so the deal told on the next line is not signed "in Abuja"."""
    wrapped = ("Example headline\n\nOrion Telecom is the country's second-biggest mobile phone provider, with\n"
               "24 million subscribers at the end of last year, according to the data\n"
               "published by the national regulator on its website at the weekend.\n"
               "To contact the reporter on this story: Ada Obi in Abuja at aobi@example.com\n"
               "Orion Telecom signed a $750 million pact with China's Huawei Technologies\n"
               "Co. to expand its network in the north of the country, the company said.\n")
    (c,) = extract_article(wrapped).candidates
    assert c.place is None and "huawei-technologies" in {p.id for p in c.parties}


def test_a_name_that_lists_its_fields_with_commas_before_its_initials_is_one_name():
    """"The State Administration for Radio, Film, and Television (SARFT) signed …": one body (it had been cut to "State
    Administration for Radio"); a list of firms with commas stays a list."""
    (c,) = extract_article("Example headline\n\nThe State Administration for Radio, Film, and Television (SARFT) signed a "
                           "cooperation agreement with China Eximbank.\n").candidates
    assert "State Administration for Radio, Film, and Television" in {p.name for p in c.parties}
    found = extract_article("Example headline\n\nHuawei signed contracts with Safaricom, Airtel, and Telkom Kenya on 5G.\n"
                            ).candidates
    assert {"Safaricom", "Airtel", "Telkom Kenya"} <= {p.name for c in found for p in c.parties}


def test_a_firm_told_by_the_firms_it_is_composed_of_is_a_joint_venture():
    """"The Dito Telecommunity Corporation, which received its license …, is composed of China Telecom and Udenna
    Corporation": a joint venture of the two (no deal had been read); "The board is composed of …" is none."""
    (c,) = extract_article("Example headline\n\nThe Zentra Telecommunity Corporation, which received its license to operate "
                           "in 2019, is composed of China Telecom and Orion Corporation.\n").candidates
    assert c.kind == "joint_venture" and {"China Telecom", "Orion Corporation"} <= {p.name for p in c.parties}
    assert not extract_article("Example headline\n\nThe board is composed of Minister Ali and Director Wang.\n").candidates


def test_a_firm_founded_as_a_joint_venture_is_one():
    """"Huawei Marine was founded in 2008 as a joint venture with … Global Marine": a joint venture, dated 2008 (no deal
    had been read)."""
    (c,) = extract_article("Example headline\n\nZentra Marine Networks was founded in 2008 as a joint venture with Huawei.\n"
                           ).candidates
    assert (c.kind, c.date) == ("joint_venture", "2008") and {"Zentra Marine Networks", "Huawei"} <= {p.name for p in c.parties}


def test_a_bid_approved_is_the_acquisition():
    """"China Mobile's bid to acquire an 18 per cent stake in True Corp has been approved by shareholders": the acquisition
    (it had been a proposal); "made a bid to acquire …" is still one."""
    (c,) = extract_article("Example headline\n\nChina Mobile's bid to acquire an 18 per cent stake in Orion Corp has been "
                           "approved by shareholders.\n").candidates
    assert c.kind == "acquisition"
    (c,) = extract_article("Example headline\n\nChina Mobile made a bid to acquire an 18 per cent stake in Orion Corp.\n"
                           ).candidates
    assert c.kind == "proposal"


def test_two_firms_bought_by_one_buyer_are_two_acquisitions():
    """"China Mobile's bid to acquire … Orion Corp has been approved" and "An agreement by China Mobile to acquire a stake in
    Zentra Telecom was ditched": two acquisitions, one cancelled (they had been merged into one)."""
    text = ("Example headline\n\nChina Mobile's bid to acquire an 18 per cent stake in Orion Corp has been approved by "
            "shareholders.\n\nAn agreement by China Mobile to acquire a stake in Zentra Telecom was ditched in 2009.\n")
    cands = [c for c in extract_article(text).candidates if c.kind == "acquisition"]
    assert sorted((c.status or "", sorted(p.name for p in c.parties)) for c in cands) == [
        ("", ["China Mobile", "Orion Corp"]), ("cancelled", ["China Mobile", "Zentra Telecom"])]
