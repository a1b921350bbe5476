"""Web noise in extracted article text, site names in titles, and pages that are not news.

Extractors (trafilatura and others) leave site furniture in the text of real pages: cookie
banners, "Advertisement | Remove ads", "Skip to content", rows of share buttons, photo
credits and captions before the lead ("Courtesy …", "Main Content"), a box of related links
("Related topics" and its listed items). ``remove_noise`` drops such lines wherever they are
(``text.strip_boilerplate`` handles the trailing block). ``clean_title`` drops the site's
name from a title ("… | CNN Politics", "… - BusinessWeek"); ``site_from_title`` and
``site_first_title`` split a title into headline and site, the site last or first.
``not_news`` names the reason a text is not a news article at all (a server-status page, a
list of links, a web-archive file header, an "About us" page), or returns None.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

# Whole lines that are site furniture, never news. Matched case-insensitively against a
# stripped line of at most _MAX_NOISE_CHARS characters.
_NOISE_LINES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"advertisement(?:\s*[|·•-]\s*(?:remove|hide|close) ads?)?",
        r"(?:remove|hide|close) ads?",
        r"ad closes in \d+(?: seconds?)?",
        r"skip to (?:main )?(?:content|navigation|search)",
        r"(?:jump|go) to (?:main )?(?:content|navigation)",
        r"main content",
        r"(?:toggle )?(?:menu|navigation|search)",
        r"(?:share|tweet|email|print|copy link|facebook|twitter|x|linkedin|whatsapp|reddit|"
        r"pinterest|telegram|flipboard|share on \w+)(?:\s*[|·•,/]?\s*(?:share|tweet|email|print|"
        r"copy link|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|"
        r"share on \w+))*",
        r"(?:photo|image|picture|video)(?: credit)?:.{0,120}",
        r"courtesy(?: of)? [\w .,'&-]{1,80}",
        r"(?:getty images|afp via getty images|ap photo|reuters/[\w .-]+)(?:/[\w .-]+)?",
        r"\(?(?:file )?photo\)?",
        r".{0,80}\b(?:we|this (?:site|website)) uses? cookies\b.*",
        r".{0,120}\b(?:accept|reject|manage) (?:all )?cookies\b.*",
        r"(?:listen to|play) (?:this )?(?:article|story)(?: \d+ min(?:ute)?s?)?",
        r"\d+ min(?:ute)?s? read",
        # Breadcrumbs and section rows: "Home › World › Europe", "News | Politics | Sport";
        # not a byline ("By Jane Reporter | The Outlet": it names the outlet).
        r"(?!By )(?:[A-Z][\w&'’]*(?: [A-Z&][\w&'’]*){0,2}\s*(?:›|>|»|/|\|)\s*){1,6}"
        r"[A-Z][\w&'’]*(?: [A-Z&][\w&'’]*){0,2}",
        r"(?:updated|published|posted|last updated)\s*:?.{0,60}\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
        r"(?:\s*[A-Z]{2,4})?",
        # a byline's label line ("Author: Marcus Lindqvist (KVRT)")
        r"(?:author|written by|posted by|reporter)\s*:\s*[A-Z][\w .'’-]{2,60}(?:\([^()]{1,30}\))?",
    )
]
_MAX_NOISE_CHARS = 160

# Separators sites put between a headline and their own name.
_TITLE_SITE = re.compile(r"\s+(?:\||-|--|–|—|::|»|·)\s+([^|\-–—:»·]{2,40})$")
_TITLE_SITE_FIRST = re.compile(r"^([^|»]{2,60}?)\s+(?:\||::|»)\s+(?=\S)")
_SECTIONS = re.compile(r"\s+»\s+.*$")  # "Headline » Local » News » Site"
_SITE_WORDS = re.compile(
    r"\b(?:news|times|post|journal|herald|tribune|daily|weekly|online|politics|business|"
    r"world|sport|sports|tv|radio|magazine|review|week|businessweek|gazette|telegraph|"
    r"guardian|press|wire|today|express|standard|observer|chronicle|courier|report|"
    r"reuters|cnn|bbc|nbc|abc|cbs|fox|npr|ap|afp|bloomberg|\.com|\.org|\.net|\.co\.uk)\b",
    re.IGNORECASE,
)

# -- pages that are not news ----------------------------------------------------------------
_ARC_HEADER = re.compile(r"^(?:filedesc://|WARC/1\.[01]\b|\S+ \d{1,3}(?:\.\d{1,3}){3} \d{14} )")
_STATUS_PAGE = re.compile(
    r"\b(?:apache server status|server (?:status|uptime)|nginx status|it works!|"
    r"index of /|directory listing|404 not found|403 forbidden|502 bad gateway|"
    r"503 service unavailable|page not found|access denied)\b",
    re.IGNORECASE,
)
_ABOUT_PAGE = re.compile(
    r"^\s*(?:about us|about the (?:site|company|project)|who we are|our (?:mission|team)|"
    r"contact us|privacy policy|terms of (?:use|service))\b",
    re.IGNORECASE,
)
# Long text without one digit (no date, age, count, score) is fiction or an essay; kept high
# so that a short opinion column without figures is still accepted.
_PROSE_WORDS = 1200
_CHAPTER = re.compile(r"^\s*(?:chapter|book|part) (?:[ivxlc]+|\d+|one|two|three)\b", re.I | re.M)


def _is_noise_line(line: str) -> bool:
    stripped = line.strip(" \t•·|*-–—")
    if not stripped or len(stripped) > _MAX_NOISE_CHARS:
        return False
    return any(p.fullmatch(stripped) for p in _NOISE_LINES)


# A box of links to other stories, its heading on a line of its own and its items listed
# below it ("Related topics" / "- US-China talks to resume in Oslo on Monday" / "- Tariffs").
_LINKS_HEADING = re.compile(
    r"(?:related(?: topics| articles| stories| coverage| content| links)?|more on this"
    r"(?: story| topic)?|most (?:read|popular|viewed|shared)|top stories|recommended"
    r"(?: for you| stories)?|you may also like|read (?:more|next)|further reading|"
    r"in other news|trending(?: now)?|latest (?:news|stories))\s*:?", re.IGNORECASE)
_LIST_ITEM = re.compile(r"\s*[-•*–·]\s+\S.{0,140}")
_LIST_ITEM_WORDS = 16  # a headline or a topic; a longer item is the article's own list


def remove_noise(text: str) -> str:
    """The text without lines of site furniture (kept: everything else, in order)."""
    lines = text.split("\n")
    kept = []
    in_box = False
    for ln in lines:
        stripped = ln.strip()
        if _LINKS_HEADING.fullmatch(stripped):
            in_box = True
            continue
        if in_box and _LIST_ITEM.fullmatch(ln) and len(stripped.split()) <= _LIST_ITEM_WORDS:
            continue
        in_box = False
        if not _is_noise_line(ln):
            kept.append(ln)
    kept = _without_pull_quotes(kept)
    if len(kept) != len(lines):
        logger.debug("%d noise lines dropped", len(lines) - len(kept))
    return "\n".join(kept)


# A line that is one quotation and nothing else (a page's pull quote, set in large type
# between paragraphs: “Inflation is converging, but it has not yet arrived.”).
_PULL_QUOTE = re.compile(r"\s*[“\"«]([^“”\"«»]{20,400})[”\"»]\s*")
_WORDS = re.compile(r"\w+")


def _without_pull_quotes(lines: list[str]) -> list[str]:
    """The lines without pull quotes: a quotation on a line of its own whose words the
    article tells elsewhere (where it says who said them); read alone it has no speaker,
    and a speaker would be guessed from the paragraph before it."""
    pulls = [(i, m.group(1)) for i, ln in enumerate(lines)
             if (m := _PULL_QUOTE.fullmatch(ln)) is not None]
    if not pulls:
        return lines
    # (the article's words read once: a pull quote's words told twice are told elsewhere)
    words = " ".join(_WORDS.findall("\n".join(lines).lower()))
    drop = {i for i, quoted in pulls
            if (inner := " ".join(_WORDS.findall(quoted.lower())))
            and words.count(inner) >= 2}
    return [ln for i, ln in enumerate(lines) if i not in drop]


def clean_title(title: str | None, outlet: str | None = None) -> str | None:
    """The headline without the site's name after a separator ("… | CNN Politics")."""
    if not title:
        return title
    out = title.strip()
    if out.count(" » ") >= 2:
        out = _SECTIONS.sub("", out).strip()
    first = _TITLE_SITE_FIRST.match(out)  # "Site | Its tagline: Headline"
    if first:
        rest = out[first.end():]
        tagline, _, headline = rest.partition(": ")
        if len(headline) >= 15 and _SITE_WORDS.search(tagline):
            out = headline
        elif _SITE_WORDS.search(first.group(1)) and len(rest) >= 15:
            out = rest
    for _ in range(2):  # "Headline - Section | Site"
        m = _TITLE_SITE.search(out)
        if not m:
            break
        tail = m.group(1).strip()
        site = (outlet or "").lower().split(".")[0]
        named = bool(site) and site in tail.lower().replace(" ", "")
        if not (named or _SITE_WORDS.search(tail)) or len(out) - len(m.group(0)) < 15:
            break
        out = out[: m.start()].rstrip()
    return out


