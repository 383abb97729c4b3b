// The widgets and badges as an NGO's visitors see them: Debian's Chromium, driven by playwright-core,
// opens a plain page on another origin that embeds the State widget in an <iframe> and a badge in an
// <img>, and we check what the browser rendered, in all six languages, and that no request left the
// two origins. Run with `npm test` after `dotnet build` (the service is started from its build output).
//
// Environment: CHROMIUM (default /usr/bin/chromium), RATIFICATION_API_DLL (default: the Debug or Release
// build of src/RatificationApi), SCREENSHOT_DIR (when set, screenshots are written there).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const screenshotDir = process.env.SCREENSHOT_DIR;
const languages = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];

// The status words, written here independently of UiText.cs, so that a wrong translation there fails here.
const statusWords = {
  ar: { party: 'طرف', signatory: 'موقِّع', none: 'غير طرف' },
  en: { party: 'Party', signatory: 'Signatory', none: 'Not a party' },
  es: { party: 'Parte', signatory: 'Signatario', none: 'No es parte' },
  fr: { party: 'Partie', signatory: 'Signataire', none: 'Non partie' },
  ru: { party: 'Участник', signatory: 'Подписавшая сторона', none: 'Не является участником' },
  zh: { party: '缔约方', signatory: '签署方', none: '非缔约方' },
};

// Iran: a signatory (UNTOC), not a party (the Protocol, CEDAW) and a party (OPSC, 1956 Convention).
const state = 'IRN';

let api;
let apiOrigin;
let site;
let siteOrigin;
let context;
let userDataDir;
const requests = [];
const cspViolations = [];
const measured = { stateHeights: {}, compactHeights: {}, instrumentHeights: {}, badges: [] };

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function serviceDll() {
  const candidates = [
    process.env.RATIFICATION_API_DLL,
    path.join(root, 'src/RatificationApi/bin/Debug/net10.0/RatificationApi.dll'),
    path.join(root, 'src/RatificationApi/bin/Release/net10.0/RatificationApi.dll'),
  ].filter(Boolean);
  const found = candidates.find((candidate) => existsSync(candidate));
  assert.ok(found, `No build of the service found (${candidates.join(', ')}): run dotnet build first.`);
  return found;
}

async function waitUntilReady(url, child, log) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The service exited with ${child.exitCode}:\n${log.join('')}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The service did not become ready at ${url}:\n${log.join('')}`);
}

async function json(url) {
  const response = await fetch(apiOrigin + url);
  assert.equal(response.status, 200, url);
  return response.json();
}

function unescapeHtml(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
}

// The code a person copies from the embed page, exactly as it stands in its text areas.
async function snippets(query) {
  const response = await fetch(`${apiOrigin}/embed?${query}`);
  assert.equal(response.status, 200);
  const html = await response.text();
  const found = {};
  for (const [, id, text] of html.matchAll(/<textarea id="([a-z]+)-snippet"[^>]*>([^<]*)<\/textarea>/g)) {
    found[id] = unescapeHtml(text);
  }
  return found;
}

function frameSize(snippet) {
  return { width: Number(/ width="(\d+)"/.exec(snippet)[1]), height: Number(/ height="(\d+)"/.exec(snippet)[1]) };
}

// The NGO's page, on its own origin: the snippets pasted in as they are, with ids added to find them again.
async function ngoPage(lang) {
  const full = await snippets(`state=${state}&instrument=cedaw&lang=${lang}`);
  const compact = await snippets(`state=${state}&lang=${lang}&compact=true`);
  const id = (snippet, name) => snippet.replace(/^<(iframe|img) /, `<$1 id="${name}" `);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>An NGO's page</title>
<style>body{margin:8px;font-family:sans-serif;background:#f4f4f4}iframe{display:block;margin:0 0 8px;background:#fff}</style></head>
<body data-sizes='${JSON.stringify({ state: frameSize(full.state), compact: frameSize(compact.state), instrument: frameSize(full.instrument) })}'><h1>Where Iran stands</h1>
${id(full.state, 'state')}
${id(compact.state, 'compact')}
<iframe id="narrow" src="${apiOrigin}/widgets/states/${state}?lang=${lang}&amp;theme=dark" title="Status widget, narrow" width="240" height="1400" style="border:0"></iframe>
${id(full.instrument, 'instrument')}
<p>${id(full.badge, 'badge')}</p>
</body></html>`;
}

