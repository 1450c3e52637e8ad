"""Article-level stance: stance pairs and entity stance with its tone fallback."""

from __future__ import annotations

import pandas as pd

import newsresearch as nr
from newsresearch.attribution import (
    ENTITY_STANCE_COLUMNS,
    STANCE_PAIR_COLUMNS,
    entity_stance,
    stance_pairs,
)


def _triples(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        rows, columns=["doc_id", "speaker", "target", "target_type", "kind", "sentiment", "signal"]
    )


def test_cue_signed_triples_outweigh_the_others():
    t = _triples(
        [
            ("d", "Ada Voss", "Tomas Berg", "person", "quote", "positive", "default"),
            ("d", "Ada Voss", "Tomas Berg", "person", "quote", "positive", "model"),
            ("d", "Ada Voss", "Tomas Berg", "person", "act", "negative", "cue"),
            ("d", "Ada Voss", "tax bill", "issue", "quote", "positive", "default"),
            ("d", "Ada Voss", "tax bill", "issue", "quote", "negative", "default"),
            ("d", "", "tax bill", "issue", "quote", "positive", "cue"),
        ]
    )
    pairs = stance_pairs(t)
    assert pairs.dtypes.astype(str).to_dict() == STANCE_PAIR_COLUMNS
    got = pairs[["target", "sentiment", "triples", "positive", "kinds"]].values.tolist()
    # a tie is negative; the triple without a speaker is left out
    assert got == [
        ["Tomas Berg", "negative", 3, 2, "act;quote"],
        ["tax bill", "negative", 2, 1, "quote"],
    ]


def test_entity_stance_scores_targets_then_falls_back_to_tone():
    text = (
        "Sen. Ada Voss praised Gov. Helena Strand. Mayor Tomas Berg was happy about the tax bill."
    )
    corpus = pd.Series([text], index=["d"])
    found = entity_stance(corpus)
    assert found.dtypes.astype(str).to_dict() == ENTITY_STANCE_COLUMNS
    by_entity = found.set_index("entity")
    assert by_entity.loc["Helena Strand", ["sentiment", "source", "triples"]].tolist() == [
        "positive",
        "stance",
        1,
    ]
    # every other entity named gets the tone of its mentions, the issue phrase too
    assert {"Ada Voss", "Tomas Berg", "tax bill"} <= set(found[found["source"] == "tone"]["entity"])
    assert by_entity.loc["Tomas Berg", "mentions"] == 1
    assert list(entity_stance(corpus, fallback=False)["entity"]) == ["Helena Strand"]
    groups = entity_stance(pd.Series(["Sen. Ada Voss met the Obama administration."], index=["e"]))
    assert ("Obama administration", "organisation") in set(
        zip(groups["entity"], groups["entity_type"], strict=True)
    )


def test_entity_stance_takes_given_triples_and_is_in_the_facade():
    corpus = pd.Series(["Sen. Ada Voss sued Gov. Helena Strand."], index=["d"])
    triples = nr.stance_triples(corpus)
    found = nr.entity_stance(corpus, triples=triples, fallback=False)
    assert found[["entity", "sentiment", "score"]].values.tolist() == [
        ["Helena Strand", "negative", -1.0]
    ]
    assert nr.stance_pairs(triples)["sentiment"].tolist() == ["negative"]
    assert entity_stance(pd.Series([""], index=["e"])).empty


def test_entity_stance_scores_modified_groups_of_people():
    # groups that no name finder sees: a head noun of people with a modifier before it
    text = (
        "Gun manufacturers and drug traffickers worried Sen. Ada Voss. The Marlow family "
        "thanked immigration officers, and Voss's inner circle met the intelligence community."
    )
    found = entity_stance(pd.Series([text], index=["d"]))
    groups = set(found.loc[found["entity_type"] == "organisation", "entity"])
    assert {
        "Gun manufacturers",
        "drug traffickers",
        "Marlow family",
        "immigration officers",
        "intelligence community",
    } <= groups
    # an -ing word right before a group head describes the group
    striking = entity_stance(pd.Series(["The banking industry met striking workers."], index=["s"]))
    assert {"banking industry", "striking workers"} <= set(striking["entity"])
    # a bare head ("the family") names no group
    bare = entity_stance(pd.Series(["Sen. Ada Voss met the family."], index=["e"]))
    assert "family" not in set(bare["entity"])