def site_from_title(title: str | None) -> tuple[str, str] | None:
    """(headline, site) of a page title that ends with its site's name ("… | KVTR 7 News"),
    when the end looks like one: a site's word or a few capitalised words."""
    text = (title or "").strip()
    m = _TITLE_SITE.search(text)
    if not m:
        return None
    tail = m.group(1).strip()
    words = tail.split()
    if _SITE_WORDS.search(tail) or (len(words) <= 4 and _capitalised(words)):
        return text[:m.start()].strip(), tail
    return None


def _capitalised(words: list[str]) -> bool:
    """A name's words: capitalised or digits, with "&", "and", "of", "the" between
    ("Yield & Ledger", "Bank of Ideas")."""
    return any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS for w in words)


_NAME_JOINERS = frozenset({"&", "and", "of", "the", "for", "on"})


def site_first_title(title: str | None) -> tuple[str, str, bool] | None:
    """(headline, first part, whether it reads as a site's name) of a page title that puts a
    short part before its headline ("Lakeport Tribune-Herald | Alvarado wins mayor's race",
    "Breaking | …"): the part after the separator must read as a headline (lower-case words);
    a site's name is a site's word or two to four capitalised words."""
    text = (title or "").strip()
    m = _TITLE_SITE_FIRST.match(text)
    if not m:
        return None
    head, rest = m.group(1).strip(), text[m.end():].strip()
    tail = rest.split()
    if len(rest) < 15 or len(tail) < 3 or not any(w[:1].islower() for w in tail[1:]):
        return None
    words = head.split()
    site_like = bool(_SITE_WORDS.search(head)) or (
        2 <= len(words) <= 4 and _capitalised(words))
    return rest, head, site_like


