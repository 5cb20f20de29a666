"""Entity resolution: names → curated entities, new entities below the threshold, and its measured quality."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import REPO

from graph.resolve import Entity, Resolver, normalise


@pytest.fixture(scope="module")
def curated():
    from graph.records import load_records

    return load_records()


@pytest.fixture
def resolver(curated):
    return Resolver.from_records(curated, dataset="test")


def test_normalise_folds_case_punctuation_and_legal_suffixes():
    assert normalise("Huawei Technologies Co., Ltd.") == normalise("HUAWEI TECHNOLOGIES") == "huawei technologies"
    assert normalise("Oasis S.P.R.L.") == "oasis"
    assert normalise("Ministry of the Interior") == "ministry of interior"


def test_huawei_spellings_are_one_company_and_huawei_marine_is_not_huawei(resolver):
    ids = {resolver.resolve(n).entity.id for n in ("Huawei Technologies Co., Ltd.", "Huawei", "HUAWEI")}
    assert ids == {"huawei-technologies"}
    marine = resolver.resolve("Huawei Marine").entity
    assert marine.id == "huawei-marine-networks" and marine.parent == "huawei-technologies"  # as curated


def test_eximbank_names_are_one_bank(resolver):
    assert {resolver.resolve(n).entity.id for n in ("China Eximbank", "Export-Import Bank of China")} == \
        {"export-import-bank-of-china"}


def test_ministry_attaches_to_its_own_countrys_government(resolver):
    ours = resolver.resolve("Ministry of Interior", country="PAK").entity
    assert ours.id == "ministry-of-interior-pakistan"
    theirs = resolver.resolve("Ministry of Interior", country="NGA", kind="Government Agency")
    assert theirs.rule == "new" and theirs.entity.kind == "ministry" and theirs.entity.parent == "government-of-nigeria"
    # a country whose government no record names: the resolver makes it (not curated)
    new_gov = resolver.resolve("Ministry of Tests", country="ISL", kind="Government Agency").entity
    assert resolver.entity(new_gov.parent).name == "Government of Iceland" and not resolver.entity(new_gov.parent).curated


def test_below_threshold_creates_and_then_reuses_an_entity(resolver):
    first = resolver.resolve("Fictional Lagoon Telecom Ltd.", row="1")
    again = resolver.resolve("FICTIONAL LAGOON TELECOM", row="2")
    assert first.rule == "new" and again.entity is first.entity and again.rule == "exact"
    assert first.entity.rows == {"1", "2"}
    log = {r["name_as_found"]: r for r in resolver.merge_log()}
    assert log["Fictional Lagoon Telecom Ltd."]["rule"] == "new"


def test_fuzzy_match_carries_its_score(resolver):
    m = resolver.resolve("Pakistan Telecommunications Company Ltd.")
    assert m.entity.id == "pakistan-telecommunication-company-limited" and m.rule == "fuzzy" and 0.9 <= m.score < 1


def test_wikidata_link_for_a_merged_entity(tmp_path):
    from graph.sources.common import DatasetInfo, Emitter

    r = Resolver([Entity("acme", "Acme Networks", "private_company", "CHN", wikidata="Q42")], dataset="t")
    assert r.resolve("ACME Networks Co., Ltd.").entity.id == "acme"
    e = Emitter(DatasetInfo("t", "T"))
    e.organisations(r)
    assert any(q.predicate.value.endswith("#sameAs") and q.object.value == "http://www.wikidata.org/entity/Q42"
               for q in e.quads)


def test_the_evaluation_script_measures_both_pair_sets_and_meets_the_floors():
    """scripts/eval_resolution.py on the hand-labelled pair sets (tests/data/resolution), run as a user
    runs it. Floors, the targets: precision 0.98 for both (a wrong merge corrupts the graph silently);
    recall 0.95 for organisations and 0.90 for partnerships (a missed merge leaves a duplicate for the
    merge log's reviewer)."""
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "eval_resolution.py"), "--errors"],
                          capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    rows = re.findall(r"^### (\w+): \d+ pairs.*?^\| \*\*all\*\* \| \d+ \| \*\*([\d.]+)\*\* \| \*\*([\d.]+)\*\*",
                      done.stdout, flags=re.M | re.S)
    found = {name: (float(p), float(r)) for name, p, r in rows}
    assert set(found) == {"organisations", "partnerships"}, done.stdout
    (op, orec), (pp, prec) = found["organisations"], found["partnerships"]
    assert op >= 0.98 and orec >= 0.95, done.stdout
    assert pp >= 0.98 and prec >= 0.90, done.stdout
    pairs = {name: sum(1 for _ in open(REPO / "tests" / "data" / "resolution" / f"{name}-pairs.csv", encoding="utf-8")) - 1
             for name in ("org", "partnership")}
    assert pairs["org"] >= 400 and pairs["partnership"] >= 60


