"""Country names and adjectives inside organisation names: "Kenyan Ministry of ICT", "Huawei Pakistan".

A country's name or adjective in an organisation's name is evidence about the organisation's
country, never a distinctive word of it: "Telkom Kenya" and "Telkom Indonesia" share the word that
tells them apart from other companies, and differ by country. :func:`country_words` maps each
folded name and adjective to its ISO 3166-1 alpha-3 code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .normalise import fold

__all__ = ["country_words", "countries_in", "strip_countries", "capital_country", "city_countries", "PLACE_WORDS"]

# Adjectives (demonyms) of the countries of this field; names come from ISO 3166 (pycountry).
DEMONYMS = {
    "AFG": "afghan", "AGO": "angolan", "ALB": "albanian", "ARE": "emirati", "ARG": "argentine argentinian",
    "ARM": "armenian", "AUS": "australian", "AZE": "azerbaijani", "BGD": "bangladeshi", "BLR": "belarusian",
    "BEN": "beninese", "BFA": "burkinabe", "BOL": "bolivian", "BRA": "brazilian", "BRN": "bruneian",
    "BWA": "botswanan", "CAF": "central african", "CHL": "chilean", "CHN": "chinese", "CIV": "ivorian",
    "CMR": "cameroonian", "COD": "congolese", "COG": "congolese", "COL": "colombian", "CUB": "cuban",
    "DJI": "djiboutian", "DZA": "algerian", "ECU": "ecuadorian ecuadorean", "EGY": "egyptian", "ERI": "eritrean",
    "ETH": "ethiopian", "FJI": "fijian", "GAB": "gabonese", "GEO": "georgian", "GHA": "ghanaian", "GIN": "guinean",
    "GMB": "gambian", "GNQ": "equatorial guinean equatoguinean", "GRC": "greek", "HUN": "hungarian", "IDN": "indonesian",
    "IND": "indian", "IRN": "iranian", "IRQ": "iraqi", "ITA": "italian", "JAM": "jamaican", "JOR": "jordanian",
    "KAZ": "kazakh kazakhstani", "KEN": "kenyan", "KGZ": "kyrgyz kyrgyzstani", "KHM": "cambodian", "KOR": "south korean korean",
    "LAO": "lao laotian", "LBN": "lebanese", "LBR": "liberian", "LKA": "sri lankan", "LSO": "basotho",
    "MAR": "moroccan", "MDG": "malagasy", "MDV": "maldivian", "MEX": "mexican", "MLI": "malian", "MMR": "myanmar burmese",
    "MNG": "mongolian", "MOZ": "mozambican", "MRT": "mauritanian", "MUS": "mauritian", "MWI": "malawian",
    "MYS": "malaysian", "NAM": "namibian", "NER": "nigerien", "NGA": "nigerian", "NPL": "nepali nepalese",
    "OMN": "omani", "PAK": "pakistani", "PER": "peruvian", "PHL": "philippine filipino", "PNG": "papua new guinean",
    "PRK": "north korean", "QAT": "qatari", "RUS": "russian", "RWA": "rwandan", "SAU": "saudi arabian saudi", "SDN": "sudanese",
    "SEN": "senegalese", "SLE": "sierra leonean", "SOM": "somali", "SRB": "serbian", "SSD": "south sudanese",
    "SYR": "syrian", "TCD": "chadian", "TGO": "togolese", "THA": "thai", "TJK": "tajik tajikistani", "TKM": "turkmen turkmenistani",
    "TUN": "tunisian", "TUR": "turkish", "TZA": "tanzanian", "UGA": "ugandan", "UKR": "ukrainian",
    "URY": "uruguayan", "USA": "american", "UZB": "uzbek uzbekistani", "VEN": "venezuelan", "VNM": "vietnamese",
    "YEM": "yemeni", "ZAF": "south african", "ZMB": "zambian", "ZWE": "zimbabwean", "GBR": "british",
    "FRA": "french", "DEU": "german", "ESP": "spanish", "PRT": "portuguese", "JPN": "japanese", "SGP": "singaporean",
    "HKG": "hong kong", "TWN": "taiwanese", "MNE": "montenegrin", "MKD": "macedonian", "BIH": "bosnian",
    "HRV": "croatian", "ROU": "romanian", "BGR": "bulgarian", "POL": "polish", "CZE": "czech", "SVK": "slovak",
    "BHR": "bahraini", "KWT": "kuwaiti", "LBY": "libyan", "NIC": "nicaraguan", "PAN": "panamanian",
    "CRI": "costa rican", "SLV": "salvadoran", "GTM": "guatemalan", "HND": "honduran", "DOM": "dominican",
    "TLS": "timorese", "VUT": "vanuatuan ni vanuatu", "WSM": "samoan", "TON": "tongan", "SLB": "solomon islander",
    "NOR": "norwegian", "SWE": "swedish", "FIN": "finnish", "DNK": "danish", "NLD": "dutch", "BEL": "belgian",
    "CHE": "swiss", "AUT": "austrian", "IRL": "irish", "CAN": "canadian", "ISR": "israeli", "ISL": "icelandic",
    "EST": "estonian", "LVA": "latvian", "LTU": "lithuanian", "SVN": "slovenian slovene", "CYP": "cypriot",
    "MLT": "maltese", "MDA": "moldovan", "BTN": "bhutanese", "PRY": "paraguayan", "GUY": "guyanese",
    "SUR": "surinamese", "TTO": "trinidadian", "BRB": "barbadian", "BHS": "bahamian", "HTI": "haitian",
    "SWZ": "swazi", "BDI": "burundian", "CPV": "cape verdean cabo verdean", "COM": "comorian", "SYC": "seychellois",
    "PSE": "palestinian", "MAC": "macanese", "NZL": "new zealander", "LUX": "luxembourgish", "GRD": "grenadian",
    "GNB": "bissau guinean", "STP": "sao tomean", "KIR": "i kiribati", "TUV": "tuvaluan", "NRU": "nauruan",
    "MHL": "marshallese", "PLW": "palauan", "FSM": "micronesian", "BLZ": "belizean", "XKX": "kosovar kosovan",
    "LCA": "saint lucian", "ATG": "antiguan", "VCT": "vincentian", "KNA": "kittitian",
}
_EXTRA_NAMES = {"CHN": "china prc pr china peoples republic of china", "KOR": "south korea", "PRK": "north korea",
                "RUS": "russia", "VNM": "vietnam viet nam", "LAO": "laos lao pdr", "TZA": "tanzania", "IRN": "iran",
                "SYR": "syria", "BOL": "bolivia", "VEN": "venezuela", "COD": "drc dr congo", "GBR": "uk britain",
                "USA": "us usa united states america", "ARE": "uae emirates", "CIV": "cote divoire ivory coast",
                "MMR": "burma", "TUR": "turkey turkiye", "XKX": "kosovo", "PSE": "palestine", "TWN": "taiwan",
                "HKG": "hong kong", "MAC": "macao macau", "CPV": "cabo verde cape verde", "SWZ": "eswatini swaziland", "PNG": "png"}

# Country names as the field's other languages write them (French, Spanish, Portuguese, Indonesian
# and the countries' own), for names such as "Gouvernement du Cameroun" or "Telekom Srbija".
_EXONYMS = {
    "DZA": "algerie argelia algerien algerienne", "TUN": "tunisie tunez tunisien tunisienne",
    "MAR": "maroc marruecos marocain marocaine", "SEN": "senegal senegalais senegalaise",
    "CMR": "cameroun camerun camaroes camerounais camerounaise", "CIV": "cote d ivoire ivoirien ivoirienne",
    "MLI": "mali malien malienne", "GAB": "gabon gabonais gabonaise",
    "MRT": "mauritanie mauritanien mauritanienne", "TCD": "tchad tchadien tchadienne", "AGO": "angola", "BEN": "benin",
    "BOL": "estado plurinacional de bolivia",
    "BRA": "brasil brasileira brasileiro brasileiras", "BFA": "burkina",
    "CAF": "centrafrique", "CHN": "chine zhongguo republica popular china republique populaire de chine",
    "COG": "congo brazzaville", "TLS": "east timor timor leste", "MOZ": "mocambique mocambicana",
    "COD": "republique democratique du congo rdc democratic republic of congo republic democratic of congo",
    "DJI": "djibouti", "EGY": "egypte egipto misr egyptien egyptienne", "GNQ": "guinea ecuatorial guinee equatoriale",
    "ETH": "ethiopie etiopia", "GIN": "guinee", "GNB": "guine bissau guinee bissau",
    "MDG": "madagasikara",
    "NER": "niger", "TGO": "togo", "CPV": "cabo verde",
    "STP": "sao tome e principe", "ECU": "republica del ecuador", "PER": "republica del peru",
    "VEN": "republica bolivariana de venezuela", "MEX": "estados unidos mexicanos", "SRB": "srbija srbije",
    "MNE": "crna gora", "HRV": "hrvatska", "HUN": "magyarorszag", "IDN": "republik indonesia",
    "MYS": "malaysia", "KHM": "kampuchea", "THA": "prathet thai", "UZB": "ozbekiston", "KAZ": "qazaqstan",
    "KGZ": "kyrgyzstan", "TJK": "tojikiston", "ARE": "al imarat", "SAU": "al mamlaka al arabiya as saudiya",
    "ESP": "espana", "DEU": "deutschland", "GRC": "ellada hellenic", "TUR": "turkiye",
}
_EXONYM_PHRASES = ("republique democratique du congo", "democratic republic of congo", "republic democratic of congo",
                   "east timor", "timor leste", "cote d ivoire", "congo brazzaville", "guinea ecuatorial",
                   "guinee equatoriale", "guine bissau", "guinee bissau", "sao tome e principe", "republica del ecuador",
                   "republica del peru", "republica bolivariana de venezuela", "estados unidos mexicanos",
                   "crna gora", "republik indonesia", "prathet thai", "al imarat",
                   "al mamlaka al arabiya as saudiya", "estado plurinacional de bolivia", "cabo verde",
                   "republica popular china", "republique populaire de chine")

# China's provinces, autonomous regions and municipalities and its large cities: in the names of
# regional state companies and governments they tell one organisation from another ("Shaanxi" is not
# "Shanxi", nor "Nanning" "Nanjing"), so they must be equal, never a typo apart.
PLACE_WORDS = frozenset("""
    anhui beijing chongqing fujian gansu guangdong guangxi guizhou hainan hebei heilongjiang henan hubei hunan
    jiangsu jiangxi jilin liaoning ningxia qinghai shaanxi shandong shanghai shanxi sichuan tianjin tibet xizang
    xinjiang yunnan zhejiang hongkong macau macao inner mongolia neimenggu
    guangzhou shenzhen nanjing nanning nanchang hangzhou ningbo wuhan changsha chengdu xian xiamen fuzhou
    jinan qingdao zhengzhou hefei kunming guiyang lanzhou xining yinchuan urumqi lhasa harbin changchun
    shenyang dalian shijiazhuang taiyuan hohhot haikou suzhou wuxi dongguan foshan zhuhai tangshan
    baotou luoyang xuzhou wenzhou shantou yantai weihai zibo
