"""Indirect speech and thought on real-news patterns (issue 15; names invented)."""

from __future__ import annotations

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


def _by_cue(text: str, cue: str) -> tuple[str | None, str | None, list[str], str | None]:
    return next(row for row in _parc(text) if row[1] == cue)


def test_nested_thought_after_a_negated_auxiliary():
    text = "And some Democrats say they don’t think there’s room for both progressives."
    assert _by_cue(text, "don’t think")[:3] == (
        "they",
        "don’t think",
        ["there’s room for both progressives."],
    )


def test_thought_with_a_bare_noun_clause_after_a_relative_clause():
    text = "It was challenged by advocates who say they fear minorities will refuse to answer."
    source, _, content, speaker = _by_cue(text, "fear")
    assert (source, content) == ("they", ["minorities will refuse to answer."])
    assert speaker == "anonymous"  # the advocates who report the fear


def test_thought_with_a_quoted_infinitive_takes_the_reporter_as_speaker():
    text = 'But the Halden council said it wanted to "clear the decks" before the vote.'
    source, cue, content, speaker = _by_cue(text, "wanted")
    assert (source, content) == ("it", ['to "clear the decks" before the vote.'])
    assert speaker == "Halden council"


def test_thought_before_a_sentence_adverb_inside_a_quote():
    text = '"I think unfortunately, if you ban it, it will go underground," Dr. Mira Kolar said.'
    assert _by_cue(text, "think")[2] == ["unfortunately, if you ban it, it will go underground"]


def test_wh_clause_is_no_bare_clause():
    assert _parc("Every driver knows what is at stake.") == []


def test_cue_after_by_takes_the_sentence_subject():
    text = "Senator Ivo Brandt fired back by simply denying it."
    assert _by_cue(text, "simply denying")[::3] == ("Senator Ivo Brandt", "Ivo Brandt")


def test_chained_cue_after_a_quoted_phrase():
    text = 'Lenz described the envoy as an "Ohlin holdover," claiming she was "close to Varga."'
    source, _, content, speaker = _by_cue(text, "claiming")
    assert (source, speaker) == ("Lenz", "Lenz")


def test_described_source_after_an_inverted_cue():
    text = (
        "Ohlin must “raise his standing with voters,” said a Democratic congressman at the meeting."
    )
    source, cue, content, speaker = _parc(text)[0]
    assert source == "a Democratic congressman at the meeting"
    assert content == ["Ohlin must “raise his standing with voters,”"]
    assert speaker == "anonymous"
    # a determiner-led phrase followed by more clause is content, not an inverted source
    text = "Jo Paz, director of the Order of Police, said the two guns are among the most popular."
    assert _parc(text)[0][:3] == (
        "Jo Paz, director of the Order of Police",
        "said",
        ["the two guns are among the most popular."],
    )


def test_name_before_a_chain_of_appositives():
    text = (
        "Craig Moss, 62, a yacht repairman who lives across the street, said some neighbors "
        "had suspected him."
    )
    assert _parc(text)[0][0] == "Craig Moss, 62, a yacht repairman who lives across the street"
    assert _parc(text)[0][3] == "Craig Moss"


def test_document_source_with_its_maker():
    text = "The footage recorded by a bystander shows Rolf Adler kneeling on the man’s neck."
    assert _parc(text)[0][:2] == ("The footage recorded by a bystander", "shows")


def test_finite_bare_clause_after_a_speech_or_evidence_verb():
    text = "Sen. Ivo Brandt, R-S.C., suggested he was open to using subpoena power."
    assert _parc(text)[0][1:3] == ("suggested", ["he was open to using subpoena power."])
    text = "And if voters dislike tax hikes, some polls suggest the public has a frugal streak."
    assert _by_cue(text, "suggest")[:3] == (
        "some polls",
        "suggest",
        ["the public has a frugal streak."],
    )
    text = "Halden's Defense Ministry reported it was possible that the missile fell at sea."
    assert _parc(text)[0][1] == "reported"
    # an object, or a relative clause after it, is no content
    assert _parc("The company reported a loss of three million.") == []
    assert _parc("Police found the man who was missing.") == []


def test_article_before_a_cue_word_makes_it_a_noun():
    assert _parc("That is a big question for the council, and nobody asked it.") == []


