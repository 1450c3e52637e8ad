"""A he or she that no one named before fits: the person named next (cataphora).

Feature ledes open on a pronoun and name its person a sentence or two later: "Her
husband had made her the chair of the committee. “It is an honor,” she wrote ... Ana
Brooks, the state's first lady, ...". When :func:`.pronouns.resolve_pronoun` finds no
fitting person before such a pronoun in an article's opening (its first :data:`LEDE`
characters), it is the first person named after it whose known gender is the
pronoun's, within :data:`REACH` characters and outside quotation marks
(:func:`named_after`). Later in an article a pronoun with no one before it stands for an
unnamed person ("At least one senator said he ..."), not for the next name.
"""

from __future__ import annotations

from ..actors import ArticleActors
from .content_end import in_quote_marks
from .records import Span

__all__ = ["LEDE", "REACH", "named_after"]

#: How far after the pronoun (characters) its person may be named.
REACH = 1500
#: How far into an article (characters) a pronoun may come before its person is named.
LEDE = 1000


def named_after(
    text: str, span: Span, actors: ArticleActors, gender: str
) -> tuple[str, str, bool] | None:
    """The first person named after the pronoun at *span* within :data:`REACH`
    characters whose known gender is *gender* ("m" or "f"); None when there is none or
    the pronoun comes after the article's first :data:`LEDE` characters.

    Examples
    --------
    >>> from newsresearch.actors import find_actors
    >>> t = "In a letter, she thanked the panel. Gov. Ana Brooks later said so again."
    >>> named_after(t, (12, 15), find_actors(t), "f")
    ('Ana Brooks', 'person', False)
    """
    if not gender or span[0] > LEDE:
        return None
    for m in actors.between(span[1], min(len(text), span[1] + REACH)):
        if m.kind != "name" or m.type != "person" or in_quote_marks(text, m.start):
            continue
        if actors.actors[m.actor].gender == gender:
            return m.actor, "person", False
    return None
