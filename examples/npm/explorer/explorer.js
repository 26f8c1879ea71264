// The explorer: every answer comes from the library (../migproc.js and its
// WebAssembly module) at run time; this file holds only words and layout.
// The view lives in the URL hash: #show=MX, #and=RCM,MIRPS (or, minus),
// #matrix, with &asof=2018 and &lang=es.
import { load, LookupError, AmbiguousKeyError, MigprocDate } from '../migproc.js';

const WORDS = {
  en: {
    title: 'Migration processes of the Americas', tagline: 'Who belongs to which intergovernmental migration process, since when, according to whom.',
    language: 'Language', asof: 'As of', asofHelp: 'a year, YYYY-MM or YYYY-MM-DD; empty: now', year: 'YYYY', badDate: 'Not a date: use YYYY, YYYY-MM or YYYY-MM-DD.',
    search: 'Entity (code or name, in English, Spanish or Portuguese)', show: 'Show', matrix: 'Matrix of states and processes',
    algebra: 'Members of processes', operation: 'Operation', operands: 'Processes (separated by commas)', compute: 'Compute',
    and: 'in all of', or: 'in any of', minus: 'in the first but none of the others',
    unknown: (k) => `No entity is called “${k}”. Try a code (MX, RCM), a name or an acronym.`,
    ambiguous: (k, n) => `“${k}” names ${n} entities. Choose one:`,
    now: 'now', asofDate: (d) => `as of ${d}`, names: 'Names', codes: 'ISO codes', established: 'Established',
    timeline: 'Memberships over time', timelineHelp: 'Choose a bar to see its source.', relations: 'Every relation, with its source', notes: 'Notes',
    who: 'Who', role: 'Role', what: 'In, of, with', from: 'From', until: 'Until', source: 'Source',
    notStated: 'not stated', ongoing: 'ongoing', always: 'always', reviewed: 'Facts reviewed',
    stated: (a, b) => `The source says: from ${a}, until ${b}.`, none: 'No relation of this kind.',
    result: (op, n, keys) => `${n} states ${op} ${keys}`, legend: 'Legend', columns: 'Columns',
    matrixCaption: (d) => `States (rows) in processes and organisations (columns), ${d}`,
    kinds: { state: 'state', process: 'process', organization: 'organisation', framework: 'framework', network: 'network', 'national-body': 'national body', platform: 'platform', group: 'group', body: 'body' },
    roles: { member_of: 'member', observer_of: 'observer', associate_of: 'associate', suspended_from: 'suspended', presides: 'presides', participant_of: 'participant', part_of: 'part of', aligned_with: 'aligned with', supports: 'supports', advises: 'advises', secretariat_of: 'secretariat', signatory_of: 'signatory', national_body_of: 'national body' },
    footer: (v, d, h) => `libmigproc ${v}, data reviewed ${d} (${h}), running in this page as WebAssembly.`,
  },
  es: {
    title: 'Procesos migratorios de las Américas', tagline: 'Quién pertenece a qué proceso intergubernamental sobre migración, desde cuándo, según quién.',
    language: 'Idioma', asof: 'A fecha de', asofHelp: 'un año, AAAA-MM o AAAA-MM-DD; vacío: hoy', year: 'AAAA', badDate: 'No es una fecha: use AAAA, AAAA-MM o AAAA-MM-DD.',
    search: 'Entidad (código o nombre, en español, inglés o portugués)', show: 'Mostrar', matrix: 'Matriz de estados y procesos',
    algebra: 'Miembros de procesos', operation: 'Operación', operands: 'Procesos (separados por comas)', compute: 'Calcular',
    and: 'en todos', or: 'en alguno', minus: 'en el primero y en ninguno de los demás',
    unknown: (k) => `Ninguna entidad se llama «${k}». Pruebe un código (MX, RCM), un nombre o una sigla.`,
    ambiguous: (k, n) => `«${k}» nombra ${n} entidades. Elija una:`,
    now: 'hoy', asofDate: (d) => `a fecha de ${d}`, names: 'Nombres', codes: 'Códigos ISO', established: 'Creación',
    timeline: 'Pertenencias en el tiempo', timelineHelp: 'Elija una barra para ver su fuente.', relations: 'Todas las relaciones, con su fuente', notes: 'Notas',
    who: 'Quién', role: 'Papel', what: 'En, de, con', from: 'Desde', until: 'Hasta', source: 'Fuente',
    notStated: 'sin fecha', ongoing: 'vigente', always: 'siempre', reviewed: 'Datos revisados',
    stated: (a, b) => `La fuente dice: desde ${a}, hasta ${b}.`, none: 'Ninguna relación de este tipo.',
    result: (op, n, keys) => `${n} estados ${op}: ${keys}`, legend: 'Leyenda', columns: 'Columnas',
    matrixCaption: (d) => `Estados (filas) en procesos y organizaciones (columnas), ${d}`,
    kinds: { state: 'estado', process: 'proceso', organization: 'organización', framework: 'marco', network: 'red', 'national-body': 'órgano nacional', platform: 'plataforma', group: 'grupo', body: 'órgano' },
    roles: { member_of: 'miembro', observer_of: 'observador', associate_of: 'asociado', suspended_from: 'suspendido', presides: 'preside', participant_of: 'participante', part_of: 'parte de', aligned_with: 'alineado con', supports: 'apoya', advises: 'asesora', secretariat_of: 'secretaría', signatory_of: 'signatario', national_body_of: 'órgano nacional' },
    footer: (v, d, h) => `libmigproc ${v}, datos revisados el ${d} (${h}), en esta página como WebAssembly.`,
  },
  pt: {
    title: 'Processos migratórios das Américas', tagline: 'Quem pertence a qual processo intergovernamental sobre migração, desde quando, segundo quem.',
    language: 'Idioma', asof: 'Na data', asofHelp: 'um ano, AAAA-MM ou AAAA-MM-DD; vazio: hoje', year: 'AAAA', badDate: 'Não é uma data: use AAAA, AAAA-MM ou AAAA-MM-DD.',
    search: 'Entidade (código ou nome, em português, inglês ou espanhol)', show: 'Mostrar', matrix: 'Matriz de estados e processos',
    algebra: 'Membros de processos', operation: 'Operação', operands: 'Processos (separados por vírgulas)', compute: 'Calcular',
    and: 'em todos', or: 'em algum', minus: 'no primeiro e em nenhum dos outros',
    unknown: (k) => `Nenhuma entidade se chama “${k}”. Tente um código (MX, RCM), um nome ou uma sigla.`,
    ambiguous: (k, n) => `“${k}” nomeia ${n} entidades. Escolha uma:`,
    now: 'hoje', asofDate: (d) => `na data ${d}`, names: 'Nomes', codes: 'Códigos ISO', established: 'Criação',
    timeline: 'Participações ao longo do tempo', timelineHelp: 'Escolha uma barra para ver a fonte.', relations: 'Todas as relações, com a fonte', notes: 'Notas',
    who: 'Quem', role: 'Papel', what: 'Em, de, com', from: 'Desde', until: 'Até', source: 'Fonte',
    notStated: 'sem data', ongoing: 'em vigor', always: 'sempre', reviewed: 'Dados revistos',
    stated: (a, b) => `A fonte diz: de ${a}, até ${b}.`, none: 'Nenhuma relação deste tipo.',
    result: (op, n, keys) => `${n} estados ${op}: ${keys}`, legend: 'Legenda', columns: 'Colunas',
    matrixCaption: (d) => `Estados (linhas) em processos e organizações (colunas), ${d}`,
    kinds: { state: 'estado', process: 'processo', organization: 'organização', framework: 'marco', network: 'rede', 'national-body': 'órgão nacional', platform: 'plataforma', group: 'grupo', body: 'órgão' },
    roles: { member_of: 'membro', observer_of: 'observador', associate_of: 'associado', suspended_from: 'suspenso', presides: 'preside', participant_of: 'participante', part_of: 'parte de', aligned_with: 'alinhado com', supports: 'apoia', advises: 'assessora', secretariat_of: 'secretaria', signatory_of: 'signatário', national_body_of: 'órgão nacional' },
    footer: (v, d, h) => `libmigproc ${v}, dados revistos em ${d} (${h}), nesta página como WebAssembly.`,
  },
};
// The roles drawn on timelines and in the matrix, with their symbols; those the
// library does not know are left out.
const ROLE_SYMBOLS = { member_of: '●', associate_of: '◐', observer_of: '○', participant_of: '◇', suspended_from: '⊘', presides: '★' };
const OPERATIONS = { and: 'and', or: 'or', minus: 'minus' }; // hash key: EntitySet method