def test_content_that_is_only_a_circumstance_is_no_content():
    text = "Voss, a Republican, said in early April."
    assert _parc(text) == []
    text = "Paul Orme told reporters that in the House the score that counts is 218 votes."
    assert _parc(text)[0][2] == ["that in the House the score that counts is 218 votes."]


def test_that_with_a_contraction_is_the_subject_of_a_bare_clause():
    text = '"I think that’s kind of jaw-dropping," said Lutz.'
    assert _by_cue(text, "think")[2] == ["that’s kind of jaw-dropping"]


def test_inverted_cue_after_a_name_and_its_appositive():
    text = (
        "The text message is “jaw-dropping,” Sen. Ron Lutz, the chairman of the Homeland "
        "Affairs Committee, said in a radio interview on Tuesday."
    )
    source, cue, content, speaker = _parc(text)[0]
    assert source == "Sen. Ron Lutz, the chairman of the Homeland Affairs Committee"
    assert cue == "said in a radio interview"
    assert content == ["The text message is “jaw-dropping,”"]
    assert speaker == "Ron Lutz"


def test_position_taken_on_an_object():
    text = "The company demanded a wage freeze and benefit cuts, despite its profits."
    assert _parc(text)[0][:3] == ("The company", "demanded", ["a wage freeze and benefit cuts"])
    text = "The chief defended the department’s use of tear gas, saying it was needed."
    assert _by_cue(text, "defended")[2] == ["the department’s use of tear gas"]
    text = "Lawmakers from both parties backed Varga's action."
    assert _parc(text)[0][:3] == (
        "Lawmakers from both parties",
        "backed",
        ["Varga's action."],
    )
    text = "Republicans in the Halden assembly wanted a longer deal that would prevent a crisis."
    assert _parc(text)[0][1:3] == (
        "wanted",
        ["a longer deal that would prevent a crisis."],
    )
    # an infinitive after the object stays in the content past a subordinate clause
    text = "Russia expects Orme to explain the stance when he visits Moscow."
    assert _parc(text)[0][2] == ["Orme to explain the stance when he visits Moscow."]


def test_passive_cue_has_no_source():
    text = "Enrich said yes, but he was told he would have to decline."
    source, cue, content, speaker = _by_cue(text, "was told")
    assert (source, content, speaker) == (None, ["he would have to decline."], None)


def test_bare_weekday_after_a_source():
    text = "A federal judge Friday said the government was too clever by half."
    assert _parc(text)[0][0] == "A federal judge"


def test_name_that_starts_like_a_month_is_kept_whole():
    text = "Ines Marchetti, a ministry spokeswoman, said the deal had tight conditions."
    assert _parc(text)[0][0] == "Ines Marchetti, a ministry spokeswoman"
    text = "Voss in March said the deal had tight conditions."
    assert _parc(text)[0][0] == "Voss"


def test_object_of_a_condemnation_and_its_as_phrase_are_two_fragments():
    # the dev gold's majority ("described | as", "condemned | as"): "as" joins the cue
    text = 'Ilves condemned the bill as "an attempt to outlaw strikes by the back door."'
    assert _parc(text)[0][2] == ["the bill", '"an attempt to outlaw strikes by the back door."']


def test_poll_with_its_maker():
    text = "A poll by Lanthorn Research found 68 percent of residents opposed the plan."
    assert _by_cue(text, "found")[0] == "A poll by Lanthorn Research"


def test_content_stops_at_a_second_cue_of_a_pronoun_or_after_but():
    text = (
        "Orme said the bill was the fastest way to pass relief, and he insisted that it would pass."
    )
    assert _by_cue(text, "said")[2] == ["the bill was the fastest way to pass relief"]
    text = "Voss believes that the effort is doomed but wants to show supporters she is tough."
    assert _by_cue(text, "believes")[2] == ["that the effort is doomed"]


def test_content_stops_before_an_inverted_cue_of_a_described_source():
    text = "Voss asked that Orme soften his tone, one participant said."
    assert _by_cue(text, "asked")[2] == ["that Orme soften his tone"]


def test_content_before_an_inverted_cue_drops_its_opening_conjunction():
    text = "But there is no evidence that the masts harm anyone, experts say."
    assert _parc(text)[0][2] == ["there is no evidence that the masts harm anyone"]


