"""Part TD of the story battery (web pages).

Written by engineer TD1 on 2026-12-06 (twenty-first session, fourteenth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py TD`.

Six invented stories, each told by three or four invented outlets as whole scraped pages:
(1) rocket-TD1, the debut orbital flight of a private Indian rocket from Sriharikota (CONTROL,
nothing planted); (2) election-TD2, Winnipeg's mayoral election (four planted: turnout,
the winner's former ward, the inauguration date, the number of candidates); (3) trade-TD3,
Cote d'Ivoire raising its raw-cashew export duty (four planted: the new rate, the start date,
the announcing minister's portfolio, how long the duty applies); (4) trade-TD4, Japan and
Bangladesh signing an economic partnership agreement (CONTROL); (5) quake-TD5, a shallow
earthquake in western Kyrgyzstan (three planted: magnitude, depth, local clock time; one page
carries an early, lower death toll that later pages update, which is not planted); (6)
court-TD6, a split South African Supreme Court of Appeal ruling on a coal mine's water licence
(three planted: the vote split, the High Court division appealed from, the deadline for a
fresh decision). Fourteen planted disagreements in all.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "TD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------------------------
# Outlet templates. Each outlet has its own furniture; "[[AD]]" in a body marks where the
# outlet's advertisement slot goes.
# ---------------------------------------------------------------------------------------------


def _meridian(*, url: str, section: str, headline: str, summary: str, iso: str, stamp: str,
              authors: list[str], body: str, credits: str, related: list[str]) -> str:
    """Meridian Wire: an international wire service."""
    ad = ('<div class="mw-ad" aria-hidden="true"><span>Advertisement &middot; Scroll to '
          'continue</span></div>')
    names = " and ".join(f'<a href="/authors/{a.lower().replace(" ", "-")}/">{a}</a>'
                         for a in authors)
    ld_auth = ", ".join(f'{{"@type": "Person", "name": "{a}"}}' for a in authors)
    rel = "\n".join(f'<li><a href="/{section.lower()}/">{r}</a></li>' for r in related)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{headline} | Meridian Wire</title>
<meta name="description" content="{summary}">
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{summary}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{headline}",
 "datePublished": "{iso}", "dateModified": "{iso}", "articleSection": "{section}",
 "author": [{ld_auth}],
 "publisher": {{"@type": "Organization", "name": "Meridian Wire"}}}}
</script>
<link rel="stylesheet" href="/static/mw.3f9a1c.css">
</head>
<body class="mw-article-page">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="consent" role="dialog" aria-label="Cookie consent">
<p>We and our partners use cookies to personalise content, measure audiences and improve our
services. You can change your choices at any time. <a href="/privacy/">Privacy statement</a></p>
<button type="button">Accept all</button> <button type="button">Reject all</button>
<button type="button">Manage preferences</button>
</div>
<header class="mw-masthead">
<a class="mw-logo" href="/">MERIDIAN WIRE</a>
<nav aria-label="Sections"><ul>
<li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>
<li><a href="/markets/">Markets</a></li><li><a href="/science/">Science</a></li>
<li><a href="/commodities/">Commodities</a></li>
<li><a href="/sustainability/">Sustainability</a></li>
<li><a href="/breakingviews/">Opinion</a></li>
</ul></nav>
<a class="mw-btn" href="/account/sign-in/">Sign in</a>
<a class="mw-btn" href="/account/register/">Register</a>
</header>
<main id="main-content">
<article class="mw-story">
<div class="mw-kicker"><a href="/{section.lower()}/">{section}</a></div>
<h1 class="mw-headline">{headline}</h1>
<div class="mw-byline">By {names}</div>
<div class="mw-dates"><time datetime="{iso}">{stamp}</time></div>
<div class="mw-share" aria-label="Share">
<button>Share</button><button>X</button><button>Facebook</button><button>LinkedIn</button>
<button>Email</button><button>Copy link</button>
</div>
<div class="mw-body">
{body.replace("[[AD]]", ad)}
<p class="mw-credits">{credits}</p>
</div>
<p class="mw-standards"><a href="/trust-principles/">Our Standards: The Meridian Trust
Principles.</a></p>
<a class="mw-licensing" href="/licensing/">Purchase Licensing Rights</a>
</article>
<aside class="mw-read-next"><h2>Read Next</h2><ul>
{rel}
</ul></aside>
</main>
<footer class="mw-footer">
<nav><a href="/about/">About Meridian</a> <a href="/careers/">Careers</a>
<a href="/contact/">Contact us</a> <a href="/accessibility/">Accessibility</a>
<a href="/terms/">Terms of use</a> <a href="/privacy/">Privacy</a>
<a href="/cookies/">Cookies</a></nav>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2026 Meridian Wire. All rights
reserved.</p>
</footer>
</body>
</html>
"""


def _deccan(*, url: str, headline: str, standfirst: str, byline: str, place: str,
            stamp: str, body: str, photo: str, also_read: str, trending: list[str]) -> str:
    """The Deccan Ledger: an Indian national daily."""
    ad = ('<div class="dl-adbox"><small>ADVERTISEMENT</small>'
          '<div id="div-gpt-ad-incontent-1"></div></div>')
    also = (f'<div class="dl-also-read"><strong>Also Read</strong> '
            f'<a href="/science/">{also_read}</a></div>')
    trend = " | ".join(f'<a href="/trending/">{t}</a>' for t in trending)
    return f"""<!doctype html>
<html lang="en-IN">
<head>
<meta charset="UTF-8">
<title>{headline} - The Deccan Ledger</title>
<meta name="description" content="{standfirst}">
<meta name="keywords" content="Meghdoot, Vayu-1, Sriharikota, private space, ISRO, IN-SPACe">
<meta property="og:title" content="{headline}">
<meta property="og:image" content="https://img.deccanledger.example/2026/03/vayu1-liftoff.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
</head>
<body>
<div class="dl-topstrip">
<a href="/epaper/">E-Paper</a> <a href="/subscribe/">Subscribe</a>
<a href="/newsletters/">Newsletters</a> <a href="/login/">Login</a>
<span class="dl-editions">Editions: Hyderabad | Bengaluru | Chennai | Kochi</span>
</div>
<header>
<div class="dl-logo"><a href="/">The Deccan Ledger</a></div>
<nav class="dl-nav">
<a href="/">Home</a> <a href="/india/">India</a> <a href="/states/">States</a>
<a href="/business/">Business</a> <a href="/science/">Science</a> <a href="/sport/">Sport</a>
<a href="/opinion/">Opinion</a> <a href="/entertainment/">Entertainment</a>
</nav>
<div class="dl-trending"><b>TRENDING:</b> {trend}</div>
</header>
<div class="dl-cookie">This website uses cookies. By continuing to browse you agree to our
use of cookies. <a href="/cookie-policy/">Learn more</a> <button>OK</button></div>
<div class="dl-breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/science/">Science</a>
&rsaquo; <a href="/science/space/">Space</a></div>
<main>
<h1>{headline}</h1>
<h2 class="dl-standfirst">{standfirst}</h2>
<div class="dl-meta">
<span class="dl-author">{byline}</span>
<span class="dl-place">{place}</span>
<span class="dl-date">{stamp}</span>
</div>
<div class="dl-share">Share: <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">Telegram</a></div>
<figure class="dl-lead">
<img src="https://img.deccanledger.example/2026/03/vayu1-liftoff.jpg" alt="">
<figcaption>{photo}</figcaption>
</figure>
<div class="dl-story">
{body.replace("[[AD]]", ad).replace("[[ALSO]]", also)}
</div>
<div class="dl-follow">Follow The Deccan Ledger on WhatsApp and Google News for the latest
updates.</div>
</main>
<aside class="dl-most-read"><h3>Most Read</h3><ol>
<li><a href="/states/">Telangana cabinet clears new metro corridor alignment</a></li>
<li><a href="/sport/">Ranji Trophy final: Kerala set stiff target on day four</a></li>
<li><a href="/business/">Gold eases after record run; silver steady</a></li>
<li><a href="/india/">Monsoon likely to be normal, says weather office</a></li>
</ol></aside>
<footer class="dl-footer">
<p><a href="/about/">About Us</a> | <a href="/contact/">Contact Us</a> |
<a href="/advertise/">Advertise With Us</a> | <a href="/grievance/">Grievance Redressal</a> |
<a href="/privacy/">Privacy Policy</a></p>
<p>Copyright &copy; The Deccan Ledger Publications Pvt Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


def _orbit(*, url: str, headline: str, dek: str, author: str, iso: str, stamp: str,
           body: str, caption: str, tags: list[str], comments: int) -> str:
    """Orbit Dispatch: a specialist launch-industry site."""
    ad = ('<div class="od-sponsor"><span>SPONSORED</span> Launch-day coverage is supported '
          'by readers like you. <a href="/support/">Become a supporter</a></div>')
    tag_html = " ".join(f'<a class="tag" href="/tag/{t.lower().replace(" ", "-")}/">{t}</a>'
                        for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{headline} &#8211; Orbit Dispatch</title>
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{dek}">
<meta property="og:site_name" content="Orbit Dispatch">
<meta property="article:published_time" content="{iso}">
<meta property="article:author" content="{author}">
<link rel="alternate" type="application/rss+xml" title="Orbit Dispatch" href="/feed/">
</head>
<body class="single-post dark">
<a class="screen-reader-text" href="#content">Skip to content</a>
<header class="od-header">
<a href="/" class="od-brand">ORBIT//DISPATCH</a>
<nav><a href="/launches/">Launch Schedule</a> <a href="/news/">News</a>
<a href="/features/">Features</a> <a href="/podcast/">Podcast</a>
<a href="/newsletter/">Newsletter</a> <a href="/support/">Support us</a></nav>
</header>
<main id="content">
<article>
<h1 class="entry-title">{headline}</h1>
<p class="od-dek">{dek}</p>
<div class="entry-meta">By <a href="/author/{author.lower().replace(" ", "-")}/">{author}</a>
&middot; <time datetime="{iso}">{stamp}</time> &middot;
<a href="#comments">{comments} comments</a></div>
<figure class="wp-block-image">
<img src="/wp-content/uploads/2026/03/vayu1-pad.jpg" alt="Vayu-1 rocket on the pad">
<figcaption>{caption}</figcaption>
</figure>
<div class="entry-content">
{body.replace("[[AD]]", ad)}
</div>
<div class="od-tags">Filed under: {tag_html}</div>
<div class="od-newsletter">
<h3>Get the Dispatch</h3>
<p>Every launch, every scrub, every Friday. No hype, no spam.</p>
<form><input type="email" placeholder="you@example.com"> <button>Subscribe</button></form>
</div>
</article>
<section id="comments"><h2>{comments} comments</h2>
<p>Comments are open to supporters. <a href="/support/">Log in or join</a>.</p></section>
</main>
<aside class="od-sidebar"><h3>Next up</h3><ul>
<li><a href="/launches/">Falcon 9 | Starlink group launch</a></li>
<li><a href="/launches/">Electron | Rideshare mission</a></li>
<li><a href="/launches/">PSLV | Earth-observation mission</a></li>
</ul></aside>
<footer><p>Orbit Dispatch is reader-funded and independent. &copy; 2026 Orbit Dispatch.
<a href="/privacy/">Privacy</a> &middot; <a href="/ethics/">Ethics policy</a></p></footer>
</body>
</html>
"""


# =============================================================================================
# Story 1: rocket (CONTROL). Meghdoot Space Systems' Vayu-1 debut from Sriharikota,
# Wednesday 18 March 2026, 07:42 IST (02:12 UTC). Nothing planted.
# =============================================================================================

_S1_MERIDIAN_BODY = """
<p>SRIHARIKOTA, India, March 18 (Meridian Wire) - Hyderabad-based Meghdoot Space Systems put
three small satellites into orbit on Wednesday on the first flight of its Vayu-1 rocket, a
milestone for India's push to build a commercial launch industry alongside the state space
agency.</p>
<p>The 19.6-metre (64-foot) rocket lifted off from the Satish Dhawan Space Centre at 7:42 a.m.
local time (0212 GMT) and released its payloads into a sun-synchronous orbit about 510 km
(317 miles) above Earth roughly 12 minutes later, the company said.</p>
<p>"Every stage did what it was designed to do, and it did it on the first day we asked,"
Chief Executive Devika Raghunathan told reporters at the launch site. "That is rarer in this
business than people think."</p>
<p>The flight came just over three months after a first attempt was halted 14 seconds before
liftoff on Dec. 9, when a pressure sensor on the liquid-fuelled third stage returned faulty
readings. Engineers replaced the sensor and reworked part of the stage's wiring, the company
said.</p>
<p>Vayu-1 carried a 98-kg (216-lb) Earth-observation demonstrator, a 32-kg ship-tracking
satellite for Chennai-based Sagar Dynamics and a 12-kg cubesat built by students at Kaveri
Technological University - 142 kg of payload in all.</p>
[[AD]]
<p>India opened rocket launches to private companies in 2020 and set up a regulator, the
Indian National Space Promotion and Authorisation Centre (IN-SPACe), to license them. Several
startups have since flown suborbital test vehicles, but privately built rockets reaching orbit
have remained rare.</p>
<p>"This is the proof point investors have been waiting for," said Aditi Brahmbhatt, a partner
at Mumbai-based advisory firm Orbitra Capital, which has no stake in Meghdoot. "A company that
hits its orbit on debut will find it much easier to sign customers for the next few years."</p>
<p>Meghdoot has raised about $48 million since it was founded in 2019, including a $30 million
round in 2024 led by Lotus Peak Ventures. It aims to fly a second Vayu-1 in the fourth quarter
of this year carrying six satellites.</p>
<p>The rocket uses two solid-fuel stages topped by a liquid stage powered by a 3D-printed engine
the company calls Pavan, which burns kerosene and liquid oxygen. Meghdoot says the upper stage
can be restarted in space, letting it drop satellites into slightly different orbits on one
flight, though Wednesday's mission did not use that capability.</p>
<p>New Delhi wants India's share of the global space economy to rise to about 8% by 2033 from
roughly 2% now, and has courted foreign satellite operators with the promise of cheaper and
more frequent launches.</p>
<p>The small-launch market is crowded, however, and much of the demand is served by rideshare
flights on larger rockets. Analysts say dedicated small launchers must compete on schedule and
choice of orbit rather than price alone.</p>
<p>Raghunathan said engineers would study flight data over the coming weeks before the company
fixed a date for the second mission. Ground stations picked up the first signal from the
Earth-observation satellite at 9:20 a.m. local time, the company said.</p>
"""

_S1_MERIDIAN = _meridian(
    url="https://www.meridianwire.example/science/meghdoot-vayu-1-reaches-orbit-2026-03-18/",
    section="Science",
    headline="Indian startup Meghdoot&#x27;s Vayu-1 rocket reaches orbit on first attempt",
    summary="Hyderabad-based Meghdoot Space Systems put three small satellites into orbit on "
            "the maiden flight of its Vayu-1 rocket from Sriharikota.",
    iso="2026-03-18T04:05:00Z",
    stamp="March 18, 2026 4:05 AM GMT",
    authors=["Priya Venkataraman", "Tom Ashdown"],
    body=_S1_MERIDIAN_BODY,
    credits="Reporting by Priya Venkataraman in Sriharikota and Tom Ashdown in Singapore; "
            "Editing by Miles Okafor",
    related=["Satellite operators line up for cheaper rides as small launchers multiply",
             "Japan's H3 rocket flies again after engine redesign",
             "Europe's launch crunch eases as new vehicles enter service"],
)

_S1_DECCAN_BODY = """
<p><b>Sriharikota:</b> A rocket designed and built by Hyderabad start-up Meghdoot Space Systems
reached orbit on its maiden flight on Wednesday morning, placing three satellites &#8212; one
of them assembled by engineering students from Tamil Nadu &#8212; in a 510-km sun-synchronous
orbit.</p>
<p>The 19.6-metre Vayu-1 rose from a mobile launch platform at the Satish Dhawan Space Centre
at 7.42 a.m. under a clear sky, its solid-fuelled first stage leaving a thick grey column over
the Pulicat lagoon. The satellites were released one after another, the last of them about 11
minutes and 40 seconds after lift-off.</p>
<p>Applause broke out in the company's mission control room when flight director Ramya Subbiah
announced &#8220;orbit confirmed, all three spacecraft away&#8221;. Dozens of Meghdoot
employees who had travelled from Hyderabad watched from the viewing gallery, some of them in
tears.</p>
<p>&#8220;We started this company in a rented shed in Kukatpally in 2019 with four people and
a whiteboard,&#8221; said Devika Raghunathan, co-founder and chief executive. &#8220;Today the
whiteboard went to orbit. Not literally &#8212; but you know what I mean.&#8221;</p>
<p>Co-founder and chief technology officer Farhan Mistry said the third stage, driven by the
company&#8217;s 3D-printed Pavan engine, had fired for its full planned duration. &#8220;We
have weeks of data to go through, but the first look says the engine ran cleaner than in any of
our ground tests,&#8221; he said.</p>
[[AD]]
<p>The largest passenger was Nakshatra-A, a 98-kg Earth-observation satellite that Meghdoot
built with Pune-based agritech firm Kheti Analytics to test a camera for monitoring crop
health. It flew with Sagarnet-1, a 32-kg satellite that will track ships through their radio
transponders for Chennai&#8217;s Sagar Dynamics, and KTU-Sat 2, a 12-kg cubesat from Kaveri
Technological University in Tiruchirappalli.</p>
<p>&#8220;Our students have practically lived in the lab for two weeks,&#8221; said Professor
M. Lalitha, who guided the KTU-Sat team. The cubesat&#8217;s own beacon reached the
university&#8217;s ground station later in the morning, she said, &#8220;and the whole
corridor was shouting.&#8221;</p>
<p>The launch came three months after Meghdoot&#8217;s first attempt, on 9 December, was called
off 14 seconds before lift-off when a pressure sensor on the third stage sent back faulty
readings. The company replaced the sensor and reworked part of the stage&#8217;s wiring.</p>
[[ALSO]]
<p>Dr K. Srinivasan Pillai, director (technical) at the Indian National Space Promotion and
Authorisation Centre (IN-SPACe), which authorised the flight, called it &#8220;a coming of
age&#8221; for the private sector. &#8220;A few years ago there was no legal path for a private
Indian company to launch from Sriharikota. Today one has done it, and on the first try,&#8221;
he said.</p>
<p>Meghdoot has raised about $48 million from investors so far, including a $30-million round
led by Lotus Peak Ventures in 2024, and operates a &#8377;180-crore vehicle integration
facility on the outskirts of Hyderabad. It plans a second launch in the October-December
quarter this year with six satellites on board, and says it has signed letters of intent with
customers in Singapore, the UAE and Brazil.</p>
<p>The Centre has set a target of lifting India&#8217;s share of the global space economy to
about 8 per cent by 2033, from around 2 per cent now. Officials hope a handful of private
launch companies flying small rockets at short notice will draw foreign customers who now book
rideshare slots on bigger American vehicles.</p>
<p>Industry watchers cautioned against reading too much into a single flight. &#8220;A first
success is the start of the hard part,&#8221; said Rohan Deshpande, a Bengaluru-based space
industry consultant. &#8220;Now they have to do it again and again, on schedule, at a price
customers will actually pay.&#8221;</p>
<p>Ms. Raghunathan said the date of the next flight would be fixed only after engineers had
finished going through the telemetry. &#8220;We are not going to rush,&#8221; she said.
&#8220;Today we earned the right to be taken seriously. We can lose it just as quickly.&#8221;</p>
"""

