// Prepares the world map's geometry once, so that the service only looks shapes up: Natural Earth's Admin 0
// countries (public domain) as redistributed by the world-atlas package, projected with Equal Earth (an
// equal-area projection, so that a State's colour covers its true share of the world), simplified to a size an
// embedded SVG can carry, and written as SVG path data keyed by ISO 3166-1 numeric code.
//
//   node build-shapes.mjs [output]      (default: ../../data/geo/world-shapes.csv)
//
// The output is a pure function of the packages in package-lock.json and data/participants.csv: CI reruns this
// script and fails when the committed file differs (tests/map/run.sh).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { geoEqualEarth, geoGraticule, geoPath, geoArea, geoCentroid } from "d3-geo";
import { feature, merge } from "topojson-client";
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from "topojson-simplify";
import { csvParse, csvFormatRows } from "d3-dsv";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const output = resolve(process.argv[2] ?? resolve(root, "data/geo/world-shapes.csv"));
const require = createRequire(import.meta.url);
const atlasVersion = require("world-atlas/package.json").version;

// The frame: 1000 units wide, the height from the projection's aspect ratio; coordinates to a tenth of a unit.
const width = 1000;
const margin = 4;
// The smallest detail kept: a point goes when the triangle it makes with its neighbours is smaller than this
// (steradians). Chosen with minRingArea so that the whole map stays well under the 150 KB an answer may weigh.
const minWeight = 1e-5;
// The same for the whole world at its own scale (1000 units for 360°): a point there goes at a triangle of 4e-5 sr,
// which no one sees at that size, and the map weighs a third less (117 → 77 KB, 33 → 21 KB in Brotli). Framed on a
// region, where the frame magnifies, the map draws the finer paths.
const worldMinWeight = 4e-5;
// Points per unit: the detailed paths to a tenth of a unit (a region's frame magnifies them up to tenfold); the
// world's to whole units, one pixel of a map drawn 1000 pixels wide. A point of the world's paths then moves at most
// half a unit, less than the detail its simplification already leaves out, and the world map weighs another quarter
// less (77 → 59 KB, 21 → 13 KB in Brotli). Neighbours still share every border point: rounding the same point gives
// the same result on both sides.
const detailSteps = 10;
const worldSteps = 1;
// Islands smaller than this (2e-5 sr is about 800 km², under one square unit of the frame) are not drawn: they would
// be specks. A State all of whose parts are that small is still shown, as a dot at its anchor.
const minRingArea = 2e-5;
// Features the source draws apart from the UN Member State whose territory the UN treats them as, drawn as part of
// it so that no part of a participant looks like a non-participant (the map says that boundaries imply no
// position). Keys are Natural Earth's names of those features, values the ISO numeric code of the State.
const partOf = { Somaliland: "706", "N. Cyprus": "196", Kosovo: "688" };
// Not drawn: Antarctica would take a fifth of the map's height, and no State is a participant for it.
const omitted = new Set(["010"]);

const atlas = (name) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), "utf8"));
const participants = csvParse(readFileSync(resolve(root, "data/participants.csv"), "utf8"));
const participantOf = new Map(participants.filter((p) => p.m49).map((p) => [p.m49, p.id]));

const presimplified = presimplify(atlas("countries-50m.json"), sphericalTriangleArea);
const withoutSpecks = (topology) => filter(topology, filterWeight(topology, minRingArea, sphericalRingArea));
const simplified = simplify(presimplified, minWeight);
const drawn = withoutSpecks(simplified);
const drawnWorld = withoutSpecks(simplify(presimplified, worldMinWeight));

// One entry per ISO code (or per unnumbered territory): its whole geometry, for its anchor and area, and the
// geometry drawn, without the specks.
function collect(topology) {
  const geometries = topology.objects.countries.geometries;
  const ownerOf = (g) => g.id ?? partOf[g.properties.name] ?? `~${g.properties.name}`;
  const groups = new Map();
  for (const g of geometries) {
    const owner = ownerOf(g);
    if (omitted.has(owner)) continue;
    if (!groups.has(owner)) groups.set(owner, []);
    groups.get(owner).push(g);
  }
  const shapes = new Map();
  for (const [owner, members] of groups) {
    const own = members.find((g) => g.id === owner) ?? members[0];
    const live = members.filter((g) => g.type);
    shapes.set(owner, {
      id: owner.startsWith("~") ? "" : owner,
      name: own.properties.name,
      geometry: live.length === 0 ? null : live.length > 1 ? merge(topology, live) : feature(topology, live[0]).geometry,
      source: members.map((g) => `world-atlas@${atlasVersion}:countries-50m.json#${g.id ? `id=${g.id}` : `name=${g.properties.name}`}`).join(" ; "),
    });
  }
  return shapes;
}
const whole = collect(simplified);
const shown = collect(drawn);
const shownWorld = collect(drawnWorld);

// A participant the 1:50m data does not have (Tuvalu) comes from the 1:10m data, where every State is.
const topology10 = atlas("countries-10m.json");
for (const m49 of participantOf.keys()) {
  if (whole.has(m49)) continue;
  const g = topology10.objects.countries.geometries.find((h) => h.id === m49);
  if (!g) continue;
  const entry = { id: m49, name: g.properties.name, geometry: feature(topology10, g).geometry, source: `world-atlas@${atlasVersion}:countries-10m.json#id=${m49}` };
  whole.set(m49, entry);
  shown.set(m49, { ...entry, geometry: null });
  shownWorld.set(m49, { ...entry, geometry: null });
}

