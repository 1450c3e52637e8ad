"""Speaker resolution: from a source span to a canonical speaker, its type, title and role.

In text order, so that "she said" looks back at earlier speakers. A source is

* a **pronoun** (``he``, ``she``, ``they``, ``it``, ``we``): the nearest compatible
  antecedent (:mod:`.pronouns`); an owner (``his claim that``, ``Mills’ claim``) is the
  pronoun or name it owns by;
* **joint** (``Judges Ada Voss and Piotr Lindqvist``, ``Reyes and Brooks``): every
  person named, joined by ``"; "`` in text order;
* an **appositive** (``Tom Reyes, an economics professor at the University of X``;
  ``the senator's Democratic rival, Ana Brooks``): the name, whichever side of the
  comma it stands on; the description becomes the speaker's role;
* a phrase holding a **person's name** (``Midvale University law professor Jon
  Tarrant``): the rightmost person, so that ``Renfrew's spokesman Arlo Menzies`` is
  Menzies; the words before the name are the speaker's title;
* a **role** with ``the`` (``the senator``, ``the Ohio congressman``): the actor who
  holds that role, or the unnamed source introduced with it (``a Democratic
  strategist ... the strategist``: anonymous);
* an **unnamed person or group** (``a senior official``, ``White House officials``,
  ``one Sanders ally``): ``anonymous``;
* an **organisation** (``The Carver administration``, ``the ministry``, a named
  organisation or country), a **poll** or a **document**; or else ``other``.

Canonical speakers are bare names as :mod:`newsresearch.actors` gives them (``Dan
Carver``, never ``former US President Dan Carver``); the title (``former US
President``) and role (``economics professor at the University of X``) go to
``speaker_title`` and ``speaker_role``. :func:`harmonise_speakers` makes the names of
one corpus agree across its articles (``Carver`` in one article is ``Dan Carver``
when the corpus names no other Carver).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..actor_names import is_organisation, organisation_words
from ..actors import ArticleActors, Mention
from ..hover_cards import repeats_name
from .content_end import in_quote_marks
from .cues import cue_lexicon
from .described_speakers import ROLE_SYNONYMS, described_speaker, kin_of_owner, unlisted_name
from .descriptions import (
    DEMONYM,
    _singular,
    definite_description,
    is_demonym,
    named_later,
    strip_determiner,
    untitled_holder,
)
from .document_names import AUTHOR as _AUTHOR
from .document_names import author_after
from .head_phrases import appositive_parts, head_person, source_core
from .issued_documents import issuer_span
from .joint_speakers import joint_speaker, members_after
from .name_checks import TRAILING_TIME_WORDS, drop_hover_given_names, particle_surname
from .org_references import GENERIC_ORGS, org_reference
from .owned_groups import campaign_of, owned_group
from .pair_references import pair_reference
from .phrases import PRONOUN_GENDER, anonymous_sources, document_words
from .poll_speakers import share_speaker
from .pronouns import NEUTRAL_PRONOUNS, main_holder, resolve_pronoun
from .quote_speakers import copy_speaker, first_person_speakers, introducer, previous_quoted
from .records import Attribution, Span
from .share_speakers import unnamed_share
from .speaker_names import (
    alias_names,
    capitals,
    clean_name,
    clean_organisation,
    complete_names,
    country_names,
    expand_acronyms,
    harmonise_speakers,
    unify_short_names,
)
from .unnamed_sources import PEOPLE_NOUNS as _PEOPLE_NOUNS

__all__ = [
    "clean_name",
    "harmonise_speakers",
    "resolve_added_speakers",
    "resolve_speakers",
    "strip_determiner",
]

#: A quote without a cue continues the previous speaker within this many characters.
MAX_UNCUED_GAP = 600

Speaker = tuple[str | None, str, bool]  # canonical name, type, anonymous

_QUANTIFIERS = (
    "a",
    "an",
    "one",
    "another",
    "two",
    "three",
    "four",
    "several",
    "some",
    "many",
    "few",
)
_POLLS = ("poll", "polls", "survey", "surveys")
_WORDS = re.compile(r"[\w’'\-]+")
_HEAD_END = re.compile(r"\s+(?:[a-z]+ed\s+)?(?:of|at|for|from|with|who|which|that|in)\s+")
_POSSESSIVE = re.compile(r"^(.*?)['’]s\s+\S")
_DEFINITE_ROLE = re.compile(r"(?:the|this|that)\s+(?:[\w\-]+\s+){0,3}?(?P<role>[a-z\-]+)")
#: A capitalised title, "of" and a capitalised body before a name: "Speaker of the House X".
_TITLE_OF = re.compile(r"(?:[A-Z][\w\-]*\s+)+of\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+)+[A-Z][\w.’'\-]*")
_CLEAN_EDGES = re.compile(r"^[\W_]+|[^\w.]+$")
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
    r"yesterday|tonight|this\s+week|last\s+week|regularly|recently|also|originally|"
    # a manner adverb the source took from before its cue: "Park casually said"
    r"(?-i:(?!(?:family|ally|assembly|supply|rally|anomaly|monopoly|homily)\b)[a-z]{3,}ly)))+$",
    re.I,
)
#: A person named right after the source: "the senator's rival, Ana Brooks, argued".
_NAME_AFTER_SPAN = re.compile(r",\s*")
#: Lower-case role words between a cut source and the name it belongs to
#: ("said Democratic strategist Basil Smikle" cut to "Democratic").
_ROLE_GAP = re.compile(r"\s+(?:[a-z][a-z\-]*\s+){1,3}")


def resolve_speakers(text: str, actors: ArticleActors, found: Sequence[Attribution]) -> None:
    """Set the speaker of each attribution in *found* (in text order), in place.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ('"We will win," Tom Reyes, an economics professor at the University of Halden, '
    ...      'told reporters.')
    >>> att = Article(t).attributions[0]
    >>> att.speaker, att.speaker_type, att.speaker_role
    ('Tom Reyes', 'person', 'economics professor at the University of Halden')
    """
    done: list[Attribution] = []
    for att in found:
        if att.speaker_from is not None:
            copy_speaker(att, att.speaker_from)
        elif att.source is None and att.kind == "direct":
            # A quote with no cue: the person whose sentence brings it in, else the
            # previous speaker when the quote follows closely.
            prev = previous_quoted(done)
            brought = introducer(text, actors, att, done)
            if brought is not None:
                att.speaker, att.speaker_type, att.anonymous = brought
            elif prev is not None and att.content[0][0] - prev.content[-1][1] < MAX_UNCUED_GAP:
                copy_speaker(att, prev)
        elif att.source is not None:
            att.speaker, att.speaker_type, att.anonymous = _resolve(
                text, actors, att.source, done, own=att.content
            )
            _describe(att, text, actors)
        done.append(att)
    first_person_speakers(text, done)
    kin_of_owner(text, done, actors)  # "her husband": the one of her family name
    _canonical_names(text, done, actors)


def _canonical_names(text: str, found: Sequence[Attribution], actors: ArticleActors) -> None:
    """The speakers of *found* made canonical names (:mod:`.speaker_names`)."""
    for att in found:
        if att.speaker_type == "person" and att.speaker:
            att.speaker = clean_name(att.speaker)
        elif att.speaker_type == "organisation" and att.speaker:
            att.speaker = clean_organisation(att.speaker)
    drop_hover_given_names(text, found)  # "Ben Cardin Benjamin (Ben) Louis Cardin..."
    complete_names(found, actors, text=text)
    unify_short_names(found, actors)
    expand_acronyms(found, actors)
    country_names(found, text=text)
    alias_names(text, found, actors)


def resolve_added_speakers(
    text: str, actors: ArticleActors, added: Sequence[Attribution], resolved: Sequence[Attribution]
) -> None:
    """Set the speakers of attributions *added* after :func:`resolve_speakers` ran over
    *resolved* (the acts of an agent after "by" that the ``parc`` convention adds), in
    place: each as a source of :func:`resolve_speakers`, the attributions before it known.

    Examples
    --------
    >>> from newsresearch.attribution.conventions import convert
    >>> from newsresearch.text import Article
    >>> t = "The bill is backed by Rep. Jon Tarrant (R-Ohio)."
    >>> [(a.type, a.speaker) for a in convert(Article(t), "parc")]
    [('act', 'Jon Tarrant')]
    """
    for att in added:
        if att.source is None:
            continue
        done = [a for a in resolved if a.start < att.start]
        att.speaker, att.speaker_type, att.anonymous = _resolve(
            text, actors, att.source, done, own=att.content
        )
        _describe(att, text, actors)
    _canonical_names(text, added, actors)


def _describe(att: Attribution, text: str, actors: ArticleActors) -> None:
    """The speaker's title (words before the name in the source, else the title it was
    introduced with) and role (an appositive description, else the title's role)."""
    actor = actors.actors.get(att.speaker or "")
    if actor is None or actor.type != "person" or att.source is None:
        return
    a, b = att.source
    inside = [m for m in actors.between(a, b) if m.actor == actor.canonical]
    title = ""
    if inside and inside[0].kind != "pronoun":
        before = text[a : inside[0].start]
        own = _own_title(before, actor.canonical, text[inside[0].start : inside[0].end])
        title = own if own is not None else ""
    att.speaker_title = title or actor.title
    att.speaker_role = actor.description or _role_of(actor)


def _own_title(before: str, canonical: str, mention: str) -> str | None:
    """The title written before a name in a source: "former US President" from
    "former US President Dan Carver" (None when the words before are no title)."""
    if "," in before:
        return None
    for name in (canonical, canonical.split()[-1]):
        if mention.endswith(name):
            before = f"{before} {mention[: -len(name)]}"
            break
    return strip_determiner(" ".join(before.split()))


def _role_of(actor: object) -> str:
    roles = sorted(getattr(actor, "roles", ()), key=lambda r: (-len(r), r))
    return roles[0] if roles else ""


def _best(mentions: list[Mention], actors: ArticleActors, text: str) -> Speaker:
    best = max(mentions, key=lambda m: (m.end, m.type == "person"))
    if best.kind == "role":  # "the president": the article's main one
        actor = main_holder(actors, actors.actors[best.actor], text[best.start : best.end])
        return actor.canonical, actor.type, False
    return best.actor, best.type, False


@lru_cache(maxsize=1)
def _anonymous_marker() -> re.Pattern[str]:
    """Any phrase of :func:`~.phrases.anonymous_sources`, one pattern (a phrase that starts
    a source is inside it too, so one search of the padded source finds either)."""
    phrases = sorted(anonymous_sources(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, phrases)) if phrases else r"(?!)")