_S1_DECCAN = _deccan(
    url="https://www.deccanledger.example/science/space/meghdoot-vayu-1-maiden-flight-orbit-"
        "sriharikota-1184520.html",
    headline="Meghdoot&#8217;s Vayu-1 places three satellites in orbit on maiden flight",
    standfirst="Hyderabad start-up becomes one of the first Indian private firms to reach orbit; "
               "second launch planned before the year is out",
    byline="Sreeja Nambiar",
    place="Sriharikota",
    stamp="Published: 18 Mar 2026, 13:30 IST",
    body=_S1_DECCAN_BODY,
    photo="The Vayu-1 rocket lifts off from the Satish Dhawan Space Centre in Sriharikota on "
          "Wednesday. Photo: Special Arrangement",
    also_read="Telangana to set up space-tech park near Hyderabad airport",
    trending=["Vayu-1 launch", "Monsoon forecast", "Ranji Trophy final", "Gold rate today"],
)

_S1_ORBIT_BODY = """
<p>India&#8217;s newest launch provider is officially an orbital one. Meghdoot Space
Systems&#8217; Vayu-1 lifted off from the Satish Dhawan Space Centre at 0212 UTC on Wednesday,
March 18 &#8212; 10:12 p.m. EDT on Tuesday &#8212; and deployed all three of its payloads into
a roughly 510-kilometer sun-synchronous orbit.</p>
<p>It was a clean debut for a vehicle that plenty of industry watchers expected to have a
bumpy start. Meghdoot&#8217;s first attempt on Dec. 9 ended in an automated abort at T-minus
14 seconds, which the company traced to a faulty pressure transducer on the third stage.</p>
<h2>The vehicle</h2>
<p>Vayu-1 stands 19.6 meters tall and 1.3 meters wide, with a liftoff mass of about 41 metric
tons. The first two stages are solid motors with carbon-composite casings. The third stage
burns kerosene and liquid oxygen in Pavan, a 3D-printed engine Meghdoot designed in-house and
which the company says can be relit in orbit. Meghdoot quotes a capacity of 250 kilograms to
sun-synchronous orbit.</p>
<p>According to the company&#8217;s webcast commentary, the first stage burned for about 80
seconds before separating, and the third stage lit at roughly T+3:50. Pavan shut down at T+9:52
and the deployments followed in sequence: Nakshatra-A at T+10:31, Sagarnet-1 at T+11:05 and
KTU-Sat 2 at T+11:40. The company said the achieved orbit was inclined at 97.4 degrees and
within 3 kilometers of the target altitude.</p>
<p>&#8220;We deliberately kept the relight out of this mission,&#8221; chief technology officer
Farhan Mistry said during the post-launch broadcast. &#8220;First flight, you want the fewest
possible ways to lose. We&#8217;ll show the restart when a customer needs it.&#8221;</p>
[[AD]]
<h2>The payloads</h2>
<p>The three spacecraft added up to 142 kilograms:</p>
<ul>
<li><b>Nakshatra-A</b> (98 kg), an Earth-observation demonstrator built with Pune agritech
company Kheti Analytics to test a crop-monitoring camera;</li>
<li><b>Sagarnet-1</b> (32 kg), an AIS ship-tracking satellite for Chennai-based Sagar
Dynamics;</li>
<li><b>KTU-Sat 2</b> (12 kg), a student-built cubesat from Kaveri Technological University in
Tiruchirappalli.</li>
</ul>
<p>The company said ground stations received the first signal from Nakshatra-A at 0350 UTC,
just under an hour and forty minutes after liftoff.</p>
<p>&#8220;Every stage did what it was designed to do, and it did it on the first day we
asked,&#8221; chief executive Devika Raghunathan said on the webcast. &#8220;That is rarer in
this business than people think.&#8221;</p>
<h2>Why it matters</h2>
<p>India opened launch activities to private firms in 2020 and created IN-SPACe to authorize
them. Rivals such as Skyroot Aerospace and Agnikul Cosmos have flown test vehicles, and the
government has been openly keen for a private company to show it can reach orbit and then do it
routinely.</p>
<p>Meghdoot has been pitching Vayu-1 on flexibility more than price, though it has advertised
rates of roughly $17,000 per kilogram &#8212; well above what rideshare customers pay on a
large vehicle, but for a dedicated ride to the orbit of the customer&#8217;s choosing. The
company has raised about $48 million since 2019, including a $30 million round led by Lotus
Peak Ventures in 2024.</p>
<p>The next Vayu-1 is penciled in for the fourth quarter of 2026 with six satellites aboard.
Meghdoot has also sketched out a larger, partially reusable vehicle for later in the decade,
but executives declined to put a date on it.</p>
<p>For now the company is savoring a result that few small-launch startups manage. As one
engineer put it on the webcast, after the last deployment call: &#8220;Okay. We can breathe
now.&#8221;</p>
<p><i>This story was updated after the post-launch press briefing to add comments from Farhan
Mistry.</i></p>
"""

_S1_ORBIT = _orbit(
    url="https://www.orbitdispatch.example/2026/03/18/meghdoot-vayu-1-debut-orbit/",
    headline="Meghdoot&#8217;s Vayu-1 nails its debut orbital launch from Sriharikota",
    dek="The three-stage Indian small launcher delivered all three of its payloads on its "
        "first try, three months after a last-second abort.",
    author="Jonah Feldt",
    iso="2026-03-18T10:55:00Z",
    stamp="March 18, 2026",
    body=_S1_ORBIT_BODY,
    caption="Vayu-1 on its mobile launch platform at Sriharikota before the countdown. "
            "Credit: Meghdoot Space Systems",
    tags=["Meghdoot", "Vayu-1", "India", "Small launch"],
    comments=14,
)


def _redriver(*, url: str, headline: str, deck: str, author: str, role: str, email: str,
              iso: str, posted: str, modified: str, body: str, caption: str) -> str:
    """Red River Examiner: Winnipeg's local daily (metered paywall)."""
    ad = ('<div class="rre-ad rre-ad--box"><p class="rre-ad__label">Advertisement</p>'
          '<div class="rre-ad__slot" data-slot="mid-article"></div>'
          '<p class="rre-ad__label">Advertise With Us</p></div>')
    return f"""<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>{headline} - Red River Examiner</title>
<meta name="description" content="{deck}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Red River Examiner">
<meta property="article:published_time" content="{iso}">
<meta name="parsely-section" content="Local">
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{headline}",
"datePublished":"{iso}","author":{{"@type":"Person","name":"{author}"}},
"isAccessibleForFree":false,
"publisher":{{"@type":"NewsMediaOrganization","name":"Red River Examiner"}}}}
</script>
</head>
<body class="rre rre--article">
<a class="rre-skip" href="#rre-main">Skip to content</a>
<div class="rre-meter">You have <b>2</b> free articles remaining this month.
<a href="/subscribe/">Subscribe for $1 for the first 12 weeks</a></div>
<header class="rre-header">
<a class="rre-logo" href="/">Red River Examiner</a>
<nav><a href="/local/">Local</a> <a href="/local/civic-affairs/">Civic Affairs</a>
<a href="/business/">Business</a> <a href="/sports/">Sports</a> <a href="/arts-life/">Arts
&amp; Life</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Passages</a>
<a href="/e-edition/">e-Edition</a></nav>
<form class="rre-search"><input type="search" placeholder="Search"></form>
</header>
<main id="rre-main">
<article>
<p class="rre-section"><a href="/local/">Local</a> /
<a href="/local/civic-affairs/">Civic Affairs</a> / <a href="/tag/election-2026/">Election
2026</a></p>
<h1>{headline}</h1>
<p class="rre-deck">{deck}</p>
<div class="rre-byline"><span class="rre-byline__name">By {author}</span>
<span class="rre-byline__role">{role}</span>
<a href="mailto:{email}">Email</a></div>
<div class="rre-dates"><span>Posted: {posted}</span>
<span>Last Modified: {modified}</span></div>
<div class="rre-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Email</a> <a href="#">Print</a> <a href="#">Gift this article</a></div>
<figure><img src="/images/2026/10/desjarlais-victory.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<div class="rre-body">
{body.replace("[[AD]]", ad)}
</div>
<div class="rre-support"><p>Local journalism needs your support. Our civic affairs coverage
depends on subscribers. <a href="/subscribe/">Subscribe today</a>.</p></div>
</article>
<section class="rre-related"><h2>More Election 2026</h2><ul>
<li><a href="/tag/election-2026/">Council results: who won in your ward</a></li>
<li><a href="/tag/election-2026/">School trustee races: full results</a></li>
<li><a href="/tag/election-2026/">Opinion: What the new mayor should do first</a></li>
</ul></section>
</main>
<footer class="rre-footer"><p>Red River Examiner &middot; 1355 Mountain Avenue, Winnipeg
&middot; <a href="/contact/">Contact</a> &middot; <a href="/privacy/">Privacy</a> &middot;
<a href="/terms/">Terms</a> &middot; <a href="/corrections/">Corrections</a></p>
<p>&copy; 2026 Red River Examiner Ltd.</p></footer>
</body>
</html>
"""


def _northwind(*, url: str, headline: str, summary: str, author: str, posted: str,
               updated: str, body: str, caption: str, listen: str) -> str:
    """Northwind Public Broadcasting: a public broadcaster's Manitoba news page."""
    ad = ('<aside class="nw-promo"><p>Have a story tip? Contact Northwind Manitoba at '
          'manitoba-news@northwindpublic.example</p></aside>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | Northwind News</title>
<meta name="description" content="{summary}">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{summary}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Northwind Public Broadcasting">
<meta name="twitter:site" content="@NorthwindMB">
<link rel="canonical" href="{url}">
</head>
<body>
<div id="nw-skip"><a href="#nw-content">Skip to Main Content</a></div>
<div class="nw-global"><a href="/">Northwind</a> <a href="/news/">News</a>
<a href="/sports/">Sports</a> <a href="/radio/">Radio</a> <a href="/tv/">TV</a>
<a href="/listen/">Listen Live</a> <a href="/watch/">Watch</a> <a href="/signin/">Sign In</a>
</div>
<nav class="nw-local"><a href="/news/manitoba/">Manitoba</a> <a href="/news/canada/">Canada</a>
<a href="/news/politics/">Politics</a> <a href="/news/indigenous/">Indigenous</a>
<a href="/news/health/">Health</a> <a href="/news/climate/">Climate</a></nav>
<main id="nw-content">
<div class="nw-story">
<p class="nw-department">Manitoba</p>
<h1 class="nw-headline">{headline}</h1>
<h2 class="nw-deck">{summary}</h2>
<div class="nw-byline"><span class="nw-author">{author}</span> &middot; Northwind News
<div class="nw-ts">Posted: {posted} | Last Updated: {updated}</div></div>
<div class="nw-audio"><button>Listen to this article</button>
<span>Estimated 5 minutes</span></div>
<p class="nw-listen">{listen}</p>
<figure class="nw-image"><img src="/i/2026/desjarlais.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<div class="nw-text">
{body.replace("[[AD]]", ad)}
</div>
<div class="nw-share">Share this story: <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">Email</a> <a href="#">Reddit</a></div>
<div class="nw-related"><h3>Related Stories</h3><ul>
<li><a href="/news/manitoba/">How to read Winnipeg&#x27;s election results</a></li>
<li><a href="/news/manitoba/">Meet the candidates for mayor</a></li>
</ul></div>
<p class="nw-corrections"><a href="/corrections/">Corrections and clarifications</a> |
<a href="/standards/">Journalistic standards and practices</a> |
<a href="/about/news/">About Northwind News</a></p>
</div>
</main>
<div class="nw-consent">Northwind uses cookies and similar technologies for audience
measurement. <a href="/privacy/">Learn more</a> <button>Got it</button></div>
<footer class="nw-footer"><p>&copy;2026 Northwind Public Broadcasting. All rights reserved.
Visitez Northwind en fran&ccedil;ais.</p></footer>
</body>
</html>
"""


def _dominion(*, url: str, headline: str, sub: str, author: str, role: str, iso: str,
              published: str, body: str, caption: str) -> str:
    """The Dominion Standard: a Canadian national daily."""
    ad = ('<div class="ds-adunit" data-ad="bigbox"><span class="ds-adunit__lbl">Story continues '
          'below advertisement</span></div>')
    return f"""<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>{headline} - The Dominion Standard</title>
<meta name="description" content="{sub}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="The Dominion Standard">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="Politics">
<meta name="author" content="{author}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "ReportageNewsArticle",
 "headline": "{headline}", "datePublished": "{iso}",
 "author": {{"@type": "Person", "name": "{author}"}},
 "publisher": {{"@type": "NewsMediaOrganization", "name": "The Dominion Standard"}}}}
</script>
</head>
<body>
<a href="#ds-article" class="ds-skip">Skip to main content</a>
<div class="ds-topbar"><a href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a>
<a href="/newsletters/">Newsletters</a></div>
<header class="ds-masthead"><a href="/" class="ds-wordmark">The Dominion Standard</a>
<nav><a href="/canada/">Canada</a> <a href="/politics/">Politics</a>
<a href="/business/">Business</a> <a href="/investing/">Investing</a> <a href="/world/">World</a>
<a href="/opinion/">Opinion</a> <a href="/life/">Life</a> <a href="/arts/">Arts</a>
<a href="/sports/">Sports</a></nav></header>
<main>
<article id="ds-article">
<div class="ds-label"><a href="/politics/">Politics</a></div>
<h1>{headline}</h1>
<p class="ds-sub">{sub}</p>
<div class="ds-byline">{author}<br><span>{role}</span></div>
<time class="ds-pub" datetime="{iso}">Published {published}</time>
<div class="ds-share"><button>Share</button> <button>Bookmark</button>
<button>Gift article</button> <span class="ds-comments">Comments are closed</span></div>
<figure><img src="/resizer/desjarlais-winnipeg.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<section class="ds-body">
{body.replace("[[AD]]", ad)}
</section>
<p class="ds-editors-note">Sign up for the Prairies Briefing newsletter. Our reporters on the
news that matters from Manitoba to Alberta, every Thursday. <a href="/newsletters/">Sign
up</a></p>
</article>
<aside class="ds-trending"><h2>Trending</h2><ol>
<li><a href="/business/">Bank of Canada keeps rates steady, signals patience</a></li>
<li><a href="/canada/">Ontario municipal elections: full results map</a></li>
<li><a href="/investing/">What the latest jobs numbers mean for your mortgage</a></li>
</ol></aside>
</main>
<footer class="ds-footer"><p>&copy; Copyright 2026 The Dominion Standard Inc. All rights
reserved. <a href="/terms/">Terms &amp; Conditions</a> <a href="/privacy/">Privacy Policy</a>
<a href="/accessibility/">Accessibility</a> <a href="/editorial-code/">Editorial Code of
Conduct</a></p></footer>
</body>
</html>
"""


def _exchange(*, url: str, headline: str, author: str, body: str, category: str) -> str:
    """The Exchange District Post: an independent Winnipeg news site (no dates shown)."""
    ad = ('<div class="edp-house-ad"><strong>The Fork</strong> &#8212; our free morning '
          'newsletter about Winnipeg, in your inbox before 7. <a href="/newsletter/">Sign '
          'up</a></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{headline} &#8212; The Exchange District Post</title>
<meta property="og:title" content="{headline}">
<meta property="og:type" content="article">
<link rel="icon" href="/favicon.png">
</head>
<body class="post-template">
<a class="skip" href="#post">Skip to content</a>
<header class="site-head"><a class="site-logo" href="/">The Exchange District Post</a>
<span class="site-tagline">Independent news for Winnipeg. Reader-supported.</span>
<nav><a href="/city-hall/">City Hall</a> <a href="/housing/">Housing</a>
<a href="/transit/">Transit</a> <a href="/food/">Food</a> <a href="/about/">About</a>
<a class="btn" href="/membership/">Become a member</a></nav></header>
<main id="post">
<article class="post">
<p class="post-tag"><a href="/{category.lower().replace(" ", "-")}/">{category}</a></p>
<h1 class="post-title">{headline}</h1>
<p class="post-byline">by <a href="/author/">{author}</a></p>
<section class="post-content">
{body.replace("[[AD]]", ad)}
</section>
<div class="post-member-cta"><h3>This story was free to read. It wasn't free to make.</h3>
<p>The Post is funded by 3,100 members. Join them from $8 a month.</p>
<a href="/membership/">Become a member</a></div>
</article>
<aside class="post-more"><h3>More from City Hall</h3><ul>
<li><a href="/city-hall/">The sewage plant bill nobody wants to talk about</a></li>
<li><a href="/city-hall/">Where every mayoral candidate stood on transit</a></li>
</ul></aside>
</main>
<footer class="site-foot"><p>The Exchange District Post is an independent, member-funded
newsroom based in Treaty 1 territory and the homeland of the Red River M&eacute;tis.</p>
<p><a href="/privacy/">Privacy</a> &#183; <a href="/contact/">Contact</a> &#183;
<a href="/rss/">RSS</a></p></footer>
</body>
</html>
"""


