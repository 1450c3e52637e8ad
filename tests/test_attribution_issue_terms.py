"""Issue phrases without an issue head noun (data/issue_terms.txt) and their entity stance."""

from __future__ import annotations

import pandas as pd

from newsresearch.attribution import entity_stance
from newsresearch.attribution.issue_terms import find_issue_terms, issue_terms


def _names(text: str) -> list[str]:
    return [i.name for i in find_issue_terms(text)]


def test_the_lexicon_is_lower_case_policy_issues():
    terms = issue_terms()
    assert {"reparations", "waterboarding", "social distancing", "free trade"} <= terms
    assert all(t == t.lower() and t.strip() == t for t in terms)


def test_a_term_is_an_issue_alone_or_named_further_by_capitalised_words_or_terms():
    # a senator's interview: "reparations for slavery are a non-starter"
    text = "Sen. Ada Voss, the only Republican from Harwick, says reparations for slavery are a non-starter."
    assert _names(text) == ["reparations", "slavery"]
    # a wall debate: the fencing a president praised, and another country's
    text = "Voss said the border fencing worked and praised the Normandy fencing in a tweet."
    assert _names(text) == ["border fencing", "Normandy fencing"]
    # a headline in capitals and an opinion column: "the dubious Harwick dossier"
    assert _names("VOSS SLAMS DOSSIER. Critics call it the dubious Harwick dossier.") == [
        "dossier",
        "Harwick dossier",
    ]


def test_verbs_judgements_and_web_addresses_are_no_part_of_a_term():
    # "believes waterboarding", "trumpet American exceptionalism": the verb is left out
    assert _names("Tomas Berg believes waterboarding is torture.") == ["waterboarding", "torture"]
    assert _names("Candidates trumpet American exceptionalism.") == ["American exceptionalism"]
    assert _names("Sign up on HealthCare.gov before the anti-slavery march.") == []


def test_entity_stance_scores_a_term_the_article_names():
    text = (
        "Gov. Helena Strand said social distancing saves lives and praised the residents "
        "who kept it up. Mayor Tomas Berg said he opposes reparations."
    )
    found = entity_stance(pd.Series([text], index=["d"]))
    assert {"social distancing", "reparations"} <= set(found["entity"])
    row = found.set_index("entity").loc["social distancing"]
    assert row["entity_type"] == "issue"


def test_what_a_named_person_said_is_an_issue_only_with_a_capitalised_possessive():
    # a campaign report: "the crowd cheered Clinton's speech"; a wall report: "Trump's tweets"
    text = (
        "Delegates cheered Voss’s speech, aides defended Berg's tweets, "
        "and Thursday's speech and his remarks drew little notice."
    )
    assert _names(text) == ["Voss’s speech", "Berg's tweets"]


def test_a_term_inside_a_name_or_modifying_a_noun_is_named_alone_or_not_at_all():
    # a trade story: the agreement's name holds a term; a rights group's name too
    assert _names("Voss backs the North American Free Trade Agreement.") == []
    assert _names("Amnesty International criticised the torture of detainees.") == ["torture"]
    # "Senator's health care plan": the plan is the issue (find_issues), the term alone here
    assert _names("Critics attacked Voss's health care plan.") == ["health care"]
    # a sentence's first word: no name, and its capital goes
    assert _names("Reparations are a non-starter. Like waterboarding, it failed.") == [
        "reparations",
        "waterboarding",
    ]
