// Which browser test files need the window's focus: those that type, click through sendMouse, move or check
// focus, directly or through a helper or strict-CSP page they load from tests/. Firefox gives focus to one
// page at a time, so web-test-runner.config.mjs runs these files one after another there, and the rest side
// by side. A file is counted as needing focus when in doubt.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const USES_FOCUS = /\b(sendKeys|sendMouse|activeElement|hasFocus|focusin|focusout)\b|\.(focus|blur)\(|:focus/;
// Relative imports, and strict-CSP pages opened by path (whose own scripts are then read).
const REFERENCES = /(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]|['"`](\/tests\/[^'"`?]+\.html)|\bsrc="([^"]+)"/g;

function referenced(file, text) {
  const out = [];
  for (const [, relativeImport, pagePath, scriptSrc] of text.matchAll(REFERENCES)) {
    const target = pagePath ? join(root, pagePath) : resolve(dirname(file), relativeImport ?? scriptSrc);
    const candidates = [target, target.replace(/\.js$/, '.ts')];
    const found = candidates.find((c) => c.startsWith(join(root, 'tests')) && existsSync(c));
    if (found) out.push(found);
  }
  return out;
}

/** Whether a file, or a helper or page it loads from tests/, matches `pattern` (true when a file cannot be read). */
function uses(pattern, file, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return true;
  }
  return pattern.test(text) || referenced(file, text).some((next) => uses(pattern, next, seen));
}
const needsFocus = (file) => uses(USES_FOCUS, file);

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node' || entry.name === 'fixtures' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The browser test files (paths from the repository root) that need focus, or those that do not. */
export function testFilesByFocus(focus) {
  return testFiles(join(root, 'tests'))
    .filter((file) => needsFocus(file) === focus)
    .map((file) => relative(root, file));
}

// The built files: dist/, and the demo pages, which load it.
const READS_BUILD = /\/dist\/|\.\.\/dist\b|['"`]\/demo\//;

/**
 * The same files, those that load the build last: `npm test` starts the browser runs while it builds, and a
 * request for a built file waits until the build has ended (web-test-runner.config.mjs).
 */
export function buildReadersLast(files) {
  const readers = new Set(files.filter(readsBuild));
  return [...files.filter((file) => !readers.has(file)), ...readers];
}

/** Whether a browser test file (path from the repository root) loads the build, directly or through a page. */
export const readsBuild = (file) => uses(READS_BUILD, join(root, file));

/** Every browser test file, paths from the repository root. */
export const allTestFiles = () => testFiles(join(root, 'tests')).map((file) => relative(root, file));

/**
 * Shard `index` (0-based) of `count` of these files, for as many browser processes: each Firefox process
 * has a focused window of its own, so focus files can run one after another in two processes at once.
 * Files are dealt largest first to the shard with the fewest bytes so far (size stands in for run time).
 */
export function shardOf(files, index, count) {
  const shards = Array.from({ length: count }, () => ({ bytes: 0, files: [] }));
  const sized = files.map((file) => ({ file, bytes: statSync(join(root, file)).size })).sort((a, b) => b.bytes - a.bytes);
  for (const { file, bytes } of sized) {
    const lightest = shards.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.bytes += bytes;
    lightest.files.push(file);
  }
  return shards[index]?.files ?? [];
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  console.log('need focus:', testFilesByFocus(true).join(' '));
  console.log('do not:', testFilesByFocus(false).join(' '));
  console.log('load the build:', allTestFiles().filter(readsBuild).join(' '));
}
