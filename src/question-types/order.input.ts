import { html } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

import type { QuestionInputModule } from './input-context.js';
import { orderQuestion } from './order.js';
import { inLayoutOrder } from './question-type.js';
import { tickList } from './worksheet-space.input.js';

/**
 * `order`: a list with move-up and move-down buttons on every item, so reordering needs no
 * dragging. Buttons at the ends stay focusable (aria-disabled), so focus is never dropped.
 */
export const orderInput: QuestionInputModule<'order'> = {
  render: (ctx) => {
    const q = ctx.question;
    const current = ctx.response && ctx.response.length === q.items.length ? ctx.response : orderQuestion.initialResponse(q, ctx.layout);
    const text = (id: string) => q.items.find((i) => i.id === id)?.text ?? '';
    const move = (from: number, to: number, direction: 'up' | 'down') => {
      const [moving, other] = [current[from], current[to]];
      if (moving === undefined || other === undefined) return;
      const next = [...current];
      [next[from], next[to]] = [other, moving];
      ctx.onChange(next);
      ctx.announce(ctx.msg.moved(text(moving), to + 1, current.length));
      // The list re-renders in the new order; focus follows the item that moved, not the slot.
      ctx.focusAfterRender(`[data-move="${moving}:${direction}"]`);
    };
    return html`<ol class="order-list">
      ${current.map((id, i) => {
        const rightPlace = ctx.revealed && q.items[i]?.id === id;
        return html`<li class=${classMap({ 'order-item': true, 'is-right': rightPlace, 'is-wrong': ctx.revealed && !rightPlace })} part="option">
          <span class="order-text">${text(id)}</span>
          ${
            ctx.revealed
              ? html`<span class="mark">(${rightPlace ? ctx.msg.rightPlace : ctx.msg.belongsAt(q.items.findIndex((item) => item.id === id) + 1)})</span>`
              : html`<span class="order-buttons">
                <button type="button" class="icon-button" data-move=${`${id}:up`} aria-label=${ctx.msg.moveUp(text(id))} aria-disabled=${i === 0 ? 'true' : 'false'} @click=${() => move(i, i - 1, 'up')}>↑</button>
                <button type="button" class="icon-button" data-move=${`${id}:down`} aria-label=${ctx.msg.moveDown(text(id))} aria-disabled=${i === current.length - 1 ? 'true' : 'false'} @click=${() => move(i, i + 1, 'down')}>↓</button>
              </span>`
          }
        </li>`;
      })}
    </ol>`;
  },
  worksheet: (q, layout, w) => html`<p class="ws-hint">${w.orderHint}</p>
    ${tickList(inLayoutOrder(q.items, layout))}`,
};
