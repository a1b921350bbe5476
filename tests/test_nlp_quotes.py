"""Quotes: direct and reported, cue, speaker as written and resolved."""

from __future__ import annotations

import pytest

from storyline.nlp import analyze, load_model
from storyline.nlp.quotes import find_quoted
from storyline.records import Article, Quote


@pytest.fixture(scope="module", autouse=True)
def _model():
    load_model()


def quotes(text: str) -> list[Quote]:
    return analyze(Article(text=text)).quotes


def only(found: list[Quote], kind: str = "direct") -> Quote:
    picked = [q for q in found if q.kind == kind]
    assert len(picked) == 1, picked
    return picked[0]


@pytest.mark.parametrize(
    "opening, closing",
    [("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“")],
)
def test_every_quote_mark_style_is_found(opening, closing):
    text = f"{opening}We will not raise taxes this year{closing}, the governor said."
    q = only(quotes(text))
    assert q.text == "We will not raise taxes this year"
    assert text[q.start : q.end] == q.text


def test_single_quotes_ignore_apostrophes():
    spans = find_quoted("It’s over, ‘we don’t need them’ and that’s it.")
    assert len(spans) == 1


def test_cue_after_the_quote_with_a_pronoun_resolves_to_the_last_person():
    text = (
        "Sarah Klein, a senior economist at Moody's Analytics, has followed the data for years. "
        "“Inflation is cooling faster than anyone expected,” she said."
    )
    q = only(quotes(text))
    assert q.speaker_text == "she"
    assert q.speaker == "Sarah Klein"
    assert q.cue == "said"
    assert text[q.speaker_start : q.speaker_end] == "she"


def test_surname_speaker_with_told_reporters_cue():
    text = (
        "Foreign Minister Annalena Baerbock arrived in Kyiv on Monday. "
        "“Ukraine can count on us,” Baerbock told reporters."
    )
    q = only(quotes(text))
    assert q.speaker == "Annalena Baerbock"
    assert q.speaker_text == "Baerbock"
    assert q.cue == "told reporters"


def test_quote_split_by_its_cue_across_sentences_is_one_quote():
    text = (
        "“We had to act quickly,” Mayor Karen Bass said. “Now we can begin to rebuild.”\n"
        "The fires destroyed thousands of homes."
    )
    q = only(quotes(text))
    assert "We had to act quickly" in q.text and "Now we can begin to rebuild." in q.text
    assert q.speaker == "Karen Bass"


def test_quote_split_by_its_cue_within_one_sentence_is_one_quote():
    text = "“The market is resilient,” said analyst Tom Reyes, “but the risks are growing.”"
    q = only(quotes(text))
    assert "resilient" in q.text and "risks are growing" in q.text
    assert q.speaker == "Tom Reyes"


def test_cue_before_the_quote_with_a_colon():
    text = (
        "President Emmanuel Macron addressed the nation on Sunday, warning: "
        "“We are at war with the virus.”"
    )
    q = only(quotes(text))
    assert q.speaker == "Emmanuel Macron"
    assert q.cue == "warning"


def test_a_standalone_quote_paragraph_takes_the_speaker_just_introduced():
    text = (
        "Finance Minister Chrystia Freeland defended the budget in Parliament on Tuesday.\n"
        "“This is a plan for the middle class, and we are proud of it.”"
    )
    q = only(quotes(text))
    assert q.speaker == "Chrystia Freeland"


def test_the_minister_resolves_to_the_person_with_that_role():
    text = (
        "Rachel Reeves, Britain's finance minister, presented the budget on Wednesday. "
        "Opposition leaders criticised it. “Growth is our priority,” the minister said."
    )
    q = only(quotes(text))
    assert q.speaker_text == "the minister"
    assert q.speaker == "Rachel Reeves"


def test_scare_quotes_are_not_quotes():
    text = "The company called the deal “historic” and promised a “new era” for workers."
    assert [q for q in quotes(text) if q.kind == "direct"] == []


def test_a_short_quote_with_its_own_cue_is_kept():
    text = "“Absolutely,” the senator replied when asked about the vote."
    q = only(quotes(text))
    assert q.text == "Absolutely"


def test_reported_speech_with_said_that():
    text = (
        "Health Secretary Wes Streeting said that hospitals would receive extra funding "
        "this winter."
    )
    q = only(quotes(text), "indirect")
    assert q.text == "hospitals would receive extra funding this winter"
    assert q.speaker == "Wes Streeting"
    assert q.cue == "said"


def test_reported_speech_after_an_apposition_without_that():
    text = (
        "Jerome Powell, the chair of the Federal Reserve, said the central bank was prepared "
        "to cut interest rates if the labour market weakened."
    )
    q = only(quotes(text), "indirect")
    assert q.text.startswith("the central bank was prepared to cut interest rates")
    assert q.speaker == "Jerome Powell"


