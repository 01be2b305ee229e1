// A party's name in running English text. UN usage puts "the" before the names of some countries
// ("the Republic of Korea", "the Russian Federation", but "China", "Japan", "Mongolia") and before
// an organization named by what it is ("the Asian Development Bank", but "UN ESCAP"). Names are
// staff-edited free text, so the rule reads the name itself: the countries listed by UN terminology
// as taking the article, and organizations whose name ends in what kind of body they are.

const countriesWithArticle = new RegExp(
  '^((Bahamas|Comoros|Congo|Gambia|Maldives|Niger|Philippines|Sudan)$|' +
    '(Central African Republic|Czech Republic|Democratic |Dominican Republic|Federated States|Holy See|Islamic Republic|Lao People|' +
    'Marshall Islands|Netherlands|Republic |Russian Federation|State of |Syrian Arab Republic|United Arab Emirates|United Kingdom|United Republic|United States))',
);

const bodiesWithArticle =
  /\b(Agency|Bank|Centre|Center|Commission|Council|Facility|Forum|Fund|Institute|Network|Office|Organization|Organisation|Partnership|Programme|Program|Secretariat|Union)$/;

/** "the Republic of Korea", "Japan", "the Asian Development Bank": the name as a sentence carries it. */
export function partyInSentence(name: string): string {
  return countriesWithArticle.test(name) || bodiesWithArticle.test(name) ? `the ${name}` : name;
}

/** The same at the start of a sentence: "The Republic of Korea has objected". */
export function partyStartingSentence(name: string): string {
  const inSentence = partyInSentence(name);
  return inSentence.charAt(0).toUpperCase() + inSentence.slice(1);
}