def _is_anonymous(low: str, phrase: str, words: list[str]) -> bool:
    """'officials', 'a senior official', 'people familiar with the matter'."""
    return _anonymous_marker().search(f" {low} ") is not None or bool(
        words and words[0] in _QUANTIFIERS and not any(w[:1].isupper() for w in phrase.split()[1:])
    )


def _people_head(head: str) -> bool:
    """Whether a phrase's head noun is an unnamed person or group ("White House officials")."""
    words = _WORDS.findall(re.sub(r"\b\d+-year-old", "person", head.lower()))  # "the 69-year-old"
    return bool(words) and _singular(words[-1]) in _PEOPLE_NOUNS


#: Plural party members who speak as a named group ("House Republicans"), not anonymously.
_PARTY_GROUPS = frozenset("democrats republicans tories".split())
_LEANINGS = frozenset("conservative liberal progressive moderate centrist hard-line".split())


def _party_group(head: str) -> str | None:
    """'Democrats', 'conservative House Republicans': the group, its capitalised words
    ("House Republicans"); None when counted ("some Democrats", "two Republicans")."""
    words = head.split()
    if not words or words[-1].lower() not in _PARTY_GROUPS or not words[-1][:1].isupper():
        return None
    if any(w.lower() in _QUANTIFIERS or w.lower() in ("other", "most", "all") for w in words):
        return None
    name = []
    for word in reversed(words):
        if not word[:1].isupper() or word.lower() in _NOT_A_NAME or word.lower() in _LEANINGS:
            break
        name.insert(0, word)
    return " ".join(name)


