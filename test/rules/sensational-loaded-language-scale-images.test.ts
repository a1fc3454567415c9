/**
 * Images of size and mood in the writer's voice, each a family rather than a phrase: a
 * process that "was a circus" (a process noun as the subject of a show verdict), a company
 * painted as a giant ("has become a retail juggernaut"), a place "in the grip of" a panic
 * or a frenzy, awe put on a size ("a swindle of astonishing size"), and hype in a subhead,
 * which is display type in the writer's voice like a headline, even when a page's furniture
 * line ("▶ WATCH: ...") stands between it and the prose. Their neighbours stay quiet: real
 * circuses, statues, ships and lorries, a panic attack, a heatwave's grip, a breathtaking
 * view in travel copy, and the same words in a named speaker's quotation or report.
 */
import { expect, it } from 'vitest';
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

/** [text, the wording the flag must cover, its severity]. */
const flagged: SeverityRow[] = [
  // A process as the subject of a show verdict.
  ['For three weeks the licensing hearing was a circus, with witnesses shouting over the chair.', 'hearing was a circus', 'warning'],
  ['The selection process became a soap opera, with three chairs resigning in a month.', 'process became a soap opera', 'warning'],
  ['The auction was a pantomime, with bids withdrawn and resubmitted within minutes.', 'auction was a pantomime', 'warning'],
  ['The parliamentary inquiry has been a freak show since its chairman stepped down in March.', 'inquiry has been a freak show', 'warning'],
  // A company painted as a giant: a warning as what a deal creates, a weak signal alone.
  ['Analysts expect the tie-up to create a shipping behemoth with 40 per cent of Baltic container routes.', 'create a shipping behemoth', 'warning'],
  ['Shareholders voted to forge a cable-television colossus out of the two Andean networks.', 'cable-television colossus', 'warning'],
  ['In five years the chain has become a juggernaut of the Baltic grocery trade.', 'become a juggernaut', 'warning'],
  ['The telecoms leviathan reported a 4 per cent fall in profit on Thursday.', 'leviathan', 'info'],
  // A place in the grip of a panic or a frenzy.
  ['Petrol stations across Lagos have been in the grip of a buying panic since the strike began.', 'in the grip of a buying panic', 'warning'],
  ['For a week the bond desks of Harare stayed in the grip of a full-blown dollar frenzy.', 'in the grip of a full-blown dollar frenzy', 'warning'],
  ['The port town has been in the grip of hysteria since the first case was confirmed.', 'in the grip of hysteria', 'warning'],
  ['Shoppers were gripped by panic as the shelves emptied in Kandy.', 'gripped by panic', 'info'],
  ['Weeks of queues at the depots turned into a full-blown cement panic in Lusaka.', 'full-blown cement panic', 'info'],
  // Awe put on a size or a nerve.
  ['The pension scheme turned out to be a swindle of staggering scale, wiping out the savings of 40,000 teachers.', 'of staggering scale', 'warning'],
  ['The breathtaking scale of the losses at the state airline only emerged in the audit.', 'breathtaking scale', 'warning'],
  ['A jewel robbery of jaw-dropping audacity emptied three vaults in Antwerp on Sunday.', 'of jaw-dropping audacity', 'warning'],
  ['The mind-boggling size of the contract surprised even the finance committee.', 'mind-boggling size', 'warning'],
  // Inside a prefixed compound the tokenizer keeps whole.
  ['The merger of the two exchanges would create a crypto-behemoth with no rival in the region.', 'crypto-behemoth', 'warning'],
  ['The leadership election was a media-circus from the first week.', 'election was a media-circus', 'warning'],
  ['The deal would make the group a mega-behemoth of West African cement.', 'mega-behemoth', 'info'],
  ['The spectrum auction was a cyber-circus, with the bidding website down for three days.', 'auction was a cyber-circus', 'warning'],
  // Hype in a subhead, after a furniture line and between prose paragraphs.
  ['The passport office published its backlog figures on Monday.\n\n▶ VIDEO: Queues outside the passport office (0:58)\n\nA passport service on the brink of meltdown\n\nThe backlog reached 90,000 applications in April.', 'meltdown', 'warning'],
  ['The strike entered its third week on Monday.\n\nA rail network in meltdown\n\nTrains ran at a third of the timetable, the operator said.', 'meltdown', 'warning'],
  // The same risk in the body is a weak signal.
  ["The hospital's finances are on the brink of meltdown, with wages unpaid since March.", 'meltdown', 'info'],
];

const fine: string[] = [
  // Real circuses, statues, ships and lorries.
  'The circus came to Kumasi for a week, with acrobats and clowns under a striped tent.',
  'Tourists queue to see the harbour where the Colossus of Rhodes once stood.',
  'Divers found the wreck of HMS Colossus off the Isles of Scilly in 2001.',
  'A juggernaut overturned on the motorway near Leeds, blocking two lanes for six hours.',
  // Panic attacks, heatwaves and plain mentions of panic buying.
  'She suffered a full-blown panic attack during the flight, the airline said.',
  'Southern Spain has been in the grip of a heatwave since Tuesday.',
  'Shops in Colombo limited sales of sugar to two kilos a customer after two days of panic buying.',
  // Travel copy and plain size.
  'The hotel terrace offers a breathtaking view of the bay.',
  'The scale of the fraud only emerged when the auditors were called in.',
  'The spectrum auction was cancelled and rerun in March, the regulator said.',
  // The same words as a named speaker's.
  '"That whole auction was a circus," said Tala Simi, who runs a mobile network in Apia.',
  '"This merger creates a colossus," said Rania Aziz, an economist at the University of Jordan.',
  'Rania Aziz, an economist at the University of Jordan, said the merger would create a banking behemoth.',
  '"The whole market is in the grip of a buying frenzy," said Mayor Joseph Otieno.',
  '"It is a swindle of breathtaking audacity," said Lena Moritz, a prosecutor in Hamburg.',
  // A prefix that reverses the word, and a compound with no image in it.
  'The anti-panic plan keeps two weeks of fuel in each regional depot.',
  'The cyber-attack closed the hospital booking system for two days, the trust said.',
  // A subhead with no hype, after a furniture line.
  'The passport office published its backlog figures on Monday.\n\n▶ VIDEO: Queues outside the passport office (0:58)\n\nA passport service waiting for staff\n\nThe backlog reached 90,000 applications in April.',
];

testSeverities(rule, 'scale, giant and panic images', flagged, fine, (flags) => {
  it('keeps a real meltdown quiet in a subhead too', () => {
    const text = 'Engineers restored cooling on Tuesday.\n\nHow a reactor meltdown was avoided\n\nThe backup pumps started within a minute, the operator said.';
    expect(flags(text).map((f) => f.text)).toEqual([]);
  });
});