# =============================================================================================
# Story 2: election. Winnipeg mayoral election, Wednesday Oct. 28, 2026.
# Planted: turnout (37.9 vs 39.7 per cent, Northwind), former ward (Daniel McIntyre vs Point
# Douglas, Dominion), inauguration date (Nov. 10 vs Nov. 17, Dominion), number of candidates
# (12 vs 11, Exchange District Post).
# =============================================================================================

_S2_REDRIVER_BODY = """
<p>Marguerite Desjarlais will be Winnipeg&#8217;s next mayor.</p>
<p>The former Daniel McIntyre councillor won Wednesday&#8217;s election comfortably, taking
71,482 votes, or 41.3 per cent, according to unofficial results posted by the city with all
polls reporting. Businessman Tobias Lindqvist finished second with 58,190 votes (33.6 per cent)
and former school trustee Harjit Bains was third with 29,744 (17.2 per cent).</p>
<p>The other nine names on the 12-candidate ballot shared just under eight per cent of the vote
between them. Turnout was 37.9 per cent, the city&#8217;s election office said.</p>
<p>Desjarlais, 54, a former emergency-room nurse and union organizer who represented the West
End ward on council for eight years, claimed victory shortly after 10 p.m. in front of roughly
400 supporters crammed into a community hall on Ellice Avenue.</p>
<p>&#8220;Winnipeg did not vote for a slogan tonight. It voted to be taken seriously,&#8221;
she said, as the crowd chanted her first name. &#8220;Starting tomorrow, I work for every
single person in this city &#8212; including the folks who didn&#8217;t vote for me, and
especially the ones who didn&#8217;t vote at all.&#8221;</p>
<p>She will be only the second woman to lead the city, after Susan Thompson, who held the job
from 1992 to 1998.</p>
[[AD]]
<p>Lindqvist, 47, who founded a software company in the Exchange District before entering
politics, conceded at about 10:40 p.m. at a restaurant on Bannatyne Avenue.</p>
<p>&#8220;The numbers are the numbers,&#8221; he told supporters. &#8220;I called Marguerite a
few minutes ago, congratulated her and told her she&#8217;ll have my help whenever she wants
it. I meant that.&#8221;</p>
<p>Lindqvist had campaigned on a two-year property tax freeze and more security officers on
buses, and he led in several suburban polls in the south-west. But Desjarlais, who promised to
cap annual tax increases at 3.5 per cent and to publish every road-renewal project on a public
map, ran strongly in the inner city and held her own in the suburbs.</p>
<p>&#8220;She didn&#8217;t win Charleswood, but she didn&#8217;t get buried there either, and
that was the whole race,&#8221; said Aur&egrave;le Gagnon, who teaches political studies at the
University of Winnipeg. &#8220;Lindqvist needed a blowout in the south-west to make up for the
core. He got a win, not a blowout.&#8221;</p>
<p>Bains, 39, built a late surge on a housing platform that called for the city to put surplus
land into a non-profit development corporation. She told supporters in Garden City she had no
regrets.</p>
<p>&#8220;We moved the conversation on housing. By the last debate every candidate up there was
talking about it, and I&#8217;m proud of that,&#8221; Bains said.</p>
<p>The campaign was dominated by downtown safety, the state of residential streets and the
looming bill for the upgrade of the North End sewage treatment plant, which the province has
ordered the city to complete. Desjarlais has said she will press Ottawa and the province to
share more of that cost.</p>
<p>The city&#8217;s senior election official is scheduled to declare the official results on
Friday, Oct. 30. Desjarlais and the new council will be sworn in at the inaugural council
meeting on Tuesday, Nov. 10.</p>
<p>Desjarlais said she would name the members of her executive policy committee before then,
and that her first big test &#8212; the 2027 operating budget &#8212; would get her full
attention from her first day in the office.</p>
<p>&#8220;I&#8217;m not going to pretend there&#8217;s a honeymoon,&#8221; she said. &#8220;The
budget doesn&#8217;t care who won.&#8221;</p>
"""

_S2_REDRIVER = _redriver(
    url="https://www.redriverexaminer.example/local/civic-affairs/2026/10/28/"
        "desjarlais-wins-winnipeg-mayoralty",
    headline="Desjarlais wins Winnipeg mayoralty in decisive victory",
    deck="Former councillor finishes more than 13,000 votes ahead of Tobias Lindqvist; Harjit "
         "Bains a distant third",
    author="Colette Ranville",
    role="Civic Affairs Reporter",
    email="colette.ranville@redriverexaminer.example",
    iso="2026-10-29T04:58:00Z",
    posted="11:58 PM CDT Wednesday, Oct. 28, 2026",
    modified="1:20 AM CDT Thursday, Oct. 29, 2026",
    body=_S2_REDRIVER_BODY,
    caption="Marguerite Desjarlais celebrates with supporters on election night. "
            "(Mikael Strand / Red River Examiner)",
)

_S2_NORTHWIND_BODY = """
<p>Marguerite Desjarlais has been elected mayor of Winnipeg, after a campaign in which she
promised to be a steady hand on the city&#8217;s budget and a louder voice in talks with the
province and Ottawa.</p>
<p>Northwind News projected Desjarlais the winner at 9:34 p.m., about 90 minutes after polls
closed at 8 p.m.</p>
<p>With every poll reporting, unofficial results had her at 41.3 per cent of the vote. Tobias
Lindqvist, the tech founder who ran on a property tax freeze, had 33.6 per cent, and former
school trustee Harjit Bains had 17.2 per cent. The rest of the field of 12 finished in single
digits.</p>
<p>Turnout was 39.7 per cent, according to the city.</p>
<p>Speaking to supporters on Ellice Avenue, Desjarlais said voters had sent a clear message.</p>
<p>&#8220;Winnipeg did not vote for a slogan tonight. It voted to be taken seriously,&#8221; she
said. &#8220;Those of you who voted for somebody else &#8212; I heard you too. I&#8217;m going
to have to earn you.&#8221;</p>
[[AD]]
<p>Desjarlais, 54, spent more than two decades as an emergency-room nurse before representing
Daniel McIntyre ward on city council for eight years. She is Métis, and grew up in the North
End.</p>
<p>She will become the second woman to serve as Winnipeg&#8217;s mayor. Susan Thompson was the
first, from 1992 to 1998.</p>
<p>At his election night party, Lindqvist told supporters he had already phoned Desjarlais to
concede.</p>
<p>&#8220;The numbers are the numbers,&#8221; he said. &#8220;She ran a good campaign. I told her
she&#8217;ll have my help whenever she wants it.&#8221;</p>
<p>Lindqvist, 47, founded a software company in the Exchange District before running for
mayor. His campaign focused on a two-year property tax freeze and more security officers on
Winnipeg Transit buses.</p>
<p>Bains, 39, a former school trustee, said her campaign had forced housing to the centre of the
race. She had proposed moving surplus city land into a non-profit development corporation.
&#8220;We moved the conversation,&#8221; she said.</p>
<h2>What voters said</h2>
<p>At the Sargent Park School polling station earlier in the day, several voters said road
repairs and safety downtown had been on their minds.</p>
<p>&#8220;I&#8217;ve hit the same pothole on Wellington Crescent since the spring,&#8221; said
Shirley Kematch, 68. &#8220;I don&#8217;t need a miracle. I need somebody to fix the
street.&#8221;</p>
<p>Daniel Oyelowo, a 29-year-old nursing student, said he voted for Desjarlais because she had
worked in the health system. &#8220;She&#8217;s seen what happens at 3 a.m. in an ER. That
counts for something,&#8221; he said.</p>
<h2>What happens next</h2>
<p>The official results will be declared on Friday. The new mayor and council will be sworn in
on Tuesday, Nov. 10.</p>
<p>Desjarlais takes office facing the 2027 budget, a provincially ordered upgrade of the North
End sewage treatment plant and continuing pressure over transit safety. She has promised to
hold annual property tax increases to no more than 3.5 per cent.</p>
<p class="nw-with-files"><i>With files from Anjali Dhar and Marc-Antoine Roy</i></p>
"""

_S2_NORTHWIND = _northwind(
    url="https://www.northwindpublic.example/news/manitoba/winnipeg-mayor-election-"
        "desjarlais-1.7729104",
    headline="Marguerite Desjarlais elected mayor of Winnipeg",
    summary="Former city councillor and ER nurse beats tech founder Tobias Lindqvist",
    author="Isaac Nwosu",
    posted="Oct 29, 2026 12:41 AM CT",
    updated="Oct 29, 2026 9:05 AM CT",
    body=_S2_NORTHWIND_BODY,
    caption="Marguerite Desjarlais speaks to supporters after being elected mayor of Winnipeg "
            "on Wednesday night. (Tessa Moar/Northwind)",
    listen="Information Radio - MB: Desjarlais on her first priorities as mayor-elect (7:48)",
)

_S2_DOMINION_BODY = """
<p>Marguerite Desjarlais, a former emergency-room nurse who spent eight years on city council,
was elected mayor of Winnipeg on Wednesday, defeating technology entrepreneur Tobias Lindqvist
in a race that turned on potholes, downtown safety and who would pay for the city&#8217;s
biggest infrastructure bill in a generation.</p>
<p>Ms. Desjarlais took 41.3% of the vote in unofficial results, with all polls reporting,
against 33.6% for Mr. Lindqvist. Former school trustee Harjit Bains finished third with 17.2%.
Twelve candidates were on the ballot, and turnout was 37.9%.</p>
<p>&#8220;Winnipeg did not vote for a slogan tonight,&#8221; Ms. Desjarlais told supporters at a
community hall. &#8220;It voted to be taken seriously.&#8221;</p>
<p>The 54-year-old, who represented Point Douglas ward on council before stepping away from
politics in 2022, becomes the second woman to hold the job, after Susan Thompson in the
1990s.</p>
[[AD]]
<p>Her victory matters beyond the Perimeter Highway. Winnipeg is in the middle of a
multibillion-dollar, provincially ordered upgrade of its North End sewage treatment plant,
the largest single project on the city&#8217;s books, and the new mayor will have to negotiate
with both the province and Ottawa over how the bill is split.</p>
<p>Ms. Desjarlais campaigned on a promise to hold annual property tax increases to 3.5% and to
lobby for a bigger federal and provincial share of the plant&#8217;s cost. Mr. Lindqvist, 47,
proposed a two-year property tax freeze paid for by cuts to what he called
&#8220;non-essential&#8221; capital projects.</p>
<p>&#8220;The numbers are the numbers,&#8221; Mr. Lindqvist told supporters late on Wednesday.
&#8220;I called Marguerite and told her she&#8217;ll have my help whenever she wants it.&#8221;</p>
<p>Housing was the other dominant issue. Ms. Bains, 39, built her campaign around a proposal to
move surplus city land into a non-profit development corporation, and Ms. Desjarlais adopted
parts of the idea late in the race.</p>
<p>&#8220;We moved the conversation on housing,&#8221; Ms. Bains told supporters in Garden City.
&#8220;By the last debate every candidate up there was talking about it.&#8221;</p>
<p>Mr. Lindqvist, who founded a software company before entering politics, led in several
suburban polls in the city&#8217;s south-west. But Ms. Desjarlais ran strongly in the inner city
and kept the suburban margins close enough to win comfortably. The city&#8217;s senior election
official is to declare the official results on Friday.</p>
<p>&#8220;Mayors in Prairie cities used to run on roads and sewers and leave housing to the
province,&#8221; said Aur&egrave;le Gagnon, who teaches political studies at the University of
Winnipeg. &#8220;That era is over. Every serious candidate this year had a housing plan, and the
winner had the most credible one on costs.&#8221;</p>
<p>Winnipeg held its vote on the same day as municipalities across Manitoba. Ontario and
British Columbia also held municipal elections this month.</p>
<p>Ms. Desjarlais will be sworn in with the new council on Nov. 17. She told reporters her
first call on Thursday would be to the premier&#8217;s office, to ask for a meeting on the
sewage plant.</p>
<p>&#8220;I&#8217;m not going to pretend there&#8217;s a honeymoon,&#8221; she said. &#8220;The
budget doesn&#8217;t care who won.&#8221;</p>
"""

_S2_DOMINION = _dominion(
    url="https://www.dominionstandard.example/politics/article-former-nurse-marguerite-"
        "desjarlais-wins-winnipeg-mayoral-race/",
    headline="Former nurse Marguerite Desjarlais wins Winnipeg&#8217;s mayoral race",
    sub="The new mayor inherits a sewage-plant bill that will test relations with the province "
        "and Ottawa",
    author="Ben Lacroix-Whyte",
    role="Prairies correspondent",
    iso="2026-10-29T08:30:00Z",
    published="October 29, 2026",
    body=_S2_DOMINION_BODY,
    caption="Marguerite Desjarlais addresses supporters after winning Winnipeg&#8217;s mayoral "
            "election on Wednesday. JOHN KAPOOR/THE DOMINION STANDARD",
)

_S2_EXCHANGE_BODY = """
<p>Winnipeg has a new mayor, and it&#8217;s Marguerite Desjarlais. The former West End
councillor won with 41.3 per cent of the vote, ahead of Tobias Lindqvist at 33.6 per cent and
Harjit Bains at 17.2 per cent. Here&#8217;s what we took away from a long election night at
City Hall and in the campaign rooms.</p>
<h2>1. It wasn&#8217;t as close as the polls said</h2>
<p>Most public polling in the final week had Desjarlais and Lindqvist within a few points of
each other. She ended up winning by 13,292 votes &#8212; 71,482 to 58,190 &#8212; a margin
that says the undecideds broke her way late. Her campaign manager, Rosalind Okeke, told us at
the Ellice Avenue hall that their own numbers &#8220;never showed a coin flip.&#8221;
Campaign managers say that a lot. This time it held up.</p>
<h2>2. The crowded ballot mattered less than expected</h2>
<p>There were 11 candidates for mayor this time, and there was a lot of worry that a long
ballot would split the vote in unpredictable ways. It didn&#8217;t. The top three took about 92
per cent between them, and nobody else cleared three per cent.</p>
[[AD]]
<h2>3. Turnout was low again</h2>
<p>Just 37.9 per cent of eligible voters cast a ballot. That&#8217;s a big number of people who
sat this out, in a race that was supposed to be about the basics of city life. Desjarlais
seemed to know it. &#8220;Starting tomorrow, I work for every single person in this city,&#8221;
she said, &#8220;and especially the ones who didn&#8217;t vote at all.&#8221;</p>
<h2>4. Housing won, even if Bains didn&#8217;t</h2>
<p>Harjit Bains finished a distant third, but her idea of putting surplus city land into a
non-profit developer ended up in both front-runners&#8217; platforms in some form. &#8220;We
moved the conversation on housing,&#8221; Bains told a small crowd in Garden City. She&#8217;s
right, and it&#8217;ll be worth watching whether the new mayor follows through.</p>
<h2>5. The sewage plant is coming for everybody</h2>
<p>Nobody got elected on it, but the provincially ordered upgrade of the North End sewage
treatment plant is going to shape the next four years. Desjarlais says she&#8217;ll keep tax
increases at or below 3.5 per cent a year. Doing that while paying for the plant is going to
require money from the province and Ottawa, and she knows it.</p>
<h2>What&#8217;s next</h2>
<p>Desjarlais, who represented Daniel McIntyre on council for eight years before leaving in
2022, will be sworn in at the first meeting of the new council on Tuesday, Nov. 10. She becomes
the second woman to hold the office, after Susan Thompson.</p>
<p>Lindqvist, gracious in defeat, said &#8220;the numbers are the numbers&#8221; and offered
his help. We&#8217;ll see whether he sticks around civic politics or heads back to the tech
world.</p>
<p><em>Got a question about what the new mayor can and can&#8217;t do? Send it to
cityhall@exchangepost.example and we&#8217;ll answer the best ones in The Fork.</em></p>
"""

_S2_EXCHANGE = _exchange(
    url="https://exchangepost.example/city-hall/desjarlais-mayor-five-takeaways/",
    headline="Desjarlais takes the mayor&#8217;s chair: five takeaways from election night",
    author="Noor Haddad-Fontaine",
    body=_S2_EXCHANGE_BODY,
    category="City Hall",
)


def _amd(*, url: str, headline: str, standfirst: str, author: str, role: str, iso: str,
         stamp: str, body: str, tickers: str, most_read: list[str]) -> str:
    """Africa Markets Daily: a pan-African business and markets daily."""
    ad = ('<div class="amd-ad"><em>Advertisement</em><div class="amd-ad-inner">'
          '</div></div>')
    mr = "\n".join(f'<li><a href="/markets/">{m}</a></li>' for m in most_read)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{headline} | Africa Markets Daily</title>
