// A small consumer of the API, written against the types generated from the committed contract
// (openapi-typescript writes ./api.d.ts). If the contract changes under it, `tsc` fails in CI.
import type { paths } from "./api";

type GapList = paths["/v1/instruments/{id}/gaps"]["get"]["responses"][200]["content"]["application/json"];
type Problem = paths["/v1/instruments/{id}/gaps"]["get"]["responses"][404]["content"]["application/problem+json"];

/** One line per UN Member State that is not a party to the instrument. */
export async function listGaps(baseUrl: string, instrument: string, lang: "ar" | "en" | "es" | "fr" | "ru" | "zh" = "en"): Promise<string[]> {
  const response = await fetch(`${baseUrl}/v1/instruments/${encodeURIComponent(instrument)}/gaps?lang=${lang}`);
  if (!response.ok) {
    const problem = (await response.json()) as Problem;
    throw new Error(`${problem.status ?? response.status} ${problem.title ?? ""}: ${problem.detail ?? ""}`);
  }

  const gaps = (await response.json()) as GapList;
  const lines = gaps.items.map((gap) => {
    const signed: string | null = gap.signed;
    return `${gap.state} ${gap.name}: ${gap.status}${signed === null ? "" : ` (signed ${signed})`}`;
  });
  return [`${gaps.instrument} on ${gaps.asOf}: ${gaps.count} of ${gaps.members} UN Member States not parties`, ...lines];
}
