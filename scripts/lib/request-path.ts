/**
 * The site path a request asks for, checked before the server looks at a file: percent-encoding
 * decoded once (as hosts do: `%252e` stays the three characters `%2e`), no NUL, no `..` segment
 * before or after decoding, then normalised (`//a/./b` → `/a/b`). A path that fails any of these
 * is refused as a whole (the server answers 400), so nothing that could climb out of dist/ is ever
 * joined to it.
 */
import path from 'node:path';

export type RequestPath =
  /** `path`: decoded and normalised, always starting with `/`; `query`: `?…` as sent, or empty. */
  { ok: true; path: string; query: string } | { ok: false; problem: string };

/** A `..` segment, with `/` or `\` around it (some servers take `\` for `/`). */
const hasParentSegment = (text: string) => text.split(/[/\\]/).includes('..');

export function parseRequestPath(url: string): RequestPath {
  const queryStart = url.indexOf('?');
  const raw = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? '' : url.slice(queryStart);
  if (!raw.startsWith('/')) return { ok: false, problem: 'adres nie zaczyna się od „/”' };
  if (hasParentSegment(raw)) return { ok: false, problem: 'segment „..” w adresie' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, problem: 'nieprawidłowe kodowanie procentowe' };
  }
  if (decoded.includes('\0')) return { ok: false, problem: 'znak NUL w adresie' };
  if (hasParentSegment(decoded)) return { ok: false, problem: 'segment „..” w adresie po odkodowaniu' };
  return { ok: true, path: path.posix.normalize(decoded), query };
}

/** A site path written back as a URL path: each segment percent-encoded, `/` kept. */
export function encodeSitePath(sitePath: string): string {
  return sitePath.split('/').map(encodeURIComponent).join('/');
}