def test_entity_stance_scores_a_group_the_article_names_by_its_head():
    # "the administration", "the rebels": a group the reader knows, which an annotator names
    # in full ("Marlow administration"); scored by the tone of its mentions
    text = (
        "Sen. Ada Voss said the administration had misled Congress about the strike. "
        "Voss also said the rebels had been abandoned, and the family stayed silent."
    )
    found = entity_stance(pd.Series([text], index=["d"]))
    rows = found.set_index("entity")
    assert {"administration", "rebels"} <= set(rows.index)
    assert rows.loc["administration", "entity_type"] == "organisation"
    assert rows.loc["administration", "sentiment"] == "negative"
    assert "family" not in set(rows.index)
    # stance triples keep group phrases out of their targets
    triples = nr.stance_triples(pd.Series([text], index=["d"]))
    assert not {"administration", "rebels"} & set(triples["target"])


def test_entity_stance_scores_names_that_recur_alone():
    from newsresearch.attribution.stance_summary import lone_names

    text = (
        "Voters cheered Ambrose. Critics said Ambrose erred, and the FDCA agreed. "
        "Then Ambrose's aide met the FDCA. The FDCA said no and Ambrose said yes. "
        "Aides went to the Middle East. The Middle East talks and the Middle East deal failed."
    )
    found = entity_stance(pd.Series([text], index=["d"]))
    types = dict(zip(found["entity"], found["entity_type"], strict=True))
    # a surname alone is a person (the subject of "said"), an acronym an organisation
    assert types["Ambrose"] == "person" and types["FDCA"] == "organisation"
    # words of a longer name ("Middle East") and a sentence's first word are no lone names
    assert not {"Middle", "East", "Then"} & set(types)
    assert lone_names(text, {"Ambrose"}) == [("FDCA", "organisation")]


def test_a_past_verb_is_no_modifier_of_a_group():
    from newsresearch.attribution.stance_cues import find_groups, find_issues

    assert [g.name for g in find_groups("Voss met Syrian rebels.")] == ["Syrian rebels"]
    assert [i.name for i in find_issues("Keller won budget cuts.")] == ["budget cuts"]


def test_entity_stance_keeps_the_quotes_stance_triples_abstain_on():
    text = "Sen. Ada Voss said: \u201cTomas Berg has grown in the job and he and I can work together.\u201d"
    found = entity_stance(pd.Series([text], index=["d1"]))
    assert found.set_index("entity").loc["Tomas Berg", "source"] == "stance"


def test_a_places_police_is_named_as_its_department():
    text = (
        "Activists marched on Tuesday. Critics said the Fairhaven police had failed the "
        "family. The Fairhaven police declined to comment on the lawsuit."
    )
    found = set(entity_stance(pd.Series([text], index=["d1"]))["entity"])
    assert "Fairhaven Police Department" in found and "Fairhaven police" not in found


def test_an_acronym_at_a_sentence_start_counts_as_a_lone_name():
    from newsresearch.attribution.stance_summary import lone_names

    text = (
        "\u201cWe would just be \u2018bad KNBX,\u2019\u201d the editor said. "
        "\u201cKNBX already makes \u2018great KNBX,\u2019 so there was no reason to copy it.\u201d"
    )
    assert lone_names(text, set()) == [("KNBX", "organisation")]


def test_a_weekday_a_name_ran_on_into_is_no_part_of_the_entity():
    # "tweeted a defense of Attorney General Jeff Sessions Thursday night, saying ..."
    t = (
        "President Ada Voss tweeted a defense of Attorney General Piotr Lindqvist Thursday "
        "night, saying Lindqvist could have answered more accurately. Critics attacked "
        "Attorney General Piotr Lindqvist Thursday over the answers. Voters go to the polls "
        "on Super Tuesday."
    )
    found = entity_stance(pd.Series([t], index=["d"]))
    assert "Piotr Lindqvist" in set(found["entity"])
    assert not found["entity"].str.contains("Lindqvist Thursday").any()
    triples = nr.stance_triples(pd.Series([t], index=["d"]), keep_neutral=True)
    assert set(triples["target"]) <= {"Piotr Lindqvist", "Ada Voss", "Super Tuesday"}


def test_entity_stance_scores_what_a_stance_cue_takes_a_stand_on():
    # a nominee's positions: no triple names the legalization, no name finder sees it
    text = (
        "Judge Marta Quell testified on Tuesday. In response to questions, Quell revealed "
        "that she is opposed to the legalization of online betting."
    )
    found = entity_stance(pd.Series([text], index=["d"])).set_index("entity")
    assert found.loc["legalization of online betting", ["sentiment", "source"]].tolist() == [
        "negative",
        "object",
    ]
    # an object that a row already names is not scored twice, nor with an actors table
    text = "Sen. Ada Voss backs the tax bill. Critics attacked the tax bill."
    found = entity_stance(pd.Series([text], index=["e"]))
    assert "object" not in set(found["source"])
    table = pd.DataFrame({"name": ["Marta Quell"], "type": ["person"], "aliases": ["Quell"]})
    quell = "Quell said she is opposed to the legalization of online betting."
    found = entity_stance(pd.Series([quell], index=["f"]), actors=table)
    assert "object" not in set(found["source"])


