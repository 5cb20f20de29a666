"""Review in the terminal: accept, link, edit or drop each candidate, and write a record from a
sentence to check (starting from its draft, in the editor) or skip it; then write what was accepted
into the records folder — and only if the folder still loads.

Accepted records go where records like them are: a new partnership into the partnerships file that
already holds most records of its country (``partnerships/extracted.yaml`` when none does), a new
organisation into ``organisations.yaml``, the article into ``sources.yaml``; a candidate linked to
an existing record becomes an ``also:`` claim of that record, in its own file. The files are
changed in a copy of the folder first; the copy is loaded and checked like any build; only then
are the changed files replaced (each written to a temporary file and renamed), so a failed check
leaves the records as they were.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import click

from ..resolve.authority import NAMES_FILE, folded_name
from .output import confidence_line, named_lines, quoted_sentence, record_yaml

__all__ = ["review", "apply_decisions"]


def _records_file(root: Path, countries: list[str]) -> Path:
    """The partnerships file that holds most records of the candidate's first country other than China."""
    from ..records.yamlio import read_yaml_records

    target = next((c for c in countries if c != "CHN"), None)
    best, best_n = None, 0
    for path in sorted((root / "partnerships").glob("*.yaml")):
        if target is None:
            break
        n = sum(1 for r in read_yaml_records(path.read_text(encoding="utf-8"), str(path))
                if hasattr(r, "get") and target in [str(c) for c in (r.get("countries") or [])])
        if n > best_n:
            best, best_n = path, n
    return best or root / "partnerships" / "extracted.yaml"


def _append(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.rstrip("\n") + ("\n\n" if text.strip() else "") + block, encoding="utf-8")


