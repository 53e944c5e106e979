import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';

import { chosenText } from './chosen-text.input.js';
import { clozeMarkers, clozeParts } from './cloze.js';
import type { QuestionInputModule } from './input-context.js';
import { ownValue } from './question-type.js';

/** `cloze`: the passage with a typed field or a choice list in each blank. */
export const clozeInput: QuestionInputModule<'cloze'> = {
  render: (ctx) => {
    const q = ctx.question;
    const given = ctx.response ?? {};
    const total = clozeMarkers(q.text).length;
    let n = 0;
    const set = (id: string, value: string) => ctx.onChange({ ...ctx.latest(), [id]: value });
    return html`<p class="cloze">
      ${clozeParts(q.text).map((part) => {
        if ('text' in part) return part.text;
        const blank = q.blanks[part.blank];
        // Not reached for a validated bank, whose rules define every blank its text names.
        if (!blank) return nothing;
        const label = ctx.msg.blankLabel(++n, total);
        const right = ctx.revealed && !!ctx.graded?.rightBlanks?.has(part.blank);
        const classes = { blank: true, 'is-right': right, 'is-wrong': ctx.revealed && !right };
        const control = blank.options
          ? html`<select class=${classMap(classes)} aria-label=${label} ?disabled=${ctx.revealed} @change=${(e: Event) => set(part.blank, (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!ownValue(given, part.blank)}>${ctx.msg.choosePlaceholder}</option>
              ${blank.options.map((o) => html`<option value=${o} ?selected=${ownValue(given, part.blank) === o}>${o}</option>`)}
            </select>${chosenText(blank.options.find((o) => o === ownValue(given, part.blank)))}`
          : html`<input
              class=${classMap(classes)}
              type="text"
              autocomplete="off"
              spellcheck="false"
              aria-label=${label}
              size=${Math.max(6, ...blank.accept.map((a) => a.length))}
              .value=${live(ownValue(given, part.blank) ?? '')}
              ?disabled=${ctx.revealed}
              @input=${(e: Event) => set(part.blank, (e.target as HTMLInputElement).value)}
            />`;
        return html`${control}${ctx.revealed && !right ? html`<span class="mark">(${blank.accept[0]})</span>` : nothing}`;
      })}
    </p>`;
  },
  worksheet: (q) => html`<p class="ws-cloze">
    ${clozeParts(q.text).map((part) => {
      if ('text' in part) return part.text;
      const options = ownValue(q.blanks, part.blank)?.options;
      return html`<span class="ws-blank"></span>${options ? html` (${options.join(' / ')})` : nothing}`;
    })}
  </p>`,
};
