/**
 * A pure function of a string, remembering its last answers. The engine asks the same rule the same
 * question more than once per reply — the decision reads the cleaned text and the sender's whole
 * text (often the same), and the engine fingerprint reads both again — and the rules are its most
 * expensive step. The answer depends on the argument alone, so remembering it changes nothing but
 * the time; the memory is emptied whenever it fills.
 */
export function remembering<T>(size: number, answer: (key: string) => T): (key: string) => T {
  const recent = new Map<string, T>();
  return (key) => {
    if (recent.has(key)) return recent.get(key)!;
    const found = answer(key);
    if (recent.size >= size) recent.clear();
    recent.set(key, found);
    return found;
  };
}
