/**
 * Closed-class marker words the factual-slip rules read around a title, a name or an
 * "administration". They are grammar (time adverbs, modifiers, clause words), not
 * knowledge; the knowledge (who held what, when) is in rules/data/offices.json.
 */

/** Weekdays and months: a capital after a name that does not lengthen the name ("Trump Monday"). */
export const CALENDAR_WORDS = new Set([
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.',
]);

/** Titles of courtesy that say nothing about office ("Mr. Brown" is still the Brown of the record). */
export const COURTESY_TITLES = new Set(['mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof.', 'professor']);

/** Lower-case words that open a name ("de Klerk", "von der Leyen", "bin Salman"). */
export const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'von', 'van', 'bin', 'al', 'el', 'la', 'le', 'der']);

/** "former President X": the writer says X no longer holds the office. */
export const FORMER_WORDS = new Set(['former', 'ex', 'ex-', 'onetime', 'one-time', 'erstwhile']);

/**
 * Words before a title that make it another claim than "holds this office now":
 * "then-President", "the late Queen", "acting President", "Vice President", "ousted President".
 */
export const TITLE_MODIFIERS = new Set([
  'then', 'then-', 'late', 'acting', 'interim', 'caretaker', 'incoming', 'outgoing', 'future', 'next', 'elect', 'designate',
  'would-be', 'deputy', 'vice', 'assistant', 'associate', 'first', 'de', 'facto', 'self-proclaimed', 'self-declared', 'ousted',
  'deposed', 'exiled', 'impeached', 'suspended', 'jailed', 'disgraced', 'slain', 'assassinated', 'toppled', 'overthrown',
  'prospective', 'potential', 'possible', 'fictional', 'fictitious', 'fake', 'mock',
]);

/**
 * Token patterns (PhraseIndex syntax) that place a sentence in the past, where a title
 * can be right for the time described ("at the time", "years ago", "during his presidency").
 */
export const HISTORICAL_PATTERNS = [
  'at the time',
  'then',
  'back then',
  'back in',
  'ago',
  'once',
  'previously',
  'formerly',
  'first|second|third|previous|earlier|last term',
  'his|her|their presidency|premiership|tenure|chancellorship|reign|rule',
  'while|when he|she|it|they was|were',
  'while in office',
  'during his|her|their',
  'as president|premier|chancellor|king|queen|emperor',
  'in retrospect',
  'historically',
];

/** Taking office, said of the person in the same sentence ("who was reelected in 2024 and sworn in on January 20, 2025"). */
export const TAKING_OFFICE = /\b(?:re-?elected|sworn in|inaugurated|took office|takes office|took the oath|assumed (?:office|power)|returned to (?:office|power|the White House)|(?:began|begins|started|starts) (?:his|her) (?:second|third|fourth|new) term|won re-?election)\b/i;

/** Nouns for a government named after its leader: "the Obama administration", "the Merkel government". */
export const GOVERNMENT_NOUNS = new Set(['administration', 'government', 'cabinet', 'presidency', 'premiership', 'chancellorship', 'regime']);

/** Nouns for people and teams after "the X administration": they may be from any time ("Trump administration officials"). */
export const GOVERNMENT_PEOPLE = new Set([
  'official', 'officials', 'alumni', 'alumnus', 'alum', 'veteran', 'veterans', 'aide', 'aides', 'staff', 'staffer', 'staffers',
  'appointee', 'appointees', 'member', 'members', 'adviser', 'advisers', 'advisor', 'advisors', 'figure', 'figures', 'insider', 'insiders',
  'holdover', 'holdovers', 'nominee', 'nominees', 'pick', 'picks', 'transition', 'team', 'hopeful', 'hopefuls', 'candidate',
]);

/** Words before "X administration" that put it outside its term: "the incoming Trump administration". */
export const GOVERNMENT_MODIFIERS = new Set([
  'incoming', 'future', 'next', 'prospective', 'potential', 'possible', 'hypothetical', 'would-be', 'second', 'third', 'new', 'former', 'previous', 'past', 'first',
]);

/** "Obama's 2014 decision": acts of a government that carry their year. */
export const GOVERNMENT_ACTS = new Set([
  'decision', 'order', 'orders', 'policy', 'policies', 'ban', 'tariff', 'tariffs', 'budget', 'veto', 'directive', 'decree', 'deal',
  'agreement', 'sanctions', 'withdrawal', 'reform', 'reforms', 'law', 'crackdown', 'executive', 'rule', 'rules', 'regulation', 'regulations',
]);

/** Words that open another clause: a year after them dates another event. */
export const CLAUSE_WORDS = new Set([
  'which', 'that', 'who', 'whom', 'whose', 'when', 'after', 'before', 'since', 'until', 'while', 'because', 'although', 'though',
  'than', 'but', 'and', 'or', 'whereas', 'unlike', 'compared', 'following', 'where', 'if',
]);
export const CLAUSE_PUNCT = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);

/** Words that tie a weekday to the article's date, with the day offset they mean. */
export const RELATIVE_DAYS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
