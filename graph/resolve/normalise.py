"""Organisation names as the field writes them, reduced to what identifies the organisation.

Datasets of this field write one company as "Huawei Technologies Co., Ltd.", "HUAWEI",
"Huawei Technologies Company Limited" or 华为技术有限公司; one ministry as "Ministry of ICT",
"Kenyan Ministry of ICT" or "Ministry of ICT (Kenya)"; a renamed body as "X (formerly Y)". This
module splits such a name into the parts that matter for matching:

- :func:`parse_name`: the main name, the names in brackets (acronyms, former names, or a
  country), and the names after "formerly", "trading as", "also known as";
- :func:`key`: case, accents, punctuation, "the", "&" folded; legal forms removed wherever they
  stand (leading "PT", trailing "Co., Ltd.", "Sdn Bhd", "S.A.", "Lda.", "JSC", "Tbk" …) in the
  Latin-script languages of the field and in Chinese (有限公司, 股份有限公司 …), Korean, Japanese,
  Russian and Vietnamese forms;
- :func:`tokens` / :func:`distinctive`: the words of a key, and those that tell organisations
  apart — not "telecom", "group", "bank", "ministry" or a country's name, which many share;
- :func:`initials`: the acronym a name's distinctive words make ("Export-Import Bank of China" →
  "EIBC", "EXIM" is declared, not guessed).

The legal forms come from the usual lists of the field's countries (the forms OpenSanctions'
``rigour`` and ``cleanco`` know for these languages, written out here, plus the CJK ones they lack).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["ParsedName", "parse_name", "key", "english", "tokens", "distinctive", "initials", "fold", "LEGAL_FORMS",
           "GENERIC_WORDS", "LEVEL_WORDS", "is_acronym"]

# Legal forms, as folded word sequences; removed at the end (and, for the prefixes, at the start).
LEGAL_FORMS = tuple(sorted({tuple(f.split()) for f in (
    # English and Commonwealth
    "co", "company", "co ltd", "company limited", "co limited", "ltd", "limited", "corp", "corporation", "inc",
    "incorporated", "llc", "llp", "lp", "plc", "public limited company", "pvt ltd", "pvt", "private limited",
    "pte ltd", "pte", "pty ltd", "pty", "holdings ltd", "co inc", "group co ltd", "group company limited",
    "pvt limited", "private ltd", "smc pvt ltd", "smc private limited", "limited liability company",
    "limited liability partnership", "joint stock company", "public joint stock company", "closed joint stock company",
    "open joint stock company", "public listed company", "public enterprise", "state enterprise", "kscp", "ksc p",
    # French, Spanish, Portuguese, Italian
    "sa", "sas", "sarl", "sasu", "snc", "sca", "societe anonyme", "sociedad anonima", "sociedade anonima", "sl",
    "srl", "sprl", "sa de cv", "sab de cv", "s de rl", "spa", "sociedad limitada", "lda", "ltda", "limitada", "sae", "ei",
    "eireli", "me", "epp", "cia ltda", "sa rl", "ep", "eps", "sae", "sarl au", "spa", "epe",
    # German, Dutch, Nordic, Turkish
    "gmbh", "ag", "kg", "gmbh co kg", "bv", "nv", "as", "asa", "ab", "oy", "oyj", "as", "a s", "as",
    # Malay, Indonesian, Thai, Philippine
    "sdn bhd", "bhd", "berhad", "sendirian berhad", "tbk", "persero", "persero tbk", "tbk persero",
    # Russian, CIS, Eastern Europe
    "jsc", "ojsc", "pjsc", "cjsc", "ojsc", "oao", "zao", "pao", "ooo", "llp", "doo", "d o o", "sp z o o", "kft",
    "zrt", "nyrt", "ad", "ead", "sro", "s r o", "as", "uab", "ao", "tov", "pat", "dd",
    # Middle East, Africa
    "psc", "pjsc", "qpsc", "qsc", "wll", "spc", "saoc", "saog", "bsc", "kscc", "ksc", "fze", "fzco", "fz llc",
    "pty limited",
    # Asian romanised (pinyin: youxian gongsi = 有限公司, gufen = 股份, zeren = 责任)
    "youxian gongsi", "gufen youxian gongsi", "youxian zeren gongsi", "gongsi", "gufen gongsi",
    "kk", "kabushiki kaisha", "co kg", "tnhh", "cong ty tnhh", "jsc", "pcl", "public company limited",
    "company ltd",
)}, key=lambda f: (-len(f), f)))
PREFIX_FORMS = (("pt",), ("cv",), ("oao",), ("zao",), ("pao",), ("ooo",), ("pjsc",), ("jsc",), ("ojsc",),
                ("cong", "ty"), ("cong", "ty", "co", "phan"), ("cong", "ty", "tnhh"), ("m", "s"), ("ms",))


def _index(forms, position: int) -> dict[str, tuple]:
    """The forms by their last (-1) or first (0) word, each list in the forms' own order."""
    out: dict[str, list] = {}
    for form in forms:
        out.setdefault(form[position], []).append(form)
    return {word: tuple(found) for word, found in out.items()}


