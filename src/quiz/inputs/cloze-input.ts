import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { grade } from '../../grading/grade.js';
import { clozeMarkers } from '../../schema/bank-rules.js';
import type { InputContext } from './input-context.js';

/** Splits "a {{x}} b" into text and blank ids, in order; the text parts stay plain text. */
export function clozeParts(text: string): Array<{ text: string } | { blank: string }> {
  const parts: Array<{ text: string } | { blank: string }> = [];
  let last = 0;
  for (const match of text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)) {
    parts.push({ text: text.slice(last, match.index) });
    parts.push({ blank: match[1] });
    last = match.index! + match[0].length;
  }
  parts.push({ text: text.slice(last) });
  return parts;
}

/** `cloze`: the passage with a typed field or a choice list in each blank. */
export function clozeInput(ctx: InputContext<'cloze'>) {
  const q = ctx.question;
  const given = ctx.response ?? {};
  const total = clozeMarkers(q.text).length;
  let n = 0;
  const set = (id: string, value: string) => ctx.onChange({ ...ctx.latest(), [id]: value });
  return html`<p class="cloze">
    ${clozeParts(q.text).map((part) => {
      if ('text' in part) return part.text;
      const blank = q.blanks[part.blank];
      const label = ctx.msg.blankLabel(++n, total);
      const right = ctx.revealed && grade({ ...q, blanks: { [part.blank]: blank } }, { [part.blank]: given[part.blank] ?? '' }).correct;
      const classes = { blank: true, 'is-right': right, 'is-wrong': ctx.revealed && !right };
      const control = blank.options
        ? html`<select class=${classMap(classes)} aria-label=${label} ?disabled=${ctx.revealed} @change=${(e: Event) => set(part.blank, (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!given[part.blank]}>${ctx.msg.choosePlaceholder}</option>
            ${blank.options.map((o) => html`<option value=${o} ?selected=${given[part.blank] === o}>${o}</option>`)}
          </select>`
        : html`<input
            class=${classMap(classes)}
            type="text"
            autocomplete="off"
            spellcheck="false"
            aria-label=${label}
            size=${Math.max(6, ...blank.accept.map((a) => a.length))}
            .value=${live(given[part.blank] ?? '')}
            ?disabled=${ctx.revealed}
            @input=${(e: Event) => set(part.blank, (e.target as HTMLInputElement).value)}
          />`;
      return html`${control}${ctx.revealed && !right ? html`<span class="mark">(${blank.accept[0]})</span>` : nothing}`;
    })}
  </p>`;
}
