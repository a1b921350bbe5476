"""Part JC of the story battery (web pages).

Written by engineer JC1 on 2026-12-07 (twenty-fourth session, twenty-third batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py JC`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-JC1: Bank of Canada cuts its policy rate 25 bp to 2% (Wed 11 Mar 2026); CONTROL; traps: bp / quarter point, new Bank Rate 2.25% = old policy rate, ET/PT/GMT, savings on two mortgage sizes, loonie in US cents vs C$ per US$, quote cut at different places.
el-JC2: federal by-election in Kings-Hants, N.S. (Mon 25 May 2026), Conservative gain; PLANTED: Liberal's surname "Sollberg" (Polaris live blog), turnout 35.9% (Northern Wire); traps: live running tallies, partial local counts, advance-poll and 2025 figures, ADT/EDT.
ct-JC3: Supreme Court of Canada restores $38.6M award to grain farmers v. railway, 7-2 (Fri 12 Jun 2026); CONTROL; traps: appeal court's 2-1, award with/without interest, exact vs rounded sums, ET/CDT, full and short judges' names.
tr-JC4: StatCan: July 2026 goods trade deficit $1.42B (Thu 3 Sep 2026); CONTROL; traps: June revised vs first reported, forecast, value vs volume growth, C$/US$, year-to-date, U.S. surplus.
rk-JC5: Tidewater Orbital's Gannet-1 reaches orbit from near Canso, N.S. (Thu 15 Oct 2026); PLANTED: liftoff 6:24 (Orbit Notes), CEO called chief technology officer (Polaris News); traps: Tuesday scrub, ADT/EDT/UTC, about 500 vs 510 km, 2025 suborbital flight.
eq-JC6: M6.4 quake ~140 km west of Port Hardy, B.C., 3:27 a.m. PST (Sat 14 Nov 2026); PLANTED: "early Friday" (Dominion Ledger), outage peak 29,800 (Northern Wire); traps: 6.2 revised to 6.4, growing aftershock/injury/outage counts, M4.7 aftershock, PST/EST/UTC.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "JC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Shared building blocks.  Paragraph lists use three small conventions:
# "## text" is a sub-heading, "> text" a pull quote, anything else a <p>.
# ---------------------------------------------------------------------------

def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _paras(paras: list[str]) -> str:
    out = []
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2 class=\"subhead\">{_esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote class=\"pull\"><p>{_esc(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{_esc(p)}</p>")
    return "\n        ".join(out)


def _jsonld(*, headline: str, url: str, site: str, domain: str, published: str | None,
            modified: str | None, authors: list[str], section: str, description: str,
            image: str | None, kind: str = "NewsArticle") -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": headline,
        "description": description,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "articleSection": section,
        "inLanguage": "en-CA",
        "author": [{"@type": "Person", "name": a} for a in authors] or
                  [{"@type": "Organization", "name": site}],
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{domain}/static/logo-600x60.png"}},
    }
    if image:
        data["image"] = [image]
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    return ("<script type=\"application/ld+json\">"
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _head(*, title: str, description: str, url: str, site: str, image: str | None,
          published: str | None, section: str, jsonld: str, css: str,
          keywords: str = "") -> str:
    meta = [
        "<meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{_esc(title)}</title>",
        f"<meta name=\"description\" content=\"{_attr(description)}\">",
        f"<link rel=\"canonical\" href=\"{_attr(url)}\">",
        f"<meta property=\"og:site_name\" content=\"{_attr(site)}\">",
        "<meta property=\"og:type\" content=\"article\">",
        f"<meta property=\"og:title\" content=\"{_attr(title.split(' | ')[0].split(' - ')[0])}\">",
        f"<meta property=\"og:description\" content=\"{_attr(description)}\">",
        f"<meta property=\"og:url\" content=\"{_attr(url)}\">",
        "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        f"<meta property=\"article:section\" content=\"{_attr(section)}\">",
    ]
    if image:
        meta.append(f"<meta property=\"og:image\" content=\"{_attr(image)}\">")
    if published:
        meta.append(f"<meta property=\"article:published_time\" content=\"{published}\">")
    if keywords:
        meta.append(f"<meta name=\"keywords\" content=\"{_attr(keywords)}\">")
    meta.append(f"<style>{css}</style>")
    meta.append(jsonld)
    return "<head>\n  " + "\n  ".join(meta) + "\n</head>"


def _cookie(site: str, variant: int = 0) -> str:
    texts = [
        f"{site} uses cookies to keep you signed in, measure traffic and show ads that "
        "pay for our journalism. You can change your choices at any time.",
        "We and our partners store small files on your device. Some are needed for the site "
        "to work; others help us understand what readers read.",
        "This site uses cookies. Essential cookies are always on. Choose whether to allow "
        "analytics and advertising cookies.",
    ]
    return (
        "<div class=\"consent\" id=\"cookie-consent\" role=\"dialog\" aria-label=\"Cookie notice\">"
        f"<p>{_esc(texts[variant % len(texts)])}</p>"
        "<button type=\"button\" data-consent=\"accept\">Accept all</button>"
        "<button type=\"button\" data-consent=\"reject\">Reject optional</button>"
        "<a href=\"/privacy#cookies\">Manage preferences</a></div>"
    )


def _nav(items: list[str], domain: str) -> str:
    links = "".join(
        f"<li><a href=\"https://{domain}/{i.lower().replace(' ', '-').replace('&', 'and')}\">"
        f"{_esc(i)}</a></li>" for i in items)
    return f"<nav class=\"primary\" aria-label=\"Sections\"><ul>{links}</ul></nav>"


def _share(url: str) -> str:
    u = _attr(url)
    return (
        "<div class=\"share\" aria-label=\"Share this story\"><span>Share</span>"
        f"<a class=\"s-fb\" href=\"https://facebook.example/share?u={u}\">Facebook</a>"
        f"<a class=\"s-bs\" href=\"https://bsky.example/intent/compose?text={u}\">Bluesky</a>"
        f"<a class=\"s-li\" href=\"https://linkedin.example/share?url={u}\">LinkedIn</a>"
        f"<a class=\"s-em\" href=\"mailto:?body={u}\">Email</a>"
        "<button type=\"button\" class=\"s-copy\">Copy link</button></div>"
    )


def _ad(slot: str, size: str = "300x250") -> str:
    return (f"<aside class=\"ad ad-{size}\" data-slot=\"{slot}\">"
            "<span class=\"ad-label\">Advertisement</span>"
            f"<div class=\"ad-frame\" id=\"{slot}\"></div></aside>")


def _figure(image: tuple[str, str, str] | None) -> str:
    if not image:
        return ""
    src, caption, credit = image
    return (f"<figure class=\"lead-image\"><img src=\"{_attr(src)}\" alt=\"{_attr(caption)}\" "
            "loading=\"lazy\" width=\"1200\" height=\"675\">"
            f"<figcaption>{_esc(caption)} <span class=\"credit\">{_esc(credit)}</span>"
            "</figcaption></figure>")


def _related(title: str, links: list[tuple[str, str]]) -> str:
    items = "".join(f"<li><a href=\"{_attr(h)}\">{_esc(t)}</a></li>" for t, h in links)
    return (f"<aside class=\"related\"><h3>{_esc(title)}</h3><ul>{items}</ul></aside>")


def _footer(site: str, domain: str, extra: str = "") -> str:
    return (
        "<footer class=\"site-footer\"><div class=\"f-links\">"
        f"<a href=\"https://{domain}/about\">About {_esc(site)}</a>"
        f"<a href=\"https://{domain}/contact\">Contact us</a>"
        f"<a href=\"https://{domain}/corrections\">Corrections</a>"
        f"<a href=\"https://{domain}/privacy\">Privacy</a>"
        f"<a href=\"https://{domain}/terms\">Terms of use</a>"
        f"<a href=\"https://{domain}/advertise\">Advertise</a></div>"
        f"{extra}<p class=\"copy\">&copy; 2026 {_esc(site)}. All rights reserved.</p></footer>"
    )


_CSS_A = ("body{font-family:Georgia,serif;margin:0}header{border-bottom:1px solid #ccc}"
          ".consent{position:fixed;bottom:0;background:#222;color:#fff;padding:1em}"
          ".ad{margin:1.5em 0;text-align:center}.ad-label{font-size:11px;color:#777}")
_CSS_B = ("body{font-family:Helvetica,Arial,sans-serif;color:#111}.wrap{max-width:720px;"
          "margin:auto}.byline{font-weight:bold}.share a{margin-right:.5em}"
          ".related{border-top:3px solid #b00}")
_CSS_C = ("body{font-family:system-ui,sans-serif;background:#fafafa}.player{background:#000;"
          "color:#fff;aspect-ratio:16/9}.entry{border-left:3px solid #06c;padding-left:1em}")


# ---------------------------------------------------------------------------
# Page templates, one per kind of outlet.
# ---------------------------------------------------------------------------

def wire_page(*, site: str, domain: str, url: str, headline: str, summary: str,
              section: str, published: str | None, modified: str | None, author: str,
              date_line: str, dateline: str, paras: list[str],
              image: tuple[str, str, str] | None, related: list[tuple[str, str]],
              tags: list[str]) -> str:
    """A wire-service story page: terse chrome, dateline with agency tag, tag list."""
    jl = _jsonld(headline=headline, url=url, site=site, domain=domain, published=published,
                 modified=modified, authors=[author], section=section, description=summary,
                 image=image[0] if image else None)
    head = _head(title=f"{headline} | {site}", description=summary, url=url, site=site,
                 image=image[0] if image else None, published=published, section=section,
                 jsonld=jl, css=_CSS_A, keywords=", ".join(tags))
    first, rest = paras[0], paras[1:]
    tag_html = "".join(f"<a rel=\"tag\" href=\"https://{domain}/tag/"
                       f"{t.lower().replace(' ', '-')}\">{_esc(t)}</a>" for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-CA">
{head}
<body class="wire story">
{_cookie(site, 0)}
<header class="masthead"><a class="logo" href="https://{domain}/">{_esc(site)}</a>
<form class="search" action="https://{domain}/search"><input type="search" name="q" placeholder="Search"></form>
{_nav(["Top News", "Canada", "World", "Business", "Markets", "Politics", "Sports", "Photos"], domain)}
</header>
<main>
  {_ad("wire-leader", "728x90")}
  <article class="story-body" itemscope itemtype="https://schema.org/NewsArticle">
    <p class="section-label">{_esc(section)}</p>
    <h1 itemprop="headline">{_esc(headline)}</h1>
    <div class="meta"><span class="byline">By {_esc(author)}</span>
      <time class="stamp">{_esc(date_line)}</time></div>
    {_share(url)}
    {_figure(image)}
    <div class="body" itemprop="articleBody">
        <p><span class="dateline">{_esc(dateline)}</span> {_esc(first)}</p>
        {_paras(rest)}
    </div>
    <p class="wire-note">Copyright 2026 {_esc(site)}. Reproduction by subscribers permitted under licence.</p>
    <div class="tags">{tag_html}</div>
  </article>
  {_related("More from the wire", related)}
  {_ad("wire-rail", "300x600")}
</main>
{_footer(site, domain, '<p class="f-note">Subscriber services: desk@' + domain + '</p>')}
</body>
</html>
"""


def paper_page(*, site: str, domain: str, url: str, headline: str, dek: str, kicker: str,
               section: str, published: str | None, modified: str | None, authors: list[str],
               date_line: str, dateline: str, paras: list[str],
               image: tuple[str, str, str] | None, related: list[tuple[str, str]],
               ad_after: int = 4, read_time: str = "5 min read") -> str:
    """A national newspaper's article page: kicker, dek, several bylines, inline ad."""
    jl = _jsonld(headline=headline, url=url, site=site, domain=domain, published=published,
                 modified=modified, authors=authors, section=section, description=dek,
                 image=image[0] if image else None)
    head = _head(title=f"{headline} - {site}", description=dek, url=url, site=site,
                 image=image[0] if image else None, published=published, section=section,
                 jsonld=jl, css=_CSS_B)
    by = " and ".join(f"<a href=\"https://{domain}/authors/{a.lower().replace(' ', '-')}\">"
                      f"{_esc(a)}</a>" for a in authors)
    lead = (f"<p><strong>{_esc(dateline)}</strong> &mdash; {_esc(paras[0])}</p>" if dateline
            else f"<p>{_esc(paras[0])}</p>")
    part1 = _paras(paras[1:ad_after])
    part2 = _paras(paras[ad_after:])
    return f"""<!DOCTYPE html>
<html lang="en">
{head}
<body>
{_cookie(site, 1)}
<div class="topbar"><a href="https://{domain}/subscribe">Subscribe for $1 a week</a> <a href="https://{domain}/login">Sign in</a></div>
<header class="wrap"><a class="logo" href="https://{domain}/">{_esc(site)}</a>
{_nav(["Home", "Canada", "Politics", "Business", "Investing", "World", "Opinion", "Arts", "Life", "Sports"], domain)}
</header>
<main class="wrap">
  <article class="article">
    <p class="kicker">{_esc(kicker)}</p>
    <h1>{_esc(headline)}</h1>
    <p class="dek">{_esc(dek)}</p>
    <div class="byline-block"><span class="byline">{by}</span>
      <span class="date">{_esc(date_line)}</span> <span class="rt">{_esc(read_time)}</span></div>
    {_share(url)}
    {_figure(image)}
    <section class="article-text">
        {lead}
        {part1}
        {_ad("paper-inline-1")}
        {part2}
    </section>
    <div class="article-end"><p>Comments are closed on this story.</p>
      <p class="report"><a href="https://{domain}/corrections">Report an error</a> &middot;
      <a href="https://{domain}/standards">Editorial standards</a></p></div>
  </article>
  {_related("Related stories", related)}
  <aside class="signup"><h3>Morning Update</h3><p>The day's most important stories, in your inbox before 7 a.m.</p>
    <form><input type="email" placeholder="Email address"><button>Sign up</button></form></aside>
  {_ad("paper-rail", "300x600")}
</main>
{_footer(site, domain)}
</body>
</html>
"""


def broadcast_page(*, site: str, domain: str, url: str, headline: str, summary: str,
                   section: str, published: str | None, modified: str | None,
                   authors: list[str], date_line: str, paras: list[str],
                   video: tuple[str, str], image: tuple[str, str, str] | None,
                   related: list[tuple[str, str]], region: str = "National") -> str:
    """A broadcaster's news page: video player on top, region picker, 'watch next' rail."""
    jl = _jsonld(headline=headline, url=url, site=site, domain=domain, published=published,
                 modified=modified, authors=authors, section=section, description=summary,
                 image=image[0] if image else None)
    head = _head(title=f"{headline} | {site}", description=summary, url=url, site=site,
                 image=image[0] if image else None, published=published, section=section,
                 jsonld=jl, css=_CSS_C)
    vtitle, vlen = video
    by = ", ".join(_esc(a) for a in authors)
    return f"""<!DOCTYPE html>
<html lang="en-CA">
{head}
<body class="bc-news">
{_cookie(site, 2)}
<header><div class="brand"><a href="https://{domain}/news">{_esc(site)}</a></div>
<div class="region-picker">Region: <button>{_esc(region)}</button></div>
{_nav(["News", "Local", "Politics", "Money", "Health", "Weather", "Video", "Listen Live"], domain)}
</header>
<main>
  <div class="player" data-duration="{_attr(vlen)}"><button class="play" aria-label="Play">&#9654;</button>
    <p class="vcap">WATCH | {_esc(vtitle)} <span class="dur">{_esc(vlen)}</span></p></div>
  <article class="news-story">
    <h1>{_esc(headline)}</h1>
    <p class="summary">{_esc(summary)}</p>
    <div class="authors">{by} &middot; {_esc(site)} News</div>
    <div class="timestamp">{_esc(date_line)}</div>
    {_share(url)}
    <div class="story">
        {_paras(paras[:3])}
        {_figure(image)}
        {_paras(paras[3:])}
    </div>
    <p class="tip">Do you have a story tip? Email <a href="mailto:tips@{domain}">tips@{domain}</a>.</p>
  </article>
  {_ad("bc-box-1")}
  {_related("Watch next", related)}
</main>
{_footer(site, domain, '<p class="f-note">Closed captioning is available on all video.</p>')}
</body>
</html>
"""


