// cross-source/opposite-account: one outlet says the owners stopped their own business of their
// own accord ("The owners voluntarily closed the restaurant's kitchen on Tuesday"), another that
// an outside body shut it ("Health inspectors padlocked the kitchen on Tuesday"). The actors
// differ by design, so the two are tied by the same place name, the same day and the thing shut
// (info: one may have followed the other within the day).
import rule from '../../rules/cross-source/opposite-account.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Ashanti Ledger', publishedAt: '2026-09-02' },
  { text: b, source: 'Gold Coast Wire', publishedAt: '2026-09-02' },
];

const shut = 'Eleven diners were treated for food poisoning at the weekend. Health inspectors padlocked the restaurant\'s kitchen in Kumasi on Tuesday, and took swabs from the fridges and the grill.';
const voluntary = 'The Adum Grill has served the Kumasi lunch crowd for twenty years. Its owners voluntarily closed the Kumasi kitchen on Tuesday, the manager said, and staff have been sent home on full pay.';

testRule(rule, {
  flagged: [
    { articles: pair(voluntary, shut), flag: 'voluntarily closed', message: /stopped of its own accord \/ was shut by an outside body/ } as never,
    {
      articles: pair(
        'The operator voluntarily halted work at the Tarkwa gold mine on Friday after a tailings wall cracked, a spokesman for the company said.',
        'The Minerals Commission ordered the closure of the Tarkwa gold mine on Friday after a tailings wall cracked.',
      ),
      flag: 'voluntarily halted',
    } as never,
  ],
  fine: [
    // Different days: the owners' closure may have come before the inspectors' padlock.
    { articles: pair(voluntary.replace('on Tuesday', 'on Thursday'), shut) } as never,
    // "sealed off" a street is a cordon, not a closure of the business.
    { articles: pair(voluntary, shut.replace('padlocked the restaurant\'s kitchen', 'sealed off the street around the restaurant')) } as never,
    // Both say the owners closed it; neither sets their own accord against an order.
    { articles: pair(voluntary.replace('voluntarily closed', 'closed'), shut) } as never,
    // Another town's kitchen.
    { articles: pair(voluntary.replace(/Kumasi/g, 'Tamale'), shut) } as never,
  ],
});