def test_source_without_discourse_adverbs_and_quantifiers():
    text = "Mr. Orme, though, said he wanted a debt increase."
    assert _by_cue(text, "said")[0] == "Mr. Orme"
    text = "Orme and Voss both plan to spend heavily on ads."
    assert _parc(text)[0][0] == "Orme and Voss"
    text = "HALDEN (Reuters) - Candidate Mira Orme told Reuters she is ready to spend."
    assert _parc(text)[0][:3] == ("Candidate Mira Orme", "told Reuters", ["she is ready to spend."])


def test_source_before_a_dash_aside():
    text = (
        "A spokesman for the congressman - who is worth $3m - would not comment on whether he paid."
    )
    assert _parc(text)[0][0] == "A spokesman for the congressman"


def test_medium_between_cue_and_that():
    text = "Orme claimed on Glenn Ashby’s online show that Voss apologized for the attacks."
    assert _parc(text)[0][1:3] == (
        "claimed on Glenn Ashby’s online show",
        ["that Voss apologized for the attacks."],
    )


def test_noun_cue_word_after_an_owner_is_no_verb():
    assert _parc("He spoke on Glenn Ashby’s online show last week.") == []
    text = "Friday's shootings show the limits of the law."
    assert _parc(text)[0][:2] == ("Friday's shootings", "show")


def test_inverted_cue_of_a_described_or_owned_source():
    text = "Bank officials raised concerns about prices, people familiar with the matter said."
    assert _parc(text)[0][:3] == (
        "people familiar with the matter",
        "said",
        ["Bank officials raised concerns about prices"],
    )
    text = "President Ada Voss approved the declaration on Tuesday, her office said."
    assert _parc(text)[0][0] == "her office"


def test_appearance_content_stops_before_an_inverted_cue():
    text = "The review is expected to take about 90 days, a senior official said on Monday."
    source, cue, content, _ = _by_cue(text, "is expected")
    assert (source, content) == (None, ["The review", "to take about 90 days"])


def test_coordinated_plural_heads_and_counted_groups():
    text = (
        "The towers burned in attacks that officials and phone companies say are fueled by myths."
    )
    assert _parc(text)[0][:3] == (
        "officials and phone companies",
        "say",
        ["that", "are fueled by myths."],  # the relative pronoun opens the content (PARC)
    )
    text = "A number of women have said Orme made them feel uncomfortable."
    assert _parc(text)[0][0] == "A number of women"


def test_clause_subject_after_and_or_but():
    text = (
        "Asked whether the aide had been fired, Sanna Orme declined to “get into the weeds” "
        "but said the aide would be back on Thursday."
    )
    assert _by_cue(text, "said")[0] == "Sanna Orme"


def test_content_stops_before_a_participial_clause_or_according_to():
    text = "Ana Brooks said taxes will fall, casting the plan as a win for families."
    assert _by_cue(text, "said")[2] == ["taxes will fall"]
    text = "Tom Reyes said the deal is done, according to two aides."
    assert _by_cue(text, "said")[2] == ["the deal is done"]
    text = "Tom Reyes said the talks were over, including the trade talks."
    assert _by_cue(text, "said")[2] == ["the talks were over, including the trade talks."]


def test_evidence_shows_a_bare_noun_phrase():
    text = "The video shows deputies using a stun gun on a man."
    assert _by_cue(text, "shows")[:3] == (
        "The video",
        "shows",
        ["deputies using a stun gun on a man."],
    )
    text = "Halden forecasts showed widening deficits as a result."
    assert _by_cue(text, "showed")[2] == ["widening deficits as a result."]
    assert _parc("The new poll shows up on the site.") == []


def test_relative_clause_source_with_an_adverb():
    text = "“Yes, it is fair,” said Tom Reyes, who then claimed that he had no plan."
    assert _by_cue(text, "then claimed")[:3] == (
        "Tom Reyes",
        "then claimed",
        ["that he had no plan."],
    )


def test_subject_of_appearance_without_its_lead_words():
    text = "Halden launched what appeared to be a short-range missile on Sunday."
    assert _by_cue(text, "appeared")[2] == ["what", "to be a short-range missile on Sunday."]
    text = "The report found that he appears to have moved the device."
    assert _by_cue(text, "appears")[2] == ["he", "to have moved the device."]
    text = "While Voss and some allies seemed resistant to the plan, the vote went ahead."
    assert _by_cue(text, "seemed")[2][0] == "Voss and some allies"
    text = "Officers said that generally their use is considered reasonable."
    assert _by_cue(text, "is considered")[2] == ["their use", "reasonable."]


