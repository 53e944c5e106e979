import { expect } from '@open-wc/testing';

import { intervalParts } from '../src/fact-card/format-interval.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('interval labels', () => {
  it('writes short intervals in whole minutes, at least one', () => {
    expect(intervalParts(10 * MINUTE)).to.deep.equal({ unit: 'min', amount: '10' });
    expect(intervalParts(20_000)).to.deep.equal({ unit: 'min', amount: '1' });
  });

  it('switches to hours, days, months and years as intervals grow', () => {
    expect(intervalParts(5 * 60 * MINUTE)).to.deep.equal({ unit: 'h', amount: '5' });
    expect(intervalParts(3 * DAY)).to.deep.equal({ unit: 'd', amount: '3' });
    expect(intervalParts(76 * DAY)).to.deep.equal({ unit: 'mo', amount: '2.5' });
    expect(intervalParts(400 * DAY)).to.deep.equal({ unit: 'y', amount: '1.1' });
    expect(intervalParts(4000 * DAY)).to.deep.equal({ unit: 'y', amount: '11' });
  });
});