const projection = geoEqualEarth().fitWidth(width - 2 * margin, { type: "Sphere" });
projection.translate([projection.translate()[0] + margin, projection.translate()[1] + margin]);
const [, [, sphereBottom]] = geoPath(projection).bounds({ type: "Sphere" });
const height = Math.ceil(sphereBottom + margin);

// SVG path data as short as plain SVG allows: the first point of a ring absolute, the rest relative to the one
// before, rounded to 1/steps of a unit, with points that rounding makes coincide dropped.
function compactPath(geometry, steps) {
  if (!geometry) return "";
  let d = "";
  let x = 0;
  let y = 0;
  let ring = 0;
  const num = (v) => {
    const s = (Math.round(v) / steps).toString();
    return s.replace(/^(-?)0\./, "$1.");
  };
  const pair = (a, b) => {
    const nb = num(b);
    return `${num(a)}${nb.startsWith("-") ? "" : " "}${nb}`;
  };
  const join = (text) => (!text.startsWith("-") && /[0-9.]$/.test(d) ? " " : "") + text;
  const context = {
    moveTo(px, py) {
      const [ax, ay] = [Math.round(px * steps), Math.round(py * steps)];
      d += `M${pair(ax, ay)}`;
      [x, y, ring] = [ax, ay, 0];
    },
    lineTo(px, py) {
      const [ax, ay] = [Math.round(px * steps), Math.round(py * steps)];
      if (ax === x && ay === y) return;
      const text = pair(ax - x, ay - y);
      d += ring++ === 0 ? `l${text}` : join(text);
      [x, y] = [ax, ay];
    },
    closePath() {
      d += "z";
    },
    arc() {},
  };
  geoPath(projection, context)({ type: "Feature", geometry });
  // A ring that rounding reduced to fewer than three points draws nothing.
  return d.replace(/M-?[0-9.]+[ -]?-?[0-9.]+(l-?[0-9.]+[ -]?-?[0-9.]+)?z/g, "");
}

const round = (v, digits) => Number(v.toFixed(digits)).toString();
// Where a State is marked when drawn as a dot, and what tests check it by: the centre of its largest part, so that
// France's is in Europe, not between mainland France and French Guiana.
function anchor(geometry) {
  const parts = geometry.type === "MultiPolygon" ? geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates })) : [geometry];
  let largest = parts[0];
  for (const part of parts) if (geoArea(part) > geoArea(largest)) largest = part;
  return geoCentroid(largest);
}

const plain = geoPath(projection);
const rows = [];
for (const [key, entry] of whole) {
  if (!entry.geometry) continue;
  const f = { type: "Feature", geometry: entry.geometry };
  const [lon, lat] = anchor(entry.geometry);
  const [x, y] = projection([lon, lat]);
  const [[x0, y0], [x1, y1]] = plain.bounds(f);
  rows.push({
    m49: entry.id,
    participant: participantOf.get(entry.id) ?? "",
    name: entry.name,
    lon: round(lon, 2),
    lat: round(lat, 2),
    x: round(x, 1),
    y: round(y, 1),
    area: round(plain.area(f), 2),
    bounds: [x0, y0, x1, y1].map((v) => round(v, 1)).join(" "),
    path: compactPath(shown.get(key)?.geometry ?? null, detailSteps),
    world_path: compactPath(shownWorld.get(key)?.geometry ?? null, worldSteps),
    source: entry.source,
  });
}
// Participants and other numbered territories by code, then the unnumbered ones by name.
rows.sort((a, b) => (a.m49 === "") - (b.m49 === "") || a.m49.localeCompare(b.m49) || a.name.localeCompare(b.name));

// The outline of the globe comes first: the ocean behind the land, and the frame (its bounds) of a world map. The
// graticule's outline follows the edge meridians point by point, where the sphere's own is drawn with long chords.
const outline = geoGraticule().outline();
const [[s0, s1], [s2, s3]] = plain.bounds(outline);
rows.unshift({
  kind: "sphere", m49: "", participant: "", name: "Sphere (Equal Earth)", lon: "", lat: "", x: "", y: "", area: round(plain.area({ type: "Sphere" }), 2),
  bounds: [s0, s1, s2, s3].map((v) => round(v, 1)).join(" "), path: compactPath(outline, detailSteps), world_path: compactPath(outline, worldSteps), source: `d3-geo@${JSON.parse(readFileSync(resolve(here, "node_modules/d3-geo/package.json"), "utf8")).version}:geoEqualEarth`,
});
for (const r of rows) r.kind ??= r.participant ? "participant" : "territory";

const columns = ["kind", "m49", "participant", "name", "lon", "lat", "x", "y", "area", "bounds", "path", "world_path", "source"];
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, csvFormatRows([columns, ...rows.map((r) => columns.map((c) => r[c]))]) + "\n");
const bytes = rows.reduce((n, r) => n + r.path.length, 0);
const worldBytes = rows.reduce((n, r) => n + r.world_path.length, 0);
const dots = rows.filter((r) => r.participant && !r.path).length;
console.error(`${rows.length - 1} shapes (${rows.filter((r) => r.participant).length} participants, ${dots} without a drawn shape), frame 0 0 ${width} ${height}, path data ${bytes} bytes (world: ${worldBytes}) → ${output}`);
