"""Labelled lines: 'NAME: what they said', as in transcripts, Q&A and news headlines.

"BOULDUAN: Why not debate in New York?", "Q: Did you expect it?", "Rubio: Trump Can't Be
Trusted" and "... - Pollster Jane Doe: “The polls ended too early.”" all give the speaker
as a short capitalised label before a colon, with no verb. The label is the speaker, the
rest of the line the content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from storyline.nlp.quotes_speakers import text_of
from storyline.records import Quote

# A label: one to five capitalised words (initials, "Sen.", "O'Brien"), at a line start or
# after a dash or ellipsis that separates it from a headline before it.
_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<= [-—–] )|(?<=\.\.\. ))[ \t]*"
    r"(?P<name>[A-Z][\w.’'&-]*(?:[ \t]+(?:[A-Z][\w.’'&-]*|of|the|and|de)){0,4})"
    r":[ \t]+(?P<content>[^\n]+)"
)
# Labels that introduce page furniture, not a speaker.
_NOT_SPEAKERS = {
    w.lower()
    for w in """Update Updated Note Editor Editors Correction Clarification Related Read More
    Watch See Also Photo Photos Image Images Video Videos Credit Caption Source Sources By
    Tags Topics Subscribe Contact Email Follow Sign Share Disclosure Warning Listen Audio
    Transcript Graphic Chart Map Table Click Download Comments Advertisement Sponsored Live
    Breaking Posted Published Filed Location Date Time Where When What Why How Who Price
    Cost Total Example Bottom Line Key Takeaway Summary Background Context Fact Facts
    Question Answer Result Results Poll Polls Score Status Age Hometown Occupation Party
    Title Subject Re To From Cc Bcc Note Notes Part Chapter Section Step Rule Lesson
    Contributing Contributors Reporting Additional Latest Paid Revealed Exclusive Opinion
    Analysis Review Editorial Boom Look Wow Breaking Alert Reminder Hint Tip Tips""".split()  # noqa: SIM905
}


def labelled_lines(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(name start, name end, content start, content end) of each labelled line."""
    for m in _LABEL.finditer(text):
        name = m.group("name")
        words = name.split()
        if words[0].lower().rstrip(".") in _NOT_SPEAKERS or words[-1].lower() in _NOT_SPEAKERS:
            continue
        if any(ch.isdigit() for ch in name):
            continue  # "Step 2:", "Nov. 3:"
        c0, c1 = m.start("content"), m.end("content")
        while c1 > c0 and text[c1 - 1].isspace():
            c1 -= 1
        if len(text[c0:c1].split()) < 3:
            continue  # "Photo: AP", "Name: John"
        yield m.start("name"), m.end("name"), c0, c1


def label_quotes(doc: Any, quotes: list[Quote], sent_of: Callable[[int], int]) -> list[Quote]:
    """Quotes for labelled lines; a quote the line already holds takes the label as speaker."""
    text = text_of(doc)
    out: list[Quote] = []
    for n0, n1, c0, c1 in labelled_lines(text):
        name = text[n0:n1]
        # A quote that starts the content (a direct quote after "Name:") is the line's.
        own = next((q for q in quotes if c0 <= q.start <= c0 + 2 and q.end <= c1 + 2), None)
        if own is not None:
            if own.speaker and len(name) == 1:
                continue  # 'A: "…," said Maya Okafor': an explainer's answer line quoting
                # a named speaker keeps her
            own.speaker = own.speaker_text = name
            own.speaker_start, own.speaker_end, own.cue = n0, n1, ":"
            continue
        end = c1
        while end > c0 and text[end - 1] in ".;":
            end -= 1
        out.append(Quote(
            text=text[c0:end], start=c0, end=end, sentence=sent_of(c0), kind="direct",
            speaker=name, speaker_text=name, speaker_start=n0, speaker_end=n1, cue=":",
        ))
    return out