const $ = (id) => document.getElementById(id);
const mp = await load().catch((error) => {
  $('view').textContent = `The library could not be loaded: ${error.message}`;
  throw error;
});
const ROLES = Object.keys(ROLE_SYMBOLS).filter((r) => r in mp.RELATIONS);
const relName = (value) => Object.keys(mp.RELATIONS)[value];
let state = {}; // the hash, parsed
let lang = 'en'; // the interface's language, which entity names follow too
let t = WORDS.en; // its words

/** An element with attributes and children (strings become text, never HTML). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v); else el.setAttribute(k, v === true ? '' : v);
  }
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

// -- the URL hash -----------------------------------------------------------
function parseHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  return Object.fromEntries(params.entries());
}

function hashFor(view) {
  const keep = { asof: state.asof, lang: state.lang };
  return '#' + Object.entries({ ...view, ...keep }).filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => (v === true ? k : `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`)).join('&');
}

const go = (view) => { location.hash = hashFor(view); };
const link = (entity) => h('a', { href: hashFor({ show: entity.code }) }, entity.name(lang));
const roleLabel = (rel) => t.roles[rel] || rel.replace(/_/g, ' ');
const kindLabel = (kind) => t.kinds[kind] || kind;
const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);

function asof() {
  if (!state.asof) return null;
  try { return MigprocDate.from(state.asof); } catch { return undefined; }
}

// -- views --------------------------------------------------------------------
function lookup(key) {
  try {
    return mp.find(key);
  } catch (error) {
    if (error instanceof AmbiguousKeyError) {
      throw h('div', { class: 'message', role: 'alert' }, h('p', {}, t.ambiguous(key, error.candidates.length)),
        h('ul', { class: 'candidates' }, error.candidates.map((c) =>
          h('li', {}, link(c), ` (${c.code}, ${kindLabel(c.kind)})`))));
    }
    if (error instanceof LookupError) throw h('p', { class: 'message', role: 'alert' }, t.unknown(key));
    throw error;
  }
}

function sourceLink(source) {
  if (!source) return '';
  const title = source.title || source.key;
  return h('span', { class: 'source' }, source.url ? h('a', { href: 'https://' + source.url, rel: 'noopener' }, title) : title,
    source.publisher ? ` — ${source.publisher}` : '', source.url ? h('span', { class: 'url' }, ` (${source.url})`) : '');
}

/** A relation as the library states it: forward subject, base role, forward object. */
function statement(r) {
  const inverse = mp.RELATIONS[r.relation] % 2 === 1;
  return { who: inverse ? r.object : r.subject, role: relName(mp.RELATIONS[r.relation] & ~1),
           what: inverse ? r.subject : r.object, r };
}