<meta name="description" content="{standfirst}">
<meta property="og:title" content="{headline}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Africa Markets Daily">
<meta property="article:published_time" content="{iso}">
<meta property="article:tag" content="Commodities">
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{headline}",
"datePublished":"{iso}","author":{{"@type":"Person","name":"{author}"}},
"publisher":{{"@type":"Organization","name":"Africa Markets Daily"}}}}
</script>
</head>
<body class="amd">
<a class="amd-skip" href="#story">Skip to article</a>
<div class="amd-ticker" aria-label="Market data">{tickers}</div>
<header class="amd-header"><a href="/" class="amd-logo">AFRICA MARKETS DAILY</a>
<nav><a href="/markets/">Markets</a> <a href="/commodities/">Commodities</a>
<a href="/economy/">Economy</a> <a href="/companies/">Companies</a>
<a href="/policy/">Policy &amp; Trade</a> <a href="/tech/">Tech</a>
<a href="/opinion/">Opinion</a></nav>
<a href="/subscribe/" class="amd-cta">Subscribe</a></header>
<div class="amd-cookies">We use cookies to give you the best experience. Continuing means you
accept this. <a href="/cookies/">Find out more</a> <button>Close</button></div>
<main id="story">
<article>
<p class="amd-kicker">Commodities &#8226; Cashew</p>
<h1>{headline}</h1>
<p class="amd-standfirst">{standfirst}</p>
<p class="amd-byline"><a href="/author/">{author}</a>, {role}</p>
<p class="amd-time"><time datetime="{iso}">{stamp}</time></p>
<ul class="amd-share"><li><a href="#">Share on LinkedIn</a></li><li><a href="#">Share on
X</a></li><li><a href="#">Share on WhatsApp</a></li><li><a href="#">Save</a></li></ul>
<div class="amd-body">
{body.replace("[[AD]]", ad)}
</div>
<p class="amd-copyright">Copyright &copy; 2026 Africa Markets Daily. Distributed under licence.
Please do not copy or redistribute without permission.</p>
</article>
<aside class="amd-mostread"><h2>Most read</h2><ol>
{mr}
</ol></aside>
</main>
<section class="amd-newsletter"><h2>The Morning Brief</h2>
<p>Africa&#8217;s markets, in five minutes, every weekday.</p>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form>
</section>
<footer class="amd-footer"><p><a href="/about/">About</a> | <a href="/advertise/">Advertise</a>
| <a href="/careers/">Careers</a> | <a href="/terms/">Terms</a> | <a href="/privacy/">Privacy</a>
</p><p>Africa Markets Daily &#8226; Lagos &#8226; Nairobi &#8226; Johannesburg &#8226;
Abidjan</p></footer>
</body>
</html>
"""


def _wacb(*, url: str, headline: str, date: str, author: str, body: str,
          categories: list[str]) -> str:
    """West Africa Commodity Brief: an analyst newsletter published as a blog."""
    ad = ('<div class="wacb-partner">Partner content &#183; Warehouse receipts and '
          'inventory finance across the Gulf of Guinea. <a href="/partners/">Learn more</a>'
          '</div>')
    cats = ", ".join(f'<a href="/category/{c.lower()}/" rel="category tag">{c}</a>'
                     for c in categories)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{headline} | West Africa Commodity Brief</title>
<meta name="generator" content="WordPress 6.8">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="West Africa Commodity Brief">
<meta name="robots" content="index, follow">
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div class="top-bar">Free weekly briefing &#8212; <a href="/subscribe/">subscribe by
email</a> &#183; <a href="/premium/">Premium data</a></div>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">West Africa
Commodity Brief</a></p>
<p class="site-description">Cocoa, cashew, cotton, shea and the policy that moves them</p>
<nav id="site-navigation"><ul><li><a href="/">Home</a></li><li><a href="/category/cocoa/">
Cocoa</a></li><li><a href="/category/cashew/">Cashew</a></li><li><a href="/category/cotton/">
Cotton</a></li><li><a href="/category/policy/">Policy</a></li><li><a href="/about/">About</a>
</li></ul></nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{headline}</h1>
<div class="entry-meta"><span class="posted-on">Posted on {date}</span>
<span class="byline"> by {author}</span></div></header>
<div class="entry-content">
{body.replace("[[AD]]", ad)}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in {cats}</span></footer>
</article>
<nav class="post-navigation"><div class="nav-previous"><a href="/">&#8592; Ghana&#8217;s
cocoa regulator revises forward-sales plan</a></div>
<div class="nav-next"><a href="/">Shea: Nigeria export ban review &#8594;</a></div></nav>
<div id="comments" class="comments-area"><h3 class="comment-reply-title">Leave a Reply</h3>
<p>Your email address will not be published. Required fields are marked *</p></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul>
<li><a href="/">Cotton: Mali, Burkina seed-cotton prices set for new season</a></li>
<li><a href="/">Cocoa mid-crop outlook: arrivals, beans per kilo, and the rains</a></li>
</ul></section>
<section class="widget"><h2>Subscribe</h2><form><input type="email">
<button>Get the Brief</button></form></section></aside>
<footer id="colophon"><p>&#169; West Africa Commodity Brief. Nothing here is investment
advice.</p></footer>
</body>
</html>
"""


def _agriledger(*, url: str, headline: str, summary: str, iso: str, author: str,
                body: str, pullquote: str) -> str:
    """The Agri Ledger: a specialist agricultural-trade site (no visible date)."""
    ad = ('<div class="al-ad" role="complementary"><span class="al-ad-label">ADVERTISEMENT'
          '</span></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} - The Agri Ledger</title>
<meta name="description" content="{summary}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="The Agri Ledger">
<meta property="article:published_time" content="{iso}">
</head>
<body>
<nav class="al-skip"><a href="#al-article">Skip navigation</a></nav>
<header class="al-header"><div class="al-brand"><a href="/">The Agri Ledger</a>
<span>Trade intelligence for food and agriculture</span></div>
<nav class="al-menu"><a href="/grains/">Grains</a> <a href="/oilseeds/">Oilseeds</a>
<a href="/nuts-dried-fruit/">Nuts &amp; Dried Fruit</a> <a href="/softs/">Softs</a>
<a href="/policy/">Trade Policy</a> <a href="/shipping/">Shipping</a>
<a href="/events/">Events</a></nav>
<div class="al-account"><a href="/login/">Log in</a> <a href="/trial/">Free trial</a></div>
</header>
<main>
<article id="al-article">
<div class="al-flags"><span class="al-premium">PREMIUM</span>
<a href="/nuts-dried-fruit/">Nuts &amp; Dried Fruit</a></div>
<h1>{headline}</h1>
<p class="al-summary">{summary}</p>
<p class="al-author">{author}</p>
<blockquote class="al-pull">{pullquote}</blockquote>
<div class="al-text">
{body.replace("[[AD]]", ad)}
</div>
<div class="al-tools"><a href="#">Print</a> <a href="#">Download PDF</a> <a href="#">Share</a>
<a href="#">Add to my alerts</a></div>
</article>
<aside class="al-related"><h2>Related</h2><ul>
<li><a href="/nuts-dried-fruit/">Vietnam kernel exports: monthly data</a></li>
<li><a href="/policy/">Benin&#8217;s raw-nut export ban, two seasons on</a></li>
<li><a href="/nuts-dried-fruit/">Kerala processors turn to Tanzanian nuts</a></li>
</ul></aside>
</main>
<footer class="al-footer"><p>The Agri Ledger is published by Ledger Intelligence Ltd.
<a href="/terms/">Terms</a> &#183; <a href="/privacy/">Privacy &amp; cookies</a> &#183;
<a href="/contact/">Contact</a></p></footer>
</body>
</html>
"""


# =============================================================================================
# Story 3: trade. Cote d'Ivoire raises its export duty on raw cashew nuts, announced Wednesday
# 14 January 2026. Planted: new rate (15 vs 18 per cent, Africa Markets Daily), start date
# (2 Feb vs 16 Feb, West Africa Commodity Brief), announcing minister's portfolio (commerce vs
# agriculture, West Africa Commodity Brief), duration (three vs five years, The Agri Ledger).
# =============================================================================================

_S3_MERIDIAN_BODY = """
<p>ABIDJAN, Jan 14 (Meridian Wire) - Ivory Coast, the world's biggest producer of raw cashew
nuts, will raise its export duty on unprocessed nuts to 15 percent from 10 percent when the
2026 marketing season opens on Feb. 2, the government said on Wednesday, in a bid to keep more
of the crop at home for processing.</p>
<p>The higher rate will apply for three years and be reviewed annually, Commerce and Industry
Minister Kouadio Brou told reporters after a weekly cabinet meeting in Abidjan. Part of the
extra revenue will fund a subsidy for local processing plants, he said.</p>
<p>"We grow the nut, we carry the risk of the harvest, and then we watch others capture most of
the value," Brou said. "This duty is a signal. The future of this sector is processing here, in
Ivory Coast."</p>
<p>The cabinet also set the minimum farmgate price for the coming season at 425 CFA francs per
kg, up from 400 francs last year.</p>
<p>Ivory Coast harvested about 1.25 million tonnes of raw cashew nuts in 2025, roughly a
quarter of global output, according to the Cotton and Cashew Council (CCA), the sector
regulator. Local factories processed around 400,000 tonnes of that, or about 32 percent, and
the government wants the share to reach half by 2030.</p>
[[AD]]
<p>Vietnam buys roughly 60 percent of Ivorian raw cashew exports, with India taking most of
the rest. Processors in both countries have long relied on West African nuts to keep their
shelling lines running between domestic harvests.</p>
<p>Two Abidjan-based exporters said the higher duty would initially be passed on to buyers.
"Vietnam will pay more for a few weeks, and then it will look harder at Tanzania, Ghana and
Cambodia," said one, who asked not to be named because he was not authorised to speak
publicly.</p>
<p>Ivorian processors welcomed the decision. Awa Ouattara-Kamagate, who heads the Ivorian
Federation of Cashew Processors, said members had been running well below capacity because
they could not match the prices offered by exporters at the start of the season.</p>
<p>"For years our factories have been half empty in March and full of nuts we paid too much
for in June," she said. "If this makes raw nuts a little less attractive to ship, our lines
will run."</p>
<p>CCA Director-General Yves-Martial Gnagne said the subsidy would be paid at 200 CFA francs
per kg of raw nuts processed in the country, with payments made quarterly against audited
factory records.</p>
<p>Ivory Coast is following a path taken by several neighbours. Benin stopped exporting raw
cashew altogether in 2024, and other West African producers have been using levies and
licensing to push processing onshore.</p>
<p>Global prices for cashew kernels rose in late 2025 as smaller crops in parts of Asia
tightened supply, analysts said, which may make it easier for buyers to absorb the higher
Ivorian duty in the short term.</p>
"""

_S3_MERIDIAN = _meridian(
    url="https://www.meridianwire.example/commodities/ivory-coast-cashew-export-duty-"
        "2026-01-14/",
    section="Commodities",
    headline="Ivory Coast raises raw cashew export duty to 15 pct to spur local processing",
    summary="The world's biggest raw cashew producer will raise its export duty on "
            "unprocessed nuts when the 2026 season opens.",
    iso="2026-01-14T17:22:00Z",
    stamp="January 14, 2026 5:22 PM GMT",
    authors=["Loic Tano"],
    body=_S3_MERIDIAN_BODY,
    credits="Reporting by Loic Tano; Writing by Ruth Abiodun-Cole; Editing by Kirsten "
            "Haugland",
    related=["Cocoa prices slip as West African arrivals pick up",
             "Ghana's cocoa regulator weighs new financing model",
             "Vietnam cashew kernel exports hit record in 2025"],
)

_S3_AMD_BODY = """
<p>C&#244;te d&#8217;Ivoire will raise the tax it charges on raw cashew nut exports from 10 per
cent to 18 per cent, the government announced on Wednesday, stepping up its campaign to turn
the world&#8217;s largest cashew crop into kernels at home rather than ship it unshelled to
Asia.</p>
<p>The new rate takes effect on 2 February, the opening day of the 2026 marketing campaign,
and will be kept in place for three years with an annual review, said Minister of Commerce and
Industry Kouadio Brou, speaking after the weekly Council of Ministers in Abidjan.</p>
<p>&#8220;Processing here is the future of this sector,&#8221; Mr Brou said. &#8220;We are not
closing the door to anyone. We are simply asking that more of the work, and more of the wages,
stay in C&#244;te d&#8217;Ivoire.&#8221;</p>
<p>The council also fixed the minimum farmgate price for the season at 425 CFA francs a
kilogram, 25 francs higher than in 2025.</p>
<h2>Who pays</h2>
<p>Analysts said the immediate burden would fall on Vietnamese and Indian processors, who
together buy almost all of the raw nuts C&#244;te d&#8217;Ivoire exports. Vietnam alone
accounts for roughly 60 per cent of the country&#8217;s raw cashew shipments.</p>
<p>&#8220;In the first few weeks, buyers will absorb it, because they need West African nuts to
keep their lines running until their own harvests,&#8221; said Hannah Oyelaran, a commodities
analyst at Lagos-based Ironbark Research. &#8220;The question is what happens at the margin. If
Tanzania and Ghana have good crops, Ivorian exporters will be the ones cutting prices to
compete.&#8221;</p>
[[AD]]
<p>Kernel prices were firm going into the announcement. The benchmark W320 grade was quoted at
about $3.05 a pound free on board in Vietnamese ports this week, traders said, up from around
$2.80 a year ago.</p>
<h2>Processing gap</h2>
<p>C&#244;te d&#8217;Ivoire produced about 1.25 million tonnes of raw cashew nuts last year,
according to the Cotton and Cashew Council (CCA), the sector regulator &#8212; roughly a
quarter of global production. Domestic factories processed some 400,000 tonnes, leaving about
two-thirds of the crop to be exported raw.</p>
<p>The government wants half of the harvest processed locally by 2030. It has built industrial
zones for cashew processing in Bondoukou, Korhogo and Bouak&#233;, and offers tax breaks to
investors who set up shelling plants.</p>
<p>Part of the revenue from the higher export tax will go towards a subsidy of 200 CFA francs
for every kilogram of raw nuts processed locally, CCA director-general Yves-Martial Gnagne told
Africa Markets Daily.</p>
<p>&#8220;Processors have told us for years that they cannot compete with exporters on the
price of nuts in the first weeks of the season,&#8221; Mr Gnagne said. &#8220;This measure,
together with the subsidy, is our answer to that.&#8221;</p>
<h2>Regional trend</h2>
<p>The move puts C&#244;te d&#8217;Ivoire in line with a broader shift across the region.
Neighbouring Benin halted raw cashew exports entirely from 2024, while Ghana and Nigeria have
both debated tighter controls on unprocessed crops, from cashew to shea.</p>
<p>Exporters&#8217; groups have warned that heavier taxes can encourage smuggling across land
borders. Mr Brou said customs controls would be reinforced in the north and east of the
country during the campaign.</p>
<p>For farmers, the more immediate concern is whether the higher farmgate price will hold.
&#8220;Every year they announce a price and every year some buyers pay less in the
villages,&#8221; said Ibrahim Coulibaly, who grows cashew on eight hectares near Korhogo.
&#8220;We will see in February.&#8221;</p>
"""

_S3_AMD = _amd(
    url="https://www.africamarketsdaily.example/commodities/cote-divoire-lifts-raw-cashew-"
        "export-tax-processing/",
    headline="C&#244;te d&#8217;Ivoire lifts raw cashew export tax to spur processing push",
    standfirst="World&#8217;s top producer wants half of its crop shelled at home by 2030; "
                "Vietnamese buyers face higher costs",
    author="Nkechi Balogun",
    role="West Africa Markets Editor",
    iso="2026-01-14T18:40:00Z",
    stamp="14 January 2026, 18:40 GMT",
    body=_S3_AMD_BODY,
    tickers="NGX ASI 104,512 +0.4% &#183; JSE TOP40 78,210 -0.2% &#183; BRVM-C 301.6 +0.1% "
            "&#183; Cocoa (ICE) $5,842 &#183; Brent $66.10",
    most_read=["Naira steadies as central bank widens FX window",
               "Kenya's tea auction prices slide for third week",
               "Dangote refinery starts jet fuel exports"],
)

_S3_WACB_BODY = """
<p><strong>The short version:</strong> Abidjan is raising the export levy on raw cashew nuts
(RCN) from 10% to 15%. It kicks in on 16 February, when the 2026 campaign formally opens, and
is set to run for three years with a review each year. The farmgate floor goes to XOF 425/kg
from XOF 400/kg.</p>
<p>Agriculture Minister Kouadio Brou made the announcement after Wednesday&#8217;s Council of
Ministers. We&#8217;ve spent the last 24 hours talking to exporters, processors and buyers. Here
is what we think matters.</p>
<h3>1. The numbers</h3>
<ul>
<li>2025 RCN crop: ~1.25 Mt (CCA figures), about a quarter of world supply.</li>
<li>Processed locally in 2025: ~400,000 t, or roughly 32% of the crop.</li>
<li>Official target: 50% processed locally by 2030.</li>
<li>Export destinations: Vietnam ~60%; India most of the balance.</li>
<li>New processing subsidy: XOF 200 per kg of RCN processed in-country, funded partly from the
higher levy.</li>
</ul>
<h3>2. What buyers are saying</h3>
<p>Vietnamese buyers we spoke to were unhappy but not surprised. &#8220;We expected 12 or 13
percent; fifteen is at the top of what we had heard,&#8221; said one Ho Chi Minh City-based
importer. Most said they would keep buying Ivorian nuts at the start of the season because
quality from the northern zones is reliable, and because they have few alternatives in
February and March.</p>
<p>Expect buyers to push harder on nut count and outturn at the port, though. When the levy goes
up, the fight over quality discounts usually gets nastier.</p>
[[AD]]
<h3>3. What processors are saying</h3>
<p>Ivorian processors are, unsurprisingly, pleased. Awa Ouattara-Kamagat&#233; of the Ivorian
Federation of Cashew Processors told us that factories have &#8220;been half empty in March and
full of nuts we paid too much for in June&#8221; &#8212; the perennial complaint that exporters
outbid local plants early in the campaign. The levy plus the subsidy narrows that gap.</p>
<p>By our rough maths, for a processor buying at the farmgate floor, the subsidy is worth close
to half the nut price. That is a meaningful cushion if it is paid on time. The CCA says
payments will be quarterly against audited factory records; processors have heard promises
about subsidy timing before.</p>
<h3>4. Smuggling risk</h3>
<p>The obvious leak is across land borders. Higher levies in one country and lower ones next
door have historically pulled nuts toward the border. The government says customs checks will be
stepped up in the north and east during the campaign. We would watch Ghana-bound flows in
particular.</p>
<h3>5. Our take</h3>
<p>Abidjan has been moving in this direction for years, and Benin&#8217;s outright ban on raw
exports from 2024 gave it political cover. A 15% levy is a serious step but not a ban. In the
short term the price signal will be felt mostly by Asian buyers; in the medium term the test is
whether Ivorian factories can run at the volumes needed to hit 50% by 2030. That depends less on
the levy than on working capital, power and logistics.</p>
<p>We will update our campaign price model once the CCA publishes the detailed implementing
decree. Premium subscribers will get the revised forecast first.</p>
"""

_S3_WACB = _wacb(
    url="https://westafricacommoditybrief.example/2026/01/15/cashew-abidjan-hikes-rcn-export-"
        "levy/",
    headline="Cashew: Abidjan hikes RCN export levy to 15% &#8212; what it means for the 2026 "
             "campaign",
    date="Jan 15, 2026",
    author="Kwame Asante-Boateng",
    body=_S3_WACB_BODY,
    categories=["Cashew", "Policy"],
)

_S3_AGRI_BODY = """
<p>C&#244;te d&#8217;Ivoire&#8217;s decision to lift its export duty on raw cashew nuts from 10
per cent to 15 per cent has landed awkwardly for processors in Vietnam and India, who depend on
Ivorian nuts to keep their factories running in the first half of the year.</p>
<p>The higher duty applies from 2 February, the start of the 2026 marketing campaign. Trade
minister Kouadio Brou said on Wednesday that it would remain in force for five years, subject to
an annual review, and that part of the proceeds would fund a subsidy for Ivorian processors.</p>
<p>The Ivorian crop reached about 1.25 million tonnes in 2025, according to the Cotton and
Cashew Council (CCA). Roughly 400,000 tonnes of that was shelled in the country; most of the
remainder went to Vietnam, which takes around 60 per cent of Ivorian raw nut exports, and to
India.</p>
<h2>Vietnam: &#8216;we will pass it on&#8217;</h2>
<p>Pham Thi Lan, vice-chair of the Vietnam Cashew Association, said processors would have
little choice but to raise kernel prices. &#8220;Our members work on thin margins. We cannot
absorb a five-point rise in the cost of our main raw material. Buyers in Europe and America
will see it in their contracts,&#8221; she said.</p>
<p>She added that the association would encourage members to diversify their sourcing towards
Cambodia, Tanzania and Nigeria, but acknowledged that those origins could not replace Ivorian
volumes in the short term.</p>
[[AD]]
<h2>India: Kollam watches closely</h2>
<p>In Kerala, where the Kollam processing cluster has been shrinking for years, the reaction
was more mixed. Some processors already import Ivorian nuts through Tuticorin and Kochi; others
have switched towards East African supply.</p>
<p>&#8220;Every extra rupee on raw nuts is a rupee we lose against Vietnam, because they are
faster and cheaper at shelling,&#8221; said Joseph Varghese Mathew, who runs a mid-sized
factory near Kollam. &#8220;But if Vietnamese costs go up as well, the gap does not change very
much.&#8221;</p>
<h2>Abidjan&#8217;s bet</h2>
<p>For the Ivorian government, the calculation is long term. It wants half of the crop
processed at home by 2030, up from roughly a third last year, and it has tried tax breaks,
industrial zones and subsidies to get there. The minimum farmgate price for the new season has
been set at 425 CFA francs per kilogram, up from 400.</p>
<p>&#8220;The duty alone will not build factories,&#8221; said Hannah Oyelaran, a commodities
analyst at Ironbark Research in Lagos. &#8220;What it does is make the maths for a new
shelling plant a little less punishing. Combined with the 200-franc processing subsidy, that
could be enough to bring some idle capacity back.&#8221;</p>
<p>Traders will be watching for the implementing decree from the CCA, which is expected to set
out how the duty will be collected and how the subsidy will be paid.</p>
"""

_S3_AGRI = _agriledger(
    url="https://www.agriledger.example/nuts-dried-fruit/cote-divoire-cashew-duty-vietnam-"
        "india-processors",
    headline="Ivorian cashew duty rise squeezes Vietnamese and Indian processors",
    summary="Abidjan lifts its levy on unshelled nuts as it chases a 2030 processing target; "
            "buyers say the cost will be passed on",
    iso="2026-01-15T09:10:00Z",
    author="By Meera Pillai-Hendricks, Nuts &amp; Dried Fruit Editor",
    body=_S3_AGRI_BODY,
    pullquote="&#8220;We cannot absorb a five-point rise in the cost of our main raw "
              "material.&#8221; &#8212; Pham Thi Lan, Vietnam Cashew Association",
)


def _papa(*, url: str, headline: str, iso: str, stamp: str, body: str, keywords: str) -> str:
    """Pan-Asia Press Agency: a regional wire with a sparse, text-first page."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} - Pan-Asia Press Agency</title>
<meta name="keywords" content="{keywords}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="PAPA English Service">
<meta property="article:published_time" content="{iso}">
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{headline}",
"datePublished":"{iso}","publisher":{{"@type":"Organization",
"name":"Pan-Asia Press Agency"}}}}
</script>
</head>
<body>
<div id="papa-top"><a href="#papa-body">Skip to article</a> | <a href="/jp/">&#26085;&#26412;
&#35486;</a> | <a href="/zh/">&#20013;&#25991;</a> | <a href="/en/">English</a></div>
<header><h2 class="papa-logo"><a href="/en/">PAPA &#8212; Pan-Asia Press Agency</a></h2>
<ul class="papa-menu"><li><a href="/en/politics/">Politics</a></li>
<li><a href="/en/economy/">Economy</a></li><li><a href="/en/asia-pacific/">Asia-Pacific</a></li>
<li><a href="/en/science/">Science</a></li><li><a href="/en/photo/">Photo</a></li></ul>
</header>
<div id="papa-body">
<p class="papa-cat">Economy</p>
<h1>{headline}</h1>
<p class="papa-date">{stamp}</p>
<div class="papa-text">
{body}
</div>
<p class="papa-notice">(C) Pan-Asia Press Agency. Reproduction or redistribution of this
content without prior written consent is prohibited.</p>
<div class="papa-latest"><h3>Latest News</h3><ul>
<li><a href="/en/">Typhoon No. 2 expected to approach Okinawa on Thursday</a></li>
<li><a href="/en/">Nikkei ends higher as exporters gain</a></li>
<li><a href="/en/">Seoul, Tokyo agree to resume shuttle diplomacy talks</a></li>
</ul></div>
</div>
<footer><a href="/en/about/">About PAPA</a> | <a href="/en/terms/">Terms of Use</a> |
<a href="/en/privacy/">Privacy Policy</a> | <a href="/en/contact/">Contact</a></footer>
</body>
</html>
"""


def _bengal(*, url: str, headline: str, shoulder: str, author: str, published: str,
            print_ed: str, body: str, caption: str) -> str:
    """The Bengal Chronicle: a Dhaka English-language daily."""
    ad = '<div class="bc-ads"><p>Advertisement</p><div class="bc-ads-box"></div></div>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | The Bengal Chronicle</title>
<meta name="description" content="{shoulder}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="The Bengal Chronicle">
<meta property="og:image" content="https://cdn.bengalchronicle.example/epa-signing.jpg">
</head>
<body>
<div class="bc-date-strip">Dhaka &#8226; <a href="/epaper/">ePaper</a> &#8226;
<a href="/bangla/">&#2476;&#2494;&#2434;&#2482;&#2494;</a> &#8226; <a href="/archive/">Archive</a>
</div>
<header class="bc-head"><a href="/" class="bc-logo">The Bengal Chronicle</a>
<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/business/">Business</a>
<a href="/business/economy/">Economy</a> <a href="/opinion/">Opinion</a>
<a href="/sports/">Sports</a> <a href="/entertainment/">Entertainment</a>
<a href="/youth/">Youth</a> <a href="/environment/">Environment</a></nav></header>
<main>
<article class="bc-article">
<div class="bc-breadcrumb"><a href="/business/">Business</a> &gt;
<a href="/business/economy/">Economy</a></div>
<p class="bc-shoulder">{shoulder}</p>
<h1>{headline}</h1>
<div class="bc-author">{author}</div>
<div class="bc-dates"><span>Published: {published}</span>
<span>Print edition: {print_ed}</span></div>
<div class="bc-social">Share: <a href="#">facebook</a> <a href="#">linkedin</a>
<a href="#">whatsapp</a> <a href="#">copy link</a></div>
<figure><img src="https://cdn.bengalchronicle.example/epa-signing.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<div class="bc-body">
{body.replace("[[AD]]", ad)}
</div>
<div class="bc-google-news"><a href="#">Follow The Bengal Chronicle on Google News</a></div>
</article>
<aside class="bc-related"><h3>Related topic</h3><ul>
<li><a href="/business/">LDC graduation: what changes for exporters on 24 November</a></li>
<li><a href="/business/">RMG exports to non-traditional markets rise</a></li>
<li><a href="/business/">Editorial: Trade deals are only as good as the ports behind them</a>
</li></ul></aside>
</main>
<footer class="bc-foot"><p>Editor &amp; Publisher: The Bengal Chronicle Ltd. Registered office:
Kawran Bazar, Dhaka. <a href="/about/">About us</a> | <a href="/contact/">Contact us</a> |
<a href="/privacy/">Privacy Policy</a></p><p>&#169; 2026 thebengalchronicle.example</p>
</footer>
</body>
</html>
"""


