import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * In src/, built-in content sits in the repository's questions/ folder, one level up; in the
 * bundle it sits beside the module, in dist/questions/ (copied there by scripts/copy-content.mjs).
 */
function builtinContentBesideBundle() {
  return {
    name: 'builtin-content-beside-bundle',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('src/content/builtin-content-url.ts')) return null;
      const out = code.replace("'../../questions/'", "'./questions/'");
      if (out === code) this.error('builtin-content-url.ts no longer holds the path this plugin rewrites');
      return { code: out, map: null };
    },
  };
}

/**
 * Drops comments and runs of white space inside the `css` literals of *.styles.ts files. Every run
 * becomes one space, never none, so no selector or value changes meaning.
 */
function compactStyleLiterals() {
  return {
    name: 'compact-style-literals',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const out = code.replace(/css\s*`([^`]*)`/g, (_, body) => `css\`${body.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\s+/g, ' ').trim()}\``);
      return { code: out, map: null };
    },
  };
}

const plugins = (declarations) => [
  builtinContentBesideBundle(),
  resolve({ browser: true, exportConditions: ['production'] }),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    exclude: ['src/cli/**'],
    declaration: declarations,
    declarationDir: declarations ? 'dist/types' : undefined,
    outDir: 'dist',
    noEmitOnError: true,
  }),
  // After TypeScript, which compiles from the files on disk and would ignore an earlier transform.
  compactStyleLiterals(),
  terser({ module: true, format: { comments: false }, compress: { passes: 2 } }),
];

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
    input: { 'defence-learning': 'src/index.ts' },
    output,
    plugins: plugins(true),
  },
  // Built on its own so that it shares no chunk with the main bundle: one file, no Lit, no zod.
  {
    input: { 'acronym-tip': 'src/acronym-tip/standalone.ts' },
    output,
    plugins: plugins(false),
  },
];
