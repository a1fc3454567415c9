import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// A denial, then the denier's own proxy is silent or evasive on a follow-up: "a company
// spokesman", "the union's spokeswoman", "the ministry's press office", "a lawyer for the
// firm", or "It" for the body that just denied. Also a silence on "a shipment of 500 panels
// that ..." (a relative clause after an "of" phrase) and "did not respond to questions about".
testRule(rule, {
  flagged: [
    {
      text: 'Karoo Poultry denied that its chickens were given antibiotics. A company spokesman said he was unable to share the antibiotic records of its farms for March.',
      flag: 'A company spokesman said he was unable to share',
    },
    {
      text: 'The Lusaka Transport Union denied that its members had blocked the ring road. The union\'s spokeswoman changed the subject when asked how many members had joined the blockade on Friday.',
      flag: "The union's spokeswoman changed the subject",
    },
    {
      text: 'The health ministry denied that vaccine stocks had expired in its warehouses. The ministry\'s press office said it was unable to say how many vaccine doses had been destroyed in July.',
      flag: 'was unable to say',
    },
    {
      text: 'The city council denied that it had been warned about cracks in the bridge. It did not respond to questions about a 2023 inspection report on the bridge.',
      flag: 'It did not respond to questions about a 2023 inspection report',
    },
    {
      text: 'Solara Energy denied that any of its solar panels were faulty. The company declined to comment on a shipment of 500 panels that installers say were recalled from its depots in May.',
      flag: 'The company declined to comment on a shipment of 500 panels',
    },
  ],
  fine: [
    // A proxy silent on another matter than the denial.
    // (Two sentences on: right after the denial, an evasion is read at info even on another matter.)
    { text: 'Karoo Poultry denied that its chickens were given antibiotics. Its sales rose by a fifth last year. A company spokesman said he was unable to share the firm\'s expansion plans for Namibia.' },
    // A company's spokesman is not the ministry's.
    { text: 'The transport ministry denied that the tender had been rigged. A company spokesman said he was unable to share the tender documents.' },
    // The relative clause is about another matter.
    { text: 'Solara Energy denied that any of its solar panels were faulty. The company declined to comment on a lease of two warehouses that it signed in Lagos in May.' },
    // A former spokesman speaks for no one.
    { text: 'Karoo Poultry denied that its chickens were given antibiotics. A former company spokesman said he was unable to share the antibiotic records of its farms.' },
    // Questions about another matter than the denial.
    { text: 'The city council denied that it had been warned about cracks in the bridge. It did not respond to questions about the cost of the new bus depot.' },
    // The silence is far from the denial, in another part of the story.
    { text: 'The city council denied that it had been warned about cracks in the bridge.\n\nResidents say the road has been closed for a week.\n\nA new bus route opened on Monday, and schools reopened.\n\nIt did not respond to questions about the bridge.' },
  ],
});