def _nbr(*, url: str, headline: str, subhead: str, author: str, iso: str, stamp: str,
         body: str, factbox: str) -> str:
    """Nippon Business Review: a Japanese financial daily's English edition."""
    ad = ('<div class="nbr-ad-rect"><span>AD</span><div data-ad-unit="nbr_article_mid">'
          '</div></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} - Nippon Business Review</title>
<meta name="description" content="{subhead}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Nippon Business Review">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="Trade">
</head>
<body>
<a class="nbr-skip" href="#nbr-main">Skip to main content</a>
<div class="nbr-paywall-banner">Subscribe to NBR &#8212; first month free.
<a href="/subscribe/">See plans</a> | <a href="/login/">Log in</a></div>
<header class="nbr-header"><a href="/" class="nbr-logo">NIPPON BUSINESS REVIEW</a>
<nav><a href="/business/">Business</a> <a href="/markets/">Markets</a>
<a href="/economy/">Economy</a> <a href="/politics/">Politics</a> <a href="/trade/">Trade</a>
<a href="/tech/">Tech</a> <a href="/spotlight/">Spotlight</a> <a href="/datawatch/">Data</a>
</nav></header>
<div class="nbr-markets-strip">Nikkei 225 &#183; TOPIX &#183; USD/JPY &#183; 10Y JGB</div>
<main id="nbr-main">
<article>
<p class="nbr-topic"><a href="/trade/">Trade</a></p>
<h1>{headline}</h1>
<p class="nbr-subhead">{subhead}</p>
<div class="nbr-meta"><span class="nbr-author">{author}</span>
<time datetime="{iso}">{stamp}</time></div>
<div class="nbr-share"><button>Save</button> <button>Share</button> <button>Print</button>
</div>
<div class="nbr-body">
{body.replace("[[AD]]", ad)}
</div>
<aside class="nbr-factbox">{factbox}</aside>
</article>
<section class="nbr-recommended"><h2>Recommended</h2><ul>
<li><a href="/trade/">Japan-India CEPA at 15: why the trade gap never closed</a></li>
<li><a href="/business/">Apparel retailers step up sourcing from South Asia</a></li>
<li><a href="/economy/">Yen weakness lifts exporters&#8217; forecasts</a></li>
</ul></section>
</main>
<footer class="nbr-footer"><p>&#169; Nippon Business Review, Inc. All rights reserved.
<a href="/terms/">Terms of use</a> | <a href="/privacy/">Privacy</a> |
<a href="/cookies/">Cookie settings</a> | <a href="/help/">Help</a></p></footer>
</body>
</html>
"""


# =============================================================================================
# Story 4: trade (CONTROL). Japan and Bangladesh sign an economic partnership agreement in
# Tokyo, Tuesday 26 May 2026. Nothing planted.
# =============================================================================================

_S4_PAPA_BODY = """
<p>TOKYO, May 26 (PAPA) -- Japan and Bangladesh signed an economic partnership agreement in
Tokyo on Tuesday that will keep Bangladeshi garments duty-free in the Japanese market after the
South Asian country leaves the United Nations' list of least developed countries in
November.</p>
<p>Foreign Minister Reiko Sakuraba and Bangladesh's Commerce Minister Mahbubur Rahman
Chowdhury signed the pact, Japan's first bilateral trade agreement with a South Asian country
since its 2011 deal with India.</p>
<p>Under the agreement, Japan will eliminate tariffs on 97.2 percent of tariff lines as soon as
it takes effect, covering virtually all of Bangladesh's current exports. Bangladesh will remove
duties on 63 percent of its tariff lines over 12 years, with finished motor vehicles among the
items excluded.</p>
<p>The two governments aim to bring the agreement into force in the first half of 2027 after
approval by Japan's Diet and Bangladesh's parliament.</p>
<p>Bangladesh is scheduled to graduate from least-developed-country status on Nov. 24. Under
Japan's preference scheme for the poorest countries, Bangladeshi goods currently enter largely
duty-free, but that treatment would have been phased out after graduation.</p>
<p>Crucially for Dhaka, the deal keeps relatively flexible rules of origin for clothing, under
which a garment sewn in Bangladesh from imported fabric still qualifies for duty-free entry.
Bangladeshi manufacturers had warned that stricter rules would have priced many of them out of
the Japanese market.</p>
<p>"Graduation should be a reward, not a penalty," Chowdhury said at the signing ceremony.
"With this agreement, our exporters will not lose what they have earned in Japan."</p>
<p>Sakuraba said the agreement would also support Japanese companies investing in Bangladesh,
including in the Japanese-developed economic zone at Araihazar near Dhaka.</p>
<p>"This agreement is a bridge to the next stage of Bangladesh's development, and a sign that
Japan intends to be on the other side of that bridge as a partner," she said.</p>
<p>Trade between the two countries totaled about 4.1 billion dollars in 2025. Japan exported
around 2.5 billion dollars' worth of goods, mainly machinery, steel and vehicles, while
Bangladesh shipped about 1.6 billion dollars' worth, mostly clothing.</p>
<p>About 340 Japanese companies operate in Bangladesh, according to the Japan External Trade
Organization.</p>
<p>Bangladesh will cut its tariffs on auto parts, industrial machinery and steel products in
stages, a schedule Japanese manufacturers had pressed for. Japan's main business lobby said in a
statement that the timetable would give companies considering Bangladesh as a production base
greater predictability.</p>
<p>Clothing makes up the bulk of Bangladesh's shipments to Japan, which has become one of its
fastest-growing export markets outside Europe and North America. The country's garment
exporters had lobbied hard for the talks to be concluded before graduation.</p>
<p>The agreement, concluded after seven rounds of negotiations that began in 2024, also
includes chapters on investment, intellectual property, e-commerce and customs procedures.
(END)</p>
"""

_S4_PAPA = _papa(
    url="https://english.papa-news.example/en/economy/20260526-japan-bangladesh-epa-signed/",
    headline="Japan, Bangladesh sign economic partnership pact ahead of Dhaka&#x27;s LDC "
             "graduation",
    iso="2026-05-26T08:40:00Z",
    stamp="2026-05-26 17:40 JST",
    body=_S4_PAPA_BODY,
    keywords="Japan, Bangladesh, EPA, trade, tariffs, LDC graduation",
)

_S4_BENGAL_BODY = """
<p>Bangladesh and Japan on Tuesday signed an Economic Partnership Agreement (EPA) that will
allow almost all Bangladeshi goods, including readymade garments, to keep entering the Japanese
market without duty after the country graduates from the least developed country (LDC)
category on 24 November this year.</p>
<p>Commerce Minister Mahbubur Rahman Chowdhury and Japanese Foreign Minister Reiko Sakuraba
signed the deal at a ceremony in Tokyo, capping talks that began in 2024 and ran to seven
formal rounds.</p>
<p>&#8220;Graduation should be a reward, not a penalty,&#8221; Mr Chowdhury said after the
signing. &#8220;Our garment workers, most of them women, built our place in the Japanese market
stitch by stitch. With this agreement, our exporters will not lose what they have earned in
Japan.&#8221;</p>
<h3>What Japan offers</h3>
<p>Japan will scrap tariffs on 97.2 per cent of its tariff lines from the day the agreement
takes effect, according to a fact sheet released by the commerce ministry in Dhaka. That covers
virtually everything Bangladesh currently sells to Japan.</p>
<p>Of particular importance to the apparel sector, the EPA retains single-stage transformation
rules of origin for garments, meaning clothing made in Bangladesh from imported fabric will
still qualify for duty-free access, as it does today under Japan&#8217;s LDC preferences.</p>
<p>&#8220;This was our red line, and the negotiators held it,&#8221; said Farzana Karim,
president of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA). &#8220;If
Japan had demanded double transformation, half of our knitwear exporters to Japan would have
been out of business within two years.&#8221;</p>
[[AD]]
<h3>What Bangladesh gives</h3>
<p>In return, Bangladesh will eliminate tariffs on 63 per cent of its tariff lines over 12
years. Finished motor vehicles have been kept out of the liberalisation schedule to protect
local assembly, while tariffs on auto parts, industrial machinery and steel products will be
reduced in stages.</p>
<p>Officials at the revenue board estimate the loss of customs revenue at around Tk 2,300 crore
a year once the cuts are fully phased in. Economists said the figure should be weighed against
the cost of losing preferential access to one of Bangladesh&#8217;s fastest-growing export
markets.</p>
<p>&#8220;The revenue hit is real, but it is spread over more than a decade, and it buys
certainty,&#8221; said Nusrat Jahan Mitu, research director at the Dhaka Policy Forum, an
independent think tank. &#8220;Without this deal, our exporters would have faced tariffs in
Japan from the end of the transition period. With it, the question is off the table.&#8221;</p>
<h3>Trade and investment</h3>
<p>Bilateral trade stood at about $4.1 billion in 2025, with Bangladesh&#8217;s exports to Japan
worth around $1.6 billion and imports from Japan about $2.5 billion. Garments make up the bulk
of Bangladesh&#8217;s shipments, while machinery, iron and steel, and vehicles dominate imports.
</p>
<p>Some 340 Japanese companies now operate in Bangladesh, and the Bangladesh Special Economic
Zone in Araihazar, Narayanganj, developed with Japanese partners, has drawn several Japanese
manufacturers in the past two years.</p>
<p>The government expects the agreement to take effect in the first half of 2027, after
ratification by the Jatiya Sangsad and Japan&#8217;s Diet.</p>
<p>Mr Chowdhury said Bangladesh was pursuing similar arrangements with other major markets
before and after graduation. &#8220;Japan is the first. It will not be the last,&#8221; he
said.</p>
"""

_S4_BENGAL = _bengal(
    url="https://www.thebengalchronicle.example/business/economy/news/bangladesh-japan-sign-"
        "epa-duty-free-access-to-continue-after-ldc-graduation-3902211",
    headline="Bangladesh, Japan sign EPA; duty-free access to continue after LDC graduation",
    shoulder="Garment rules of origin kept flexible; Dhaka to cut tariffs on 63% of lines "
             "over 12 years",
    author="Staff Correspondent",
    published="26 May 2026, 21:50 PM",
    print_ed="27 May 2026",
    body=_S4_BENGAL_BODY,
    caption="Commerce Minister Mahbubur Rahman Chowdhury and Japanese Foreign Minister Reiko "
            "Sakuraba exchange documents after signing the agreement in Tokyo on Tuesday. "
            "Photo: Collected",
)

_S4_NBR_BODY = """
<p>TOKYO -- Japan signed an economic partnership agreement with Bangladesh on Tuesday, locking
in tariff-free access for Bangladeshi clothing ahead of the country's exit from the United
Nations' least developed country category and opening its protected market to Japanese
machinery and auto parts over time.</p>
<p>Foreign Minister Reiko Sakuraba signed for Japan and Commerce Minister Mahbubur Rahman
Chowdhury for Bangladesh at a ceremony in Tokyo. The government aims to submit the agreement to
the Diet for approval so it can take effect in the first half of 2027.</p>
<p>For Japanese companies, the significance lies mostly on the Bangladeshi side of the ledger.
Bangladesh currently levies customs duties of up to 25% on many industrial goods, plus
additional supplementary and regulatory duties. Under the EPA it will eliminate tariffs on 63%
of tariff lines over 12 years. Finished vehicles are excluded, but duties on components are
to be cut in stages.</p>
<p>"For manufacturers looking at Bangladesh as a production base, the cost of imported parts
has always been the sticking point," said Kenji Morimoto, who heads the Dhaka office of the
Japan External Trade Organization (JETRO). "This gives them a schedule they can put in a
business plan."</p>
<p>About 340 Japanese companies operate in Bangladesh, JETRO says, up from roughly 200 a decade
ago. Several have set up in the economic zone at Araihazar, east of Dhaka, which a Japanese
consortium helped develop.</p>
[[AD]]
<p>Japan, for its part, will remove tariffs on 97.2% of tariff lines immediately upon entry into
force. Most Bangladeshi goods already enter Japan duty-free under the preference scheme for the
least developed countries, but Bangladesh is due to graduate from that group on Nov. 24, which
would eventually have exposed its exports to Japan's standard tariffs.</p>
<p>The agreement keeps the existing rules of origin for garments, under which apparel sewn in
Bangladesh from imported fabric qualifies as Bangladeshi. Japanese retailers who source heavily
from Bangladesh had quietly lobbied for that outcome.</p>
<p>"A stricter rule would have raised costs for Japanese consumers without creating a single job
in Japan," said an executive at a Tokyo-based apparel retailer, speaking on condition of
anonymity because the company does not comment on trade policy.</p>
<p>Bilateral trade came to about $4.1 billion last year. Japan's exports to Bangladesh were
worth about $2.5 billion and its imports about $1.6 billion, according to figures released with
the agreement.</p>
<p>The deal is Japan's first bilateral economic partnership in South Asia since its
comprehensive agreement with India took effect in 2011. Officials described it as part of a
wider effort to deepen ties with fast-growing economies around the Bay of Bengal, where Japan
also finances ports, rail and power projects.</p>
<p>"This agreement is a bridge to the next stage of Bangladesh's development," Sakuraba said at
the ceremony. She said Japan hoped it would encourage more Japanese investment in
manufacturing there.</p>
"""

_S4_NBR = _nbr(
    url="https://asia.nbr-online.example/trade/japan-bangladesh-epa-garments-auto-parts-20260526",
    headline="Japan-Bangladesh EPA opens door for auto parts, keeps garments duty-free",
    subhead="Dhaka to phase out tariffs on 63% of lines over 12 years as LDC status ends",
    author="Yuki Hanazawa, Nippon Business Review staff writer",
    iso="2026-05-26T11:10:00Z",
    stamp="May 26, 2026 20:10 JST",
    body=_S4_NBR_BODY,
    factbox="<h3>Japan-Bangladesh EPA at a glance</h3><ul><li>Signed: May 26, 2026, Tokyo</li>"
            "<li>Japan: tariffs removed on 97.2% of lines at entry into force</li>"
            "<li>Bangladesh: tariffs removed on 63% of lines over 12 years</li>"
            "<li>2025 bilateral trade: about $4.1 billion</li>"
            "<li>Target entry into force: first half of 2027</li></ul>",
)


def _cah(*, url: str, headline: str, lead: str, author: str, stamp: str, views: str,
         body: str, caption: str) -> str:
    """Central Asia Herald: a regional English-language news site."""
    ad = ('<div class="cah-banner"><span class="cah-banner-label">Advertising</span>'
          '<a href="/advertising/"><img src="/banners/tourism-300x250.png" alt="Advertising">'
          '</a></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} - Central Asia Herald</title>
<meta name="description" content="{lead}">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{lead}">
<meta property="og:site_name" content="Central Asia Herald">
<meta property="og:locale" content="en_GB">
</head>
<body>
<div class="cah-langs"><a href="/ru/">&#1056;&#1091;&#1089;</a> | <a href="/ky/">
&#1050;&#1099;&#1088;</a> | <b>Eng</b></div>
<header class="cah-header"><a href="/en/" class="cah-logo">CENTRAL ASIA HERALD</a>
<nav><a href="/en/kyrgyzstan/">Kyrgyzstan</a> <a href="/en/kazakhstan/">Kazakhstan</a>
<a href="/en/uzbekistan/">Uzbekistan</a> <a href="/en/tajikistan/">Tajikistan</a>
<a href="/en/economy/">Economy</a> <a href="/en/society/">Society</a>
<a href="/en/incidents/">Incidents</a></nav>
<div class="cah-rates">USD 87.45 &#183; EUR 99.80 &#183; RUB 1.09</div>
</header>
<main>
<div class="cah-crumbs"><a href="/en/">Home</a> / <a href="/en/incidents/">Incidents</a></div>
<article>
<h1>{headline}</h1>
<div class="cah-info"><span class="cah-date">{stamp}</span>
<span class="cah-views">&#128065; {views}</span> <span class="cah-author">{author}</span></div>
<p class="cah-lead"><strong>{lead}</strong></p>
<figure class="cah-photo"><img src="/upload/2026/07/toktogul-damage.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<div class="cah-text">
{body.replace("[[AD]]", ad)}
</div>
<p class="cah-reuse">When using materials from the site, an active hyperlink to Central Asia
Herald is required.</p>
<div class="cah-share"><a href="#">Telegram</a> <a href="#">WhatsApp</a> <a href="#">VK</a>
<a href="#">Facebook</a></div>
</article>
<aside class="cah-feed"><h3>News feed</h3><ul>
<li><a href="/en/">Bishkek: new trolleybus line opens on Chui Avenue</a></li>
<li><a href="/en/">Kazakhstan raises wheat export quota for July</a></li>
<li><a href="/en/">Issyk-Kul resorts report record June bookings</a></li>
</ul></aside>
</main>
<footer class="cah-footer"><p>&#169; 2026 Central Asia Herald. Registered as a mass media
outlet. Editorial office: Bishkek. <a href="/en/contacts/">Contacts</a> &#183;
<a href="/en/advertising/">Advertising</a></p></footer>
</body>
</html>
"""


