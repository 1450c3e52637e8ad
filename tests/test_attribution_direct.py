"""Direct quotes and their cues on real-news patterns (issue 15; names invented)."""

from __future__ import annotations

import pandas as pd

from newsresearch.attribution import attributions, find_attributions
from newsresearch.attribution.conventions import convert
from newsresearch.text import Article


def _parc(text: str) -> list[tuple[str | None, str | None, list[str], str | None]]:
    """(source, cue, content fragments, speaker) of each attribution in the PARC convention."""

    def span(s):
        return text[s[0] : s[1]] if s else None

    return [
        (span(a.source), span(a.cue), [text[x:y] for x, y in a.content], a.speaker)
        for a in convert(Article(text), "parc")
    ]


def test_cue_after_a_title_abbreviation():
    text = '"We needed to come together at a time of crisis," Mr. Halvorsen said.'
    assert _parc(text) == [
        (
            "Mr. Halvorsen",
            "said",
            ['"We needed to come together at a time of crisis,"'],
            "Halvorsen",
        )
    ]
    text = '"The vote is not over," Sen. Ada Voss said. "Not yet."'
    assert _parc(text)[0][:2] == ("Sen. Ada Voss", "said")
    assert _parc(text)[0][3] == "Ada Voss"


def test_inverted_cue_with_an_unnamed_or_described_source():
    text = '"There is a built-in rivalry and some tension," said one Marsh associate.'
    assert _parc(text)[0][:2] == ("one Marsh associate", "said")
    text = '"It is a violation of rights," said retired surgeon Lena Markov.'
    assert _parc(text)[0][:2] == ("retired surgeon Lena Markov", "said")
    assert _parc(text)[0][3] == "Lena Markov"
    text = '"We are done here," said Democratic strategist Basil Orme.'
    assert _parc(text)[0][:2] == ("Democratic strategist Basil Orme", "said")


def test_inverted_source_stops_at_the_sentence_end():
    text = '"He has failed this city," said Sen. Ada Voss. Voss later sued him.'
    assert _parc(text)[0][0] == "Sen. Ada Voss"


def test_cue_before_a_quote_after_an_adverb():
    text = 'She is a confident shooter. And then she asked, "Why not celebrate who we are?"'
    assert _parc(text)[0][:3] == ("she", "asked", ['"Why not celebrate who we are?"'])


def test_inverted_cue_with_another_as_source():
    text = '"He thinks it is an issue," one of my sources said. "Their view," said another, "is clear."'
    rows = _parc(text)
    assert rows[-1][:3] == ("another", "said", ['"Their view,"', '"is clear."'])
    assert rows[-1][3] == "anonymous"


def test_cue_far_after_the_quote_past_a_long_title_and_an_abbreviation():
    text = (
        '"At a minimum, they failed to rein in the regime," a senior U.S. military official '
        "told reporters, speaking on condition of anonymity."
    )
    assert _parc(text)[0][:2] == ("a senior U.S. military official", "told reporters")
    text = (
        "“I believe she was disconnected,” House Oversight and Government Reform Committee "
        "Chairman Dario Ilse told Fox News on Monday."
    )
    assert _parc(text)[0][3] == "Dario Ilse"


def test_date_after_an_inverted_cue_stays_out_of_it():
    text = (
        "“I’m absolutely outraged,” Stefan Pohl, medical director of the Halden Health "
        "Service, said in early April."
    )
    assert _parc(text)[0][:2] == (
        "Stefan Pohl, medical director of the Halden Health Service",
        "said",
    )


def test_appositive_after_an_inverted_cue_stops_at_a_relative_clause_that_reports():
    text = (
        '"We are done," said Marcus Orme, a political scientist at Halden University, who '
        "added that it was over."
    )
    assert _parc(text)[0][0] == "Marcus Orme, a political scientist at Halden University"
    text = '"We are done," said Ivo Orme, a political scientist, who ran the survey.'
    assert _parc(text)[0][0] == "Ivo Orme, a political scientist, who ran the survey"
    text = '"We are done," said Basil Orme, name-dropping the last two nominees.'
    assert _parc(text)[0][0] == "Basil Orme"


