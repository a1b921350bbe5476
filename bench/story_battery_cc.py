"""Story battery, part CC — the Andes (Peru, Bolivia, Ecuador, Colombia), events in 2026.

Written by engineer CC1 on 2026-12-07 for the thirtieth batch, a precision batch: most
differences between outlets below are legitimate (a careful editor would accept them) and only
three stories carry planted contradictions, three each. cb-CC1, el-CC2 and eq-CC6 are CONTROLS
with no planted and no real disagreement. All outlets, reporters, companies, most officials and
all figures are invented; real institutions and places (BCRP, INEI, Registraduría, Consejo de
Estado, Ecuador's Constitutional Court, CONAIE, CAF, Enapu, Sunat, CONIDA, Punta Lobos, IGP,
USGS, INDECI) are scenery only. Every domain ends in .example. Zones: Peru, Colombia and Ecuador
are UTC-5 and Bolivia UTC-4 all year; London is BST (UTC+1) in May.

cb-CC1 (central bank, CONTROL). Peru's Central Reserve Bank (BCRP) cut its reference rate by 25
bp from 4.25% to 4.00% at its meeting on Thursday 14 May 2026; statement published 19:00 Lima
(PET) = 00:00 UTC / 01:00 BST Friday 15 May. First cut since March (4.50% -> 4.25% on 12 March),
hold in April. April Lima inflation 1.9% y/y (2.2% in March), core ex food and energy 2.3%,
0.12% m/m, 0.71% January-April; target range 1%-3%; 12-month expectations 2.1%. 11 of 14
economists (Andes Wire poll) expected the cut. Sol closed Thu at 3.52/$, 3.50 at 11:00 Lima
Friday. Reserves $82.4bn (12 May), about 290bn soles. GDP forecast 3.1% for 2026 (March report),
2025 growth 3.3%. President Rosa Elena Quispe Maldonado spoke Friday morning at the Lima Chamber
of Commerce ("not on autopilot"); chief economist Adrián Llosa Bermejo briefed Friday. Next
meeting Thursday 11 June. Outlets: Andes Wire wire (article:published_time 19:14 PET); Mercado
Lima live page (JSON-LD, updates 17:25-20:40 Lima time); The Meridian Ledger next-day London
paper (visible date only, 13:20 BST Fri); EM Rates Desk trade site (no date at all). Traps:
Thursday local vs Friday UTC/BST; 25 basis points vs a quarter point vs 0.25; 4% vs 4.00% vs 4
per cent; headline vs core vs m/m vs year to date; 1.9% inflation vs 1.9% real rate; March cut
4.50->4.25 and 7.75% 2023 peak; forecasts of 3.75% (Cordillera) and a hold to December (Banco
Pacífico Andino); a second, informal poll (7 of 9) attributed to Mercado Lima; sol at different
times; reserves in dollars and soles; quote wordings ("neutral, not dovish"); names with and
without second surnames, BCRP named three ways, Llosa's role phrased two ways; Colombia 8.75%
and Chile 4.50% and sidebar figures.

el-CC2 (election, CONTROL). Atypical mayoral election in Santa Marta, Colombia, Sunday 13
September 2026, polls 08:00-16:00 COT (13:00-21:00 UTC). Final preliminary count (preconteo),
bulletin 12 at 18:23 COT (23:23 UTC), 100% of 1,374 tables: Mariana Isabel Barros Ospino 81,046
(41.89% of valid votes), Jaime Andrés Pertuz Olarte 66,412 (34.32%), Luis Fernando Daza Rincón
31,877 (16.48%), Yolanda Gómez Peralta 8,114 (4.19%), blank 6,038 (3.12%); null 3,441, unmarked
1,332; 198,260 votes of 412,380 registered (48.08%); margin 14,634. Partial bulletins 16:58
(51.2%: 41.2/35.0) and 17:41 (94.6%: 41.7/34.5). Pertuz conceded 19:10 COT (00:10 UTC Monday);
Barros spoke 20:05 on the Camellón. Monday's official count (escrutinio) corrected three tally
sheets: Barros 81,052, Pertuz 66,409 (said so). Called after the Consejo de Estado annulled
Carlos Alberto Noguera Vives's 2023 win (46.2%, turnout 52.4%) in March; term to 31 Dec 2027.
Outlets: Pulso Nacional live page (JSON-LD, COT stamps); Southern Cross Wire (meta 01:20 UTC 14
Sep, GMT times); El Faro Caribe local next day (visible date only); Andean Polls Monitor data
site (no date). Traps: growing partial counts with times; preconteo vs escrutinio revision;
share of valid votes (41.89%) vs of all ballots (40.88%); "nearly 42%", "about 16.5%", "about
48%"; abstention 51.92%; poll forecasts (38/36, 35/37) vs result; 2023 figures; Sunday local vs
Monday UTC; quote wordings ("for water, not for fear"); names with and without second surnames;
"former education secretary" phrased two ways; sidebar figures (48% water losses, 1-1).

ct-CC3 (court, 3 PLANTED). Ecuador's Constitutional Court (nine judges) published on Wednesday
22 July 2026 at 17:30 ECT (22:30 UTC) its ruling in case 41-25-IN: by 7-2 it struck down
Articles 12, 13, 27 and 31 of the 2025 Organic Law on Energy Competitiveness (LOCE; passed 14
Aug 2025 with 79 of 151 votes) for lack of prior consultation; rapporteur Judge Alicia Benavides
Cornejo; dissent Teodoro Villacís Mora and Marcela Endara Ruiz; court president Ramiro Andrade
Poveda with the majority; Assembly given 12 months; three concessions (640 MW, about $1.3bn) in
Pastaza and Morona Santiago suspended. Energy (Energy and Mines) Minister Diego Cárdenas Ayala:
bill within 90 days. Plaintiffs CONAIE and the Federation of Kichwa Communities of Pastaza
(lawyer Lucía Tsakimp); hearing 3 March 2026, five hours. PLANTED: (1) vote split 7-2 right, 6-3
wrong in The Pacific Courier; (2) weekday Wednesday right, "Thursday 22 July" wrong in Andean
Law Review Online; (3) Cárdenas is energy minister, called "environment minister" in Quito al
Día. Outlets: Andes Wire wire (meta 18:05 ECT); Quito al Día local (visible "22/07/2026 · 19:40"
only); The Pacific Courier next-day paper (JSON-LD 23 July); Andean Law Review Online commentary
(no date). Traps: 17:30 local vs 2230 GMT; "12 months" vs "one year"; "seven votes to two"; the
2024 mining case split 5-4; law named in English and Spanish; judges with and without second
surnames; minister's quote in several wordings; "a few hundred" vs "about 300"; 2012 and 2020
failed bills; blackout hours of 2024; 1,500 MW need attributed to the grid operator.

tr-CC4 (trade, 3 PLANTED). Bolivia and Peru signed the Desaguadero Protocol on Transit and Port
Services on Friday 20 March 2026 on the binational bridge at Desaguadero, at 11:00 BOT = 10:00
PET = 15:00 UTC: Bolivian minister Gabriela Choque Mamani (Productive Development and Plural
Economy) and Peru's Javier Solís Reátegui (Foreign Trade and Tourism). Ilo handling fee for
Bolivian transit cargo cut 35%, $14.20 -> $9.23/t from 1 May; integrated border post at
Desaguadero by 1 September 2026; $480 million five-year plan ($300m CAF, $180m governments) for
212 km (132 miles) of the Binational Highway Mazocruz-Moquegua and a dry port at Ilo; 10 years,
renewable. Bolivian cargo via Ilo 1.1m t in 2025, target 3m t by 2030; Arica 3.2m t (Chilean
operator); trade $1.6bn; truck wait 18 h, hauliers' target under 4 h, Sunat's under 6 h.
PLANTED: (1) place of signing Desaguadero right, "Kasani border bridge, near Copacabana" wrong
in Puno en Línea; (2) border post opening 1 September 2026 right, "1 September 2027" wrong in
Negocios Perú; (3) plan $480 million right, "$840 million" wrong in Port & Corridor Weekly.
Outlets: Altiplano Press Agency wire (meta 12:40 BOT); Negocios Perú next-day daily (JSON-LD 21
Mar); Puno en Línea local (visible "20 Mar 2026 · 15:55" only); Port & Corridor Weekly trade
site (no date). Traps: 11:00 Bolivia vs 10:00 Lima; 35% vs "a third less"; $480m vs 1.7bn soles;
km vs miles; 2025 volumes vs 2030 targets; Arica figure attributed; Sunat's and hauliers'
different targets; ministry and protocol named two ways; names with and without second surnames;
quote wordings ("door to the Pacific"); 1992 Ilo agreements; sidebar figures (3.1m t soya, 12.4
bolivianos).

rk-CC5 (rocket, 3 PLANTED). CONIDA's two-stage solid sounding rocket Paulet II lifted off from
Punta Lobos (Pucusana, about 60 km south of Lima) on Tuesday 6 October 2026 at 07:14 PET = 12:14
UTC, after a nine-minute hold (window opened 07:05) and a postponement from Sunday 4 October;
apogee 112 km (70 miles) at T+3 min 11 s (target 105 km; preliminary "at least 110 km", revised
at the 12:40 press conference, said so); 38 kg payload splashed down 68 km (42 miles) offshore
14 min 22 s after lift-off (07:28), recovered by the Navy at 10:05. 9.3 m, 1,140 kg; programme
21m soles (~$5.6m); previous Paulet I-C reached 48 km in November 2024. CONIDA head Elsa Huamaní
Ccori; mission director Rodrigo Palacios Tello. PLANTED: (1) lift-off 07:14 right, 07:41 wrong
in Diario del Pacífico; (2) flight 14 min 22 s right, "24 minutes and 22 seconds" wrong in
Orbital Brief; (3) Huamaní right, "Huamán" wrong in Lima Hoy. Outlets: Southern Cross Wire (meta
18:30 UTC, GMT times); Orbital Brief specialist (no date); Lima Hoy live page (JSON-LD, PET
stamps 06:20-13:05); Diario del Pacífico English edition next day (visible date only). Traps:
07:14 PET vs 1214 GMT; 112 km vs 70 miles; preliminary 110 vs final 112; target 105 vs outcome;
previous 48 km flight; "just over 14 minutes"; Sunday vs Tuesday; the quote in several wordings;
sidebar figures (29 satellites, 2.5m t anchovy quota); another person surnamed Huamán appears
only in eq-CC6.

eq-CC6 (earthquake, CONTROL). Earthquake at 22:48 PET Saturday 8 August 2026 = 03:48 UTC Sunday
9 August, epicentre 27 km SW of Acarí (Caravelí, Arequipa), depth 58 km, magnitude 6.2 per IGP
(automatic 6.0 at 22:55, revised 23:20, said so); USGS 6.4 at 61 km (31 km SSW), EMSC 6.3, all
attributed. No tsunami (Navy, 23:05). INDECI counts grow with time: 23:55 Sat 1 dead/12 injured;
02:30 Sun 3/27; 09:00 Sun 5/48 (204 uninhabitable); 18:00 Sun 6/61, 1,380 homes affected, 312
uninhabitable, 41 collapsed (unchanged 07:00 Monday). 37 aftershocks by noon Sunday, largest
M4.6 at 01:12 PET (06:12 UTC). Pan-American South blocked near Chala, reopened 11:40 Sunday. PM
Álvaro Mendieta Salas; 60-day emergency in nine districts (decree Monday). Outlets: Perú Directo
live page (JSON-LD, PET stamps Sat 22:55-Sun 18:20); Southern Cross Wire (meta 04:25 UTC,
updated 07:40 GMT, with the 02:30 count); Correo del Sur next-day Arequipa paper (visible date
only); Quake Desk explainer (no date). Traps: Saturday local vs Sunday UTC; 6.0/6.2/6.3/6.4 by
agency and time; 58 km vs 36 miles vs USGS 61 km; 460 km vs 285 miles; casualty counts by time;
2007 Pisco, 2001 Arequipa and 2018 M7.1 figures; intensities VI/V/III; sidebar figures (Chile
5.8, Japan 6.9).
"""

from __future__ import annotations

import html
import json

