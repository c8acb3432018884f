import { REMEDY_GROUPS } from './remedy-groups';

/**
 * What a buyer's story says is wrong, and what a supplier offering the fix writes in its title.
 * Buyers post a need as a problem (循环水结垢，换热器一年洗两次; 出厂水有土霉味; 电费快占成本一半) and
 * suppliers post the fix by its name (阻垢剂, 粉末活性炭, 合同能源管理): the two share no word, and the
 * chain graph cannot say which machine or service answers a symptom. A group joins the words of one
 * symptom to the products and services a buyer with it would consider (remedy-groups.ts).
 *
 * A symptom is read only where it is told as one: not after 防, 抗, 阻, 耐, 除, 免, 不 or 无 (防结垢,
 * 除异味 and 不结垢 name a product's guard against it, not a problem).
 */
export interface Remedy {
  /** The symptom word as the text wrote it. */
  symptom: string;
  /** The words of the products and services that fix it. */
  remedies: readonly string[];
}

/** A demand's term that is a fix's word (Tokenizer.remedyTerms): the symptom it answers, and whether it names the fix. */
export interface RemedyTerm {
  symptom: string;
  /** The word the fix's name ends in (活性炭 of 粉末活性炭), not one that says its kind (粉末). */
  head: boolean;
}

const GUARDED = /[防抗阻耐除免不无]$/u;

const BY_SYMPTOM: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of REMEDY_GROUPS)
    for (const symptom of group.symptoms) {
      const list = map.get(symptom) ?? [];
      for (const r of group.remedies) if (!list.includes(r)) list.push(r);
      map.set(symptom, list);
    }
  return map;
})();

/** The symptoms by their first two characters, longest first, so that 铁锰超标 is read before 超标 would be. */
const BY_OPENING: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const symptom of BY_SYMPTOM.keys()) {
    const list = map.get(symptom.slice(0, 2)) ?? [];
    list.push(symptom);
    map.set(symptom.slice(0, 2), list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

/**
 * The symptoms a (normalised, lower-case) text tells, each with its remedies, in the text's order, read
 * left to right, the longest symptom at each place, none overlapping another.
 */
export function remediesFor(text: string): Remedy[] {
  const found: Remedy[] = [];
  for (let at = 0; at < text.length - 1;) {
    const symptom = BY_OPENING.get(text.slice(at, at + 2))?.find((w) => text.startsWith(w, at));
    if (!symptom) {
      at++;
      continue;
    }
    if (!GUARDED.test(text.slice(Math.max(0, at - 1), at)) && !found.some((f) => f.symptom === symptom))
      found.push({ symptom, remedies: BY_SYMPTOM.get(symptom)! });
    at += symptom.length;
  }
  return found;
}
