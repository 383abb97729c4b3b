// Loads a Data Package with Frictionless Data's own JavaScript library (datapackage 1.1.10, tableschema 1.12.6):
// the descriptor strictly against the tabular-data-package profile, then every resource read row by row with its
// Table Schema: every value cast to its type and checked against its constraints, primary keys unique, and every
// foreign key resolved against the resource it names. Prints one line per check, "ok" or "FAILED", and exits 1 on
// any failure. Usage: node datapackage.mjs <folder holding datapackage.json>
import path from 'node:path';
import datapackage from 'datapackage';

const { Package } = datapackage;
const folder = path.resolve(process.argv[2] ?? '.');
let failures = 0;

function report(ok, what) {
  console.log(`${ok ? 'ok' : 'FAILED'}: ${what}`);
  if (!ok) failures += 1;
}

let pkg;
try {
  pkg = await Package.load(path.join(folder, 'datapackage.json'), { basePath: folder, strict: true });
  report(pkg.valid, `descriptor valid against the ${pkg.descriptor.profile} profile (${pkg.resources.length} resources, version ${pkg.descriptor.version})`);
} catch (error) {
  const details = (error.errors ?? []).map((e) => e.message).join('; ');
  report(false, `descriptor: ${error.message}${details ? `: ${details}` : ''}`);
}

for (const resource of pkg?.resources ?? []) {
  try {
    const rows = await resource.read({ cast: true, relations: true });
    const keys = (resource.schema.foreignKeys ?? []).length;
    report(true, `${resource.name}: ${rows.length} rows cast to ${resource.schema.fields.length} typed fields, ${keys} foreign key(s) resolved`);
  } catch (error) {
    const details = (error.errors ?? []).slice(0, 5).map((e) => e.message).join('; ');
    report(false, `${resource.name}: ${error.message}${details ? `: ${details}` : ''}`);
  }
}

process.exit(failures === 0 && pkg ? 0 : 1);
