// Path patterns as regular expressions, for the checks in .ci/. `**` crosses directories (`**/` also matches no
// directory at all), `*` and `?` stay within one path segment, and every other character stands for itself: the
// rules of GraalVM's resource globs (the newer native-image config format). With `classes`, also Docker's rules for
// COPY sources and .dockerignore lines (Go's filepath.Match plus `**`): `[abc]` and `[!abc]` classes and `\` escapes.
export function globRegex(pattern, { classes = false } = {}) {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') { i++; re += '(?:.*/)?'; } else { re += '.*'; }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (classes && c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) { re += '\\['; continue; }
      re += '[' + pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
      i = end;
    } else if (classes && c === '\\' && i + 1 < pattern.length) re += '\\' + pattern[++i];
    else re += c.replace(/[.+^${}()|[\]\\\/-]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
