// The editor's session: a bearer token pasted into the desk's sign-in form, kept in this tab's sessionStorage only
// (never in a URL or localStorage), sent as Authorization: Bearer on the editor's requests, which go by POST so
// that neither the token nor an editor's query ends up in a URL or a shared cache.
import { ApiError } from './api.js';

const TOKEN = 'atlas.editor.token';
const NAME = 'atlas.editor.name';

/** The signed-in editor's name, or null for a reader. */
export const editorName = () => sessionStorage.getItem(NAME);

/** Runs a query or mutation with the token; resolves to its data, or rejects with an ApiError. */
export async function editorRequest(text, variables = {}, token = sessionStorage.getItem(TOKEN)) {
  if (!token) throw new ApiError('Sign in first.', 'UNAUTHENTICATED');
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: 'Bearer ' + token },
      body: JSON.stringify({ query: text, variables }),
    });
  } catch (e) {
    throw new ApiError('The service could not be reached (' + e.message + ').', 'NETWORK');
  }
  const body = await response.json().catch(() => ({}));
  if (body.errors && body.errors.length) {
    const e = body.errors[0];
    throw Object.assign(new ApiError(e.message, e.extensions && e.extensions.code), { extensions: e.extensions });
  }
  if (!response.ok) throw new ApiError(`The service answered HTTP ${response.status}.`, 'HTTP_' + response.status);
  return body.data;
}

/** Checks a token with the service; keeps it for this tab when it belongs to an editor. */
export async function signIn(token) {
  token = token.trim();
  let viewer;
  try {
    ({ viewer } = await editorRequest('{ viewer { name editor } }', {}, token));
  } catch (e) {
    if (e.code === 'UNAUTHENTICATED') throw new ApiError('This token is not valid. Check that you pasted all of it.', e.code);
    throw e;
  }
  if (!viewer || !viewer.editor) throw new ApiError(`The token of ${viewer ? viewer.name : 'this holder'} may not edit.`, 'FORBIDDEN');
  sessionStorage.setItem(TOKEN, token);
  sessionStorage.setItem(NAME, viewer.name);
  return viewer.name;
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(NAME);
}
