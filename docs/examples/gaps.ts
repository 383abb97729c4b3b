// The UN Member States that were not parties to the Trafficking Protocol on 18 December 2008, the day
// General Assembly resolution 63/194 urged them to join, through the npm package ratification-api-client.
import { createRatificationApiClient, orThrow } from "ratification-api-client";

const client = createRatificationApiClient(process.env["RATIFICATION_API_URL"] ?? "http://localhost:5000");

const gaps = await orThrow(client.GET("/v1/instruments/{id}/gaps", {
  params: { path: { id: "trafficking-protocol" }, query: { asOf: "2008-12-18" } },
}));
console.log(`${gaps.count} of ${gaps.members} UN Member States were not parties on ${gaps.asOf}`);
for (const gap of gaps.items) {
  console.log(`${gap.state} ${gap.name}${gap.signed === null ? "" : ` (signed ${gap.signed})`}`);
}
