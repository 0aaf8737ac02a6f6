/**
 * The pages a built pagefind bundle holds, read from its fragment files: gzip, then pagefind's
 * own signature ("pagefind_dcd") and the page's JSON, with its address and the text it indexed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedFragment {
  url: string;
  /** The page's text as pagefind indexed it and cuts excerpts from. */
  content: string;
}

const SIGNATURE = 'pagefind_dcd';

/** Every page in the bundle at `folder` (such as dist/pagefind/). */
export function readFragments(folder: string): IndexedFragment[] {
  const fragments = path.join(folder, 'fragment');
  return readdirSync(fragments).map((name) => {
    const text = gunzipSync(readFileSync(path.join(fragments, name))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${name}: to nie jest fragment pagefind (brak „${SIGNATURE}” na początku)`);
    const { url, content } = JSON.parse(text.slice(SIGNATURE.length)) as IndexedFragment;
    return { url, content };
  });
}
