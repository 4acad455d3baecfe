// Stance error classes, each on sentences written for this test: refusals to speak, ultimatums
// that are no aid, material cooperation needing an actor, the head of a holder phrase, listed
// names, and cues that were missed (verdicts, denials, commitment, urging).
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import type { Extraction } from '../src/index.js';

const extractor = createExtractor();
const nameOf = (out: Extraction, id: string | null) => out.entities.find((e) => e.id === id)?.name ?? null;
/** Each stance as "Holder -> Target polarity kind [cue]". */
const summary = (text: string) => {
  const out = extractor.extract(text);
  return out.stances.map((s) => `${nameOf(out, s.holder)} -> ${nameOf(out, s.target) ?? s.targetText} ${s.polarity} ${s.kind} [${s.cue.text}]`);
};

describe('refusing to speak is neutral; refusing a demand is not', () => {
  it('"refused to comment on" is a neutral refrain, not a rejection', () => {
    expect(summary('Siemens refused to comment on the tender.')).toEqual(['Siemens -> the tender neutral refrain [refused to comment]']);
  });
  it('"declined to say whether" and "has not commented publicly"', () => {
    expect(summary('Angela Ruiz declined to say whether the offer was final.')).toEqual([
      'Angela Ruiz -> whether the offer was final neutral refrain [declined to say]',
    ]);
    const s = summary('Peru’s prime minister, Rosa Quispe, has not commented publicly on the strike.');
    expect(s).toEqual(['Rosa Quispe -> the strike neutral refrain [has not commented publicly]']);
  });
  it('refusing a demand stays oppose', () => {
    expect(summary('Portugal refused the Spanish demand.')).toEqual([expect.stringMatching(/^Portugal -> .* oppose reject \[refused\]$/)]);
  });
});