def test_a_noun_before_a_relative_that_is_no_cue():
    text = "Voss unveiled a plan that actually brings down the cost of insurance."
    assert [row[1] for row in _parc(text)] == []
    text = "Voss called it a decision that was made too fast."
    assert "decision" not in [row[1] for row in _parc(text)]
    text = "Voss rejected the claim that she had lied."
    assert _by_cue(text, "claim")[2] == ["that she had lied."]


def test_a_noun_before_to_and_a_determiner_is_no_cue():
    text = "Voss will deliver his report to the public on Monday."
    assert [row[1] for row in _parc(text)] == []
    text = "The committee backed Voss's plan to raise taxes."
    assert _by_cue(text, "plan")[2] == ["to raise taxes."]


def test_a_gerund_after_a_possessive_is_no_cue():
    text = "Tuesday's questioning affords Democrats another chance to press Voss."
    assert [row[1] for row in _parc(text)] == []


def test_a_name_coordinated_with_a_plain_plural_is_a_source():
    text = "Halden and world powers announced on Thursday that they had reached a deal."
    assert _by_cue(text, "announced")[:3] == (
        "Halden and world powers",
        "announced",
        ["that they had reached a deal."],
    )


def test_what_ends_a_source_before_its_cue():
    text = "The army fired what officials say was a test missile."
    assert _by_cue(text, "say")[:3] == ("officials", "say", ["what", "was a test missile."])
    text = "It is what is expected to be a crowded contest."
    assert _by_cue(text, "is expected")[2] == ["what", "to be a crowded contest."]


def test_content_stops_at_a_second_predicate_of_the_main_clause():
    text = "Voss said the bill would exceed the caps, and called for deep cuts."
    assert _by_cue(text, "said")[2] == ["the bill would exceed the caps"]
    text = "Voss said new sanctions were coming but offered no details."
    assert _by_cue(text, "said")[2] == ["new sanctions were coming"]
    text = "Voss said the plan was unfair and biased against farmers."
    assert _by_cue(text, "said")[2] == ["the plan was unfair and biased against farmers."]


def test_a_thought_set_off_by_commas_reports_the_clause_around_it():
    text = "Halden workers, she believes, will soon renegotiate their contract."
    assert _by_cue(text, "believes")[:3] == (
        "she",
        "believes",
        ["Halden workers", "will soon renegotiate their contract."],
    )
    text = '"We cannot in any way, I think, underestimate the danger," Voss said.'
    assert _by_cue(text, "think")[0] == "I"


def test_a_bare_clause_with_a_negated_contraction():
    text = "Voss found there wasn’t enough evidence to form a case."
    assert _by_cue(text, "found")[2] == ["there wasn’t enough evidence to form a case."]
    text = "Voss reported it won’t be ready."
    assert _by_cue(text, "reported")[2] == ["it won’t be ready."]


def test_an_inquiry_finds_evidence_as_a_noun_phrase():
    text = "Voss reported that Ortiz found no evidence of collusion with Halden."
    assert _by_cue(text, "found")[:3] == (
        "Ortiz",
        "found",
        ["no evidence of collusion with Halden."],
    )
    # a plain object of "find" is no content
    assert [row[1] for row in _parc("Ortiz found a new job in Halden.")] == []
    # a condition is no finding
    text = "The board will call the police if it finds evidence of a crime."
    assert "finds" not in [row[1] for row in _parc(text)]


def test_an_active_perception_of_an_object_as_something():
    text = "Halden voters may see the party as stalwart supporters of the port."
    assert _by_cue(text, "may see")[:3] == (
        "Halden voters",
        "may see",
        ["the party as stalwart supporters of the port."],
    )
    # the passive stays one thought with no source
    assert _by_cue("Voss is seen as a moderate.", "is seen as")[:3] == (
        None,
        "is seen as",
        ["Voss", "a moderate."],
    )


def test_a_name_that_ends_in_a_cue_word_is_a_source():
    text = "The United States said on Monday that the talks were over."
    assert _by_cue(text, "said")[:3] == ("The United States", "said", ["that the talks were over."])
    text = "The Halden Post reported that the talks were over."
    assert _by_cue(text, "reported")[0] == "The Halden Post"


