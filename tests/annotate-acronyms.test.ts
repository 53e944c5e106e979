import '../src/acronym-tip/index.js';

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { annotateAcronyms, removeAcronyms } from '../src/acronym-tip/annotate-acronyms.js';
import { TipHarness } from './helpers/acronym-tip-harness.js';
import { captureWarnings } from './helpers/capture-warnings.js';
import { nth } from './helpers/present.js';
import { nextTask } from './helpers/storage-faults.js';
import { waitUntil } from './helpers/wait-until.js';

const GLOSSARY = '/tests/fixtures/glossary.json';
const glossary = new URL(GLOSSARY, location.href).href;

/** A fresh element holding `markup` (test-authored, trusted), attached to the page. */
function article(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  document.body.append(root);
  return root;
}

const tipTexts = (root: ParentNode) => [...root.querySelectorAll('acronym-tip')].map((t) => t.textContent);

afterEach(() => {
  for (const el of document.body.querySelectorAll(':scope > div')) el.remove();
});

describe('annotateAcronyms', () => {
  it('explains the first occurrence of each term by default', async () => {
    const root = article('<p>The CSDP and PESCO. The CSDP again, and PESCO.</p>');
    expect(await annotateAcronyms(root, { glossary: GLOSSARY })).to.equal(2);
    expect(tipTexts(root)).to.deep.equal(['CSDP', 'PESCO']);
    expect(root.textContent).to.equal('The CSDP and PESCO. The CSDP again, and PESCO.');
  });

  it("explains every occurrence in 'all' mode", async () => {
    const root = article('<p>The CSDP and PESCO.</p><p>The CSDP again, and PESCO.</p>');
    expect(await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' })).to.equal(4);
    expect(tipTexts(root)).to.deep.equal(['CSDP', 'PESCO', 'CSDP', 'PESCO']);
  });

  it('makes tips that cost a plain inline element until a reader touches one: no shadow tree until focused or hovered, then the tooltip', async () => {
    const root = article('<p><button>before</button> The CSDP and PESCO.</p><p>The CSDP again, and PESCO.</p>');
    expect(await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' })).to.equal(4);
    const tips = [...root.querySelectorAll('acronym-tip')].map((t) => new TipHarness(t));
    expect(
      tips.map((t) => t.built),
      'no tip built before it is touched',
    ).to.deep.equal([false, false, false, false]);
    expect(tips.map((t) => `${getComputedStyle(t.el).textDecorationStyle} ${t.tabStop ? 'tab stop' : 'repeat'}`)).to.deep.equal([
      'dotted tab stop',
      'dotted tab stop',
      'dotted repeat',
      'dotted repeat',
    ]);
    // A keyboard user tabs from the button to the first term: its tip opens, and describes the focused term.
    root.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const [csdp, pesco, again] = [nth(tips, 0), nth(tips, 1), nth(tips, 2)];
    // The page's first touch of a tip loads the tooltips' code.
    await csdp.loaded();
    expect(csdp.focused, 'the term has focus').to.equal(true);
    expect(csdp.showing).to.equal(true);
    expect(csdp.text('expansion')).to.equal('Common Security and Defence Policy');
    expect(csdp.el.shadowRoot!.getElementById(csdp.trigger.getAttribute('aria-describedby')!)).to.equal(csdp.tip);
    expect(pesco.built, 'the next term is not built by the first one opening').to.equal(false);
    // Tab goes on to the next term, once.
    await sendKeys({ press: 'Tab' });
    expect(pesco.focused).to.equal(true);
    expect(pesco.showing).to.equal(true);
    expect(csdp.showing).to.equal(false);
    pesco.trigger.blur();
    // A mouse user rests the pointer on a later occurrence: it is built and opens.
    await again.hover();
    await waitUntil(() => again.showing, 'the hovered tip opens');
    expect(again.text('expansion')).to.equal('Common Security and Defence Policy');
    expect(nth(tips, 3).built).to.equal(false);
    await again.moveAway();
  });

  it('makes tips that read from the same glossary and can be told from hand-written ones', async () => {
    const root = article('<p>CSDP</p>');
    await annotateAcronyms(root, { glossary: GLOSSARY });
    const tip = root.querySelector('acronym-tip')!;
    expect(tip.getAttribute('glossary')).to.equal(glossary);
    expect(tip.hasAttribute('data-acronyms-auto')).to.equal(true);
  });

  it('uses the built-in glossary when given none, and its tips name no glossary', async () => {
    const root = article('<p>The Strategic Compass and EU Readiness 2030.</p>');
    expect(await annotateAcronyms(root)).to.equal(2);
    expect(tipTexts(root)).to.deep.equal(['Strategic Compass', 'EU Readiness 2030']);
    expect(root.querySelector('acronym-tip')!.hasAttribute('glossary')).to.equal(false);
  });

  it("leaves the possessive 's outside the tip, straight or curly", async () => {
    const root = article("<p>NATO's allies and NATO’s partners</p>");
    await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' });
    expect(root.querySelector('p')!.innerHTML).to.equal(
      '<acronym-tip data-acronyms-auto="" glossary="' +
        glossary +
        // The first is a tab stop (a tip not built yet takes focus through its own tabindex), the second a repeat.
        '" tabindex="0">NATO</acronym-tip>\'s allies and <acronym-tip data-acronyms-auto="" glossary="' +
        glossary +
        '" data-acronyms-repeat="">NATO</acronym-tip>’s partners',
    );
  });

  it('tells IT from it', async () => {
    const root = article('<p>It is said that it needs IT.</p>');
    await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' });
    expect(tipTexts(root)).to.deep.equal(['IT']);
  });

  it('finds terms at the start and end of text nodes', async () => {
    const root = article('<p>CSDP<em> is run by the </em>EU</p><p><b>PESCO</b></p>');
    await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' });
    expect(tipTexts(root)).to.deep.equal(['CSDP', 'EU', 'PESCO']);
    expect(root.querySelector('em')!.textContent).to.equal(' is run by the ');
  });

  it('does not take part of a word with accented or other neighbours', async () => {
    const root = article('<p>éCSDP CSDPé NATOs EUROPE ÉU PESCO2</p>');
    await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' });
    expect(tipTexts(root)).to.deep.equal([]);
  });

  it('matches multi-word terms, slashes and aliases, the longer term winning', async () => {
    const root = article('<p>SHADE\n MED, the HR/VP, the HRVP, the EU Global Strategy and the NATO Defence Planning Process.</p>');
    await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' });
    expect(tipTexts(root)).to.deep.equal(['SHADE\n MED', 'HR/VP', 'HRVP', 'EU Global Strategy', 'NATO Defence Planning Process']);
  });

  it('skips code, links, buttons, headings, editable text and anything marked data-no-acronyms', async () => {
    const skipped = [
      '<pre>CSDP</pre>',
      '<code>CSDP</code>',
      '<kbd>CSDP</kbd>',
      '<a href="#x">CSDP</a>',
      '<button>CSDP</button>',
      '<h1>CSDP</h1>',
      '<h2>CSDP</h2>',
      '<h3>CSDP</h3>',
      '<h4>CSDP</h4>',
      '<h5>CSDP</h5>',
      '<h6>CSDP</h6>',
      '<div contenteditable="true"><p>CSDP</p></div>',
      '<div data-no-acronyms><p>The <em>CSDP</em></p></div>',
      '<textarea>CSDP</textarea>',
      '<label>CSDP <input></label>',
      '<abbr title="Common Security and Defence Policy">CSDP</abbr>',
    ];
    const root = article(`${skipped.join('')}<script type="text/plain">CSDP</script><style>/* CSDP */</style><p>Here: CSDP</p>`);
    const before = root.innerHTML;
    expect(await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' })).to.equal(1);
    expect(root.querySelector('p:last-child acronym-tip')!.textContent).to.equal('CSDP');
    removeAcronyms(root);
    expect(root.innerHTML).to.equal(before);
  });

  it('leaves existing tips alone, and in first mode does not explain their terms again', async () => {
    const root = article('<p><acronym-tip>CSDP</acronym-tip> then CSDP and NATO</p>');
    expect(await annotateAcronyms(root, { glossary: GLOSSARY })).to.equal(1);
    expect(tipTexts(root)).to.deep.equal(['CSDP', 'NATO']);
    expect(root.querySelector('acronym-tip')!.children.length).to.equal(0);
  });

  it('in first mode, still explains a term before a tip written by hand later in the article', async () => {
    const root = article('<p>The CSDP comes first.</p><p>Later, the <acronym-tip>CSDP</acronym-tip> by hand, and CSDP.</p>');
    expect(await annotateAcronyms(root, { glossary: GLOSSARY })).to.equal(1);
    expect(root.querySelector('p')!.querySelector('acronym-tip[data-acronyms-auto]')!.textContent).to.equal('CSDP');
    expect(nth(root.querySelectorAll('p'), 1).querySelectorAll('acronym-tip[data-acronyms-auto]')).to.have.length(0);
  });

  it('makes one tab stop per term on the page; later occurrences open on tap and hover but are not tab stops', async () => {
    const first = article('<p>CSDP and PESCO, then CSDP.</p>');
    const second = article('<p>Again CSDP, and NATO.</p>');
    await annotateAcronyms(first, { glossary: GLOSSARY, mode: 'all' });
    await annotateAcronyms(second, { glossary: GLOSSARY });
    const tips = [...document.querySelectorAll('acronym-tip')].map((t) => new TipHarness(t));
    await Promise.all(tips.map((t) => t.loaded()));
    expect(tips.map((t) => `${t.el.textContent} ${t.tabStop ? 'tab stop' : 'repeat'}`)).to.deep.equal([
      'CSDP tab stop',
      'PESCO tab stop',
      'CSDP repeat',
      'CSDP repeat',
      'NATO tab stop',
    ]);
    expect(tips.every((t) => t.known)).to.equal(true);
    nth(tips, 2).tap();
    expect(nth(tips, 2).showing).to.equal(true);
    expect(nth(tips, 2).text('expansion')).to.equal('Common Security and Defence Policy');
    TipHarness.tapElsewhere();
  });

  it("extends the built-in glossary with a site's own, whose entries win, and leaves out excluded terms", async () => {
    const root = article('<p>The EU, IT and the Strategic Compass, the CSDP.</p>');
    expect(await annotateAcronyms(root, { glossary: GLOSSARY, glossaryMode: 'extend', exclude: ['EU'] })).to.equal(3);
    const tips = [...root.querySelectorAll('acronym-tip')];
    expect(tips.map((t) => [t.textContent, t.getAttribute('glossary')])).to.deep.equal([
      ['IT', glossary],
      ['Strategic Compass', null],
      ['CSDP', glossary],
    ]);
    const plain = article('<p>The EU and the CSDP.</p>');
    expect(await annotateAcronyms(plain, { exclude: [' CSDP '] })).to.equal(1);
    expect(tipTexts(plain)).to.deep.equal(['EU']);
  });

  it('never annotates empty or zero-width terms, and a glossary with a term thousands of characters long stops no scope', async () => {
    const sources = [{ id: 'doc', title: 'A document', publisher: 'EEAS', date: '2018' }];
    const entry = (term: string) => ({ term, definition: 'Defined.', source: { ref: 'doc', quote: 'q' } });
    const json = { lang: 'en', sources, entries: [entry('\u200b'), entry('\u00ad\u200d'), entry('A'.repeat(20000)), entry('CSDP')] };
    const url = URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
    const warnings = captureWarnings();
    try {
      const odd = article(`<p>Zero\u200bwidth, soft\u00ad\u200dhyphen, ${'A'.repeat(20000)} and the CSDP.</p>`);
      const other = article('<p>The PESCO.</p>');
      expect(await annotateAcronyms(odd, { glossary: url })).to.equal(1);
      expect(tipTexts(odd)).to.deep.equal(['CSDP']);
      expect(await annotateAcronyms(other)).to.equal(1);
    } finally {
      warnings.restore();
      URL.revokeObjectURL(url);
    }
  });

  for (const mode of ['first', 'all'] as const) {
    it(`adds nothing when run twice (${mode})`, async () => {
      const root = article('<p>CSDP, NATO’s CSDP and the SHADE MED.</p><p>HR/VP CSDP</p>');
      await annotateAcronyms(root, { glossary: GLOSSARY, mode });
      const once = root.innerHTML;
      expect(await annotateAcronyms(root, { glossary: GLOSSARY, mode })).to.equal(0);
      expect(root.innerHTML).to.equal(once);
    });
  }

  it('removeAcronyms restores the original text exactly, node for node, and keeps hand-written tips', async () => {
    const root = article('<p>The CSDP, <b>NATO’s</b> PESCO and <acronym-tip>EU</acronym-tip>.</p><p>CSDP</p><p>SHADE MED and IT</p>');
    const original = root.cloneNode(true) as HTMLElement;
    const before = root.innerHTML;
    expect(await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' })).to.equal(6);
    expect(root.innerHTML).not.to.equal(before);
    expect(removeAcronyms(root)).to.equal(6);
    expect(root.innerHTML).to.equal(before);
    expect(root.isEqualNode(original), 'the text is back in single nodes').to.equal(true);
    root.normalize();
    expect(root.innerHTML).to.equal(before);
    expect(root.querySelectorAll('acronym-tip').length).to.equal(1);
  });

  it('annotates inside a shadow root', async () => {
    const host = article('');
    const shadow = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'The PESCO projects';
    shadow.append(p);
    expect(await annotateAcronyms(shadow, { glossary: GLOSSARY })).to.equal(1);
    expect(tipTexts(shadow)).to.deep.equal(['PESCO']);
  });

  it('does not shift the layout', async () => {
    const root = article('<p style="width: 300px">The CSDP works with NATO and the EU on SHADE MED; the HR/VP leads it.</p>');
    const p = root.querySelector('p')!;
    const endOfText = () => {
      const range = document.createRange();
      const last = p.lastChild as Text;
      range.setStart(last, last.length - 3);
      range.setEnd(last, last.length);
      return range.getBoundingClientRect().toJSON() as Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;
    };
    const box = p.getBoundingClientRect().toJSON() as Record<string, number>;
    const end = endOfText();
    expect(await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' })).to.equal(5);
    expect(p.getBoundingClientRect().toJSON()).to.deep.equal(box);
    // Splitting the text may change kerning by a fraction of a pixel, nothing a reader sees.
    const after = endOfText();
    for (const side of ['left', 'top', 'right', 'bottom'] as const) expect(after[side], side).to.be.closeTo(end[side], 0.5);
  });

  it('never touches a form field or an editable region, even when asked to annotate it', async () => {
    const root = article(
      '<textarea>The CSDP alone</textarea><input value="The CSDP"><div contenteditable="plaintext-only"><p>The CSDP</p></div><div contenteditable=""><p>NATO</p></div>',
    );
    const [textarea, input, plain, rich] = root.children as unknown as [HTMLTextAreaElement, HTMLInputElement, HTMLElement, HTMLElement];
    expect(await annotateAcronyms(textarea, { glossary: GLOSSARY, mode: 'all' })).to.equal(0);
    expect(textarea.value).to.equal('The CSDP alone');
    expect(await annotateAcronyms(input, { glossary: GLOSSARY, mode: 'all' })).to.equal(0);
    expect(await annotateAcronyms(plain.firstElementChild!, { glossary: GLOSSARY, mode: 'all' })).to.equal(0);
    expect(await annotateAcronyms(rich, { glossary: GLOSSARY, mode: 'all' })).to.equal(0);
    expect(await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' })).to.equal(0);
    expect(root.querySelector('acronym-tip')).to.equal(null);
    expect(input.value).to.equal('The CSDP');
    // A region that is not editable, inside an article, is annotated as usual.
    const island = article('<div contenteditable="false"><p>The CSDP</p></div>');
    expect(await annotateAcronyms(island, { glossary: GLOSSARY })).to.equal(1);
  });

  it('gives the main thread back while it annotates a long article, and resolves once all is done', async () => {
    const root = article('<p>The CSDP and PESCO work with NATO.</p>'.repeat(1000));
    // Urgent work (what a key press or a click gets) posted meanwhile runs between the slices, and sees the article half done.
    const scheduler = (
      globalThis as { scheduler?: { yield?: unknown; postTask?: (task: () => void, options: { priority: string; delay?: number }) => Promise<void> } }
    ).scheduler;
    const post = (task: () => void) => {
      // scheduler.yield() lets urgent work go first; without it, annotation queues its next slice behind work already queued.
      if (scheduler?.yield && scheduler.postTask) return void scheduler.postTask(task, { priority: 'user-blocking', delay: 1 });
      if (scheduler?.postTask) return void scheduler.postTask(task, { priority: 'user-visible' });
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        task();
      };
      channel.port2.postMessage(null);
    };
    const seen: number[] = [];
    let annotating = true;
    // A few hundred turns, not an endless chain of urgent tasks: Firefox runs those before any ordinary task, so the
    // turns annotation gives rendering now and then (ordinary tasks, to keep each frame small) would never come.
    const tick = () => {
      if (!annotating || seen.length === 500) return;
      seen.push(root.querySelectorAll('acronym-tip').length);
      post(tick);
    };
    post(tick);
    const added = await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' });
    annotating = false;
    expect(added).to.equal(3000);
    expect(root.querySelectorAll('acronym-tip').length).to.equal(3000);
    // Checked in Chromium only: Firefox ESR gives this probe no turn between slices (with or without scheduler.yield), an open
    // question recorded in the closing note of issue 15; the annotation itself completes there, as asserted above.
    if (scheduler?.yield && !navigator.userAgent.includes('Firefox'))
      expect(
        seen.some((count) => count > 0 && count < 3000),
        `other work ran while it worked: ${seen.join()}`,
      ).to.equal(true);
  });

  it('lets the page render while it annotates a long article, so that no frame lays out the whole of it', async () => {
    const root = article('<p>The CSDP and PESCO work with NATO.</p>'.repeat(3000));
    // What each frame found written: the page renders a few slices' tips at a time, not an article's worth at the end.
    const frames: number[] = [];
    let annotating = true;
    const frame = () => {
      if (!annotating) return;
      frames.push(root.querySelectorAll('acronym-tip').length);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    expect(await annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' })).to.equal(9000);
    annotating = false;
    // Chromium only: a test page in Firefox here is a background tab, which gets no animation frames.
    if (navigator.userAgent.includes('Firefox')) return;
    // Each frame lays out what was written since the one before: a quarter of the article at most (about a seventh
    // here; with no turn for rendering but Chromium's own, once every 100 ms or so, frames took 3,500 tips each).
    const newTips = frames.filter((count) => count < 9000).map((count, i, all) => count - (all[i - 1] ?? 0));
    expect(Math.max(...newTips), `tips written at each frame: ${frames.join()}`).to.be.at.most(2250);
  });

  it('stops an annotation under way when its tips are removed', async () => {
    const root = article('<p>The CSDP and PESCO work with NATO.</p>'.repeat(1000));
    const annotating = annotateAcronyms(root, { glossary: GLOSSARY, mode: 'all' });
    // Once the first slice is written, take the tips out: nothing more may be added after.
    await waitUntil(() => root.querySelector('acronym-tip'), 'no tip was written', { interval: 1 });
    removeAcronyms(root);
    await annotating;
    expect(root.querySelector('acronym-tip')).to.equal(null);
  });

  it('renders plain text and warns once when the glossary is missing or not JSON, without throwing', async () => {
    const capture = captureWarnings();
    try {
      for (const url of ['/tests/fixtures/no-such-glossary.json', '/tests/fixtures/not-json.json']) {
        const root = article('<p>The CSDP</p><p>NATO</p>');
        const before = root.innerHTML;
        expect(await annotateAcronyms(root, { glossary: url })).to.equal(0);
        expect(await annotateAcronyms(root, { glossary: url })).to.equal(0);
        expect(root.innerHTML).to.equal(before);
      }
    } finally {
      capture.restore();
    }
    expect(capture.warnings.length, capture.warnings.join('\n')).to.equal(2);
    expect(capture.warnings[0]).to.contain('no-such-glossary.json').and.contain('404');
    expect(capture.warnings[1]).to.contain('not-json.json').and.contain('not valid JSON');
  });
});

describe('[data-acronyms]', () => {
  const scope = (markup: string, mode = '') =>
    article(`<section data-acronyms="${mode}" data-acronyms-glossary="${GLOSSARY}">${markup}</section>`).querySelector('section')!;

  it('annotates an element with data-acronyms added to the page', async () => {
    const section = scope('<p>The CSDP and CSDP.</p>');
    await waitUntil(() => section.querySelector('acronym-tip'), 'no tip appeared');
    expect(tipTexts(section)).to.deep.equal(['CSDP']);
  });

  it('annotates every occurrence with data-acronyms="all"', async () => {
    const section = scope('<p>The CSDP and CSDP.</p>', 'all');
    await waitUntil(() => section.querySelectorAll('acronym-tip').length === 2, 'two tips expected');
  });

  it('annotates content added later, and only that, ignoring its own changes', async () => {
    const section = scope('<p>The CSDP.</p>', 'all');
    await waitUntil(() => section.querySelector('acronym-tip'));
    const p = document.createElement('p');
    p.textContent = 'Later: PESCO and CSDP.';
    section.append(p);
    await waitUntil(() => p.querySelectorAll('acronym-tip').length === 2, 'the added paragraph was not annotated');
    section.querySelector('p')!.append(' And NATO.');
    await waitUntil(() => section.querySelectorAll('acronym-tip').length === 4, 'added text was not annotated');
    // The watcher hears its own changes in a later task: let that pass, then nothing more may have changed.
    await nextTask();
    expect(tipTexts(section)).to.deep.equal(['CSDP', 'NATO', 'PESCO', 'CSDP']);
  });

  it('in first mode, explains a term in added content only if it was not explained yet', async () => {
    const section = scope('<p>The CSDP.</p>');
    await waitUntil(() => section.querySelector('acronym-tip'));
    section.insertAdjacentHTML('beforeend', '<p>CSDP and PESCO, <code>NATO</code></p>');
    await waitUntil(() => section.querySelectorAll('acronym-tip').length === 2);
    await nextTask();
    expect(tipTexts(section)).to.deep.equal(['CSDP', 'PESCO']);
  });

  it('annotates many paragraphs added at once, each once', async () => {
    const section = scope('<p>Start.</p>', 'all');
    await nextTask();
    for (let i = 0; i < 1000; i++) {
      const p = document.createElement('p');
      p.textContent = `Paragraph ${i}: the CSDP.`;
      section.append(p);
    }
    await waitUntil(() => section.querySelectorAll('acronym-tip').length >= 1000, 'not every paragraph got its tip');
    await nextTask();
    expect(section.querySelectorAll('acronym-tip').length).to.equal(1000);
    expect(section.querySelectorAll('p:not(:has(acronym-tip))').length).to.equal(1);
  });

  it('skips content added under data-no-acronyms or into a link', async () => {
    const section = scope('<p>The CSDP <a href="#x">link</a></p><div data-no-acronyms></div>', 'all');
    await waitUntil(() => section.querySelector('acronym-tip'));
    section.querySelector('a')!.append(' NATO');
    section.querySelector('[data-no-acronyms]')!.append('PESCO');
    section.append('EU');
    await waitUntil(() => tipTexts(section).includes('EU'));
    expect(tipTexts(section)).to.deep.equal(['CSDP', 'EU']);
  });

  it('extends the built-in glossary and excludes terms by attribute, and annotates afresh when they change', async () => {
    const root = article(
      `<div data-acronyms data-acronyms-glossary="${GLOSSARY}" data-acronyms-glossary-mode="extend" data-acronyms-exclude="EU, SHADE MED"><p>The EU, IT, the SHADE MED and the Strategic Compass.</p></div>`,
    );
    const scope = root.firstElementChild!;
    await waitUntil(() => scope.querySelectorAll('acronym-tip').length === 2, 'the scope was not annotated');
    expect(tipTexts(scope)).to.deep.equal(['IT', 'Strategic Compass']);
    scope.setAttribute('data-acronyms-exclude', 'IT');
    await waitUntil(() => tipTexts(scope).join() === 'EU,SHADE MED,Strategic Compass', `after the change: ${tipTexts(scope).join()}`);
  });

  it('annotates when the attribute is set later, and takes the tips out when it is removed', async () => {
    const root = article(`<section data-acronyms-glossary="${GLOSSARY}"><p>The CSDP.</p></section>`);
    const section = root.querySelector('section')!;
    const before = section.innerHTML;
    // The glossary is loaded and the watcher acts in the task it hears a change: after one, nothing was annotated.
    await nextTask();
    expect(section.querySelector('acronym-tip')).to.equal(null);
    section.setAttribute('data-acronyms', '');
    await waitUntil(() => section.querySelector('acronym-tip'));
    section.removeAttribute('data-acronyms');
    await waitUntil(() => !section.querySelector('acronym-tip'));
    expect(section.innerHTML).to.equal(before);
  });
});
