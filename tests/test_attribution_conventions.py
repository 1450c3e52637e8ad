"""Span conventions: our default spans and the PARC 3.0 / PolNeAR spans; the type column and kinds=."""

from __future__ import annotations

import pandas as pd
import pytest
from attribution_helpers import parc_spans

import newsresearch as nr
from newsresearch.attribution import ATTRIBUTION_COLUMNS, ATTRIBUTION_TYPES, attributions
from newsresearch.attribution.conventions import CONVENTIONS, convert
from newsresearch.text import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cue: auxiliaries, adverbs and negation before the verb
        (
            "Senator Mara Quell has also said that the bill would pass.",
            ["Senator Mara Quell", "has also said", "that the bill would pass."],
        ),
        (
            "Quell did not say whether she would run.",
            ["Quell", "did not say", "whether she would run."],
        ),
        # the addressee between verb and content is part of the cue; "that" and the period of content
        (
            "Quell told reporters that the bill would pass.",
            ["Quell", "told reporters", "that the bill would pass."],
        ),
        # a date after the verb is not
        (
            "Quell said Tuesday that the vote was close.",
            ["Quell", "said", "that the vote was close."],
        ),
        # the colon before a quote is; the quote keeps its marks
        ('Quell said: "We are ready."', ["Quell", "said:", '"We are ready."']),
        # a cue after its quote keeps its fixed phrase; the comma inside the closing mark stays
        (
            '"We will fight," Quell said in a statement.',
            ["Quell", "said in a statement", '"We will fight,"'],
        ),
        # a split quote: one attribution, two fragments, each with its marks
        ('"First," she said, "second."', ["she", "said", '"First,"', '"second."']),
        # the source: the appositive after the name, after the cue ...
        (
            '"We will fight," said Tom Reyes, an economics professor at Midvale University.',
            ["Tom Reyes, an economics professor at Midvale University", "said", '"We will fight,"'],
        ),
        # ... and before it
        (
            "Tom Reyes, an economics professor, said that the plan was flawed.",
            ["Tom Reyes, an economics professor", "said", "that the plan was flawed."],
        ),
        # a parenthetical source and cue split the content in two fragments
        ("The plan, Reyes said, will fail.", ["Reyes", "said", "The plan", "will fail."]),
    ],
)
def test_parc_spans(text, expected):
    assert parc_spans(text) == [expected]


def test_parc_merges_quotes_that_continue_an_attribution():
    # a quote paragraph that continues the speaker: one more fragment (one per paragraph)
    text = '"We will win," Ortiz said.\n\n"And we will govern."'
    assert parc_spans(text) == [["Ortiz", "said", '"We will win,"', '"And we will govern."']]
    assert len(Article(text).attributions) == 2  # our default: a row per paragraph
    # a quote with no cue of its own in the paragraph of an attribution
    text = (
        '"We will win," said Tom Reyes, a spokesman for the Union of Midvale Workers, '
        "a union that represents more than twenty thousand workers in the stores of the northern "
        'counties at Midvale Foods Inc. "This is a one-issue fight."'
    )
    assert len(Article(text).attributions) == 1  # joined already (direct._after_cue_sentence)
    ((source, cue, *content),) = parc_spans(text)
    assert content == ['"We will win,"', '"This is a one-issue fight."']
    assert source.endswith("counties at Midvale Foods Inc")  # the sentence's period left out


def test_default_convention_is_the_extractor_output():
    article = Article('"We will win," Ortiz said.')
    assert convert(article, "default") is article.attributions
    assert CONVENTIONS == ("default", "parc")
    with pytest.raises(ValueError, match=r"convention='polnear' is invalid; valid values are"):
        convert(article, "polnear")


def test_attributions_table_in_both_conventions():
    texts = pd.Series(['"We will win," Lena Ortiz told reporters.'], index=["d1"])
    default = attributions(texts)
    table = attributions(texts, convention="parc")
    assert default.dtypes.astype(str).to_dict() == ATTRIBUTION_COLUMNS
    assert table.dtypes.astype(str).to_dict() == ATTRIBUTION_COLUMNS
    assert (default.loc[0, "content"], default.loc[0, "cue"]) == ("We will win,", "told")
    assert (table.loc[0, "content"], table.loc[0, "cue"]) == ('"We will win,"', "told reporters")
    assert table.loc[0, "speaker"] == default.loc[0, "speaker"] == "Lena Ortiz"
    with pytest.raises(ValueError, match="valid values are"):
        attributions(texts, convention="PARC")


