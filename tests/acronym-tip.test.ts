import '../src/acronym-tip/index.js';

import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys } from '@web/test-runner-commands';

import type { AcronymTip } from '../src/acronym-tip/acronym-tip.js';
import { tipStyles } from '../src/acronym-tip/acronym-tip.styles.js';
import { CLOSE_GRACE, HOVER_DELAY } from '../src/acronym-tip/tip-interaction.js';
import { nextFrame as frame, TipHarness } from './helpers/acronym-tip-harness.js';
import { captureWarnings } from './helpers/capture-warnings.js';
import { nth } from './helpers/present.js';
import { openStrictCspPage } from './helpers/strict-csp.js';
import { waitUntil } from './helpers/wait-until.js';

const GLOSSARY = '/tests/fixtures/glossary.json';
/** Lets a delay of the element run out, for checks that something does NOT happen (nothing to await then). */
const outlast = (ms: number) => new Promise((r) => setTimeout(r, ms + 100));

function expectInViewport(rect: DOMRect) {
  expect(rect.left, 'left').to.be.at.least(0);
  expect(rect.top, 'top').to.be.at.least(0);
  expect(rect.right, 'right').to.be.at.most(document.documentElement.clientWidth);
  expect(rect.bottom, 'bottom').to.be.at.most(document.documentElement.clientHeight);
}

/** One tip in a paragraph after a button, its entry found. */
async function paragraphWithTip(term = 'CSDP') {
  const { root: p, tips } = await TipHarness.mount<HTMLParagraphElement>(
    html`<p><button>before</button> The <acronym-tip glossary=${GLOSSARY}>${term}</acronym-tip> runs civilian and military missions.</p>`,
  );
  const h = nth(tips, 0, 'tip');
  expect(h.known, `${term} found its entry`).to.equal(true);
  return { p, h, el: h.el, button: p.querySelector('button')! };
}

afterEach(async () => {
  await resetMouse();
});

