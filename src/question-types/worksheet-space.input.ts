import { html, nothing, type TemplateResult } from 'lit';

import type { Messages } from '../messages/messages.js';

/**
 * The printed worksheet's room to answer, shared by the types' `worksheet` templates: a list to
 * tick, a line to write on. The classes are styled by the worksheet (quiz/quiz-worksheet.ts).
 */

/** Items to tick (options) or number (an order), each with a box. */
export const tickList = (items: ReadonlyArray<{ text: string }>): TemplateResult =>
  html`<ul class="ws-options">${items.map((item) => html`<li><span class="ws-box" aria-hidden="true"></span>${item.text}</li>`)}</ul>`;

/** A line to write the answer on, followed by its unit when it has one. */
export const answerLine = (w: Messages['worksheet'], unit?: string): TemplateResult =>
  html`<p class="ws-line">${w.answerLine}: <span class="ws-blank"></span>${unit ? ` ${unit}` : nothing}</p>`;