_LEGAL_BY_LAST = _index(LEGAL_FORMS, -1)
_PREFIX_BY_FIRST = _index(PREFIX_FORMS, 0)
# Legal forms in scripts without spaces, longest first.
SCRIPT_FORMS = ("股份有限公司", "有限责任公司", "有限責任公司", "集团有限公司", "集團有限公司", "有限公司",
                "股份公司", "公司", "주식회사", "(주)", "㈜", "株式会社", "有限会社", "合同会社",
                "ООО", "ОАО", "ЗАО", "ПАО", "АО")
# Words many organisations share: they say what an organisation is, not which one.
GENERIC_WORDS = frozenset("""
    telecom telecoms telecommunication telecommunications telecomunicacoes telecomunicaciones telekom telecommunicatie
    communication communications comunicaciones comunicacoes mobile cellular wireless networks network net
    technology technologies tech technical systems system solutions services service digital data information
    computing computer computers software internet online smart power energy
    infocomm ict it electronics electronic equipment engineering construction works industrial industries
    industry group holding holdings international global national public state federal
    company corporation enterprise enterprises firm associates bank banking finance financial fund investment investments
    development trade trading commerce commercial export import exim
    ministry ministries department government govt authority agency commission council office administration
    directorate bureau board regulatory regulator institute university college academy school centre center
    of and for the de la le les del della di da do dos das des du el al y e et en und in at on
    limited ltd co corp inc plc
    china chinese peoples republic people s
""".split())

# Generic words that change which entity of a family is meant: a group is not its holding company,
# its international arm or its national one. Two names that differ in one of these are not one.
LEVEL_WORDS = frozenset("""
    group holding holdings international global regional national overseas worldwide asia pacific africa europe
    americas middle east investment investments capital finance financial trading foundation
""".split())

