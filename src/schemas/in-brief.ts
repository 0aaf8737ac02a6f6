import { plainText } from './fields.ts';

/**
 * The plain "W skrócie" lead of a model's or project's page: what it is and for whom, in a few
 * short sentences; every model and project has one. src/rules/readability.ts holds it to FOG-PL 10 at most.
 */
export const inBrief = plainText.describe(
  '„W skrócie”: 2–4 krótkie zdania prostym językiem, co to jest i komu pomaga, napisane z tych samych źródeł co strona (te same liczby, nic nowego). Wskaźnik FOG-PL tego tekstu może wynosić najwyżej 10; budowanie sprawdza go i wskazuje najtrudniejsze zdania.',
);
