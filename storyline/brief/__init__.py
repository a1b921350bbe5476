"""Briefs: a reconciled story turned into key points, people, quotes, figures, a timeline,
discrepancies and coverage (``build_brief``), and rendered as Markdown, HTML or JSON.
"""

from __future__ import annotations

from .build import build_brief
from .model import (
    Brief,
    BriefDiscrepancy,
    BriefFigure,
    BriefPerson,
    BriefQuote,
    CoverageRow,
    KeyPoint,
    SingleSourceItem,
    TimelineEntry,
)
from .render import render_html, render_json, render_markdown, render_report

__all__ = [
    "Brief",
    "BriefDiscrepancy",
    "BriefFigure",
    "BriefPerson",
    "BriefQuote",
    "CoverageRow",
    "KeyPoint",
    "SingleSourceItem",
    "TimelineEntry",
    "build_brief",
    "render_html",
    "render_json",
    "render_markdown",
    "render_report",
]
