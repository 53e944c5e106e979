import { html, nothing } from 'lit';

import { safeHref } from '../content/safe-href.js';
import type { Messages } from '../messages/messages.js';
import type { Bank, Question } from '../schema/bank-schema.js';

/** The verbatim quote a question rests on, with its document's title, publisher and date; each part only when the bank gives it. */
export function sourceCitation(bank: Bank, question: Question, msg: Messages['quiz']) {
  const { source } = question;
  if (!source) return nothing;
  const doc = source.ref === undefined ? undefined : bank.sources?.find((s) => s.id === source.ref);
  const line = doc ? msg.sourceLine(doc.title, doc.publisher, doc.date) : source.ref;
  const href = safeHref(doc?.url);
  return html`<figure class="source" part="source">
    ${source.quote ? html`<blockquote>${source.quote}</blockquote>` : nothing}
    ${line ? html`<figcaption>${msg.source}: ${href ? html`<a href=${href} rel="noopener noreferrer">${line}</a>` : line}</figcaption>` : nothing}
  </figure>`;
}

export function explanationBlock(question: Question, msg: Messages['quiz']) {
  if (!question.explanation) return nothing;
  return html`<p class="explanation"><strong>${msg.explanation}:</strong> ${question.explanation}</p>`;
}