const fraction = (d) => d.year + (Math.max(d.month, 1) - 1) / 12 + (Math.max(d.day, 1) - 1) / 366;

function timeline(entity, statements) {
  const rows = statements.filter((s) => ROLES.includes(s.role));
  if (!rows.length) return null;
  const other = (s) => (s.who === entity ? s.what : s.who);
  // Bars span what as-of answers count (from, until); labels add what the source says.
  const end = fraction(mp.dataDate) + 1;
  const starts = rows.flatMap((s) => [s.r.from, s.r.start]).filter(Boolean).map(fraction);
  const start = Math.floor(Math.min(end - 10, ...starts) / 5) * 5;
  const x = (d) => `${((d - start) / (end - start)) * 100}%`;
  const detail = h('div', { class: 'detail', 'aria-live': 'polite' }, t.timelineHelp);
  const ticks = [];
  for (let year = start; year < end; year += 5) ticks.push(h('span', { class: 'tick', style: `left:${x(year)}` }, String(year)));
  const when = asof();
  return h('section', { 'aria-labelledby': 'timeline-h' }, h('h3', { id: 'timeline-h' }, t.timeline),
    h('div', { class: 'timeline' },
      h('div', { class: 'row axis', 'aria-hidden': 'true' }, h('span', { class: 'label' }), h('span', { class: 'track' }, ticks,
        when ? h('span', { class: 'asof', style: `left:${x(fraction(when))}` }) : null)),
      rows.map((s, i) => {
        const left = s.r.from ? fraction(s.r.from) : start;
        const right = s.r.until ? fraction(s.r.until) : end;
        const counted = `${s.r.from || t.always} – ${s.r.until || t.ongoing}`;
        const stated = t.stated(s.r.start || t.notStated, s.r.end || t.notStated);
        const label = `${s.who.name(lang)} — ${roleLabel(s.role)} — ${s.what.name(lang)}, ${counted}. ${stated}`;
        const again = i > 0 && other(rows[i - 1]) === other(s) && rows[i - 1].role === s.role; // another source
        return h('div', { class: 'row' }, h('span', { class: 'label' }, again ? '' : [link(other(s)), ' ', h('small', {}, roleLabel(s.role))]),
          h('span', { class: 'track' }, h('button', {
            type: 'button', class: `bar r-${s.role}${s.r.from ? '' : ' unstated'}${s.r.until ? '' : ' open'}`,
            style: `left:${x(left)};width:calc(${x(right)} - ${x(left)})`, 'aria-label': label,
            onclick: () => detail.replaceChildren(h('strong', {}, label), h('br'), `${t.source}: `, sourceLink(s.r.source),
              s.r.note ? h('div', { class: 'note' }, s.r.note) : ''),
          }, counted)));
      })),
    detail, legend());
}

