import { html } from 'lit';

import { optionRow } from './choice-row.input.js';
import type { QuestionInputModule } from './input-context.js';
import { inLayoutOrder } from './question-type.js';
import { tickList } from './worksheet-space.input.js';

/** `single`: radio buttons. */
export const singleInput: QuestionInputModule<'single'> = {
  render: (ctx) => html`<ul class="options" role="list">
    ${inLayoutOrder(ctx.question.options, ctx.layout).map((o) =>
      optionRow(
        o,
        ctx.response === o.id,
        html`<input type="radio" name=${ctx.idPrefix} value=${o.id} .checked=${ctx.response === o.id} ?disabled=${ctx.revealed} @change=${() => ctx.onChange(o.id)} />`,
        ctx,
      ),
    )}
  </ul>`,
  worksheet: (q, layout) => tickList(inLayoutOrder(q.options, layout)),
};
