import { html } from 'lit';
import { live } from 'lit/directives/live.js';

import type { QuestionInputModule } from './input-context.js';
import { answerLine } from './worksheet-space.input.js';

/** `text`: one line, compared forgivingly (see grading/text-match.ts). */
export const textInput: QuestionInputModule<'text'> = {
  render: (ctx) => {
    const id = `${ctx.idPrefix}-text`;
    return html`<div class="typed">
      <label for=${id}>${ctx.msg.textLabel}</label>
      <input
        id=${id}
        type="text"
        autocomplete="off"
        spellcheck="false"
        .value=${live(ctx.response ?? '')}
        ?disabled=${ctx.revealed}
        @input=${(e: Event) => ctx.onChange((e.target as HTMLInputElement).value)}
      />
    </div>`;
  },
  worksheet: (_q, _layout, w) => answerLine(w),
};
