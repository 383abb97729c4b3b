// Checks the packed npm client against a live service: typed answers equal the service's own JSON, errors arrive
// typed, misuse does not compile, and the change feed pages to its end. Usage: node dist/consumer.js <base URL>
// <expected package version> <actions in the feed>. One line per check, then "N passed, N failed"; exit code 1 when a
// check failed.
import { readFileSync } from "node:fs";
import { createRatificationApiClient, orThrow, RatificationApiError, type Schemas } from "ratification-api-client";

const [baseUrl = "http://localhost:5000", expectedVersion, feedActionsArgument] = process.argv.slice(2);
// The feed's size as data/actions.csv gives it (run.sh counts it), so that the service is not its own witness.
const feedActions = feedActionsArgument === undefined ? undefined : Number(feedActionsArgument);
const client = createRatificationApiClient(baseUrl);
let passed = 0;
let failed = 0;

async function check(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    passed++;
    console.log(`typescript consumer: ${name}: passed`);
  } catch (e) {
    failed++;
    console.log(`typescript consumer: ${name}: FAILED: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

// Misuse is a compile error: an unknown path, a missing path parameter, a parameter of the wrong type.
export function misuse(): void {
  // @ts-expect-error no such path in the contract
  void client.GET("/v1/instrument/{id}/gaps", { params: { path: { id: "cedaw" } } });
  // @ts-expect-error the path parameter id is required
  void client.GET("/v1/instruments/{id}/gaps", { params: { path: {} } });
  // @ts-expect-error groupBy is region or subregion
  void client.GET("/v1/instruments/{id}/gaps", { params: { path: { id: "cedaw" }, query: { groupBy: "continent" } } });
}

await check("the client is the packed package of the expected version", async () => {
  const manifest = JSON.parse(readFileSync(new URL("../node_modules/ratification-api-client/package.json", import.meta.url), "utf8")) as { version: string };
  expect(expectedVersion === undefined || manifest.version === expectedVersion, `version ${manifest.version}, expected ${expectedVersion}`);
});

await check("the gaps of the Trafficking Protocol on 2008-12-18 equal the service's JSON", async () => {
  const gaps: Schemas["InstrumentGaps"] = await orThrow(client.GET("/v1/instruments/{id}/gaps", {
    params: { path: { id: "trafficking-protocol" }, query: { asOf: "2008-12-18" } },
  }));
  const raw = (await (await fetch(`${baseUrl}/v1/instruments/trafficking-protocol/gaps?asOf=2008-12-18`)).json()) as Schemas["InstrumentGaps"];
  expect(gaps.instrument === "trafficking-protocol" && gaps.asOf === "2008-12-18", `${gaps.instrument} on ${gaps.asOf}`);
  expect(gaps.count > 0 && gaps.items.length === gaps.count && gaps.count === raw.count && gaps.members === raw.members, `count ${gaps.count} of ${gaps.members}`);
  expect(JSON.stringify(gaps.items) === JSON.stringify(raw.items), "the items differ from the JSON");
});

await check("a State in French, with a status per instrument", async () => {
  const { data, error } = await client.GET("/v1/states/{code}", { params: { path: { code: "FRA" }, query: { lang: "fr" } } });
  expect(error === undefined && data !== undefined, `error ${JSON.stringify(error)}`);
  const france = data!;
  expect(france.state.code === "FRA" && france.state.name === "France", `${france.state.code} ${france.state.name}`);
  const cedaw = france.instruments.find((i) => i.instrument === "cedaw");
  expect(france.instruments.length === 5 && cedaw?.status === "party" && cedaw.consent?.kind === "ratification", `cedaw: ${cedaw?.status}`);
});

await check("an unknown State is a typed 404 problem, and a RatificationApiError through orThrow", async () => {
  const { data, error, response } = await client.GET("/v1/states/{code}", { params: { path: { code: "XYZ" } } });
  expect(data === undefined && response.status === 404 && error?.title === "State not found", `${response.status} ${error?.title}`);
  try {
    await orThrow(client.GET("/v1/states/{code}", { params: { path: { code: "XYZ" } } }));
    throw new Error("no exception");
  } catch (e) {
    expect(e instanceof RatificationApiError && e.status === 404 && e.problem?.title === "State not found", String(e));
  }
});

await check("a bad parameter is a typed 400 validation problem naming it", async () => {
  const { error, response } = await client.GET("/v1/instruments/{id}/gaps", { params: { path: { id: "trafficking-protocol" }, query: { region: "abc" } } });
  const problem = error as Schemas["HttpValidationProblemDetails"] | undefined;
  expect(response.status === 400 && problem?.errors?.["region"] !== undefined, `${response.status} ${JSON.stringify(problem)}`);
});

await check(`the whole change feed, paged by its cursor field, gives each of the ${feedActions} actions once`, async () => {
  expect(feedActions !== undefined && feedActions > 0, "no expected count of actions (the third argument)");
  const ids: string[] = [];
  let pages = 0;
  let cursor: string | null = null;
  do {
    // The cursor goes back as a typed query parameter: no URL to parse or follow.
    const answer = await orThrow(client.GET("/v1/actions", { params: { query: { limit: 250, ...(cursor === null ? {} : { cursor }) } } }));
    // The operation also answers text/csv, so the type is the page or a string; without format=csv or Accept: text/csv the answer is JSON.
    if (typeof answer === "string") throw new Error("a CSV answer to a JSON request");
    const page: Schemas["ActionPage"] = answer;
    expect(page.count === page.items.length && (page.cursor === null) === (page.next === null), `page ${pages}: count ${page.count}, cursor ${page.cursor}, next ${page.next}`);
    ids.push(...page.items.map((a) => a.id));
    cursor = page.cursor;
    expect(++pages <= feedActions!, "the feed never ends");
  } while (cursor !== null);
  expect(pages > 1, `${pages} page: paging was not tested`);
  expect(ids.length === feedActions && new Set(ids).size === ids.length, `${ids.length} actions (${new Set(ids).size} distinct) in ${pages} pages`);
});

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
