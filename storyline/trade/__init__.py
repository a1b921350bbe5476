"""The trade lens: trade measures read from the news, tracked across stories.

Owns extracting trade-measure mentions from an analysed article (``extract``: who imposes
which instrument on whom, on which products, at what rate, with what legal basis, which
action and dates — dates as the NLP stage resolved them), normalising jurisdictions
(``places``: "Washington", "U.S." and "the United States" are one), merging mentions from
every article of every story into measure records with a status history and flagged
conflicts (``ledger``), deadlines and iCalendar output (``deadlines``), and the trade
evaluation (``evaluation``). Pure, apart from ``service``, which reads and caches mentions
through the ``Store`` protocol. Depends on ``records`` and ``store`` only.
"""

from .extract import EXTRACTOR_VERSION, ExtractOptions, extract_mentions
from .ledger import LedgerRow, build_ledger, ledger_dicts
from .model import Ledger, MeasureEvent, MeasureMention, MeasureRecord
from .service import ledger, ledger_records, refresh_mentions, story_measures

__all__ = [
    "EXTRACTOR_VERSION", "ExtractOptions", "Ledger", "LedgerRow", "MeasureEvent", "MeasureMention",
    "MeasureRecord", "build_ledger", "extract_mentions", "ledger", "ledger_dicts",
    "ledger_records", "refresh_mentions", "story_measures",
]
