import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Headlines that take an act as given (a noun phrase with a relative clause, a "Why ..."
// headline) over a body that reports the act denied.
testRule(rule, {
  flagged: [
    {
      text: "The tannery that poisoned Kanpur's river\n\nResidents say the water has turned dark since March. Samples are still being tested. The tannery has denied discharging waste into the river. \"All our water is treated inside the tannery,\" its manager said.",
      flag: 'The tannery that poisoned',
    },
    {
      text: 'The "Alpine" honey that never saw the Alps\n\nA beekeepers\' group says a Zurich trader has been selling imported honey under an Alpine label. Alpenhof Trading denied the allegation, saying every jar carries a certificate.',
      flag: 'honey that never saw the Alps',
    },
    {
      text: "Lagos floods: the drainage work that was never done\n\nThe state government has denied that the floods were caused by neglected drainage work. Residents in Lekki said the canals had not been cleared for years.",
      flag: 'the drainage work that was never done',
    },
    {
      text: "Why your supermarket olive oil is mostly sunflower oil\n\nA consumer group's tests found that two of twelve brands contained sunflower oil. Oleo Norte denied mixing sunflower oil into its olive oil and said the laboratory had made an error.",
      flag: 'Why your supermarket olive oil',
    },
    {
      text: "The landlord who evicted forty families in one winter\n\nTenants' groups say the families were forced out of the blocks in Ostrava between December and February. The landlord, Horak Properties, has denied evicting any families and said tenants left of their own accord.",
      flag: 'The landlord who evicted forty families',
    },
  ],
  fine: [
    // The body tells the act, or reports no denial.
    { text: "The volunteers who rebuilt Leyte's school\n\nForty volunteers rebuilt the primary school in Tacloban in six weeks, the district said." },
    { text: "Why the euro fell against the dollar this week\n\nThe euro fell 2 per cent after the central bank signalled a pause, traders said." },
    // A denial about something else than the headline's predicate.
    { text: "Why the central bank raised rates again\n\nThe central bank raised its main rate by a quarter point. Its governor rejected calls to resign over the housing crisis." },
    // The headline attributes or reports the denial itself.
    { text: "Why the mayor denies the bridge was unsafe\n\nThe mayor has denied that the bridge was unsafe, saying inspectors passed it in May." },
    { text: "Residents say the tannery poisoned their river; the company denies it\n\nResidents say the water has turned dark since March. The tannery has denied discharging waste into the river." },
    // A verb before the relative pronoun: a sentence headline, not a label.
    { text: "Police find the car that was stolen in Graz\n\nPolice said on Monday they had found the car stolen from a car park in Graz. The owner denied that he had left the keys inside." },
  ],
});
