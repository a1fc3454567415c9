import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// A dated timeline entry ("2024 — Contractor resumes blasting ...") is display text in the
// writer's voice: it may not state as fact what the body gives to one side and the other
// disputes. An entry the body supports, or one that attributes the claim, is fine.
const story = (entry: string, claim = 'Villagers say the contractor resumed blasting on the slope in June 2024, despite a provincial ban. The contractor denies this.') =>
  `Landslide buries homes above Banaue rice terraces\n\nRescuers searched for a second day on Monday after a landslide buried six houses above the rice terraces near Banaue, killing at least four people.\n\n${claim}\n\nThe provincial engineering office did not respond to questions on Sunday.\n\nTIMELINE\n2023 \u2014 Province bans blasting on the bypass during the rainy season\n${entry}\n2025 \u2014 Slope gives way after three days of rain\n\nRescue teams will return on Tuesday.`;

testRule(rule, {
  flagged: [
    { text: story('2024 \u2014 Contractor resumes blasting above Banaue despite the ban'), flag: 'resumes', message: /timeline entry/ },
    // Dated by day and month alone; the subject carries a participle phrase and an
    // appositive; the dispute is the other side telling the act negated, not "denies".
    {
      text: story(
        '14 Jun \u2014 Contractor resumes blasting above Banaue despite the ban',
        'Villagers say the contractor widening the bypass, the Ifugao Road Builders consortium, resumed blasting on the slope in June, despite a provincial ban. The consortium\'s site engineer, Ramon Dulnuan, said it had done no blasting since the ban.',
      ),
      flag: 'resumes',
      message: /timeline entry/,
    },
  ],
  fine: [
    // The entry attributes the claim.
    { text: story('2024 \u2014 Villagers say contractor resumes blasting above Banaue') },
    // The body tells the act as fact: no one disputes it.
    { text: story('2024 \u2014 Contractor resumes blasting above Banaue despite the ban', 'The contractor resumed blasting on the slope in June 2024, the provincial engineer said, after the ban was lifted for the dry months.') },
    // The same speaker goes on: no one else disputes the claim.
    { text: story('14 Jun \u2014 Contractor resumes blasting above Banaue despite the ban', 'Villagers say the contractor, the Ifugao Road Builders consortium, resumed blasting on the slope in June. They said no blasting had been allowed before.') },
  ],
});
