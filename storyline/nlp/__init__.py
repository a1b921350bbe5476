"""Per-article NLP: sentences, entities, people and roles, quotes, figures, times."""

from storyline.nlp.pipeline import ANALYZER_VERSION, analyze, analyze_many, load_model

__all__ = ["ANALYZER_VERSION", "analyze", "analyze_many", "load_model"]
