/**
 * The drop-in script, dist/defence-learning.js (the built one: `npm run build` first), as a long course page uses it:
 * elements marked `loading="lazy"` get their code only as the reader scrolls near them. One page for the file: the
 * script loads once per page, as it does on a teacher's page.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from './helpers/wait-until.js';

const DROP_IN = '/dist/defence-learning.js';
const defined = (tag: string) => customElements.get(tag) !== undefined;
const requested = (file: string) => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(`/dist/${file}`));
/** Two frames: intersection observers have then reported on everything laid out before the first. */
const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function add(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder;
}

describe('dist/defence-learning.js, the drop-in script', () => {
  it('loads the code of lazy elements only once the reader scrolls near one; elements in view or not marked lazy (an odd value included), at once', async () => {
    // In view, though marked lazy: loads at once.
    add('<fact-card loading="lazy" front="What does PESCO stand for?" back="Permanent structured cooperation"></fact-card>');
    // Far below, with a value that is not "lazy" (read as `<img loading>` reads one: eager): loads at once.
    add('<div class="spacer"></div><defence-quiz bank="sample" loading=" lazy">The quiz needs JavaScript.</defence-quiz>');
    // Far below that, marked lazy (in upper case, as a CMS may write it): a tip and an annotated article wait.
    const below = add(
      '<div class="spacer"></div><p>The <acronym-tip loading="LAZY">HR/VP</acronym-tip>.</p>' +
        '<article data-acronyms data-acronyms-loading="lazy"><p>Missions under the CSDP.</p></article>',
    );
    for (const spacer of document.querySelectorAll<HTMLElement>('.spacer')) spacer.style.height = `${3 * innerHeight}px`;

    await import(/* @vite-ignore */ DROP_IN);
    await customElements.whenDefined('fact-card');
    await customElements.whenDefined('defence-quiz');
    await twoFrames();
    expect(defined('acronym-tip'), 'the tips far below').to.be.false;
    expect(requested('acronym-tip.js')).to.be.false;
    expect(below.querySelector('article acronym-tip'), 'the article far below, annotated').to.be.null;

    below.querySelector('article')!.scrollIntoView();
    await customElements.whenDefined('acronym-tip');
    expect(requested('acronym-tip.js')).to.be.true;
    await waitUntil(() => below.querySelector('article acronym-tip'), 'the article was not annotated once near');
    expect(below.querySelector('article acronym-tip')!.textContent).to.equal('CSDP');
  });
});