def test_according_to_attributes_the_clause():
    text = "According to the Interior Ministry, more than 200 people were detained overnight."
    q = only(quotes(text), "indirect")
    assert q.cue == "according to"
    assert q.text == "more than 200 people were detained overnight"
    assert "Interior Ministry" in (q.speaker_text or "")


def test_confirmed_via_a_medium_that():
    text = (
        "Deputy Minister Olena Kovalenko confirmed via the state news agency that the two "
        "sides had agreed on a prisoner exchange."
    )
    q = only(quotes(text), "indirect")
    assert q.cue == "confirmed"
    assert q.text.startswith("the two sides had agreed")
    assert q.speaker == "Olena Kovalenko"


def test_reported_speech_with_a_short_quoted_phrase_stays_indirect():
    text = (
        "Chancellor Olaf Scholz stressed that the talks had been “constructive” and "
        "that Germany would keep supporting Kyiv."
    )
    found = quotes(text)
    assert [q.kind for q in found] == ["indirect"]
    assert found[0].speaker == "Olaf Scholz"


def test_said_in_a_statement_is_part_of_the_cue():
    text = (
        "The European Commission said in a statement that it would open an investigation "
        "into the merger."
    )
    q = only(quotes(text), "indirect")
    assert q.cue == "said in a statement"
    assert q.speaker == "European Commission"


def test_any_verb_right_after_the_closing_mark_is_the_cue():
    text = (
        "The senator was asked about the bill.\n"
        "“That is simply not going to happen,” Senator Ron Wyden fumed on Tuesday."
    )
    q = only(quotes(text))
    assert q.speaker == "Ron Wyden"
    assert q.cue == "fumed"


def test_cue_in_the_next_sentence_after_a_question():
    text = "“Is that all there is?” the governor asked. Nobody answered."
    q = only(quotes(text))
    assert q.speaker_text == "the governor"


def test_quote_running_over_several_paragraphs_is_one_quote():
    text = (
        "The minister read a statement to reporters:\n"
        "“We have done everything we could to protect the town.\n"
        "“The river rose faster than any model predicted, and we will learn from that,” "
        "Environment Minister Steven Guilbeault said."
    )
    q = only(quotes(text))
    assert q.text.startswith("We have done everything")
    assert q.text.endswith("learn from that")
    assert q.speaker == "Steven Guilbeault"


def test_parenthetical_cue_inside_the_reported_clause():
    text = "The new rules, the regulator said, would take effect in January."
    q = only(quotes(text), "indirect")
    assert q.speaker_text == "the regulator"
    assert "new rules" in q.text and "take effect in January" in q.text


def test_content_after_the_cue_clause_ending_the_sentence():
    text = "Prices will keep rising through the summer, analysts at Barclays said on Monday."
    q = only(quotes(text), "indirect")
    assert q.text == "Prices will keep rising through the summer"
    assert q.speaker_text.startswith("analysts")


def test_a_stance_inside_someone_elses_report_is_not_a_second_quote():
    text = "Senator Lisa Murkowski said the governor wants a new pipeline by 2030."
    found = quotes(text)
    assert len(found) == 1
    assert found[0].speaker == "Lisa Murkowski"


def test_stance_verbs_with_an_object_are_reported_content():
    text = "Mayor Brandon Johnson criticized the state budget for cutting transit funds."
    q = only(quotes(text), "indirect")
    assert q.cue == "criticized"
    assert q.text.startswith("the state budget")
    assert q.speaker == "Brandon Johnson"


def test_a_noun_holding_someones_words_is_a_cue():
    text = "The union raised concerns about the pension reform at Monday's meeting."
    q = only(quotes(text), "indirect")
    assert q.text.startswith("the pension reform")
    assert q.speaker_text == "The union"


def test_who_is_the_speaker_mention_and_its_antecedent_the_speaker():
    text = (
        "The bill was opposed by Senator Mitch McConnell, who said it would raise taxes "
        "on small businesses."
    )
    q = next(q for q in quotes(text) if q.cue == "said")
    assert q.speaker_text == "who"
    assert q.speaker == "Mitch McConnell"


def test_is_speech_tells_words_from_stances():
    from storyline.nlp.quotes import is_speech

    said = only(quotes("Officials said the bridge would reopen in May."), "indirect")
    stance = only(quotes("Mayor Brandon Johnson criticized the state budget for cutting transit "
                         "funds."), "indirect")
    assert is_speech(said)
    assert not is_speech(stance)