def _looks_like_name(phrase: str) -> bool:
    """Two or more capitalised words, none of them a function word: "Ana Brooks"."""
    words = phrase.split()
    return (
        1 < len(words) <= 5
        and all(w[:1].isupper() for w in words)
        and not any(w.rstrip(",.").lower() in _NOT_A_NAME for w in words)
    )


_NOT_A_NAME = frozenset(
    "the a an in on at but and or if as when while after before here there later without "
    "why what how where who whom whose which whether "
    "their his her its our my your we they he she it i i’m this that these those".split()
)


#: Plural heads of unnamed states ("Western countries"); one named state is an organisation.
_UNNAMED_STATES = frozenset("countries nations governments states".split())


def _unnamed_type(phrase: str, low: str) -> Speaker:
    """A source with no actor in it: anonymous, poll, document, organisation, name or other."""
    words = _WORDS.findall(low)
    if _is_anonymous(low, phrase, words) or _people_head(_HEAD_END.split(phrase, 1)[0]):
        return "anonymous", "anonymous", True
    head = words[-1] if words else ""
    if head in _UNNAMED_STATES:  # "Western countries", "several nations"
        return "anonymous", "anonymous", True
    if head in _POLLS:
        return strip_determiner(phrase), "poll", False
    if head in document_words():
        return strip_determiner(phrase), "document", False
    if phrase[:1].isupper() or low.startswith("the "):
        if is_organisation(phrase) or _the_proper_name(phrase, words):
            return strip_determiner(phrase), "organisation", False
    elif head in organisation_words():
        return strip_determiner(phrase), "organisation", False
    clean = _CLEAN_EDGES.sub("", phrase)
    if _looks_like_name(clean):
        return clean, "person", False
    return None, "other", False


