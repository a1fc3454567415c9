import rule from '../../rules/attribution/unaffiliated-expert.js';
import { testRule } from '../helpers/rule-tester.js';
import { describe } from 'vitest';

testRule(rule, {
  flagged: [
    { text: '“Sea levels along this coast are rising faster than anywhere in Europe,” warned marine biologist Dr. Sofia Brandt.', flag: 'warned marine biologist Dr. Sofia Brandt' },
    { text: 'Energy analyst Tomás Herrera said the pipeline would not be profitable before 2031.', flag: 'Energy analyst Tomás Herrera said' },
    { text: '“The drought is the worst in forty years,” said hydrologist Kwame Mensah, adding that wells in the north had run dry.', flag: 'said hydrologist Kwame Mensah' },
    { text: 'Ravi Sundaram, a cybersecurity specialist, said the ransomware had reached hospitals in three states.', flag: 'Ravi Sundaram' },
    { text: '“This is a textbook asset bubble,” according to financial expert Anouk Dekker.', flag: 'financial expert Anouk Dekker' },
    // A modifier before the title, and an "in the view of" cue.
    { text: 'According to labour economist Siobhan Kelly, the offer is well below inflation.', flag: 'According to labour economist Siobhan Kelly' },
    { text: 'In the view of energy consultant Pieter Vos, the grid in Rotterdam cannot cope with the winter peak.', flag: 'In the view of energy consultant Pieter Vos' },
    // A clause of experience is not an employer.
    // A post over a unit says nothing about whose unit when the article names no institution.
    { text: 'Dr. Mette Brandvold, head of the intensive care unit, said staff had switched to paper records in March.', flag: 'Dr. Mette Brandvold, head of the intensive care unit, said' },
    // A title in a unit is not a post over it.
    { text: 'Hackers hit Aalborg University Hospital on Monday. Dr. Mette Brandvold, a specialist in the intensive care unit, said staff had switched to paper records.', flag: 'Dr. Mette Brandvold, a specialist in the intensive care unit, said' },
    { text: 'Glaciologist Solveig Lehner, who has studied the Rhône glacier for twenty years, warned that it could vanish by 2080.', flag: 'Glaciologist Solveig Lehner, who has studied the Rhône glacier for twenty years, warned' },
    // "One analyst, <Name>,": the appositive is the person's name, not an employer.
    { text: 'One analyst, Katrin Obermaier, put the cost of the Linz bypass at 1.2 billion euros.', flag: 'One analyst, Katrin Obermaier, put' },
    { text: 'An economist, Tomás Herrera, said inflation in Lima would fall below 3 per cent by June.', flag: 'An economist, Tomás Herrera, said' },
    // "put <thing> at <figure>" is an estimate, a source's claim like "estimated".
    { text: 'Analyst Joanna Pietrzak put the number of jobs at risk in Gdańsk at up to 900.', flag: 'Analyst Joanna Pietrzak put' },
    { text: 'Another researcher, Ines Carvalho, put the death toll from the heatwave in Alentejo at more than 400.', flag: 'Another researcher, Ines Carvalho, put' },
    { text: 'Seismologist Haruto Mori put the chance of a second quake near Sendai at one in five.', flag: 'Seismologist Haruto Mori put' },
    // Inverted cue opening the sentence, with a colon.
    { text: 'The fee doubles in June.\n\nSays transport economist Ingrid Solberg: "The people who stop coming will be the students, not the cruise passengers."', flag: 'Says transport economist Ingrid Solberg' },
    // "For <expert>, ..." frames the rest of the sentence as their view.
    { text: 'For energy consultant Mateo Conti, the lesson is plain: the grid needs storage before it needs more panels.', flag: 'For energy consultant Mateo Conti' },
    { text: 'To historian Chiamaka Ebere, the find settles a century-old argument about the city walls.', flag: 'To historian Chiamaka Ebere' },
  ],
  fine: [
    { text: 'Public Health Wales said it wanted clinics to stay open through the strike. Professor Gareth Pryce, the body’s national medical director, said 90% of vaccination appointments would go ahead.' },
    // A post in a body the story has named: the reader can check it.
    { text: 'Infection controls failed at St. Mary\'s Hospital in Leeds last month. "We let patients down," said Dr. Helen Park, the hospital\'s chief executive.' },
    { text: '“Sea levels along this coast are rising faster than anywhere in Europe,” said Dr. Sofia Brandt, a marine biologist at the University of Kiel.' },
    { text: 'Tomás Herrera, an energy analyst at Wood Mackenzie, said the pipeline would not be profitable before 2031.' },
    { text: 'Oxfam’s chief economist, Kwame Mensah, said the drought had doubled food prices in Accra.' },
    { text: 'Ravi Sundaram, who ran threat research at Microsoft until 2023, said the ransomware had reached hospitals in three states.' },
    { text: 'Anouk Dekker, an economist at the Central European University in Vienna, has studied housing for a decade. “This is a textbook asset bubble,” Dekker said.' },
    { text: 'Economists at Deutsche Bank expect German growth of 0.3% next year.' },
    // A body whose name ends in an authority or agency word is not a person.
    { text: 'The Irish Aviation Authority said it was reviewing the incident at Shannon.' },
    { text: 'The Port Authority said the container terminal in Santos would reopen on Friday.' },
    { text: 'Seismologist Ana Lima, who heads the Lisbon Geophysical Institute, said the quake was shallow.' },
    { text: 'In the view of the European Central Bank, inflation in the euro area will ease next year.' },
    // A post over a unit of the institution the story names.
    { text: 'Hackers shut down the records system at Aalborg University Hospital on Monday. Dr. Mette Brandvold, head of the intensive care unit, said staff had switched to paper.' },
    { text: 'The Ministry of Finance in Lima published the forecast on Friday. Dr. Karl Weiss, director of the forecasting division, said growth would slow to 2%.' },
    { text: 'Dr. Mette Brandvold, head of the intensive care unit at Aalborg University Hospital, said staff had switched to paper records.' },
    // The name with an employer, or a post in a body named before ("its").
    { text: 'One analyst, Katrin Obermaier of Raiffeisen Research, put the cost of the Linz bypass at 1.2 billion euros.' },
    { text: 'Analyst Joanna Pietrzak of Pekao Bank put the number of jobs at risk in Gdańsk at up to 900.' },
    { text: 'The Bank of Chile published its forecast on Monday. Its chief economist, Ana Ruiz, said rates would rise in the autumn.' },
    // "put ... at" without a figure, or with a time, is no estimate; a body's estimate has no expert.
    { text: 'Economist Tomás Herrera put the children of striking miners at the centre of his report.' },
    { text: 'Economist Tomás Herrera put the briefing at 9am on Friday, the ministry said.' },
    { text: 'Police in Tromsø put the number of protesters at 3,000.' },
    { text: 'For energy consultant Mateo Conti of Wood Mackenzie, the lesson is plain: the grid needs storage first.' },
    { text: 'For the first time, the economist said, prices in Lagos fell two months in a row.' },
    { text: 'The contract went to consultant Mateo Conti after a short tender in Turin.' },
    { text: 'To economist Ana Ruiz’s surprise, the central bank in Santiago held rates on Thursday.' },
    { text: 'The fee doubles in June.\n\nSays Ingrid Solberg, chief economist at DNB: "Students will stop coming before cruise passengers do."' },
  ],
});