def _rts(*, url: str, headline: str, summary: str, date: str, body: str, caption: str) -> str:
    """Radio Tien Shan: a public broadcaster's English service (date, no time)."""
    ad = ('<aside class="rts-inline"><h4>Read more</h4><a href="/en/society/">How Kyrgyzstan '
          'checks its schools for earthquake safety</a></aside>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | Radio Tien Shan English</title>
<meta name="description" content="{summary}">
<meta property="og:title" content="{headline}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Radio Tien Shan">
</head>
<body>
<a class="rts-skip" href="#rts-story">Skip to main content</a>
<header class="rts-header"><a href="/en/" class="rts-brand">Radio Tien Shan</a>
<span class="rts-public">Public broadcaster of the Kyrgyz Republic &#8212; English
service</span>
<nav><a href="/en/news/">News</a> <a href="/en/society/">Society</a> <a href="/en/culture/">
Culture</a> <a href="/en/programmes/">Programmes</a> <a href="/en/live/">&#9654; Live
radio</a> <a href="/en/podcasts/">Podcasts</a></nav></header>
<main id="rts-story">
<article>
<p class="rts-rubric">News</p>
<h1>{headline}</h1>
<p class="rts-date">{date}</p>
<p class="rts-summary">{summary}</p>
<div class="rts-player"><button>&#9654; Listen</button>
<span>Radio report (3 min 40 sec)</span></div>
<figure><img src="/media/2026/07/quake-rescue.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<div class="rts-body">
{body.replace("[[AD]]", ad)}
</div>
<p class="rts-tags">Tags: <a href="/en/tag/earthquake/">earthquake</a>
<a href="/en/tag/jalal-abad/">Jalal-Abad</a> <a href="/en/tag/emergencies/">emergencies</a></p>
</article>
</main>
<div class="rts-cookie">This site uses cookies for statistics only.
<button>I agree</button></div>
<footer class="rts-footer"><p>Radio Tien Shan English Service. All materials are the property
of the broadcaster. <a href="/en/about/">About us</a> &#183; <a href="/en/contacts/">Contacts</a>
&#183; <a href="/en/frequencies/">Frequencies</a></p></footer>
</body>
</html>
"""


def _seismic(*, url: str, headline: str, author: str, date: str, iso: str, body: str,
             caption: str) -> str:
    """Seismic Notes: an earthquake scientist's blog."""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{headline} | Seismic Notes</title>
<meta name="generator" content="WordPress 6.8">
<meta property="og:title" content="{headline}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
</head>
<body class="single">
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header"><h1 class="site-title"><a href="/">Seismic Notes</a></h1>
<p class="site-description">Earthquakes explained, usually within a day</p>
<nav><a href="/">Home</a> <a href="/about/">About</a> <a href="/glossary/">Glossary</a>
<a href="/faq/">FAQ: magnitude vs intensity</a> <a href="/donate/">Buy me a coffee</a></nav>
</header>
<div id="content" class="site-content">
<article class="post">
<h2 class="entry-title">{headline}</h2>
<div class="entry-meta">Posted on <time datetime="{iso}">{date}</time> by {author}</div>
<div class="entry-content">
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/07/kg-map.png" alt="Map">
<figcaption>{caption}</figcaption></figure>
{body}
</div>
<div class="sharedaddy"><h3>Share this:</h3><a href="#">Bluesky</a> <a href="#">Mastodon</a>
<a href="#">Email</a> <a href="#">Print</a></div>
<div class="entry-footer">Categories: <a href="/category/asia/">Asia</a>,
<a href="/category/tectonics/">Tectonics</a> | <a href="#comments">7 Comments</a></div>
</article>
<div id="comments"><h3>7 thoughts on this post</h3><p>Comments are held for moderation.</p>
</div>
</div>
<aside class="widget-area"><section><h3>Recent Posts</h3><ul>
<li><a href="/">Why the aftershock forecast changed overnight</a></li>
<li><a href="/">A quiet month on the Alpine Fault (and why that is normal)</a></li>
</ul></section><section><h3>Subscribe</h3><p>Get new posts by email.</p>
<form><input type="email"><button>Follow</button></form></section></aside>
<footer class="site-footer"><p>Seismic Notes. Opinions are the author&#8217;s own, not her
employer&#8217;s. Proudly powered by WordPress.</p></footer>
</body>
</html>
"""


# =============================================================================================
# Story 5: earthquake. Western Kyrgyzstan, 03:17 local time on Thursday 9 July 2026 (21:17 UTC
# on Wednesday 8 July). Planted: magnitude (6.1 vs 6.4, Seismic Notes), depth (10 km vs 33 km,
# Central Asia Herald), local time (3:17 vs 4:17 a.m., Radio Tien Shan). Meridian's early
# toll (at least two dead) is updated by later pages to four; that is not planted.
# =============================================================================================

_S5_MERIDIAN_BODY = """
<p>BISHKEK, July 9 (Meridian Wire) - A magnitude 6.1 earthquake struck western Kyrgyzstan
early on Thursday, killing at least two people, injuring 15 and damaging houses in mountain
villages near the Toktogul reservoir, the country's emergencies ministry said.</p>
<p>The quake hit at 3:17 a.m. local time (2117 GMT on Wednesday) at a depth of 10 km (6
miles), with its epicentre about 24 km north-east of the town of Toktogul in the Jalal-Abad
region, the U.S. Geological Survey said.</p>
<p>It was felt in the capital Bishkek and in Osh, the country's second city, where residents
ran into the streets in the dark, according to witnesses and social media posts.</p>
<p>"Rescue teams are going house by house in the villages closest to the epicentre," Aizada
Temirbekova, a spokeswoman for the Ministry of Emergency Situations, told Meridian by
telephone. "Many houses there are built of mud brick, and that is where we are most
worried."</p>
[[AD]]
<p>The two people confirmed dead were killed when the roof of a house collapsed in the village
of Ak-Tash, she said. Most of the injured were taken to hospital in Toktogul.</p>
<p>The ministry said it had received reports of damaged houses from at least five villages in
the district, and that the figures could rise once teams reached more remote settlements after
daybreak.</p>
<p>Residents of Toktogul described violent shaking that sent crockery and furniture crashing
to the floor. Electricity was cut in parts of the district after the quake, the ministry
said.</p>
<p>Landslides blocked sections of the highway linking Bishkek with Osh near the Ala-Bel pass,
the ministry said, and heavy machinery had been sent to clear the road.</p>
<p>The state power company said engineers were inspecting the Toktogul hydroelectric dam, the
country's largest, as a precaution. There were no immediate reports of damage to the dam.</p>
<p>Several aftershocks followed the main quake, the strongest of magnitude 4.6, the Kyrgyz
Institute of Seismology said.</p>
<p>Kyrgyzstan sits in the Tien Shan mountains, one of the most seismically active regions of
Central Asia, where the slow northward push of the Indian plate squeezes the Eurasian
crust.</p>
<p>The government said it would convene an emergency commission on Thursday morning to assess
the damage and the need for shelter for families whose homes were no longer safe. Temirbekova
said tents and blankets were being sent from regional stockpiles in Jalal-Abad.</p>
<p>The quake struck during the summer school holidays, and there were no reports of damage to
hospitals, the ministry said.</p>
<p>Neighbouring Uzbekistan's emergencies ministry said the tremor had been felt in the Fergana
Valley but had caused no damage there.</p>
<p>Kyrgyzstan, a mountainous former Soviet republic of about 7 million people, has a large stock
of older rural houses built without reinforcement, which engineers have long warned are
vulnerable to strong shaking.</p>
"""

_S5_MERIDIAN = _meridian(
    url="https://www.meridianwire.example/world/asia-pacific/kyrgyzstan-earthquake-toktogul-"
        "2026-07-08/",
    section="World",
    headline="Strong quake hits western Kyrgyzstan, at least two dead",
    summary="A magnitude 6.1 earthquake struck near the Toktogul reservoir in western "
            "Kyrgyzstan early on Thursday, the emergencies ministry said.",
    iso="2026-07-08T23:05:00Z",
    stamp="July 8, 2026 11:05 PM GMT",
    authors=["Aigerim Sadykova"],
    body=_S5_MERIDIAN_BODY,
    credits="Reporting by Aigerim Sadykova in Bishkek; Additional reporting by Olzhas Bekov "
            "in Almaty; Editing by Simon Fairweather",
    related=["Tajikistan says dam inspections complete after spring tremors",
             "Central Asia's aging hydro dams face climate test",
             "Uzbekistan, Kyrgyzstan sign water-sharing deal for summer season"],
)

_S5_CAH_BODY = """
<p>The death toll from the earthquake that struck the Toktogul district of Jalal-Abad region
early on Thursday has risen to four, the Ministry of Emergency Situations said at a briefing in
Bishkek at midday. Thirty-seven people have sought medical help, 11 of whom remain in
hospital.</p>
<p>The tremor was recorded at 03:17 local time. According to the US Geological Survey, its
magnitude was 6.1 and the focus lay at a depth of 33 km. The epicentre was located
approximately 24 km north-east of Toktogul town.</p>
<p>Ministry spokeswoman Aizada Temirbekova said rescuers had recovered two more bodies in the
morning from a collapsed house in the village of Ak-Tash, where two residents were killed
overnight. All four victims were from the same village.</p>
<p>&#171;Our teams worked through the night and continue to check every house in the affected
villages. Families whose houses are unsafe are being moved to tents,&#187; she said.</p>
<p>According to preliminary data, 643 residential houses were damaged, of which 85 will have to
be demolished. Two schools and a medical post in Ak-Tash also suffered cracks to their
walls.</p>
[[AD]]
<p>Traffic on the Bishkek&#8211;Osh highway was restored by midday after road crews cleared
landslides near the Ala-Bel pass. The Ministry of Transport asked drivers to avoid the route
after dark until further notice.</p>
<p>The cabinet declared a state of emergency in Toktogul district. Each family that lost a
relative will receive a one-off payment of 100,000 soms, the government press service said.</p>
<p>Specialists of the state power company examined the Toktogul hydroelectric station and the
dam and found no damage. The station continued to operate normally. Electricity supply, cut in
parts of the district after the tremor, had been restored by morning.</p>
<p>The ministry said more than 200 rescuers and dozens of vehicles had been deployed to the
district, and that field kitchens were serving hot meals in Ak-Tash and two neighbouring
villages.</p>
<p>Kanat Abdrakhmanov, director of the Institute of Seismology of the National Academy of
Sciences, said that more than 20 aftershocks had been recorded by Thursday morning, the
strongest of them magnitude 4.6.</p>
<p>&#171;Aftershocks will continue for several weeks, although their strength should decrease.
We ask residents not to return to damaged houses,&#187; Abdrakhmanov said. He added that
specialists would survey the area to assess whether there was a risk of new landslides on the
slopes above the villages.</p>
<p>Residents of Toktogul told the Herald that the shaking lasted about 20 seconds.
&#171;Everything in the kitchen fell down. We grabbed the children and ran outside and stayed in
the garden until morning,&#187; said Gulnara Asanova, a teacher.</p>
<p>The earthquake was also felt in Bishkek, Osh, Jalal-Abad and Talas. No damage was reported in
those cities.</p>
<p>The Toktogul district lies in the zone of the Talas&#8211;Fergana fault, one of the largest
geological faults in Central Asia. Strong earthquakes in this area have been recorded many
times, including the destructive Suusamyr earthquake of 1992.</p>
"""

_S5_CAH = _cah(
    url="https://centralasiaherald.example/en/incidents/2026/07/09/toktogul-earthquake-"
        "death-toll-rises-to-four",
    headline="Toktogul earthquake: death toll rises to four, over 600 houses damaged",
    lead="The number of victims of Thursday&#8217;s earthquake in Jalal-Abad region has risen "
         "to four, the emergencies ministry said.",
    author="Ainura Toktosunova",
    stamp="09.07.2026 14:20",
    views="18 204",
    body=_S5_CAH_BODY,
    caption="A damaged house in the village of Ak-Tash, Toktogul district. Photo: Ministry of "
            "Emergency Situations",
)

_S5_RTS_BODY = """
<p>Four people were killed and 37 injured when a strong earthquake shook the Toktogul district
of Jalal-Abad region in the early hours of Thursday. The Ministry of Emergency Situations says
more than 600 houses have been damaged.</p>
<p>The earthquake struck at 4:17 a.m., when most people were asleep. The US Geological Survey
measured its magnitude at 6.1 and its depth at about 10 kilometres. The epicentre was around 24
kilometres north-east of Toktogul.</p>
<p>Our correspondent in Toktogul, Bakyt Jumabaev, reached the village of Ak-Tash, the worst-hit
settlement, in the morning.</p>
<p>&#8220;The old part of the village is badly damaged. Several houses built of adobe have
simply folded. People are sitting on the street with whatever they managed to carry out,&#8221;
he reported. &#8220;Rescuers and volunteers from neighbouring villages are clearing rubble by
hand where the machinery cannot reach.&#8221;</p>
<p>All four of those who died lived in Ak-Tash, the ministry said.</p>
<p>Doctors at the Toktogul district hospital said most of the injured had fractures and cuts.
Eleven people remained in hospital on Thursday afternoon, and two of them were taken by
ambulance to Jalal-Abad for surgery.</p>
<p>Schools in the district are closed for the summer holidays. Local officials said some school
buildings would be used as temporary shelters once engineers had confirmed they were safe.</p>
[[AD]]
<h2>Aid on the way</h2>
<p>The cabinet has declared a state of emergency in Toktogul district. Trucks carrying tents,
blankets, drinking water and field kitchens left Jalal-Abad and Bishkek during the day.</p>
<p>Ministry spokeswoman Aizada Temirbekova said on our morning programme that search
operations in Ak-Tash were complete. &#8220;We have checked every house that was reported. Now
the work is to give people shelter and to make sure nobody goes back into a house that could
still collapse,&#8221; she said.</p>
<p>The Bishkek&#8211;Osh highway, which was blocked by landslides near the Ala-Bel pass, was
reopened around midday.</p>
<h2>Dam checked</h2>
<p>Engineers from the state power company inspected the Toktogul hydroelectric dam after the
earthquake and found no damage, the company said. The reservoir behind the dam is the largest
in Central Asia&#8217;s Syr Darya basin and is important for irrigation downstream in
Uzbekistan and Kazakhstan.</p>
<h2>More aftershocks expected</h2>
<p>Seismologists have recorded more than 20 aftershocks, the strongest of magnitude 4.6.
Kanat Abdrakhmanov of the Institute of Seismology told Radio Tien Shan that smaller tremors
could continue for weeks.</p>
<p>&#8220;This is normal after an earthquake of this size. Each one should be weaker, but
people should not sleep in damaged houses,&#8221; he said.</p>
<p>The ministry has opened a telephone hotline for relatives seeking news of family members in
the district.</p>
<p>Residents in Bishkek and Osh also felt the tremor. In Bishkek, some people left their
apartments and waited outside until dawn.</p>
<p>Radio Tien Shan will broadcast a special programme from Toktogul at 19:00 this evening.</p>
"""

_S5_RTS = _rts(
    url="https://radiotienshan.example/en/news/2026-07-09/earthquake-toktogul-four-dead",
    headline="Earthquake in Toktogul district: four dead, dozens injured",
    summary="Rescuers have completed searches in Ak-Tash; more than 600 houses are damaged.",
    date="9 July 2026",
    body=_S5_RTS_BODY,
    caption="Residents of Ak-Tash outside damaged houses on Thursday. Photo: Radio Tien Shan",
)

_S5_SEISMIC_BODY = """
<p>A shallow, strong earthquake hit western Kyrgyzstan at 21:17 UTC on July 8 &#8212; 03:17 on
July 9 local time &#8212; and it has done the kind of damage you would expect from a quake this
size under villages built largely of mud brick. Kyrgyz authorities are reporting four deaths
and more than 600 damaged houses around Toktogul.</p>
<p>Here is what we know about the earthquake itself.</p>
<h3>The numbers</h3>
<ul>
<li><b>Magnitude:</b> USGS has it at M6.4 (moment magnitude).</li>
<li><b>Depth:</b> 10 km. Treat this with care &#8212; 10 km is often a fixed default depth
when the data don&#8217;t constrain it well. It was clearly shallow, though.</li>
<li><b>Location:</b> about 24 km NE of Toktogul, in the Jalal-Abad region, just north of the
Toktogul reservoir.</li>
<li><b>Aftershocks:</b> more than 20 so far according to the Kyrgyz Institute of Seismology,
largest M4.6.</li>
</ul>
<h3>Why here?</h3>
<p>The Tien Shan is what happens when a continent gets pushed from a very long way away. India
is still moving north into Asia, and a surprising amount of that convergence &#8212; on the
order of 20 mm per year &#8212; is taken up by shortening across the Tien Shan, more than 1,000
km from the actual plate boundary. The range is stacked with thrust faults that accommodate
that squeeze.</p>
<p>The Toktogul area also sits close to the Talas&#8211;Fergana fault, a huge strike-slip
fault that slices diagonally across Kyrgyzstan. The preliminary USGS focal mechanism for this
event shows oblique-reverse faulting &#8212; mostly thrust, with a sideways component &#8212;
which fits the messy geometry where those two styles of faulting meet. I would not yet tie the
earthquake to any particular mapped fault; that needs the aftershock locations to settle.</p>
<h3>Why the damage?</h3>
<p>Shallow depth means the energy is released close to the surface, so shaking near the
epicentre is intense. The USGS ShakeMap estimates strong to very strong shaking around the
villages closest to the rupture. Add unreinforced adobe houses and steep slopes prone to
landslides and you get exactly the pattern being described: collapsed roofs, cracked walls,
and a highway cut by slides near the Ala-Bel pass.</p>
<p>The good news, for now, is the Toktogul dam. This is a 215-meter concrete dam holding back
one of the biggest reservoirs in Central Asia, and people understandably worry about it after
every quake in the region. The operator says it was inspected and no damage was found. Large
dams in seismic zones are designed for much stronger shaking than most houses nearby, which is
a large part of why this answer is the usual one.</p>
<h3>What next?</h3>
<p>Aftershocks will keep coming, with a steadily falling rate. The chance of a larger
earthquake following this one is small but not zero &#8212; roughly a few percent in the coming
week, by the usual statistics. The bigger practical risk is damaged houses that look fine and
aren&#8217;t. If you know people in the area: don&#8217;t go back inside a cracked adobe house
to sleep.</p>
<p>For historical context, the 1992 Suusamyr earthquake, farther north-east in the Tien Shan,
was much larger and triggered huge landslides. This one is smaller, but the same mountains
produce the same hazards.</p>
<p><i>Update, 11:40 UTC: added the aftershock count from the Kyrgyz Institute of Seismology and
the dam inspection result.</i></p>
"""

_S5_SEISMIC = _seismic(
    url="https://seismicnotes.example/2026/07/09/kyrgyzstan-toktogul-earthquake/",
    headline="M6.4 near Toktogul, Kyrgyzstan: a shallow quake in the squeezed Tien Shan",
    author="Dr. Helen Marsh-Okoro",
    date="July 9, 2026",
    iso="2026-07-09T07:30:00Z",
    body=_S5_SEISMIC_BODY,
    caption="Epicenter (star) and aftershocks, with the Talas-Fergana fault in red. Map based "
            "on USGS data.",
)


def _highveld(*, url: str, headline: str, intro: str, author: str, iso: str, stamp: str,
              body: str, caption: str) -> str:
    """The Highveld Times: a South African national daily."""
    ad = ('<div class="ht-advert"><p>ADVERTISEMENT</p><div class="ht-advert-slot"></div>'
          '<p>CONTINUE READING BELOW</p></div>')
    return f"""<!DOCTYPE html>
<html lang="en-ZA">
<head>
<meta charset="utf-8">
<title>{headline} | The Highveld Times</title>
<meta name="description" content="{intro}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="The Highveld Times">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="News">
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{headline}",
"datePublished":"{iso}","author":[{{"@type":"Person","name":"{author}"}}],
"publisher":{{"@type":"Organization","name":"The Highveld Times"}}}}
</script>
</head>
<body>
<a href="#ht-article" class="ht-skip">Skip to content</a>
<div class="ht-popia">We use cookies in line with the Protection of Personal Information Act
(POPIA). <a href="/privacy/">Read our privacy policy</a> <button>Accept</button></div>
<header class="ht-header"><a class="ht-logo" href="/">The Highveld Times</a>
<nav><a href="/news/">News</a> <a href="/news/politics/">Politics</a>
<a href="/news/courts/">Courts</a> <a href="/business/">Business</a>
<a href="/environment/">Environment</a> <a href="/sport/">Sport</a>
<a href="/lifestyle/">Lifestyle</a> <a href="/opinion/">Opinion</a></nav>
<a class="ht-sub" href="/subscribe/">Subscribe from R75 a month</a></header>
<main>
<article id="ht-article">
<div class="ht-section"><a href="/news/courts/">Courts</a></div>
<h1>{headline}</h1>
<p class="ht-intro">{intro}</p>
<div class="ht-byline">{author} <span class="ht-premium">PREMIUM</span></div>
<div class="ht-time">{stamp}</div>
<div class="ht-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a>
<a href="#">WhatsApp</a> <a href="#">Email</a></div>
<figure><img src="/images/2026/08/sca-bloemfontein.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<div class="ht-body">
{body.replace("[[AD]]", ad)}
</div>
<div class="ht-join">Join the conversation: <a href="/whatsapp/">Get The Highveld Times on
WhatsApp</a></div>
</article>
<aside class="ht-latest"><h2>Latest in Courts</h2><ul>
<li><a href="/news/courts/">Eskom tender accused back in court next month</a></li>
<li><a href="/news/courts/">ConCourt reserves judgment in municipal rates dispute</a></li>
<li><a href="/news/courts/">Judge orders province to fix rural school toilets</a></li>
</ul></aside>
</main>
<footer class="ht-footer"><p>&#169; 2026 Highveld Media Holdings. The Highveld Times is a member
of the Press Council and subscribes to the Press Code. <a href="/complaints/">Complaints</a> |
<a href="/terms/">Terms</a> | <a href="/privacy/">Privacy</a></p></footer>
</body>
</html>
"""


def _lexbrief(*, url: str, headline: str, date: str, author: str, casebox: str,
              body: str) -> str:
    """LexBrief SA: a specialist legal-news service."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} &#8211; LexBrief SA</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="LexBrief SA">
