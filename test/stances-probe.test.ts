// Stances on constructions found by probing with invented articles (session 15): the party a verb of
// blame or praise takes versus its reason, clause boundaries after the target, withheld acts,
// predictions that are no stances, coordination, and possessive holders. All sentences invented.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import type { Extraction } from '../src/index.js';

const extractor = createExtractor();
const nameOf = (out: Extraction, id: string | null) => out.entities.find((e) => e.id === id)?.name ?? null;
/** Each stance as "Holder -> Target polarity kind", the target named by its entity or its text. */
const summary = (text: string) => {
  const out = extractor.extract(text);
  return out.stances.map((s) => `${nameOf(out, s.holder)} -> ${nameOf(out, s.target) ?? s.targetText} ${s.polarity} ${s.kind}`);
};

describe('stances: the party, not the reason', () => {
  it('accuse/blame X of/for Y: the target text is X, without the charge or a trailing date', () => {
    // Before: the target text ran on through the charge ("the cabinet of "wasteful spending" on Monday").
    expect(summary('Opposition leader Lena Maris accused the cabinet of "wasteful spending" on Monday.')).toEqual(['Lena Maris -> the cabinet oppose accuse']);
    expect(summary('Governor Ana Ruiz blamed the federal treasury for the delays.')).toEqual(['Ana Ruiz -> the federal treasury oppose accuse']);
  });

  it('a gerund after "for" is what the critic charges, not the critic\'s own act', () => {
    // Before: "refusing" made the critic oppose "to engage".
    expect(summary('Chief executive Omar Haddad criticised the rival board for refusing to engage.')).toEqual(['Omar Haddad -> the rival board oppose criticise']);
  });

  it('"dismissed X as Y", "hailed X as Y": the description is no part of the target', () => {
    expect(summary('Finance Minister Jonas Berg dismissed the union’s figures as “fantasy”.')).toEqual(['Jonas Berg -> the union’s figures oppose sanction']);
  });

  it('"a bid from its rival X": the rival named at the end of the complement is the target', () => {
    expect(summary('Norsk Kabel rejected a takeover bid from its larger rival Baltic Wire.')).toEqual(['Norsk Kabel -> Baltic Wire oppose reject']);
  });
});

describe('stances: where the target ends', () => {
  it('refraining from a position on X targets X, and a concessive clause is no part of it', () => {
    // Before: the target was "taking a position on the plan, though its leader said ...".
    expect(summary('Denmark has refrained from taking a position on the plan, though its envoy said talks would go on.')).toEqual(['Denmark -> the plan neutral refrain']);
  });

  it('a coordinated predicate ends the first object: "thanked voters and invited X" does not thank X', () => {
    const s = summary('Mayor Lucia Ferro thanked voters and invited Paolo Conti to the talks.');
    expect(s).toContain('Lucia Ferro -> voters support praise');
    expect(s).not.toContain('Lucia Ferro -> Paolo Conti support praise');
  });

  it('a cue inside the object does not take over the subject of the next coordinated verb', () => {
    // Before: "strikes" (read as a verb) made Russia the holder of "called for".
    expect(summary('Norway condemned Russia’s missile strikes on the port and called for a ceasefire.')).toContain('Norway -> a ceasefire support call-for');
  });
});

describe('stances: what is no stance, or a neutral one', () => {
  it('"avoided criticising", "stopped short of endorsing" are withheld: neutral and negated', () => {
    expect(summary('Vietnam avoided criticising China over the reef.')).toEqual(['Vietnam -> China neutral criticise']);
    expect(summary('Canada welcomed the vote but stopped short of endorsing Luis Arce.')).toContain('Canada -> Luis Arce neutral back');
  });

  it('"warned (on Tuesday) that X could happen" is a prediction, not a position; a warning to a party stays', () => {
    expect(summary('The Bank of Chile warned on Tuesday that household debt could rise.')).toEqual([]);
    expect(summary('Finland warned Russia against any incursion.')).toEqual(['Finland -> Russia oppose warn']);
  });

  it('a legal appeal to a court is no plea for support', () => {
    expect(summary('Ecuador said it would appeal to the Supreme Court.')).toEqual([]);
  });

  it('silence coordinated with an earlier verb keeps its subject, and "further" is no target', () => {
    expect(summary('Brazil abstained in the vote and declined to comment further.')).toContain('Brazil -> null neutral refrain');
  });
});