def local_page(*, site: str, domain: str, url: str, headline: str, summary: str,
               section: str, published: str | None, modified: str | None, author: str,
               author_role: str, date_line: str, paras: list[str],
               image: tuple[str, str, str] | None, related: list[tuple[str, str]],
               weather: str, most_read: list[str]) -> str:
    """A small local news site: weather strip, community nav, 'most read' list."""
    jl = _jsonld(headline=headline, url=url, site=site, domain=domain, published=published,
                 modified=modified, authors=[author], section=section, description=summary,
                 image=image[0] if image else None)
    head = _head(title=f"{headline} | {site}", description=summary, url=url, site=site,
                 image=image[0] if image else None, published=published, section=section,
                 jsonld=jl, css=_CSS_A)
    mr = "".join(f"<li>{_esc(m)}</li>" for m in most_read)
    half = max(2, len(paras) // 2)
    return f"""<!DOCTYPE html>
<html lang="en">
{head}
<body class="local">
{_cookie(site, 1)}
<div class="weather-strip">{_esc(weather)}</div>
<header><a class="logo" href="https://{domain}/">{_esc(site)}</a>
{_nav(["Local News", "Community", "Business", "Sports", "Obituaries", "Events", "Classifieds"], domain)}
</header>
<div class="container">
<main>
  <article class="post">
    <header class="post-head"><span class="cat">{_esc(section)}</span>
      <h1 class="post-title">{_esc(headline)}</h1>
      <p class="post-meta">{_esc(author)}, {_esc(author_role)} &middot; {_esc(date_line)}</p>
    </header>
    {_figure(image)}
    <div class="post-content">
        {_paras(paras[:half])}
        {_ad("local-mid")}
        {_paras(paras[half:])}
    </div>
    {_share(url)}
    <p class="support">Local journalism costs money. <a href="https://{domain}/support">Become a supporter</a>.</p>
  </article>
  {_related("More local news", related)}
</main>
<aside class="sidebar"><h3>Most read</h3><ol>{mr}</ol>{_ad("local-side", "300x600")}</aside>
</div>
{_footer(site, domain)}
</body>
</html>
"""


def newsletter_page(*, site: str, domain: str, url: str, headline: str, summary: str,
                    issue: str, date_line: str, author: str, intro: str, paras: list[str],
                    related: list[tuple[str, str]], published: str | None = None,
                    sponsor: str = "") -> str:
    """The web version of an e-mail newsletter; machine-readable date only if given."""
    jl = (_jsonld(headline=headline, url=url, site=site, domain=domain, published=published,
                  modified=None, authors=[author], section="Newsletter", description=summary,
                  image=None) if published else "")
    head = _head(title=f"{headline} - {site}", description=summary, url=url, site=site,
                 image=None, published=published, section="Newsletter", jsonld=jl,
                 css=_CSS_B)
    sp = (f"<div class=\"sponsor\"><span class=\"ad-label\">Advertisement</span>"
          f"<p>{_esc(sponsor)}</p></div>") if sponsor else _ad("nl-1", "600x200")
    return f"""<!DOCTYPE html>
<html lang="en">
{head}
<body class="newsletter">
{_cookie(site, 0)}
<div class="preheader"><a href="{_attr(url)}">View in browser</a> &middot; <a href="https://{domain}/subscribe">Forwarded this? Subscribe</a></div>
<header class="wrap"><a class="logo" href="https://{domain}/">{_esc(site)}</a>
{_nav(["Latest issue", "Archive", "About", "Subscribe"], domain)}
</header>
<main class="wrap">
  <article class="issue">
    <p class="issue-no">{_esc(issue)}</p>
    <h1>{_esc(headline)}</h1>
    <p class="issue-date">{_esc(date_line)}</p>
    <p class="from">From {_esc(author)}</p>
    <p class="intro"><em>{_esc(intro)}</em></p>
    {sp}
    <div class="issue-body">
        {_paras(paras)}
    </div>
    <p class="signoff">That's it for today. Reply to this e-mail to reach {_esc(author.split()[0])} directly.</p>
    {_share(url)}
  </article>
  {_related("From the archive", related)}
</main>
{_footer(site, domain, '<p class="f-note"><a href="https://' + domain + '/unsubscribe">Unsubscribe</a> &middot; <a href="https://' + domain + '/preferences">Update preferences</a></p>')}
</body>
</html>
"""


def liveblog_page(*, site: str, domain: str, url: str, headline: str, summary: str,
                  section: str, published: str | None, modified: str | None,
                  authors: list[str], date_line: str, key_points: list[str],
                  entries: list[tuple[str, str, list[str]]],
                  image: tuple[str, str, str] | None, related: list[tuple[str, str]]) -> str:
    """A live blog; entries are (visible time, heading, paragraphs), newest first."""
    jl = _jsonld(headline=headline, url=url, site=site, domain=domain, published=published,
                 modified=modified, authors=authors, section=section, description=summary,
                 image=image[0] if image else None)
    head = _head(title=f"{headline} | {site}", description=summary, url=url, site=site,
                 image=image[0] if image else None, published=published, section=section,
                 jsonld=jl, css=_CSS_C)
    kp = "".join(f"<li>{_esc(k)}</li>" for k in key_points)
    blocks = []
    for n, (stamp, heading, ps) in enumerate(entries):
        blocks.append(
            f"<div class=\"entry\" id=\"entry-{len(entries) - n}\"><p class=\"entry-time\">{_esc(stamp)}</p>"
            + (f"<h3>{_esc(heading)}</h3>" if heading else "")
            + _paras(ps) + "</div>")
        if n == 2:
            blocks.append(_ad("live-mid"))
    body = "\n        ".join(blocks)
    return f"""<!DOCTYPE html>
<html lang="en-CA">
{head}
<body class="live">
{_cookie(site, 2)}
<header><a class="logo" href="https://{domain}/">{_esc(site)}</a>
{_nav(["News", "Live", "Canada", "World", "Politics", "Business", "Video"], domain)}
</header>
<main>
  <article class="liveblog">
    <p class="live-badge">LIVE UPDATES</p>
    <h1>{_esc(headline)}</h1>
    <p class="standfirst">{_esc(summary)}</p>
    <p class="live-meta">{", ".join(_esc(a) for a in authors)} &middot; {_esc(date_line)}</p>
    {_figure(image)}
    {_share(url)}
    <section class="key-points"><h2>Key points</h2><ul>{kp}</ul></section>
    <section class="updates">
        {body}
    </section>
  </article>
  {_related("Our earlier coverage", related)}
</main>
{_footer(site, domain)}
</body>
</html>
"""


def _split(text: str) -> list[str]:
    """Turn a block of blank-line separated paragraphs into a list of one-line strings."""
    return [" ".join(b.split()) for b in text.strip().split("\n\n") if b.strip()]


# ===========================================================================
# cb-JC1 -- central bank (CONTROL)
# Facts: On Wednesday 11 March 2026, at 9:45 a.m. ET (6:45 a.m. PT, 13:45 GMT), the Bank of
# Canada cut its target for the overnight rate by 25 basis points, from 2.25% to 2.00%.
# Governor Marguerite Dallaire-Stokes; Senior Deputy Governor Tobias Wrenfield; news
# conference at 10:30 a.m. ET.  Bank Rate becomes 2.25%, deposit rate 1.95%.  Previous
# decision 28 January: hold at 2.25%; first cut since October 2025; 300 bp of cuts since
# June 2024 (from 5%).  January CPI 1.7% (December 2.0%); CPI-trim 2.3%, CPI-median 2.2%;
# Q4 2025 GDP -0.6% annualized; February unemployment 7.1%.  January MPR forecast: 2026
# growth 1.1%.  Loonie 71.95 US cents before, 71.62 late morning (US$1 = C$1.396).  Two-year
# yield -6 bp.  Lenders' prime 4.45% -> 4.20% from Thursday 12 March.  Payment saving about
# $56 a month on $400,000 / 25 years; about $70 on $500,000.  Next decision 15 April with
# the MPR.  Wire poll: 14 of 22 economists expected a cut; swaps priced ~70%.
# Quotes (identical where they overlap):
#   Q1 "With inflation close to two per cent and more slack in the economy than we expected
#       in January, Governing Council judged that a little more support was warranted."
#   Q2 "We are not on a pre-set path. If the economy turns out stronger than we expect, we
#       are prepared to pause."
# Traps: quarter point / 25 bp / 0.25 percentage point; 2% / 2.0 / two per cent; Bank Rate
# 2.25% (new) vs old policy rate 2.25%; ET / PT / GMT; Wednesday / yesterday / March 11;
# $56 on $400k vs $70 on $500k; 71.62 cents vs a drop of a third of a cent vs C$1.396;
# Governor / central bank chief / Dallaire-Stokes; 14 of 22 economists vs 70% odds;
# 1.7% headline vs 2.3% / 2.2% core vs 2.0% December; 300 bp since June 2024.
# ===========================================================================

_CB_RELATED_WIRE = [
    ("Jobless rate climbs to 7.1% as hiring slows in February", "https://northernwire.example/business/2026/03/06/jobs-february"),
    ("Economy shrank in the fourth quarter, Statistics Canada says", "https://northernwire.example/business/2026/02/27/gdp-q4"),
    ("Central bank holds rate at 2.25% in January", "https://northernwire.example/business/2026/01/28/boc-hold"),
]

_CB1 = wire_page(
    site="Northern Wire Service", domain="northernwire.example",
    url="https://northernwire.example/business/2026/03/11/bank-of-canada-cuts-rate-2-per-cent",
    headline="Bank of Canada trims key rate to 2% as inflation cools and growth stalls",
    summary="The central bank lowered its policy rate by a quarter point on Wednesday and "
            "said it was not committed to further cuts.",
    section="Business", published="2026-03-11T09:58:00-04:00",
    modified="2026-03-11T11:40:00-04:00", author="Simon Drapeau-Ellis",
    date_line="Updated 11:40 a.m. EDT, March 11, 2026",
    dateline="OTTAWA (NWS) —",
    paras=_split("""
The Bank of Canada lowered its benchmark interest rate by a quarter of a percentage point on
Wednesday, to 2 per cent, saying inflation had settled close to its target while the economy
was showing more slack than policymakers had expected at the start of the year.

The decision, released at 9:45 a.m. Eastern time, takes the target for the overnight rate
down from 2.25 per cent. It is the central bank's first reduction since October. At its
previous announcement, on January 28, the bank left borrowing costs where they were.

"With inflation close to two per cent and more slack in the economy than we expected in
January, Governing Council judged that a little more support was warranted," Governor
Marguerite Dallaire-Stokes said in her opening statement at a news conference in Ottawa
that began at 10:30 a.m.

Consumer prices rose 1.7 per cent in the 12 months to January, Statistics Canada reported
last month, down from a 2 per cent pace in December. The bank's two preferred measures of
underlying inflation, which set aside the largest price swings, eased to 2.3 per cent and
2.2 per cent.

Other indicators have pointed to a soft patch. Gross domestic product contracted at an
annualized pace of 0.6 per cent in the last three months of 2025, and the unemployment rate
climbed to 7.1 per cent in February as employers held back on hiring.

Most forecasters had anticipated the move. Of 22 economists surveyed by Northern Wire Service
last week, 14 expected a cut, while the rest thought the bank would wait until April.
Trading in overnight index swaps had put the chance of a reduction at roughly 70 per cent
before the announcement.

The Canadian dollar weakened after the release and was trading at 71.62 U.S. cents in late
morning, compared with 71.95 cents shortly before 9:45. The yield on the two-year Government
of Canada bond, which is sensitive to expectations for the policy rate, fell 6 basis points.

Wednesday's move also lowers the Bank Rate, the rate the central bank charges on short-term
loans to financial institutions, to 2.25 per cent. The rate it pays on deposits falls to
1.95 per cent.

## Door left open, but no promise

Dallaire-Stokes took pains to avoid signalling a string of further reductions. "We are not on
a pre-set path," she told reporters. "If the economy turns out stronger than we expect, we
are prepared to pause."

Senior Deputy Governor Tobias Wrenfield said the six-member Governing Council had weighed
keeping the rate unchanged but concluded that the risks to the outlook were tilted toward
weaker growth. He said uncertainty about trade with the United States, which buys about
three-quarters of Canada's exports, continued to weigh on business investment plans.

Since the easing cycle began in June 2024, when the policy rate stood at 5 per cent, the bank
has lowered it by a cumulative 300 basis points.

Lucien Okafor-Bell, chief economist at Harrowgate Securities in Toronto, said the statement
read like a bank that is close to the end of its cutting. "They have given themselves room to
do one more if they need it, but the bar is higher now than it was a month ago," he said.

The central bank's next scheduled rate announcement is on April 15, when it will also
publish its quarterly Monetary Policy Report with fresh forecasts. In January, the bank
projected that the economy would grow 1.1 per cent in 2026; Wrenfield said first-quarter
activity was tracking below that projection.
"""),
    image=("https://northernwire.example/media/2026/03/11/boc-dallaire-stokes.jpg",
           "Bank of Canada Governor Marguerite Dallaire-Stokes arrives for a news conference in Ottawa on Wednesday.",
           "Photo: Arden Mills/Northern Wire Service"),
    related=_CB_RELATED_WIRE,
    tags=["Bank of Canada", "Interest rates", "Inflation", "Canadian dollar"],
)

_CB2 = paper_page(
    site="The Dominion Ledger", domain="dominionledger.example",
    url="https://dominionledger.example/business/economy/article-central-bank-cuts-rate-to-two-per-cent-no-commitment/",
    headline="Central bank cuts rate to 2 per cent, but won't commit to more relief",
    dek="Governor Marguerite Dallaire-Stokes says weak growth justified a 25-basis-point "
        "reduction; economists are divided on whether another will follow in April",
    kicker="MONETARY POLICY", section="Business", published="2026-03-11T17:30:00-04:00",
    modified="2026-03-11T19:05:00-04:00", authors=["Naomi Ferreira-Lund", "Geoffrey Tansley"],
    date_line="Published March 11, 2026 · Updated 7:05 p.m. ET", dateline="OTTAWA AND TORONTO",
    read_time="6 min read",
    paras=_split("""
The Bank of Canada cut its key lending rate for the first time since October on Wednesday,
lowering the target for the overnight rate by 25 basis points to 2 per cent, as a shrinking
economy and rising unemployment outweighed worries about a rebound in prices.

Governor Marguerite Dallaire-Stokes presented the decision as a modest adjustment rather than
the start of a new run of cuts. Inflation, she said, was close to the bank's 2-per-cent goal,
and the bank now saw "more slack in the economy than we expected in January."

At the same time, she warned investors against assuming that the central bank would keep
going. "We are not on a pre-set path," she said at her news conference in Ottawa.

Financial markets took the message in stride. The loonie dipped below 72 U.S. cents after the
announcement and stayed there for the rest of the session, while short-term bond yields
edged down. The S&P/TSX composite index closed modestly higher, led by bank and real-estate
shares.

## Relief for variable-rate borrowers

Within hours of the decision, several of the country's largest lenders, including Meridian
Trust and Laurentide Bank Group, said they would lower their prime lending rates to 4.20 per
cent from 4.45 per cent, effective Thursday. Prime is the benchmark for most variable-rate
mortgages and home-equity lines of credit.

For a homeowner with a $400,000 variable-rate mortgage amortized over 25 years, the change
works out to roughly $56 a month in lower payments, according to calculations by The Dominion
Ledger. Borrowers whose payments are fixed will instead see more of each payment go toward
principal.

Real-estate agents said the cut was unlikely on its own to revive sales in the Toronto and
Vancouver regions, where activity has been subdued for much of the past year. Fixed mortgage
rates, which follow bond yields rather than the central bank's policy rate, had already
fallen in anticipation of the move.

## A council that weighed standing pat

The bank's Governing Council, which makes rate decisions by consensus rather than by formal
vote, considered holding the rate at 2.25 per cent for a second straight meeting, Senior
Deputy Governor Tobias Wrenfield told reporters. In the end, he said, the members agreed that
waiting carried a bigger risk than acting.

The numbers behind that judgment have darkened since January. Statistics Canada data show
the economy contracted at a 0.6 per cent annualized rate in the fourth quarter of 2025,
the unemployment rate reached 7.1 per cent last month, and headline inflation slowed to
1.7 per cent in January.

Business groups welcomed the cut but said it would do little to offset the chill on
investment caused by trade frictions with the United States. "Lower rates help at the
margin, but our members are waiting to see what happens at the border before they commit to
new equipment," said Rosalind Achterberg, vice-president of policy at the Canadian Small
Enterprise Alliance.

Since June 2024, the central bank has lowered its policy rate by three full percentage points,
from 5 per cent. Some economists argue that the rate is now at or slightly below the level
that neither stimulates nor restrains the economy, a range the bank itself estimates at
2.25 per cent to 3.25 per cent.

"At 2 per cent, they are already providing stimulus. That's why they were so careful not to
promise anything," said Bettina Garrow-Singh, a senior economist at Meridian Trust. She
expects the bank to hold in April and over the summer.

Others see further easing ahead. Lucien Okafor-Bell of Harrowgate Securities said a second
quarter of contraction would probably force the central bank's hand by June.

Dallaire-Stokes and her colleagues will release their next decision on April 15, together
with the Monetary Policy Report, which will include the bank's first full update of its
economic forecasts since January.
"""),
    image=("https://dominionledger.example/resizer/2026/03/11/boc-presser.jpg",
           "Governor Marguerite Dallaire-Stokes, right, and Senior Deputy Governor Tobias Wrenfield at the Bank of Canada's news conference on Wednesday.",
           "Liam Otterbein/The Dominion Ledger"),
    related=[
        ("Opinion: A rate cut won't fix what ails the Canadian economy", "https://dominionledger.example/opinion/article-rate-cut-wont-fix-economy/"),
        ("How to decide between fixed and variable rates in 2026", "https://dominionledger.example/investing/personal-finance/article-fixed-or-variable-2026/"),
        ("Canada's economy shrank in the fourth quarter", "https://dominionledger.example/business/economy/article-gdp-fourth-quarter-2025/"),
    ],
)

_CB3 = broadcast_page(
    site="Polaris News", domain="polarisnews.example",
    url="https://polarisnews.example/news/canada/british-columbia/bank-of-canada-rate-cut-bc-borrowers-1.7140318",
    headline="What the Bank of Canada's rate cut means for B.C. borrowers",
    summary="A quarter-point cut brings the central bank's policy rate to 2.0 per cent. "
            "Mortgage brokers in the Lower Mainland say the savings are real but small.",
    section="British Columbia", published="2026-03-11T09:20:00-07:00",
    modified="2026-03-11T13:05:00-07:00", authors=["Devika Rampersad", "Owen Halloran-Pike"],
    date_line="Posted: Mar 11, 2026 9:20 AM PT | Last Updated: Mar 11, 2026 1:05 PM PT",
    region="British Columbia",
    video=("Mortgage broker explains what the rate cut means for your payments", "2:41"),
    paras=_split("""
People in British Columbia with variable-rate mortgages will soon be paying a little less
each month after the Bank of Canada cut its key interest rate on Wednesday morning.

The central bank lowered its overnight rate by a quarter point to 2.0 per cent. The
announcement came out at 6:45 a.m. Pacific time, before many people in the province had
finished their first coffee.

In a statement, the bank said inflation was near its target and the economy was weaker than
it had expected. At a news conference in Ottawa later in the morning, Governor Marguerite
Dallaire-Stokes said the central bank's Governing Council "judged that a little more support
was warranted."

What does that mean for households? Most of Canada's big lenders announced they would cut
their prime rates by the same amount, to 4.20 per cent, starting Thursday.

For someone carrying a $500,000 variable-rate mortgage over 25 years, that translates into
about $70 a month, according to mortgage broker Harjit Sandhu-Kerr in Surrey.

"It's a tank of gas, maybe a little more. It's nice, but it's not going to change anyone's
life," Sandhu-Kerr said. "The people I'm most worried about are the ones renewing five-year
fixed mortgages they signed when rates were at rock bottom."

Fixed-rate borrowers won't see an immediate change, because fixed mortgage rates move with
bond yields rather than with the central bank's rate. Those yields have already come down in
recent weeks as markets anticipated Wednesday's decision.

## Housing market still waiting

B.C.'s housing market has been quiet. Realtors in Metro Vancouver reported one of the slowest
Februaries for home sales in more than a decade, and prices in many neighbourhoods have
slipped from their peaks.

Tamsin Okonkwo-Reid, a Vancouver economist who tracks the housing market, said a quarter-point
cut on its own would not bring buyers back in large numbers. "Affordability here is about
prices, not just rates. A 2 per cent policy rate helps at the edges," she said.

For savers, the news is less welcome. Interest paid on high-interest savings accounts is
expected to drift lower in the coming weeks, as banks adjust to the new rate.

## Not promising more

The governor was careful not to suggest more cuts are on the way. She told reporters the bank
was "not on a pre-set path" and could hold rates steady if the economy picks up.

The Bank of Canada had left its rate unchanged at 2.25 per cent in January. Its next
decision is due April 15.

Economists said the bank is weighing several worries at once: a fourth quarter in which the
economy shrank, a national unemployment rate of 7.1 per cent, and continued uncertainty over
trade with the United States.

In British Columbia, the forestry sector has been hit particularly hard by that uncertainty,
with several mills on Vancouver Island and in the Interior announcing temporary curtailments
this winter.

Sandhu-Kerr's advice to clients is simple: don't make big decisions based on one
announcement. "If your budget only works when rates go down, you need a different budget,"
he said.
"""),
    image=("https://polarisnews.example/images/2026/03/11/vancouver-condos.jpg",
           "Condominium towers in Vancouver's West End. Variable-rate borrowers will see lower payments after Wednesday's cut.",
           "(Keiko Marchand/Polaris News)"),
    related=[
        ("Metro Vancouver home sales slump to decade low in February", "https://polarisnews.example/news/canada/british-columbia/metro-vancouver-home-sales-february-1.7131190"),
        ("Mills curtail production on Vancouver Island", "https://polarisnews.example/news/canada/british-columbia/vancouver-island-mill-curtailment-1.7102254"),
        ("Video: Renewing your mortgage this year? Here's what to know", "https://polarisnews.example/video/mortgage-renewal-explainer"),
    ],
)

_CB4 = newsletter_page(
    site="The Rate Sheet", domain="ratesheet.example",
    url="https://ratesheet.example/issues/2026-03-12-the-cut-and-the-caveat",
    headline="The cut, and the caveat",
    summary="Ottawa moved by 25 basis points and spent the rest of the morning trying to "
            "talk down expectations of more.",
    issue="Issue No. 412", date_line="Thursday, March 12, 2026",
    author="Marcus Lindqvist-Oduya",
    intro="Good morning. Prime is lower as of today. Here's what the central bank said, what it "
          "didn't say, and what to watch before April.",
    sponsor="This issue is brought to you by Ledgerline Treasury Software: cash forecasting "
            "for finance teams that have better things to do.",
    paras=_split("""
## The decision

The Bank of Canada cut the overnight rate by 0.25 percentage point yesterday, to 2.00 per
cent. That's the first cut since October and follows a hold in January. If you were watching
from Vancouver, the release hit at 6:45 in the morning; in London it was 1:45 in the
afternoon.

The statement leaned on two facts: inflation is near the 2 per cent target (January's
headline rate was 1.7 per cent, with the bank's core measures at 2.3 and 2.2 per cent), and
the economy has more spare capacity than the bank had pencilled in. The key sentence in
Governor Marguerite Dallaire-Stokes's opening remarks: "With inflation close to two per cent
and more slack in the economy than we expected in January, Governing Council judged that a
little more support was warranted."

## The caveat

Then came the hedging. Asked whether this was the start of a new round of easing, the central
bank chief said: "We are not on a pre-set path. If the economy turns out stronger than we
expect, we are prepared to pause."

Translation: one and maybe done. Her deputy, Tobias Wrenfield, added that the council had
seriously discussed holding, and that first-quarter growth looked weaker than the 1.1 per
cent the bank forecast for 2026 back in January. Read those two comments together and you get
a bank that thinks it has done most of the work.

## Markets

The reaction was orderly. The loonie gave up about a third of a cent against the U.S. dollar,
trading near 71.6 U.S. cents late in the morning, which works out to roughly C$1.396 per
U.S. dollar. Two-year Canada yields fell six basis points. Swaps had priced about a 70 per
cent probability of a cut going in, so the move was not a shock, and pricing for April barely
changed.

## Prime and your payments

The big lenders matched the move, taking prime to 4.20 per cent from 4.45 per cent, effective
today. On a $400,000 variable mortgage with 25 years left, that's about $56 a month. On a
$500,000 balance, call it $70. Meaningful, not transformative.

A small housekeeping note that confuses people every time: the Bank Rate, which is what the
bank charges on overnight loans to financial institutions, is now 2.25 per cent. Yes, that's
the same number the policy rate was on Tuesday. It always sits a quarter point above the
target, so it fell by the same amount.

## The scorecard

The bank has now cut by 300 basis points since June 2024. The policy rate is at the low end
of what the bank itself considers neutral, 2.25 to 3.25 per cent, or slightly below it. That
is part of why Dallaire-Stokes was so reluctant to promise more.

## What to watch

February CPI lands next week. A hot print would make an April hold very likely. The labour
force survey for March comes out in early April, and the Monetary Policy Report arrives with
the April 15 decision, bringing new growth and inflation forecasts. We'll be in your inbox
that morning.

## Elsewhere

Readers asked whether a weaker loonie undoes some of the benefit of lower rates. For
importers, partly, yes. For exporters, it is a small tailwind. We'll have a longer piece on
the currency on Monday.
"""),
    related=[
        ("Issue 411: Why January's hold was closer than it looked", "https://ratesheet.example/issues/2026-03-05-january-hold-revisited"),
        ("Issue 409: A field guide to core inflation", "https://ratesheet.example/issues/2026-02-19-core-inflation-guide"),
        ("Issue 402: Prime, explained", "https://ratesheet.example/issues/2026-01-15-prime-explained"),
    ],
)

STORY_1 = _story("cb-JC1", "central bank", "2026-03-14", [
    _page("https://northernwire.example/business/2026/03/11/bank-of-canada-cuts-rate-2-per-cent", _CB1),
    _page("https://dominionledger.example/business/economy/article-central-bank-cuts-rate-to-two-per-cent-no-commitment/", _CB2),
    _page("https://polarisnews.example/news/canada/british-columbia/bank-of-canada-rate-cut-bc-borrowers-1.7140318", _CB3),
    _page("https://ratesheet.example/issues/2026-03-12-the-cut-and-the-caveat", _CB4),
], [])


# ===========================================================================
# el-JC2 -- election (PLANTED)
# Facts: federal by-election in Kings--Hants, Nova Scotia, on Monday 25 May 2026, to replace
# Liberal MP Gordon Whitlock, who resigned in January.  Polls closed 8:30 p.m. ADT
# (7:30 p.m. EDT).  Final preliminary result, all 212 polls: Conservative Darragh Phelan
# 16,214 (42.7%), Liberal Ingrid Solberg 13,958 (36.8%), NDP Kwame Asante 5,129 (13.5%),
# Green Maeve Lindgren-Oakes 1,976 (5.2%), independent Thaddeus Rooke 683 (1.8%); valid
# 37,960, rejected 176, ballots 38,136 of 99,344 registered electors: turnout 38.4%.  Margin
# 2,256.  Advance polls (15-18 May): 8,715 voters.  2025 general election: Liberal margin of
# about 8,400, turnout 68.9%.  Polaris News projected Phelan at 9:48 p.m. ADT; Solberg
# conceded in Wolfville about 10:20 p.m.; Phelan spoke in Kentville about 10:40 p.m.
# Quotes (identical where they overlap):
#   P "People in this valley told me they want an MP who answers the phone and shows up.
#      Starting tomorrow morning, that is exactly what they are going to get."
#   S "We didn't get the result we worked for, but I am proud of every door we knocked on,
#      and I called Mr. Phelan to congratulate him."
# PLANTED: (1) the Liberal candidate's surname is spelled "Sollberg" throughout the Polaris
# live blog (Solberg elsewhere); (2) the Northern Wire story gives turnout as 35.9%
# (38.4% elsewhere).
# Traps: running live-blog tallies at 9, 58 and 131 of 212 polls; Wolfville-area and
# Kentville-area partial counts; advance-poll count; 2025 turnout and margin; ADT vs EDT;
# Monday / last night / May 25; "Phelan" / "Darragh Phelan" / "MP-elect"; quotes cut.
# ===========================================================================

_EL1 = liveblog_page(
    site="Polaris News", domain="polarisnews.example",
    url="https://polarisnews.example/news/canada/nova-scotia/live-kings-hants-byelection-results-1.7221804",
    headline="Kings-Hants by-election results: Conservatives take Nova Scotia seat from Liberals",
    summary="Live updates from the federal by-election in Nova Scotia's Annapolis Valley, "
            "where polls closed at 8:30 p.m. AT.",
    section="Nova Scotia", published="2026-05-25T19:45:00-03:00",
    modified="2026-05-26T00:20:00-03:00",
    authors=["Fiona MacAskill", "Rory Teixeira"],
    date_line="Started May 25, 2026 7:45 PM AT · Last updated May 26, 2026 12:20 AM AT",
    key_points=[
        "Conservative Darragh Phelan has won the federal riding of Kings-Hants.",
        "Liberal Ingrid Sollberg finished second and has conceded.",
        "The seat opened up when Liberal MP Gordon Whitlock resigned in January.",
        "Turnout was 38.4 per cent, according to Elections Canada's preliminary figures.",
    ],
    entries=[
        ("12:15 AM AT", "All polls are in", _split("""
With all 212 polls reporting, Elections Canada's preliminary count has Darragh Phelan at
16,214 votes, or 42.7 per cent. Ingrid Sollberg has 13,958 (36.8 per cent), Kwame Asante of
the NDP 5,129, Green candidate Maeve Lindgren-Oakes 1,976 and independent Thaddeus Rooke 683.

Phelan's margin of victory is 2,256 votes. Turnout was 38.4 per cent of the riding's 99,344
registered electors, well below the 68.9 per cent who voted here in last year's general
election. That's typical for a by-election, but it is low even by those standards.

That's where we'll wrap up our live coverage. Thanks for following along tonight.
""")),
        ("10:41 PM AT", "Phelan: 'Starting tomorrow morning'", _split("""
Darragh Phelan has taken the stage at the Royal Canadian Legion hall in Kentville to loud
cheers and a chant of his first name.

"People in this valley told me they want an MP who answers the phone and shows up," he told
supporters. "Starting tomorrow morning, that is exactly what they are going to get."

He thanked his family, his campaign volunteers and, by name, each of the other candidates.
""")),
        ("10:22 PM AT", "Sollberg concedes", _split("""
Speaking to supporters at a community hall in Wolfville, Liberal Ingrid Sollberg conceded
the race.

"We didn't get the result we worked for, but I am proud of every door we knocked on," she
said, adding that she had phoned Phelan to congratulate him. She would not say whether she
plans to run again in the next general election.
""")),
        ("9:48 PM AT", "Polaris News projects Phelan wins", _split("""
Polaris News is now projecting that Conservative Darragh Phelan will win Kings-Hants.

With 131 of 212 polls reporting, Phelan has 9,874 votes to Sollberg's 8,512. The remaining
polls are mostly in areas where the Conservatives ran strongly last year, and our decision
desk does not believe the Liberals can close the gap.
""")),
        ("9:20 PM AT", "Phelan's lead holds", _split("""
Fifty-eight of the 212 polls are now in. Phelan leads with 4,388 votes, Sollberg has 3,941 and
Asante 1,402. Early results from the Wolfville area have been better for the Liberals, while
polls around Berwick and Canning are breaking heavily Conservative.
""")),
        ("8:52 PM AT", "First results", _split("""
The first nine polls have reported. It's very early, but Phelan has 612 votes, Sollberg 577
and Asante 201. Elections Canada said 8,715 people cast ballots at advance polls from May 15
to 18; those ballots are counted tonight along with the election-day vote.
""")),
        ("8:30 PM AT", "Polls are closed", _split("""
Voting has ended in Kings-Hants. That's 7:30 p.m. for anyone following along in Ontario or
Quebec. Results should start coming in within the half-hour.

A reminder of why we're here: Liberal MP Gordon Whitlock resigned his seat in January, less
than a year after being re-elected with a margin of roughly 8,400 votes. The Conservatives
have been campaigning hard here, arguing that rural parts of the Annapolis Valley have been
taken for granted.
""")),
        ("7:45 PM AT", "Welcome", _split("""
Good evening and welcome to our live coverage of the federal by-election in Kings-Hants,
the riding that stretches from Windsor and Hantsport through Wolfville and Kentville to
Berwick. Five candidates are on the ballot. Reporter Rory Teixeira is at the Conservative
event in Kentville; Fiona MacAskill is with the Liberals in Wolfville.
""")),
    ],
    image=("https://polarisnews.example/images/2026/05/25/kings-hants-polling-station.jpg",
           "A voter arrives at a polling station in Kentville, N.S., on Monday.",
           "(Rory Teixeira/Polaris News)"),
    related=[
        ("Meet the five candidates running in Kings-Hants", "https://polarisnews.example/news/canada/nova-scotia/kings-hants-candidates-1.7209913"),
        ("Why the Annapolis Valley by-election matters to both big parties", "https://polarisnews.example/news/politics/kings-hants-byelection-stakes-1.7214420"),
        ("Advance poll turnout up slightly in Kings-Hants", "https://polarisnews.example/news/canada/nova-scotia/kings-hants-advance-polls-1.7217065"),
    ],
)

_EL2 = wire_page(
    site="Northern Wire Service", domain="northernwire.example",
    url="https://northernwire.example/politics/2026/05/26/kings-hants-byelection-conservative-phelan-wins",
    headline="Conservatives capture Nova Scotia riding of Kings-Hants in by-election",
    summary="Apple grower and former municipal councillor Darragh Phelan defeated Liberal "
            "Ingrid Solberg by about 2,300 votes.",
    section="Politics", published="2026-05-26T00:05:00-03:00",
    modified="2026-05-26T07:10:00-03:00", author="Élise Brunswick",
    date_line="May 26, 2026 · 12:05 a.m. ADT (updated 7:10 a.m.)",
    dateline="KENTVILLE, N.S. (NWS) —",
    paras=_split("""
The Conservatives won the federal riding of Kings-Hants in Nova Scotia's Annapolis Valley
on Monday, taking a seat from the Liberals in a by-election that both parties had treated as
a test of their standing in rural Atlantic Canada.

Darragh Phelan, a 51-year-old apple grower from Canning and a former Kings County municipal
councillor, received 16,214 votes, or 42.7 per cent, according to Elections Canada's
preliminary results with all 212 polls reporting.

Liberal candidate Ingrid Solberg, a Wolfville lawyer, was second with 13,958 votes. New
Democrat Kwame Asante, a high-school teacher from Windsor, received 5,129 votes, followed by
Maeve Lindgren-Oakes of the Green Party with 1,976 and independent Thaddeus Rooke with 683.

Turnout was 35.9 per cent, Elections Canada said, far below the level of last year's general
election, when 68.9 per cent of registered voters in the riding cast a ballot.

"People in this valley told me they want an MP who answers the phone and shows up," Phelan
told cheering supporters at a Legion hall in Kentville late Monday.

Solberg conceded shortly before Phelan spoke. "We didn't get the result we worked for, but I
am proud of every door we knocked on, and I called Mr. Phelan to congratulate him," she told
volunteers in Wolfville.

The seat became vacant in January when Liberal MP Gordon Whitlock resigned, citing family
reasons. Whitlock had won it in the 2025 general election by roughly 8,400 votes.

## Rural frustrations

During the five-week campaign, Phelan focused on the cost of living, the closure of
overnight emergency services at two rural clinics in the riding and delays in government
support for farmers who lost crops to a late frost last spring. He also pressed Ottawa to
do more to protect apple and blueberry growers who depend on sales to the United States.

Solberg campaigned on the federal government's housing and child-care programs and on a
promise to push for faster completion of highway upgrades between Windsor and Kentville.

Avery Comeau-Strand, a co-chair of the Conservative campaign, said the result showed that
voters outside Halifax were open to the party. "Nobody should take the valley for granted
again," she said.

A Liberal Party spokesperson, Jasper Nakagawa-Bell, said by-elections often turn on local
issues and low turnout and cautioned against reading too much into the outcome. "We will
listen carefully to what people here told us," he said.

The NDP's share of the vote was roughly in line with its result in the riding last year. The
Greens' share fell slightly.

## What comes next

The result does not change which party governs in Ottawa. Phelan is expected to be sworn in
as an MP within the next several weeks, once Elections Canada has completed its official
count and the results are published.

Elections Canada said 8,715 electors voted at advance polls held from May 15 to May 18. Polls
in the riding closed at 8:30 p.m. Atlantic time.

Political scientist Hannah Dufresne-Moir of the University of New Brunswick said by-election
swings should be interpreted with care, but that the size of the change from 2025 was
notable. "A margin of eight thousand turning into a loss is not just a bad night," she said.
"It tells you something about how the mood in small-town Canada has shifted."
"""),
    image=("https://northernwire.example/media/2026/05/26/phelan-victory-kentville.jpg",
           "Conservative candidate Darragh Phelan celebrates with supporters in Kentville, N.S., on Monday night.",
           "Photo: Colm Ashdown/Northern Wire Service"),
    related=[
        ("By-election campaign in Nova Scotia turns on rural clinic closures", "https://northernwire.example/politics/2026/05/12/kings-hants-clinics"),
        ("Liberal MP Gordon Whitlock resigns Commons seat", "https://northernwire.example/politics/2026/01/19/whitlock-resigns"),
        ("Apple growers warn of export losses", "https://northernwire.example/business/2026/04/02/nova-scotia-apples-exports"),
    ],
    tags=["By-elections", "Nova Scotia", "Conservative Party", "Liberal Party"],
)

_EL3 = local_page(
    site="The Valley Beacon", domain="valleybeacon.example",
    url="https://valleybeacon.example/news/phelan-wins-kings-hants-what-the-map-shows",
    headline="Phelan wins Kings-Hants: what the poll-by-poll map shows",
    summary="Liberals held their ground in Wolfville, but the Conservatives swept the rural "
            "polls west of Kentville on Monday.",
    section="Election 2026", published="2026-05-26T10:30:00-03:00",
    modified="2026-05-26T14:45:00-03:00", author="Tess Kavanagh-Dunn",
    author_role="Local Journalism Initiative Reporter",
    date_line="Tuesday, May 26, 2026 at 10:30 a.m.",
    weather="Kentville 14°C · Showers clearing by afternoon",
    most_read=[
        "Farmers' market moves to new Wolfville location for summer",
        "Phelan wins Kings-Hants: what the poll-by-poll map shows",
        "Windsor council approves budget for arena repairs",
        "Road closures for Apple Blossom weekend",
    ],
    paras=_split("""
The Annapolis Valley has a new member of Parliament, and the results map from Monday's
by-election explains how he got there.

Conservative Darragh Phelan won Kings-Hants with 16,214 votes to Liberal Ingrid Solberg's
13,958, a margin of 2,256, according to Elections Canada's preliminary count. The Canning
orchardist and former municipal councillor took 42.7 per cent of the vote.

But the riding did not move as one. In the 31 polls that cover Wolfville and the Acadia
University area, Solberg led comfortably, with 3,412 votes to Phelan's 1,968. Phelan more than
made up the difference in the countryside. Across the 58 rural polls west of Kentville,
including Berwick, Canning and the North Mountain, he collected 6,105 votes to Solberg's
3,120.

In Kentville itself, the two were close: Phelan 2,284, Solberg 2,061.

The Windsor and West Hants end of the riding, where NDP candidate Kwame Asante teaches high
school, gave the New Democrats their best results. Asante finished third overall with 5,129
votes.

## Low turnout

Only 38.4 per cent of the riding's registered voters cast a ballot, compared with 68.9 per
cent in last year's general election. Poll workers in Kentville said the morning rush was
thinner than usual, and a steady rain through the afternoon did not help.

"I had neighbours tell me they forgot it was happening," said Margaret Eisenhauer, who worked
as a deputy returning officer at the Kentville Recreation Centre. "We had a line at 5 o'clock
and then almost nobody."

Advance voting was stronger: Elections Canada said 8,715 people voted at the advance polls
in mid-May.

## A party in Kentville, a quiet hall in Wolfville

At the Legion hall on Cornwallis Street in Kentville, Phelan's supporters began celebrating
soon after Polaris News projected his win shortly before 10 p.m. When he spoke, a little
under an hour later, Phelan promised to open constituency offices in both Kentville and Windsor.

"Starting tomorrow morning, that is exactly what they are going to get," he said, after
telling the crowd that voters wanted an MP "who answers the phone and shows up."

In Wolfville, Solberg thanked volunteers and said she had called Phelan to congratulate him.
She said the campaign had been "hard but fair."

## What's next for the riding

Phelan told The Valley Beacon on Tuesday morning that his first priority would be pressing
federal officials on support for growers who lost crops to last spring's frost. He also wants
the province and Ottawa to restore overnight emergency coverage at rural clinics.

Phelan will take his seat in the House of Commons after Elections Canada finishes validating
the results. The House is expected to sit until late June.

Solberg, asked whether she would run again, said she needed "a few weeks of sleep" before
deciding.

Results for every poll in the riding are available on Elections Canada's website. The Valley
Beacon's interactive map will be updated once the validated results are published.
"""),
    image=("https://valleybeacon.example/wp-content/uploads/2026/05/phelan-legion.jpg",
           "Darragh Phelan speaks to supporters at the Legion hall on Cornwallis Street in Kentville on Monday night.",
           "Tess Kavanagh-Dunn/The Valley Beacon"),
    related=[
        ("Candidates spar over clinic closures at Wolfville forum", "https://valleybeacon.example/news/candidates-forum-wolfville"),
        ("Frost-damaged orchards still waiting for federal help", "https://valleybeacon.example/news/frost-orchards-federal-help"),
        ("Where to vote in Monday's by-election", "https://valleybeacon.example/news/where-to-vote-kings-hants"),
    ],
)

_EL4 = paper_page(
    site="The Dominion Ledger", domain="dominionledger.example",
    url="https://dominionledger.example/politics/article-kings-hants-byelection-loss-liberals-atlantic/",
    headline="Kings-Hants loss leaves Liberals searching for answers in Atlantic Canada",
    dek="A riding the party won by about 8,400 votes a year ago fell to the Conservatives "
        "on Monday, on a night when fewer than four in 10 voters turned out",
    kicker="ANALYSIS", section="Politics", published="2026-05-26T18:00:00-04:00",
    modified=None, authors=["Patrick Osei-MacLeod"],
    date_line="May 26, 2026", dateline="HALIFAX", read_time="5 min read",
    paras=_split("""
For most of the past decade, Liberal strategists have counted the Annapolis Valley as safe
ground. After Monday night, they can't.

The Conservatives' Darragh Phelan won the federal by-election in Kings-Hants with 42.7 per
cent of the vote, defeating Liberal Ingrid Solberg by 2,256 votes, according to Elections
Canada's preliminary results. Phelan finished with 16,214 votes and Solberg with 13,958. The
NDP's Kwame Asante was a distant third with 5,129.

Only a year ago, the Liberals held the seat by about 8,400 votes. The swing is large even by
the standards of by-elections, which tend to punish governing parties and reward opposition
campaigns that can get their supporters to the polls.

Turnout, at 38.4 per cent, was a little over half the 68.9 per cent recorded in the riding in
the 2025 general election. Both parties will argue about what that means. Conservatives say
their voters were motivated; Liberals say theirs stayed home.

## Local factors, national signals

Several things specific to the riding worked against the Liberals. The former MP, Gordon
Whitlock, left the Commons in January, only months into his term, and some voters resented
being sent back to the polls. Two rural clinics in the riding stopped offering overnight
emergency care last fall, and although that is a provincial responsibility, Phelan made it a
centrepiece of his campaign. And apple and blueberry growers in the valley have been anxious
about their access to the U.S. market.

"Every by-election has a local story, and this one had three or four of them," said Hannah
Dufresne-Moir, a political scientist at the University of New Brunswick who studies Atlantic
Canadian voting patterns. "But you don't lose a margin like that on local issues alone."

Inside the Liberal Party, reaction on Tuesday was subdued. Two party officials, who were not
authorized to speak publicly, said the campaign had struggled to pull voters to the polls in
the rural western half of the riding, where results were lopsided. Solberg, a lawyer who is
well known in Wolfville, carried the university town easily.

Solberg herself struck a gracious tone on Monday night. "We didn't get the result we worked
for," she told supporters in Wolfville, before saying she had phoned Phelan to congratulate
him.

## The winner

Phelan, 51, grows apples near Canning and served on Kings County municipal council. He ran a
campaign built on small events, kitchen-table meetings and a promise of accessibility that he
repeated in his victory speech in Kentville.

"Starting tomorrow morning, that is exactly what they are going to get," he said, referring
to voters who had asked him for an MP who picks up the phone.

Conservative officials were quick to cast the win as evidence of the party's reach beyond
its Western base. Avery Comeau-Strand, a co-chair of Phelan's campaign, said the party had
knocked on more doors in Kings-Hants in five weeks than in the entire 2025 campaign.

## What it changes

In practical terms, not much. The result leaves the government's position in the House of
Commons unchanged and there is no general election on the horizon. Phelan will sit as one
more Conservative member on the opposition benches.

But by-elections are one of the few real tests of public opinion between general elections,
and the results in Kings-Hants will be studied closely by both parties. The polls closed at
7:30 p.m. Eastern time on Monday, and by the time the race was called at 9:48 p.m. in Nova
Scotia, Liberal MPs in Ottawa were already texting one another about what had gone wrong.

"It's one riding," said a Liberal MP from New Brunswick, speaking on condition of anonymity.
"But it's our kind of riding, and we lost it badly. That has to get people's attention."

The New Democrats, whose share of the vote was roughly steady, said the result showed that
voters wanted an alternative to both larger parties. The Greens, with 1,976 votes, finished
fourth.
"""),
    image=("https://dominionledger.example/resizer/2026/05/26/solberg-concession.jpg",
           "Liberal candidate Ingrid Solberg speaks to volunteers in Wolfville, N.S., after conceding on Monday night.",
           "Darcy Hebb/The Dominion Ledger"),
    related=[
        ("Conservative wins Nova Scotia by-election", "https://dominionledger.example/politics/article-conservative-wins-kings-hants/"),
        ("Opinion: Atlantic Canada is no longer anyone's fortress", "https://dominionledger.example/opinion/article-atlantic-canada-no-fortress/"),
        ("Rural clinic closures become a federal campaign issue", "https://dominionledger.example/canada/article-rural-clinics-nova-scotia/"),
    ],
)

STORY_2 = _story("el-JC2", "election", "2026-05-28", [
    _page("https://polarisnews.example/news/canada/nova-scotia/live-kings-hants-byelection-results-1.7221804", _EL1),
    _page("https://northernwire.example/politics/2026/05/26/kings-hants-byelection-conservative-phelan-wins", _EL2),
    _page("https://valleybeacon.example/news/phelan-wins-kings-hants-what-the-map-shows", _EL3),
    _page("https://dominionledger.example/politics/article-kings-hants-byelection-loss-liberals-atlantic/", _EL4),
], [
    ("Liberal candidate's surname", r"\bsolberg\b", r"\bsollberg\b"),
    ("by-election turnout", r"38\.4 per cent", r"35\.9 per cent"),
])


# ===========================================================================
# ct-JC3 -- court (CONTROL)
# Facts: On Friday 12 June 2026 (released 9:45 a.m. ET / 8:45 a.m. CDT) the Supreme Court of
# Canada ruled 7-2 in Prairie Meridian Railway Co. v. Tervonen, restoring a 2023 trial award
# of $38,612,400 (about $38.6 million) to a class of about 1,240 grain producers in Manitoba
# and eastern Saskatchewan over grain-car shortages in the 2019-20 crop year.  Pre-judgment
# interest (estimated by class counsel) brings the total to about $47 million; average about
# $31,000 a producer.  Manitoba Court of King's Bench trial (Justice Colm Andreychuk, 41
# days) awarded the sum in 2023; Manitoba Court of Appeal overturned it 2-1 in 2024 (farmers
# should have gone to the Canadian Transportation Agency).  SCC heard the appeal on
# 13 November 2025.  Majority reasons: Justice Anouk Levesque-Harper, joined by Chief
# Justice Alistair Mackenzie-Roy and five others; dissent: Justice Raymond Okonjo-Tate,
# joined by Justice Siobhan Fairweather.  Representative plaintiff Harald Tervonen, grain
# farmer near Dauphin.  Class counsel Delphine Oyelaran-Beck (Redwater Kasper LLP, Winnipeg);
# railway spokesperson Graham Tullis.  The railway supplied 61% of cars ordered from October
# 2019 to March 2020.
# Quotes (identical where they overlap):
#   M "A statutory complaint process does not, without clear words, close the courthouse door
#      to those who say they have been wronged."
#   D "Parliament built a specialized regime for exactly this kind of dispute, and the courts
#      should respect it."
# Traps: 7-2 / seven of nine / two dissenters vs Court of Appeal 2-1; $38.6 million /
# $38,612,400 / nearly $39 million vs about $47 million with interest; about 1,240 / more
# than 1,200 producers; ET vs CDT; Friday / yesterday / June 12; full and short names,
# "Justice Levesque-Harper" / "Levesque-Harper J."; hearing date vs ruling date.
# ===========================================================================

_CT1 = wire_page(
    site="Northern Wire Service", domain="northernwire.example",
    url="https://northernwire.example/canada/2026/06/12/supreme-court-grain-farmers-railway-award",
    headline="Supreme Court restores $38.6-million award to Prairie grain farmers in rail case",
    summary="In a 7-2 ruling, the top court said farmers could sue the railway in the courts "
            "instead of taking their complaint to the federal transport regulator.",
    section="Canada", published="2026-06-12T10:20:00-04:00",
    modified="2026-06-12T12:55:00-04:00", author="Yannick Serrano-Blake",
    date_line="June 12, 2026 10:20 a.m. ET · Updated 12:55 p.m. ET",
    dateline="OTTAWA (NWS) —",
    paras=_split("""
The Supreme Court of Canada on Friday restored a $38.6-million damages award to about 1,240
grain producers who said a railway left them without enough cars to ship their crops during
the 2019-20 season, ruling 7-2 that the farmers were entitled to take their case to court.

The decision overturns a 2024 ruling by the Manitoba Court of Appeal, which had found by a
2-1 margin that the producers should have brought their complaint to the Canadian
Transportation Agency, the federal regulator that oversees rail service, rather than suing.

Writing for the majority, Justice Anouk Lévesque-Harper said the regulator's complaint
process and the courts could coexist. "A statutory complaint process does not, without clear
words, close the courthouse door to those who say they have been wronged," she wrote.

Chief Justice Alistair Mackenzie-Roy and five other judges agreed with her. Justice Raymond
Okonjo-Tate, joined by Justice Siobhan Fairweather, dissented, warning that allowing such
lawsuits would undercut the system Parliament had designed for rail-service disputes.
"Parliament built a specialized regime for exactly this kind of dispute, and the courts
should respect it," Okonjo-Tate wrote.

The class action was led by Harald Tervonen, who farms wheat and canola near Dauphin, Man.
The producers, from Manitoba and eastern Saskatchewan, alleged that Prairie Meridian Railway
Co. failed to meet its obligations as a carrier during the winter of 2019-20, when it
supplied only 61 per cent of the cars they had ordered between October and March.

Grain left sitting in bins through the winter lost value, and some producers were forced to
sell at steep discounts or pay for extra storage, the farmers argued.

## Long road through the courts

After a 41-day trial, Justice Colm Andreychuk of the Manitoba Court of King's Bench awarded
the producers $38,612,400 in 2023. The railway appealed, arguing that the Canada
Transportation Act gives the agency exclusive authority over service complaints. The Court of
Appeal agreed, and the farmers took the case to the Supreme Court, which heard arguments in
November.

Friday's ruling reinstates the trial judgment in full. Delphine Oyelaran-Beck, a lawyer with
the Winnipeg firm Redwater Kasper LLP who represents the class, said pre-judgment interest
would bring the total owed to roughly $47 million. That works out to an average of about
$31,000 per producer before legal fees, although individual amounts will vary with the
volume each farm had contracted to ship.

"These are families who did everything right and watched their crops lose value in the bins
because the cars never came," Oyelaran-Beck said in an interview. "Today the country's highest
court told them they were entitled to their day in court, and that day ended in their favour."

Graham Tullis, a spokesperson for Prairie Meridian, said the company was reviewing the
decision. "We respect the court's ruling and will comply with it," he said in a statement.
He added that the railway had since invested in additional hopper cars and crews to avoid a
repeat of the shortfall.

## Wider implications

Lawyers who follow transportation law said the ruling could make it easier for shippers in
other industries, including potash, lumber and fertilizer, to sue railways directly rather
than going to the regulator, whose remedies are more limited.

Farm groups welcomed the decision. The dissent's concerns are likely to be raised again
in Ottawa, where railways have lobbied for clearer limits on such lawsuits.

The ruling was released at 9:45 a.m. Eastern time.
"""),
    image=("https://northernwire.example/media/2026/06/12/scc-building.jpg",
           "The Supreme Court of Canada building in Ottawa.",
           "Photo: Arden Mills/Northern Wire Service"),
    related=[
        ("Supreme Court hears Prairie grain farmers' appeal against railway", "https://northernwire.example/canada/2025/11/13/scc-grain-cars-hearing"),
        ("Appeal court tosses $38.6M award to grain farmers", "https://northernwire.example/canada/2024/09/20/manitoba-appeal-grain-cars"),
        ("Shippers push Ottawa for stronger rail-service rules", "https://northernwire.example/business/2026/04/08/shippers-rail-rules"),
    ],
    tags=["Supreme Court of Canada", "Agriculture", "Railways", "Manitoba"],
)

_CT2 = local_page(
    site="The Red River Sentinel", domain="redriversentinel.example",
    url="https://redriversentinel.example/local/2026/06/12/dauphin-farmers-win-at-supreme-court",
    headline="'We waited a long time for this': Dauphin-area farmers win rail fight at Supreme Court",
    summary="Seven of the nine judges sided with about 1,240 producers who sued over a winter "
            "without enough grain cars.",
    section="Agriculture", published="2026-06-12T14:30:00-05:00",
    modified="2026-06-12T17:10:00-05:00", author="Katrin Wojcik-Bearspaw",
    author_role="Agriculture Reporter",
    date_line="Friday, June 12, 2026, 2:30 p.m.",
    weather="Winnipeg 24°C · Sunny, wind from the south at 20 km/h",
    most_read=[
        "Dauphin-area farmers win rail fight at Supreme Court",
        "City pauses plan to close two wading pools",
        "Bombers release three veterans ahead of season opener",
        "Crop report: seeding 94 per cent complete",
    ],
    paras=_split("""
Harald Tervonen was in his machine shed near Dauphin, changing the oil in a tractor, when his
phone started buzzing a little before 9 a.m. on Friday.

The Supreme Court of Canada had released its decision at 8:45 a.m. Manitoba time, and the
lawyers for the farmers were calling to tell him they had won.

"I had to sit down on the bucket," said Tervonen, 63, the representative plaintiff in a class
action that about 1,240 grain producers in Manitoba and eastern Saskatchewan have been pursuing
against Prairie Meridian Railway Co. for more than five years. "We waited a long time for this.
Some of the people who started with us aren't farming anymore."

In a 7-2 decision, the country's top court reinstated a judgment that had ordered the railway
to pay the producers $38.6 million for failing to provide the rail cars they needed to ship
grain during the 2019-20 crop year. The Manitoba Court of Appeal had thrown out that award in
2024, ruling 2-1 that the farmers should have complained to the Canadian Transportation Agency
instead of going to court.

## 'Close the courthouse door'

Justice Anouk Lévesque-Harper, who wrote for the seven-judge majority, said Parliament had not
clearly stripped the courts of their role when it created the agency's complaint process.

A statutory complaint process, she wrote, does not "close the courthouse door to those who say
they have been wronged."

Two judges disagreed. In dissent, Justice Raymond Okonjo-Tate, with Justice Siobhan
Fairweather concurring, wrote that "Parliament built a specialized regime for exactly this kind
of dispute."

For Tervonen and his neighbours, the legal question was always tied to a simple practical one.
During the winter of 2019-20, the railway delivered only 61 per cent of the cars that producers
in the class had ordered. Grain piled up on farms and in elevators, and some farmers had to
rent temporary bags and bins or sell at a discount.

"You could see the piles from the highway," said Lorna Pasternak, who farms with her son west
of Grandview and is a member of the class. "We had canola sitting outside in February. That's
money you never get back."

## How much farmers will see

The trial judge, Justice Colm Andreychuk of the Court of King's Bench, awarded $38,612,400 in
2023. With interest that has built up since then, the producers' lawyers estimate the total at
close to $47 million.

Delphine Oyelaran-Beck of Redwater Kasper LLP, the Winnipeg firm representing the class, said
a claims administrator would contact producers in the coming months. The average payment
should be around $31,000, she said, but farms that had contracted to ship larger volumes will
receive more.

"It won't make anybody rich. It will make a lot of people whole," she said.

The railway said it would comply with the ruling. Spokesperson Graham Tullis said in a
statement that the company had added hopper cars and train crews since 2020.

## Other shippers watching

Manitoba's agriculture minister called the decision "a good day for farm families" in a post
on social media. The Keystone Grain Growers Association, which helped fund the class action in
its early years, said it would hold information sessions for members in Dauphin, Swan River
and Russell later this month.

Lawyers say the ruling could reach beyond agriculture. Shippers of potash, lumber and other
bulk goods have long argued that the agency's complaint process is too slow and its remedies
too narrow.

Back at his farm, Tervonen said he planned to finish the tractor and get back to spraying.
"Crops don't care what the Supreme Court says," he said.
"""),
    image=("https://redriversentinel.example/files/2026/06/tervonen-farm.jpg",
           "Harald Tervonen on his farm near Dauphin, Man., on Friday, hours after the Supreme Court of Canada ruled in favour of the grain producers.",
           "Katrin Wojcik-Bearspaw/The Red River Sentinel"),
    related=[
        ("2020: Grain piles up as rail car shortage drags on", "https://redriversentinel.example/local/2020/02/18/grain-backlog-dauphin"),
        ("Appeal court overturns grain car award", "https://redriversentinel.example/local/2024/09/20/appeal-court-grain-cars"),
        ("Crop report: seeding 94 per cent complete", "https://redriversentinel.example/agriculture/2026/06/09/crop-report"),
    ],
)

_CT3 = newsletter_page(
    site="The Bench Memo", domain="benchmemo.example",
    url="https://benchmemo.example/2026/06/13/tervonen-courthouse-door",
    headline="Tervonen: the courthouse door stays open",
    summary="What the Supreme Court's 7-2 grain-car decision says about regulators, exclusive "
            "jurisdiction and class actions.",
    issue="Weekend edition · No. 188", date_line="Saturday, June 13, 2026",
    author="Ruth Abernathy-Quon", published="2026-06-13T07:00:00-04:00",
    intro="One decision dominated the week. Here's our reading of Prairie Meridian Railway Co. "
          "v. Tervonen, released yesterday morning.",
    paras=_split("""
## The holding

By a 7-2 majority, the Supreme Court of Canada held that the complaint process before the
Canadian Transportation Agency does not give the agency exclusive jurisdiction over a shipper's
claim for damages arising from a railway's failure to supply service. Shippers may sue in the
superior courts. The Court restored the trial judgment of Andreychuk J. of the Manitoba Court
of King's Bench, which had awarded the class $38,612,400, and set aside the 2-1 decision of the
Manitoba Court of Appeal.

## The majority

Lévesque-Harper J., writing for herself, Mackenzie-Roy C.J. and five colleagues, framed the
question as one of statutory interpretation. Her central line is already being quoted in
factums: "A statutory complaint process does not, without clear words, close the courthouse
door to those who say they have been wronged."

Three strands of reasoning stand out. First, the Act gives the agency power to order a railway
to fulfil its service obligations and to award limited compensation, but it says nothing
expressly ousting the courts' jurisdiction over civil claims. Second, the agency's remedies
are forward-looking; the class sought compensation for losses already suffered. Third, the
majority rejected the argument that allowing parallel lawsuits would produce inconsistent
results, noting that courts routinely defer to a regulator's findings where they exist.

## The dissent

Okonjo-Tate J., with Fairweather J., would have dismissed the appeal. The dissent reads the
statutory scheme as a complete code: "Parliament built a specialized regime for exactly this
kind of dispute, and the courts should respect it." The dissenting judges worried that
shippers will now bypass the agency whenever a damages award looks more attractive than an
operational order, which they say will leave the regulator hollowed out.

## The numbers

The class comprises about 1,240 producers in Manitoba and eastern Saskatchewan. The railway
supplied 61 per cent of the cars ordered between October 2019 and March 2020. With pre-judgment
interest, class counsel puts the total owed at roughly $47 million, an average of about $31,000
per producer before fees. The trial ran 41 days; the appeal to the Supreme Court was argued on
November 13, 2025, and the decision was released at 9:45 a.m. ET on Friday, June 12.

## Why it matters beyond grain

Expect the decision to be cited well outside rail. Energy, telecommunications and
transportation statutes are full of complaint processes that defendants have argued displace
civil claims. The majority's "clear words" test sets a high bar for that argument, and it will
be tested quickly. Counsel for shippers in at least two pending cases, one involving potash and
one involving forest products, told us they expect to file supplementary submissions within
weeks.

For railways, the practical consequence is exposure to class-wide damages for service failures
that previously would have been handled through agency orders. Expect lobbying for amendments.
The dissent has effectively drafted the talking points.

## Counsel

For the class: Delphine Oyelaran-Beck and colleagues at Redwater Kasper LLP, Winnipeg. For the
railway: an Ottawa and Calgary team. The railway's spokesperson, Graham Tullis, said it will
comply.

## Also this week

The Court granted leave in two cases we'll preview later this summer: a Quebec employment
matter on remote-work monitoring and a British Columbia dispute over strata-corporation bylaws.
"""),
    related=[
        ("No. 160: The Tervonen hearing, minute by minute", "https://benchmemo.example/2025/11/14/tervonen-hearing"),
        ("No. 131: Exclusive jurisdiction after the appeal court's grain-car ruling", "https://benchmemo.example/2024/09/21/grain-car-exclusive-jurisdiction"),
        ("No. 187: Leave grants to watch this fall", "https://benchmemo.example/2026/06/06/leave-grants"),
    ],
)

STORY_3 = _story("ct-JC3", "court", "2026-06-16", [
    _page("https://northernwire.example/canada/2026/06/12/supreme-court-grain-farmers-railway-award", _CT1),
    _page("https://redriversentinel.example/local/2026/06/12/dauphin-farmers-win-at-supreme-court", _CT2),
    _page("https://benchmemo.example/2026/06/13/tervonen-courthouse-door", _CT3),
], [])


# ===========================================================================
# tr-JC4 -- trade (CONTROL)
# Facts: Statistics Canada, Thursday 3 September 2026, 8:30 a.m. ET: July 2026 merchandise
# trade deficit narrowed to $1.42 billion from a revised $2.01 billion in June (first
# reported as $1.87 billion).  Exports +2.1% to $64.90 billion (volumes +1.4%); imports +1.2%
# to $66.32 billion.  Energy exports +5.8% to $12.9 billion; motor vehicles and parts exports
# +3.4% to $8.6 billion; metal and non-metallic mineral products exports -2.7%.  Exports to
# the U.S. +1.9% to $48.7 billion; surplus with the U.S. $7.4 billion (June $6.9 billion).
# Consensus forecast: a $2.2-billion deficit.  Year to date (Jan-Jul) deficit $12.3 billion
# vs $4.9 billion in Jan-Jul 2025.  Loonie about 73.1 US cents: deficit about US$1.04
# billion, exports about US$47.4 billion.  Next release: Tuesday 6 October (August data).
# Economists: Priyanka Vasquez-Holm (Laurentide Bank Group), Daniel Kaczmarek (Harrowgate
# Securities).  Windsor: Essex Precision Stampings, 420 workers, owner Renata Goldfarb-Ilie.
# Quote (identical where it overlaps):
#   "Energy did most of the lifting this month, and autos helped, but I wouldn't call it a
#    turning point while metals exports are still going backwards."  (Vasquez-Holm)
# Traps: $1.42 billion / C$1.4 billion / about US$1.04 billion; revised vs first-reported
# June deficit; forecast $2.2 billion; year-to-date totals; exports +2.1% in value vs +1.4%
# in volume; U.S. surplus July vs June; Thursday / yesterday / September 3; "about 2 per cent".
# ===========================================================================

_TR1 = wire_page(
    site="Northern Wire Service", domain="northernwire.example",
    url="https://northernwire.example/business/2026/09/03/canada-trade-deficit-july-narrows",
    headline="Canada's trade deficit narrows to $1.42 billion in July on energy, autos",
    summary="Exports rose 2.1 per cent, outpacing a 1.2 per cent increase in imports, Statistics "
            "Canada said on Thursday.",
    section="Business", published="2026-09-03T08:41:00-04:00",
    modified="2026-09-03T10:15:00-04:00", author="Rahel Demissie-Porter",
    date_line="Sept. 3, 2026 8:41 a.m. ET (updated 10:15 a.m.)",
    dateline="OTTAWA (NWS) —",
    paras=_split("""
Canada's merchandise trade deficit shrank in July to $1.42 billion as higher energy prices
and a rebound in auto shipments lifted exports, Statistics Canada said on Thursday.

The deficit was smaller than the $2.2-billion gap that economists surveyed by Northern Wire
Service had forecast. The agency revised June's shortfall to $2.01 billion, from the $1.87
billion it first reported a month ago.

Total exports rose 2.1 per cent to $64.90 billion in July, while imports increased 1.2 per
cent to $66.32 billion. In volume terms, which strip out the effect of price changes,
exports gained 1.4 per cent.

Energy led the way. Shipments of energy products climbed 5.8 per cent to $12.9 billion,
reflecting both higher crude prices and increased volumes through pipelines to the United
States. Exports of motor vehicles and parts advanced 3.4 per cent to $8.6 billion after
several assembly plants in Ontario returned from extended summer shutdowns.

Not every category grew. Exports of metal and non-metallic mineral products fell 2.7 per
cent, the fourth decline in five months, as U.S. duties on Canadian steel and aluminum
continued to reduce demand from American buyers.

"Energy did most of the lifting this month, and autos helped, but I wouldn't call it a
turning point while metals exports are still going backwards," said Priyanka Vasquez-Holm,
senior economist at Laurentide Bank Group.

## U.S. surplus widens

Exports to the United States, the destination for about three-quarters of Canadian goods,
rose 1.9 per cent to $48.7 billion. Canada's trade surplus with its largest partner widened
to $7.4 billion from $6.9 billion in June.

Imports rose in most categories, led by consumer goods and by electronic and electrical
equipment. Imports of energy products also increased as refineries in eastern Canada brought
in more crude from overseas suppliers.

Daniel Kaczmarek, an economist at Harrowgate Securities, said the July figures suggested
trade would add modestly to economic growth in the third quarter after dragging on it in the
second. "It's a better month than we feared, and the revision to June is a reminder not to
overreact to any single release," he said.

Exports to countries other than the United States edged down 0.6 per cent, as lower
shipments to the United Kingdom and China offset higher sales of canola and coal to Japan and
South Korea. Imports from non-U.S. countries rose faster than imports from the United States,
a pattern that has held for most of the year as Canadian firms look for other suppliers.

Among other categories, exports of farm, fishing and intermediate food products were roughly
flat, while forestry products and building materials declined for a second straight month as
U.S. housing starts cooled. Aircraft and other transportation equipment exports were volatile,
as is typical, and fell after a large delivery in June.

Economists said the results would be welcome in Ottawa, where officials have been trying to
reassure businesses that exporters are adapting to the new tariff environment. Several trade
groups, however, warned that one good month does not offset the damage to steel and aluminum
producers, where layoffs have been announced in Hamilton, Sault Ste. Marie and Quebec's
Saguenay region this year.

For the first seven months of the year, Canada has recorded a cumulative merchandise trade
deficit of $12.3 billion, compared with $4.9 billion in the same period of 2025.

The Canadian dollar was little changed after the data, trading around 73.1 U.S. cents.

Statistics Canada will publish August trade figures on October 6.
"""),
    image=("https://northernwire.example/media/2026/09/03/port-of-montreal-containers.jpg",
           "Containers stacked at the Port of Montreal.",
           "Photo: Benoît Lagacé-Moore/Northern Wire Service"),
    related=[
        ("June trade deficit widens as exports slip", "https://northernwire.example/business/2026/08/05/canada-trade-june"),
        ("Steel producers report lower orders amid U.S. duties", "https://northernwire.example/business/2026/08/19/steel-orders"),
        ("Canadian dollar holds near 73 U.S. cents", "https://northernwire.example/markets/2026/09/02/loonie"),
    ],
    tags=["Trade", "Statistics Canada", "Exports", "Energy"],
)

_TR2 = paper_page(
    site="The Dominion Ledger", domain="dominionledger.example",
    url="https://dominionledger.example/business/economy/article-trade-deficit-july-energy-autos-metals/",
    headline="Energy and autos shrink Canada's trade gap, but metals keep sliding",
    dek="July's deficit of $1.42-billion beat expectations. Economists say the split between "
        "winners and losers under U.S. tariffs is getting wider",
    kicker="TRADE", section="Business", published="2026-09-03T16:00:00-04:00",
    modified="2026-09-03T18:20:00-04:00", authors=["Helena Marchetti", "Kofi Brannigan"],
    date_line="Published September 3, 2026", dateline="TORONTO", read_time="5 min read",
    paras=_split("""
Canada's goods trade deficit narrowed more than expected in July, but economists looking past
the headline found a familiar story: industries that sell oil and cars to the United States are
coping, while those hit hardest by American tariffs are still losing ground.

Statistics Canada reported on Thursday that the country imported $1.42-billion more in goods
than it exported in July, down from a revised $2.01-billion deficit in June. Analysts had
expected a gap of about $2.2-billion.

Exports grew about 2 per cent in the month, to $64.9-billion, and imports rose 1.2 per cent,
to $66.3-billion. Measured by volume, exports increased 1.4 per cent, a sign that the gain was
not only a matter of higher prices.

## Two economies

The categories that drove the improvement were energy, up 5.8 per cent, and motor vehicles and
parts, up 3.4 per cent. Together they account for roughly a third of Canadian goods exports.

At the other end, exports of metal and non-metallic mineral products, the category that
includes steel and aluminum, fell 2.7 per cent. They have now declined in four of the past five
months.

"Energy did most of the lifting this month, and autos helped," Priyanka Vasquez-Holm, a senior
economist at Laurentide Bank Group, said in an interview. She cautioned against reading the
numbers as a sign that the trade dispute with the United States was easing.

The divergence shows up in the communities that depend on each sector. Oil producers in Alberta
and Saskatchewan have benefited from stronger prices and steady pipeline access to U.S.
refineries. Steel and aluminum towns have fared worse, with producers announcing layoffs and
reduced shifts this year.

## The U.S. picture

Despite the tariffs, the United States remains overwhelmingly Canada's biggest customer.
Exports to the U.S. rose 1.9 per cent in July to $48.7-billion, and Canada's surplus with its
southern neighbour widened to $7.4-billion from $6.9-billion.

Trade lawyers said the numbers would feature in continuing talks between Ottawa and Washington.
"Every month of data becomes an argument for one side or the other," said Camille
Bergeron-Voss, a trade lawyer in Ottawa who advises manufacturers. "A wider surplus with the
U.S. is not necessarily the headline Canadian negotiators want right now."

## Revisions and the bigger trend

Statistics Canada's revision to June, which turned a first estimate of $1.87-billion into a
deficit of $2.01-billion, was a reminder that monthly trade numbers move around. Daniel
Kaczmarek of Harrowgate Securities said the three-month average gives a clearer picture, and
that it still points to a modest deterioration compared with last year.

From January to July, the cumulative deficit was $12.3-billion, compared with $4.9-billion in
the first seven months of 2025. Much of the difference reflects weaker non-energy exports in
the spring, when tariff uncertainty peaked and some U.S. buyers paused orders.

Kaczmarek expects trade to make a small positive contribution to third-quarter growth, which
would be welcome after an economy that has struggled for momentum for much of the year.

## What to watch

The August figures will be released on Oct. 6. Economists will be watching whether auto exports
hold their gains as plants return to full production after retooling, and whether energy prices,
which softened in late August, take some of the shine off the petroleum numbers.

For now, the loonie barely reacted. It traded near 73.1 U.S. cents through the afternoon, little
changed from where it started the day.

Exporters who spoke to The Dominion Ledger said they were planning for more of the same. "We've
stopped waiting for things to go back to normal," said the chief financial officer of a Quebec
aluminum fabricator, who asked not to be named because the company is in talks with U.S.
customers. "This is normal now."
"""),
    image=("https://dominionledger.example/resizer/2026/09/03/oil-pipeline-alberta.jpg",
           "A pipeline pumping station near Hardisty, Alta. Energy exports rose 5.8 per cent in July.",
           "Jonah Whitecalf/The Dominion Ledger"),
    related=[
        ("Steel towns brace for another round of layoffs", "https://dominionledger.example/canada/article-steel-towns-layoffs/"),
        ("Why the loonie isn't reacting to trade data any more", "https://dominionledger.example/investing/markets/article-loonie-trade-data/"),
        ("June trade deficit revised wider", "https://dominionledger.example/business/economy/article-june-trade-deficit/"),
    ],
)

_TR3 = local_page(
    site="River City Record", domain="rivercityrecord.example",
    url="https://rivercityrecord.example/business/auto-exports-rebound-july-windsor-parts-makers",
    headline="Auto exports rebound in July, but Windsor parts makers say it's too early to relax",
    summary="A 3.4 per cent jump in vehicle and parts exports helped narrow Canada's trade "
            "deficit. Local suppliers say orders are steadier, not stronger.",
    section="Business", published="2026-09-04T09:15:00-04:00",
    modified=None, author="Dominic Farrugia-Lee", author_role="Business Reporter",
    date_line="Friday, Sept. 4, 2026",
    weather="Windsor 27°C · Humid, chance of thunderstorms",
    most_read=[
        "Bridge traffic backs up for third straight morning",
        "Auto exports rebound in July, but Windsor parts makers say it's too early to relax",
        "Council debates new bike lanes on Wyandotte",
        "Spitfires open training camp",
    ],
    paras=_split("""
Canada's auto exporters had a good July. The people who make the parts in Windsor-Essex are
glad to hear it, but they are not popping champagne.

Statistics Canada said Thursday that exports of motor vehicles and parts rose 3.4 per cent in
July to $8.6 billion, helping shrink the country's overall merchandise trade deficit to $1.42
billion. The agency said the increase came largely from assembly plants returning to full
production after longer-than-usual summer shutdowns.

"July looks better than June, and June wasn't great," said Renata Goldfarb-Ilie, who owns Essex
Precision Stampings, a parts supplier with 420 workers on the city's east side. "What I care
about is September and October. Our customers are still ordering week to week."

Goldfarb-Ilie said her company had trimmed overtime this year but had not laid anyone off. About
80 per cent of the parts she makes cross the Detroit River at some point, some of them more than
once, before they end up in a finished vehicle.

## A national picture with local echoes

Across all goods, exports rose 2.1 per cent in July and imports rose 1.2 per cent, according
to Statistics Canada. Energy exports did even better than autos, jumping 5.8 per cent.

Economists had expected a wider deficit, about $2.2 billion. June's figure was revised to
$2.01 billion.

The weak spot was metals. Exports of steel, aluminum and other metal products fell 2.7 per cent,
and that matters here too: several Windsor-area tool-and-die shops buy steel from mills that
have cut shifts this year.

Exports to the United States climbed 1.9 per cent. Canada's trade surplus with the U.S. grew to
$7.4 billion in July.

## Bridge traffic as an early signal

Local business groups watch truck traffic on the Ambassador Bridge and through the
Detroit-Windsor Tunnel for hints of where trade is heading. Those numbers were steady through
the summer, according to the Windsor-Essex Regional Chamber of Commerce, and picked up in the
second half of July.

"When you can see the trucks lining up on Huron Church Road again, that tells you the plants
are running," said the chamber's trade policy lead, Alaric Vendramin. "The data just confirms
what people here already saw."

Vendramin cautioned that the Gordie Howe International Bridge, which opened to traffic
recently, has changed traffic patterns, making comparisons with previous summers less reliable.

## Workers watching

Unifor Local 444 represents workers at the Windsor Assembly Plant, which returned to a full
schedule in mid-July. A union official said members were relieved to see shifts restored but
wanted more certainty about product commitments for 2027 and beyond.

Economists say the Windsor region is more exposed than most to swings in the monthly
numbers because so much of what it makes is part of a supply chain that crosses the border
several times. A delay at the bridge, a parts shortage in Ohio or a retooling in Michigan can
show up in local payrolls within weeks.

At Essex Precision Stampings, Goldfarb-Ilie said the best thing she could say about July was
that it was predictable. "Predictable I can plan for. Last spring was not predictable."

Statistics Canada will release August trade figures on Oct. 6.
"""),
    image=("https://rivercityrecord.example/uploads/2026/09/ambassador-bridge-trucks.jpg",
           "Trucks cross the Ambassador Bridge from Detroit into Windsor.",
           "River City Record file photo"),
    related=[
        ("Windsor Assembly returns to full schedule", "https://rivercityrecord.example/business/windsor-assembly-full-schedule"),
        ("Tool-and-die shops feel the steel squeeze", "https://rivercityrecord.example/business/tool-and-die-steel"),
        ("Bridge traffic backs up for third straight morning", "https://rivercityrecord.example/news/bridge-traffic-backup"),
    ],
)

_TR4 = newsletter_page(
    site="The Manifest", domain="manifestbrief.example",
    url="https://manifestbrief.example/briefs/canada-july-trade-energy-autos-metals",
    headline="Canada's July trade: oil and cars up, metals down",
    summary="A cross-border read of Statistics Canada's July merchandise trade figures, with "
            "amounts in both currencies.",
    issue="Cross-Border Brief · Vol. 7, No. 35", date_line="September 4, 2026",
    author="Gwendolyn Akerfeldt",
    intro="For readers who ship across the 49th parallel. Canadian-dollar figures are from "
          "Statistics Canada; U.S.-dollar conversions are ours, at about 73.1 U.S. cents per "
          "Canadian dollar.",
    paras=_split("""
## Headline

Canada's goods trade deficit narrowed to C$1.42 billion in July, or about US$1.04 billion,
according to figures Statistics Canada published yesterday morning at 8:30 Eastern. That is
a smaller gap than the C$2.2 billion consensus. June's deficit was revised to C$2.01 billion
from C$1.87 billion.

Exports rose 2.1 per cent to C$64.9 billion (about US$47.4 billion). Imports rose 1.2 per cent
to C$66.3 billion (about US$48.5 billion). Export volumes were up 1.4 per cent, so this was not
just a price story.

## What moved

Energy: up 5.8 per cent, to C$12.9 billion. Higher crude prices plus more barrels moving
south. If you buy Canadian crude or refined products, you already knew this.

Autos and parts: up 3.4 per cent, to C$8.6 billion. Ontario assembly plants came back from
long summer shutdowns. Tier-two suppliers we talked to in Michigan said their Canadian
counterparts are running steadier schedules, though order books remain short.

Metals: down 2.7 per cent. The category covering steel and aluminum has now fallen in four of
the last five months. U.S. duties are doing what they were designed to do, at least in terms
of volumes crossing the border. Buyers on the U.S. side tell us prices for some aluminum
products have risen as a result, which is the other half of that story.

## The bilateral number

Canadian exports to the U.S. rose 1.9 per cent to C$48.7 billion. Canada's surplus with the
U.S. widened to C$7.4 billion (roughly US$5.4 billion) from C$6.9 billion in June. Note that
U.S. Census Bureau figures for the same month, due out next week, will not match exactly:
the two agencies value shipments differently and treat re-exports differently. A gap between
them is normal and has been for decades.

## The quote

Priyanka Vasquez-Holm, senior economist at Laurentide Bank Group, summed it up for
reporters: "I wouldn't call it a turning point while metals exports are still going
backwards."

## Year to date

Through the first seven months, Canada's cumulative goods deficit stands at C$12.3 billion,
against C$4.9 billion in January to July of 2025. So while July was better, the year as a
whole is still worse than last year.

## For your planning

If you import from Canada: the Canadian dollar has been stable around 73 U.S. cents for
several weeks. Nothing in Thursday's release moved it.

If you export to Canada: Canadian import demand rose in July, led by consumer goods and
electronics. Canadian buyers have been diversifying suppliers, and imports from outside the
U.S. grew faster than imports from the U.S. in the month.

If you are in metals: expect continued volatility. Canadian mills are running below capacity,
and several have said they will prioritize domestic customers for the rest of the year.

If you are in autos: watch August. July's rebound partly reflects the timing of shutdowns,
and the real test is whether production holds through the fall model-year changeover.

## Next

Statistics Canada publishes August data on Tuesday, October 6. We'll have our usual brief the
following morning, along with a look at how the U.S. and Canadian numbers compare.

## Housekeeping

Several readers asked why we convert at a single rate rather than at each month's average. For
a monthly brief, a single current rate is simpler and close enough; for anything you will put
in a contract, use the rate your bank actually gives you.
"""),
    related=[
        ("June brief: Canada's deficit widens as exports slip", "https://manifestbrief.example/briefs/canada-june-trade"),
        ("Explainer: why U.S. and Canadian trade statistics never match", "https://manifestbrief.example/explainers/mirror-statistics"),
        ("Metals tracker: tariffs, prices, capacity", "https://manifestbrief.example/trackers/metals"),
    ],
    sponsor="Sponsored: Tallgrass Customs Brokerage. Clearance at 14 Canada-U.S. crossings, "
            "one account.",
)

STORY_4 = _story("tr-JC4", "trade", "2026-09-07", [
    _page("https://northernwire.example/business/2026/09/03/canada-trade-deficit-july-narrows", _TR1),
    _page("https://dominionledger.example/business/economy/article-trade-deficit-july-energy-autos-metals/", _TR2),
    _page("https://rivercityrecord.example/business/auto-exports-rebound-july-windsor-parts-makers", _TR3),
    _page("https://manifestbrief.example/briefs/canada-july-trade-energy-autos-metals", _TR4),
], [])


# ===========================================================================
# rk-JC5 -- rocket (PLANTED)
# Facts: Tidewater Orbital Inc. (Halifax) launched its two-stage Gannet-1 rocket on its
# first orbital attempt from its pad near Canso, Guysborough County, N.S., on Thursday
# 15 October 2026 at 6:14 a.m. ADT (5:14 a.m. EDT, 09:14 UTC); window 6:00-8:00 a.m.  First
# attempt Tuesday 13 October scrubbed at T-minus 47 seconds (second-stage pressure sensor).
# Three satellites (86 kg in all) deployed about 13 minutes after liftoff into a roughly
# 510 km sun-synchronous orbit (97.4 degrees).  Rocket 23 m tall, five first-stage engines.
# 2025 suborbital test reached 118 km.  Transport Canada licence issued in August.  Chief
# executive and co-founder Priya Nandakumar; chief engineer Lachlan Ferris-Abiodun; N.S.
# economic development minister Colette Arsenault-Brine; Canso resident Wendell Jessome.
# Company has raised about $210 million; next flight planned for spring 2027.
# Quote (identical where it overlaps): "Today a rocket built in Nova Scotia put satellites
# into orbit from Nova Scotia, and nobody can take that away from the people who made it
# happen."
# PLANTED: (1) Orbit Notes gives the liftoff as 6:24 a.m. ADT / 09:24 UTC (6:14 a.m. /
# 09:14 UTC elsewhere); (2) Polaris News calls Nandakumar the company's chief technology
# officer (chief executive elsewhere).
# Traps: ADT / EDT / UTC; Thursday / Oct. 15 / yesterday; Tuesday scrub vs Thursday launch;
# "about 500 km" vs 510 km; 118 km suborbital 2025 flight; "three satellites" / "three
# payloads"; "about 13 minutes" after liftoff; "Nandakumar" / "Priya Nandakumar".
# ===========================================================================

_RK1 = wire_page(
    site="Northern Wire Service", domain="northernwire.example",
    url="https://northernwire.example/science/2026/10/15/nova-scotia-rocket-reaches-orbit-canso",
    headline="Nova Scotia company puts satellites in orbit on first try from Canso launch site",
    summary="Tidewater Orbital's Gannet-1 rocket lifted off at 6:14 a.m. local time and "
            "deployed three small satellites, the company said.",
    section="Science", published="2026-10-15T07:05:00-03:00",
    modified="2026-10-15T09:40:00-03:00", author="Noor Halvorsen",
    date_line="Oct. 15, 2026 · 7:05 a.m. ADT, updated 9:40 a.m. ADT",
    dateline="CANSO, N.S. (NWS) —",
    paras=_split("""
A Halifax company launched a rocket into orbit from the northeastern tip of mainland Nova
Scotia on Thursday, placing three small satellites in space on its first orbital attempt.

Tidewater Orbital Inc.'s Gannet-1 lifted off from the company's pad near Canso at 6:14 a.m.
Atlantic time, or 5:14 a.m. in Ottawa and Toronto, climbing into a clear sky over Chedabucto
Bay. About 13 minutes later, the company confirmed that the rocket's second stage had reached
orbit and released its payloads.

"Today a rocket built in Nova Scotia put satellites into orbit from Nova Scotia, and nobody
can take that away from the people who made it happen," chief executive Priya Nandakumar told
employees and guests gathered at the launch control building.

The flight came two days after a first attempt on Tuesday was called off 47 seconds before
liftoff, when a sensor reported an unexpected pressure reading in the second stage. Engineers
traced the problem to a faulty sensor rather than to the tank itself, the company said.

The 23-metre rocket has five engines on its first stage and a single engine on the second,
burning kerosene and liquid oxygen. Tidewater said the second stage placed the satellites
into a sun-synchronous orbit at an altitude of about 510 kilometres, passing over the poles.

Several hundred people watched from the Canso waterfront and from pull-offs along the road
into town, some of them wrapped in blankets against the October chill. A cheer went up as the
rocket cleared the tree line and turned south over the water.

## Three small satellites

The satellites, which together weighed 86 kilograms, include an ocean-monitoring spacecraft
built by Saltmarsh Sensing, a Halifax startup, and a student-built satellite from the
University of New Brunswick. The third is a technology demonstration for Tidewater's own
future spacecraft bus, the company said.

Saltmarsh co-founder Imogen Petrakis said ground stations had already received signals from
its satellite. "We'll know in a few days whether the instrument is working the way we hoped,
but hearing from it at all is a good first morning," she said.

The launch was licensed by Transport Canada in August after several years of review. The
federal department has been developing rules for commercial launches from Canadian soil, which
had not previously hosted an orbital launch by a domestic company.

## Years in the making

Tidewater was founded in 2019 and has raised about $210 million from private investors and
government programs, according to the company. In 2025, it flew a suborbital test vehicle from
the same site to an altitude of 118 kilometres.

Guysborough County, a rural area with a long fishing history, has welcomed the project as a
source of jobs, though some residents raised concerns during environmental hearings about
noise, road traffic and the effect on nearby wildlife habitat.

Nova Scotia's minister of economic development, Colette Arsenault-Brine, watched the launch
from Canso. In a statement, she said the province would continue to support the company as it
moves toward regular flights.

Nandakumar said the company plans its second flight in the spring of 2027 and hopes eventually
to launch about once a month. "One successful flight is the beginning, not the end," she said.

Chief engineer Lachlan Ferris-Abiodun said the team would spend the coming weeks reviewing
data from the flight before starting to stack the next rocket.
"""),
    image=("https://northernwire.example/media/2026/10/15/gannet-1-liftoff.jpg",
           "Tidewater Orbital's Gannet-1 rocket lifts off from its launch site near Canso, N.S., on Thursday.",
           "Photo: Callum Reddy/Northern Wire Service"),
    related=[
        ("Countdown halted seconds before Nova Scotia rocket launch", "https://northernwire.example/science/2026/10/13/gannet-scrub"),
        ("Transport Canada licenses first orbital launch from Canadian soil", "https://northernwire.example/science/2026/08/21/launch-licence"),
        ("Halifax startup bets on ocean-watching satellites", "https://northernwire.example/business/2026/06/30/saltmarsh-sensing"),
    ],
    tags=["Space", "Nova Scotia", "Rockets", "Satellites"],
)

_RK2 = broadcast_page(
    site="Polaris News", domain="polarisnews.example",
    url="https://polarisnews.example/news/canada/nova-scotia/tidewater-orbital-gannet-launch-canso-1.7388412",
    headline="'A good first morning': Nova Scotia rocket reaches orbit from Canso",
    summary="Tidewater Orbital's Gannet-1 carried three satellites into orbit on Thursday, two "
            "days after a launch attempt was scrubbed at the last minute.",
    section="Nova Scotia", published="2026-10-15T09:30:00-03:00",
    modified="2026-10-15T16:45:00-03:00", authors=["Siobhan Delorey"],
    date_line="Posted: Oct 15, 2026 9:30 AM AT | Last Updated: Oct 15, 2026 4:45 PM AT",
    region="Nova Scotia",
    video=("Watch the Gannet-1 launch from Canso", "3:12"),
    paras=_split("""
For a few seconds on Thursday morning, the only sound on the Canso waterfront was the wind.
Then the rocket's engines reached the crowd.

Tidewater Orbital's Gannet-1 lifted off at 6:14 a.m. from the company's launch site just
outside the town, climbed through a clear sky and, about 13 minutes later, released three
small satellites into orbit.

It was the Halifax-based company's first attempt at reaching orbit, and it came two days after
a countdown on Tuesday was halted with 47 seconds to go.

"Today a rocket built in Nova Scotia put satellites into orbit from Nova Scotia," said Priya
Nandakumar, the company's chief technology officer and one of its co-founders, speaking to
reporters at the launch control building after the deployment was confirmed.

Nandakumar said the company's engineers had worked through Tuesday night and Wednesday to
replace a faulty pressure sensor on the rocket's second stage. "We could have flown with it,
probably. Probably isn't good enough," she said.

## Hundreds gather in Canso

Several hundred people gathered along the waterfront and on the hills above town to watch.
Some had driven from Antigonish and Port Hawkesbury in the dark; others walked down from
their homes.

Wendell Jessome, who has fished out of Canso for more than 40 years, said he had been
skeptical when the company first arrived. "I thought it was a lot of talk. I don't think
that anymore," he said, watching the exhaust trail drift out over Chedabucto Bay.

Local businesses had been preparing for weeks. The town's two restaurants opened early, and a
church hall served coffee and muffins to visitors from before 5 a.m.

## Three satellites, one orbit

The 23-metre rocket carried satellites weighing 86 kilograms in all. One, from Halifax startup
Saltmarsh Sensing, is designed to monitor sea-surface temperature and algae blooms. Another was
built by students at the University of New Brunswick. The third is a test of technology
Tidewater plans to use in its own future spacecraft.

The company said all three were placed in a sun-synchronous orbit about 500 kilometres above
Earth, which carries satellites over the poles and allows them to pass over the same spot at
the same local time each day.

## What's next

Tidewater has raised roughly $210 million since it was founded in 2019. It flew a suborbital
test rocket from the Canso site in 2025.

The company says it wants to fly its second orbital mission in the spring of 2027 and
eventually build up to a monthly launch rate.

Nova Scotia's economic development minister, Colette Arsenault-Brine, who watched the launch
from the waterfront, called it "a day people here will remember." The province has provided
loans and training funds to the company.

Not everyone is cheering. A group of residents who opposed the launch site during
environmental hearings said they would keep monitoring noise and the effect on nearby bird
habitat. The company has said it follows the conditions set out in its approvals.

For the engineers who built Gannet-1, Thursday was a chance to exhale. Chief engineer Lachlan
Ferris-Abiodun said the team would take a day off before starting to review the flight data.
"Then we build another one," he said.
"""),
    image=("https://polarisnews.example/images/2026/10/15/canso-crowd-launch.jpg",
           "Spectators on the Canso waterfront watch the Gannet-1 rocket climb over Chedabucto Bay on Thursday morning.",
           "(Siobhan Delorey/Polaris News)"),
    related=[
        ("Gannet-1 launch scrubbed 47 seconds before liftoff", "https://polarisnews.example/news/canada/nova-scotia/gannet-1-scrub-1.7385530"),
        ("What a rocket launch site means for Canso", "https://polarisnews.example/news/canada/nova-scotia/canso-launch-site-economy-1.7290051"),
        ("Video: Inside Tidewater Orbital's Halifax factory", "https://polarisnews.example/video/tidewater-factory"),
    ],
)

_RK3 = local_page(
    site="The Chedabucto Current", domain="chedabuctocurrent.example",
    url="https://chedabuctocurrent.example/2026/10/15/liftoff-canso-watches-gannet-reach-orbit",
    headline="Liftoff: Canso watches Gannet-1 reach orbit",
    summary="Residents, fishers and a few hundred visitors were on hand Thursday morning as the "
            "rocket built in Halifax flew from Guysborough County.",
    section="Community", published="2026-10-15T15:00:00-03:00",
    modified=None, author="Maren Avery-Fougere", author_role="Editor",
    date_line="Thursday, October 15, 2026",
    weather="Canso 9°C · Clear, northwest wind 15 km/h",
    most_read=[
        "Liftoff: Canso watches Gannet-1 reach orbit",
        "Municipal council sets date for budget consultations",
        "Lobster season prep under way at Dover wharf",
        "Guysborough Academy volleyball wins home opener",
    ],
    paras=_split("""
Canso has been waiting for this morning for the better part of seven years.

At 6:14 a.m. on Thursday, Tidewater Orbital's Gannet-1 rocket rose from its pad a few
kilometres outside town, lit up the clouds on the eastern horizon and disappeared to the
south over Chedabucto Bay. About 13 minutes after that, word came from the launch control
building that three satellites had been released into orbit.

For the people gathered along the waterfront, many of whom had been there since before five,
the sound arrived a few seconds after the light. It was a low, crackling roar that several
people described as louder than they had expected, and it rolled across the harbour for what
felt like a long time.

"I've been out on that water in every kind of weather and I never heard anything like it,"
said Wendell Jessome, a fisherman who lives on Union Street. "My granddaughter was crying,
and she was laughing at the same time."

## Second try

Many in the crowd had come out on Tuesday, too, only to see the countdown stop 47 seconds
before liftoff. The company later said a faulty sensor had reported a pressure problem on the
rocket's second stage. Workers replaced it on Wednesday.

"I told my husband I'd come back as many times as it took," said Darlene Pettipas, who brought
a thermos and two folding chairs both mornings. "Two isn't bad."

Tidewater's chief executive, Priya Nandakumar, thanked the community in remarks after the
launch. She said the company owed a debt to Canso residents who had put up with construction
traffic, road closures and test firings.

"Today a rocket built in Nova Scotia put satellites into orbit from Nova Scotia, and nobody
can take that away from the people who made it happen," she said. "That includes the people
in this town."

## What it means for the area

The company employs about 70 people at the launch site, about a third of them from Guysborough
County, according to Tidewater. Local contractors have done much of the road and site work.

Mayor Hollis Myatt of the Municipality of the District of Guysborough said the launch had put
the area on a map it had never been on. "People in Toronto are going to be looking up where
Canso is today," he said.

Not everyone is convinced. Some residents who opposed the project at environmental hearings
said they would be watching closely for effects on the nearby wildlife areas and on the
fishery. The company has said it follows the monitoring conditions in its provincial and federal
approvals.

The satellites went into an orbit about 510 kilometres up, according to the company. One was
built by Saltmarsh Sensing of Halifax to watch ocean temperatures and algae blooms, another by
University of New Brunswick students, and the third by Tidewater itself.

## The next launch

Tidewater says it hopes to fly again in spring 2027. A company spokesperson said the Canso
community would get notice of the next launch window at least two weeks in advance, as it did
this time.

The Chedabucto Current will post photos from readers over the weekend. Send yours to
photos@chedabuctocurrent.example.
"""),
    image=("https://chedabuctocurrent.example/wp-content/uploads/2026/10/canso-waterfront-liftoff.jpg",
           "The Gannet-1 exhaust plume over Chedabucto Bay, seen from the Canso waterfront on Thursday.",
           "Reader photo: Jolene Avery"),
    related=[
        ("Countdown stops at 47 seconds; company says it will try again Thursday", "https://chedabuctocurrent.example/2026/10/13/countdown-stops"),
        ("Road closures for launch week", "https://chedabuctocurrent.example/2026/10/08/launch-week-road-closures"),
        ("Tidewater hires 12 more local workers", "https://chedabuctocurrent.example/2026/07/22/tidewater-hires"),
    ],
)

_RK4 = newsletter_page(
    site="Orbit Notes", domain="orbitnotes.example",
    url="https://orbitnotes.example/p/gannet-1-reaches-orbit",
    headline="Gannet-1 reaches orbit, and Canada has a launcher",
    summary="Tidewater Orbital's first orbital flight, by the numbers, plus what the Tuesday "
            "scrub told us about the team.",
    issue="Orbit Notes #147", date_line="Friday, October 16, 2026",
    author="Tomasz Ekwueme-Hale",
    intro="A short-notice issue this week, because something happened that we have been "
          "waiting years to write about.",
    paras=_split("""
## The flight

Tidewater Orbital's Gannet-1 lifted off from the company's pad near Canso, Nova Scotia,
at 6:24 a.m. ADT yesterday (09:24 UTC), about 24 minutes into a two-hour window. First-stage
flight looked nominal on the company's webcast: five kerosene/LOX engines, a clean staging
event, and a second-stage burn that ran to completion. Payload separation was confirmed
roughly 13 minutes after liftoff.

Final orbit, per the company: about 510 km, sun-synchronous, 97.4 degrees inclination. Launching
south over open water from Canso makes high-inclination orbits the natural fit for this site.

## The payloads

Three spacecraft, 86 kg combined:

Saltmarsh Sensing's ocean-colour and sea-surface temperature satellite. Saltmarsh says it has
made contact; commissioning will take a few weeks.

A student cubesat from the University of New Brunswick, which we profiled last year.

A Tidewater technology demonstrator for the bus the company wants to sell alongside launch
services. This is the one to watch commercially.

## The scrub

Tuesday's first attempt stopped at T-minus 47 seconds on a second-stage pressure reading. The
company's read the next day: faulty sensor, tank fine. Replacing a sensor on the pad and going
again 48 hours later is not nothing for a first-time team. It suggests their procedures for
working on a fuelled-then-drained vehicle are more mature than some of us assumed.

## The context

This is the first orbital launch by a Canadian company from Canadian soil. Tidewater's 2025
suborbital test reached 118 km, which told us the first stage and the range worked. Yesterday
showed the whole stack works.

Transport Canada's licence came through in August. Regulators have been building this
framework more or less in parallel with the industry, and one of the open questions was
whether the first licence would take so long that it killed the business case. It didn't.

## The quote

CEO Priya Nandakumar, in remarks after deployment: "Today a rocket built in Nova Scotia put
satellites into orbit from Nova Scotia." She went on to credit the company's staff and the
town.

## The numbers that matter next

Funding: the company says it has raised about $210 million since 2019. That's modest by launch
standards, which means cadence matters. The company wants to fly again in spring 2027 and talks
about a monthly cadence eventually. We'd watch for two things: how long the post-flight review
takes, and whether a paying customer signs for the second flight before it rolls out.

Vehicle: 23 metres, two stages, small-launch class. That puts it in a crowded global market
where price and schedule reliability will decide who survives.

## Our take

Launch companies tend to be judged on their second and third flights, not their first. But
a first-attempt orbital success is rare, and the team handled a scrub without drama. Canada now
has a domestic orbital launcher. That sentence was not true on Wednesday.

## Housekeeping

Regular issue resumes next Friday, with a look at European small-launch competition and a
reader question about ground-station licensing.
"""),
    related=[
        ("#139: Inside the Canso launch site", "https://orbitnotes.example/p/inside-canso"),
        ("#131: The long road to a Canadian launch licence", "https://orbitnotes.example/p/canadian-launch-licence"),
        ("#102: Tidewater's suborbital hop, reviewed", "https://orbitnotes.example/p/tidewater-suborbital"),
    ],
    sponsor="Orbit Notes is supported by Fundy Ground Systems: S-band and X-band passes, "
            "booked by the minute.",
)

STORY_5 = _story("rk-JC5", "rocket", "2026-10-19", [
    _page("https://northernwire.example/science/2026/10/15/nova-scotia-rocket-reaches-orbit-canso", _RK1),
    _page("https://polarisnews.example/news/canada/nova-scotia/tidewater-orbital-gannet-launch-canso-1.7388412", _RK2),
    _page("https://chedabuctocurrent.example/2026/10/15/liftoff-canso-watches-gannet-reach-orbit", _RK3),
    _page("https://orbitnotes.example/p/gannet-1-reaches-orbit", _RK4),
], [
    ("liftoff clock time", r"\b6:14\b|09:14 utc", r"\b6:24\b|09:24 utc"),
    ("Priya Nandakumar's title", r"chief executive|\bceo\b", r"chief technology officer"),
])


# ===========================================================================
# eq-JC6 -- earthquake (PLANTED)
# Facts: magnitude 6.4 (first estimated at 6.2, upgraded within the hour) earthquake at
# 3:27 a.m. PST on Saturday 14 November 2026 (6:27 a.m. EST, 11:27 UTC), about 140 km west
# of Port Hardy, B.C., depth 11 km (Earthquakes Canada / Natural Resources Canada).  No
# tsunami threat (Emergency Info BC, 3:49 a.m.).  Largest aftershock M4.7 at 5:02 a.m.;
# aftershocks: 9 by 6 a.m., 14 by 9 a.m., more than 40 by 6 p.m.  Injuries (all minor): 2 by
# 8 a.m., 3 by 1 p.m., 5 by evening; no deaths.  BC Hydro outages peaked at about 23,400
# customers; about 6,100 by noon, about 1,300 by 7 p.m.  Highway 19 closed by rockfall
# between Port McNeill and Woss, reopened to single-lane traffic at 2:15 p.m.  Seismologist
# Annika Sorensen-Whyte; Port Hardy Mayor Ross Lindquist-Hale.
# Quote (identical where it overlaps): "This was a shallow event on the offshore plate
# boundary, which is why it was felt so widely along the North Island. Aftershocks will
# continue for days, and a few may be strong enough to feel."
# PLANTED: (1) The Dominion Ledger says the quake struck early Friday (Saturday elsewhere);
# (2) Northern Wire says outages peaked at about 29,800 customers (about 23,400 elsewhere).
# Traps: preliminary 6.2 revised to 6.4; M4.7 aftershock; growing counts of aftershocks,
# injuries and outages with their times; PST / EST / UTC; "about 140 km west of Port Hardy"
# / "off northern Vancouver Island"; "just before 3:30 a.m."; Saturday / yesterday / Nov. 14.
# ===========================================================================

_EQ1 = liveblog_page(
    site="Polaris News", domain="polarisnews.example",
    url="https://polarisnews.example/news/canada/british-columbia/live-earthquake-vancouver-island-1.7460127",
    headline="Magnitude 6.4 earthquake off northern Vancouver Island: live updates",
    summary="A strong earthquake shook Port Hardy and communities across the North Island "
            "early Saturday. There is no tsunami threat.",
    section="British Columbia", published="2026-11-14T04:05:00-08:00",
    modified="2026-11-14T19:10:00-08:00", authors=["Devika Rampersad", "Jun Takahara-Bell"],
    date_line="Started Nov 14, 2026 4:05 AM PT · Last updated 7:10 PM PT",
    key_points=[
        "A magnitude 6.4 earthquake struck about 140 km west of Port Hardy at 3:27 a.m. PT.",
        "Emergency Info BC says there is no tsunami threat.",
        "Five people have been treated for minor injuries. No deaths have been reported.",
        "More than 40 aftershocks have been recorded, the largest a magnitude 4.7.",
    ],
    entries=[
        ("7:10 PM", "Evening summary", _split("""
Here's where things stand as we wrap up for the night. Earthquakes Canada has now recorded
more than 40 aftershocks. Health officials say five people were treated for minor injuries,
mostly cuts from broken glass. BC Hydro says about 1,300 customers are still without power,
down from a peak of about 23,400 shortly after the quake.
""")),
        ("2:20 PM", "Highway 19 reopens to one lane", _split("""
The Ministry of Transportation says Highway 19 between Port McNeill and Woss reopened to
single-lane alternating traffic at 2:15 p.m. after crews cleared rock from the road.
""")),
        ("12:05 PM", "Power coming back", _split("""
BC Hydro says about 6,100 customers remain without electricity, most of them around Port
Hardy, Port Alice and Holberg. At the peak, shortly after the shaking, about 23,400 customers
lost power.
""")),
        ("10:40 AM", "Highway 19 closed by rockfall", _split("""
Drivers heading to or from the North Island should plan ahead. Highway 19 is closed between
Port McNeill and Woss after rocks came down onto the road during the quake. Engineers are
checking the slope before crews start clearing it. There is no detour on pavement; forest
service roads in the area are not recommended.
""")),
        ("9:15 AM", "Seismologist: expect more aftershocks", _split("""
Annika Sorensen-Whyte, a seismologist with Natural Resources Canada, says 14 aftershocks have
been recorded so far.

"This was a shallow event on the offshore plate boundary, which is why it was felt so widely
along the North Island," she told Polaris News. "Aftershocks will continue for days, and a few
may be strong enough to feel."
""")),
        ("8:10 AM", "Two people hurt", _split("""
Island Health says two people were treated at Port Hardy Hospital for minor injuries overnight.
Port Hardy Mayor Ross Lindquist-Hale says crews are checking the water system and the town's
two schools.
""")),
        ("6:00 AM", "What we know so far", _split("""
The quake struck at 3:27 a.m., which was 6:27 a.m. in Ontario and Quebec. Earthquakes Canada
has logged nine aftershocks so far. BC Hydro's outage map shows large areas of the North Island
without power, and the utility says crews are being sent from Campbell River. Island Health says
Port Hardy Hospital is running on backup power and its emergency department is open.
""")),
        ("5:10 AM", "Strong aftershock", _split("""
Many of you felt that one. Earthquakes Canada says a magnitude 4.7 aftershock struck at
5:02 a.m. in the same area.
""")),
        ("4:20 AM", "Magnitude upgraded to 6.4", _split("""
Earthquakes Canada has revised its estimate of the earthquake's size. It's now listed as a
magnitude 6.4 at a depth of 11 kilometres, up from the preliminary magnitude of 6.2 posted
shortly after the quake.
""")),
        ("4:05 AM", "Strong shaking on the North Island", _split("""
An earthquake with a preliminary magnitude of 6.2 struck off northern Vancouver Island at
3:27 a.m., according to Earthquakes Canada. The epicentre was about 140 kilometres west of Port
Hardy.

Emergency Info BC posted at 3:49 a.m. that no tsunami is expected. Readers from Port Hardy,
Port McNeill and as far as Campbell River tell us the shaking woke them up and knocked things
off shelves. Some in Victoria and Vancouver say they felt gentle swaying.

Send us your photos and videos, but please stay safe: don't go near damaged buildings.
""")),
    ],
    image=("https://polarisnews.example/images/2026/11/14/port-hardy-quake-damage.jpg",
           "Bricks from a fallen chimney lie on a sidewalk in Port Hardy, B.C., on Saturday morning.",
           "(Submitted by Carys Whitmore)"),
    related=[
        ("How to prepare an earthquake kit", "https://polarisnews.example/news/canada/british-columbia/earthquake-kit-guide-1.6011234"),
        ("Why B.C.'s coast shakes: the science of the Cascadia region", "https://polarisnews.example/news/science/cascadia-explainer-1.6923310"),
        ("Tsunami alerts: what the different levels mean", "https://polarisnews.example/news/canada/british-columbia/tsunami-alert-levels-1.7012876"),
    ],
)

_EQ2 = wire_page(
    site="Northern Wire Service", domain="northernwire.example",
    url="https://northernwire.example/canada/2026/11/14/earthquake-vancouver-island-port-hardy",
    headline="Strong earthquake rattles northern Vancouver Island; no tsunami threat",
    summary="The magnitude 6.4 quake struck offshore before dawn on Saturday, knocking out "
            "power and closing a highway, but officials reported only minor injuries.",
    section="Canada", published="2026-11-14T06:10:00-08:00",
    modified="2026-11-14T11:40:00-08:00", author="Harriet Nakamura-Oyelowo",
    date_line="Nov. 14, 2026 6:10 a.m. PT · Updated 11:40 a.m. PT",
    dateline="VANCOUVER (NWS) —",
    paras=_split("""
A magnitude 6.4 earthquake struck off the coast of northern Vancouver Island before dawn on
Saturday, shaking residents awake in Port Hardy and nearby communities, cutting power to
thousands of homes and sending rocks onto a stretch of highway.

Earthquakes Canada, part of Natural Resources Canada, said the quake hit at 3:27 a.m. Pacific
time, 6:27 a.m. in Toronto, about 140 kilometres west of Port Hardy at a depth of 11 kilometres.
The agency initially put the magnitude at 6.2 before revising it upward within the hour.

Emergency Info BC said at 3:49 a.m. that no tsunami was expected, and no coastal evacuation
orders were issued.

Island Health said two people had been treated for minor injuries in Port Hardy. No deaths
were reported.

"It sounded like a freight train and then the whole house started rolling," said Karsten
Holloway, who runs a fishing charter business in Port Hardy. "The dishes came out of the
cupboards. The dog hasn't stopped shaking."

## Power and roads

BC Hydro said outages peaked at about 29,800 customers in the minutes after the shaking,
mostly on the North Island. About 7,000 were still without power at 11 a.m., as crews worked
to repair damaged lines and restore substations that had tripped offline.

The provincial Ministry of Transportation closed Highway 19 between Port McNeill and Woss after
rocks and debris came down onto the road. Officials said geotechnical engineers were assessing
the slope and did not give a time for reopening.

Port Hardy Mayor Ross Lindquist-Hale said inspectors had checked the town's water system,
its schools and the hospital. Several older buildings downtown had cracked facades and fallen
chimneys, he said. "We got lucky. It could have been a lot worse," he said.

## Aftershocks expected

Earthquakes Canada had recorded more than 20 aftershocks by late morning, the largest a
magnitude 4.7 at 5:02 a.m.

Annika Sorensen-Whyte, a seismologist with Natural Resources Canada, said the quake occurred
along the complex boundary where the Pacific, Explorer and North American plates meet off the
north end of the island, an area that regularly produces moderate earthquakes.

"This was a shallow event on the offshore plate boundary, which is why it was felt so widely
along the North Island," she said. "Aftershocks will continue for days."

She said the earthquake was not on the Cascadia subduction zone, which lies farther south and
is capable of much larger quakes, and that it did not change the long-term risk of a major
Cascadia earthquake.

People in Campbell River, about 240 kilometres south of Port Hardy by road, reported strong
shaking, and lighter swaying was felt in Victoria and Metro Vancouver.

## Preparedness reminder

Emergency Management and Climate Readiness officials used the event to urge residents to
secure heavy furniture, keep several days of water and food on hand, and know how to shut off
gas lines. They said anyone who smells gas should leave the building and call the utility.

Schools in the region are closed for the weekend, and the school district said it would
inspect buildings before classes resume on Monday.
"""),
    image=("https://northernwire.example/media/2026/11/14/highway-19-rockfall.jpg",
           "Rocks cover a lane of Highway 19 between Port McNeill and Woss, B.C., after Saturday's earthquake.",
           "Photo: B.C. Ministry of Transportation handout"),
    related=[
        ("Magnitude 5.1 quake felt on Haida Gwaii", "https://northernwire.example/canada/2026/07/02/haida-gwaii-quake"),
        ("B.C. updates earthquake early-warning system", "https://northernwire.example/canada/2026/04/16/bc-early-warning"),
        ("Explainer: Why the North Island shakes so often", "https://northernwire.example/canada/2026/11/14/north-island-quakes-explainer"),
    ],
    tags=["Earthquakes", "British Columbia", "Vancouver Island", "Emergencies"],
)

_EQ3 = local_page(
    site="North Island Tide", domain="northislandtide.example",
    url="https://northislandtide.example/news/quake-port-hardy-cleanup-begins",
    headline="'Everything came off the walls': Port Hardy cleans up after 6.4 quake",
    summary="Cracked chimneys, broken windows and a long morning without power, but the town "
            "came through Saturday's earthquake without serious injuries.",
    section="News", published="2026-11-14T13:00:00-08:00",
    modified="2026-11-14T15:30:00-08:00", author="Bronwyn Tallis-Ahn", author_role="Reporter",
    date_line="Saturday, November 14, 2026 - 1:00 p.m.",
    weather="Port Hardy 7°C · Rain, southeast wind 30 km/h",
    most_read=[
        "'Everything came off the walls': Port Hardy cleans up after 6.4 quake",
        "Ferry schedule changes for the holidays",
        "Port McNeill council approves new fire hall design",
        "Eagles win North Island hockey opener",
    ],
    paras=_split("""
Port Hardy spent Saturday sweeping up glass.

The magnitude 6.4 earthquake that struck offshore at 3:27 a.m. shook homes across the North
Island, knocked chimneys onto sidewalks along Market Street and left much of the town in the
dark until mid-morning.

"Everything came off the walls. Every picture, every shelf," said Carys Whitmore, whose house
on Park Drive lost a chimney. "I grabbed the kids and we sat in the doorway until it stopped.
It felt like a full minute."

According to Earthquakes Canada, the epicentre was in the Pacific about 140 kilometres west of
town, at a shallow depth of 11 kilometres. The agency first reported the quake as a magnitude
6.2 and raised it to 6.4 about an hour later.

Emergency Info BC said there was no tsunami threat, but some residents of low-lying areas near
the harbour drove up the hill anyway, just in case.

## Injuries and damage

By 1 p.m., three people had been treated at Port Hardy Hospital for minor injuries, according
to Island Health. None was admitted.

Mayor Ross Lindquist-Hale said crews had found no major damage to the water system, and
inspectors had cleared the elementary and secondary schools. Several older commercial
buildings downtown have cracked brickwork and will stay closed until engineers look at them.

"We got lucky," Lindquist-Hale said, standing outside the municipal hall. "People did the right
things. They took cover, and then they checked on their neighbours."

The town has opened the civic centre as a warming and charging station for anyone who still
needs it.

## Power and the highway

BC Hydro said about 23,400 customers lost power across the region shortly after the quake. By
noon, about 6,100 were still waiting, many of them in Port Hardy, Port Alice and Holberg.

Highway 19 between Port McNeill and Woss was closed after a rockfall. The Ministry of
Transportation said it hoped to reopen it to single-lane traffic in the afternoon.

## Aftershocks

Residents felt a sharp aftershock just after 5 a.m. Earthquakes Canada listed it as a magnitude
4.7 at 5:02 a.m. Dozens of smaller ones have followed.

Annika Sorensen-Whyte, a seismologist with Natural Resources Canada, said aftershocks will
continue for days, "and a few may be strong enough to feel."

She urged people not to go back into buildings with visible structural damage, and to have a
plan for where to meet family members if cellphone networks go down.

## Looking out for each other

At Harbourside Grocery on Granville Street, staff handed out bottled water and let people charge
phones in the lobby while the power was out. The legion opened early to serve coffee.

"That's the North Island," said Lindquist-Hale. "Nobody waits to be asked."

Some residents said the quake was a wake-up call. Hardware store staff reported a run on
furniture straps, flashlights and water containers by late morning, and the fire department
said it would hold a preparedness session at the civic centre next week.

Residents with damage to report can call the municipal office. The North Island Tide will keep
updating this story.
"""),
    image=("https://northislandtide.example/wp-content/uploads/2026/11/market-street-chimney.jpg",
           "A fallen chimney on Market Street in Port Hardy on Saturday morning.",
           "Bronwyn Tallis-Ahn/North Island Tide"),
    related=[
        ("Emergency kits: what to pack for the North Island", "https://northislandtide.example/news/emergency-kits"),
        ("Port Hardy Hospital expansion plan goes to province", "https://northislandtide.example/news/hospital-expansion"),
        ("Highway 19 rockfall history", "https://northislandtide.example/news/highway-19-rockfalls"),
    ],
)

_EQ4 = paper_page(
    site="The Dominion Ledger", domain="dominionledger.example",
    url="https://dominionledger.example/canada/british-columbia/article-north-island-earthquake-plate-boundary/",
    headline="North Island quake a reminder of B.C.'s restless offshore faults",
    dek="The magnitude 6.4 earthquake caused mostly minor damage, but seismologists say "
        "the region's complex plate boundary deserves more attention",
    kicker="EARTHQUAKE", section="Canada", published="2026-11-15T08:00:00-05:00",
    modified=None, authors=["Lena Ostrowski-Grant"],
    date_line="November 15, 2026", dateline="VANCOUVER", read_time="4 min read",
    paras=_split("""
The earthquake that shook northern Vancouver Island early Friday was strong enough to topple
chimneys in Port Hardy and knock out power to more than 20,000 customers, but it caused no
deaths and only a handful of injuries. Seismologists say it should still prompt a closer look
at one of the most active, and least discussed, stretches of Canada's Pacific coast.

The magnitude 6.4 quake struck at 3:27 a.m. Pacific time, about 140 kilometres west of Port
Hardy, at a depth of 11 kilometres, according to Earthquakes Canada. The agency's first
estimate, a magnitude 6.2, was revised upward within an hour as more data arrived.

By evening, Island Health said five people had been treated for minor injuries. BC Hydro said
outages had peaked at about 23,400 customers and that about 1,300 were still without power by
nightfall. A section of Highway 19 between Port McNeill and Woss, closed by a rockfall, reopened
to one lane in the afternoon.

## A crowded corner of the Pacific

Much public attention in British Columbia focuses on the Cascadia subduction zone, which runs
from northern California to central Vancouver Island and is capable of a magnitude 9 earthquake.
This quake happened farther north, near the junction of the Pacific, Explorer and North American
plates, a region that produces moderate earthquakes every few years.

"This was a shallow event on the offshore plate boundary, which is why it was felt so widely
along the North Island," said Annika Sorensen-Whyte, a seismologist with Natural Resources
Canada. She said the quake was not on the Cascadia fault and did not change the long-term
hazard estimate for a major Cascadia rupture.

Earthquakes Canada had recorded more than 40 aftershocks by evening, the largest a magnitude 4.7
that struck at 5:02 a.m.

Seismologists outside government said the event showed gaps in monitoring. The offshore area has
relatively few seafloor instruments, which makes it harder to pinpoint the depth and mechanism
of quakes quickly.

"We have good coverage on land and around the big cities," said Farid Ostrom-Lacasse, an earth
scientist at the University of Victoria. "The North Island coast is thinly instrumented, and
that's where a lot of the activity is."

## Lessons for small towns

Port Hardy's mayor, Ross Lindquist-Hale, said the town's emergency plan worked as intended,
with inspections of schools and the water system completed by mid-morning. But he said many of
the older commercial buildings downtown had never been seismically assessed.

"We got lucky. It could have been a lot worse," he said.

Provincial officials said they would review how quickly tsunami information reached coastal
communities. Emergency Info BC posted that there was no tsunami threat at 3:49 a.m., 22 minutes
after the quake, but some residents said they had not seen the message and evacuated to higher
ground on their own.

Emergency planners said that instinct was the right one. In a quake strong enough to make
standing difficult, people on the coast should move to high ground without waiting for an
official alert.

The province's early-warning system, which uses sensors to send alerts to phones seconds before
strong shaking arrives, is still being extended to the North Island and did not issue an alert
for this quake, officials said.
"""),
    image=("https://dominionledger.example/resizer/2026/11/15/port-hardy-harbour.jpg",
           "Port Hardy's harbour on the morning after the earthquake.",
           "Quinn Arsenault/The Dominion Ledger"),
    related=[
        ("What a Cascadia megathrust earthquake would mean for Vancouver", "https://dominionledger.example/canada/british-columbia/article-cascadia-megathrust-vancouver/"),
        ("B.C.'s earthquake early-warning system, explained", "https://dominionledger.example/canada/british-columbia/article-early-warning-explained/"),
        ("Opinion: Small towns need help with seismic upgrades", "https://dominionledger.example/opinion/article-small-towns-seismic-upgrades/"),
    ],
)

STORY_6 = _story("eq-JC6", "earthquake", "2026-11-17", [
    _page("https://polarisnews.example/news/canada/british-columbia/live-earthquake-vancouver-island-1.7460127", _EQ1),
    _page("https://northernwire.example/canada/2026/11/14/earthquake-vancouver-island-port-hardy", _EQ2),
    _page("https://northislandtide.example/news/quake-port-hardy-cleanup-begins", _EQ3),
    _page("https://dominionledger.example/canada/british-columbia/article-north-island-earthquake-plate-boundary/", _EQ4),
], [
    ("weekday of the earthquake", r"\bsaturday\b", r"\bfriday\b"),
    ("peak power outages", r"23,?400 customers", r"29,?800 customers"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
