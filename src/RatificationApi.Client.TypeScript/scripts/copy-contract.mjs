// The document the types were generated from travels in the package (contract/), so a user can see exactly
// what this version of the client speaks; npm packs only files under the package's folder.
import { copyFileSync, mkdirSync } from "node:fs";

mkdirSync(new URL("../contract/", import.meta.url), { recursive: true });
copyFileSync(new URL("../../../openapi/ratification-api.v1.json", import.meta.url), new URL("../contract/ratification-api.v1.json", import.meta.url));
