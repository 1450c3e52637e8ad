"""The issuer of a document a source names with its verb ("Tom Voss issued a statement
calling for ...", "the Halden Club released a report finding ..."): the documents go by their
author, so the speaker is who issued it, not the phrase "Tom Voss issued a statement"; a
source that is the verb phrase alone ("released a statement" after "Sen. Tom Voss, who
chairs the panel,") is the subject of its sentence (:func:`sentence_issuers`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors import ArticleActors
from .records import Attribution, Span

__all__ = ["earlier_issuers", "issuer_span", "owned_documents", "sentence_issuers"]

_ISSUED = re.compile(
    r"\s+(?:(?:has|had|have|also|then|later|quickly|jointly)\s+)*"
    r"(?:issued|released|put\s+out|sent\s+out|published|posted|sent|filed|unveiled)\s+"
    r"(?!by\s|from\s)(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+\s*$"
)


def issuer_span(phrase: str, span: Span) -> Span | None:
    """The span of the subject before "issued a statement" (or released, put out ... a
    document) in a source *phrase* at *span*; None when the phrase has no such verb or
    nothing before it.

    Examples
    --------
    >>> p = "Tom Voss issued a statement"
    >>> s = issuer_span(p, (10, 10 + len(p)))
    >>> p[s[0] - 10 : s[1] - 10]
    'Tom Voss'
    >>> issuer_span("released a statement", (0, 20)) is None
    True
    >>> issuer_span("the 2019 statement", (0, 18)) is None
    True
    """
    m = _ISSUED.search(phrase)
    if m is None or not phrase[: m.start()].strip():
        return None
    return span[0], span[0] + m.start()


#: A source that is only "released a statement" (or issued, put out ... a document).
_BARE_ISSUED = re.compile(
    r"(?:(?:has|had|have|also|then|later|quickly|jointly)\s+)*"
    r"(?:issued|released|put\s+out|sent\s+out|published|posted|filed|unveiled)\s+\S"
)
#: A subject's way of speaking through a document right before it: "X [responded with] a
#: statement", "X [in] a statement said".
_THROUGH_DOCUMENT = re.compile(
    r"(?<=\S)\s+(?:(?:responded|replied|reacted|answered)\s+)?(?:in|with|through)\s+$"
)
#: A document named by its noun alone, after an article: "a statement", "a written statement".
_A_DOCUMENT = re.compile(
    r"(?:a|an)\s+(?:[a-z]+\s+)?(?:statement|letter|memo|tweet|post|release|news\s+release)"
)
#: An issuing verb right before a document source: "X [issued] a statement", "X [has
#: released] its report".
_ISSUED_BEFORE = re.compile(
    r"(?<=\S)\s+(?:(?:has|had|have|also|then|later|quickly|jointly)\s+)*"
    r"(?:issued|released|put\s+out|sent\s+out|published|posted|filed|unveiled)\s+$"
)
#: What may stand between the subject and its verb: a relative clause between commas.
_BETWEEN = re.compile(r"\s*(?:,\s+(?:who|which|whose)\b[^.;:“”\"]*,)?\s*")
#: The capitalised owner glued before an office's name ("Halden County Attorney’s ").
_OWNER_BEFORE = re.compile(r"(?:[A-Z][\w.\-]*\s+)*[A-Z][\w.\-]*['’]s\s+$")
#: How far before the verb (characters) its subject is looked for.
_SUBJECT_REACH = 300


def sentence_issuers(text: str, found: Sequence[Attribution], actors: ArticleActors) -> None:
    """Document speakers that are a bare issuing phrase ("released a statement" whose
    subject a relative clause cut off: "Sen. Tom Voss, who chairs the panel, released a
    statement calling ..."), the object of an issuing verb ("Tom Voss issued an unusual
    statement rebuking ...") or a document the subject spoke through ("Tom Voss responded
    with a statement accusing ...", "Tom Voss in a statement said") take the person or
    organisation right before the verb or before a relative clause that ends there, in place.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("Sen. Tom Voss, who chairs the Halden Judiciary Committee, released a "
    ...      "statement calling the decision the right thing to do.")
    >>> [a.speaker for a in Article(t).attributions]
    ['Tom Voss']
    """
    for att in found:
        if att.speaker_type != "document" or att.source is None or not att.speaker:
            continue
        start = att.source[0]
        if not _BARE_ISSUED.match(text, start, att.source[1]):
            # "X responded with a statement accusing", "X in a statement said": X's;
            # "X issued [an unusual statement] rebuking": the object of X's issuing verb
            way = _THROUGH_DOCUMENT.search(text, max(0, start - 24), start)
            if way is None or not _A_DOCUMENT.fullmatch(text, start, att.source[1]):
                way = _ISSUED_BEFORE.search(text, max(0, start - 40), start)
            if way is None:
                continue
            start = way.start()
        for m in reversed(actors.between(max(0, start - _SUBJECT_REACH), start)):
            if m.kind == "pronoun" or m.type not in ("person", "organisation"):
                continue
            if _BETWEEN.fullmatch(text, m.end, start):
                owner = _OWNER_BEFORE.search(text, max(0, m.start - 80), m.start)
                name = m.actor  # "the Halden County Attorney’s Office": the whole name
                if m.type == "organisation" and owner is not None:
                    name = f"{owner.group(0)}{m.actor}".removeprefix("The ")
                att.speaker, att.speaker_type, att.anonymous = name, m.type, False
                break


#: A definite document the article does not name: "the study", "this statement".
_DEFINITE_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:statement|study|analysis|document|filing|report|release|letter|complaint|survey|"
    r"assessment|review|audit|findings|results|data)"
)
#: How far back (characters) the issuer of a definite document may have spoken.
_ISSUER_REACH = 600


#: The issuer of a document named right after it: "Ratewatch.com, which sponsored the
#: survey, said"; the name is the capitalised words before ", which".
_WHICH_ISSUED = re.compile(
    r"(?P<name>[A-Z][\w.&’'\-]*(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w.&’'\-]*){0,5}),\s+which\s+"
    r"(?:also\s+)?(?:sponsored|conducted|commissioned|ran|carried\s+out|published|released|"
    r"paid\s+for|funded)\s+the\s+(?:new\s+)?(?P<noun>survey|poll|study|report|research|analysis)\b"
)


#: The issuer written after a document source, in a participle between commas: "the
#: lawsuit[, filed by ]the Halden Trust, alleges" (not "obtained by", "seen by": a reader).
_ISSUED_BY_AFTER = re.compile(
    r",\s+(?:which\s+was\s+)?(?:first\s+|also\s+|jointly\s+)?(?:released|filed|published|"
    r"issued|commissioned|conducted|written|prepared|compiled|authored|brought|sent|signed)"
    r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|last\s+\w+\s+|in\s+\w+\s+)?by\s+(?:the\s+)?"
)


def earlier_issuers(text: str, found: Sequence[Attribution], actors: ArticleActors) -> None:
    """A document or poll no author was found for takes its issuer, in place: for a
    definite document ("the study showed", "the statement said") the organisation that
    spoke last before it, within :data:`_ISSUER_REACH` characters ("..., the company said
    on Monday. ... Overall, the study showed"); for any of them, the name the next
    sentences give as the one "which sponsored (conducted, ran ...) the survey", or the
    author a participle after it names ("the lawsuit, filed by the Halden Trust,").

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("The trial drug was safe, Halden Biotech Inc. said on Monday. Overall, the "
    ...      "study showed that all volunteers made antibodies.")
    >>> [a.speaker for a in Article(t).attributions]
    ['Halden Biotech', 'Halden Biotech']
    """
    for i, att in enumerate(found):
        if att.speaker_type not in ("document", "poll") or att.source is None:
            continue
        if not att.speaker or att.speaker[:1].isupper():
            continue  # "the FISA memo", "Gallup poll": a document the article names
        later = _WHICH_ISSUED.search(text, att.source[1], att.source[1] + _ISSUER_REACH)
        if later is not None and later.group("noun") in att.speaker.lower():
            att.speaker, att.speaker_type = later.group("name"), "organisation"
            att.anonymous = False
            continue
        by = _ISSUED_BY_AFTER.match(text, att.source[1])
        if by is not None:  # "the lawsuit, filed by the Halden Trust, alleges": the Trust's
            author = [m for m in actors.between(by.end(), by.end() + 1) if m.kind != "pronoun"]
            if author and author[0].type in ("person", "organisation"):
                att.speaker, att.speaker_type = author[0].actor, author[0].type
                att.anonymous = False
                continue
        if att.speaker_type != "document" or not _DEFINITE_DOCUMENT.fullmatch(text, *att.source):
            continue
        for prev in reversed(found[:i]):
            if prev.source is None or att.source[0] - prev.source[1] > _ISSUER_REACH:
                break
            if prev.speaker_type == "organisation" and prev.speaker and not prev.anonymous:
                att.speaker, att.speaker_type, att.anonymous = (
                    prev.speaker,
                    prev.speaker_type,
                    False,
                )
                break


#: Nouns that name one document or inquiry by another ("Voss's investigation ... the probe").
_KINDRED = (
    frozenset(("investigation", "probe", "inquiry")),
    frozenset(("lawsuit", "suit", "complaint")),
    frozenset(("study", "research", "analysis")),
    frozenset(("memo", "memorandum")),
    frozenset(("report",)),
    frozenset(("statement",)),
    frozenset(("letter",)),
)
_DEFINITE_NOUN = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z\-]+\s+){0,2}?(?P<noun>[a-z]+)")
#: How far back (characters) the owner's document ("Voss's report") may be written.
_OWNED_REACH = 1500


def owned_documents(text: str, found: Sequence[Attribution], actors: ArticleActors) -> None:
    """A definite document or inquiry no author was found for ("the probe found", "the
    report said") takes the person or organisation whose it was when the article last
    wrote it with an owner's possessive ("Special Counsel Ada Voss's investigation"),
    within :data:`_OWNED_REACH` characters, in place.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("Critics attacked Special Counsel Ada Voss’s investigation into the campaign. "
    ...      "The probe found no proof of a conspiracy.")
    >>> [a.speaker for a in Article(t).attributions]
    ['anonymous', 'Ada Voss']
    """
    for att in found:
        if att.source is None or (att.speaker and att.speaker[:1].isupper()):
            continue
        if att.speaker_type not in ("document", "other"):
            continue
        m = _DEFINITE_NOUN.fullmatch(text, *att.source)
        kin = next((k for k in _KINDRED if m and m.group("noun") in k), None)
        if kin is None:
            continue
        owned = re.compile(rf"['’]s?\s+(?:[\w\-]+\s+){{0,3}}?(?:{'|'.join(kin)})\b")
        hits = list(owned.finditer(text, max(0, att.source[0] - _OWNED_REACH), att.source[0]))
        if not hits:
            continue
        mark = hits[-1].start()
        for mention in actors.between(max(0, mark - 80), mark + 1):
            if mention.end == mark and mention.kind != "pronoun":
                if mention.type in ("person", "organisation"):
                    att.speaker, att.speaker_type = mention.actor, mention.type
                    att.anonymous = False