describe('the head of a holder phrase', () => {
  it('a party name modifying "leader" or "spokesman" is not the holder', () => {
    expect(summary('Liberal Democrat health spokesman Tom Fell called for an inquiry.')).toEqual(['Tom Fell -> an inquiry support call-for [called for]']);
    expect(summary('Merkel adviser Rolf Berger called for a new inquiry.')).toEqual(['Rolf Berger -> a new inquiry support call-for [called for]']);
    expect(summary('Rolf Berger, the Green Party spokesman, called for a new inquiry.')).toEqual(['Rolf Berger -> a new inquiry support call-for [called for]']);
  });
  it('"the Ministry of Agriculture, Forestry and Fisheries" is one holder, not three parties', () => {
    const s = summary('The Ministry of Agriculture, Forestry and Fisheries met with Thailand on Friday.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatch(/-> Thailand support meet \[met with\]$/);
  });
});

describe('"give X until/N days to" is an ultimatum, not aid', () => {
  it('with a stated penalty it is a threat toward the receiver', () => {
    const s = summary('Brazil has given Bolivia until March 3 to reopen the pipeline or face new tariffs.');
    expect(s).toEqual(['Brazil -> Bolivia oppose threaten [given Bolivia until March 3 to reopen the pipeline or face new tariffs]']);
  });
  it('a time phrase of several words, and a penalty stated as a threat', () => {
    const s = summary('Mexican officials gave Guatemala until the end of the month to close the crossing, threatening to suspend trade.');
    expect(s).toContain('Mexico -> Guatemala oppose threaten [gave Guatemala until the end of the month to close the crossing, threatening to suspend trade]');
    expect(s.filter((x) => / aid /.test(x))).toEqual([]);
    // A warning is the "warn" cue's own stance; the giving is no aid.
    expect(summary('Mexican officials gave Guatemala until the end of the month to close the crossing, warning that trade would stop.')).toEqual(['Mexico -> trade would stop oppose warn [warning]']);
  });
  it('without a penalty it is no stance at all', () => {
    expect(summary('The Senate gave Acme Corp 30 days to file its accounts.')).toEqual([]);
    expect(summary('Lawyers for Ecuador were given until Friday to respond.')).toEqual([]);
  });
});

describe('material cooperation needs an actor that receives', () => {
  it('an entity heading the object, or after "to/for", receives', () => {
    expect(summary('Norway sent Ukraine two field hospitals.')).toEqual(['Norway -> Ukraine support aid [sent]']);
    expect(summary('Japan will give a grant of $20 million to Kenya.')).toEqual(['Japan -> Kenya support aid [give]']);
    expect(summary('Chile paid compensation to Peruvian fishermen.')).toEqual(['Chile -> Peru support aid [paid]']);
    expect(summary('Morocco will evacuate its outposts in Mauritania next year.')).toEqual(['Morocco -> Mauritania support aid [evacuate]']);
  });
  it('no actor receiving, no aid stance', () => {
    expect(summary('France helped draft the treaty.')).toEqual([]);
    expect(summary('Denmark approved three of the last four mergers.')).toEqual([]);
    expect(summary('The army would give villagers in Tessalit time to leave.')).toEqual([]);
  });
  it('a subject under "must" is told what to do: no stance of its own', () => {
    expect(summary('The minister said Italy must withdraw its envoy.').filter((x) => x.startsWith('Italy'))).toEqual([]);
  });
});

describe('consultations inside one organisation name', () => {
  it('"the Department for Culture, Media and Sport" consulting the public is no talk between its parts', () => {
    const s = summary('The judge found that the Department for Culture, Media and Sport had failed to consult the public.');
    expect(s.filter((x) => / negotiate /.test(x))).toEqual([]);
  });
});

describe('cues that were missed', () => {
  it('"remained committed to" backs its object', () => {
    expect(summary('A spokesman said Ghana remained committed to the Abuja accord.')).toEqual([expect.stringMatching(/^Ghana -> .* support back \[remained committed to\]$/)]);
  });
  it('"urged" after a verb that stated no stance takes that verb\'s subject', () => {
    const s = summary('Peru’s envoy, Ana Lima, flew to Quito on Monday and urged Ecuador to reopen the border.');
    expect(s).toEqual(['Ana Lima -> Ecuador support appeal [urged]']);
  });
  it('a subject before a dashed aside holds an inverse cue\'s target', () => {
    const s = summary('The prospect of closer ties between Chile and Bolivia—at a time when Bolivia is courting Russia—has raised alarm bells in Peruvian ministries.');
    expect(s).toEqual([expect.stringMatching(/^Peru -> .* oppose express-concern \[raised alarm bells in\]$/)]);
  });
});

describe('denials and findings of wrongdoing', () => {
  it('denying a charge rejects it, against the accuser', () => {
    const s = summary('Lima accused Quito of arming the smugglers, a charge Ecuador has always denied.');
    expect(s).toContain('Ecuador -> Peru oppose reject [denied]');
    expect(summary('Portugal denied the allegations on Monday.')).toEqual(['Portugal -> the allegations oppose reject [denied]']);
    expect(summary('Portugal denied entry to the trawler.')).toEqual([]);
  });
  it('a court ruling that someone acted unlawfully criticises them', () => {
    const s = summary('Kenya’s High Court ruled on Monday that the Ministry of Energy acted unlawfully.');
    expect(s).toEqual([expect.stringMatching(/^High Court -> .* oppose criticise \[acted unlawfully\]$/)]);
    expect(summary('Kenya’s High Court ruled on Monday that the Ministry of Energy acted within its powers.')).toEqual([]);
  });
});

describe('holders that are not the subject', () => {
  it('a relative clause\'s verb is not the main subject\'s stance', () => {
    const s = summary('Rolf Berger called for the resignation of the minister who signed off on the deal.');
    expect(s).toEqual(['Rolf Berger -> the resignation of the minister who signed off on the deal support call-for [called for]']);
  });
  it('a date after a stance noun is not its target', () => {
    expect(summary('The electoral board’s chair, Ana Ruiz, announced the deadline on Friday and told reporters nothing more.')).toEqual([]);
  });
});

describe('a dateline is not a holder', () => {
  it('"CITY (Agency) - The minister …": the subject starts after the dash', () => {
    const s = summary('LIMA (Reuters) - Chile on Monday condemned the arrest of its consul.');
    expect(s).toEqual([expect.stringMatching(/^Chile -> .* oppose condemn \[condemned\]$/)]);
    expect(summary('LIMA (Reuters) - A senior minister on Monday condemned the arrest of the consul.')).toEqual([]);
  });
});

describe('a name after a word of time is no target', () => {
  it('"sign an extension before Christmas" is toward the extension', () => {
    expect(summary('Chile is expected to sign a new trade accord before Christmas.')).toEqual(['Chile -> a new trade accord before Christmas support agree [sign]']);
  });
});

describe('a pronoun inside a claim is its source only when they agree', () => {
  it('"it" in a person\'s quotation is not the person; "it" in a country\'s statement is the country', () => {
    const quote = 'The farm closed.\n\n“We cannot compete with farms that use hormones we banned years ago,” said Rui Costa, who raises cattle near Porto. “If Lisbon signs this, it signs our death warrant.\n\n“And nobody will lose sleep over it.”';
    expect(summary(quote)).toEqual([]);
    expect(summary('Portugal said it would condemn the raid.')).toEqual([expect.stringMatching(/^Portugal -> the raid oppose condemn/)]);
  });
});

describe('a name after the head of a holder phrase is its complement', () => {
  it('"the Chilean envoy to Peru" holds for Chile, not Peru', () => {
    expect(summary('The Chilean envoy to Peru condemned the arrests.')).toEqual([expect.stringMatching(/^Chile -> the arrests oppose condemn/)]);
  });
});

describe('an infinitive after the object is the object\'s clause', () => {
  it('"welcomed a plan to send troops to Haiti" is toward the plan, not Haiti', () => {
    expect(summary('Chile welcomed a plan to send doctors to Haiti.')).toEqual(['Chile -> a plan to send doctors to Haiti support welcome [welcomed]']);
  });
});

describe('words sent are no aid; a habit of silence is a refrain', () => {
  it('"sent a message to Tehran" gives no aid stance', () => {
    expect(summary('Jordan sent a message to Syria on Monday.')).toEqual([]);
  });
  it('"does not usually comment on" is a neutral refrain', () => {
    expect(summary('Norway does not usually comment on arms sales.')).toEqual(['Norway -> arms sales neutral refrain [does not usually comment]']);
  });
});

describe('lobbying, and who bears a restriction', () => {
  it('"lobbied against the merger" opposes it; a restriction on a country is not a stance toward the country', () => {
    expect(summary('Siemens lobbied against the merger.')).toEqual(['Siemens -> the merger oppose protest [lobbied against]']);
    expect(summary('Germany lobbied against the tariffs on Chinese cars.')).toEqual(['Germany -> the tariffs on Chinese cars oppose protest [lobbied against]']);
  });
});
