"""Stories: near-duplicate detection and online clustering of articles into events.

    index = StoryIndex()
    assignment = index.assign(article, analysis)   # online, in publication order
    changes, moved = index.repair()                # periodic merge/split, ids kept stable
"""

from storyline.stories.copies import CopyIndex, CopyMatch, shingles
from storyline.stories.features import Features, Featurizer, article_day
from storyline.stories.index import ClusterOptions, StoryIndex

__all__ = [
    "ClusterOptions",
    "CopyIndex",
    "CopyMatch",
    "Features",
    "Featurizer",
    "StoryIndex",
    "article_day",
    "shingles",
]
