import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';

import type { QuestionInputModule } from './input-context.js';
import { answerLine } from './worksheet-space.input.js';

/** `numeric`: a text field (so "2,5" and "1 000" can be read), with the unit beside it. */
export const numericInput: QuestionInputModule<'numeric'> = {
  render: (ctx) => {
    const id = `${ctx.idPrefix}-number`;
    const unitId = `${id}-unit`;
    return html`<div class="typed">
      <label for=${id}>${ctx.msg.numberLabel}</label>
      <span class="typed-row">
        <input
          id=${id}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${ctx.question.unit ? unitId : nothing}
          .value=${live(ctx.response === undefined ? '' : String(ctx.response))}
          ?disabled=${ctx.revealed}
          @input=${(e: Event) => ctx.onChange((e.target as HTMLInputElement).value)}
        />
        ${ctx.question.unit ? html`<span id=${unitId} class="unit">${ctx.question.unit}</span>` : nothing}
      </span>
    </div>`;
  },
  worksheet: (q, _layout, w) => answerLine(w, q.unit),
};