describe('<acronym-tip>', () => {
  it('is accessible, closed and open', async () => {
    const { p, h } = await paragraphWithTip();
    await expect(p).to.be.accessible();
    h.focus();
    expect(h.showing).to.equal(true);
    await expect(p).to.be.accessible();
  });

  it('is a focusable term described by its tooltip, in the same shadow root', async () => {
    const { el, h } = await paragraphWithTip();
    const { tip, trigger } = h;
    expect(trigger.tabIndex).to.equal(0);
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(el.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!)).to.equal(tip);
    expect(tip.textContent, 'the parts of the description are read apart').to.match(/^Common Security and Defence Policy The EU's .+\. Source: Security/);
    expect(getComputedStyle(trigger).textDecorationStyle).to.equal('dotted');
    expect(tip.querySelectorAll('a, button, input, select, textarea, [tabindex]').length, 'no interactive content').to.equal(0);
  });

  it('shows the expansion, the definition and the source, in the glossary language', async () => {
    const { h } = await paragraphWithTip();
    expect(h.text('expansion')).to.equal('Common Security and Defence Policy');
    expect(h.text('definition')).to.match(/^The EU's policy for civilian and military crisis management/);
    expect(h.text('source')).to.equal(
      'Source: Security and Defence: EU and UK conclude a Security and Defence Partnership, European Union External Action (EEAS), 19 May 2025.',
    );
    expect(h.tip.lang).to.equal('en');
  });

  it('shows a web source as its address and note', async () => {
    const { h } = await paragraphWithTip('IT');
    expect(h.text('source')).to.match(/^Source: https:\/\/en\.wikipedia\.org\/wiki\/Information_technology\. A general term/);
  });

  it('uses the built-in glossary when given none', async () => {
    const { tips } = await TipHarness.mount(html`<acronym-tip>PESCO</acronym-tip>`);
    expect(nth(tips, 0).known).to.equal(true);
    expect(nth(tips, 0).text('expansion')).to.equal('Permanent Structured Cooperation');
  });

  it('finds its entry when its text arrives after it was put on the page, or its term changes', async () => {
    const el = document.createElement('acronym-tip');
    el.glossary = GLOSSARY;
    const p = await fixture(html`<p>About</p>`);
    p.append(el);
    el.append('NATO');
    const h = new TipHarness(el);
    // The text arrives through a slotchange event, after this step: wait for the tip to hear it.
    await waitUntil(() => h.known, 'NATO never found its entry');
    expect(h.text('expansion')).to.equal('North Atlantic Treaty Organisation');
    el.term = 'CSDP';
    await h.loaded();
    expect(h.text('expansion')).to.equal('Common Security and Defence Policy');
  });

  it('looks up the term attribute when the text differs, and aliases', async () => {
    const { tips } = await TipHarness.mount(
      html`<p><acronym-tip glossary=${GLOSSARY} term="HR/VP">High Representative</acronym-tip> <acronym-tip glossary=${GLOSSARY}>HRVP</acronym-tip></p>`,
    );
    const [byTerm, alias] = [nth(tips, 0), nth(tips, 1)];
    expect(byTerm.text('expansion')).to.equal('High Representative / Vice-President');
    expect(alias.text('expansion')).to.equal('High Representative / Vice-President');
  });

  it('explains itself from its expansion and definition attributes, without a glossary', async () => {
    const { tips } = await TipHarness.mount(html`<acronym-tip expansion="European Defence Agency" definition="An EU agency.">EDA</acronym-tip>`);
    const h = nth(tips, 0);
    expect(h.known).to.equal(true);
    expect(h.text('expansion')).to.equal('European Defence Agency');
    expect(h.text('source')).to.equal('');
    h.el.definition = 'Changed.';
    expect(h.text('definition')).to.equal('Changed.');
  });

  it('shows glossary and attribute text as text, never as markup', async () => {
    const { tips } = await TipHarness.mount(
      html`<p><acronym-tip definition="<img src=x onerror=alert(1)>">EDA</acronym-tip> <acronym-tip glossary="/tests/fixtures/glossary-markup.json">CSDP</acronym-tip></p>`,
    );
    const [own, fromFile] = [nth(tips, 0), nth(tips, 1)];
    expect(own.text('definition')).to.equal('<img src=x onerror=alert(1)>');
    expect(own.el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(fromFile.known).to.equal(true);
    expect(fromFile.text('definition')).to.equal('<b>Bold</b> <img src=x onerror=alert(1)>');
    expect(fromFile.el.shadowRoot!.querySelector('img, b')).to.equal(null);
  });

  it('opens at once on keyboard focus; Escape closes it and leaves focus on the term', async () => {
    const { el, h, button } = await paragraphWithTip();
    button.focus();
    await sendKeys({ press: 'Tab' });
    expect(h.focused).to.equal(true);
    expect(h.showing).to.equal(true);
    await h.pressEscape();
    expect(h.showing).to.equal(false);
    expect(document.activeElement).to.equal(el);
    expect(h.focused).to.equal(true);
  });

  it("on a page's first touch, opens for a keyboard user once the tooltips' code arrives", async () => {
    const page = await TipHarness.openFirstTouchPage();
    try {
      const { tip: h, button } = page;
      expect(page.codeRequested(), 'no tooltip code loaded with the page').to.equal(false);
      button.focus();
      await sendKeys({ press: 'Tab' });
      await page.codeArrived();
      expect(h.focused, 'focus handed to the term').to.equal(true);
      expect(h.showing).to.equal(true);
      expect(h.text('expansion')).to.equal('Common Security and Defence Policy');
      await h.pressEscape();
      expect(h.showing).to.equal(false);
      expect(page.violations).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it("on a page's first touch, Escape pressed before the tooltips' code arrives leaves no tip open", async () => {
    const page = await TipHarness.openFirstTouchPage();
    try {
      const { tip: h, button } = page;
      h.focus();
      // Before the code: a focused tab stop named by its text.
      expect(h.el.ownerDocument.activeElement).to.equal(h.el);
      expect(h.tabStop).to.equal(true);
      expect(h.el.textContent).to.equal('CSDP');
      h.pressEscapeAtOnce();
      await page.codeArrived();
      expect(h.showing, 'dismissed before it could open').to.equal(false);
      expect(h.focused, 'focus handed to the term').to.equal(true);
      button.focus();
      h.focus();
      expect(h.showing, 'the next focus opens it').to.equal(true);
    } finally {
      page.remove();
    }
  });

  it("on a page's first touch, a pointer that passed over a term before the tooltips' code arrives opens nothing", async () => {
    const page = await TipHarness.openFirstTouchPage();
    try {
      const { tip: h } = page;
      h.passOverAtOnce();
      await page.codeArrived();
      await outlast(HOVER_DELAY);
      expect(h.showing).to.equal(false);
    } finally {
      page.remove();
    }
  });

  it("stays readable text, a tab stop, when the tooltips' code cannot be loaded (offline), with no uncaught error", async () => {
    const page = await TipHarness.openFirstTouchPage({ offline: true });
    try {
      const { tip: h } = page;
      h.focus();
      expect((await page.codeArrived()) === undefined, 'the code could not be loaded').to.equal(true);
      expect(h.showing).to.equal(false);
      expect(h.el.ownerDocument.activeElement, 'still focused').to.equal(h.el);
      expect(h.tabStop).to.equal(true);
      expect(h.el.textContent).to.equal('CSDP');
      expect(page.violations).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it('closes when focus moves on', async () => {
    const { h, button } = await paragraphWithTip();
    h.focus();
    expect(h.showing).to.equal(true);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement).to.equal(button);
    expect(h.showing).to.equal(false);
  });

  it('opens on hover after a short delay, stays open over the tip, and closes when the pointer leaves', async () => {
    const { h } = await paragraphWithTip();
    const start = performance.now();
    await h.hover();
    await waitUntil(() => h.showing, 'hover did not open the tip', { interval: 10 });
    // The pointer arrived after `start`, so an opening at least HOVER_DELAY later was not at once, however slow the machine.
    expect(performance.now() - start, 'not at once').to.be.at.least(HOVER_DELAY);
    await h.hoverTip();
    await outlast(CLOSE_GRACE);
    expect(h.showing, 'open while the pointer is over the tip').to.equal(true);
    await h.moveAway();
    await waitUntil(() => !h.showing, 'did not close when the pointer left');
  });

  it('does not open when the pointer only passes over the term', async function () {
    const { h } = await paragraphWithTip();
    // On a busy machine the two moves may be too far apart to count as passing over: then try again.
    for (let attempt = 0; attempt < 10; attempt++) {
      const start = performance.now();
      await h.hover();
      await h.moveAway();
      if (performance.now() - start >= HOVER_DELAY - 50) continue;
      await outlast(HOVER_DELAY);
      expect(h.showing).to.equal(false);
      return;
    }
    // The machine never moved the pointer fast enough to pass over: the behaviour could not be tried in this run.
    this.skip();
  });

  it('never times out while hovered, and Escape closes it without moving focus', async () => {
    const { h, button } = await paragraphWithTip();
    button.focus();
    await h.hover();
    await waitUntil(() => h.showing);
    // Long past every delay the tip has: nothing should close it.
    await outlast(3 * (HOVER_DELAY + CLOSE_GRACE));
    expect(h.showing).to.equal(true);
    await h.pressEscape();
    expect(h.showing).to.equal(false);
    expect(document.activeElement).to.equal(button);
  });

  it('toggles on tap, without the focus that comes with the tap closing it again', async () => {
    const { h } = await paragraphWithTip();
    h.tap();
    expect(h.showing, 'first tap opens').to.equal(true);
    h.tap();
    expect(h.showing, 'second tap closes').to.equal(false);
    h.tap();
    expect(h.showing).to.equal(true);
    TipHarness.tapElsewhere();
    expect(h.showing, 'a tap elsewhere closes').to.equal(false);
  });

  it('shows one tip at a time', async () => {
    const { tips } = await TipHarness.mount(
      html`<p><acronym-tip glossary=${GLOSSARY}>CSDP</acronym-tip> and <acronym-tip glossary=${GLOSSARY}>NATO</acronym-tip></p>`,
    );
    const [a, b] = [nth(tips, 0), nth(tips, 1)];
    a.focus();
    expect(a.showing).to.equal(true);
    await b.hover();
    await waitUntil(() => b.showing);
    expect(a.showing).to.equal(false);
  });

  it('opening the tip moves nothing in the text', async () => {
    const { p, h } = await paragraphWithTip();
    const before = p.getBoundingClientRect().toJSON() as Record<string, number>;
    const term = h.trigger.getBoundingClientRect().toJSON() as Record<string, number>;
    h.focus();
    await frame();
    expect(p.getBoundingClientRect().toJSON()).to.deep.equal(before);
    expect(h.trigger.getBoundingClientRect().toJSON()).to.deep.equal(term);
  });

  it('builds its tooltip only when it first opens', async () => {
    const { el, h } = await paragraphWithTip();
    expect(el.shadowRoot?.querySelector('[part="tip"]') ?? null, 'no tooltip before a reader asks').to.equal(null);
    expect(h.trigger.hasAttribute('aria-describedby')).to.equal(false);
    h.focus();
    expect(h.showing).to.equal(true);
    expect(el.shadowRoot!.getElementById(h.trigger.getAttribute('aria-describedby')!)).to.equal(h.tip);
  });

  it('does no work while it is open and nothing moves, and follows a resize', async () => {
    const { h } = await paragraphWithTip();
    h.focus();
    await frame();
    await frame();
    const original = Object.getOwnPropertyDescriptor(window, 'requestAnimationFrame')!;
    const request = window.requestAnimationFrame.bind(window);
    let asked = 0;
    window.requestAnimationFrame = (callback) => {
      asked++;
      return request(callback);
    };
    try {
      for (let i = 0; i < 5; i++) await frame();
      expect(asked - 5, 'frames the open tip asked for').to.equal(0);
      window.dispatchEvent(new Event('resize'));
      await frame();
      expect(asked - 6, 'frames asked for after a resize').to.equal(1);
    } finally {
      Object.defineProperty(window, 'requestAnimationFrame', original);
    }
    expect(h.showing).to.equal(true);
  });

  it("uses the page's font, plain, and points its arrow at the term", async () => {
    const { root: p, tips } = await TipHarness.mount<HTMLParagraphElement>(
      html`<p style="font-family: Georgia, serif; font-style: italic; font-weight: 700">The <acronym-tip glossary=${GLOSSARY}>CSDP</acronym-tip> runs missions.</p>`,
    );
    const h = nth(tips, 0, 'tip');
    h.focus();
    await frame();
    const style = getComputedStyle(h.tip);
    expect(style.fontFamily).to.equal(getComputedStyle(p).fontFamily);
    expect(style.fontStyle).to.equal('normal');
    expect(style.fontWeight).to.equal('400');
    const arrow = getComputedStyle(h.tip, '::after');
    expect(arrow.content).to.not.equal('none');
    const term = h.trigger.getBoundingClientRect();
    const arrowX = h.tip.getBoundingClientRect().left + parseFloat(style.getPropertyValue('--_arrow-x'));
    expect(arrowX).to.be.closeTo((term.left + term.right) / 2, 1);
  });

  it('covers no line of a term broken over two lines, on a narrow screen', async () => {
    const { tips } = await TipHarness.mount<HTMLParagraphElement>(
      html`<p style="width: 90px; margin-left: 230px">The <acronym-tip glossary=${GLOSSARY}>SHADE MED</acronym-tip> meets.</p>`,
    );
    const h = nth(tips, 0, 'tip');
    const lines = [...h.trigger.getClientRects()];
    expect(lines.length, 'the term wraps').to.equal(2);
    h.tap();
    await frame();
    const tip = h.tip.getBoundingClientRect();
    expect(tip.top >= nth(lines, 1).bottom || tip.bottom <= nth(lines, 0).top, 'the tip covers neither line').to.equal(true);
    expectInViewport(tip);
  });

  describe('position', () => {
    const corners = [
      ['top left', 'top: 0; left: 0'],
      ['top right', 'top: 0; right: 0'],
      ['bottom left', 'bottom: 0; left: 0'],
      ['bottom right', 'bottom: 0; right: 0'],
    ];
    for (const [corner, css] of corners) {
      it(`stays inside the viewport for a term at the ${corner}`, async () => {
        const { root: box, tips } = await TipHarness.mount<HTMLDivElement>(html`<div><acronym-tip glossary=${GLOSSARY}>SHADE MED</acronym-tip></div>`);
        box.style.cssText = `position: fixed; ${css}`;
        const h = nth(tips, 0);
        h.focus();
        await frame();
        const tip = h.tip.getBoundingClientRect();
        const term = h.trigger.getBoundingClientRect();
        expectInViewport(tip);
        expect(tip.top >= term.bottom || tip.bottom <= term.top, 'the tip does not cover its term').to.equal(true);
      });
    }

    it('follows its term inside a scrolling container, and hides while the term is scrolled out of sight', async () => {
      const { root: box, tips } = await TipHarness.mount<HTMLDivElement>(
        html`<div style="height: 120px; overflow: auto; margin-top: 200px">
          <p style="margin: 40px 0 400px">The <acronym-tip glossary=${GLOSSARY}>PESCO</acronym-tip> projects.</p>
        </div>`,
      );
      const h = nth(tips, 0);
      h.focus({ preventScroll: true });
      await frame();
      const gap = () => h.tip.getBoundingClientRect().top - h.trigger.getBoundingClientRect().bottom;
      const first = gap();
      expect(first).to.be.within(0, 12);
      box.scrollTop = 20;
      await frame();
      await frame();
      expect(gap()).to.be.closeTo(first, 1);
      box.scrollTop = 200;
      await frame();
      await frame();
      expect(getComputedStyle(h.tip).visibility).to.equal('hidden');
      box.scrollTop = 0;
      await frame();
      await frame();
      expect(getComputedStyle(h.tip).visibility).to.equal('visible');
      expect(gap()).to.be.closeTo(first, 1);
    });

    it('works inside another component’s shadow root, even one that clips', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const panel = document.createElement('div');
      panel.style.cssText = 'overflow: hidden; height: 40px; transform: translateX(0)';
      const el = document.createElement('acronym-tip');
      el.glossary = GLOSSARY;
      el.textContent = 'NATO';
      panel.append('About ', el);
      shadow.append(panel);
      const h = new TipHarness(el);
      await h.loaded();
      expect(h.known).to.equal(true);
      h.focus();
      await frame();
      expect(h.showing).to.equal(true);
      const tip = h.tip.getBoundingClientRect();
      expect(tip.top).to.be.closeTo(h.trigger.getBoundingClientRect().bottom, 12);
      expect(tip.height, 'not cut to the 40px panel').to.be.greaterThan(40);
      expectInViewport(tip);
      expect(el.shadowRoot!.getElementById(h.trigger.getAttribute('aria-describedby')!)).to.equal(h.tip);
    });
  });

  describe('problems', () => {
    it('shows an unknown term as plain text and warns once for it', async () => {
      const capture = captureWarnings();
      try {
        const { root: p, tips } = await TipHarness.mount(
          html`<p><acronym-tip glossary=${GLOSSARY}>XYZZY</acronym-tip> <acronym-tip glossary=${GLOSSARY}>XYZZY</acronym-tip></p>`,
        );
        for (const h of tips) {
          expect(h.trigger.hasAttribute('tabindex')).to.equal(false);
          expect(h.trigger.hasAttribute('aria-describedby')).to.equal(false);
          expect(getComputedStyle(h.trigger).textDecorationLine).to.equal('none');
          h.trigger.dispatchEvent(new FocusEvent('focus'));
          expect(h.showing).to.equal(false);
        }
        expect(p.textContent).to.equal('XYZZY XYZZY');
        await expect(p).to.be.accessible();
      } finally {
        capture.restore();
      }
      expect(capture.warnings.filter((w) => w.includes('XYZZY'))).to.have.length(1);
    });

    for (const [what, url, says] of [
      ['missing', '/tests/fixtures/missing-glossary.json', 'HTTP 404'],
      ['not JSON', '/tests/fixtures/not-json.json?tip', 'not valid JSON'],
      ['not a glossary', '/package.json', 'no usable entry'],
    ] as const) {
      it(`shows plain text and warns once when the glossary is ${what}`, async () => {
        const errors: unknown[] = [];
        const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(e);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        const capture = captureWarnings();
        try {
          const { root: p, tips } = await TipHarness.mount(
            html`<p><acronym-tip glossary=${url}>CSDP</acronym-tip> and <acronym-tip glossary=${url}>NATO</acronym-tip></p>`,
          );
          expect(p.textContent).to.equal('CSDP and NATO');
          for (const h of tips) expect(h.trigger.hasAttribute('tabindex')).to.equal(false);
        } finally {
          capture.restore();
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onError);
        }
        expect(capture.warnings, capture.warnings.join('\n')).to.have.length(1);
        expect(capture.warnings[0]).to.contain(says);
        expect(errors).to.deep.equal([]);
      });
    }
  });

  describe('media preferences', () => {
    /** The open tip's background on the strict-CSP page, framed with the given colour scheme (a frame's prefers-color-scheme follows it). */
    async function tipBackground(scheme: 'light' | 'dark', pageScheme = 'light dark') {
      const page = openStrictCspPage('/tests/csp/acronym-tip.html');
      page.frame.style.colorScheme = scheme;
      try {
        await page.ready;
        // The page says which colour schemes it supports; a page that says none is light only.
        page.document.documentElement.style.colorScheme = pageScheme;
        // The frame's document takes its owner's colour scheme when its own style is next worked out, which otherwise
        // waits for a frame of this window (on a busy machine, many seconds): reading both styles works them out now.
        const prefers = () =>
          getComputedStyle(page.frame).colorScheme !== '' &&
          page.window.getComputedStyle(page.document.documentElement).colorScheme !== '' &&
          page.window.matchMedia('(prefers-color-scheme: dark)').matches === (scheme === 'dark');
        await waitUntil(prefers, `the frame prefers ${scheme}`);
        const open = [...page.document.querySelectorAll('acronym-tip')].find((t) => t.open) as AcronymTip;
        return page.window.getComputedStyle(new TipHarness(open).tip).backgroundColor;
      } finally {
        page.remove();
      }
    }

    it('has a dark tip in dark mode on a page that supports it, and a light tip on a light-only page', async () => {
      expect(await tipBackground('light')).to.equal('rgb(255, 255, 255)');
      expect(await tipBackground('dark')).to.equal('rgb(31, 35, 41)');
      expect(await tipBackground('dark', 'normal')).to.equal('rgb(255, 255, 255)');
      expect(await tipBackground('dark', 'light')).to.equal('rgb(255, 255, 255)');
    });

    it('fades in, except with reduced motion', async () => {
      const { h } = await paragraphWithTip();
      h.focus();
      expect(getComputedStyle(h.tip).animationName).to.equal('dl-tip-in');
      h.trigger.blur();
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        // Firefox, driven over WebDriver BiDi, cannot emulate media features: check the rule that does it.
        const rule = [...tipStyles().cssRules].find((r) => r instanceof CSSMediaRule && r.conditionText === '(prefers-reduced-motion: no-preference)');
        expect(rule?.cssText).to.contain('animation: ').and.contain('dl-tip-in');
        return;
      }
      try {
        h.focus();
        expect(getComputedStyle(h.tip).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  for (const bundle of ['acronym-tip', 'defence-learning']) {
    it(`the built dist/${bundle}.js annotates with the built-in glossary under a strict CSP, with no violation`, async () => {
      const page = openStrictCspPage(`/tests/csp/acronym-tip-bundle.html?bundle=${bundle}`);
      try {
        await page.ready;
        const tips = [...page.document.querySelectorAll('acronym-tip')] as AcronymTip[];
        expect(tips.map((t) => t.textContent)).to.deep.equal(['EU', 'NATO', 'SHADE MED', 'PESCO', 'CARD', 'CSDP']);
        // The page focuses the first tip (EU); a pointer left over the frame by an earlier test can open another one
        // instead (one tip is open at a time): either way its expansion comes from the built-in glossary.
        const open = tips.find((t) => t.open);
        expect(open, 'a tip is open').to.not.equal(undefined);
        const glossary = (await (await fetch('/dist/questions/glossary.json')).json()) as { entries: Array<{ term: string; expansion?: string }> };
        const entry = glossary.entries.find((e) => e.term === open!.textContent);
        expect(entry?.expansion, `the glossary explains ${open!.textContent}`).to.be.a('string');
        expect(open!.shadowRoot!.querySelector('[part="expansion"]')!.textContent).to.equal(entry!.expansion);
        expect(page.violations, page.violations.join('\n')).to.deep.equal([]);
      } finally {
        page.remove();
      }
    });
  }

  it('works on a page with a strict Content-Security-Policy, with no violation', async () => {
    const page = openStrictCspPage('/tests/csp/acronym-tip.html');
    try {
      await page.ready;
      // Violation reports come as tasks of their own: a late one has nothing to await, so give it time.
      await outlast(100);
      const doc = page.document;
      const tips = doc.querySelectorAll('acronym-tip');
      expect(tips.length, 'the article was annotated').to.equal(7);
      const open = [...tips].find((t) => t.open) as AcronymTip;
      expect(open, 'a tip is open').to.not.equal(undefined);
      expect(open.shadowRoot!.querySelector('[part="tip"]')!.getBoundingClientRect().width).to.be.greaterThan(50);
      expect(page.violations, page.violations.join('\n')).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});