def _thing(phrase: str) -> Speaker | None:
    """A source naming a thing by a common noun speaks by that name ("court precedents
    show", "Friday's shootings show")."""
    thing = strip_determiner(_CLEAN_EDGES.sub("", phrase))
    if _THING.fullmatch(thing) and _NOT_A_NAME.isdisjoint(thing.lower().split()):
        return thing, "other", False
    return None


#: A thing named by a common noun, up to four words ("court precedents", "such testing",
#: "Friday's shootings"): it speaks by its own name (data/gold/ANNOTATION.md). The head
#: has a noun's ending, so a clause ("Republicans are united") is none.
_THING = re.compile(r"(?:[\w’'\-]+\s+){0,3}[a-z][a-z\-]{2,}(?:s|ing|ion|ment|ure|ence|ance)")


def _the_proper_name(phrase: str, words: list[str]) -> bool:
    """'The Pentagon', 'the FBI': ``the`` and a capitalised name that is no role
    ("the Vice President" is a person)."""
    rest = phrase.split()[1:]
    return (
        words[:1] == ["the"]
        and 0 < len(rest) <= 4
        and all(w[:1].isupper() for w in rest)
        and words[-1] not in _ROLE_NOUNS
        and _singular(words[-1]) not in _PEOPLE_NOUNS
    )


def _single_name(word: str, actors: ArticleActors) -> Speaker | None:
    """A one-word source: a known organisation it begins ("Pew" for "Pew Research Center"),
    a country (an organisation), or a person named so ("Omarosa")."""
    if not word[:1].isupper() or word.lower() in _NOT_A_NAME or not word.isalpha():
        return particle_surname(word, actors)  # "al-Abadi": the person whose name ends so
    for actor in actors.actors.values():
        if actor.type == "organisation" and actor.canonical.split()[0] == word:
            return actor.canonical, "organisation", False
    for actor in actors.actors.values():
        names = actor.canonical.split()
        if actor.type == "person" and names[0] == word and _FAMILY_FIRST.fullmatch(names[-1]):
            return actor.canonical, "person", False  # "Park" for "Park Sang-hak"
    if is_organisation(word):
        return word, "organisation", False
    if word in capitals() and not any(
        a.type == "person" and a.canonical.split()[-1] == word for a in actors.actors.values()
    ):
        return word, "organisation", False  # "Washington said": the United States
    if word.isupper() and len(word) > 1:  # an acronym ("CBO") names no person
        return word, "organisation", False
    if word.lower() in _NOT_PERSON_WORDS or _singular(word.lower()) in _PEOPLE_NOUNS:
        return None
    return word, "person", False


#: The hyphenated given name of a family-name-first name ("Park Sang-hak", "Kim Jong-un").
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")
#: Capitalised single words that name no one ("Democratic", "Friday").
_NOT_PERSON_WORDS = frozenset(
    "democratic republican liberal conservative american local federal national state "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday "
    "january february march april may june july august september october november december "
    "someone somebody anyone anybody everyone everybody nobody some many most others few "
    "several all both".split()
)


def _appositive(text: str, span: Span, actors: ArticleActors) -> Span | None:
    """The part of 'Tom Reyes, an economics professor at ...' or 'the senator's rival,
    Ana Brooks' that holds the name."""
    phrase = text[span[0] : span[1]]
    comma = phrase.find(",")
    if comma <= 0:
        return None
    left, right = (span[0], span[0] + comma), (span[0] + comma + 1, span[1])
    for part in appositive_parts(text, left, right, actors):
        people = [
            m
            for m in actors.between(part[0], part[1])
            if m.type == "person" and m.kind != "pronoun"
        ]
        if people:
            if part is right:  # the name right after the comma, not one deep in the description
                first = people[0]
                if text[part[0] : first.start].strip():
                    continue
                return first.start, first.end
            return part
    return None


