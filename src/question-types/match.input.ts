import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

import { chosenText } from './chosen-text.input.js';
import type { QuestionInputModule } from './input-context.js';
import { inLayoutOrder, ownValue } from './question-type.js';

/** `match`: a labelled choice list per left-hand item, so matching needs no dragging. */
export const matchInput: QuestionInputModule<'match'> = {
  render: (ctx) => {
    const q = ctx.question;
    const chosen = ctx.response ?? {};
    const rights = inLayoutOrder(q.pairs, ctx.layout);
    // Each answer belongs to one row: one chosen for two rows is pointed out on both, before checking.
    const rowsChoosing = (choice: string) => q.pairs.filter((p) => ownValue(chosen, p.id) === choice);
    return html`<ul class="match-list" role="list">
      ${q.pairs.map((pair, i) => {
        const id = `${ctx.idPrefix}-m${i}`;
        const choice = ownValue(chosen, pair.id);
        const others = ctx.revealed || !choice ? [] : rowsChoosing(choice).filter((p) => p !== pair);
        const twiceId = `${id}-twice`;
        const right = ctx.revealed && ownValue(chosen, pair.id) === pair.id;
        return html`<li class=${classMap({ 'match-row': true, 'is-right': right, 'is-wrong': ctx.revealed && !right })} part="option">
          <label for=${id} class="match-left">${pair.left}</label>
          <select id=${id} aria-describedby=${others.length ? twiceId : nothing} ?disabled=${ctx.revealed} @change=${(e: Event) => ctx.onChange({ ...ctx.latest(), [pair.id]: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!ownValue(chosen, pair.id)}>${ctx.msg.choosePlaceholder}</option>
            ${rights.map((r) => html`<option value=${r.id} ?selected=${ownValue(chosen, pair.id) === r.id}>${r.right}</option>`)}
          </select>
          ${chosenText(rights.find((r) => r.id === choice)?.right)}
          ${others.length ? html`<p class="twice" id=${twiceId}>${ctx.msg.chosenTwice(others.map((p) => p.left).join(', '))}</p>` : nothing}
          ${ctx.revealed && !right ? html`<span class="mark">(${ctx.msg.rightAnswer}: ${pair.right})</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  },
  worksheet: (q, layout, w) => html`<p class="ws-hint">${w.matchHint}</p>
    <div class="ws-match">
      <ol class="ws-left">
        ${q.pairs.map((p) => html`<li>${p.left} <span class="ws-short-blank"></span></li>`)}
      </ol>
      <ol class="ws-right" type="A">
        ${inLayoutOrder(q.pairs, layout).map((p, i) => html`<li data-letter=${String.fromCharCode(65 + (i % 26))}>${p.right}</li>`)}
      </ol>
    </div>`,
};
