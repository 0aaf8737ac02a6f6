import { afterEach, describe, expect, it } from 'vitest';
import { handOffCollection, STORE_KEY_NAME } from './handoff.ts';

const storeKey = Symbol.for(STORE_KEY_NAME);
const handedOver = () => (globalThis as Record<symbol, unknown>)[storeKey] as Map<string, Map<string, unknown>>;

describe('handOffCollection', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[storeKey];
  });

  it('keeps each collection under its name, with the stored entry objects themselves', () => {
    const rybnik = { id: 'rybnik', data: {} };
    const model = { id: 'model-wiejski', data: {} };
    handOffCollection('programmes', [['rybnik', rybnik]]);
    handOffCollection('models', [['model-wiejski', model]]);
    expect([...handedOver().keys()]).toEqual(['programmes', 'models']);
    expect(handedOver().get('programmes')!.get('rybnik')).toBe(rybnik);
    expect(handedOver().get('models')!.get('model-wiejski')).toBe(model);
  });

  it('replaces a collection loaded again (the dev server’s next sync), leaving the others', () => {
    handOffCollection('programmes', [['rybnik', { id: 'rybnik' }]]);
    handOffCollection('models', [['model-wiejski', { id: 'model-wiejski' }]]);
    handOffCollection('programmes', [['gliwice', { id: 'gliwice' }]]);
    expect([...handedOver().get('programmes')!.keys()]).toEqual(['gliwice']);
    expect([...handedOver().get('models')!.keys()]).toEqual(['model-wiejski']);
  });
});
