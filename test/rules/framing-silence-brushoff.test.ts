import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// Brush-offs after a denial: the call ended or hung up when the question came, the question
// labelled ("political", "speculative") instead of answered, messages asking it not returned
// by publication time; and a follow-up one paragraph of evidence away from the denial.
// Each counts only after the same party's denial, on the same matter.
testRule(rule, {
  flagged: [
    {
      text: "Baltic Reefer denied paying any crew member less than the wage agreed in 2022. Its operations manager, Jonas Berg, said on Monday that deckhands earn 1,900 euros a month.\n\nPayslips shown to the paper by three deckhands list 1,450 euros. Baltic Reefer's human-resources manager ended the call when asked why the wage on the company's own payslips was below the 2022 agreement.",
      flag: 'ended the call',
    },
    {
      text: 'Northfield Hospital Trust denied that any ward had been left without a night nurse in January. Its medical director hung up when asked why the January rota shows no night nurse on ward 7.',
      flag: 'hung up',
    },
    {
      text: 'Mayor Lucia Ferraro denied that any parking-fee money had been used for staff bonuses. "Every cent is in the road fund," she told the council.\n\nAccording to two officials who have read the draft accounts, €900,000 was moved from the road fund into the general budget last year.\n\nAsked how many of the bonuses paid in December came from the road fund, the mayor\'s chief of staff said the question was "speculative".',
      flag: 'the question was',
    },
    {
      text: 'Kuna Telecom\'s chief executive, Mere Tasi, denied that a software update installed on Sunday night had caused the outage.\n\nAn engineer who did not want to be named said staff had raised concerns about the update a week before it was installed.\n\nMessages to Kuna Telecom\'s chief technology officer asking whether the update had been tested before it went live had not been returned by publication time.',
      flag: 'had not been returned',
    },
    {
      text: 'Andina Mining denied that any tailings had reached the river in March. Andina Mining\'s environment director cut the interview short when asked why the March water samples showed tailings in the river.',
      flag: 'cut the interview short',
    },
    {
      text: "The port authority denied that any dredging contract had been awarded without a tender. Asked how the 2024 dredging contract had been awarded without a tender notice, the authority's director would not be drawn.",
      flag: 'would not be drawn',
    },
    {
      text: 'The ministry of health denied that any vaccine stock had expired in its warehouses. The ministry\'s spokesman dismissed the question as "political" when asked how many expired vaccine doses had been destroyed in April.',
      flag: 'dismissed the question',
    },
  ],
  fine: [
    // No denial before the brush-off.
    { text: 'The club\'s press officer ended the call when asked why the stadium deal had been delayed.' },
    { text: 'Asked how many staff were hired this year, the mayor\'s chief of staff said the question was "political".' },
    { text: 'Messages to the director asking whether the school would reopen had not been returned by publication time.' },
    { text: "Asked how the dry season would affect shipping, the port authority's director would not be drawn." },
    // A denial, then a brush-off on another matter.
    { text: 'Northfield Hospital Trust denied that any ward had been left without a night nurse in January. Its medical director hung up when asked about the new car park.' },
    // The brush-off by a party that made no denial.
    { text: 'Mayor Lucia Ferraro denied that any parking-fee money had been used for staff bonuses. Asked how much the road fund held, the opposition leader said the question was "premature" until the audit is out.' },
    // An ordinary end of a call, no question.
    { text: 'Andina Mining denied that any tailings had reached the river. The minister ended the call after ten minutes, saying she had a cabinet meeting.' },
    // A denial far back and a question with nothing in common with it.
    { text: 'Sepora Foods denied that its factory had dumped waste in the canal.\n\nThe factory employs 400 people.\n\nIt opened in 1998.\n\nMessages to Sepora Foods asking how many people it employs at its second plant had not been returned by publication time.' },
  ],
});

// A past year inside what was denied ("the rate agreed in 2023") dates the matter, not the
// denial; a denial dated years back ("In 2019, ... denied") is background.
testRule(rule, {
  flagged: [
    {
      text: 'Lakeside Haulage denied paying any driver less than the rate agreed in 2023. Lakeside Haulage\'s payroll director ended the call when asked why the rate on the drivers\' own payslips was below the 2023 agreement.',
      publishedAt: '2025-04-09',
      flag: 'ended the call',
    },
  ],
  fine: [
    {
      text: 'In 2019, Lakeside Haulage denied paying any driver less than the agreed rate. Lakeside Haulage\'s payroll director ended the call when asked why the rate on the drivers\' own payslips was below the agreed rate.',
      publishedAt: '2025-04-09',
    },
  ],
});