def test_an_appositive_that_ends_in_a_city_and_its_state():
    text = "Tom Reyes, the founder of the group based in Bellevue, Wash., said that the law failed."
    assert (
        _by_cue(text, "said")[0] == "Tom Reyes, the founder of the group based in Bellevue, Wash."
    )
    assert _by_cue(text, "said")[3] == "Tom Reyes"
    text = "Later, an unnamed woman from San Luis Obispo, Calif., told the host that she left."
    assert _by_cue(text, "told the host")[0] == "an unnamed woman from San Luis Obispo, Calif."


def test_a_thought_inside_a_relative_clause():
    text = '"It is the one that I think is consistent with our promise," Voss said.'
    assert _by_cue(text, "think")[:3] == ("I", "think", ["that", "is consistent with our promise"])
    assert _by_cue(text, "think")[3] == "Voss"


def test_a_relative_that_after_a_source_head_has_that_source():
    text = "The claims range from a cover-up to those that say new towers spread the virus."
    assert _by_cue(text, "say")[:3] == ("those", "say", ["new towers spread the virus."])
    # "that" after a verb is no relative source
    text = "Voss argued that officials say too much."
    assert _by_cue(text, "argued")[0] == "Voss"


def test_a_contracted_be_makes_a_passive_cue():
    assert _parc("I’m told the plan would work.")[0][:3] == (
        None,
        "’m told",
        ["the plan would work."],
    )


def test_according_to_inside_its_content_splits_it():
    text = "These cases, according to Voss and Reyes, are typical of the group's struggles."
    assert _by_cue(text, "according to")[:3] == (
        "Voss and Reyes",
        "according to",
        ["These cases", "are typical of the group's struggles."],
    )
    text = "Masts burned, according to trade group Halden UK, making the town a target."
    assert _by_cue(text, "according to")[2] == ["Masts burned"]


def test_according_to_source_runs_past_the_period_of_an_abbreviation():
    text = "The missile flew 280 miles, according to the Halden military and U.S. officials."
    assert _by_cue(text, "according to")[0] == "the Halden military and U.S. officials"
    text = "The rate of cases rose, according to Dr. Anne Roe of the clinic."
    assert _by_cue(text, "according to")[0] == "Dr. Anne Roe of the clinic"


def test_according_to_after_a_sentence_opening_conjunction_reports_what_follows():
    text = (
        "The bank cut 40 tellers last year. And according to Ilse Marten, many of those "
        "complaints could be fixed with better training for workers."
    )
    assert _by_cue(text, "according to")[:3] == (
        "Ilse Marten",
        "according to",
        ["many of those complaints could be fixed with better training for workers."],
    )
    text = "But according to experts studying the region, it’s not that clear-cut."
    assert _by_cue(text, "according to")[:3] == (
        "experts studying the region",
        "according to",
        ["it’s not that clear-cut."],
    )


def test_you_as_the_addressee_of_tell_is_no_part_of_the_content():
    text = "“I told you the plant would close by spring,” Voss said at the rally."
    rows = [row for row in _parc(text) if row[1] and row[1].startswith("told")]
    assert rows[0][2] == ["the plant would close by spring"]


def test_short_bare_clause_with_its_verb_written_onto_the_subject():
    text = "“We closed two plants, but I don’t think that’s enough,” Voss said."
    assert _by_cue(text, "don’t think")[:3] == ("I", "don’t think", ["that’s enough"])


def test_thought_verbs_of_assumption_memory_and_learning_take_a_that_clause():
    text = "Reyes assumed that the council would delay the vote."
    assert _by_cue(text, "assumed")[:3] == (
        "Reyes",
        "assumed",
        ["that the council would delay the vote."],
    )
    text = "“I remember that the mayor called me twice,” Brooks said."
    assert _by_cue(text, "remember")[:3] == ("I", "remember", ["that the mayor called me twice"])
    # no clause, no attribution: "learned the trade", "understand the rules"
    text = "Reyes learned the trade from his father and understands the rules."
    assert not [row for row in _parc(text) if row[1] in ("learned", "understands")]


