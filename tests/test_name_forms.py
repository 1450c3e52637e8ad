"""One person under two full names (newsresearch.name_forms), and surnames that are role words."""

from newsresearch.actors import find_actors
from newsresearch.name_forms import double_surname, earlier_form


def _keys(text: str) -> dict[str, str]:
    return {m.text: m.actor for m in find_actors(text).mentions if m.kind != "pronoun"}


def test_maiden_name_alone_is_the_person_named_by_three_names() -> None:
    text = (
        "Wilma Harrow Tenbury chaired the panel in 1983. Years before, Wilma Harrow had "
        "taught law in Fayeton. Harrow said she would keep her name."
    )
    keys = _keys(text)
    assert keys["Wilma Harrow"] == keys["Wilma Harrow Tenbury"]
    assert keys["Harrow"] == keys["Wilma Harrow Tenbury"]


def test_three_names_after_two_are_one_person() -> None:
    keys = _keys("Oscar Brant spoke first. Later Oscar Brant Kessel, the chair, said no.")
    assert keys["Oscar Brant Kessel"] == keys["Oscar Brant"]


def test_a_show_or_a_son_named_after_a_person_stays_apart() -> None:
    keys = _keys("Gloria Vance spoke on Monday. The Gloria Vance Show aired at nine.")
    assert keys.get("Gloria Vance Show") != keys["Gloria Vance"]
    keys = _keys("Curtis Mayle spoke first. Curtis Mayle Jr. said nothing.")
    assert len({k for t, k in keys.items() if t.startswith("Curtis")}) == 2


def test_two_people_sharing_a_given_name_stay_apart() -> None:
    text = "Teresa Dusk said yes. Teresa Abell said no. Later Teresa Dusk Abell spoke."
    keys = _keys(text)
    assert keys["Teresa Dusk"] != keys["Teresa Abell"]


def test_earlier_form_needs_one_candidate_and_person_words() -> None:
    from types import SimpleNamespace as A

    people = {"Ilse Marr Quade": A(type="person"), "Ilse Marr Tobin": A(type="person")}
    named = [("Ilse Marr Quade", "Ilse Marr Quade"), ("Ilse Marr Tobin", "Ilse Marr Tobin")]
    assert earlier_form(("Ilse", "Marr"), people, named) is None  # two fit: no guess
    people = {"Ilse Marr": A(type="person")}
    assert earlier_form(("Ilse", "Marr", "Thursday"), people, [("Ilse Marr", "Ilse Marr")]) is None
    assert earlier_form(("Ilse", "Marr", "Drive"), people, [("Ilse Marr", "Ilse Marr")]) is None
    assert double_surname("Ramiro Vasco Lopez") and not double_surname("Ilse M. Marr")


def test_surname_that_is_a_role_word_is_a_name() -> None:
    keys = _keys("Rep. Walter Bishop said the bill failed. The Rev. Curtis Lyle King spoke next.")
    assert keys["Rep. Walter Bishop"] == "Walter Bishop"
    assert keys["The Rev. Curtis Lyle King"] == "Curtis Lyle King"
    assert _keys("The Vice President said no.") == {}
    assert "Nadia Voss Secretary" not in _keys("Then Nadia Voss Secretary said no.").values()


def test_organisation_name_goes_on_after_and() -> None:
    text = (
        "The Department of Fisheries and Coastal Affairs said the ban would stay. "
        "A spokesman for the Institute of Soil and Water Sciences declined to comment."
    )
    orgs = {m.text for m in find_actors(text).mentions if m.type == "organisation"}
    assert "Department of Fisheries and Coastal Affairs" in orgs
    assert "Institute of Soil and Water Sciences" in orgs
    assert not orgs & {"Coastal Affairs", "Water Sciences"}


def test_two_organisations_joined_by_and_stay_two() -> None:
    text = (
        "The Ministry of Marine Trade and Foreign Office staff met. Bureau of Tariffs and Ohio met."
    )
    orgs = {m.text for m in find_actors(text).mentions if m.type == "organisation"}
    assert "Ministry of Marine Trade and Foreign Office" not in orgs
    assert "Bureau of Tariffs and Ohio" not in orgs


def test_generational_suffix_keeps_father_and_son_apart() -> None:
    text = (
        "Senator Lamar Ostby spoke first. Lamar Ostby, Jr., his son, spoke next. "
        "Rep. Curtis Vayne Jr. said the vote failed. Vayne added that it would return."
    )
    mentions = [(m.text, m.actor) for m in find_actors(text).mentions if m.kind != "pronoun"]
    assert ("Senator Lamar Ostby", "Lamar Ostby") in mentions
    assert ("Lamar Ostby", "Lamar Ostby Jr") in mentions  # the comma keeps the suffix
    assert ("Vayne", "Curtis Vayne Jr") in mentions  # the surname is the word before "Jr."


def test_a_hotel_or_casino_is_no_person() -> None:
    text = "Pell Ferrand stayed at the Marisol Hotel. He said the Golden Reef Casino was shut."
    found = {m.text: (m.actor, m.type) for m in find_actors(text).mentions}
    assert found["Marisol Hotel"][1] == "organisation"
    assert found["Golden Reef Casino"][1] == "organisation"
    assert found["He"][0] == "Pell Ferrand"
