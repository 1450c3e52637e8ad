"""Issue mentions by content words (newsresearch.issue_words)."""

from __future__ import annotations

from newsresearch.issue_words import IssueWords, content_words, is_issue_phrase


def _found(entries, text):
    sentences = []
    start = 0
    for part in text.split(". "):
        end = start + len(part) + 1
        sentences.append((start, min(end, len(text))))
        start = end + 1
    words = IssueWords([(name, "issue", alias) for name, alias in entries])
    return [(m.text, m.name) for m in words.find(text, sentences)]


def test_content_words_are_stems_without_function_words():
    assert content_words("the annexation of Corvania") == content_words("annexed Corvania")
    assert content_words("minimum wage increase") == ("minimum", "wage", "increas")
    assert set(content_words("increasing the minimum wages")) == {"increas", "minimum", "wage"}
    # "-ment" nouns meet their verbs; "U.S." is a word, the pronoun "us" is not
    assert content_words("police treatment") == content_words("police treated")
    assert content_words("U.S. strikes") == ("us", "strike")
    assert content_words("strikes on us") == ("strike",)


def test_an_issue_phrase_matches_its_words_in_other_forms_and_order():
    text = "Velmoria annexed Corvania last spring. Brisk talks followed."
    assert _found([("annexation of Corvania", "annexation of Corvania")], text) == [
        ("annexed", "annexation of Corvania")
    ]
    text = "Mayor Ilse Brandt vowed to increase the city's minimum wage."
    assert _found([("minimum wage increase", "minimum wage increase")], text) == [
        ("increase", "minimum wage increase")
    ]


def test_all_content_words_must_be_in_one_sentence():
    text = "Velmoria annexed the valley. Corvania protested."
    assert _found([("annexation of Corvania", "annexation of Corvania")], text) == []
    text = "The minimum age rose. Wages fell."
    assert _found([("minimum wage increase", "minimum wage increase")], text) == []


def test_names_lone_words_and_capitalised_issues_keep_exact_matching():
    assert not is_issue_phrase("Tobin Marsh", "person")
    assert not is_issue_phrase("Harrow Street Bank", "organisation")
    assert not is_issue_phrase("the reform", "issue")  # one generic word
    assert not is_issue_phrase("Clean Harbors Act", "issue")  # a name in capitals
    assert is_issue_phrase("strikes on Velmoria", "issue")
    text = "Tobin Marsh met the board. Marsh, Tobin said, was late."
    words = IssueWords([("Tobin Marsh", "person", "Tobin Marsh")])
    assert len(words) == 0 and words.find(text, [(0, len(text))]) == []


def test_a_sentence_that_names_the_issue_exactly_gives_no_second_mention():
    text = "Critics fought the annexation of Corvania after Velmoria annexed Corvania."
    words = IssueWords([("annexation of Corvania", "issue", "annexation of Corvania")])
    assert words.find(text, [(0, len(text))], skip=[(19, 41, "annexation of Corvania")]) == []
    assert len(words.find(text, [(0, len(text))])) == 1


def test_a_person_in_an_issue_phrase_is_found_by_the_surname():
    # the article names the impeached official again by the surname only
    text = "The House voted to impeach Brindle on Friday."
    entry = [("impeachment of Laura Brindle", "impeachment of Laura Brindle")]
    assert _found(entry, text) == [("impeach", "impeachment of Laura Brindle")]
    # a name without a given name keeps all its words
    text = "Critics said the meeting in the tower was secret."
    assert _found([("Harwick Tower meeting", "Harwick Tower meeting")], text) == []
