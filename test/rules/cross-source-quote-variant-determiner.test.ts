import rule from '../../rules/cross-source/quote-variant.js';
import { testRule } from '../helpers/rule-tester.js';

// One named person quoted by two outlets as saying opposite things about one group: "No tenant
// will be moved ..." against "The tenants will be moved ...". The group is the noun after a
// determiner (no / the, all, every, each), the act after it is the same (a shared stem or a
// family of the data: leave/move, close/shut), and the positive side is not negated.
const two = (a: string, b: string) => [
  { text: a, source: 'Lakeside Courier' },
  { text: b, source: 'Valley Radio' },
];

testRule(rule, {
  flagged: [
    {
      articles: two(
        'Hospital wing to close\n\nThe hospital\'s director, Ingrid Solberg, spoke to staff on Monday. "No patient will be moved until the new ward is open," she said.',
        'Patients to move\n\nThe hospital\'s director, Ingrid Solberg, told staff on Monday that the timetable was fixed. "The patients will be moved this week, and the new ward will open later," she said.',
      ),
      flag: 'No patient will be moved',
    },
    {
      articles: two(
        'Tower block\n\nHousing chief Marcus Oyelaran met residents on Thursday. "No tenant will leave the building before the repairs are agreed," he said.',
        'Tenants told to go\n\nHousing chief Marcus Oyelaran told residents on Thursday: "Every tenant will move out in March, and the repairs will be agreed afterwards."',
      ),
      flag: 'No tenant will leave',
    },
    {
      articles: two(
        'Market works\n\nMayor Chiara Benedetti said on Friday: "No stall will close during the works on the square."',
        'Square works\n\nMayor Chiara Benedetti told traders on Friday: "The stalls will shut for the works, and reopen when the square is paved."',
      ),
      flag: 'No stall will close',
    },
    {
      articles: two(
        'Merger agreed\n\nThe bank\'s chief executive, Tomasz Wrona, said after the vote: "No employee will lose a job because of the merger."',
        'Bank merger\n\nThe bank\'s chief executive, Tomasz Wrona, said after the vote: "All the employees will lose their jobs once the merger is done, branch by branch."',
      ),
      flag: 'No employee will lose',
    },
    {
      articles: two(
        'School closure\n\nEducation officer Amara Kallon visited the village on Tuesday. "No pupil will leave this school before the exams," she said.',
        'Pupils to transfer\n\nEducation officer Amara Kallon told parents on Tuesday: "The pupils will relocate to the town school next month, before the exams."',
      ),
      flag: 'No pupil will leave',
    },
  ],
  fine: [
    {
      // Both outlets give the positive: the same statement.
      articles: two(
        'Patients to move\n\nThe director, Ingrid Solberg, said: "The patients will be moved to the east wing this week."',
        'Ward opens\n\nThe director, Ingrid Solberg, said: "All patients transfer on Thursday, once the lifts have been checked by engineers."',
      ),
    },
    {
      // The positive side is negated: the two agree.
      articles: two(
        'Tower block\n\nHousing chief Marcus Oyelaran said: "No tenant will leave the building before the repairs are agreed."',
        'Tenants stay\n\nHousing chief Marcus Oyelaran said: "The tenants will not move while we still argue with the landlord, and that could take months."',
      ),
    },
    {
      // Two different people.
      articles: two(
        'Market works\n\nMayor Chiara Benedetti said: "No stall will close during the works on the square."',
        'Square works\n\nTraders\' leader Paolo Ferri said: "The stalls will shut for the works, whatever the mayor says."',
      ),
    },
    {
      // The same person about two different groups.
      articles: two(
        'Merger agreed\n\nChief executive Tomasz Wrona said: "No employee will lose a job because of the merger."',
        'Bank merger\n\nChief executive Tomasz Wrona said: "The branches will close after the merger, and staff will move to the head office."',
      ),
    },
    {
      // The same group, a different act: not opposite.
      articles: two(
        'School closure\n\nEducation officer Amara Kallon said: "No pupil will pay for the bus, whatever the district decides."',
        'Pupils to transfer\n\nEducation officer Amara Kallon said: "The pupils will move to a bigger school in the district next month."',
      ),
    },
  ],
});