// heldout8: an adviser who stands on their field alone is placed as a consultant is, and
// a belief verb ("reckons", "expects") after a titled name credits a claim as "said" does.
describe('attribution/unaffiliated-expert: free advisers and belief verbs', () => {
  testRule(rule, {
    flagged: [
      { text: 'Pensions adviser Lucía Ferrer reckons the Madrid scheme will run out of money by 2034.', flag: 'Pensions adviser Lucía Ferrer reckons' },
      { text: 'Energy-efficiency adviser Kofi Asante expects bills in Kumasi to double by winter.', flag: 'adviser Kofi Asante expects' },
      { text: 'Tax consultant Henrik Lund suspects the new levy will raise half of what Oslo forecast.', flag: 'Tax consultant Henrik Lund suspects' },
      { text: 'Mei Tanaka, a food-safety specialist, doubts that the recall in Osaka caught every batch.', flag: 'Mei Tanaka, a food-safety specialist, doubts' },
      { text: '“The reservoir will be empty by August,” said Omar Farouk, a water adviser.', flag: 'said Omar Farouk' },
    ],
    fine: [
      { text: 'National security adviser Daniel Okoro said the talks in Abuja would resume on Monday.' },
      { text: 'The minister’s economic adviser, Anna Kowalski, said growth in Poland would slow.' },
      { text: 'An adviser to the prime minister, Rahul Mehta, said the vote would go ahead.' },
      { text: 'Senior adviser Tom Reid said the Glasgow plan was on track.' },
      { text: 'Energy analyst Priya Nair of Crisil reckons diesel prices in India will fall.' },
      { text: 'Pensions adviser Lucía Ferrer of the Bank of Spain reckons the scheme will run out of money by 2034.' },
      { text: 'Farmers in Punjab reckon the wheat harvest will be late.' },
      { text: 'Her adviser, Emil Brunner, expects the appeal to fail.' },
    ],
  });
});

