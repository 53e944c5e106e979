import { expect } from '@open-wc/testing';

import { GAP, MARGIN, placeTip } from '../src/acronym-tip/place-tip.js';

const viewport = { width: 800, height: 600 };
const tip = { width: 200, height: 80 };
const term = (left: number, top: number, width = 40, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('placeTip', () => {
  it('puts the tip below the term, centred on it', () => {
    expect(placeTip(term(380, 100), tip, viewport)).to.deep.equal({ left: 300, top: 120 + GAP, side: 'bottom' });
  });

  it('puts it above a term near the bottom edge', () => {
    expect(placeTip(term(380, 560), tip, viewport)).to.deep.equal({ left: 300, top: 560 - GAP - 80, side: 'top' });
  });

  it('slides it right of the left edge and left of the right edge', () => {
    expect(placeTip(term(0, 100), tip, viewport).left).to.equal(MARGIN);
    expect(placeTip(term(770, 100, 30), tip, viewport).left).to.equal(800 - MARGIN - 200);
  });

  it('uses the roomier side when neither fits, and keeps the tip inside the viewport', () => {
    const tall = { width: 200, height: 400 };
    const nearTop = placeTip(term(380, 250), tall, viewport);
    expect(nearTop.side).to.equal('bottom');
    expect(nearTop.top + tall.height).to.be.at.most(600 - MARGIN);
    const nearBottom = placeTip(term(380, 330), tall, viewport);
    expect(nearBottom.side).to.equal('top');
    expect(nearBottom.top).to.be.at.least(MARGIN);
  });

  it('keeps the top-left corner of a tip larger than the viewport in view', () => {
    expect(placeTip(term(10, 10), { width: 1000, height: 900 }, viewport)).to.include({ left: MARGIN, top: MARGIN });
  });
});
