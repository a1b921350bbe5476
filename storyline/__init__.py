"""Storyline: news articles in, sourced story briefs out.

Stages, each depending only on those before it::

    sources -> store -> nlp -> stories -> reconcile -> brief -> cli / web
"""

__version__ = "0.1.0"
