/**
 * Stop words for key-phrase mining: a phrase candidate is a run of words between stop words and
 * punctuation, so this list decides where phrases break.
 *
 * Two parts. ENGLISH is a general list (articles, pronouns, auxiliaries, prepositions, conjunctions,
 * quantifiers, common adverbs, number words), close to the SMART and NLTK lists. ACADEMIC holds the filler
 * of abstracts — reporting verbs ("we propose", "we show"), hedges and connectives ("furthermore",
 * "significantly") and generic nouns ("paper", "results", "approach") — which would otherwise glue onto
 * every real phrase ("results show sparse autoencoders"). Entries are lower case; the lookup lower-cases.
 */

const ENGLISH = `
a about above across after afterwards again against all almost alone along already also although always am
among amongst an and another any anybody anyhow anyone anything anyway anywhere are around as at be became
because become becomes becoming been before beforehand behind being below beside besides between beyond both
but by can cannot could did do does doing done down during each either else elsewhere enough etc even ever
every everyone everything everywhere except few for former formerly from further had has have having he hence
her here hereby herein hers herself him himself his how however i if in indeed into is it its itself just
last latter least less let lets like made make makes many may me meanwhile might mine more most mostly much
must my myself namely neither never nevertheless next no nobody none nor not nothing now nowhere of off often
on once only onto or other others otherwise our ours ourselves out over own per perhaps please quite rather
really same seem seemed seeming seems several she should since so some somehow someone something sometime
sometimes somewhat somewhere still such than that the their theirs them themselves then thence there thereby
therefore therein thereupon these they this those though through throughout thru thus to together too toward
towards under until up upon us very via was we well were what whatever when whence whenever where whereas
whereby wherein whether which while who whoever whole whom whose why will with within without would yet you
your yours yourself yourselves isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't
shouldn't hasn't haven't hadn't it's we're they're that's there's
one two three four five six seven eight nine ten eleven twelve twenty thirty hundred hundreds thousand
thousands million millions first second third fourth fifth half
e.g i.e et al cf vs ie eg viz
`;

const ACADEMIC = `
paper papers work works study studies article approach approaches result results method methods technique
techniques framework show shows showed shown showing demonstrate demonstrates demonstrated demonstrating
propose proposes proposed proposing present presents presented presenting introduce introduces introduced
introducing describe describes described report reports reported find finds found finding findings observe
observes observed discuss discusses discussed argue argues argued suggest suggests suggested conduct conducts
conducted investigate investigates investigated explore explores explored examine examines examined consider
considers considered provide provides provided providing achieve achieves achieved achieving obtain obtains
obtained use uses used using utilize utilizes utilized apply applies applied based allow allows allowing
enable enables enabled enabling require requires required requiring perform performs performed include
includes including called termed known given able exhibit exhibits exhibited exhibiting reveal reveals revealed
revealing yield yields yielded remain remains remained lead leads led help helps helped aim aims aimed seek
seeks tend tends release releases released outperform outperforms outperformed outperforming improves new
novel existing prior previous previously recent recently
current currently various different differ several many numerous specific specifically particular
particularly respectively significant significantly substantial substantially effective effectively
efficiently highly largely mainly mostly generally typically usually commonly widely often especially
furthermore moreover additionally finally overall addition instead rather namely however thereby whereby
approximately roughly nearly almost fully simply directly clearly easily readily strongly broadly
key main major important crucial common simple
`;

/** Every stop word, lower case. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${ACADEMIC}`.split(/\s+/).filter((word) => word !== ""),
);

/** Whether a word (any case) is a stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}