def test_a_fork_resolves_like_the_resolver_and_leaves_it_unchanged():
    """Resolver.fork(), which the pair evaluation gives each pair: the fork matches what the resolver
    matches; what it creates or learns (a new organisation, a fuzzy spelling) stays in the fork."""
    base = Resolver([Entity("acme", "Acme Networks Limited", "private_company", "KEN", aliases={"ANL"}),
                     Entity("zte", "ZTE Corporation", "private_company", "CHN")], dataset="t")
    keys_before = {k: set(v) for k, v in base._keys.items()}
    fork = base.fork()
    assert vars(fork).keys() == vars(base).keys()  # an attribute added to Resolver must be forked too
    assert fork.resolve("ACME NETWORKS LTD", country="KEN").entity.id == "acme"
    learnt = fork.resolve("Acme Netwroks Limited", country="KEN")
    assert learnt.entity.id == "acme" and learnt.rule == "fuzzy"
    created = fork.resolve("Qwerty Zxcv Holdings", country="UGA")
    assert created.entity.id not in base.entities and created.entity.id in fork.entities
    fork.resolve("ZTE Corporation", row="row-1")
    assert fork.entity("zte").rows == {"row-1"} and base.entity("zte").rows == set()
    assert {k: set(v) for k, v in base._keys.items()} == keys_before
    again = base.fork().resolve("Qwerty Zxcv Holdings", country="UGA")
    assert again.entity.id == created.entity.id and again.rule == created.rule


def test_the_evaluation_counts_right_and_wrong_merges_per_case(tmp_path):
    """A pair file of our own with a known outcome: a right merge, a wrong merge the rules would
    never make (so a miss for 'no'), and a missed pair; the counts are read back per case."""
    from graph.resolve.evaluation import ORG_COLUMNS, evaluate_org_pairs, read_pairs

    f = tmp_path / "pairs.csv"
    f.write_text("name_a,country_a,kind_a,name_b,country_b,kind_b,same,case,note\n"
                 "Huawei Technologies Co. Ltd.,CHN,private_company,HUAWEI TECHNOLOGIES CO LTD,CHN,,yes,legal,\n"
                 "Unitel,LAO,,Unitel,AGO,,no,country,\n"
                 "Qwerty Zxcv Networks,KEN,,Asdf Holdings,KEN,,yes,knowledge,\n", encoding="utf-8")
    score = evaluate_org_pairs(read_pairs(f, ORG_COLUMNS))
    assert (score.tp, score.fp, score.fn, score.tn) == (1, 0, 1, 1)
    assert score.by_case["knowledge"].fn == 1 and score.by_case["country"].tn == 1
    assert score.precision == 1.0 and score.recall == 0.5
    bad = tmp_path / "bad.csv"
    bad.write_text("name_a,country_a,kind_a,name_b,country_b,kind_b,same,case\nA,,,B,,,maybe,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.csv: line 2: field 'same'"):
        read_pairs(bad, ORG_COLUMNS)


# -- the error classes measured on held-out real files, each with fixtures of our own -----------------------

def _fresh(entities=()):
    return Resolver([Entity(*e) if isinstance(e, tuple) else e for e in entities], dataset="t")


@pytest.mark.parametrize("code", ["BT", "MT", "PT", "TT", "CAN", "MAR", "TUN"])
def test_a_short_acronym_that_is_an_iso_code_is_never_a_government(resolver, code):
    # a cable owner known by two letters: it must not become the government of Bhutan (BT) and then
    # "own" every cable that owner owns
    m = resolver.resolve(code, kind="")
    assert m.rule != "government-of-country" and m.entity.kind != "government", (m.rule, m.entity.id)


