/**
 * Headlinese in timeline entries and live-blog entry headings ("22:40 — Inferno rips through
 * the roof", "• 2014 — Sea swallows ..."): the writer's own display line, read with the
 * headline's wording and as loud as a headline. A frontier image for lawlessness ("has turned
 * the salt flats into the Wild West"), and a feeding frenzy whose "of" phrase names people or
 * boats, not animals, even where the paragraph mentions fish. Their neighbours stay quiet:
 * plain timeline entries, the same fire word in body prose, sharks in a real frenzy, a theme
 * saloon or a rodeo, and a speaker's quotation.
 */
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

const fireTimeline = (entry: string) =>
  'A warehouse fire in the port district of Gdańsk destroyed stock worth several million złoty, the city fire service said on Thursday.\n\n' +
  'Firefighters from four stations fought the blaze for six hours. No one was hurt, the service said.\n\n' +
  'What happened on Wednesday night:\n\n' +
  `21:10 — Security guard calls the fire service\n21:25 — First crews arrive at the warehouse\n${entry}\n03:15 — Fire declared out\n\n` +
  'The owner, Baltic Storage, said it would cooperate with investigators.';

const lagoonTimeline = (entry: string) =>
  'The dredging programme on the lagoon was approved in 2008 and cut back twice.\n\nKey dates:\n\n' +
  `• 2008 — Lagoon dredging approved\n• ${entry}\n• 2019 — Dredging halted\n\n` +
  'The ministry said the programme would resume next year.';

/** [text, the wording the flag must cover, its severity]. */
const flagged: SeverityRow[] = [
  // Headline words in a timeline entry, by time of day and by year.
  [fireTimeline('22:40 — Inferno rips through the roof'), 'Inferno', 'warning'],
  [lagoonTimeline('2014 — Sea swallows Ilha do Norte'), 'swallows Ilha', 'warning'],
  // A frontier image for lawlessness.
  ['The rush for lithium permits has turned the salt flats into a wild west of unlicensed diggers.', 'turned the salt flats into a wild west', 'warning'],
  ['The short-let market in Lisbon has become the Wild West.', 'become the Wild West', 'warning'],
  // A feeding frenzy of people: the fish at stake do not make it literal.
  ['By noon the auction hall had become a feeding frenzy of dealers, each racing to outbid the next for the last crates of fish.', 'become a feeding frenzy', 'warning'],
];

const fine: string[] = [
  // Plain timeline entries, and the fire word in body prose.
  fireTimeline('22:40 — Flames reach the roof'),
  lagoonTimeline('2014 — Sea wall breached at Ilha do Norte'),
  'Crews said the inferno reached the roof of the warehouse by 22:40.',
  // Real animals in a frenzy, beside boats.
  'Divers filmed a feeding frenzy of sharks beside the tour boats off the reef.',
  // The real frontier: a theme saloon and a rodeo.
  'The museum in Cody turned its ground floor into a Wild West saloon for the summer.',
  "The festival's rodeo turned the fairground into the Wild West for a weekend.",
  // A speaker's quotation.
  '"The harbour has become the Wild West," said Captain Mei Lin, the port\'s deputy master.',
];

testSeverities(rule, 'entry lines and frontier images', flagged, fine);
