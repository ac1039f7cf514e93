// Static checks of the deployment files, for machines without Docker or a cluster (.ci/check-deploy.sh).
// Run from the project root after ./mvnw package: the Quarkus configuration keys are read from the config model
// that every extension jar in target/quarkus-app/lib carries (META-INF/quarkus-config-doc), the application's
// own keys from its @ConfigMapping interfaces, @ConfigProperty names and application.properties.
//
// The compose file is validated against the Compose Specification's JSON schema (the copy the dclint package
// ships), each Kubernetes object against its API schema (the kubernetes-models package: types, required fields,
// enums; not unknown fields, which a cluster's strict field validation rejects on apply).
//
//   node .ci/deploy-check/check.mjs [--compose FILE] [--kubernetes FILE]
//
// DEPLOY_CHECK_DEBUG=1 also lists the application keys found.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { parseAllDocuments, parseDocument } from 'yaml';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const composeFile = opt('--compose', 'deploy/compose/compose.yml');
const kubeFile = opt('--kubernetes', 'deploy/kubernetes/postgresql.yml');
const deployDoc = 'docs/deploy.md';

const problems = [];
const ok = (msg) => console.log(`  ok    ${msg}`);
const bad = (msg) => { console.log(`  FAIL  ${msg}`); problems.push(msg); };
const check = (cond, good, failure) => (cond ? ok(good) : bad(failure ?? good));

// PostgreSQL's default max_connections, its superuser_reserved_connections, and what is kept free for
// administrators, pg_dump, monitoring, migrations and replication (docs/deploy.md, "Connection pools").
const PG_MAX_CONNECTIONS = 100;
const PG_RESERVED = 3;
const PG_HEADROOM = 17;
// Each replica LISTENs for the others' writes on one connection of its own, beside the pool (ReplicaConfig).
const LISTEN_CONNECTIONS = 1;
const POOL_BUDGET = PG_MAX_CONNECTIONS - PG_RESERVED - PG_HEADROOM;

// ---------------------------------------------------------------------------------------------------------
// The configuration keys the application reads, as environment variable names.
const envName = (key) => key.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();

