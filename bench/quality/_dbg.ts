import { MatchIndex, standaloneReference, Tokenizer } from '@duijie/matching';
import * as cr from '../../libs/matching/src/engine/chain-relations';
import { keywordPart, textFit } from '../../libs/matching/src/engine/score';
import { TODAY, toMatchListings } from './evaluate';
import { loadSet } from './labelled-set';
const [file, qk, ...sks] = process.argv.slice(2);
const set = loadSet(file);
const tokenizer = new Tokenizer();
const ref = standaloneReference();
const index = new MatchIndex();
const { supplies, queries } = toMatchListings(set, tokenizer);
[...supplies, ...queries].forEach((l) => index.put(l));
const ctx = ref.context(index, TODAY, tokenizer);
const q = queries[set.queries.findIndex((x) => x.key === qk)];
console.log('d heads', q.titleHeads, 'segs', q.segments?.length, 'askEq', cr.asksForEquipment(q), 'machineItself', cr.asksForMachineItself(q));
for (const sk of sks) {
  const s = supplies.find((x) => x.id === `SUPPLY:${sk}`)!;
  console.log(sk, 'heads', s.titleHeads, 'segs', s.segments?.length, 'offersEq', cr.offersEquipment(s), 'svc', cr.offersService(s), cr.titleOffersServiceOnly(s), 'kw', keywordPart(s, q, ctx).fit.toFixed(3), 'text', textFit(s, q).toFixed(3));
  console.log('   s terms', [...s.terms].map(([t, w]) => `${t}:${w}`).join(' '));
}
