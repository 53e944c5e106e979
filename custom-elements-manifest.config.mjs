import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `export type QuizMode = 'practice' | 'exam';` and the like in src/: editors and JSX types need the literals, not the alias. */
function stringLiteralAliases(dir = 'src') {
  const aliases = new Map();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      for (const [alias, union] of stringLiteralAliases(path)) aliases.set(alias, union);
    } else if (name.endsWith('.ts')) {
      for (const match of readFileSync(path, 'utf8').matchAll(/export type (\w+) = ('[^']*'(?:\s*\|\s*'[^']*')*);/g))
        aliases.set(match[1], match[2].replace(/\s+/g, ' '));
    }
  }
  return aliases;
}

/** Where a source module ships: src/quiz/defence-quiz.ts → dist/esm/quiz/defence-quiz.js. */
const shipped = (path) => (typeof path === 'string' && path.startsWith('src/') ? path.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js') : path);

/**
 * Makes the manifest describe the package as shipped: module paths in dist/esm/, events only with a
 * name and a type (the analyzer also lists each `dispatchEvent(new XEvent())` without its name,
 * which the `@fires {XEvent} name` tags already give), literal unions instead of type aliases, each
 * attribute's property, and each element's tag definition.
 */
function shippedManifest() {
  const aliases = stringLiteralAliases();
  const expand = (type) => {
    if (!type?.text) return;
    type.text = type.text.replace(/\b\w+\b/g, (word) => aliases.get(word) ?? word);
  };
  return {
    name: 'defence-learning-shipped-manifest',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = shipped(module.path);
        for (const exported of module.exports ?? []) if (exported.declaration) exported.declaration.module = shipped(exported.declaration.module);
        for (const declaration of module.declarations ?? []) {
          // A base class such as QuizAttributes is no element of its own: only tagged classes are registered.
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          // Registered by defineElement() in each element's index.ts, which the analyzer does not follow.
          if (declaration.customElement && declaration.tagName && !(module.exports ?? []).some((e) => e.kind === 'custom-element-definition')) {
            (module.exports ??= []).push({
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: declaration.name, module: module.path },
            });
          }
          if (declaration.superclass) declaration.superclass.module = shipped(declaration.superclass.module);
          // A plain element's observedAttributes come without the property each one reflects.
          for (const attribute of declaration.attributes ?? []) {
            const field = attribute.name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
            const member = (declaration.members ?? []).find((m) => m.name === field && m.kind === 'field');
            if (!member) continue;
            attribute.fieldName ??= field;
            member.attribute ??= attribute.name;
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.type);
          for (const member of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            expand(member.type);
            if (member.inheritedFrom) member.inheritedFrom.module = shipped(member.inheritedFrom.module);
          }
        }
      }
    },
  };
}

export default {
  // The elements' own folders: their classes, events and JSDoc are what tools and editors need.
  globs: ['src/quiz/*.ts', 'src/fact-card/*.ts', 'src/acronym-tip/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise point package.json's "customElements" at wherever it wrote, which
  // the staleness test (tests/node/generated-files.test.mjs) does in a temporary folder.
  packagejson: false,
  plugins: [shippedManifest()],
};
