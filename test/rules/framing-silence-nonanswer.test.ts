import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// Follow-ups to a denial that answer with something other than an answer: a link or a
// document instead of the answer, a deadline let pass, a stock policy line, calls that went
// to voicemail; and a declined question whose act is the denial's in other words
// ("had reported" / "had warned"). Each counts only after the same party's denial, on the
// same matter.
testRule(rule, {
  flagged: [
    {
      text: "The water utility has denied that any of the state loan was used for anything other than new pipes. Asked whether part of the loan had been used to pay managers' bonuses in December, the utility's press officer sent a link to its annual accounts.",
      flag: 'sent a link',
    },
    {
      text: 'Ferrovia Sul, which had earlier denied that any safety inspection was skipped, let our deadline pass without answering whether the broken signal had been logged in the March inspection report.',
      flag: 'let our deadline pass without',
    },
    {
      text: 'Andes Cacao denied lowering the price it pays growers. "Every grower is paid the published price," its managing director, Rosa Quispe, said on Friday. A company spokeswoman said Andes Cacao "does not comment on individual contracts" when asked why the price paid to the Quillabamba growers had been lowered in May.',
      flag: 'does not comment on individual',
    },
    {
      text: 'The firm that runs the clinic, Meridian Diagnostics Ltd, denied that any samples had been mislabelled in March. "Every sample is scanned twice," its quality manager, Lena Brandt, said on Tuesday. Our emails to the laboratory\'s director bounced when we asked how many samples had been relabelled in March.',
      flag: 'bounced',
    },
    {
      text: 'Harbourside Cold Stores said in a statement that its plant had passed a safety audit in June and denied that staff had reported a gas leak before Friday. The company declined to comment on whether an engineer had warned managers about a hissing valve the previous week.',
      flag: 'declined to comment on whether an engineer had warned managers',
    },
  ],
  fine: [
    // No denial before the non-answer.
    { text: "Asked about plans for a new stadium, the club's press officer sent a link to its 2024 annual report." },
    { text: 'Our calls to the mayor\'s office went to voicemail when we asked about the budget for the new library.' },
    { text: 'Growers said the exporter "does not discuss individual suppliers" with anyone, even its own agents.' },
    // A denial, then a non-answer on another matter.
    { text: 'Ferrovia Sul, which denied that any safety inspection was skipped, let our deadline pass without answering how much the new trams had cost.' },
    { text: 'The sponsor denied that it owed the club money. The energy company declined to comment on its plans for other sports sponsorships.' },
    // A party that made no denial is silent, after someone else's denial.
    { text: 'The ministry denied that the audit had been delayed. Our calls to the contractor\'s director went to voicemail when we asked whether the audit had been delayed.' },
  ],
});

// The denial's own speech cue ("told AFP") is no act of the question ("had warned managers").
testRule(rule, {
  fine: [
    { text: 'Northgate Foods denied the report, a spokesman told AFP on Monday. The company declined to comment on whether drivers had warned managers about the brakes.' },
  ],
});

// A changed subject ("spoke instead about", "changed the subject") or written questions met
// with a link: non-answers, read only after the same party's denial on the same matter.
testRule(rule, {
  flagged: [
    {
      text: 'The port authority denied that any container had been released without inspection. "Every box is scanned before it leaves the quay," its spokeswoman, Ines Duarte, said on Monday. Asked why the inspection logs for the March containers were missing, the spokeswoman spoke instead about new cranes.',
      flag: 'the spokeswoman spoke instead about',
    },
    {
      text: 'The water board denied that it had delayed repairs to the dam. Asked whether the repairs to the dam had been postponed to next year, the board talked instead about rainfall.',
      flag: 'the board talked instead about',
    },
    {
      text: 'The hospital trust denied that any operation had been cancelled for lack of staff. Asked how many operations had been cancelled in January, the trust changed the subject.',
      flag: 'the trust changed the subject',
    },
    {
      text: 'The ministry denied that it had been warned about the levee. Written questions about the 2021 levee survey were answered with a link to the ministry\'s website.',
      flag: 'were answered with a link',
    },
    {
      text: 'Borealis Rail denied that any train had run with faulty brakes. A set of questions about the brake inspection records was met with a link to the company\'s safety brochure.',
      flag: 'was met with a link',
    },
  ],
  fine: [
    // No denial before it.
    { text: 'Asked why the festival had moved to August, the organiser spoke instead about ticket sales, which he said were the best in a decade.' },
    { text: 'Questions about the new timetable were answered with a link to the operator\'s website, which lists every stop.' },
    // A denial, then a changed subject on another matter.
    { text: 'The club denied that its coach had been sacked. Asked about the price of season tickets, the chairman spoke instead about the new stadium.' },
    // "instead" of a different kind: a plan changed, no question evaded.
    { text: 'The minister denied that the summit had been cancelled. She spoke instead about the weather at the opening session in Tallinn, where the summit went ahead.' },
    // Questions answered in full.
    { text: 'The council denied that the bridge was unsafe. Questions about the 2020 bridge survey were answered in a two-page letter that set out every repair.' },
  ],
});
