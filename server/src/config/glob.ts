/**
 * Glob patterns as the configuration file and `unres check` use them, matched against paths with forward
 * slashes relative to a base folder: `*` and `?` stay within one folder, `**` crosses folders, `{a,b}` is
 * a choice and `[abc]` a character class. A pattern without a slash (other than a trailing one) matches a
 * name at any depth, and a folder's name matches everything in it, as in .gitignore; `anchored` (a glob
 * given on the command line) reads it from the base folder only, as a shell does. Written here (not a library)
 * because the server bundle has a size budget and this is all the syntax a drafting team needs.
 */
export function globToRegExp(pattern: string, options: { anchored?: boolean } = {}): RegExp {
  let p = pattern.trim().replace(/\\/g, '/');
  if (p.startsWith('./')) p = p.slice(2);
  // A trailing slash names a folder; what is inside it matches too (below), wherever it is.
  if (p.endsWith('/')) p = p.slice(0, -1);
  if (p.startsWith('/')) p = p.slice(1);
  else if (!p.includes('/') && !options.anchored) p = `**/${p}`;
  let source = '';
  let braces = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*' && p[i + 1] === '*') {
      // "**/" is zero or more folders; a trailing "**" is everything below.
      const slash = p[i + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) source += '|';
    else if (c === '[') {
      const close = p.indexOf(']', i + 1);
      if (close < 0) source += '\\[';
      else {
        const body = p.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = close;
      }
    } else source += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  if (braces > 0) source += ')'.repeat(braces);
  // A folder pattern also matches what is inside it ("drafts" ignores drafts/a.md).
  return new RegExp(`^${source}(?:/.*)?$`);
}

/** Whether a path relative to the pattern's base (forward slashes) matches one of the patterns. */
export function matchesAny(relativePath: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((re) => re.test(relativePath));
}

/** Whether a command-line argument is a glob rather than a plain path. */
export function isGlob(argument: string): boolean {
  return /[*?{[]/.test(argument);
}