def test_type_column_and_kinds_filter():
    text = (
        "Dario Ortiz believes that the plan will fail. Ortiz said the plan was costly. "
        "The latest poll shows that voters are split."
    )
    texts = pd.Series([text], index=["d1"])
    table = attributions(texts)
    assert table["type"].tolist() == ["thought", "speech", "evidence"]
    assert set(table["type"]) <= set(ATTRIBUTION_TYPES)
    speech = attributions(texts, kinds="speech")
    assert speech["cue"].tolist() == ["said"]
    assert speech["attribution_id"].tolist() == ["d1:a2"]  # ids are those of the full table
    assert attributions(texts, kinds=["speech", "evidence"])["type"].tolist() == [
        "speech",
        "evidence",
    ]
    with pytest.raises(ValueError, match="kinds='belief' is invalid"):
        attributions(texts, kinds="belief")


def test_empty_corpus_in_parc_convention():
    table = attributions(pd.Series([""], index=["d1"]), convention="parc", kinds="speech")
    assert table.empty and table.dtypes.astype(str).to_dict() == ATTRIBUTION_COLUMNS


def test_pipeline_option(sample):
    corpus = sample.head(3)
    parc_table = nr.extract(
        corpus, analyses=["attributions"], options={"attributions": {"convention": "parc"}}, jobs=1
    )["attributions"]
    expected = attributions(corpus, convention="parc")
    assert parc_table["content_start"].tolist() == expected["content_start"].tolist()
    assert parc_table["cue"].tolist() == expected["cue"].tolist()
    with pytest.raises(ValueError, match="valid values are"):
        nr.extract(
            corpus, analyses=["attributions"], options={"attributions": {"span": "parc"}}, jobs=1
        )


# --- PARC cue spans on real-news patterns (issue 15; names invented) ---


def _cues(text: str) -> list[str | None]:
    return [text[a.cue[0] : a.cue[1]] if a.cue else None for a in convert(Article(text), "parc")]


def test_cue_stops_where_the_content_clause_opens():
    text = 'Hewitt tweeted that if the case was over, "it would be a defeat for the city."'
    assert _cues(text)[0] == "tweeted"
    text = "Orme told the voters we’re going to repeal the law."
    assert _cues(text)[0] == "told the voters"


def test_cue_without_a_trailing_dash_or_parenthesis():
    text = '"We are done," Voss added – and then she left the room.'
    assert _cues(text)[0] == "added"


def test_addressee_with_a_title_abbreviation_stays_in_the_cue():
    text = '"Why not now?" asked former Halden Gov. Deval Orme.'
    assert _cues(text)[0] == "asked"
    text = '"We will see," Voss told former Gov. Deval Orme on Monday.'
    assert _cues(text)[0] == "told former Gov. Deval Orme"


def _parc_content(text: str, cue: str) -> list[str]:
    """The PARC content pieces of the attribution whose cue is *cue*."""
    att = next(a for a in convert(Article(text), "parc") if text[slice(*a.cue)] == cue)
    return [text[a:b] for a, b in att.content]


def test_parc_splits_an_object_from_its_description_after_as():
    text = "Tom Reyes described the report as “incomplete”."
    assert _parc_content(text, "described") == ["the report", "“incomplete”"]
    text = 'Ana Brooks condemned the resolution as a "scam" and renewed her attacks.'
    assert _parc_content(text, "condemned") == ["the resolution", 'a "scam"']
    text = "The mayor cited 2,500 press clips as a sign of trouble."
    assert _parc_content(text, "cited") == ["2,500 press clips", "a sign of trouble."]
    # "as" opening a clause is no description
    text = "Tom Reyes rejected the charge as they sought new testimony."
    assert _parc_content(text, "rejected") == ["the charge"]


def test_parc_appositive_after_the_cue_with_a_participle_or_a_quoted_title():
    text = (
        "“Absolutely not,” said Tom Reyes, managing editor of Halden video. "
        "“A lot of people make fun of it.”"
    )
    assert parc_spans(text)[0][0] == "Tom Reyes, managing editor of Halden video"
    text = (
        "“The workers have lost,” said Tom Reyes, a sociology professor and the author "
        "of “What Unions No Longer Do.”"
    )
    assert parc_spans(text)[0][0] == (
        "Tom Reyes, a sociology professor and the author of “What Unions No Longer Do.”"
    )
    # a participle that opens a clause is no appositive
    text = "“We will win,” said Tom Reyes, adding that the vote was close."
    assert parc_spans(text)[0][0] == "Tom Reyes"


