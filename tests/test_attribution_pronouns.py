"""Pronoun sources (:mod:`newsresearch.attribution.pronouns`) on real-news patterns; names
invented."""

from __future__ import annotations

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.actors import find_actors
from newsresearch.attribution.relative_antecedents import relative_antecedent
from newsresearch.text import Article


def _speaker_of(text: str, source: str) -> str | None:
    """The speaker of the last attribution whose source is *source*."""
    found = [
        a.speaker
        for a in Article(text).attributions
        if a.source and text[slice(*a.source)] == source
    ]
    assert found, f"no attribution with source {source!r}"
    return found[-1]


# --- a he or she is a subject, not a possessive or an object named nearer -------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the nearest man is a possessive: the subject of the sentence before
        (
            "On Monday it emerged that Governor Peter Marr would appeal Judge Paul Roth's "
            "ruling. He said the court had overstepped its powers.",
            "Peter Marr",
        ),
        # the nearest man is the object of a preposition in the pronoun's own sentence
        (
            '"Today we march," Peter Marr said as he stood with Paul Roth near the base. '
            "He said he had been freed by his guards.",
            "Peter Marr",
        ),
        # the nearest man is the object of a relative clause ("whom he called")
        (
            "That does not mean Senator Peter Marr will try to discredit Paul Roth, whom he "
            'called "a public servant of the highest order."',
            "Peter Marr",
        ),
        # "according to" names a source, not a preposition's object
        (
            "Paul Roth's rhetoric has softened lately, according to Peter Marr, an analyst at "
            'the Halden Institute. "There is a change in tone," he said.',
            "Peter Marr",
        ),
    ],
)
def test_pronoun_passes_over_possessives_and_objects(text, speaker):
    assert Article(text).attributions[-1].speaker == speaker


def test_pronoun_inside_reported_speech_is_its_reporter():
    text = (
        "Peter Marr argued that Paul Roth's worries about the web were overblown, though "
        "he thought the platforms had grown too big."
    )
    assert _speaker_of(text, "he") == "Peter Marr"


def test_pronoun_after_another_person_named_in_the_reported_speech_stays_nearest():
    text = (
        "Later, Peter Marr challenged Governor Paul Roth by asking whether it was fair "
        "that people think he wants to raise taxes."
    )
    assert _speaker_of(text, "he") != "Peter Marr"


def test_he_continues_an_earlier_he_past_an_object():
    text = (
        "Mr. Reyes talked about the impact of rising prices. “I call it the economy tax,” he "
        "said. “It has been crushing.”\n\nAdvertisement\n\nThe Republican focused on the "
        "impact on small business of Mr. Colby’s policies. “It is not just Dan Voss you are "
        "taxing,” he said."
    )
    assert Article(text).attributions[-1].speaker == "Reyes"


def test_an_earlier_he_read_as_the_object_confirms_nothing():
    text = (
        "Mr. Varga was blunter. Asked about Mr. Voss’s criticism, he shrugged. “The senator "
        "can come up here and explain it to my bank manager,” he said."
    )
    assert Article(text).attributions[-1].speaker == "Varga"


def test_she_after_a_shared_surname_is_the_woman_of_that_name():
    text = (
        "Tara Kell, the widow of the late Navy sniper Colm Kell, was the first person the host "
        "called on. Kell recently won a shooting competition. She said the murder rate was "
        "at an all-time low."
    )
    assert Article(text).attributions[-1].speaker == "Tara Kell"


_CARVER_STORY = (
    "President Dan Carver spoke at the agency on Saturday. Carver praised its staff. Carver "
    "said the budget would grow. Carver thanked the director. Aides said Carver was pleased."
    " Press secretary Hal Brun noted that President Ivo Ilves had drawn a smaller crowd in "
    "2009. "
)


def test_he_after_the_president_is_the_main_president_not_the_one_named_last():
    text = (
        _CARVER_STORY + "Later the president went on at length about what he called his "
        "“running war with the media.”"
    )
    assert _speaker_of(text, "he") == "Dan Carver"


def test_the_president_as_a_source_is_the_main_president():
    text = _CARVER_STORY + "The president said the crowd was the largest ever."
    assert _speaker_of(text, "The president") == "Dan Carver"


def test_a_pronoun_opening_the_next_sentence_skips_a_name_in_a_that_clause():
    # "In his affidavit, Jaynes described evidence that Glover and Adrian Walker were
    # selling drugs. He noted ...": the detective, not a man the evidence was about
    text = (
        "Detective Joshua Harlan wrote the warrant. In his affidavit, Harlan described "
        "substantial evidence that Glover and Adrian Pell were selling drugs. He noted "
        "pending drug charges against both men."
    )
    assert [a.speaker for a in Article(text).attributions][-1] == "Joshua Harlan"