describe('stances: holders and pronoun objects', () => {
  it('investors named by a possessive do not hold the company\'s stance', () => {
    // Before: "Two of Norrland's biggest investors backed the board" made Norrland back its own board.
    expect(summary('Two of Vestra Steel’s biggest investors backed the chairman.')).toEqual([]);
  });

  it('the holder\'s own possession is no stance toward itself, but a party named after it is', () => {
    expect(summary('Raila Odinga urged his supporters to stay calm.')).toEqual(['Raila Odinga -> his supporters to stay calm support appeal']);
  });

  it('an ultimatum\'s pronoun object takes the earlier target of the same holder', () => {
    const s = summary('Senator Maria Lopez accused the government of waste and gave it until Friday to publish the costs, or face a censure vote.');
    expect(s).toContain('Maria Lopez -> the government oppose threaten');
  });

  it('fines, siding with a party and phone talks are stances', () => {
    expect(summary('The European Commission fined Daimler 90 million euros.')).toEqual(['European Commission -> Daimler oppose sanction']);
    expect(summary('Kenya spoke by phone with Ethiopia about the dam.')).toEqual(['Kenya -> Ethiopia support negotiate', 'Ethiopia -> Kenya support negotiate']);
  });
});

describe('stances: second probe round', () => {
  it('"for" + a quoted reason, or after a time phrase, names no target', () => {
    // Before: "after the defeat at Everton" made Everton the target of the criticism.
    expect(summary('Coach Marta Vidal criticised the referee for “a shocking decision” after the defeat at Sevilla on Sunday.')).toEqual(['Marta Vidal -> the referee oppose criticise']);
    // A noun that takes its own "for" keeps it: the calls are what is condemned.
    expect(summary('Kenya condemned calls for a boycott.')).toEqual(['Kenya -> calls for a boycott oppose condemn']);
  });

  it('an appositive person after a comma holds the stance', () => {
    expect(summary('The Ohio Secretary of State, Frank LaRose, praised county officials.')).toEqual(['Frank LaRose -> county officials support praise']);
  });

  it('a relative clause ends at the comma before the main verb', () => {
    const s = summary('Israel, which has long opposed the accord, welcomed the European move.');
    expect(s).toContain('Israel -> the accord oppose reject');
  });

  it('a comma list of names after the verb: each is a target', () => {
    expect(summary('Iran accused Britain, France and Germany of breaching the deal.')).toEqual([
      'Iran -> United Kingdom oppose accuse',
      'Iran -> France oppose accuse',
      'Iran -> Germany oppose accuse',
    ]);
  });

  it('a mediator supports both parties; they take no stance toward it', () => {
    expect(summary('Qatar has mediated between Ethiopia and Eritrea.')).toEqual(['Qatar -> Ethiopia support mediate', 'Qatar -> Eritrea support mediate']);
  });

  it('quote marks inside a light-verb noun cue, and avoiding sides', () => {
    expect(summary('Japan expressed “serious concern” over the collision.')).toEqual(['Japan -> the collision oppose express-concern']);
    expect(summary('The African Union has so far avoided taking sides.')).toEqual(['African Union -> null neutral refrain']);
  });

  it('a gerund in a time adjunct is done by the subject of the verb before it', () => {
    // Before: the holder was the subject of an earlier clause of the sentence.
    const s = summary('Peru and Chile will hold joint drills in May, Peruvian minister Ana Soto said after meeting Bolivian President Luis Arce.');
    expect(s.filter((x) => x.includes('meet'))).toEqual(['Ana Soto -> Bolivia support meet']);
  });
});

describe('stances: the words that end a proposition target', () => {
  it('the medium, a trailing time phrase with its modifiers, and manner adverbs are not the target', () => {
    expect(summary('The Arab League condemned the shelling in a statement late on Thursday.')).toEqual(['Arab League -> the shelling oppose condemn']);
    expect(summary('Chile welcomed the pledge to keep the two airlines separate for three years.')).toEqual(['Chile -> the pledge to keep the two airlines separate oppose welcome'.replace('oppose', 'support')]);
    expect(summary('Japan refused to comment on the allegations directly.')).toEqual(['Japan -> the allegations neutral refrain']);
  });

  it('a contrast ends the target; "what it described as X" keeps X', () => {
    expect(summary('Senator Ana Ruiz called for the dispute to go to arbitration rather than to court.')).toEqual(['Ana Ruiz -> the dispute to go to arbitration support call-for']);
    expect(summary('Qatar welcomed what it described as “real progress”.')).toEqual(['Qatar -> what it described as “real progress” support welcome']);
  });

  it('refraining from commenting on X targets X; urging "them to" targets the demand', () => {
    expect(summary('The United States refrained from commenting on the result.')).toEqual(['United States -> the result neutral refrain']);
    expect(summary('Foreign Minister Ida Berg said she had called both leaders and urged them to “step back”.')).toContain('Ida Berg -> step back support appeal');
  });
});

