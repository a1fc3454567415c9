/**
 * Hype the writer puts in display text and captions as much as in the body: risk images
 * ("a time bomb", "a timebomb" over a town), intensified states ("utter desperation", "total
 * meltdown", "sheer terror") and dramatic nouns of downfall ("the spectacular unravelling of",
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
  ['The regulator found corrosion on three of the tailings pipes.\n\nA time bomb under the town\n\nEngineers measured the embankment every month in 2023.', 'time bomb', 'warning'],
  ['The unpaid maintenance backlog on Porto\'s bridges is a timebomb for the city budget.', 'timebomb', 'warning'],
  ['The levee above Novi Sad has become a ticking time-bomb, engineers warned in their own report.', 'time-bomb', 'warning'],
  // Intensified states, in a caption and in the body.
  ['📷 Flood victims queue for water outside the town hall in Sylhet on Tuesday, in scenes of utter desperation.', 'utter desperation', 'warning'],
  ['By the third day of the strike the ward was in a state of sheer despair.', 'sheer despair', 'warning'],
  ['The ticketing system suffered a total meltdown on the morning the festival sales opened in Ghent.', 'total meltdown', 'warning'],
  ['Passengers waited in absolute terror as the ferry listed off the coast of Samar.', 'absolute terror', 'warning'],
  // Dramatic nouns of downfall, in a subhead and in the body.
  ['The club confirmed the suspension on Friday.\n\nThe spectacular unravelling of a football dynasty\n\nThe club won six titles between 2010 and 2018.', 'spectacular unravelling', 'warning'],
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
  '"The dam is a time bomb above our village," said Tomas Varga, a farmer in the valley.',
  '"We watched in utter desperation as the water rose," said Amina Rahman, who runs a shop in Sylhet.',
  '"It is the spectacular unravelling of a great club," said Ivo Petrov, a former captain.',
  // Ordinary neighbours of the shape.
  'The former minister resigned in March after the audit was published.',
  'The company\'s market share fell from 30 per cent to 18 per cent in two years.',
  'The desperation of the families was clear in the letters they sent to the ministry, the ombudsman said.',
];

testSeverities(rule, 'display hype', flagged, fine);