# The institutional words of the field's other languages (Spanish, French, Portuguese, Italian,
# Indonesian/Malay), in English: "Banco de Desarrollo de China" and "China Development Bank" are one
# name in two languages. Articles are dropped ("the" is), prepositions become "of" / "and"; a few
# English synonyms of ministries' portfolios become one word.
GLOSSARY = {
    **dict.fromkeys("de del des du da do dos das di della dello degli van von".split(), "of"),
    **dict.fromkeys("y e et und dan".split(), "and"),
    **dict.fromkeys("la le les el los las il lo gli l".split(), ""),
    **dict.fromkeys("en dans em na no nos nas".split(), "in"),
    "para": "for", "pour": "for", "per": "for", "untuk": "for",
    # (and English spelt both ways: "Special Communication Organization" is the "… Organisation")
    "organization": "organisation", "organizations": "organisations", "center": "centre", "centers": "centres",
    "program": "programme", "programs": "programmes", "informatization": "informatisation",
    "digitalization": "digitalisation", "modernization": "modernisation", "standardization": "standardisation",
    "banco": "bank", "banque": "bank", "bancaria": "bank", "bank": "bank",
    "ministerio": "ministry", "ministere": "ministry", "ministero": "ministry", "kementerian": "ministry",
    "kementrian": "ministry",
    "gobierno": "government", "gouvernement": "government", "governo": "government", "pemerintah": "government",
    "republica": "republic", "republique": "republic", "democratique": "democratic", "democratica": "democratic",
    "democratico": "democratic", "populaire": "peoples", "republik": "republic", "estado": "state", "etat": "state",
    "etats": "states", "estados": "states", "plurinacional": "plurinational", "popular": "peoples", "rakyat": "peoples", "federal": "federal", "federale": "federal", "nacional": "national",
    "nationale": "national", "national": "national", "nasional": "national", "nazionale": "national",
    "universidad": "university", "universidade": "university", "universite": "university", "universita": "university",
    "universitas": "university", "universiti": "university", "instituto": "institute", "institut": "institute",
    "istituto": "institute", "agencia": "agency", "agence": "agency", "agenzia": "agency", "badan": "agency",
    "autoridad": "authority", "autorite": "authority", "autoridade": "authority", "comision": "commission",
    "comissao": "commission", "comite": "committee", "consejo": "council", "conseil": "council",
    "conselho": "council", "direccion": "directorate", "direction": "directorate", "direcao": "directorate",
    "secretaria": "secretariat", "secretariat": "secretariat", "oficina": "office", "bureau": "bureau",
    "empresa": "company", "compania": "company", "companhia": "company", "compagnie": "company",
    "societe": "company", "sociedad": "company", "sociedade": "company", "perusahaan": "company",
    "corporacion": "corporation", "corporacao": "corporation", "grupo": "group", "groupe": "group",
    "desarrollo": "development", "developpement": "development", "desenvolvimento": "development",
    "pembangunan": "development", "exportacion": "export", "exportacao": "export", "importacion": "import",
    "importacao": "import", "comercio": "commerce", "commerce": "commerce", "industria": "industry",
    "industrie": "industry", "ciencia": "science", "ciencias": "sciences", "science": "science",
    "tecnologia": "technology", "tecnologias": "technologies", "technologie": "technology",
    "technologies": "technologies", "teknologi": "technology", "informacion": "information",
    "informacao": "information", "information": "information", "informasi": "information",
    "comunicacion": "communication", "comunicaciones": "communications", "comunicacao": "communication",
    "comunicacoes": "communications", "communication": "communication", "komunikasi": "communication",
    "telecomunicaciones": "telecommunications", "telecomunicacoes": "telecommunications",
    "telecommunications": "telecommunications", "telekomunikasi": "telecommunications",
    "telecomunicazioni": "telecommunications", "telefonos": "telephones", "telefones": "telephones",
    "telephones": "telephones", "correos": "posts", "correios": "posts", "postes": "posts",
    "seguridad": "security", "securite": "security", "seguranca": "security", "keamanan": "security",
    "defensa": "defence", "defense": "defence", "defesa": "defence", "pertahanan": "defence",
    "interior": "interior", "interieur": "interior", "dalam": "interior", "negeri": "",
    "relaciones": "relations", "exteriores": "foreign", "etrangeres": "foreign", "estrangeiros": "foreign",
    "asuntos": "affairs", "affaires": "affairs", "negocios": "affairs", "luar": "foreign",
    "economia": "economy", "economie": "economy", "ekonomi": "economy", "economico": "economic",
    "economique": "economic", "finanzas": "finance", "finances": "finance", "financas": "finance",
    "keuangan": "finance", "hacienda": "finance", "transporte": "transport", "transportes": "transport",
    "transports": "transport", "perhubungan": "transport", "energia": "energy", "energie": "energy",
    "educacion": "education", "education": "education", "educacao": "education", "pendidikan": "education",
    "salud": "health", "sante": "health", "saude": "health", "kesehatan": "health", "digital": "digital",
    "digitale": "digital", "numerique": "digital", "numerica": "digital", "digitalizacion": "digitalisation",
    "espacial": "space", "spatiale": "space", "espacio": "space", "espace": "space", "espaco": "space",
    "antariksa": "space", "investigacion": "research", "recherche": "research", "pesquisa": "research",
    "penelitian": "research", "servicio": "service", "servicios": "services", "service": "service",
    "servico": "service", "servicos": "services", "integrado": "integrated", "integre": "integrated",
    "sistema": "system", "systeme": "system", "sistem": "system", "reseau": "network",
    "rede": "network", "jaringan": "network", "embajada": "embassy", "ambassade": "embassy", "embaixada": "embassy",
    "kedutaan": "embassy", "consulado": "consulate", "consulat": "consulate", "general": "general",
    "ligue": "league", "liga": "league", "arabes": "arab", "arabe": "arab",
    "fondo": "fund", "fonds": "fund", "fundo": "fund", "dana": "fund", "fundacion": "foundation",
    "fondation": "foundation", "fundacao": "foundation", "yayasan": "foundation",
    "anonima": "", "anonyme": "", "anonimo": "",
    # pinyin words of Chinese organisation names
    "zhongguo": "china", "zhonghua": "china", "jishu": "technology", "keji": "technology", "yinhang": "bank",
    "jituan": "group", "kaifa": "development", "jinchukou": "export import", "tongxun": "communications",
    "tongxin": "communications", "dianxin": "telecom", "yidong": "mobile", "liantong": "unicom", "daxue": "university",
    "kexue": "science", "yanjiuyuan": "research institute", "renmin": "peoples", "zhengfu": "government",
    "shangwubu": "ministry of commerce", "waijiaobu": "ministry of foreign affairs",
    # Russian (as romanised by fold) of the ministries, agencies and companies of the CIS countries
    "ministerstvo": "ministry", "ministerstva": "ministry", "agentstvo": "agency", "komitet": "committee",
    "gosudarstvennyi": "state", "gosudarstvennoe": "state", "gosudarstvennaya": "state", "natsionalnyi": "national",
    "natsionalnaya": "national", "natsionalnoe": "national", "respubliki": "republic", "respublika": "republic",
    "svyazi": "communications", "informatsii": "information", "kommunikatsii": "communications",
    "universitet": "university", "ekonomiki": "economy", "finansov": "finance", "oborony": "defence",
    "obrazovaniya": "education", "nauki": "science", "kyrgyzskoi": "kyrgyz", "kyrgyzskoy": "kyrgyz",
    "kazakhstanskii": "kazakh", "uzbekskoi": "uzbek", "tadzhikskoi": "tajik", "turkmenskoi": "turkmen",
    # Vietnamese (marks folded) of ministries and state groups
    "bo": "ministry", "va": "and",
}
# Two-word synonyms folded before the word glossary: "internal affairs" and "home affairs" ministries
# are ministries of the interior.
_PHRASES = (("internal affairs", "interior"), ("home affairs", "interior"), ("interior affairs", "interior"),
            ("foreign affairs", "foreign affairs"), ("affaires etrangeres", "foreign affairs"),
            ("relaciones exteriores", "foreign affairs"), ("negocios estrangeiros", "foreign affairs"),
            ("luar negeri", "foreign affairs"), ("dalam negeri", "interior"),
            # Russian and Vietnamese portfolios
            ("vnutrennikh del", "interior"), ("inostrannykh del", "foreign affairs"),
            ("tsifrovogo razvitiya", "digital development"), ("thong tin", "information"),
            ("truyen thong", "communications"), ("cong an", "public security"), ("ngoai giao", "foreign affairs"),
            ("khoa hoc", "science"), ("cong nghe", "technology"), ("tai chinh", "finance"), ("quoc phong", "defence"),
            ("vien thong", "telecommunications"), ("buu chinh", "posts"), ("cong nghiep", "industry"),
            ("dai hoc", "university"), ("quoc gia", "national"), ("ke hoach", "planning"), ("dau tu", "investment"),
            ("quan doi", "military"), ("cong thuong", "industry and trade"), ("tap doan", "group"),
            ("ngan hang", "bank"), ("nha nuoc", "state"))

