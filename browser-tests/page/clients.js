// The GraphQL clients a frontend on another origin uses, each against the API named by ?api=. The tests
// call these functions in the page and compare what comes back with the dataset.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { GraphQLClient } from 'graphql-request';

const api = new URL('/graphql', new URLSearchParams(location.search).get('api')).href;

const STATEMENT = gql`
  query Statement($slug: String!) {
    statement(slug: $slug) {
      id
      slug
      title
      signatoryCount
      signatories { country { id code name } }
    }
  }
`;
const COUNTRY = gql`
  query Country($code: String!) {
    country(code: $code) {
      id
      code
      name
      statements(first: 20) { nodes { id slug title } }
    }
  }
`;

/**
 * Apollo Client 4 with its normalized cache: a statement, then a country that shares objects with it. The
 * country's statement list and the statement's signatory list must meet in one normalized Country and
 * Statement entry each.
 */
async function apollo(slug, code) {
  const client = new ApolloClient({ link: new HttpLink({ uri: api }), cache: new InMemoryCache() });
  const statement = (await client.query({ query: STATEMENT, variables: { slug } })).data.statement;
  const country = (await client.query({ query: COUNTRY, variables: { code } })).data.country;
  const cache = client.cache.extract();
  const countryKey = client.cache.identify(country);
  const statementKey = client.cache.identify(statement);
  return {
    statement: { slug: statement.slug, signatoryCount: statement.signatoryCount, signatories: statement.signatories.length },
    country: { code: country.code, statements: country.statements.nodes.map((s) => s.slug) },
    countryKey,
    statementKey,
    countryEntries: Object.keys(cache).filter((key) => key.startsWith('Country:')).length,
    // The country read through the statement is the same cache entry as the one queried by code.
    sharedCountry: statement.signatories.some((s) => client.cache.identify(s.country) === countryKey),
    sharedStatement: country.statements.nodes.some((s) => client.cache.identify(s) === statementKey),
    cachedName: cache[countryKey]?.name,
  };
}

/** urql's core client with its document cache. */
async function urql(code) {
  const client = new Client({ url: api, exchanges: [cacheExchange, fetchExchange] });
  const result = await client.query(COUNTRY, { code }).toPromise();
  if (result.error) throw new Error(result.error.message);
  return { name: result.data.country.name, statements: result.data.country.statements.nodes.length };
}

/** graphql-request, the smallest of the common clients. */
async function graphqlRequest(slug) {
  const client = new GraphQLClient(api);
  const data = await client.request(STATEMENT, { slug });
  return { title: data.statement.title, signatoryCount: data.statement.signatoryCount };
}

async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function getUrl(params) {
  const url = new URL(api);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url;
}

/**
 * Plain fetch with GET and automatic persisted queries, the way a CDN-cached explorer calls the API: the hash
 * alone (unknown at first), then hash and query (registers it), then the hash alone again; then a revalidation
 * with the ETag the script can read.
 */
async function apqGet(query) {
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: await sha256(query) } });
  const read = async (params, headers = {}) => {
    const response = await fetch(getUrl(params), { headers: { accept: 'application/graphql-response+json', ...headers }, cache: 'no-store' });
    return { status: response.status, etag: response.headers.get('etag'), body: response.status === 304 ? null : await response.json() };
  };
  const unknown = await read({ extensions });
  const registered = await read({ query, extensions });
  const byHash = await read({ extensions });
  const revalidated = await read({ extensions }, { 'if-none-match': byHash.etag });
  return {
    unknown: { status: unknown.status, code: unknown.body.errors?.[0]?.extensions?.code },
    registered: { status: registered.status, data: registered.body.data },
    byHash: { status: byHash.status, data: byHash.body.data, etag: byHash.etag },
    revalidated: { status: revalidated.status },
  };
}

/**
 * An editor's write with a bearer token: creates a statement and deletes it again. From an origin that is not
 * on the editor list the browser blocks the request, and fetch rejects.
 */
async function editorWrite(token, slug) {
  const send = async (query, variables) => {
    const response = await fetch(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  try {
    const created = await send('mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id slug } } }',
      { in: { title: `Browser test ${slug}`, slug, kind: 'JOINT_STATEMENT', issuedOn: '2024-01-09' } });
    if (created.errors) return { outcome: 'error', errors: created.errors };
    const id = created.data.createStatement.statement.id;
    const deleted = await send('mutation($in: DeleteStatementInput!) { deleteStatement(input: $in) { deletedId } }', { in: { id } });
    return { outcome: 'written', slug: created.data.createStatement.statement.slug, deleted: deleted.data?.deleteStatement?.deletedId === id };
  } catch (error) {
    return { outcome: 'blocked', error: `${error.name}: ${error.message}` };
  }
}

window.atlas = { apollo, urql, graphqlRequest, apqGet, editorWrite };
document.body.dataset.ready = 'true';