@pytest.mark.parametrize("first, second", [
    ("Hunan Construction Engineering Group Co., Ltd.", "Hubei Construction Engineering Group Co., Ltd."),
    ("China Construction Third Engineering Bureau", "China Construction Eighth Engineering Bureau"),
    ("Chengtong Group", "Hengtong Group"),
    ("Guangzhou Municipal Government", "Hangzhou Municipal Government"),
    ("Telkom Kenya", "Telkom Indonesia"),
    ("Zamtel", "Zantel"),
    ("Ethio Telecom", "EthioNet Startup Telecom Services"),
    ("ZTE Corporation", "ZTE Holdings"),
    ("Alibaba Group", "Alibaba International Digital Commerce Group"),
])
def test_different_companies_are_not_merged_on_similar_spelling(first, second):
    r = _fresh()
    a, b = r.resolve(first, row="1"), r.resolve(second, row="2")
    assert a.entity is not b.entity, (b.rule, b.evidence)


def test_the_same_body_in_different_countries_stays_apart():
    r = _fresh()
    kenya = r.resolve("Chinese Embassy", country="CHN", kind="Government Agency", seat="KEN").entity
    pakistan = r.resolve("Chinese Embassy", country="CHN", kind="Government Agency", seat="PAK").entity
    again = r.resolve("Chinese Embassy", country="CHN", kind="Government Agency", seat="KEN").entity
    assert kenya is not pakistan and kenya is again and {kenya.seat, pakistan.seat} == {"KEN", "PAK"}
    nigeria = r.resolve("Ministry of Communications", country="NGA", kind="Government Agency").entity
    ghana = r.resolve("Ministry of Communications", country="GHA", kind="Government Agency").entity
    assert nigeria is not ghana


def test_a_ministry_named_with_and_without_its_country_is_one(resolver):
    plain = resolver.resolve("Ministry of Interior", country="PAK").entity
    for variant in ("Pakistani Ministry of Interior", "Ministry of Interior, Pakistan", "Ministry of Interior (Pakistan)",
                    "Pakistan Ministry of Interior"):
        m = resolver.resolve(variant, country="PAK")
        assert m.entity is plain, (variant, m.rule, m.evidence)
    assert resolver.resolve("Nigerian Ministry of Interior", country="NGA").entity is not plain


def test_a_state_body_whose_name_says_its_country_is_found_without_the_country():
    """"China National Space Administration" found with no country is the records' body of that name, its name saying
    China's (it had become a second, new body); a body whose name says no country, or another's, is not merged so."""
    r = _fresh([("cnsa", "China National Space Administration", "agency", "CHN"),
                ("mof-pk", "Ministry of Finance", "ministry", "PAK")])
    m = r.resolve("China National Space Administration")
    assert m.entity.id == "cnsa" and any("as the name says" in e for e in m.evidence), (m.rule, m.evidence)
    assert r.resolve("Ministry of Finance").entity.id != "mof-pk"
    assert r.resolve("Russia National Space Administration").entity.id != "cnsa"


@pytest.mark.parametrize("name", ["Republic of Kenya", "Kenya Government", "Government of the Republic of Kenya",
                                  "The Government of Kenya", "Kenyan Government"])
def test_government_forms_are_the_countrys_government(resolver, name):
    m = resolver.resolve(name, country="KEN")
    assert m.entity.id == "government-of-kenya" and m.rule == "government-of-country", (m.rule, m.entity.id)


def test_an_incumbent_by_its_name_in_another_language_and_by_its_acronym():
    r = _fresh()
    full = r.resolve("Compañía Anónima Nacional Teléfonos de Venezuela (CANTV)", country="VEN", kind="State-owned Company")
    by_acronym = r.resolve("CANTV", country="VEN", kind="State-owned Company")
    unaccented = r.resolve("Compania Anonima Nacional Telefonos de Venezuela", country="VEN")
    assert by_acronym.entity is full.entity and by_acronym.rule == "acronym"
    assert unaccented.entity is full.entity
    # the acronym alone, with nothing in common (another country), is not enough
    assert r.resolve("CANTV", country="COL", kind="Private Company").entity is not full.entity


