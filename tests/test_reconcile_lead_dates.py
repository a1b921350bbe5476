"""Days and clock times of one happening told differently by two outlets (issue 11).

Each test has sentences written here, in voices other than the example corpus's (a central
bank, an appeals court, a launch, an election, a quake, a trade round), and a control that
must not be reported: one moment on two calendars, two slots of one story (an announcement
and its effect), a later happening, the report's own day.
"""

from __future__ import annotations

import pytest
from test_reconcile import reconcile_texts

MAR14 = "2025-03-14T09:00:00+00:00"


def told(*reports: tuple[str | None, str], kinds: tuple[str, ...] = ("date",)) -> list[set[str]]:
    """The values of each date (or other ``kinds``) discrepancy of one story of
    ``(published, text)`` reports, one outlet each ("text:2025-03-04": a dateline's date)."""
    dates, texts = zip(*reports, strict=True)
    rec = reconcile_texts(*texts, published=dates)
    return [{v.value for v in d.values} for d in rec.discrepancies if d.kind in kinds]


def days(found: list[set[str]]) -> list[set[str]]:
    """Each discrepancy's values cut to their ISO day or weekday."""
    return [{v.split(" ")[0] for v in values} for values in found]


def test_lead_days_in_unlike_sentences_and_two_formats_conflict() -> None:
    found = told(
        (MAR14, "The Reserve Board of Talvia held its benchmark rate at 4.25 per cent. The "
                "nine-member policy committee voted on 12 March to leave borrowing costs "
                "unchanged, citing sticky services inflation."),
        (MAR14, "Talvia's central bank kept its key interest rate on hold at 4.25%. "
                "Policymakers reached the decision at their meeting on March 13th, the bank "
                "said in a statement."),
    )
    assert days(found) == [{"2025-03-12", "2025-03-13"}]


def test_one_day_in_two_formats_is_no_conflict() -> None:
    assert told(
        (MAR14, "The central bank cut its policy rate by a quarter point on Wednesday, "
                "March 12, 2025."),
        (MAR14, "On 12 March the central bank lowered its main rate by 25 basis points."),
    ) == []


def test_weekdays_resolved_against_the_publication_date() -> None:
    launch = ("The uncrewed Vesta rocket lifted off from the Kerrin coastal pad on {}, "
              "reaching orbit after nine minutes.")
    other = ("Kerrin Aerospace's Vesta booster blasted off on {} from its coastal launch "
             "site and reached orbit, the company said.")
    assert days(told((MAR14, launch.format("Thursday")), (MAR14, other.format("Wednesday")))) \
        == [{"2025-03-12", "2025-03-13"}]
    # "yesterday" in a report of the 13th and "Wednesday" in one of the 12th: one day.
    assert told(("2025-03-13T08:00:00+00:00", launch.format("yesterday")),
                ("2025-03-12T19:00:00+00:00", other.format("Wednesday"))) == []


def test_one_moment_on_two_calendars_is_no_conflict() -> None:
    new_york, hong_kong = "2025-03-12T23:30:00-05:00", "2025-03-13T14:30:00+08:00"
    west = "The Vesta rocket exploded shortly after liftoff on March {}, scattering debris."
    east = "The Vesta rocket exploded shortly after liftoff on March {}, scattering wreckage."
    assert told((new_york, west.format(12)), (hong_kong, east.format(13))) == []
    # The eastern outlet's day earlier than the western one's: no time zone explains it.
    assert days(told((new_york, west.format(13)), (hong_kong, east.format(12)))) == [
        {"2025-03-12", "2025-03-13"}]
    # Two zones written in the sentences: "9 p.m. Eastern time" is "9 a.m. Beijing time" in
    # March, US summer time begun.
    assert told(
        (MAR14, "The Kestrel rocket lifted off at 9 p.m. Eastern time on Wednesday from the "
                "Florida coast."),
        (MAR14, "The Kestrel rocket lifted off at 9 a.m. Beijing time on Thursday from the "
                "Florida coast."), kinds=("date", "time")) == []


def test_an_announcement_and_its_effect_are_two_slots() -> None:
    assert told(
        (MAR14, "The ministry announced the new steel tariffs on March 12, raising duties to "
                "25 percent."),
        (MAR14, "The new 25 percent steel tariffs take effect on March 13, the ministry "
                "said."),
    ) == []
    assert told(
        (MAR14, "The commerce ministry announced on Tuesday a 25% duty on imported steel "
                "coils to protect domestic mills."),
        (MAR14, "A 25% duty on imported steel coils came into force on Wednesday, the "
                "commerce ministry said, as domestic mills welcomed the measure."),
    ) == []