""".split())

# Capitals of the countries of this field, for missions named by city ("Chinese Embassy in Dhaka").
_CAPITALS = {
    "kabul": "AFG", "tirana": "ALB", "algiers": "DZA", "alger": "DZA", "luanda": "AGO", "buenos aires": "ARG",
    "yerevan": "ARM", "canberra": "AUS", "vienna": "AUT", "baku": "AZE", "manama": "BHR", "dhaka": "BGD",
    "minsk": "BLR", "brussels": "BEL", "porto novo": "BEN", "cotonou": "BEN", "thimphu": "BTN", "la paz": "BOL",
    "sucre": "BOL", "sarajevo": "BIH", "gaborone": "BWA", "brasilia": "BRA", "bandar seri begawan": "BRN",
    "sofia": "BGR", "ouagadougou": "BFA", "gitega": "BDI", "bujumbura": "BDI", "phnom penh": "KHM",
    "yaounde": "CMR", "ottawa": "CAN", "praia": "CPV", "bangui": "CAF", "ndjamena": "TCD", "santiago": "CHL",
    "beijing": "CHN", "bogota": "COL", "moroni": "COM", "brazzaville": "COG", "kinshasa": "COD",
    "san jose": "CRI", "abidjan": "CIV", "yamoussoukro": "CIV", "zagreb": "HRV", "havana": "CUB",
    "nicosia": "CYP", "prague": "CZE", "copenhagen": "DNK", "djibouti": "DJI", "santo domingo": "DOM",
    "quito": "ECU", "cairo": "EGY", "san salvador": "SLV", "malabo": "GNQ", "asmara": "ERI", "tallinn": "EST",
    "mbabane": "SWZ", "addis ababa": "ETH", "suva": "FJI", "helsinki": "FIN", "paris": "FRA",
    "libreville": "GAB", "banjul": "GMB", "tbilisi": "GEO", "berlin": "DEU", "accra": "GHA", "athens": "GRC",
    "guatemala city": "GTM", "conakry": "GIN", "bissau": "GNB", "georgetown": "GUY", "port au prince": "HTI",
    "tegucigalpa": "HND", "budapest": "HUN", "reykjavik": "ISL", "new delhi": "IND", "jakarta": "IDN",
    "tehran": "IRN", "baghdad": "IRQ", "dublin": "IRL", "jerusalem": "ISR", "tel aviv": "ISR", "rome": "ITA",
    "kingston": "JAM", "tokyo": "JPN", "amman": "JOR", "astana": "KAZ", "nur sultan": "KAZ", "nairobi": "KEN",
    "tarawa": "KIR", "pristina": "XKX", "kuwait city": "KWT", "bishkek": "KGZ", "vientiane": "LAO",
    "riga": "LVA", "beirut": "LBN", "maseru": "LSO", "monrovia": "LBR", "tripoli": "LBY", "vilnius": "LTU",
    "luxembourg": "LUX", "antananarivo": "MDG", "lilongwe": "MWI", "kuala lumpur": "MYS", "male": "MDV",
    "bamako": "MLI", "valletta": "MLT", "nouakchott": "MRT", "port louis": "MUS", "mexico city": "MEX",
    "chisinau": "MDA", "ulaanbaatar": "MNG", "ulan bator": "MNG", "podgorica": "MNE", "rabat": "MAR",
    "maputo": "MOZ", "naypyidaw": "MMR", "nay pyi taw": "MMR", "yangon": "MMR", "windhoek": "NAM",
    "kathmandu": "NPL", "amsterdam": "NLD", "the hague": "NLD", "wellington": "NZL", "managua": "NIC",
    "niamey": "NER", "abuja": "NGA", "pyongyang": "PRK", "skopje": "MKD", "oslo": "NOR", "muscat": "OMN",
    "islamabad": "PAK", "panama city": "PAN", "port moresby": "PNG", "asuncion": "PRY", "lima": "PER",
    "manila": "PHL", "warsaw": "POL", "lisbon": "PRT", "doha": "QAT", "bucharest": "ROU", "moscow": "RUS",
    "kigali": "RWA", "apia": "WSM", "riyadh": "SAU", "dakar": "SEN", "belgrade": "SRB", "victoria": "SYC",
    "freetown": "SLE", "singapore": "SGP", "bratislava": "SVK", "ljubljana": "SVN", "honiara": "SLB",
    "mogadishu": "SOM", "pretoria": "ZAF", "seoul": "KOR", "juba": "SSD", "madrid": "ESP", "colombo": "LKA",
    "khartoum": "SDN", "paramaribo": "SUR", "stockholm": "SWE", "bern": "CHE", "damascus": "SYR",
    "dushanbe": "TJK", "dodoma": "TZA", "dar es salaam": "TZA", "bangkok": "THA", "dili": "TLS", "lome": "TGO",
    "nukualofa": "TON", "port of spain": "TTO", "tunis": "TUN", "ankara": "TUR", "ashgabat": "TKM",
    "kampala": "UGA", "kyiv": "UKR", "kiev": "UKR", "abu dhabi": "ARE", "london": "GBR", "washington": "USA",
    "montevideo": "URY", "tashkent": "UZB", "port vila": "VUT", "caracas": "VEN", "hanoi": "VNM", "sanaa": "YEM",
    "lusaka": "ZMB", "harare": "ZWE",
}


# city names that are ordinary English words first ("Reading", "Nice"): never taken for a city
_NOT_CITIES = frozenset("reading nice victoria independence mobile orange union columbus lincoln".split())


def _place_key(name: str) -> str:
    """A place's name as the tables of cities, capitals and subdivisions key it: folded, without apostrophes,
    hyphens as spaces."""
    return " ".join(fold(name).replace("'", "").replace("-", " ").split())


@lru_cache(maxsize=1)
def _cities() -> dict[str, frozenset[str]]:
    import csv

    from ..resources import data_dir

    rows = data_dir().joinpath("cities.csv").read_text(encoding="utf-8").splitlines()
    out: dict[str, set[str]] = {}
    for row in csv.DictReader(line for line in rows if not line.startswith("#")):
        key = _place_key(row["name"])
        if key not in _NOT_CITIES:
            out.setdefault(key, set()).add(row["country"])
    return {k: frozenset(v) for k, v in out.items()}


def city_countries(place: str) -> frozenset[str]:
    """The countries with a city of that name (of 200,000 people or more, from GeoNames): 'Rawalpindi' →
    {'PAK'}, 'Barcelona' → {'ESP', 'VEN'}; empty for no such city."""
    return _cities().get(_place_key(place), frozenset())


def capital_country(place: str) -> str | None:
    """The country whose capital ``place`` (folded words) is: 'dhaka' → 'BGD'."""
    return _CAPITALS.get(_place_key(place))


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, frozenset[str]]:
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            out.setdefault(_place_key(sub.name), set()).add(country.alpha_3)
    return {k: frozenset(v) for k, v in out.items()}


def subdivision_countries(place: str) -> frozenset[str]:
    """The countries with a province, state or region of that name (ISO 3166-2): 'Sindh' → {'PAK'}, 'Sabah' →
    {'MYS'}, 'Punjab' → {'IND', 'PAK'}; empty for none."""
    return _subdivisions().get(_place_key(place), frozenset())


def _phrase(value: str) -> str:
    """A country's name as the word tables key it: folded, no apostrophes, words between single spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(value).replace("'", "")).split())


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """Folded country names, short names and adjectives → ISO alpha-3 (multi-word ones included)."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                out.setdefault(_phrase(value), c.alpha_3)
            if value and "," in value and not value.split(",", 1)[1].strip().startswith("Province"):
                # "Congo, The Democratic Republic of the" is written "Democratic Republic of the Congo"; "Korea,
                # Republic of" "Republic of Korea"
                head, rest = (x.strip() for x in value.split(",", 1))
                out.setdefault(_phrase(re.sub(r"^The\s", "", f"{rest} {head}")), c.alpha_3)
    for code, words in {**{k: v for k, v in DEMONYMS.items()}}.items():
        for w in _split_phrases(words):
            out.setdefault(w, code)
    for code, words in _EXTRA_NAMES.items():
        for w in _split_phrases(words):
            out.setdefault(w, code)
    for code, words in _EXONYMS.items():
        rest = words
        for phrase in _EXONYM_PHRASES:
            if phrase in rest:
                out.setdefault(phrase, code)
                rest = rest.replace(phrase, " ")
        for w in rest.split():
            out.setdefault(w, code)
    return out


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Folded names of countries themselves ("pakistan", "iran", "south korea"), not their adjectives."""
    import pycountry

    out = {_phrase(value) for c in pycountry.countries for value in (getattr(c, a, None) for a in ("name", "common_name"))
           if value}
    for words in _EXTRA_NAMES.values():
        out.update(_split_phrases(words))
    return frozenset(out)