<meta name="citation_publisher" content="LexBrief SA">
</head>
<body>
<a href="#lb-main" class="lb-skip">Skip to main content</a>
<header class="lb-header"><a href="/" class="lb-logo">LexBrief<span>SA</span></a>
<nav><a href="/judgments/">Judgments</a> <a href="/legislation/">Legislation</a>
<a href="/practice-areas/environmental/">Environmental</a>
<a href="/practice-areas/mining/">Mining &amp; Resources</a> <a href="/cpd/">CPD Webinars</a>
<a href="/jobs/">Legal Jobs</a></nav>
<div class="lb-login"><a href="/login/">Member login</a></div></header>
<main id="lb-main">
<article class="lb-note">
<p class="lb-type">Case note</p>
<h1>{headline}</h1>
<p class="lb-meta">{date} &#183; {author}</p>
<div class="lb-casebox">{casebox}</div>
<div class="lb-body">
{body}
</div>
<p class="lb-disclaimer">This note is a summary for information purposes and is not legal
advice. Readers should consult the full judgment.</p>
</article>
<aside class="lb-aside"><h3>Upcoming CPD</h3><ul>
<li><a href="/cpd/">Water use licensing after the latest appellate rulings</a></li>
<li><a href="/cpd/">Drafting effective review applications</a></li>
</ul><h3>Weekly digest</h3><p>All reportable judgments, every Monday.</p>
<form><input type="email" placeholder="Work email"><button>Subscribe</button></form></aside>
</main>
<footer class="lb-footer"><p>LexBrief SA (Pty) Ltd &#183; Cape Town &#183;
<a href="/terms/">Terms</a> &#183; <a href="/privacy/">Privacy</a> &#183;
<a href="/paia/">PAIA Manual</a></p></footer>
</body>
</html>
"""


def _lowveld(*, url: str, headline: str, date: str, author: str, body: str,
             caption: str) -> str:
    """Lowveld Courier: a regional weekly-turned-daily site in Mpumalanga."""
    ad = ('<div class="lc-ad"><small>Advertisement</small><div class="lc-ad-body">'
          '</div></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | Lowveld Courier</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Lowveld Courier">
<meta name="news_keywords" content="eMkhondo, coal, water licence, SCA">
</head>
<body>
<a class="lc-skip" href="#lc-main">Skip to main content</a>
<div class="lc-weather">eMkhondo 19&#176;C &#183; Mbombela 26&#176;C &#183; Ermelo 17&#176;C</div>
<header class="lc-header"><a href="/" class="lc-logo">Lowveld Courier</a>
<nav><a href="/news/">News</a> <a href="/local/">Local</a> <a href="/business/">Business</a>
<a href="/community/">Community</a> <a href="/sport/">Sport</a> <a href="/classifieds/">
Classifieds</a> <a href="/e-edition/">E-Edition</a></nav></header>
<main id="lc-main">
<article>
<p class="lc-cat">Local News</p>
<h1>{headline}</h1>
<p class="lc-dateline">{date} &#8212; {author}</p>
<figure><img src="/uploads/2026/08/wetland.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<div class="lc-body">
{body.replace("[[AD]]", ad)}
</div>
<div class="lc-whatsapp">Join our community WhatsApp group for local news alerts.</div>
</article>
<aside class="lc-popular"><h3>Popular this week</h3><ol>
<li><a href="/local/">Taxi strike: routes affected on Monday</a></li>
<li><a href="/community/">Spring day fun run raises R40 000 for hospice</a></li>
<li><a href="/sport/">Local side through to provincial rugby semi-final</a></li>
</ol></aside>
</main>
<footer class="lc-footer"><p>&#169; Lowveld Courier. All rights reserved.
<a href="/privacy/">Privacy</a> &#183; <a href="/contact/">Contact us</a> &#183;
<a href="/advertise/">Advertise</a></p></footer>
</body>
</html>
"""


# =============================================================================================
# Story 6: court. South Africa's Supreme Court of Appeal sets aside a coal mine's water use
# licence, Thursday 27 August 2026. Planted: vote split (3-2 vs 4-1, Lowveld Courier), court
# appealed from (Mpumalanga Division in Mbombela vs Gauteng Division in Pretoria, LexBrief
# SA), deadline for a fresh decision (180 vs 90 days, Lowveld Courier).
# =============================================================================================