// An NGO's page with the map widget and the resolution widget, each in an <iframe> of the given width.
function mapsPage(lang, width) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Maps</title><style>body{margin:0}iframe{display:block;border:0}</style></head><body>
<iframe id="map" src="${apiOrigin}/widgets/instruments/trafficking-protocol/map?lang=${lang}" title="Map" width="${width}" height="900"></iframe>
<iframe id="resolution" src="${apiOrigin}/widgets/resolutions/A-RES-63-194?lang=${lang}" title="Resolution 63/194" width="${width}" height="900"></iframe></body></html>`;
}

function badgesPage() {
  const rows = languages.map((lang) => `<p lang="${lang}">${['cedaw', 'untoc', 'trafficking-protocol']
    .map((i) => `<img src="${apiOrigin}/badges/${i}/${state}.svg?lang=${lang}" alt=""> <img src="${apiOrigin}/badges/${i}/${state}.svg?lang=${lang}&amp;theme=dark" alt="">`)
    .join(' ')}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Badges</title><style>body{margin:8px;background:#fff}p{margin:0 0 6px}</style></head><body>${rows}</body></html>`;
}

before(async () => {
  const log = [];
  const port = await freePort();
  apiOrigin = `http://127.0.0.1:${port}`;
  api = spawn('dotnet', [serviceDll(), '--urls', apiOrigin], {
    cwd: root,
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', RateLimiting__Enabled: 'false', Data__DatabaseDirectory: mkdtempSync(path.join(os.tmpdir(), 'ratification-browser-db-')) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout.on('data', (chunk) => log.push(chunk.toString()));
  api.stderr.on('data', (chunk) => log.push(chunk.toString()));

  site = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/') {
      ngoPage(url.searchParams.get('lang') ?? 'en').then(
        (html) => {
          response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          response.end(html);
        },
        (error) => {
          response.writeHead(500, { 'Content-Type': 'text/plain' });
          response.end(String(error));
        });
    } else if (url.pathname === '/maps') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(mapsPage(url.searchParams.get('lang') ?? 'en', Number(url.searchParams.get('width') ?? 320)));
    } else if (url.pathname === '/badges') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(badgesPage());
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
  const sitePort = await freePort();
  await new Promise((resolve) => site.listen(sitePort, '127.0.0.1', resolve));
  siteOrigin = `http://127.0.0.1:${sitePort}`;

  await waitUntilReady(`${apiOrigin}/health/ready`, api, log);

  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'ratification-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 900, height: 1000 },
  });
  context.on('request', (request) => requests.push(request.url()));
  context.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
  });
  if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
});

after(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  await new Promise((resolve) => (site ? site.close(resolve) : resolve()));
  if (api && api.exitCode === null) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
  }
  console.log(`# measured: ${JSON.stringify(measured)}`);
});

