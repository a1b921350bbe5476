"""The records reconciliation produces: evidence-carrying, cross-article views of a story.

Every item keeps its ``citations`` (article id, external id, outlet and the sentence it came
from) so that the brief can show where each line came from. All records subclass
``storyline.records.Record`` and round-trip through ``to_dict()`` / ``from_dict()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.records import Record, Story

# How a claim stands across the story's independent outlets.
CORROBORATED = "corroborated"
SINGLE_SOURCE = "single-source"
CONFLICTING = "conflicting"


@dataclass
class Citation(Record):
    """One sentence of one article, the evidence for an item."""

    article_id: str
    external_id: str | None
    sentence: str
    outlet: str | None = None
    sentence_index: int = -1


@dataclass
class SourceArticle(Record):
    """An article of the story as reconciliation saw it."""

    id: str
    external_id: str | None
    outlet: str  # the outlet, or a stand-in label when the source did not say
    title: str | None = None
    url: str | None = None
    published: str | None = None
    reference_date: str | None = None  # the date relative expressions were resolved from
    reference_inferred: bool = False  # that date was itself inferred from the text
    copy_of: str | None = None  # a near-copy of this earlier article (not independent)
    independent: bool = True
    sentences: int = 0  # content sentences considered (boilerplate skipped)
    language: str | None = None  # "de", "it"...: not English, kept out of extraction


@dataclass
class NameVariant(Record):
    """One spelling of a person's name and who used it."""

    name: str
    outlets: list[str] = field(default_factory=list)
    mentions: int = 0
    citations: list[Citation] = field(default_factory=list)


@dataclass
class RoleEvidence(Record):
    text: str
    outlets: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)


@dataclass
class PersonKey(Record):
    """A Person record of one article: (article id, Person.name)."""

    article_id: str
    name: str


@dataclass
class MergedPerson(Record):
    """A person or organisation merged across the story's articles."""

    id: str
    name: str  # canonical spelling
    kind: str = "person"
    variants: list[NameVariant] = field(default_factory=list)
    roles: list[RoleEvidence] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    mentions: int = 0
    members: list[PersonKey] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    note: str | None = None


@dataclass
class QuoteVariant(Record):
    """One outlet's rendering of a quote (direct) or its report of it (indirect)."""

    text: str
    kind: str
    outlet: str
    speaker_text: str | None = None
    cue: str | None = None
    citations: list[Citation] = field(default_factory=list)


@dataclass
class AlignedQuote(Record):
    """The same statement by the same speaker as reported by one or more outlets."""

    id: str
    speaker: str | None
    speaker_id: str | None = None
    variants: list[QuoteVariant] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    variance: bool = False  # direct wordings differ beyond punctuation and case


@dataclass
class FigureValue(Record):
    text: str
    value: float
    unit: str
    bound: str = "="
    value_max: float | None = None
    about: str | None = None
    outlet: str = ""
    citations: list[Citation] = field(default_factory=list)


@dataclass
class AlignedFigure(Record):
    """A quantity as given by one or more outlets, normalised and compared."""

    id: str
    about: str
    unit: str
    kind: str
    value: float
    bound: str = "="
    value_max: float | None = None
    values: list[FigureValue] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    agreement: bool = True
    corroboration: int = 0  # independent outlets giving a compatible value
    note: str | None = None  # e.g. a count that rose in later reports: an update


@dataclass
class ClaimDetail(Record):
    """A detail (a number, a name) in a shared claim that only one outlet gives."""

    outlet: str
    values: list[str] = field(default_factory=list)  # "9,000", "Berlaymont"
    citations: list[Citation] = field(default_factory=list)


@dataclass
class Claim(Record):
    """Sentences of several articles that state the same thing."""

    id: str
    text: str  # the representative sentence
    status: str  # CORROBORATED, SINGLE_SOURCE or CONFLICTING
    outlets: list[str] = field(default_factory=list)
    independent_outlets: int = 0
    copies: int = 0  # sentences from near-copies (not counted as corroboration)
    position: float = 1.0  # earliest relative position in an article (0 = lead)
    centrality: float = 0.0  # mean similarity to the story's other sentences
    citations: list[Citation] = field(default_factory=list)
    details: list[ClaimDetail] = field(default_factory=list)  # one outlet's extra specifics


@dataclass
class DatedEvent(Record):
    """A sentence with a time expression resolved to the calendar."""

    value: str  # "2025-06-10", "2025-05", "2025"
    granularity: str | None
    text: str  # the event sentence
    expressions: list[str] = field(default_factory=list)  # "on Tuesday", "last month"
    inferred: bool = False
    note: str | None = None
    claim_id: str | None = None
    outlets: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)


@dataclass
class DurationMention(Record):
    """A duration in a sentence, with what is needed to turn it into a deadline."""

    days: float
    text: str  # "90 days", "60 days"
    sentence: str
    # "remaining" (counted from publication), "window" (from the anchor date it opened) or
    # "ends" (the anchor is the window's stated end)
    mode: str
    amount: float = 0.0  # in ``unit``: 90 (days), 3 (months)
    unit: str = "day"
    anchor: str | None = None  # calendar value the window starts from
    anchor_granularity: str | None = None
    anchor_text: str | None = None
    inferred: bool = False
    outlets: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)


@dataclass
class DiscrepancyValue(Record):
    value: str
    citations: list[Citation] = field(default_factory=list)


@dataclass
class Discrepancy(Record):
    """Where outlets disagree: a name, figure, date, quote wording, claim or framing."""

    kind: str
    about: str
    values: list[DiscrepancyValue] = field(default_factory=list)
    note: str = ""
    rule: str = ""  # the reading that found it ("clock_conflicts", "align_figures" ...)
    confidence: float | None = None  # the chance it is real (``confidence``); None: unjudged
    held_back: bool = False  # below ``ReconcileOptions.min_confidence``: shown as possible


def shown(found: list[Discrepancy]) -> list[Discrepancy]:
    """The reports a brief shows as disagreements: those the confidence model holds back
    are only possible ones."""
    return [d for d in found if not d.held_back]


def told_by_several(values: list[DiscrepancyValue]) -> bool:
    """Two or more values, cited from two or more outlets between them: a disagreement
    between outlets, not one outlet's two wordings."""
    return len(values) >= 2 and len({c.outlet for v in values for c in v.citations}) >= 2


@dataclass
class OutletCoverage(Record):
    outlet: str
    articles: list[str] = field(default_factory=list)
    independent: bool = True
    copy_of: list[str] = field(default_factory=list)
    sentences: int = 0
    corroborates: int = 0  # claims it shares with at least one other independent outlet
    only_here: int = 0  # claims no other independent outlet makes
    conflicting: int = 0
    quotes: int = 0
    figures: int = 0
    sources: list[str] = field(default_factory=list)  # who it quotes or relays, most first
    citations: list[Citation] = field(default_factory=list)  # each article's lead sentence


@dataclass
class Reconciliation(Record):
    """Everything known about one story across its articles, with evidence."""

    story: Story
    articles: list[SourceArticle] = field(default_factory=list)
    people: list[MergedPerson] = field(default_factory=list)
    quotes: list[AlignedQuote] = field(default_factory=list)
    figures: list[AlignedFigure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[DatedEvent] = field(default_factory=list)
    durations: list[DurationMention] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    coverage: list[OutletCoverage] = field(default_factory=list)
