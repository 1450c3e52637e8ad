"""Sentence and token tables of a corpus (one row per sentence, one row per token)."""

from __future__ import annotations

import pandas as pd

from .article import ParsedCorpus, parse

__all__ = ["SENTENCE_COLUMNS", "TOKEN_COLUMNS", "sentences", "tokens"]

#: Columns and dtypes of :func:`sentences` (default index: several rows per document).
SENTENCE_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "sent_id": "int64",
    "start": "int64",
    "end": "int64",
    "text": "string",
    "paragraph": "int64",
}
#: Columns and dtypes of :func:`tokens`.
TOKEN_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "sent_id": "int64",
    "token_id": "int64",
    "start": "int64",
    "end": "int64",
    "token": "string",
}


def _table(rows: list[tuple], columns: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(columns)).astype(columns)


def sentences(corpus: pd.DataFrame | pd.Series | ParsedCorpus) -> pd.DataFrame:
    """One row per sentence: ``doc_id``, ``sent_id``, ``start``, ``end``, ``text``, ``paragraph``.

    Parameters
    ----------
    corpus : DataFrame, Series or ParsedCorpus
        A corpus table (its ``doc_id`` and ``text`` are used), a Series of
        texts whose index serves as ``doc_id``, or a parsed corpus.

    Returns
    -------
    pandas.DataFrame
        One row per sentence with a default index (the package's rule for
        tables of several rows per document); ``sent_id`` counts from 0 in
        each document; ``paragraph`` counts newline-separated blocks from 0.

    Examples
    --------
    >>> import pandas as pd
    >>> s = sentences(pd.Series(["One. Two.\\n\\nThree."], index=["d1"]))
    >>> s[["start", "end", "paragraph"]].values.tolist()
    [[0, 4, 0], [5, 9, 0], [11, 17, 1]]
    """
    rows = []
    for doc_id, article in parse(corpus).items():
        if article is None:
            continue
        text = article.text
        for i, ((a, b), p) in enumerate(
            zip(article.sentences, article.sentence_paragraphs, strict=True)
        ):
            rows.append((doc_id, i, a, b, text[a:b], p))
    return _table(rows, SENTENCE_COLUMNS)


def tokens(corpus: pd.DataFrame | pd.Series | ParsedCorpus) -> pd.DataFrame:
    """One row per token: ``doc_id``, ``sent_id``, ``token_id``, ``start``, ``end``, ``token``.

    Tokens are found within each sentence; ``token_id`` counts from 0 in each sentence.

    Examples
    --------
    >>> import pandas as pd
    >>> tokens(pd.Series(["Mr. Voss left."], index=["d1"]))["token"].tolist()
    ['Mr', '.', 'Voss', 'left', '.']
    """
    from .segment import tokenize

    rows = []
    for doc_id, article in parse(corpus).items():
        if article is None:
            continue
        text = article.text
        for s, (a, b) in enumerate(article.sentences):
            for t, (x, y) in enumerate(tokenize(text[a:b])):
                rows.append((doc_id, s, t, a + x, a + y, text[a + x : a + y]))
    return _table(rows, TOKEN_COLUMNS)