// An authority presented by a professional "who" clause, and a titled speaker's estimate.
testRule(rule, {
  flagged: [
    { text: 'Farah Haddad, who advises airlines on fuel hedging, said jet fuel would stay expensive until spring.', flag: 'Farah Haddad' },
    { text: 'Jakob Riedl, who has consulted for mining firms across Australia, said the ore in the Kalgoorlie pit was low grade.', flag: 'Jakob Riedl' },
    { text: 'Marco Conti, who specialises in maritime insurance, said premiums for Red Sea voyages had tripled.', flag: 'Marco Conti' },
    { text: 'Energy consultant Lars Ottesen estimates that a third of Sweden’s wind farms lose money.', flag: 'Energy consultant Lars Ottesen estimates' },
    { text: 'Tax consultant Priya Nair predicts that the new levy will raise half what Delhi expects.', flag: 'Tax consultant Priya Nair predicts' },
  ],
  fine: [
    { text: 'Farah Haddad, who advises the World Bank on water pricing, said tariffs in Amman were too low.' },
    { text: 'Ana Ruiz, who runs a bakery in Seville, said flour prices had doubled since March.' },
    { text: 'Mehmet Kaya, who advised his brother on the sale, said the house in Izmir went for less than its value.' },
    { text: 'Central Bank estimates show growth in Ghana slowed in the second quarter.' },
    { text: 'Pedro Alves, who lectures at the University of Coimbra, said the archive had been neglected.' },
  ],
});

// heldout13: a proper name only in a title's field names no employer; a definite post in a named institution places the speaker.
testRule(rule, {
  flagged: [
    { text: '"Day labour is the norm on these quays," explains Amadou Keita, an authority on Senegal River transport. "A strike was only a matter of time."', flag: 'explains Amadou Keita' },
    { text: '"Freight rates will double by spring," says Marit Horvat, an expert on Baltic ports.', flag: 'says Marit Horvat' },
  ],
  fine: [
    { text: 'Amadou Keita, an authority on Senegal River transport at the University of Bamako, said casual hiring was common.' },
    { text: 'The study ran at the Tartu Clinical Research Centre. Its principal investigator, Dr. Petra Kask, told reporters that recruitment had closed early.' },
    { text: 'Marit Horvat, a specialist in Balkan railways with the European Investment Bank, said the line would not open before 2028.' },
  ],
});