def _definite_role(
    text: str, low: str, position: int, actors: ArticleActors, done: list[Attribution]
) -> Speaker | None:
    """'the secretary', 'the Ohio congressman': who holds the role; 'the strategist' after
    'a Democratic strategist': anonymous."""
    m = _DEFINITE_ROLE.fullmatch(low)
    if not m:
        return None
    role = m.group("role")
    words = low.split()[1:]
    for att in reversed(done):
        source = text[att.source[0] : att.source[1]].lower() if att.source else ""
        if att.anonymous and source.split()[-1:] == [role]:
            return "anonymous", "anonymous", True
    for k in range(len(words)):
        phrase = " ".join(words[k:])
        for name in (phrase, *ROLE_SYNONYMS.get(phrase, ())):
            holder = actors.with_role(name, position)
            if holder is not None:
                holder = main_holder(actors, holder, name)  # "the president": the main one
                return holder.canonical, holder.type, False
    return None


def _ends_head(text: str, mention: Mention, head_end: int) -> bool:
    """Whether a name ends the head of its phrase (nothing but a possessive or punctuation after)."""
    rest = _WORDS.findall(text[mention.end : head_end].replace("’s", "").replace("'s", ""))
    # a hover name a page glued after the name repeats it: "Sen. Bernie Sandoval Bernie ..."
    return not rest or repeats_name(rest[0], mention.actor)


def _organisation_head(phrase: str, span: Span, actors: ArticleActors) -> Speaker | None:
    """'The Carver administration', 'the Justice Department': the organisation, never Carver."""
    words = _WORDS.findall(phrase)
    if not words or words[-1].lower() not in organisation_words():
        return None
    end = span[0] + len(phrase.rstrip())
    for m in actors.between(span[0], end):
        if m.type == "organisation":
            rest = _WORDS.findall(phrase[m.end - span[0] :])
            if len(rest) <= 1 and all(w.lower() in organisation_words() for w in rest):
                return m.actor, "organisation", False
    return strip_determiner(phrase), "organisation", False


def _resolve(
    text: str,
    actors: ArticleActors,
    span: Span,
    done: list[Attribution],
    *,
    own: Sequence[Span] = (),
) -> Speaker:
    """Speaker, speaker type and anonymity of a source span (*own*: its attribution's content)."""
    trimmed = _TRAILING_TIME.search(text, span[0], span[1])
    if trimmed and trimmed.start() > span[0]:
        span = (span[0], trimmed.start())
    if (described := described_speaker(text, span, actors)) is not None:
        return described  # "Carver's brother Robert", "the speaker of Parliament"
    span = source_core(text, span)  # "[2017] Republicans [are united]"
    share = share_speaker(text, span, done)  # "51 percent of respondents": their poll
    if share is not None:
        return share
    head = head_person(text, span, actors)  # "Rabbi X of the Y Temple in [Oakdale]": X
    if head is not None:
        return head
    speaker = _resolve_phrase(text, actors, span, done, own=own)
    if unnamed_share(text, span, speaker):  # "59% of respondents", "some in Congress"
        return "anonymous", "anonymous", True
    if speaker[0] in (None, "anonymous") or speaker[1] in ("other", "organisation", "document"):
        named = members_after(text, span, actors) or _named_next(text, span, actors)
        named = named or _named_before(text, span, actors)
        if named is not None:
            return named
        if speaker == (None, "other", False):  # "pollster Ana Lake", no actor: the name
            phrase = text[span[0] : span[1]]
            return unlisted_name(phrase, _PEOPLE_NOUNS | _ROLE_NOUNS) or _thing(phrase) or speaker
    elif " " not in text[span[0] : span[1]].strip():
        # one word cut from its phrase: "asked NBC [host Chuck Todd]"
        named = _named_next(text, span, actors, gaps=(_ROLE_GAP,))
        if named is not None:
            return named
    if speaker[1] == "organisation" and speaker[0]:
        phrase = text[span[0] : span[1]].strip()
        if speaker[0].isalpha() and speaker[0].islower() and _INDEFINITE.match(phrase):
            return "anonymous", "anonymous", True  # "a group of House members": unnamed
        return _full_name(strip_determiner(phrase), speaker[0]), *speaker[1:]
    return speaker


_INDEFINITE = re.compile(r"(?:a|an|one|another|some)\s", re.I)


#: The rest of an organisation's name after "of" or "for": "for Public Opinion Research".
_NAME_REST = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.’'&\-]*(?:\s+(?:[A-Z][\w.’'&\-]*|of|for|and|the|on))*"
)


