import rule from '../../rules/factual-slip/weekday-date.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'The ceasefire in Gaza took effect on Tuesday, January 20, 2025, at 8:30 a.m.', flag: 'Tuesday' },
    { text: 'Voting in the Lisbon mayoral race ends Thursday, Oct. 3, 2025.', flag: 'Thursday' },
    { text: 'The museum reopens on Tuesday 2 April 2025 after two years of work.', flag: 'Tuesday' },
    { text: 'Yesterday, Thursday, the finance minister of Ghana resigned.', flag: 'Yesterday, Thursday', publishedAt: '2025-06-07' },
    { text: 'Talks on the Nile dam resume tomorrow (Monday) in Addis Ababa.', flag: 'tomorrow (Monday)', publishedAt: '2025-06-07' },
    // The weekday after the date, in apposition, and cut short before it.
    { text: 'The ferry strike in Piraeus began on 14 May, a Friday, and lasted a week.', flag: 'Friday', publishedAt: '2025-06-07' },
    { text: 'Parliament in Accra sat late on March 4, which was a Monday, to pass the budget.', flag: 'Monday', publishedAt: '2025-06-07' },
    { text: 'The Kenyan shilling closed at a record low on Wed, Jan 9, 2025, traders in Nairobi said.', flag: 'Wed' },
    { text: 'The harvest festival in Hue opens Thurs. 11 April 2025 with a lantern parade.', flag: 'Thurs' },
    // The date in brackets after the weekday, and an event named by its weekday.
    { text: 'The first flood warning for Porto Alegre was issued on Saturday (16 March), hours before the river broke its banks.', flag: 'Saturday', publishedAt: '2025-03-20' },
    { text: 'Union leaders in Mombasa said Tuesday’s vote on 5 November had been rushed through.', flag: 'Tuesday', publishedAt: '2025-11-10' },
    // Two weekdays over a day range, a weekend over a date range, "the Nth of Month", "Sunday the 10th".
    { text: 'Storms in the night from Friday to Saturday, 5 to 6 April, flooded the harbour at Split.', flag: 'Friday', publishedAt: '2025-04-09' },
    { text: 'The tulip festival in Lisse drew record crowds over the weekend of 13–14 April 2025.', flag: 'weekend of 13–14 April 2025' },
    { text: 'The customs system in Santos went down on Thursday, the 14th of March, and stayed down for a day.', flag: 'Thursday', publishedAt: '2025-03-20' },
    { text: 'Dockers in Durban first walked out on Wednesday the 3rd, and the port has been shut since.', flag: 'Wednesday', publishedAt: '2025-06-12' },
  ],
  fine: [
    { text: 'Storms in the night from Saturday to Sunday, 5 to 6 April, flooded the harbour at Split.', publishedAt: '2025-04-09' },
    { text: 'The tulip festival in Lisse drew record crowds over the weekend of 12–13 April 2025.' },
    { text: 'The Easter weekend of 18–21 April 2025 closed the markets in Lisbon.' },
    { text: 'The customs system in Santos went down on Friday, the 14th of March 2025, and stayed down for a day.' },
    { text: 'Dockers in Durban first walked out on Tuesday the 3rd, and the port has been shut since.', publishedAt: '2025-06-12' },
    // A day after the article date is not fixed to a month: not judged.
    { text: 'The union will meet again on Friday the 28th.', publishedAt: '2025-06-12' },
    { text: 'The Wimbledon final is on Sunday, July 13, 2025.' },
    { text: 'Ghana’s finance minister resigned yesterday (Friday) after the audit.', publishedAt: '2025-06-07' },
    { text: 'On Tuesday, officials in Nairobi said the road would reopen.', publishedAt: '2025-06-07' },
    { text: 'The inquiry into the Grenfell fire opens on Monday 14 July 2025.' },
    { text: 'The vote was held on Tuesday, March 5, 2024, across 15 states.' },
    { text: 'Today is Saturday, and the markets in Lagos are closed.', publishedAt: '2025-06-07' },
    { text: 'The ferry strike in Piraeus began on 14 May, a Wednesday, and lasted a week.', publishedAt: '2025-06-07' },
    { text: 'The Kenyan shilling closed at a record low on Wed, Jan 8, 2025, traders in Nairobi said.' },
    { text: 'The harvest festival in Hue opens Thurs. 10 April 2025 with a lantern parade.' },
    { text: 'The Sun, 5 March 2025, ran the story on its front page.' },
    { text: 'The first flood warning for Porto Alegre was issued on Saturday (15 March), hours before the river broke its banks.', publishedAt: '2025-03-20' },
    { text: 'Union leaders in Mombasa said Tuesday’s vote on 4 November had been rushed through.', publishedAt: '2025-11-10' },
    { text: 'The polls open on 4 May, a day after the last rally in Lagos.', publishedAt: '2025-06-07' },
  ],
});
