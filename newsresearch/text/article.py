"""The parsed article: one object per text that every analysis reads, each part computed once.

An :class:`Article` holds a text and, computed on first use and then kept, its
sentence spans, paragraph numbers, token spans, quotations, actors and
attributions. Every analysis takes the same object, so a document that goes
through sentiment, framing, attribution and stance analysis is split into
sentences once, has its actors found once and its attributions extracted once,
whoever asks first. Nothing is shared through module state: two articles with
the same text are two objects, and whoever holds an article holds its parts.

A :class:`ParsedCorpus` is the parsed form of a corpus table (or of a Series
of texts): the ``doc_id`` index and one article per row, ``None`` where the
text is missing. Every public analysis accepts one wherever it accepts a
corpus, which is how :func:`newsresearch.extract` hands the same parsed
articles to every analysis of a chunk::

    parsed = nr.parse(corpus)
    nr.attributions(parsed)      # extracts attributions
    nr.stance_triples(parsed)    # reuses them, and the actors
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

import pandas as pd

from .quotes import Quote, find_quotes, quote_spans
from .segment import split_sentences, tokenize

if TYPE_CHECKING:  # imported lazily at run time: actors and attribution import this module
    from ..actors import ArticleActors

__all__ = ["Article", "ParsedCorpus", "parse", "corpus_texts"]

_PARAGRAPH_BREAK = re.compile(r"\n+")

Span = tuple[int, int]


class Article:
    """One text, parsed lazily: sentences, paragraphs, tokens, quotes, actors, attributions.

    Each attribute is computed the first time it is read and kept on the
    object; the text never changes. Spans are ``(start, end)`` character
    offsets into :attr:`text`, end exclusive, returned as tuples so that no
    reader can change what another reads.

    Parameters
    ----------
    text : str
        The article text (the cleaned ``text`` column of a corpus table).
    doc_id : str, optional
        Its identifier, carried for the caller's convenience.

    Examples
    --------
    >>> a = Article("Sen. Ada Voss spoke.\\n\\n“We will win,” she said.", doc_id="d1")
    >>> [a.text[s:e] for s, e in a.sentences]
    ['Sen. Ada Voss spoke.', '“We will win,” she said.']
    >>> a.sentence_paragraphs
    (0, 1)
    >>> [a.text[q.start:q.end] for q in a.quotes]
    ['We will win,']
    >>> sorted({m.actor for m in a.actors.mentions})
    ['Ada Voss']
    """

    __slots__ = ("text", "doc_id", "__dict__")

    def __init__(self, text: str, doc_id: Any = None) -> None:
        if not isinstance(text, str):
            raise TypeError(f"an Article needs a str text, not {type(text).__name__}")
        self.text = text
        self.doc_id = doc_id

    def __repr__(self) -> str:
        start = self.text[:40].replace("\n", " ")
        more = "..." if len(self.text) > 40 else ""
        return f"Article(doc_id={self.doc_id!r}, text={start!r}{more})"

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentence spans (:func:`newsresearch.text.split_sentences`)."""
        return tuple(split_sentences(self.text))

    @cached_property
    def sentence_starts(self) -> tuple[int, ...]:
        """The start offset of each sentence, for bisecting."""
        return tuple(a for a, _ in self.sentences)

    def sentence_at(self, position: int) -> int | None:
        """The number of the sentence that contains *position*, or ``None``."""
        i = bisect.bisect_right(self.sentence_starts, position) - 1
        if i >= 0 and position < self.sentences[i][1]:
            return i
        return None

    @cached_property
    def paragraph_starts(self) -> tuple[int, ...]:
        """Offsets where paragraphs start (0, then after every run of newlines)."""
        return (0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(self.text)))

    @cached_property
    def sentence_paragraphs(self) -> tuple[int, ...]:
        """The paragraph number (from 0) of each sentence."""
        starts = self.paragraph_starts
        return tuple(bisect.bisect_right(starts, a) - 1 for a, _ in self.sentences)

    @cached_property
    def tokens(self) -> tuple[Span, ...]:
        """Token spans over the whole text (:func:`newsresearch.text.tokenize`)."""
        return tuple(tokenize(self.text))

    @cached_property
    def quotes(self) -> tuple[Quote, ...]:
        """Quotations, attribution reading (:func:`newsresearch.text.find_quotes`)."""
        return tuple(find_quotes(self.text))

    @cached_property
    def quote_spans(self) -> tuple[Span, ...]:
        """Quoted stretches, framing reading (:func:`newsresearch.text.quote_spans`)."""
        return tuple(quote_spans(self.text))

    @cached_property
    def actors(self) -> ArticleActors:
        """People and organisations with their mentions (:func:`newsresearch.actors.find_actors`)."""
        from ..actors import find_actors

        return find_actors(self.text)

    @cached_property
    def attributions(self) -> tuple[Any, ...]:
        """Attributions found in the text (:func:`newsresearch.attribution.find_attributions`)."""
        from ..attribution import find_attributions

        return tuple(find_attributions(self))