# Chinese names read word by word (南宁市人民政府: Nanning Municipal People's Government; 华为海洋网络:
# Huawei Marine Networks): the words of governments, places and the field's companies in English, as the
# pinyin glossary above reads their pinyin (技术 and "jishu" are both "technology"); any other run of
# characters is written in pinyin as one word (华为 → huawei, 亨通 → hengtong, 国家 → guojia), so a name in
# characters, its pinyin ("Zhongxing Tongxun") and its English ("Hengtong Group") can share a key.
_HANZI = {
    "中华人民共和国": "peoples republic of china", "中国": "china", "人民政府": "government", "政府": "government",
    "市": "municipal", "省": "province", "自治区": "autonomous region", "壮族": "zhuang", "回族": "hui",
    "维吾尔": "uygur", "特别行政区": "special administrative region", "国务院": "state council",
    "商务部": "ministry of commerce", "外交部": "ministry of foreign affairs", "公安部": "ministry of public security",
    "财政部": "ministry of finance", "工业和信息化部": "ministry of industry and information technology",
    "北京": "beijing", "上海": "shanghai", "天津": "tianjin", "重庆": "chongqing", "广东": "guangdong",
    "广西": "guangxi", "广州": "guangzhou", "深圳": "shenzhen", "南宁": "nanning", "南京": "nanjing",
    "杭州": "hangzhou", "浙江": "zhejiang", "江苏": "jiangsu", "福建": "fujian", "福州": "fuzhou", "厦门": "xiamen",
    "山东": "shandong", "济南": "jinan", "青岛": "qingdao", "河南": "henan", "郑州": "zhengzhou", "河北": "hebei",
    "石家庄": "shijiazhuang", "湖南": "hunan", "长沙": "changsha", "湖北": "hubei", "武汉": "wuhan",
    "四川": "sichuan", "成都": "chengdu", "云南": "yunnan", "昆明": "kunming", "贵州": "guizhou", "贵阳": "guiyang",
    "陕西": "shaanxi", "西安": "xian", "山西": "shanxi", "太原": "taiyuan", "甘肃": "gansu", "兰州": "lanzhou",
    "青海": "qinghai", "西宁": "xining", "宁夏": "ningxia", "银川": "yinchuan", "新疆": "xinjiang",
    "乌鲁木齐": "urumqi", "西藏": "tibet", "拉萨": "lhasa", "内蒙古": "inner mongolia", "呼和浩特": "hohhot",
    "辽宁": "liaoning", "沈阳": "shenyang", "大连": "dalian", "吉林": "jilin", "长春": "changchun",
    "黑龙江": "heilongjiang", "哈尔滨": "harbin", "安徽": "anhui", "合肥": "hefei", "江西": "jiangxi",
    "南昌": "nanchang", "海南": "hainan", "海口": "haikou", "苏州": "suzhou", "宁波": "ningbo", "无锡": "wuxi",
    "香港": "hong kong", "澳门": "macao",
    # the words of company names
    "集团": "group", "控股": "holdings", "国际": "international", "技术": "technology", "科技": "technology",
    "通信": "communications", "通讯": "communications", "电信": "telecom", "移动": "mobile", "联通": "unicom",
    "网络": "networks", "海洋": "marine", "银行": "bank", "电子": "electronics", "进出口": "import and export",
    "建筑": "construction", "建设": "construction", "工程局": "engineering bureau", "工程": "engineering",
    "信息": "information", "电力": "power", "铁路": "railway", "发展": "development", "开发": "development",
    "投资": "investment", "卫星": "satellite", "航天": "aerospace", "大学": "university", "科学": "science",
    "研究院": "research institute", "研究所": "research institute", "工业": "industry", "产业": "industry",
    "设备": "equipment", "数据": "data", "数字": "digital", "贸易": "trade", "能源": "energy", "光缆": "optical cable",
    "光纤": "optical fibre", "交通": "communications", "人民": "peoples",
    **{f"第{c}": w for c, w in zip("一二三四五六七八九十", "first second third fourth fifth sixth seventh eighth "
                                                      "ninth tenth".split())},
}
_HANZI_LONGEST = max(map(len, _HANZI))
_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _read_hanzi(word: str) -> str | None:
    """A word written in Chinese characters, in English words and pinyin (see ``_HANZI``); None for a
    word without any."""
    if word.isascii() or not _IDEOGRAPH.search(word):  # the usual case, answered at once
        return None
    out, run, i = [], "", 0
    while i < len(word):
        for n in range(min(_HANZI_LONGEST, len(word) - i), 0, -1):
            if word[i:i + n] in _HANZI:
                if run:
                    out.append(_pinyin(run))
                    run = ""
                out.append(_HANZI[word[i:i + n]])
                i += n
                break
        else:
            run += word[i]
            i += 1
    if run:
        out.append(_pinyin(run))
    return " ".join(out)


