import { describe, expect, test } from 'vitest';
import { inDocumentOrder } from './remark-order.ts';

describe('inDocumentOrder', () => {
  test('sorts by section and unit numerically, then by time; ids that are not units go last, in their order', () => {
    const remarks = [
      { paragraphId: 'ogólna', createdAt: '2025-01-01T00:00:00.000Z' },
      { paragraphId: 'p-2-1', createdAt: '2025-01-02T00:00:00.000Z' },
      { paragraphId: 'p-10-1', createdAt: '2025-01-01T00:00:00.000Z' },
      { paragraphId: 'p-2-1', createdAt: '2025-01-01T00:00:00.000Z' },
      { paragraphId: 'inna', createdAt: '2024-01-01T00:00:00.000Z' },
      { paragraphId: 'p-1-12', createdAt: '2025-01-01T00:00:00.000Z' },
      { paragraphId: 'p-1-2', createdAt: '2025-01-01T00:00:00.000Z' },
    ];
    expect(inDocumentOrder(remarks).map((remark) => `${remark.paragraphId} ${remark.createdAt.slice(0, 10)}`)).toEqual([
      'p-1-2 2025-01-01',
      'p-1-12 2025-01-01',
      'p-2-1 2025-01-01',
      'p-2-1 2025-01-02',
      'p-10-1 2025-01-01',
      'inna 2024-01-01',
      'ogólna 2025-01-01',
    ]);
    expect(remarks[0]?.paragraphId).toBe('ogólna');
  });
});
