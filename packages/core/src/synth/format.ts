/** Formatting of GLSL float literals: always a decimal point, at most `digits` decimals, no -0. */
export function num(x: number, digits = 3): string {
  let s = x.toFixed(digits);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '.0');
  if (/^-0\.0$/.test(s)) s = '0.0';
  return s;
}

export function vec2(x: number, y: number, digits = 3): string {
  return `vec2(${num(x, digits)}, ${num(y, digits)})`;
}

export function vec3(x: number, y: number, z: number, digits = 3): string {
  return `vec3(${num(x, digits)}, ${num(y, digits)}, ${num(z, digits)})`;
}

/** `speed * t + phase`, dropping the parts that are zero; `t` when speed is 1. */
export function timeTerm(speed: number, phase = 0, t = 't'): string {
  const parts: string[] = [];
  if (num(speed) !== '0.0') parts.push(num(speed) === '1.0' ? t : `${num(speed)} * ${t}`);
  if (num(phase) !== '0.0') parts.push(num(phase));
  if (parts.length === 0) return '0.0';
  return parts.join(' + ').replace('+ -', '- ');
}

/** `a + b` / `a - |b|` for a numeric b. */
export function plus(a: string, b: number): string {
  const s = num(b);
  if (s === '0.0') return a;
  return s.startsWith('-') ? `${a} - ${s.slice(1)}` : `${a} + ${s}`;
}

/** Indents every line of a block by `n` levels of four spaces. */
export function indent(lines: string[], n = 1): string[] {
  const pad = '    '.repeat(n);
  return lines.map((l) => (l.length ? pad + l : l));
}