for (const lang of languages) {
  test(`state widget in ${lang}: name, five statuses, direction, framed from another origin`, async () => {
    const expected = await json(`/v1/states/${state}?lang=${lang}`);
    const page = await context.newPage();
    try {
      await page.goto(`${siteOrigin}/?lang=${lang}`, { waitUntil: 'load' });
      const sizes = JSON.parse(await page.locator('body').getAttribute('data-sizes'));
      const widget = await (await page.$('#state')).contentFrame();
      assert.ok(widget, 'the state widget frame did not load');
      assert.equal(new URL(widget.url()).origin, apiOrigin);

      assert.equal((await widget.locator('h1').textContent()).trim(), expected.state.name);
      const rows = await widget.$$eval('tbody tr', (trs) => trs.map((tr) => ({
        instrument: tr.querySelector('th a').textContent.trim(),
        status: tr.querySelector('.chip').textContent.trim(),
        visible: tr.getBoundingClientRect().height > 0,
      })));
      // The short name in the widget's language where a source gives one (localShortName), else the English one.
      const shortNames = Object.fromEntries((await json(`/v1/instruments?lang=${lang}`)).items.map((i) => [i.id, i.localShortName ?? i.shortName]));
      assert.deepEqual(rows.map((r) => r.instrument), expected.instruments.map((i) => shortNames[i.instrument]));
      assert.deepEqual(rows.map((r) => r.status), expected.instruments.map((i) => statusWords[lang][i.status]));
      assert.ok(rows.every((r) => r.visible));

      const layout = await widget.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: getComputedStyle(document.body).direction,
        cell: getComputedStyle(document.querySelector('tbody th')).direction,
        contentHeight: Math.ceil(document.body.getBoundingClientRect().height),
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      assert.equal(layout.lang, lang);
      assert.equal(layout.dir, lang === 'ar' ? 'rtl' : 'ltr');
      assert.equal(layout.cell, lang === 'ar' ? 'rtl' : 'ltr');
      measured.stateHeights[lang] = layout.contentHeight;
      assert.ok(layout.contentHeight <= sizes.state.height, `content ${layout.contentHeight}px is taller than the suggested ${sizes.state.height}px frame`);
      assert.ok(layout.scrollWidth <= layout.clientWidth, `horizontal overflow at ${sizes.state.width}px`);

      const compact = await (await page.$('#compact')).contentFrame();
      const compactLayout = await compact.evaluate(() => ({
        contentHeight: Math.ceil(document.body.getBoundingClientRect().height),
        chips: [...document.querySelectorAll('.chip')].map((chip) => chip.textContent),
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      assert.deepEqual(compactLayout.chips, rows.map((r) => r.status));
      measured.compactHeights[lang] = compactLayout.contentHeight;
      assert.ok(compactLayout.contentHeight <= sizes.compact.height, `compact content ${compactLayout.contentHeight}px is taller than its ${sizes.compact.height}px frame`);
      assert.ok(compactLayout.scrollWidth <= compactLayout.clientWidth);

      // Responsive down to 240 px: no horizontal scrolling, the statuses still there.
      const narrow = await (await page.$('#narrow')).contentFrame();
      const narrowLayout = await narrow.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        chips: document.querySelectorAll('.chip').length,
      }));
      assert.equal(narrowLayout.clientWidth, 240);
      assert.ok(narrowLayout.scrollWidth <= 240, `horizontal overflow at 240px: ${narrowLayout.scrollWidth}px`);
      assert.equal(narrowLayout.chips, 5);

      const instrument = await (await page.$('#instrument')).contentFrame();
      const figures = await instrument.evaluate(() => ({
        dir: getComputedStyle(document.body).direction,
        dds: [...document.querySelectorAll('.stats dd')].map((dd) => dd.textContent),
        chart: document.querySelectorAll('figure svg polyline').length,
        contentHeight: Math.ceil(document.body.getBoundingClientRect().height),
      }));
      const cedaw = await json(`/v1/instruments/cedaw`);
      assert.equal(figures.dir, lang === 'ar' ? 'rtl' : 'ltr');
      assert.equal(figures.dds[0], String(cedaw.counts.parties));
      assert.equal(figures.chart, 2);
      measured.instrumentHeights[lang] = figures.contentHeight;
      assert.ok(figures.contentHeight <= sizes.instrument.height, `instrument widget ${figures.contentHeight}px is taller than its ${sizes.instrument.height}px frame`);

      const badge = await page.$eval('#badge', (img) => ({ complete: img.complete, width: img.naturalWidth, height: img.naturalHeight }));
      assert.ok(badge.complete && badge.width > 0, 'the badge did not render');
      assert.equal(badge.height, 20);

      if (screenshotDir && ['en', 'ar', 'zh'].includes(lang)) {
        await page.locator('#state').screenshot({ path: path.join(screenshotDir, `state-widget-${lang}.png`) });
        await page.locator('#instrument').screenshot({ path: path.join(screenshotDir, `instrument-widget-${lang}.png`) });
        await page.locator('#compact').screenshot({ path: path.join(screenshotDir, `state-widget-${lang}-compact.png`) });
      }
      if (screenshotDir && lang === 'ru') {
        await page.locator('#narrow').screenshot({ path: path.join(screenshotDir, 'state-widget-ru-dark-240px.png') });
      }
    } finally {
      await page.close();
    }
  });
}

