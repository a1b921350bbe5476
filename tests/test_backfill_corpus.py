"""Articles shared by the scale tests (backfill, PostgreSQL), written for them, and writers
for the input formats a backfill reads: JSONL, and WARC (CC-NEWS layout) with warcio.

No tests here; the other ``test_backfill*`` / ``test_postgres*`` modules import it.
"""

from __future__ import annotations

import html
import io
import json
from pathlib import Path
from typing import Any

BRIDGE = (
    "The Lisbon city council closed the 25 de Abril bridge to heavy lorries on Monday after "
    "engineers found corrosion in two suspension cables, Mayor Carlos Moedas said. Lorries "
    "over 12 tonnes must now cross the Tagus by the Vasco da Gama bridge, a detour of about "
    "20 kilometres. Inspectors from the national roads agency will report on the cables by "
    "14 March, and the council said repairs could cost 40 million euros. Hauliers' "
    "association ANTRAM warned that the detour would add an hour to deliveries into the "
    "city centre and asked for the restriction to be lifted at night."
)
BRIDGE_2 = (
    "Heavy goods vehicles were banned from Lisbon's 25 de Abril bridge from Monday, after an "
    "inspection found corroded suspension cables, the city's mayor Carlos Moedas told "
    "reporters. Trucks heavier than 12 tonnes are being sent over the Vasco da Gama bridge "
    "instead. The roads agency is due to deliver its report on 14 March; the council put the "
    "cost of repairs at 45 million euros. ANTRAM, which represents hauliers, said the ban "
    "would lengthen journeys by an hour and called for night-time access."
)
BRIDGE_3 = (
    "Commuters faced long queues at the Vasco da Gama bridge on Tuesday, a day after Lisbon "
    "barred lorries from the 25 de Abril bridge over corroded cables. Mayor Carlos Moedas "
    "said the ban on vehicles over 12 tonnes would stay until the roads agency reports on "
    "14 March. Hauliers' group ANTRAM said members had already lost contracts because of the "
    "detour, and renewed its call for the bridge to reopen to lorries overnight."
)
CHESS = (
    "Indian grandmaster Arjun Erigaisi won the Tata Steel Masters in Wijk aan Zee on Sunday, "
    "drawing his final game against Fabiano Caruana to finish on 9 points from 13 rounds. "
    "Erigaisi, 22, had led the tournament since the fifth round and lost only one game, to "
    "Anish Giri. Organisers said 8,000 people visited the playing hall over the two weeks, "
    "a record for the event. Caruana and Giri shared second place on 8.5 points."
)
CHESS_2 = (
    "Arjun Erigaisi of India took the Tata Steel Masters title in Wijk aan Zee on Sunday "
    "with 9 points out of 13 after a short draw with Fabiano Caruana in the last round. The "
    "22-year-old had been in front since round five; his only defeat came against Anish "
    "Giri. Caruana and Giri finished joint second on 8.5. Organisers reported a record "
    "attendance of 8,000 visitors at the playing hall."
)
FLOOD = (
    "Floods closed 40 schools in the Slovenian region of Carinthia on Thursday after the "
    "Drava river rose 3 metres overnight, civil protection chief Leon Behin said. About 600 "
    "residents of Dravograd were moved to sports halls, and the army sent 12 helicopters to "
    "reach villages cut off by landslides. Prime Minister Robert Golob promised emergency "
    "aid of 20 million euros and said the cabinet would meet in Dravograd on Friday."
)
FLOOD_2 = (
    "The Drava burst its banks in northern Slovenia on Thursday, forcing about 600 people "
    "out of their homes in Dravograd and shutting 40 schools, according to civil protection "
    "chief Leon Behin. Army helicopters ferried food to hamlets isolated by landslides. "
    "Prime Minister Robert Golob pledged 25 million euros in emergency aid and said ministers "
    "would hold a cabinet session in Dravograd on Friday."
)

# (outlet, title, published, text, url)
ARTICLES: list[dict[str, Any]] = [
    {"outlet": "Tagus Courier", "title": "Lisbon bans lorries from 25 de Abril bridge",
     "published": "2025-03-03", "text": BRIDGE, "url": "https://tagus.example/bridge"},
    {"outlet": "Harbour Post", "title": "Chess: Erigaisi wins Wijk aan Zee",
     "published": "2025-02-02", "text": CHESS, "url": "https://harbour.example/chess"},
    {"outlet": "Alpine Wire", "title": "Drava floods close 40 schools",
     "published": "2025-09-18", "text": FLOOD, "url": "https://alpine.example/drava"},
    {"outlet": "Meridian", "title": "Corroded cables shut bridge to trucks",
     "published": "2025-03-03", "text": BRIDGE_2, "url": "https://meridian.example/bridge"},
    {"outlet": "Civic Record", "title": "Erigaisi takes Tata Steel title",
     "published": "2025-02-02", "text": CHESS_2, "url": "https://civic.example/chess"},
    {"outlet": "Meridian", "title": "Hundreds evacuated as Drava rises",
     "published": "2025-09-18", "text": FLOOD_2, "url": "https://meridian.example/drava"},
    {"outlet": "Harbour Post", "title": "Queues at Vasco da Gama after lorry ban",
     "published": "2025-03-04", "text": BRIDGE_3, "url": "https://harbour.example/bridge"},
]


def write_jsonl(path: Path, articles: list[dict[str, Any]]) -> Path:
    lines = [json.dumps({"id": f"x{i}", **a}, ensure_ascii=False) for i, a in enumerate(articles)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def page(article: dict[str, Any]) -> bytes:
    """A news page as a CMS would serve it: metadata in <head>, the text in <article>."""
    paragraphs = "".join(f"<p>{html.escape(s.strip())}.</p>"
                         for s in article["text"].rstrip(".").split(". "))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(article['title'])}</title>"
        f"<meta property='og:title' content='{html.escape(article['title'])}'>"
        f"<meta property='og:site_name' content='{html.escape(article['outlet'])}'>"
        f"<meta property='article:published_time' content='{article['published']}T08:00:00Z'>"
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{html.escape(article['title'])}</h1>{paragraphs}</article>"
        "<footer>© Example Media</footer></body></html>"
    ).encode()


def write_warc(path: Path, articles: list[dict[str, Any]]) -> Path:
    """A gzipped WARC with a request, a response (HTML page) and metadata per article, as
    in CC-NEWS."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for a in articles:
            body = page(a)
            http = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"),
                 ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            writer.write_record(writer.create_warc_record(
                a["url"], "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            writer.write_record(writer.create_warc_record(
                a["url"], "response", payload=io.BytesIO(body), http_headers=http))
            writer.write_record(writer.create_warc_record(
                a["url"], "metadata", payload=io.BytesIO(b"fetchTimeMs: 120\r\n")))
    return path
