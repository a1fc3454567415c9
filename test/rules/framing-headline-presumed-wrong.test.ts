import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Headlines whose subject is an actor's wrongdoing taken as given ("Port chief's bribes
// sank ...") over a body that has it only as a charge, an allegation or a denied claim.
testRule(rule, {
  flagged: [
    {
      text: "Port chief's bribes sank the harbour tender\n\nThe former head of the Durres port authority is charged with taking bribes from a dredging firm, prosecutors told a court in Tirana on Monday. He denies the charges.",
      flag: "Port chief's bribes",
    },
    {
      text: "Mayor's kickbacks doubled the cost of the new bridge\n\nProsecutors say the mayor of Vranje took kickbacks worth €200,000 from the builder. The mayor denies wrongdoing, and his trial continues in June.",
      flag: "Mayor's kickbacks",
    },
    {
      text: "Minister's embezzlement left hospitals without drugs\n\nThe former health minister is accused of embezzlement of 3 million dollars meant for medicines, according to the indictment. She denies the charges.",
      flag: "Minister's embezzlement",
    },
    {
      text: "Bank founder's fraud cost savers $40 million\n\nThe founder of Kivu Savings denies fraud. Prosecutors allege that he moved depositors' money into his own companies between 2019 and 2022.",
      flag: "Bank founder's fraud",
    },
    {
      text: "Coach's abuse went unreported for years\n\nFive former players have accused the coach of abuse between 2015 and 2019. He denies the allegations and has not been charged.",
      flag: "Coach's abuse",
    },
  ],
  fine: [
    // The body settles it.
    { text: "Port chief's bribes sank the harbour tender\n\nThe former head of the port authority was convicted on Monday of taking bribes from a dredging firm and sentenced to six years." },
    { text: "Bank founder's fraud cost savers $40 million\n\nThe founder of Kivu Savings pleaded guilty to fraud on Tuesday. Prosecutors said he moved depositors' money into his own companies." },
    // The headline attributes the charge, or names the process.
    { text: 'Port chief accused of taking bribes from dredging firm\n\nThe former head of the port authority is charged with taking bribes. He denies the charges.' },
    { text: "Mayor's bribery trial opens in Nis\n\nThe mayor is charged with taking bribes from a builder. He denies the charges." },
    // No wrongdoing noun, or no charge in the body.
    { text: "Farm minister's plan cost taxpayers €2 million\n\nCritics accuse the minister of waste. She denies that the plan was costly." },
    { text: "Official's theft of relief funds exposed by audit\n\nAn audit found that the official took 2 million shillings from relief funds. He resigned on Friday." },
  ],
});