test('badges: the text fits its box in every language, as Chromium measures it', async () => {
  const svgs = [];
  for (const lang of languages) {
    for (const instrument of ['untoc', 'trafficking-protocol', 'opsc', 'cedaw', 'slavery-convention-1956']) {
      for (const code of ['IRN', 'USA', 'FRA']) {
        const response = await fetch(`${apiOrigin}/badges/${instrument}/${code}.svg?lang=${lang}`);
        assert.equal(response.status, 200);
        svgs.push({ lang, instrument, code, svg: await response.text() });
      }
    }
  }
  const page = await context.newPage();
  try {
    // One page holding every badge inline, so that one layout measures them all with the browser's own fonts.
    await page.setContent(`<!DOCTYPE html><html><body>${svgs.map((s, i) => `<div id="b${i}">${s.svg}</div>`).join('')}</body></html>`);
    const results = await page.evaluate((count) => {
      const out = [];
      for (let i = 0; i < count; i++) {
        const svg = document.querySelector(`#b${i} svg`);
        for (const part of ['label', 'message']) {
          const rect = svg.querySelector(`rect.${part}`);
          const text = svg.querySelector(`text.${part}`);
          out.push({ i, part, text: text.textContent, box: rect.width.baseVal.value, rendered: text.getComputedTextLength() });
        }
      }
      return out;
    }, svgs.length);
    for (const r of results) {
      const { lang } = svgs[r.i];
      // At least 2 px clear on each side.
      assert.ok(r.rendered + 4 <= r.box, `${lang} "${r.text}": ${r.rendered.toFixed(1)}px of text in a ${r.box}px box`);
    }
    const ratios = results.map((r) => ({ lang: svgs[r.i].lang, ratio: (r.box - 12) / r.rendered }));
    for (const lang of languages) {
      const mine = ratios.filter((r) => r.lang === lang).map((r) => r.ratio);
      measured.badges.push({ lang, estimateOverRendered: [Math.min(...mine), Math.max(...mine)].map((x) => Number(x.toFixed(2))) });
    }
    // The estimate is not wildly generous either: no badge wastes more than 45 % of its text width.
    assert.ok(ratios.every((r) => r.ratio < 1.45), JSON.stringify(measured.badges));

    if (screenshotDir) {
      await page.goto(`${siteOrigin}/badges`, { waitUntil: 'load' });
      await page.setViewportSize({ width: 900, height: 200 });
      await page.screenshot({ path: path.join(screenshotDir, 'badges.png'), fullPage: true });
    }
  } finally {
    await page.close();
  }
});