# ---------------------------------------------------------------------------
# Small HTML builder. Each article is written as a plain-text spec: header lines
# ("key: value", continuation lines indented), a line "---", then body blocks
# separated by blank lines. Block kinds:
#   plain paragraph            -> <p>
#   "## text"                  -> <h2>
#   "@@ TIME | text"           -> live-blog update stamped TIME (outlet's zone)
#   "> text || speaker"        -> pull quote
#   "!fig caption || credit"   -> in-body photo with caption and credit
#   "!ad"                      -> advertisement slot
#   "!news"                    -> newsletter sign-up box
#   "!table" + one row a line  -> small data table, cells split on " | "
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _parse(spec: str) -> tuple[dict[str, str], list[list[str]]]:
    head, _, body = spec.strip("\n").partition("\n---\n")
    meta: dict[str, str] = {}
    key = ""
    for line in head.splitlines():
        if line.startswith((" ", "\t")) and key:
            meta[key] += " " + line.strip()
        elif ":" in line:
            key, _, val = line.partition(":")
            key = key.strip()
            meta[key] = val.strip()
    blocks: list[list[str]] = []
    for raw in body.strip().split("\n\n"):
        lines = [ln.strip() for ln in raw.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if lines[0] == "!table":
            blocks.append(["table", *lines[1:]])
        else:
            blocks.append(["text", " ".join(lines)])
    return meta, blocks


SITES: dict[str, dict] = {
    "andeswire": {
        "name": "Andes Wire Service", "style": "wire", "sep": " | ",
        "nav": ["World", "Business", "Markets", "Legal", "Energy", "Andes", "Video"],
        "consent": "We and our partners use cookies to personalise content and measure "
                   "audiences. You can accept all cookies or manage your choices.",
        "footer": "Andes Wire Service is an independent news agency. All quotes delayed "
                  "a minimum of 15 minutes.",
    },
    "mercadolima": {
        "name": "Mercado Lima", "style": "live", "sep": " - ",
        "nav": ["Portada", "Economía", "Mercados", "Empresas", "Minería", "English"],
        "consent": "Este sitio usa cookies. This site uses cookies to improve your "
                   "experience and to show relevant advertising.",
        "footer": "Mercado Lima is published by Ediciones Rímac S.A.C., Lima.",
    },
    "meridianledger": {
        "name": "The Meridian Ledger", "style": "paper", "sep": " | ",
        "nav": ["News", "World", "Business", "Markets", "Opinion", "Life & Arts"],
        "consent": "We use cookies and similar technologies to run this site, to analyse "
                   "traffic and to fund our journalism through advertising.",
        "footer": "The Meridian Ledger, registered in England and Wales.",
    },
    "emratesdesk": {
        "name": "EM Rates Desk", "style": "trade", "sep": " — ",
        "nav": ["Andean", "Brazil", "Mexico", "CEEMEA", "Asia", "Data", "Events"],
        "consent": "Professional users only. We use essential cookies and, with your "
                   "consent, analytics cookies.",
        "footer": "EM Rates Desk provides analysis for professional investors only and "
                  "does not constitute investment advice.",
    },
    "pulsonacional": {
        "name": "Pulso Nacional", "style": "live", "sep": " | ",
        "nav": ["Nación", "Elecciones", "Regiones", "Economía", "Opinión", "English"],
        "consent": "Usamos cookies propias y de terceros. We use our own and third-party "
                   "cookies for analytics and advertising.",
        "footer": "Pulso Nacional, Bogotá D.C. Periodismo independiente.",
    },
    "southerncrosswire": {
        "name": "Southern Cross Wire", "style": "wire", "sep": " | ",
        "nav": ["World", "Americas", "Business", "Science", "Climate", "Sport"],
        "consent": "Southern Cross Wire uses cookies to deliver its services. By clicking "
                   "'Accept' you agree to our use of cookies.",
        "footer": "Southern Cross Wire. Trusted news from the southern hemisphere.",
    },
    "elfarocaribe": {
        "name": "El Faro Caribe", "style": "local", "sep": " - ",
        "nav": ["Santa Marta", "Magdalena", "Política", "Sucesos", "Deportes", "Clima"],
        "consent": "Aceptar cookies / Accept cookies: we use them to count visits and to "
                   "keep this local newsroom free to read.",
        "footer": "El Faro Caribe, periódico digital de Santa Marta.",
    },
    "andeanpolls": {
        "name": "Andean Polls Monitor", "style": "trade", "sep": " · ",
        "nav": ["Colombia", "Peru", "Ecuador", "Bolivia", "Methodology", "Poll tracker"],
        "consent": "We use analytics cookies to understand which charts readers use.",
        "footer": "Andean Polls Monitor is a non-partisan elections data project.",
    },
    "quitoaldia": {
        "name": "Quito al Día", "style": "local", "sep": " | ",
        "nav": ["Quito", "Política", "Seguridad", "Movilidad", "Cultura", "En inglés"],
        "consent": "Utilizamos cookies. We use cookies for audience measurement and "
                   "advertising. Accept or configure.",
        "footer": "Quito al Día, noticias de la capital.",
    },
    "pacificcourier": {
        "name": "The Pacific Courier", "style": "paper", "sep": " - ",
        "nav": ["Ecuador", "Region", "Business", "Energy", "Opinion", "Travel"],
        "consent": "We value your privacy. We and our partners store and access "
                   "information on your device.",
        "footer": "The Pacific Courier, Guayaquil. English-language news since 1998.",
    },
    "andeanlawreview": {
        "name": "Andean Law Review Online", "style": "trade", "sep": " | ",
        "nav": ["Constitutional", "Arbitration", "Energy & Mining", "Tax", "Jobs"],
        "consent": "This site uses strictly necessary cookies and optional analytics.",
        "footer": "Andean Law Review Online. Commentary, not legal advice.",
    },
    "altiplanopress": {
        "name": "Altiplano Press Agency", "style": "wire", "sep": " | ",
        "nav": ["Bolivia", "Economy", "Politics", "Mining", "Lithium", "English service"],
        "consent": "APA uses cookies for statistics. Continue browsing or adjust your "
                   "settings.",
        "footer": "Altiplano Press Agency, La Paz. English service.",
    },
    "negociosperu": {
        "name": "Negocios Perú", "style": "paper", "sep": " | ",
        "nav": ["Economía", "Comercio exterior", "Finanzas", "Regiones", "Opinión"],
        "consent": "Negocios Perú usa cookies para mejorar tu experiencia. We use cookies.",
        "footer": "Negocios Perú, diario de economía y negocios. Lima.",
    },
    "punoenlinea": {
        "name": "Puno en Línea", "style": "local", "sep": " - ",
        "nav": ["Puno", "Juliaca", "Titicaca", "Frontera", "Cultura", "Deportes"],
        "consent": "Usamos cookies / We use cookies to keep this site running.",
        "footer": "Puno en Línea, noticias del altiplano.",
    },
    "portcorridor": {
        "name": "Port & Corridor Weekly", "style": "trade", "sep": " | ",
        "nav": ["Ports", "Corridors", "Customs", "Bulk", "Containers", "Data hub"],
        "consent": "We use cookies to manage subscriber sessions and to measure traffic.",
        "footer": "Port & Corridor Weekly, intelligence for Latin American logistics.",
    },
    "orbitalbrief": {
        "name": "Orbital Brief", "style": "trade", "sep": " — ",
        "nav": ["Launch", "Suborbital", "Satellites", "Agencies", "Industry", "Podcast"],
        "consent": "Orbital Brief uses cookies for analytics and sponsorship reporting.",
        "footer": "Orbital Brief, independent coverage of the launch industry.",
    },
    "limahoy": {
        "name": "Lima Hoy", "style": "live", "sep": " | ",
        "nav": ["Lima", "Perú", "Ciencia", "Mundo", "Deportes", "Envivo"],
        "consent": "Lima Hoy y sus socios usan cookies. Accept to continue.",
        "footer": "Lima Hoy, el diario digital de la capital.",
    },
    "diariodelpacifico": {
        "name": "Diario del Pacífico (English edition)", "style": "paper", "sep": " - ",
        "nav": ["Peru", "Politics", "Economy", "Science", "Culture", "Español"],
        "consent": "We use cookies to provide our services and for advertising.",
        "footer": "Diario del Pacífico, Lima. English edition.",
    },
    "perudirecto": {
        "name": "Perú Directo", "style": "live", "sep": " | ",
        "nav": ["Último minuto", "Regiones", "Sismos", "Política", "Economía", "English"],
        "consent": "Usamos cookies. We use cookies for analytics and ads.",
        "footer": "Perú Directo, noticias las 24 horas.",
    },
    "correodelsur": {
        "name": "Correo del Sur", "style": "paper", "sep": " - ",
        "nav": ["Arequipa", "Región Sur", "Política", "Economía", "Deportes"],
        "consent": "Correo del Sur uses cookies to measure its audience.",
        "footer": "Correo del Sur, Arequipa. Decano de la prensa regional.",
    },
    "quakedesk": {
        "name": "Quake Desk", "style": "trade", "sep": " | ",
        "nav": ["Latest quakes", "Explainers", "Hazard maps", "Data", "About"],
        "consent": "Quake Desk uses a single analytics cookie. No advertising trackers.",
        "footer": "Quake Desk. Seismology explained for everyone.",
    },
}


def _update(text: str) -> str:
    stamp, _, rest = text[3:].partition(" | ")
    return (f'<div class="live-update"><span class="live-time">{_e(stamp.strip())}</span>'
            f"<p>{_e(rest.strip())}</p>"
            '<div class="live-share"><a href="#">Share this update</a></div></div>')


def _body(blocks: list[list[str]], style: str) -> str:
    out: list[str] = []
    n_par = 0
    for block in blocks:
        if block[0] == "table":
            rows = [r.split(" | ") for r in block[1:]]
            head = "".join(f"<th>{_e(c)}</th>" for c in rows[0])
            trs = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>"
                          for r in rows[1:])
            out.append(f'<table class="data"><thead><tr>{head}</tr></thead>'
                       f"<tbody>{trs}</tbody></table>")
            continue
        text = block[1]
        if text.startswith("## "):
            out.append(f"<h2>{_e(text[3:])}</h2>")
        elif text.startswith("@@ "):
            out.append(_update(text))
        elif text.startswith("> "):
            quote, _, who = text[2:].partition(" || ")
            out.append(f'<blockquote class="pull"><p>{_e(quote)}</p>'
                       f"<cite>{_e(who)}</cite></blockquote>")
        elif text.startswith("!fig "):
            cap, _, credit = text[5:].partition(" || ")
            out.append(f'<figure class="inline"><img src="/img/inline.jpg" alt="">'
                       f"<figcaption>{_e(cap)} <span class=\"credit\">{_e(credit)}</span>"
                       "</figcaption></figure>")
        elif text == "!ad":
            out.append('<aside class="ad-slot"><span class="ad-label">Advertisement</span>'
                       '<div class="ad" data-slot="mid"></div></aside>')
        elif text == "!news":
            out.append('<aside class="newsletter-inline"><h3>Get the morning briefing</h3>'
                       "<p>The day's essential stories in your inbox before 7am.</p>"
                       '<form><input type="email" placeholder="Email address">'
                       "<button>Sign up</button></form></aside>")
        else:
            out.append(f"<p>{_e(text)}</p>")
            n_par += 1
            if n_par == 4 and style in ("paper", "local"):
                out.append('<aside class="ad-slot"><span class="ad-label">Advertisement'
                           '</span><div class="ad" data-slot="inread"></div></aside>')
    return "\n".join(out)


def _links(title: str, items: list[str], cls: str) -> str:
    if not items:
        return ""
    lis = "".join(f'<li><a href="/story/{i}">{_e(t)}</a></li>' for i, t in enumerate(items))
    return f'<section class="{cls}"><h3>{_e(title)}</h3><ol>{lis}</ol></section>'


def page(site_key: str, url: str, spec: str, date: dict, related: list[str],
         mostread: list[str]) -> dict[str, str]:
    """Render one complete article page; date = {mode, iso, mod, shown}."""
    site = SITES[site_key]
    meta, blocks = _parse(spec)
    style = site["style"]
    name = site["name"]
    title = meta["headline"] + site["sep"] + name
    desc = meta.get("dek", meta["headline"])
    mode = date.get("mode", "none")
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_a(desc)}">',
        f'<link rel="canonical" href="{_a(url)}">',
        f'<meta property="og:site_name" content="{_a(name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_a(meta["headline"])}">',
        f'<meta property="og:description" content="{_a(desc)}">',
        f'<meta property="og:url" content="{_a(url)}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if mode == "meta":
        head.append(f'<meta property="article:published_time" content="{date["iso"]}">')
        if date.get("mod"):
            head.append(f'<meta property="article:modified_time" content="{date["mod"]}">')
        head.append(f'<meta property="article:section" content="{_a(meta.get("section", ""))}">')
    if mode == "jsonld":
        kind = "LiveBlogPosting" if style == "live" else "NewsArticle"
        ld = {"@context": "https://schema.org", "@type": kind,
              "headline": meta["headline"], "datePublished": date["iso"],
              "publisher": {"@type": "Organization", "name": name},
              "mainEntityOfPage": url}
        if date.get("mod"):
            ld["dateModified"] = date["mod"]
        if meta.get("byline"):
            ld["author"] = {"@type": "Person", "name": meta["byline"].removeprefix("By ")}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False)
                    + "</script>")
    head.append('<link rel="stylesheet" href="/static/site.css">')
    head.append("</head>")

    nav = "".join(f'<li><a href="/{_a(n.lower().replace(" ", "-"))}/">{_e(n)}</a></li>'
                  for n in site["nav"])
    consent = (f'<div id="consent" class="cookie-banner" role="dialog"><p>{_e(site["consent"])}'
               "</p><button>Accept all</button><button>Manage preferences</button>"
               + ("<button>Reject non-essential</button>" if style in ("paper", "trade")
                  else "") + "</div>")
    top = [f'<body class="site-{site_key} style-{style}">', consent,
           f'<header class="masthead"><a class="logo" href="/">{_e(name)}</a>'
           f'<nav class="primary"><ul>{nav}</ul></nav>'
           + ('<a class="subscribe" href="/subscribe">Subscribe</a>'
              if style in ("paper", "trade") else '<a class="search" href="/search">Search</a>')
           + "</header>"]
    if style == "paper":
        top.append('<div class="ad-leaderboard"><span class="ad-label">Advertisement</span>'
                   "</div>")
    if style == "local":
        top.append(f'<div class="ticker"><span>{_e(meta.get("ticker", "Latest news"))}</span>'
                   "</div>")
    if style == "live":
        top.append('<div class="live-badge">LIVE</div>')

    art = ['<main id="content"><article class="story">']
    if meta.get("section"):
        art.append(f'<nav class="breadcrumb"><a href="/">Home</a> › '
                   f'<a href="#">{_e(meta["section"])}</a></nav>')
    art.append(f"<h1>{_e(meta['headline'])}</h1>")
    if meta.get("dek"):
        art.append(f'<p class="standfirst">{_e(meta["dek"])}</p>')
    byline = meta.get("byline", "")
    shown = date.get("shown")
    info = f'<div class="byline"><span class="author">{_e(byline)}</span>'
    if shown:
        info += f' <span class="timestamp">{_e(shown)}</span>'
    info += "</div>"
    art.append(info)
    share = ('<div class="share"><span>Share</span><a href="#">X</a><a href="#">Facebook</a>'
             '<a href="#">WhatsApp</a><a href="#">LinkedIn</a><a href="#">Email</a>'
             '<a href="#">Copy link</a></div>')
    if style != "wire":
        art.append(share)
    if meta.get("photo"):
        cap, _, credit = meta["photo"].partition(" || ")
        art.append(f'<figure class="lead"><img src="/img/lead.jpg" alt="{_a(cap)}">'
                   f"<figcaption>{_e(cap)} <span class=\"credit\">{_e(credit)}</span>"
                   "</figcaption></figure>")
    if meta.get("key"):
        items = "".join(f"<li>{_e(k.strip())}</li>" for k in meta["key"].split(" ;; "))
        art.append(f'<section class="key-events"><h2>Key events</h2><ul>{items}</ul>'
                   "</section>")
    body = _body(blocks, style)
    if meta.get("dateline") and style in ("wire", "paper"):
        body = body.replace("<p>", f'<p><span class="dateline">{_e(meta["dateline"])} — </span>',
                            1)
    art.append(f'<div class="article-body">{body}</div>')
    if meta.get("signoff"):
        art.append(f'<p class="signoff">{_e(meta["signoff"])}</p>')
    if meta.get("tags"):
        tags = "".join(f'<a class="tag" href="#">{_e(t.strip())}</a>'
                       for t in meta["tags"].split(","))
        art.append(f'<div class="tags">{tags}</div>')
    if style == "wire":
        art.append(share)
        art.append('<p class="standards"><a href="#">Our Standards: The Trust Principles'
                   "</a></p>")
    art.append("</article>")

    side = ['<aside class="rail">']
    side.append(_links("Related coverage" if style != "local" else "Te puede interesar",
                       related, "related"))
    if style in ("paper", "local", "live"):
        side.append('<div class="ad-mpu"><span class="ad-label">Advertisement</span></div>')
    side.append(_links("Most read", mostread, "most-read"))
    if style in ("trade", "paper"):
        side.append('<section class="newsletter"><h3>Newsletter</h3><p>'
                    + _e(f"Sign up for the {name} daily briefing.")
                    + '</p><input type="email" placeholder="you@company.example">'
                      "<button>Subscribe</button></section>")
    side.append("</aside></main>")

    year = date.get("year", "2026")
    copy = f"© {year} {name}" if mode != "none" else f"© {name}"
    foot = ['<footer class="site-footer"><ul><li><a href="/about">About us</a></li>'
            '<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a>'
            '</li><li><a href="/cookies">Cookie settings</a></li><li><a href="/terms">Terms'
            "</a></li></ul>"
            f"<p>{_e(site['footer'])}</p><p>{_e(copy)}</p></footer>",
            '<script src="/static/app.js" defer></script>', "</body>", "</html>"]
    doc = "\n".join(head + top + art + side + foot)
    return {"url": url, "html": doc}


# ===========================================================================
# Story 1 — central bank (CONTROL): Peru's BCRP cuts to 4.00% on Thu 14 May 2026
# ===========================================================================

