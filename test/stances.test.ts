// Stances on realistic sentences written for these tests: verbal, nominal and adjectival cues,
// coordination, passives, metonyms and demonyms, refusal and negation, and sentences with no stance.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import type { Extraction } from '../src/index.js';

const extractor = createExtractor();
const run = (text: string) => extractor.extract(text);
const nameOf = (out: Extraction, id: string | null) => out.entities.find((e) => e.id === id)?.name ?? null;
/** Each stance as "Holder -> Target polarity kind", names from the entity records. */
const summary = (text: string, config?: Parameters<typeof createExtractor>[0]) => {
  const out = config ? createExtractor(config).extract(text) : run(text);
  return out.stances.map((s) => `${nameOf(out, s.holder)} -> ${nameOf(out, s.target) ?? s.targetText} ${s.polarity} ${s.kind}`);
};

describe('stances: cues and their holders and targets', () => {
  it('condemn + call for, with modality; a demonym makes the target', () => {
    const out = run('Publicly, Norway has condemned the Russian strikes and called for a peaceful settlement.');
    const [condemn, call] = out.stances;
    expect(nameOf(out, condemn!.holder)).toBe('Norway');
    expect(nameOf(out, condemn!.target)).toBe('Russia');
    expect(condemn).toMatchObject({ polarity: 'oppose', kind: 'condemn', modality: 'publicly', negated: false });
    expect(call).toMatchObject({ polarity: 'support', kind: 'call-for', target: null, targetText: 'a peaceful settlement' });
    expect(nameOf(out, call!.holder)).toBe('Norway');
  });

  it('coordinated verbs share the subject; "the strikes" goes to the actor named the sentence before', () => {
    const s = summary('Peruvian airstrikes hit a border town on Monday. Venezuela, for its part, has condemned the strikes and accused Colombia of backing the raids.');
    expect(s).toContain('Venezuela -> Peru oppose condemn');
    expect(s).toContain('Venezuela -> Colombia oppose accuse');
  });

  it('the holder is never the actor of the act it condemns; the party struck is no target', () => {
    // Before: the actor search ran back over the verb and made Ghana oppose itself (the stance was dropped).
    expect(summary('Ghana condemned the attacks.')).toEqual(['Ghana -> the attacks oppose condemn']);
    // Before: Yemen, the country struck, was the one opposed.
    expect(summary('Qatar condemned the air strikes on Yemen.')).toEqual(['Qatar -> the air strikes on Yemen oppose condemn']);
    const named = summary('Qatar condemned the Saudi air strikes on Yemen.');
    expect(named).toContain('Qatar -> Saudi Arabia oppose condemn');
    expect(named).not.toContain('Qatar -> Yemen oppose condemn');
  });

  it('an act charged in an accusation is no stance of the accuser; a denied act is negated', () => {
    // Before: "violating" and "backing" gave the accuser stances toward the truce and the coup.
    expect(summary('Chile accused Bolivia of violating the truce and of backing the coup.')).toEqual(['Chile -> Bolivia oppose accuse']);
    const out = run('Ecuador denied sending troops to Peru.');
    expect(out.stances.map((s) => [s.kind, s.polarity, s.negated])).toEqual([['aid', 'neutral', true]]);
  });

  it('passive voice: "was condemned by X"', () => {
    const out = run('The Serbian incursion was condemned by Greece on Monday.');
    expect(out.stances).toHaveLength(1);
    expect(nameOf(out, out.stances[0]!.holder)).toBe('Greece');
    expect(nameOf(out, out.stances[0]!.target)).toBe('Serbia');
  });

  it('refusal and abstention are neutral', () => {
    const refused = run('Mexico refused to condemn the invasion of Ukraine.').stances[0];
    expect(refused).toMatchObject({ polarity: 'neutral', negated: true, kind: 'condemn' });
    const refrained = run('Chile has so far refrained from taking a clear position on the dispute.').stances[0];
    expect(refrained).toMatchObject({ polarity: 'neutral', kind: 'refrain' });
  });

  it('nominal cues: appeals from X to the main clause subject; deadlines; expressed concern over', () => {
    expect(summary('Despite repeated appeals from Ukraine for support, Germany is holding back.')).toEqual(['Ukraine -> Germany support appeal']);
    expect(summary('Russia has issued a one-week deadline for Georgia to withdraw its troops.')).toEqual(['Russia -> Georgia oppose threaten']);
    expect(summary('Brazil has expressed concern over the growing debt of Argentina.')[0]).toMatch(/^Brazil -> .* oppose express-concern$/);
  });

  it('adjectival cues: "has long been skeptical of"', () => {
    expect(summary('Japan has long been skeptical of China’s naval expansion.')).toEqual(['Japan -> China oppose express-concern']);
  });

  it('event coding: cooperation is support, conflict is oppose, compound actors face each other', () => {
    const s = summary('Chile and Peru agreed on Tuesday to reopen their shared border.');
    expect(s).toEqual(expect.arrayContaining(['Chile -> Peru support agree', 'Peru -> Chile support agree']));
    expect(summary('Syrian troops shelled Lebanese positions near the border.')).toEqual(['Syria -> Lebanon oppose attack']);
    expect(summary('The Egyptian foreign minister met with Jordan’s king in Amman.')[0]).toMatch(/-> Jordan support meet$/);
  });

  it('a stance inside a hedged claim is hedged; a pronoun subject in a claim is the speaker', () => {
    const out = run('Reports suggest that Russia has threatened Georgia.');
    expect(out.stances[0]).toMatchObject({ hedged: true, polarity: 'oppose' });
    expect(summary('Syria said on Sunday it would expel the Lebanese ambassador.')).toContain('Syria -> Lebanon oppose attack');
  });

  it('a demand reported as an obligation', () => {
    expect(summary('Norway said on Tuesday that Sweden must return the seized trawler.')).toContain('Norway -> Sweden oppose demand');
  });
});

