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

describe('countSentences: abbreviations and initialisms are not sentence ends', () => {
  it.each([
    // "e.g." mid-sentence, at a line break and before a capital.
    ['Use owned channels, e.g. email. Paid comes later.', 2],
    ['Lead with proof, e.g.\nreviews and awards.', 1],
    ['Pick a hero product, e.g. The Spring Blend. Keep it simple.', 2],
    ['Lead with proof (e.g. reviews). Then the offer.', 2],
    // Initialisms: U.S., U.K., a.m.
    ['Launch in the U.S. first.', 1],
    ['Launch in the U.S. and then the U.K. in May.', 1],
    ['Sales in the U.S. grew. Now the U.K. follows.', 2],
    ['The U.S. market leads. Europe follows. Asia waits.', 3],
    ['Emails go out at 9 a.m. on Tuesdays. Social follows.', 2],
    // A sentence that ends with an initialism still ends at the end of the text.
    ['We launch first in the U.S.', 1],
  ])('%j has %i sentence(s)', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });

  // The strategy summary allows three sentences: the fourth is what the rule refuses.
  it.each([
    ['Win back lapsed U.S. buyers. Lead with proof, e.g. reviews. One action per asset.', 3],
    [
      'Win back lapsed U.S. buyers. Lead with proof, e.g. reviews. One action per asset. Then upsell.',
      4,
    ],
    [
      'Reach home brewers in the U.K., e.g. via newsletters! Show the farm. Sell 8,000 bags by October 1.',
      3,
    ],
    ['Reach home brewers. Show the farm? Sell 8,000 bags. Measure weekly.', 4],
  ])('%j has %i sentences', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});