_CB_WIRE = """
headline: Peru's central bank cuts benchmark rate to 4.00% as inflation cools
dek: The Central Reserve Bank of Peru lowers its reference rate by 25 basis points, its first
  cut since March
section: Markets
byline: By Lucía Ramos Herrera
dateline: LIMA, May 14 (Andes Wire)
signoff: (Reporting by Lucía Ramos Herrera; additional reporting by Daniel Zegarra; editing by
  Mark Ellison)
tags: Peru, Central banks, Interest rates, Inflation
---
Peru's central bank lowered its benchmark interest rate by 25 basis points to 4.00% on Thursday,
  resuming an easing cycle it had paused last month after annual inflation slowed further below
  the midpoint of its target range.

The board of the Central Reserve Bank of Peru (BCRP) said in a statement published at 7 p.m.
  local time (0000 GMT on Friday) that the cut was appropriate "in a context in which inflation
  is within the target range and inflation expectations remain anchored". It was the bank's
  first reduction since March, when it trimmed the reference rate to 4.25% from 4.50%. In April
  the board left the rate unchanged.

Eleven of 14 economists polled by Andes Wire last week had expected a quarter-point cut, while
  the other three had forecast a hold.

Annual inflation in Metropolitan Lima slowed to 1.9% in April from 2.2% in March, according to
  the INEI national statistics institute, comfortably inside the bank's 1% to 3% target range.
  Core inflation, which excludes food and energy prices, stood at 2.3% in the 12 months to
  April. Consumer prices rose 0.12% in April from March, taking the cumulative increase for the
  first four months of the year to 0.71%.

The statement said the board "will remain attentive to new information on inflation and its
  determinants" and stood ready to adjust the monetary stance if necessary. It gave no
  indication of whether further cuts were likely, repeating that future adjustments would be
  conditional on incoming data.

!fig The headquarters of the Central Reserve Bank of Peru in central Lima. || Photo: Andes Wire
  / Carla Vidal

The bank also said indicators for March and April pointed to economic activity growing "around
  its potential level". In its March Inflation Report the BCRP projected gross domestic product
  growth of 3.1% for 2026, after expansion of 3.3% last year. An updated projection is due in
  the June report.

## Currency steady

The sol, which closed at 3.52 per dollar on Thursday before the announcement, was little changed
  in thin after-hours trading. Peru's net international reserves stood at $82.4 billion as of
  May 12, according to central bank data, among the highest in the region relative to the size
  of the economy.

Central bank president Rosa Elena Quispe Maldonado is scheduled to address a Lima Chamber of
  Commerce breakfast on Friday morning. The board's next policy meeting is on June 11.

## Room for one more?

Valeria Mendoza, chief Andean economist at Cordillera Capital, said the bank had room for "one
  more quarter-point move, to 3.75%, probably in the third quarter", provided food prices
  remained calm after the end of the rainy season in the southern highlands.

"The message is cautious, but the arithmetic favours a little more easing," Mendoza said. "With
  inflation close to 2% and core drifting lower, a real rate of almost two percentage points is
  still on the restrictive side of neutral."

Tomás Riquelme, head of research at Banco Pacífico Andino, was more sceptical. "The statement is
  neutral rather than dovish," he said. "I would not assume a cycle."

Peru's benchmark rate peaked in 2023 and has been lowered gradually since then as inflation
  returned to the target range. Among regional peers, Colombia's central bank held its policy
  rate at 8.75% at the end of April, while Chile's kept its benchmark at 4.50% at its most
  recent meeting.

The decision comes as the bank faces questions from lawmakers over its forecasts for public
  spending and private investment, which the board has described as the main sources of
  uncertainty for the second half of the year.
"""

_CB_LIVE = """
headline: LIVE: BCRP cuts reference rate to 4% — reaction and analysis
dek: Follow our live coverage of the Peruvian central bank's May monetary policy decision. All
  times are Lima time (UTC-5).
section: Mercados en vivo
byline: By the Mercado Lima markets team
key: 19:00 BCRP cuts reference rate by 25 bp to 4.00% ;; 19:08 Statement: expectations anchored
  ;; 20:05 Banco Pacífico Andino sees a hold through December
photo: Traders at a Lima brokerage on Thursday afternoon. || Photo: Mercado Lima / Jorge Cáceres
---
@@ 20:40 | That's it from us tonight. A quick recap: the Banco Central de Reserva del Perú cut
  its reference rate by a quarter of a percentage point to 4%, its first reduction since March.
  The statement repeated that any further move depends on incoming data. The next decision is
  due on Thursday 11 June. BCRP president Rosa Quispe speaks at the Lima Chamber of Commerce
  tomorrow morning, and we will be live from 8:30.

@@ 20:05 | Tomás Riquelme, head of research at Banco Pacífico Andino, tells us he reads the
  statement as "neutral, not dovish". "There's no promise of a cycle here. Our base case is that
  the rate stays at 4% through December," he says. That is a forecast, of course, and other
  houses disagree: Cordillera Capital still pencils in one more quarter-point cut, to 3.75%, in
  the third quarter.

!ad

@@ 19:35 | Business groups welcome the move. Jorge Bazán Ríos, president of the Sociedad de
  Comercio Andino, says: "Cheaper credit is good news for small exporters, but the transmission
  to lending rates takes months." For context, the average lending rate for small businesses was
  17.8% in April, according to the banking regulator SBS, far above the policy rate.

@@ 19:20 | How did the market take it? Local trading had closed by the time of the announcement,
  so there is no sol reaction yet. Offshore quotes point to a steady opening tomorrow. The sol
  closed today at 3.52 per dollar.

@@ 19:08 | Key lines from the statement. Annual inflation fell to 1.9% in April from 2.2% in
  March, and core inflation (excluding food and energy) was 2.3%. On expectations: "The Board
  considers that inflation expectations remain anchored within the target range." The bank's
  survey puts expected inflation 12 months ahead at 2.1%. The board adds that it "will remain
  attentive to new information on inflation and its determinants".

@@ 19:00 | BREAKING: The BCRP cuts its reference rate by 25 basis points to 4.00%. The decision
  was in line with most forecasts.

@@ 18:20 | What the analysts expect: in a poll published by the Andes Wire agency, 11 of 14
  economists forecast a cut of 25 basis points, with three expecting a hold. Our own informal
  survey of nine Lima-based analysts found seven expecting a cut.

!ad

@@ 17:30 | Good evening and welcome. The board of the central bank publishes its decision at
  19:00. A reminder of where we are: in March the bank cut the reference rate to 4.25% from
  4.50%, and in April it held. Monthly inflation for April, published by INEI at the start of
  the month, came in at 0.12%, taking cumulative inflation for January to April to 0.71%. The
  sol closed at 3.52 per dollar, and net international reserves were $82.4 billion at the last
  count.

@@ 17:25 | Programming note: our video stream with Mercado Lima's chief economics correspondent,
  Paola Núñez, starts at 19:15. Send your questions through the comments box below.
"""

_CB_PAPER = """
headline: Peru's rate-setters cut again but Quispe says bank is 'not on autopilot'
dek: The Central Reserve Bank lowered borrowing costs to 4 per cent overnight; its president
  warns against betting on a long easing cycle
section: Americas
byline: Helen Marchetti in London and Diego Arana in Lima
dateline: LONDON/LIMA
photo: Rosa Quispe, president of Peru's central bank, speaking in Lima on Friday. || Diego Arana
  for The Meridian Ledger
---
Peru's central bank cut its main interest rate by a quarter of a percentage point late on
  Thursday, Lima time — shortly after 1am on Friday in London — and its president used a
  breakfast speech hours later to warn investors not to treat the move as the start of a long
  series of reductions.

The Banco Central de Reserva del Perú lowered its reference rate to 4 per cent from 4.25 per
  cent, the first cut since March. Annual inflation in the capital fell to 1.9 per cent in
  April, comfortably within the bank's target band of 1 to 3 per cent, having been 2.2 per cent
  a month earlier.

"We are not on autopilot; every decision will depend on the data," Rosa Quispe, the bank's
  president, told the Lima Chamber of Commerce on Friday morning. She said core inflation, which
  excludes food and energy and stood at 2.3 per cent in April, was "still a little above where
  we would like it to settle".

The board's statement, published at 7pm in Lima, said it would "remain attentive to new
  information about inflation and its determinants". Most economists had expected the cut: 11 of
  14 polled by the Andes Wire agency forecast it.

Markets took the message in their stride. The sol traded at 3.50 to the dollar at 11am in Lima
  on Friday, slightly firmer than its close of 3.52 on Thursday, and yields on short-dated
  government bonds edged lower.

## A quiet success story

Peru has long been one of Latin America's inflation success stories. The central bank, which
  adopted inflation targeting more than two decades ago, has retained a reputation for
  independence through repeated changes of government, and its board has been able to ease
  policy even with political uncertainty ahead of June's presidential run-off.

The bank holds net international reserves of $82.4bn — about 290bn soles — a cushion that
  analysts say allows it to cut rates without fearing a run on the currency. Real interest rates
  also remain positive: with inflation expectations for the next 12 months at 2.1 per cent
  according to the bank's own survey, the real policy rate is roughly 1.9 per cent.

That leaves room to manoeuvre, said Valeria Mendoza of Cordillera Capital, who expects one more
  reduction to 3.75 per cent in the third quarter. "The bar for a further cut is not high, but
  Quispe clearly wants to keep her options open," she said.

!news

## Neighbours diverge

Peru's easing contrasts with Colombia, where the central bank left its rate at 8.75 per cent
  last month as inflation there remains well above target. Chile's central bank also held at its
  latest meeting.

Growth in Peru has been steady rather than spectacular. The economy expanded 3.3 per cent last
  year, and the central bank's March forecast was for 3.1 per cent this year; it will publish
  new projections in June. Mining output, which accounts for the bulk of exports, rose in the
  first quarter as copper prices held near record levels.

Quispe also addressed public spending, which the bank has flagged as a source of risk. "Fiscal
  discipline is part of what keeps inflation low," she said, urging Congress not to approve
  spending bills without funding.

The next rate decision is due on June 11.
"""

_CB_TRADE = """
headline: BCRP delivers 25bp cut; curve bull-steepens as market trims terminal-rate bets
dek: Peru's reference rate is now 4.00%. Front-end swaps rallied on Friday, but guidance left
  the door only half open to more easing.
section: Andean rates
byline: EM Rates Desk, Andean coverage
---
The BCRP cut its reference rate by 25bp to 4.00% at Thursday's meeting, in line with consensus
  (11 of 14 economists in the Andes Wire poll). The statement, published at 19:00 Lima time,
  kept the data-dependent language of recent months and did not signal the start of a new
  sequence of cuts.

## What changed in the statement

Very little. The board again described inflation expectations as anchored within the 1%-3%
  target range, and cited April's headline inflation of 1.9% year on year (down from 2.2% in
  March) and core inflation, ex food and energy, of 2.3%. Month on month, Lima CPI rose 0.12% in
  April; year to date, prices are up 0.71%. The survey measure of 12-month-ahead inflation
  expectations stood at 2.1%.

The one notable addition was a sentence noting that activity indicators for March and April are
  consistent with growth "around potential". Adrián Llosa Bermejo, the BCRP's chief economist,
  told a technical briefing on Friday that the output gap was "close to zero" and that the board
  saw "balanced risks" for inflation over the forecast horizon.

!table
Measure | April 2026 | March 2026
Headline CPI, y/y | 1.9% | 2.2%
Core CPI (ex food & energy), y/y | 2.3% | 2.4%
Headline CPI, m/m | 0.12% | 0.21%
12-month-ahead expectations | 2.1% | 2.2%
Reference rate (end of month) | 4.25% | 4.25%

## Market reaction

Local markets were closed when the decision came out, so Friday's session delivered the verdict.
  The 2-year sol swap rate fell 9bp to 3.86% by late morning, while the 10-year sovereign yield
  declined 4bp to 6.21%, a modest bull steepening. The sol firmed to 3.50 per dollar from
  Thursday's close of 3.52.

Swaps now price a terminal rate of about 3.75%, one further cut, down from two cuts priced at
  the start of the month. That is consistent with the view of Cordillera Capital's Valeria
  Mendoza, who expects a final move in the third quarter, and at odds with Banco Pacífico
  Andino, which sees the rate on hold at 4.00% through December.

"They are not going to pre-commit," Llosa said. "The board meets every month precisely so that
  it can react to new information."

## Context

The cumulative reduction since the 7.75% peak of 2023 now stands at 375bp. The March cut took
  the rate to 4.25% from 4.50%, and the board held in April. Policy is still mildly restrictive
  on the bank's own estimates: with expectations at 2.1%, the ex-ante real rate is 1.9%, against
  a neutral real rate that the BCRP puts at around 1.5%.

Reserves remain ample at $82.4bn, giving the bank room to smooth any currency volatility through
  its usual FX swap operations. The March Inflation Report projected 3.1% GDP growth for 2026,
  after 3.3% in 2025; new forecasts are due with the June report.

Regional comparison: Colombia is on hold at 8.75%, Chile at 4.50%. Of the three, only Peru has
  inflation below the midpoint of its target.

## Trade idea

We stay received in 1-year sol swaps, targeting 3.70%, with a stop at 3.95%. Risks are a renewed
  rise in food prices or fiscal slippage ahead of the run-off. Next meeting: June 11.
"""

STORY_CB = {
    "id": "cb-CC1",
    "part": "CC",
    "domain": "central bank",
    "fetched": "2026-05-16",
    "articles": [
        page("andeswire",
             "https://www.andeswire.example/markets/2026/05/14/peru-central-bank-cuts-rate",
             _CB_WIRE,
             {"mode": "meta", "iso": "2026-05-14T19:14:00-05:00",
              "shown": "May 14, 2026 7:14 PM GMT-5"},
             ["Colombia's central bank holds rate at 8.75%, cites sticky services inflation",
              "Peru's April inflation slows to 1.9%, lowest in 14 months",
              "Chile's peso slips as copper retreats from record"],
             ["Bolivia fuel imports rise 18% in first quarter",
              "Ecuador bond spreads tighten after IMF review",
              "Copper hits $11,400 a tonne on supply fears"]),
        page("mercadolima",
             "https://mercadolima.example/en/live/bcrp-rate-decision-may-2026",
             _CB_LIVE,
             {"mode": "jsonld", "iso": "2026-05-14T17:30:00-05:00",
              "mod": "2026-05-14T20:40:00-05:00",
              "shown": "Live · last updated 20:40 Lima time"},
             ["Explainer: how the BCRP sets its reference rate",
              "April inflation: food prices fall 0.4% as rains ease",
              "Bank lending to small firms grows 6.2% year on year"],
             ["Lima stock exchange closes up 0.8% led by miners",
              "Gold exports reach $2.1bn in March",
              "Petroperú bonds rally on restructuring plan"]),
        page("meridianledger",
             "https://www.meridianledger.example/world/americas/peru-rate-cut-quispe-data",
             _CB_PAPER,
             {"mode": "visible", "shown": "Friday 15 May 2026 13:20 BST"},
             ["Latin America's central banks split on the path of rates",
              "Peru's presidential run-off: what investors need to know",
              "Copper's record run lifts Andean currencies"],
             ["Bank of England holds at 3.5% in split vote",
              "Argentina's inflation falls to 2.1% a month",
              "Why emerging market bonds are back in fashion"]),
        page("emratesdesk",
             "https://emratesdesk.example/andean/peru/bcrp-cut-curve-reaction",
             _CB_TRADE,
             {"mode": "none"},
             ["BCRP preview: a cut priced, guidance the swing factor",
              "Colombia: BanRep's long hold at 8.75%",
              "Chart pack: Andean real rates"],
             ["Brazil: Copom's 50bp cut and the fiscal wildcard",
              "Mexico: Banxico pauses at 7.00%",
              "Webinar replay: Andean sovereign curves"]),
    ],
    "planted": [],
}


# ===========================================================================
# Story 2 — election (CONTROL): Santa Marta atypical mayoral election, Sun 13 Sep 2026
# ===========================================================================