test('embed page: preview frames and snippets, from this service only', async () => {
  const page = await context.newPage();
  try {
    await page.goto(`${apiOrigin}/embed`, { waitUntil: 'load' });
    await page.selectOption('#state', 'IRN');
    await page.selectOption('#instrument', 'cedaw');
    await page.selectOption('#lang', 'fr');
    await Promise.all([page.waitForURL(/\/embed\?/), page.click('button[type=submit]')]);
    await page.waitForLoadState('load');

    const url = new URL(page.url());
    assert.equal(url.searchParams.get('state'), 'IRN');
    assert.equal(url.searchParams.get('lang'), 'fr');
    const snippet = await page.locator('#state-snippet').inputValue();
    assert.ok(snippet.startsWith(`<iframe src="${apiOrigin}/widgets/states/IRN?lang=fr"`), snippet);
    const preview = page.frame({ url: (u) => u.pathname === '/widgets/states/IRN' });
    assert.equal(await preview.evaluate(() => document.documentElement.lang), 'fr');
    const badge = await page.$eval('section img', (img) => img.naturalWidth);
    assert.ok(badge > 0);
    if (screenshotDir) {
      await page.screenshot({ path: path.join(screenshotDir, 'embed-page.png'), fullPage: true });
    }
  } finally {
    await page.close();
  }
});

// The embed page's heading and submit button, written here independently of EmbedText.cs.
const embedWords = {
  ar: { heading: 'تضمين أداة أو شارة للحالة', submit: 'عرض المعاينة والرمز' },
  en: { heading: 'Embed a status widget or badge', submit: 'Show preview and code' },
  es: { heading: 'Insertar un widget o una insignia de situación', submit: 'Mostrar vista previa y código' },
  fr: { heading: 'Intégrer un widget ou un badge de situation', submit: 'Afficher l’aperçu et le code' },
  ru: { heading: 'Встроить виджет или значок статуса', submit: 'Показать предпросмотр и код' },
  zh: { heading: '嵌入状况小部件或徽章', submit: '显示预览和代码' },
};

for (const lang of languages) {
  test(`embed page in ${lang}: language, direction, its own words, a layout that fits`, async () => {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 800, height: 900 });
      await page.goto(`${apiOrigin}/embed?lang=${lang}&state=${state}&instrument=cedaw`, { waitUntil: 'load' });
      const seen = await page.evaluate(() => {
        const box = (selector) => document.querySelector(selector).getBoundingClientRect();
        return {
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          direction: getComputedStyle(document.body).direction,
          heading: document.querySelector('h1').textContent,
          submit: document.querySelector('button[type=submit]').textContent,
          label: box('label[for=state]'),
          select: box('#state'),
          snippetDirection: getComputedStyle(document.querySelector('#state-snippet')).direction,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      const rtl = lang === 'ar';
      assert.equal(seen.lang, lang);
      assert.equal(seen.dir, rtl ? 'rtl' : 'ltr');
      assert.equal(seen.direction, rtl ? 'rtl' : 'ltr');
      assert.equal(seen.heading, embedWords[lang].heading);
      assert.equal(seen.submit, embedWords[lang].submit);
      // Right to left: the label stands to the right of its menu; left to right, to its left.
      if (rtl) assert.ok(seen.label.left >= seen.select.right - 1, JSON.stringify(seen));
      else assert.ok(seen.label.right <= seen.select.left + 1, JSON.stringify(seen));
      // Code reads left to right in every language.
      assert.equal(seen.snippetDirection, 'ltr');
      assert.ok(seen.overflow <= 0, `the page is ${seen.overflow}px wider than the window`);
      // The preview frames load lazily: bring the State widget's into view and wait for it.
      const frameElement = await page.waitForSelector('#state-snippet-h + .preview iframe');
      await frameElement.scrollIntoViewIfNeeded();
      const preview = await frameElement.contentFrame();
      await preview.waitForURL((u) => u.pathname === `/widgets/states/${state}`);
      await preview.waitForLoadState('load');
      assert.equal(await preview.evaluate(() => document.documentElement.lang), lang);
      if (screenshotDir && (lang === 'ar' || lang === 'zh')) {
        await page.screenshot({ path: path.join(screenshotDir, `embed-page-${lang}.png`), fullPage: true });
      }
    } finally {
      await page.close();
    }
  });
}