def test_a_later_happening_the_earlier_report_could_not_tell() -> None:
    # The hearing's report is of the 11th; the ruling, on the 12th, is after it.
    assert told(
        ("2025-03-12T19:00:00+00:00", "A federal judge on Wednesday temporarily blocked the "
         "agency's layoffs, ruling that the cuts likely broke the law."),
        ("2025-03-11T22:00:00+00:00", "At a hearing on Tuesday, a federal judge sharply "
         "questioned government lawyers over the agency's mass layoffs."),
    ) == []
    # A day later report misdating the vote: its day is the first report's own day.
    assert days(told(
        ("2025-03-04T07:00:00+00:00", "Lawmakers in Dorvia approved the long-delayed budget "
         "on Monday after an all-night session, sending it to the president for signature."),
        ("2025-03-05T09:00:00+00:00", "The Dorvian parliament passed the long-delayed budget "
         "on Tuesday following a marathon overnight sitting, sending it to the president "
         "for signature."),
    )) == [{"2025-03-03", "2025-03-04"}]


def test_a_sequel_told_the_same_hour_is_another_happening() -> None:
    # Both published together, each giving one day: the arrest is told as the shooting's
    # sequel, so its day is not the shooting's.
    assert told(
        (MAR14, "Police arrested a 24-year-old man on Thursday in connection with the mall "
                "shooting that left three people dead."),
        (MAR14, "A gunman killed three people and wounded five at the Riverside mall on "
                "Wednesday before fleeing on foot."),
    ) == []


def test_talks_that_open_and_end_are_two_moments() -> None:
    assert told(
        (MAR14, "Negotiators from both countries opened trade talks in London on Monday, "
                "March 10, seeking relief from export curbs."),
        (MAR14, "The trade talks in London ended on March 11 with both delegations seeking "
                "relief from export curbs."),
    ) == []
    assert days(told(
        (MAR14, "Negotiators from both countries opened trade talks in London on Monday, "
                "March 10, seeking relief from export curbs."),
        (MAR14, "The trade talks began on March 11 at Lancaster House, with both delegations "
                "seeking relief from export controls."),
    )) == [{"2025-03-10", "2025-03-11"}]


@pytest.mark.parametrize("written", ["3 March 3025", "March 3, 3025"])
def test_a_year_typed_wrong(written: str) -> None:
    found = told(
        (MAR14, f"The two governments signed the fisheries accord in Halvik on {written}, "
                "ending a decade of disputes."),
        (MAR14, "Ministers signed the fisheries accord in Halvik on 3 March 2025, ending ten "
                "years of disputes over quotas."),
    )
    assert len(found) == 1 and any("3025" in v for v in found[0])
    assert told(
        (MAR14, "The two governments signed the fisheries accord in Halvik on 3 March 2025."),
        (MAR14, "Ministers signed the fisheries accord in Halvik on March 3, 2025."),
    ) == []


def test_undated_reports_lead_weekdays() -> None:
    found = told(
        (None, "The Kestrel rocket exploded over the test range on Thursday, about a minute "
               "after liftoff. Nobody was hurt."),
        (None, "A Kestrel rocket blew up on Friday roughly sixty seconds into its test "
               "flight, the company said."),
    )
    assert days(found) == [{"Thursday", "Friday"}]
    # The report's own day ("officials said Saturday") and a night across midnight.
    assert told(
        (None, "A bomb exploded at a bank in Woodburn late Friday, killing a police officer "
               "and a bomb technician."),
        (None, "An explosion at a bank killed a police officer and a bomb technician, "
               "officials said Saturday."),
    ) == []
    assert told(
        (None, "An inmate escaped from a prison van near Riverton after pulling a gun on two "
               "guards, according to a prison statement Monday."),
        (None, "The prison agency has replaced the warden of the Riverton unit where an "
               "inmate got the gun he used to escape, the agency announced Tuesday."),
    ) == []
    assert told(
        (None, "An overnight fire Friday destroyed the old mill church, causing an estimated "
               "$1 million in damage."),
        (None, "A suspicious fire destroyed the old mill church early Saturday, investigators "
               "said."),
    ) == []


def test_a_happening_going_on_another_day() -> None:
    assert told(
        (None, "A key witness identified the teenager on Tuesday as the gunman in the "
               "murder trial."),
        (None, "Testimony in the murder trial of the teenager continued for a second day on "
               "Wednesday."),
    ) == []