def corpus_texts(corpus: pd.DataFrame | pd.Series) -> pd.Series:
    """The texts of a corpus table or Series, indexed by ``doc_id`` (no copy of the texts).

    A DataFrame needs a ``text`` column; its ``doc_id`` column, when present,
    becomes the index. A Series is used as given (its index serves as ``doc_id``).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus_texts(pd.DataFrame({"doc_id": ["a"], "text": ["Hi."]})).to_dict()
    {'a': 'Hi.'}
    """
    if isinstance(corpus, pd.DataFrame):
        if "text" not in corpus.columns:
            raise ValueError(
                f"expected a corpus table with a 'text' column; got columns {list(corpus.columns)}"
            )
        texts = corpus["text"]
        if "doc_id" in corpus.columns:
            # The column's own array: no copy of the texts (to_numpy() would turn every
            # text of a large corpus into a Python string at once).
            texts = pd.Series(texts.array, index=corpus["doc_id"].to_numpy(), name="text")
        return texts
    if isinstance(corpus, pd.Series):
        return corpus
    if isinstance(corpus, ParsedCorpus):
        return corpus.texts()
    raise TypeError(
        f"expected a corpus DataFrame, a Series of texts or a ParsedCorpus, "
        f"not {type(corpus).__name__}"
    )


class ParsedCorpus(Sequence):
    """A corpus as parsed articles: its ``doc_id`` index and one :class:`Article` per row.

    Rows whose text is not a string (missing) hold ``None``. Build one with
    :func:`parse`; it is a sequence of articles, and :meth:`items` pairs each
    with its ``doc_id``.

    Examples
    --------
    >>> import pandas as pd
    >>> parsed = parse(pd.Series(["One. Two.", None], index=["a", "b"]))
    >>> len(parsed), parsed.index.tolist(), parsed[1]
    (2, ['a', 'b'], None)
    """

    def __init__(self, index: pd.Index, articles: Sequence[Article | None]) -> None:
        if len(index) != len(articles):
            raise ValueError(f"{len(index)} doc_ids for {len(articles)} articles")
        self.index = index
        self.articles = list(articles)

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, i: int) -> Article | None:  # type: ignore[override]
        return self.articles[i]

    def __iter__(self) -> Iterator[Article | None]:
        return iter(self.articles)

    def items(self) -> Iterator[tuple[Any, Article | None]]:
        """``(doc_id, article)`` pairs in corpus order."""
        return zip(self.index, self.articles, strict=True)

    def texts(self) -> pd.Series:
        """The texts as a Series indexed by ``doc_id`` (``None`` where missing)."""
        values = [None if a is None else a.text for a in self.articles]
        return pd.Series(values, index=self.index, dtype=object, name="text")

    def __repr__(self) -> str:
        return f"ParsedCorpus({len(self)} articles)"


def parse(corpus: pd.DataFrame | pd.Series | ParsedCorpus) -> ParsedCorpus:
    """Parse a corpus table or Series of texts into articles (a ParsedCorpus is returned as is).

    Parsing is lazy: this makes the :class:`Article` objects; each part of an
    article is computed when an analysis first reads it.

    Parameters
    ----------
    corpus : DataFrame, Series or ParsedCorpus
        A corpus table (its ``doc_id`` and ``text``), a Series of texts whose
        index serves as ``doc_id``, or an already parsed corpus.

    Examples
    --------
    >>> import pandas as pd
    >>> parsed = parse(pd.DataFrame({"doc_id": ["d1"], "text": ["Hello. Bye."]}))
    >>> parsed[0].sentences
    ((0, 6), (7, 11))
    """
    if isinstance(corpus, ParsedCorpus):
        return corpus
    texts = corpus_texts(corpus)
    articles = [
        Article(text, doc_id) if isinstance(text, str) else None
        for doc_id, text in zip(texts.index, texts.array, strict=True)
    ]
    return ParsedCorpus(texts.index, articles)
