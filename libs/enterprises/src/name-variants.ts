import { Converter } from 'opencc-js';

type Convert = (text: string) => string;
let convert: { simplified: Convert; traditional: Convert } | undefined;

/**
 * The ways one firm's name is written in either script: as given, in simplified characters (黔銀 →
 * 黔银, 貴州 → 贵州, a name mixing both included) and in traditional ones. A verified firm's name
 * taken in the other script would pass for that firm as surely as the name itself; the name_key
 * comparison (enterprises.repository.ts) reads spaces, widths and brackets alike.
 */
export function nameVariants(name: string): string[] {
  convert ??= {
    simplified: Converter({ from: 't', to: 'cn' }),
    traditional: Converter({ from: 'cn', to: 't' }),
  };
  return [...new Set([name, convert.simplified(name), convert.traditional(name)])];
}