function legend() {
  return h('ul', { class: 'legend', 'aria-label': t.legend }, ROLES.map((r) =>
    h('li', {}, h('span', { class: `swatch r-${r}`, 'aria-hidden': 'true' }, ROLE_SYMBOLS[r]), ' ', roleLabel(r))));
}

function showEntity(key) {
  const e = lookup(key);
  const when = asof();
  const statements = e.relations.map(statement);
  // What holds now (or as of the date), both ways: "VE — member — SACM, RIAM", "BZ, CR — member — MIRPS".
  const list = (set) => [...set].flatMap((o, i) => [i ? ', ' : '', link(o)]);
  const current = ROLES.flatMap((role) => {
    const [of, by] = [role, mp.inverse(role)].map((rel) => e.related(rel, when));
    return [of.size ? h('li', {}, e.name(lang), ` — ${roleLabel(role)} — `, list(of)) : null,
            by.size ? h('li', {}, list(by), ` — ${roleLabel(role)} — `, e.name(lang)) : null];
  }).filter(Boolean);
  const est = e.established;
  return [
    h('h2', { tabindex: '-1' }, e.name(lang), ' ', h('small', {}, `${e.code} · ${kindLabel(e.kind)}`)),
    h('dl', { class: 'facts' },
      h('dt', {}, t.names), h('dd', {}, Object.entries(e.names).map(([l, name]) => h('span', { lang: l, class: 'name' }, name)).flatMap((n, i) => [i ? ' · ' : '', n])),
      e.alpha3 ? [h('dt', {}, t.codes), h('dd', {}, `${e.code} · ${e.alpha3} · ${String(e.numeric).padStart(3, '0')}`)] : null,
      est ? [h('dt', {}, t.established), h('dd', {}, String(est), ' — ', sourceLink(e.establishedSource))] : null,
      e.reviewed ? [h('dt', {}, t.reviewed), h('dd', {}, String(e.reviewed))] : null),
    current.length ? h('section', {}, h('h3', {}, capital(when ? t.asofDate(String(when)) : t.now)), h('ul', { class: 'current' }, current)) : null,
    timeline(e, statements),
    h('section', { 'aria-labelledby': 'relations-h' }, h('h3', { id: 'relations-h' }, t.relations),
      statements.length ? h('table', {}, h('thead', {}, h('tr', {}, [t.who, t.role, t.what, t.from, t.until, t.source].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, statements.map((s) => h('tr', {}, h('td', {}, link(s.who)), h('td', {}, roleLabel(s.role)), h('td', {}, link(s.what)),
          h('td', { class: 'date' }, s.r.start ? String(s.r.start) : '—'), h('td', { class: 'date' }, s.r.end ? String(s.r.end) : '—'),
          h('td', {}, sourceLink(s.r.source), s.r.note ? h('div', { class: 'note' }, s.r.note) : ''))))) : h('p', {}, t.none)),
    e.notes.length ? h('section', {}, h('h3', {}, t.notes), h('ul', {}, e.notes.map((n) =>
      h('li', {}, n.date ? `${n.date}: ` : '', n.text, ' — ', sourceLink(n.source))))) : null,
  ];
}

function showAlgebra(op, keys) {
  const entities = keys.split(',').map((k) => k.trim()).filter(Boolean).map(lookup);
  const when = asof();
  const sets = entities.map((e) => e.related('has_member', when));
  const result = sets.slice(1).reduce((acc, s) => acc[OPERATIONS[op]](s), sets[0] || mp.set());
  const names = entities.map((e) => e.code).join(', ');
  return [
    h('h2', { tabindex: '-1' }, t.result(t[op], result.size, names), when ? ` (${t.asofDate(String(when))})` : ''),
    h('ul', { class: 'states' }, [...result].map((s) => h('li', { 'data-code': s.code }, h('span', { class: 'code' }, s.code), ' ', link(s)))),
  ];
}

function showMatrix() {
  const when = asof();
  const states = mp.entities('state');
  const columns = [];
  for (const kind of mp.KINDS.filter((k) => k !== 'state')) {
    for (const c of mp.entities(kind)) {
      const roles = Object.fromEntries(ROLES.map((r) => [r, c.related(mp.inverse(r), when).and(states)]));
      // Every process (an empty column says no state is recorded in it); other kinds when they have states.
      if (kind === 'process' || Object.values(roles).some((s) => s.size)) columns.push({ c, roles });
    }
  }
  const rows = [...columns.reduce((acc, col) => Object.values(col.roles).reduce((a, s) => a.or(s), acc), mp.set())]
    .sort((a, b) => a.name(lang).localeCompare(b.name(lang), lang));
  const caption = t.matrixCaption(when ? t.asofDate(String(when)) : t.now);
  return [
    h('h2', { tabindex: '-1' }, t.matrix),
    legend(),
    h('div', { class: 'scroll' }, h('table', { class: 'matrix' }, h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('td'), columns.map(({ c }) => h('th', { scope: 'col', title: c.name(lang) },
        h('a', { href: hashFor({ show: c.code }), 'aria-label': `${c.code}, ${c.name(lang)}` }, c.code))))),
      h('tbody', {}, rows.map((s) => h('tr', {}, h('th', { scope: 'row' }, link(s)), columns.map(({ c, roles }) => {
        const held = ROLES.filter((r) => roles[r].has(s));
        return h('td', {}, held.map((r) => h('span', { class: `r-${r}`, 'aria-hidden': 'true' }, ROLE_SYMBOLS[r])),
          held.length ? h('span', { class: 'sr' }, `${c.code}: ${held.map(roleLabel).join(', ')}`) : '');
      })))))),
    h('h3', {}, t.columns),
    h('dl', { class: 'columns' }, columns.map(({ c }) => [h('dt', {}, c.code), h('dd', {}, link(c), ` (${kindLabel(c.kind)})`)])),
  ];
}