def test_old_and_new_names_of_a_renamed_organisation():
    r = _fresh()
    new = r.resolve("Nairobi Institute of Technology (formerly Kenya Technical Institute)", country="KEN")
    old = r.resolve("Kenya Technical Institute", country="KEN")
    assert old.entity is new.entity and old.rule == "alias" and "Kenya Technical Institute" in new.entity.former


def test_a_national_arm_is_its_own_organisation_under_its_group(resolver):
    arm = resolver.resolve("Huawei Kenya", country="KEN")
    group = resolver.resolve("Huawei Technologies")
    assert arm.entity is not group.entity and arm.rule == "new-national-arm"
    assert arm.entity.parent == group.entity.id and arm.entity.country == "KEN"
    assert resolver.resolve("Huawei Kenya").entity is arm.entity  # and it is found again


def test_the_merge_log_says_per_name_the_rule_and_its_evidence(resolver):
    resolver.resolve("Export Import Bank of China", country="CHN", row="r1")
    resolver.resolve("Hunan Test Fibre Company", row="r2")
    resolver.resolve("Hubei Test Fibre Company", row="r3")
    log = {r["name_as_found"]: r for r in resolver.merge_log()}
    exim = log["Export Import Bank of China"]
    assert exim["entity"] == "export-import-bank-of-china" and exim["rule"] in ("exact", "alias") and exim["evidence"]
    hubei = log["Hubei Test Fibre Company"]
    assert hubei["rule"] == "new" and hubei["runner_up"] == "hunan-test-fibre" and hubei["why_not"]


# -- judgements ----------------------------------------------------------------------------------------------

def _judgements(tmp_path, text):
    from graph.resolve.judgements import load_judgements

    path = tmp_path / "judgements.yaml"
    path.write_text(text, encoding="utf-8")
    return load_judgements(path)


def test_judgements_decide_before_the_rules_and_what_follows_from_them_is_derived(tmp_path, curated):
    j = _judgements(tmp_path, """
- same: true
  a: organisation:jazz
  b: Pakistan Mobile Communications Limited
  why: Jazz is PMCL's brand
- same: true
  a: Pakistan Mobile Communications Limited
  b: PMCL
  why: its acronym
- same: false
  a: organisation:safaricom
  b: Safari Telecom Ventures
  why: another company
""")
    r = Resolver.from_records(curated, judgements=j)
    assert r.resolve("PMCL").entity.id == "jazz" and r.resolve("PMCL").rule == "judged-same"  # derived: PMCL is Jazz
    assert r.resolve("Pakistan Mobile Communications Limited").entity.id == "jazz"
    assert r.resolve("Safari Telecom Ventures").entity.id != "safaricom"


def test_contradicting_judgements_are_refused_naming_both(tmp_path):
    from graph.errors import RecordError

    with pytest.raises(RecordError, match=r"judgements.yaml:\d+: judgement that .* contradicts .*judgements.yaml:\d+"):
        _judgements(tmp_path, """
- same: true
  a: organisation:a
  b: organisation:b
  why: x
- same: true
  a: organisation:b
  b: organisation:c
  why: y
- same: false
  a: organisation:a
  b: organisation:c
  why: z
""")


def test_dsr_resolve_accept_and_reject_round_trip_through_the_records(tmp_path, run, records_copy):
    ok = run("resolve", "accept", "organisation:chengtong-group", "Chengtong Holdings Group", "--why", "renamed",
             "--who", "a test", "--data", records_copy)
    assert ok.exit_code == 0, ok.output
    bad = run("resolve", "reject", "Chengtong Holdings Group", "organisation:chengtong-group", "--why", "x",
              "--data", records_copy)
    assert bad.exit_code == 2 and "contradicts" in bad.output
    text = (records_copy / "judgements.yaml").read_text()
    assert "Chengtong Holdings Group" in text and "a test" in text and "contradicts" not in text
    from graph.records import load_records

    r = Resolver.from_records(load_records(records_copy))
    assert r.resolve("Chengtong Holdings Group").entity.id == "chengtong-group"
    # and `dsr build` applies an entity judgement: two organisations become one node
    assert run("resolve", "accept", "organisation:chengtong-group", "organisation:hengtong-group",
               "--why", "a test of the mechanism", "--data", records_copy).exit_code == 0
    out = tmp_path / "out"
    assert run("build", "--data", records_copy, "--out", out).exit_code == 0
    import graph

    kg = graph.load(out / "dsr.trig")
    rows = kg.select("SELECT ?p WHERE { ?p dsr:party organisation:hengtong-group }")
    assert rows == [] and kg.query("ASK { organisation:hengtong-group owl:sameAs organisation:chengtong-group }").boolean


