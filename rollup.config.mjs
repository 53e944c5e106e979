import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';

/**
 * The drop-in build (dist/*.js): what a teacher copies next to a page. The npm build (dist/esm/,
 * unbundled, with Lit, zod, idb-keyval and ts-fsrs as dependencies) is made by `tsc -p
 * tsconfig.build.json`, not here.
 */

/**
 * The npm package imports built-in content as JSON modules (src/content/builtin-content.ts); the
 * drop-in build fetches it from dist/questions/ instead (builtin-content.drop-in.ts), whose path
 * depends on the chunk that ends up holding that module (dist/ or dist/chunks/): it is written in
 * once the chunks are known.
 */
const CONTENT_DIR_PLACEHOLDER = '__DEFENCE_LEARNING_CONTENT_DIR__';
function builtinContentBesideBundle() {
  return {
    name: 'builtin-content-beside-bundle',
    async resolveId(source, importer, options) {
      if (!importer || !/\/builtin-content\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && resolved.id.replace(/builtin-content\.ts$/, 'builtin-content.drop-in.ts');
    },
    renderChunk(code, chunk) {
      if (!code.includes(CONTENT_DIR_PLACEHOLDER)) return null;
      const dir = posix.relative(posix.dirname(chunk.fileName), 'questions') || '.';
      return { code: code.replaceAll(CONTENT_DIR_PLACEHOLDER, `${dir.startsWith('.') ? dir : `./${dir}`}/`), map: null };
    },
  };
}

/**
 * Drops comments and white space inside the `css` literals of *.styles.ts files: every run of it becomes one space,
 * and none is left around `{`, `}`, `;` and `,` or after `:`, where CSS needs none (the quiz's page weighs 30 KB of
 * script at most). A space is a descendant combinator in a selector and separates values (`calc(1px + 2px)`), so
 * every other run stays one space; quoted strings are left as they are.
 */
function compactStyleLiterals() {
  const compact = (css) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, ' ')
      .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
      .map((part, i) =>
        i % 2
          ? part
          : part
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};,]) ?/g, '$1')
              .replace(/: /g, ':')
              .replace(/;}/g, '}'),
      )
      .join('')
      .trim();
  return {
    name: 'compact-style-literals',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return { code: code.replace(/css\s*`([^`]*)`/g, (_, body) => `css\`${compact(body)}\``), map: null };
    },
  };
}

/** Every chunk a file imports statically, directly or through other chunks. */
function staticClosure(bundle, fileName, seen = new Set()) {
  for (const imported of bundle[fileName]?.imports ?? []) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    staticClosure(bundle, imported, seen);
  }
  return seen;
}

/**
 * Writes into the autoloader (src/cdn/autoloader.ts) the chunks each element entry imports, so it
 * requests them in parallel with the entry, and writes dist/bundle-graph.json, from which
 * `npm run size` adds up what each kind of page loads.
 */
function autoloaderChunkLists() {
  return {
    name: 'autoloader-chunk-lists',
    generateBundle(_options, bundle) {
      const entries = ['quiz', 'fact-card'];
      const lists = Object.fromEntries(entries.map((entry) => [entry, [...staticClosure(bundle, `${entry}.js`)]]));
      const loader = bundle['defence-learning.js'];
      const placeholder = /(["'`])__DEFENCE_LEARNING_CHUNKS__\1/;
      if (!loader || !placeholder.test(loader.code)) this.error('the autoloader no longer holds the chunk-list placeholder');
      loader.code = loader.code.replace(placeholder, JSON.stringify(JSON.stringify(lists)));
      const graph = Object.fromEntries(
        Object.values(bundle)
          .filter((file) => file.type === 'chunk')
          .map((chunk) => [chunk.fileName, { imports: chunk.imports, dynamicImports: chunk.dynamicImports }]),
      );
      this.emitFile({ type: 'asset', fileName: 'bundle-graph.json', source: `${JSON.stringify(graph, null, 2)}\n` });
    },
  };
}

/**
 * A chunk loaded on demand is requested together with the chunks it imports that are not loaded yet
 * (as Vite's preload does), so that what an element loads later costs one round trip, not a chain:
 * `import("./x.js")` becomes `Promise.all([import("./x.js"), import("./dep.js")]).then((m) => m[0])`.
 */
function parallelDynamicImports() {
  return {
    name: 'parallel-dynamic-imports',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const loaded = staticClosure(bundle, chunk.fileName, new Set([chunk.fileName]));
        for (const target of chunk.dynamicImports) {
          const deps = [...staticClosure(bundle, target)].filter((file) => !loaded.has(file));
          if (deps.length === 0) continue;
          const relative = (file) => {
            const path = posix.relative(posix.dirname(chunk.fileName), file);
            return path.startsWith('.') ? path : `./${path}`;
          };
          const call = `import(${JSON.stringify(relative(target))})`;
          if (!chunk.code.includes(call)) this.error(`${chunk.fileName}: no ${call} to load in parallel with its chunks`);
          const parallel = `Promise.all([${[target, ...deps].map((file) => `import(${JSON.stringify(relative(file))})`).join(',')}]).then(m=>m[0])`;
          chunk.code = chunk.code.replaceAll(call, parallel);
        }
      }
    },
  };
}

