"""Word forms: lemmas and parts of speech from lemminflect, plus a derivational root.

``root("investors") == root("invested") == "invest"``: the lemma, with agent/action suffixes
(-er, -or, -ment, -al, -ion ...) removed when what is left is itself a verb. Cognate repetition
("the investors who invested") compares these roots.
"""

from __future__ import annotations

import marshal
import zlib
from functools import cache, lru_cache
from typing import Any

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.text import stem
from editor_app.core.resources import resource_path

_Entry = dict[str, tuple[str, ...]]
_TABLE_FORMAT = 1  # tools/make_lemma_table.py's FORMAT


def _table_file(name: str) -> tuple[dict[str, Any], dict[str, _Entry]] | None:
    """(packed table, overrides) from a file of ``tools/make_lemma_table.py``, or None."""
    try:
        meta, table, overrides = marshal.loads(zlib.decompress(resource_path("checks", name).read_bytes()))
        if meta.get("format") == _TABLE_FORMAT:
            return table, overrides
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        pass
    return None


@cache
def _lemma_tables() -> tuple[dict[str, Any], dict[str, _Entry]]:
    """lemminflect's lemma table (word -> {upos: lemmas}; an entry not looked up yet is still
    packed into a string, see ``_entry``) and its overrides, from ``lemma_table.bin``
    (``tools/make_lemma_table.py``): ~0.02 s, where lemminflect's own CSV parse took ~0.11 s and
    importing it (with numpy) ~0.05 s more. lemminflect itself is the fallback."""
    got = _table_file("lemma_table.bin")
    if got is not None:
        return got
    import lemminflect

    lem = lemminflect.Lemmatizer()
    return lem._getLemmaDict(), lem._getOverridesDict()


@cache
def _inflection_tables() -> tuple[dict[str, Any], dict[str, _Entry]]:
    """lemminflect's inflection table (lemma -> {Penn tag: forms}, packed like the lemma table)
    and its overrides, from ``inflection_table.bin`` (~0.02 s instead of ~0.08 s)."""
    got = _table_file("inflection_table.bin")
    if got is not None:
        return got
    import lemminflect

    infl = lemminflect.Inflections()
    return infl._getInflDict(), infl._getOverridesDict()


_UPOS_TAGS = {"VERB": frozenset(["VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"]),
              "AUX": frozenset(["VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"]),
              "ADJ": frozenset(["JJ", "JJR", "JJS"]), "ADV": frozenset(["RB", "RBR", "RBS"]),
              "NOUN": frozenset(["NN", "NNS", "NNP", "NNPS"])}


def _caps_like(word: str) -> Any:
    """The str method that gives a form ``word``'s capitalisation (lemminflect's caps styles)."""
    if word.isupper():
        return str.upper
    if word[:1].isupper():
        return str.capitalize
    return str.lower


