import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spokenName } from './personal-name.ts';

describe('spokenName', () => {
  it('turns "Family, Given" into "Given Family"', () => {
    expect(spokenName('Janssens, Dirk')).toBe('Dirk Janssens');
    expect(spokenName('Van den Broeck,  Anne-Marie ')).toBe('Anne-Marie Van den Broeck');
  });
  it('leaves names without one comma alone', () => {
    expect(spokenName('Dirk Janssens')).toBe('Dirk Janssens');
    expect(spokenName('Bakkerij Peeters, Janssens, en zonen')).toBe('Bakkerij Peeters, Janssens, en zonen');
    expect(spokenName('Janssens,')).toBe('Janssens');
  });
  it('keeps every word of the name', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ' -]{1,20}$/).filter((w) => w.trim() !== '');
    fc.assert(
      fc.property(word, word, (family, given) => {
        const spoken = spokenName(`${family}, ${given}`);
        expect(spoken).toBe(`${given.trim()} ${family.trim()}`);
      }),
    );
  });
});
