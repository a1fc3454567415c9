import rule from '../../rules/factual-slip/stated-share.js';
import { testRule } from '../helpers/rule-tester.js';

// A count out of a whole, then the share it makes, which the counts must bear out.
testRule(rule, {
  flagged: [
    { text: 'Flooding has ruined 12 of the estate\u2019s 50 greenhouses since April, nearly half of them, the manager said.', flag: '12 of the estate\u2019s 50 greenhouses since April, nearly half' },
    { text: 'Auditors found faults in 9 out of 40 ambulances, more than a third.', flag: '9 out of 40 ambulances, more than a third' },
    { text: 'The court upheld 300 of 1,200 complaints, or 40 per cent.', flag: '300 of 1,200 complaints, or 40 per cent' },
    { text: 'Only 45 of the 60 wells \u2014 about half \u2014 still work, according to the survey.', flag: '45 of the 60 wells \u2014 about half' },
  ],
  fine: [
    { text: 'Flooding has ruined 23 of the estate\u2019s 50 greenhouses since April, nearly half of them, the manager said.' },
    { text: 'Auditors found faults in 15 out of 40 ambulances, more than a third.' },
    { text: 'The court upheld 300 of 1,200 complaints, or 25 per cent.' },
    { text: 'About 1,900 of the valley\u2019s 6,000 hectares, roughly a third, lie fallow.' },
    { text: 'Of the 30 bids, 12 came from abroad, a third of them from Asia.' },
    // A share of something else after the comma.
    { text: 'Three of the 12 ministers resigned, half of the cabinet\u2019s women.' },
  ],
});
