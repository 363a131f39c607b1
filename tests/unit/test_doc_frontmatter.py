"""Front matter: byte-exact split/join, parsing with line numbers, edits that touch only one key."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core import frontmatter as fm
from editor_app.core.metadata import Metadata

DOC = (
    "---\n"
    "title: \"Hello: world\"   # quoted on purpose\n"
    "tags:\n"
    "  - python\n"
    "  - writing\n"
    "\n"
    "# the date is local time\n"
    "date: 2024-03-01\n"
    "categories: [Notes, Tools]\n"
    "---\n"
    "# Heading\n\nBody text.\n"
)


def _lines_without(text: str, key_lines: set[int]) -> list[str]:
    return [line for i, line in enumerate(text.splitlines(keepends=True)) if i not in key_lines]


def test_parse_reads_known_fields() -> None:
    meta, err = Metadata.from_text(DOC)
    assert err is None
    assert meta.title == "Hello: world"
    assert meta.tags == ("python", "writing")
    assert meta.categories == ("Notes", "Tools")
    assert meta.date == "2024-03-01"


def test_set_field_changes_only_that_key() -> None:
    out = fm.set_field(DOC, "title", "A new title")
    assert fm.parse(out)["title"] == "A new title"
    old_lines, new_lines = DOC.splitlines(keepends=True), out.splitlines(keepends=True)
    assert len(old_lines) == len(new_lines)
    changed = [i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b]
    assert changed == [1]
    assert out.endswith("---\n# Heading\n\nBody text.\n")


def test_set_field_keeps_block_list_style_and_comments() -> None:
    out = fm.set_field(DOC, "tags", ["one", "two", "three"])
    assert "tags:\n- one\n- two\n- three\n\n# the date is local time\n" in out
    assert "categories: [Notes, Tools]\n" in out
    assert fm.parse(out)["tags"] == ["one", "two", "three"]


def test_set_field_keeps_flow_list_on_one_line() -> None:
    out = fm.set_field(DOC, "categories", ["A", "B c"])
    assert "categories: [A, B c]\n---\n" in out


def test_set_field_appends_missing_key_at_end_of_block() -> None:
    out = fm.set_field(DOC, "slug", "hello-world")
    assert out == DOC.replace("categories: [Notes, Tools]\n", "categories: [Notes, Tools]\nslug: hello-world\n")


def test_set_field_creates_block_keeping_bom_and_crlf() -> None:
    text = "\ufeffFirst line\r\nSecond\r\n"
    out = fm.set_field(text, "title", "T")
    assert out == "\ufeff---\r\ntitle: T\r\n---\r\nFirst line\r\nSecond\r\n"
    assert fm.parse(out) == {"title": "T"}


def test_set_field_value_that_looks_like_a_date_stays_text() -> None:
    out = fm.set_field(DOC, "excerpt", "2024-01-01")
    assert fm.parse(out)["excerpt"] == "2024-01-01"
    out = fm.set_field(DOC, "date", dt.date(2025, 5, 6))
    assert fm.parse(out)["date"] == dt.date(2025, 5, 6)


def test_remove_field() -> None:
    out = fm.remove_field(DOC, "tags")
    assert "python" not in out
    assert "# the date is local time\n" in out
    assert set(fm.parse(out)) == {"title", "date", "categories"}


def test_invalid_yaml_error_has_document_line_number() -> None:
    bad = "---\ntitle: ok\ntags: [a, b\nslug: x\n---\nbody\n"
    with pytest.raises(fm.FrontMatterError) as info:
        fm.parse(bad)
    assert info.value.line is not None and 3 <= info.value.line <= 5
    assert "line" in str(info.value)
    with pytest.raises(fm.FrontMatterError):
        fm.set_field(bad, "title", "new")


def test_front_matter_that_is_not_a_mapping_is_an_error() -> None:
    with pytest.raises(fm.FrontMatterError):
        fm.parse("---\n- just\n- a list\n---\nbody\n")


def test_set_field_refuses_instead_of_corrupting_flow_mapping() -> None:
    text = "---\n{title: a, slug: b}\n---\nbody\n"
    assert fm.parse(text) == {"title": "a", "slug": "b"}
    with pytest.raises(fm.FrontMatterError):
        fm.set_field(text, "title", "c")


def test_publish_record_per_site_keeps_other_sites_and_keys() -> None:
    out = fm.set_publish_record(DOC, "blog", {"id": 12, "link": "https://b/x", "modified": "2024-05", "hash": "h1"})
    out = fm.set_publish_record(out, "ghost", {"id": "abc", "link": "https://g/x", "modified": "m", "hash": "h2"})
    out = fm.set_publish_record(out, "blog", {"id": 12, "link": "https://b/x", "modified": "2024-06", "hash": "h3"})
    data = fm.parse(out)
    assert data["publish"]["blog"]["modified"] == "2024-06"
    assert data["publish"]["ghost"]["id"] == "abc"
    assert out.count("publish:") == 1
    assert out.startswith(DOC.split("---\n# Heading")[0])  # everything before was kept
    meta, _ = Metadata.from_text(out)
    assert meta.publish_record("blog") == {"id": 12, "link": "https://b/x", "modified": "2024-06", "hash": "h3"}


# -- properties -------------------------------------------------------------------------

_key = st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True).filter(lambda k: k not in {"y", "n", "on", "no", "yes", "off", "null", "true", "false"})
_scalar = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="\n\t"), max_size=20),
    st.integers(-1000, 1000),
    st.booleans(),
)
_value = st.one_of(_scalar, st.lists(_scalar, max_size=4))
_newline = st.sampled_from(["\n", "\r\n"])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_split_join_round_trip_any_text(text: str) -> None:
    parts = fm.split(text)
    assert fm.join(parts) == text
    assert parts.raw + parts.body == text


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_key, _value, max_size=6), st.text(max_size=100), _newline, st.booleans())
def test_split_join_round_trip_with_front_matter(data: dict[str, object], body: str, nl: str, bom: bool) -> None:
    block = yaml.safe_dump(data, allow_unicode=True, sort_keys=False) if data else ""
    text = ("\ufeff" if bom else "") + "---" + nl + block.replace("\n", nl) + "---" + nl + body
    parts = fm.split(text)
    assert parts.has_front_matter
    assert fm.join(parts) == text
    assert parts.body == body
    assert fm.parse(text) == data


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_key, _value, min_size=1, max_size=6), st.data(), _value, _newline)
def test_set_field_preserves_every_other_line(
    data: dict[str, object], draw: st.DataObject, new_value: object, nl: str
) -> None:
    # Each key written on its own by safe_dump, so we know exactly which lines belong to which key.
    chunks = {k: yaml.safe_dump({k: v}, allow_unicode=True, width=10**9).replace("\n", nl) for k, v in data.items()}
    text = "---" + nl + "".join(chunks.values()) + "---" + nl + "Body" + nl
    key = draw.draw(st.sampled_from([*data.keys(), "brand_new"]))
    out = fm.set_field(text, key, new_value)
    expected = dict(data)
    expected[key] = new_value
    assert fm.parse(out) == expected
    for k, chunk in chunks.items():
        if k != key:
            assert nl + chunk in out
    assert out.endswith("---" + nl + "Body" + nl)
    # the order of the other keys is unchanged
    others = [k for k in data if k != key]
    positions = [out.index(nl + chunks[k]) for k in others]
    assert positions == sorted(positions)


def test_comment_between_list_items_belongs_to_the_list() -> None:
    text = "---\ntags:\n- a\n# note\n- b\n\n# about the title\ntitle: x\n---\nbody\n"
    out = fm.set_field(text, "tags", ["c"])
    assert out == "---\ntags:\n- c\n\n# about the title\ntitle: x\n---\nbody\n"
    out = fm.set_field(text, "title", "y")
    assert out == text.replace("title: x", "title: y")


def test_empty_block_and_dot_fence() -> None:
    assert fm.set_field("---\n---\nbody\n", "title", "T") == "---\ntitle: T\n---\nbody\n"
    assert fm.set_field("---\ntitle: a\n...\nbody\n", "title", "b") == "---\ntitle: b\n...\nbody\n"
