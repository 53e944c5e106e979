// The acronym demo's only script (strict CSP: no inline scripts). It defines a small component
// whose text sits in its own shadow root, where the page's [data-acronyms] cannot reach, and
// annotates that text with annotateAcronyms() to show tips working, and placed, inside it.
import { annotateAcronyms } from '../dist/acronym-tip.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: block; margin: 2rem 0; }
  aside { border-inline-start: 4px solid #0b4fa8; padding: 0.25rem 1rem; overflow: hidden; border-radius: 0 0.5rem 0.5rem 0;
          background: color-mix(in srgb, currentColor 6%, transparent); }
  h2 { font-size: 1.1rem; margin: 0.5rem 0; }
  @media (prefers-color-scheme: dark) { aside { border-color: #8ab4f8; } }
`);

class DemoFactbox extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const aside = document.createElement('aside');
    const title = document.createElement('h2');
    title.textContent = 'In short (a component with its own shadow root)';
    const text = document.createElement('p');
    text.textContent =
      'PESCO, CARD and the European Defence Fund strengthen what member states can do together; NATO remains an ' +
      'indispensable strategic partner, and the HR/VP reports on their cooperation. The box clips its overflow, yet the tips show in full.';
    aside.append(title, text);
    root.append(aside);
    void annotateAcronyms(root, { mode: 'all' });
  }
}
customElements.define('demo-factbox', DemoFactbox);
