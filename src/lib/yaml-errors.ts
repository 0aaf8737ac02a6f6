/**
 * The YAML parser explains syntax errors in English and in its own terms; editors get the common
 * ones in Polish, said as what to fix. Rare reasons pass through as the parser wrote them.
 */
const REASONS_PL: Readonly<Record<string, string>> = {
  'tab characters must not be used in indentation': 'wcięcie zrobiono tabulatorem, a wcina się tylko spacjami',
  'bad indentation of a mapping entry': 'złe wcięcie pola albo dwukropek ze spacją w tekście bez cudzysłowu (taki tekst ujmij w apostrofy)',
  'bad indentation of a sequence entry': 'złe wcięcie pozycji listy „- …”',
  'duplicated mapping key': 'to pole jest już wpisane wyżej; zostaw jedno',
  'missed comma between flow collection entries': 'brak przecinka między pozycjami w nawiasach [ ] lub { }, albo nawias nie jest zamknięty',
  'unexpected end of the stream within a flow collection': 'nawias [ albo { nie jest zamknięty',
  'unexpected end of the stream within a double quoted scalar': 'tekst w cudzysłowie " nie jest zamknięty',
  'unexpected end of the stream within a single quoted scalar': "tekst w apostrofach ' nie jest zamknięty",
  'end of the stream or a document separator is expected': 'po wartości pola jest jeszcze coś, czego nie da się odczytać',
  'can not read a block mapping entry; a multiline key may not be an implicit key':
    'nie da się odczytać pola: brak dwukropka po nazwie pola albo tekst przechodzi do następnego wiersza bez wcięcia',
};

/** The reason of a YAML syntax error as an editor should read it. */
export function yamlReasonPl(reason: string): string {
  return REASONS_PL[reason] ?? reason;
}
