import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

import type { Messages } from '../messages/messages.js';
import type { ChoiceOption } from './choice-options.js';

/** What a choice row needs to know besides its option. */
interface RowState {
  revealed: boolean;
  msg: Messages['quiz'];
}

function mark(option: { correct: boolean }, chosen: boolean, ctx: RowState) {
  if (!ctx.revealed || (!option.correct && !chosen)) return nothing;
  const words = [option.correct ? ctx.msg.rightAnswer : '', chosen ? ctx.msg.yourChoice : ''].filter(Boolean).join(', ');
  return html`<span class="mark">(${words})</span>`;
}

/** One option of `single`, `multiple` or `true-false`: its control, its text, and once revealed its mark and feedback. */
export function optionRow(option: Pick<ChoiceOption, 'id' | 'text' | 'correct' | 'feedback'>, chosen: boolean, input: TemplateResult, ctx: RowState) {
  const classes = { option: true, chosen, 'is-right': ctx.revealed && option.correct, 'is-wrong': ctx.revealed && chosen && !option.correct };
  const showFeedback = ctx.revealed && option.feedback && (chosen || option.correct);
  return html`<li class=${classMap(classes)} part="option">
    <label>${input}<span class="option-text">${option.text}</span>${mark(option, chosen, ctx)}</label>
    ${showFeedback ? html`<p class="option-feedback">${option.feedback}</p>` : nothing}
  </li>`;
}