# --- a he or she inside a quotation is not the one quoted (who would say "I") ---------


@pytest.mark.parametrize(
    "text, source, speaker",
    [
        # the he of a split quote is the president named before, not the senator quoted
        (
            "Sen. Paul Roth, who met President Peter Marr on Wednesday, said the president "
            'had grown in the job. "This president is looking at his legacy," Roth said. '
            '"And he sees that there are areas where we can work together."',
            "he",
            "Peter Marr",
        ),
        # a neighbour's quote about a woman named before her: the she is the woman
        (
            "Tara Kell says she was afraid to talk about it at the time.\n\n"
            'Lynda Voss, Kell\'s neighbor in the 1990s. "I remember her saying it," Voss told '
            'the Halden Courier. "And he put her up against a wall. She felt like she was '
            'assaulted."',
            "She",
            "Tara Kell",
        ),
    ],
)
def test_a_pronoun_inside_a_quote_is_not_its_speaker(text, source, speaker):
    assert _speaker_of(text, source) == speaker


def test_a_pronoun_in_reported_speech_is_still_the_reporter():
    # no quote marks: "he" is the one who insisted (the rule above keeps to quotations)
    text = "Governor Peter Marr has insisted all along that he wants to meet Paul Roth."
    assert _speaker_of(text, "he") == "Peter Marr"


# --- "it": the document that spoke just before, the body named in its own sentence ---


def test_it_after_a_lawsuit_is_the_lawsuits_author():
    # not the anonymous spokesman who spoke before the lawsuit did
    text = (
        "Officers pulled Dale Warrick from his car in May, a lawsuit filed by Warrick on "
        "Monday states. A police spokesman said officers had followed the rules. The "
        'lawsuit alleged Warrick "writhed in pain from the shock". It said that Warrick '
        "was cooperating fully with the officers."
    )
    assert _speaker_of(text, "It") == "Dale Warrick"


def test_it_is_the_body_named_before_it_in_its_sentence():
    text = (
        "When the Carver administration outlined its rationale this week for new border "
        "rules, it cited the delays that plague the courts."
    )
    assert _speaker_of(text, "it") == "Carver administration"


def test_a_he_after_a_described_source_is_the_one_described():
    # "the president" names no actor (Carver has no title), but spoke between the mayor
    # and the he
    text = (
        "Peter Carver has urged states to reopen. Mayor Fofo Lanza said reopening was being "
        'executed responsibly.\n\n"The cure should not be worse than the problem," Lanza '
        "added – echoing a catchphrase Carver has used.\n\nThis week, the president "
        'acknowledged that reopening was likely to cost more lives.\n\n"We have to be '
        'warriors," he said on Wednesday.'
    )
    assert _speaker_of(text, "the president") == "Peter Carver"
    assert _speaker_of(text, "he") == "Peter Carver"


def test_they_after_a_group_in_its_own_sentence_is_that_group():
    # not the unnamed senators who spoke before
    text = (
        "While many Republican senators said they were worried about the firing of Piotr "
        "Voss, Sen. Dale Warrick defended the decision. He took to Twitter, blasting Democrats "
        "as hypocrites for defending Voss after they had criticized the director's handling "
        "of last year's inquiry."
    )
    assert _speaker_of(text, "they") == "Democrats"


def test_a_he_after_a_subject_opening_its_sentence_is_that_subject():
    # the nearest person (Voss) opens his own sentence: the subject of the sentence before
    # (Harlow) is not the "His" nor the "he"
    text = (
        "Lawmakers will question Dale Voss on Tuesday. Tom Harlow has touted the law as a "
        "bipartisan effort to address crowded prisons. Voss opposed a 2015 bill that contained many of the same elements.\n\n"
        'His prepared remarks show Voss will tell lawmakers that he would "diligently '
        'implement" the law. The measure "recognizes the progress we have made," he says.'
    )
    assert _speaker_of(text, "His prepared remarks") == "Dale Voss"
    assert _speaker_of(text, "he") == "Dale Voss"


def test_they_inside_a_quote_is_not_the_one_quoted():
    # the speaker would say "we": a "they" in his own quote stands for others (or no one)
    text = (
        "Rear Adm. Dan Orlov said the deal leaves the enrichment program in place. "
        '"This is a regime that says my country should be destroyed. Now they want the '
        'reactor to carry out that design," said Orlov.'
    )
    assert _speaker_of(text, "they") != "Dan Orlov"