def _full_name(phrase: str, name: str) -> str:
    """An organisation's name with the rest of it the source writes after "of" or "for"
    ("Roper Center" in "the Roper Center for Public Opinion Research" is the whole)."""
    if not phrase.startswith(name):
        return name
    rest = _NAME_REST.fullmatch(phrase, len(name))
    return (
        phrase
        if rest is not None and not phrase.endswith(("of", "for", "and", "the", "on"))
        else name
    )


_DESCRIPTION_START = re.compile(r"(?:a|an|one|the)\s", re.I)
_COMMA_BEFORE = re.compile(r"(?:,\s*|\s*[–—]\s*)$")


#: The start of an appositive cut before a source: "Jon Tarrant, one of the co-sponsors of
#: [the Halden Act]", "Ana Brooks, who was [the deputy director]".
_APPOSITIVE_LEAD = re.compile(r",\s+(?:[A-Za-z\-]+\s+){1,6}$")
_LEAD_START = re.compile(r",\s+(?:a|an|the|one|who|director|head|chair|president|founder)\b")


#: A preposition (and up to two lower-case words) before a name: the name is its object,
#: no subject a description after it is in apposition to.
_OBJECT_BEFORE = re.compile(r"\b(?:of|to|for|with|from|by|about|against)\s+(?:[a-z\-]+\s+){0,2}$")


def _named_before(text: str, span: Span, actors: ArticleActors) -> Speaker | None:
    """A person named right before a description that is the source: "Rep. Jon Tarrant,
    a Texas Republican, said" when the source is "a Texas Republican", or when the
    source is cut from such a description ("Jon Tarrant, one of the co-sponsors of
    [the Halden Act], said")."""
    if not _DESCRIPTION_START.match(text, span[0]):
        return None
    comma = _COMMA_BEFORE.search(text, max(0, span[0] - 3), span[0])
    if comma is None:
        lead = _APPOSITIVE_LEAD.search(text, max(0, span[0] - 70), span[0])
        if lead is None or not _LEAD_START.match(text, lead.start()):
            return None
        lexicon = cue_lexicon()
        if any(w in lexicon for w in lead.group(0)[1:].split()):
            return None
        comma = lead
    for mention in actors.between(max(0, comma.start() - 80), comma.start()):
        if mention.end == comma.start() and mention.type == "person" and mention.kind == "name":
            dated = TRAILING_TIME_WORDS.intersection(mention.actor.split())  # "Responding Friday"
            if _OBJECT_BEFORE.search(text, max(0, mention.start - 40), mention.start):
                return None  # "the role of [the United Nations], the official said"
            return None if dated else (mention.actor, "person", False)
    return None


def _named_next(
    text: str,
    span: Span,
    actors: ArticleActors,
    *,
    gaps: tuple[re.Pattern[str], ...] = (_NAME_AFTER_SPAN, _ROLE_GAP),
) -> Speaker | None:
    """A person named right after the source: after a comma ("the senator's rival, Ana
    Brooks") or after role words the source span left out ("Democratic strategist X");
    an organisation after words ending in a kind of group ("US campaigning group X")."""
    for gap in gaps:
        m = gap.match(text, span[1])
        if m is None or (gap is _ROLE_GAP and not _role_words_only(m.group(0))):
            continue
        group = gap is _ROLE_GAP and m.group(0).split()[-1] in GENERIC_ORGS
        for mention in actors.between(m.end(), m.end() + 1):
            if mention.kind != "name":
                continue
            if mention.type == "person" or (group and mention.type == "organisation"):
                return mention.actor, mention.type, False
    return None


def _role_words_only(gap: str) -> bool:
    """Whether words between a source and a name are a role ("law professor"), not a cue."""
    words = gap.split()
    lexicon = cue_lexicon()
    return not any(w in lexicon for w in words) and (
        _singular(words[-1]) in _PEOPLE_NOUNS
        or words[-1] in _ROLE_NOUNS
        or words[-1] in GENERIC_ORGS
    )


_ROLE_NOUNS = frozenset(
    "professor reporter correspondent columnist editor anchor host judge chief director "
    "president president-elect secretary minister actor author historian commentator founder".split()
)


#: Words that count or date documents, not part of their name ("new polls", "some polls").
_DOCUMENT_QUANTIFIER = re.compile(
    r"^(?:(?:new|some|recent|latest|several|many|other|more|two|three|both)\s+)+(?=\S)", re.I
)
#: A document owned by a pronoun ("her statement", "its report") and the pronoun it stands for.
_OWNED_BY_PRONOUN = re.compile(r"\s*(his|her|its|their)\s", re.IGNORECASE)
_OWNER_PRONOUN = {"his": "he", "her": "she", "its": "it", "their": "they"}
_ACCORDING_BEFORE = re.compile(r"according\s+to\s+$", re.I)
#: The possessive ending of an owner's name ("Voss's", "Mills’").
_OWNER_MARK = re.compile(r"['’]s?$")


