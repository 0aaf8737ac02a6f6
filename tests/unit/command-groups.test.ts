import { describe, expect, test } from 'vitest';
import { groupByFiles, limitConcurrency } from '../support/command-groups.ts';

describe('groupByFiles', () => {
  test('puts cases with no file in common together, first fit, in order', () => {
    const files: Record<string, string[]> = { a: ['x'], b: ['x', 'y'], c: ['z'], d: ['y'], e: ['x'] };
    expect(groupByFiles(Object.keys(files), (name) => files[name]!)).toEqual([['a', 'c', 'd'], ['b'], ['e']]);
  });

  test('gives no group for no cases', () => {
    expect(groupByFiles([], () => [])).toEqual([]);
  });
});

describe('limitConcurrency', () => {
  test('never runs more than the limit at once, and runs every task', async () => {
    const run = limitConcurrency(2);
    let running = 0;
    let most = 0;
    const task = (value: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return value;
    };
    await expect(Promise.all([1, 2, 3, 4, 5].map((value) => run(task(value))))).resolves.toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  test('goes on with the next task when one fails', async () => {
    const run = limitConcurrency(1);
    const failing = run(() => Promise.reject(new Error('nie')));
    const next = run(() => Promise.resolve('tak'));
    await expect(failing).rejects.toThrow('nie');
    await expect(next).resolves.toBe('tak');
  });
});