// One entry of a jar (a zip), read through its central directory.
const zipEntry = (file, wanted) => {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file}: not a zip file`);
  let off = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    const method = buf.readUInt16LE(off + 10);
    const size = buf.readUInt32LE(off + 20);
    const nameLength = buf.readUInt16LE(off + 28);
    const skip = nameLength + buf.readUInt16LE(off + 30) + buf.readUInt16LE(off + 32);
    if (buf.toString('utf8', off + 46, off + 46 + nameLength) === wanted) {
      const local = buf.readUInt32LE(off + 42);
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return method === 0 ? data : zlib.inflateRawSync(data);
    }
    off += 46 + skip;
  }
  return null;
};

// Quarkus keys: env name -> { property, phase }, plus patterns for keys inside maps (quarkus.datasource."name".x).
const quarkusKeys = new Map();
const quarkusPatterns = [];
const libDirs = ['target/quarkus-app/lib/main', 'target/quarkus-app/lib/boot'].filter((d) => fs.existsSync(d));
if (!libDirs.length) {
  console.error('check-deploy: target/quarkus-app/lib not found; build first (./mvnw -B package -DskipTests)');
  process.exit(2);
}
let models = 0;
const addKey = (property, phase) => {
  if (property.includes('"')) {
    const re = property.split(/\.(?=(?:[^"]*"[^"]*")*[^"]*$)/)
      .map((seg) => (seg.startsWith('"') ? '_[A-Z0-9_]+_' : envName(seg)))
      .join('_');
    quarkusPatterns.push({ re: new RegExp(`^${re}$`), property, phase });
  } else {
    quarkusKeys.set(envName(property), { property, phase });
  }
};
const walkModel = (node) => {
  if (Array.isArray(node)) node.forEach(walkModel);
  else if (node && typeof node === 'object') {
    if (node.path && typeof node.path.property === 'string') {
      addKey(node.path.property, node.phase);
      for (const extra of node.additionalPaths ?? []) addKey(extra.property, node.phase);
    }
    Object.values(node).forEach(walkModel);
  }
};
for (const dir of libDirs) {
  for (const jar of fs.readdirSync(dir).filter((n) => n.endsWith('.jar'))) {
    const model = zipEntry(`${dir}/${jar}`, 'META-INF/quarkus-config-doc/quarkus-config-model.json');
    if (model) { walkModel(JSON.parse(model.toString('utf8'))); models++; }
  }
}
// QUARKUS_PROFILE is read before any configuration, so no config root lists it.
quarkusKeys.set('QUARKUS_PROFILE', { property: 'quarkus.profile', phase: 'RUN_TIME' });

// The application's keys: @ConfigMapping interfaces (nested interfaces are sections), @ConfigProperty names,
// and every key of application.properties.
const appKeys = new Set();
const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const javaFiles = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? javaFiles(`${dir}/${e.name}`) : e.name.endsWith('.java') ? [`${dir}/${e.name}`] : []);
// The body of the interface declared at `from` (the text between its braces).
const bodyAt = (src, from) => {
  const open = src.indexOf('{', from);
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) return src.slice(open + 1, i);
  }
  throw new Error('unbalanced braces');
};
const topLevel = (body) => {
  let out = '';
  let depth = 0;
  for (const c of body) {
    if (c === '{') depth++;
    if (depth === 0) out += c;
    if (c === '}') depth--;
  }
  return out;
};
let mappings = 0;
for (const file of javaFiles('src/main/java')) {
  const src = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  for (const m of src.matchAll(/@ConfigProperty\s*\(\s*name\s*=\s*"([^"]+)"/g)) appKeys.add(m[1]);
  const mapping = src.match(/@ConfigMapping\s*\(\s*prefix\s*=\s*"([^"]+)"\s*\)[^{]*?interface\s+(\w+)/);
  if (!mapping) continue;
  mappings++;
  const interfaces = new Map([...src.matchAll(/interface\s+(\w+)/g)].map((m) => [m[1], m.index]));
  const collect = (name, prefix, seen) => {
    const members = topLevel(bodyAt(src, interfaces.get(name)));
    for (const m of members.matchAll(/((?:@\w+(?:\s*\([^)]*\))?\s*)*)([\w.]+(?:<[^;()]*>)?)\s+(\w+)\s*\(\s*\)\s*;/g)) {
      const [, annotations, type, method] = m;
      const withName = annotations.match(/@WithName\s*\(\s*"([^"]+)"/);
      const key = `${prefix}.${withName ? withName[1] : kebab(method)}`;
      const inner = type.replace(/^Optional<(.*)>$/, '$1');
      if (interfaces.has(inner) && !seen.has(inner)) collect(inner, key, new Set([...seen, inner]));
      else appKeys.add(key);
    }
  };
  collect(mapping[2], mapping[1], new Set([mapping[2]]));
}
const properties = fs.readFileSync('src/main/resources/application.properties', 'utf8');
for (const line of properties.split('\n')) {
  const m = line.match(/^\s*([^#!\s=:][^=:\s]*)\s*[=:]/);
  if (m) appKeys.add(m[1].replace(/^%[^.]+\./, ''));
}
if (process.env.DEPLOY_CHECK_DEBUG) console.log([...appKeys].sort().join("\n"));
const appEnv = new Map([...appKeys].map((k) => [envName(k), k]));
// Variables application.properties reads itself, e.g. ${PORT:8080}.
const referenced = new Set([...properties.matchAll(/\$\{([A-Z][A-Z0-9_]*)[:}]/g)].map((m) => m[1]));
// Read by the UBI OpenJDK images' run-java.sh (Dockerfile.jvm's entry point), not by the application.
const RUN_JAVA = new Set(['JAVA_OPTS', 'JAVA_OPTS_APPEND', 'JAVA_MAX_MEM_RATIO', 'GC_CONTAINER_OPTIONS', 'JAVA_INITIAL_MEM_RATIO',
  'JAVA_MAX_INITIAL_MEM', 'JAVA_DIAGNOSTICS', 'JAVA_DEBUG', 'JAVA_DEBUG_PORT', 'JAVA_APP_JAR']);
console.log(`config keys: ${quarkusKeys.size + quarkusPatterns.length} Quarkus keys from ${models} extension jars, `
  + `${appKeys.size} application keys from ${mappings} @ConfigMapping interfaces and application.properties`);
if (models < 5 || mappings < 5) bad(`too few config sources found (${models} jars, ${mappings} mappings): is the build complete?`);

// Checks an environment variable given to the Atlas container; `where` names it in messages.
const checkAppEnv = (where, name, value) => {
  if (name === 'QUARKUS_PROFILE') {
    // The PostgreSQL artifact's default profiles are prod,postgresql; a value without postgresql drops the
    // %postgresql settings and the artifact connects to nothing.
    check(String(value).split(',').includes('postgresql'), `${where}: QUARKUS_PROFILE keeps the postgresql profile`,
      `${where}: QUARKUS_PROFILE=${value} drops the postgresql profile the PostgreSQL artifact needs`);
    return;
  }
  if (/^ATLAS_/.test(name)) {
    check(appEnv.has(name), `${where}: ${name} is the application key ${appEnv.get(name)}`,
      `${where}: ${name} matches no @ConfigMapping, @ConfigProperty or application.properties key`);
    return;
  }
  if (/^QUARKUS_/.test(name)) {
    const key = quarkusKeys.get(name) ?? quarkusPatterns.find((p) => p.re.test(name));
    if (!key) { bad(`${where}: ${name} is not a configuration key of any extension in the build`); return; }
    if (key.phase !== 'RUN_TIME') { bad(`${where}: ${name} (${key.property}) is fixed at build time (${key.phase}): setting it at run time has no effect`); return; }
    ok(`${where}: ${name} is the run-time key ${key.property}`);
    return;
  }
  check(RUN_JAVA.has(name) || referenced.has(name), `${where}: ${name} is read by ${RUN_JAVA.has(name) ? "the image's run-java.sh" : 'application.properties'}`,
    `${where}: ${name} is neither an application or Quarkus key nor a run-java.sh variable`);
};

// Health endpoints: SmallRye Health's, at Quarkus' default root unless application.properties moves it.
const pom = fs.readFileSync('pom.xml', 'utf8');
const healthRoot = properties.match(/^quarkus\.smallrye-health\.root-path\s*=\s*(\S+)/m)?.[1] ?? 'health';
const nonAppRoot = properties.match(/^quarkus\.http\.non-application-root-path\s*=\s*(\S+)/m)?.[1] ?? 'q';
const healthBase = healthRoot.startsWith('/') ? healthRoot : `/${nonAppRoot.replace(/^\/|\/$/g, '')}/${healthRoot}`;
const HEALTH = pom.includes('<artifactId>quarkus-smallrye-health</artifactId>')
  ? new Set(['', '/live', '/ready', '/started'].map((s) => healthBase + s)) : new Set();
if (!HEALTH.size) bad('pom.xml has no quarkus-smallrye-health: no health endpoints for probes');
const APP_PORT = Number(properties.match(/^quarkus\.http\.port\s*=\s*(\d+)/m)?.[1] ?? 8080);

const parseYaml = (file, all) => {
  const text = fs.readFileSync(file, 'utf8');
  const options = { merge: true, uniqueKeys: true, prettyErrors: true, strict: true };
  const docs = all ? parseAllDocuments(text, options) : [parseDocument(text, options)];
  const errors = docs.flatMap((d) => [...d.errors, ...d.warnings]);
  if (errors.length) { errors.forEach((e) => bad(`${file}: ${e.message.split('\n')[0]}`)); return null; }
  ok(`${file}: well-formed YAML (${docs.length} document(s))`);
  return { text, docs: docs.map((d) => d.toJS({ maxAliasCount: 100 })) };
};
const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const exists = (p, dir) => (dir ? fs.existsSync(p) && fs.statSync(p).isDirectory() : fs.existsSync(p) && fs.statSync(p).isFile());

// ---------------------------------------------------------------------------------------------------------
// docker compose
const checkCompose = () => {
  console.log(`${composeFile}:`);
  if (!fs.existsSync(composeFile)) { bad(`${composeFile} does not exist`); return null; }
  const parsed = parseYaml(composeFile, false);
  if (!parsed) return null;
  const compose = parsed.docs[0];
  const base = path.dirname(composeFile);
  const rel = (p) => path.normalize(path.join(base, p));
  if (!isMap(compose) || !isMap(compose.services)) { bad(`${composeFile}: no services map`); return null; }
  const schemaFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules/dclint/schemas/compose.schema.json');
  // The schema declares draft-07 by a URL ajv does not bundle; it is plain draft-07, which ajv speaks.
  const validate = new Ajv({ strict: false, allErrors: true, validateSchema: false })
    .compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  if (validate(compose)) ok(`${composeFile}: valid against the Compose Specification schema`);
  else for (const e of validate.errors) bad(`${composeFile}: ${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` ("${e.params.additionalProperty}")` : ''}`);
  const services = compose.services;
  const envOf = (svc) => {
    const env = svc.environment ?? {};
    if (Array.isArray(env)) return Object.fromEntries(env.map((e) => { const i = String(e).indexOf('='); return i < 0 ? [e, undefined] : [e.slice(0, i), e.slice(i + 1)]; }));
    return env;
  };
  const hostPorts = new Map();
  const apps = [];
  let appImage = null;
  for (const [name, svc] of Object.entries(services)) {
    const where = `${composeFile} ${name}`;
    if (!isMap(svc)) { bad(`${where}: not a map`); continue; }
    if (!svc.image && !svc.build) bad(`${where}: neither image nor build`);
    // Build context, Dockerfile, build args and Maven profiles.
    let isApp = /^(?:.*\/)?statement-atlas(?::|$)/.test(svc.image ?? '');
    if (svc.build) {
      const build = typeof svc.build === 'string' ? { context: svc.build } : svc.build;
      const context = rel(build.context ?? '.');
      const dockerfile = path.join(context, build.dockerfile ?? 'Dockerfile');
      check(exists(context, true), `${where}: build context ${context} exists`, `${where}: build context ${context} is not a directory`);
      if (!exists(dockerfile)) { bad(`${where}: Dockerfile ${dockerfile} does not exist`); continue; }
      ok(`${where}: Dockerfile ${dockerfile} exists`);
      isApp = isApp || /^Dockerfile\.(jvm|native)$/.test(path.basename(dockerfile));
      const declared = new Set([...fs.readFileSync(dockerfile, 'utf8').matchAll(/^\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)/gm)].map((m) => m[1]));
      const buildArgs = Array.isArray(build.args) ? Object.fromEntries(build.args.map((a) => a.split('='))) : build.args ?? {};
      for (const [arg, value] of Object.entries(buildArgs)) {
        check(declared.has(arg), `${where}: build arg ${arg} is an ARG of ${dockerfile}`, `${where}: build arg ${arg} is not declared (ARG) in ${dockerfile}`);
        if (arg === 'MAVEN_PROFILES') {
          for (const profile of String(value).split(',').filter(Boolean)) {
            check(pom.includes(`<id>${profile}</id>`), `${where}: Maven profile ${profile} exists in pom.xml`, `${where}: pom.xml has no Maven profile ${profile}`);
          }
        }
      }
      if (isApp) {
        const profiles = String(buildArgs.MAVEN_PROFILES ?? '').split(',');
        check(profiles.includes('postgresql'), `${where}: image built with the postgresql Maven profile`,
          `${where}: the image is built without MAVEN_PROFILES=postgresql, so it is the H2 artifact`);
      }
    }
    if (isApp) { apps.push(name); appImage = appImage ?? svc.image; }
    // Mounted files and named volumes.
    for (const volume of svc.volumes ?? []) {
      const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
      const bind = typeof volume === 'string' ? /^[./~]/.test(source) : volume.type === 'bind';
      if (bind) check(fs.existsSync(rel(source)), `${where}: mounted ${rel(source)} exists`, `${where}: mounted ${rel(source)} does not exist`);
      else check(isMap(compose.volumes) && source in compose.volumes, `${where}: volume ${source} is declared`, `${where}: volume ${source} is not declared under volumes:`);
    }
    for (const envFile of [svc.env_file ?? []].flat()) {
      const file = typeof envFile === 'string' ? envFile : envFile.path;
      check(exists(rel(file)), `${where}: env_file ${rel(file)} exists`, `${where}: env_file ${rel(file)} does not exist`);
    }
    // Startup order: depends_on names real services, and service_healthy ones have a healthcheck.
    const deps = Array.isArray(svc.depends_on) ? Object.fromEntries(svc.depends_on.map((d) => [d, {}])) : svc.depends_on ?? {};
    for (const [dep, how] of Object.entries(deps)) {
      if (!(dep in services)) { bad(`${where}: depends_on ${dep}, which is no service`); continue; }
      const condition = how?.condition ?? 'service_started';
      if (condition === 'service_healthy') {
        const hc = services[dep].healthcheck;
        check(hc && !hc.disable && hc.test, `${where}: waits for ${dep} to be healthy (it has a healthcheck)`, `${where}: waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
      }
    }
    for (const net of Array.isArray(svc.networks) ? svc.networks : Object.keys(svc.networks ?? {})) {
      check(isMap(compose.networks) && net in compose.networks, `${where}: network ${net} is declared`, `${where}: network ${net} is not declared under networks:`);
    }
    for (const port of svc.ports ?? []) {
      const hostPort = typeof port === 'string' ? (port.split(':').length > 1 ? port.split(':').slice(-2)[0] : null) : port.published;
      if (hostPort == null) continue;
      if (hostPorts.has(String(hostPort))) bad(`${where}: host port ${hostPort} is also published by ${hostPorts.get(String(hostPort))}`);
      hostPorts.set(String(hostPort), name);
    }
  }
  // The Atlas replicas.
  check(apps.length >= 2, `${composeFile}: ${apps.length} Atlas replicas (${apps.join(', ')})`, `${composeFile}: ${apps.length} Atlas replica(s), at least 2 expected`);
  const pgServices = Object.entries(services).filter(([, s]) => /^(?:.*\/)?postgres(?::|$)/.test(s.image ?? ''));
  for (const [name, svc] of pgServices) {
    const major = Number((svc.image.split(':')[1] ?? '').match(/^(\d+)/)?.[1]);
    check(major >= 15, `${composeFile} ${name}: PostgreSQL ${major} (15 or newer)`, `${composeFile} ${name}: image ${svc.image} is not PostgreSQL 15 or newer (pin the major version)`);
    for (const key of Object.keys(envOf(svc))) {
      check(/^(POSTGRES_(USER|PASSWORD|PASSWORD_FILE|DB|INITDB_ARGS|INITDB_WALDIR|HOST_AUTH_METHOD)|PGDATA)$/.test(key),
        `${composeFile} ${name}: ${key} is a postgres image variable`, `${composeFile} ${name}: ${key} is not a variable of the postgres image`);
    }
  }
  if (!pgServices.length) bad(`${composeFile}: no postgres service`);
  for (const name of apps) {
    const where = `${composeFile} ${name}`;
    const svc = services[name];
    const env = envOf(svc);
    for (const [key, value] of Object.entries(env)) checkAppEnv(where, key, value);
    const test = [svc.healthcheck?.test ?? []].flat().join(' ');
    const paths = [...test.matchAll(/\/[\w/-]*health[\w/-]*/g)].map((m) => m[0]);
    check(paths.length && paths.every((p) => HEALTH.has(p)), `${where}: healthcheck asks ${paths.join(', ')}`,
      `${where}: healthcheck asks no SmallRye Health endpoint (${[...HEALTH].join(', ')}), found: ${paths.join(', ') || 'none'}`);
    check(new RegExp(`[:/]${APP_PORT}\\b`).test(test), `${where}: healthcheck uses the app's port ${APP_PORT}`, `${where}: healthcheck does not use the app's port ${APP_PORT}`);
    // The JDBC URL points at the postgres service, with its database and credentials.
    const url = String(env.QUARKUS_DATASOURCE_JDBC_URL ?? '');
    const m = url.match(/^jdbc:postgresql:\/\/([^:/]+)(?::(\d+))?\/([^?]+)/);
    if (!m) { bad(`${where}: QUARKUS_DATASOURCE_JDBC_URL is not a jdbc:postgresql:// URL: "${url}"`); continue; }
    const db = services[m[1]];
    if (!db) { bad(`${where}: the JDBC URL names host ${m[1]}, which is no service`); continue; }
    const dbEnv = envOf(db);
    check((dbEnv.POSTGRES_DB ?? dbEnv.POSTGRES_USER ?? 'postgres') === m[3], `${where}: database ${m[3]} is the one ${m[1]} creates`, `${where}: the JDBC URL names database ${m[3]}, but ${m[1]} creates ${dbEnv.POSTGRES_DB}`);
    check(env.QUARKUS_DATASOURCE_USERNAME === (dbEnv.POSTGRES_USER ?? 'postgres') && env.QUARKUS_DATASOURCE_PASSWORD === dbEnv.POSTGRES_PASSWORD,
      `${where}: user and password match ${m[1]}'s`, `${where}: QUARKUS_DATASOURCE_USERNAME/PASSWORD differ from ${m[1]}'s POSTGRES_USER/POSTGRES_PASSWORD`);
    check(svc.depends_on && m[1] in (Array.isArray(svc.depends_on) ? Object.fromEntries(svc.depends_on.map((d) => [d, 1])) : svc.depends_on),
      `${where}: depends on ${m[1]}`, `${where}: does not depend on ${m[1]}`);
  }
  // A load balancer's upstreams are Atlas replicas on the app's port (nginx syntax).
  for (const [name, svc] of Object.entries(services)) {
    for (const volume of svc.volumes ?? []) {
      const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
      if (!/nginx.*\.conf$/.test(source) || !fs.existsSync(rel(source))) continue;
      const conf = fs.readFileSync(rel(source), 'utf8').replace(/#.*$/gm, '');
      const upstreams = [...conf.matchAll(/^\s*server\s+([\w.-]+):(\d+)/gm)];
      if (!upstreams.length) bad(`${composeFile} ${name}: ${rel(source)} has no upstream server lines`);
      for (const [, host, port] of upstreams) {
        check(apps.includes(host) && Number(port) === APP_PORT, `${composeFile} ${name}: upstream ${host}:${port} is an Atlas replica`,
          `${composeFile} ${name}: upstream ${host}:${port} in ${rel(source)} is not an Atlas replica on port ${APP_PORT}`);
      }
    }
  }
  return { appImage };
};

