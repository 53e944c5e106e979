import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { tipStyles } from '../src/acronym-tip/acronym-tip.styles.js';
import type { AcronymTip } from '../src/acronym-tip/acronym-tip.js';
import '../src/acronym-tip/index.js';
import { captureWarnings } from './helpers/capture-warnings.js';
import { openStrictCspPage } from './helpers/strict-csp.js';

const GLOSSARY = '/tests/fixtures/glossary.json';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The next animation frame; a page that gets none (hidden) fails here rather than hanging the run. */
const frame = () =>
  Promise.race([
    new Promise(requestAnimationFrame),
    pause(2000).then(() => Promise.reject(new Error('no animation frame in 2 s: the test page is hidden'))),
  ]);

const triggerOf = (el: AcronymTip) => el.shadowRoot!.querySelector<HTMLElement>('[part="trigger"]')!;
const tipOf = (el: AcronymTip) => el.shadowRoot!.querySelector<HTMLElement>('[part="tip"]')!;
/** What a part of the tooltip says (parts after the first start with a space that keeps them apart when read out). */
const partText = (el: AcronymTip, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`)!.textContent!.trim();
const isShowing = (el: AcronymTip) => el.open && getComputedStyle(tipOf(el)).display !== 'none';
/** Resolves once the tip has found its entry (the glossary is fetched on first use). */
const known = (el: AcronymTip) => waitUntil(() => triggerOf(el).tabIndex === 0, `${el.textContent} never found its entry`);

/** The middle of the term's first box, in viewport coordinates, for sendMouse. */
function middleOf(el: Element): [number, number] {
  const box = el.getClientRects()[0];
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

function expectInViewport(rect: DOMRect) {
  expect(rect.left, 'left').to.be.at.least(0);
  expect(rect.top, 'top').to.be.at.least(0);
  expect(rect.right, 'right').to.be.at.most(document.documentElement.clientWidth);
  expect(rect.bottom, 'bottom').to.be.at.most(document.documentElement.clientHeight);
}

async function paragraphWithTip(term = 'CSDP') {
  const p = await fixture<HTMLParagraphElement>(
    html`<p><button>before</button> The <acronym-tip glossary=${GLOSSARY}>${term}</acronym-tip> runs civilian and military missions.</p>`,
  );
  const el = p.querySelector('acronym-tip')!;
  await known(el);
  return { p, el, button: p.querySelector('button')! };
}

afterEach(async () => {
  await resetMouse();
});

describe('<acronym-tip>', () => {
  it('is accessible, closed and open', async () => {
    const { p, el } = await paragraphWithTip();
    await expect(p).to.be.accessible();
    triggerOf(el).focus();
    expect(isShowing(el)).to.equal(true);
    await expect(p).to.be.accessible();
  });

  it('is a focusable term described by its tooltip, in the same shadow root', async () => {
    const { el } = await paragraphWithTip();
    const trigger = triggerOf(el);
    const tip = tipOf(el);
    expect(trigger.tabIndex).to.equal(0);
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(el.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!)).to.equal(tip);
    expect(tip.textContent, 'the parts of the description are read apart').to.match(/^Common Security and Defence Policy The EU's .+\. Source: Security/);
    expect(getComputedStyle(trigger).textDecorationStyle).to.equal('dotted');
    expect(tip.querySelectorAll('a, button, input, select, textarea, [tabindex]').length, 'no interactive content').to.equal(0);
  });

  it('shows the expansion, the definition and the source, in the glossary language', async () => {
    const { el } = await paragraphWithTip();
    const part = (name: string) => partText(el, name);
    expect(part('expansion')).to.equal('Common Security and Defence Policy');
    expect(part('definition')).to.match(/^The EU's policy for civilian and military crisis management/);
    expect(part('source')).to.equal(
      'Source: Security and Defence: EU and UK conclude a Security and Defence Partnership, European Union External Action (EEAS), 19 May 2025.',
    );
    expect(tipOf(el).lang).to.equal('en');
  });

  it('shows a web source as its address and note', async () => {
    const { el } = await paragraphWithTip('IT');
    expect(partText(el, 'source')).to.match(/^Source: https:\/\/en\.wikipedia\.org\/wiki\/Information_technology\. A general term/);
  });

  it('uses the built-in glossary when given none', async () => {
    const el = await fixture<AcronymTip>(html`<acronym-tip>PESCO</acronym-tip>`);
    await known(el);
    expect(partText(el, 'expansion')).to.equal('Permanent Structured Cooperation');
  });

  it('finds its entry when its text arrives after it was put on the page, or its term changes', async () => {
    const el = document.createElement('acronym-tip');
    el.glossary = GLOSSARY;
    const p = await fixture(html`<p>About</p>`);
    p.append(el);
    el.append('NATO');
    await known(el);
    expect(partText(el, 'expansion')).to.equal('North Atlantic Treaty Organisation');
    el.term = 'CSDP';
    await waitUntil(() => partText(el, 'expansion') === 'Common Security and Defence Policy', 'the new term was not looked up');
  });

  it('looks up the term attribute when the text differs, and aliases', async () => {
    const el = await fixture<AcronymTip>(html`<acronym-tip glossary=${GLOSSARY} term="HR/VP">High Representative</acronym-tip>`);
    await known(el);
    expect(partText(el, 'expansion')).to.equal('High Representative / Vice-President');
    const alias = await fixture<AcronymTip>(html`<acronym-tip glossary=${GLOSSARY}>HRVP</acronym-tip>`);
    await known(alias);
    expect(partText(alias, 'expansion')).to.equal('High Representative / Vice-President');
  });

  it('explains itself from its expansion and definition attributes, without a glossary', async () => {
    const el = await fixture<AcronymTip>(html`<acronym-tip expansion="European Defence Agency" definition="An EU agency.">EDA</acronym-tip>`);
    expect(triggerOf(el).tabIndex).to.equal(0);
    expect(partText(el, 'expansion')).to.equal('European Defence Agency');
    expect(partText(el, 'source')).to.equal('');
    el.definition = 'Changed.';
    expect(partText(el, 'definition')).to.equal('Changed.');
  });

  it('shows glossary and attribute text as text, never as markup', async () => {
    const el = await fixture<AcronymTip>(html`<acronym-tip definition="<img src=x onerror=alert(1)>">EDA</acronym-tip>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(partText(el, 'definition')).to.equal('<img src=x onerror=alert(1)>');
    const fromFile = await fixture<AcronymTip>(html`<acronym-tip glossary="/tests/fixtures/glossary-markup.json">CSDP</acronym-tip>`);
    await known(fromFile);
    expect(fromFile.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(partText(fromFile, 'definition')).to.equal('<b>Bold</b> <img src=x onerror=alert(1)>');
  });

  it('opens at once on keyboard focus; Escape closes it and leaves focus on the term', async () => {
    const { el, button } = await paragraphWithTip();
    button.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(triggerOf(el));
    expect(isShowing(el)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(isShowing(el)).to.equal(false);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(triggerOf(el));
  });

  it('closes when focus moves on', async () => {
    const { el, button } = await paragraphWithTip();
    triggerOf(el).focus();
    expect(isShowing(el)).to.equal(true);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement).to.equal(button);
    expect(isShowing(el)).to.equal(false);
  });

  it('opens on hover after a short delay, stays open over the tip, and closes when the pointer leaves', async () => {
    const { el } = await paragraphWithTip();
    const start = performance.now();
    await sendMouse({ type: 'move', position: middleOf(triggerOf(el)) });
    await waitUntil(() => isShowing(el), 'hover did not open the tip', { interval: 10 });
    // The pointer arrived after `start`, so an opening at least 300 ms later was not at once, however slow the machine.
    expect(performance.now() - start, 'not at once').to.be.at.least(300);
    await sendMouse({ type: 'move', position: middleOf(tipOf(el)) });
    await pause(400);
    expect(isShowing(el), 'open while the pointer is over the tip').to.equal(true);
    await sendMouse({ type: 'move', position: [5, document.documentElement.clientHeight - 5] });
    await waitUntil(() => !isShowing(el), 'did not close when the pointer left');
  });

  it('does not open when the pointer only passes over the term', async () => {
    const { el } = await paragraphWithTip();
    // On a busy machine the two moves may be too far apart to count as passing over: then try again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const start = performance.now();
      await sendMouse({ type: 'move', position: middleOf(triggerOf(el)) });
      await sendMouse({ type: 'move', position: [5, document.documentElement.clientHeight - 5] });
      if (performance.now() - start >= 250) continue;
      await pause(500);
      expect(isShowing(el)).to.equal(false);
      return;
    }
    throw new Error('could not pass the pointer over the term in under 250 ms');
  });

  it('never times out while hovered, and Escape closes it without moving focus', async () => {
    const { el, button } = await paragraphWithTip();
    button.focus();
    await sendMouse({ type: 'move', position: middleOf(triggerOf(el)) });
    await waitUntil(() => isShowing(el));
    await pause(1500);
    expect(isShowing(el)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(isShowing(el)).to.equal(false);
    expect(document.activeElement).to.equal(button);
  });

  it('toggles on tap, without the focus that comes with the tap closing it again', async () => {
    const { el } = await paragraphWithTip();
    const trigger = triggerOf(el);
    const tap = () => {
      trigger.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
      trigger.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', bubbles: true, composed: true }));
      trigger.focus();
      trigger.click();
    };
    tap();
    expect(isShowing(el), 'first tap opens').to.equal(true);
    tap();
    expect(isShowing(el), 'second tap closes').to.equal(false);
    tap();
    expect(isShowing(el)).to.equal(true);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
    expect(isShowing(el), 'a tap elsewhere closes').to.equal(false);
  });

  it('shows one tip at a time', async () => {
    const p = await fixture(html`<p><acronym-tip glossary=${GLOSSARY}>CSDP</acronym-tip> and <acronym-tip glossary=${GLOSSARY}>NATO</acronym-tip></p>`);
    const [a, b] = p.querySelectorAll('acronym-tip');
    await known(a);
    await known(b);
    triggerOf(a).focus();
    expect(isShowing(a)).to.equal(true);
    await sendMouse({ type: 'move', position: middleOf(triggerOf(b)) });
    await waitUntil(() => isShowing(b));
    expect(isShowing(a)).to.equal(false);
  });

  it('opening the tip moves nothing in the text', async () => {
    const { p, el } = await paragraphWithTip();
    const before = p.getBoundingClientRect().toJSON();
    const term = triggerOf(el).getBoundingClientRect().toJSON();
    triggerOf(el).focus();
    await frame();
    expect(p.getBoundingClientRect().toJSON()).to.deep.equal(before);
    expect(triggerOf(el).getBoundingClientRect().toJSON()).to.deep.equal(term);
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
        const box = await fixture<HTMLDivElement>(html`<div><acronym-tip glossary=${GLOSSARY}>SHADE MED</acronym-tip></div>`);
        box.style.cssText = `position: fixed; ${css}`;
        const el = box.querySelector('acronym-tip')!;
        await known(el);
        triggerOf(el).focus();
        await frame();
        const tip = tipOf(el).getBoundingClientRect();
        const term = triggerOf(el).getBoundingClientRect();
        expectInViewport(tip);
        expect(tip.top >= term.bottom || tip.bottom <= term.top, 'the tip does not cover its term').to.equal(true);
      });
    }

    it('follows its term inside a scrolling container, and hides while the term is scrolled out of sight', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="height: 120px; overflow: auto; margin-top: 200px">
          <p style="margin: 40px 0 400px">The <acronym-tip glossary=${GLOSSARY}>PESCO</acronym-tip> projects.</p>
        </div>`,
      );
      const el = box.querySelector('acronym-tip')!;
      await known(el);
      triggerOf(el).focus({ preventScroll: true });
      await frame();
      const gap = () => tipOf(el).getBoundingClientRect().top - triggerOf(el).getBoundingClientRect().bottom;
      const first = gap();
      expect(first).to.be.within(0, 12);
      box.scrollTop = 20;
      await frame();
      await frame();
      expect(gap()).to.be.closeTo(first, 1);
      box.scrollTop = 200;
      await frame();
      await frame();
      expect(getComputedStyle(tipOf(el)).visibility).to.equal('hidden');
      box.scrollTop = 0;
      await frame();
      await frame();
      expect(getComputedStyle(tipOf(el)).visibility).to.equal('visible');
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
      await known(el);
      triggerOf(el).focus();
      await frame();
      expect(isShowing(el)).to.equal(true);
      const tip = tipOf(el).getBoundingClientRect();
      expect(tip.top).to.be.closeTo(triggerOf(el).getBoundingClientRect().bottom, 12);
      expect(tip.height, 'not cut to the 40px panel').to.be.greaterThan(40);
      expectInViewport(tip);
      expect(el.shadowRoot!.getElementById(triggerOf(el).getAttribute('aria-describedby')!)).to.equal(tipOf(el));
    });
  });

  describe('problems', () => {
    it('shows an unknown term as plain text and warns once for it', async () => {
      const capture = captureWarnings();
      try {
        const p = await fixture(html`<p><acronym-tip glossary=${GLOSSARY}>XYZZY</acronym-tip> <acronym-tip glossary=${GLOSSARY}>XYZZY</acronym-tip></p>`);
        await pause(100);
        for (const el of p.querySelectorAll('acronym-tip')) {
          expect(triggerOf(el).hasAttribute('tabindex')).to.equal(false);
          expect(triggerOf(el).hasAttribute('aria-describedby')).to.equal(false);
          expect(getComputedStyle(triggerOf(el)).textDecorationLine).to.equal('none');
          triggerOf(el).dispatchEvent(new FocusEvent('focus'));
          expect(isShowing(el)).to.equal(false);
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
          const p = await fixture(html`<p><acronym-tip glossary=${url}>CSDP</acronym-tip> and <acronym-tip glossary=${url}>NATO</acronym-tip></p>`);
          await waitUntil(() => capture.warnings.length > 0, 'no warning');
          await pause(100);
          expect(p.textContent).to.equal('CSDP and NATO');
          for (const el of p.querySelectorAll('acronym-tip')) expect(triggerOf(el).hasAttribute('tabindex')).to.equal(false);
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
    async function tipBackground(scheme: 'light' | 'dark') {
      const page = openStrictCspPage('/tests/csp/acronym-tip.html');
      page.frame.style.colorScheme = scheme;
      try {
        await page.ready;
        const open = [...page.document.querySelectorAll('acronym-tip')].find((t) => (t as AcronymTip).open) as AcronymTip;
        return page.window.getComputedStyle(tipOf(open)).backgroundColor;
      } finally {
        page.remove();
      }
    }

    it('has a dark tip in dark mode', async () => {
      expect(await tipBackground('light')).to.equal('rgb(255, 255, 255)');
      expect(await tipBackground('dark')).to.equal('rgb(31, 35, 41)');
    });

    it('fades in, except with reduced motion', async () => {
      const { el } = await paragraphWithTip();
      triggerOf(el).focus();
      expect(getComputedStyle(tipOf(el)).animationName).to.equal('dl-tip-in');
      triggerOf(el).blur();
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        // Firefox, driven over WebDriver BiDi, cannot emulate media features: check the rule that does it.
        const rule = [...tipStyles().cssRules].find((r) => r instanceof CSSMediaRule && r.conditionText === '(prefers-reduced-motion: no-preference)');
        expect(rule?.cssText).to.contain('animation: ').and.contain('dl-tip-in');
        return;
      }
      try {
        triggerOf(el).focus();
        expect(getComputedStyle(tipOf(el)).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  for (const bundle of ['acronym-tip', 'defence-learning']) {
    it(`the built dist/${bundle}.js annotates with the built-in glossary under a strict CSP, with no violation`, async () => {
      const page = openStrictCspPage(`/tests/csp/acronym-tip-bundle.html?bundle=${bundle}`, 15000);
      try {
        await page.ready;
        const tips = [...page.document.querySelectorAll('acronym-tip')] as AcronymTip[];
        expect(tips.map((t) => t.textContent)).to.deep.equal(['EU', 'NATO', 'SHADE MED', 'PESCO', 'CARD', 'CSDP']);
        const open = tips.find((t) => t.open);
        expect(open, 'a tip is open').to.not.equal(undefined);
        expect(open!.shadowRoot!.querySelector('[part="expansion"]')!.textContent).to.equal('European Union');
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
      await pause(200);
      const doc = page.document;
      const tips = doc.querySelectorAll('acronym-tip');
      expect(tips.length, 'the article was annotated').to.equal(7);
      const open = [...tips].find((t) => (t as AcronymTip).open) as AcronymTip;
      expect(open, 'a tip is open').to.not.equal(undefined);
      expect(open.shadowRoot!.querySelector('[part="tip"]')!.getBoundingClientRect().width).to.be.greaterThan(50);
      expect(page.violations, page.violations.join('\n')).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});
