"""One error family for the whole package.

    StorylineError                 base: message says what, where, and what to do
    ├── InputError                 an input (file, feed, page, record) cannot be read
    │   └── FetchError             a URL could not be fetched (timeout, size, status)
    │       └── BlockedAddressError  a URL resolves to a private/loopback address
    ├── ConfigError                a setting (option, STORYLINE_* variable, --db) is unusable
    ├── StoreError                 the database cannot be opened or migrated
    ├── NotFoundError              a story or article id that does not exist
    ├── CorrectionError            a hand correction that cannot be made (split all, merge self)
    ├── DatasetError               an evaluation dataset is missing or malformed
    └── MissingDependencyError     an optional part is not installed ("install X")

The CLI prints ``str(error)`` on one line and exits non-zero (2 for a ``ConfigError``,
like any other usage error; 1 otherwise); no traceback.
"""

from __future__ import annotations


class StorylineError(Exception):
    """Base class for every error Storyline raises on purpose."""


class InputError(StorylineError):
    """An input could not be turned into an article."""

    def __init__(self, source: str, reason: str) -> None:
        reason = " ".join(str(reason).split())  # one line, whatever the library said
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputError):
    """A URL could not be fetched."""


class BlockedAddressError(FetchError):
    """A URL points at an address that is not allowed (private, loopback, link-local)."""


class ConfigError(StorylineError):
    """A setting's value cannot be used (a bad number, an unknown database URL scheme)."""


class StoreError(StorylineError):
    """The database cannot be used."""


class NotFoundError(StorylineError):
    """Something asked for by id does not exist."""


class CorrectionError(StorylineError):
    """A hand correction of the stories that cannot be made as asked."""


class DatasetError(StorylineError):
    """An evaluation dataset is missing or not in the expected format."""


class MissingDependencyError(StorylineError):
    """An optional dependency is not installed."""
