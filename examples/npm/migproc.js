// libmigproc from JavaScript: the migration-process graph of the Americas, in
// Node >= 18 and in browsers, through the library's WebAssembly build
// (examples/wasm).  No dependencies.  The same API as examples/python/migproc.py:
//
//   import { load } from 'migproc';
//   const mp = await load();                  // migproc.wasm beside this file
//   mp.find('RCM').members.and(mp.find('MIRPS').members).codes()
//                                             // ['BZ', 'CR', 'GT', 'HN', 'MX', 'PA', 'SV']
//   mp.find('México').memberships             // RCM, RIAM, Quito Process, MIRPS
//   mp.find('MIRPS').related('has_member', 2018).size   // 6
//   mp.why('Venezuela', 'MERCOSUR')           // relations with dates and sources
//
// Keys and language tags cross into the module as UTF-8 through a scratch
// buffer in its linear memory (examples/wasm/wasm.c); sets are 32 words a
// JavaScript EntitySet keeps, copied in and out of the module's scratch sets.

const NONE = 0xffff;
const WORDS = 1024 / 32; // MIGPROC_SET_CAPACITY / 32, frozen by the 1.x ABI: a migproc_set's uint32 words
const EXPECTED_MAJOR = 1; // the ABI this module is written for
/** An unknown key, or an ID that names no entity. */
export class LookupError extends Error {
  constructor(message, key) {
    super(message);
    this.name = 'LookupError';
    this.key = key;
  }
}

/** A key that names several entities; .candidates holds them. */
export class AmbiguousKeyError extends LookupError {
  constructor(key, candidates) {
    super(`${JSON.stringify(key)} is ambiguous: ` +
          candidates.map((c) => `${c.code} (${c.name()})`).join(', '), key);
    this.name = 'AmbiguousKeyError';
    this.candidates = candidates;
  }
}

/** A date as far as the source gives it: precision is 'year', 'month' or 'day'. */
export class MigprocDate {
  constructor(packed) {
    this.packed = packed;
    this.year = Math.floor(packed / 10000);
    this.month = Math.floor(packed / 100) % 100;
    this.day = packed % 100;
    this.precision = this.day ? 'day' : this.month ? 'month' : 'year';
    Object.freeze(this);
  }