def test_awareness_is_a_state_of_mind():
    text = "Brooks said she never met the lobbyist, though she was aware that he was in touch with Voss."
    assert _by_cue(text, "was aware")[:3] == (
        "she",
        "was aware",
        ["that he was in touch with Voss."],
    )


def test_content_that_opens_with_a_quote_stops_at_a_circumstance_after_it():
    text = "Someone wrote “liar” in chalk at the end of the mayor’s driveway."
    assert _by_cue(text, "wrote")[2] == ["“liar”"]
    text = 'Brooks wrote "a builder of bridges" after the council fired him.'
    assert _by_cue(text, "wrote")[2] == ['"a builder of bridges"']


def test_content_stops_before_a_said_first_inverted_source():
    text = (
        "The lawmakers cautioned that to sell the deal, Mayor Voss must “win back the "
        "valley,” said a council member involved in the talks."
    )
    assert _by_cue(text, "cautioned")[2] == [
        "that to sell the deal, Mayor Voss must “win back the valley,”"
    ]


def test_wants_and_positions_inside_a_quote_are_nested_attributions():
    text = "“We always want to hire more nurses here,” Voss said."
    assert _by_cue(text, "always want")[:3] == ("We", "always want", ["to hire more nurses here"])
    text = "“First, I didn’t support Ana Brooks,” Reyes said of the nominee."
    assert _by_cue(text, "didn’t support")[:3] == ("I", "didn’t support", ["Ana Brooks"])


def test_support_after_a_preposition_is_a_noun():
    text = "Some of the councillors who came out strongly in support of the dam propose new taxes."
    assert not [row for row in _parc(text) if row[1] and "support" in row[1]]


def test_call_an_object_something_without_quotes():
    text = "In his statement, Reyes also called Voss a friend he has known for 30 years."
    assert _by_cue(text, "also called")[:3] == (
        "Reyes",
        "also called",
        ["Voss a friend he has known for 30 years."],
    )
    text = "She called the police a day later."  # a time, not a name
    assert not [row for row in _parc(text) if row[1] and "called" in row[1]]


def test_a_which_clause_after_a_comma_gives_its_antecedent_as_source():
    text = "Even the Halden Courier, which called the strike a “last stand,” ran the story."
    assert _by_cue(text, "called")[0] == "the Halden Courier"


def test_notice_after_a_preposition_is_a_noun():
    text = "The strike puts companies on notice that workers still have some leverage."
    assert not [row for row in _parc(text) if row[1] and "notice" in row[1]]


def test_thought_with_a_free_relative_as_the_subject_of_its_clause():
    text = "“I think what the council passed is a copy of the old plan,” Voss said."
    assert _by_cue(text, "think")[:3] == (
        "I",
        "think",
        ["what the council passed is a copy of the old plan"],
    )


def test_content_runs_to_the_close_of_a_quote_it_opened_across_a_full_stop():
    text = (
        'Voss said it was vital to state the case "because this is a matter of our security. '
        'A dam without funds is a threat." The council met later.'
    )
    assert _by_cue(text, "said")[2] == [
        'it was vital to state the case "because this is a matter of our security. '
        'A dam without funds is a threat."'
    ]


def test_a_chained_cue_word_inside_a_quote_does_not_cut_the_content():
    text = "Voss said the panel “knew and understood” the mayor’s role from the minutes."
    assert _by_cue(text, "said")[2] == [
        "the panel “knew and understood” the mayor’s role from the minutes."
    ]


def test_told_with_an_outlet_after_an_appositive_source_is_no_inverted_cue():
    text = (
        "Tom Berner, a former member of the mayor’s economic team, told The Harbor Journal "
        "the mayor is putting a marker down."
    )
    assert _by_cue(text, "told The Harbor Journal")[:3] == (
        "Tom Berner, a former member of the mayor’s economic team",
        "told The Harbor Journal",
        ["the mayor is putting a marker down."],
    )


def test_told_an_outlet_named_with_the_keeps_the_content_article():
    text = "Ana Voss told The Boston Ledger the deal was dead."
    (att,) = Article(text).attributions  # the default convention
    assert [text[a:b] for a, b in att.content] == ["the deal was dead"]
    text = "Ana Voss told The Wall Street Ledger the deal was dead."
    assert _by_cue(text, "told The Wall Street Ledger")[2] == ["the deal was dead."]


