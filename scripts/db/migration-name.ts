// Mirrors how `prisma migrate dev --name` turns a name into the directory suffix
// (@sindresorhus/slugify with "_" as separator, cut at 200 characters), so the
// same name gives the same directory as with stock Prisma. Of its transliteration
// table only the letters that do not simply lose an accent are kept here.

const REPLACEMENTS: [string, string][] = [
  ["&", " and "],
  ["\u{1F984}", " unicorn "],
  ["\u2665", " love "],
  ["ß", "ss"],
  ["ẞ", "Ss"],
  ["ä", "ae"],
  ["Ä", "Ae"],
  ["ö", "oe"],
  ["Ö", "Oe"],
  ["ü", "ue"],
  ["Ü", "Ue"],
  ["Æ", "AE"],
  ["æ", "ae"],
  ["Ø", "O"],
  ["ø", "o"],
  ["Þ", "TH"],
  ["þ", "th"],
  ["Ð", "D"],
  ["ð", "d"],
  ["Ł", "L"],
  ["ł", "l"],
];

function decamelize(text: string): string {
  return text
    .replace(/([A-Z]{2,})(\d+)/g, "$1 $2")
    .replace(/([a-z\d]+)([A-Z]{2,})/g, "$1 $2")
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    // [a-rt-z] leaves plural acronyms such as "APIs" in one piece.
    .replace(/([A-Z]+)([A-Z][a-rt-z\d]+)/g, "$1 $2");
}

export function slugifyMigrationName(name: string): string {
  let slug = name.normalize();
  for (const [from, to] of REPLACEMENTS) slug = slug.replaceAll(from, to);
  slug = slug.normalize("NFD").replace(/\p{Diacritic}/gu, "").normalize();
  slug = decamelize(slug).toLowerCase();
  slug = slug.replace(/([a-zA-Z\d]+)'([ts])(\s|$)/g, "$1$2$3");
  slug = slug.replace(/[^a-z\d]+/g, "_").replace(/\\/g, "");
  slug = slug.replace(/_{2,}/g, "_").replace(/^_|_$/g, "");
  return slug.substring(0, 200);
}