def test_the_ascii_shortcuts_of_name_folding_hold():
    """Folding skips Unicode normalisation for an ASCII name, and the Chinese reading skips an ASCII
    word: that is only right while no folding table maps an ASCII character and no Chinese name is
    ASCII — and an ASCII name must fold as the full path folds it."""
    import importlib
    import unicodedata

    n = importlib.import_module("graph.resolve.normalise")
    assert not any(k < 128 for k in (*n._LETTERS, *n._TRADITIONAL))
    assert not any(k.isascii() for k in n._HANZI)
    for text in ["Huawei Technologies Co., Ltd.", "ZTE (Pvt.) LTD", "A&B  S.A.", "l'Economie", "\tTAB\n", ""]:
        full = unicodedata.normalize("NFKC", text).casefold().translate(n._LETTERS).translate(n._TRADITIONAL)
        full = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFKD", full)
                                                    if not unicodedata.combining(c)))
        assert n._fold_marks(text) == full
    assert n._read_hanzi("huawei") is None and n._read_hanzi("北京") == "beijing"


# -- names in characters, other languages and initials ---------------------------------------------------------

def test_a_name_in_chinese_characters_meets_its_english_and_its_pinyin():
    r = _fresh([("hengtong", "Hengtong Group", "private_company", "CHN"),
                ("fictional-marine", "Fictional Marine Networks", "private_company", "CHN")])
    # words of company names read in English, any other run of characters in pinyin (亨通: hengtong)
    assert r.resolve("亨通集团有限公司", country="CHN").entity.id == "hengtong"
    ours = r.resolve("沧浪海洋网络有限公司", country="CHN")
    assert ours.rule == "new"  # 沧浪 is not "fictional": the brand must agree, not only 海洋网络 (marine networks)
    # a name the authority gives in characters is found from its pinyin
    r2 = _fresh([Entity("zte", "ZTE Corporation", "private_company", "CHN", aliases={"中兴通讯"})])
    assert r2.resolve("Zhongxing Tongxun", country="CHN").entity.id == "zte"
    assert r2.resolve("Zhongxing Tongxin Gongsi", country="CHN").entity.id == "zte"  # 通信 / 通讯: one word
    assert r2.resolve("Zhongguo Tongxun", country="CHN").entity.id != "zte"


def test_chinese_names_that_differ_in_a_word_stay_apart():
    r = _fresh()
    third = r.resolve("中国建筑第三工程局有限公司", country="CHN").entity
    assert r.resolve("中国建筑第八工程局有限公司", country="CHN").entity is not third
    assert r.resolve("China Construction Third Engineering Bureau Co., Ltd.", country="CHN").entity is third
    assert r.resolve("中国移动", country="CHN").entity is not r.resolve("中国电信", country="CHN").entity


@pytest.mark.parametrize("native, english, country", [
    ("Министерство цифрового развития Кыргызской Республики", "Ministry of Digital Development (Kyrgyzstan)", "KGZ"),
    ("Министерство внутренних дел Республики Казахстан", "Ministry of Internal Affairs of Kazakhstan", "KAZ"),
    ("Bộ Thông tin và Truyền thông", "Ministry of Information and Communications (Vietnam)", "VNM"),
    ("Bộ Công an", "Ministry of Public Security of Vietnam", "VNM"),
])
def test_a_ministry_in_russian_or_vietnamese_is_its_english_name(native, english, country):
    r = _fresh()
    first = r.resolve(english, country=country, kind="ministry").entity
    assert r.resolve(native, country=country, kind="ministry").entity is first
    # the same words of another country's ministry are another ministry
    assert r.resolve(native, country="UZB", kind="ministry").entity is not first


