"""People and organisations: merged mentions, canonical names, roles and titles."""

from __future__ import annotations

import pytest

from storyline.nlp import analyze, load_model
from storyline.records import Article, Person


@pytest.fixture(scope="module", autouse=True)
def _model():
    load_model()


def people(text: str) -> dict[str, Person]:
    return {p.name: p for p in analyze(Article(text=text)).people}


def roles(person: Person) -> list[str]:
    return [r.text for r in person.roles]


def test_title_premodifier_becomes_a_role_and_stays_out_of_the_name():
    found = people(
        "Defense Secretary Lloyd Austin met allies in Brussels on Thursday. "
        "Austin said the alliance was united."
    )
    austin = found["Lloyd Austin"]
    assert "Defense Secretary" in roles(austin)
    assert [m.text for m in austin.mentions] == ["Lloyd Austin", "Austin"]


def test_surname_mentions_and_possessives_merge_into_the_full_name():
    found = people(
        "Prime Minister Keir Starmer arrived in Washington. Starmer's visit follows weeks of "
        "talks. Officials said Starmer would meet business leaders."
    )
    starmer = found["Keir Starmer"]
    assert len(starmer.mentions) == 3
    assert all(m.text in {"Keir Starmer", "Starmer"} for m in starmer.mentions)
    assert "Prime Minister" in roles(starmer)


def test_family_name_first_chinese_names_keep_their_order():
    found = people(
        "Chinese Vice Premier Liu He led the delegation to Washington. "
        "Chinese President Xi Jinping later spoke with the president by phone."
    )
    assert "Liu He" in found and "Xi Jinping" in found
    assert "Chinese Vice Premier" in roles(found["Liu He"])
    assert "Chinese President" in roles(found["Xi Jinping"])


def test_apposition_after_the_name_is_a_role():
    found = people(
        "Maria Lopez, the city's chief financial officer, said revenue fell in the third "
        "quarter."
    )
    assert any("chief financial officer" in r for r in roles(found["Maria Lopez"]))


def test_apposition_with_affiliation_keeps_the_affiliation():
    found = people(
        "Mark Sobel, a former Treasury official now with the Official Monetary and Financial "
        "Institutions Forum, said the dollar would weaken."
    )
    role = " ".join(roles(found["Mark Sobel"]))
    assert "former Treasury official" in role
    assert "Forum" in role


def test_who_is_clause_gives_a_role():
    found = people(
        "The plan was drafted by Ellen Park, who is the agency's deputy director, and "
        "approved on Monday."
    )
    assert any("deputy director" in r for r in roles(found["Ellen Park"]))


def test_led_by_gives_a_leadership_role():
    found = people(
        "The Japanese delegation, led by Trade Minister Yoji Muto, arrived in Jakarta on "
        "Sunday."
    )
    muto = found["Yoji Muto"]
    assert "Trade Minister" in roles(muto)
    assert any(r.startswith("led the") and "delegation" in r for r in roles(muto))


def test_title_word_tagged_as_org_is_not_an_organisation():
    found = people(
        "Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo testified before "
        "the Senate Banking Committee."
    )
    orgs = {p.name for p in found.values() if p.kind == "org"}
    assert "Treasury" not in orgs and "Commerce" not in orgs
    assert "Treasury Secretary" in roles(found["Janet Yellen"])
    assert "Commerce Secretary" in roles(found["Gina Raimondo"])


def test_organisations_are_people_of_kind_org():
    found = people(
        "The World Health Organization said the outbreak was contained. A World Health "
        "Organization team will visit next week."
    )
    who = found["World Health Organization"]
    assert who.kind == "org"
    assert len(who.mentions) == 2


def test_headline_runs_of_capitals_do_not_make_people():
    text = (
        "Budget Talks Stall Over Defense Spending Quick Facts\n"
        "Senate leaders failed to agree on a budget on Tuesday, said Senator Amy Klobuchar."
    )
    found = people(text)
    assert "Amy Klobuchar" in found
    assert all("Quick" not in name and "Facts" not in name for name in found)


