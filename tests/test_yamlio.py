"""The records' YAML reader: libyaml's parser where PyYAML has it, the pure-Python one otherwise and for
every error message. Both must give the same records, lines included, and refuse the same files."""

from __future__ import annotations

import pytest
import yaml

import graph.records.yamlio as yamlio
from graph.errors import RecordError
from graph.resources import data_dir


def _tree(x):
    if isinstance(x, yamlio.Map):
        return ("map", x.loc.line, [(k, x.key_loc[k].line, _tree(v)) for k, v in x.items()])
    if isinstance(x, yamlio.Seq):
        return ("seq", x.loc.line, [_tree(v) for v in x])
    return ("str", str(x), x.loc.line)


def _both(text: str, monkeypatch):
    """(fast result or error text, pure-Python result or error text)."""
    out = []
    for libyaml in (True, False):
        monkeypatch.setattr(yaml, "__with_libyaml__", libyaml)
        try:
            out.append(_tree(yamlio.read_yaml_records(text, "f.yaml")))
        except RecordError as exc:
            out.append(f"error: {exc}")
    return out


def test_libyaml_is_there_so_the_fast_reader_is_the_one_tested():
    assert yaml.__with_libyaml__


@pytest.mark.parametrize("path", sorted(p for p in data_dir().rglob("*.yaml")), ids=lambda p: p.name)
def test_both_readers_give_the_same_records_for_the_bundled_files(path, monkeypatch):
    fast, slow = _both(path.read_text(encoding="utf-8"), monkeypatch)
    assert fast == slow and not str(fast).startswith("error")


CASES = {
    "plain": "- id: a\n  label: A\n  date: 2025-12\n  year: 2017\n",
    "flow and quotes": "- {id: a, label: 'A: b', list: [x, \"y z\"], empty: }\n",
    "block scalars": "- id: a\n  description: |\n    line one\n    line two\n  note: >\n    folded\n    text\n",
    "nested": "- id: a\n  amount:\n    - {value: 1, currency: USD}\n    - value: 2\n      currency: EUR\n",
    "empty file": "",
    "comments only": "# nothing\n",
    "tags stay text": "- id: !!int 5\n  when: !custom 2020\n",
    "alias": "- &r {id: a}\n- *r\n",
    "deep": "- " + "[" * 40 + "]" * 40 + "\n",
    "duplicate key": "- id: a\n  label: A\n  label: B\n",
    "mapping as key": "- ? {a: b}\n  : c\n",
    "two documents": "- id: a\n---\n- id: b\n",
    "not a list": "id: a\n",
    "list of scalars": "- a\n- b\n",
    "broken": "- id: a\n  label: [unclosed\n",
    "tab indent": "- id: a\n\tlabel: b\n",
    "control character": "- id: a\x07\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_both_readers_agree_on_odd_and_broken_files(name, monkeypatch):
    fast, slow = _both(CASES[name], monkeypatch)
    assert fast == slow
