import { html, nothing } from 'lit';

/**
 * The chosen option's whole text, under a choice list (match rows, cloze blanks). A native list cannot wrap, so on a
 * narrow row a long name is cut at its edge ("Organization for Security and Co…"); the styles show this line only
 * there (a container query). Hidden from the accessibility tree: the list already says its value.
 */
export const chosenText = (text: string | undefined) => (text ? html`<span class="chosen-text" aria-hidden="true">${text}</span>` : nothing);