def test_mention_offsets_point_at_the_name():
    text = "Governor Gavin Newsom signed the bill. Newsom's office confirmed it."
    found = people(text)
    for m in found["Gavin Newsom"].mentions:
        assert text[m.start : m.end] == m.text


def test_name_led_noun_gives_a_leadership_role():
    found = people(
        "Senator Elizabeth Warren opened the hearing on Monday. The Warren-led committee "
        "will vote on the bill next week."
    )
    assert "led the committee" in roles(found["Elizabeth Warren"])


def test_surname_inside_a_company_name_is_not_the_person():
    found = people(
        "Analyst Tom Grumman covers defence stocks. Northrop Grumman won the contract, and "
        "Northrop Grumman shares rose."
    )
    person = found.get("Tom Grumman")
    assert person is None or all(m.text != "Grumman" for m in person.mentions)


def test_a_city_tagged_as_a_person_is_not_a_person():
    found = people(
        "Dockworkers in Rotterdam walked out on Monday. Ships queued outside Rotterdam for "
        "days, and the Port of Rotterdam Authority said the backlog would grow. "
        "Union leader Pieter Jansen said the strike would go on."
    )
    assert "Rotterdam" not in found
    assert "Pieter Jansen" in found


def test_a_name_the_tagger_calls_an_organisation_is_a_person_when_a_job_describes_it():
    # The small model tags both names ORG; the job right after each says whom they name.
    found = people(
        '"Rates will not fall fast," said Nadia Whitcombe, a mortgage adviser in Eastgate. '
        "Marian Holt, a spokeswoman for the port, said 40 ships were waiting. "
        "Tessaro Devices, a chip maker, said sales fell. "
        "Marlow Capital, a partner of the fund, declined to comment."
    )
    assert found["Nadia Whitcombe"].kind == "person"
    assert roles(found["Nadia Whitcombe"]) == ["mortgage adviser in Eastgate"]
    assert found["Marian Holt"].kind == "person"
    titled = people("Safiri spokesperson Lerato Dube welcomed the decision on Monday.")
    assert titled["Lerato Dube"].kind == "person", titled  # the job before the name
    # A company described as a maker, or by a word companies share with people, stays one.
    assert found["Tessaro Devices"].kind == "org"
    assert found["Marlow Capital"].kind == "org"


def test_a_surname_alone_described_by_a_job_is_a_person():
    found = people("Tamm, a former prime minister, said the tariffs would hurt exporters. "
                   "Reuters, a news agency, said the tariffs would hurt exporters.")
    assert found["Tamm"].kind == "person"
    assert roles(found["Tamm"]) == ["former prime minister"]
    assert found["Reuters"].kind == "org"


def test_a_name_described_by_an_age_and_an_occupation_is_a_person():
    # The tagger reads the unfamiliar name as a place; the age's hyphens and the
    # occupation after it ("physics teacher") say it is a person.
    found = people("Karim Mezoughi, a 47-year-old physics teacher at the town's technical "
                   "lycee, won the seat with 7,412 votes against 5,961 for Amel Ben Rejeb.")
    assert found["Karim Mezoughi"].kind == "person"
    firm = people("Northgate Holdings, a 40-year-old family business, won the tender.")
    assert firm["Northgate Holdings"].kind == "org"


def test_a_fact_box_list_of_titled_people_gives_each_their_title():
    found = people(
        "Who was in the room? Treasury Secretary Dan Reed and Trade Representative Ann Cole "
        "for Washington; Vice Premier He Lianfeng and Finance Minister Liang Weiming for "
        "Beijing.")
    assert roles(found["Dan Reed"]) == ["Treasury Secretary"]
    assert roles(found["Ann Cole"]) == ["Trade Representative"]
    assert roles(found["Liang Weiming"]) == ["Finance Minister"]
    assert roles(found["He Lianfeng"]) == ["Vice Premier"]


def test_a_headline_of_capitalised_words_still_names_no_one_new():
    assert not people("Trade Deal Framework Quick Looks As Markets Rally In Asia")
