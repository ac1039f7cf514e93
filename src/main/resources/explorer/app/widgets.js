// Pieces that several pages share: an article's text with its mentions, a list of checked claims, the site header's
// session line and language switch, the country picker, and the desk's writes with their notice for a write that met a
// newer version.
import { query } from './api.js';
import { h, verdict } from './dom.js';
import { navigate, refresh } from './router.js';
import { editorName, signOut } from './session.js';

/** The text split into paragraphs, each mention a focusable mark naming its country. */
export function highlighted(text, mentions) {
  const spans = mentions.flatMap(m => m.offsets.map(o => ({ ...o, country: m.country })))
    .sort((x, y) => x.start - y.start);
  const paragraphs = [];
  let current = [], at = 0, i = 0;
  const flushText = end => {
    const parts = text.slice(at, end).split(/\n\s*\n/);
    parts.forEach((part, k) => {
      if (k > 0) { paragraphs.push(current); current = []; }
      if (part) current.push(part);
    });
    at = end;
  };
  for (const span of spans) {
    if (span.start < at) continue; // overlapping spans: keep the first
    flushText(span.start);
    current.push(h('mark', { tabindex: 0, 'data-code': span.country.code, 'data-name': span.country.name,
      'data-start': span.start, title: span.country.name,
      'aria-label': `${text.slice(span.start, span.end)} (${span.country.name})` },
    text.slice(span.start, span.end)));
    at = span.end;
    i++;
  }
  flushText(text.length);
  paragraphs.push(current);
  return h('div', { class: 'text', 'data-mentions': i }, paragraphs.filter(p => p.length).map(p => h('p', {}, p)));
}

/** Claims with their verdicts. */
export function claimList(claims) {
  if (!claims.length) return h('p', { class: 'meta' }, 'No checkable claims.');
  return h('ul', { class: 'claims' }, claims.map(c => h('li', { 'data-verdict': c.verdict || 'NONE' },
    h('q', {}, c.phrase), ' ', verdict(c.verdict),
    h('p', { class: 'explanation' }, c.explanation))));
}

/** The session line in the site header: who is signed in, and sign-out; empty for readers. */
export function sessionLine(box) {
  const who = editorName();
  box.hidden = !who;
  if (!who) return box.replaceChildren();
  box.replaceChildren('Signed in as ', h('strong', { class: 'editor-name' }, who), ' · ', h('a', { href: '/desk' }, 'Desk'), ' · ',
    h('button', { type: 'button', class: 'link-button', onclick: () => { signOut(); navigate('/'); } }, 'Sign out'));
}

// Country names come in English or in one of the languages the countries dataset translates to (Country.name(lang:)).
const LANGUAGES = ['ar', 'cs', 'de', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'hr', 'hu', 'it', 'ja', 'ko', 'nl', 'pl', 'pt',
  'ru', 'sk', 'sr', 'sv', 'tr', 'ur', 'zh'];
const LANGUAGE = 'atlas.country-names';

/** The language of country names: the reader's choice, else the browser's when the dataset has it, else English. */
function namesLanguage() {
  const chosen = localStorage.getItem(LANGUAGE);
  if (LANGUAGES.includes(chosen)) return chosen;
  const browser = (navigator.languages || [navigator.language]).map(tag => String(tag).split('-')[0].toLowerCase())
    .find(language => LANGUAGES.includes(language));
  return browser || 'en';
}

/** The lang argument for Country.name: null for English, so that English readers share cached answers. */
export const langArgument = () => (namesLanguage() === 'en' ? null : namesLanguage());

/** The switch for the language of country names, in the site header. */
export function languagePicker(box) {
  const select = h('select', { id: 'names-language', onchange: () => {
    localStorage.setItem(LANGUAGE, select.value);
    refresh();
  } }, LANGUAGES.map(tag => h('option', { value: tag, lang: tag, selected: tag === namesLanguage() },
    new Intl.DisplayNames([tag], { type: 'language' }).of(tag))));
  box.replaceChildren(h('label', { for: 'names-language' }, 'Country names in'), ' ', select);
}

const PICK = `query Pick($text: String!, $lang: String) {
  countries(first: 20, filter: { text: $text }) { nodes { code name(lang: $lang) } }
}`;

/**
 * A text field that suggests countries as the editor types a name, a code or an alias (DPRK, U.S.), as options of a
 * datalist; value() gives the chosen ISO code, or null when the text names no country.
 */
export function countryPicker(id, label) {
  const list = h('datalist', { id: id + '-options' });
  const input = h('input', { id, type: 'text', list: id + '-options', autocomplete: 'off', required: true,
    'aria-describedby': id + '-help' });
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text || /\([A-Z]{2}\)$/.test(text)) return;
    timer = setTimeout(async () => {
      const { countries } = await query(PICK, { text, lang: langArgument() }).catch(() => ({ countries: { nodes: [] } }));
      const exact = text.toUpperCase();
      const nodes = [...countries.nodes].sort((a, b) => (b.code === exact) - (a.code === exact));
      list.replaceChildren(...nodes.map(c => h('option', { value: `${c.name} (${c.code})` })));
    }, 150);
  });
  return {
    element: h('div', { class: 'country-picker' }, h('label', { for: id }, label), input, list,
      h('p', { class: 'meta', id: id + '-help' }, 'Type a name, an ISO code or another name (DPRK, U.S.), then pick.')),
    value() {
      const text = input.value.trim();
      const code = text.match(/\(([A-Z]{2})\)$/) || text.match(/^([A-Za-z]{2})$/);
      return code ? code[1].toUpperCase() : null;
    },
    input,
  };
}

/** A write refused with CONFLICT, kept across the reload that shows the newer version: {id, mutation, input, change, error}. */
let refused = null;

/**
 * The writes of one object's desk, each sent with the version the page shows: write(mutation, input) does the request;
 * send(mutation, input, change) gives a click handler that runs it and reloads the page. A CONFLICT is kept for
 * refusedNotice (change names it there); any other failure is said in message and leaves the page as it is.
 */
export function versionedWrites(id, message, write) {
  return (mutation, input, change = mutation) => async () => {
    message.textContent = '';
    try {
      await write(mutation, input);
      refused = null;
    } catch (e) {
      if (e.code !== 'CONFLICT') { message.textContent = e.message; return; }
      refused = { id, mutation, input, change, error: e };
    }
    await refresh();
  };
}

/**
 * The notice for this object's write refused with CONFLICT, or null: what the newer version is (latest: its change-log
 * entry), and buttons to apply the same change to it or to drop it. The page under it already shows the newer version.
 */
export function refusedNotice(id, what, latest, send) {
  if (!refused || refused.id !== id) return null;
  const { mutation, input, change, error } = refused;
  const current = String(error.extensions?.currentVersion ?? '?');
  return h('div', { class: 'conflict', role: 'alert', 'data-version': current },
    h('h2', {}, `${what} changed while you were editing`),
    h('p', {}, `Your change (${change}) was not saved: it was made on an older version. This page now shows version `,
      h('strong', { class: 'current-version' }, current),
      latest ? [', after ', h('strong', {}, latest.operation), ' by ', latest.actor] : '', '.'),
    h('p', {}, 'Check the newer version below, then apply your change to it or drop it.'),
    h('div', { class: 'conflict-actions' },
      h('button', { type: 'button', class: 'reapply', onclick: send(mutation, input, change) },
        'Apply my change to the newer version'),
      h('button', { type: 'button', class: 'link-button', onclick: () => { refused = null; refresh(); } }, 'Drop my change')));
}