def test_clock_times_in_two_zones_and_on_a_24_hour_clock() -> None:
    times = ("time",)
    assert told(
        (MAR14, "The cargo ship struck the bridge pier at around 9 a.m. Hong Kong time, "
                "halting traffic across the harbour."),
        (MAR14, "The freighter hit a pier of the bridge at 10:20 a.m. local time, bringing "
                "traffic to a standstill."), kinds=times) != []
    assert told(
        (MAR14, "The rocket lifted off at 14:05 local time from the island spaceport."),
        (MAR14, "The rocket lifted off at 2:35 p.m. local time from the island spaceport."),
        kinds=times) == [{"at 14:05 local time", "at 2:35 p.m. local time"}]
    assert told(
        (MAR14, "The rocket lifted off at 14:05 local time from the island spaceport."),
        (MAR14, "The rocket lifted off at 2:05 p.m. local time from the island spaceport."),
        kinds=times) == []
    # Two moments 70 minutes apart in sentences sharing one word: two happenings.
    assert told(
        (MAR14, "A neighbour said he looked outside his office at about 4:20 p.m. and saw "
                "smoke."),
        (MAR14, "Staff across the street from the office were told at 5:30 p.m. to go home."),
        kinds=times) == []


def test_one_date_given_two_weekdays() -> None:
    found = told(
        (MAR14, "The electoral commission certified the results on Thursday, March 12, "
                "clearing the way for a new cabinet."),
        (MAR14, "The electoral commission certified the results on Wednesday, March 12, "
                "opening the way for a new cabinet."),
    )
    assert found == [{"Thursday, March 12", "Wednesday, March 12"}]
    # Two years written: two days that share a month and a day.
    assert told(
        (MAR14, "The commission first met on Thursday, March 12, 2020, and again on "
                "Wednesday, March 12, 2025."),
        (MAR14, "The commission, which first met on Thursday, March 12, 2020, certified the "
                "results."),
    ) == []


def test_a_guessed_year_is_no_evidence() -> None:
    # A dateline without a year ("March 4") read as 2024 to fit "Monday": in the other
    # report's year, 2025, March 4 is a Tuesday, so this report's "Monday" is March 3.
    found = told(
        ("text:2024-03-04", "MERIDIAN CITY, March 4 — The city council voted on Monday to "
                            "close the old harbour bridge to heavy trucks after engineers "
                            "found corrosion."),
        ("2025-03-05T10:00:00+00:00", "Meridian City's council voted on Tuesday to ban "
                                      "heavy trucks from the old harbour bridge, citing "
                                      "corrosion found by engineers."),
    )
    assert days(found) == [{"2025-03-03", "2025-03-04"}]


def test_a_happening_against_its_end_with_the_same_words() -> None:
    assert days(told(
        (MAR14, "The striking nurses returned to work last Tuesday after a deal on staffing "
                "ratios, the union said in a bulletin."),
        (MAR14, "Nurses ended their nine-day strike and returned to wards on Wednesday, after "
                "agreeing a deal on staffing levels."),
    )) == [{"2025-03-11", "2025-03-12"}]


def test_longer_reports_with_other_days_around() -> None:
    # The launch "ended in failure" on one day, "broke apart" on another; the reports name
    # different places and a clock time of the publication day that dates nothing.
    found = told(
        ("2025-05-28T06:00:00+00:00", "The Halcyon rocket lost control and broke apart over "
         "the Southern Ocean on its fourth test flight on Tuesday, May 27. The company had "
         "hoped to deploy dummy satellites. Its founder said the next flights would come "
         "faster. Regulators said they would require a mishap investigation."),
        ("2025-05-28T11:00:00+00:00", "Halcyon's fourth flight ended in failure on May 26 "
         "when the vehicle spun out of control about 30 minutes after launch from Kerrin "
         "Point. A fuel leak was blamed, the company said at 2 p.m. It was the third failure "
         "of the upper stage this year."),
    )
    assert days(found) == [{"2025-05-26", "2025-05-27"}]


def test_days_told_relative_to_the_report() -> None:
    evening = "2025-03-05T23:00:00+00:00"
    assert days(told(
        (evening, "The finance ministry unveiled its long-awaited budget this morning, "
                  "promising tax cuts for low earners."),
        (evening, "The finance ministry presented the budget on Tuesday, with tax relief for "
                  "low-income households."),
    )) == [{"2025-03-04", "2025-03-05"}]
    assert days(told(
        (evening, "Rebels shelled the northern airport tonight, killing two soldiers, the "
                  "army said."),
        (evening, "Rebel artillery hit the northern airport last night, killing two soldiers, "
                  "according to the army."),
    )) == [{"2025-03-04", "2025-03-05"}]