describe('stances: third probe round', () => {
  it('"will <act> unless <party> …" is a threat held over that party; "would meet X if …" stays an offer of a meeting', () => {
    // Before: a support stance (retreat) toward the holder's own police.
    expect(summary('Kosovo will withdraw its police from the north unless Serbia dismantles its parallel institutions.')).toEqual(['Kosovo -> Serbia oppose threaten']);
    expect(summary('The Liberal Party will boycott Algeria’s elections unless the president resigns.')).toEqual(['Liberal Party -> Algeria oppose threaten']);
    expect(summary('Rebel leaders said they would meet Kenya if it gave them a veto.').some((x) => x.includes('threaten'))).toBe(false);
  });

  it('a passive with two agents: each condemns the act, not the other agent', () => {
    // Before: Slovenia and Austria were made to condemn each other.
    expect(summary('The move was condemned by Slovenia and Austria.')).toEqual(['Slovenia -> The move oppose condemn', 'Austria -> The move oppose condemn']);
  });

  it('an appositive naming someone else does not take the holder\'s place', () => {
    // Before: "Orban, a close ally of Vucic, defended" made Vucic the holder.
    expect(summary('Hungarian Prime Minister Viktor Orban, a close ally of Serbian President Aleksandar Vucic, defended the decision.')).toEqual(['Viktor Orban -> the decision support back']);
  });

  it('a speech credit after a comma is no part of the target', () => {
    expect(summary('Pfizer agreed to pay $1.2 billion to settle the claims, the company said.')).toEqual(['Pfizer -> to pay $1.2 billion to settle the claims support agree']);
  });
});

describe('stances: fourth probe round', () => {
  it('a place where an interaction happens is no party to it', () => {
    // Before: China "offered" Beijing.
    expect(summary('China offered to host talks in Beijing.')).toEqual([]);
    expect(summary('China offered to host Ukraine in Beijing.')).toEqual(['China -> Ukraine support offer']);
  });

  it('a relative clause ends at the comma before the auxiliary of the main verb', () => {
    const s = summary('Egypt, which backs the army, has urged both sides to protect civilians.');
    expect(s).toContain('Egypt -> the army support back');
  });

  it('a vow on a condition: the condition is no part of the target text', () => {
    expect(summary('President Ana Soto has vowed to repeal the rule if the court does not strike it down.')).toEqual(['Ana Soto -> to repeal the rule oppose threaten']);
  });

  it('an object relative clause: the antecedent is the target; a lone time is none', () => {
    // Before: the target was "Thursday", and the ban before the comma took the defender as its target.
    const s = summary('Chile has banned the sale of vapes outside pharmacies, a policy that President Gabriel Boric defended on Thursday as “world-leading”.');
    expect(s).toEqual(['Chile -> the sale of vapes outside pharmacies oppose sanction', 'Gabriel Boric -> a policy support back']);
  });

  it('", warning that …" after a plain act is a prediction; a request for comment is no target', () => {
    expect(summary('The World Health Organization urged governments to ban flavoured vapes, warning that they hook teenagers.')).toEqual(['World Health Organization -> governments to ban flavoured vapes support appeal']);
    expect(summary('Juul Labs did not respond to a request for comment.')).toEqual(['Juul Labs -> null neutral refrain']);
  });
});


describe('stances: market moves are no acts against anyone', () => {
  it('"closed 0.4 percent higher" is a measured move; "closed its embassy in X" stays a sanction', () => {
    expect(summary('Shares of Halvor Shipping closed 2.5 percent higher in Oslo.')).toEqual([]);
    expect(summary('Halvor Shipping closed 2.5 percent higher in Oslo on Tuesday.')).toEqual([]);
    expect(summary('Shares in Halvor Shipping fell 6 percent after Norway closed its ports to the company.').some((s) => s.includes('6 percent'))).toBe(false);
    expect(summary('Lithuania closed its embassy in Minsk on Friday.').length).toBeGreaterThan(0);
  });
});

describe('stances: a measure that names a sanction', () => {
  it('"imposed 25 percent tariffs on X" keeps its target', () => {
    expect(summary('Washington imposed 25 percent tariffs on Canada on Friday.').some((s) => s.includes('Canada') && s.includes('oppose'))).toBe(true);
  });
});
