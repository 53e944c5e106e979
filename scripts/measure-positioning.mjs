// Measures what positioning costs the tip bundle (the 10 KB budget of dist/acronym-tip.js): the same job (place below, flip
// above, slide inside the viewport, hide when the term is scrolled away, follow it while open)
// done by Floating UI and by src/acronym-tip/place-tip.ts, each minified and gzipped alone.
// CSS anchor positioning is listed for its CSS, which comes on top of a script fallback.
import { gzipSync } from 'node:zlib';

import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

const variants = {
  'Floating UI (computePosition, offset, flip, shift, hide, autoUpdate)': `
    import { autoUpdate, computePosition, flip, hide, offset, shift } from '@floating-ui/dom';
    export function follow(term, tip) {
      return autoUpdate(term, tip, async () => {
        const { x, y, middlewareData } = await computePosition(term, tip, {
          strategy: 'fixed', placement: 'bottom', middleware: [offset(6), flip(), shift({ padding: 8 }), hide()],
        });
        tip.style.setProperty('left', x + 'px');
        tip.style.setProperty('top', y + 'px');
        tip.classList.toggle('away', !!middlewareData.hide?.referenceHidden);
      });
    }`,
  'place-tip.ts with a frame loop (what <acronym-tip> uses)': `
    import { clippingAncestors, placeTip, visiblePart } from './src/acronym-tip/place-tip.ts';
    export function follow(term, tip) {
      const clippers = clippingAncestors(term);
      let frame = 0;
      const step = () => {
        const view = document.documentElement;
        const viewport = { width: view.clientWidth, height: view.clientHeight };
        const box = term.getClientRects()[0];
        const visible = box && visiblePart(box, clippers, viewport);
        tip.classList.toggle('away', !visible);
        if (box && visible) {
          const at = placeTip(box, tip.getBoundingClientRect(), viewport);
          tip.style.setProperty('left', at.left + 'px');
          tip.style.setProperty('top', at.top + 'px');
        }
        frame = requestAnimationFrame(step);
      };
      step();
      return () => cancelAnimationFrame(frame);
    }`,
  'CSS anchor positioning rules alone (still needs a script fallback)': `
    export const css = '.trigger{anchor-name:--dl-term}.tip{position-anchor:--dl-term;position-area:bottom;position-try-fallbacks:flip-block;justify-self:anchor-center;position-visibility:anchors-visible;margin:6px 0}';`,
};

for (const [name, contents] of Object.entries(variants)) {
  const out = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'error' });
  const code = out.outputFiles[0].contents;
  console.log(`${(gzipSync(code, { level: 9 }).length / 1024).toFixed(2).padStart(6)} KB gzip  ${name}`);
}