test('embed page without lang: the language Accept-Language prefers, by quality', async () => {
  const page = await context.newPage();
  try {
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'de-DE, ar;q=0.8, en;q=0.5' });
    const response = await page.goto(`${apiOrigin}/embed`, { waitUntil: 'load' });
    assert.equal(response.headers()['content-language'], 'ar');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await page.textContent('h1'), embedWords.ar.heading);
  } finally {
    await page.close();
  }
});

// The world maps (issue 15): every participant but the EU drawn once and visible, the legend's counts those of the
// API on that date, Arabic right to left, and (checked by the test after these) nothing loaded from elsewhere.
const mapInstruments = ['untoc', 'trafficking-protocol', 'opsc', 'cedaw', 'slavery-convention-1956'];
for (const id of mapInstruments) {
  test(`map of ${id}: every participant but the EU once and visible, legend counts as the API's, in six languages`, async () => {
    const participants = (await json('/v1/states')).items.map((s) => s.code).filter((c) => c !== 'EU').sort();
    const counts = (await json(`/v1/instruments/${id}`)).counts;
    const page = await context.newPage();
    try {
      for (const lang of languages) {
        const response = await page.goto(`${apiOrigin}/v1/instruments/${id}/map.svg?lang=${lang}`, { waitUntil: 'load' });
        assert.equal(response.status(), 200);
        const seen = await page.evaluate(() => {
          const svg = document.documentElement;
          const groups = [...document.querySelectorAll('g[data-participant]')];
          return {
            direction: getComputedStyle(document.querySelector('text')).direction,
            lang: svg.getAttribute('lang'),
            codes: groups.map((g) => g.getAttribute('data-participant')),
            invisible: groups.filter((g) => { const b = g.getBoundingClientRect(); return !(b.width > 0 && b.height > 0); }).map((g) => g.getAttribute('data-participant')),
            untitled: groups.filter((g) => !g.querySelector('title')?.textContent.trim()).length,
            legend: Object.fromEntries([...document.querySelectorAll('[data-count]')].map((e) => [e.getAttribute('data-class'), Number(e.getAttribute('data-count'))])),
          };
        });
        assert.equal(seen.lang, lang);
        assert.equal(seen.direction, lang === 'ar' ? 'rtl' : 'ltr');
        assert.deepEqual([...seen.codes].sort(), participants, `${lang}: participants drawn`);
        assert.deepEqual(seen.invisible, [], `${lang}: drawn but not visible`);
        assert.equal(seen.untitled, 0);
        assert.equal(seen.legend.party, counts.parties);
        assert.equal(seen.legend.signatory, counts.signatoriesNotParties);
        assert.equal(seen.legend.withdrawn ?? 0, counts.withdrawn);
        assert.equal(seen.legend.undetermined ?? 0, counts.undetermined);
      }
    } finally {
      await page.close();
    }
  });
}