def test_a_he_continuing_a_chain_takes_the_chains_subject_not_its_linked_object():
    # the earlier "he"s are linked to Harlow, the person named last before them; read
    # again they are Voss, the subject, and so is the "he" who endorsed
    text = (
        "Senators will question Dale Voss on Tuesday. As deputy attorney general, Voss "
        "advised then-President Tom Harlow that he did not need approval to send troops. "
        "Earlier, when he led the department's legal office, he wrote opinions that allowed "
        "the arrest of its dictator, Marco Ruiz. As attorney general in 1992, he endorsed "
        "Harlow's pardons of former officials."
    )
    assert _speaker_of(text, "he") == "Dale Voss"


def test_a_he_in_a_coordinated_that_clause_is_the_he_of_the_first():
    # Roth, the subject named inside the first clause, does not take the second he
    text = (
        "Senators will question Peter Voss on Tuesday. Voss, who like Kemp is a former "
        "prosecutor, will tell the committee that he "
        "believes Dale Roth should be permitted to finish his inquiry and that he thinks "
        "Congress should be able to see its results."
    )
    found = [a for a in Article(text).attributions if a.source and text[slice(*a.source)] == "he"]
    assert [a.speaker for a in found] == ["Peter Voss", "Peter Voss"]


def test_for_ones_part_names_the_he_that_follows():
    # "For Amadu's part," is the topic of its sentence, not a passing possessive
    text = (
        "Mayor Kofi Amadu stayed away from the opening of the museum. Rep. Ben Talley "
        "said he would not attend either, citing Carver's record.\n\n"
        "For Amadu's part, Carver's record on civil rights was the reason he felt he "
        "couldn't attend."
    )
    assert _speaker_of(text, "he") == "Kofi Amadu"


# --- a name a title is named after is no subject: "Voss campaign manager Ida Roe" ---------


@pytest.mark.parametrize(
    "text, source, speaker",
    [
        # the campaign manager's statement, then "He called ...": the manager, not Voss
        (
            "Senator Dale Voss trailed in all five states. Voss campaign manager Tom Kerr "
            "said in a statement the senator will focus on the Indiana primary. He called "
            'Harlow at the top of the ticket "a sure disaster."',
            "He",
            "Tom Kerr",
        ),
        # a social media director blasting a deal: his tweet, not his boss's
        (
            "Mayor Ben Harlow criticised the deal. Harlow social media director Sam Orte "
            'also blasted the deal on Twitter. "Two losing politicians trying something new! '
            'They will fail!" he tweeted.',
            "he",
            "Sam Orte",
        ),
        # a spokeswoman's statement quoted in the next paragraph
        (
            "Governor Ana Brooks was accused of bigotry on Tuesday.\n\n"
            "Brooks campaign spokeswoman Jennifer Lenz responded with a statement early "
            "Wednesday accusing Harlow of being the bigot instead.\n\n"
            '"With each passing attack, it becomes clearer that his strategy is to say '
            'about Ana Brooks what is true of himself," she said.',
            "she",
            "Jennifer Lenz",
        ),
    ],
)
def test_a_name_before_a_title_is_not_the_subject_a_pronoun_stands_for(text, source, speaker):
    assert _speaker_of(text, source) == speaker


def test_a_name_before_a_verb_and_a_title_stays_the_subject():
    # "named deputy director Tom Kerr": Harlow did the naming, and the he is Harlow
    text = (
        "Mayor Ben Harlow named deputy director Tom Kerr to lead the inquiry on Monday. "
        '"We will get to the bottom of this," he said.'
    )
    assert _speaker_of(text, "he") == "Ben Harlow"


def test_a_source_inside_a_sourceless_content_is_still_the_subject():
    # "did not seem" reads as a sourceless thought whose content runs over the senator;
    # the senator is the source of "calling them", and the "he" that follows is him
    text = (
        "House Speaker Ana Brooks said a wall was immoral.\n\n"
        "For his part, President Tom Harlow, speaking to reporters in the Oval Office, "
        "said: \u201cYou can have other things\u201d securing the border, \u201cbut the other "
        "things only really work if you have a physical barrier.\u201d\n\n"
        "On Capitol Hill, Republican negotiator Senator Carl Wendt did not seem overly "
        "concerned about Brooks\u2019s statements, calling them \u201cambiguous.\u201d But he "
        "said if Brooks, Harlow and party leaders \u201cwould let us, the appropriators, do "
        "our job, we could do this.\u201d"
    )
    assert _speaker_of(text, "he") == "Carl Wendt"