def test_a_dash_line_after_the_quotation_names_the_speaker():
    text = (
        "Readers wrote in about the election.\n\n"
        "“The whole campaign has been far too negative for my taste.”\n\n"
        "- Maria Delgado, Tucson."
    )
    q = only(quotes(text))
    assert q.speaker_text == "Maria Delgado"


def test_a_pull_quote_names_its_speaker_after_the_dash_not_the_person_before_it():
    text = (
        "The committee voted six to three. The chief economist, Rhys Llewellyn, preferred to "
        "hold rates and argued that inflation remained too high.\n"
        "‘We are not on a pre-set path’ — Margaret Hale\n"
        "Consumer prices rose 3.1 per cent in January."
    )
    q = only(quotes(text))
    assert q.speaker_text == "Margaret Hale"
    # a dash inside a sentence's quotation is no pull quote
    said = quotes("Llewellyn said prices were “too high — Hale knows it” and left.")
    assert all(x.speaker_text != "Hale knows it" for x in said)


def test_a_name_and_a_colon_before_the_quotation_name_its_speaker():
    text = (
        "Treasury Secretary Daniel Whitcombe led the American side at the talks in Oslo. "
        "The line of the day came from Trade Representative Maria Castellanos: “The "
        "conversations were constructive and candid, and we now have a path forward.”"
    )
    q = only(quotes(text))
    assert q.speaker == "Maria Castellanos"
    # a cue after the quotation still wins: the name before the colon is whom it is about
    text = ("Daniel Whitcombe turned on Maria Castellanos: “She has never run a business,” "
            "Whitcombe said.")
    assert only(quotes(text)).speaker == "Daniel Whitcombe"


def test_the_verb_governing_a_quotation_inside_a_sentence_is_its_cue():
    text = (
        "Governor Roy Cooper blamed the legislature's “reckless cuts to public schools and "
        "teacher pay” for the shortage."
    )
    q = only(quotes(text))
    assert q.speaker == "Roy Cooper"
    assert q.cue == "blamed"


# ------------------------------------------------------------------ wider constructions


def test_irregular_past_forms_are_cues():
    text = "A state audit found that the agency had overpaid its contractors for years."
    q = only(quotes(text), "indirect")
    assert q.cue == "found"
    assert q.text.startswith("the agency had overpaid")
    assert q.speaker_text == "A state audit"


def test_two_apostrophes_stand_for_a_double_quote_mark():
    text = "''We will not back down from this fight,'' the mayor said on Friday."
    q = only(quotes(text))
    assert q.text == "We will not back down from this fight"
    assert q.speaker_text == "the mayor"


@pytest.mark.parametrize(
    "text, content",
    [
        ("The merger is expected to close early next spring.", "The merger"),
        ("Investors seem to agree with the new pricing plan.", "Investors"),
    ],
)
def test_expectations_and_appearances_have_no_source(text, content):
    q = only(quotes(text), "indirect")
    assert q.text.startswith(content)
    assert q.speaker_text is None


def test_a_passive_cue_speaks_through_its_agent_not_its_subject():
    text = "The senator was asked by a local reporter whether she would run again."
    found = quotes(text)
    assert found and all(q.speaker_text != "The senator" for q in found)
    assert any(q.speaker_text == "a local reporter" for q in found)


def test_asked_about_it_the_addressee_is_not_the_speaker_of_the_question():
    text = "Asked about the budget gap, Mayor Karen Bass said the city would cut overtime."
    said = next(q for q in quotes(text) if q.cue == "said")
    assert said.speaker == "Karen Bass"
    assert all(q.speaker != "Karen Bass" for q in quotes(text) if q.cue == "Asked")


def test_a_passive_stance_names_its_agent_as_the_source():
    text = "The new zoning plan was sharply criticized by neighborhood groups on Monday."
    q = only(quotes(text), "indirect")
    assert q.text.startswith("The new zoning plan")
    assert q.speaker_text == "neighborhood groups"


def test_accused_someone_of_something():
    text = "The governor accused Senator Mark Dolan of stalling the state budget."
    q = only(quotes(text), "indirect")
    assert q.text.startswith("Senator Mark Dolan of stalling")
    assert q.speaker_text == "The governor"


def test_a_single_name_can_be_what_a_stance_is_about():
    q = only(quotes("Governor Tina Kotek endorsed Martinez on Tuesday."), "indirect")
    assert q.text == "Martinez"
    assert q.speaker == "Tina Kotek"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The union released a letter saying the contract was unfair to nurses.", "a letter"),
        ("She ended the meeting by saying the vote would have to wait.", "She"),
    ],
)
def test_participle_cues_take_the_noun_or_clause_they_hang_on(text, speaker):
    q = next(q for q in quotes(text) if q.cue == "saying")
    assert q.speaker_text == speaker


