/**
 * Nicknames and spelling variants of given names: `Greg` is `Gregory`, `Bill` is `William`, `Aleksandr`
 * is `Alexander`. A small hand-made table of English short forms and frequent transliteration variants;
 * each row is one name family, and two given names are equivalent when some row holds both (`Jon` sits in
 * the rows of John and of Jonathan, which are not equivalent to each other). Lookups are O(1).
 */

const ROWS = `
  gregory greg | william bill will billy willy liam | robert bob rob robbie bobby bert | michael mike mick mikey
  james jim jimmy jamie | richard rick dick rich ricky richie | thomas tom tommy | joseph joe joey
  charles charlie chuck | edward ed eddie ted ned | elizabeth liz beth betty eliza libby
  katherine catherine kathryn kate kathy cathy katie kat | margaret maggie meg peggy | jennifer jen jenny
  christopher chris kit | christine christina chris tina | alexander alex sasha sandy aleksandr aleksander alexandre alessandro alejandro
  alexandra alex sasha sandra aleksandra | andrew andy drew | anthony tony antony | benjamin ben benny
  daniel dan danny | david dave davy | douglas doug | frederick fred freddie frederic | gerald gerry jerry
  henry harry hank | harold harry | jacob jake | john jon johnny jack | jonathan jon jonny
  kenneth ken kenny | lawrence laurence larry | leonard len leo | matthew matt matthias | nicholas nick nicky nicolas
  patrick pat paddy | peter pete | philip phillip phil | raymond ray | ronald ron ronnie | samuel sam sammy
  stephen steven steve stefan stephan | timothy tim | victor vic | vincent vince | walter walt
  zachary zach zack | abigail abby | deborah deb debbie | patricia pat patty trish | rebecca becky becca
  susan sue susie suzanne | victoria vicky tori | barbara barb | dorothy dot | eleanor ellie nell
  jessica jess | kimberly kim | pamela pam | samantha sam | teresa theresa terry tess | gabriel gabe
  maximilian max | nathaniel nathan nate nat | sebastian seb | vladimir vlad | mohammed mohammad muhammad mohamed mohamad
  yusuf yousef youssef | ahmed ahmad | hussein husain hussain | sergey sergei serguei | dmitry dmitri dmitrii
  yuri yury iurii | andrei andrey | evgeny evgenii yevgeny | mikhail michail | nikolai nikolay | alexey alexei aleksei
  jose pepe | francisco paco | giuseppe beppe | francesco franco | johannes hans johann | wolfgang wolf
`;

const canonicalOf = new Map<string, string[]>();
for (const row of ROWS.split("|")) {
  const names = row.trim().split(/\s+/);
  for (const name of names) canonicalOf.set(name, [...(canonicalOf.get(name) ?? []), names[0]!]);
}

/** True when two different given names are known forms of one name (`isNickname("greg", "gregory")`). */
export function isNickname(a: string, b: string): boolean {
  const [rowsA, rowsB] = [canonicalOf.get(a), canonicalOf.get(b)];
  return rowsA !== undefined && rowsB !== undefined && rowsA.some((row) => rowsB.includes(row));
}

/** True for a given name of the table: an English or transliterated name, not a romanised CJK one. */
export function isListedGivenName(name: string): boolean {
  return canonicalOf.has(name);
}
