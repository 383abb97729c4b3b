"""The Atom feed (GET /v1/actions.atom) under a real feed parser: Debian's python3-feedparser.

Reads the live service at BASE (argv[1]) in the languages given (argv[2:]), compares the feed with the JSON change
feed, and prints one line per check, "ok: ..." or "FAILED: ...". Exits 1 on any failure.
Usage: python3 atom.py http://127.0.0.1:5000 en ar
"""
import json
import sys
import urllib.error
import urllib.request

import feedparser

BASE = sys.argv[1].rstrip("/")
LANGS = sys.argv[2:] or ["en"]
TAG = "tag:ratification-api,2026:action:"
failures = 0


def check(ok, what):
    global failures
    print(("ok: " if ok else "FAILED: ") + what)
    if not ok:
        failures += 1


def get_json(path):
    with urllib.request.urlopen(BASE + path, timeout=30) as response:
        return json.load(response)


def json_ids(path):
    ids, url = [], path
    while url:
        page = get_json(url)
        ids += [item["id"] for item in page["items"]]
        url = page["next"]
    return ids


def parse(path):
    return feedparser.parse(BASE + path)


def link(links, rel):
    return next((l for l in links if l.get("rel") == rel), None)


every_action = json_ids("/v1/actions?limit=1000")

for lang in LANGS:
    # The subscription document (RFC 5005): what a feed reader polls, the newest actions, newest first.
    current = parse(f"/v1/actions.atom?limit=200&lang={lang}")
    check(current.bozo == 0 and [e.id for e in current.entries] == [TAG + i for i in reversed(every_action[-200:])]
          and link(current.feed.links, "first") and not link(current.feed.links, "next"),
          f"[{lang}] the subscription document: the 200 newest actions, newest first, with a first link and no next")
    first_href = link(current.feed.links, "first")["href"]
    first = parse(first_href[len(BASE):] if first_href.startswith(BASE) else first_href)
    check(first.bozo == 0 and first.version == "atom10" and first.status == 200,
          f"[{lang}] first page is well-formed Atom 1.0 (bozo={first.bozo}, version={first.get('version')}, "
          f"{first.headers.get('content-type')})")
    check(first.headers.get("content-language") == lang and first.feed.title_detail.get("language") == lang,
          f"[{lang}] Content-Language and xml:lang are {lang}")
    ids = [e.id for e in first.entries]
    check(len(ids) == 200 and len(set(ids)) == 200 and ids == [TAG + i for i in every_action[:200]],
          f"[{lang}] 200 entries, unique ids, the JSON feed's first 200 actions in its order")
    complete = all(e.get("title") and e.get("summary") and e.get("updated_parsed")
                   and (link(e.links, "alternate") or {}).get("type") == "text/html"
                   and (link(e.links, "related") or {}).get("type") == "application/json" for e in first.entries)
    check(complete, f"[{lang}] every entry has a title, a summary, updated, an HTML alternate and a JSON related link")
    check(all(link(first.feed.links, rel) for rel in ("self", "alternate", "first", "next", "current")),
          f"[{lang}] the first page links self, alternate (JSON), first, next and current (RFC 5005)")

    # Every page, from first following next to the end, with the same cursor as the JSON feed.
    start = link(parse(f"/v1/actions.atom?limit=500&lang={lang}").feed.links, "first")["href"]
    all_ids, pages, bozo, url = [], 0, 0, start[len(BASE):] if start.startswith(BASE) else start
    while url:
        page = parse(url)
        pages += 1
        bozo += page.bozo
        all_ids += [e.id for e in page.entries]
        nxt = link(page.feed.links, "next")
        url = nxt["href"][len(BASE):] if nxt else None
    check(bozo == 0 and all_ids == [TAG + i for i in every_action] and len(set(all_ids)) == len(all_ids),
          f"[{lang}] following next over {pages} pages: {len(all_ids)} entries, each action once with a unique id "
          f"({len(every_action)} in the JSON feed)")

    filtered = parse(f"/v1/actions.atom?instrument=cedaw&state=FRA&lang={lang}")
    name = get_json(f"/v1/states/FRA?lang={lang}")["state"]["name"]
    check(filtered.bozo == 0 and [e.id for e in filtered.entries] == [TAG + i for i in reversed(json_ids("/v1/actions?instrument=cedaw&state=FRA"))]
          and all(e.title.startswith(name) for e in filtered.entries) and filtered.entries,
          f"[{lang}] instrument=cedaw&state=FRA: the JSON feed's actions (newest first), titled with the name in {lang} ({name})")

# The same ids in every language: an entry is an action, not a translation.
by_lang = {lang: [e.id for e in parse(f"/v1/actions.atom?state=USA&lang={lang}").entries] for lang in LANGS}
check(len({tuple(v) for v in by_lang.values()}) == 1, f"ids the same in {', '.join(LANGS)}")

via = [l["href"] for e in parse("/v1/actions.atom?limit=1000&cursor=" + get_json("/v1/actions?limit=1000")["next"].split("cursor=")[1]).entries
       + parse("/v1/actions.atom?limit=1000").entries for l in e.links if l.get("rel") == "via"]
check(via and all(h.startswith(("http://", "https://")) for h in via), f"sources that are URLs are via links ({len(via)})")

try:
    urllib.request.urlopen(BASE + "/v1/actions.atom?kind=ratify", timeout=30)
    check(False, "kind=ratify gets a 400 problem")
except urllib.error.HTTPError as error:
    problem = json.load(error)
    check(error.code == 400 and error.headers.get_content_type() == "application/problem+json" and "kind" in problem.get("errors", {}),
          f"kind=ratify gets a 400 problem naming 'kind' ({error.code})")

with urllib.request.urlopen(BASE + "/v1/actions?state=FRA", timeout=30) as response:
    header = response.headers.get("Link", "")
check('rel="alternate"; type="application/atom+xml"' in header and "/v1/actions.atom?state=FRA" in header,
      f"the JSON feed links its Atom feed: Link: {header}")
with urllib.request.urlopen(BASE + "/widgets/states/FRA?lang=ar", timeout=30) as response:
    head = response.read().decode("utf-8").split("</head>")[0]
check('<link rel="alternate" type="application/atom+xml" href="/v1/actions.atom?state=FRA&amp;lang=ar">' in head,
      "the State widget's head links the State's Atom feed")

sys.exit(1 if failures else 0)
