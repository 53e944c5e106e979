import { html } from 'lit';
import type { Messages } from '../messages/messages.js';
import type { Bank, Question } from '../schema/bank-schema.js';

/** Only web addresses become links: a `javascript:` URL in a bank must never be clickable. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

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

