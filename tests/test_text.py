"""Sentences and tokens with offsets; the sentence gold sets."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsresearch as nr
from newsresearch import config
from newsresearch.evaluation.sentences import score_sentences
from newsresearch.text import split_sentences, tokenize


def texts_of(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will fight. We will win," she said.', ['"We will fight.', 'We will win," she said.']),
        ('"Is it over?" she asked. Then he left.', ['"Is it over?" she asked.', "Then he left."]),
        ("“Stop!” Voss shouted. Nobody did.", ["“Stop!” Voss shouted.", "Nobody did."]),
        (
            "Sen. Garrick J. Voss met Gov. Strand on Sept. 14.",
            ["Sen. Garrick J. Voss met Gov. Strand on Sept. 14."],
        ),
        (
            "It moved to Halden Rail Co. The move cost $4.2 billion.",
            ["It moved to Halden Rail Co.", "The move cost $4.2 billion."],
        ),
        ("He arrived at 9 p.m. Tuesday and left.", ["He arrived at 9 p.m. Tuesday and left."]),
        (
            "The U.S. Senate voted. The U.S. The end.",
            ["The U.S. Senate voted.", "The U.S.", "The end."],
        ),
        ("Item No. 4 passed. Next.", ["Item No. 4 passed.", "Next."]),
        (
            "It points to the rift between Messrs. Voss and Reyes. They met.",
            ["It points to the rift between Messrs. Voss and Reyes.", "They met."],
        ),
        ("First para.\n\nSecond para", ["First para.", "Second para"]),
    ],
)
def test_split_sentences_news_cases(text, expected):
    assert texts_of(text) == expected


def test_spans_are_offsets_into_the_text():
    text = "  Mr. Voss said no.  He left.\n\nShe stayed."
    for a, b in split_sentences(text):
        assert text[a:b] == text[a:b].strip() and text[a:b]


def test_unbalanced_quotes_never_raise():
    for text in ['"', '"""', 'He said "yes. And left', "“”“", "‘x", ""]:
        split_sentences(text)
        tokenize(text)


def test_tokens_keep_abbreviations_numbers_and_contractions():
    text = "The U.S. budget rose 3.5% to $4.2 billion; it didn't."
    assert [text[a:b] for a, b in tokenize(text)] == [
        "The",
        "U.S.",
        "budget",
        "rose",
        "3.5%",
        "to",
        "$4.2",
        "billion",
        ";",
        "it",
        "didn't",
        ".",
    ]


def test_sentences_and_tokens_tables_keyed_by_doc(sample):
    small = sample.head(3)
    sents = nr.sentences(small)
    assert list(sents.columns) == ["doc_id", "sent_id", "start", "end", "text", "paragraph"]
    assert set(sents["doc_id"]) == set(small.index)
    assert isinstance(sents.index, pd.RangeIndex)  # several rows per document: default index
    for row in sents.itertuples():
        assert small.loc[row.doc_id, "text"][row.start : row.end] == row.text
    toks = nr.tokens(small)
    first = toks.iloc[0]
    assert small.loc[first["doc_id"], "text"][first["start"] : first["end"]] == first["token"]
    series = nr.sentences(pd.Series(["One. Two."], index=["x"]))
    assert series["text"].tolist() == ["One.", "Two."]


def test_sentences_rejects_wrong_input():
    with pytest.raises(ValueError, match="'text' column"):
        nr.sentences(pd.DataFrame({"body": ["x"]}))


@pytest.mark.parametrize("name", ["sentences.jsonl", "sentences_heldout.jsonl"])
def test_sentence_boundary_f1_on_gold(name):
    score = score_sentences(config.SAMPLE_DIR / "gold" / name)
    assert score.n >= 300
    assert score["f1"] >= 0.99, str(score)


def test_the_quick_abbreviation_test_finds_every_sentence_the_split_pattern_can_cut(sample):
    """_split_endable skips sentences without '.' (or '.' and a quote) before white space: every
    text where _ABBREV_SPACE matches must pass that test (change both together)."""
    from newsresearch.text import segment

    texts = [t for t in sample["text"] if isinstance(t, str)]
    texts += ["Halden Rail Co. The move", 'He paused..." Then', "at 9 a.m.\tThe", "U.S.\nThe"]
    cut = [t for t in texts if segment._ABBREV_SPACE.search(t)]
    assert len(cut) > 4
    assert all(segment._MAYBE_ABBREV_SPACE.search(t) for t in cut)
    assert all(
        segment._MAYBE_ABBREV_SPACE.search(t, m.start(), m.end() + 1)
        for t in cut
        for m in segment._ABBREV_SPACE.finditer(t)
    )


_PUNKT_TRICKY = [
    "",
    "   ",
    "No break here",
    "Sen. Ada Voss left. She said so!!! Then (she left.) Later.",
    '"Is it over?" she asked. "Yes." He nodded.\tThen\x0bmore.\x0cEnd.',
    "He paused... Then he spoke. U.S. officials, i.e. Voss, agreed. Mr. J. R. Voss came.",
    "Halden Rail Co. The move cost $4.2 billion. It rose 3.5%. [Then.] {More.}  ",
    " Leading space. Two  spaces.  Trailing. ",
    "Ends with a quote.\" Next one.' And (another.) -- dashes.--More",
    "A.B. C. D.E.F. g. h. 1. 2. No. 4 is here. Vol. 3 and pp. 5.",
    "Why?! Because!? Fine. \u201cQuoted.\u201d \u2019Single.\u2019 Done",
    "Line one.\nLine two. Still two.\n\nLine three.",
    ".",
    "..",
    "!?",
    "a. b. c.",
    "x.\u00a0Y. Non-breaking space.",
    'He left." ")Next." ) "End." \'] \'--Then. Last.\')',
    'One.) Two.]\tThree.}--Four. "',
]


