import { html } from 'lit';
import { safeHref } from '../content/safe-href.js';
import type { Messages } from '../messages/messages.js';
import type { Bank, Question } from '../schema/bank-schema.js';

/** The verbatim quote a question rests on, with its document's title, publisher and date. */
export function sourceCitation(bank: Bank, question: Question, msg: Messages['quiz']) {
  const doc = bank.sources.find((s) => s.id === question.source.ref);
  const line = doc ? msg.sourceLine(doc.title, doc.publisher, doc.date) : question.source.ref;
  const href = safeHref(doc?.url);
  return html`<figure class="source" part="source">
    <blockquote>${question.source.quote}</blockquote>
    <figcaption>${msg.source}: ${href ? html`<a href=${href} rel="noopener noreferrer">${line}</a>` : line}</figcaption>
  </figure>`;
}

export function explanationBlock(question: Question, msg: Messages['quiz']) {
  return html`<p class="explanation"><strong>${msg.explanation}:</strong> ${question.explanation}</p>`;
}

