import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// A cause as the subject of a verb that carries its own effect ("sent 22 diners to hospital",
// "sickened 40 pupils") over a body that leaves the cause open (samples being tested,
// results pending, the owner's denial); a standfirst that states a party's act the body has
// only as a claim and a denial in other words ("pumped" / "denied drawing"); and an act in a
// "whether" question, which does not tell it as fact.
testRule(rule, {
  flagged: [
    {
      text: 'Contaminated flour sent 22 Tarija diners to hospital\n\nTwenty-two people who ate at a wedding in Tarija on Saturday were treated in hospital. Samples of the flour are being tested at the national laboratory, the health service said.',
      flag: 'Contaminated flour sent 22 Tarija diners to hospital',
    },
    {
      text: 'Tainted water sickened 40 pupils in Oruro\n\nForty pupils at a primary school in Oruro fell ill on Monday with stomach pains. The school\'s water is being tested and results are pending, the health department said.',
      flag: 'Tainted water sickened 40',
    },
    {
      text: 'Faulty heater put nine Cusco hotel guests in hospital\n\nNine guests at a hotel in Cusco were treated for carbon monoxide poisoning on Sunday. The hotel\'s owner denied that the heater was faulty, and fire inspectors are examining whether the flue was blocked.',
      flag: 'Faulty heater put nine',
    },
    {
      text: 'Villagers and quarry at odds over dry spring\n\nThe quarry has pumped the Oja spring dry, leaving 80 homes without water.\n\nBy Ana Ruiz in Oja\nTuesday, 14 May 2024, 08:00\n\nThe spring that supplies the 80 homes of Oja stopped flowing in August. Villagers blame the Canteras Norte quarry upstream. The quarry denied drawing more water than its licence allows.',
      flag: 'pumped',
    },
    {
      text: 'Port operator dumped sludge in Varna bay\n\nFishermen accuse the port operator of dumping sludge in the bay near the old pier. Whether the operator dumps sludge at night was put to the company on Monday.',
      flag: 'dumped',
    },
  ],
  fine: [
    { text: 'Contaminated flour sent 22 Tarija diners to hospital\n\nTwenty-two people who ate at a wedding in Tarija on Saturday were treated in hospital. Laboratory tests showed that the flour was contaminated with a pesticide, which caused the illness.' },
    { text: 'Heatwave sent 300 people to hospital in Seville\n\nMore than 300 people were treated in hospital for heatstroke as temperatures reached 44C, the regional health service said.' },
    { text: 'Villagers and quarry at odds over dry spring\n\nVillagers say the quarry has pumped the Oja spring dry, leaving 80 homes without water.\n\nBy Ana Ruiz in Oja\nTuesday, 14 May 2024, 08:00\n\nThe spring stopped flowing in August. The quarry denied drawing more water than its licence allows.' },
    { text: 'Villagers and quarry at odds over dry spring\n\nThe quarry has pumped the Oja spring dry, leaving 80 homes without water.\n\nBy Ana Ruiz in Oja\nTuesday, 14 May 2024, 08:00\n\nThe quarry pumped 2,000 cubic metres a day from the spring in August, its own records show. Its manager denied drawing more water than its licence allows.' },
    { text: 'Tainted water sickened 40 pupils in Oruro\n\nForty pupils at a school in Oruro fell ill on Monday. Tests by the health department found E. coli in the school\'s water tank, which caused the illness.' },
  ],
});
