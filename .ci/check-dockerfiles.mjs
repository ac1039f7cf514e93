// The checks of .ci/check-dockerfiles.sh, run from the project root on the Dockerfiles given:
//   node .ci/check-dockerfiles.mjs Dockerfile...
import fs from 'node:fs';
import path from 'node:path';
import { globRegex } from './lib/glob.mjs';

const problems = [];
const ok = (msg) => console.log(`  ok    ${msg}`);
const note = (msg) => console.log(`  note  ${msg}`);
const bad = (msg) => { console.log(`  FAIL  ${msg}`); problems.push(msg); };

// Docker's path patterns (Go filepath.Match plus "**"), as used by COPY sources and .dockerignore.
const patternRegex = (pattern) => globRegex(pattern, { classes: true });
const clean = (p) => path.posix.normalize(p.replace(/^\/+/, '')).replace(/\/+$/, '').replace(/^\.$/, '');

// .dockerignore: the last matching line wins; a line that matches a parent directory
// matches everything below it ("!" lines re-include).
const ignoreRules = fs.existsSync('.dockerignore')
  ? fs.readFileSync('.dockerignore', 'utf8').split('\n').map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => {
        const include = l.startsWith('!');
        const p = clean(include ? l.slice(1).trim() : l);
        return { line: l, include, re: patternRegex(p) };
      })
  : [];
const ignoredBy = (file) => {
  const parts = file.split('/');
  let verdict = null;
  for (const rule of ignoreRules) {
    for (let n = parts.length; n >= 1; n--) {
      if (rule.re.test(parts.slice(0, n).join('/'))) { verdict = rule; break; }
    }
  }
  return verdict && !verdict.include ? verdict.line : null;
};

const walk = (p) => fs.statSync(p).isDirectory()
  ? fs.readdirSync(p).flatMap((n) => walk(p === '.' ? n : `${p}/${n}`))
  : [p];
// Expands a COPY source against the checkout, one path segment at a time.
const expand = (src) => {
  let found = [''];
  for (const seg of clean(src).split('/').filter(Boolean)) {
    const re = patternRegex(seg);
    found = found.flatMap((dir) => {
      const base = dir || '.';
      if (!fs.existsSync(base) || !fs.statSync(base).isDirectory()) return [];
      if (!/[*?[\\]/.test(seg)) return fs.existsSync(`${base}/${seg}`) ? [dir ? `${dir}/${seg}` : seg] : [];
      return fs.readdirSync(base).filter((n) => re.test(n)).map((n) => (dir ? `${dir}/${n}` : n));
    });
  }
  return found;
};

// Instructions with line continuations joined and comments dropped.
const parse = (file) => {
  const out = [];
  let cur = '';
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!cur && (line === '' || line.startsWith('#'))) continue;
    if (line.startsWith('#')) continue;
    if (line.endsWith('\\')) { cur += line.slice(0, -1) + ' '; continue; }
    cur += line;
    const m = cur.match(/^(\S+)\s*(.*)$/);
    out.push({ op: m[1].toUpperCase(), rest: m[2] });
    cur = '';
  }
  return out;
};
const copyArgs = (rest) => {
  let words;
  if (rest.trim().startsWith('[')) words = JSON.parse(rest.trim());
  else words = rest.split(/\s+/).filter(Boolean);
  const flags = {};
  while (words.length && words[0].startsWith('--')) {
    const [k, v] = words.shift().slice(2).split('=');
    flags[k] = v === undefined ? true : v;
  }
  if (words[0] && words[0].startsWith('[')) words = JSON.parse(words.join(' '));
  return { flags, srcs: words.slice(0, -1), dest: words[words.length - 1] };
};

