// cross-source/conflicting-detail: a sum that measures one thing ("insured for $12 million")
// given two ways by two outlets, in sentences worded too differently to align (one says what
// happened to the thing, the other who told the outlet). The kind word says what the amount
// measures; a noun both sentences name before it says of what.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Adriatic Maritime Review', publishedAt: '2026-05-12' },
  { text: b, source: 'Shipping Desk', publishedAt: '2026-05-12' },
];

testRule(rule, {
  flagged: [
    {
      // A relative clause and the owners' word on one side, an insurer on the other.
      articles: pair(
        'Grain carrier aground\n\nA bulk carrier loaded with wheat ran aground off Sardinia on Sunday; its 19 crew were taken off by helicopter.\n\nIts owners said the carrier, which had been sailing to Valencia, was insured for €40 million.',
        'Sardinia grounding\n\nSalvage crews reached the stranded bulk carrier on Monday.\n\nA marine insurer said on Monday that the carrier was insured for €26 million.',
      ),
      flag: 'insured for €40 million',
    } as never,
    {
      // A painting's cover, told in a police statement and by the museum.
      articles: pair(
        'Museum theft\n\nThieves took a landscape by a 19th-century Norwegian painter from a museum in Bergen overnight.\n\nThe painting, bought by the museum at an auction in London, was insured for £3 million, police said.',
        'Bergen museum robbed\n\nA 19th-century landscape was stolen from a museum in Bergen overnight. The museum director said the painting was insured for £8 million and that the alarm had been switched off for repairs.',
      ),
      flag: 'insured for £3 million',
    } as never,
    {
      // A key-points line with no verb before the amount on one side.
      articles: pair(
        'Grain store fire\n\nA fire destroyed a grain warehouse outside Kano on Friday.\n\nThe warehouse, which held maize for three states, was insured for $12 million, its owner said on Saturday.',
        'Kano warehouse fire\n\nKEY POINTS\n• Warehouse insured for $4 million, according to the state insurer\n• No one was hurt\n\nA fire gutted a maize warehouse near Kano on Friday.',
      ),
      flag: 'insured for $12 million',
    } as never,
    {
      // The cargo, not the ship: the noun before the amount ties the two.
      articles: pair(
        'Container ship aground\n\nA container ship ran aground near Colombo on Tuesday. Its cargo of tea and rubber was insured for $30 million, the shipping line said.',
        'Colombo grounding\n\nA container ship grounded near Colombo on Tuesday. The cargo, mostly tea, had been insured for $18 million, according to a Lloyd\'s underwriter.',
      ),
      flag: 'insured for $30 million',
    } as never,
    {
      // A racehorse's value, the amounts in words the other way round.
      articles: pair(
        'Racehorse dies\n\nThe champion mare Silver Tern died after a fall at a track near Dubai on Saturday. The mare, which won four races last season, had been insured for $2 million, her trainer said.',
        'Silver Tern dead\n\nSilver Tern died on Saturday after falling in training near Dubai. The mare was insured for $5 million, her owners said in a statement.',
      ),
      flag: 'insured for $2 million',
    } as never,
  ],
  fine: [
    {
      // The same sum in two differently worded sentences.
      articles: pair(
        'Grain carrier aground\n\nIts owners said the carrier, which had been sailing to Valencia, was insured for €40 million.',
        'Sardinia grounding\n\nUnderwriters in Copenhagen said on Monday that the carrier was insured for €40 million.',
      ),
    },
    {
      // Two things insured: the lorry and the paintings it carried.
      articles: pair(
        'Art lorry overturns\n\nA lorry taking six paintings to a gallery in Ghent overturned on the motorway on Thursday. The lorry was insured for €200,000, the haulier said.',
        'Paintings damaged\n\nSix paintings were damaged when the lorry carrying them to Ghent overturned. The paintings were insured for €9 million, the gallery said.',
      ),
    },
    {
      // The premium paid is not the value insured.
      articles: pair(
        'Grain carrier aground\n\nThe carrier that ran aground off Sardinia was insured for €40 million, its owners said.',
        'Sardinia grounding\n\nThe owners paid a premium of €2 million a year for the carrier, their accounts show.',
      ),
    },
    {
      // Different years: the cover then and the cover now.
      articles: pair(
        'Museum theft\n\nIn 2015 the painting was insured for £3 million, the museum said.',
        'Bergen museum\n\nThe painting is insured for £8 million this year, the museum director said.',
      ),
    },
    {
      // Only the insurers are shared: two ships, each insured once.
      articles: pair(
        'Storm losses\n\nInsurers said a tanker that sank off Malta was insured for $25 million.',
        'Storm at sea\n\nInsurers said a trawler lost in the same storm was insured for $3 million.',
      ),
    },
    {
      // Two fines to two companies are two payments, not one sum told two ways.
      articles: pair(
        'Spill fines\n\nThe environment regulator fined a tanker operator €2 million on Monday for an oil spill near Gdansk.',
        'Gdansk spill\n\nOn Monday the environment regulator also fined the port\'s fuel supplier €5 million, for late reporting of a leak at its depot.',
      ),
    },
  ],
});
