import { describe, expect, it } from 'vitest';
import { englishStem } from './english';

const same = (...words: string[]) => new Set(words.map(englishStem)).size === 1;

describe('englishStem', () => {
  it('gives plural and singular one stem', () => {
    expect(same('hospital', 'hospitals')).toBe(true);
    expect(same('city', 'cities')).toBe(true);
    expect(same('party', 'parties')).toBe(true);
    expect(same('movie', 'movies')).toBe(true);
    expect(same('box', 'boxes')).toBe(true);
    expect(same('match', 'matches')).toBe(true);
    expect(same('class', 'classes')).toBe(true);
    expect(same('price', 'prices')).toBe(true);
    expect(same('case', 'cases')).toBe(true);
    expect(same('wage', 'wages')).toBe(true);
  });

  it('strips -ing and -ed, undoubling the consonant they leave', () => {
    expect(same('talk', 'talks', 'talked', 'talking')).toBe(true);
    expect(same('price', 'priced', 'pricing')).toBe(true);
    expect(same('stop', 'stopped', 'stopping')).toBe(true);
    expect(same('run', 'running')).toBe(true);
    expect(same('fall', 'falling')).toBe(true);
    expect(same('agree', 'agreed')).toBe(true);
    expect(same('study', 'studies', 'studied', 'studying')).toBe(true);
    expect(same('carry', 'carried')).toBe(true);
    expect(same('play', 'plays', 'played')).toBe(true);
  });

  it('leaves words that only look like they have a suffix', () => {
    for (const w of ['news', 'bus', 'crisis', 'status', 'glass', 'sing', 'string', 'need', 'red', 'this']) expect(englishStem(w), w).toBe(w);
    expect(englishStem('news')).not.toBe(englishStem('new'));
  });

  it('drops a possessive and apostrophes', () => {
    expect(englishStem("morocco's")).toBe('morocco');
    expect(englishStem('morocco’s')).toBe('morocco');
    expect(englishStem("don't")).toBe('dont');
  });

  it('leaves numbers and mixed tokens alone', () => {
    expect(englishStem('2030')).toBe('2030');
    expect(englishStem('covid19')).toBe('covid19');
  });
});
