// The npm package as apps and tools meet it (after `npm run build`): every entry imports in a bare
// Node process without touching the DOM, the schema entry validates there, a server renders the
// elements with Lit SSR, and the manifest describes what ships.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** Runs an ES module in a fresh `node` process at the package root (so `defence-learning/…` resolves to this package). */
function runNode(code) {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
}

const codeEntries = Object.keys(packageJson.exports).filter((key) => packageJson.exports[key].types && !key.startsWith('./jsx/') && key !== './react');

test('every entry imports in a bare Node process (no document, no window) without throwing', () => {
  for (const key of codeEntries) {
    const specifier = key === '.' ? 'defence-learning' : `defence-learning/${key.slice(2)}`;
    const out = runNode(`
      const module = await import('${specifier}');
      if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('importing ${specifier} defined a DOM global');
      console.log(Object.keys(module).length);`);
    assert.ok(Number(out) > 0, `${specifier} exports nothing`);
  }
});

test('defence-learning/schema validates a bank in Node and names the problems by path', () => {
  const out = runNode(`
    import { validateBank } from 'defence-learning/schema';
    const ok = validateBank({ id: 'b', title: 'B', lang: 'en', description: 'd', sources: [{ id: 's', title: 'S', publisher: 'P', date: '2018' }],
      questions: [{ id: 'q', type: 'true-false', prompt: 'P?', answer: true, explanation: 'E.', source: { ref: 's', quote: 'Q' } }] });
    const bad = validateBank({ id: 'b' });
    console.log(JSON.stringify({ ok: ok.ok, bad: bad.ok, paths: bad.ok ? [] : bad.issues.map((i) => i.path) }));`);
  const result = JSON.parse(out);
  assert.equal(result.ok, true);
  assert.equal(result.bad, false);
  assert.ok(result.paths.includes('questions'), `issues name no "questions" path: ${result.paths.join(', ')}`);
});

test('Lit SSR renders the quiz and a fact card on the server without throwing', () => {
  const out = runNode(`
    import { render } from '@lit-labs/ssr';
    import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
    import { html } from 'lit';
    import 'defence-learning';
    const page = collectResultSync(render(html\`<defence-quiz bank="csdp"></defence-quiz><fact-card front="What is PESCO?" back="Permanent structured cooperation"></fact-card>\`));
    console.log(page);`);
  assert.match(out, /<defence-quiz[^>]*>\s*<template shadowroot(mode)?="open"/, 'the quiz has no declarative shadow root');
  assert.match(out, /Loading quiz/, 'the quiz does not render its loading state');
  assert.match(out, /What is PESCO\?/, 'the fact card does not render its front');
});

test('custom-elements.json describes the shipped modules: tags, typed events, literal unions', () => {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement).map((d) => ({ module, d })));
  assert.deepEqual(elements.map(({ d }) => d.tagName).sort(), ['acronym-tip', 'defence-quiz', 'fact-card']);
  for (const { module, d } of elements) {
    assert.ok(existsSync(`${root}${module.path}`), `${d.tagName}: ${module.path} is not in the package`);
    assert.ok(
      module.exports.some((e) => e.kind === 'custom-element-definition' && e.name === d.tagName),
      `${d.tagName}: no custom-element-definition export`,
    );
    for (const event of d.events ?? []) {
      assert.ok(event.name && event.type?.text, `${d.tagName}: an event without a name or type: ${JSON.stringify(event)}`);
      const prefix = { 'defence-quiz': 'quiz-', 'fact-card': 'card-', 'acronym-tip': 'tip-' }[d.tagName];
      assert.ok(event.name.startsWith(prefix), `${d.tagName}: event ${event.name} is not prefixed ${prefix}`);
    }
    for (const attribute of d.attributes ?? []) {
      assert.ok(attribute.type?.text, `${d.tagName}: attribute ${attribute.name} has no type`);
      assert.doesNotMatch(attribute.type.text, /^[A-Z]\w+$/, `${d.tagName}: attribute ${attribute.name} is typed by an alias (${attribute.type.text})`);
    }
  }
  const quiz = elements.find(({ d }) => d.tagName === 'defence-quiz').d;
  assert.equal(quiz.attributes.find((a) => a.name === 'mode').type.text, "'practice' | 'exam'");
});

test('the editor and JSX typings are generated from the manifest', () => {
  const vscode = JSON.parse(readFileSync(`${root}dist/vscode.html-custom-data.json`, 'utf8'));
  assert.deepEqual(vscode.tags.map((t) => t.name).sort(), ['acronym-tip', 'defence-quiz', 'fact-card']);
  const webTypes = JSON.parse(readFileSync(`${root}dist/web-types.json`, 'utf8'));
  assert.equal(webTypes.name, 'defence-learning');
  const jsx = readFileSync(`${root}dist/jsx/custom-elements.d.ts`, 'utf8');
  assert.match(jsx, /"onquiz-complete"\?: \(e: QuizCompleteEvent\) => void/);
  for (const framework of ['react', 'preact', 'solid']) assert.ok(existsSync(`${root}dist/jsx/${framework}.d.ts`), `no JSX types for ${framework}`);
});

test('publint --strict and are-the-types-wrong find nothing', () => {
  execFileSync('npx', ['publint', '--strict'], { cwd: root, stdio: 'pipe' });
  execFileSync('npx', ['attw', '--pack', '.', '--profile', 'esm-only'], { cwd: root, stdio: 'pipe' });
});
