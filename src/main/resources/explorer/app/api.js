// GraphQL over GET with automatic persisted queries: the first request sends only the query's hash, so that a
// cache in front of the service sees short, stable URLs; an unknown hash is answered PERSISTED_QUERY_NOT_FOUND,
// and the client resends with the query text, which registers it.

/** A failed request: what failed, for the page to say so and offer a retry. */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

const hashes = new Map();

async function sha256(text) {
  if (!globalThis.crypto || !crypto.subtle) return null; // not a secure context: send the text instead
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('');
}

async function get(params) {
  const url = '/graphql?' + new URLSearchParams(params);
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError('The service could not be reached (' + e.message + ').', 'NETWORK');
  }
  if (!response.ok) throw new ApiError(`The service answered HTTP ${response.status}.`, 'HTTP_' + response.status);
  return response.json();
}

/** Runs a query; resolves to its data, or rejects with an ApiError. */
export async function query(text, variables = {}) {
  if (!hashes.has(text)) hashes.set(text, await sha256(text));
  const hash = hashes.get(text);
  const params = { variables: JSON.stringify(variables) };
  let body;
  if (hash) {
    params.extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
    body = await get(params);
    if (body.errors && body.errors.some(e => e.extensions && e.extensions.code === 'PERSISTED_QUERY_NOT_FOUND')) {
      body = await get({ query: text, ...params });
    }
  } else {
    body = await get({ query: text, ...params });
  }
  if (body.errors && body.errors.length) {
    const e = body.errors[0];
    throw new ApiError(e.message, e.extensions && e.extensions.code);
  }
  return body.data;
}