def test_party_tag_after_the_name_before_the_cue():
    text = '"I am keeping an open mind," Sen. Chris Orme, D-Del., said on "Fox News Sunday."'
    assert _parc(text)[0][:2] == ("Sen. Chris Orme, D-Del.", "said")


def test_quote_ending_its_sentence_is_not_closed_by_a_new_clause():
    text = "Orme was annoyed and said, “Come on, man.” She said that she was told to leave."
    rows = _parc(text)
    assert rows[0][:3] == ("Orme", "said", ["“Come on, man.”"])
    assert any(r[:2] == ("She", "said") and r[2] == ["that she was told to leave."] for r in rows)
    text = '"That is the answer." Hazel Orme said.'
    assert _parc(text)[0][:2] == ("Hazel Orme", "said")


def test_a_quote_right_after_a_closing_quote_mark_opens_its_sentence():
    text = (
        'He has dismissed the claim that the inquiry is a "witch hunt." "The mayor is '
        'entitled to his opinion, but we are a city of laws," Okafor told reporters last month.'
    )
    rows = [
        (text[a.source[0] : a.source[1]], text[a.cue[0] : a.cue[1]], a.content)
        for a in convert(Article(text), "parc")
        if a.kind == "direct"
    ]
    assert [row[:2] for row in rows] == [("Okafor", "told reporters")]


def test_a_quote_paragraph_with_its_own_speaker_after_it_continues_nobody():
    # the cue after the question is not read (its sentence runs on), but it shows the quote
    # is not the last speaker's
    text = (
        'Mayor Ivo Brandt said the ruling was fair. "We will appeal nothing," he said.\n\n'
        '"What more can he give to the council?" Senator Dahl asked Monday evening on '
        'Channel Four\'s "The Hour With Kim Berg."'
    )
    question = [
        a
        for a in find_attributions(Article(text))
        if a.kind == "direct" and text[a.content[0][0] : a.content[0][1]].startswith("What")
    ]
    assert [a.cue for a in question] == [None]


def test_a_quote_followed_by_a_speech_verb_of_its_own_is_not_continued():
    text = (
        'Senator Ruth Amsel said: "The bill is a mess."\n\n'
        '"I have run out of adjectives," offered longtime radio host Pim de Wit.'
    )
    atts = [a for a in find_attributions(Article(text)) if a.kind == "direct"]
    got = [(text[slice(*a.cue)], [text[x:y] for x, y in a.content]) for a in atts if a.cue]
    # the second quote has its own cue ("offered", a cue after a quote), never Amsel's "said"
    assert got == [
        ("said", ["The bill is a mess."]),
        ("offered", ["I have run out of adjectives,"]),
    ]


def test_a_quote_after_the_speakers_own_relative_clause_joins_the_first_quote():
    text = (
        "“Help is on the way,” said Rep. Tom Ashby, a Texas Republican who said his "
        "brother's home was flooded. “Today in Congress, there are no parties.”"
    )
    rows = [
        [text[x:y] for x, y in a.content]
        for a in convert(Article(text), "parc")
        if a.kind == "direct" and a.cue
    ]
    assert rows == [["“Help is on the way,”", "“Today in Congress, there are no parties.”"]]


def test_quote_ending_the_paragraph_after_a_long_trailing_attribution_continues_it():
    text = (
        "“Help is on the way,” said Rep. Tomas Brandt, a Texas Republican who said his brother "
        "and his in-laws were among those whose homes were flooded. “Today in Congress, there "
        "are no Republicans and no Democrats.”\n\nThe vote was set for Friday."
    )
    rows = _parc(text)
    assert rows[0][0] == "Rep. Tomas Brandt, a Texas Republican"
    assert rows[0][2] == [
        "“Help is on the way,”",
        "“Today in Congress, there are no Republicans and no Democrats.”",
    ]
    text = (
        '"We are prepared to do more, but we hope that will not be necessary," she told the '
        'U.N. Security Council. "The United States will not stand by."'
    )
    assert _parc(text)[0][2] == [
        '"We are prepared to do more, but we hope that will not be necessary,"',
        '"The United States will not stand by."',
    ]


def test_quote_after_a_trailing_attribution_stays_apart_when_the_paragraph_goes_on():
    text = (
        '"We will appeal," said Dana Kroll, a lawyer for the family. "It is unjust," wrote '
        "the paper's editor, Ivo Marr."
    )
    rows = _parc(text)
    assert [r[2] for r in rows] == [['"We will appeal,"'], ['"It is unjust,"']]