// ---------------------------------------------------------------------------------------------------------
// Kubernetes
const checkKubernetes = (compose) => {
  console.log(`${kubeFile}:`);
  if (!fs.existsSync(kubeFile)) { bad(`${kubeFile} does not exist`); return; }
  const parsed = parseYaml(kubeFile, true);
  if (!parsed) return;
  const docs = parsed.docs.filter((d) => d !== null);
  const API = { ConfigMap, Secret, Service, ServiceAccount, Deployment, PodDisruptionBudget, HorizontalPodAutoscaler, Ingress };
  for (const d of docs) {
    const what = `${d?.kind ?? '?'}/${d?.metadata?.name ?? '?'}`;
    if (!isMap(d) || !d.kind || !d.metadata?.name) { bad(`${kubeFile}: a document without kind or metadata.name`); continue; }
    const model = API[d.kind];
    const apiVersion = model && new model({}).apiVersion;
    if (!model || apiVersion !== d.apiVersion) { bad(`${kubeFile}: ${what}: apiVersion ${d.apiVersion}, expected ${apiVersion ?? `one of the kinds ${Object.keys(API).join(', ')}`}`); continue; }
    try {
      new model(d).validate();
      ok(`${kubeFile}: ${what} (${d.apiVersion}) valid against the Kubernetes API schema`);
    } catch (e) {
      for (const line of String(e.message).split(/, (?=data)/)) bad(`${kubeFile}: ${what}: ${line.replace(/^data/, '')}`);
    }
  }
  const byKind = (kind) => docs.filter((d) => d.kind === kind);
  const configMaps = new Map(byKind('ConfigMap').map((c) => [c.metadata.name, c.data ?? {}]));
  const secrets = new Map(byKind('Secret').map((s) => [s.metadata.name, { ...(s.data ?? {}), ...(s.stringData ?? {}) }]));
  const deployments = byKind('Deployment');
  if (deployments.length !== 1) { bad(`${kubeFile}: ${deployments.length} Deployments, expected 1`); return; }
  const dep = deployments[0];
  const where = `${kubeFile} Deployment/${dep.metadata.name}`;
  const replicas = dep.spec?.replicas;
  check(Number.isInteger(replicas) && replicas > 1, `${where}: ${replicas} replicas`, `${where}: replicas is ${replicas}, more than 1 expected`);
  const podLabels = dep.spec?.template?.metadata?.labels ?? {};
  const selects = (selector) => isMap(selector) && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => podLabels[k] === v);
  check(selects(dep.spec?.selector?.matchLabels), `${where}: selector matches the pod labels`, `${where}: spec.selector.matchLabels does not match the pod template's labels`);
  const containers = dep.spec?.template?.spec?.containers ?? [];
  if (containers.length !== 1) { bad(`${where}: ${containers.length} containers, expected 1`); return; }
  const c = containers[0];
  const ports = c.ports ?? [];
  const portMatches = (p) => ports.some((cp) => cp.containerPort === p || (cp.name && cp.name === p));
  check(ports.some((p) => p.containerPort === APP_PORT), `${where}: container port ${APP_PORT}`, `${where}: no containerPort ${APP_PORT} (the app's HTTP port)`);
  if (compose?.appImage) {
    const repo = (image) => image.replace(/^.*\//, '');
    check(repo(c.image ?? '') === repo(compose.appImage), `${where}: image ${c.image} is the one compose builds with the postgresql profile`,
      `${where}: image ${c.image} is not ${compose.appImage}, the PostgreSQL image compose builds`);
  }

  // Environment: every name a real key; credentials from a Secret; the pool sized.
  const env = new Map();
  for (const from of c.envFrom ?? []) {
    if (from.configMapRef) {
      const data = configMaps.get(from.configMapRef.name);
      if (!data) { bad(`${where}: envFrom ConfigMap ${from.configMapRef.name} is not in ${kubeFile}`); continue; }
      for (const [k, v] of Object.entries(data)) env.set(k, { value: v, from: `ConfigMap ${from.configMapRef.name}` });
    } else bad(`${where}: envFrom ${JSON.stringify(from)}: only configMapRef is expected (credentials go through secretKeyRef)`);
  }
  const secretRefs = [];
  const names = new Set();
  for (const e of c.env ?? []) {
    if (names.has(e.name)) bad(`${where}: env ${e.name} is set twice`);
    names.add(e.name);
    const ref = e.valueFrom?.secretKeyRef;
    const cmRef = e.valueFrom?.configMapKeyRef;
    if (ref) secretRefs.push({ env: e.name, ...ref });
    if (cmRef && !(configMaps.get(cmRef.name) && cmRef.key in configMaps.get(cmRef.name))) bad(`${where}: env ${e.name} takes key ${cmRef.key} of ConfigMap ${cmRef.name}, which ${kubeFile} does not define`);
    env.set(e.name, { value: e.value ?? (cmRef ? configMaps.get(cmRef.name)?.[cmRef.key] : undefined), secret: ref, from: 'env' });
  }
  for (const [name, { value }] of env) checkAppEnv(where, name, value);
  for (const key of ['QUARKUS_DATASOURCE_USERNAME', 'QUARKUS_DATASOURCE_PASSWORD']) {
    const e = env.get(key);
    check(e?.secret && !e.secret.optional, `${where}: ${key} comes from Secret ${e?.secret?.name} key ${e?.secret?.key}`,
      `${where}: ${key} does not come from a required secretKeyRef`);
  }
  // Each Secret referenced is either in the file or created by a documented `kubectl create secret` command
  // that gives every required key.
  // Shell line continuations joined, so that a command split over lines is one line.
  const docs2 = `${parsed.text}\n${fs.existsSync(deployDoc) ? fs.readFileSync(deployDoc, 'utf8') : ''}`
    .replace(/\\\n[#\s]*/g, ' ');
  for (const ref of secretRefs) {
    if (secrets.has(ref.name)) {
      check(ref.key in secrets.get(ref.name) || ref.optional, `${where}: Secret ${ref.name} in the file has key ${ref.key}`, `${where}: Secret ${ref.name} lacks key ${ref.key}`);
      continue;
    }
    const commands = [...docs2.matchAll(new RegExp(`kubectl create secret generic ${ref.name}\\b[^\\n]*`, 'g'))].map((m) => m[0]);
    if (!commands.length) { bad(`${where}: Secret ${ref.name} is neither in ${kubeFile} nor created by a "kubectl create secret generic ${ref.name}" in ${kubeFile} or ${deployDoc}`); continue; }
    if (ref.optional) { ok(`${where}: ${ref.env} from Secret ${ref.name} key ${ref.key} (optional)`); continue; }
    check(commands.every((cmd) => cmd.includes(`--from-literal=${ref.key}=`) || cmd.includes(`--from-file=${ref.key}=`)),
      `${where}: Secret ${ref.name} key ${ref.key} is created by the documented kubectl command`,
      `${where}: a documented "kubectl create secret generic ${ref.name}" does not give key ${ref.key}`);
  }
  const url = String(env.get('QUARKUS_DATASOURCE_JDBC_URL')?.value ?? '');
  check(/^jdbc:postgresql:\/\/[^/]+\/\w+/.test(url), `${where}: JDBC URL ${url}`, `${where}: QUARKUS_DATASOURCE_JDBC_URL is not a jdbc:postgresql:// URL: "${url}"`);
  const pool = Number(env.get('QUARKUS_DATASOURCE_JDBC_MAX_SIZE')?.value);
  if (!Number.isInteger(pool) || pool < 1) bad(`${where}: QUARKUS_DATASOURCE_JDBC_MAX_SIZE is not set to a pool size`);
  else {
    const surge = dep.spec?.strategy?.rollingUpdate?.maxSurge ?? '25%';
    const extra = typeof surge === 'number' ? surge : Math.ceil((replicas * parseInt(surge, 10)) / 100);
    const total = (pool + LISTEN_CONNECTIONS) * (replicas + extra);
    const sum = `(pool ${pool} + ${LISTEN_CONNECTIONS} LISTEN) x (${replicas} replicas + ${extra} surge) = ${total}`;
    const budget = `max_connections ${PG_MAX_CONNECTIONS} - ${PG_RESERVED} reserved - ${PG_HEADROOM} headroom`;
    check(total <= POOL_BUDGET, `${where}: ${sum} <= ${POOL_BUDGET} connections (${budget})`,
      `${where}: ${sum} connections, over the budget of ${POOL_BUDGET} (${budget})`);
  }

  // Probes on SmallRye Health, on the container's port; liveness must not ask the database.
  for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
    const get = c[probe]?.httpGet;
    if (!get) { bad(`${where}: no ${probe} with httpGet`); continue; }
    check(HEALTH.has(get.path), `${where}: ${probe} GET ${get.path}`, `${where}: ${probe} path ${get.path} is not a SmallRye Health endpoint (${[...HEALTH].join(', ')})`);
    check(portMatches(get.port), `${where}: ${probe} port ${get.port} is a container port`, `${where}: ${probe} port ${get.port} is no container port`);
  }
  check(c.readinessProbe?.httpGet?.path === `${healthBase}/ready`, `${where}: readiness asks ${healthBase}/ready (the datasource check)`, `${where}: readiness does not ask ${healthBase}/ready`);
  check(c.livenessProbe?.httpGet?.path === `${healthBase}/live`, `${where}: liveness asks ${healthBase}/live (no database check: an outage does not restart pods)`,
    `${where}: liveness does not ask ${healthBase}/live; a database check there restarts every pod when PostgreSQL is down`);
  for (const kind of ['requests', 'limits']) {
    check(c.resources?.[kind]?.memory, `${where}: memory ${kind} ${c.resources?.[kind]?.memory}`, `${where}: no memory ${kind}`);
  }
  check(c.resources?.requests?.cpu, `${where}: cpu request ${c.resources?.requests?.cpu}`, `${where}: no cpu request`);

  // Services and disruption budgets select the Deployment's pods and reach its port.
  const services = byKind('Service');
  if (!services.length) bad(`${kubeFile}: no Service`);
  for (const s of services) {
    const sw = `${kubeFile} Service/${s.metadata.name}`;
    check(selects(s.spec?.selector), `${sw}: selects the Deployment's pods`, `${sw}: selector does not match the Deployment's pod labels`);
    for (const p of s.spec?.ports ?? []) {
      check(portMatches(p.targetPort ?? p.port), `${sw}: port ${p.port} -> container port ${p.targetPort ?? p.port}`, `${sw}: targetPort ${p.targetPort ?? p.port} is no container port`);
    }
  }
  for (const pdb of byKind('PodDisruptionBudget')) {
    check(selects(pdb.spec?.selector?.matchLabels), `${kubeFile} PodDisruptionBudget/${pdb.metadata.name}: selects the Deployment's pods`, `${kubeFile} PodDisruptionBudget/${pdb.metadata.name}: selector does not match the pods`);
  }
};

const compose = checkCompose();
checkKubernetes(compose);
if (problems.length) {
  console.error(`check-deploy: FAIL: ${problems.length} problem(s); first: ${problems[0]}`);
  process.exit(1);
}
console.log(`check-deploy: OK: ${composeFile}, ${kubeFile}`);