def _split_phrases(words: str) -> list[str]:
    # "sri lankan" and "south african" are phrases; others are single words separated by spaces
    phrases = ("sri lankan", "south african", "central african", "north korean", "south sudanese", "papua new guinean",
               "sierra leonean", "costa rican", "solomon islander", "hong kong", "south korea", "north korea",
               "viet nam", "peoples republic of china", "united states", "ivory coast", "cote divoire", "dr congo",
               "cabo verde", "cape verde", "cape verdean", "cabo verdean", "bissau guinean", "sao tomean", "i kiribati",
               "saint lucian", "ni vanuatu", "new zealander", "saudi arabian", "south korean",
               "equatorial guinean", "lao pdr")
    found = [p for p in phrases if p in words]
    rest = words
    for p in found:
        rest = rest.replace(p, " ")
    return found + rest.split()


def countries_in(name_key: str) -> dict[str, str]:
    """The country names and adjectives in a key: {phrase: ISO alpha-3}.

    Examples
    --------
    >>> countries_in("kenyan ministry of ict"), countries_in("telkom indonesia"), countries_in("huawei technologies")
    ({'kenyan': 'KEN'}, {'indonesia': 'IDN'}, {})
    """
    return dict(_countries_in(name_key))


@lru_cache(maxsize=1 << 16)
def _countries_in(name_key: str) -> tuple[tuple[str, str], ...]:
    words = country_words()
    found: dict[str, str] = {}
    toks = name_key.split()
    i = 0
    while i < len(toks):
        for n in (7, 6, 5, 4, 3, 2, 1):
            phrase = " ".join(toks[i:i + n])
            if len(toks[i:i + n]) == n and phrase in words and not (n == 1 and phrase in _AMBIGUOUS):
                found[phrase] = words[phrase]
                i += n
                break
        else:
            i += 1
    return tuple(found.items())


# Words that name a country but mean something else in organisation names more often.
_AMBIGUOUS = frozenset({"us", "uk", "chad", "georgia", "jersey", "guinea", "niger", "china", "india", "jordan",
                        "oman", "peru", "togo", "mali", "cuba"} - {"china", "india", "oman", "peru", "mali", "cuba"})


_BESIDE = frozenset({"republic", "federation", "kingdom"})


def strip_countries(name_key: str) -> str:
    """A key without its country names and adjectives, and without the 'of' they leave dangling (nor a
    'republic' or 'federation' beside them, as another language's word order leaves it: 'Respubliki
    Kazakhstan')."""
    found = countries_in(name_key)
    toks = name_key.split()
    out, i = [], 0
    while i < len(toks):
        for phrase in sorted(found, key=lambda p: -len(p.split())):
            n = len(phrase.split())
            if " ".join(toks[i:i + n]) == phrase:
                i += n
                if out and out[-1] in _BESIDE:
                    out.pop()
                if out and out[-1] in ("of", "in", "for"):
                    out.pop()
                if i < len(toks) and toks[i] in _BESIDE:
                    i += 1
                break
        else:
            out.append(toks[i])
            i += 1
    return " ".join(out)
