// The npm package against the seed facts (tests/ffi/seed-facts.json, shared
// with the Python, cffi and Ruby tests), lookups, set-algebra laws, as-of
// dates, sources and bad input.  Runs in place (`npm test`) or, as CI does it,
// against the tarball installed in a temporary project (test/run-tarball.sh),
// which sets MIGPROC_SEED_FACTS and MIGPROC_MAP to the repository's files.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { load, LookupError, AmbiguousKeyError, MigprocDate } from 'migproc';

const repo = (path) => new URL('../../../' + path, import.meta.url);
const FACTS = JSON.parse(await readFile(process.env.MIGPROC_SEED_FACTS || repo('tests/ffi/seed-facts.json'), 'utf8'));
const MAP = await readFile(process.env.MIGPROC_MAP || repo('lib/migproc.map'), 'utf8');
const require = createRequire(import.meta.url);
const wasmPath = require.resolve('migproc/migproc.wasm');
const mp = await load();
const sorted = (list) => [...list].sort();

test('seed facts: member lists', () => {
  for (const [process, seedList] of Object.entries(FACTS.members)) {
    const members = seedList.concat(FACTS.joined_since_seed[process] || []);
    const got = mp.find(process).members;
    assert.deepEqual(sorted(got.codes()), sorted(members), process);
    assert.equal(got.size, members.length);
    assert.ok([...got].every((e) => e.kind === 'state'));
  }
});

test('seed facts: years established', () => {
  for (const [code, year] of Object.entries(FACTS.established)) {
    const date = mp.find(code).established;
    assert.ok(date instanceof MigprocDate);
    assert.deepEqual([date.year, date.precision, String(date)], [year, 'year', String(year)], code);
  }
});

test('seed facts: relations, both ways', () => {
  for (const [subject, rel, object] of FACTS.relations) {
    assert.ok(mp.find(subject).related(rel).has(mp.find(object)), `${subject} ${rel} ${object}`);
    const inverse = mp.inverse(rel);
    assert.ok(mp.find(object).related(inverse).has(mp.find(subject)), `${object} ${inverse} ${subject}`);
  }
});

test('inverse: the header\'s pairs (an even value and the next), both ways; bad input', () => {
  const names = Object.keys(mp.RELATIONS);
  for (const [name, value] of Object.entries(mp.RELATIONS)) {
    assert.equal(mp.inverse(name), names[value ^ 1]);
    assert.equal(mp.inverse(value), names[value ^ 1]);
    assert.equal(mp.inverse(mp.inverse(name)), name);
  }
  for (const bad of ['friend_of', '', -1, names.length, 2 ** 32]) {
    assert.throws(() => mp.inverse(bad), RangeError, String(bad));
  }
  assert.throws(() => mp.inverse(null), TypeError);
  assert.throws(() => mp.find('MX').related(2 ** 32), RangeError, 'a relation past 32 bits does not wrap');
});

test('seed facts: memberships, as-of counts, RCM and MIRPS', () => {
  for (const [code, processes] of Object.entries(FACTS.memberships)) {
    assert.deepEqual(mp.find(code).memberships.codes(), processes);
  }
  for (const [code, rel, year, count] of FACTS.asof) {
    assert.equal(mp.find(code).related(rel, year).size, count, `${code} ${rel} ${year}`);
    assert.equal(mp.find(code).related(rel, `${year}-06-30`).size, count);
    assert.equal(mp.find(code).related(rel, new Date(year, 5, 30)).size, count);
  }
  const both = mp.find('RCM').members.and(mp.find('MIRPS').members);
  assert.deepEqual(both.codes(), FACTS.rcm_and_mirps);
});