_S6_HIGHVELD_BODY = """
<p>The Supreme Court of Appeal has set aside the water use licence for a planned open-cast coal
mine near Driefontein in Mpumalanga, finding that the department of water and sanitation
approved it without properly considering the damage the mine would do to a wetland at the head
of the Assegaai River.</p>
<p>In a 3-2 judgment handed down in Bloemfontein on Thursday, the majority upheld an appeal by
the Mkhondo Water Action Group, a coalition of farmers, residents and church groups in the
eMkhondo area, against Vaalbank Anthracite and the minister of water and sanitation.</p>
<p>&#8220;A licence that is blind to the wetland it drains is not a licence that the National
Water Act recognises,&#8221; Justice Nandi Khumalo-Peters wrote for the majority, with Justices
Rashida Ebrahim and Lwazi Mthembu concurring.</p>
<p>The court sent the application back to the department&#8217;s director-general, who must
take a fresh decision within 180 days after a new specialist assessment of the wetland and a
new round of public participation. The company and the minister were ordered to pay the
group&#8217;s legal costs, including the costs of two counsel.</p>
<p>Justice Pieter Swanepoel dissented, with acting Justice Anneke van Wyk agreeing with him. In
his minority judgment, Swanepoel said the department had followed its own procedures and that
the court was being asked to second-guess a technical judgment.</p>
<p>&#8220;It is not for this court to substitute its own preference for the technical judgment of
the regulator, however much sympathy one may have for the appellants,&#8221; he wrote.</p>
[[AD]]
<h3>Years-long fight</h3>
<p>Vaalbank Anthracite was granted the licence in March 2023 for a mine that would produce
about 1.8 million tonnes of anthracite a year over a 22-year life. The company has said the
R2.4 billion project would create about 650 permanent jobs in an area with high
unemployment.</p>
<p>The action group&#8217;s appeal to the Water Tribunal was dismissed in February 2024, and the
Mpumalanga Division of the High Court, sitting in Mbombela, dismissed its review application
in June 2025. The SCA granted leave to appeal on petition.</p>
<p>At the centre of the case is the Mawandla wetland, which feeds the upper Assegaai River and,
downstream, Heyshope Dam. The group argued that the mine&#8217;s plan to divert and dewater
parts of the wetland would permanently reduce flows, and that the offset the company proposed
&#8212; rehabilitating a wetland elsewhere in the catchment &#8212; had never been properly
tested.</p>
<p>The majority agreed. It found that the department had accepted the company&#8217;s offset
plan without the independent specialist review its own guidelines require, and had therefore
failed to consider a relevant matter.</p>
<h3>Reaction</h3>
<p>Zanele Mabuza-Hart, an attorney at the Lowveld Environmental Justice Centre, which
represented the group, said the ruling would be felt well beyond eMkhondo.</p>
<p>&#8220;This is a win for every community that lives downstream of a mine. The court has said
clearly that you cannot offset your way around the law,&#8221; she said.</p>
<p>Vaalbank Anthracite spokesperson Hendrik Botha-Nel said the company was disappointed and was
studying the judgment with its lawyers. &#8220;We will consider all our options, including an
application for leave to appeal to the Constitutional Court,&#8221; he said.</p>
<p>Department spokesperson Thulani Mdletshe said the department respected the ruling and would
comply with the order.</p>
"""

_S6_HIGHVELD = _highveld(
    url="https://www.highveldtimes.example/news/courts/2026-08-27-sca-sets-aside-water-"
        "licence-for-mkhondo-coal-mine/",
    headline="SCA sets aside water licence for Mkhondo coal mine in split ruling",
    intro="Majority finds department ignored damage to wetland feeding the Assegaai River",
    author="Lindiwe Dube-Ferreira",
    iso="2026-08-27T13:32:00Z",
    stamp="27 August 2026 - 15:32",
    body=_S6_HIGHVELD_BODY,
    caption="The Supreme Court of Appeal in Bloemfontein. File photo: The Highveld Times",
)

_S6_LEXBRIEF_BODY = """
<h2>Summary</h2>
<p>A divided Supreme Court of Appeal has held that a water use licence authorising an open-cast
coal mine to divert and dewater a wetland was reviewable because the decision-maker accepted a
proposed wetland offset without the specialist verification required by the department&#8217;s
own offset guidelines. The licence was set aside and the matter remitted for reconsideration.
</p>
<h2>Background</h2>
<p>In March 2023 the Department of Water and Sanitation issued Vaalbank Anthracite (Pty) Ltd
with an integrated water use licence covering, among other things, section 21(c) and (i) water
uses in and around the Mawandla wetland in the upper Assegaai catchment, near Driefontein in the
Mkhondo Local Municipality. The licence was premised on an offset: the company would
rehabilitate a degraded wetland elsewhere in the catchment to compensate for the loss.</p>
<p>The Mkhondo Water Action Group appealed unsuccessfully to the Water Tribunal, which dismissed
the appeal in February 2024. It then brought a review in the Gauteng Division of the High Court,
Pretoria, relying on section 6(2)(e)(iii) of PAJA (relevant considerations not considered) and
on the precautionary principle in section 2(4)(a)(vii) of NEMA. The review was dismissed in June
2025. The SCA granted leave to appeal on petition.</p>
<h2>The majority</h2>
<p>Khumalo-Peters JA (Ebrahim JA and Mthembu JA concurring) held that section 27(1) of the
National Water Act obliges a responsible authority to consider, among other factors, the likely
effect of the water use on the water resource and on other users. Where a licence depends on an
offset, the authority must be satisfied on proper evidence that the offset is capable of
achieving what it claims. A bare acceptance of the applicant&#8217;s specialist report, in the
face of the department&#8217;s own requirement of independent review, did not meet that
standard.</p>
<blockquote>&#8220;A licence that is blind to the wetland it drains is not a licence that the
National Water Act recognises.&#8221;</blockquote>
<p>The majority emphasised that it was not deciding whether the mine should proceed. The defect
lay in the process, not in the outcome.</p>
<h2>The minority</h2>
<p>Swanepoel JA (van Wyk AJA concurring) would have dismissed the appeal. In his view the
department had considered the offset, engaged with objections and imposed monitoring
conditions; the appellants&#8217; complaint was in substance about the weight given to
competing expert opinions, which is not a ground of review.</p>
<blockquote>&#8220;It is not for this court to substitute its own preference for the technical
judgment of the regulator, however much sympathy one may have for the appellants.&#8221;
</blockquote>
<h2>Order</h2>
<ol>
<li>The appeal is upheld with costs, including the costs of two counsel, to be paid by the first
and third respondents jointly and severally.</li>
<li>The licence is reviewed and set aside.</li>
<li>The application is remitted to the Director-General for reconsideration. A fresh decision
must be taken within 180 days of the order, following an independent specialist assessment of
the proposed offset and renewed public participation.</li>
</ol>
<h2>Comment</h2>
<p>Offsets have become a routine feature of licences in coal and mineral catchments. This
judgment does not prohibit them, but it makes clear that an offset is only as good as the
evidence behind it and that departmental guidelines requiring independent review are not
optional. Practitioners advising applicants should expect offset reports to be tested far more
closely, both by the department and on review. Vaalbank Anthracite has indicated that it is
considering an application for leave to appeal to the Constitutional Court.</p>
"""

_S6_LEXBRIEF = _lexbrief(
    url="https://lexbrief.example/judgments/sca/mkhondo-water-action-group-v-minister-of-"
        "water-and-sanitation",
    headline="Wetland offsets must be verified, not assumed: SCA sets aside coal mine water "
             "licence",
    date="28 August 2026",
    author="Thabo Letsoalo-Grant, Environmental &amp; Mining editor",
    casebox="<dl><dt>Case</dt><dd>Mkhondo Water Action Group and Another v Minister of Water "
            "and Sanitation and Others</dd><dt>Court</dt><dd>Supreme Court of Appeal</dd>"
            "<dt>Case no</dt><dd>611/2025</dd><dt>Judgment delivered</dt><dd>27 August 2026"
            "</dd><dt>Coram</dt><dd>Khumalo-Peters JA, Swanepoel JA, Ebrahim JA, Mthembu JA "
            "and van Wyk AJA</dd><dt>Result</dt><dd>Appeal upheld (3-2)</dd></dl>",
    body=_S6_LEXBRIEF_BODY,
)

_S6_LOWVELD_BODY = """
<p>Residents of Driefontein and surrounding farms who spent more than three years fighting a
proposed coal mine on the edge of their wetland say they can finally sleep easier after the
Supreme Court of Appeal overturned the mine&#8217;s water licence on Thursday.</p>
<p>&#8220;When we started, people told us we were wasting our time, that you can&#8217;t fight a
mining company and the government at the same time,&#8221; said Bongani Zwane, chairperson of
the Mkhondo Water Action Group. &#8220;Today the highest court we could reach said we were
right.&#8221;</p>
<p>The court ruled 4-1 that the department of water and sanitation had not properly considered
what Vaalbank Anthracite&#8217;s open-cast mine would do to the Mawandla wetland, which feeds
the Assegaai River. Only Justice Pieter Swanepoel dissented.</p>
<p>The judges sent the licence application back to the department and gave it 90 days to make
a new decision, after a fresh independent study of the wetland and new public meetings with
the community.</p>
[[AD]]
<h3>&#8216;The water is our life&#8217;</h3>
<p>For Ntombifuthi Shabalala, who grazes cattle on communal land next to the wetland, the case
was never about coal. &#8220;The water is our life. When the rains are late, the wetland is the
only place the cattle can drink,&#8221; she said. &#8220;If they dig it out, where do we
go?&#8221;</p>
<p>The action group lost at the Water Tribunal in February 2024 and again in the high court in
Mbombela in June 2025 before taking the matter to the SCA in Bloemfontein.</p>
<h3>Jobs worry</h3>
<p>Not everyone in eMkhondo is celebrating. The mine would have created about 650 permanent jobs,
according to Vaalbank Anthracite, and some residents had pinned their hopes on it.</p>
<p>&#8220;My son has a certificate in plant operation and he sits at home,&#8221; said Sibusiso
Mavuso, a taxi owner in eMkhondo town. &#8220;I am not against the wetland. But people here
need work.&#8221;</p>
<p>The company&#8217;s spokesperson, Hendrik Botha-Nel, said Vaalbank was disappointed and
studying the judgment. He did not rule out going to the Constitutional Court.</p>
<p>Zanele Mabuza-Hart of the Lowveld Environmental Justice Centre, the group&#8217;s attorney,
said the ruling did not mean there could never be a mine, but that the law had to be followed.
&#8220;If the department wants to approve this mine, it must show its work. That is all the
community ever asked,&#8221; she said.</p>
<p>The department&#8217;s spokesperson, Thulani Mdletshe, said it would comply with the court
order.</p>
<p>The project, worth R2.4 billion, was planned to produce about 1.8 million tonnes of coal a
year for 22 years.</p>
<p>Zwane said the group would hold a community meeting at the Driefontein community hall on
Saturday to explain the judgment. &#8220;We will be watching what the department does next. We
are not going anywhere,&#8221; he said.</p>
"""

_S6_LOWVELD = _lowveld(
    url="https://www.lowveldcourier.example/local/news/driefontein-residents-celebrate-sca-"
        "ruling-against-coal-mine-licence/",
    headline="Driefontein residents celebrate as SCA overturns coal mine&#8217;s water licence",
    date="Friday, 28 August 2026",
    author="Precious Nkosi",
    body=_S6_LOWVELD_BODY,
    caption="The Mawandla wetland near Driefontein, at the centre of the court case. Photo: "
            "Lowveld Courier",
)


# =============================================================================================
# Stories
# =============================================================================================

_PCT = r" ?(%|percent|per cent|pct)"

STORY_1 = _story("rocket-TD1", "rocket", "2026-03-20", [
    _page("https://www.meridianwire.example/science/meghdoot-vayu-1-reaches-orbit-2026-03-18/",
          _S1_MERIDIAN),
    _page("https://www.deccanledger.example/science/space/meghdoot-vayu-1-maiden-flight-orbit-"
          "sriharikota-1184520.html", _S1_DECCAN),
    _page("https://www.orbitdispatch.example/2026/03/18/meghdoot-vayu-1-debut-orbit/",
          _S1_ORBIT),
], [])

STORY_2 = _story("election-TD2", "election", "2026-11-02", [
    _page("https://www.redriverexaminer.example/local/civic-affairs/2026/10/28/"
          "desjarlais-wins-winnipeg-mayoralty", _S2_REDRIVER),
    _page("https://www.northwindpublic.example/news/manitoba/winnipeg-mayor-election-"
          "desjarlais-1.7729104", _S2_NORTHWIND),
    _page("https://www.dominionstandard.example/politics/article-former-nurse-marguerite-"
          "desjarlais-wins-winnipeg-mayoral-race/", _S2_DOMINION),
    _page("https://exchangepost.example/city-hall/desjarlais-mayor-five-takeaways/",
          _S2_EXCHANGE),
], [
    ("voter turnout", r"(?<![\d.])37\.9(?!\d)" + _PCT, r"(?<![\d.])39\.7(?!\d)" + _PCT),
    ("winner's former council ward", r"daniel mcintyre", r"point douglas"),
    ("date new mayor is sworn in",
     r"nov(ember|\.)? 10(?!\d)|(?<!\d)10 nov",
     r"nov(ember|\.)? 17(?!\d)|(?<!\d)17 nov"),
    ("number of mayoral candidates",
     r"^(12|twelve)(?![\d.,])|(?<!\d)(12|twelve)[- ](mayoral )?(candidates?|contenders|names?"
     r"|hopefuls)|field of (12|twelve)(?!\d)",
     r"^(11|eleven)(?![\d.,])|(?<!\d)(11|eleven)[- ](mayoral )?(candidates?|contenders|names?"
     r"|hopefuls)|field of (11|eleven)(?!\d)"),
])

STORY_3 = _story("trade-TD3", "trade", "2026-01-20", [
    _page("https://www.meridianwire.example/commodities/ivory-coast-cashew-export-duty-"
          "2026-01-14/", _S3_MERIDIAN),
    _page("https://www.africamarketsdaily.example/commodities/cote-divoire-lifts-raw-cashew-"
          "export-tax-processing/", _S3_AMD),
    _page("https://westafricacommoditybrief.example/2026/01/15/cashew-abidjan-hikes-rcn-export-"
          "levy/", _S3_WACB),
    _page("https://www.agriledger.example/nuts-dried-fruit/cote-divoire-cashew-duty-vietnam-"
          "india-processors", _S3_AGRI),
], [
    ("raw cashew export duty rate", r"(?<![\d.])15(\.0+)?" + _PCT,
     r"(?<![\d.])18(\.0+)?" + _PCT),
    ("date the higher duty takes effect",
     r"feb(ruary|\.)? 2(?!\d)|(?<!\d)2 feb",
     r"feb(ruary|\.)? 16(?!\d)|(?<!\d)16 feb"),
    ("portfolio of minister who announced the duty",
     r"(trade|commerce)( and industry)? minister|minister (of|for) (trade|commerce)",
     r"agricultur(e|al)( and rural development)? minister|minister (of|for) agricultur"),
    ("how long the higher duty applies",
     r"(?<![\w-])(three|3)[- ]years?", r"(?<![\w-])(five|5)[- ]years?"),
])

STORY_4 = _story("trade-TD4", "trade", "2026-05-29", [
    _page("https://english.papa-news.example/en/economy/20260526-japan-bangladesh-epa-signed/",
          _S4_PAPA),
    _page("https://www.thebengalchronicle.example/business/economy/news/bangladesh-japan-sign-"
          "epa-duty-free-access-to-continue-after-ldc-graduation-3902211", _S4_BENGAL),
    _page("https://asia.nbr-online.example/trade/japan-bangladesh-epa-garments-auto-parts-"
          "20260526", _S4_NBR),
], [])

STORY_5 = _story("quake-TD5", "earthquake", "2026-07-12", [
    _page("https://www.meridianwire.example/world/asia-pacific/kyrgyzstan-earthquake-toktogul-"
          "2026-07-08/", _S5_MERIDIAN),
    _page("https://centralasiaherald.example/en/incidents/2026/07/09/toktogul-earthquake-"
          "death-toll-rises-to-four", _S5_CAH),
    _page("https://radiotienshan.example/en/news/2026-07-09/earthquake-toktogul-four-dead",
          _S5_RTS),
    _page("https://seismicnotes.example/2026/07/09/kyrgyzstan-toktogul-earthquake/",
          _S5_SEISMIC),
], [
    ("magnitude", r"(?<![\d.])6\.1(?![\d])", r"(?<![\d.])6\.4(?![\d])"),
    ("depth", r"(?<![\d.])10 ?(km|kilomet)|(?<![\d.])6(\.2)? ?mi(les?)?\b",
     r"(?<![\d.])33 ?(km|kilomet)|(?<![\d.])20(\.5)? ?mi(les?)?\b"),
    ("local time of the quake", r"(?<!\d)0?3[:.]17(?!\d)|(?<!\d)0317(?!\d)",
     r"(?<!\d)0?4[:.]17(?!\d)|(?<!\d)0417(?!\d)"),
])

STORY_6 = _story("court-TD6", "court", "2026-09-02", [
    _page("https://www.highveldtimes.example/news/courts/2026-08-27-sca-sets-aside-water-"
          "licence-for-mkhondo-coal-mine/", _S6_HIGHVELD),
    _page("https://lexbrief.example/judgments/sca/mkhondo-water-action-group-v-minister-of-"
          "water-and-sanitation", _S6_LEXBRIEF),
    _page("https://www.lowveldcourier.example/local/news/driefontein-residents-celebrate-sca-"
          "ruling-against-coal-mine-licence/", _S6_LOWVELD),
], [
    ("vote split", r"(?<!\d)3 ?[-\u2013\u2014] ?2(?!\d)|three[- ](to[- ])?two|3 to 2",
     r"(?<!\d)4 ?[-\u2013\u2014] ?1(?!\d)|four[- ](to[- ])?one|4 to 1"),
    ("high court division appealed from", r"mbombela|mpumalanga division",
     r"pretoria|gauteng division"),
    ("deadline for a fresh licence decision",
     r"(?<!\d)180[- ]days?|six months|6 months",
     r"(?<!\d)90[- ]days?|three months|3 months"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