def test_content_stops_before_a_comma_and_a_second_cue_in_the_present():
    text = (
        "Ana Voss denied that she had been fired from her post as an aide to the mayor, "
        "and says she has a story to share."
    )
    assert _by_cue(text, "denied")[2] == [
        "that she had been fired from her post as an aide to the mayor"
    ]


def test_remembered_heard_or_understood_clause_inside_a_quote():
    text = (
        "“I remember the guards had control of the yard,” Okafor said. "
        "“I was in Lyon when I heard that he shoved a reporter,” Brandt said. "
        "“I understand the emotions are running high,” the mayor said."
    )
    assert _by_cue(text, "remember")[:3] == (
        "I",
        "remember",
        ["the guards had control of the yard"],
    )
    assert _by_cue(text, "heard")[2] == ["that he shoved a reporter"]
    assert _by_cue(text, "understand")[2] == ["the emotions are running high"]


def test_remember_or_hear_with_an_object_only_is_no_attribution():
    text = "“I remember the day well,” Okafor said. Brandt heard about it on Monday."
    assert not [row for row in _parc(text) if row[1] in ("remember", "heard")]


def test_as_someone_put_it_after_a_quotation():
    text = (
        "The governor vowed to act against the people “stirring up the riots,” as she put it. "
        "The paper has come to “prefer,” as staff members put it, that reporters stay off TV."
    )
    rows = [row for row in _parc(text) if row[1] == "put it"]
    assert [row[:3] for row in rows] == [
        ("she", "put it", ["“stirring up the riots,”"]),
        ("staff members", "put it", ["“prefer,”"]),
    ]


def test_put_it_on_someone_is_no_attribution():
    text = "“We will run,” said the aide, who put it on Ruiz to decide."
    assert not [row for row in _parc(text) if row[1] == "put it"]


def test_expected_to_say_takes_the_subject_of_expected():
    text = (
        "At Thursday's hearing, Okafor is expected to tell the committee that he saw no "
        "wrongdoing. Brandt is also expected to say that the funds were released late."
    )
    assert _by_cue(text, "is expected to tell the committee")[:3] == (
        "Okafor",
        "is expected to tell the committee",
        ["that he saw no wrongdoing."],
    )
    assert _by_cue(text, "is also expected to say")[:2] == ("Brandt", "is also expected to say")


def test_a_document_noun_that_is_also_a_cue_form_is_a_source():
    text = (
        "Medics were giving chest compressions to an “unresponsive, pulseless male,” the "
        "report said. The councillor resigned on Friday, a new report says."
    )
    assert _by_cue(text, "said")[:2] == ("the report", "said")
    assert _by_cue(text, "says")[:3] == (
        "a new report",
        "says",
        ["The councillor resigned on Friday"],
    )


def test_blasted_or_rebuked_someone_is_an_accusation_with_its_object():
    text = (
        "Despite his doubts, Senator Okafor blasted Brandt for his decision to close the "
        "base. It was a turn for Mr. Ruiz, who during the campaign repeatedly rebuked his "
        "predecessor for the deficit. The blast shattered windows."
    )
    assert _by_cue(text, "blasted")[:3] == (
        "Senator Okafor",
        "blasted",
        ["Brandt for his decision to close the base."],
    )
    assert _by_cue(text, "repeatedly rebuked")[:3] == (
        "Mr. Ruiz",
        "repeatedly rebuked",
        ["his predecessor for the deficit."],
    )
    assert not [row for row in _parc(text) if row[1] == "blast"]


def test_thinking_of_someone_as_something_is_a_thought():
    text = (
        "In the capital, many people think of the general as a saviour. "
        "Smaller militias, which perceive the movement as a threat, refuse to join. "
        "He thought of leaving as a child."
    )
    assert _by_cue(text, "think of")[:3] == (
        "many people",
        "think of",
        ["the general as a saviour."],
    )
    assert _by_cue(text, "perceive")[:3] == (
        "Smaller militias",
        "perceive",
        ["the movement as a threat"],
    )
    assert not [row for row in _parc(text) if row[1] == "thought of"]


def test_evidence_that_appeared_to_show_or_indicate():
    text = (
        "News helicopter video appeared to show looting of nearby shops. "
        "Text messages sent by Keller appear to indicate that he was pressing the plan."
    )
    assert _by_cue(text, "appeared to show")[:3] == (
        "News helicopter video",
        "appeared to show",
        ["looting of nearby shops."],
    )
    assert _by_cue(text, "appear to indicate")[:2] == (
        "Text messages sent by Keller",
        "appear to indicate",
    )


