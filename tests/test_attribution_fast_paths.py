"""The fast paths of the attribution rules give what the plain searches they stand for give.

Each helper below skips a search when a cheap test shows it cannot match (issue 13);
these tests compare it with the plain form on examples and generated text.
"""

from __future__ import annotations

import re

import pandas as pd
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsresearch import attributions
from newsresearch.attribution import (
    chrome,
    content_end,
    indirect,
    phrases,
    poll_shares,
    pronouns,
    speaker_names,
    speakers,
)
from newsresearch.attribution.bare_times import after_bare_time
from newsresearch.attribution.cues import cue_at
from newsresearch.attribution.records import Scan, content_kind
from newsresearch.text import Article, Quote

_TEXT = st.lists(
    st.sampled_from(
        ["a", "b", " ", "  ", "\n", "?", "? ", '"', "“", "”", ",", "who", "and", "Voss", "\t", "."]
    ),
    max_size=80,
).map("".join)


def _plain_in_quote(quotes: tuple[Quote, ...], pos: int) -> Quote | None:
    for q in quotes:
        if q.start <= pos < q.end:
            return q
    return None


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_in_quote_bisects_to_the_quote_a_linear_scan_finds(text):
    scan = Scan(Article(text))
    for pos in range(-1, len(text) + 2):
        assert scan.in_quote(pos) is _plain_in_quote(scan.article.quotes, pos)


def test_in_quote_scans_overlapping_quotes_in_order():
    article = Article("0123456789")
    first, second = Quote(0, 1, 6, 6, True), Quote(2, 3, 9, 9, False)
    article.__dict__["quotes"] = (first, second)  # overlapping: no bisecting
    scan = Scan(article)
    assert scan._quote_starts is None
    assert scan.in_quote(4) is first and scan.in_quote(7) is second and scan.in_quote(9) is None


def test_in_quote_of_real_quotes():
    text = '"We will win," she said. Then "five'
    scan = Scan(Article(text))
    assert scan._quote_starts == [q.start for q in scan.article.quotes]
    assert text[scan.in_quote(3).start : scan.in_quote(3).end] == "We will win,"
    assert scan.in_quote(text.index("she")) is None
    assert scan.in_quote(len(text) - 1).end == len(text)


def _plain_chrome_questions(text: str) -> list[tuple[int, int]]:
    return [
        m.span()
        for m in chrome._QUESTION_LINE.finditer(text)
        if len(m.group(0).split()) <= chrome.MAX_HEADING_WORDS
    ]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_question_headings_are_those_of_a_search_of_every_line(text):
    assert chrome.chrome_spans(text.replace(" MORE", "")) == _plain_chrome_questions(
        text.replace(" MORE", "")
    )


def test_question_headings_examples():
    text = (
        "Intro.\nWhat did Voss say? \t\nIs this, asked at length by a reader who wrote in, "
        "too long to be a heading?\nok?\nWhy not?"
    )
    found = [text[a:b] for a, b in chrome.chrome_spans(text)]
    assert (
        found
        == ["What did Voss say? \t", "Why not?"]
        == [text[a:b] for a, b in _plain_chrome_questions(text)]
    )


def test_anonymous_marker_finds_what_any_phrase_test_finds():
    sources = speakers.anonymous_sources()
    samples = [
        "officials",
        "a senior official",
        "people familiar with the matter",
        "ada voss",
        "the ministry",
        "",
        *sources,
        *(f"two {s} said" for s in sources[:10]),
    ]
    for low in samples:
        plain = any(a in f" {low} " or low.startswith(a) for a in sources)
        assert (speakers._anonymous_marker().search(f" {low} ") is not None) == plain


def test_cue_at_reads_a_particle_only_after_a_phrasal_verb():
    assert cue_at("She pointed out the flaw.", 4).lemma == "point out"
    assert cue_at("They called for calm.", 5).lemma == "call for"
    said = cue_at("She said out loud it was over.", 4)
    assert (said.lemma, said.end) == ("say", 8)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_who_before_is_the_plain_search(text):
    for a in range(0, len(text) + 1, 7):
        for b in range(a, len(text) + 1, 5):
            plain = indirect._WHO_BEFORE.search(text, a, b)
            fast = indirect._who_before(text, a, b)
            assert (fast and fast.span()) == (plain and plain.span())