_EL_LIVE = """
headline: Live: Santa Marta elects a new mayor in atypical election — Mariana Barros wins
dek: Minute-by-minute coverage of the special mayoral election in Santa Marta, Magdalena. All
  times are Colombia time (UTC-5).
section: Elecciones
byline: By Andrea Villamizar and the Pulso Nacional elections desk
key: 16:00 Polls close ;; 18:23 Preliminary count complete: Barros 41.89% ;; 19:10 Pertuz
  concedes ;; 20:05 Barros speaks on the Camellón
photo: Voters queue at a polling station in the Gaira neighbourhood on Sunday morning. || Pulso
  Nacional / Óscar Manjarrés
---
@@ 20:15 | Summary of the night: Mariana Isabel Barros Ospino will be the next mayor of Santa
  Marta. With 100% of polling tables counted in the preliminary count, she won 81,046 votes, or
  41.89% of valid votes, ahead of Jaime Andrés Pertuz Olarte with 66,412 (34.32%). The official
  count, known as the escrutinio, begins tomorrow morning and could adjust the figures slightly.
  Thanks for following with us.

@@ 20:05 | Barros speaks to supporters on the Camellón de la Bahía, the seafront promenade:
  "Santa Marta voted for water, not for fear." She repeats her main promise, a 120-billion-peso
  upgrade of the aqueduct, and says her first 100 days will focus on ending the rotation of
  water cuts in the southern neighbourhoods. She will govern until 31 December 2027, the
  remainder of the term that began in 2024.

@@ 19:10 | Jaime Pertuz concedes in a video posted on social media: "Santa Marta has spoken, and
  I accept it. I called Mariana to congratulate her and to offer my help on the water crisis."
  His campaign, Fuerza Samaria, says it will remain in opposition on the city council.

!ad

@@ 18:23 | FINAL PRELIMINARY RESULT (bulletin 12, 100% of 1,374 tables): Barros 81,046 votes
  (41.89%); Pertuz 66,412 (34.32%); Luis Fernando Daza Rincón 31,877 (16.48%); Yolanda Gómez
  Peralta 8,114 (4.19%); blank vote 6,038 (3.12%). Null votes: 3,441. Unmarked ballots: 1,332.
  Total votes cast: 198,260 of 412,380 registered voters, a turnout of 48.08%.

@@ 17:41 | Bulletin 9, with 94.6% of tables counted: Barros 41.7%, Pertuz 34.5%. The gap is now
  more than 13,000 votes and Pertuz's campaign headquarters in El Rodadero has gone quiet.

@@ 16:58 | First substantial bulletin from the Registraduría, with 51.2% of tables counted:
  Barros 41.2%, Pertuz 35.0%, Daza 16.3%. Still early, but the coastal neighbourhoods that
  Pertuz needed have largely reported.

@@ 16:00 | Polls are closed. The Registraduría's delegate for Magdalena, Hernán Zúñiga Lara,
  says: "The day went by calmly; we recorded three minor incidents, none of which affected the
  vote." Counting has begun at the 86 voting sites.

!ad

@@ 12:15 | Midday check: the police and army report 2,900 officers and soldiers deployed across
  the city and its rural districts in the Sierra Nevada foothills. Two minor incidents so far,
  both involving campaign material near voting sites.

@@ 08:02 | Polls opened on time at 08:00 at 86 voting sites across the city. Voters have until
  16:00.

@@ 07:45 | Good morning from Santa Marta. Why is the city voting today? In March the Consejo de
  Estado, Colombia's highest administrative court, annulled the election of mayor Carlos Alberto
  Noguera Vives, who had won in October 2023 with 46.2% of the vote, ruling that he was
  disqualified because he had signed public contracts during the prohibited period before
  registering as a candidate. Since then the city has been run by an interim mayor, Edgar Rueda
  Fonseca, appointed by the governor of Magdalena. Four candidates are standing, and 412,380
  people are registered to vote.
"""

_EL_WIRE = """
headline: Former education official wins Santa Marta mayoral re-run in Colombia
dek: Mariana Barros takes nearly 42% of valid votes in a special election called after a court
  annulled the previous mayor's victory
section: Americas
byline: By Camila Restrepo
dateline: SANTA MARTA, Colombia, Sept 13 (SCW)
signoff: Reporting by Camila Restrepo; editing by Peter Holt
---
Mariana Barros, a former education secretary of Magdalena department, won a special mayoral
  election in the Colombian Caribbean city of Santa Marta on Sunday, taking nearly 42% of valid
  votes according to a preliminary count, after a campaign dominated by the city's chronic water
  shortages.

Polls closed at 2100 GMT. By 2323 GMT, with all 1,374 polling tables counted, Barros had 81,046
  votes against 66,412 for businessman Jaime Pertuz, a margin of 14,634 votes, the national
  registry office said. Luis Fernando Daza, a former senator's aide backed by several left-wing
  groups, was third with about 16.5%.

Turnout was about 48% of the city's 412,380 registered voters, down from 52.4% in the regular
  election of October 2023. Special elections, known in Colombia as "atypical" elections,
  usually draw fewer voters than the national electoral calendar.

Pertuz conceded shortly after 7 p.m. local time (0010 GMT Monday), saying in a video that "Santa
  Marta has spoken and I accept it".

The vote was called after the Consejo de Estado, Colombia's top administrative court, annulled
  in March the 2023 election of mayor Carlos Alberto Noguera, finding that he had been
  disqualified from running because he had signed contracts with public entities within a year
  of registering his candidacy. Noguera, who has denied wrongdoing, had won with 46.2% of the
  vote.

!fig Mariana Barros celebrates with supporters in Santa Marta on Sunday night. || SCW / Luis
  Pacheco

Barros, 44, ran on a coalition ticket called Santa Marta Primero, supported by the Liberal Party
  and the Green Alliance. She promised a 120-billion-peso (about $29 million) upgrade of the
  city's aqueduct and an end to the rotating water cuts that leave some neighbourhoods without
  running water for days at a time during the dry season.

"Santa Marta voted for water and not for fear," she told supporters on the seafront promenade
  late on Sunday.

Pertuz, 57, a hotel owner and former city councillor, had campaigned on security, promising to
  double the number of police patrols in the tourist districts of El Rodadero and Taganga. Local
  business groups had backed him heavily, and polls in the final week had suggested a close
  race.

The registry office, known as the Registraduría, said voting passed without serious incidents.
  Some 2,900 police officers and soldiers were deployed.

Barros will serve the remainder of the current term, until the end of 2027. The official count,
  which can modify the preliminary figures, starts on Monday.

Laura Cantillo, a political scientist at the University of Magdalena, said the result showed the
  limits of a campaign built on fear of crime in a city where residents queue for water. "People
  voted about the tap in their kitchen," she said.

The result is also a modest boost for the parties of Colombia's national government, which took
  office in August, though analysts cautioned against reading too much into a local vote with
  low turnout.

Santa Marta, a city of some 560,000 people and one of Colombia's oldest colonial settlements, is
  a gateway to the Tayrona national park and the Sierra Nevada mountains and receives about 1.5
  million tourists a year.
"""

_EL_LOCAL = """
headline: Barros's lead holds as official count begins; mayor-elect names first priorities
dek: Election commissions corrected three tally sheets on Monday morning. The mayor-elect says
  water comes first.
section: Política
byline: Por / By Rosario Fandiño
ticker: Water cuts: rota for Monday and Tuesday published by Essmar
photo: Mariana Barros greets residents in the Pescaíto neighbourhood on Monday. || El Faro
  Caribe / Yesid Rada
---
The official count of Sunday's atypical mayoral election began at 9 a.m. on Monday at the
  Registraduría's offices on Avenida del Libertador, and by midday the election commissions had
  reviewed 61% of the tally sheets without any change to the outcome.

The commissions corrected three tally sheets (the E-14 forms) in which transcription errors had
  been detected. After those corrections, Mariana Barros had 81,052 votes and Jaime Pertuz
  66,409, according to the partial record of the count. The preliminary count, or preconteo,
  published on Sunday night had given Barros 81,046 votes and Pertuz 66,412. The difference is
  normal, said Hernán Zúñiga Lara, the Registraduría's delegate for Magdalena: "The preconteo is
  a fast, informative count. The escrutinio is the one with legal value, and small adjustments
  are expected."

Once the count ends, probably on Tuesday, the commission will issue Barros her credential, and
  she is expected to be sworn in before the governor of Magdalena within the next two weeks.

## Water first

Barros, who was education secretary of the Magdalena department until 2024, spent Monday morning
  visiting Pescaíto and the southern neighbourhoods of the city, where water arrives only two or
  three days a week.

"Santa Marta voted for water, not for fear," she repeated, the phrase she used on Sunday night
  on the Camellón. "In the first hundred days we will publish the full plan for the aqueduct,
  and in the first year we will stop the rotation of cuts in the south."

Her programme includes an upgrade of the aqueduct worth 120 billion pesos, which her team says
  would be financed with a credit from Findeter and resources from the national government. The
  interim mayor, Edgar Rueda Fonseca, said he would begin the transition meetings on Wednesday.

!news

## The numbers of a low-turnout vote

With 198,260 ballots cast out of 412,380 registered voters, turnout was 48.08%, meaning that
  abstention reached 51.92%. In the regular election of October 2023, which Carlos Alberto
  Noguera Vives won with 46.2%, turnout had been 52.4%.

Barros won in five of the city's nine comunas and in most of the rural corregimientos, while
  Pertuz won El Rodadero, Bello Horizonte and the central historic district. The third-placed
  candidate, Luis Fernando Daza Rincón, took 16.48%, a figure his supporters described as the
  foundation for the 2027 regional elections.

Jaime Pertuz, who conceded on Sunday evening, said on Monday that his group would act as "a
  responsible opposition" in the council. "We will watch every peso of the aqueduct," he told El
  Faro Caribe.

## What's next

The mayor-elect will serve until 31 December 2027. The council, where no group has a majority,
  must approve the 2027 budget before the end of November, and Barros said she would present
  amendments once she takes office.

Community leaders in the southern neighbourhoods said they would give the new mayor time, but
  not much. "We have heard the promise of water in every campaign since I was a child," said
  Carmen Orozco, 63, who leads a community action board in the 20 de Julio neighbourhood. "This
  time we will count the days."
"""

_EL_DATA = """
headline: Santa Marta re-run: the polls called the winner but missed the margin
dek: How the final surveys compared with the preliminary count in Colombia's atypical mayoral
  election, and why there are two ways to read the percentages
section: Colombia
byline: Andean Polls Monitor analysis team
---
Mariana Barros's victory in the atypical mayoral election in Santa Marta, Colombia, was
  anticipated by the last published polls, but her margin over Jaime Pertuz was much wider than
  any survey suggested.

## Final polls versus the result

The last poll published before the legal blackout, by Cifras Caribe (fieldwork 2 to 5 September,
  1,012 face-to-face interviews, margin of error ±3.1 points), gave Barros 38%, Pertuz 36%, Luis
  Fernando Daza 15% and the blank vote 5%, a statistical tie between the two leaders. An earlier
  survey by Datanálisis Costa, in the field from 24 to 28 August, had Pertuz ahead with 37% to
  Barros's 35%.

The preliminary count, completed on election night with 100% of the 1,374 polling tables
  reporting, gave Barros 41.89% of valid votes and Pertuz 34.32%, a gap of 14,634 votes. Daza
  took 16.48% and Yolanda Gómez 4.19%; the blank vote received 3.12%.

!table
Candidate | Cifras Caribe (2-5 Sep) | Preliminary result, valid votes
Mariana Barros | 38% | 41.89%
Jaime Pertuz | 36% | 34.32%
Luis Fernando Daza | 15% | 16.48%
Yolanda Gómez | 4% | 4.19%
Blank vote | 5% | 3.12%

The surveys therefore underestimated Barros by about four points and overestimated Pertuz by
  about two, an error larger than the stated margin for the lead but within the range usually
  seen in Colombian local elections, where the undecided share is high in the final fortnight.

## Valid votes or all ballots?

Readers comparing coverage will have seen two sets of percentages. Colombia's Registraduría
  reports each candidate's share of valid votes, which include the blank vote but exclude null
  and unmarked ballots. On that basis Barros has 41.89%.

Measured against all 198,260 ballots cast, including 3,441 null votes and 1,332 unmarked
  ballots, Barros's share is 40.88% and Pertuz's 33.50%. Both figures are correct; they simply
  measure different things. Most Colombian media use the official valid-vote basis, and so do we
  in our tracker.

## Turnout

Turnout was 48.08% of 412,380 registered voters, well below the 52.4% recorded in the regular
  local elections of October 2023 but high for an atypical election. Participation in the
  special mayoral elections held in other Colombian municipalities since 2020 has typically been
  between 30% and 45%.

Turnout was higher in the southern neighbourhoods, where water shortages dominated the campaign,
  than in the tourist districts. That pattern helps explain the polling miss: the pollsters'
  models assumed a turnout profile similar to 2023, when participation was more even across the
  city.

## Context

The election was held because the Consejo de Estado annulled the 2023 victory of Carlos Alberto
  Noguera, who had won with 46.2%. Barros will serve until December 2027. The official count,
  which started the day after the vote, can adjust the preliminary figures by a handful of
  votes; we will update the tracker when the certified result is published.

Methodology note: poll figures are as published by the pollsters and have not been re-weighted.
  Preliminary results are from the Registraduría's final preconteo bulletin on election night.
"""

STORY_EL = {
    "id": "el-CC2",
    "part": "CC",
    "domain": "election",
    "fetched": "2026-09-15",
    "articles": [
        page("pulsonacional",
             "https://www.pulsonacional.example/elecciones/en-vivo-santa-marta-eleccion-atipica",
             _EL_LIVE,
             {"mode": "jsonld", "iso": "2026-09-13T07:45:00-05:00",
              "mod": "2026-09-13T20:15:00-05:00",
              "shown": "Live · last update 20:15 (Colombia time)"},
             ["Who is Mariana Barros? Profile of Santa Marta's mayor-elect",
              "Atypical elections: the seven municipalities that voted again since 2024",
              "Water crisis: Santa Marta's aqueduct loses 48% of treated water"],
             ["Bogotá metro: first train reaches Kennedy station",
              "Congress approves 2027 budget of 546 trillion pesos in first debate",
              "Petrol price rises 150 pesos a gallon in October"]),
        page("southerncrosswire",
             "https://www.southerncrosswire.example/world/americas/colombia-santa-marta-mayor-vote",
             _EL_WIRE,
             {"mode": "meta", "iso": "2026-09-14T01:20:00Z",
              "shown": "Published 14 Sep 2026, 01:20 GMT"},
             ["Colombia's new government sets out security plan for Caribbean coast",
              "Drought cuts Magdalena river traffic to lowest since 2016"],
             ["Brazil's Lula signs fuel tax bill",
              "Peru's copper output rises 4% in July",
              "Chile's wildfire season starts early"]),
        page("elfarocaribe",
             "https://elfarocaribe.example/santa-marta/politica/barros-alcaldesa-escrutinio-avanza",
             _EL_LOCAL,
             {"mode": "visible", "shown": "Monday 14 September 2026 — 14:20"},
             ["Photos: election night on the Camellón de la Bahía",
              "Essmar: water rota for the week",
              "Unión Magdalena draws 1-1 with Jaguares"],
             ["Taganga: fishermen protest over new pier",
              "Tayrona park reopens after its annual closure",
              "Price of a bus ticket rises to 3,100 pesos"]),
        page("andeanpolls",
             "https://andeanpolls.example/colombia/santa-marta-atypical-how-the-polls-did",
             _EL_DATA,
             {"mode": "none"},
             ["Poll tracker: Colombia's 2027 regional races",
              "Methodology: how we grade pollsters"],
             ["Peru: the polls and the run-off",
              "Ecuador's referendum turnout explained"]),
    ],
    "planted": [],
}


# ===========================================================================
# Story 3 — court (3 PLANTED): Ecuador's Constitutional Court, Wed 22 Jul 2026
# ===========================================================================

