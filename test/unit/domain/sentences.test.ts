import { describe, expect, it } from 'vitest';
import { countSentences } from '../../../shared/domain/sentences';

describe('countSentences', () => {
  it.each([
    ['', 0],
    ['   \n ', 0],
    ['One.', 1],
    ['No full stop at the end', 1],
    ['One. Two. Three.', 3],
    ['One.Two', 1],
    ['First line.\nSecond line.', 2],
    // Decimals do not end a sentence.
    ['Growth was 3.5% last year. We aim for 4.25% next year.', 2],
    ['It costs €12.99 today.', 1],
    ['Version 2.0 ships. Then 2.1 follows.', 2],
    // Abbreviations do not end a sentence.
    ['Use owned channels, e.g. email and the app. Paid comes later.', 2],
    ['Lead with one offer, i.e. the bundle. Nothing else.', 2],
    ['Dr. Okafor and Mrs. Weber approve it. Done.', 2],
    ['Email vs. social is the question.', 1],
    ['Approx. 300 guests, incl. press. Venue is booked.', 2],
    ['E.G. capitals too. Fine.', 2],
    // Runs of ! and ? end one sentence.
    ['Really?! Yes.', 2],
    ['Wait... what?', 2],
    ['Stop!!! Go?', 2],
    ['Why not?!?', 1],
    // Punctuation alone is not a sentence.
    ['?!', 0],
    ['... !!! ???', 0],
    ['Zahlen 1.000 und 2.500 zählen.', 1],
    ['Ça marche. ¿Qué tal? 好。', 3],
  ])('%j has %i sentence(s)', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});