def test_content_end_without_comma_or_and_is_the_second_cue():
    text = "Voss said the plan would fail but insisted it was fine."
    start = text.index("the plan")
    assert indirect._content_end(text, start, len(text)) == text.index(" but")
    plain = "Voss said the plan would fail soon."
    assert indirect._content_end(plain, 10, len(plain)) == len(plain)


def test_coordinated_start_without_and():
    seg = "House Speaker Paul Ryan and Sen. Ada Voss"
    assert phrases._coordinated_start(seg, seg.index("Sen.")) == 0
    assert phrases._coordinated_start("Sen. Ada Voss", 5) == 5
    assert re.search(r"\sand\s", "Sen. Ada Voss") is None


_SUBJECT_TEXT = st.lists(
    st.sampled_from(
        ["he", "He", "she", "they", "We", "who", "which", "I", "it", "the", "shed", "Iowa"]
        + [" ", "  ", "\n", "\t", "\u00a0", "\u2003", ",", ".", "-", "’", "x", "5", "_"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_SUBJECT_TEXT, st.integers(min_value=0, max_value=40))
def test_subject_before_is_the_search_of_the_whole_segment(seg, end):
    end = min(end, len(seg))
    plain = phrases._SUBJECT_BEFORE.search(seg, 0, end) is not None
    assert phrases._subject_before(seg, end) is plain


def test_subject_before_examples():
    seg = "Critics say he overruled Census staff"
    assert phrases._subject_before(seg, seg.index("overruled"))
    assert phrases._subject_before("Ana who  \n put", 10)
    assert not phrases._subject_before("Ana Roe overruled", 8)  # "Roe" is no subject pronoun
    assert not phrases._subject_before("the shed overruled", 9)  # "shed" is not "she"
    assert not phrases._subject_before("he,overruled", 3)  # no white space before the phrase


_CUE_TEXT = st.lists(
    st.sampled_from(
        [
            "said",
            "says",
            "told",
            "Said",
            "unsaid",
            "said_",
            "_said",
            "2said",
            "é",
            "said-",
            "-said",
            " ",
            "\n",
            ",",
            ".",
            "’",
            "'",
            "warned",
            "a",
            "argue",
            "arguesx",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXT)
def test_cue_starts_are_those_of_the_cue_word_pattern(text):
    plain = [m.start() for m in indirect._cue_word_re().finditer(text)]
    assert indirect._cue_starts(text) == plain


def test_cue_starts_examples():
    text = "said Voss, who said: they argued, unsaid, and warned"
    assert [text[p : p + 4] for p in indirect._cue_starts(text)] == ["said", "said", "argu", "warn"]


_CLAUSE = st.lists(
    st.sampled_from(
        [
            " ",
            "  ",
            ",",
            ":",
            "that",
            "that’s",
            "on",
            "Tuesday",
            "in",
            "a",
            "statement",
            "told",
            "reporters",
            "Voss",
            "you",
            "are",
            "the",
            "show",
            "he",
            "will",
            "win",
            "\n",
            '"',
            ".",
        ]
    ),
    max_size=30,
).map(" ".join)


def _plain_complement(text, cue, sb, *, passive=False):
    """:func:`indirect._complement` as it was written, on slices of the text."""
    rest_a = cue.end
    if cue.lemma in indirect.TELL and not passive:
        m = indirect._TOLD_WHOM.match(text[rest_a:sb])
        if m and cue.lemma in indirect._ADDRESSEE_FIRST:
            rest_a += m.end()
    m = indirect._SETTING.match(text[rest_a:sb])
    rest_a += m.end() if m else 0
    rest_a = after_bare_time(text, rest_a, sb)  # "said Tuesday that" (.bare_times)
    m = indirect._THAT.match(text[rest_a:sb])
    if m is None:
        m = indirect._PLACE_THAT.match(text[rest_a:sb])
        if m is not None and not indirect._CLAUSE_SUBJECT.match(text, rest_a + m.end()):
            m = None
    if m is not None:
        rest_a += m.end()
    return rest_a, m is not None


@settings(max_examples=200, deadline=None)
@given(_CLAUSE, st.sampled_from(["said", "told", "assured", "warned"]), _CLAUSE, st.booleans())
def test_complement_matches_in_place_as_on_the_slice(before, verb, after, passive):
    from newsresearch.attribution.records import Cue

    # a cue is a whole word: one glued to the next word ("saidTuesday") is never found, and
    # there the slice's start is a word boundary that the text has not
    assume(not after[:1].isalnum())
    text = f"{before} {verb}{after}"
    start = len(before) + 1
    lemma = {"said": "say", "told": "tell", "assured": "assure", "warned": "warn"}[verb]
    cue = Cue(start, start + len(verb), lemma, "neutral")
    for sb in {len(text), max(cue.end, len(text) - 7)}:
        assert indirect._complement(text, cue, sb, passive=passive) == _plain_complement(
            text, cue, sb, passive=passive
        )


def test_complement_examples():
    from newsresearch.attribution.records import Cue

    text = "Voss told reporters on Tuesday that the plan would fail."
    cue = Cue(5, 9, "tell", "neutral")
    rest_a, has_that = indirect._complement(text, cue, len(text))
    assert has_that and text[rest_a:].startswith("the plan")
    assert indirect._complement(text, cue, len(text)) == _plain_complement(text, cue, len(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "on",
                "Monday",
                "has",
                "also",
                "June",
                "1999",
                "in",
                ",",
                "Voss",
                "the",
                "mayor",
                "though",
                "today",
                "Today",
                " ",
                "'t",
            ]
        ),
        max_size=12,
    ).map(" ".join)
)
def test_adverbial_last_word_test_is_the_pattern(seg):
    for last in seg.split() + [seg, ""]:
        assert phrases._may_be_adverbial(last) is (
            phrases._ANY_ADVERBIAL_LAST.fullmatch(last) is not None
        )


def test_kind_reads_every_quotation_mark():
    assert content_kind('the plan was "dead"') == "mixed"
    assert content_kind("the plan was “dead”") == "mixed"
    assert content_kind("the plan was dead”") == "mixed"
    assert content_kind("the plan was dead") == "indirect"


_SENTENCE_TEXT = st.lists(
    st.sampled_from(
        [
            "said to ",
            "Voss ",
            "appeared",
            " seems ",
            "expected",
            ". ",
            "? ",
            "\n",
            "the ",
            "by ",
            "Dr. ",
            "said",
            "to",
            " ",
            "a",
            "\t",
        ]
    ),
    max_size=40,
).map("".join)


def _plain_sentence_matches(scan: Scan, needle: str, pattern: re.Pattern[str]) -> list:
    text = scan.text
    return [
        ((sa, sb), m.span())
        for sa, sb in scan.article.sentences
        if text.find(needle, sa, sb) >= 0
        for m in pattern.finditer(text, sa, sb)
    ]


@settings(max_examples=300, deadline=None)
@given(_SENTENCE_TEXT, st.sampled_from([" by ", "said", "to", ". ", "a"]))
def test_sentence_matches_are_those_of_a_search_of_every_sentence(text, needle):
    scan = Scan(Article(text))
    pattern = re.compile(r"\w+")
    found = [(span, m.span()) for span, m in scan.sentence_matches(needle, pattern)]
    assert found == _plain_sentence_matches(scan, needle, pattern)


@settings(max_examples=300, deadline=None)
@given(_SENTENCE_TEXT)
def test_raising_sentences_are_those_a_search_of_each_sentence_finds(text):
    from newsresearch.attribution import appearance

    scan = Scan(Article(text))
    plain = [
        (sa, sb)
        for sa, sb in scan.article.sentences
        if appearance._RAISING_WORD.search(text[sa:sb])
    ]
    assert appearance._raising_sentences(scan) == plain


_NOUN_TEXT = st.lists(
    st.sampled_from(
        [
            "reports ",
            "claims ",
            "counterclaims ",
            "rumours ",
            "allegations",
            "she ",
            "he had ",
            "they ",
            "was ",
            "denied ",
            " ",
            "\n",
            "-",
            "s",
            "reports",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NOUN_TEXT)
def test_bare_noun_matches_are_those_of_the_word_start_search(text):
    from newsresearch.attribution import nouns
    from newsresearch.lexicons.tokens import prefixed_word_matches, word_start_matches

    fast = nouns._BARE_AFTER_NOUN_WORDS
    plain = [m.span() for m in word_start_matches(fast, text)]
    assert [m.span() for m in prefixed_word_matches(fast, nouns._BARE_NOUN_PREFIXES, text)] == plain


def test_bare_noun_prefixes_are_the_words_of_the_pattern():
    from newsresearch.attribution import nouns

    words = re.match(r"\\b\(\?:([a-z|]+)\)", nouns._BARE_AFTER_NOUN.pattern).group(1).split("|")
    assert nouns._BARE_NOUN_PREFIXES == tuple(f"{w} " for w in words)


@settings(max_examples=300, deadline=None)
@given(_SENTENCE_TEXT)
def test_raising_word_is_the_grouped_pattern(text):
    from newsresearch.attribution import appearance

    grouped = re.compile(rf"appear|seem|expected|(?:{'|'.join(appearance._PASSIVES)})\s+to\s")
    assert [m.span() for m in appearance._RAISING_WORD.finditer(text)] == [
        m.span() for m in grouped.finditer(text)
    ]


_WORD_TEXT = st.lists(
    st.sampled_from(
        [
            "said",
            "Asked",
            "sure",
            "thought",
            "unsaid",
            "saw",
            "-",
            " ",
            "\n",
            "_",
            "1",
            "’",
            "x",
            "views",
            "é",
            ".",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_WORD_TEXT)
def test_word_places_are_those_of_each_finders_own_scan(text):
    from newsresearch.attribution import states
    from newsresearch.attribution.cues import cue_lexicon

    scan = Scan(Article(text))
    cues = scan.word_places(cue_lexicon())
    assert [p for p, _ in cues] == indirect._cue_starts(text)
    own = [(m.start(), m.group(0)[1:]) for m in states._ANY_WORD.finditer(" " + text)]
    assert scan.word_places(states._WORDS) == own


def test_finders_scan_for_their_own_words_when_one_scan_cannot(monkeypatch):
    from newsresearch.attribution import find_attributions, records
    from newsresearch.attribution.cues import cue_lexicon

    text = (
        "Asked whether it would pass, Voss said: unsure. Officials are concerned that the plan "
        "will fail, Hal Brun said. Critics see the bill as a giveaway."
    )

    def found() -> list:
        return [(a.kind, a.cue, a.content) for a in find_attributions(Article(text))]

    shared = found()
    monkeypatch.setattr(records, "_SCANNED", [*records._SCANNED, lambda: {"co-sign"}])
    records._word_scan.cache_clear()
    try:
        assert Scan(Article(text)).word_places(cue_lexicon()) is None
        assert found() == shared and len(shared) >= 3
    finally:
        monkeypatch.undo()
        records._word_scan.cache_clear()


#: pronouns.SENTENCE_END as first written: an alternation the engine tries at every position.
_SENTENCE_END_PLAIN = re.compile(
    r"[.!?](?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSen\.)(?<!\bRep\.)"
    r"(?<!\bGov\.)(?<!\bGen\.)(?<!\bSt\.)(?<!\bJr\.)(?<![\s.][A-Z]\.)[\"”’]?\s+(?=\S)|\n\s*"
)
_SENTENCE_TEXT = st.lists(
    st.sampled_from(
        ["a", "Mr", "Mrs", "Sen", "St", "Jr", "U", "S", "H", "W", " ", "  ", "\n", "\n\n", "\t"]
        + [".", "!", "?", '"', "”", "’", "Voss", "said"]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_SENTENCE_TEXT, st.integers(0, 70), st.integers(0, 70))
def test_sentence_end_matches_the_plain_alternation(text, pos, endpos):
    # the one leading character class finds what the alternation finds, inside any window
    fast = [m.span() for m in pronouns.SENTENCE_END.finditer(text, pos, endpos)]
    assert fast == [m.span() for m in _SENTENCE_END_PLAIN.finditer(text, pos, endpos)]


def test_sentence_end_of_a_news_paragraph():
    text = 'Mr. Voss spoke in St. Louis. "We won!" \nSen. H. W. Rail said so? Yes'
    ends = [text[m.start() : m.end()] for m in pronouns.SENTENCE_END.finditer(text)]
    assert ends == [". ", '!" \n', "? "]  # not after "Mr.", "St.", "Sen.", "H.", "W."
    assert ends == [text[m.start() : m.end()] for m in _SENTENCE_END_PLAIN.finditer(text)]


_HINT_PLAIN = re.compile(r"\d|(?i:third|quarter|fifth|half|majority)")
_SHARE_TEXT = st.lists(
    st.sampled_from(
        ["Third", "THIRD", "thir", "quarter", "Quart", "fifth", "FIFTH", "half", "Ha", "lf"]
        + ["majority", "Majority", "t", "h", "m", "3", "٣", " ", "-", "and", "of", "say"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_SHARE_TEXT, st.integers(0, 90), st.integers(0, 90))
def test_share_hint_matches_the_plain_alternation(text, pos, endpos):
    fast = poll_shares._HINT.search(text, pos, endpos)
    plain = _HINT_PLAIN.search(text, pos, endpos)
    assert (fast and fast.span()) == (plain and plain.span())


def test_share_hint_finds_a_share_word_or_digit():
    hint = poll_shares._HINT
    assert hint.search("Two-Thirds of voters say").group(0) == "Third"
    assert hint.search("a MAJORITY say").group(0) == "MAJORITY"
    assert hint.search("only 40% say").group(0) == "4"
    assert hint.search("the others say") is None  # "th" opens no share word


_ALIAS_TEXT = st.lists(
    st.sampled_from(["Voss", "T.J.", "Hal", ",", " ", "also", "better", "known", "as", "Holt"]),
    max_size=30,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_ALIAS_TEXT)
def test_alias_matches_need_the_word_known(text):
    # speaker_names.alias_names skips the pattern on a text without "known"
    if speaker_names._ALIAS.search(text) is not None:
        assert "known" in text


def test_alias_names_renames_a_speaker_introduced_by_an_alias():
    found = attributions(
        pd.Series(["Dex, also known as Terrence Holt, spoke on Monday. Holt said he would run."])
    )
    assert found["speaker"].tolist() == ["Dex"]


#: content_end._CONTENT_STOP as first written: an alternation opening with "\s+".
_CONTENT_STOP_PLAIN = re.compile(
    r"(?P<contrast>,\s+(?:although|though|while|whereas|but(?!\s+(?:that|also|not|rather|only)\b))\s)"
    r"|\s+and\s+(?:(?:the|former|a|an)\s+)?(?:[A-Z][\w’'.\-]*\s+){1,5}(?:(?:has|had|also|then)\s+)?(?P<cue2>[a-z]+)\b"
    r"|(?:,(?:\s+and(?=\s+[a-z]+s\b))?|\s+and)\s+(?P<verb>[a-z]+)\b"
)
_STOP_TEXT = st.lists(
    st.sampled_from(
        [",", " ", "  ", "\n", "and", "but", "but not", "although", "while", "the", "former"]
        + ["Voss", "Ada", "J.", "has", "also", "saying", "claims", "said", "x", "s"]
    ),
    max_size=40,
).map("".join)


def _stops(pattern: re.Pattern[str], text: str) -> list:
    return [
        (m.span(), bool(m.group("contrast")), m.group("cue2"), m.group("verb"))
        for m in pattern.finditer(text)
    ]


@settings(max_examples=400, deadline=None)
@given(_STOP_TEXT)
def test_content_stop_matches_the_plain_alternation(text):
    assert _stops(content_end._CONTENT_STOP, text) == _stops(_CONTENT_STOP_PLAIN, text)


def test_content_stop_of_news_clauses():
    text = "the plan would fail, although aides disagree, saying so and Sen. Ada Voss has warned"
    stops = _stops(content_end._CONTENT_STOP, text)
    assert stops == _stops(_CONTENT_STOP_PLAIN, text)
    assert [(text[a:b], c, cue2, verb) for (a, b), c, cue2, verb in stops] == [
        (", although ", True, None, None),
        (", saying", False, None, "saying"),
        (" and Sen. Ada Voss has warned", False, "warned", None),
    ]
