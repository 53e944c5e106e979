import { html } from 'lit';

import { optionRow } from './choice-row.input.js';
import type { QuestionInputModule } from './input-context.js';

/** `true-false`: two radio buttons, True and False. */
export const trueFalseInput: QuestionInputModule<'true-false'> = {
  render: (ctx) => {
    const options = [
      { id: 'true', value: true, text: ctx.msg.trueLabel, correct: ctx.question.answer },
      { id: 'false', value: false, text: ctx.msg.falseLabel, correct: !ctx.question.answer },
    ];
    return html`<ul class="options options-inline" role="list">
      ${options.map((o) =>
        optionRow(
          o,
          ctx.response === o.value,
          html`<input type="radio" name=${ctx.idPrefix} value=${o.id} .checked=${ctx.response === o.value} ?disabled=${ctx.revealed} @change=${() => ctx.onChange(o.value)} />`,
          ctx,
        ),
      )}
    </ul>`;
  },
  worksheet: (_q, _layout, w) => html`<p class="ws-tf">${w.trueFalse}</p>`,
};