@pytest.mark.parametrize("name, country, named", [
    ("SA Government", "ZAF", True), ("UAE Government", "ARE", True), ("Government of the PNG", "PNG", True),
    ("SA Government", "SAU", True), ("SA Government", "KEN", False), ("UK Government", "ZAF", False),
])
def test_initials_of_the_countrys_name_before_government_are_its_government(name, country, named):
    r = _fresh()
    m = r.resolve(name, country=country)
    assert (m.rule == "government-of-country" and m.entity.country == country) is named


def test_two_letters_are_an_organisation_only_when_one_of_that_country_has_those_initials():
    r = _fresh([("telekom-malaysia", "Telekom Malaysia Berhad", "private_company", "MYS"),
                ("fictional-one", "Teleport Mandiri", "private_company", "IDN"),
                ("fictional-two", "Tower Mandiri", "private_company", "IDN")])
    assert r.resolve("TM", country="MYS").entity.id == "telekom-malaysia"
    assert r.resolve("TM", country="IDN").rule == "new"  # two of Indonesia's have those initials
    assert r.resolve("TM", country="TKM").rule == "new"  # and never the country code Turkmenistan
    assert r.resolve("TM").entity.id != "telekom-malaysia"  # nor without a country


def test_a_declared_acronym_is_no_evidence_for_another_name_with_its_initials():
    r = _fresh([Entity("gwadar", "Gwadar Development Authority", "agency", "PAK", aliases={"GDA"}),
                Entity("telecom", "Fictional Telecom", "state_owned_enterprise", "CHN", aliases={"CTG"})])
    # GDA is Gwadar's: Gujranwala's authority is another body; CTG's expansion is not known
    assert r.resolve("Gujranwala Development Authority", country="PAK").entity.id != "gwadar"
    assert r.resolve("China Tower Group", country="CHN").entity.id != "telecom"
    # a name word by word keeps its countries: "Omani Qatari ..." is not "Oman ..."
    r2 = _fresh([("omantel", "Oman Telecommunications Company", "state_owned_enterprise", "OMN")])
    assert r2.resolve("Omani Qatari Telecommunications Company", country="OMN").entity.id != "omantel"
    assert r2.resolve("Oman Telecom", country="OMN").entity.id == "omantel"


def test_a_judgement_on_an_entity_nobody_knows_is_refused_with_the_closest_ids(tmp_path, run, records_copy):
    before = (records_copy / "judgements.yaml").read_text(encoding="utf-8")
    typo = run("resolve", "accept", "organisation:zte-corporaton", "Zhongxing Tongxun", "--why", "x",
               "--data", records_copy, "--graph", tmp_path / "absent.trig")
    assert typo.exit_code == 2 and "'zte-corporaton'" in typo.output and "zte-corporation" in typo.output
    unknown = run("resolve", "reject", "partnership:PAK-2025-JWG-24MOUS", "partnership:NO-SUCH-DEAL", "--why", "x",
                  "--data", records_copy, "--graph", tmp_path / "absent.trig")
    assert unknown.exit_code == 2 and "NO-SUCH-DEAL" in unknown.output
    assert (records_copy / "judgements.yaml").read_text(encoding="utf-8") == before
    # an organisation an import created is known from the built graph
    built = tmp_path / "built.trig"
    built.write_text("<https://example.org/dsr/g> { <https://w3id.org/dsr/id/org/zhongxing-tongxun> "
                     "<http://www.w3.org/2000/01/rdf-schema#label> \"Zhongxing Tongxun\" . }\n", encoding="utf-8")
    ok = run("resolve", "accept", "organisation:zte-corporation", "organisation:zhongxing-tongxun", "--why",
             "pinyin of ZTE's Chinese name", "--data", records_copy, "--graph", built)
    assert ok.exit_code == 0, ok.output
    assert "organisation:zhongxing-tongxun" in (records_copy / "judgements.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("first, second", [
    ("Special Communication Organisation", "Special Communication Organization"),
    ("Zentra Innovation Center", "Zentra Innovation Centre"),
    ("Orion Informatization Programme", "Orion Informatisation Program"),
])
def test_a_name_spelt_the_british_or_the_american_way_is_one_name(first, second):
    """"Special Communication Organization" is the "… Organisation" the records know (it had been a new organisation)."""
    r = _fresh([("fictional-one", first, "agency", "PAK")])
    assert r.resolve(second, country="PAK").entity.id == "fictional-one"


