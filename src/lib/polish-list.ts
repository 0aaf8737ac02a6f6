/** Words joined as a Polish sentence lists them: "a", "a i b", "a, b i c"; empty for none. */
export function listInPolish(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} i ${words[words.length - 1]}`;
}
