// Writes data/participant-other-names.csv: the names CLDR gives each participant's territory in the six UN
// languages (its display name and its -alt-variant and -alt-short forms) that data/participants.csv does not already
// hold in that language. They let GET /v1/states?q= find "Swaziland", "Ivory Coast" or "Turkey".
//
//   node extract.mjs [output]        write the file (default: ../../data/participant-other-names.csv)
//   node extract.mjs --check         exit 1, with a diff summary, when the committed file is not what this script writes
//
// Everything comes from the packages pinned in package-lock.json (npm ci); nothing is typed by hand, so a rerun on
// the same data gives the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '..', '..', 'data');
const defaultOutput = join(data, 'participant-other-names.csv');
const require = createRequire(import.meta.url);
const cldrPackage = 'cldr-localenames-full';
const cldrVersion = require(`${cldrPackage}/package.json`).version;

// The six UN languages, in the order of data/participants.csv; each is also a CLDR locale of that name.
const languages = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
// CLDR's key suffix for each kind of name, in the order the rows are written.
const kinds = [
  ['common', ''],
  ['variant', '-alt-variant'],
  ['short', '-alt-short'],
];

function territories(lang) {
  const file = `main/${lang}/territories.json`;
  const json = require(`${cldrPackage}/${file}`);
  return { file, names: json.main[lang].localeDisplayNames.territories };
}

export function otherNames() {
  const participants = parse(readFileSync(join(data, 'participants.csv'), 'utf8'), { columns: true, skip_empty_lines: true });
  const byLanguage = Object.fromEntries(languages.map((lang) => [lang, territories(lang)]));
  const rows = [];
  const missing = [];
  for (const p of participants) {
    for (const lang of languages) {
      const { file, names } = byLanguage[lang];
      if (!names[p.iso2]) {
        missing.push(`${p.id} (${p.iso2}) in ${lang}`);
        continue;
      }
      // A name the participant already has in this language, or that an earlier kind gave, adds nothing.
      const known = new Set([p[`name_${lang}`], p[`formal_name_${lang}`]]);
      for (const [kind, suffix] of kinds) {
        const key = `${p.iso2}${suffix}`;
        const name = names[key]?.trim();
        if (!name || known.has(name)) {
          continue;
        }
        known.add(name);
        rows.push({ participant: p.id, lang, name, kind, source: `${cldrPackage}@${cldrVersion}:${file}#${key}` });
      }
    }
  }
  if (missing.length > 0) {
    throw new Error(`CLDR has no territory name for: ${missing.join(', ')}`);
  }
  return stringify(rows, {
    header: true,
    columns: ['participant', 'lang', 'name', 'kind', 'source'],
    record_delimiter: '\n',
  });
}

const args = process.argv.slice(2);
const text = otherNames();
if (args[0] === '--check') {
  const committed = readFileSync(defaultOutput, 'utf8');
  if (committed !== text) {
    const a = committed.split('\n');
    const b = text.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    console.error(`data/participant-other-names.csv is not what tools/names/extract.mjs writes (first difference on line ${line + 1}):`);
    console.error(`  committed: ${a[line] ?? '(end of file)'}`);
    console.error(`  extracted: ${b[line] ?? '(end of file)'}`);
    console.error('Rerun: cd tools/names && npm ci && node extract.mjs');
    process.exit(1);
  }
  console.log(`data/participant-other-names.csv: ${text.split('\n').length - 2} rows, as extracted from ${cldrPackage}@${cldrVersion}`);
} else {
  const output = args[0] ?? defaultOutput;
  writeFileSync(output, text);
  console.log(`wrote ${output}: ${text.split('\n').length - 2} rows from ${cldrPackage}@${cldrVersion}`);
}