test('map widget and resolution widget: framed from another origin, from 320 px, maps from this service only', async () => {
  const page = await context.newPage();
  try {
    for (const [lang, width] of [['en', 320], ['ar', 320], ['zh', 900]]) {
      await page.goto(`${siteOrigin}/maps?lang=${lang}&width=${width}`, { waitUntil: 'load' });
      const map = await (await page.$('#map')).contentFrame();
      const mapLayout = await map.evaluate(() => ({
        dir: getComputedStyle(document.body).direction,
        groups: document.querySelectorAll('g[data-participant]').length,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        details: document.querySelectorAll('details li').length,
      }));
      assert.equal(mapLayout.dir, lang === 'ar' ? 'rtl' : 'ltr');
      assert.equal(mapLayout.groups, (await json('/v1/states')).count - 1);
      assert.ok(mapLayout.overflow <= 0, `map widget overflows ${mapLayout.overflow}px at ${width}px`);
      assert.equal(mapLayout.details, (await json('/v1/instruments/trafficking-protocol/gaps')).count);

      const resolution = await (await page.$('#resolution')).contentFrame();
      await resolution.evaluate(() => Promise.all([...document.images].map((img) => { img.loading = 'eager'; return img.decode().catch(() => undefined); })));
      const images = await resolution.evaluate(() => ({
        loaded: [...document.images].filter((img) => img.naturalWidth > 0).length,
        all: document.images.length,
        origins: [...new Set([...document.images].map((img) => new URL(img.src).origin))],
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      assert.equal(images.all, 10);
      assert.equal(images.loaded, 10);
      assert.deepEqual(images.origins, [apiOrigin]);
      assert.ok(images.overflow <= 0, `resolution widget overflows ${images.overflow}px at ${width}px`);
    }
  } finally {
    await page.close();
  }
});

test('maps: the screenshots the docs show', { skip: !screenshotDir }, async () => {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1000, height: 640 });
    for (const [name, url] of [
      ['map-cedaw-today', '/v1/instruments/cedaw/map.svg'],
      ['map-trafficking-protocol-2008-12-18', '/v1/instruments/trafficking-protocol/map.svg?asOf=2008-12-18'],
      ['map-trafficking-protocol-today', '/v1/instruments/trafficking-protocol/map.svg'],
      ['map-opsc-africa-fr', '/v1/instruments/opsc/map.svg?region=002&lang=fr'],
      ['map-untoc-ar-dark', '/v1/instruments/untoc/map.svg?lang=ar&theme=dark'],
    ]) {
      await page.goto(apiOrigin + url, { waitUntil: 'load' });
      await page.locator('svg').first().screenshot({ path: path.join(screenshotDir, `${name}.png`) });
    }
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(`${apiOrigin}/widgets/resolutions/A-RES-63-194`, { waitUntil: 'load' });
    await page.evaluate(() => Promise.all([...document.images].map((img) => { img.loading = 'eager'; return img.decode().catch(() => undefined); })));
    await page.screenshot({ path: path.join(screenshotDir, 'resolution-widget.png'), fullPage: true });
  } finally {
    await page.close();
  }
});

test('no request left the service and the test page, and no CSP violation was reported', () => {
  assert.ok(requests.length > 20, `only ${requests.length} requests recorded`);
  const foreign = requests.filter((url) => !url.startsWith(`${apiOrigin}/`) && !url.startsWith(`${siteOrigin}/`) && !url.startsWith('about:'));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((url) => url.startsWith(`${apiOrigin}/widgets/states/`)));
  assert.ok(requests.some((url) => url.startsWith(`${siteOrigin}/`)));
  assert.deepEqual(cspViolations, []);
});

// Last, because it provokes violations on purpose: the widget's own policy, enforced by the browser,
// refuses a script and an image from elsewhere even if something managed to put them in the page.
test('the widget policy blocks script and remote images in the browser', async () => {
  const page = await context.newPage();
  try {
    await page.goto(`${apiOrigin}/widgets/states/${state}`, { waitUntil: 'load' });
    const outcome = await page.evaluate(async (remote) => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      const image = new Image();
      const loaded = new Promise((resolve) => { image.onload = () => resolve(true); image.onerror = () => resolve(false); });
      image.src = remote;
      document.body.append(image);
      const imageLoaded = await loaded;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { ran: window.injected === true, imageLoaded, violations };
    }, `${siteOrigin}/pixel.png`);
    assert.equal(outcome.ran, false);
    assert.equal(outcome.imageLoaded, false);
    assert.deepEqual([...new Set(outcome.violations)].sort(), ['img-src', 'script-src-elem']);
    // And the console listener behind the previous test does hear such violations.
    await page.waitForTimeout(200);
    assert.ok(cspViolations.some((text) => text.includes('Content Security Policy')), JSON.stringify(cspViolations));
  } finally {
    await page.close();
  }
});
