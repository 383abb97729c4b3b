#!/usr/bin/env node
// Renders the body of the data-refresh pull request from what `refresh` wrote: the JSON of --summary and the
// human-readable diff it printed. Node without dependencies, so the workflow needs no install step and
// tests/workflows/run.sh can check it on a committed fixture.
//
//   node render-refresh-body.mjs <refresh-summary.json> <refresh-output.txt> [--limit <characters>] [--run-url <url>]
//
// GitHub refuses a pull-request body over 65,536 characters; the diff is what can be long, so it is the part
// cut, whole lines at a time, with a note saying how much is missing and where the rest is.
import { readFileSync } from "node:fs";

const GITHUB_BODY_LIMIT = 65536;

function fail(message) {
  process.stderr.write(`render-refresh-body: ${message}\n`);
  process.exit(2);
}

function parseArguments(argv) {
  const positional = [];
  const options = { limit: GITHUB_BODY_LIMIT, runUrl: "" };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === "--limit" || argument === "--run-url") {
      const value = argv[++i];
      if (value === undefined) fail(`${argument} needs a value`);
      if (argument === "--limit") {
        options.limit = Number(value);
        if (!Number.isInteger(options.limit) || options.limit < 1000) fail(`--limit must be a whole number of at least 1000, not '${value}'`);
      } else {
        options.runUrl = value;
      }
    } else if (argument.startsWith("--")) {
      fail(`unknown option ${argument}`);
    } else {
      positional.push(argument);
    }
  }
  if (positional.length !== 2) fail("usage: render-refresh-body.mjs <refresh-summary.json> <refresh-output.txt> [--limit <characters>] [--run-url <url>]");
  return { summaryPath: positional[0], outputPath: positional[1], ...options };
}

// The shape refresh writes; anything else is a bug to report, not a body to guess at.
function checkSummary(summary, path) {
  const where = (index, field) => `${path}: instruments[${index}].${field}`;
  if (summary === null || typeof summary !== "object" || !Array.isArray(summary.instruments)) fail(`${path}: expected an object with an "instruments" array`);
  if (!Number.isInteger(summary.exitCode)) fail(`${path}: "exitCode" must be a whole number`);
  summary.instruments.forEach((instrument, index) => {
    if (typeof instrument.id !== "string" || instrument.id === "") fail(`${where(index, "id")} must be a non-empty string`);
    if (!["changed", "unchanged", "failed"].includes(instrument.status)) fail(`${where(index, "status")} must be changed, unchanged or failed, not ${JSON.stringify(instrument.status)}`);
    for (const group of ["actions", "statements"]) {
      const counts = instrument[group];
      if (counts === null || typeof counts !== "object") fail(`${where(index, group)} must be an object with added, changed and removed`);
      for (const field of ["added", "changed", "removed"]) {
        if (!Number.isInteger(counts[field])) fail(`${where(index, `${group}.${field}`)} must be a whole number`);
      }
    }
    if (instrument.errors !== undefined && !Array.isArray(instrument.errors)) fail(`${where(index, "errors")} must be an array`);
  });
}

const cell = (value) => (value === null || value === undefined || value === "" ? "–" : String(value).replace(/\|/g, "\\|").replace(/\r?\n/g, " "));
const beforeAfter = (before, after) => (before === after ? cell(after) : `${cell(before)} → ${cell(after)}`);
const counts = ({ added, changed, removed }) => `+${added} ~${changed} -${removed}`;

function verdict(exitCode) {
  switch (exitCode) {
    case 0: return "Nothing changed.";
    case 1: return "**At least one instrument failed** (exit code 1): its data is untouched; the changes below are the other instruments'.";
    case 3: return "The data changed (exit code 3).";
    default: return `refresh exited with ${exitCode}.`;
  }
}

function renderSummary(summary) {
  const byStatus = (status) => summary.instruments.filter((i) => i.status === status).length;
  const lines = [
    `## Data refresh: ${byStatus("changed")} changed, ${byStatus("unchanged")} unchanged, ${byStatus("failed")} failed`,
    "",
    verdict(summary.exitCode),
    "",
    "| Instrument | Status | Status as at | Parties | Signatories | Actions | Statements |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const i of summary.instruments) {
    const name = i.url ? `[${cell(i.id)}](${i.url})` : cell(i.id);
    lines.push(`| ${name} | ${i.status} | ${cell(i.statusAsAt)} | ${beforeAfter(i.partiesBefore, i.partiesAfter)} | ${beforeAfter(i.signatoriesBefore, i.signatoriesAfter)} | ${counts(i.actions)} | ${counts(i.statements)} |`);
  }
  lines.push("", "Actions and statements: +added ~changed -removed rows.");
  const withErrors = summary.instruments.filter((i) => (i.errors ?? []).length > 0);
  if (withErrors.length > 0) {
    lines.push("", "### Errors", "");
    for (const i of withErrors) {
      for (const error of i.errors) lines.push(`- **${i.id}**: ${String(error).replace(/\r?\n/g, " ")}`);
    }
  }
  return lines.join("\n");
}

// A fence longer than any run of backticks in the diff, so that no line of it can close the block early.
function fenceFor(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longest + 1));
}

function render({ summaryPath, outputPath, limit, runUrl }) {
  let summary;
  try {
    summary = JSON.parse(readFileSync(summaryPath, "utf8"));
  } catch (error) {
    fail(`cannot read ${summaryPath}: ${error.message}`);
  }
  checkSummary(summary, summaryPath);
  let output;
  try {
    output = readFileSync(outputPath, "utf8").replace(/\r\n/g, "\n").replace(/\n+$/, "");
  } catch (error) {
    fail(`cannot read ${outputPath}: ${error.message}`);
  }

  const head = `${renderSummary(summary)}\n\n### What refresh printed\n\n`;
  const fence = fenceFor(output);
  const whole = `${head}${fence}text\n${output}\n${fence}\n`;
  if (whole.length <= limit) return whole;

  const lines = output.split("\n");
  const where = runUrl ? `the \`refresh\` artifact of [the workflow run](${runUrl})` : "the `refresh` artifact of the workflow run";
  const note = (shown) => `\n> The output is cut to fit GitHub's limit of ${GITHUB_BODY_LIMIT.toLocaleString("en")} characters for a body: ${shown} of ${lines.length} lines shown. The whole of it is in ${where}.\n`;
  // Room for the lines: everything else, with the note's largest possible count, is fixed.
  const fixed = head.length + 2 * (fence.length + 1) + "text".length + note(lines.length).length;
  if (fixed > limit) fail(`the summary alone (${fixed} characters) exceeds the limit of ${limit}`);
  let used = 0;
  let shown = 0;
  while (shown < lines.length && used + lines[shown].length + 1 <= limit - fixed) {
    used += lines[shown].length + 1;
    shown++;
  }
  return `${head}${fence}text\n${lines.slice(0, shown).join("\n")}\n${fence}\n${note(shown)}`;
}

process.stdout.write(render(parseArguments(process.argv.slice(2))));
