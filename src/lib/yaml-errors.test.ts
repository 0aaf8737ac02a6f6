import yaml from 'js-yaml';
import { expect, test } from 'vitest';
import { yamlReasonPl } from './yaml-errors.ts';

function reasonOf(text: string): string {
  try {
    yaml.load(text);
  } catch (error) {
    return (error as yaml.YAMLException).reason;
  }
  throw new Error('parsed without an error');
}

test.each([
  ['models:\n\t- model-testowy\n', 'wcięcie zrobiono tabulatorem, a wcina się tylko spacjami'],
  ['title: A\ntitle: B\n', 'to pole jest już wpisane wyżej; zostaw jedno'],
  ['sources: [a, b\n', 'nawias [ albo { nie jest zamknięty'],
  ['type: fundacja: prywatna\n', 'złe wcięcie pola albo dwukropek ze spacją w tekście bez cudzysłowu (taki tekst ujmij w apostrofy)'],
])('explains the parser’s reason for %j in Polish', (text, explanation) => {
  expect(yamlReasonPl(reasonOf(text))).toBe(explanation);
});

test('passes a rare reason through unchanged', () => {
  expect(yamlReasonPl('unknown escape sequence')).toBe('unknown escape sequence');
});
