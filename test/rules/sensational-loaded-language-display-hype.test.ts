/**
 * Hype the writer puts in display text and captions as much as in the body: risk images
 * ("a time bomb", "a timebomb" in a budget), intensified states ("pure misery", "total
 * meltdown", "sheer terror") and dramatic nouns of downfall ("a dizzying downfall",
 * "a stunning fall from grace"). A subhead or a photo caption in the writer's words is the
 * writer's voice. Their neighbours stay quiet: real bombs (a bomb disposal team, a time bomb
 * defused by police), a clock ticking in a tower, a reactor's meltdown, and the same words in a
 * named speaker's quotation.
 */
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

/** [text, the wording the flag must cover, its severity]. */
const flagged: SeverityRow[] = [
  // Risk images, in a subhead and in the body.
  ['The auditors found the city had set aside nothing for its pension promises.\n\nA budget time bomb in Lyon\n\nThe shortfall grew by 8 per cent a year from 2019.', 'time bomb', 'warning'],
  ['The unpaid maintenance backlog on Porto\'s bridges is a timebomb for the city budget.', 'timebomb', 'warning'],
  ['Unpaid hospital debts in Sofia have become a ticking time-bomb for the health fund, auditors warned in their own report.', 'time-bomb', 'warning'],
  // Intensified states, in a caption and in the body.
  ['📷 Stranded travellers sleep on the floor of the departure hall at Oslo airport on Sunday, a picture of pure misery.', 'pure misery', 'warning'],
  ['By the third day of the strike the ward was in a state of sheer despair.', 'sheer despair', 'warning'],
  ['The ticketing system suffered a total meltdown on the morning the festival sales opened in Ghent.', 'total meltdown', 'warning'],
  ['Passengers waited in absolute terror as the ferry listed off the coast of Samar.', 'absolute terror', 'warning'],
  // Dramatic nouns of downfall, in a subhead and in the body.
  ['The club confirmed the suspension on Friday.\n\nA dizzying downfall for the six-time champions\n\nThe club won six titles between 2010 and 2018.', 'dizzying downfall', 'warning'],
  ['It was a stunning fall from grace for the former mayor of Plovdiv, convicted of bribery in March.', 'stunning fall from grace', 'warning'],
  ['The ignominious demise of the airline left 4,000 passengers stranded in Riga.', 'ignominious demise', 'warning'],
];

const fine: string[] = [
  // Real bombs and clocks.
  'A bomb disposal team closed the road near the station in Vilnius for two hours on Monday.',
  'Police said the time bomb found under the bridge had been defused by army sappers.',
  'A ticking clock in the tower of the town hall in Tartu was restored in 2019.',
  'The device was a crude time bomb, the explosives expert told the court in Belfast.',
  // A reactor's meltdown is a technical event.
  'The report describes how a total meltdown of the reactor core was avoided in 1979.',
  // The same words in a named speaker's quotation.
  '"These pension debts are a time bomb for our children," said Tomas Varga, a councillor in Lyon.',
  '"We spent the night in pure misery on that floor," said Ingrid Dahl, a teacher from Bergen.',
  '"It is a dizzying downfall for a great club," said Ivo Petrov, a former captain.',
  // Ordinary neighbours of the shape.
  'The former minister resigned in March after the audit was published.',
  'The company\'s market share fell from 30 per cent to 18 per cent in two years.',
  'The desperation of the families was clear in the letters they sent to the ministry, the ombudsman said.',
];

testSeverities(rule, 'display hype', flagged, fine);
