"""The values importers read: every ISO 3166-1 country and territory by any of its names and codes,
withdrawn ISO 4217 currencies, and the date forms of AidData's exports."""

from __future__ import annotations

import pycountry
import pytest

from graph.sources.values import (COUNTRY_ALIASES, HISTORIC_CURRENCIES, RowError, country_code, country_name, currency_code,
                                  currency_name, parse_date)

ENTRIES = list(pycountry.countries)


@pytest.mark.parametrize("attr", ["alpha_2", "alpha_3", "numeric", "name", "official_name", "common_name"])
def test_every_iso_3166_entry_resolves_by_each_of_its_names_and_codes(attr):
    wrong = {}
    for c in ENTRIES:
        value = getattr(c, attr, None)
        if value is not None and country_code(value) != c.alpha_3:
            wrong[value] = (c.alpha_3, country_code(value))
    assert not wrong, wrong


def test_names_resolve_whatever_their_case_accents_and_comma_form():
    for c in ENTRIES:
        for value in {c.name, getattr(c, "official_name", c.name), getattr(c, "common_name", c.name)}:
            assert country_code(value.upper()) == c.alpha_3, value
            assert country_code(f"  {value.casefold()} ") == c.alpha_3, value


@pytest.mark.parametrize("text, code", [
    # territories, with and without accents, official and common forms
    ("British Virgin Islands", "VGB"), ("Virgin Islands, British", "VGB"), ("Virgin Islands (British)", "VGB"),
    ("U.S. Virgin Islands", "VIR"), ("US Virgin Islands", "VIR"), ("Virgin Islands, U.S.", "VIR"),
    ("Virgin Islands (U.S.)", "VIR"), ("Virgin Islands of the United States", "VIR"),
    ("Sint Maarten", "SXM"), ("Sint Maarten (Dutch part)", "SXM"), ("SX", "SXM"),
    ("Saint Martin", "MAF"), ("St. Martin (French part)", "MAF"), ("Saint Martin (French part)", "MAF"),
    ("Curaçao", "CUW"), ("Curacao", "CUW"), ("Réunion", "REU"), ("Reunion", "REU"),
    ("Kosovo", "XKX"), ("XKX", "XKX"), ("XK", "XKX"), ("Republic of Kosovo", "XKX"),
    ("Palestine", "PSE"), ("Palestine, State of", "PSE"), ("State of Palestine", "PSE"), ("West Bank and Gaza", "PSE"),
    ("Hong Kong", "HKG"), ("Hong Kong SAR, China", "HKG"), ("Hong Kong Special Administrative Region of China", "HKG"),
    ("Macao", "MAC"), ("Macau", "MAC"), ("Macao SAR, China", "MAC"),
    ("Taiwan", "TWN"), ("Taiwan, Province of China", "TWN"), ("Chinese Taipei", "TWN"),
    # "The" and comma forms
    ("Korea, Republic of", "KOR"), ("Republic of Korea", "KOR"), ("Korea (Republic of)", "KOR"),
    ("Korea, Democratic People's Republic of", "PRK"), ("Democratic People's Republic of Korea", "PRK"),
    ("The Bahamas", "BHS"), ("Bahamas, The", "BHS"), ("The Gambia", "GMB"), ("Gambia, The", "GMB"),
    ("The Netherlands", "NLD"), ("Congo, The Democratic Republic of the", "COD"),
    ("The Democratic Republic of the Congo", "COD"), ("Iran (Islamic Republic of)", "IRN"),
    ("Bolivia (Plurinational State of)", "BOL"), ("Micronesia, Fed. Sts.", "FSM"),
    # accents, apostrophes, '&', 'St.'
    ("Côte d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV"), ("Cote dIvoire", "CIV"), ("Türkiye", "TUR"), ("Turkiye", "TUR"),
    ("Trinidad & Tobago", "TTO"), ("St Lucia", "LCA"), ("St. Kitts & Nevis", "KNA"), ("São Tomé and Príncipe", "STP"),
    ("ST", "STP"), ("Guinea Bissau", "GNB"), ("Holy See", "VAT"), ("Vatican", "VAT"), ("U.S.A.", "USA"), ("UAE", "ARE"),
    # numeric codes, three digits
    ("586", "PAK"), ("404", "KEN"), ("156", "CHN"),
])
def test_territories_and_the_spellings_datasets_use(text, code):
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["Virgin Islands", "virgin islands", "The Virgin Islands", "Republic of China", "Atlantis",
                                  "Narnia", "Serbia and Montenegro", "Other", "Africa, regional", "", "   ", "4"])
def test_ambiguous_unknown_and_non_countries_are_not_resolved(text):
    assert country_code(text) is None


def test_the_existing_aliases_are_kept():
    for name, code in COUNTRY_ALIASES.items():
        assert country_code(name) == code, name


def test_labels_of_territories():
    assert country_name("VGB") == "British Virgin Islands" and country_name("VIR") == "U.S. Virgin Islands"
    assert country_name("XKX") == "Kosovo" and country_name("SXM") == "Sint Maarten"


@pytest.mark.parametrize("code", ["ZMK", "VEF", "MRO", "STD", "BYR", "GHC", "SDD", "TRL", "MZM", "ROL", "SKK", "EEK", "LTL",
                                  "LVL", "CYP", "MTL", "SIT", "SLL", "ZWL", "HRK"])
def test_withdrawn_iso_4217_codes_are_currencies(code):
    assert currency_code(code) == code and currency_code(code.lower()) == code
    assert currency_name(code) == HISTORIC_CURRENCIES[code]


@pytest.mark.parametrize("code", ["SSP", "VES", "ZMW", "USD", "CNY"])
def test_current_codes_are_currencies(code):
    assert currency_code(code) == code and currency_name(code)


def test_unknown_currency_is_refused():
    with pytest.raises(RowError, match="unknown currency 'XYZ'"):
        currency_code("XYZ")
    assert currency_code("RMB") == "CNY"


@pytest.mark.parametrize("text, expected", [
    ("15 March 2013", ("2013-03-15", "date")), ("1 Jan 2010", ("2010-01-01", "date")),
    ("March 15, 2013", ("2013-03-15", "date")), ("2022 March", ("2022-03", "gYearMonth")),
])
def test_dates_of_aiddata_exports(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31 February 2013", "15 Brumaire 2013"])
def test_impossible_dates_are_refused(text):
    with pytest.raises(RowError, match="unparseable date"):
        parse_date(text)