@pytest.mark.parametrize("name, same", [
    ("Pacific Telecommunications Union", False),  # another body: what it works on tells it apart
    ("Pacific Telecom Union", False),
    ("Pacific Union", True),
    ("Pacific Institute of Technology", False),
    ("Pacific Institute", True),
])
def test_a_body_that_is_no_business_is_told_apart_by_what_its_name_says_it_works_on(name, same):
    """"African Telecommunications Union" is not the "African Union", nor an "Institute of Technology" its
    "Institute" — whereas a firm's "Technologies" or "Telecom" may come and go ("Huawei Technologies" is Huawei)."""
    r = _fresh([("pu", "Pacific Union", "international_org"), ("pi", "Pacific Institute", "university", "FJI"),
                ("acme", "Acme", "private_company", "FJI")])
    m = r.fork().resolve(name, country="FJI" if "Institute" in name else None)
    assert (m.entity.id in ("pu", "pi")) is same, (m.rule, m.evidence, m.runner_up)
    assert r.fork().resolve("Acme Technologies", country="FJI").entity.id == "acme"
    assert r.fork().resolve("Acme Telecom", country="FJI").entity.id == "acme"


def test_a_curated_organisation_named_exactly_is_found_whatever_kind_its_words_suggest():
    """"African Union Commission" is the international organisation the records name so, though "Commission" reads
    as a state's body (which would need a country on both sides): the records' own name wins over a guess from its
    words — a kind the dataset states still keeps them apart."""
    r = _fresh([("auc", "African Union Commission", "international_org")])
    assert r.fork().resolve("African Union Commission").entity.id == "auc"
    assert r.fork().resolve("African Union Commission", kind="Government Agency").entity.id != "auc"


@pytest.mark.parametrize("name, kind", [
    ("National Police", "agency"), ("Kenya Police Service", "agency"), ("Royal Lakeland Army", "agency"),
    ("Gendarmerie Nationale", "agency"), ("Delegation of National Security", "agency"),
    ("National Security Secretariat", "agency"),
    # (a business named after a force is a business; a bank a bank)
    ("Army Welfare Trust", "company"), ("Police Credit Union", "company"), ("Customs Bank", "bank"),
])
def test_a_force_or_a_secretariat_a_name_ends_with_is_a_state_body(name, kind):
    from graph.resolve.orgs import guess_kind

    assert guess_kind(name) == kind


def test_a_group_named_alone_is_not_its_national_arm_known_by_the_group_name_and_a_country():
    """The records know Djezzy, also "Orascom Telecom Algérie": "Orascom Telecom" alone is the group, not its Algerian
    arm — unless the dataset says the one it means is Algerian; the arm's own names still find it."""
    r = _fresh([Entity("djz", "Djezzy", "private_company", "DZA", aliases={"Orascom Telecom Algérie"})])
    assert r.fork().resolve("Orascom Telecom").entity.id != "djz"
    assert r.fork().resolve("Orascom Telecom", country="DZA").entity.id == "djz"
    assert r.fork().resolve("Orascom Telecom Algerie").entity.id == "djz"
    assert r.fork().resolve("Djezzy").entity.id == "djz"


@pytest.mark.parametrize("name", ["Govt of Pakistan", "Govt. of Pakistan", "Pakistan Govt", "the Gov of Pakistan"])
def test_a_government_named_with_its_word_shortened_is_the_countrys_government(resolver, name):
    """"Govt of Pakistan" is the Government of Pakistan, as written in full — not a new company of that name."""
    m = resolver.fork().resolve(name)
    assert (m.entity.id, m.rule) == ("government-of-pakistan", "government-of-country")