def test_they_after_a_quote_is_the_plural_body_that_opens_the_sentence_before():
    # the quote opens the they's sentence; its subject is in the sentence before it
    text = (
        "The Carver administration said on Friday that the subsidies were safe.\n\n"
        "Twelve states on Monday sought to protect the subsidies, filing a legal brief "
        "to oppose the lawsuits.\n\n"
        "\u201cThere is no plausible reason to believe that Congress intended such a "
        "draconian result,\u201d they wrote in a brief to the appeals court."
    )
    assert _speaker_of(text, "they") == "Twelve states"


def test_they_after_a_sentence_opened_by_a_conjunction_keeps_its_reading():
    # "But investigators ... they announced": no named body opens the sentence
    text = (
        "The mystery of the outbreak is still not solved.\n\n"
        "But investigators in Halden and Marrow counties have found some clues, they "
        "announced Friday in a press briefing."
    )
    found = [a.speaker for a in Article(text).attributions if a.source]
    assert "But investigators" not in found


def test_a_name_known_only_as_a_possessive_is_not_the_he_after_it():
    # "Voss" (one name, no actor) is named last but only as an owner: the he is Tim Rask
    text = (
        "Sen. Tim Rask said the plan was a non-starter. Voss said that he doesn't think the "
        "payments would work.\n\n"
        "Rask declined to respond directly to Voss’s remarks, because he said he had not "
        "read them."
    )
    found = [(text[a.source[0] : a.source[1]], a.speaker) for a in Article(text).attributions]
    assert found[-1] == ("he", "Tim Rask")


def test_a_he_after_a_sentence_whose_named_person_is_an_owner_is_its_subject():
    # "if Carver reacts to Lindqvist's ruling. He has": Carver, the subject, not the judge
    text = (
        "Judge George Lindqvist said the administration had misled his court. Carver "
        "tweeted that the judge was biased.\n\n"
        "It would not be a surprise if Carver reacts to Lindqvist's ruling with fresh "
        "attacks. He has often responded to judges who block his policies by alleging a "
        "political plot."
    )
    assert _speaker_of(text, "He") == "Carver"


def test_it_after_a_documents_quote_is_the_document():
    text = (
        "The Halden memo, released Friday, says the bureau ignored the warnings.\n\n"
        "\u201cThis clear evidence of bias was recorded at the time,\u201d the memo reads.\n\n"
        "\u201cThe bureau knew of it and did nothing,\u201d it adds.\n\n"
        "It also claims the bureau used media reports to lend the dossier credibility."
    )
    found = [a.speaker for a in Article(text).attributions if a.source]
    assert found[-2:] == ["Halden memo", "Halden memo"]


def test_a_person_introduced_with_a_description_is_the_he_after_it():
    # the given name marks no gender, but the appositive marks a person: not the earlier speaker
    text = (
        "\u201cThe sanctions were expected,\u201d Kremlin spokesman Dmitri Volkov said.\n\n"
        "Tuomo Ilves, the chairman of the foreign affairs committee, took to Twitter to "
        "criticize the decision.\n\n"
        "\u201cThis is one more gigantic fake,\u201d he wrote."
    )
    assert _speaker_of(text, "he") == "Tuomo Ilves"


def test_his_inside_a_relative_clause_is_the_person_it_is_about():
    text = (
        "Former mayor Dan Carver entered the race in November. Four candidates, including "
        "Tom Reyes, have not yet qualified.\n\n"
        "The donor rule had proved a barrier for Carver, who did not want to alter his "
        "promise to never accept campaign contributions."
    )
    assert _speaker_of(text, "his") == "Dan Carver"
    at = text.index(" his ") + 1
    assert relative_antecedent(text, (at, at + 3), find_actors(text), "m") == "Dan Carver"


def test_a_person_named_inside_the_relative_clause_leaves_the_pronoun_to_other_rules():
    text = "The rule was a barrier for Dan Carver, who met Tom Reyes before his speech."
    at = text.index(" his ") + 1
    assert relative_antecedent(text, (at, at + 3), find_actors(text), "m") is None


def test_a_relative_clause_about_a_woman_is_no_antecedent_for_his():
    text = "Sen. Ana Brooks praised Ms. Tarrow, who had worked with his staff."
    at = text.index(" his ") + 1
    assert relative_antecedent(text, (at, at + 3), find_actors(text), "m") is None