_CT_WIRE = """
headline: Ecuador's top court strikes down hydropower concession rules over indigenous consultation
dek: The Constitutional Court voted 7-2 that four articles of a 2025 energy law breached the
  right to prior consultation; three pending Amazon projects are suspended
section: Legal
byline: By Martín Guerrero
dateline: QUITO, July 22 (Andes Wire)
signoff: (Reporting by Martín Guerrero; additional reporting by Sofía Chiriboga in Puyo; editing
  by Anne Forsyth)
tags: Ecuador, Courts, Energy, Indigenous rights
---
Ecuador's Constitutional Court on Wednesday struck down four articles of a 2025 energy law that
  allowed the government to award hydropower concessions in Amazon river basins without first
  consulting indigenous communities, in a 7-2 ruling that suspends three pending projects.

The ruling, published on the court's website at 5:30 p.m. local time (2230 GMT), found that
  Articles 12, 13, 27 and 31 of the Organic Law on Energy Competitiveness violated the
  constitutional right of indigenous peoples to free, prior and informed consultation on
  projects that affect their lands.

"The urgency of the energy transition does not suspend the Constitution," Judge Alicia Benavides
  Cornejo, who drafted the majority opinion, wrote. "Consultation is not a formality that the
  State may postpone until after the decision has been taken."

Judges Teodoro Villacís and Marcela Endara dissented. In a joint opinion, they argued that the
  majority had overstepped the court's role by, in effect, writing policy, and that existing
  secondary regulations already provided for consultation. Court president Ramiro Andrade Poveda
  voted with the majority.

The court gave the National Assembly 12 months to pass a law regulating prior consultation, and
  ordered that, until then, no hydropower concession in the affected basins may be awarded or
  transferred without a consultation process supervised by the Ombudsman's Office.

## Three projects on hold

The ruling suspends three concessions in the provinces of Pastaza and Morona Santiago, with a
  combined planned capacity of 640 megawatts and estimated investment of about $1.3 billion,
  according to figures from the Ministry of Energy and Mines.

Energy Minister Diego Cárdenas said the government would comply. "We respect the court's
  decision, and within 90 days we will send the Assembly a bill that guarantees consultation
  without paralysing the country," he told reporters in Quito.

The law, a flagship of the government's push to expand generation after the drought-driven power
  cuts of late 2024, which lasted up to 14 hours a day in some areas, was approved by the
  National Assembly on Aug. 14, 2025 with 79 votes in the 151-seat chamber.

The challenge was filed in October 2025 by the Confederation of Indigenous Nationalities of
  Ecuador (CONAIE) and the Federation of Kichwa Communities of Pastaza. The court held a public
  hearing on the case on March 3 that lasted five hours.

!fig Indigenous leaders wait outside the Constitutional Court in Quito on Wednesday. || Andes
  Wire / Paúl Estrella

Lucía Tsakimp, a lawyer for the plaintiffs, called the ruling historic. "Today the court
  reminded the State that the Amazon is not empty," she said outside the court building, where a
  few hundred people had gathered.

Business groups were more cautious. The Ecuadorian Chamber of Energy, an industry lobby, said
  the decision created "legal uncertainty for investment that the country urgently needs", while
  stressing that projects already in operation were not affected.

The ruling builds on earlier decisions by the court, which has developed a body of case law on
  the rights of nature and consultation, including its 2021 ruling protecting the Los Cedros
  forest reserve. In a separate 2024 case on mining concessions in the south of the country, the
  court split 5-4.

The case is registered as 41-25-IN.
"""

_CT_LOCAL = """
headline: Constitutional Court blocks hydro concessions without consultation; government says it
  will comply
dek: Celebrations outside the court in north Quito as judges void four articles of the energy
  law. Two judges dissented.
section: Política
byline: Redacción Quito al Día / Gabriela Ponce
ticker: Trole: reduced service on Avenida 10 de Agosto until Sunday
photo: Members of Amazon indigenous organisations celebrate outside the Constitutional Court. ||
  Quito al Día / Andrés Yépez
---
Drums and chants filled the street outside the Constitutional Court in the north of Quito on
  Wednesday evening after the judges published their decision on the energy law, ruling by seven
  votes to two that four of its articles are unconstitutional.

About 300 people, many of whom had travelled by bus from Puyo and Macas, had been waiting since
  the morning. When the ruling appeared on the court's website at 17:30, leaders of CONAIE read
  the key paragraphs aloud through a loudspeaker.

The decision, in case 41-25-IN, declares unconstitutional Articles 12, 13, 27 and 31 of the Ley
  Orgánica de Competitividad Energética, which allowed hydropower concessions in Amazon basins
  to be awarded or transferred without prior consultation with the communities that live there.
  The rapporteur was Judge Alicia Benavides.

"This ruling is for the grandmothers who walked to Quito," said Lucía Tsakimp, the lawyer who
  represented the plaintiffs. "Today the court reminded the State that the Amazon is not empty."

## The government's response

The environment minister, Diego Cárdenas Ayala, appeared at the Carondelet presidential palace
  about an hour after the ruling was released. "We respect the court's decision and within 90
  days we will send a bill to the Assembly that guarantees consultation without paralysing the
  country," he said.

Cárdenas added that none of the hydroelectric plants currently generating power would be
  affected. The three suspended concessions, in Pastaza and Morona Santiago, are still in the
  design phase.

!ad

The court gave the National Assembly one year to approve a law on prior consultation. In the
  meantime, any concession in the basins concerned must go through a consultation process
  supervised by the Ombudsman's Office (Defensoría del Pueblo).

## Dissent

The two dissenting judges, Teodoro Villacís Mora and Marcela Endara Ruiz, wrote that the
  majority had taken on a role that belongs to the legislature. "It is not for this court to
  design energy policy," they wrote.

Court president Ramiro Andrade Poveda, who voted with the majority, said in a brief statement
  that the ruling "does not prohibit any project; it establishes how they must be decided".

## In Quito, worries about the lights

Not everyone outside the court was celebrating. On Avenida 6 de Diciembre, shopkeepers
  remembered the blackouts of late 2024, when some neighbourhoods of the capital went without
  electricity for up to 14 hours a day.

"I understand the communities, but we need electricity," said Jorge Salazar, 52, who runs a
  print shop in La Mariscal. "If there is no new energy, the cuts will come back."

The Ecuadorian Chamber of Energy said the decision created legal uncertainty. Analysts consulted
  by Quito al Día said the Assembly was unlikely to pass a consultation law quickly, given that
  previous attempts had failed in 2012 and 2020.

The energy law was approved on 14 August 2025 with 79 votes and took effect after its
  publication in the Official Register in September of that year.
"""

_CT_PAPER = """
headline: Court ruling leaves Ecuador's energy push in limbo
dek: Investors weigh a decision that suspends three Amazon hydro projects and hands the Assembly
  a year to write consultation rules
section: Energy
byline: By Roberto Iturralde
dateline: GUAYAQUIL
photo: The Coca Codo Sinclair hydroelectric plant, Ecuador's largest, was not affected by the
  ruling. || The Pacific Courier / archive
---
When Ecuador's Constitutional Court struck down the heart of the government's flagship energy
  law on Wednesday, it did more than halt three hydroelectric projects in the Amazon. It
  reopened a question that successive governments have avoided for almost two decades: how,
  exactly, the State should consult indigenous communities before approving projects on their
  land.

The court voted 6-3 to declare unconstitutional four articles of the Organic Law on Energy
  Competitiveness, which allowed the Ministry of Energy and Mines to award and transfer hydro
  concessions in Amazon basins without prior consultation. The dissenting opinion, signed by
  Judges Teodoro Villacís Mora and Marcela Endara Ruiz, argued that the majority had strayed
  into policy-making.

The majority opinion, drafted by Judge Alicia Benavides Cornejo, was blunt. "The urgency of the
  energy transition does not suspend the Constitution," it said.

## What is at stake

The three suspended concessions, in Pastaza and Morona Santiago, would have added 640 MW of
  capacity, with investment estimated at $1.3bn. None had begun construction, but two had signed
  preliminary financing agreements with Asian and European lenders, according to people familiar
  with the projects.

"The problem is not these three projects. The problem is the signal," said Carolina Espinel, a
  partner at the Guayaquil law firm Espinel & Vásconez, which advises energy investors. "Anyone
  looking at the Amazon basins now has to price in a consultation process whose rules do not yet
  exist."

Minister of Energy and Mines Diego Cárdenas Ayala said on Wednesday evening that the government
  respected the ruling and would send a bill to the Assembly within 90 days "to guarantee
  consultation without paralysing the country".

!news

## A year to legislate

The court gave the National Assembly 12 months to pass a law on prior consultation. Fernando
  Proaño, who chairs the Assembly's energy committee, said legislators would not need that long.
  "We have a year. We will not need all of it," he told The Pacific Courier. But lawmakers have
  tried and failed to pass such a law before, in 2012 and in 2020, and the issue divides the
  governing bloc.

Indigenous organisations, which brought the case in October 2025, said they would take part in
  drafting. "We are not against energy. We are against decisions made in Quito about our
  rivers," said Lucía Tsakimp, the plaintiffs' lawyer.

## Blackout memories

The ruling lands in a country still scarred by the power cuts of late 2024, when drought emptied
  reservoirs and some areas went without power for up to 14 hours a day. The government has
  since added thermal barges and accelerated solar tenders, and the energy law was meant to
  speed up larger hydro projects.

The law passed the Assembly on 14 August 2025 with 79 of 151 votes. Its supporters say Ecuador
  needs at least 1,500 MW of new capacity by 2030 to avoid a repeat of the cuts, a figure from
  the national electricity operator.

## The court's record

The decision fits a pattern. Ecuador's 2008 Constitution is among the most protective of
  indigenous and environmental rights in the world, and the court has applied it forcefully,
  notably in its 2021 ruling protecting the Los Cedros forest reserve. Not every case has been
  one-sided: in 2024 the court divided 5-4 on a mining concession case in the south of the
  country.

Court president Ramiro Andrade Poveda, who sided with the majority, said the ruling "does not
  prohibit any project". Investors will hope he is right.
"""

_CT_LAW = """
headline: Ecuador CC 41-25-IN: prior consultation and the limits of energy urgency
dek: A close reading of the Constitutional Court's decision on the Organic Law on Energy
  Competitiveness and what it means for concession holders
section: Constitutional
byline: Commentary by Dra. Verónica Salgado Ruiz, constitutional law practitioner
---
On Thursday 22 July, the Constitutional Court of Ecuador published its decision in case
  41-25-IN, declaring unconstitutional Articles 12, 13, 27 and 31 of the Ley Orgánica de
  Competitividad Energética (LOCE), enacted in 2025. The vote was 7-2, with Judge Alicia
  Benavides Cornejo as rapporteur.

## The challenged provisions

The four articles allowed the Ministry of Energy and Mines to award hydropower concessions in
  the Amazon river basins, and to authorise their transfer to third parties, on the basis of an
  environmental licence alone. Consultation with affected communities was either deferred to the
  construction stage (Articles 12 and 13) or replaced by a "socialisation" process with no
  binding effect (Articles 27 and 31).

The plaintiffs, CONAIE and the Federation of Kichwa Communities of Pastaza, argued that this
  breached Article 57(7) of the Constitution, which guarantees free, prior and informed
  consultation, and ILO Convention 169, to which Ecuador is a party.

## The majority's reasoning

The majority held that consultation must take place before the administrative act that creates
  rights for the concessionaire, not after. In the court's words, consultation "is not a
  formality that the State may postpone until after the decision has been taken". The court also
  rejected the government's argument that the energy emergency of 2024 justified an exception:
  an emergency may justify speed, the majority wrote, but not the suppression of a collective
  right.

Notably, the court did not declare the entire law unconstitutional. It modulated the effects of
  its decision: the four articles are expelled from the legal order, concessions already in
  operation are unaffected, and the three pending concessions in Pastaza and Morona Santiago are
  suspended until a consultation compliant with the judgment is carried out.

!table
Element | Decision
Articles struck down | 12, 13, 27, 31
Vote | 7-2
Deadline for the Assembly | 12 months
Interim supervision | Ombudsman's Office
Concessions suspended | 3 (640 MW)

## The dissent

Judges Teodoro Villacís Mora and Marcela Endara Ruiz dissented. In their view, the Executive
  Decree regulating consultation already filled the gap, and the majority's detailed interim
  regime amounts to positive legislation. It is a serious objection, and one that echoes the
  court's internal debate in the 2024 mining case, decided 5-4.

## Practical consequences

For concession holders and lenders, three points matter. First, any concession in the affected
  basins awarded after the judgment requires consultation supervised by the Ombudsman's Office.
  Second, transfers of existing concessions are caught by the same requirement, which will
  complicate refinancing. Third, the Assembly has 12 months to legislate; if it fails, the
  interim regime continues to apply.

The government has said it will send a bill within 90 days. Given the failed attempts of 2012
  and 2020, practitioners should plan for the interim regime to last well beyond that.

The judgment continues the line of the court's 2021 Los Cedros decision and confirms that the
  2008 Constitution's consultation guarantees are enforceable against framework energy
  legislation, not only against individual projects.
"""

STORY_CT = {
    "id": "ct-CC3",
    "part": "CC",
    "domain": "court",
    "fetched": "2026-07-24",
    "articles": [
        page("andeswire",
             "https://www.andeswire.example/legal/2026/07/22/ecuador-court-hydro-rules",
             _CT_WIRE,
             {"mode": "meta", "iso": "2026-07-22T18:05:00-05:00",
              "shown": "July 22, 2026 6:05 PM GMT-5"},
             ["Ecuador's power grid: reservoirs at 71% as dry season begins",
              "Explainer: prior consultation in Andean law",
              "Peru's Congress approves mining formalisation extension"],
             ["Ecuador's bonds slip after court ruling",
              "Colombia's peso weakens past 4,200 per dollar",
              "Bolivia's lithium deal clears Senate committee"]),
        page("quitoaldia",
             "https://quitoaldia.example/politica/corte-constitucional-ley-energia-consulta-previa",
             _CT_LOCAL,
             {"mode": "visible", "shown": "22/07/2026 · 19:40"},
             ["Photos: vigil outside the Constitutional Court",
              "Quito metro carries 190,000 passengers on record day"],
             ["Traffic plan for the weekend's Fiestas",
              "Pichincha volcano: IG reports normal activity",
              "Quito's water tariff to rise 3% in 2027"]),
        page("pacificcourier",
             "https://www.pacificcourier.example/energy/court-ruling-ecuador-energy-push-limbo",
             _CT_PAPER,
             {"mode": "jsonld", "iso": "2026-07-23T06:00:00-05:00",
              "shown": "23 July 2026"},
             ["Ecuador adds 300 MW of thermal barges",
              "Solar tender: 12 bidders for 500 MW",
              "Opinion: the Assembly must not waste its year"],
             ["Guayaquil port volumes rise 9%",
              "Banana exports hit record in first half",
              "Shrimp farmers warn of El Niño costs"]),
        page("andeanlawreview",
             "https://andeanlawreview.example/ecuador/cc-41-25-in-prior-consultation-hydro",
             _CT_LAW,
             {"mode": "none"},
             ["Peru: consultation rules for mining, a decade on",
              "Bolivia's TCP and the lithium contracts"],
             ["Arbitration: the Andean investment treaty cases to watch",
              "Job: senior associate, energy regulation, Quito"]),
    ],
    "planted": [
        ("vote split", r"\b7\s*(?:-|–|to)\s*2\b|seven (?:votes )?to two",
         r"\b6\s*(?:-|–|to)\s*3\b|six (?:votes )?to three"),
        ("weekday of the ruling", r"\bwednesday\b", r"\bthursday\b"),
        ("Diego Cárdenas's post", r"energy minister|minister of energy",
         r"environment minister|minister of (?:the )?environment"),
    ],
}


# ===========================================================================
# Story 4 — trade (3 PLANTED): Bolivia-Peru Desaguadero transit protocol, Fri 20 Mar 2026
# ===========================================================================