def test_parc_relative_pronoun_before_the_source_opens_the_content():
    text = "Voss backed a deal that legal experts say will be hard to enforce."
    assert _parc_content(text, "say") == ["that", "will be hard to enforce."]
    text = "The army fired what the ministry says was a test missile."
    assert _parc_content(text, "says") == ["what", "was a test missile."]
    # "that" as a complementizer: the clause has its own subject
    text = "It was clear that the minister said taxes would rise."
    assert _parc_content(text, "said") == ["taxes would rise."]


def test_parc_words_between_cue_and_content_join_the_cue():
    def cue_and_content(text: str, verb: str) -> tuple[str, list[str]]:
        att = next(
            a for a in convert(Article(text), "parc") if text[slice(*a.cue)].startswith(verb)
        )
        return text[slice(*att.cue)], [text[a:b] for a, b in att.content]

    text = "Voss would not comment on whether she had met the minister."
    assert cue_and_content(text, "would not comment") == (
        "would not comment on",
        ["whether she had met the minister."],
    )
    text = "Reyes said in a November episode of the podcast “Halden Talks” that he was tired."
    assert cue_and_content(text, "said") == (
        "said in a November episode of the podcast “Halden Talks”",
        ["that he was tired."],
    )
    text = (
        "Voss told Finance Minister Tom Reyes and Deputy Minister Ana Brooks that taxes would rise."
    )
    assert cue_and_content(text, "told") == (
        "told Finance Minister Tom Reyes and Deputy Minister Ana Brooks",
        ["that taxes would rise."],
    )
    text = "Reporters asked the president if he would meet the union."
    assert cue_and_content(text, "asked") == (
        "asked the president",
        ["if he would meet the union."],
    )


def test_parc_cue_after_its_content_stops_before_a_journey_or_at_the_time():
    text = '"We will win," Voss told reporters aboard the campaign bus.'
    assert parc_spans(text)[0][1] == "told reporters"
    text = '"We will win," Voss tweeted at the time.'
    assert parc_spans(text)[0][1] == "tweeted"


def test_parc_contraction_on_the_source_belongs_to_the_cue():
    rows = parc_spans('"I\'m thinking the plan would work," Voss said.')
    assert [r[:2] for r in rows if r[1] != "said"] == [["I", "'m thinking"]]
    rows = parc_spans('"You\'d think the plan would work," Voss said.')
    assert [r[:2] for r in rows if r[1] != "said"] == [["You", "'d think"]]


def test_parc_content_drops_the_closing_mark_of_the_quote_its_cue_sits_in():
    text = 'Voss said: "I think the council is ready for the vote."'
    rows = [r for r in parc_spans(text) if r[1] == "think"]
    assert rows == [["I", "think", "the council is ready for the vote."]]


def test_parc_notion_or_case_before_that_joins_the_cue():
    rows = parc_spans("Senator Ana Brooks rejected the notion that the levy would hurt farmers.")
    assert rows[0][1:] == ["rejected the notion", "that the levy would hurt farmers."]


def test_parc_day_between_cue_and_bare_clause_is_neither_cue_nor_content():
    rows = parc_spans("Mayor Tom Reyes said Tuesday the budget would pass next month.")
    assert rows[0] == ["Mayor Tom Reyes", "said", "the budget would pass next month."]


def test_parc_reporting_infinitive_of_an_intention_joins_the_cue():
    rows = parc_spans("Voss wants to know whether the ministry approved the contract.")
    assert rows[0][1:] == ["wants to know", "whether the ministry approved the contract."]
    rows = parc_spans("Brooks plans to tell the panel members that she warned the board in May.")
    assert rows[0][1:] == [
        "plans to tell the panel members",
        "that she warned the board in May.",
    ]


def test_parc_indirect_content_takes_no_later_quote_of_its_paragraph():
    text = (
        "Voss said her brother was among those whose homes were flooded. The river rose "
        "overnight. “Today in the valley, there are no parties.”"
    )
    rows = [r for r in parc_spans(text) if r[1] == "said"]
    assert rows == [["Voss", "said", "her brother was among those whose homes were flooded."]]


