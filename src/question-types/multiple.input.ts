import { html } from 'lit';

import { optionRow } from './choice-row.input.js';
import type { QuestionInputModule } from './input-context.js';
import { inLayoutOrder } from './question-type.js';
import { tickList } from './worksheet-space.input.js';

/** `multiple`: checkboxes. */
export const multipleInput: QuestionInputModule<'multiple'> = {
  render: (ctx) => {
    const picked = ctx.response ?? [];
    const toggle = (id: string, on: boolean) => {
      const others = (ctx.latest() ?? []).filter((p) => p !== id);
      ctx.onChange(on ? [...others, id] : others);
    };
    return html`<ul class="options" role="list">
      ${inLayoutOrder(ctx.question.options, ctx.layout).map((o) =>
        optionRow(
          o,
          picked.includes(o.id),
          html`<input
            type="checkbox"
            value=${o.id}
            .checked=${picked.includes(o.id)}
            ?disabled=${ctx.revealed}
            @change=${(e: Event) => toggle(o.id, (e.target as HTMLInputElement).checked)}
          />`,
          ctx,
        ),
      )}
    </ul>`;
  },
  worksheet: (q, layout) => tickList(inLayoutOrder(q.options, layout)),
};
