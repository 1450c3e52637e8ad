"""Actors of interest: the researcher's own list of actors and issues, with aliases.

A study usually cares about a few actors and issues ("Donald Trump": Trump, the
president, Mr. Trump; "the tax bill": tax overhaul, tax plan). Give them as a
table and :func:`newsresearch.stance_triples` and
:func:`newsresearch.actor_sentiment` count every alias as a mention of the
canonical name, so that targets include issues and events that a
people-and-organisations finder cannot see. Canonical names stay bare names.

Accepted forms (:func:`read_actors`):

* a CSV file with columns ``name``, ``type`` (person, organisation or issue;
  optional, default issue) and ``aliases`` (separated by ``;``), or one row per
  alias with an ``alias`` column;
* a YAML file mapping each name to a list of aliases, or to ``{type: ...,
  aliases: [...]}``;
* a DataFrame of either CSV shape, a mapping as in YAML, or a list of names.

Aliases written in lower case (``the president``, ``tax plan``) match in any
case; aliases with a capital (``Trump``, ``ACA``) match as written, except that
a first capital also matches in lower case. Matching is on whole words, longest
alias first; the name itself is always an alias. An issue written as a common-noun
phrase (``minimum wage increase``, ``annexation of Corvania``) also matches a sentence
that holds its content words in other forms and order (``raise the minimum wage``,
``Velmoria annexed Corvania``: :mod:`newsresearch.issue_words`; ``issue_words=False``
turns this off); names of people and organisations match only as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .actors import Mention
from .text import Article

__all__ = ["ACTOR_TYPES", "ActorsOfInterest", "mentions_with", "read_actors"]

#: Valid values of the ``type`` column.
ACTOR_TYPES = ("person", "organisation", "issue")


@dataclass(frozen=True)
class Match:
    """One alias found in a text: ``[start, end)``, the alias as written, canonical name, type."""

    start: int
    end: int
    text: str
    name: str
    type: str


def _alias_pattern(alias: str) -> str:
    words = [re.escape(w) for w in alias.split()]
    body = r"\s+".join(words)
    if alias[:1].isupper() and len(alias) > 1:
        body = f"[{re.escape(alias[0])}{re.escape(alias[0].lower())}]" + body[len(words[0][:1]) :]
    return body


class ActorsOfInterest:
    """A compiled table of actors and issues with their aliases.

    Parameters
    ----------
    table : DataFrame
        One row per alias: columns ``name``, ``type``, ``alias`` (as made by
        :func:`read_actors`, which is the usual way to get one).
    issue_words : bool
        Also find the common-noun issue phrases by their content words
        (:meth:`find_words`, :class:`~newsresearch.issue_words.IssueWords`).

    Examples
    --------
    >>> aoi = read_actors({"Donald Trump": ["Trump", "the president"],
    ...                    "the tax bill": {"type": "issue", "aliases": ["tax plan"]}})
    >>> [(m.text, m.name) for m in aoi.find("The President defended the tax plan. Trump left.")]
    [('The President', 'Donald Trump'), ('tax plan', 'the tax bill'), ('Trump', 'Donald Trump')]
    """

    def __init__(self, table: pd.DataFrame, *, issue_words: bool = True) -> None:
        from .issue_words import IssueWords

        self.table = table.reset_index(drop=True)
        self._by_alias: dict[str, tuple[str, str]] = {}
        sensitive, insensitive = [], []
        rows = list(self.table[["name", "type", "alias"]].itertuples(index=False, name=None))
        for name, type_, alias in rows:
            key = alias.casefold()
            self._by_alias.setdefault(key, (name, type_))
            (insensitive if alias[:1].islower() else sensitive).append(alias)
        self._types = dict(zip(self.table["name"], self.table["type"], strict=False))

        def compile_(aliases: list[str], flags: int) -> re.Pattern[str] | None:
            if not aliases:
                return None
            ordered = sorted(set(aliases), key=len, reverse=True)
            body = "|".join(_alias_pattern(a) for a in ordered)
            return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)

        self._sensitive = compile_(sensitive, 0)
        self._insensitive = compile_(insensitive, re.IGNORECASE)
        self._words = IssueWords(rows if issue_words else [])

    def __repr__(self) -> str:
        return f"ActorsOfInterest({len(self._types)} names, {len(self.table)} aliases)"

    def __len__(self) -> int:
        return len(self._types)

    @property
    def names(self) -> list[str]:
        """The canonical names, in table order."""
        return list(self._types)

    def type_of(self, name: str) -> str | None:
        """The type of canonical *name* (None: not in the table)."""
        return self._types.get(name)

    def canonical(self, words: str) -> str | None:
        """The canonical name whose alias (or name) *words* is, ignoring case; else None."""
        got = self._by_alias.get(" ".join(words.split()).casefold())
        return got[0] if got else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Every alias in ``text[start:end]``, in text order, longest first where two overlap."""
        end = len(text) if end is None else end
        found: list[Match] = []
        for pattern in (self._sensitive, self._insensitive):
            if pattern is None:
                continue
            for m in pattern.finditer(text, start, end):
                name, type_ = self._by_alias[" ".join(m.group().split()).casefold()]
                found.append(Match(m.start(), m.end(), m.group(), name, type_))
        found.sort(key=lambda m: (m.start, -m.end))
        kept: list[Match] = []
        for m in found:
            if not kept or m.start >= kept[-1].end:
                kept.append(m)
        return kept

    def find_words(
        self, text: str, sentences: Sequence[tuple[int, int]], found: Sequence[Match] = ()
    ) -> list[Match]:
        """The common-noun issues of the table named by their content words in a sentence
        of *text* (:class:`~newsresearch.issue_words.IssueWords`: the head word), except in
        the sentences where *found* (the matches of :meth:`find`) names them already.

        Examples
        --------
        >>> aoi = read_actors({"minimum wage increase": []})
        >>> text = "Voss wants to increase the minimum wage."
        >>> [(m.text, m.name) for m in aoi.find_words(text, [(0, len(text))])]
        [('increase', 'minimum wage increase')]
        """
        return self._words.find(text, sentences, skip=[(m.start, m.end, m.name) for m in found])


