// Small helpers for building the pages from data without innerHTML, so that text from the API is never parsed.

/** Creates an element: h('a', {href: '/'}, 'Home'). Attributes named on* are listeners; null children are skipped. */
export function h(tag, attrs = {}, ...children) {
  const el = attrs.svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'svg' || value == null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

/** An SVG element. */
export function s(tag, attrs = {}, ...children) {
  return h(tag, { ...attrs, svg: true }, ...children);
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An ISO date as people write it: 9 January 2024, in a time element that keeps the ISO value. */
export function date(iso) {
  if (!iso) return h('span', {}, 'date unknown');
  return h('time', { datetime: iso }, dateFormat.format(new Date(iso.slice(0, 10) + 'T00:00:00Z')));
}

export const plural = (n, one, many = one + 's') => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export const statementUrl = slug => '/statements/' + encodeURIComponent(slug);
export const countryUrl = code => '/countries/' + encodeURIComponent(code);
export const articleUrl = id => '/articles/' + encodeURIComponent(id);

export const kindName = kind => ({ JOINT_STATEMENT: 'Joint statement', NATIONAL_STATEMENT: 'National statement' })[kind] || kind;

const verdicts = {
  MATCHES: ['Matches', 'ok'],
  MATCHES_EXCLUDING_LEAD: ['Matches without the lead signer', 'ok'],
  APPROXIMATE: ['Approximately right', 'near'],
  DIFFERS: ['Differs', 'bad'],
  UNKNOWN_DATE: ['Cannot check: date unknown', 'unknown'],
};

/** A claim's verdict as a labelled badge (the word carries the meaning; the colour only repeats it). */
export function verdict(v) {
  const [label, tone] = verdicts[v] || ['Not checked', 'unknown'];
  return h('span', { class: 'verdict ' + tone, 'data-verdict': v || 'NONE' }, label);
}

/** The area a page renders into, with loading and error states; run() retries on request. */
export function section(main, title, load) {
  const run = async () => {
    main.replaceChildren(h('p', { class: 'status', role: 'status' }, 'Loading ' + title + '…'));
    main.setAttribute('aria-busy', 'true');
    try {
      await load();
    } catch (e) {
      console.warn('Loading ' + title + ' failed', e);
      main.replaceChildren(h('div', { class: 'error', role: 'alert' },
        h('h1', {}, 'Could not load ' + title),
        h('p', {}, e.message || String(e)),
        h('button', { type: 'button', onclick: run }, 'Retry')));
    } finally {
      main.removeAttribute('aria-busy');
    }
  };
  return run();
}

/** The page for an unknown slug, code or id (the server already answered 404). */
export function notFound(main, what) {
  document.title = 'Not found · Statement Atlas';
  main.replaceChildren(h('div', { class: 'not-found' },
    h('h1', {}, 'Not found'),
    h('p', {}, `There is no ${what} here. It may have been renamed or removed.`),
    h('p', {}, h('a', { href: '/' }, 'Search the atlas'))));
  main.dataset.page = 'not-found';
}
