/**
 * Registers a custom element once: a page that loads the library twice (two widgets on one CMS page,
 * each with its script tag, or two copies of the package) keeps the first definition instead of
 * throwing `NotSupportedError`. Outside a browser (Node, server-side rendering without a DOM shim)
 * there is no registry and nothing happens, so importing an entry never throws.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  // Absent in Node, whatever the DOM types say.
  const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
  if (registry && !registry.get(name)) registry.define(name, constructor);
}

/**
 * `HTMLElement` where there is one, else an empty class: a plain (non-Lit) element class can then be
 * declared when its module is imported in Node, where only Lit brings a DOM shim of its own.
 */
export const HTMLElementBase: typeof HTMLElement =
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- an empty stand-in base class, on purpose
  (globalThis as { HTMLElement?: typeof HTMLElement }).HTMLElement ?? (class {} as unknown as typeof HTMLElement);
