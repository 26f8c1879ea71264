// TypeScript declarations for migproc.js (libmigproc as WebAssembly).

/** The languages every entity has a name in; other tags fall back to English. */

/** An unknown key, or an ID that names no entity. */
export class LookupError extends Error {
  readonly key: unknown;
}

/** A key that names several entities. */
export class AmbiguousKeyError extends LookupError {
  readonly candidates: Entity[];
}

/** A date as far as the source gives it (month and day are 0 when not given). */
export class MigprocDate {
  constructor(packed: number);
  /** YYYYMMDD, as the C library has it. */
  readonly packed: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly precision: 'year' | 'month' | 'day';
  /** A year, 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', a Date (its local day) or a MigprocDate;
   * RangeError for a malformed string, TypeError for anything else. */
  static from(value: AsOf): MigprocDate;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', as precise as the source. */
  toString(): string;
  toJSON(): string;
  valueOf(): number;
}

/** What as-of queries accept. */
export type AsOf = number | string | Date | MigprocDate;

/** A relation name as the library has it: 'member_of', 'has_member', ... */
export type RelationName = string;

/** Where a fact comes from. */
export interface Source {
  readonly key: string;
  readonly title: string | null;
  readonly publisher: string | null;
  /** As recorded, without a scheme (e.g. 'g1.globo.com'); null when none was given. */
  readonly url: string | null;
  readonly seen: MigprocDate | null;
  /** The licence of what was copied from it: an SPDX identifier, or 'facts'. */
  readonly licence: string | null;
}

/** One source's statement, seen from subject: subject relation object, from start to end. */
export interface Relation {
  readonly subject: Entity;
  readonly relation: RelationName;
  readonly object: Entity;
  /** The dates the source gives (null: not given). */
  readonly start: MigprocDate | null;
  readonly end: MigprocDate | null;
  /** The dates as-of answers count it from and until, after the library's rules
   * (null: always, and still holds). */
  readonly from: MigprocDate | null;
  readonly until: MigprocDate | null;
  readonly source: Source | null;
  readonly note: string | null;
}

/** A dated, sourced statement about one entity that is not a relation. */
export interface Note {
  readonly text: string;
  readonly date: MigprocDate | null;
  readonly source: Source | null;
}

/** A state, process, organisation, framework, network or body.  One object per ID. */
export interface Entity {
  readonly id: number;
  readonly code: string;
  /** 'state', 'process', 'organization', ... (Migproc.KINDS). */
  readonly kind: string;
  /** The names the entity has, by language tag; a language it has none in is absent. */
  readonly names: { readonly [lang: string]: string };
  readonly alpha3: string | null;
  readonly numeric: number | null;
  readonly established: MigprocDate | null;
  readonly establishedSource: Source | null;
  /** When its facts were last reviewed against its sources; null for states. */
  readonly reviewed: MigprocDate | null;
  /** related('has_member'), now. */
  readonly members: EntitySet;
  /** related('member_of'), now. */
  readonly memberships: EntitySet;
  /** Every stated relation touching this entity, seen from it. */
  readonly relations: Relation[];
  readonly notes: Note[];
  name(lang?: string): string;
  /** The name in exactly that language, or null when the entity has none in it. @since 1.1 */
  nameIn(lang: string): string | null;
  /** The entities X such that "this rel X" holds now, or as of a date.
   * RangeError for an unknown relation. */
  related(rel: RelationName | number, asof?: AsOf | null): EntitySet;
  toJSON(): string;
}

/** An immutable set of entities; operations run in the library. */
export interface EntitySet extends Iterable<Entity> {
  readonly size: number;
  and(other: EntitySet): EntitySet;
  or(other: EntitySet): EntitySet;
  minus(other: EntitySet): EntitySet;
  xor(other: EntitySet): EntitySet;
  has(item: Entity | number): boolean;
  equals(other: unknown): boolean;
  isSubsetOf(other: EntitySet): boolean;
  isSupersetOf(other: EntitySet): boolean;
  /** The entities' codes, in ID order. */
  codes(): string[];
  toJSON(): string[];
}

/** The library, as load() returns it. */
export interface Migproc {
  /** The library's version, 'MAJOR.MINOR.PATCH'. */
  readonly version: string;
  readonly dataDate: MigprocDate;
  readonly dataHash: string;
  /** Relation names and values: { member_of: 0, has_member: 1, ... }. */
  readonly RELATIONS: Readonly<Record<RelationName, number>>;
  /** Kind names, kind 1 first: ['state', 'process', ...]. */
  readonly KINDS: readonly string[];
  /** The languages names are given in, from the library: ['en', 'es', 'pt']. */
  readonly LANGUAGES: readonly string[];
  /** The one entity a key names; LookupError when none, AmbiguousKeyError when several. */
  find(key: string | Uint8Array): Entity;
  /** find(), or fallback for unknown and ambiguous keys. */
  get<T = null>(key: string | Uint8Array, fallback?: T): Entity | T;
  /** The entity with this ID; LookupError when there is none. */
  entity(id: number): Entity;
  /** Every entity, or every entity of a kind; RangeError for an unknown kind. */
  entities(kind?: string): EntitySet;
  /** A set of entities or IDs. */
  set(items?: Iterable<Entity | number>): EntitySet;
  /** The inverse of a relation, as the library pairs them ('member_of' ->
   * 'has_member'); RangeError for an unknown relation. */
  inverse(rel: RelationName | number): RelationName;
  /** Every stated relation between two entities (or keys), read from a. */
  why(a: Entity | string, b: Entity | string): Relation[];
}

/** Loads the WebAssembly module: by default migproc.wasm beside migproc.js (read
 * with fs in Node, fetched in a browser); or a URL or path, a fetch() Response
 * (or a promise of one), the module's bytes, or a compiled WebAssembly.Module. */
export function load(
  source?: URL | string | Response | Promise<Response> | ArrayBuffer | ArrayBufferView | WebAssembly.Module,
): Promise<Migproc>;