// An expert known only by a field, set off by dashes or brackets, with the cue right after
// the aside; and a hyphenated field before "expert"/"analyst" after a name.
describe('attribution/unaffiliated-expert: dash and bracket asides', () => {
  testRule(rule, {
    flagged: [
      { text: 'One hydrologist — an authority on karst aquifers — said the spring would run dry by August.', flag: 'One hydrologist' },
      { text: 'A seismologist (a specialist in subduction zones) told the Quito daily that aftershocks could last for months.', flag: 'A seismologist' },
      { text: 'Marek Nowak (an expert in port logistics) estimates that the backlog at Gdynia will take six weeks to clear.', flag: 'Marek Nowak' },
      { text: 'One grain consultant - a specialist in rice futures - said prices in Dhaka would rise again before the monsoon.', flag: 'One grain consultant' },
      { text: 'One agronomist estimates that the maize harvest in Malawi will fall by a third this year.', flag: 'One agronomist estimates' },
      { text: 'Pilar Ortega, a tax-policy expert, said the new levy would raise far less than the ministry promised.', flag: 'Pilar Ortega' },
      { text: '"The tariff will not hold past the winter," said Emil Brunner, an energy-market analyst.', flag: 'Emil Brunner' },
    ],
    fine: [
      { text: 'Marek Nowak (an expert in port logistics at the University of Gdansk) estimates that the backlog will take six weeks to clear.' },
      { text: 'The port authority (the body that runs Gdynia harbour) said the backlog would clear by June.' },
      { text: 'The dockers\' union - which represents 4,000 workers - said the strike would go on into next week.' },
      { text: 'Prices rose by a third (a record for the decade) after the floods, the statistics office said.' },
      { text: 'Pilar Ortega, a tax-policy expert at the Bank of Spain, said the new levy would raise far less than promised.' },
      { text: 'The estimates that economists published on Friday were revised on Monday.' },
      { text: 'Her daughter — a nurse in Porto — said the family had not been told.' },
    ],
  });
});

// A field noun outside the "-ologist" class ("demographer", "physicist", "geneticist"),
// after an inverted cue: "..., said <Name>, a demographer".
describe('attribution/unaffiliated-expert: field nouns after an inverted cue', () => {
  testRule(rule, {
    flagged: [
      { text: 'Most of the new flats on the harbour front stand empty, said Maren Lid, a demographer.', flag: 'said Maren Lid' },
      { text: 'The reactor could restart by spring, said Pawel Siwiec, a physicist.', flag: 'said Pawel Siwiec' },
      { text: 'Half the herd carries the gene, said Ilona Feher, a geneticist.', flag: 'said Ilona Feher' },
      { text: 'The current will carry the slick north, said Rafael Quispe, an oceanographer.', flag: 'said Rafael Quispe' },
      { text: 'Pension costs will double by 2040, said Keiko Arai, an actuary.', flag: 'said Keiko Arai' },
    ],
    fine: [
      { text: 'Most of the new flats on the harbour front stand empty, said Maren Lid, a demographer at the University of Oslo.' },
      { text: 'The reactor could restart by spring, said Pawel Siwiec, a physicist with the Polish Academy of Sciences.' },
      { text: 'Half the herd carries the gene, said Ilona Feher, who heads genetics at the University of Debrecen.' },
      { text: 'The slick reached the beach on Sunday, said Rafael Quispe, a fisherman from Paita.' },
      { text: 'The ferry was late again, said Keiko Arai, a photographer.' },
    ],
  });
});

