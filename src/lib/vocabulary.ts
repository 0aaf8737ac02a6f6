/**
 * Closed vocabularies used by the schemas. Each is a record of allowed value → Polish label,
 * so the same data gives the zod enum (a typo in frontmatter fails the build) and the UI text.
 */

/** Editorial status of a document. `projekt` = draft, `konsultacje` = in consultation, `przyjety` = adopted. */
export const documentStatuses = {
  projekt: 'projekt',
  konsultacje: 'w konsultacjach',
  przyjety: 'przyjęty',
} as const;

/** EU and national funding programmes named in the source documents. */
export const fundingProgrammes = {
  'easi-2014-2020': 'Europejski program na rzecz zatrudnienia i innowacji społecznych (EaSI) 2014–2020',
  'po-wer-2014-2020': 'Program Operacyjny Wiedza Edukacja Rozwój (PO WER) 2014–2020',
  'fers-2021-2027': 'Fundusze Europejskie dla Rozwoju Społecznego (FERS) 2021–2027',
} as const;

export const institutionTypes = {
  'regionalny-osrodek-polityki-spolecznej': 'regionalny ośrodek polityki społecznej',
  'samorzad-wojewodztwa': 'samorząd województwa',
  'samorzad-gminy': 'samorząd gminy',
  'osrodek-pomocy-spolecznej': 'ośrodek pomocy społecznej',
  fundacja: 'fundacja',
  'organizacja-pozarzadowa': 'organizacja pozarządowa',
  'instytut-naukowy': 'instytut naukowy',
  'organizacja-zagraniczna': 'organizacja zagraniczna',
  'inna-organizacja': 'organizacja',
  'rodzaj-instytucji': 'rodzaj instytucji',
} as const;

export const placeTypes = {
  wojewodztwo: 'województwo',
  powiat: 'powiat',
  gmina: 'gmina',
} as const;

export const modelKinds = {
  'model-kooperacji': 'model kooperacji',
  'model-opieki': 'model opieki',
  'model-tworzenia-programow': 'model tworzenia programów',
  'mechanizm-koordynacji': 'mechanizm koordynacji',
} as const;

/** Sectors a step of a model's workflow belongs to; the first four are the sources' "obszary kooperacji". */
export const workflowSectors = {
  'pomoc-spoleczna': 'pomoc i integracja społeczna',
  edukacja: 'edukacja',
  'ochrona-zdrowia': 'ochrona zdrowia i profilaktyka',
  'kultura-i-sport': 'kultura i sport',
  'sadownictwo-i-policja': 'sądownictwo i policja',
  'ekonomia-spoleczna': 'ekonomia społeczna',
  'polityka-spoleczna': 'planowanie polityki społecznej',
} as const;

/** Level of government a workflow step happens at. */
export const workflowLevels = {
  gmina: 'gmina',
  powiat: 'powiat',
  wojewodztwo: 'województwo',
  kraj: 'kraj',
} as const;

export const indicatorKinds = {
  rezultatu: 'wskaźnik rezultatu',
  produktu: 'wskaźnik produktu',
} as const;

export const sourceKinds = {
  'strona-projektu': 'opis projektu na stronie internetowej',
  'pismo-urzedowe': 'pismo urzędowe',
} as const;

/** Who sent remarks in a consultation; a private person's name is never published. */
export const submitterKinds = {
  organizacja: 'organizacja',
  'osoba-prywatna': 'osoba prywatna',
} as const;

/** The organiser's position on a remark, as Polish consultation reports word it. */
export const remarkPositions = {
  uwzgledniona: 'uwzględniona',
  'czesciowo-uwzgledniona': 'częściowo uwzględniona',
  nieuwzgledniona: 'nieuwzględniona',
  wyjasnienie: 'wyjaśnienie',
} as const;

export type DocumentStatus = keyof typeof documentStatuses;
export type FundingProgramme = keyof typeof fundingProgrammes;
export type WorkflowSector = keyof typeof workflowSectors;
export type WorkflowLevel = keyof typeof workflowLevels;
export type SubmitterKind = keyof typeof submitterKinds;
export type RemarkPosition = keyof typeof remarkPositions;
export type PlaceType = keyof typeof placeTypes;

/** The keys of a vocabulary as a non-empty tuple, the form `z.enum` takes. */
export function keysOf<T extends Record<string, string>>(vocabulary: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