test('why: dates and sources', () => {
  const date = (d) => d && String(d);
  assert.deepEqual(mp.why('Venezuela', 'MERCOSUR').map((r) => [r.relation, date(r.start), date(r.end), r.source.key]),
    [['member_of', '2012-08-12', null, 'g1'],
     ['member_of', null, null, 'derechofacil-mercosur'],
     ['associate_of', '2004', null, 'rebelion'],
     ['associate_of', null, '2012-08-12', 'g1'],
     ['suspended_from', '2016-12-01', null, 'eldoce-ve-2016'],
     ['suspended_from', null, null, 'rimaypampa-ve-2017'],
     ['suspended_from', '2016-12-02', null, 'laregion-ve-2016'],
     ['suspended_from', '2017-08-05', null, 'diarioregistrado-ve-2017']]);
  const [aligned] = mp.why('MIRPS', 'Global Compact on Refugees');
  assert.deepEqual([aligned.relation, aligned.source.key, aligned.source.title],
    ['aligned_with', 'seed', 'Intergovernmental Processes']);
  const seen = mp.find('MERCOSUR').relations.filter((r) => r.object.code === 'VE');
  assert.deepEqual(seen.map((r) => r.relation), mp.why('VE', 'MERCOSUR').map((r) => mp.RELATIONS[r.relation])
    .map((value) => Object.keys(mp.RELATIONS)[value ^ 1]));
});

test('from and until: what as-of answers count, statement by statement', () => {
  // A partial date stands for the first day of its period.
  const day = (d) => d.year * 10000 + Math.max(d.month, 1) * 100 + Math.max(d.day, 1);
  const dates = ['2003', '2004', '2012-08-11', '2012-08-12', '2016-11-30', '2016-12-01', '2020', '2030'];
  let checked = 0;
  for (const code of ['VE', 'BO', 'MX', 'GT']) {
    const e = mp.find(code);
    for (const other of new Set(e.relations.map((r) => r.object))) {
      for (const rel of new Set(e.relations.filter((r) => r.object === other).map((r) => r.relation))) {
        const statements = e.relations.filter((r) => r.object === other && r.relation === rel);
        for (const date of dates) {
          const at = day(MigprocDate.from(date));
          const counted = statements.some((r) => (!r.from || day(r.from) <= at) && (!r.until || at < day(r.until)));
          assert.equal(e.related(rel, date).has(other), counted, `${code} ${rel} ${other.code} as of ${date}`);
          checked++;
        }
        const now = statements.some((r) => !r.until);
        assert.equal(e.related(rel).has(other), now, `${code} ${rel} ${other.code} now`);
      }
    }
  }
  assert.ok(checked > 100);
  const [aligned] = mp.why('MIRPS', 'Global Compact on Refugees');
  assert.equal(aligned.start, null); // the source gives no date; it counts from the compact's
  assert.equal(String(aligned.from), String(mp.find('Global Compact on Refugees').established));
  assert.equal(aligned.source.licence, 'facts');
  assert.equal(mp.find('RCM').reviewed.precision, 'day');
  assert.equal(mp.find('MX').reviewed, null);
});

test('lookup: forgiving keys, unknown, ambiguous', () => {
  for (const key of ['MX', 'mex', '484', 'México', 'MÉXICO', 'Estados Unidos Mexicanos']) {
    assert.equal(mp.find(key).code, 'MX', key);
  }
  assert.equal(mp.find('puebla process').code, 'RCM');
  assert.equal(mp.find(new Uint8Array([0x50, 0x65, 0x72, 0xc3, 0xba])).code, 'PE');
  const mx = mp.find('MX');
  assert.deepEqual(mx.names, { en: 'Mexico', es: 'México', pt: 'México' });
  assert.deepEqual(mp.LANGUAGES, Object.keys(mx.names));
  assert.deepEqual(mp.LANGUAGES, ['en', 'es', 'pt']); // the header's migproc_lang
  const padf = mp.find('PADF');
  assert.deepEqual(padf.names, { en: 'Pan American Development Foundation' });
  assert.equal(padf.nameIn('es'), null);
  assert.deepEqual([mx.alpha3, mx.numeric, mx.established], ['MEX', 484, null]);
  assert.equal(mp.find('mexico'), mx); // one Entity object per ID
  assert.throws(() => mp.find('Atlantis'), (e) => e instanceof LookupError && !(e instanceof AmbiguousKeyError));
  assert.throws(() => mp.find('conare'), (e) => e instanceof AmbiguousKeyError && e instanceof LookupError &&
    JSON.stringify(e.candidates.map((c) => c.code)) === JSON.stringify(FACTS.conare));
  assert.equal(mp.get('Atlantis'), null);
  assert.equal(mp.get('CONARE', 'none'), 'none');
  assert.equal(mp.get('MX'), mp.entity(mx.id));
});