def _document(
    phrase: str, span: Span, text: str, actors: ArticleActors, done: list, own: Sequence[Span]
) -> Speaker | None:
    """A document or poll: its author when the source names one ("a July report from
    Mother Jones magazine"), else the document itself ("court transcript")."""
    # the head ends where its author starts: "a lawsuit filed by Taylor's family"
    head = _AUTHOR.split(_HEAD_END.split(phrase, maxsplit=1)[0], maxsplit=1)[0]
    words = _WORDS.findall(head.lower()) or [""]  # no word: no document ("—", "by X")
    last = words[-1] if words[-1] in document_words() else _singular(words[-1])
    if last not in document_words() and words[-1] not in _POLLS:
        return None
    if (issuer := issuer_span(head, span)) is not None:  # "Voss issued a statement": Voss
        return _resolve_phrase(text, actors, issuer, done, own=own)
    mine = _OWNED_BY_PRONOUN.match(head)
    if mine is not None:  # "her statement said", "his prepared remarks show": the owner
        pronoun = _OWNER_PRONOUN[mine.group(1).lower()]
        # people named in the quote it brings in are not its owner, save the subject of
        # the clause "according to" follows ("X will say, according to his remarks")
        own = () if _ACCORDING_BEFORE.search(text, max(0, span[0] - 16), span[0]) else own
        found = resolve_pronoun(pronoun, span, actors, done, own=own, text=text)
        if found[0] not in (None, "anonymous") and found[1] in ("person", "organisation"):
            return found
    owner = _POSSESSIVE.match(head)
    if owner is not None and owner.group(1).lower() not in ("it", "its", "his", "her", "their"):
        found = _resolve_phrase(text, actors, (span[0], span[0] + len(owner.group(1))), done)
        if found[0] not in (None, "anonymous") and found[1] in ("person", "organisation"):
            return found  # "the company's own figures": the company
    author = _AUTHOR.search(phrase)
    if author is not None:
        sub = (span[0] + author.end(), span[1])
        found = _resolve_phrase(text, actors, sub, done)
        if found[0] not in (None, "anonymous") and found[1] in ("person", "organisation"):
            return found
    kind = "poll" if words[-1] in _POLLS else "document"
    named = _named_author(text, actors, span[0], span[0] + len(head.rstrip()))
    if named is not None and kind == "document":  # a poll goes by its name: "Gallup poll"
        return named
    if kind == "document" and words[0] in ("the", "this", "that"):
        earlier = _earlier_author(text, actors, span[0], words[-1], done)
        if earlier is not None:  # "a lawsuit filed by X ... the lawsuit stated": X
            return earlier
    return _DOCUMENT_QUANTIFIER.sub("", strip_determiner(head)), kind, False


#: How far back (characters) a definite document ("the lawsuit") looks for its author.
_DOCUMENT_REACH = 2000


def _earlier_author(
    text: str, actors: ArticleActors, position: int, noun: str, done: list[Attribution]
) -> Speaker | None:
    """The author a definite document ("the lawsuit", "the statement") was introduced
    with: the speaker of an earlier source with that head ("a statement from X said"),
    else the name after "<noun> filed by" or "<noun> from" earlier in the text."""
    for att in reversed(done):
        if att.source is None or att.source[0] < position - _DOCUMENT_REACH:
            continue
        head = _HEAD_END.split(text[att.source[0] : att.source[1]], maxsplit=1)[0]
        last = _WORDS.findall(head.lower())[-1:]
        if last == [noun] and att.speaker_type in ("person", "organisation") and att.speaker:
            return att.speaker, att.speaker_type, att.anonymous
    hits = list(author_after(noun).finditer(text, max(0, position - _DOCUMENT_REACH), position))
    for hit in reversed(hits):
        for m in actors.between(hit.end(), hit.end() + 1):
            if m.kind != "pronoun" and m.type in ("person", "organisation"):
                return m.actor, m.type, False
    return None


def _named_author(text: str, actors: ArticleActors, start: int, head_end: int) -> Speaker | None:
    """The organisation named right before a document word: "a 2017 Halden Research
    Center study" is the Halden Research Center's."""
    noun = text.rfind(" ", start, head_end) + 1
    for m in actors.between(start, noun):
        if m.type == "organisation" and m.kind != "pronoun" and not text[m.end : noun].strip():
            return m.actor, "organisation", False
    return None