_TR_WIRE = """
headline: Bolivia and Peru sign Desaguadero protocol to cut port fees for Bolivian cargo at Ilo
dek: Handling charges for Bolivian transit cargo fall 35%; a joint border post is due by
  September and a $480 million road and dry-port plan is agreed
section: Economy
byline: By Marcelo Quiroga
dateline: DESAGUADERO, Bolivia, 20 March (APA)
signoff: APA / MQ / edited by Ana Rivero
---
Bolivia and Peru signed an agreement on Friday to cut port fees for Bolivian cargo passing
  through the Peruvian port of Ilo by 35% and to open a joint customs post on their main border
  crossing, in a bid to reduce Bolivia's dependence on Chilean ports.

The Desaguadero Protocol on Transit and Port Services was signed at 11:00 local time on the
  binational bridge over the Desaguadero river by Bolivia's Minister of Productive Development
  and Plural Economy, Gabriela Choque Mamani, and Peru's Minister of Foreign Trade and Tourism,
  Javier Solís Reátegui.

"Bolivia no longer depends on a single port," Choque said after signing. "Today we have two
  doors to the Pacific, and one of them charges us a third less."

Under the protocol, average handling fees for Bolivian transit cargo at Ilo will fall from
  $14.20 to $9.23 per tonne from 1 May. The two countries also committed to opening an
  integrated border post at Desaguadero, where customs, migration and health inspections of both
  countries will be carried out once, by 1 September 2026.

## $480 million plan

The two governments approved a five-year investment plan worth $480 million, of which $300
  million will come from a loan by the development bank CAF and $180 million from the two
  treasuries. The money will pay for the upgrade of a 212-km stretch of the Binational Highway
  between Mazocruz and Moquegua and for a dry port on the outskirts of Ilo.

The protocol is valid for 10 years and renewable.

"Ilo is ready to be Bolivia's door to the Pacific," Solís said. "What we sign today is not a
  favour; it is good business for the south of Peru."

Bolivian cargo through Ilo reached 1.1 million tonnes in 2025, and the ministers set a target of
  3 million tonnes by 2030. Most of Bolivia's overseas trade still passes through the Chilean
  port of Arica, which handled 3.2 million tonnes of Bolivian cargo last year, according to
  figures from the Chilean port operator.

!fig Ministers Gabriela Choque and Javier Solís shake hands on the binational bridge. || APA /
  Rodrigo Mamani

## Truckers want shorter queues

Bolivian hauliers welcomed the agreement but said the real test would be the border. "Today a
  lorry waits an average of 18 hours at Desaguadero. We want to cross in less than four," said
  Ramiro Condori, president of the Bolivian Chamber of Heavy Transport for the western region.

Bilateral trade between Bolivia and Peru reached $1.6 billion in 2025. Bolivian exports through
  Ilo are mainly soya products, zinc concentrates and, increasingly, lithium carbonate from the
  state company's plants on the Uyuni salt flat.

The agreement builds on the 1992 Ilo agreements, under which Peru granted Bolivia a free zone
  and a beach area, known as Boliviamar, near the port, projects that were never fully
  developed.

Relations between Bolivia and Chile have long been shaped by Bolivia's loss of its coastline in
  the 19th-century War of the Pacific, and successive Bolivian governments have sought to
  diversify their export routes.

Friday's ceremony was attended by the governors of Puno and Moquegua and the departmental
  governor of La Paz. The ministers said a binational technical commission would meet every
  three months to monitor implementation, with the first meeting scheduled in Ilo in June.
"""

_TR_DAILY = """
headline: Ilo wins Bolivian cargo with a 35% fee cut: what the Desaguadero protocol means for
  the south
dek: The agreement signed on Friday commits $480 million to roads and a dry port. Exporters in
  Moquegua and Tacna see an opportunity; Chile's Arica is watching.
section: Comercio exterior
byline: By Patricia Valdivia Lazo
dateline: LIMA
photo: The port of Ilo, in Moquegua, handles soya and minerals from Bolivia. || Negocios Perú /
  archive
---
The ceremony on the binational bridge at Desaguadero began at 10 a.m. Lima time on Friday, and
  by mid-morning the ministers of Peru and Bolivia had signed the most ambitious transit
  agreement between the two countries in three decades.

The Desaguadero Protocol cuts average handling fees for Bolivian transit cargo at the port of
  Ilo by 35%, to $9.23 a tonne from $14.20, and commits the two countries to a five-year, $480
  million investment plan, equivalent to about 1.7 billion soles. Peru's Minister of Foreign
  Trade and Tourism, Javier Solís, signed for Peru; Bolivia's Minister of Productive
  Development, Gabriela Choque, signed for Bolivia.

"Ilo is ready to be the door of Bolivia to the Pacific," Solís said. He described the fee
  reduction as "an investment in volume": lower prices per tonne, he argued, would be offset
  many times over by higher throughput.

## A single border post

One of the most concrete commitments is the integrated border post at Desaguadero, where lorries
  will be inspected once by both countries' customs, migration and health officials instead of
  twice. The protocol sets a deadline of 1 September 2027 for the post to begin operating.

Bolivian hauliers say lorries wait an average of 18 hours at the crossing today. Peru's tax and
  customs authority, Sunat, said in a statement that a joint post could cut that to under six
  hours in its first year.

!ad

## Money for roads

Of the $480 million, $300 million will come from a CAF loan and $180 million from the Peruvian
  and Bolivian treasuries. The main item is the upgrade of 212 km of the Binational Highway
  between Mazocruz and Moquegua, a road that climbs to more than 4,500 metres and is frequently
  closed by snow between June and August. The plan also includes a dry port outside Ilo.

The protocol's term is ten years, renewable.

## Who wins

For Moquegua, the bet is clear. "Every tonne that goes through Ilo instead of Arica means work
  for our stevedores, our truckers, our warehouses," said Elmer Cuayla, president of the
  Moquegua Chamber of Commerce. Bolivian cargo through Ilo reached 1.1 million tonnes last year,
  and the goal is 3 million tonnes by 2030.

The state port company Enapu, which operates the multipurpose terminal at Ilo, said it had the
  capacity to absorb the first increase but would need new cranes to reach the 2030 target.

For Chile, the agreement is a reminder that its ports' hold on Bolivian trade is not guaranteed.
  Arica handled 3.2 million tonnes of Bolivian cargo in 2025, according to the Chilean port
  operator's figures, almost three times the volume through Ilo.

## Skepticism in La Paz

In Bolivia, where the government is struggling with a shortage of dollars and fuel, opposition
  legislators questioned whether the country could afford its share of the investment. Bolivia's
  minister, Gabriela Choque Mamani, said the Bolivian contribution would be spread over five
  years and partly financed by port savings.

"Bolivia no longer depends on a single port," Choque said at the ceremony, a phrase that made
  the front pages in La Paz on Saturday.

Bilateral trade between the two countries was $1.6 billion in 2025, with Peru running a surplus.
  The first meeting of the binational technical commission that will monitor the protocol is
  scheduled for June, in Ilo.
"""

_TR_LOCAL = """
headline: Puno traders hope transit deal brings business to the altiplano
dek: The ministers of Peru and Bolivia signed the protocol on Friday morning at the border.
  Merchants in Puno ask for their share of the benefits.
section: Frontera
byline: Por Wilber Apaza Ccama
ticker: Lake Titicaca: water level 12 cm below March average
photo: Lorries queue at the border crossing on Friday. || Puno en Línea / Wilber Apaza
---
The ministers of trade of Peru and Bolivia signed a binational transit protocol on Friday
  morning at the Kasani border bridge, near Copacabana, in a ceremony attended by the governors
  of Puno and Moquegua and by hundreds of residents of the border towns.

The agreement cuts by 35% the fees that Bolivian cargo pays at the port of Ilo, commits $480
  million to roads and a dry port, and provides for a single border post where customs officers
  of both countries will inspect lorries together. The ceremony began at 10 a.m. Peruvian time,
  11 a.m. in Bolivia.

For the merchants of Puno, the question is what is left for the altiplano. "The lorries pass
  through, the money goes to Ilo," said Nicolasa Mamani, who sells textiles in the Bellavista
  market in Puno. "We want a logistics centre here, not only a road."

## The governor's demand

Puno regional governor Efraín Mamani Quispe said he had asked Peru's Minister of Foreign Trade
  and Tourism, Javier Solís Reátegui, for part of the investment to go to the Puno stretch of
  the road network and to a cold-storage facility for trout and quinoa exports.

"Puno cannot be only a corridor," Mamani Quispe said. "If 3 million tonnes are going to cross
  our region, we want jobs and services to stay here."

Solís replied that the protocol "is a first step" and that a binational technical commission
  would review new projects every three months.

!ad

## The Bolivian side

Bolivia's minister, Gabriela Choque Mamani, who spoke in Spanish and Aymara, thanked the border
  communities. "Bolivia no longer depends on a single port," she said, to applause from the
  Bolivian delegation.

Lorry drivers interviewed by Puno en Línea at the crossing said they currently wait between half
  a day and a full day to complete formalities. Ramiro Condori, who represents Bolivian heavy
  transport hauliers, said the average wait was 18 hours and that the goal was less than four.

## What changes and when

According to the text, the new fees at Ilo (an average of $9.23 a tonne instead of $14.20) apply
  from 1 May. The single border post is due to open by 1 September of this year. The protocol
  lasts ten years and can be renewed.

In 2025, 1.1 million tonnes of Bolivian cargo passed through Ilo, most of it by the Binational
  Highway that crosses the south of Puno before descending to Moquegua.

## Informal trade

Local economists warned that the agreement does not address contraband, which dominates trade on
  the Puno border. "Formal cargo will move faster, which is good, but the informal trade in fuel
  and food will not disappear with a protocol," said Jaime Condori Flores, economist at the
  Universidad Nacional del Altiplano.

The governor of Puno said his team would present its proposals at the commission's first meeting
  in June.
"""

_TR_TRADE = """
headline: Ilo's Bolivian gambit: fee cuts, a single border post and a long-awaited road upgrade
dek: Analysis: the Peru-Bolivia transit protocol puts Ilo in direct competition with Arica for
  altiplano bulk. Can the corridor deliver?
section: Corridors
byline: Port & Corridor Weekly, Latin America desk
---
Peru and Bolivia's new transit protocol, signed at the Desaguadero border bridge, is the most
  serious attempt in a generation to route Bolivian overseas trade through a Peruvian port.
  Whether it works will depend less on the ink than on concrete, cranes and customs software.

## The headline terms

Average handling charges for Bolivian transit cargo at Ilo drop 35%, from $14.20 to $9.23 per
  tonne, effective May 1. An integrated border post at Desaguadero, with joint inspections by
  both countries' agencies, is due to open by September 1, 2026. And the governments have signed
  off on an $840 million, five-year investment program, largely financed by development bank
  CAF, covering a 212-km (132-mile) upgrade of the Binational Highway between Mazocruz and
  Moquegua and a dry port near Ilo.

The protocol runs for ten years, renewable.

!table
Item | Before | Under protocol
Ilo handling fee, $/tonne | 14.20 | 9.23
Border inspections | Two (one per country) | One, joint
Bolivian cargo via Ilo | 1.1m t (2025) | 3m t target (2030)

## The competitive math

Ilo handled 2.6 million tonnes in total in 2025, of which 1.1 million tonnes was Bolivian
  transit cargo, mostly soybean meal and zinc and lead concentrates. Arica, the traditional
  outlet, moved 3.2 million tonnes of Bolivian cargo last year according to its operator.

On paper, the fee cut closes much of the gap. Our estimates suggest a shipper moving soybean
  meal from Santa Cruz would now pay roughly $3 to $4 per tonne less in port charges via Ilo
  than via Arica. But the land leg is longer and harder: the Binational Highway tops 4,500
  meters and suffers winter closures, and trucking costs from Santa Cruz are higher on the
  Peruvian route.

"Fees are the easy part," said Ignacio Tapia, a logistics consultant in Santiago who advises
  bulk exporters. "The question is whether a truck can leave El Alto and reach the Ilo gate in
  under 30 hours, every time, including in July."

## Border friction

Bolivian haulier representatives say trucks currently wait an average of 18 hours at
  Desaguadero. The joint post should help, but similar projects elsewhere in the Andean
  Community have taken years to reach their promised performance, largely because of
  incompatible customs IT systems.

Peru's customs agency, Sunat, has said a joint post could reduce waits to under six hours in its
  first year, while the Bolivian hauliers' target is under four hours.

## Capacity at Ilo

Enapu, which operates Ilo's multipurpose terminal, has indicated it can handle the first
  increase in volumes but would need new mobile harbor cranes and additional storage to reach
  the 3 million tonne target for Bolivian cargo by 2030. The dry port in the investment plan is
  meant to move customs clearance and consolidation away from the quayside.

## Politics

Bolivian minister Gabriela Choque Mamani framed the deal as ending Bolivia's reliance on "a
  single port". Peru's Javier Solís Reátegui called Ilo "ready to be Bolivia's door to the
  Pacific". Both governments need visible wins: Bolivia faces dollar and fuel shortages, while
  southern Peru's regions have long complained that the Binational Highway was promised but
  never finished.

The first binational technical commission meeting is scheduled in Ilo in June. We will be
  watching for the tender calendar for the road works, the first sign of whether the money is
  real.
"""

STORY_TR = {
    "id": "tr-CC4",
    "part": "CC",
    "domain": "trade",
    "fetched": "2026-03-22",
    "articles": [
        page("altiplanopress",
             "https://www.altiplanopress.example/en/economy/2026/03/20/bolivia-peru-ilo-protocol",
             _TR_WIRE,
             {"mode": "meta", "iso": "2026-03-20T12:40:00-04:00",
              "shown": "20 March 2026 | 12:40 (La Paz)"},
             ["Bolivia's fuel imports: YPFB pays $310 million in arrears",
              "Lithium carbonate output at Uyuni plant reaches 600 tonnes a month"],
             ["Dollar shortage: parallel rate at 12.4 bolivianos",
              "Soya harvest forecast at 3.1 million tonnes",
              "El Alto airport runway works begin"]),
        page("negociosperu",
             "https://negociosperu.example/comercio-exterior/ilo-bolivia-protocolo-desaguadero",
             _TR_DAILY,
             {"mode": "jsonld", "iso": "2026-03-21T07:00:00-05:00",
              "shown": "Saturday, March 21, 2026"},
             ["Exports rise 9.8% in January on copper and gold",
              "Chancay port: 12 shipping lines now call weekly",
              "Moquegua's Quellaveco mine lifts output"],
             ["Sol ends week at 3.55 per dollar",
              "Tacna free zone sales up 14%",
              "Interview: the head of Enapu on port investment"]),
        page("punoenlinea",
             "https://punoenlinea.example/frontera/protocolo-transito-bolivia-comerciantes-puno",
             _TR_LOCAL,
             {"mode": "visible", "shown": "20 Mar 2026 · 15:55"},
             ["Candelaria festival: 2027 dates confirmed",
              "Juliaca airport: new route to Cusco"],
             ["Frost alert for the highlands this weekend",
              "Trout exports from Puno grow 11%",
              "Quinoa price falls to 4.8 soles a kilo"]),
        page("portcorridor",
             "https://portcorridor.example/corridors/ilo-bolivian-gambit-fee-cuts-border-post",
             _TR_TRADE,
             {"mode": "none"},
             ["Arica's Bolivian volumes: a five-year view",
              "Chancay one year on: transshipment or hub?"],
             ["Data: Pacific port throughput, Q4",
              "Santos congestion eases after berth reopening"]),
    ],
    "planted": [
        ("place of signing", r"desaguadero", r"kasani"),
        ("joint border post opening date",
         r"\b(?:1 september|september 1,?) 2026\b", r"\b(?:1 september|september 1,?) 2027\b"),
        ("investment plan amount", r"\$\s?480\s?(?:million|m)\b|\b480 million",
         r"\$\s?840\s?(?:million|m)\b|\b840 million"),
    ],
}


