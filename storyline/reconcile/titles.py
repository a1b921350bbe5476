"""A person's title as each outlet gives it: "Inspector Dave Gaskin" vs "police spokesman
Dave Gaskin" for one merged person.

Only title nouns count (ranks and offices: inspector, spokesman, minister, senator…): the
rest of a role ("second climber to die…", "local") says nothing an outlet could get wrong.
Titles one outlet gives together ("Area Commander Inspector") are compatible; two groups of
titles no outlet ever gives together are a ``title`` discrepancy. A role marked as past
("former", "ex-", "then") is history, and one to come ("next", "incoming", "-designate")
is not held yet: neither is a title to compare; so is a title given in a
sentence told of an earlier time ("At the time, … Senator Obama will fight") or inside
someone's quoted words (a title as it was when they spoke). A prosecutor is an attorney
("Assistant District Attorney" / "prosecutor").

A title keeps its rank and its portfolio (``role_title_keys``): "Vice Premier" and
"Premier", "Commerce Secretary" and "Treasury Secretary" are two offices; one office in two
styles is one ("Secretary of Commerce" / "Commerce Secretary", "Trade Minister" / "Commerce
Minister", "Foreign Secretary" / "Foreign Minister", "Vice Premier" / "Deputy Prime
Minister", "Premier" / "Prime Minister"), and a title without its portfolio ("Secretary")
where the story gives it with one agrees with any. An acting or interim office is another
than the office ("Acting Chief Justice" / "Chief Justice"); a spokesman speaks for the
ministry his title names ("Health Ministry spokesman" / "Interior Ministry spokesman"); an
office called an officer ("Chief Electoral Officer") is a title, a job ("a police officer")
is not, and a Chief Executive Officer is a CEO. Each outlet's title is read from its own
sentence when the name reader merged two outlets' roles into one ("Premier Liu" into "Vice
Premier"), and holds only title nouns that sentence writes. A service rank is one a person
holds beside any post: two outlets each giving one rank, different ones ("Commodore Nirad
Sinha, a navy spokesman" / "navy spokesman Commander Nirad Sinha"), disagree.
"""

from __future__ import annotations

import re

from storyline.nlp.name_words import HONORIFICS

from .evidence import UnionFind, dedupe_citations
from .model import Citation, Discrepancy, DiscrepancyValue, MergedPerson
from .text import fold, wordset

# Ranks and offices: one person holds one of these (or a few, given together).
_TITLES = wordset(
    "inspector sergeant constable superintendent detective commissioner commander "
    "spokesman spokeswoman spokesperson minister secretary president chairman chairwoman "
    "chair ceo cfo coo cto director governor senator congressman congresswoman "
    "representative mayor officer "
    "judge justice magistrate general colonel lieutenant captain admiral commodore brigadier "
    "corporal ambassador "
    "envoy prosecutor attorney sheriff chancellor premier coach manager editor professor "
    "deputy mp councillor councilman councilwoman bishop archbishop marshal economist"
)
# Spellings of one title.
_SAME_TITLE = {
    "spokeswoman": "spokesman", "spokesperson": "spokesman", "chairwoman": "chairman",
    "chair": "chairman", "chairperson": "chairman", "congresswoman": "congressman",
    "councilman": "councillor", "councilwoman": "councillor", "insp": "inspector",
    "supt": "superintendent", "sgt": "sergeant", "gen": "general", "col": "colonel",
    "lt": "lieutenant", "capt": "captain", "sen": "senator",
    "gov": "governor", "det": "detective",
    "justice": "judge",  # a judge of a higher court is styled Justice ("Justice Vance")
    "prosecutor": "attorney",  # a district or city attorney prosecutes
    "marshall": "marshal",  # a common misspelling ("State Fire Marshall")
}
# Title nouns one person holds together as a matter of course: an economics professor is an
# academic economist ("economics professor" / "an academic economist").
# A legislator chairs a committee ("Rep. Arnel Bautista-Cruz, chairman of the House
# committee on economic affairs").
_HELD_TOGETHER = (frozenset({"professor", "economist"}),
                  *(frozenset({"chairman", x}) for x in ("congressman", "senator", "mp",
                                                         "councillor")))
# Titles that qualify another rather than name an office on their own ("deputy minister").
_QUALIFIERS = wordset("deputy")
_PAST = re.compile(r"\b(?:former|ex|then|onetime|one-time|retired|late|previous|"
                   r"next|incoming|designate|nominee|future|would-be|elect)\b")