def _also(path: Path, record_id: str, claim: dict) -> None:
    """Add ``claim`` as an ``also:`` entry at the end of record ``record_id`` in ``path``."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip() == f"- id: {record_id}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("- ")), len(lines))
    while end > start and not lines[end - 1].strip():
        end -= 1
    has_also = any(lines[i].startswith("  also:") for i in range(start, end))
    block = record_yaml(claim, indent="    ").rstrip("\n").split("\n")
    insert = ([] if has_also else ["  also:"]) + block
    lines[end:end] = insert
    path.write_text("\n".join(lines), encoding="utf-8")


def _file_of(root: Path, record_id: str) -> Path:
    for path in sorted((root / "partnerships").glob("*.yaml")):
        if f"\n- id: {record_id}\n" in "\n" + path.read_text(encoding="utf-8"):
            return path
    raise click.ClickException(f"record {record_id} is in no partnerships file of {root}")


_CLAIM_FIELDS = ("date", "place", "status", "parties", "countries", "technology", "programme", "forum", "members",
                 "amount", "quantity", "proposed_arrangement")


def apply_decisions(root: Path, result: dict, decisions: list[tuple[str, dict, str | None]], *,
                    write: bool = True) -> list[str]:
    """Write accepted candidates into the records folder ``root`` (see the module's docstring).

    ``decisions``: (``"new"`` | ``"also"``, the record as accepted, the existing record's id for
    ``"also"``). Returns what was written, one line each. Raises :class:`graph.errors.RecordError` (and
    changes nothing) when the folder would no longer load, naming the file of ``root`` and its line.
    With ``write=False`` only checks (what would be written, or the error).
    """
    from ..errors import RecordError
    from ..records.load import load_records
    from ..store.rdfio import atomic_write

    if not decisions:
        return []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(root, copy)
        done: list[str] = []
        touched: set[Path] = set()
        used = {pid for kind, rec, _ in decisions for ids in (rec.get("parties") or {}).values() for pid in ids}
        new_orgs = {o["id"]: o for o in result["organisations"] + result.get("other_organisations", [])}
        for pid in sorted(used):  # (a new organisation's new parent with it: a ministry's government)
            while pid in new_orgs and new_orgs[pid].get("parent") in new_orgs and new_orgs[pid]["parent"] not in used:
                pid = new_orgs[pid]["parent"]
                used.add(pid)
        written = [o for o in new_orgs.values() if o["id"] in used]
        if result["new_source"]:
            _append(copy / "sources.yaml", record_yaml(result["source"]))
            touched.add(Path("sources.yaml"))
            done.append(f"sources.yaml: source {result['source']['id']}")
        codes = {str(c) for _, rec, _ in decisions for c in rec.get("countries") or []} | \
            {str(o["country"]) for o in written if o.get("country")}
        for line in _add_countries(copy / "countries.csv", codes):
            touched.add(Path("countries.csv"))
            done.append(line)
        for org in written:
            _append(copy / "organisations.yaml", record_yaml(org))
            touched.add(Path("organisations.yaml"))
            done.append(f"organisations.yaml: organisation {org['id']} (new)")
        for line in _name_authority_entries(copy / NAMES_FILE, written):
            touched.add(Path(NAMES_FILE))
            done.append(line)
        for kind, rec, existing in decisions:
            if kind == "new":
                path = _records_file(copy, list(rec.get("countries") or []))
                _append(path, record_yaml(rec))
                done.append(f"{path.relative_to(copy)}: partnership {rec['id']}")
            else:
                path = _file_of(copy, existing)
                claim = {"source": rec["source"], **{k: rec[k] for k in _CLAIM_FIELDS if k in rec}}
                _also(path, existing, claim)
                done.append(f"{path.relative_to(copy)}: partnership {existing}, also: claim of {rec['source']}")
            touched.add(path.relative_to(copy))
        try:
            load_records(copy)  # the check: a RecordError names the file, line and field, and nothing is written
        except RecordError as exc:  # (named as the folder's own file, not the copy's that is gone)
            raise RecordError(str(exc).replace(str(copy), str(root))) from None
        for rel in sorted(touched) if write else ():
            atomic_write(root / rel, (copy / rel).read_text(encoding="utf-8"))
    return done


def _add_countries(path: Path, codes: set[str]) -> list[str]:
    """Add to ``countries.csv`` the countries of ``codes`` it does not list (named as ISO 3166 names them), in code
    order where the file keeps that order; what was added, one line each."""
    import csv
    import io

    from ..sources.values import country_name

    lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    rows = lines[1:]
    keys = [r[0].strip() if r else "" for r in csv.reader(rows)]  # (the codes, one per row)
    in_order = keys == sorted(keys)
    added = []
    for code in sorted(set(codes) - set(keys)):
        out = io.StringIO()
        csv.writer(out, lineterminator="").writerow([code, country_name(code)])
        at = next((i for i, k in enumerate(keys) if k > code), len(rows)) if in_order else len(rows)
        rows.insert(at, out.getvalue())
        keys.insert(at, code)
        added.append(f"countries.csv: country {code} ({country_name(code)}, new)")
    if added:
        path.write_text("\n".join([lines[0], *rows]) + "\n", encoding="utf-8")
    return added


def _name_authority_entries(path: Path, orgs: list[dict]) -> list[str]:
    """Turn each entry of the name authority (``names.yaml``) that gives the name and country of an organisation now
    written as a record into one naming that record (``organisation: id``, its names, former names and source kept),
    as the records' check asks: one organisation, not two. What was changed, one line each."""
    from ..records.yamlio import read_yaml_records

    if not path.is_file() or not orgs:
        return []
    text = path.read_text(encoding="utf-8")
    ids = {(folded_name(o["name"]), str(o.get("country") or "")): o["id"] for o in orgs}
    lines = text.split("\n")
    changed = []
    for row in reversed(read_yaml_records(text, str(path))):
        if not hasattr(row, "key_loc") or "name" not in row or "organisation" in row:
            continue
        org = ids.get((folded_name(row["name"]), str(row.get("country") or "").strip().upper()))
        if org is None:
            continue
        at = row.key_loc["name"].line - 1
        lines[at] = lines[at][:len(lines[at]) - len(lines[at].lstrip("- "))] + f"organisation: {org}"
        for key in sorted((k for k in ("country", "kind") if k in row), key=lambda k: -row.key_loc[k].line):
            del lines[row.key_loc[key].line - 1]
        changed.append(f"{path.name}: the entry of {str(row['name']).strip()} (line {row.key_loc['name'].line}) now "
                       f"names organisation {org}")
    if changed:
        path.write_text("\n".join(lines), encoding="utf-8")
    return sorted(changed)


def _add_party(rec: dict, named: list[dict], prompt, echo) -> dict:
    """The record with a party added from the organisations the report names (chosen by number, with its role) — the
    quick mend of a candidate that misses a side; the record as it was when none is chosen."""
    from ..records.fields import ROLES

    have = {i for ids in (rec.get("parties") or {}).values() for i in ids}
    offered = [o for o in named if o["id"] not in have]
    if not offered:
        echo("every organisation the report names is a party of it already")
        return rec
    for n, o in enumerate(offered, 1):
        echo(f"  {n}. {o['id']}: {o['name']}" + ("  (new: written with the record)" if o["new"] else ""))
    pick = prompt("the party's number (empty: none)", default="", show_default=False).strip()
    if not pick.isdigit() or not 1 <= int(pick) <= len(offered):
        echo("no party added")
        return rec
    role = prompt(f"its role ({', '.join(ROLES)})", default="signatory", show_default=False).strip().lower()
    if role not in ROLES:
        echo(f"no party added: {role!r} is none of the roles ({', '.join(ROLES)})")
        return rec
    parties = {k: list(v) for k, v in (rec.get("parties") or {}).items()}
    parties.setdefault(role, []).append(offered[int(pick) - 1]["id"])
    return {**rec, "parties": parties}


def _read_edit(edited: str) -> dict:
    """The record an edit gives, read as the records are (every value as written) and checked to be one record with
    its id: a :class:`graph.errors.RecordError` (with the line) otherwise."""
    from ..errors import RecordError
    from ..records.yamlio import read_yaml_records

    loaded = read_yaml_records(edited, "the edited candidate")
    if len(loaded) != 1 or not loaded[0].get("id"):
        raise RecordError("the edited candidate: keep it one record, with its id")
    return dict(loaded[0])


def review(result: dict, root: Path, *, prompt=click.prompt, echo=click.echo, edit=click.edit) -> list[str]:
    """Walk the candidates: accept (a new record), link to an existing record (an ``also:`` claim), add a
    party from the organisations the report names, edit, drop or quit; then the sentences to check: accept
    one's draft, add a party to it, write a record from it (its draft in the editor) or skip it; then write the
    accepted ones (:func:`apply_decisions`). Each record is checked against the folder as it is taken: one the folder
    would refuse is not taken, and asked again."""
    from ..errors import RecordError

    decisions: list[tuple[str, dict, str | None]] = []
    total = len(result["partnerships"])
    answer = ""

    def take(decision: tuple[str, dict, str | None]) -> bool:
        """Take a decision if the folder, with it and those taken before, still loads; else say why (the file and
        line) and take nothing, so that one record the folder refuses does not lose the others."""
        try:
            apply_decisions(root, result, decisions + [decision], write=False)
        except RecordError as exc:
            echo(f"not taken: {exc}")
            return False
        decisions.append(decision)
        return True

    names = named_lines(result, lead="# ")  # (in the editor: the ids of a party to add)
    if names:
        echo("\n".join(named_lines(result)))
    for n, p in enumerate(result["partnerships"], 1):
        rec = p["record"]
        while True:
            echo(f"\n── candidate {n} of {total} ── {confidence_line(p)}")
            for m in p["existing"]:
                echo(f"  may be {m['id']}: {m['label']} ({'; '.join(m['why'])})")
            echo(record_yaml(rec, p["evidence"]))
            choices = "a=accept, " + ("l=link to " + p["existing"][0]["id"] + ", " if p["existing"] else "") + \
                ("p=add a party the report names, " if result.get("named") else "") + "e=edit, d=drop, q=quit"
            answer = prompt(f"[{choices}]", default="a", show_default=False).strip().lower()[:1]
            if answer == "a" and take(("new", rec, None)):
                break
            if answer == "l" and p["existing"] and take(("also", rec, p["existing"][0]["id"])):
                break
            if answer == "p" and result.get("named"):
                rec = _add_party(rec, result["named"], prompt, echo)
                continue
            if answer == "e":  # (the sentences it was read from and what to check above it: the terminal scrolls away)
                head = [*(f"# from {quoted_sentence(x)}" for x in p["sentences"]), f"# {confidence_line(p)}"]
                edited = edit("\n".join(head + names + [record_yaml(rec)]), extension=".yaml")
                if edited:
                    try:
                        rec = _read_edit(edited)
                    except RecordError as exc:
                        echo(f"kept as it was: {exc}")
                continue
            if answer in ("d", "q"):
                break
        if answer == "q":
            break
    listed = (result.get("to_check") or []) if answer != "q" else []
    if listed:
        echo(f"\nAlso check: {len(listed)} sentence(s) no candidate was made from may tell a deal in words the rules "
             "do not read; w writes a record from one, starting from a draft of it.")
    for n, s in enumerate(listed, 1):
        draft = s["draft"]["record"]
        while True:
            echo(f"\n── sentence to check {n} of {len(listed)} ──")
            echo(quoted_sentence(s))
            echo("its draft:\n" + record_yaml(draft, s["draft"]["evidence"]))
            choices = "a=accept the draft, " + ("p=add a party the report names, " if result.get("named") else "") + \
                "w=write a record from it (its draft in the editor), s=skip, q=quit"
            answer = prompt(f"[{choices}]", default="s", show_default=False).strip().lower()[:1]
            if answer == "a" and take(("new", draft, None)):  # (checked at once: a draft is seldom a record as it stands)
                break
            if answer == "p" and result.get("named"):  # (the quick mend of a draft that names one side, or none)
                draft = _add_party(draft, result["named"], prompt, echo)
                continue
            if answer == "w":
                head = [f"# from {quoted_sentence(s)}", "# a draft: check its kind, parties and fields against the sentence",
                        *names]
                edited = edit("\n".join(head + [record_yaml(draft, s["draft"]["evidence"])]), extension=".yaml")
                if not edited:
                    echo("nothing written from it (the editor gave nothing back)")
                    continue
                try:
                    rec = _read_edit(edited)
                except RecordError as exc:
                    echo(f"not taken: {exc}")
                    continue
                if take(("new", rec, None)):  # (checked at once: a draft is seldom a record as it stands)
                    break
                continue
            if answer in ("s", "q"):
                break
        if answer == "q":
            break
    written = apply_decisions(root, result, decisions)
    for line in written:
        echo(f"wrote {line}")
    if not written:
        echo("nothing accepted; the records are unchanged")
    return written
