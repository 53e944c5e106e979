import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { langOf } from './lang.js';
import { tablesVersion } from './registry.js';
import { watchLang } from './watch-lang.js';

/**
 * Re-renders a Lit element when the language in force at it changes at run time (a `lang`
 * attribute on it, an ancestor or `<html>`), or when the table of its language arrives: until a
 * lazily loaded language is there, the element shows English, then renders again. One line in an
 * element: `private readonly locale = new LocaleController(this);`.
 */
export class LocaleController implements ReactiveController {
  #rendered = '';
  #stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The language in force at the host, a tag `Intl` accepts. */
  get lang(): string {
    return langOf(this.host);
  }

  #key(): string {
    return `${langOf(this.host)} ${tablesVersion()}`;
  }

  hostConnected(): void {
    this.#stop = watchLang(() => {
      if (this.#key() !== this.#rendered) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  hostUpdate(): void {
    this.#rendered = this.#key();
  }
}