def not_news(text: str, title: str | None = None) -> str | None:
    """Why the text is not a news article, or None when it may be one."""
    head = text.lstrip()[:400]
    if _ARC_HEADER.match(head):
        return "a web-archive (ARC/WARC) file header, not an article"
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    first = lines[0] if lines else ""
    if _STATUS_PAGE.search(title or "") or (len(first) < 80 and _STATUS_PAGE.search(first)):
        return "a server status or error page, not an article"
    if (title and _ABOUT_PAGE.match(title)) or (len(first) < 60 and _ABOUT_PAGE.match(first)):
        return "an 'about', contact or policy page, not an article"
    if len(_CHAPTER.findall(text)) >= 3:
        return "a book (chapter headings), not an article"
    words = len(text.split())
    if words >= _PROSE_WORDS and not re.search(r"\d", text):
        return f"{words} words without a single number: prose, not a news report"
    if len(lines) >= 8:
        # A list of links or headlines: many short lines, few sentences.
        short = sum(1 for ln in lines
                    if 2 <= len(ln.split()) <= 8 and not ln.endswith((".", "”", '"')))
        sentences = len(re.findall(r"[a-z][.!?][”\"]?(?:\s|$)", text))
        if short / len(lines) >= 0.8 and sentences <= len(lines) // 5:
            return "a list of links or headlines, not an article"
    return None
