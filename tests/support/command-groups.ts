/**
 * Helpers for suites that run slow commands (builds, validations) in project copies: put cases
 * that touch different files together so one command serves several, and run a few commands at
 * a time rather than all at once or one by one.
 */

/**
 * Cases in groups where no two cases of a group have a file in common, first fit, in the given
 * order: so laying a group's files over one another loses no case's file.
 */
export function groupByFiles<T>(cases: readonly T[], filesOf: (item: T) => readonly string[]): T[][] {
  const groups: { cases: T[]; files: Set<string> }[] = [];
  for (const item of cases) {
    const files = filesOf(item);
    let group = groups.find((candidate) => files.every((file) => !candidate.files.has(file)));
    if (!group) {
      group = { cases: [], files: new Set() };
      groups.push(group);
    }
    group.cases.push(item);
    for (const file of files) group.files.add(file);
  }
  return groups.map((group) => group.cases);
}

/** A runner that starts at most `limit` of the tasks given to it at a time, the rest in order as others end. */
export function limitConcurrency(limit: number): <R>(task: () => Promise<R>) => Promise<R> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
