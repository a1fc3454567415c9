/**
 * "Okafor, whom President X pardoned after his arrest during the 2019 elections": a relative
 * clause about a person (whom, who) whose subject is a titled office holder and whose act
 * (appointing, decorating, pardoning) is dated by a year or by an event written with its year.
 * After "after" the act follows the event, so a holder who took office later is a warning.
 */
import rule from '../../rules/factual-slip/dated-act.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Tinubu took office in May 2023: pardoned "after" an event of 2019, a warning.
    { text: 'Okafor, whom President Bola Tinubu pardoned after his arrest during the 2019 elections, left Lagos in March.', flag: 'President Bola Tinubu pardoned after his arrest during the 2019 elections', message: /after an event of that year/, publishedAt: '2025-10-01' },
    // Faye took office in April 2024.
    { text: 'The judge, who President Bassirou Diomaye Faye appointed in 2021, resigned on Monday.', flag: 'President Bassirou Diomaye Faye appointed in 2021', publishedAt: '2025-10-01' },
    // Kenyatta left office in September 2022: an appointment is an act only a sitting holder makes.
    { text: 'The envoy whom President Uhuru Kenyatta appointed in 2024 has resigned.', flag: 'President Uhuru Kenyatta appointed in 2024', publishedAt: '2025-10-01' },
    // Ruto took office in September 2022: an event with a capitalised name.
    { text: 'The surgeon, who President William Ruto honoured at the 2018 Madaraka Day celebrations, has retired.', flag: 'President William Ruto honoured at the 2018 Madaraka Day', publishedAt: '2025-10-01' },
    // Simpson-Miller was prime minister 2006-2007 and 2012-2016; an event noun after the year.
    { text: 'The engineer whom Prime Minister Portia Simpson-Miller knighted during the 2010 jubilee celebrations died on Sunday.', flag: 'Prime Minister Portia Simpson-Miller knighted during the 2010 jubilee', publishedAt: '2025-10-01' },
    { text: 'Campbell, whom Prime Minister Portia Simpson-Miller appointed in 2019, declined to comment.', flag: 'Prime Minister Portia Simpson-Miller appointed in 2019', publishedAt: '2025-10-01' },
  ],
  fine: [
    // Inside the term.
    { text: 'Okafor, whom President Bola Tinubu pardoned after his arrest during the 2024 elections, left Lagos in March.', publishedAt: '2025-10-01' },
    { text: 'The judge, who President Bassirou Diomaye Faye appointed in 2024, resigned on Monday.', publishedAt: '2025-10-01' },
    { text: 'Diallo, whom President Macky Sall pardoned during the 2019 Independence Day celebrations, was arrested again in May.', publishedAt: '2025-10-01' },
    // A meeting is no act of office; a clause with its own subject ("after he was arrested") is not read.
    { text: 'Mensah, whom President John Mahama met at the 2019 summit, said little.', publishedAt: '2025-10-01' },
    { text: 'Okafor, whom President Bola Tinubu pardoned after he was arrested during the 2019 elections, left Lagos in March.', publishedAt: '2025-10-01' },
    // The year dates the speech, not an act of office.
    { text: 'Kamau, who President William Ruto said in 2019 was a friend, died in Nakuru.', publishedAt: '2025-10-01' },
    // A year with no event after it, or a season, is not the act's time.
    { text: 'The coach, whom President William Ruto praised after the 2019-20 season, left the club.', publishedAt: '2025-10-01' },
  ],
});