def _split_aliases(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, str):
        return [a.strip() for a in value.split(";") if a.strip()]
    return [str(a).strip() for a in value if str(a).strip()]


def _rows_from_mapping(data: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    rows = []
    for name, spec in data.items():
        if isinstance(spec, Mapping):
            type_ = spec.get("type", "issue")
            aliases = _split_aliases(spec.get("aliases"))
        else:
            type_, aliases = "issue", _split_aliases(spec)
        rows.extend((str(name), type_, a) for a in [str(name), *aliases])
    return rows


def _rows_from_frame(frame: pd.DataFrame) -> list[tuple[str, str, str]]:
    if "name" not in frame.columns:
        raise ValueError(
            f"an actors table needs a 'name' column (and optionally 'type', 'aliases' or "
            f"'alias'); got columns {list(frame.columns)}"
        )
    rows = []
    for rec in frame.to_dict(orient="records"):
        name = str(rec["name"]).strip()
        type_ = rec.get("type") if isinstance(rec.get("type"), str) else "issue"
        aliases = _split_aliases(rec.get("aliases")) + _split_aliases(rec.get("alias"))
        rows.extend((name, type_, a) for a in [name, *aliases])
    return rows


def read_actors(
    source: str | Path | pd.DataFrame | Mapping[str, Any] | Sequence[str] | ActorsOfInterest,
    *,
    issue_words: bool = True,
) -> ActorsOfInterest:
    """Read an actors-of-interest table (CSV, YAML, DataFrame, mapping or list of names).

    Parameters
    ----------
    source : path, DataFrame, mapping, list of str or ActorsOfInterest
        See the module notes for the accepted shapes. An
        :class:`ActorsOfInterest` is returned as it is.
    issue_words : bool
        Also match the common-noun issue phrases by their content words (see the
        module notes).

    Returns
    -------
    ActorsOfInterest

    Raises
    ------
    ValueError
        When the table has no ``name`` column, a type outside
        :data:`ACTOR_TYPES`, or the file is neither ``.csv`` nor ``.yaml``/``.yml``.

    Examples
    --------
    >>> import pandas as pd
    >>> aoi = read_actors(pd.DataFrame({"name": ["Donald Trump", "the tax bill"],
    ...                                 "type": ["person", "issue"],
    ...                                 "aliases": ["Trump; Mr. Trump", "tax overhaul"]}))
    >>> aoi.canonical("mr. trump"), aoi.type_of("the tax bill"), len(aoi)
    ('Donald Trump', 'issue', 2)
    """
    if isinstance(source, ActorsOfInterest):
        return source
    if isinstance(source, pd.DataFrame):
        rows = _rows_from_frame(source)
    elif isinstance(source, Mapping):
        rows = _rows_from_mapping(source)
    elif isinstance(source, (str, Path)):
        path = Path(source)
        if not path.is_file():
            raise ValueError(f"actors table {path} does not exist; give a .csv or .yaml file")
        if path.suffix.lower() == ".csv":
            rows = _rows_from_frame(pd.read_csv(path, comment="#"))
        elif path.suffix.lower() in {".yaml", ".yml"}:
            import yaml

            rows = _rows_from_mapping(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
        else:
            raise ValueError(f"actors table {path}: the file must end in .csv, .yaml or .yml")
    else:
        rows = _rows_from_mapping({str(n): [] for n in source})
    table = pd.DataFrame(rows, columns=["name", "type", "alias"]).drop_duplicates()
    bad = sorted(set(table["type"]) - set(ACTOR_TYPES))
    if bad:
        raise ValueError(f"actor types {bad} are invalid; valid values are {list(ACTOR_TYPES)}")
    return ActorsOfInterest(table, issue_words=issue_words)


def mentions_with(article: Article, actors: ActorsOfInterest | None) -> list[Mention]:
    """The article's actor mentions, with the aliases of *actors* added and names mapped.

    Without *actors*, ``article.actors.mentions`` as they are. With it, a mention
    whose actor or words are an alias takes the canonical name (and type) of the
    table, every alias found in the text is a mention (kind ``alias``), and an
    alias replaces the mentions it overlaps; a common-noun issue named by its content
    words (:meth:`ActorsOfInterest.find_words`) is a mention of its head word (kind
    ``words``) where no other mention or alias is. In text order.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> a = Article("President Donald Trump signed the tax overhaul. Trump smiled.")
    >>> aoi = read_actors({"Donald Trump": {"type": "person", "aliases": ["the president"]},
    ...                    "the tax bill": ["tax overhaul"]})
    >>> [(m.text, m.actor, m.kind) for m in mentions_with(a, aoi)]
    [('President Donald Trump', 'Donald Trump', 'name'), ('tax overhaul', 'the tax bill', 'alias'), ('Trump', 'Donald Trump', 'surname')]
    """
    found = article.actors.mentions
    if actors is None:
        return list(found)
    exact = actors.find(article.text)
    aliases = [Mention(m.start, m.end, m.text, m.name, m.type, "alias") for m in exact]
    # an alias inside a longer name mention ("Trump" in "Donald Trump") is that mention;
    # an alias that covers or crosses mentions ("the president" over "president") replaces them
    kept = [a for a in aliases if not any(m.start <= a.start and a.end <= m.end for m in found)]
    out: list[Mention] = []
    for m in found:
        if any(a.start < m.end and m.start < a.end for a in kept):
            continue
        name = actors.canonical(m.actor) or (
            actors.canonical(m.text) if m.kind != "pronoun" else None
        )
        if name is not None:
            m = Mention(m.start, m.end, m.text, name, actors.type_of(name) or m.type, m.kind)
        out.append(m)
    taken = [*out, *kept]
    for w in actors.find_words(article.text, article.sentences, exact):
        if not any(t.start < w.end and w.start < t.end for t in taken):
            taken.append(Mention(w.start, w.end, w.text, w.name, w.type, "words"))
    return sorted(taken, key=lambda m: (m.start, -m.end))