def test_relative_clause_between_a_trailing_source_and_its_cue_is_skipped():
    text = (
        "“The stock is cheap if the licence is safe,” a portfolio manager at a Halden "
        "pension fund, who asked not to be identified, said on Tuesday."
    )
    found = attributions(pd.Series({"d": text}))
    assert list(zip(found["source"], found["cue"], strict=True)) == [
        ("a portfolio manager at a Halden pension fund", "said")
    ]
    assert _parc(text)[0][1] == "said"
    text = '"We will win," said Ada Voss, who leads the party, adding that she was sure.'
    assert _parc(text)[0][:2] == ("Ada Voss, who leads the party", "said")


def test_quote_continued_into_a_paragraph_with_its_own_cue_is_cut_there():
    text = (
        "“I was upset that the interview did not air,” her statement said. “My comments were "
        "about what Vera Lind said in that interview.\n\n“The interview itself did not meet "
        "our standards,” she continued. “No one ever told me to stop reporting.”"
    )
    rows = [r for r in _parc(text) if r[1] in ("said", "continued")]
    assert [r[:3] for r in rows] == [
        (
            "her statement",
            "said",
            [
                "“I was upset that the interview did not air,”",
                "“My comments were about what Vera Lind said in that interview.",
            ],
        ),
        (
            "she",
            "continued",
            [
                "“The interview itself did not meet our standards,”",
                "“No one ever told me to stop reporting.”",
            ],
        ),
    ]


def test_cue_after_a_quote_run_over_two_paragraphs_is_found_in_the_last():
    text = (
        "“We have wanted a proper safety review since the derailment.\n\n“If it takes a "
        "strike to get a hearing, then it takes a strike,” she told the crowd."
    )
    rows = [r for r in _parc(text) if r[0] == "she"]
    assert [r[:2] for r in rows] == [("she", "told the crowd")]
    assert rows[0][2] == [text[: text.index(" she told")]]


def test_a_full_stop_is_the_cue_when_the_verb_after_a_quote_is_left_out():
    text = (
        "“To be concerned that the towers drive the epidemic is just wrong,” Dr. Ivo Marr, "
        "dean of the Halden School of Public Health who chaired a committee on radiation. "
        "“I just don’t find any plausible way to link them.”"
    )
    rows = _parc(text)
    assert rows[0] == (
        "Dr. Ivo Marr, dean of the Halden School of Public Health who chaired a committee on "
        "radiation",
        ".",
        [
            "“To be concerned that the towers drive the epidemic is just wrong,”",
            "“I just don’t find any plausible way to link them.”",
        ],
        "Ivo Marr",
    )
    text = "“It is a good day,” In Halden, the mood was calm."
    assert all(r[1] != "." for r in _parc(text))
    text = "“It is a good day.” Vera Lind, a nurse at the clinic."
    assert all(r[1] != "." for r in _parc(text))


def test_pronoun_aside_in_a_new_sentence_after_a_quote_is_not_its_attribution():
    text = (
        "“It can be automated,” she says. “What we see now is the birth of small-scale "
        "media.” Tiny sites like that should not thrive, she says, since small sites are "
        "crowded out."
    )
    rows = _parc(text)
    assert rows[0][2] == [
        "“It can be automated,”",
        "“What we see now is the birth of small-scale media.”",
    ]
    assert all("“What we see" not in c for r in rows[1:] for c in r[2])
    text = "“That is the answer.” Hazel Orme said."
    assert _parc(text)[0][:2] == ("Hazel Orme", "said")


def test_quoted_capitals_subheading_is_no_ones_quote():
    text = (
        '"The consequences of this could be extremely serious," Ivo Marr told the council.'
        '\n\n"PREPARED TO DO MORE"\n\nThe ambassador of Halden spoke next.'
    )
    rows = _parc(text)
    assert [r[2] for r in rows] == [['"The consequences of this could be extremely serious,"']]
    text = '"We will win," Ivo Marr said.\n\n"And we will govern."'
    assert _parc(text)[0][2] == ['"We will win,"', '"And we will govern."']
