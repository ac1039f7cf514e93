// The resource check of .ci/check-native-sources.sh: every expected resource is registered by the native-image
// configuration the sources-only build wrote (resource-config.json or reachability-metadata.json in the runner jar,
// and native-image.args), not excluded, and present in the runner jar.
//   node .ci/check-native-sources.mjs WORK_DIR NATIVE_IMAGE_ARGS RUNNER_JAR
// WORK_DIR holds META-INF/native-image/ unpacked from the runner jar, entries.txt (the jar's entries) and
// expected.txt (the resources that must be registered, one per line).
import fs from 'node:fs';
import path from 'node:path';
import { globRegex } from './lib/glob.mjs';

const [work, argsFile, runner] = process.argv.slice(2);

const fail = (msg) => {
  console.error(`check-native-sources: FAIL: ${msg}`);
  process.exit(1);
};

// Java regex -> JS regex: only \Q...\E quoting differs in the patterns GraalVM configs use.
const javaRegex = (src) => {
  const body = src.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, lit) => lit.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&'));
  return new RegExp(`^(?:${body})$`);
};

const includes = [];
const excludes = [];
const add = (list, where, entry) => {
  try {
    if (typeof entry === 'string') list.push({ where, text: entry, re: javaRegex(entry) });
    else if (entry && entry.pattern) list.push({ where, text: entry.pattern, re: javaRegex(entry.pattern) });
    else if (entry && entry.glob) list.push({ where, text: entry.glob, re: globRegex(entry.glob) });
  } catch (e) {
    console.error(`check-native-sources: note: skipping unparsable pattern ${JSON.stringify(entry)} in ${where}`);
  }
};
// Accepts resource-config.json (both its old and new layout) and reachability-metadata.json.
const readConfig = (file, where) => {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const r = json.resources;
  if (Array.isArray(r)) r.forEach((e) => add(includes, where, e));
  else if (r) {
    (r.includes || []).forEach((e) => add(includes, where, e));
    (r.excludes || []).forEach((e) => add(excludes, where, e));
  }
};

const configDir = path.join(work, 'META-INF/native-image');
const walk = (dir) => fs.existsSync(dir)
  ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)])
  : [];
const configs = walk(configDir).filter((f) => /(resource-config|reachability-metadata)\.json$/.test(f));
configs.forEach((f) => readConfig(f, `${runner}!/${path.relative(work, f)}`));

// native-image.args is one line of space-separated options.
const args = fs.readFileSync(argsFile, 'utf8').split(/\s+/).filter(Boolean);
for (const a of args) {
  let m;
  if ((m = a.match(/^-H:IncludeResources=(.*)$/))) add(includes, argsFile, m[1]);
  if ((m = a.match(/^-H:ExcludeResources=(.*)$/))) add(excludes, argsFile, m[1]);
  if ((m = a.match(/^-H:ResourceConfigurationFiles=(.*)$/))) {
    for (const f of m[1].split(',')) {
      const p = path.resolve(path.dirname(argsFile), f);
      if (!fs.existsSync(p)) fail(`${argsFile} names ${f}, which does not exist`);
      readConfig(p, p);
    }
  }
}
if (includes.length === 0) fail(`no resource registration found in ${runner}!/META-INF/native-image/ or ${argsFile}`);

const expected = fs.readFileSync(path.join(work, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
const entries = new Set(fs.readFileSync(path.join(work, 'entries.txt'), 'utf8').split('\n'));
for (const res of expected) {
  const inc = includes.find((p) => p.re.test(res));
  if (!inc) {
    const hint = res.startsWith('dataset/')
      ? ' (is quarkus.native.resources.includes=dataset/** set in application.properties?)'
      : ' (Flyway registers db/migration itself: is quarkus.flyway.locations changed?)';
    fail(`${res} is not registered as a native resource${hint}`);
  }
  const exc = excludes.find((p) => p.re.test(res));
  if (exc) fail(`${res} is registered by "${inc.text}" but excluded by "${exc.text}" (${exc.where})`);
  if (!entries.has(res)) fail(`${res} is registered but missing from ${runner}, so native-image cannot bundle it`);
  console.log(`  ok  ${res}  <- "${inc.text}"`);
}
console.log(`check-native-sources: OK: ${expected.length} resources registered in ` +
  `${configs.map((f) => `${runner}!/${path.relative(work, f)}`).join(', ')}`);