def test_parc_opener_before_a_parenthetical_source_is_no_content():
    text = "Instead, he says, they were told never to end a call before the customer did."
    assert parc_spans(text)[0][2:] == [
        "they were told never to end a call before the customer did."
    ]
    text = "Verizon workers, she said, will soon renegotiate their contract."
    assert parc_spans(text)[0][2:] == ["Verizon workers", "will soon renegotiate their contract."]


def test_parc_mixed_lead_before_a_parenthetical_source_is_a_fragment():
    text = (
        "The town got a boost from spending “like crazy when times were bad,” Voss says, "
        "but lately “we have never found the second step.”"
    )
    assert parc_spans(text)[0][2:] == [
        "The town got a boost from spending “like crazy when times were bad,”",
        "but lately “we have never found the second step.”",
    ]
    text = "As Brooks, a lawyer, says, early accounts are essential to a claim."
    assert parc_spans(text)[0][2:] == ["early accounts are essential to a claim."]


def _parc_cue(text: str, verb: str) -> list[str]:
    """The PARC cue pieces of the attribution whose verb is *verb*."""
    atts = convert(Article(text), "parc")
    att = next(a for a in atts if any(text[x:y].endswith(verb) for x, y in a.cue_parts or [a.cue]))
    return [text[a:b] for a, b in att.cue_parts or [att.cue]]


def test_parc_cue_of_an_object_described_as_has_two_pieces():
    text = "Tom Reyes described the report as “incomplete”."
    assert _parc_cue(text, "described") == ["described", "as"]
    # a "that" clause with "as" in it is no description
    text = "Ana Brooks dismissed the notion that the window will close as Halden lurches on."
    assert _parc_cue(text, "dismissed the notion") == ["dismissed the notion"]
    table = attributions(pd.Series([text.replace("Ana", "Tom")]), convention="parc")
    assert table["cue_spans"].map(len).eq(1).all()


def test_parc_cue_takes_the_setting_that_opens_its_sentence():
    # 'In a statement, Robach said ...': the setting and the verb, without the comma or a day
    text = "In a statement Tuesday, Mara Quell said the network never killed the story."
    assert _parc_cue(text, "said") == ["In a statement", "said"]
    text = (
        "In an interview with Radio Halden, the minister also told host Ana Roe that it was over."
    )
    assert _parc_cue(text, "told host Ana Roe") == [
        "In an interview with Radio Halden",
        "also told host Ana Roe",
    ]
    table = attributions(pd.Series([text]), convention="parc")
    row = table.iloc[0]
    assert row["cue"] == "In an interview with Radio Halden also told host Ana Roe"
    assert [row["cue_start"], row["cue_end"]] == [row["cue_spans"][0][0], row["cue_spans"][-1][1]]
    # no setting: one piece
    assert _parc_cue("In Halden, Mara Quell said the plan would fail.", "said") == ["said"]


def test_parc_question_after_asked_keeps_its_comma():
    # "Asked whether ..., Voss said ...": the asked question is content with its comma
    text = "Asked whether the strikes set back the talks, Tom Reyes said they did not."
    assert _parc_content(text, "Asked") == ["whether the strikes set back the talks,"]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            '"It is over," Tom Reyes said Monday in a statement.',
            ["said", "in a statement"],
            '"It is over,"',
        ),
        (
            "Tom Reyes said Monday in a statement that the plan would fail.",
            ["said", "in a statement"],
            "that the plan would fail.",
        ),
        ("Tom Reyes said Monday that the plan would fail.", ["said"], "that the plan would fail."),
    ],
)
def test_parc_cue_skips_a_day_before_its_setting(text, cue, content):
    assert _parc_cue(text, "said") == cue
    table = attributions(pd.Series([text]), convention="parc")
    assert table["content"].tolist() == [content]


def test_parc_source_after_its_cue_keeps_its_appositive_up_to_a_clause():
    text = (
        "“We will not go back,” said Alejandro Ruiz, a 25-year-old student, as he walked "
        "across the square."
    )
    table = attributions(pd.Series([text]), convention="parc")
    assert table["source"].tolist() == ["Alejandro Ruiz, a 25-year-old student"]


def test_parc_appositive_after_the_cue_may_end_in_a_name_that_is_also_a_verb():
    text = (
        "“Nobody knows yet,” said Ana Voss, senior vice president for strategy at Halden "
        "Media and former managing editor of the Halden Post."
    )
    table = attributions(pd.Series([text]), convention="parc")
    assert table["source"].tolist() == [
        "Ana Voss, senior vice president for strategy at Halden Media and former managing "
        "editor of the Halden Post"
    ]