# ===========================================================================
# Story 5 — rocket (3 PLANTED): CONIDA's Paulet II sounding rocket, Tue 6 Oct 2026
# ===========================================================================

_RK_WIRE = """
headline: Peru's Paulet II rocket reaches space in first national flight above 100 km
dek: The two-stage sounding rocket climbed to 112 km after lifting off from the Punta Lobos base
  south of Lima; its science payload was recovered from the Pacific
section: Science
byline: By Natalia Ormeño
dateline: LIMA, Oct 6 (SCW)
signoff: Reporting by Natalia Ormeño; editing by Peter Holt
---
Peru's space agency launched a domestically built sounding rocket past the 100-km boundary of
  space on Tuesday, the first time a Peruvian rocket has reached that altitude, officials said.

The Paulet II, a two-stage solid-fuel rocket built by the National Commission for Aerospace
  Research and Development (CONIDA), lifted off at 1214 GMT (7:14 a.m. local time) from the
  Punta Lobos launch base in the Pucusana district, about 60 km south of Lima, and reached a
  maximum altitude of 112 km, or about 70 miles, some three minutes after launch.

"Today Peru crossed the line where space begins," CONIDA's head, Elsa Huamaní Ccori, told
  reporters at the base. "This is the work of Peruvian engineers, with Peruvian fuel and
  Peruvian electronics."

The rocket's 38-kg payload separated after the second stage burned out and descended by
  parachute into the Pacific Ocean about 68 km (42 miles) offshore, splashing down 14 minutes
  and 22 seconds after lift-off. A Peruvian Navy patrol boat recovered it at 10:05 a.m. local
  time, CONIDA said.

The launch had been scheduled for Sunday but was postponed because of strong high-altitude
  winds. On Tuesday the countdown was held for nine minutes after a fishing boat entered the
  safety zone off the coast.

## Beyond the Karman line

The 100-km altitude known as the Karman line is widely used as the boundary between the
  atmosphere and outer space. CONIDA had aimed for 105 km. The agency's previous rocket, the
  Paulet I-C, reached 48 km in November 2024.

The payload carried three experiments: a probe to measure plasma density in the ionosphere built
  by the National University of Engineering (UNI), a magnetometer from the Pontifical Catholic
  University of Peru (PUCP), and a camera designed by engineering students. Mission director
  Rodrigo Palacios Tello said early data from all three were "clean and complete".

!fig The Paulet II lifts off from Punta Lobos on Tuesday morning. || CONIDA handout via SCW

The rocket is 9.3 metres tall and weighed 1,140 kg at launch. The programme has cost about 21
  million soles ($5.6 million) since 2022, CONIDA said, a modest sum by international standards.

Peru has a long if intermittent history in rocketry. The rocket is named after Pedro Paulet, a
  Peruvian engineer who experimented with liquid-fuelled rocket engines in the late 19th century
  and whom Peru regards as a pioneer of the field. CONIDA operates the PeruSAT-1 Earth
  observation satellite, which was built and launched abroad, but has never put a satellite into
  orbit with its own rocket.

Huamaní said the agency would ask Congress for funding for a Paulet III capable of carrying a
  100-kg payload, and that an orbital launcher remained "a goal for the next decade, not the
  next year".

Suborbital sounding rockets like the Paulet II are used around the world to study the upper
  atmosphere and to test equipment in brief periods of near-weightlessness. The Punta Lobos
  base, on a desert peninsula south of Lima, has been used for sounding rocket launches since
  the 1970s, including campaigns with NASA.

Palacios said the payload would be taken to CONIDA's laboratory in Lima for analysis, with first
  results expected in December.
"""

_RK_SPEC = """
headline: Paulet II clears 100 km: a close look at Peru's first space-reaching sounding rocket
dek: CONIDA's two-stage solid rocket hit 112 km apogee from Punta Lobos. Flight profile, payload
  and what comes next.
section: Suborbital
byline: Orbital Brief staff
---
Peru joined the small group of Latin American countries to have sent a domestically developed
  rocket above 100 km when CONIDA's Paulet II reached an apogee of 112 km on its flight from the
  Punta Lobos launch base, on the coast of the Pucusana district south of Lima.

Lift-off came at 07:14 local time (12:14 UTC), after a hold of about nine minutes to clear a
  fishing vessel from the range. The launch had already slipped two days, from Sunday to
  Tuesday, because of upper-level winds.

## Flight profile

The Paulet II is a two-stage vehicle with solid-propellant motors developed in-house by CONIDA,
  with a composite-case second stage that is new to this flight. It stands 9.3 m tall with a
  lift-off mass of 1,140 kg.

Based on the figures released by the agency, the first stage burned for roughly 6 seconds and
  the second stage for about 20 seconds, pushing the vehicle to a peak velocity of around Mach
  5.6. Apogee came 3 minutes 11 seconds into the flight, and the payload spent roughly 100
  seconds above the 100-km line.

The payload section, with a mass of 38 kg, separated after second-stage burnout, re-entered, and
  deployed a drogue and main parachute. It splashed down about 68 km offshore, 24 minutes and 22
  seconds after lift-off, and was recovered by a Peruvian Navy patrol vessel later in the
  morning.

!table
Parameter | Value
Stages | 2 (solid)
Height | 9.3 m
Lift-off mass | 1,140 kg
Payload mass | 38 kg
Apogee | 112 km (target 105 km)
Time to apogee | 3 min 11 s
Splashdown distance | about 68 km offshore

CONIDA first reported a preliminary apogee of "at least 110 km" from real-time telemetry; the
  agency later confirmed 112 km after processing radar and onboard GPS data.

## Payload

Three experiments flew: an ionospheric plasma probe from the National University of Engineering
  (UNI), a fluxgate magnetometer from the Pontifical Catholic University of Peru (PUCP), and a
  student-built camera module. Mission director Rodrigo Palacios Tello said all three returned
  complete data sets.

## Context

The jump in performance is considerable. CONIDA's previous vehicle, Paulet I-C, reached 48 km in
  November 2024, and the agency had set a target of 105 km for this flight. The 112-km result
  also puts Peru ahead of its own schedule: the programme plan presented to Congress in 2023
  foresaw reaching 100 km only in 2027.

"We crossed the line where space begins, and we did it ourselves," CONIDA head Elsa Huamaní
  Ccori said after the flight.

The programme's total cost since 2022 is put at 21 million soles (about $5.6 million). By
  comparison, a single commercial sounding rocket flight purchased abroad can cost several
  million dollars.

## What's next

CONIDA says it will seek funding for a Paulet III with a 100-kg payload capacity. An orbital
  launcher remains a long-term goal. For regional observers, the more immediate question is
  whether Punta Lobos, which hosted NASA sounding rocket campaigns in past decades, can again
  attract foreign science customers. With a proven domestic vehicle, that pitch just became
  easier.
"""

_RK_LIVE = """
headline: EN VIVO / LIVE: Paulet II launch from Punta Lobos — Peru's rocket reaches space
dek: Follow the launch of CONIDA's Paulet II sounding rocket minute by minute. Times are Peru
  time (UTC-5).
section: Ciencia
byline: By Miguel Ángel Torres, reporting from Pucusana
key: 07:14 Lift-off ;; 07:18 Preliminary apogee at least 110 km ;; 07:28 Splashdown ;; 12:40
  Apogee confirmed at 112 km
photo: The Paulet II on its launch rail at Punta Lobos before dawn. || Lima Hoy / Miguel Ángel
  Torres
---
@@ 13:05 | We are wrapping up our live coverage. Recap: Paulet II lifted off at 07:14, reached
  112 km, above the 100-km line where space is generally considered to begin, and its payload
  splashed down in the Pacific just over 14 minutes later. The payload was recovered by the Navy
  at 10:05 and is expected at the pier in Pucusana this afternoon. Thank you for following with
  us.

@@ 12:48 | Mission director Rodrigo Palacios Tello says the data from all three experiments are
  "clean and complete" and that first scientific results should be ready in December.

@@ 12:40 | Press conference at the base. CONIDA chief Elsa Huamán Ccori confirms the final
  apogee: 112 km, up from the preliminary figure of "at least 110 km" given this morning, after
  the team processed radar and GPS data. "Peru has today crossed the line where space begins,"
  Huamán says. She will ask Congress for funds for a Paulet III.

!ad

@@ 10:05 | The Navy reports that a patrol boat has recovered the payload, about 68 km off the
  coast. It is intact, says CONIDA.

@@ 07:28 | Splashdown! CONIDA confirms the payload has landed in the sea under its parachute,
  just over 14 minutes after lift-off. Recovery vessels are heading to the area.

@@ 07:18 | Preliminary telemetry: the rocket reached at least 110 km. Cheers and hugs in the
  control room. Huamán, the head of CONIDA, embraces the launch team.

@@ 07:17 | Apogee reached, according to the commentary from the control room. Both stages worked
  as planned.

@@ 07:14 | LIFT-OFF! The Paulet II has left the rail at Punta Lobos. A bright trail rises into a
  cloudless sky over the sea.

!ad

@@ 07:05 | The window opens, but the countdown is on hold: a fishing boat has entered the safety
  zone. The Navy is escorting it out.

@@ 06:58 | Conditions look good. Winds at altitude have dropped well below the limit that forced
  Sunday's postponement. The launch window opens at 07:05.

@@ 06:30 | Good morning from Punta Lobos, about 60 km south of Lima. Today CONIDA tries again to
  launch the Paulet II, a two-stage solid-fuel rocket of 9.3 metres and 1,140 kg. The goal: to
  exceed 100 km, the altitude generally used as the frontier of space, with a target of 105 km.
  The previous Peruvian rocket, Paulet I-C, reached 48 km in November 2024. On board is a 38-kg
  payload with three experiments, from the UNI, the PUCP and a team of students.

@@ 06:20 | How to watch: the launch will be broadcast on CONIDA's official channels and on our
  home page. Residents of Pucusana and Chilca may see the trail from the beaches if the morning
  haze clears.
"""

_RK_PAPER = """
headline: After Paulet II, Peru's space agency asks: what next?
dek: Tuesday's flight to 112 km was a triumph on a shoestring budget. Turning it into a
  programme will take money and political patience.
section: Science
byline: By Carmen Rosa Delgado
dateline: LIMA
photo: Engineers of CONIDA celebrate in the control room at Punta Lobos. || Diario del Pacífico
  / Renzo Salas
---
For the engineers of Peru's space agency, CONIDA, Tuesday was a day of vindication. Their Paulet
  II rocket lifted off from the Punta Lobos base at 07:41, after a short hold, and climbed to
  112 km, taking a Peruvian-built rocket above the 100-km Karman line for the first time.

"Today Peru crossed the line where space begins," said Elsa Huamaní Ccori, the head of CONIDA,
  at a press conference at the base a few hours later. The payload, with three experiments from
  Peruvian universities, came down by parachute in the Pacific just over 14 minutes after
  lift-off and was recovered by the Navy.

The achievement came cheaply. The programme has cost about 21 million soles since 2022, roughly
  $5.6 million, less than the price of a single commercial sounding rocket flight bought abroad.
  The agency's previous rocket, the Paulet I-C, reached 48 km in November 2024; this one beat
  its own target of 105 km.

## A budget measured in soles

But CONIDA's leaders were already talking about money before the payload had reached the port.
  The agency wants Congress to fund a Paulet III capable of carrying 100 kg to similar
  altitudes, and it wants multi-year funding rather than the annual allocations that, engineers
  say, have stalled projects in the past.

"We lose months every January waiting for the budget," said mission director Rodrigo Palacios
  Tello. "A rocket is not built in twelve-month slices."

The 2027 budget bill now before Congress includes no line for a Paulet III. Legislators from the
  science committee said on Tuesday that they would propose an amendment, but Peru's fiscal
  rules and the pressure from regional governments for road and health spending make the outcome
  uncertain.

!news

## Why suborbital matters

Sounding rockets are the unglamorous workhorses of space science. They spend only minutes above
  the atmosphere, but they can carry instruments to altitudes that balloons cannot reach and
  satellites cannot linger at. The Paulet II's ionospheric probe, built by the National
  University of Engineering, will help scientists understand the equatorial ionosphere, which
  distorts GPS signals over Peru.

Peru has a history here. Punta Lobos hosted joint campaigns with NASA in the 1970s and 1980s,
  when the equatorial position of the base made it attractive to American scientists. CONIDA now
  hopes to bring foreign customers back.

## The dream of orbit

Huamaní was careful not to overpromise. An orbital launcher, she said, is "a goal for the next
  decade, not the next year". Peru operates PeruSAT-1, an Earth observation satellite bought
  from Europe, and the agency would like the next one to be at least partly built at home.

For now, the engineers are enjoying the moment. On Tuesday evening, a few dozen of them gathered
  at a cevichería in Pucusana, the fishing town next to the base. One of them, 27-year-old
  propulsion engineer Lucía Chumpitaz, said she had watched the rocket disappear into the sky
  "and then cried for ten minutes".

"My grandfather fished in these waters," she said. "Now we have sent something from here to space."
"""

STORY_RK = {
    "id": "rk-CC5",
    "part": "CC",
    "domain": "rocket",
    "fetched": "2026-10-08",
    "articles": [
        page("southerncrosswire",
             "https://www.southerncrosswire.example/science/peru-paulet-ii-sounding-rocket-space",
             _RK_WIRE,
             {"mode": "meta", "iso": "2026-10-06T18:30:00Z",
              "shown": "6 Oct 2026, 18:30 GMT"},
             ["Argentina's Tronador II passes engine test",
              "Brazil's Alcântara base signs deal with launch start-up"],
             ["Chile's new astronomy observatory sees first light",
              "Colombia's senate approves space agency bill",
              "SpaceX launches 29 Starlink satellites"]),
        page("orbitalbrief",
             "https://orbitalbrief.example/suborbital/paulet-ii-clears-100-km-peru-conida",
             _RK_SPEC,
             {"mode": "none"},
             ["Suborbital roundup: Europe's sounding rocket season",
              "Latin America's launch sites, ranked"],
             ["Rocket Lab's Neutron: second flight review",
              "ESA's Vega C returns to flight cadence",
              "Podcast: small launchers and the 100 km question"]),
        page("limahoy",
             "https://limahoy.example/ciencia/en-vivo-lanzamiento-paulet-ii-punta-lobos",
             _RK_LIVE,
             {"mode": "jsonld", "iso": "2026-10-06T06:20:00-05:00",
              "mod": "2026-10-06T13:05:00-05:00",
              "shown": "En vivo · Actualizado 13:05"},
             ["Who was Pedro Paulet, the Peruvian rocket pioneer?",
              "Photos: the launch seen from the beaches of Pucusana"],
             ["Metro Line 2: 5 new stations open in December",
              "Lima's winter ends with the coldest September in 8 years",
              "Alianza Lima wins 2-0 at Matute"]),
        page("diariodelpacifico",
             "https://diariodelpacifico.example/en/science/after-paulet-ii-peru-space-agency-next",
             _RK_PAPER,
             {"mode": "visible", "shown": "Wednesday 7 October 2026"},
             ["Editorial: a small rocket and a big lesson",
              "PeruSAT-1 marks a decade in orbit"],
             ["Congress debates the 2027 budget",
              "Anchovy season opens with a quota of 2.5 million tonnes",
              "Machu Picchu visitor cap raised to 5,600 a day"]),
    ],
    "planted": [
        ("lift-off clock time", r"\b0?7[:.]14\b", r"\b0?7[:.]41\b"),
        ("flight duration to splashdown", r"\b14\s*min", r"\b24\s*min"),
        ("name of CONIDA's head", r"\bhuaman[ií]\b", r"\bhuam[aá]n\b"),
    ],
}