@pytest.mark.parametrize("text", _PUNKT_TRICKY)
def test_punkt_fast_spans_are_nltks(text):
    """The one-loop span_tokenize (with its remembered decisions) gives nltk's own spans."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from newsresearch.text import segment

    punkt = segment._punkt()
    slow = list(PunktSentenceTokenizer.span_tokenize(punkt, text))
    assert punkt._spans(text) == slow
    assert punkt._spans(text) == slow  # again, from the remembered decisions
    assert list(punkt.span_tokenize(text)) == slow


def test_punkt_fast_spans_are_nltks_on_the_sample(sample):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from newsresearch.text import segment

    punkt = segment._punkt()
    for text in [t for t in sample["text"] if isinstance(t, str)][:40]:
        for line in text.split("\n"):
            assert punkt._spans(line) == list(PunktSentenceTokenizer.span_tokenize(punkt, line))


_SENTENCE_PIECES = st.lists(
    st.sampled_from(["A.", "J.", "?", "!", '"', "”", "’", "'", " ", "\n", "x", "Voss", "U.S."]),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_SENTENCE_PIECES)
def test_sentence_end_tests_search_only_where_a_match_can_start(sentence):
    from newsresearch.text import segment

    assert bool(segment._QUOTED_STOP.search(sentence, segment._quoted_stop_from(sentence))) == bool(
        segment._QUOTED_STOP.search(sentence)
    )
    tail = max(0, len(sentence) - segment._INITIAL_END_CHARS)
    assert bool(segment._INITIAL_END.search(sentence, tail)) == bool(
        segment._INITIAL_END.search(sentence)
    )


_PUNKT_TEXT = st.lists(
    st.sampled_from(
        [
            "a",
            "Voss",
            "U.S.",
            ".",
            "..",
            "...",
            "?",
            "!",
            ",",
            "-",
            "--",
            '"',
            "“",
            "”",
            "’",
            "'",
            "(",
            ")",
            " ",
            "  ",
            "\n",
            "\t",
            "\x1c",
            "\x1f",
            "\u00a0",
            "\u2028",
            "\u3000",
            ":",
            "#",
            "3.5",
            "[",
            "]",
            "*",
            "@",
            "`",
            "&",
            "Mr.",
            "«",
            "»",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_PUNKT_TEXT)
def test_punkt_patterns_in_re_match_as_in_regex(text):
    import regex
    from nltk.tokenize.punkt import PunktLanguageVars

    from newsresearch.text.segment import regex_in_re

    lang = PunktLanguageVars()
    for nltk_pattern, groups in (
        (lang.period_context_re(), ("after_tok", "next_tok")),
        (lang._word_tokenizer_re(), ()),
    ):
        slow = regex.compile(nltk_pattern.pattern, nltk_pattern.flags)
        fast = regex_in_re(nltk_pattern.pattern, verbose=bool(nltk_pattern.flags & regex.VERBOSE))
        assert [(m.span(), *(m.span(g) for g in groups)) for m in fast.finditer(text)] == [
            (m.span(), *(m.span(g) for g in groups)) for m in slow.finditer(text)
        ]
        assert fast.findall(text) == slow.findall(text)


def test_regex_in_re_reads_white_space_as_regex_does():
    from newsresearch.text.segment import regex_in_re

    assert regex_in_re(r"\s+(\S+)").findall("a\x1cb c\u00a0d") == ["c", "d"]
    assert regex_in_re(r"[\]s]\s").pattern == r"[\]s][^\S\x1c-\x1f]"
    with pytest.raises(ValueError, match="inside a character class"):
        regex_in_re(r"[^\s]")
    verbose = regex_in_re("\\s # not \\s [\n \\S", verbose=True)
    assert verbose.pattern == "[^\\S\\x1c-\\x1f] # not \\s [\n [\\S\\x1c-\\x1f]"


_PUNKT_PIECES = st.lists(
    st.sampled_from(
        ["Mr.", "mr.", "U.S.", "J.", "j.", "3.", "-4.5.", "1,200.", "...", "..", ".", "?", "!",
         "co-op.", "ex-Gov.", "Gov.", "e.g.", "No.", "Voss", "voss", "Voss.", "'", '"', "(",
         ",", ";", "-", " ", "  ", "\t", "x", "É.", "é", "##NUMBER##.", "2", "Ltd.", "a.m."]
    ),
    max_size=8,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_PUNKT_PIECES)
def test_punkt_token_facts_and_decisions_are_nltks(text):
    """The token facts read from the string, and the lazy second pass over them, decide as
    nltk's PunktToken, first pass and text_contains_sentbreak do."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from newsresearch.text import segment

    punkt = segment._punkt()
    for tok in punkt._words(text):
        aug = punkt._Token(tok)
        punkt._first_pass_annotation(aug)
        expected = (
            bool(aug.sentbreak),
            aug.period_final,
            bool(aug.is_initial) or aug.type_no_period == "##number##",
            bool(aug.is_initial),
            tok in punkt.PUNCTUATION or aug.first_lower,
            aug.first_upper,
        )
        punkt._facts.pop(tok, None)
        assert punkt._fact(tok) == expected
    if "\n" not in text:
        slow = PunktSentenceTokenizer.text_contains_sentbreak(punkt, text)
        assert punkt.text_contains_sentbreak(text) == slow
