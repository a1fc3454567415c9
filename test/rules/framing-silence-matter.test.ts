import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// A party (or its officer) denies a matter; later the same party does not answer on the same
// matter: an officer's denial, a part of a document about the denied matter, a request that
// went nowhere. Neighbours: another party's silence, another matter, a silence before any
// denial, a request that was answered.
testRule(rule, {
  flagged: [
    {
      // An officer of the silent body (its board chair) denied; the body then leaves questions on the same matter open.
      text: "The league's board chair, Hiroshi Tanaka, denied on Friday that the stadium naming rights had been sold to two sponsors. \"There is one contract and one sponsor,\" he told reporters in Osaka.\n\nThe board has declined to comment on the naming rights.",
      flag: "The board has declined to comment on the naming rights",
    },
    {
      // A chairman's denial, then his trust's silence on the same matter.
      text: "The dairy trust's chairman, Sipho Dlamini, denied on Monday that members' milk quotas had been cut.\n\nThe trust has yet to answer questions about the milk quotas.",
      flag: "The trust has yet to answer questions about the milk quotas",
    },
    {
      // A part of a document (a chapter on relocation) is about its matter: the families the mine's manager said would not be moved.
      text: "Pruitt Gold's site manager, Dana Pruitt, denied that any families in Akiak would be relocated for the new pit.\n\nPruitt Gold has refused to comment on the permit's chapter on family relocation.",
      flag: "Pruitt Gold has refused to comment on the permit's chapter",
    },
    {
      // An appendix on night shifts, after a denial that the clinic's night shifts would be cut.
      text: "The health board rejected claims that night shifts at the Tromsø clinic would be cut.\n\nThe health board would not comment on the staffing review's appendix on night shifts.",
      flag: "The health board would not comment on the staffing review's appendix",
    },
    {
      // A request with nothing after it: a non-answer after the same company's denial.
      text: "Brightline Couriers said every van had passed its safety test and that its mechanics had signed off each repair. \"Not one van has skipped a test,\" its managing director, Femi Adeyemi, said on Friday.\n\nOur request to view the test certificates for the vans has gone no further since it was sent in June.",
      flag: "Our request to view the test certificates",
    },
    {
      // A request that went nowhere, after the council's denial of the matter it asked about.
      text: "The housing council denied that any tenant had been evicted unlawfully. \"Every eviction followed a court order,\" its director, Mara Levi, said.\n\nA request for the list of evictions since 2020 went nowhere.",
      flag: "A request for the list of evictions",
    },
    {
      // A chief executive's denial in words is the company's: its silence on the same allegations contradicts it.
      text: "The company's chief executive, Olga Berg, denied the allegations on Monday.\n\nThe company has remained silent on the allegations.",
      flag: 'The company has remained silent on the allegations',
    },
  ],
  fine: [
    // A former chief executive speaks for the company no longer.
    { text: "The company's former chief executive, Olga Berg, denied the allegations on Monday.\n\nThe company has remained silent on the allegations." },
    // Another body's officer denied.
    { text: "The union's chief negotiator, Olga Berg, denied the allegations on Monday.\n\nThe company has remained silent on the allegations." },
    // Another party's silence: the city made no denial.
    { text: "The league's board chair, Hiroshi Tanaka, denied on Friday that the stadium naming rights had been sold to two sponsors.\n\nOsaka city hall has declined to comment on the naming rights." },
    // The same company silent on another part of the permit (water use, not relocation).
    { text: "Pruitt Gold's site manager, Dana Pruitt, denied that any families in Akiak would be relocated for the new pit.\n\nPruitt Gold has refused to comment on the permit's chapter on water use." },
    // The silence comes before any denial.
    { text: "The board has declined to comment on the naming rights.\n\nIts chair, Hiroshi Tanaka, later denied that the stadium naming rights had been sold to two sponsors." },
    // A request that was answered.
    { text: "Brightline Couriers said every van had passed its safety test. \"Not one van has skipped a test,\" its managing director, Femi Adeyemi, said on Friday.\n\nOur request to view the test certificates for the vans was answered in June with a copy of each certificate." },
    // A former chair speaks for the board no longer.
    { text: "The league's former board chair, Hiroshi Tanaka, denied on Friday that the stadium naming rights had been sold to two sponsors.\n\nThe board has declined to comment on the naming rights." },
    // Another party's request on another matter.
    { text: "The housing council denied that any tenant had been evicted unlawfully.\n\nA request by the drivers' union for a pay rise has gone nowhere." },
    // A request that went no further than a desk and was then granted: not a non-answer.
    { text: "The housing council denied that any tenant had been evicted unlawfully.\n\nA request for the list of evictions since 2020 went no further than the mayor's desk before it was granted." },
  ],
});