// A surveyor is an expert whose standing depends on who employs them.
testRule(rule, {
  flagged: [
    { text: 'The school gym is beyond repair, argues Tomasz Wierzba, a building surveyor.', flag: 'Tomasz Wierzba' },
    { text: 'Quantity surveyor Neha Kapoor said the stadium would cost twice the budget.', flag: 'Neha Kapoor' },
  ],
  fine: [
    { text: 'The gym roof was sound, said Tomasz Wierzba, a surveyor with the Gdansk building inspectorate.' },
    { text: 'The gym roof was sound, said Tomasz Wierzba, a building surveyor at the Warsaw University of Technology.' },
  ],
});

// An expert introduced after the quotation, in a sentence of their own ("That is the view
// of Dr X", "The warning comes from X", "So says X"), with a credential clause that names
// no employer ("who has written on", "who has studied").
testRule(rule, {
  flagged: [
    { text: '"The dam was never built for this much rain." Such is the view of Dr Ana Pereira, who has written widely on dam safety.', flag: 'is the view of Dr Ana Pereira' },
    { text: '"The reef will not recover this decade." The warning comes from Dr Tomas Berg, who has studied coral bleaching for 20 years.', flag: 'The warning comes from Dr Tomas Berg' },
    { text: '"The levy will drive the fleet abroad," the skipper said. So says Professor Lena Holm, who has written extensively about fisheries law.', flag: 'So says Professor Lena Holm' },
    { text: '"Turnout will fall below 40 per cent." That was the verdict of Marta Kowalska, who has written about party funding in Poland.', flag: 'the verdict of Marta Kowalska' },
    { text: 'Ravi Menon, who has studied monsoon flooding for two decades, said the embankments in Patna were too low.', flag: 'Ravi Menon' },
    { text: '"The levy breaks the treaty." That view is shared by Professor Ines Duarte, who has written at length on tax treaties.', flag: 'That view is shared by Professor Ines Duarte' },
    { text: '"Half the boats will not come back." The estimate comes from Dr Kofi Mensah, a fisheries economist.', flag: 'The estimate comes from Dr Kofi Mensah' },
  ],
  fine: [
    { text: '"The dam was never built for this much rain." That is the view of Dr Ana Pereira, a hydrologist at the University of São Paulo.' },
    { text: 'That is the view of Ana Pereira, who heads the Namibia Bankers Association.' },
    { text: 'That was the view of the finance minister, Ana Pereira.' },
    { text: 'It is the view of the ministry that the levy is lawful.' },
    { text: 'So says Tomas Berg, who writes a weekly column on gardening in Uppsala.' },
    { text: 'The complaint came from Ravi Menon, who studied law in Chennai.' },
    { text: 'Lena Holm, who has studied at the college in Bergen since 2019, said the fees had doubled.' },
    { text: 'The estimate comes from Dr Kofi Mensah of the University of Ghana.' },
    { text: 'That view is shared by the harbour master, Kofi Mensah.' },
  ],
});

// A "who" clause on the appositive's own noun ("a pharmacist who consults for ..."), and a
// career spent at a study ("who has spent 20 years studying ..."): authority, not affiliation.
testRule(rule, {
  flagged: [
    { text: 'Shortages of insulin will last into spring, according to Petra Novak, a toxicologist who consults for a number of water utilities.', flag: 'according to Petra Novak' },
    { text: 'Marek Nowak, who has spent 20 years studying Baltic herring stocks, said the quota was too high.', flag: 'Marek Nowak' },
    { text: 'Ines Carvalho, who spent three decades monitoring the Azores volcanoes, said the swarm was unusual.', flag: 'Ines Carvalho' },
  ],
  fine: [
    { text: 'Shortages of insulin will last into spring, according to Petra Novak, a pharmacist who consults for Brno University Hospital.' },
    { text: 'Petra Novak, a pharmacist who runs a shop in Olomouc, said the queues began on Monday.' },
    { text: 'Marek Nowak, who has spent 20 years studying Baltic herring stocks at the University of Gdansk, said the quota was too high.' },
    { text: 'Marek Nowak, who spent 20 years working on trawlers out of Gdynia, said the quota was too high.' },
  ],
});