  /** A date for as-of queries: a year (2018), 'YYYY', 'YYYY-MM', 'YYYY-MM-DD',
   * a JavaScript Date (its local calendar day) or a MigprocDate. */
  static from(value) {
    if (value instanceof MigprocDate) return value;
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      return new MigprocDate(value.getFullYear() * 10000 + (value.getMonth() + 1) * 100 +
                             value.getDate());
    }
    if (Number.isInteger(value) && value > 0 && value < 10000) return new MigprocDate(value * 10000);
    if (typeof value === 'string') {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
      const [year, month, day] = m ? m.slice(1).map((p) => Number(p || 0)) : [];
      if (m && year > 0 && month <= 12 && day <= 31 && (month > 0 || !day)) {
        return new MigprocDate(year * 10000 + month * 100 + day);
      }
      throw new RangeError(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(value)}`);
    }
    throw new TypeError('a date is a year, a YYYY[-MM[-DD]] string, a Date or a MigprocDate');
  }

  toString() {
    const pad = (n) => String(n).padStart(2, '0');
    return String(this.year).padStart(4, '0') + (this.month ? '-' + pad(this.month) : '') +
           (this.day ? '-' + pad(this.day) : '');
  }

  toJSON() { return this.toString(); }
  valueOf() { return this.packed; }
}

const dateOrNull = (packed) => (packed ? new MigprocDate(packed) : null);

/** Loads the WebAssembly module and returns the library.  source: nothing
 * (migproc.wasm beside this file), a URL or path, a fetch() Response, the
 * module's bytes, or a compiled WebAssembly.Module. */
export async function load(source = new URL('./migproc.wasm', import.meta.url)) {
  return new Migproc(await instantiate(await source));
}

const inNode = typeof process === 'object' && Boolean(process.versions && process.versions.node);

async function instantiate(source) {
  if (source instanceof WebAssembly.Module) return WebAssembly.instantiate(source, {});
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return (await WebAssembly.instantiate(source, {})).instance;
  }
  if (typeof Response === 'function' && source instanceof Response) {
    if (!source.ok) throw new Error(`cannot load ${source.url}: HTTP ${source.status}`);
    const type = source.headers.get('content-type') || '';
    if (typeof WebAssembly.instantiateStreaming === 'function' && type.startsWith('application/wasm')) {
      return (await WebAssembly.instantiateStreaming(source, {})).instance;
    }
    return (await WebAssembly.instantiate(await source.arrayBuffer(), {})).instance;
  }
  const url = source instanceof URL ? source : null;
  if (inNode && (url ? url.protocol === 'file:' : !/^https?:/.test(String(source)))) {
    const { readFile } = await import('node:fs/promises');
    return instantiate(await readFile(url || String(source)));
  }
  return instantiate(await fetch(String(source)));
}

/** The library, as load() returns it. */
class Migproc {
  #x; // the module's exports
  #entities = [];
  #encoder = new TextEncoder();
  #decoder = new TextDecoder('utf-8');

  constructor(instance) {
    this.#x = instance.exports;
    this.version = this.#string(this.#x.migproc_version());
    if (Number(this.version.split('.')[0]) !== EXPECTED_MAJOR) {
      throw new Error(`libmigproc ${this.version} loaded, this module needs ${EXPECTED_MAJOR}.x`);
    }
    this.dataDate = new MigprocDate(this.#x.migproc_data_date() >>> 0);
    this.dataHash = this.#string(this.#x.migproc_data_hash());
    /** Relation names, read from the library: {member_of: 0, has_member: 1, ...} */
    this.RELATIONS = {};
    for (let r = 0, name; (name = this.#string(this.#x.migproc_rel_name(r))) !== null; r++) {
      this.RELATIONS[name] = r;
    }
    Object.freeze(this.RELATIONS);
    /** Kind names, read from the library: ['state', 'process', ...] (kind 1, 2, ...). */
    this.KINDS = [];
    for (let k = 1, name; (name = this.#string(this.#x.migproc_kind_name(k))) !== null; k++) {
      this.KINDS.push(name);
    }
    Object.freeze(this.KINDS);
    /** The languages names are given in, read from the library: ['en', 'es', 'pt']. */
    this.LANGUAGES = [];
    for (let l = 0, tag; (tag = this.#string(this.#x.migproc_lang_tag(l))) !== null; l++) {
      this.LANGUAGES.push(tag);
    }
    Object.freeze(this.LANGUAGES);
  }

  // -- crossing into the module ------------------------------------------
  #bytes() { return new Uint8Array(this.#x.memory.buffer); }

  #string(pointer) {
    if (!pointer) return null;
    const bytes = this.#bytes();
    const end = bytes.indexOf(0, pointer);
    return this.#decoder.decode(bytes.subarray(pointer, end));
  }

  /** Writes text (or bytes) into the key buffer; returns [pointer, length].
   * Longer keys match nothing: the library reads at most the buffer's size. */
  #key(text, terminate) {
    const raw = typeof text === 'string' ? this.#encoder.encode(text) : text;
    const capacity = this.#x.wasm_key_capacity() - (terminate ? 1 : 0);
    const pointer = this.#x.wasm_key();
    const bytes = raw.subarray(0, capacity);
    this.#bytes().set(bytes, pointer);
    if (terminate) this.#bytes()[pointer + bytes.length] = 0;
    return [pointer, raw.length];
  }

  #setIn(slot, words) {
    const pointer = this.#x.wasm_set(slot);
    new Uint32Array(this.#x.memory.buffer, pointer, WORDS).set(words);
    return pointer;
  }

  #setOut(slot) {
    return EntitySet._wrap(this, new Uint32Array(this.#x.memory.buffer, this.#x.wasm_set(slot), WORDS).slice());
  }

  /** migproc_set_<name>(a, b, ...extra) on copies of the sets in scratch sets 1 and 2. */
  _setCall(name, sets, ...extra) {
    const pointers = sets.map((set, i) => this.#setIn(i + 1, set._words));
    return this.#x['migproc_set_' + name](...pointers, ...extra);
  }

  /** migproc_set_<name>(out, a, b) into scratch set 0: a new EntitySet. */
  _setResult(name, a, b) {
    this.#x['migproc_set_' + name](this.#x.wasm_set(0), this.#setIn(1, a._words),
                                   this.#setIn(2, b._words));
    return this.#setOut(0);
  }

  _ids(words) {
    const pointer = this.#setIn(1, words);
    const ids = [];
    for (let id = this.#x.migproc_set_next(pointer, NONE) & NONE; id !== NONE;
         id = this.#x.migproc_set_next(pointer, id) & NONE) {
      ids.push(id);
    }
    return ids;
  }

  _setAdd(words, id) {
    const pointer = this.#setIn(1, words);
    if (!isId(id) || !this.#x.migproc_set_add(pointer, id)) {
      throw new LookupError(`ID ${id} out of range`, id);
    }
    return new Uint32Array(this.#x.memory.buffer, pointer, WORDS).slice();
  }

  // -- the library's calls, wrapped --------------------------------------
  _call(name, ...args) { return this.#x['migproc_' + name](...args); }

  /** migproc_edge_other: [the other end's ID, the relation's name as read
   * from id], the relation through scratch set 0's first word. */
  _edgeOther(edge, id) {
    const out = this.#x.wasm_set(0);
    new Int32Array(this.#x.memory.buffer, out, 1)[0] = -1; // left so for an edge not of id: no name
    const other = this.#x.migproc_edge_other(edge, id, out) & NONE;
    return [other, this.#string(this.#x.migproc_rel_name(new Int32Array(this.#x.memory.buffer, out, 1)[0]))];
  }
  _text(name, ...args) { return this.#string(this.#x['migproc_' + name](...args)); }

  _name(id, lang, exactly = false) {
    const tag = this.#key(String(lang), true)[0];
    return this.#string(exactly ? this.#x.migproc_name_in(id, tag) : this.#x.migproc_name(id, tag));
  }

  _related(id, rel, asof) {
    const value = this.#relValue(rel);
    if (asof === undefined || asof === null) {
      this.#x.migproc_related(id, value, this.#x.wasm_set(0));
    } else {
      this.#x.migproc_related_asof(id, value, MigprocDate.from(asof).packed, this.#x.wasm_set(0));
    }
    return this.#setOut(0);
  }

  #relValue(rel) {
    let value = -1;
    if (typeof rel === 'string') value = this.#x.migproc_rel_from_name(this.#key(rel, true)[0]);
    // An int crosses as i32: a number past it would wrap to another relation.
    else if (Number.isInteger(rel)) value = rel >= 0 && rel <= 0x7fffffff && this.#string(this.#x.migproc_rel_name(rel)) !== null ? rel : -1;
    else throw new TypeError("a relation is a name such as 'member_of' or its number");
    if (value < 0) {
      throw new RangeError(`unknown relation ${JSON.stringify(rel)}; known: ${Object.keys(this.RELATIONS).join(', ')}`);
    }
    return value;
  }

  _source(index) {
    const key = index >= 0 ? this._text('source_key', index) : null;
    return key === null ? null : Object.freeze({
      key,
      title: this._text('source_title', index),
      publisher: this._text('source_publisher', index),
      url: this._text('source_url', index), // as recorded, without a scheme
      seen: dateOrNull(this.#x.migproc_source_seen(index) >>> 0),
      licence: this._text('source_licence', index), // an SPDX identifier, or 'facts'
    });
  }

  // -- the public API ------------------------------------------------------
  /** The entity with this ID; LookupError when there is none. */
  entity(id) {
    if (!Number.isInteger(id)) throw new TypeError('an ID is an integer');
    if (id < 0 || id >= this.#x.migproc_count()) throw new LookupError(`no entity with ID ${id}`, id);
    return this.#entities[id] || (this.#entities[id] = new Entity(this, id));
  }

  /** Every entity, or every entity of a kind ('state', 'process', ...). */
  entities(kind) {
    if (kind === undefined) {
      this.#x.migproc_set_all(this.#x.wasm_set(0));
    } else {
      const value = this.KINDS.indexOf(kind) + 1;
      if (value === 0) throw new RangeError(`unknown kind ${JSON.stringify(kind)}; known: ${this.KINDS.join(', ')}`);
      this.#x.migproc_set_all_of_kind(this.#x.wasm_set(0), value);
    }
    return this.#setOut(0);
  }

  /** A set of entities (or IDs). */
  set(items = []) {
    let words = new Uint32Array(WORDS);
    for (const item of items) words = this._setAdd(words, idOf(item));
    return EntitySet._wrap(this, words);
  }

  #findAll(key) {
    if (typeof key !== 'string' && !(key instanceof Uint8Array)) {
      throw new TypeError('a key is a string (or UTF-8 bytes)');
    }
    const [pointer, length] = this.#key(key, false);
    this.#x.migproc_findn_all(pointer, length, this.#x.wasm_set(0));
    return [...this.#setOut(0)];
  }

  /** The one entity a key names (code, name in any language, alias).
   * LookupError when it names none, AmbiguousKeyError when several. */
  find(key) {
    const found = this.#findAll(key);
    if (found.length === 1) return found[0];
    if (found.length === 0) throw new LookupError(`unknown key ${JSON.stringify(key)}`, key);
    throw new AmbiguousKeyError(key, found);
  }

  /** find(), but fallback instead of an error for unknown or ambiguous keys. */
  get(key, fallback = null) {
    try {
      return this.find(key);
    } catch (error) {
      if (error instanceof LookupError) return fallback;
      throw error;
    }
  }

  /** The inverse of a relation (a name or its number), as the library pairs
   * them: 'member_of' -> 'has_member'; RangeError for an unknown relation. */
  inverse(rel) {
    return this.#string(this.#x.migproc_rel_name(this.#x.migproc_rel_inverse(this.#relValue(rel))));
  }

  /** Every stated relation between two entities (or keys), read from a. */
  why(a, b) {
    const from = a instanceof Entity ? a : this.find(a);
    const to = b instanceof Entity ? b : this.find(b);
    return from.relations.filter((r) => r.object === to);
  }
}

// IDs cross as uint16_t: anything else is no ID (and must not be truncated).
const isId = (id) => Number.isInteger(id) && id >= 0 && id < NONE;

function idOf(item) {
  if (item instanceof Entity) return item.id;
  if (Number.isInteger(item)) return item;
  throw new TypeError('an Entity or an ID');
}

/** An immutable set of entities: and, or, minus, xor; size, has, iteration in
 * ID order, equals, isSubsetOf. */
class EntitySet {
  #lib;
  constructor(lib, words) {
    this.#lib = lib;
    this._words = words;
    Object.freeze(this);
  }

  static _wrap(lib, words) { return new EntitySet(lib, words); }

  #op(name, other) {
    if (!(other instanceof EntitySet)) throw new TypeError('an EntitySet');
    return this.#lib._setResult(name, this, other);
  }

  and(other) { return this.#op('intersect', other); }
  or(other) { return this.#op('union', other); }
  minus(other) { return this.#op('difference', other); }
  xor(other) { return this.#op('symmetric_difference', other); }

  get size() { return this.#lib._setCall('count', [this]) >>> 0; }

  has(item) {
    const id = item instanceof Entity ? item.id : item;
    return isId(id) && this.#lib._setCall('has', [this], id) !== 0;
  }

  equals(other) {
    return other instanceof EntitySet && this.#lib._setCall('equal', [this, other]) !== 0;
  }

  isSubsetOf(other) {
    if (!(other instanceof EntitySet)) throw new TypeError('an EntitySet');
    return this.#lib._setCall('subset', [this, other]) !== 0;
  }

  isSupersetOf(other) {
    if (!(other instanceof EntitySet)) throw new TypeError('an EntitySet');
    return other.isSubsetOf(this);
  }

  *[Symbol.iterator]() {
    for (const id of this.#lib._ids(this._words)) yield this.#lib.entity(id);
  }

  codes() { return [...this].map((e) => e.code); }
  toJSON() { return this.codes(); }
  toString() { return `EntitySet(${this.codes().join(', ')})`; }
}

/** A state, process, organisation, framework, network or body. */
class Entity {
  #lib;
  constructor(lib, id) {
    this.#lib = lib;
    this.id = id;
    Object.freeze(this);
  }

  get code() { return this.#lib._text('code', this.id); }
  get kind() { return this.#lib.KINDS[this.#lib._call('kind_of', this.id) - 1]; }
  /** The names the entity has, by language; a language it has none in is absent (no English fallback). */
  get names() {
    return Object.fromEntries(this.#lib.LANGUAGES.map((lang) => [lang, this.nameIn(lang)])
      .filter(([, name]) => name !== null));
  }
  get alpha3() { return this.#lib._text('alpha3', this.id); }
  get numeric() { return this.#lib._call('numeric', this.id) >>> 0 || null; }
  get established() { return dateOrNull(this.#lib._call('established', this.id) >>> 0); }
  /** When the entity's facts were last reviewed against its sources; null for states. */
  get reviewed() { return dateOrNull(this.#lib._call('reviewed', this.id) >>> 0); }
  /** The source of the establishment date, or null. */
  get establishedSource() { return this.#lib._source(this.#lib._call('established_source', this.id)); }
  get members() { return this.related('has_member'); }
  get memberships() { return this.related('member_of'); }

  /** The name in a language ('en', 'es', 'pt'; others fall back to English). */
  name(lang = 'en') { return this.#lib._name(this.id, lang); }

  /** The name in exactly that language, or null when the entity has none in it. */
  nameIn(lang) { return this.#lib._name(this.id, lang, true); }

  /** The entities X such that "this rel X" holds now, or as of a date. */
  related(rel, asof) { return this.#lib._related(this.id, rel, asof); }

  /** Every stated relation touching this entity, seen from it. */
  get relations() {
    const lib = this.#lib;
    const out = [];
    for (let i = 0, n = lib._call('edge_count', this.id) >>> 0; i < n; i++) {
      out.push(relation(lib, lib._call('edge_at', this.id, i) & NONE, this));
    }
    return out;
  }

  /** Dated, sourced statements about this entity that are not relations. */
  get notes() {
    const lib = this.#lib;
    const out = [];
    for (let i = 0, n = lib._call('note_count', this.id) >>> 0; i < n; i++) {
      out.push(Object.freeze({
        text: lib._text('note_text', this.id, i),
        date: dateOrNull(lib._call('note_date', this.id, i) >>> 0),
        source: lib._source(lib._call('note_source', this.id, i)),
      }));
    }
    return out;
  }

  toJSON() { return this.code; }
  toString() { return `Entity(${this.code}, ${this.name()})`; }
}

/** One source's statement: subject relation object, from start to end. */
function relation(lib, edge, seenFrom) {
  const [other, rel] = lib._edgeOther(edge, seenFrom.id);
  return Object.freeze({
    subject: seenFrom,
    relation: rel,
    object: lib.entity(other),
    start: dateOrNull(lib._call('edge_start', edge) >>> 0), // as the source says
    end: dateOrNull(lib._call('edge_end', edge) >>> 0),
    from: dateOrNull(lib._call('edge_from', edge) >>> 0), // what as-of answers use: null is always
    until: dateOrNull(lib._call('edge_until', edge) >>> 0), // null: it still holds
    source: lib._source(lib._call('edge_source', edge)),
    note: lib._text('edge_note', edge),
  });
}