def _pinyin(run: str) -> str:
    """Characters in toneless pinyin as one word (any other letters kept as written)."""
    from pypinyin import Style, lazy_pinyin  # imported only when a name is written in characters

    return "".join(lazy_pinyin(run, style=Style.NORMAL, v_to_u=False))


_ORDINALS = dict(enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                           "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()))

_BRACKETS = re.compile(r"\s*[(\[（【]([^()\[\]（）【】]*)[)\]）】]")
_ALSO = re.compile(r"\b(?:formerly(?: known as)?|previously(?: known as)?|former(?:ly)?|now(?: known as)?|"
                   r"trading as|t/a|d/b/a|doing business as|also known as|a\.k\.a\.?|(?-i:aka)|operating as)\b[:\s]*",
                   re.I)
_FORMER = re.compile(r"^(?:formerly|previously|former|now)\b", re.I)
_NAMED_AFTER = re.compile(r"\s*,?\s+named after\s+.+$", re.I)  # "Tashkent University … named after al-Khwarizmi"


@dataclass
class ParsedName:
    """A name taken apart: what it is, what else it has been called, what its brackets say."""

    main: str
    former: list[str] = field(default_factory=list)     # "formerly Y", "(formerly Y, Z)"
    aliases: list[str] = field(default_factory=list)    # "(ABC)", "trading as Y", "also known as Y"


def parse_name(name: str) -> ParsedName:
    """Split a name into its main part, former names and aliases.

    Examples
    --------
    >>> p = parse_name("China Telecom (formerly China Netcom, CNC) trading as CTG")
    >>> p.main, p.former, p.aliases
    ('China Telecom', ['China Netcom', 'CNC'], ['CTG'])
    >>> parse_name("Bank of China (BOC)").aliases
    ['BOC']
    """
    text = " ".join(name.split())
    former: list[str] = []
    aliases: list[str] = []
    for inner in _BRACKETS.findall(text):
        inner = inner.strip()
        if not inner:
            continue
        target = former if _FORMER.match(inner) else aliases
        inner = _ALSO.sub("", inner).strip()
        parts = [p.strip() for p in re.split(r"[,;/]|\band\b", inner) if p.strip()] if target is former else [inner]
        target.extend(p for p in parts if p)
    text = _BRACKETS.sub(" ", text).strip()
    if _NAMED_AFTER.search(text):
        aliases.append(text)
        text = _NAMED_AFTER.sub("", text)
    pieces = _ALSO.split(text)
    if len(pieces) > 1 and pieces[0].strip(" ,;-"):
        markers = _ALSO.findall(text)
        text = pieces[0].strip(" ,;-")
        for marker, piece in zip(markers, pieces[1:]):
            piece = piece.strip(" ,;-")
            if piece:
                (former if _FORMER.match(marker.strip()) else aliases).append(piece)
    return ParsedName(" ".join(text.split()) or " ".join(name.split()), former, aliases)


# Traditional Chinese characters of organisation names, as simplified (华为 and 華為 are one name).
_TRADITIONAL = str.maketrans(dict(zip(
    "華為術國電訊銀開發興聯網絡團業設資產廣東動聯際務協會學氣體貿視術節點號擇場進與經濟據庫營運車鐵軌軟導層衛導",
    "华为术国电讯银开发兴联网络团业设资产广东动联际务协会学气体贸视术节点号择场进与经济据库营运车铁轨软导层卫导")))

# Latin letters that carry no combining mark to drop, and Cyrillic read as the field romanises it
# (Kazakhtelecom, Kyrgyztelecom, Moldtelecom): names in either script get one key.
_LETTERS = str.maketrans({"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
                          "þ": "th", "ħ": "h", "ŧ": "t"})
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўқғңүұһә",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "i", "ye", "g",
                      "u", "k", "g", "n", "u", "u", "h", "a"]))
