"""Stance triples: quotes and acts, polarity signals, negation, actors of interest."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from newsresearch.attribution import STANCE_TRIPLE_COLUMNS, stance_triples
from newsresearch.attribution.stance import place_actors
from newsresearch.attribution.stance_cues import (
    find_groups,
    find_issues,
    find_stance_cues,
    negated,
    negator_in,
)

FIXTURES = Path(__file__).parent / "fixtures"


def triples(text: str, **options) -> list[tuple]:
    found = stance_triples(pd.Series([text], index=["d"]), **options)
    return [tuple(r) for r in found[["kind", "speaker", "target", "sentiment"]].to_numpy()]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sen. Garrick Voss accused Finance Minister Piotr Lindqvist of misleading voters.",
            ("quote", "Garrick Voss", "Piotr Lindqvist", "negative"),
        ),
        (
            "Gov. Helena Strand praised Mayor Tomas Berg for his leadership.",
            ("act", "Helena Strand", "Tomas Berg", "positive"),
        ),
        (
            "The National Teachers Union endorsed Sen. Ada Voss on Monday.",
            ("act", "National Teachers Union", "Ada Voss", "positive"),
        ),
        (
            "Sen. Ada Voss did not endorse Gov. Helena Strand.",
            ("act", "Ada Voss", "Helena Strand", "negative"),
        ),
        (
            "Sen. Ada Voss voted against the tax bill.",
            ("act", "Ada Voss", "tax bill", "negative"),
        ),
        (
            "Mayor Tomas Berg was sued by the Civil Liberties Union.",
            ("act", "Civil Liberties Union", "Tomas Berg", "positive"),
        ),
    ],
    ids=["accused X of", "praised X", "endorsed X", "negated", "vote against issue", "passive"],
)
def test_cue_frames_set_the_polarity(text, expected):
    got = triples(text)
    if expected[1] == "Civil Liberties Union":  # sued: negative toward the sued
        expected = (*expected[:3], "negative")
    assert expected in got


def test_quote_content_targets_and_kinds_are_separate():
    text = '"Mayor Tomas Berg has failed this city," said Sen. Ada Voss. Voss later sued Berg.'
    got = stance_triples(pd.Series([text], index=["d"]))
    assert set(got["kind"]) == {"quote", "act"}
    quote = got[got["kind"] == "quote"].iloc[0]
    assert (quote["speaker"], quote["target"], bool(quote["in_quote"])) == (
        "Ada Voss",
        "Tomas Berg",
        True,
    )
    acts = stance_triples(pd.Series([text], index=["d"]), kinds=["act"])
    assert set(acts["kind"]) == {"act"} and acts["attribution_id"].str.startswith("d:v").all()


def test_signals_are_kept_and_chosen():
    text = '"Gov. Helena Strand is a wonderful, brilliant leader," Sen. Ada Voss said.'
    # unsigned and praised in the quoted words: left out unless kept (the default would guess)
    assert stance_triples(pd.Series([text])).empty
    cue_only = stance_triples(pd.Series([text]), tone=True, keep_neutral=True)
    with_model = stance_triples(pd.Series([text]), signals=["cue", "model", "vader"])
    assert list(cue_only["signal"]) == ["default"] and list(cue_only["sentiment"]) == ["negative"]
    assert list(with_model["sentiment"]) == ["positive"]
    assert with_model["signal"].iloc[0] in {"model", "vader"}
    assert cue_only["vader"].iloc[0] > 0.5
    with pytest.raises(ValueError, match="valid values are"):
        stance_triples(pd.Series([text]), signals=["mood"])
    with pytest.raises(ValueError, match="valid values are"):
        stance_triples(pd.Series([text]), kinds=["tweet"])


def test_actors_of_interest_make_issues_and_aliases_targets():
    text = "The president signed the tax overhaul. Sen. Ada Voss blasted Mr. Trump."
    got = triples(text, actors=FIXTURES / "stance" / "actors.yaml")
    assert ("act", "Donald Trump", "the tax bill", "positive") in got
    # "blasted Mr. Trump" is an attribution (an accusation with its object, as "slammed")
    assert ("quote", "Ada Voss", "Donald Trump", "negative") in got


def test_schema_holds():
    found = stance_triples(pd.Series(["Sen. Ada Voss thanked Gov. Helena Strand."]))
    assert found.dtypes.astype(str).to_dict() == STANCE_TRIPLE_COLUMNS


def test_cue_and_issue_helpers():
    text = "Voss refused to back the Affordable Care Act and Trump's travel ban."
    cues = find_stance_cues(text)
    assert [(c.lemma, c.polarity) for c in cues] == [("back", "positive")]
    assert negated(text, cues[0].start)
    assert [i.name for i in find_issues(text)] == ["Affordable Care Act", "Trump's travel ban"]


@pytest.mark.parametrize(
    "text, names",
    [
        # judging or dating words are not part of an issue's name
        ("Voss attacked the current deal and a legitimate offer.", ["deal", "offer"]),
        ("Lindqvist hailed the new border security bill.", ["border security bill"]),
        # a pronoun or a previous sentence ends the phrase
        ("Strand said it's bad policy.", ["policy"]),
        ("Voss said so. Tax cuts followed.", ["Tax cuts"]),
        # initials stay a modifier
        ("Voss backed the U.S. sanctions.", ["U.S. sanctions"]),
        # quantifiers, superlatives and time possessives are not part of the name
        ("Keller backed the boldest cuts and any other reforms.", ["cuts", "reforms"]),
        ("Voss mocked last week's inquiry.", ["inquiry"]),
        ("Keller denounced the baseless fraud theories.", ["fraud theories"]),
        ("Voss signed the arrest warrant.", ["arrest warrant"]),
        # heads of events and claims; a modal or a negated verb is no modifier
        (
            "Keller mocked the lockdown and the bribery allegations.",
            ["lockdown", "bribery allegations"],
        ),
        ("Voss said the council must repeal the curfew order.", ["curfew order"]),
        # policy domains as heads; a head that modifies the next head gives the compound
        (
            "Voss fought gun control, the immigration bill and the debt deal.",
            ["gun control", "immigration bill", "debt deal"],
        ),
        (
            "Keller backed the spending bill and mass surveillance.",
            ["spending bill", "mass surveillance"],
        ),
        # a head used as a verb is no issue: after to, a modal, a pronoun; -ing after be
        ("Voss wants to ban it; they repeal nothing. Keller was testing.", []),
        (
            "Keller fought gun restrictions, state budgets and immigration enforcement.",
            ["gun restrictions", "state budgets", "immigration enforcement"],
        ),
        # a head taking an object is a verb; question words and adverbs are no modifiers
        (
            "Voss plans the vote where tax cuts and even budget cuts died.",
            ["tax cuts", "budget cuts"],
        ),
        # a verb after to or a modal is no modifier of the phrase that follows it
        (
            "Voss vowed to expand health insurance and will tackle climate change.",
            ["health insurance", "climate change"],
        ),
    ],
)
def test_issue_names_leave_out_generic_words(text, names):
    assert [i.name for i in find_issues(text)] == names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rep. Tom Keller signed on to the farm bill.", ("Tom Keller", "farm bill", "positive")),
        ("Sen. Ada Voss cosponsored the farm bill.", ("Ada Voss", "farm bill", "positive")),
        (
            "Sen. Ada Voss joined forces with Rep. Tom Keller.",
            ("Ada Voss", "Tom Keller", "positive"),
        ),
        (
            "Sen. Ada Voss grilled Rep. Tom Keller on Tuesday.",
            ("Ada Voss", "Tom Keller", "negative"),
        ),
        ("Sen. Ada Voss spearheaded the farm bill.", ("Ada Voss", "farm bill", "positive")),
        ("Sen. Ada Voss singled out Rep. Tom Keller.", ("Ada Voss", "Tom Keller", "negative")),
    ],
)
def test_more_act_cues(text, expected):
    assert [t[1:] for t in triples(text)] == [expected]


def test_object_of_a_preposition_is_no_subject():
    text = "Sen. Ada Voss, in a letter to the Brinton Water Board, praised Gov. Helena Strand."
    assert triples(text) == [("act", "Ada Voss", "Helena Strand", "positive")]


def test_vader_runs_only_when_asked():
    text = '"Gov. Helena Strand is a wonderful leader," said Sen. Ada Voss.'
    assert stance_triples(pd.Series([text]))["vader"].isna().all()
    assert stance_triples(pd.Series([text]), signals=["vader"])["vader"].notna().all()


def test_cue_words_need_whole_words_and_keep_offsets():
    text = "İstanbul's mayor backed it. Backers unbacked nothing; they voted  against it."
    found = find_stance_cues(text)
    assert [(text[c.start : c.end], c.lemma) for c in found] == [
        ("backed", "back"),
        ("voted  against", "vote against"),
    ]


def test_coordinated_act_objects_are_each_a_target():
    got = triples("Sen. Ada Voss is suing Mayor Tomas Berg, Gov. Helena Strand and the council.")
    assert ("act", "Ada Voss", "Tomas Berg", "negative") in got
    assert ("act", "Ada Voss", "Helena Strand", "negative") in got


@pytest.mark.parametrize(
    "text, polarity",
    [
        ('"I back Gov. Helena Strand all the way," said Sen. Ada Voss.', "positive"),
        ('"We will never support Gov. Helena Strand," said Sen. Ada Voss.', "negative"),
    ],
    ids=["content cue", "negated content cue"],
)
def test_a_stance_cue_inside_the_content_signs_its_object(text, polarity):
    found = stance_triples(pd.Series([text], index=["d"]))
    row = found[found["target"] == "Helena Strand"].iloc[0]
    assert (row["sentiment"], row["signal"]) == (polarity, "cue")


def test_the_cue_object_after_a_preposition_and_coordinated_targets_share_its_polarity():
    assert triples("Sen. Ada Voss lashed out at the U.S. on Monday.") == [
        ("quote", "Ada Voss", "United States", "negative")
    ]
    got = triples("Sen. Ada Voss condemned Norway and the GOP on Monday.")
    assert ("quote", "Ada Voss", "Republicans", "negative") in got


def test_places_and_groups_are_targets_only_without_an_actors_table():
    text = "Sen. Ada Voss condemned Norway."
    assert ("quote", "Ada Voss", "Norway", "negative") in triples(text)
    assert triples(text, actors={"Ada Voss": {"type": "person", "aliases": []}}) == []


def test_bare_mentions_in_quotes_are_dropped_unless_kept():
    text = "Sen. Ada Voss said Gov. Helena Strand arrived on Tuesday."
    assert triples(text) == []
    kept = stance_triples(pd.Series([text]), keep_neutral=True)
    assert list(kept["target"]) == ["Helena Strand"] and list(kept["signal"]) == ["default"]


def test_unsigned_quote_the_model_calls_positive_abstains():
    # a senator's praise in his own words with no stance cue: the default negative would
    # contradict the target-sentiment model, so no triple (kept with keep_neutral=True)
    text = "Sen. Ada Voss said: \u201cTomas Berg has grown in the job and he and I can work together.\u201d"
    assert triples(text) == []
    kept = stance_triples(pd.Series([text]), keep_neutral=True)
    assert kept[["target", "signal", "model_polarity"]].values.tolist() == [
        ["Tomas Berg", "default", "positive"]
    ]
    assert bool(kept["in_quote"].iloc[0])


def test_a_call_for_the_target_to_end_or_answer_is_against_it():
    nadlow = (
        "Rep. Jerrod Nadlow, the head of the House Judiciary Committee, is calling for "
        "Attorney General Wes Barrow to come before his committee to explain himself."
    )
    assert ("act", "Jerrod Nadlow", "Wes Barrow", "negative") in triples(nadlow)
    strand = (
        "While Gov. Helena Strand is calling for the Halvorsen investigation to end, "
        "Sen. Ada Voss says it must continue."
    )
    assert ("act", "Helena Strand", "Halvorsen investigation", "negative") in triples(strand)
    # a demand that the target act otherwise keeps the cue's polarity
    assert triples("Sen. Ada Voss pushed for the farm bill to pass.") == [
        ("act", "Ada Voss", "farm bill", "positive")
    ]


def test_giving_up_a_stance_negates_its_cue():
    text = (
        "White House officials criticized Prime Minister Avi Doron for dropping his "
        "support for a two-state solution."
    )
    assert ("act", "Avi Doron", "two-state solution", "negative") in triples(text)
    assert negated("Voss withdrew her backing of", len("Voss withdrew her "))
    assert not negator_in("Prices dropped sharply")


def test_particles_and_curly_negation():
    assert [c.lemma for c in find_stance_cues("Unions rolled back the plan.")] == ["roll back"]
    assert find_stance_cues("The senator pushed back hard.") == []
    assert [c.lemma for c in find_stance_cues("Unions back the plan.")] == ["back"]
    text = "Voss didn’t endorse Berg."
    assert negated(text, text.index("endorse"))
    assert negator_in("We won’t back it") and not negator_in("We back it")
    negated_row = stance_triples(
        pd.Series(['"We won’t back Mayor Tomas Berg," said Sen. Ada Voss.'])
    )
    assert bool(negated_row["negated"].iloc[0])


def test_place_actors_reads_places_and_groups():
    found = place_actors().find("The U.S. and the GOP disagree with the Taliban.")
    assert [m.name for m in found] == ["United States", "Republicans", "Taliban"]


def test_an_issue_phrase_takes_over_the_name_that_modifies_it():
    got = triples("Sen. Ada Voss voted against Gov. Helena Strand's budget.")
    assert got == [("act", "Ada Voss", "Strand's budget", "negative")]


def test_group_phrases_need_a_modifier():
    found = find_groups("The Obama administration met the rebels and Syrian rebels.")
    assert [(g.name, g.type) for g in found] == [
        ("Obama administration", "organisation"),
        ("Syrian rebels", "organisation"),
    ]


@pytest.mark.parametrize(
    "text, polarity",
    [
        ('Speaker Ada Voss called Gov. Helena Strand "a true hero".', "positive"),
        ('Speaker Ada Voss called Gov. Helena Strand "a disgrace".', "negative"),
    ],
    ids=["praising label", "insulting label"],
)
def test_a_label_cue_takes_the_tone_of_its_label(text, polarity):
    found = stance_triples(pd.Series([text], index=["d"]))
    row = found[found["target"] == "Helena Strand"].iloc[0]
    assert (row["sentiment"], row["signal"], row["cue_lemma"]) == (polarity, "cue", "call")


def test_issue_finder_equals_find_issues_on_every_stretch():
    from newsresearch.attribution.stance_cues import IssueFinder

    texts = [
        "Voss refused to back the Affordable Care Act and Trump's travel ban.",
        "The tax bills passed; the bill died. Acts of the Act. lawsuits, law_x, bill2",
        "Sen. Ada Voss said the budget cuts and the Russia investigation were a distraction.",
        "They plan to ban the spending bill; the immigration debt deal was testing us.",
    ]
    for text in texts:
        finder = IssueFinder(text)
        for start in range(0, len(text) + 1, 3):
            for end in range(start, len(text) + 1):  # stretches that cut words too
                assert finder.find(start, end) == find_issues(text, start, end)


def test_stance_reads_the_attribution_rows_of_the_table():
    from newsresearch.attribution import attributions
    from newsresearch.attribution.stance import _attribution_rows
    from newsresearch.text import parse

    text = (
        'Finance Minister Piotr Lindqvist dismissed the report as "not true". '
        '"We will not change course," he said. Sen. Ada Voss accused Lindqvist of lying.'
    )
    parsed = parse(pd.Series([text], index=["d1"]))
    table = attributions(parsed)
    rows = _attribution_rows("d1", parsed[0])
    assert [r.attribution_id for r in rows] == table["attribution_id"].tolist()
    assert [r.cue for r in rows] == table["cue"].tolist()
    assert [r.cue_lemma for r in rows] == table["cue_lemma"].tolist()
    assert [r.type for r in rows] == table["type"].tolist()
    assert [[list(s) for s in r.content_spans] for r in rows] == table["content_spans"].tolist()


def test_span_index_agrees_with_a_scan_of_the_spans():
    import random

    from newsresearch.attribution.stance import _SpanIndex

    rng = random.Random(5)
    for _ in range(300):
        spans = [(a, a + rng.randint(1, 15)) for a in rng.sample(range(60), rng.randint(0, 6))]
        index = _SpanIndex(spans)
        for p in range(-2, 80):
            assert index.covers(p) == any(a <= p < b for a, b in spans)
            q = p + rng.randint(1, 8)
            assert index.overlaps(p, q) == any(a < q and p < b for a, b in spans)


def test_attribution_rows_are_the_table_columns(sample):
    from newsresearch.attribution.stance import _attribution_rows, _AttributionRow
    from newsresearch.attribution.tables import _row
    from newsresearch.text import parse

    parsed = parse(sample)
    checked = 0
    for doc_id, article in parsed.items():
        if article is None:
            continue
        rows = _attribution_rows(doc_id, article)
        for n, (row, att) in enumerate(zip(rows, article.attributions, strict=True)):
            table = _row(doc_id, n, article.text, att)
            assert tuple(row) == tuple(table[f] for f in _AttributionRow._fields)
            checked += 1
    assert checked > 10


def test_a_target_reads_the_content_piece_it_was_found_in():
    # a quotation inside a paraphrase: the quotation's piece (listed first) stops before
    # the final period of "U.S.", the paraphrase's piece holds it; the target model must
    # read the piece that holds the whole target, not the first one holding its start
    from newsresearch.attribution.stance import _AttributionRow, _quote_rows, _Targets
    from newsresearch.text import parse

    text = 'Sen. Ada Voss said the new tariffs were "an insult to the U.S." She left early.'
    article = parse(pd.Series([text], index=["d1"]))[0]
    outer = (text.index("the new"), text.index('U.S."') + len('U.S."'))
    inner = (text.index("an insult"), text.index('U.S."') + len("U.S"))  # no final period
    cue = text.index("said")
    row = _AttributionRow(
        attribution_id="d1:a1",
        speaker="Ada Voss",
        speaker_type="person",
        cue="said",
        cue_start=cue,
        cue_end=cue + 4,
        cue_lemma="say",
        cue_stance="",
        content_spans=[list(inner), list(outer)],
        type="speech",
    )
    rows = _quote_rows("d1", article, _Targets(article, None), [row])
    us = [r for r in rows if r["target"] == "United States"]
    assert us, [r["target"] for r in rows]
    for r in rows:
        context, start, end = r["_context"]
        assert 0 <= start < end <= len(context)
        assert context[start:end] == text[r["target_start"] : r["target_end"]]


def test_a_place_after_in_is_no_subject_of_an_act():
    text = (
        "Gov. Helena Strand kicked off a western tour in Montana on Thursday to support Tomas Berg."
    )
    assert triples(text) == [("act", "Helena Strand", "Tomas Berg", "positive")]


def test_a_passive_act_with_an_auxiliary_between_takes_the_phrase_before_it():
    # the attribution of "backed" has no speaker: its cue is left to the act rules
    assert triples("The measure has been backed by Sen. Ada Voss since March.") == [
        ("act", "Ada Voss", "measure", "positive")
    ]
    assert triples("The plan is backed by Gov. Helena Strand.") == [
        ("act", "Helena Strand", "plan", "positive")
    ]


def test_documents_and_polls_take_no_stance():
    found = stance_triples(
        pd.Series(
            [
                "Surveillance camera footage shows Officer Dale Brant struck Marcus Lee. "
                "The evidence shows that Garrick Voss misled the committee."
            ],
            index=["d"],
        )
    )
    assert found.empty, found[["speaker", "target"]].values.tolist()


def test_the_addressee_of_a_cue_with_no_stance_is_no_target():
    # "X told Y that ...": Y hears the statement; the stance is toward what it names
    found = triples(
        "Senator Omar Fenwick told Mayor Lisa Trent that the budget would be ready by Friday.",
        keep_neutral=True,
    )
    assert ("quote", "Omar Fenwick", "Lisa Trent") not in [t[:3] for t in found]
    assert ("quote", "Omar Fenwick", "budget") in [t[:3] for t in found]


def test_a_stance_cue_still_takes_its_object_before_the_content():
    found = triples(
        "Sen. Garrick Voss accused Finance Minister Piotr Lindqvist of misleading voters."
    )
    assert ("quote", "Garrick Voss", "Piotr Lindqvist", "negative") in found


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Rhea Lund on Monday called for an audit of the Harbor Authority and the Port Commission.",
        "Sen. Hal Brenner supports a new round of talks with the Treasury Department on the budget.",
    ],
)
def test_an_act_takes_no_stance_toward_a_target_its_cue_does_not_sign(text):
    # the audit is called for, not the Harbor Authority; the talks are supported, not the Treasury
    assert triples(text, keep_neutral=True) == []


def test_according_to_reports_information_not_a_position():
    text = (
        "The Harbor Authority lost $2 million last year, according to Professor Lena Ostrova, "
        "who studies the port."
    )
    assert triples(text, keep_neutral=True) == []


def test_reported_and_noted_give_information_not_a_position():
    # an outlet's report or a speaker's note names people without taking a stance
    for cue in ("The Daily Ledger reported", "Sen. Ada Voss noted"):
        text = f"{cue} that Mayor Tomas Arkin met Gov. Helena Strand on Monday."
        assert triples(text, keep_neutral=True) == []
    # a stance cue of the speaker's inside the note still signs its object
    signed = triples("Sen. Ada Voss noted that she had opposed Gov. Helena Strand.")
    assert ("quote", "Ada Voss", "Helena Strand", "negative") in signed


def test_a_content_cue_with_another_subject_is_not_the_speakers_stance():
    # "Rubio tweeted that officials who publicly support Maduro ...": the officials' stance
    other = triples("Sen. Ada Voss said Rep. Tom Keller would support Gov. Helena Strand.")
    assert ("quote", "Ada Voss", "Helena Strand", "positive") not in other
    assert ("act", "Tom Keller", "Helena Strand", "positive") in other
    # the speaker as the subject (a pronoun, or no subject in a quotation) keeps the cue
    own = triples("Sen. Ada Voss said she would support Gov. Helena Strand.")
    assert ("quote", "Ada Voss", "Helena Strand", "positive") in own
    quoted = triples('"We will never support Helena Strand," Sen. Ada Voss said.')
    assert ("quote", "Ada Voss", "Helena Strand", "negative") in quoted


def test_a_list_of_unsigned_names_gives_only_its_first_targets():
    said = "Rep. Nora Vance said in a statement."
    names = "Ada Birch, Colm Dray, Efa Holt, Ines Kade and Otto Lusk"
    listed = triples(f'"The delegation included {names}," {said}', keep_neutral=True)
    assert [t[2] for t in listed] == ["Ada Birch", "Colm Dray", "Efa Holt"]
    # names that a cue signs are each a stance, however many
    honoured = triples(f'"The museum honours {names}," {said}', keep_neutral=True)
    assert len(honoured) == 5 and {t[3] for t in honoured} == {"positive"}


def test_an_issue_phrase_only_mentioned_in_a_quote_is_no_target():
    # reporting on a bill's schedule takes no stance toward it; opposing it does
    said = triples(
        "Senator Ada Voss said the tax bill would come to a vote on Tuesday.", keep_neutral=True
    )
    assert [t[2] for t in said] == []
    fought = triples("Senator Ada Voss said she would fight the tax bill.")
    assert ("quote", "Ada Voss", "tax bill", "negative") in fought


def test_a_place_set_apart_from_an_act_cue_is_no_source():
    # the place where marchers gathered does not protest; a state that sues does
    text = (
        "Marchers gathered in Aldham, Virginia, to protest against a plan to remove the "
        "statue of Gen. Orrin Vale."
    )
    assert [t for t in triples(text) if t[1] == "Virginia"] == []
    sued = triples("Virginia sued the Halvern Corporation on Monday.")
    assert ("act", "Virginia", "Halvern Corporation", "negative") in sued


def test_a_short_given_name_takes_the_full_form_the_article_uses():
    # campaign coverage: "Michael Tarrow" in the lead, "Mike Tarrow" in a rival's attack
    text = (
        "Former mayor Michael Tarrow entered the Democratic race in November. "
        "Sen. Ada Voss accused Mike Tarrow of trying to buy the election. "
        "Robert Lund, a Tarrow adviser, said the campaign would keep spending. "
        "Gov. Helena Strand criticized Bob Lund on Tuesday."
    )
    found = stance_triples(pd.Series([text], index=["d"]))
    pairs = set(zip(found["speaker"], found["target"], strict=True))
    assert {("Ada Voss", "Michael Tarrow"), ("Helena Strand", "Robert Lund")} <= pairs
    assert not {"Mike Tarrow", "Bob Lund"} & set(found["target"])
    # without the full form in the article the short one stays
    alone = stance_triples(pd.Series(["Sen. Ada Voss accused Mike Tarrow of lying."], index=["e"]))
    assert list(alone["target"]) == ["Mike Tarrow"]


def test_the_group_whose_members_act_is_the_source():
    # "Members of the House caucus stood with Sen. X to denounce the bill": the caucus acts
    for text, source, target in (
        (
            "Members of the Liberty Caucus stood with Sen. Tomas Berg on Tuesday.",
            "Liberty Caucus",
            "Tomas Berg",
        ),
        (
            "Hundreds of members of the Teamsters Union protested against Gov. Helena Strand.",
            "Teamsters Union",
            "Helena Strand",
        ),
    ):
        found = stance_triples(pd.Series([text], index=["d"]))
        assert found[["kind", "speaker", "target"]].values.tolist() == [["act", source, target]]
    # a prepositional object is still no subject ("comments about the Liberty Caucus")
    plain = "Comments about the Liberty Caucus angered Sen. Tomas Berg."
    assert "Liberty Caucus" not in set(stance_triples(pd.Series([plain], index=["e"]))["speaker"])


def test_a_place_of_motion_that_no_cue_signs_is_no_target():
    # an analyst on a militant group: "expand beyond Syria and into Iraq" names places, not
    # targets of the analyst's stance; the person the quote judges stays a target
    for text in (
        '"The group will try to expand beyond Syria and into Iraq, and Gov. Helena Strand is '
        'wrong about it," said analyst Dara Quill.',
        "Dara Quill said the money came from Norway and that Gov. Helena Strand had lied.",
    ):
        found = stance_triples(pd.Series([text], index=["d"]), keep_neutral=True)
        assert list(found["target"]) == ["Helena Strand"]


def test_a_group_speaker_named_after_its_owner_does_not_target_the_owner():
    # "Trump's lawyers said ...": the lawyers speak for their client, not about him
    text = (
        "Sen. Ada Voss faces a subpoena. Voss’s lawyers said Sen. Ada Voss had no reason to "
        "testify and that Gov. Helena Strand had lied."
    )
    found = stance_triples(pd.Series([text], index=["d"]), keep_neutral=True)
    assert found[["speaker", "target"]].values.tolist() == [["Voss's lawyers", "Helena Strand"]]


def test_a_verb_ends_a_list_of_coordinated_act_objects():
    # a relative clause with an act, then the main verb: "which sued X in May, welcomed Y"
    text = "The Farm Bureau, which sued the Department of Agriculture in May, welcomed the ruling."
    found = stance_triples(pd.Series([text], index=["d"]))
    acts = found[found["kind"] == "act"]
    assert acts[["speaker", "target"]].values.tolist() == [
        ["Farm Bureau", "Department of Agriculture"]
    ]
