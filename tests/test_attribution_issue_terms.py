"""Issue phrases without an issue head noun (data/issue_terms.txt) and their entity stance."""

from __future__ import annotations

import pandas as pd
import pytest

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


@pytest.mark.parametrize(
    "text",
    [
        # terms after an opening quote, in capitals, across a line break, hyphenated
        "Voss backs “free trade” and BORDER SECURITY; Keller backs the death\n penalty.",
        # a longer term tried first, a shorter one where the longer one runs on
        "Aides said health care reformers and the health care reform bill stalled healthcare.",
        # no match inside a word, before a hyphen or a web address, after a hyphen or digit
        "Anti-abortion groups, abortion-rights groups, 3torture, Slavery.gov and fencings.",
        # terms one right after another, and a said head after a possessive
        "The single-payer proposal, gun control gun rights, and Keller's remarks; her speeches.",
        # non-ASCII letters around a term: no run of ASCII letters starts inside a word
        "Café torture, éslavery, naïve welfare — “amnesty” ‘asylum’ mañana.",
        # a letter that matches an ASCII letter in another case: the text is scanned instead
        "The aſylum and \u212aeller's speech on fracking; \u0130stanbul amnesty.",
    ],
)
def test_term_matches_are_those_of_a_scan_of_the_text(text):
    # the terms are tried only where a run of letters opens that starts a term; the scan
    # before was of a pattern of the terms whose first word the text holds
    from newsresearch.attribution.issue_terms import _said_re, _term_matches, _terms_re_for

    terms, said = _term_matches(text)
    assert [m.span() for m in terms] == [m.span() for m in _terms_re_for(text).finditer(text)]
    assert [m.span() for m in said] == [m.span() for m in _said_re().finditer(text)]


def test_the_terms_of_a_text_are_grouped_by_their_first_run_of_letters():
    from newsresearch.attribution.issue_terms import _terms_by_first_run

    by_run = _terms_by_first_run()
    assert by_run["single"] == {"single-payer"}
    assert {"health care"} <= by_run["health"] and "healthcare" in by_run["healthcare"]
    assert {t for terms in by_run.values() for t in terms} == issue_terms()
