// Replays a catalogue of requests that reaches every operation and every status code the contract
// documents. Requests that the contract allows go through Prism in proxy mode with --errors, which
// checks each request and each live response against openapi/ratification-api.v1.json; requests the
// contract itself forbids (a value outside an enum or pattern) go straight to the service, which must
// answer them with a problem. Prints one line per case and "N passed, N failed"; exits 1 on any failure.
import { readFileSync } from "node:fs";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const targets = {
  prism: env("PRISM"), // Prism in front of the service
  limited: env("PRISM_LIMITED"), // Prism in front of an instance with a tiny rate limit
  broken: env("PRISM_BROKEN"), // Prism in front of an instance whose database file was removed
  direct: env("API"), // the service itself
};
const contract = JSON.parse(readFileSync(new URL("../../openapi/ratification-api.v1.json", import.meta.url)));

const xml = { Accept: "application/xml" };
const cases = [
  ["getLiveness", "/health/live", 200],
  ["getLiveness", "/health/live", 406, { headers: xml }],
  ["getReadiness", "/health/ready", 200],
  ["getReadiness", "/health/ready", 503, { via: "broken" }],
  ["getReadiness", "/health/ready", 406, { headers: xml }],
  ["listInstruments", "/v1/instruments", 200],
  ["listInstruments", "/v1/instruments?asOf=2008-12-18&lang=zh", 200],
  ["listInstruments", "/v1/instruments?asOf=2999-01-01", 400],
  ["listInstruments", "/v1/instruments?lang=de", 400, { via: "direct" }],
  ["listInstruments", "/v1/instruments", 406, { headers: xml }],
  ["getInstrument", "/v1/instruments/cedaw", 200],
  ["getInstrument", "/v1/instruments/XVIII-12-a?asOf=2008-12-18", 200],
  ["getInstrument", "/v1/instruments/cedaw", 200, { headers: { "Accept-Language": "ar" } }],
  ["getInstrument", "/v1/instruments/cedaw?asOf=2999-01-01", 400],
  ["getInstrument", "/v1/instruments/palermo", 404],
  ["getInstrument", "/v1/instruments/cedaw", 406, { headers: xml }],
  ["listInstrumentParticipants", "/v1/instruments/untoc/participants?status=party&region=150", 200],
  ["listInstrumentParticipants", "/v1/instruments/cedaw/participants?asOf=1990-01-01", 200],
  ["listInstrumentParticipants", "/v1/instruments/cedaw/participants?region=999", 400],
  ["listInstrumentParticipants", "/v1/instruments/cedaw/participants?status=parties", 400, { via: "direct" }],
  ["listInstrumentParticipants", "/v1/instruments/palermo/participants", 404],
  ["listInstrumentParticipants", "/v1/instruments/cedaw/participants", 406, { headers: xml }],
  ["getInstrumentParticipant", "/v1/instruments/opsc/participants/BEL", 200],
  ["getInstrumentParticipant", "/v1/instruments/cedaw/participants/fr?lang=fr&asOf=2000-01-01", 200],
  ["getInstrumentParticipant", "/v1/instruments/cedaw/participants/FRA?asOf=2999-01-01", 400],
  ["getInstrumentParticipant", "/v1/instruments/cedaw/participants/F1", 400, { via: "direct" }],
  ["getInstrumentParticipant", "/v1/instruments/cedaw/participants/XYZ", 404],
  ["getInstrumentParticipant", "/v1/instruments/nope/participants/FRA", 404],
  ["getInstrumentParticipant", "/v1/instruments/cedaw/participants/FRA", 406, { headers: xml }],
  ["listInstrumentGaps", "/v1/instruments/cedaw/gaps", 200],
  ["listInstrumentGaps", "/v1/instruments/untoc/gaps?groupBy=region&asOf=2008-12-18", 200],
  ["listInstrumentGaps", "/v1/instruments/cedaw/gaps?region=999", 400],
  ["listInstrumentGaps", "/v1/instruments/nope/gaps", 404],
  ["listInstrumentGaps", "/v1/instruments/cedaw/gaps", 406, { headers: xml }],
  ["getInstrumentProgress", "/v1/instruments/trafficking-protocol/progress", 200],
  ["getInstrumentProgress", "/v1/instruments/untoc/progress?from=2017-01-01&to=2017-12-31", 200],
  ["getInstrumentProgress", "/v1/instruments/untoc/progress?from=2020-01-01&to=2010-01-01", 400],
  ["getInstrumentProgress", "/v1/instruments/nope/progress", 404],
  ["getInstrumentProgress", "/v1/instruments/untoc/progress", 406, { headers: xml }],
  ["getInstrumentTimeline", "/v1/instruments/cedaw/timeline", 200],
  ["getInstrumentTimeline", "/v1/instruments/cedaw/timeline?format=csv", 200],
  ["getInstrumentTimeline", "/v1/instruments/untoc/timeline", 200, { headers: { Accept: "text/csv" } }],
  ["getInstrumentTimeline", "/v1/instruments/cedaw/timeline?format=xml", 400, { via: "direct" }],
  ["getInstrumentTimeline", "/v1/instruments/nope/timeline", 404],
  ["getInstrumentTimeline", "/v1/instruments/cedaw/timeline", 406, { headers: xml }],
  ["getInstrumentTimelineChart", "/v1/instruments/opsc/timeline.svg?lang=ru", 200],
  ["getInstrumentTimelineChart", "/v1/instruments/opsc/timeline.svg?lang=xx", 400, { via: "direct" }],
  ["getInstrumentTimelineChart", "/v1/instruments/nope/timeline.svg", 404],
  ["getInstrumentTimelineChart", "/v1/instruments/opsc/timeline.svg", 406, { headers: { Accept: "application/json" } }],
  ["getInstrumentMap", "/v1/instruments/cedaw/map.svg", 200],
  ["getInstrumentMap", "/v1/instruments/trafficking-protocol/map.svg?asOf=2008-12-18&lang=ar&theme=dark&region=002", 200],
  ["getInstrumentMap", "/v1/instruments/opsc/map.svg?region=999", 400],
  ["getInstrumentMap", "/v1/instruments/opsc/map.svg?theme=blue", 400, { via: "direct" }],
  ["getInstrumentMap", "/v1/instruments/nope/map.svg", 404],
  ["getInstrumentMap", "/v1/instruments/opsc/map.svg", 406, { headers: { Accept: "application/json" } }],
  ["getInstrumentMapWidget", "/widgets/instruments/cedaw/map?lang=es", 200],
  ["getInstrumentMapWidget", "/widgets/instruments/opsc/map?region=abc", 400, { via: "direct" }],
  ["getInstrumentMapWidget", "/widgets/instruments/nope/map", 404],
  ["getInstrumentMapWidget", "/widgets/instruments/cedaw/map", 406, { headers: { Accept: "application/json" } }],
  ["getResolutionWidget", "/widgets/resolutions/A-RES-63-194?lang=fr&theme=dark", 200],
  ["getResolutionWidget", "/widgets/resolutions/A-RES-63-194?theme=pink", 400, { via: "direct" }],
  ["getResolutionWidget", "/widgets/resolutions/A-RES-1-1", 404],
  ["getResolutionWidget", "/widgets/resolutions/A-RES-63-194", 406, { headers: { Accept: "application/json" } }],
  ["listStates", "/v1/states", 200],
  ["listStates", "/v1/states?region=002&unMember=true&lang=fr", 200],
  ["listStates", "/v1/states?region=999", 400],
  ["listStates", "/v1/states?unMember=yes", 400, { via: "direct" }],
  ["listStates", "/v1/states", 406, { headers: xml }],
  ["listStates", "/v1/states?q=ivory%20coast", 200],
  ["listStates", "/v1/states?q=%E4%B8%AD%E5%9B%BD&lang=zh", 200],
  ["listStates", "/v1/states?q=Atlantis", 200],
  ["listStates", "/v1/states?q=", 400],
  ["listStates", `/v1/states?q=${"a".repeat(101)}`, 400, { via: "direct" }],
  ["getState", "/v1/states/FRA", 200],
  ["getState", "/v1/states/eu?lang=zh", 200],
  ["getState", "/v1/states/JP?asOf=2017-07-10", 200],
  ["getState", "/v1/states/FRA?asOf=2999-01-01", 400],
  ["getState", "/v1/states/F1", 400, { via: "direct" }],
  ["getState", "/v1/states/XYZ", 404],
  ["getState", "/v1/states/250", 200],
  ["getState", "/v1/states/4", 400, { via: "direct" }],
  ["getState", "/v1/states/999", 404],
  ["listStateGaps", "/v1/states/004/gaps", 200],
  ["getState", "/v1/states/FRA", 406, { headers: xml }],
  ["listStateGaps", "/v1/states/USA/gaps", 200],
  ["listStateGaps", "/v1/states/USA/gaps?asOf=2999-01-01", 400],
  ["listStateGaps", "/v1/states/XYZ/gaps", 404],
  ["listStateGaps", "/v1/states/USA/gaps", 406, { headers: xml }],
  ["getStatusMatrix", "/v1/status", 200],
  ["getStatusMatrix", "/v1/status?format=csv&lang=ar", 200],
  ["getStatusMatrix", "/v1/status?region=150&asOf=2008-12-18", 200, { headers: { Accept: "text/csv" } }],
  ["getStatusMatrix", "/v1/status?region=999", 400],
  ["getStatusMatrix", "/v1/status", 406, { headers: xml }],
  ["listActions", "/v1/actions", 200],
  ["listActions", "/v1/actions?instrument=cedaw&state=FR&kind=ratification&since=2026-01-01&limit=2", 200],
  ["listActions", "/v1/actions?format=csv&limit=3", 200],
  ["listActions", "/v1/actions?cursor=abc", 400],
  ["listActions", "/v1/actions?limit=0", 400, { via: "direct" }],
  ["listActions", "/v1/actions?instrument=palermo", 404],
  ["listActions", "/v1/actions", 406, { headers: xml }],
  ["getActionsAtom", "/v1/actions.atom", 200],
  ["getActionsAtom", "/v1/actions.atom?instrument=cedaw&state=FR&kind=ratification&limit=2&lang=ar", 200],
  ["getActionsAtom", "/v1/actions.atom", 200, { headers: { "Accept-Language": "zh" } }],
  ["getActionsAtom", "/v1/actions.atom?cursor=abc", 400],
  ["getActionsAtom", "/v1/actions.atom?lang=de", 400, { via: "direct" }],
  ["getActionsAtom", "/v1/actions.atom?state=XYZ", 404],
  // application/xml admits the Atom feed (+xml): ask for JSON only.
  ["getActionsAtom", "/v1/actions.atom", 406, { headers: { Accept: "application/json" } }],
  ["getResolution", "/v1/resolutions/A-RES-63-194", 200],
  ["getResolution", "/v1/resolutions/a-res-63-194?lang=zh", 200],
  ["getResolution", "/v1/resolutions/63-194", 400, { via: "direct" }],
  ["getResolution", "/v1/resolutions/A-RES-1-1", 404],
  ["getResolution", "/v1/resolutions/A-RES-63-194", 406, { headers: xml }],
  ["getStateWidget", "/widgets/states/IRN?lang=ar&theme=dark", 200],
  ["getStateWidget", "/widgets/states/FR?instruments=cedaw,XVIII-12&compact=true", 200],
  ["getStateWidget", "/widgets/states/FRA", 304, { conditional: true }],
  ["getStateWidget", "/widgets/states/FRA?instruments=palermo", 400],
  ["getStateWidget", "/widgets/states/FRA?theme=blue", 400, { via: "direct" }],
  ["getStateWidget", "/widgets/states/XYZ", 404],
  ["getStateWidget", "/widgets/states/FRA", 406, { headers: { Accept: "application/json" } }],
  ["getInstrumentWidget", "/widgets/instruments/cedaw?lang=zh", 200],
  ["getInstrumentWidget", "/widgets/instruments/opsc", 304, { conditional: true }],
  ["getInstrumentWidget", "/widgets/instruments/opsc?compact=maybe", 400, { via: "direct" }],
  ["getInstrumentWidget", "/widgets/instruments/nope", 404],
  ["getInstrumentWidget", "/widgets/instruments/opsc", 406, { headers: { Accept: "application/json" } }],
  ["getStatusBadge", "/badges/cedaw/USA.svg?lang=ru", 200],
  ["getStatusBadge", "/badges/untoc/JP.svg", 304, { conditional: true }],
  ["getStatusBadge", "/badges/untoc/JP.svg?theme=blue", 400, { via: "direct" }],
  ["getStatusBadge", "/badges/untoc/XYZ.svg", 404],
  ["getStatusBadge", "/badges/untoc/JP.svg", 406, { headers: { Accept: "text/html" } }],
  ["getEmbedPage", "/embed", 200],
  ["getEmbedPage", "/embed?state=FRA&lang=fr&theme=dark&compact=true", 200],
  ["getEmbedPage", "/embed?instrument=cedaw", 304, { conditional: true }],
  ["getEmbedPage", "/embed?lang=de", 400, { via: "direct" }],
  ["getEmbedPage", "/embed?state=XYZ", 404],
  ["getEmbedPage", "/embed", 406, { headers: { Accept: "application/json" } }],
  ["listDownloads", "/v1/downloads", 200],
  ["listDownloads", "/v1/downloads", 406, { headers: xml }],
  ["getDatabase", "/v1/downloads/ratification.sqlite", 200],
  ["getDatabase", "/v1/downloads/ratification.sqlite", 206, { headers: { Range: "bytes=0-99" } }],
  ["getDatabase", "/v1/downloads/ratification.sqlite", 416, { headers: { Range: "bytes=1099511627776-" } }],
  ["getDatabase", "/v1/downloads/ratification.sqlite", 503, { via: "broken" }],
  ["getDatabase", "/v1/downloads/ratification.sqlite", 406, { headers: xml }],
  ["getDataset", "/v1/downloads/ratification-data.zip", 200],
  ["getDataset", "/v1/downloads/ratification-data.zip", 206, { headers: { Range: "bytes=0-99" } }],
  ["getDataset", "/v1/downloads/ratification-data.zip", 416, { headers: { Range: "bytes=1099511627776-" } }],
  ["getDataset", "/v1/downloads/ratification-data.zip", 503, { via: "broken" }],
  ["getDataset", "/v1/downloads/ratification-data.zip", 406, { headers: xml }],
];