def inflections(lemma: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """``lemminflect.getAllInflections(lemma, upos)`` (the forms in its table by Penn tag, in the
    lemma's capitalisation) from ``inflection_table.bin``, without importing lemminflect (and
    numpy) or parsing its table. ``upos``: None, "VERB", "AUX", "NOUN", "ADJ" or "ADV"; any
    other value is passed to lemminflect itself. A new dict each call (the caller may change it)."""
    if upos is not None and upos not in _UPOS_TAGS:
        import lemminflect

        return dict(lemminflect.getAllInflections(lemma, upos))
    table, overrides = _inflection_tables()
    low = lemma.lower()
    forms = {**_entry(table, low), **overrides.get(low, _NONE)}
    if upos is not None:
        tags = _UPOS_TAGS[upos]
        forms = {k: v for k, v in forms.items() if k in tags}
    caps = _caps_like(lemma)
    return {k: tuple(map(caps, v)) for k, v in forms.items()}


_TAG_ALTS = {"VBD": ("VBN",), "VBN": ("VBD",), "RP": ("JJ", "RB")}


def inflection(lemma: str, tag: str) -> tuple[str, ...]:
    """``lemminflect.getInflection(lemma, tag)``: the forms for a Penn tag ("VBN", "NNS", "JJR"
    ...), from the table (trying lemminflect's alternative tags) and, for a lemma the table lacks,
    from lemminflect's rules for unknown words (imported then, with numpy)."""
    if not tag.isupper() or tag in ("NNP", "NNPS"):
        import lemminflect  # proper nouns and odd spellings of tags: lemminflect's own path

        return tuple(lemminflect.getInflection(lemma, tag))
    forms = inflections(lemma)
    form = forms.get(tag)
    if form is None:
        if tag.startswith("JJ"):
            alts: tuple[str, ...] = ("RB" + tag[2:],)
        elif tag.startswith("RB") and tag != "RP":
            alts = ("JJ" + tag[2:],)
        else:
            alts = _TAG_ALTS.get(tag, ())
        for alt in alts:
            form = forms.get(alt)
            if form:
                break
    if form is None:
        upos = _tag_upos(tag)
        if upos is None:
            return ()
        import lemminflect

        form = lemminflect.Inflections().getAllInflectionsOOV(lemma, upos).get(tag)
    return () if form is None else tuple(form)


def _tag_upos(tag: str) -> str | None:
    """lemminflect's ``tagToUPos`` for an upper-case tag other than NNP/NNPS."""
    if tag[0] == "J":
        return "ADJ"
    if tag[0] == "R" and tag != "RP":
        return "ADV"
    if tag[0] == "N":
        return "NOUN"
    if tag[0] == "V" or tag == "MD":
        return "VERB"
    return None


def _entry(table: dict[str, Any], low: str) -> _Entry:
    """``table[low]``, unpacked from its "UPOS=a,b;UPOS=c" string on first use (and kept)."""
    got = table.get(low)
    if got is None:
        return _NONE
    if type(got) is str:
        entry: _Entry = {}
        for part in got.split(";"):
            upos, _, forms = part.partition("=")
            entry[upos] = tuple(forms.split(","))
        got = table[low] = entry
    return got


def _all_lemmas(w: str) -> dict[str, tuple[str, ...]]:
    """``lemminflect.getAllLemmas(w)`` without its two deep copies per call (a fifth of a cold
    pass): the tables are only read here, never changed, so the copies were never needed."""
    table, overrides = _lemma_tables()
    low = w.lower()
    got = _entry(table, low)
    extra = overrides.get(low)
    if extra:
        got = {**got, **extra}
    # (the keys are str; ``map`` of a str method is cheaper than a generator per tuple)
    if w.isupper():
        return {k: tuple(map(str.upper, v)) for k, v in got.items()}
    if w[:1].isupper():
        return {k: tuple(map(str.capitalize, v)) for k, v in got.items()}
    return {k: tuple(map(str.lower, v)) for k, v in got.items()}


_NONE: dict[str, tuple[str, ...]] = {}  # read only


@lru_cache(maxsize=65536)
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    w = word.replace("’", "'")
    got = _all_lemmas(w)
    if not got and w[:1].isupper():
        got = _all_lemmas(w.lower())
    return got


def pos(word: str) -> frozenset[str]:
    return frozenset(lemmas(word))


def is_known(word: str) -> bool:
    return bool(lemmas(word))


def verb_lemma(word: str) -> str | None:
    v = lemmas(word).get("VERB")
    return v[0] if v else None


def is_verb_form(word: str) -> bool:
    return "VERB" in lemmas(word)


# Auxiliaries and modals are never the verb a noun was made from ("mayor" is not "may" + -or).
_AUXILIARIES = frozenset(
    ["may", "might", "can", "could", "will", "would", "shall", "should", "must", "do", "does", "did", "be", "is",
     "are", "was", "were", "have", "has", "had", "need", "dare", "ought"]
)


def _is_verb(word: str) -> bool:
    return word not in _AUXILIARIES and "VERB" in lemmas(word)


_SUFFIXES = (
    ("ments", ""), ("ment", ""), ("ments", "e"), ("ment", "e"), ("ations", ""), ("ation", ""), ("ations", "e"), ("ation", "e"),
    ("ions", ""), ("ion", ""), ("ions", "e"), ("ion", "e"), ("als", ""), ("al", ""), ("als", "e"),
    ("al", "e"), ("ers", ""), ("er", ""), ("ers", "e"), ("er", "e"), ("ors", ""), ("or", ""),
    ("ors", "e"), ("or", "e"), ("ances", ""), ("ance", ""), ("ences", ""), ("ence", ""), ("ures", ""),
    ("ure", ""), ("ures", "e"), ("ure", "e"), ("ees", ""), ("ee", ""), ("ists", ""), ("ist", ""),
    ("ings", ""), ("ing", ""), ("ings", "e"), ("ing", "e"),
)


_SUFFIX_ENDS = tuple(dict.fromkeys(suf for suf, _ in _SUFFIXES))  # one C-level test before the loop


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    w = word.lower().replace("’", "'")
    forms = lemmas(w)
    base = (forms.get("VERB") or forms.get("NOUN") or forms.get("ADJ") or (w,))[0].lower()
    irregular = _irregular_nouns().get(base)
    if irregular is not None:
        base = irregular
    elif ("NOUN" in forms or "VERB" not in forms) and not base.endswith(_SUFFIX_ENDS):
        base = _derived_verb(base) or base  # no suffix below fits (most words): the loop's ``else``
    elif "NOUN" in forms or "VERB" not in forms:
        for suf, add in _SUFFIXES:
            if base.endswith(suf) and len(base) - len(suf) >= 3:
                cand = base[: -len(suf)] + add
                if _is_verb(cand):
                    base = cand
                    break
                # winner -> win, runner -> run
                if len(cand) >= 4 and cand[-1] == cand[-2] and _is_verb(cand[:-1]):
                    base = cand[:-1]
                    break
        else:
            base = _derived_verb(base) or base
    # criticise -> critic, symbolize -> symbol: a verb made from a noun by -ise/-ize.
    if base.endswith(("ise", "ize")) and len(base) > 6 and "NOUN" in lemmas(base[:-3]):
        base = base[:-3]
    return stem(base)


@cache
def _irregular_nouns() -> dict[str, str]:
    return {r[0]: r[1] for r in data.rows("irregular_nouns.tsv") if len(r) >= 2}


def _derived_verb(noun: str) -> str | None:
    """resolution -> resolve, decision -> decide, loss -> lose (from the data files)."""
    irregular = _irregular_nouns()
    if noun in irregular:
        return irregular[noun]
    if not noun.endswith(_derivation_ends()):
        return None  # one C-level test instead of a step per row (most words)
    for row in data.rows("derivations.tsv"):
        end, repl = row[0], row[1] if len(row) > 1 else ""
        if noun.endswith(end) and len(noun) - len(end) >= 2:
            cand = noun[: -len(end)] + repl
            if _is_verb(cand):
                return cand
    return None


@cache
def _derivation_ends() -> tuple[str, ...]:
    return tuple(row[0] for row in data.rows("derivations.tsv"))
