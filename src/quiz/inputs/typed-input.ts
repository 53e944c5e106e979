import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { InputContext } from './input-context.js';

/** `numeric`: a text field (so "2,5" and "1 000" can be read), with the unit beside it. */
export function numericInput(ctx: InputContext<'numeric'>) {
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
        .value=${live(ctx.response === undefined || ctx.response === null ? '' : String(ctx.response))}
        ?disabled=${ctx.revealed}
        @input=${(e: Event) => ctx.onChange((e.target as HTMLInputElement).value)}
      />
      ${ctx.question.unit ? html`<span id=${unitId} class="unit">${ctx.question.unit}</span>` : nothing}
    </span>
  </div>`;
}

/** `text`: one line, compared forgivingly (see grading/text-match.ts). */
export function textInput(ctx: InputContext<'text'>) {
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
}
