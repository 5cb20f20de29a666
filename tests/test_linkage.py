"""One deal, one partnership: what two sources describe is linked into one partnership, each source's
claims kept in its own graph, so disagreements meet and counts count it once."""

from __future__ import annotations

import csv
import io
import json

import pytest

import graph
from conftest import TEST_DATA

PEACE = "https://w3id.org/dsr/id/partnership/peace-system"
SAFE_PH = "https://w3id.org/dsr/id/partnership/phl-safe-philippines"


def _cables(folder, cables):
    (folder / "cable").mkdir(parents=True)
    (folder / "landing-point").mkdir()
    for c in cables:
        (folder / "cable" / f"{c['id']}.json").write_text(json.dumps(c), encoding="utf-8")


def _aiddata(path, rows):
    with open(TEST_DATA / "aiddata" / "test-projects.csv", encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    for values in rows:
        w.writerow([values.get(h, "") for h in header])
    path.write_text(buf.getvalue(), encoding="utf-8")


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    """A build of the curated records with a cable map and an AidData table that describe deals the
    records hold, and one each that they do not."""
    from click.testing import CliRunner

    from graph.cli import cli

    root = tmp_path_factory.mktemp("linked")
    _cables(root / "cables", [
        {"id": "peace-cable", "name": "PEACE Cable", "length": "25,000 km", "rfs": "2022 March", "rfs_year": 2022,
         "owners": "PCCW Global", "suppliers": "HMN Tech", "is_planned": False,
         "landing_points": [{"id": "karachi-pakistan", "name": "Karachi, Pakistan", "country": "Pakistan"},
                            {"id": "marseille-france", "name": "Marseille, France", "country": "France"}]},
        {"id": "invented-link-cable", "name": "Invented Link Cable", "rfs_year": 2021, "owners": "Orange",
         "landing_points": [{"id": "djibouti", "name": "Djibouti City, Djibouti", "country": "Djibouti"}]},
    ])
    base = {"Recipient": "Philippines", "Financier Country": "China (People's Republic of)", "Commitment Year": "2018",
            "Flow Type": "Loan", "AidData Sector Name": "COMMUNICATIONS", "Status": "Implementation",
            "Funding Agencies": "China Eximbank", "Funding Agencies Type": "State-owned Policy Bank",
            "Receiving Agencies": "Department of the Interior and Local Government",
            "Receiving Agencies Type": "Government Agency", "Receiving Agencies Origin": "Recipient"}
    _aiddata(root / "projects.csv", [
        {**base, "AidData TUFF Project ID": "63248", "Title": "Safe Philippines Project (the AidData row cited)",
         "Amount (Original Currency)": "20000000000", "Original Currency": "PHP", "Amount (Constant USD2017)": "399000000"},
        {**base, "AidData TUFF Project ID": "990001", "Title": "An invented project no record describes",
         "Commitment Year": "2019", "Amount (Original Currency)": "1000000", "Original Currency": "USD"},
    ])
    runner = CliRunner()
    for args in (["import", "cables", root / "cables", "--out", root / "cables.trig"],
                 ["import", "aiddata", root / "projects.csv", "--out", root / "aid.trig"],
                 ["build", "--out", root / "out", "--include", root / "cables.trig", "--include", root / "aid.trig"],
                 ["build", "--out", root / "alone"]):
        result = runner.invoke(cli, [str(a) for a in args])
        assert result.exit_code == 0, (args, result.output)
    return root, graph.load(root / "out" / "dsr.trig"), graph.load(root / "alone" / "dsr.trig")


def test_a_cable_two_sources_describe_is_one_partnership(linked):
    _, kg, _ = linked
    assert not kg.select("SELECT ?x WHERE { ?x dsr:party ?o FILTER(?x = partnership:cable-peace-cable) }")
    rows = kg.select(f"SELECT ?rule ?why WHERE {{ GRAPH dsrgraph:links {{ ?l dsr:linkedFrom partnership:cable-peace-cable ;"
                     f" dsr:linkedTo <{PEACE}> ; dsr:linkRule ?rule ; rdfs:comment ?why }} }}")
    assert [r["rule"].value for r in rows] == ["same-cable"] and "peace" in rows[0]["why"].value
    # the cable map's claims stay its own, now about the curated partnership
    graphs = {r["g"].value.rsplit("/", 1)[-1] for r in kg.select(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{PEACE}> dsr:quantity ?q }} }}")}
    assert "telegeography-cables" in graphs and len(graphs) >= 3
    # its name is another name of the partnership, the curated label the one label
    labels = kg.select(f"SELECT ?l WHERE {{ <{PEACE}> rdfs:label ?l }}")
    assert len(labels) == 1 and kg.select(f'ASK {{ GRAPH ?g {{ <{PEACE}> skos:altLabel ?alt FILTER(str(?alt) = "PEACE Cable") }} }}')


def test_the_sources_disagreement_about_the_cable_now_shows(linked):
    _, kg, _ = linked
    rows = kg.query("claims-in-disagreement")
    lengths = {(r["claim1"].value, r["claim2"].value) for r in rows if r["subject"].value == PEACE}
    assert any("25000 km" in pair for pair in lengths), lengths


def test_a_loan_a_record_cites_the_dataset_for_is_one_partnership(linked):
    _, kg, _ = linked
    rows = kg.select(f"SELECT ?rule WHERE {{ GRAPH dsrgraph:links {{ ?l dsr:linkedFrom partnership:aiddata-63248 ;"
                     f" dsr:linkedTo <{SAFE_PH}> ; dsr:linkRule ?rule }} }}")
    assert [r["rule"].value for r in rows] == ["cited-dataset-row"]
    # AidData's constant-dollar figure is no disagreement with the record's pesos; the peso figures agree
    rows = kg.query("claims-in-disagreement")
    assert not [r for r in rows if r["subject"].value == SAFE_PH and r["what"].value.endswith("amount")]


