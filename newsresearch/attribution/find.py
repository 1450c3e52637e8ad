"""The per-article entry point: :func:`find_attributions`."""

from __future__ import annotations

from ..text import Article
from .according import find_put_it
from .accused import find_accused
from .chrome import drop_chrome
from .cited_as import find_cited_as
from .declined_questions import find_declined_questions
from .direct import find_direct, join_split_quotes
from .embedded import find_embedded
from .false_cues import drop_false_cues
from .indirect import find_indirect
from .poll_figures import find_poll_figures
from .records import Attribution, Scan
from .relative_thoughts import find_relative_thoughts
from .reported_adverbs import find_reported_adverbs
from .speakers import resolve_speakers
from .states import find_states

__all__ = ["find_attributions"]


def find_attributions(article: Article) -> list[Attribution]:
    """The attributions of one parsed article, in text order, with their speakers.

    Reads the article's sentences, quotes and actors (computed once and kept on
    the article); never raises on odd input. :attr:`Article.attributions
    <newsresearch.text.Article.attributions>` calls this once and keeps the result.

    Parameters
    ----------
    article : Article
        The parsed article.

    Returns
    -------
    list of Attribution
        Direct quotes first found, then indirect speech, sorted by where each
        starts; spans are character offsets into ``article.text``.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> article = Article('Sen. Ada Voss spoke. "We will win," she said. She denied being tired.')
    >>> [(a.kind, a.lemma, a.speaker) for a in find_attributions(article)]
    [('direct', 'say', 'Ada Voss'), ('indirect', 'deny', 'Ada Voss')]
    """
    if not article.text.strip():
        return []
    scan = Scan(article)
    find_direct(scan)
    find_embedded(scan)
    find_indirect(scan)
    find_declined_questions(scan)
    find_reported_adverbs(scan)
    find_cited_as(scan)
    find_put_it(scan)
    find_states(scan)
    find_relative_thoughts(scan)
    find_poll_figures(scan)
    find_accused(scan)
    found = drop_false_cues(article.text, drop_chrome(article.text, scan.found))
    found.sort(key=lambda att: att.start)
    found = join_split_quotes(article.text, found)
    resolve_speakers(article.text, article.actors, found)
    return found