def test_she_after_an_unnamed_aide_with_no_woman_named_is_anonymous():
    text = (
        "Rep. Tom Reyes has resigned.\n\n"
        "The Halden Press reports one of Mr Reyes' former aides accuses him of offering her "
        "money.\n\n"
        "She told the news agency that another staff member had also been approached."
    )
    assert _speaker_of(text, "She") == "anonymous"


def test_she_after_an_unnamed_aide_is_the_woman_named_before_it():
    text = (
        "Sen. Ana Brooks chairs the panel. One of her aides said the vote would slip. She "
        "told reporters the bill was dead."
    )
    assert _speaker_of(text, "She") == "Ana Brooks"


def test_he_in_a_clause_about_a_persons_testimony_is_that_person():
    text = (
        "Rep. Tom Reyes said the inspector general's findings were damning. Further, "
        "lawmakers hammered the point that the report contradicted Gov. Dan Carver's "
        "testimony earlier this year in which he said the tactics were never used."
    )
    assert _speaker_of(text, "he") == "Dan Carver"


def test_a_name_in_an_opening_subordinate_clause_is_not_the_next_he() -> None:
    text = (
        "Tom Reyes spoke in Hampton. After Dale Orrin repeatedly insisted that he had won, "
        "Reyes declined to attack him. He tiptoed around the claim, saying, \"I don't recall "
        'that."'
    )
    got = nr.attributions(pd.Series([text]))
    assert got.loc[got["cue"] == "saying", "speaker"].tolist() == ["Tom Reyes"]
    text = 'Tom Reyes spoke. When Dale Orrin called, Reyes hung up. He said, "We will win."'
    assert nr.attributions(pd.Series([text]))["speaker"].tolist() == ["Tom Reyes"]


def test_he_never_stands_for_an_organisation_read_as_a_person():
    # "X, a nonprofit research organization," gives the actor finder a person with an
    # appositive; the appositive says it is an organisation
    from newsresearch.actors import find_actors
    from newsresearch.attribution.person_checks import not_a_person

    text = (
        "Child Rights Now, a nonprofit research organization, counted 30 states. "
        "Ana Brooks, a teacher in Halden, read the count."
    )
    people = {k: not_a_person(a) for k, a in find_actors(text).actors.items() if a.type == "person"}
    assert people.get("Child Rights Now") is True
    assert people.get("Ana Brooks") is False


def test_she_passes_over_an_organisation_with_an_appositive():
    from newsresearch.text import Article

    text = (
        "Ana Brooks runs a clinic in Halden. Child Rights Now, a nonprofit research "
        "organization, counted 30 states that lag behind. She said the count was too low."
    )
    found = [a for a in Article(text).attributions if a.source]
    assert [a.speaker for a in found] == ["Ana Brooks"]


def test_a_name_in_apposition_to_a_noun_is_no_subject_for_he():
    from newsresearch.text import Article

    text = (
        "On a local radio show, Tom Reyes, who lost his daughter, Tess, in the crash, called "
        'the program a "failure." "That policy is a failure that led to the crash," he said.'
    )
    assert [a.speaker for a in Article(text).attributions][-1] == "Tom Reyes"


def test_a_lede_pronoun_before_any_fitting_name_is_the_person_named_next():
    from newsresearch.text import Article

    text = (
        "Tom Reyes is a staff writer.\n\nHALDEN — Her husband had made her the chair of a "
        "committee on schools. “It is an honor to work with you,” she wrote in a letter to "
        "its members.\n\nAna Brooks, then a young lawyer, took the job seriously."
    )
    assert [a.speaker for a in Article(text).attributions][0] == "Ana Brooks"


def test_a_later_pronoun_with_no_one_before_is_not_the_next_name():
    from newsresearch.actors import find_actors
    from newsresearch.attribution.cataphora import LEDE, named_after

    text = "x" * LEDE + " At least one senator said he would object. Gov. Tom Reyes agreed."
    at = text.index("he would")
    assert named_after(text, (at, at + 2), find_actors(text), "m") is None


def test_a_he_after_a_name_in_the_subjects_appositive_is_the_subject():
    from newsresearch.text import Article

    text = (
        "Gov. Al Brooks spoke in Halden on Monday. A top adviser to Al Brooks accused the "
        "mayor of lying.\n\nTom Reyes, a senior member of team Brooks, faulted what he "
        'called the "desperate tactics" of the rival campaign.'
    )
    assert [a.speaker for a in Article(text).attributions][-1] == "Tom Reyes"