def test_seeing_that_a_clause_holds_is_a_thought():
    text = '"And she sees that there are areas where we can work together," Okafor said. We saw the game.'
    assert _by_cue(text, "sees")[:3] == (
        "she",
        "sees",
        ["that there are areas where we can work together"],
    )
    assert not [row for row in _parc(text) if row[1] == "saw"]


def test_acts_that_uphold_veto_or_laud():
    text = (
        "The appeals court upheld a lower court ruling that the county had broken the law. "
        "The mayor has lauded the efforts of the council. The governor vetoed the budget."
    )
    assert _by_cue(text, "upheld")[:2] == ("The appeals court", "upheld")
    assert _by_cue(text, "has lauded")[0] == "The mayor"
    assert _by_cue(text, "vetoed")[:3] == ("The governor", "vetoed", ["the budget."])


def test_a_state_of_mind_held_by_the_head_of_a_relative_clause():
    text = (
        "The union heard from part-time workers who are increasingly concerned they will lose out."
    )
    assert _by_cue(text, "are increasingly concerned")[:3] == (
        "part-time workers",
        "are increasingly concerned",
        ["they will lose out."],
    )


def test_a_lower_case_pronoun_source_before_just_or_really():
    text = (
        "I believe he just wanted to get away from the guards. "
        "She said she really didn’t feel there was a way out."
    )
    assert _by_cue(text, "just wanted")[:3] == (
        "he",
        "just wanted",
        ["to get away from the guards."],
    )
    assert _by_cue(text, "really didn’t feel")[:2] == ("she", "really didn’t feel")


def test_objected_to_something_is_a_position_taken_on_it():
    text = "He objected to spending levels that would break the caps. The object of the game is simple."
    assert _by_cue(text, "objected to")[:3] == (
        "He",
        "objected to",
        ["spending levels that would break the caps."],
    )
    assert [row[1] for row in _parc(text)] == ["objected to"]


def test_relative_that_before_a_cue_makes_its_speaking_antecedent_the_source():
    text = (
        "Donors feel torn between the mayor and an Ostrian government that has repeatedly "
        "warned that the dam is unsafe."
    )
    assert _by_cue(text, "has repeatedly warned")[:3] == (
        "an Ostrian government",
        "has repeatedly warned",
        ["that the dam is unsafe."],
    )
    text = '"This is a regime that says our town should be flooded," said Tom Reyes.'
    assert _by_cue(text, "says")[:3] == ("a regime", "says", ["our town should be flooded"])
    # a noun that does not speak is no source: the clause is no attribution
    assert not [row for row in _parc("It is a bridge that says a lot about the town.")]


def test_demand_reports_a_clause_in_the_subjunctive():
    text = (
        "Lawmakers on Friday backed the strike but demanded he spell out a broader strategy "
        "for the harbor."
    )
    assert _by_cue(text, "demanded")[:3] == (
        "Lawmakers",
        "demanded",
        ["he spell out a broader strategy for the harbor."],
    )
    # a past verb is no subjunctive: no clause of demand
    assert [row[1] for row in _parc("The council demanded he apologized.")] == []


def test_parenthetical_add_before_an_infinitive_reports_it():
    text = "It may be hard, they add, to draw many conclusions for other dock workers in Marren."
    assert _by_cue(text, "add")[:3] == (
        "they",
        "add",
        ["It may be hard", "to draw many conclusions for other dock workers in Marren."],
    )
    assert _parc("The strike added to the drama at the Marren docks.") == []


def test_content_of_a_cue_in_a_dash_aside_ends_at_the_closing_dash():
    text = (
        "Harbor Senator Ada Lund -- who has said the levy did not deserve a vote because of "
        "its cost -- countered on Friday that the port would suffer."
    )
    assert _by_cue(text, "has said")[2] == ["the levy did not deserve a vote because of its cost"]
    # "not" after the addressee of "told" is content, not addressee
    text = "Officials like Rex Olsen -- who Lind told not to waste his time on the port -- left."
    assert _by_cue(text, "told")[2] == ["not to waste his time on the port"]