def test_parc_source_before_its_cue_keeps_a_party_tag_in_parentheses():
    text = "Rep. Dana Lowe and Rep. Carl Benning (D-Miss.) said they would skip the opening."
    assert parc_spans(text)[0][:2] == ["Rep. Dana Lowe and Rep. Carl Benning (D-Miss.)", "said"]
    text = (
        "U.S. Rep. Nita Lomax (D., N.Y.), who attended the meeting with Mr. Dorn, said in "
        "an interview: “I was extremely disturbed.”"
    )
    assert parc_spans(text)[0][0] == (
        "U.S. Rep. Nita Lomax (D., N.Y.), who attended the meeting with Mr. Dorn"
    )


def test_parc_appositive_before_the_cue_may_hold_a_quoted_title():
    text = (
        'Mr. Winkel, who wrote the 2011 book "Gunfight" and is seen as a centrist voice, '
        "agrees there are limits to what laws can prevent."
    )
    row = next(r for r in parc_spans(text) if r[1] == "agrees")
    assert (
        row[0] == 'Mr. Winkel, who wrote the 2011 book "Gunfight" and is seen as a centrist voice'
    )


def test_parc_content_keeps_the_closing_mark_of_a_quote_it_opened():
    text = (
        'Governor Ann Voss turned down the post, saying her focus was on "serving the '
        "people of the state in the 2015 session of the General Assembly.” Her aides agreed."
    )
    assert _parc_content(text, "saying") == [
        'her focus was on "serving the people of the state in the 2015 session of the '
        "General Assembly.”"
    ]
    text = (
        'Voss will call for a system where "private capital must be wiped out before the '
        'government pays on any guarantee," a senior official said.'
    )
    assert _parc_content(text, "said") == [
        'Voss will call for a system where "private capital must be wiped out before the '
        'government pays on any guarantee,"'
    ]


def test_parc_object_content_leaves_out_the_day_of_the_act():
    text = "Senator Ida Voss also pushed back against the revived controversy on Monday."
    assert _parc_content(text, "also pushed back against") == ["the revived controversy"]
    text = "The mayor announced the governor’s proposals Wednesday."
    assert _parc_content(text, "announced") == ["the governor’s proposals"]
    # a clause or a participle keeps its day
    text = "Voss said he plans to put the proposal to a vote this week."
    assert _parc_content(text, "said") == ["he plans to put the proposal to a vote this week."]


def test_parc_source_of_a_relative_clause_without_pronoun_leaves_its_head_out():
    text = (
        "Democrats might have to end the filibuster, a significant step many in the party "
        "do not want to take, to pass the bill."
    )
    row = next(r for r in parc_spans(text) if r[1].endswith("want"))
    assert row[0] == "many in the party"
    # a noun phrase with a preposition is one source
    text = "The head of the agency said the test failed."
    assert parc_spans(text)[0][0] == "The head of the agency"


def test_parc_source_has_no_stray_closing_mark_or_comma_at_its_end():
    text = "The Ledger reported that “a friend” said she learned of the assault in 1993."
    row = next(r for r in parc_spans(text) if r[1] == "said")
    assert row[0] == "a friend"
    text = '"The government must open today," said Voss, D-Ill., "and then we can talk."'
    assert parc_spans(text)[0][0] == "Voss, D-Ill."


def test_parc_aside_that_opens_with_a_participle_is_no_appositive():
    text = 'Tom Reyes, writing at The Ledger, reports that "a source has since told me otherwise."'
    assert parc_spans(text)[0][0] == "Tom Reyes"
    text = "Voss, based on his prepared remarks, will tell senators that the law is clear."
    assert parc_spans(text)[0][0] == "Voss"
    text = "Tom Reyes, a professor at Halden University, said the test failed."
    assert parc_spans(text)[0][0] == "Tom Reyes, a professor at Halden University"


def test_parc_content_in_single_marks_inside_a_quote_ends_at_their_close():
    text = (
        "“This disclosure where the customer can say 'I don't want a 4% fee,' this favors "
        "the bank when we don't read it to them,” he says."
    )
    assert _parc_content(text, "can say") == ["'I don't want a 4% fee,'"]
    text = (
        "“We would not put it on the air. First of all, I was told, ‘Who’s Tom Reyes? No one "
        "knows who that is. This is a stupid story.'” Voss said."
    )
    assert _parc_content(text, "was told") == [
        "‘Who’s Tom Reyes? No one knows who that is. This is a stupid story.'"
    ]