// -- wiring -----------------------------------------------------------------
function render() {
  state = parseHash();
  // The page's own languages: those it has words for (and the data has names in).
  if (!Object.hasOwn(WORDS, state.lang ?? '')) delete state.lang;
  const browser = navigator.language.slice(0, 2);
  lang = state.lang || (Object.hasOwn(WORDS, browser) ? browser : 'en');
  t = WORDS[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t[el.dataset.t];
  for (const opt of $('op').options) opt.textContent = t[opt.value];
  $('lang').value = lang;
  $('asof').value = state.asof || '';
  $('asof').placeholder = t.year;
  $('asof').setAttribute('aria-invalid', String(asof() === undefined));
  $('asof-error').textContent = asof() === undefined ? t.badDate : '';
  $('matrix-link').href = hashFor({ matrix: true });
  $('keys').replaceChildren(...[...mp.entities()].map((e) => h('option', { value: e.name(lang) }, e.code)));
  $('footer').replaceChildren(t.footer(mp.version, String(mp.dataDate), mp.dataHash), ' ',
    h('a', { href: '../LICENSE' }, 'MIT'), ' · ', h('a', { href: '../NOTICE' }, 'NOTICE'));
  const op = Object.keys(OPERATIONS).find((o) => state[o]);
  if (state.show) $('key').value = state.show;
  if (op) { $('op').value = op; $('operands').value = state[op]; }
  let content;
  try {
    content = state.show ? showEntity(state.show) : op ? showAlgebra(op, state[op]) : showMatrix();
  } catch (error) {
    if (!(error instanceof Node)) throw error;
    content = error; // an unknown or ambiguous key, explained
  }
  $('view').replaceChildren(...[content].flat().filter(Boolean));
}

/** The hash without the settings: what is shown. */
function currentView() {
  const { asof: _asof, lang: _lang, ...view } = parseHash();
  return view;
}

$('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  if ($('key').value.trim()) go({ show: $('key').value.trim() });
});
$('algebra').addEventListener('submit', (ev) => {
  ev.preventDefault();
  go({ [$('op').value]: $('operands').value.replace(/\s*,\s*/g, ',').trim() });
});
$('lang').addEventListener('change', () => { state.lang = $('lang').value; go(currentView()); });
$('asof').addEventListener('change', () => { state.asof = $('asof').value.trim(); go(currentView()); });
window.addEventListener('hashchange', () => {
  const settings = [$('lang'), $('asof')].includes(document.activeElement);
  render();
  if (!settings) $('view').querySelector('h2')?.focus(); // a new view: announce it
});
render();
document.body.dataset.ready = 'true';
