/**
 * Copies of the project in a temporary folder, for the tests that build the site from changed content
 * and for the benchmark, which builds it with generated pages.
 * Each copy has its own Astro and Vite caches; installed packages are linked, not copied.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** What a build reads from the project. */
const BUILD_INPUTS = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'published-addresses.txt', 'src', 'public', 'content', 'scripts'];

export function copyProject(destination: string): string {
  mkdirSync(destination, { recursive: true });
  for (const entry of BUILD_INPUTS) cpSync(path.join(PROJECT_ROOT, entry), path.join(destination, entry), { recursive: true });
  mkdirSync(path.join(destination, 'node_modules'));
  for (const entry of readdirSync(path.join(PROJECT_ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.vitest') continue;
    symlinkSync(path.join(PROJECT_ROOT, 'node_modules', entry), path.join(destination, 'node_modules', entry));
  }
  return destination;
}

export interface CommandResult {
  code: number | null;
  /** stdout and stderr together, in the order they came. */
  output: string;
}

export function runCommand(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A program installed in the project, e.g. `astro`. */
export function projectBin(name: string): string {
  return path.join(PROJECT_ROOT, 'node_modules/.bin', name);
}