// The limited instance allows 2 requests a minute: every operation's third request is refused.
const operations = Object.entries(contract.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method, id: op.operationId, responses: Object.keys(op.responses) })));
for (const op of operations) {
  const covered = cases.some(([id, , status]) => id === op.id && status === 304);
  if (op.responses.includes("304") && !covered) {
    const sample = cases.find(([id, , status]) => id === op.id && status === 200);
    if (sample) cases.push([op.id, sample[1], 304, { conditional: true }]);
  }
  if (op.responses.includes("429")) {
    const sample = cases.find(([id, , status]) => id === op.id && status === 200);
    if (sample) cases.push([op.id, sample[1], 429, { via: "limited", burst: 3 }]);
  }
}

let passed = 0;
let failed = 0;
const reached = new Set();
for (const [id, path, expected, options = {}] of cases) {
  const via = options.via ?? "prism";
  const headers = options.headers ?? {};
  if (options.conditional) {
    // Ask once for the representation's ETag, then ask again with it: the answer is 304 with no body.
    const first = await fetch(targets.direct + path);
    headers["If-None-Match"] = first.headers.get("etag") ?? "missing";
  }
  let response;
  for (let i = 0; i < (options.burst ?? 1); i++) {
    response = await fetch(targets[via] + path, { headers });
  }
  const body = await response.text();
  const violations = response.headers.get("sl-violations");
  const type = (response.headers.get("content-type") ?? "").split(";")[0];
  const problems = [];
  if (response.status !== expected) problems.push(`status ${response.status}, expected ${expected}`);
  if (violations) problems.push(`contract violations: ${violations}`);
  if (expected >= 400 && type !== "application/problem+json") problems.push(`content-type ${type}, expected application/problem+json`);
  if (expected >= 400 && !body.includes(`"status":${expected}`)) problems.push("problem body without its status");
  if (problems.length === 0) {
    passed++;
    reached.add(`${id} ${expected}`);
    console.log(`ok     ${via.padEnd(7)} ${expected} ${id} GET ${path}`);
  } else {
    failed++;
    console.log(`FAILED ${via.padEnd(7)} ${expected} ${id} GET ${path}: ${problems.join("; ")}\n       ${body.slice(0, 400)}`);
  }
}

// Every documented response of every operation must have been reached.
for (const op of operations) {
  for (const status of op.responses) {
    if (!reached.has(`${op.id} ${status}`)) {
      failed++;
      console.log(`FAILED coverage ${op.id} ${status}: no passing case reaches this documented response`);
    }
  }
}

console.log(`catalogue: ${cases.length} requests over ${operations.length} operations`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
