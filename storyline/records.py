"""Plain typed records passed between the stages.

Every record is a dataclass with ``to_dict()`` / ``from_dict()`` so that stages can be
pure functions and the store can keep analyses as JSON. Character offsets (``start``,
``end``) always index into ``Article.text``; ``sentence`` is an index into
``Analysis.sentences``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeVar

T = TypeVar("T", bound="Record")

# Where a piece of article metadata came from: given by the source, inferred from the
# article's own text, from its URL, or not known at all.
Provenance = Literal["metadata", "text", "url", "unknown"]


class Record:
    """Mixin: dict round-trip for (nested) dataclasses."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        fields = _FIELD_CONVERTERS.get(cls)
        if fields is None:
            hints = _hints(cls)
            fields = _FIELD_CONVERTERS[cls] = tuple(
                (f.name, _converter(hints[f.name])) for f in _fields(cls)
            )
        return cls(**{name: convert(data[name]) for name, convert in fields if name in data})


# Resolving annotations costs ~50 µs a class: once per class, not once per record.
_HINTS: dict[type, dict[str, Any]] = {}
_FIELDS: dict[type, tuple[dataclasses.Field[Any], ...]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = dataclasses.fields(cls)
    return fields


# Loading a story's analyses converts tens of thousands of values: each type hint is
# turned into a converter function once, instead of being inspected for every value.
_CONVERTERS: dict[Any, Callable[[Any], Any]] = {}
_FIELD_CONVERTERS: dict[type, tuple[tuple[str, Callable[[Any], Any]], ...]] = {}


def _as_is(value: Any) -> Any:
    return value


def _converter(tp: Any) -> Callable[[Any], Any]:
    """The function that turns a JSON value into a value of type ``tp`` (None stays None)."""
    found = _CONVERTERS.get(tp)
    if found is None:
        found = _CONVERTERS[tp] = _make_converter(tp)
    return found


def _make_converter(tp: Any) -> Callable[[Any], Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(tp) if arg is not type(None)]
        return _converter(args[0]) if args else _as_is
    if origin is list:
        (item,) = typing.get_args(tp)
        each = _converter(item)
        if each is _as_is:
            return lambda value: None if value is None else list(value)
        return lambda value: None if value is None else [each(v) for v in value]
    if origin is dict:
        _, item = typing.get_args(tp)
        each = _converter(item)
        return lambda value: None if value is None else {k: each(v) for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, Record):
        record = tp
        return lambda value: None if value is None else record.from_dict(value)
    return _as_is


def content_hash(*parts: str | None) -> str:
    """Stable sha256 over the parts that make an article what it is."""
    payload = json.dumps([" ".join((p or "").split()) for p in parts], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass
class Article(Record):
    """One news article as read from a source (file, feed entry, page, record)."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    published_from: Provenance = "unknown"
    published_note: str | None = None  # e.g. "year inferred: 11 June is a Wednesday in 2025"
    outlet_from: Provenance = "unknown"
    title_from: Provenance = "unknown"
    external_id: str | None = None  # the caller's own id
    source: str = ""  # path, URL or "stdin", with a locator such as "line 3"
    content_hash: str = ""
    id: str = ""

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text, self.title, self.outlet, self.url)
        if not self.id:
            self.id = self.content_hash[:12]

    @property
    def published_date(self) -> str | None:
        """The publication date as YYYY-MM-DD, when known and well formed.

        Sources normalise dates to ISO 8601; an Article built by a library caller with
        another form ("03-02-2009") is treated as undated rather than failing analysis."""
        if not self.published:
            return None
        try:
            return dt.date.fromisoformat(self.published[:10]).isoformat()
        except ValueError:
            return None


@dataclass
class Rejection(Record):
    """An input that could not be read, with the reason (one line, user-facing)."""

    source: str
    reason: str


@dataclass
class Sentence(Record):
    index: int
    start: int
    end: int
    text: str


@dataclass
class Entity(Record):
    """A named-entity mention (spaCy labels: PERSON, ORG, GPE, NORP, LOC, ...)."""

    text: str
    label: str
    start: int
    end: int
    sentence: int


@dataclass
class Mention(Record):
    text: str
    start: int
    end: int
    sentence: int


@dataclass
class Role(Record):
    """A title or role given to a person in the text ("Commerce Secretary")."""

    text: str
    sentence: int


@dataclass
class Person(Record):
    """A person or organisation in one article, its mentions merged (within-article)."""

    name: str  # the fullest form used in the article, e.g. "Howard Lutnick"
    kind: Literal["person", "org"] = "person"
    roles: list[Role] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Quote(Record):
    """A direct quote or a piece of reported speech, with its speaker and cue."""

    text: str  # the quoted content, without quote marks
    start: int
    end: int
    sentence: int
    kind: Literal["direct", "indirect"] = "direct"
    speaker: str | None = None  # resolved Person.name in this article
    speaker_text: str | None = None  # the mention next to the cue ("she", "Lutnick")
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None  # "said", "told reporters", "according to"


@dataclass
class Figure(Record):
    """A number with its unit, bound and the thing it measures."""

    text: str
    start: int
    end: int
    sentence: int
    value: float
    unit: str  # "%", "USD", "day", "people", "" for bare counts ...
    kind: str  # "percent", "money", "duration", "count", "ordinal" ...
    bound: str = "="  # "=", ">", ">=", "<", "<=", "~", "range"
    value_max: float | None = None  # upper end of a range
    about: str | None = None  # the noun measured: "tariffs", "days", "death toll"


@dataclass
class TimeExpr(Record):
    """A time expression resolved against the article's reference date (TIMEX3-like)."""

    text: str
    start: int
    end: int
    sentence: int
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    value: str | None = None  # "2025-06-10", "2025-05", "2025-W24", "P90D", "PAST_REF"
    granularity: str | None = None  # "day", "week", "month", "quarter", "year", "time"
    end_value: str | None = None  # for ranges ("from May to July")
    inferred: bool = False  # resolved from a reference date that was itself inferred
    note: str | None = None
    governor: str | None = None  # the verb it dates, lower case ("disappeared")


@dataclass
class Analysis(Record):
    """Everything the NLP stage found in one article."""

    article_id: str
    version: str
    reference_date: str | None = None  # YYYY-MM-DD used to resolve relative dates
    reference_from: Provenance = "unknown"
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    measures: list[dict[str, Any]] = field(default_factory=list)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing a character offset."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s.index
        return max(0, len(self.sentences) - 1)


@dataclass
class Assignment(Record):
    """Where the story stage put one article."""

    article_id: str
    story_id: int
    score: float = 0.0
    copy_of: str | None = None  # id of the earlier article this one (nearly) copies
    new_story: bool = False


@dataclass
class StoryArticle(Record):
    """An article as listed in a story (the ``stories`` JSON contract)."""

    id: str
    external_id: str | None
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None


@dataclass
class Story(Record):
    """A story: one real-world event and the articles that report it."""

    id: int
    title: str
    articles: list[StoryArticle] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None
