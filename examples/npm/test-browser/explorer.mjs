// The explorer in a real browser: serves this package's directory on
// 127.0.0.1, drives Chromium headless (Debian's /usr/bin/chromium, or
// $CHROMIUM) with puppeteer-core, checks what a reader would check, fails on
// any console error or request outside the page's own files, and saves a
// screenshot (default: doc/explorer.png at the top of the tree).
//   node test-browser/explorer.mjs [SCREENSHOT.png]
// Expectations come from the shared seed facts and from the library itself.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { load } from '../migproc.js';

const here = fileURLToPath(new URL('..', import.meta.url));
const screenshot = process.argv[2] || fileURLToPath(new URL('../../../doc/explorer.png', import.meta.url));
const facts = JSON.parse(await readFile(new URL('../../../tests/ffi/seed-facts.json', import.meta.url), 'utf8'));
const mp = await load();
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/\/$/, '/index.html');
  try {
    const body = await readFile(join(here, path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] || 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--lang=en-US'],
});
const version = await browser.version();
const problems = [];
const steps = [];
const step = async (name, body) => { await body(); steps.push(name); console.log(`ok - ${name}`); };
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 1240 });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin + '/') && !r.url().startsWith('data:')) problems.push(`outside request: ${r.url()}`);
  });
  const open = async (hash) => {
    await page.goto(`${origin}/explorer/${hash}`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready]');
  };
  const text = (selector) => page.$eval(selector, (el) => el.textContent);

  await step('#and=RCM,MIRPS shows the states in both, as of now and as of 2018', async () => {
    await open('#and=RCM,MIRPS');
    const codes = await page.$$eval('#view li[data-code]', (items) => items.map((li) => li.dataset.code));
    assert.deepEqual(codes, facts.rcm_and_mirps);
    await open('#and=RCM,MIRPS&asof=2018');
    const then = mp.find('RCM').related('has_member', 2018).and(mp.find('MIRPS').related('has_member', 2018));
    const codes2018 = await page.$$eval('#view li[data-code]', (items) => items.map((li) => li.dataset.code));
    assert.deepEqual(codes2018, then.codes());
    assert.ok(codes2018.length < codes.length, 'MIRPS grew after 2018');
    assert.equal(await page.$eval('#asof', (el) => el.value), '2018');
  });

  await step('#show=VE shows the MERCOSUR suspension, and its source one key press away', async () => {
    await open('#show=VE');
    const suspensions = mp.why('VE', 'MERCOSUR').filter((r) => r.relation === 'suspended_from');
    assert.ok(suspensions.length > 0);
    const mercosur = mp.find('MERCOSUR').name('en');
    const bars = await page.$$eval('button.bar.r-suspended_from', (els) => els.map((b) => b.getAttribute('aria-label')));
    assert.equal(bars.length, suspensions.length);
    for (const [i, r] of suspensions.entries()) {
      assert.ok(bars[i].includes(mercosur) && (!r.start || bars[i].includes(String(r.start))), bars[i]);
    }
    await page.focus('button.bar.r-suspended_from'); // the keyboard, not the mouse
    await page.keyboard.press('Enter');
    const source = suspensions[0].source;
    assert.ok(source.url, 'the first suspension has a source with a URL');
    await page.waitForFunction((title) => document.querySelector('.detail').textContent.includes(title), {}, source.title);
    const href = await page.$eval('.detail a', (a) => a.getAttribute('href'));
    assert.equal(href, 'https://' + source.url);
    assert.ok((await text('.detail')).includes(source.url));
    await page.screenshot({ path: screenshot });
  });

  await step('an ambiguous key typed in the search box lists its candidates', async () => {
    await page.click('#key', { clickCount: 3 });
    await page.keyboard.type('CONARE');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.candidates');
    const codes = await page.$$eval('.candidates a', (as) => as.map((a) => new URLSearchParams(a.hash.slice(1)).get('show')));
    assert.deepEqual(codes, facts.conare);
    assert.match(await text('.message'), /CONARE/);
    await page.click('#key', { clickCount: 3 });
    await page.keyboard.type('Atlantis');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.message')?.textContent.includes('Atlantis'));
    assert.equal(await page.$('.candidates'), null);
  });

  await step('switching the language translates the page and the names, and keeps the view', async () => {
    await open('#show=CONARE');
    const before = await text('h1');
    await page.select('#lang', 'es');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    assert.notEqual(await text('h1'), before);
    assert.match(page.url(), /show=CONARE.*lang=es/);
    const names = await page.$$eval('.candidates a', (as) => as.map((a) => a.textContent));
    assert.deepEqual(names, facts.conare.map((c) => mp.find(c).name('es')));
    await page.select('#lang', 'pt');
    await page.waitForFunction(() => document.documentElement.lang === 'pt');
    await open('#show=MX&lang=pt');
    assert.ok((await text('h2')).startsWith(mp.find('MX').name('pt')));
  });

  await step('the matrix has every process as a column, a legend, and each state at most once', async () => {
    await open('#matrix');
    const columns = await page.$$eval('.matrix thead th', (ths) => ths.map((th) => th.textContent));
    for (const p of mp.entities('process')) assert.ok(columns.includes(p.code), p.code);
    assert.ok((await page.$$('.legend li')).length >= 4);
    const rows = await page.$$eval('.matrix tbody th', (ths) => ths.map((th) => th.textContent));
    assert.equal(new Set(rows).size, rows.length);
    assert.ok(rows.includes(mp.find('MX').name('en')));
  });

  await step('the footer links the licence and the data notice', async () => {
    const statuses = await page.$$eval('footer a', (as) => Promise.all(as.map((a) => fetch(a.href).then((r) => r.status))));
    assert.deepEqual(statuses, [200, 200]);
  });

  await step('every control has a label and every button a name', async () => {
    const unlabelled = await page.$$eval('input, select', (els) => els.filter((e) => !e.labels.length).map((e) => e.id));
    assert.deepEqual(unlabelled, []);
    const nameless = await page.$$eval('button', (els) => els.filter((b) => !(b.textContent.trim() || b.getAttribute('aria-label'))).length);
    assert.equal(nameless, 0);
  });
} finally {
  await browser.close();
  server.close();
}
assert.deepEqual(problems, [], 'console errors or failed or outside requests');
console.log(`explorer: ${steps.length} checks passed in ${version}; screenshot ${screenshot}`);