def test_parc_content_ends_at_a_dash_after_its_quote_or_before_a_comment():
    text = (
        "Aides politely called the errors “misstatements”—and others, less politely, "
        "called them “lies.”"
    )
    assert _parc_content(text, "politely called") == ["the errors “misstatements”"]
    text = "Officers said they did announce themselves—a claim that 16 neighbors disputed."
    assert _parc_content(text, "said") == ["they did announce themselves"]
    # a dash inside a clause stays in it
    text = "Voss said creating live television is expensive — the Ledger invested millions."
    assert _parc_content(text, "said") == [
        "creating live television is expensive — the Ledger invested millions."
    ]


def test_parc_content_ends_at_a_quote_closed_before_a_participle_of_the_sentence():
    text = (
        "Voss said the event couldn’t be used for “unification and bringing people "
        "together,” overlooking that the mayor is the most divisive figure in town."
    )
    assert _parc_content(text, "said") == [
        "the event couldn’t be used for “unification and bringing people together,”"
    ]
    # "including" after the quote is no clause of the sentence
    text = 'Voss said the plan was "a disaster," including the tax cuts.'
    assert _parc_content(text, "said") == ['the plan was "a disaster," including the tax cuts.']


def test_parc_source_after_its_cue_keeps_a_place_that_ends_the_sentence():
    text = "“The bond has been shaken,” said Rabbi Ana Roe of the Halden Center in New York."
    assert parc_spans(text)[0][0] == "Rabbi Ana Roe of the Halden Center in New York"
    text = (
        "It is hard on workers without a paycheck, said Tom Reyes, a spokesman for the "
        "Electrical Workers, Local 2222, in Dorchester."
    )
    assert parc_spans(text)[0][0] == (
        "Tom Reyes, a spokesman for the Electrical Workers, Local 2222, in Dorchester"
    )
    # a month is no place
    text = "“We will win,” said Tom Reyes in January."
    assert parc_spans(text)[0][0] == "Tom Reyes"


def test_parc_source_leaves_out_the_lead_of_the_clause_it_opens():
    text = "“It’s clear the mayor realizes that closing the plant hurts the town,” Voss said."
    row = next(r for r in parc_spans(text) if r[1] == "realizes")
    assert row[0] == "the mayor"
    text = "There’s a reason why the Halden council wants to keep the deal quiet."
    assert parc_spans(text)[0][:2] == ["the Halden council", "wants"]
    text = "Then in 2018 Tom Reyes said he would talk to the council."
    assert parc_spans(text)[0][:2] == ["Tom Reyes", "said"]


def test_parc_source_leaves_out_a_predicate_before_a_later_cue():
    text = "But in a 1994 Ledger story, Ann Voss is quoted saying, “I support the clinic.”"
    row = next(r for r in parc_spans(text) if r[1].endswith("saying"))
    assert row[0] == "Ann Voss"
    text = "It is clear the mayor realizes that the plan failed."
    assert parc_spans(text)[0][0] == "the mayor"


def test_parc_source_leaves_out_the_scraped_text_of_a_link_to_the_person():
    text = (
        "“Bernie has signed on for the public option,” said Sen. Brian Holt Brian Emanuel "
        "HoltCongress should lift the ban."
    )
    assert parc_spans(text)[0][0] == "Sen. Brian Holt"


def test_parc_source_before_a_later_cue_keeps_its_party_tag():
    text = (
        'House Speaker Dana Lowe, D-Calif., called the offer "a stunt," arguing that it was '
        "not serious."
    )
    table = attributions(pd.Series([text]), convention="parc")
    assert table["source"].tolist() == ["House Speaker Dana Lowe, D-Calif."] * 2


def test_parc_source_of_a_cue_after_who_is_the_relative_pronoun():
    text = "She reported the call to her boss, Dana Hale, who has testified that it was withheld."
    rows = convert(Article(text), "parc")
    assert [(text[slice(*a.source)], a.speaker) for a in rows] == [("who", "Dana Hale")]
    text = "The officer knelt on a handcuffed man who complained that he could not breathe."
    assert [text[slice(*a.source)] for a in convert(Article(text), "parc")] == ["who"]
    text = "Officials who say the levy is too high have asked for a vote."
    rows = convert(Article(text), "parc")
    assert "who" not in [text[slice(*a.source)] for a in rows]  # a plural antecedent stays
    text = "“It is late,” said Tom Reyes, who added that he had no plan."
    rows = convert(Article(text), "parc")  # the source of a cue before it stays
    assert [text[slice(*a.source)] for a in rows] == ["Tom Reyes", "Tom Reyes"]


