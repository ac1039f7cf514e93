// The explorer's entry point: its routes (each URL is a page: /, /statements/{slug}, /countries/{code},
// /articles/{id}, /desk...), rendering the page of the current URL into <main>, clicks on links inside the site as
// navigation without reloading, and the site header (search, session line, language of country names).
import { notFound } from './dom.js';
import { match, navigate, start } from './router.js';
import { languagePicker, sessionLine } from './widgets.js';

const routes = [
  [/^\/$/, () => import('./home.js')],
  [/^\/statements\/([^/]+)\/?$/, () => import('./statement.js')],
  [/^\/countries\/([^/]+)\/?$/, () => import('./country.js')],
  [/^\/articles\/([^/]+)\/?$/, () => import('./article.js')],
  [/^\/desk(?:\/(articles\/new|statements\/new))?\/?$/, () => import('./desk.js')],
];

const main = document.getElementById('main');

async function render() {
  const url = new URL(location.href);
  const searchBox = document.getElementById('search');
  searchBox.value = url.pathname === '/' ? url.searchParams.get('search') || '' : '';
  searchBox.removeAttribute('aria-describedby'); // the search page points it at its results again
  sessionLine(document.getElementById('session'));
  const route = match(url.pathname);
  if (!route) return notFound(main, 'page');
  const page = await route.load();
  main.dataset.page = page.name;
  await page.render(main, route.param, url.searchParams);
}

document.addEventListener('click', event => {
  const link = event.target.closest('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
      || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !match(url.pathname)) return;
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

languagePicker(document.getElementById('language'));
start(routes, render, main);
