// The explorer's router: each URL is a page (/, /statements/{slug}, /countries/{code}, /articles/{id}); links
// inside the site change the page without reloading, and every state worth sharing is in the URL.
import { sessionLine } from './desk.js';
import { notFound } from './dom.js';

const routes = [
  [/^\/$/, () => import('./home.js')],
  [/^\/statements\/([^/]+)\/?$/, () => import('./statement.js')],
  [/^\/countries\/([^/]+)\/?$/, () => import('./country.js')],
  [/^\/articles\/([^/]+)\/?$/, () => import('./article.js')],
  [/^\/desk(?:\/(articles\/new))?\/?$/, () => import('./desk.js')],
];

const main = document.getElementById('main');

async function render() {
  const url = new URL(location.href);
  const searchBox = document.getElementById('search');
  searchBox.value = url.pathname === '/' ? url.searchParams.get('search') || '' : '';
  searchBox.removeAttribute('aria-describedby'); // the search page points it at its results again
  sessionLine(document.getElementById('session'));
  for (const [pattern, load] of routes) {
    const match = url.pathname.match(pattern);
    if (match) {
      const page = await load();
      main.dataset.page = page.name;
      await page.render(main, decodeURIComponent(match[1] || ''), url.searchParams);
      return;
    }
  }
  notFound(main, 'page');
}

/** Goes to a URL of the explorer; replace keeps the history entry (for changes of a page's options). */
export function navigate(href, { replace = false, focus = true } = {}) {
  history[replace ? 'replaceState' : 'pushState'](null, '', href);
  return render().then(() => { if (focus) main.focus(); });
}

document.addEventListener('click', event => {
  const link = event.target.closest('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
      || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !routes.some(([p]) => p.test(url.pathname))) return;
  event.preventDefault();
  const sort = link.dataset.sort; // re-sorting a table keeps the history entry and the focus on the column
  navigate(url.pathname + url.search + url.hash, { replace: !!sort, focus: !sort })
    .then(() => sort && document.querySelector(`a[data-sort="${sort}"]`)?.focus());
});

document.querySelector('form.search').addEventListener('submit', event => {
  event.preventDefault();
  const text = document.getElementById('search').value.trim();
  navigate(text ? '/?search=' + encodeURIComponent(text) : '/', { focus: false });
});

addEventListener('popstate', render);
render();