def test_parc_made_clear_reports_the_clause_after_it():
    rows = parc_spans("Chairman Ray Nadeau made clear he plans to pursue his own inquiry.")
    assert ["Chairman Ray Nadeau", "made clear", "he plans to pursue his own inquiry."] in rows
    rows = parc_spans("But she also made clear that there were “a lot of things” at play.")
    assert ["she", "also made clear", "that there were “a lot of things” at play."] in rows
    assert parc_spans("The negotiators made clear progress on Friday.") == []


def test_parc_cue_keeps_a_manner_adverb_before_its_content():
    rows = parc_spans("Lind was asked pointedly how many senior staffers at the agency are women.")
    assert ["", "was asked pointedly", "how many senior staffers at the agency are women."] in rows
    text = '"I can say again, we have a diverse team at the ministry," Lind said.'
    assert ["I", "can say again", "we have a diverse team at the ministry"] in parc_spans(text)
    text = '"I can tell you right now, a lot of people are worse off," Tom Reyes said.'
    assert ["I", "can tell you right now", "a lot of people are worse off"] in parc_spans(text)
    # a sentence adverb before the clause stays in the content
    text = '"I think unfortunately, if you ban it, people will buy it anyway," Reyes said.'
    assert ["I", "think", "unfortunately, if you ban it, people will buy it anyway"] in parc_spans(
        text
    )


def test_parc_early_time_setting_is_neither_cue_nor_content():
    text = "Ivar Dahl tweeted early on Independence Day that workers were trying to fix the issue."
    assert parc_spans(text) == [
        ["Ivar Dahl", "tweeted", "that workers were trying to fix the issue."]
    ]


def test_parc_content_running_on_into_a_quote_of_the_next_sentence_is_one_span():
    text = (
        "Ray Dunmore said that too often in gun debates, the downsides of restrictions get "
        'ignored. "You never hear about the times someone uses a gun to protect himself."'
    )
    rows = parc_spans(text)
    assert rows[0][:2] == ["Ray Dunmore", "said"]
    assert rows[0][2:] == [text[text.index("that too") :]]


def test_parc_that_clause_before_a_quote_it_runs_into_is_one_mixed_content():
    text = (
        "Her mother told the host that her daughter had just left the capital, “after working "
        "for a senator, and could not get through with her problems at all.”"
    )
    rows = convert(Article(text), "parc")
    assert [(a.kind, text[slice(*a.cue)], [text[x:y] for x, y in a.content]) for a in rows] == [
        ("mixed", "told the host", [text[text.index("that her") :]])
    ]
    # a quote right after its cue stays direct
    text = "Her mother told the host: “She had just left the capital.”"
    assert [a.kind for a in convert(Article(text), "parc")] == ["direct"]


def test_parc_subject_before_an_inverted_cue_joins_the_quote_of_its_predicate():
    text = "The Harbor Board, Ana Roe says, “threatened us in a million different ways.”"
    rows = convert(Article(text), "parc")
    assert [(a.kind, [text[x:y] for x, y in a.content]) for a in rows] == [
        ("mixed", ["The Harbor Board", "“threatened us in a million different ways.”"])
    ]
    # a sentence adverb is no subject, and a quote with its own subject stays direct
    for text in ("Finally, Ana Roe added, “win we will.”", "Still, Ana Roe said, “we will win.”"):
        assert [a.kind for a in convert(Article(text), "parc")] == ["direct"]


def test_parc_quote_that_runs_on_past_its_mark_to_an_inverted_cue_is_mixed():
    text = "“It could make things harder” for a Harbor Party challenger, Mr. Kessel said."
    rows = convert(Article(text), "parc")
    assert [(a.kind, [text[x:y] for x, y in a.content]) for a in rows] == [
        ("mixed", ["“It could make things harder” for a Harbor Party challenger"])
    ]
    text = "“We will win,” Mr. Kessel said."
    assert [a.kind for a in convert(Article(text), "parc")] == ["direct"]