describe('stances: none where none is stated', () => {
  it.each([
    'The summit will take place in Geneva next month.',
    'The condemned man ate a final meal in Texas.',
    'If Peru backs the plan, the vote will pass.',
    'Should Chile support the treaty, Peru could follow.',
    'Officials criticized the delay.',
  ])('%s', (text) => {
    expect(run(text).stances).toEqual([]);
  });
});

describe('stances: the configuration extends the cue lexicon', () => {
  it('a user stance cue is matched like a built-in one', () => {
    const text = 'Brazil pilloried Argentina over the tariffs.';
    expect(summary(text)).toEqual([]);
    expect(summary(text, { cues: { stance: [{ cue: 'pillory', kind: 'criticise', polarity: 'oppose' }] } })).toEqual(['Brazil -> Argentina oppose criticise']);
  });
});

describe('stances: mutual negotiation and empty targets', () => {
  it('talks held with a party are a stance of each party toward the other', () => {
    const s = summary('Chile held talks with Peru on Monday about the fishing dispute.');
    expect(s).toContain('Chile -> Peru support negotiate');
    expect(s).toContain('Peru -> Chile support negotiate');
  });

  it('a one-way act stays one-way', () => {
    const s = summary('Chile condemned Peru on Monday.');
    expect(s).toEqual(['Chile -> Peru oppose condemn']);
  });

  it('a stance with no target entity and no target words is not kept', () => {
    const out = run('Doctors from Peru donated and delivered food to Bolivia.');
    expect(out.stances.map((st) => st.cue.text)).toEqual(['delivered']);
  });

  it('the act a party threatens to carry out is not a favour toward the target', () => {
    const s = summary('Chile threatened to deliver heavy blows to Peru.');
    expect(s).toEqual(['Chile -> Peru oppose threaten']);
  });
});
