/**
 * The order the browser test files start in. Without earlier results (a fresh clone, CI) vitest
 * starts the largest files first, and the shortest file, tests/e2e/pages.test.ts, is the longest
 * run: one check per built page. Started last, it ran alone for minutes at the end. Files whose run
 * grows with the number of pages start first; the rest keep vitest's order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const PER_PAGE_FILES = ['/tests/e2e/pages.test.ts'];

const checksEveryPage = (spec: TestSpecification) => PER_PAGE_FILES.some((file) => spec.moduleId.endsWith(file));

export class PerPageFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(checksEveryPage), ...sorted.filter((spec) => !checksEveryPage(spec))];
  }
}