for (const file of process.argv.slice(2)) {
  console.log(`${file}:`);
  const stages = [];
  for (const { op, rest } of parse(file)) {
    if (op === 'FROM') {
      const m = rest.match(/^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i);
      stages.push({ image: m[1], name: m[2], workdir: '/', user: null, expose: [] });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (!stage) { if (op !== 'ARG') bad(`${file}: ${op} before the first FROM`); continue; }
    if (op === 'WORKDIR') stage.workdir = path.posix.resolve(stage.workdir, rest.trim());
    else if (op === 'USER') stage.user = rest.trim();
    else if (op === 'EXPOSE') stage.expose.push(...rest.split(/\s+/).filter(Boolean));
    else if (op === 'COPY' || op === 'ADD') {
      const { flags, srcs } = copyArgs(rest);
      if (flags.from) {
        const from = stages.find((s) => s.name === flags.from) || stages[Number(flags.from)];
        if (!from && /^[a-z0-9_-]+$/i.test(flags.from) && !flags.from.includes('/')) {
          bad(`${file}: COPY --from=${flags.from} names no earlier stage`);
          continue;
        }
        for (const src of srcs) {
          const abs = path.posix.resolve(from ? from.workdir : '/', src);
          const rel = from && abs.startsWith(from.workdir.replace(/\/?$/, '/')) ? abs.slice(from.workdir.replace(/\/?$/, '/').length) : null;
          if (!rel || !rel.startsWith('target/')) { note(`${file}: COPY --from=${flags.from} ${src} (not a build output of this checkout)`); continue; }
          if (/-runner$/.test(rel)) { note(`${file}: COPY --from=${flags.from} ${src} is the native executable, which needs GraalVM (not checked)`); continue; }
          const hits = expand(rel);
          if (hits.length) ok(`${file}: COPY --from=${flags.from} ${src} matches local ${rel} (${hits.length} path(s))`);
          else bad(`${file}: COPY --from=${flags.from} ${src}: local ${rel} does not exist (run ./mvnw package first?)`);
        }
        continue;
      }
      for (const src of srcs) {
        if (/^https?:\/\//.test(src) || src.includes('$')) { note(`${file}: ${op} ${src} (not a plain context path, not checked)`); continue; }
        const hits = expand(src);
        if (!hits.length && /^target\/.*-runner$/.test(clean(src))) { note(`${file}: ${op} ${src} is the native executable, not built here (needs GraalVM: .ci/native.sh)`); continue; }
        if (!hits.length) { bad(`${file}: ${op} ${src}: no such path in the checkout`); continue; }
        const files = hits.flatMap(walk);
        const ignored = files.map((f) => [f, ignoredBy(f)]).filter(([, rule]) => rule);
        if (ignored.length) {
          bad(`${file}: ${op} ${src}: .dockerignore drops ${ignored.length} of ${files.length} file(s), e.g. ${ignored[0][0]} (by "${ignored[0][1]}")`);
        } else {
          ok(`${file}: ${op} ${src} exists and all ${files.length} file(s) are in the build context`);
        }
      }
    }
  }
  const last = stages[stages.length - 1];
  if (!last) { bad(`${file}: no FROM`); continue; }
  const user = last.user;
  if (!user) bad(`${file}: final stage (${last.image}) has no USER, so it runs as root`);
  else if (/^(root|0)(:.*)?$/.test(user)) bad(`${file}: final stage runs as USER ${user}`);
  else ok(`${file}: final stage (${last.image}) runs as non-root USER ${user}`);
  if (last.expose.some((p) => /^8080(\/tcp)?$/.test(p))) ok(`${file}: final stage EXPOSEs 8080`);
  else bad(`${file}: final stage does not EXPOSE 8080`);
}

if (!fs.existsSync('.dockerignore')) bad('.dockerignore is missing: the whole checkout (target/, .git/) would be sent as build context');
if (problems.length) {
  console.error(`check-dockerfiles: FAIL: ${problems.length} problem(s); first: ${problems[0]}`);
  process.exit(1);
}
console.log(`check-dockerfiles: OK: ${process.argv.slice(2).join(', ')} against .dockerignore`);