test('set algebra: laws, through the library', () => {
  const sets = Object.keys(FACTS.members).map((p) => mp.find(p).members).concat([mp.set(), mp.entities('state')]);
  const u = mp.entities();
  for (const a of sets) {
    for (const b of sets) {
      assert.ok(a.or(b).equals(b.or(a)));
      assert.ok(a.and(b).equals(b.and(a)));
      assert.ok(a.xor(b).equals(a.minus(b).or(b.minus(a))));
      assert.ok(u.minus(a.or(b)).equals(u.minus(a).and(u.minus(b))));
      assert.equal(a.or(b).size + a.and(b).size, a.size + b.size);
      assert.ok(a.and(b).isSubsetOf(a) && a.isSubsetOf(a.or(b)) && a.or(b).isSupersetOf(b));
      assert.deepEqual(sorted(a.or(b).codes()), sorted(new Set([...a.codes(), ...b.codes()])));
      for (const c of sets) assert.ok(a.and(b.or(c)).equals(a.and(b).or(a.and(c))));
    }
    assert.ok(a.and(a).equals(a) && a.minus(a).size === 0);
  }
  const rcm = mp.find('RCM').members;
  const ids = [...rcm].map((e) => e.id);
  assert.deepEqual(ids, [...ids].sort((x, y) => x - y));
  assert.ok(rcm.has(mp.find('MX')) && rcm.has(mp.find('MX').id) && !rcm.has(mp.find('AR')));
  assert.ok(!rcm.has('MX') && !rcm.has(-1) && !rcm.has(0x10000 + mp.find('MX').id));
  assert.ok(mp.set(rcm).equals(rcm) && mp.set(ids).equals(mp.find('Puebla Process').members));
  assert.throws(() => { rcm.extra = 1; }, TypeError);
});

test('bad input gets an exception, never a wrong answer', () => {
  for (const key of [null, undefined, 42, ['MX'], {}]) assert.throws(() => mp.find(key), TypeError);
  for (const key of [new Uint8Array([0xff, 0xfe]), new Uint8Array([0x4d, 0xc3]), 'MX\0junk', '\udcff', '', ' ', 'x'.repeat(1 << 20)]) {
    assert.throws(() => mp.find(key), LookupError);
    assert.equal(mp.get(key), null);
  }
  const mx = mp.find('MX');
  assert.throws(() => mx.related('friend_of'), RangeError);
  assert.throws(() => mx.related(99), RangeError);
  assert.throws(() => mx.related(null), TypeError);
  assert.throws(() => mx.related('member_of', '2018-13'), RangeError);
  assert.throws(() => mx.related('member_of', {}), TypeError);
  for (const id of [-1, mp.entities().size + 100000, 0xffff, 1.5]) assert.throws(() => mp.entity(id));
  assert.throws(() => mp.entity('MX'), TypeError);
  assert.throws(() => mp.entities('nonsense'), RangeError);
  assert.throws(() => mp.set([-1]), LookupError);
  assert.equal(mx.name('xx'), 'Mexico');
  assert.equal(mx.name('es-MX'), 'México');
});

test('the module: imports nothing, exports lib/migproc.map, loads from bytes, a Module or a path', async () => {
  const bytes = await readFile(wasmPath);
  const module = new WebAssembly.Module(bytes);
  assert.deepEqual(WebAssembly.Module.imports(module), []);
  const exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const api = [...MAP.matchAll(/^\s*(migproc_\w+);/gm)].map((m) => m[1]);
  assert.ok(api.length > 50);
  assert.deepEqual(api.filter((name) => !exported.has(name)), []);
  for (const source of [bytes, module, wasmPath]) {
    const other = await load(source);
    assert.equal(other.find('Brasil').code, 'BR');
    assert.notEqual(other.find('BR'), mp.find('BR')); // entities belong to their instance
  }
  const pkg = JSON.parse(await readFile(require.resolve('migproc/package.json'), 'utf8'));
  for (const file of ['LICENSE', 'NOTICE']) { // the tables' licence and their data notice ship with them
    assert.match(await readFile(new URL(file, pathToFileURL(require.resolve('migproc/package.json'))), 'utf8'), /\S/);
  }
  assert.equal(mp.version, pkg.version, 'package.json carries the library version');
  assert.match(mp.dataHash, /^[0-9a-f]{16}$/);
  assert.equal(mp.dataDate.precision, 'day');
  assert.deepEqual(mp.KINDS.slice(0, 2), ['state', 'process']);
});