def test_labelled_transcript_and_headline_lines():
    text = (
        "GARCIA: We have to finish the bridge before the winter comes.\n"
        "Photo: A crowd gathers outside the courthouse on Monday.\n"
        "Rivera: City Budget Will Not Cover New Buses\n"
    )
    found = [q for q in quotes(text) if q.cue == ":"]
    assert [q.speaker_text for q in found] == ["GARCIA", "Rivera"]
    assert found[0].text == "We have to finish the bridge before the winter comes"


@pytest.mark.parametrize(
    "text, speaker, starts",
    [
        ("The new stadium is widely seen as a gift to the team's owners.", None,
         "The new stadium"),
        ("Many farmers view the tariff as a threat to their exports.", "Many farmers",
         "the tariff as a threat"),
        ("Councilwoman Maria Lopez sided with the tenants in the rent dispute.", "Maria Lopez",
         "the tenants"),
        ("The board decided to delay the vote until March.", "The board", "to delay"),
        ("Regulators remain wary of the bank's expansion plans.", "Regulators",
         "the bank's expansion"),
    ],
)
def test_stances_beyond_speech_verbs(text, speaker, starts):
    q = only(quotes(text), "indirect")
    assert q.text.startswith(starts)
    assert q.speaker_text == speaker


def test_a_name_inside_a_clause_on_the_subject_is_not_the_speaker():
    text = "Two groups supporting Senator Amy Klobuchar said the new ad would run in Iowa."
    q = next(q for q in quotes(text) if q.cue == "said")
    assert q.speaker_text == "Two groups"


def test_a_quote_paragraph_left_open_runs_to_the_next_paragraphs_closing_mark():
    # the second paragraph's opening mark was lost in copying; its closing mark ends the quote
    text = (
        "“The storm hit harder than we planned for,” harbour master Ines Dall said.\n"
        "“We moved the ferries inland on Monday night.\n"
        "The crews worked until dawn and nobody was hurt.”\n"
        "The port reopened on Wednesday."
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text.split()[0] for q in found] == ["The", "We"]
    assert found[1].text.endswith("nobody was hurt.")
    assert all(q.speaker == "Ines Dall" for q in found)


def test_a_mistyped_closing_mark_closes_the_quote():
    text = ("“The deals should never have been offered,\" committee chairman Abel Moss said on "
            "Friday, adding that they were handed out \"like sweets.\"")
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert direct and direct[0].text == "The deals should never have been offered"
    assert direct[0].speaker == "Abel Moss"


def test_a_stray_straight_mark_opening_a_paragraph_is_no_quote():
    text = "The hall went quiet before the count.\n\"The doors closed at ten and the tally began.\n"
    assert not [q for q in quotes(text) if q.kind == "direct"]


def test_a_speakers_quotes_run_on_until_someone_else_is_named():
    said = "“We will rebuild the pier this year,” Mayor Tilde Rask said on Monday.\n"
    middle = "The pier was built in 1931. It has been closed since the storm.\n"
    later = "“Every family in this town uses that pier, and we will not let it go.”\n"
    q = [q for q in quotes(said + middle + later) if q.kind == "direct"][-1]
    assert q.text.startswith("Every family") and q.speaker == "Tilde Rask"
    # a person named in between may be the one speaking: no speaker is guessed
    other = "The pier was built in 1931 by Oskar Brandt. It has been closed since the storm.\n"
    q = [q for q in quotes(said + other + later) if q.kind == "direct"][-1]
    assert q.text.startswith("Every family") and q.speaker != "Tilde Rask"


@pytest.mark.parametrize("cue_end", [":", ","])
def test_a_cue_ending_the_paragraph_before_names_the_quoted_paragraphs_speaker(cue_end):
    # Web pages put the quotation in a paragraph of its own under "X, who ..., commented:".
    text = ('"The levy will hurt growers," Senator Ruth Almeida said.\n'
            "Tomas Berg, director of the Farmers' Union grain desk, commented" + cue_end + "\n"
            '"Nobody asked us before the tariff was set, so we will fight it in court.\n'
            'We have lawyers ready and the growers behind us."')
    found = [q for q in quotes(text) if "Nobody asked us" in q.text]
    assert len(found) == 1 and found[0].speaker == "Tomas Berg"


def test_a_paragraph_ending_without_a_cue_does_not_lend_its_words():
    text = ('"The levy will hurt growers," Senator Ruth Almeida said.\n'
            "The union met on Friday in the grain hall.\n"
            '"Nobody asked us before the tariff was set, so we will fight it in court."')
    found = [q for q in quotes(text) if "Nobody asked us" in q.text]
    assert all(q.speaker != "Tomas Berg" for q in found)
