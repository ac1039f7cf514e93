// Navigation between the explorer's pages. Importing this module changes nothing, and it imports no page: main.js
// starts it with the routes and the function that renders the current URL, and pages navigate through navigate().

/** Each page: the pattern of its path (the first group is the page's parameter) and a loader of its module. */
let routes = [];

/** The route of a path: its module loader and its decoded parameter; null for a path the explorer does not know. */
export function match(pathname) {
  for (const [pattern, load] of routes) {
    const found = pathname.match(pattern);
    if (found) return { load, param: decodeURIComponent(found[1] || '') };
  }
  return null;
}

let renderCurrent = async () => {};
let focusTarget = null;

/**
 * Starts routing: pageRoutes are [pattern, loader] pairs, render draws the page of location.href, focus is the element
 * that receives the focus after a move.
 */
export function start(pageRoutes, render, focus) {
  routes = pageRoutes;
  renderCurrent = render;
  focusTarget = focus;
  addEventListener('popstate', () => renderCurrent());
  return renderCurrent();
}

/** Goes to a URL of the explorer; replace keeps the history entry (for changes of a page's options). */
export function navigate(href, { replace = false, focus = true } = {}) {
  history[replace ? 'replaceState' : 'pushState'](null, '', href);
  return renderCurrent().then(() => { if (focus) focusTarget?.focus(); });
}

/** Renders the current URL again, e.g. after an editor's change. */
export const refresh = () => renderCurrent();

/** The current URL with one search parameter set. */
export function withParam(key, value) {
  const url = new URL(location.href);
  url.searchParams.set(key, value);
  return url.pathname + url.search + url.hash;
}
