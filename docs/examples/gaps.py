"""The UN Member States that were not parties to the Trafficking Protocol on 18 December 2008, the day
General Assembly resolution 63/194 urged them to join. Python 3, standard library only."""
import json
import os
import urllib.error
import urllib.parse
import urllib.request

base = os.environ.get("RATIFICATION_API_URL", "http://localhost:5000")
query = urllib.parse.urlencode({"asOf": "2008-12-18"})
request = urllib.request.Request(
    f"{base}/v1/instruments/trafficking-protocol/gaps?{query}",
    headers={"Accept": "application/json"},
)
try:
    with urllib.request.urlopen(request, timeout=30) as response:
        gaps = json.load(response)
except urllib.error.HTTPError as error:
    problem = json.load(error)  # application/problem+json (RFC 9457)
    raise SystemExit(f"{error.code} {problem.get('title')}: {problem.get('detail')}")

print(f"{gaps['count']} of {gaps['members']} UN Member States were not parties on {gaps['asOf']}")
for gap in gaps["items"]:
    signed = "" if gap["signed"] is None else f" (signed {gap['signed']})"
    print(f"{gap['state']} {gap['name']}{signed}")
