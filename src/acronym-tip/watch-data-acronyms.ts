/**
 * The declarative side of annotation: every element with a `data-acronyms` attribute is annotated
 * when the page has loaded, and again whenever content is added inside it later.
 *
 * - `data-acronyms` or `data-acronyms="first"`: each term's first occurrence; `data-acronyms="all"`: every one.
 * - `data-acronyms-glossary="<url>"`: a glossary file instead of the built-in one; with
 *   `data-acronyms-glossary-mode="extend"`, added to it.
 * - `data-acronyms-exclude="EU, NATO"`: terms (comma-separated) never annotated here.
 * - Removing the attribute takes the tips out; changing it annotates afresh.
 */
import { type AcronymMode, annotateIn, pausedWhileWriting, removeAcronyms } from './annotate-acronyms.js';
import { chooseGlossary, type ChosenGlossary, chosenGlossary, type GlossaryChoice } from './choose-glossary.js';
import { warnOnce } from './glossary-source.js';

const SCOPE = '[data-acronyms]';

/** Set on a document once it is watched, shared by every copy of the library on the page. */
const WATCHED = Symbol.for('defence-learning.data-acronyms');

/**
 * The scope's attribute, one of `values` (the first when absent or unusable). An unusable value is warned about once,
 * worded as src/invalid-attribute.ts words it for the other elements, through the tips' own warnOnce (a smaller bundle).
 */
function scopeAttribute<const T extends string>(scope: Element, attribute: string, values: readonly [T, T]): T {
  const value = scope.getAttribute(attribute) as T | null;
  const usable = value !== null && values.includes(value);
  if (value && !usable)
    warnOnce(
      `${attribute}\u0000${value}`,
      `<${scope.localName}> ${attribute}="${value}" is not valid (expected "${values.join('" or "')}"); using "${values[0]}" instead.`,
    );
  return usable ? value : values[0];
}

const modeOf = (scope: Element): AcronymMode => scopeAttribute(scope, 'data-acronyms', ['first', 'all']);

/** Annotates `targets` (the whole scope when absent) once the scope's glossary is loaded. */
function annotateScope(scope: Element, targets: Node[] = [scope]) {
  const choice: GlossaryChoice = {
    glossary: scope.getAttribute('data-acronyms-glossary'),
    glossaryMode: scopeAttribute(scope, 'data-acronyms-glossary-mode', ['replace', 'extend']),
    exclude: scope.getAttribute('data-acronyms-exclude')?.split(','),
  };
  const run = (glossary: ChosenGlossary | null) => {
    if (!glossary || !scope.isConnected || !scope.hasAttribute('data-acronyms')) return;
    const live = targets.filter((t) => t.isConnected && scope.contains(t));
    void annotateIn(scope, live, { ...glossary, mode: modeOf(scope), nestedScopes: true });
  };
  const loaded = chosenGlossary(choice);
  if (loaded !== undefined) run(loaded);
  else void chooseGlossary(choice).then(run);
}

function onChanges(records: MutationRecord[]) {
  const added = new Map<Element, Node[]>();
  for (const record of records) {
    const target = record.target as Element;
    if (record.type === 'attributes') {
      const isScope = target.hasAttribute('data-acronyms');
      if (record.oldValue === target.getAttribute(record.attributeName!)) continue;
      if (record.attributeName !== 'data-acronyms' && !isScope) continue;
      removeAcronyms(target);
      for (const scope of [target, ...target.querySelectorAll(SCOPE)]) if (scope.hasAttribute('data-acronyms')) annotateScope(scope);
      // No longer a scope of its own, its text belongs to the scope around it, if any.
      const outer = isScope ? null : target.parentElement?.closest(SCOPE);
      if (outer) annotateScope(outer, [target]);
      continue;
    }
    for (const node of record.addedNodes) {
      if (!node.isConnected) continue;
      if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        for (const scope of element.querySelectorAll(SCOPE)) annotateScope(scope);
        if (element.matches(SCOPE)) {
          annotateScope(element);
          continue;
        }
      }
      const scope = target.nodeType === Node.ELEMENT_NODE ? target.closest(SCOPE) : null;
      if (!scope) continue;
      const nodes = added.get(scope);
      if (nodes) nodes.push(node);
      else added.set(scope, [node]);
    }
  }
  for (const [scope, nodes] of added) annotateScope(scope, nodes);
}

/** Annotates `doc`'s `[data-acronyms]` elements now (or once it has loaded) and as content is added. */
export function watchDataAcronyms(doc: Document): void {
  const flagged = doc as Document & { [WATCHED]?: boolean };
  if (flagged[WATCHED]) return;
  flagged[WATCHED] = true;
  const observer = new MutationObserver(onChanges);
  const watch = () =>
    observer.observe(doc, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['data-acronyms', 'data-acronyms-glossary', 'data-acronyms-glossary-mode', 'data-acronyms-exclude'],
    });
  // Annotation's own writes go unobserved; the page's changes made before them are kept for later.
  let held: MutationRecord[] = [];
  const start = () => {
    for (const scope of doc.querySelectorAll(SCOPE)) annotateScope(scope);
    watch();
    pausedWhileWriting.add({
      pause() {
        held.push(...observer.takeRecords());
        observer.disconnect();
      },
      resume() {
        watch();
        if (held.length === 0) return;
        const records = held;
        held = [];
        queueMicrotask(() => onChanges(records));
      },
    });
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
