"""One error family for the whole package.

    StorylineError                 base: message says what, where, and what to do
    ├── InputError                 an input (file, feed, page, record) cannot be read
    │   └── FetchError             a URL could not be fetched (timeout, size, status)
    │       └── BlockedAddressError  a URL resolves to a private/loopback address
    ├── StoreError                 the database cannot be opened or migrated
    ├── NotFoundError              a story or article id that does not exist
    ├── DatasetError               an evaluation dataset is missing or malformed
    └── MissingDependencyError     an optional part is not installed ("install X")

The CLI prints ``str(error)`` on one line and exits non-zero; no traceback.
"""

from __future__ import annotations


class StorylineError(Exception):
    """Base class for every error Storyline raises on purpose."""


class InputError(StorylineError):
    """An input could not be turned into an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputError):
    """A URL could not be fetched."""


class BlockedAddressError(FetchError):
    """A URL points at an address that is not allowed (private, loopback, link-local)."""


class StoreError(StorylineError):
    """The database cannot be used."""


class NotFoundError(StorylineError):
    """Something asked for by id does not exist."""


class DatasetError(StorylineError):
    """An evaluation dataset is missing or not in the expected format."""


class MissingDependencyError(StorylineError):
    """An optional dependency is not installed."""
