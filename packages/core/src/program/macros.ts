// An upper-bound estimate of how much text macro expansion will produce, computed before the
// preprocessor runs. @shaderfrog/glsl-parser's preprocessor has no expansion limit, so
// `#define A1 A0 A0`, `#define A2 A1 A1`, ... would otherwise eat memory and time
// exponentially. The estimate over-counts (every #define counts, whatever #if says) so that a
// program that passes it can be expanded safely.

type Macro = { body: string; params?: string[] };

const ID = /[A-Za-z_][A-Za-z0-9_]*/g;
const DEFINE = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_][A-Za-z0-9_]*)(\(([^)]*)\))?(.*)$/;

/** Collects `#define`s from comment-free text, joining backslash-continued lines. */
export function collectMacros(code: string): { macros: Map<string, Macro>; text: string } {
  const macros = new Map<string, Macro>();
  const lines = code.replace(/\\\r?\n/g, ' ').split('\n');
  const rest: string[] = [];
  for (const line of lines) {
    const m = DEFINE.exec(line);
    if (m) {
      const params = m[2] === undefined ? undefined : m[3].split(',').map((p) => p.trim()).filter(Boolean);
      macros.set(m[1], { body: m[4].trim(), params });
    } else if (!/^[ \t]*#/.test(line)) rest.push(line);
  }
  return { macros, text: rest.join('\n') };
}

/**
 * Estimates the size in characters of `code` after macro expansion (an over-estimate).
 *
 * @example
 * estimateExpansion('#define A xx\n#define B A A\nB B') // -> about 11
 */
export function estimateExpansion(code: string, cap = Number.MAX_SAFE_INTEGER): number {
  const { macros, text } = collectMacros(code);
  if (macros.size === 0) return text.length;
  const memo = new Map<string, number>();
  const active = new Set<string>();

  const weigh = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const m = macros.get(name)!;
    // A macro is not expanded inside its own expansion, so a cycle adds only its name's length.
    active.add(name);
    const w = measure(m.body);
    active.delete(name);
    memo.set(name, w);
    return w;
  };

  // Walks text, multiplying the arguments of function-like macros by how often the macro's body
  // repeats its parameters.
  const measure = (s: string): number => {
    let total = 0;
    let mult = 1;
    const stack: { depth: number; mult: number }[] = [];
    let depth = 0;
    let last = 0;
    let pendingMult = 0;
    ID.lastIndex = 0;
    const ids = [...s.matchAll(ID)];
    let k = 0;
    for (let i = 0; i < s.length; i++) {
      if (k < ids.length && ids[k].index === i) {
        const id = ids[k][0];
        k++;
        const m = macros.get(id);
        if (m && !active.has(id)) {
          total += weigh(id) * mult;
          if (m.params) {
            const uses = m.params.reduce((a, p) => a + (m.body.match(new RegExp(`\\b${p}\\b`, 'g'))?.length ?? 0), 0);
            pendingMult = Math.max(1, uses);
          }
        } else total += id.length * mult;
        i += id.length - 1;
        last = i;
        if (total > cap) return total;
        continue;
      }
      const c = s[i];
      if (c === '(') {
        depth++;
        if (pendingMult && /^\s*$/.test(s.slice(last + 1, i))) {
          stack.push({ depth, mult });
          mult *= pendingMult;
        }
        pendingMult = 0;
      } else if (c === ')') {
        if (stack.length && stack[stack.length - 1].depth === depth) mult = stack.pop()!.mult;
        depth--;
      } else if (!/\s/.test(c)) pendingMult = 0;
      total += mult;
      if (total > cap) return total;
    }
    return total;
  };
  return measure(text);
}
