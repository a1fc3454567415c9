import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Headlines and standfirsts that settle what the body leaves open: an outcome ("ends the
// strike") over a strike only suspended; a valuation ("for half its value") that the body
// has from one speaker and the other side rejects; a business role ("was the governor's
// business partner") that the body has from one report and a denial of any stake; a cause
// in the standfirst that the body gives as one side's claim, denied by the other.
const byline = 'By Mari Tamm\nPublished: 3 June 2025, 07:00';

testRule(rule, {
  flagged: [
    {
      text: "Wage deal ends nurses' strike\n\nHealth unions in Chile signed an agreement with the health ministry on Thursday after a nine-day stoppage.\n\nThe two unions said the strike was suspended until members vote on the offer next week, and nurses in Antofagasta said they would stay out.",
      flag: "ends nurses' strike",
    },
    {
      text: 'Farmers call off tractor blockade of Warsaw ring road\n\nFarmers moved their tractors off the S8 on Tuesday evening after talks with the government.\n\nThe farmers\' federation said the blockade was paused pending a meeting with the agriculture minister on Friday.',
      flag: 'call off tractor blockade',
    },
    {
      text: `Bus drivers back at work in Nairobi\n\nA new pay offer has ended the drivers' strike that shut the city's bus network for a week\n\n${byline}\n\nBuses ran on most routes on Monday morning.\n\nThe drivers' union said the strike was suspended for two weeks while members consider the offer.`,
      flag: "ended the drivers' strike",
    },
    {
      text: 'Government sells national airline for a fraction of its value\n\nEcuador\'s finance ministry agreed on Monday to sell its 60 per cent stake in the airline to a Panamanian group for $90 million.\n\nSenator Lucía Paredes told reporters on Tuesday that the airline "is worth at least three times that". The ministry rejected the claim, saying the price was set by sealed bids.',
      flag: 'for a fraction of its value',
    },
    {
      text: 'Council hands harbour warehouses to developer for half their value\n\nThe city council in Gdańsk voted on Wednesday to sell four harbour warehouses to a property developer for 12 million zlotys.\n\nCouncillor Adam Nowak said the buildings were worth twice the sale price. The council disputed his figures and said two independent surveyors had valued the site.',
      flag: 'for half their value',
    },
    {
      text: "Road contractor was governor's business partner\n\nA contractor that won €40 million in road contracts in Moldova's north last year is under scrutiny.\n\nAn opposition newspaper reported last month that the contractor's owner had run a trading company with the regional governor until 2019. The company denied that the governor had ever held a stake in it.",
      flag: "was governor's business partner",
    },
    {
      text: 'Lottery operator is senator\'s silent partner\n\nThe national lottery licence was renewed on Monday for ten years.\n\nTwo former employees say a senator from the ruling party shares in its profits. The senator denied having any stake in the operator, and the lottery board said it had not been told of any.',
      flag: "is senator's silent partner",
    },
    {
      text: `Ferry timetable in tatters on first day\n\nA lack of engineers after years of budget cuts has brought down the island ferry service in its first week\n\n${byline}\n\nFour of the nine ferries between Tallinn and the islands did not sail on Monday.\n\nThe engineers' union says the operator has shed engineers since 2022. The operator denied that it had cut engineering jobs and said a new booking system had sent crews to the wrong harbour.`,
      flag: 'A lack of engineers after years of budget cuts has brought down',
    },
  ],
  fine: [
    {
      text: "Wage accord ends dockers' strike\n\nDockers in Zambia went back to the port on Thursday, ending a three-week strike, after their union signed a wage accord with the port authority.\n\nTalks on night-shift allowances were suspended until January.",
    },
    {
      text: 'Ceasefire ends fighting in border town\n\nShelling stopped in the town at midnight on Sunday under a ceasefire agreed by both sides, the United Nations mission said. Residents began returning on Monday.',
    },
    {
      text: "Union suspends dockers' strike pending vote\n\nThe dockers' union suspended its strike at the port of Durban on Tuesday until members vote on the company's offer.",
    },
    {
      text: 'Senator says airline sold for a fraction of its value\n\nSenator Lucía Paredes said on Tuesday that the airline "is worth at least three times" the price. The finance ministry rejected the claim.',
    },
    {
      text: "Football club sold for a third of its book value\n\nThe state audit office found that the club was sold for a third of the value in its own accounts, according to a report published on Monday. The sports ministry has not commented.",
    },
    {
      text: "Road contractor was governor's business partner\n\nCompany records show that the contractor's owner and the regional governor ran a trading company together until 2019. The governor's office did not respond to questions.",
    },
    {
      text: "Road contractor was governor's business partner\n\nCompany records show the contractor's owner ran a trading company with the governor until 2019. The company denied any wrongdoing in the tender.",
    },
    {
      text: `Ferry timetable in tatters on first day\n\nA lack of engineers after years of budget cuts has brought down the island ferry service in its first week\n\n${byline}\n\nThe operator's chief executive said on Monday that years of budget cuts had left the company short of engineers, and apologised to passengers.`,
    },
    {
      text: `Ferry timetable in tatters on first day\n\nThe engineers' union says a lack of engineers after years of budget cuts has brought down the island ferry service\n\n${byline}\n\nThe operator denied that it had cut engineering jobs.`,
    },
    {
      text: `Ferry timetable in tatters on first day\n\nA fault in the new booking system has brought down the island ferry service in its first week\n\n${byline}\n\nThe operator said the fault in the booking system had sent crews to the wrong harbour. Its engineers fixed it on Tuesday.`,
    },
  ],
});
