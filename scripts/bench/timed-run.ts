/**
 * Runs a command under GNU time, for its wall time and the peak memory of its processes.
 */
import { existsSync } from 'node:fs';
import { runCommand } from '../lib/project-copy.ts';

export interface TimedRun {
  code: number | null;
  output: string;
  seconds: number;
  /** Largest resident set of any one process of the run (GNU time's "Maximum resident set size"), bytes; undefined without GNU time. */
  peakRssBytes: number | undefined;
}

const GNU_TIME = '/usr/bin/time';
const MARKER = '--- czas i pamięć ---';

/** "Maximum resident set size (kbytes): 123456" from `time -v`, in bytes. */
export function parsePeakRss(timeOutput: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(timeOutput);
  return match ? Number(match[1]) * 1024 : undefined;
}

export async function timedRun(shellCommand: string, cwd: string, env: Record<string, string> = {}): Promise<TimedRun> {
  const started = performance.now();
  const useTime = existsSync(GNU_TIME);
  // GNU time reports the largest child, which for a build is the Node process running Astro.
  const result = useTime
    ? await runCommand(GNU_TIME, ['-v', 'sh', '-c', `${shellCommand}; status=$?; echo '${MARKER}' >&2; exit $status`], cwd, env)
    : await runCommand('sh', ['-c', shellCommand], cwd, env);
  const seconds = (performance.now() - started) / 1000;
  const markerAt = result.output.indexOf(MARKER);
  return {
    code: result.code,
    output: markerAt >= 0 ? result.output.slice(0, markerAt) : result.output,
    seconds,
    peakRssBytes: useTime ? parsePeakRss(result.output.slice(Math.max(markerAt, 0))) : undefined,
  };
}