def test_the_cues_that_take_a_stand_on_an_entity_outweigh_its_mentions_tone():
    # a strike report: an unnamed source backs the workers, whose sentences are grim
    text = (
        "The Harwick Mills workers walked out on Monday after months of layoffs, pay cuts "
        "and bitter disputes. The walkout, which union leaders said was a sign of support "
        "for the Harwick Mills workers, dragged on. The workers face hardship and angry "
        "managers."
    )
    plain = entity_stance(pd.Series([text], index=["d"]), fallback=True)
    rows = plain.set_index("entity")
    name = next(e for e in rows.index if e.endswith("workers"))
    assert rows.loc[name, ["sentiment", "source"]].tolist() == ["positive", "object"]
    assert rows.loc[name, "mentions"] > 0


def test_an_acronym_named_twice_is_a_lone_name_but_a_word_needs_three():
    from newsresearch.attribution.stance_summary import lone_names

    # an inspector's report on a federal agency it names by its acronym only
    text = "Inspectors faulted the ATF in a report. Lawmakers said the ATF misled them. Harlan agreed and Harlan left."
    assert lone_names(text, set()) == [("ATF", "organisation")]


def test_names_with_the_same_words_are_one_entity_with_their_mentions_pooled():
    # a wire story that spells the possessive two ways and drops it once
    text = (
        "Aides studied Voss’s budget plan on Monday. Voss's budget plan was cruel to "
        "renters. Supporters called the Voss budget plan bold and fair."
    )
    found = entity_stance(pd.Series([text], index=["d"]))
    plans = found[found["entity"].str.endswith("budget plan")]
    assert len(plans) == 1
    assert plans[["source", "mentions"]].values.tolist() == [["tone", 3]]


def test_entity_stance_rows_of_an_article_do_not_depend_on_its_batch():
    # "Ambrose" recurs alone in the first article only (a lone name there); the second
    # article names him once: scored together or apart, each article keeps its own rows
    first = (
        "Voters cheered Ambrose. Critics said Ambrose erred badly. "
        "Then Ambrose's aide met the mayor, and Ambrose said yes."
    )
    second = "Sen. Ada Voss praised the harbour plan. Ambrose was absent."
    texts = pd.Series([first, second], index=["a", "b"])
    together = entity_stance(texts)
    for doc_id in texts.index:
        alone = entity_stance(texts.loc[[doc_id]])
        mine = together[together["doc_id"] == doc_id].reset_index(drop=True)
        pd.testing.assert_frame_equal(alone.reset_index(drop=True), mine)
    assert "Ambrose" in set(together.loc[together["doc_id"] == "a", "entity"])
    assert "Ambrose" not in set(together.loc[together["doc_id"] == "b", "entity"])


def test_entity_stance_scores_an_issue_with_its_complement():
    # a regional crisis: the article names the event by its head and what it is about
    text = (
        "Leaders of Norland condemned the annexation of Corvania on Friday. "
        "Velmoria's envoy said the move was lawful."
    )
    found = entity_stance(pd.Series([text], index=["d"]))
    names = set(found["entity"])
    assert "annexation of Corvania" in names
    row = found.set_index("entity").loc["annexation of Corvania"]
    assert row["entity_type"] == "issue" and row["sentiment"] == "negative"
    # with an actors table the article's own phrases are not added
    table = pd.DataFrame({"name": ["Norland"], "type": ["organisation"], "aliases": [""]})
    found = entity_stance(pd.Series([text], index=["d"]), actors=table)
    assert "annexation of Corvania" not in set(found["entity"])


def test_entity_stance_scores_a_paraphrased_issue_of_an_actors_table():
    # the researcher's name for the event is not the article's
    text = "Critics said Velmoria illegally annexed Corvania. Velmoria's envoy disagreed."
    table = pd.DataFrame({"name": ["annexation of Corvania"], "type": ["issue"], "aliases": [""]})
    found = entity_stance(pd.Series([text], index=["d"]), actors=table)
    assert "annexation of Corvania" in set(found["entity"])