/**
 * TypeScript to JavaScript with esbuild, file by file (decorators as tsconfig.json says). Type-checking
 * is `npm run typecheck`'s job, once for the whole project; the build only strips the types.
 */
function stripTypes() {
  const tsconfigRaw = readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8');
  return {
    name: 'strip-types',
    // Sources import each other as `./x.js`, the name the compiled file will have: find `./x.ts`.
    resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const file = fileURLToPath(new URL(source.replace(/\.js$/, '.ts'), pathToFileURL(importer)));
      return existsSync(file) ? file : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = await transform(code, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: id, tsconfigRaw });
      return { code: out.code, map: null };
    },
  };
}

/**
 * gift-pegjs (the GIFT parser, for the authoring page's entry only) is one CommonJS file with no
 * require(): wrapped as an ES module with a default export, as Node's own interop presents it.
 */
function giftParserAsModule() {
  return {
    name: 'gift-parser-as-module',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/node_modules/gift-pegjs/pegjs-gift.js')) return null;
      return { code: `const module = { exports: {} };\n${code}\nexport default module.exports;\n`, map: null };
    },
  };
}

const plugins = () => [
  builtinContentBesideBundle(),
  resolve({ browser: true, exportConditions: ['production'] }),
  compactStyleLiterals(),
  stripTypes(),
  terser({ module: true, format: { comments: false }, compress: { passes: 2 } }),
];

/**
 * Rollup warnings we have read and accept, each from zod's published files, never from ours:
 * - CIRCULAR_DEPENDENCY zod/v4/core/core.js <-> util.js: each side reads the other's export only inside
 *   functions called after both modules have run (util's `allowsEval` reads `globalConfig` when a schema
 *   is first parsed; core calls `installMembers` when a class is built), so evaluation order cannot bite.
 * - INVALID_ANNOTATION in zod/v4/core/util.js and regexes.js: comments that mention `@__PURE__` in prose,
 *   above real annotations Rollup does read; it drops those prose comments, the output is unchanged.
 * Any other warning, and these from any other file, is still printed.
 */
function onwarn(warning, warn) {
  const inZod = (id) => /[\\/]node_modules[\\/]zod[\\/]/.test(id ?? '');
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(inZod)) return;
  if (warning.code === 'INVALID_ANNOTATION' && inZod(warning.id)) return;
  warn(warning);
}

const output = {
  dir: 'dist',
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  sourcemap: false,
  // ts-fsrs is loaded on demand by <fact-card> deck sessions: its chunk gets a name that says so.
  // The per-language tables (src/messages/locales/) import only the formatting helpers: in a chunk
  // of their own, both builds emit the same bytes, so each language is one file shared by both bundles.
  manualChunks: (id) => {
    const path = id.replaceAll('\\', '/');
    if (path.includes('/node_modules/ts-fsrs/')) return 'fsrs';
    if (path.endsWith('/src/messages/format.ts')) return 'format';
    return undefined;
  },
};

export default [
  {
    input: { 'defence-learning': 'src/cdn/autoloader.ts', quiz: 'src/quiz/index.ts', 'fact-card': 'src/fact-card/index.ts' },
    output,
    onwarn,
    // Chunks loaded on demand may import from an entry: no facade file in front of it.
    preserveEntrySignatures: 'allow-extension',
    plugins: [...plugins(), parallelDynamicImports(), autoloaderChunkLists()],
  },
  // Built on its own so that it shares no chunk with the Lit elements: one file, no Lit, no zod.
  {
    input: { 'acronym-tip': 'src/acronym-tip/index.ts' },
    output,
    onwarn,
    // The reader of glossaries other than the built-in one is a chunk loaded on demand; it may import from the
    // entry itself, so the entry stays one file the autoloader requests, not a facade over a chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: plugins(),
  },
  // The authoring page's script (demo/author.html): validation and the GIFT converter with its parser,
  // built on its own so that gift-pegjs never reaches an element's bundle.
  {
    input: { authoring: 'src/authoring/index.ts' },
    output,
    onwarn,
    plugins: [giftParserAsModule(), ...plugins()],
  },
];