# ===========================================================================
# Story 6 — earthquake (CONTROL): M6.2 (IGP) near Acarí, Arequipa, Sat 8 Aug 2026 22:48 PET
# ===========================================================================

_EQ_LIVE = """
headline: LIVE: Strong earthquake shakes southern Peru — deaths reported in Arequipa region
dek: Updates on the magnitude 6.2 earthquake near Acarí, Caravelí province. All times are Peru
  time (UTC-5).
section: Sismos
byline: By the Perú Directo newsroom
key: Sat 22:48 Earthquake strikes ;; Sat 23:05 No tsunami threat ;; Sun 09:00 Five dead ;; Sun
  18:00 INDECI: six dead, 61 injured
photo: Residents of Acarí spend the night in the main square after the earthquake. || Perú
  Directo / Yuri Ccahuana
---
@@ Sun 18:20 | Latest official figures from INDECI's emergency operations centre (report of
  18:00): six people dead, 61 injured, 1,380 homes affected, 312 uninhabitable and 41 collapsed.
  Prime Minister Álvaro Mendieta Salas announces that the government will declare a 60-day state
  of emergency in nine districts of the Arequipa and Ayacucho regions. The decree is expected to
  be published tomorrow.

@@ Sun 14:30 | The regional governor of Arequipa, Mónica Villena Apaza, says 800 tents and 12
  tonnes of food have been sent to Acarí, Yauca and Bella Unión. "The priority tonight is that
  no family sleeps in the open," she says.

@@ Sun 12:10 | The Instituto Geofísico del Perú (IGP) has recorded 37 aftershocks so far. The
  strongest was magnitude 4.6 at 01:12 this morning. Seismologist Ricardo Aliaga Puma asks
  residents not to return to cracked adobe houses.

@@ Sun 11:40 | The Pan-American Highway South is open again near Chala after machinery from the
  transport ministry cleared two landslides.

!ad

@@ Sun 09:00 | INDECI updates its figures: five dead and 48 injured; 204 homes declared
  uninhabitable. Most of the victims were in the district of Acarí and in rural hamlets of the
  Acarí valley.

@@ Sun 07:40 | Prime Minister Mendieta has flown to Acarí with the head of INDECI, Carlos
  Yupanqui Rojas. Police report that landslides are blocking the Pan-American Highway South near
  Chala.

@@ Sun 06:15 | Mining company Minera Cerro Lomas says it suspended operations overnight and
  evacuated its 1,200 workers as a precaution. No workers were injured; engineers will inspect
  the tailings dam this morning.

@@ Sun 02:30 | INDECI: three dead and 27 injured. "Teams are still reaching rural communities;
  the figures may rise," says Yupanqui.

@@ Sun 01:12 | Strong aftershock, magnitude 4.6 according to the IGP. Residents in Acarí run out
  into the streets again.

!ad

@@ Sat 23:55 | First official casualty report: INDECI says one man died in Acarí when an adobe
  wall collapsed on him, and 12 people were injured.

@@ Sat 23:20 | The IGP revises its figure: magnitude 6.2, depth 58 km, epicentre 27 km southwest
  of Acarí, in the province of Caravelí. The US Geological Survey (USGS) puts the magnitude at
  6.4. Shaking was felt in Nazca, Ica and Arequipa, and lightly in Lima, about 460 km to the
  northwest.

@@ Sat 23:05 | The Navy's Directorate of Hydrography and Navigation rules out a tsunami on the
  Peruvian coast.

@@ Sat 22:55 | BREAKING: A strong earthquake has been felt across southern Peru at 22:48. The
  IGP's preliminary automatic estimate is magnitude 6.0; this figure may be revised. Residents
  of Nazca and Chala report objects falling and power cuts.
"""

_EQ_WIRE = """
headline: Magnitude 6.2 earthquake kills three in southern Peru
dek: The quake struck late on Saturday near the town of Acarí in the Arequipa region; it was
  felt as far away as Lima
section: World
byline: By Natalia Ormeño
dateline: LIMA, Aug 9 (SCW)
signoff: Reporting by Natalia Ormeño; additional reporting by Jorge Taco in Arequipa; editing by
  Kim Bradley
---
A strong earthquake struck southern Peru late on Saturday, killing at least three people and
  injuring 27, damaging adobe homes and sending residents running into the streets, authorities
  said.

The quake hit at 10:48 p.m. local time on Saturday (0348 GMT on Sunday), with its epicentre 27
  km southwest of the town of Acarí in the Arequipa region, at a depth of 58 km, Peru's
  Geophysical Institute (IGP) said. The institute put the magnitude at 6.2 after an initial
  estimate of 6.0. The U.S. Geological Survey measured it at magnitude 6.4, at a depth of 61 km.

The national civil defence institute, INDECI, said in a report at 2:30 a.m. (0730 GMT) that
  three people had been killed and 27 injured. The first victim, a man in Acarí, died when an
  adobe wall collapsed on him, it said.

"Teams are still reaching rural communities; the figures may rise," INDECI chief Carlos Yupanqui
  Rojas told local radio.

The Navy ruled out a tsunami threat about 17 minutes after the quake. The IGP recorded several
  aftershocks, the strongest of magnitude 4.6 at 1:12 a.m. on Sunday.

The shaking was felt in the cities of Nazca, Ica and Arequipa, and lightly in Lima, about 460 km
  (285 miles) northwest of the epicentre. Residents of Chala, a fishing town on the coast,
  reported falling objects and power cuts.

!fig A damaged adobe house in Acarí, Peru, on Sunday. || SCW / Jorge Taco

Prime Minister Álvaro Mendieta Salas said he would travel to the area on Sunday morning. "The
  State is mobilised," he wrote on social media.

Minera Cerro Lomas, which operates a copper mine in the area, said it had suspended operations
  and evacuated its 1,200 workers as a precaution, and that no employees had been hurt.

"This was an interplate event, where the Nazca plate slides beneath the South American plate,"
  IGP seismologist Ricardo Aliaga Puma said. "This coast has produced large earthquakes before
  and will do so again."

Peru sits on the Pacific "Ring of Fire" and is one of the world's most seismically active
  countries. A magnitude 8.0 earthquake near the city of Pisco in 2007 killed more than 500
  people. In January 2018, a magnitude 7.1 quake off the same stretch of coast near Acarí caused
  damage but few deaths.

Much of the housing in rural southern Peru is built of adobe, unreinforced mud brick that
  performs poorly in earthquakes. Civil defence officials have for years urged residents to
  reinforce their homes, but the cost is beyond many families in farming communities.

The Arequipa region is also home to some of Peru's largest copper mines, which account for a
  significant share of the country's exports. Several operators said they were inspecting their
  facilities.
"""

_EQ_PAPER = """
headline: Acarí counts the cost: six dead, hundreds of homes unfit to live in
dek: Saturday night's earthquake hit the adobe villages of the Acarí valley hardest. The
  government has announced a 60-day state of emergency.
section: Región Sur
byline: By Rocío Pinto Valdivia, reporting from Acarí
dateline: ACARÍ
photo: A family salvages belongings from their collapsed home in Acarí. || Correo del Sur /
  Edwin Choque
---
On Sunday morning, the main square of Acarí was a camp. Families who had spent the night on
  blankets beside the church, too afraid to go back indoors after the earthquake and the
  aftershocks that followed, were drinking tea from a municipal cauldron as soldiers unloaded
  tents.

Saturday night's earthquake, which struck at 10:48 pm, killed six people and injured 61,
  according to the report issued by the National Civil Defence Institute (INDECI) at 6 pm on
  Sunday. It damaged 1,380 homes, of which 312 are uninhabitable and 41 collapsed. By 7 am on
  Monday, INDECI had not changed those figures.

The Instituto Geofísico del Perú measured the quake at magnitude 6.2, with its epicentre 27 km
  southwest of Acarí at a depth of 58 km. The US Geological Survey, which uses a different
  method, gave a magnitude of 6.4.

## The adobe problem

Almost all the damage was in adobe houses. In the hamlet of Chocavento, in the upper valley,
  only two of some thirty homes were still standing on Sunday. "We heard a roar and then
  everything came down," said Teófilo Huarcaya, 64, a farmer whose brother-in-law was among the
  dead. "I pulled my grandchildren out through the window."

Engineers from the regional government said most of the collapsed buildings had been built
  decades ago without reinforcement. Houses built with confined masonry under a state programme
  after the 2018 earthquake held up well, they said.

Prime Minister Álvaro Mendieta Salas, who flew to Acarí on Sunday morning, announced a 60-day
  state of emergency in nine districts of the Arequipa and Ayacucho regions. The decree was
  published in the official gazette El Peruano early on Monday.

## Aid arrives

Arequipa's regional governor, Mónica Villena Apaza, said 800 tents and 12 tonnes of food had
  been sent to Acarí, Yauca and Bella Unión. "The priority is that no family sleeps in the
  open," she said. By Sunday night most families in Acarí had a tent, but residents of the upper
  valley said aid had not yet reached them.

The Pan-American Highway South, blocked by two landslides near Chala on Saturday night, reopened
  late on Sunday morning, allowing lorries with aid from Arequipa and Lima to get through.

!news

## Fear of aftershocks

The IGP had recorded 37 aftershocks by noon on Sunday, the strongest of magnitude 4.6 at 1:12
  am. Seismologist Ricardo Aliaga Puma urged residents not to return to cracked adobe houses,
  even if they seemed to be standing. "An aftershock can bring down what the main quake left
  weakened," he said.

The mining company Minera Cerro Lomas, which had suspended operations and evacuated its 1,200
  workers, said it expected to resume work on Tuesday after inspections of its tailings dam
  found no damage.

## An old story

The south of Peru knows these nights. In January 2018 a magnitude 7.1 earthquake off the coast
  near Acarí damaged hundreds of homes, and the 2007 Pisco earthquake, further north, killed
  more than 500 people. Each time, officials promised programmes to replace adobe housing.

"After every quake they come, they count, they promise," said the mayor of Acarí, Wilfredo
  Quispe Huamán. "Then they leave. This time we want the reconstruction to be done with us, not
  for us."
"""

_EQ_DESK = """
headline: M6.2 Acarí, Peru: a subduction-interface quake beneath the coast, explained
dek: Why the IGP and USGS magnitudes differ, what the aftershock sequence looks like, and how
  this event compares with past quakes off southern Peru
section: Explainers
byline: Quake Desk
---
A moderate-to-strong earthquake struck the Arequipa region of southern Peru at 22:48 local time
  on Saturday 8 August (03:48 UTC on Sunday 9 August), causing deadly damage to adobe houses in
  the Acarí valley.

## Magnitude: 6.0, 6.2 or 6.4?

Different agencies reported different magnitudes, and all are legitimate estimates. The
  Instituto Geofísico del Perú (IGP), Peru's national seismological agency, first issued an
  automatic estimate of 6.0 and then, after a reviewed solution about half an hour later, a
  moment magnitude of 6.2. The US Geological Survey (USGS) reported 6.4, and the
  European-Mediterranean Seismological Centre (EMSC) 6.3.

Such differences are common for the first hours and days. Agencies use different station
  networks and different methods, and a difference of 0.2 magnitude units corresponds to roughly
  a doubling of the energy released. The IGP is the official reference for Peru.

!table
Agency | Magnitude | Depth | Location
IGP | 6.2 | 58 km | 27 km SW of Acarí
USGS | 6.4 | 61 km | 31 km SSW of Acarí
EMSC | 6.3 | 60 km | near coast of southern Peru

## Where and how deep

The epicentre lay near the coast of Caravelí province, at a depth of 58 km according to the IGP
  (about 36 miles). At that depth, the earthquake most likely occurred on or near the interface
  between the subducting Nazca plate and the overriding South American plate, a reverse-faulting
  event of the kind that the IGP's Ricardo Aliaga Puma described as "an interplate event".

The Nazca plate converges with South America at roughly 6 to 7 cm a year in this region. Off
  southern Peru, the subducting Nazca Ridge, a chain of underwater mountains, complicates the
  geometry of the interface and has been associated with both large earthquakes and aseismic
  zones.

## Shaking and damage

The IGP assigned an intensity of VI on the Modified Mercalli scale in Acarí, V in Nazca and III
  in Lima, about 460 km away. Intensity VI shaking is usually harmless to well-built structures
  but can be destructive for unreinforced adobe, which is what happened here. As of Sunday
  evening, Peru's civil defence institute, INDECI, reported six deaths and 61 injured.

## Aftershocks

By noon local time on Sunday, the IGP had recorded 37 aftershocks, the largest a magnitude 4.6
  at 01:12 local time (06:12 UTC). That is a normal sequence for an event of this size.
  Aftershock rates decay roughly with the inverse of time, so residents should expect fewer but
  still occasional felt shocks over the coming weeks; a larger event cannot be ruled out but is
  statistically unlikely.

## Tsunami

Peru's navy ruled out a tsunami within minutes. For an earthquake of this size and depth, a
  damaging tsunami would be very unlikely.

## Historical context

The coast of southern Peru has a long record of large earthquakes. The magnitude 8.0 Pisco
  earthquake of 2007, to the north, killed more than 500 people, and the magnitude 8.4 Arequipa
  earthquake of 2001 caused a local tsunami. In January 2018, a magnitude 7.1 event struck
  offshore near Acarí itself. The Acarí sequence is a reminder that moderate earthquakes, not
  only great ones, can be deadly where housing is vulnerable.
"""

STORY_EQ = {
    "id": "eq-CC6",
    "part": "CC",
    "domain": "earthquake",
    "fetched": "2026-08-11",
    "articles": [
        page("perudirecto",
             "https://perudirecto.example/en/live/earthquake-arequipa-acari",
             _EQ_LIVE,
             {"mode": "jsonld", "iso": "2026-08-08T22:55:00-05:00",
              "mod": "2026-08-09T18:20:00-05:00",
              "shown": "Live · updated Sunday 18:20"},
             ["What to do during an aftershock: INDECI's advice",
              "Map: the strongest earthquakes in Peru since 1970"],
             ["Lima's rainy-season plan gets 45 million soles",
              "Fuel prices rise for the third week",
              "Universitario beats Cienciano 3-1"]),
        page("southerncrosswire",
             "https://www.southerncrosswire.example/world/americas/peru-earthquake-arequipa-acari",
             _EQ_WIRE,
             {"mode": "meta", "iso": "2026-08-09T04:25:00Z", "mod": "2026-08-09T07:40:00Z",
              "shown": "Updated 07:40 GMT, 9 August 2026"},
             ["Chile: magnitude 5.8 quake shakes Atacama, no damage",
              "Ecuador's volcano Sangay ash cloud disrupts flights"],
             ["Japan lifts tsunami advisory after 6.9 quake",
              "Argentina's central bank buys $300 million",
              "Brazil floods: 12 dead in Rio Grande do Sul"]),
        page("correodelsur",
             "https://correodelsur.example/region-sur/acari-cuenta-los-danos-sismo",
             _EQ_PAPER,
             {"mode": "visible", "shown": "Monday, 10 August 2026"},
             ["How to check whether your house is safe after a quake",
              "Caravelí: schools closed until Wednesday"],
             ["Arequipa's Misti volcano: IGP reports normal activity",
              "FBC Melgar signs Uruguayan striker",
              "Onion prices fall 20% at the Río Seco market"]),
        page("quakedesk",
             "https://quakedesk.example/explainers/acari-peru-m6-interface-quake",
             _EQ_DESK,
             {"mode": "none"},
             ["Explainer: why magnitudes change after an earthquake",
              "The Nazca Ridge and Peru's seismic gaps"],
             ["M5.8 Atacama, Chile: felt widely, little damage",
              "How tsunami warnings work in the Pacific"]),
    ],
    "planted": [],
}

STORIES: list[dict] = [STORY_CB, STORY_EL, STORY_CT, STORY_TR, STORY_RK, STORY_EQ]
