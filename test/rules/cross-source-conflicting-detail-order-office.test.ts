// cross-source/conflicting-detail: who ordered an act, when the agent is an office holder of a
// territory called a department ("the governor of the Caldas department"), and when the order
// is written as a noun after the act ("the road remains closed by order of the governor").
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const story = (...texts: string[]) => texts.map((text, i) => ({ text, source: ['Andes Wire', 'Cordillera Radio', 'Valle Post'][i]!, publishedAt: '2026-05-12' }));

testRule(rule, {
  flagged: [
    {
      // A department that is a territory: its governor is a regional office, not a department of the city.
      articles: story(
        'Bridge shut after flood\n\nFloodwater undermined a bridge outside Manizales on Sunday. The governor of the Caldas department ordered the bridge closed on Monday pending an engineers\' report.',
        'Manizales bridge\n\nFloodwater undermined a bridge outside Manizales on Sunday. The mayor of Manizales ordered the bridge shut on Monday, and police blocked both ends.',
      ),
      flag: 'The governor of the Caldas department ordered the bridge closed',
      message: /who ordered/,
    } as never,
    {
      // Two outlets give the order to the governor (one as "by order of"), one to the mayor: the flag goes on the odd one.
      articles: story(
        'Manizales bridge\n\nFloodwater undermined a bridge outside Manizales on Sunday. The mayor of Manizales ordered the bridge shut on Monday, and police blocked both ends.',
        'Bridge shut after flood\n\nFloodwater undermined a bridge outside Manizales on Sunday. The governor of the Caldas department ordered the bridge closed on Monday pending an engineers\' report.',
        'Caldas floods\n\nFloodwater undermined a bridge outside Manizales on Sunday, and the bridge remains closed by order of the governor of Caldas.',
      ),
      flag: 'The mayor of Manizales ordered the bridge shut',
    } as never,
    {
      // A municipality's own department is the municipality's: set against a national ministry.
      articles: story(
        'Plant closed\n\nChlorine leaked from a water plant in Sfax on Tuesday. The municipal health department ordered the plant closed on Tuesday.',
        'Sfax leak\n\nChlorine leaked from a water plant in Sfax on Tuesday. The Ministry of Environment ordered the plant shut on Tuesday.',
      ),
      flag: 'The municipal health department ordered the plant closed',
    } as never,
  ],
  fine: [
    {
      // The governor of a department and the department's governor by "by order of": one authority.
      articles: story(
        'Bridge shut after flood\n\nFloodwater undermined a bridge outside Manizales on Sunday. The governor of the Caldas department ordered the bridge closed on Monday.',
        'Caldas floods\n\nFloodwater undermined a bridge outside Manizales on Sunday, and the bridge remains closed by order of the regional governor.',
      ),
    } as never,
    {
      // A municipal department and the mayor: one authority.
      articles: story(
        'Plant closed\n\nChlorine leaked from a water plant in Sfax on Tuesday. The municipal health department ordered the plant closed on Tuesday.',
        'Sfax leak\n\nChlorine leaked from a water plant in Sfax on Tuesday. The mayor of Sfax ordered the plant shut on Tuesday.',
      ),
    } as never,
    {
      // A department with no container named may be anyone's: never set against a government kind.
      articles: story(
        'Plant closed\n\nChlorine leaked from a water plant in Sfax on Tuesday. The health department ordered the plant closed on Tuesday.',
        'Sfax leak\n\nChlorine leaked from a water plant in Sfax on Tuesday. The mayor of Sfax ordered the plant shut on Tuesday.',
      ),
    } as never,
    {
      // "by order of" after something other than an act: no order read.
      articles: story(
        'Bridge shut after flood\n\nFloodwater undermined a bridge outside Manizales on Sunday. The governor of the Caldas department ordered the bridge closed on Monday.',
        'Caldas floods\n\nFloodwater undermined a bridge outside Manizales on Sunday. Engineers were sent to the bridge by order of the mayor of Manizales.',
      ),
    } as never,
  ],
});