def _resolve_phrase(
    text: str,
    actors: ArticleActors,
    span: Span,
    done: list[Attribution],
    *,
    own: Sequence[Span] = (),
) -> Speaker:
    """Speaker, speaker type and anonymity of a trimmed source span."""
    phrase = text[span[0] : span[1]]
    low = phrase.lower().strip()
    if low in PRONOUN_GENDER or low in NEUTRAL_PRONOUNS:
        return resolve_pronoun(low, span, actors, done, own=own, text=text)
    if low in _OWNER_PRONOUN and not in_quote_marks(text, span[0]):  # "his claim that ..."
        return resolve_pronoun(_OWNER_PRONOUN[low], span, actors, done, own=own, text=text)
    if " " not in phrase.strip() and not actors.at(*span):
        # "Mills’ claim that ...", "Voss's warning that ...": the owner
        single = _single_name(_OWNER_MARK.sub("", phrase.strip()), actors)
        if single is not None:
            return single
    joint = joint_speaker(text, span, actors) or pair_reference(text, span, actors, done)
    if joint is not None:  # "Reyes and Brooks"; "the pair" after them
        return joint
    campaign = campaign_of(phrase, span, actors, done, text)
    if campaign is not None:  # "the Voss camp", "his campaign"
        return campaign, "organisation", False
    inner = _appositive(text, span, actors)
    if inner is not None:
        return _resolve_phrase(text, actors, inner, done)
    document = _document(phrase, span, text, actors, done, own)
    if document is not None:
        return document
    demonym = DEMONYM.fullmatch(phrase.strip())
    if demonym is not None and is_demonym(demonym.group(1)):  # "the Texan": who was named
        found = definite_description(low, phrase.strip(), span[0], actors, text)
        if found is not None:
            return found
    head = _HEAD_END.split(phrase, maxsplit=1)[0]
    titled = _TITLE_OF.fullmatch(phrase)
    if titled is not None:  # "Speaker of the House Paul Ryan": a title naming a body
        last = [m for m in actors.between(span[0], span[1]) if m.end == span[0] + len(phrase)]
        if last and last[0].type == "person" and last[0].kind != "pronoun":
            return last[0].actor, "person", False
    possessive = _POSSESSIVE.match(head)
    owned_from = span[0] + possessive.end() - 1 if possessive else span[0]
    if possessive is not None:
        group = owned_group(possessive.group(1), head[possessive.end() - 1 :], span, actors)
        if group is not None:  # "Taylor's relatives", "President Trump's lawyers"
            return group, "organisation", False
    candidates = [
        m for m in actors.overlapping(span[0], span[0] + len(head)) if m.kind != "pronoun"
    ]
    named = [m for m in candidates if m.end > owned_from]  # "NBC's Tom Reyes" is one mention
    head_end = span[0] + len(head.rstrip())
    people = [m for m in named if m.type == "person" and _ends_head(text, m, head_end)]
    org = _organisation_head(head, span, actors)
    if people and org is None:  # the rightmost name is the head: "Renfrew's spokesman Arlo Menzies"
        return _best(people, actors, text)
    party = _party_group(head)
    if party is not None:
        return party, "organisation", False
    if _people_head(head):
        if low.startswith(("the ", "this ", "that ")):
            role = _definite_role(text, low, span[0], actors, done)
            if role is None:
                role = definite_description(low, head, span[0], actors, text)
            if role is not None:
                return role
        later = named_later(low, span[0], actors)  # "A Democratic senator ... Sen. X"
        return later if later is not None else ("anonymous", "anonymous", True)
    org_name = org_reference(low, phrase, span[0], actors, done, text=text)
    if org_name is not None:  # "the union": the one named earlier
        return org_name, "organisation", False
    if named and (org is None or any(m.type == "organisation" for m in named)):
        return _best(named, actors, text)
    if org is not None:
        return org
    if possessive and possessive.group(1).lower() not in ("it", "its"):
        # "the trade ministry's summary": the owner speaks through its document or office
        return _resolve(text, actors, (span[0], span[0] + len(possessive.group(1))), done)
    if candidates:
        return _best(candidates, actors, text)
    role = _definite_role(text, low, span[0], actors, done)
    last = _WORDS.findall(head.lower())[-1:]
    if role is None and last and last[0] in _ROLE_NOUNS and low.startswith("the "):
        role = untitled_holder(last[0], span[0], actors)
    if role is None:
        role = named_later(low, span[0], actors)
    if role is not None:
        return role
    return _unnamed_type(phrase, low)
