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
      text: "The authority's board chair, Lena Osei, denied that any public land had been sold to a golf developer. \"Every plot is still on our books,\" she said on Wednesday.\n\nThe board has not responded to questions about the golf course sale.",
      flag: "The board has not responded to questions about the golf course sale",
    },
    {
      // A chairman's denial, then his college's silence on the same matter.
      text: "The college's chairman, Piet Mulder, denied on Monday that any scholarship money had been spent on the new sports hall.\n\nThe college has not replied to questions about the sports hall budget.",
      flag: "The college has not replied to questions about the sports hall budget",
    },
    {
      // A part of a document (a schedule of fare changes) is about its matter: the fares the director said would not rise.
      text: "Harbor Rail's finance director, Tom Pryce, denied that fares would rise under the new franchise. \"Passengers will pay what they pay today,\" he said.\n\nHarbor Rail declined to comment on the franchise's schedule of fare changes.",
      flag: "Harbor Rail declined to comment on the franchise's schedule",
    },
    {
      // An annex on school closures, after a denial that any school would close under the plan.
      text: "The ministry denied that any village school would close under the reform plan.\n\nThe ministry would not comment on the plan's annex on school closures.",
      flag: "The ministry would not comment on the plan's annex",
    },
    {
      // A request acknowledged and then nothing: a non-answer after the same company's denial.
      text: "Ostrava Water said its meters were checked every year and that its own staff had logged every fault. \"No meter has ever been left unchecked,\" its operations director, Jan Novak, said on Monday.\n\nA request to see the company's own meter inspection logs for 2022 was acknowledged by its press office on Wednesday and has gone no further.",
      flag: "A request to see the company",
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
    // Another party's silence: the ministry made no denial.
    { text: "The fund's board chair, Ines Vaz, denied that any money had been lent to a hotel project.\n\nThe finance ministry has not responded to questions about the hotel loan." },
    // The same company silent on another part of the franchise (staff transfers, not fares).
    { text: "Harbor Rail's finance director, Tom Pryce, denied that fares would rise under the new franchise.\n\nHarbor Rail declined to comment on the franchise's annex on staff transfers." },
    // The silence comes before any denial.
    { text: "The board has not responded to questions about the hotel loan.\n\nIts chair, Ana Diaz, later denied that any pension money had been lent to a hotel project." },
    // A request that was answered.
    { text: "Ostrava Water said its meters were checked every year. \"No meter has ever been left unchecked,\" its operations director, Jan Novak, said on Monday.\n\nA request to see the company's meter inspection logs for 2022 was answered on Wednesday with copies of every log." },
    // A former chair speaks for the board no longer.
    { text: "The fund's former board chair, Ines Vaz, denied that any money had been lent to a hotel project.\n\nThe board has not responded to questions about the hotel loan." },
    // Another party's request on another matter.
    { text: "The housing council denied that any tenant had been evicted unlawfully.\n\nA request by the drivers' union for a pay rise has gone nowhere." },
    // A request that went no further than a desk and was then granted: not a non-answer.
    { text: "The housing council denied that any tenant had been evicted unlawfully.\n\nA request for the list of evictions since 2020 went no further than the mayor's desk before it was granted." },
  ],
});