_CYRILLIC_TABLE = str.maketrans(_CYRILLIC)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case, accents and compatibility forms folded, Cyrillic romanised; other scripts kept as they are."""
    return _fold_marks(text).translate(_CYRILLIC_TABLE)


def _fold_marks(text: str) -> str:
    if text.isascii():  # nothing to normalise, no mark to drop, and the tables map no ASCII letter
        return text.lower()
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LETTERS).translate(_TRADITIONAL)
    out = []
    for c in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(c):
            continue
        out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


def _strip_script_forms(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for form, folded in _FOLDED_SCRIPT_FORMS:
            stripped = text.strip()
            if stripped.endswith(folded) and len(stripped) > len(folded):
                text, changed = stripped[: -len(folded)], True
                break
            if stripped.startswith(folded) and len(stripped) > len(folded) and form in ("주식회사", "(주)", "㈜"):
                text, changed = stripped[len(folded):], True
                break
    return text


_FOLDED_SCRIPT_FORMS = tuple((f, _fold_marks(f)) for f in SCRIPT_FORMS)


def _words(text: str) -> list[str]:
    text = re.sub(r"\b([ldjmnst]|qu)['’](?=\w)", r"\1 ", text)  # French elision: "l'Économie", "d'Ivoire"
    text = text.replace("&", " and ").replace("'", "").replace("’", "")
    words = re.sub(r"[^\w]+|_", " ", text).split()
    joined: list[str] = []
    run = False
    for w in words:  # S.A. -> "s a" -> "sa": a run of single letters is one abbreviation
        single = len(w) == 1 and w.isalpha() and w.isascii()
        if single and run:
            joined[-1] += w
        else:
            joined.append(w)
        run = single
    return joined


@lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """The name folded and without its legal forms: what identifies the organisation.

    Examples
    --------
    >>> key("Huawei Technologies Co., Ltd."), key("HUAWEI"), key("Telefónica S.A."), key("PT Telkom Indonesia Tbk")
    ('huawei technologies', 'huawei', 'telefonica', 'telkom indonesia')
    >>> key("中兴通讯股份有限公司"), key("Maxis Sdn. Bhd."), key("The Bank of China Limited")
    ('中兴通讯', 'maxis', 'bank of china')
    """
    text = _strip_script_forms(_fold_marks(name)).translate(_CYRILLIC_TABLE)
    words = [w for w in _words(text) if w != "the"]
    changed = True
    while changed and len(words) > 1:
        changed = False
        for form in _LEGAL_BY_LAST.get(words[-1], ()):  # the forms, in their order, that end as the name does
            n = len(form)
            if len(words) > n and tuple(words[-n:]) == form:
                words, changed = words[:-n], True
                break
        for form in _PREFIX_BY_FIRST.get(words[0], ()):
            n = len(form)
            if len(words) > n and tuple(words[:n]) == form:
                words, changed = words[n:], True
                break
    if words and not words[-1].isascii():
        words[-1:] = _words(_strip_script_forms(words[-1])) or words[-1:]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def english(name_key: str) -> str:
    """A key with the field's institutional words in English, articles dropped and "de" / "y" read as
    "of" / "and" (a key already in English is unchanged but for "internal/home affairs" → "interior").

    Examples
    --------
    >>> english(key("Banco de Desarrollo de China")), english(key("Ministerio del Interior"))
    ('bank of development of china', 'ministry of interior')
    """
    text = f" {' '.join(_read_hanzi(w) or w for w in name_key.split())} "
    text = text.replace(" peoples government ", " government ")  # every Chinese local government is one
    text = re.sub(r" (\d{1,2})(?:st|nd|rd|th) ", lambda m: f" {_ORDINALS.get(int(m[1]), m[1])} ", text)
    for phrase, word in _PHRASES:
        text = text.replace(f" {phrase} ", f" {word} ")
    words = text.split()
    if len(words) < 2:
        return " ".join(words)  # a one-word name is a name ("Du", "Banco"), not words to translate
    out = " ".join(w for w in (GLOSSARY.get(t, t) for t in words) if w)
    return out if set(out.split()) - _STOPS else " ".join(words)


_STOPS = frozenset("of and for in the".split())


def tokens(name_key: str) -> list[str]:
    """The words of a key (a key of a CJK name is one word)."""
    return name_key.split()


def distinctive(name_key: str, countries: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of a key that tell organisations apart: not generic words, nor the names of countries
    (``countries``: folded country names and adjectives to leave out)."""
    return frozenset(w for w in name_key.split() if w not in GENERIC_WORDS and w not in countries)


def initials(name_key: str) -> str:
    """The initials of a key's words, stop words aside: 'china development bank' → 'cdb'."""
    stop = {"of", "and", "for", "the", "de", "la", "del", "des", "du", "da", "do", "e", "y", "et", "en", "und"}
    return "".join(w[0] for w in name_key.split() if w not in stop and w[0].isalnum())


def is_acronym(name: str) -> bool:
    """A name written as an acronym: 2-8 capitals or digits, maybe with dots or '&' ('ZTE', 'CAMTEL', 'AT&T')."""
    bare = re.sub(r"[.&\-\s]", "", name)
    return 2 <= len(bare) <= 8 and bare.isupper() and bare.isalnum() and bare.isascii()
