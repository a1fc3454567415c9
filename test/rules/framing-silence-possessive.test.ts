import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// A silence told as a noun phrase ("The company's silence on the cracked bridge") after the
// company's own denial; an officer whose role names the body by kind ("the company's export
// manager" for a named company, "Kora Pharma Ltd's managing director" for "the company");
// a person whose relative clause makes her the body's present head ("who has led the union
// since 2016"), whose year dates her, not her denial; "has yet to address the claim that";
// and "disputed the results" read as a denial.
testRule(rule, {
  flagged: [
    {
      text: 'Minera Cordillera Ltd denied that its ore trucks had cracked the bridge at Calama. The company\'s silence on the cracked bridge has angered residents, who say they have written to it twice.',
      flag: "The company's silence on the cracked bridge",
    },
    {
      text: 'Pesquera Austral S.A. has supplied fishmeal to the Paita plant since 2018.\n\nRosa Quintana, the company\'s export manager, disputed the results. "The inspectors sampled sacks that had been stored in the rain," she said on Tuesday.\n\nPesquera Austral has not commented on the laboratory results.',
      flag: 'Pesquera Austral has not commented on the laboratory results',
    },
    {
      text: 'Ana Voss, Kora Pharma Ltd\'s managing director, denied that any batch of the syrup had failed its stability checks. The company has not commented on the failed stability checks.',
      flag: 'The company has not commented on the failed stability checks',
    },
    {
      // A plural's possessive before the role, and the name in apposition after it.
      text: 'Auditors say Tarni Freight Holdings Ltd overloaded its barges on the river.\n\nTarni Freight Holdings\' managing director, Kofi Asante, rejected the findings. "Not one barge was overloaded," he said.\n\nThe company\'s silence on the overloaded barges has angered the river authority.',
      flag: "The company's silence on the overloaded barges",
    },
    {
      text: 'Two clubs say the Baltic Rowing Union altered the results of the June regatta.\n\nTomasz Wrona, who has led the union since 2016, denied that any regatta result was altered.\n\nThe union has yet to address the claim that two results were altered.',
      flag: 'The union has yet to address the claim',
    },
  ],
  fine: [
    // A silence on another matter than the denial.
    { text: 'Minera Cordillera Ltd denied that its ore trucks had cracked the bridge at Calama. The company\'s silence on its quarterly dividend has frustrated investors.' },
    // A silence that was broken.
    { text: 'Minera Cordillera Ltd denied that its ore trucks had cracked the bridge at Calama. Its chief executive broke the company\'s silence on the bridge on Monday.' },
    // Another body's silence.
    { text: 'Minera Cordillera Ltd denied that its ore trucks had cracked the bridge at Calama. The ministry\'s silence on the cracked bridge has angered residents.' },
    // The role names a ministry; the silent body is a company.
    { text: 'Pesquera Austral S.A. has supplied fishmeal to the Paita plant since 2018.\n\nRosa Quintana, the ministry\'s spokeswoman, disputed the results.\n\nPesquera Austral has not commented on the laboratory results.' },
    // A former head speaks for no one now.
    { text: 'Two clubs say the Baltic Rowing Union altered the results of the June regatta.\n\nTomasz Wrona, who led the union until 2019, denied that any regatta result was altered.\n\nThe union has yet to address the claim that two results were altered.' },
    // The union's head spoke about something else; the claim itself was never answered.
    { text: 'Two clubs say the Baltic Rowing Union altered the results of the June regatta.\n\nTomasz Wrona, who has led the union since 2016, said the autumn regatta would move to Gdansk.\n\nThe union has yet to address the claim that two results were altered.' },
  ],
});
