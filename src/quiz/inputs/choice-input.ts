import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { ChoiceOption } from '../../schema/bank-schema.js';
import { inLayoutOrder, type InputContext } from './input-context.js';

function mark(option: { correct: boolean }, chosen: boolean, ctx: { revealed: boolean; msg: InputContext<'single'>['msg'] }) {
  if (!ctx.revealed || (!option.correct && !chosen)) return nothing;
  const words = [option.correct ? ctx.msg.rightAnswer : '', chosen ? ctx.msg.yourChoice : ''].filter(Boolean).join(', ');
  return html`<span class="mark">(${words})</span>`;
}

function optionRow(
  option: Pick<ChoiceOption, 'id' | 'text' | 'correct' | 'feedback'>,
  chosen: boolean,
  input: unknown,
  ctx: { revealed: boolean; msg: InputContext<'single'>['msg'] },
) {
  const classes = { option: true, chosen, 'is-right': ctx.revealed && option.correct, 'is-wrong': ctx.revealed && chosen && !option.correct };
  const showFeedback = ctx.revealed && option.feedback && (chosen || option.correct);
  return html`<li class=${classMap(classes)} part="option">
    <label>${input}<span class="option-text">${option.text}</span>${mark(option, chosen, ctx)}</label>
    ${showFeedback ? html`<p class="option-feedback">${option.feedback}</p>` : nothing}
  </li>`;
}

/** `single` and `true-false`: radio buttons. */
export function singleInput(ctx: InputContext<'single'>) {
  const options = inLayoutOrder(ctx.question.options, ctx.layout);
  return html`<ul class="options" role="list">
    ${options.map((o) =>
      optionRow(
        o,
        ctx.response === o.id,
        html`<input type="radio" name=${ctx.idPrefix} value=${o.id} .checked=${ctx.response === o.id} ?disabled=${ctx.revealed} @change=${() => ctx.onChange(o.id)} />`,
        ctx,
      ),
    )}
  </ul>`;
}

export function trueFalseInput(ctx: InputContext<'true-false'>) {
  const options = [
    { id: 'true', value: true, text: ctx.msg.trueLabel, correct: ctx.question.answer === true },
    { id: 'false', value: false, text: ctx.msg.falseLabel, correct: ctx.question.answer === false },
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
}

/** `multiple`: checkboxes. */
export function multipleInput(ctx: InputContext<'multiple'>) {
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
}