def test_what_no_record_describes_stays_a_partnership_of_its_own_and_counts_once(linked):
    _, kg, alone = linked
    assert kg.select("ASK { partnership:aiddata-990001 a dsr:Partnership }")
    count = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a dsr:Partnership }"
    n_linked, n_alone = (int(g.select(count)[0]["n"].value) for g in (kg, alone))
    # four new rows, two of them deals the records hold: two more partnerships, not four
    assert n_linked == n_alone + 2
    summary = kg.summary()
    assert summary.projects_by_type["cable"] == alone.summary().projects_by_type["cable"] + 1


def test_the_build_summary_counts_the_links_by_rule(linked):
    root, kg, alone = linked
    summary = json.loads((root / "out" / "summary.json").read_text(encoding="utf-8"))
    stated = kg.select("SELECT ?r (COUNT(?l) AS ?n) WHERE { GRAPH dsrgraph:links { ?l dsr:linkRule ?r } } GROUP BY ?r")
    assert summary["links"] == {r["r"].value: int(r["n"].value) for r in stated}
    assert summary["links"]["same-cable"] >= 1 and summary["links"]["cited-dataset-row"] >= 1
    assert f"Linked into one (two sources, one thing; see dsrgraph:links): {sum(summary['links'].values())}" \
        in kg.summary().text()
    assert alone.summary().links == {} and "Linked into one" not in alone.summary().text()


def test_same_parties_same_year_same_amount_link_and_another_year_does_not():
    from graph.namespaces import DSR
    from graph.resolve.linkage import Partnership, _judge

    loan = str(DSR.LoanAgreement)
    curated = Partnership("p:a", {"https://w3id.org/dsr/id/source/dsr-curation"}, {loan}, {"Backbone loan"},
                          years={2019}, parties={"o:exim", "o:ministry"}, amounts=[("USD", str(DSR.Nominal), 100_000_000)])
    same = Partnership("p:b", {"https://w3id.org/dsr/id/source/aiddata-x"}, {loan}, {"Another title"}, years={2019},
                       parties={"o:exim", "o:ministry"}, amounts=[("USD", str(DSR.Nominal), 102_000_000)])
    phase2 = Partnership("p:c", {"https://w3id.org/dsr/id/source/aiddata-x"}, {loan}, {"Backbone loan"}, years={2021},
                         parties={"o:exim", "o:ministry"}, amounts=[("USD", str(DSR.Nominal), 100_000_000)])
    other_amount = Partnership("p:d", {"https://w3id.org/dsr/id/source/aiddata-x"}, {loan}, {"Backbone loan"},
                               years={2019}, parties={"o:exim", "o:ministry"},
                               amounts=[("USD", str(DSR.Nominal), 300_000_000)])
    constant = Partnership("p:e", {"https://w3id.org/dsr/id/source/aiddata-x"}, {loan}, {"Backbone loan"},
                           years={2019}, parties={"o:exim", "o:ministry"},
                           amounts=[("USD", str(DSR.Constant), 300_000_000)])
    assert _judge(curated, same, None)[0] == "same-deal"
    assert _judge(curated, phase2, None) is None
    assert _judge(curated, other_amount, None) is None
    assert _judge(curated, constant, None)[0] == "same-deal"  # constant dollars do not compare: the title does
    mou = str(DSR.MoU)
    one = Partnership("p:f", {"https://w3id.org/dsr/id/source/dsr-curation"}, {mou}, {"MoU on smart cities"},
                      years={2024}, parties={"o:huawei", "o:ministry"})
    two = Partnership("p:g", {"https://w3id.org/dsr/id/source/news"}, {mou}, {"MoU on cloud computing"},
                      years={2024}, parties={"o:huawei", "o:ministry"})
    assert _judge(one, two, None) is None  # two MoUs the same parties sign in one year are two


def test_partnership_judgements_link_or_keep_apart(tmp_path, records_copy, linked):
    from click.testing import CliRunner

    from graph.cli import cli

    root, _, _ = linked
    runner = CliRunner()
    imports = ["--graph", str(root / "cables.trig"), "--graph", str(root / "aid.trig")]  # where the imports are
    assert runner.invoke(cli, ["resolve", "reject", "partnership:peace-system", "partnership:cable-peace-cable",
                               "--why", "test: keep them apart", "--data", str(records_copy), *imports]).exit_code == 0
    assert runner.invoke(cli, ["resolve", "accept", "partnership:cable-invented-link-cable",
                               "partnership:aiddata-990001", "--why", "test: one deal",
                               "--data", str(records_copy), *imports]).exit_code == 0
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", "--data", str(records_copy), "--out", str(out), "--include",
                                 str(root / "cables.trig"), "--include", str(root / "aid.trig")])
    assert result.exit_code == 0, result.output
    kg = graph.load(out / "dsr.trig")
    rules = {(r["old"].value.rsplit("/", 1)[-1], r["rule"].value) for r in kg.select(
        "SELECT ?old ?rule WHERE { GRAPH dsrgraph:links { ?l dsr:linkedFrom ?old ; dsr:linkRule ?rule } }")}
    assert ("cable-peace-cable", "same-cable") not in rules
    assert ("cable-invented-link-cable", "judged-same") in rules or ("aiddata-990001", "judged-same") in rules