# A sentence told of an earlier time: its titles were the person's then.
_PAST_CONTEXT = re.compile(
    # ("a previously unmapped fault" describes a thing, not an earlier time)
    r"\b(?:at the time|back then|in those days|formerly|"
    r"previously(?!\s+(?:un\w+|known|reported|announced|scheduled|planned)\b)|"
    r"(?:while|when) (?:he|she|they) (?:was|were)|as a candidate)\b", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[“”\"]")
# A past (or future) marker right before where the role stands in the sentence.
_PAST_BEFORE = re.compile(r"\b(?:former|ex|then|onetime|one-time|retired|late|previous|"
                          r"next|incoming|future|would-be)[\s-]*$")


# A change of office told after the role ("Assistant Attorney General Pat Gray had been
# named acting director", "Senator Ruiz, now governor, …"): the words up to a title noun.
_CHANGE = re.compile(
    r"\b(?:(?:was|were|is|are|has been|have been|had been|been|be|being)\s+"
    r"(?:named|appointed|elected|promoted|installed|sworn in|made)"
    r"|became|becomes|become|took over|takes over|stepped up|moved up),?\s+"
    r"((?:[\w.-]+[\s,]*){1,4})"
    r"|,\s*now\s+((?:[\w.-]+[\s,]*){1,3})")
_CHANGE_REACH = 80  # characters after the role: the person named, then the change


def _changed_after(role: str, sentence: str, at: int) -> bool:
    """Does the sentence, just after the role, tell that the person took another title?
    Then the role is the one held before ("former X, now Y" in one sentence)."""
    held = _title_words(role)
    if not held - _QUALIFIERS:
        return False
    start = at + len(role)
    after = fold(sentence)[start:start + _CHANGE_REACH]
    for m in _CHANGE.finditer(after):
        new = _title_words(m.group(1) or m.group(2) or "")
        if new - _QUALIFIERS and new != held:  # "Deputy Mayor … became mayor" changes too
            return True
    return False


def _title_words(text: str) -> set[str]:
    words = (_SAME_TITLE.get(w, w) for w in re.findall(r"[a-z]+", fold(text)))
    return {w for w in words if w in _TITLES}


def historic(role: str, sentence: str) -> bool:
    """Is the role, in this sentence, a title of the past: the sentence tells of an earlier
    time, of a change to another title after it, or the role stands inside quoted words?"""
    if _PAST_CONTEXT.search(sentence):
        return True
    at = fold(sentence).find(fold(role))
    if at >= 0 and _PAST_BEFORE.search(fold(sentence)[:at]):
        return True  # "then-Sen. Barack Obama": the reader kept the title, not its marker
    if at >= 0 and _changed_after(role, sentence, at):
        return True
    return at >= 0 and len(_QUOTE_MARKS.findall(sentence[:at])) % 2 == 1


# What follows a title noun and names whom or what the person serves ("inspector with the
# State Fire Marshal's Office", "spokesman for Mayor Hale"): not the person's own title.
_COMPLEMENT = frozenset({"with", "of", "at", "for", "to", "from", "in", "on", "under"})
# A title word naming a body ("Justice Department", "Sheriff Office"): the noun after it.
_OF_A_BODY = re.compile(r"\s+(?:department|dept|ministry|office|agency|bureau|committee|"
                        r"commission|division)\b")


def role_titles(text: str) -> frozenset[str]:
    """The title nouns of a role ("Police Inspector" -> {"inspector"}), past roles none.
    A title that owns something ("the Sheriff's Department deputy") and the words after a
    preposition that follows the person's title ("inspector with the … Marshal's Office")
    name someone else's office."""
    folded = fold(text)
    if _PAST.search(folded):
        return frozenset()
    titles: set[str] = set()
    for m in re.finditer(r"([a-z]+)('s\b)?", folded):
        word, owner = _SAME_TITLE.get(m.group(1), m.group(1)), m.group(2)
        if word in _COMPLEMENT and titles:
            break
        if _OF_A_BODY.match(folded, m.end()):
            continue  # "Justice Department official": a body's name, not a title
        if not owner and (word in _TITLES or word in _SAME_TITLE.values()):
            titles.add(word)
    return frozenset(titles - _QUALIFIERS)


# The offices one title noun names in government ("Commerce Secretary", "Secretary of
# the Treasury", "Finance Minister", "Prime Minister"): a closed class of portfolios, each
# a different office held by a different person.
# A judge's court is kept the same way ("District Judge" / "Magistrate Judge": two
# offices; "Judge" alone agrees with either).
_PORTFOLIO_NOUNS = wordset("secretary minister judge")
_PORTFOLIOS = wordset(
    "commerce treasury finance trade foreign defence defense interior home justice health "
    "education labor labour energy agriculture transport transportation state economy "
    "economic industry environment housing culture war navy army homeland veterans "
    "communications information immigration security development press cabinet prime "
    "chief general district circuit appeals appellate magistrate bankruptcy")
# One portfolio's names ("Trade Minister" / "Commerce Minister", "Treasury Secretary" /
# "finance minister": outlets at home and abroad name one ministry both ways).
_SAME_PORTFOLIO = {"trade": "commerce", "treasury": "finance", "defense": "defence",
                   "labor": "labour", "transportation": "transport", "economic": "economy",
                   "home": "interior", "appeals": "circuit", "appellate": "circuit"}
# Ministries whose head is called secretary or minister by different outlets ("Foreign
# Secretary" / "Foreign Minister"); not a press or cabinet secretary, nor a prime minister.
_MINISTRIES = wordset(
    "commerce finance foreign defence interior justice health education labour energy "
    "agriculture transport economy industry environment housing culture immigration")
# Titles of one office ("Trade Representative Greer" / "trade envoy Greer" / "Ambassador
# Greer": a trade representative holds an ambassador's rank).
_SAME_OFFICE = {"envoy": "representative", "ambassador": "representative"}
# A rank before a title: another office than the title alone ("Vice Premier" / "Premier").
_RANKS = wordset("vice deputy assistant under acting interim puisne")  # (a puisne judge: not the
# chief justice)
# Titles that are also a rank before another ("Lieutenant Governor", "Lt. Col."): another
# office than the title after them.
_RANK_TITLES = wordset("lieutenant")
# Ranks read back from the words before a role ("under President X" is a preposition).
_LEAD_RANKS = wordset("vice deputy assistant acting interim")


# Offices named "<title> General", one word each: a Solicitor General is no Attorney General
# ("general" alone would make them one).
_GENERAL_OFFICE = re.compile(r"\b(solicitor|attorney|surgeon|inspector|auditor|postmaster|"
                             r"comptroller|advocate)[\s-]+general\b")
_GENERAL_OFFICES = frozenset(f"{w}general" for w in (
    "solicitor", "attorney", "surgeon", "inspector", "auditor", "postmaster", "comptroller",
    "advocate"))


# The head of a central bank, called its president in some countries and its governor by
# outlets elsewhere ("central bank president Paula Errazuriz" / "Governor Errazuriz").
_BANK_HEAD = re.compile(r"\bcentral\s+bank(?:'s)?\s+(?:president|chief|head)\b|"
                        r"\b(?:president|head)\s+of\s+the\s+(?:\w+\s+)?central\s+bank\b")


# Bodies named between a rank and its title ("deputy cabinet chairman").
_BODIES = frozenset({"cabinet", "committee", "council", "board", "commission", "assembly",
                     "parliament", "senate", "government", "ministry", "agency", "party",
                     "bank", "fund", "union", "league", "federation", "association"})
_ACTING = re.compile(r"\b(?:interim|acting|caretaker|stand-in|temporar(?:y|ily))\b",
                     re.IGNORECASE)
_CENTRAL_BANK = re.compile(r"\bcentral\s+bank\b|\breserve\s+bank\b", re.IGNORECASE)


def role_title_keys(text: str) -> frozenset[str]:
    """The offices a role names, each as its title noun with the rank and portfolio before
    it ("Vice Premier" -> "vice premier", "Secretary of Commerce", "Commerce Secretary" and
    "Trade Minister" -> "commerce minister", "Deputy Prime Minister" -> "deputy prime
    minister"); past roles none, like ``role_titles``."""
    # (a role read across a closing quotation, 'home," Justice', is the words after it)
    text = re.split(r"[\"“”]", text)[-1]
    folded = _GENERAL_OFFICE.sub(r"\1general", fold(text))
    folded = _BANK_HEAD.sub("governor", folded)  # a central bank's head is its governor
    for long, short in _CHIEF_OFFICERS:  # "Chief Executive Officer" is a CEO
        folded = long.sub(short, folded)
    folded = _HOUSE_MEMBER.sub("congressman", _TECH_DIRECTOR.sub("cto", folded))
    folded = _FINANCE_DIRECTOR.sub("cfo", _GENERAL_DIRECTOR.sub("ceo", folded))
    if _PAST.search(folded):
        return frozenset()
    words: list[tuple[str, str, bool, int]] = []  # (title word, as written, owns, end)
    for m in re.finditer(r"([a-z]+)('s\b)?", folded):
        words.append((_SAME_TITLE.get(m.group(1), m.group(1)), m.group(1), bool(m.group(2)),
                      m.end()))
    keys: set[str] = set()
    last = ""  # the key of the title noun just before
    for i, (word, raw, owner, end) in enumerate(words):
        if word in _COMPLEMENT and keys:
            break
        if word in _QUALIFIERS and last and " " not in last:
            keys.discard(last)  # "Sheriff Deputy": a deputy sheriff
            keys.add(f"deputy {last}")
            last = ""
            continue
        last = ""
        if owner or _OF_A_BODY.match(folded, end) or word in _QUALIFIERS:
            continue
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        if raw in _PORTFOLIOS and nxt in _PORTFOLIO_NOUNS:
            continue  # "Justice Minister": the portfolio of the noun after it
        if word in _RANK_TITLES and nxt in _TITLES:
            continue  # "Lt. Gov.": the rank of the title after it
        if (word not in _TITLES and word not in _SAME_TITLE.values()
                and word not in _GENERAL_OFFICES):
            continue
        if word == "officer":
            office = _OFFICE_OFFICER.search(folded[:end])
            if office is None:
                continue  # "a police officer": a job, not one office
            # "returning officer" / "chief electoral officer": two offices, by their words
            last = " ".join(office.group(0).split())
            keys.add(last)
            continue
        before = i - 1
        portfolios = [""]
        if word in _PORTFOLIO_NOUNS:
            if before >= 0 and words[before][1] in _PORTFOLIOS and not words[before][2]:
                portfolios, before = [words[before][1]], before - 1
                # "Commerce and Industry Minister": one minister of both
                while (before >= 1 and words[before][1] == "and"
                       and words[before - 1][1] in _PORTFOLIOS):
                    portfolios.append(words[before - 1][1])
                    before -= 2
            else:  # "Secretary of (the) Commerce", "Minister for Trade", "Minister of
                # Economy, Trade and Industry"
                after = [w for _, w, _, _ in words[i + 1:i + 8] if w != "the"]
                if len(after) >= 2 and after[0] in ("of", "for") and after[1] in _PORTFOLIOS:
                    portfolios = [w for w in after[1:] if w != "and"]
                    portfolios = portfolios[:next((k for k, w in enumerate(portfolios)
                                                   if w not in _PORTFOLIOS), len(portfolios))]
        for portfolio in portfolios:
            last = _office_key(word, portfolio, words, before, folded)
            keys.add(last)
    return frozenset(keys)


def _office_key(word: str, portfolio: str, words: list[tuple[str, str, bool, int]],
                before: int, folded: str) -> str:
    """The key of one office: its rank, portfolio and title noun, each in one spelling."""
    rank = ""
    if before >= 0 and (words[before][1] in _RANKS or words[before][0] in _RANK_TITLES):
        rank = words[before][0] if words[before][0] in _RANK_TITLES else words[before][1]
    elif before >= 1 and words[before - 1][1] in ("acting", "interim"):
        rank = "acting"  # "interim FBI director": a body's name between
    elif (before >= 1 and words[before - 1][1] in _RANKS and words[before][1] in _BODIES
          and not words[before][2]):
        rank = words[before - 1][1]  # "deputy cabinet chairman": the deputy chairman of the
        # cabinet, a body's name between
    portfolio = _SAME_PORTFOLIO.get(portfolio, portfolio)
    if portfolio in _MINISTRIES:
        word = "minister"  # "Foreign Secretary" / "Foreign Minister": one office
    if word == "premier" and not portfolio:
        portfolio, word = "prime", "minister"  # "Premier Li" / "Prime Minister Li"
    if (portfolio, word) == ("press", "secretary"):
        portfolio, word = "", "spokesman"  # a press secretary speaks for the office
    word = _SAME_OFFICE.get(word, word)
    if word == "chancellor" and not portfolio and not rank:
        # Britain's Chancellor (of the Exchequer) is its finance minister: "Chancellor
        # Rachel Reeves" / "finance minister Rachel Reeves"
        portfolio, word = "finance", "minister"
    rank = "deputy" if rank == "vice" else rank  # "Vice Premier" / "Deputy Prime Minister"
    rank = "acting" if rank == "interim" else rank  # "interim director" / "Acting Director"
    if word == "spokesman" and not portfolio:
        # whose spokesman: "spokesman for the Health Ministry" / "Interior Ministry
        # spokesman" speak for two ministries
        body = _MINISTRY_OF.search(folded)
        if body:
            word_of = body.group(1) or body.group(2) or body.group(3)
            portfolio = _SAME_PORTFOLIO.get(word_of, word_of) if word_of in _PORTFOLIOS \
                else ""
    return " ".join(w for w in (rank, portfolio, word) if w)


_CHIEF_OFFICERS = tuple((re.compile(rf"\bchief {w}(?: officer)?\b"), short) for w, short in (
    ("executive", "ceo"), ("financial", "cfo"), ("operating", "coo"), ("technology", "cto")))
# One office in other words: a technical director is the chief technology officer; a
# Representative (not a trade representative) is a congressman; a general director is the
# chief executive.
_TECH_DIRECTOR = re.compile(r"\btechni(?:cal|cs)\s+director\b|\btechnology\s+director\b")
_HOUSE_MEMBER = re.compile(r"(?<!trade )\brepresentative\b")
# A company's general director (or director general) is its chief executive: "Yerlan
# Kassymov, general director of Tengri Aerospace" / "Tengri Aerospace chief executive".
_GENERAL_DIRECTOR = re.compile(r"\bgeneral\s+director\b|\bdirector[\s-]+general\b")
# A company's finance director is its chief financial officer ("former finance director" /
# "former chief financial officer").
_FINANCE_DIRECTOR = re.compile(r"\bfinanc(?:e|ial)\s+director\b")
# An office called an officer ("Chief Electoral Officer", "returning officer"), not a job
# ("a police officer").
_OFFICE_OFFICER = re.compile(r"\b(?:chief|returning|electoral|executive|information)\s+"
                             r"(?:[a-z]+\s+)?officer$")
# The ministry a spokesman speaks for.
_MINISTRY_OF = re.compile(r"\b([a-z]+)\s+ministry\b|\bministry\s+of\s+(?:the\s+)?([a-z]+)|"
                          r"\b([a-z]+)\s+(?:department|office)\s+spokes")


def _parts(key: str) -> tuple[str, str, str]:
    """(rank, portfolio, noun) of a title key ("deputy prime minister")."""
    words = key.split(" ")
    rank = words[0] if len(words) > 1 and (words[0] in _RANKS or words[0] in _RANK_TITLES) \
        else ""
    portfolio = words[-2] if len(words) > 1 and words[-2] in _PORTFOLIOS else ""
    return rank, portfolio, words[-1]


def _noun(key: str) -> str:
    return _parts(key)[2]


def _less_precise(key: str, keys: set[str]) -> bool:
    """A title without its portfolio ("Secretary") where the story gives it with one
    ("Commerce Secretary"): one office told less precisely, compatible with any."""
    rank, portfolio, noun = _parts(key)
    return not portfolio and any(
        (r, n) == (rank, noun) and p for r, p, n in map(_parts, keys))


# ("vice commerce minister and trade representative"; "the vice commerce minister who also
# carries the title of international trade representative", "… who also serves as …")
_JOINED = re.compile(r"\b([a-z]+)\s+(?:and|&|,?\s*who\s+(?:also\s+)?(?:carries|holds|has|"
                     r"bears|serves\s+as|is)\s+(?:also\s+)?(?:the\s+)?(?:(?:title|post|"
                     r"role|job)\s+of\s+)?)\s*((?:[a-z]+\s+){0,3}[a-z]+)\b")


def joined_titles(sentence: str) -> list[tuple[str, str]]:
    """Pairs of title nouns a sentence joins with "and" ("president and general manager") or
    gives one person together ("minister who also carries the title of … representative")."""
    out = []
    for m in _JOINED.finditer(fold(sentence)):
        a = _SAME_TITLE.get(m.group(1), m.group(1))
        if a not in _TITLES:
            continue
        for word in m.group(2).split():
            b = _SAME_TITLE.get(word, word)
            if b != a and b in _TITLES:
                out.append((a, b))
    return out


def title_conflicts(people: list[MergedPerson]) -> list[Discrepancy]:
    """A ``title`` discrepancy per merged person whose outlets give unrelated titles (held
    now, or held before: "former prime minister" / "the former foreign minister")."""
    out = []
    for person in people:
        if person.kind != "person" or len(person.outlets) < 2:
            continue
        disc = _person_titles(person) or _former_titles(person)
        if disc is not None:
            out.append(disc)
    return out


# ("a 47-year-old former finance minister": an age may stand before the marker)
_FORMER = re.compile(r"^(?:the\s+|an?\s+)?(?:\d{1,3}-year-old\s+)?(?:former|ex|retired)[\s-]+",
                     re.IGNORECASE)


# A service's head ("former police chief" / "a former fire chief"): two services, two offices.
_CHIEF = re.compile(r"\b(police|fire|army|navy|military|intelligence|spy|defen[cs]e|party|"
                    r"campaign|staff)\s+chief\b", re.IGNORECASE)


def _chief_keys(text: str) -> frozenset[str]:
    m = _CHIEF.search(text)
    return frozenset({f"{fold(m.group(1)).replace('defense', 'defence')} chief"}) if m else (
        frozenset())


def _former_titles(person: MergedPerson) -> Discrepancy | None:
    """Two outlets each giving the person one former office, different ones (neither a
    less precise form of the other, and no outlet giving both)."""
    told: dict[str, tuple[frozenset[str], str, list[Citation]]] = {}
    for role in person.roles:
        m = _FORMER.match(role.text)
        if m is None:
            continue
        keys = role_title_keys(role.text[m.end():]) or _chief_keys(role.text[m.end():])
        for outlet in role.outlets:
            if outlet in told and told[outlet][0] != keys:
                return None  # one outlet giving two former offices: both may have been held
            told[outlet] = (keys, role.text, [c for c in role.citations if c.outlet == outlet])
    values = list(told.values())
    if len(values) < 2 or not all(v[0] for v in values):
        return None
    first, second = values[0], next((v for v in values[1:] if v[0] != values[0][0]), None)
    if second is None or first[0] & second[0]:
        return None
    every = set(first[0] | second[0])
    if any(_less_precise(k, every) for k in every):
        return None
    shown = f'"{first[1]}" vs "{second[1]}"'
    return Discrepancy(
        kind="title",
        about=f"{person.name}'s former title",
        values=[DiscrepancyValue(first[1], dedupe_citations(first[2])),
                DiscrepancyValue(second[1], dedupe_citations(second[2]))],
        note=f"Outlets give {person.name} different former titles: {shown}.",
    )


_WORDS_BEFORE_NAME = 4  # words before a person's name read for the title given there


# Words no title holds: the title before a name starts after the last of them ("the
# Progressive Conservatives under Premier Graham Tulloch", "reducing Premier Tulloch's …").
_NOT_IN_TITLE = wordset("under and by with from to against as beside behind after before than "
                        "over said says told while when including at in on")
_TITLE_ING = wordset("acting outgoing incoming")


def _title_run(words: str) -> str:
    """The words of ``words`` from the first one after the last word no title holds."""
    kept: list[str] = []
    for word in reversed(words.split()):
        w = re.sub(r"[^a-z]", "", fold(word))
        if w in _NOT_IN_TITLE or (word.islower() and w.endswith("ing") and w not in _TITLE_ING):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _own_wording(role: str, sentence: str, person: MergedPerson) -> str:
    """The role as this sentence words it: the merged role's text where the sentence holds
    it right before the person's name (with a rank or portfolio just before it that the
    name reader left out: "Lt." of "Lt. Gov."), else the few words right before the name
    ("Premier Liu Wen …" of a role merged as "Vice Premier")."""
    names = [person.name, *(v.name for v in person.variants)]
    found = [at for n in names if n and (at := sentence.find(n)) >= 0]
    name_at = min(found) if found else len(sentence)
    at = fold(sentence[:name_at]).rfind(fold(role))
    if at < 0 and not found:
        return role
    if at >= 0:  # the role as written, with a rank or portfolio the reader left out
        lead: list[str] = []
        offices = {_noun(k) for k in role_title_keys(role)}
        for word in reversed(sentence[:at].split()[-2:]):
            w = re.sub(r"[^a-z]", "", fold(word))
            if not (w in _LEAD_RANKS or _SAME_TITLE.get(w, w) in _RANK_TITLES
                    or (w in _PORTFOLIOS and offices & _PORTFOLIO_NOUNS)):
                break
            lead.insert(0, word)
        return " ".join([*lead, role]) if lead else role
    if fold(role) in fold(sentence):
        return role  # told elsewhere in the sentence (after the name: an appositive)
    own = " ".join(sentence[:name_at].split()[-_WORDS_BEFORE_NAME:])
    own = re.split(r"\s[-—–]\s", own)[-1]  # "KUALA LUMPUR - Commerce Secretary": a dateline
    while own.split() and own.split()[-1].lower() in HONORIFICS:
        own = own.rsplit(None, 1)[0] if len(own.split()) > 1 else ""  # "Chief Justice Sir …"
    own = _title_run(own)
    # Only the merged role's own office told in other words: the same title noun before
    # the name (another noun there is someone else's title, or no title of the person).
    nouns = {_noun(k) for k in role_title_keys(role)}
    return own if nouns & {_noun(k) for k in role_title_keys(own)} else role


# Ranks of a service: one person holds one at a time, whatever post goes with it ("Commodore
# Nirad Sinha, a navy spokesman" / "navy spokesman Commander Nirad Sinha"). (Not "general",
# as in "general manager", nor "major".)
_SERVICE_RANKS = wordset("admiral commodore brigadier colonel captain lieutenant commander "
                         "sergeant corporal constable inspector superintendent")


def _rank_conflict(person: MergedPerson, by_outlet: dict[str, set[str]],
                   texts: dict[str, list[tuple[str, list[Citation], str]]]
                   ) -> Discrepancy | None:
    """Two outlets each giving the person one service rank, different ones, beside any
    post; an outlet giving two ranks ("Area Commander Inspector") tells none apart."""
    ranks = {o: {t for t in ts if _noun(t) in _SERVICE_RANKS} for o, ts in by_outlet.items()}
    if any(len(r) > 1 for r in ranks.values()):
        return None
    told = {o: next(iter(r)) for o, r in ranks.items() if r}
    if len(set(told.values())) < 2:
        return None
    return _title_report(person, "rank", [
        [r for r in texts[rank] if told.get(r[2]) == rank]
        for rank in sorted(set(told.values()), key=list(texts).index)])


def _office_rank_conflict(person: MergedPerson, by_outlet: dict[str, set[str]],
                          texts: dict[str, list[tuple[str, list[Citation], str]]]
                          ) -> Discrepancy | None:
    """Two outlets giving one office (a noun and its portfolio) under two ranks, each one
    rank ("Assistant governor" / "Deputy governor"), whatever else they agree on (both call
    him the committee's secretary)."""
    for office in sorted({(p, n) for ts in by_outlet.values() for _, p, n in map(_parts, ts)}):
        told: dict[str, set[str]] = {}
        for outlet, ts in by_outlet.items():
            ranks = {_parts(t)[0] for t in ts if _parts(t)[1:] == office}
            if ranks:
                told[outlet] = ranks
        if any(len(r) > 1 for r in told.values()):
            continue
        ranks_told = {next(iter(r)) for r in told.values()}
        if len(ranks_told) < 2 or "" in ranks_told:
            continue  # (a rank against none may be the title said short)
        return _title_report(person, "title", [
            texts[t] for t in texts if _parts(t)[1:] == office and _parts(t)[0] in ranks_told])
    return None


_Told = list[tuple[str, list[Citation], str]]  # (role as written, citations, outlet)


def _title_report(person: MergedPerson, what: str, groups: list[_Told]) -> Discrepancy:
    """A report of the person's titles (or ranks), a value for each group of roles told
    alike: its most common wording (the shortest of those), most outlets first."""
    values: list[tuple[int, DiscrepancyValue]] = []
    for roles in groups:
        text = max((r[0] for r in roles), key=lambda x: (sum(x == y[0] for y in roles), -len(x)))
        cites = dedupe_citations(c for _, cs, _ in roles for c in cs)
        values.append((len({o for _, _, o in roles}), DiscrepancyValue(text.strip(), cites)))
    values.sort(key=lambda v: -v[0])
    shown = " vs ".join(f'"{v.value}"' for _, v in values)
    return Discrepancy(kind="title", about=f"{person.name}'s {what}",
                       values=[v for _, v in values],
                       note=f"Outlets give {person.name} different {what}s: {shown}.")


def _in_sentence(wording: str, sentence: str) -> str:
    """The wording without the title nouns its outlet's sentence does not hold: a role the
    name reader merged across outlets ("navy spokesman Commander" for "Commodore Nirad
    Sinha, a navy spokesman") keeps only what this outlet wrote."""
    written = set(re.findall(r"[a-z]+", fold(sentence)))
    kept = [w for w in wording.split()
            if not ((x := re.sub(r"[^a-z]", "", fold(w))) and x not in written
                    and (x in _TITLES or x in _SAME_TITLE))]
    return " ".join(kept)


def _person_titles(person: MergedPerson) -> Discrepancy | None:
    # Which titles each outlet gives, and where.
    by_outlet: dict[str, set[str]] = {}
    texts: dict[str, list[tuple[str, list[Citation], str]]] = {}
    for role in person.roles:
        cites = [c for c in role.citations if not historic(role.text, c.sentence)]
        if role.citations and not cites:
            continue
        told = {c.outlet for c in cites}
        if cites and None not in told:
            for cite in cites:  # each outlet's own words ("Premier" merged into "Vice Premier")
                wording = _in_sentence(_own_wording(role.text, cite.sentence, person),
                                       cite.sentence)
                for title in role_title_keys(wording):
                    by_outlet.setdefault(cite.outlet or "", set()).add(title)
                    texts.setdefault(title, []).append((wording, [cite], cite.outlet or ""))
            continue
        current = [o for o in role.outlets if o in told] if None not in told else role.outlets
        for title in role_title_keys(role.text):
            for outlet in current or role.outlets:
                by_outlet.setdefault(outlet, set()).add(title)
                texts.setdefault(title, []).append((role.text, cites, outlet))
    every = {t for ts in by_outlet.values() for t in ts}
    loose = {t for t in every if _less_precise(t, every)}
    by_outlet = {o: ts - loose for o, ts in by_outlet.items() if ts - loose}
    titles = sorted({t for ts in by_outlet.values() for t in ts})
    if len(titles) < 2 or len(by_outlet) < 2:
        return None
    ranked = _rank_conflict(person, by_outlet, texts) or _office_rank_conflict(
        person, by_outlet, texts)
    if ranked is not None:
        return ranked
    # Titles given together by one outlet are one description of the person.
    uf = UnionFind(len(titles))
    pos = {t: n for n, t in enumerate(titles)}
    for ts in by_outlet.values():
        first, *rest = sorted(ts)
        for t in rest:
            uf.union(pos[first], pos[t])
    # Titles an outlet joins with "and" ("team president and general manager Ed Stefanski")
    # are both held, even where the name reader kept only the last.
    # (a title with a portfolio only as the joining outlet gives it: "vice commerce minister
    # and trade representative" joins no other outlet's "foreign minister")
    for _, cites, outlet in (r for rs in texts.values() for r in rs):
        own = {t for t in titles if t in by_outlet.get(outlet, set()) or not _parts(t)[1]}
        for cite in cites:
            for a, b in joined_titles(cite.sentence):
                for ka in (t for t in own if _noun(t) == a):
                    for kb in (t for t in own if _noun(t) == b):
                        uf.union(pos[ka], pos[kb])
    for ka in titles:
        for kb in titles:
            if frozenset({_noun(ka), _noun(kb)}) in _HELD_TOGETHER:
                uf.union(pos[ka], pos[kb])
    if any(_CENTRAL_BANK.search(w) for rs in texts.values() for w, _, _ in rs):
        # a central bank's head is its governor in some countries, its president in others
        # ("Central bank president Vilcapoma" / "BCRP president Vilcapoma" / "Governor
        # Vilcapoma"): one office however an outlet names it
        heads = [t for t in titles if t in ("governor", "president")]
        for t in heads[1:]:
            uf.union(pos[heads[0]], pos[t])
    for ka in titles:
        if _parts(ka)[0] == "acting":
            # an acting office is a second hat worn over one's own, when the outlet giving
            # the other says he acts too ("the interim mayor, Gilson Amaral" / "The city
            # council president, Gilson Amaral, has run the city on an interim basis"); an
            # older title given alone still conflicts
            for kb in titles:
                if _noun(kb) != _noun(ka) and any(
                        _ACTING.search(c.sentence) for _, cites, _ in texts[kb] for c in cites):
                    uf.union(pos[ka], pos[kb])
    groups: dict[int, list[str]] = {}
    for t in sorted(titles, key=list(texts).index):  # in the order the roles come
        groups.setdefault(uf.find(pos[t]), []).append(t)
    if len(groups) < 2:
        return None
    return _title_report(person, "title", [[r for t in members for r in texts[t]]
                                           for members in groups.values()])
