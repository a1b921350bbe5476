"""Reconciliation: one story's articles compared, with every item's evidence kept.

``reconcile(story, items)`` merges people across articles (name variants flagged), aligns
quotes, figures and dated events, groups sentences into claims (corroborated, single-source
or conflicting, near-copies never counting as independent), finds framing differences and
sums up each outlet's coverage. It is pure: records in, a ``Reconciliation`` out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from storyline.records import Analysis, Article, Assignment, Story

from .addresses import address_conflicts
from .attributes import attribute_conflicts
from .bearings import bearing_conflicts
from .casualties import casualty_conflicts
from .claims import (
    cluster_claims,
    corroborate_contained,
    mark_conflicts,
    negation_conflicts,
    unique_details,
)
from .clock_times import clock_conflicts, story_clock_times
from .confidence import StoryContext, score_reports
from .coverage import outlet_coverage
from .date_conflicts import date_conflicts, typo_years
from .dates import borrow_dates, dated_events, resolve_undated
from .day_parts import day_part_conflicts
from .deadlines import deadline_conflicts, new_days
from .durations import find_durations
from .event_days import event_day_conflicts
from .event_years import year_conflicts
from .evidence import build_docs
from .figures import align_figures, format_value
from .flight_numbers import flight_number_conflicts
from .framing import framing_discrepancies
from .happening_lengths import happening_length_conflicts
from .headlines import headline_slips
from .key_numbers import key_number_conflicts
from .landings import landing_conflicts
from .lead_dates import lead_date_conflicts
from .measure_terms import measure_term_conflicts
from .model import (
    CONFLICTING,
    CORROBORATED,
    SINGLE_SOURCE,
    AlignedFigure,
    AlignedQuote,
    Citation,
    Claim,
    ClaimDetail,
    DatedEvent,
    Discrepancy,
    DiscrepancyValue,
    DurationMention,
    FigureValue,
    MergedPerson,
    NameVariant,
    OutletCoverage,
    QuoteVariant,
    Reconciliation,
    RoleEvidence,
    SourceArticle,
)
from .moves import move_conflicts
from .name_spellings import (
    given_name_variants,
    initials_variants,
    nickname_variants,
    proper_name_variants,
)
from .nationalities import nationality_conflicts
from .next_dates import next_date_conflicts
from .offsets import offset_conflicts
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .ordinals import ordinal_conflicts
from .outcomes import outcome_conflicts
from .parties import party_conflicts
from .past_events import past_event_year_conflicts
from .people import merge_people
from .percent_points import points_vs_percent
from .place_slots import place_slot_conflicts
from .places import place_conflicts
from .projected_moves import projected_move_conflicts
from .quotes import align_quotes
from .role_holders import role_holder_conflicts
from .role_names import role_name_conflicts
from .space import SentenceSpace
from .statement_places import statement_place_conflicts
from .statements import fold_lengths, number_slot_conflicts, uncovered
from .swapped import swapped_names
from .tallies import not_reported, tally_conflicts
from .tariff_goods import good_rate_conflicts, tariff_goods_conflicts
from .titles import title_conflicts
from .venues import venue_conflicts
from .verb_times import verb_times_conflicts
from .votes import vote_conflicts
from .weekdays import (
    weekday_against_calendar,
    weekday_conflicts,
    weekday_mentions,
    weekday_of_date_conflicts,
)
from .windows import window_conflicts
from .word_slots import word_slot_conflicts
from .year_ends import year_end_conflicts

log = logging.getLogger(__name__)

__all__ = [
    "CONFLICTING",
    "CORROBORATED",
    "SINGLE_SOURCE",
    "AlignedFigure",
    "AlignedQuote",
    "Citation",
    "Claim",
    "ClaimDetail",
    "DatedEvent",
    "Discrepancy",
    "DiscrepancyValue",
    "DurationMention",
    "FigureValue",
    "MergedPerson",
    "NameVariant",
    "OutletCoverage",
    "QuoteVariant",
    "ReconcileOptions",
    "Reconciliation",
    "RoleEvidence",
    "SourceArticle",
    "format_value",
    "reconcile",
]


def _tag(rule: str, found: list[Discrepancy]) -> list[Discrepancy]:
    """Name the reading that found each report (the confidence model reads it)."""
    for d in found:
        d.rule = d.rule or rule
    return found


def _by(reading: Callable[..., list[Discrepancy]], *args: Any) -> list[Discrepancy]:
    """Run one reading and name it on what it found."""
    return _tag(reading.__name__, reading(*args))


_ORDER = {"name": 0, "title": 0, "figure": 1, "date": 2, "time": 3, "place": 4, "detail": 4,
          "quote": 5, "claim": 6, "framing": 7}


def reconcile(
    story: Story,
    items: Sequence[tuple[Article, Analysis, Assignment | None]],
    options: ReconcileOptions | None = None,
) -> Reconciliation:
    """Compare a story's articles: people, quotes, figures, dates, claims, coverage."""
    options = options or DEFAULT_OPTIONS
    items = sorted(items, key=lambda it: (it[0].published or "", it[0].id))
    docs = build_docs(items)
    space = SentenceSpace(docs)
    people, name_discs = merge_people(docs, options)
    _tag("merge_people", name_discs)
    name_discs += [*_by(given_name_variants, docs, people), *_by(nickname_variants, docs),
                   *_by(initials_variants, docs)]
    name_discs += uncovered(_by(proper_name_variants, docs, people), name_discs)
    quotes, quote_discs = align_quotes(docs, people, options)
    _tag("align_quotes", quote_discs)
    claims, claim_of = cluster_claims(docs, space, options=options)
    corroborate_contained(claims, docs, options)
    # Undated articles get their dates first: figures and events read them.
    borrow_dates(docs, space, claim_of, options)
    resolve_undated(docs)
    figures, figure_discs = align_figures(docs, space, options)
    _tag("align_figures", figure_discs)
    figure_discs += _by(points_vs_percent, docs, space, options)
    figure_discs += not_reported(_by(tally_conflicts, docs, space, options), figure_discs)
    events = dated_events(docs, space, claim_of, options)
    date_discs = [*_by(date_conflicts, docs, space, claim_of, options), *_by(typo_years, docs)]
    date_discs += uncovered(_by(lead_date_conflicts, docs, space, options), date_discs)
    date_discs += uncovered(_by(weekday_of_date_conflicts, docs), date_discs)
    date_discs += uncovered(_by(weekday_against_calendar, docs), date_discs)
    date_discs += uncovered(_by(deadline_conflicts, docs, options), date_discs)
    dated = {(c.article_id, c.sentence_index) for d in date_discs for v in d.values
             for c in v.citations}
    weekdays = weekday_mentions(docs)
    date_discs += [d for d in _by(weekday_conflicts, docs, space, options, weekdays)
                   if not any((c.article_id, c.sentence_index) in dated
                              for v in d.values for c in v.citations)]
    date_discs += uncovered(_by(event_day_conflicts, docs, weekdays), date_discs)
    date_discs += uncovered(_by(year_conflicts, docs, options), date_discs)
    date_discs += uncovered(_by(past_event_year_conflicts, docs), date_discs)
    date_discs += new_days(uncovered(_by(next_date_conflicts, docs), date_discs), date_discs)
    clocks = story_clock_times(docs)  # (read once: times and lengths both use them)
    time_discs = _by(clock_conflicts, docs, space, claim_of, options, clocks)
    time_discs += uncovered(_by(day_part_conflicts, docs, space, options), time_discs)
    figure_discs += _by(offset_conflicts, docs, space, options)
    figure_discs += _by(ordinal_conflicts, docs, space, options)
    figure_discs += uncovered(_by(headline_slips, docs, options), figure_discs)
    figure_discs += uncovered(_by(verb_times_conflicts, docs, space, options), figure_discs)
    figure_discs += uncovered(_by(move_conflicts, docs, space, options), figure_discs)
    figure_discs += uncovered(_by(key_number_conflicts, docs, options), figure_discs)
    figure_discs, lengths = fold_lengths(
        _by(happening_length_conflicts, docs, options, clocks), figure_discs)
    figure_discs += _tag("fold_lengths", lengths)
    _tag("fold_lengths", figure_discs)  # a figure a length was folded into is a new report
    figure_discs += uncovered(_by(flight_number_conflicts, docs), figure_discs)
    figure_discs += uncovered(_by(window_conflicts, docs), figure_discs)
    figure_discs += uncovered(_by(measure_term_conflicts, docs), figure_discs)
    figure_discs += uncovered(_by(good_rate_conflicts, docs), figure_discs)
    figure_discs += uncovered(_by(year_end_conflicts, docs, options), figure_discs)
    figure_discs += uncovered(_by(projected_move_conflicts, docs), figure_discs)
    for d in uncovered(_by(number_slot_conflicts, docs, space, options),
                       [*figure_discs, *date_discs, *time_discs]):
        (date_discs if d.kind == "date" else figure_discs).append(d)
    place_discs = [*_by(place_conflicts, docs, people),
                   *_by(address_conflicts, docs, space, options)]
    place_discs += uncovered(_by(place_slot_conflicts, docs, space, options), place_discs)
    place_discs += uncovered(_by(venue_conflicts, docs, options), place_discs)
    place_discs += uncovered(_by(landing_conflicts, docs), place_discs)
    place_discs += uncovered(_by(statement_place_conflicts, docs, quotes), place_discs)
    place_discs += uncovered(_by(bearing_conflicts, docs, options), place_discs)
    durations = find_durations(docs, claim_of)
    framing = _by(framing_discrepancies, docs, people, options)
    negations = _by(negation_conflicts, docs, space, claims, options)
    negations += uncovered(_by(outcome_conflicts, docs, options), negations)
    title_discs = [*_by(title_conflicts, people),
                   *_by(swapped_names, docs, people, space, options)]
    title_discs += uncovered(_by(role_name_conflicts, docs, space, options),
                             [*name_discs, *title_discs])
    for d in uncovered(_by(word_slot_conflicts, docs, space, options),
                       [*name_discs, *title_discs, *place_discs, *date_discs]):
        (date_discs if d.kind == "date" else name_discs).append(d)
    for d in uncovered(_by(role_holder_conflicts, docs),
                       [*name_discs, *title_discs, *place_discs]):
        (place_discs if d.kind == "place" else name_discs).append(d)
    name_discs += uncovered(_by(party_conflicts, docs, people), name_discs)
    detail_discs = uncovered([*_by(attribute_conflicts, docs),
                              *_by(casualty_conflicts, docs, options),
                              *_by(nationality_conflicts, docs)], [*title_discs, *place_discs])
    detail_discs += uncovered(_by(vote_conflicts, docs), figure_discs)  # '9-0' / '6-3' told
    detail_discs += uncovered(_by(tariff_goods_conflicts, docs), detail_discs)
    discrepancies = [*name_discs, *title_discs, *figure_discs, *date_discs, *time_discs,
                     *place_discs, *detail_discs, *quote_discs, *negations, *framing]
    discrepancies.sort(key=lambda d: _ORDER.get(d.kind, 9))
    score_reports(discrepancies, StoryContext(
        published={d.article.id: d.article.published for d in docs},
        reports=len(discrepancies), articles=len(docs),
        outlets=len({d.outlet for d in docs})), options.min_confidence)
    mark_conflicts(claims, discrepancies)
    unique_details(docs, claims, people)
    log.info(
        "story %s: %d articles, %d people, %d quotes, %d figures, %d claims, "
        "%d discrepancies", story.id, len(docs), len(people), len(quotes), len(figures),
        len(claims), len(discrepancies),
    )
    return Reconciliation(
        story=story,
        articles=[d.source_article() for d in docs],
        people=people,
        quotes=quotes,
        figures=figures,
        claims=claims,
        events=events,
        durations=durations,
        discrepancies=discrepancies,
        coverage=outlet_coverage(docs, claims, quotes, figures),
    )
