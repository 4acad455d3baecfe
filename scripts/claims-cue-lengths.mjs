// Gold cue tokens of claims-dev by cue length, and our token recall on each: where cue token F1 is lost.
// Run after `npx tsx scripts/eval-corpus.ts claims` (reads ../shared/corpora/claims-dev.jsonl and .eval/claims.pred.jsonl).
import {readFileSync} from 'fs';
const gold=readFileSync('../shared/corpora/claims-dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
const pred=new Map(readFileSync('.eval/claims.pred.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l)).map(d=>[d.id,d]));
const WORD=/[\p{L}\p{N}]+/gu;
const byLen={};let totalG=0, distinct=new Map();
for(const g of gold){const p=pred.get(g.id)||{attributions:[]};const toks=[...g.text.matchAll(WORD)].map(m=>[m.index,m.index+m[0].length]);
 const ts=(s)=>{const set=new Set();const r=s.parts?.length?s.parts:[[s.start,s.end]];for(const[a,b]of r)toks.forEach(([x,y],i)=>{if(y>a&&x<b&&(Math.min(y,b)-Math.max(x,a))*2>=y-x)set.add(i)});return set};
 const gc=[...new Map(g.attributions.map(a=>[a.cue.start+':'+a.cue.end,a.cue])).values()].map(ts);
 const pU=new Set([...new Map(p.attributions.map(a=>[a.cue.start+':'+a.cue.end,a.cue])).values()].map(ts).flatMap(s=>[...s]));
 for(const s of gc){const L=s.size>=6?'6+':String(s.size);const b=byLen[L]??={cues:0,tokens:0,found:0,foundTok:0};b.cues++;b.tokens+=s.size;totalG+=s.size;const hit=[...s].filter(i=>pU.has(i)).length;if(hit)b.found++;b.foundTok+=hit;}
}
console.log('total gold cue tokens',totalG);
for(const [k,b] of Object.entries(byLen).sort())console.log(k.padStart(3),JSON.stringify(b),'share of tokens',(b.tokens/totalG).toFixed(3),'token recall',(b.foundTok/b.tokens).toFixed(3));
