import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/doc/index.js';

const sentencesOf = (text: string) => buildDocument(text).sentences.map((s) => s.text);

describe('sentences', () => {
  it('keeps abbreviations, initials, dates and decimals inside sentences', () => {
    const text = 'Gen. Asim Munir met U.S. officials on Jan. 5 in Washington. Growth was 3.5 percent, said J. Smith. Prices rose.';
    expect(sentencesOf(text)).toEqual([
      'Gen. Asim Munir met U.S. officials on Jan. 5 in Washington.',
      'Growth was 3.5 percent, said J. Smith.',
      'Prices rose.',
    ]);
  });

  it('ends a sentence after "U.S." before a typical opener', () => {
    expect(sentencesOf('Talks moved to the U.S. The delegation left on Monday.')).toHaveLength(2);
  });

  it('keeps titles, initials, plural titles and case names before a name inside the sentence', () => {
    const text = 'The measure passed 52-48, said Rep. Ana Ruiz, a Democrat, after Sen. Ted Cruz and Gov. Kathy Hochul spoke. '
      + 'Lt. Gen. Mark Hale briefed Dr. Amy Lin, Mr. and Mrs. Patel, Ms. Ortiz, Sgt. Ben Ross, Col. Ann Marsh, Capt. Joe Reyes and Adm. Tim Cole. '
      + 'Gens. Smith and Jones cited Roe v. Wade and George W. Bush quoted J.K. Rowling at St. Paul\'s on Jan. 12, when the No. 2 official and U.S. officials left.';
    expect(sentencesOf(text)).toHaveLength(3);
    expect(sentencesOf(text)[2]).toMatch(/^Gens\. Smith .* left\.$/);
  });

  it('ends a sentence after an abbreviation when what follows cannot be a name', () => {
    expect(sentencesOf('The bank moved its offices to Elm St. The lease runs for ten years.')).toEqual([
      'The bank moved its offices to Elm St.', 'The lease runs for ten years.']);
    expect(sentencesOf('The suit was filed by Robert Kennedy Jr. The court dismissed it.')).toHaveLength(2);
    expect(sentencesOf('The lawyer, Robert Kennedy Jr., said it.')).toHaveLength(1);
    expect(sentencesOf('Patients were given vitamin D. It did not help.')).toHaveLength(2);
    expect(sentencesOf('The company moved its headquarters to the U.S. Shares rose 4 percent.')).toHaveLength(2);
    expect(sentencesOf('The vote is due in Dec. Then the bill goes to the Senate.')).toHaveLength(2);
    // The platform X is no initial: "German" opens the next sentence; "a farm owned by J. Smith" stays one.
    expect(sentencesOf('The president wrote on X. German officials did not reply.')).toHaveLength(2);
    expect(sentencesOf('He posted the video via X. Critics called it fake.')).toHaveLength(2);
    expect(sentencesOf('The land was sold to J. Smith and Sons in 1990.')).toHaveLength(1);
  });

  it('keeps "U.S." before a name or in a title-case heading', () => {
    expect(sentencesOf('He met U.S. Army officers and U.S. Ambassador Ruth Kane.')).toHaveLength(1);
    expect(sentencesOf('U.S. Shares Rise as Inflation Eases\nStocks rallied.')).toEqual(['U.S. Shares Rise as Inflation Eases', 'Stocks rallied.']);
  });

  it('treats headlines and datelines without a final period as their own sentences', () => {
    const text = 'Court Sets Deadline for Filing\nLONDON 1996-08-30\nThe court ruled on Friday.';
    expect(sentencesOf(text)).toEqual(['Court Sets Deadline for Filing', 'LONDON 1996-08-30', 'The court ruled on Friday.']);
  });

  it('joins hard-wrapped lines and keeps quotes with their sentence', () => {
    const text = '“We will not back down,” the minister said on\nTuesday. “Never.” Talks resume — perhaps — next week!';
    expect(sentencesOf(text)).toEqual(['“We will not back down,” the minister said on\nTuesday.', '“Never.”', 'Talks resume — perhaps — next week!']);
  });

  it('bounds sentences without any break', () => {
    const doc = buildDocument('word '.repeat(3000));
    expect(doc.sentences.length).toBeGreaterThan(10);
    for (const s of doc.sentences) expect(s.end - s.start).toBeLessThanOrEqual(1000);
  });
});

describe('tokens and offsets', () => {
  it('slices every token and sentence out of text with curly quotes, nbsp, em-dashes and CRLF', () => {
    const text = 'Pakistan’s army chief\u00a0said: “Islamabad—not Kabul—decides.”\r\nIran’s reply came on\u00a0Monday.\r\n';
    const doc = buildDocument(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.tokens.map((t) => t.text)).toContain('Pakistan');
    expect(doc.tokens.map((t) => t.text)).toContain('’s');
    expect(doc.sentences).toHaveLength(2);
  });

  it('carries compromise tags on tokens', () => {
    const doc = buildDocument('Donald Trump visited Paris on Monday.');
    const trump = doc.tokens.find((t) => t.text === 'Trump')!;
    expect(trump.tags).toContain('Person');
    expect(doc.tokenAt(doc.text.indexOf('Paris'))?.text).toBe('Paris');
    expect(doc.sentenceAt(5)?.i).toBe(0);
  });
});

describe('document date', () => {
  it('reads a header, which is not part of the body', () => {
    const doc = buildDocument(' date 2025-06-21 As the conflict intensifies, talks stall.');
    expect(doc.date).toBe('2025-06-21');
    expect(doc.dateSource).toBe('header');
    expect(doc.sentences[0]!.text.startsWith('As the conflict')).toBe(true);
  });

  it('reads "Date: June 21, 2025" and a dateline; the caller wins over both', () => {
    expect(buildDocument('Date: June 21, 2025\nTalks stall.').date).toBe('2025-06-21');
    const wire = buildDocument('WASHINGTON, March 3, 2024 (Reuters) - Talks stall.');
    expect([wire.date, wire.dateSource]).toEqual(['2024-03-03', 'dateline']);
    expect(buildDocument('LONDON 1996-08-30\nRain.').date).toBe('1996-08-30');
    const given = buildDocument('Date: June 21, 2025\nTalks stall.', { date: '2020-01-01' });
    expect([given.date, given.dateSource]).toEqual(['2020-01-01', 'option']);
  });

  it('invents no date: none without a header, none for an impossible day or a yearless dateline', () => {
    expect(buildDocument('Talks stall on Friday.').date).toBeNull();
    expect(buildDocument('date 2025-02-30 Talks stall.').date).toBeNull();
    expect(buildDocument('WASHINGTON, June 21 (Reuters) - Talks stall.').date).toBeNull();
  });
});

describe('extractFile', () => {
  it('reads a UTF-8 file and refuses binary data and invalid UTF-8 with a coded error', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { extractFile, ExtractError } = await import('../src/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'nx-'));
    writeFileSync(join(dir, 'a.txt'), '\uFEFFdate 2025-06-21 Pakistan’s army chief met officials in Washington on Monday.');
    const out = extractFile(join(dir, 'a.txt'));
    expect(out.date).toBe('2025-06-21');
    expect(out.entities.map((e) => e.name)).toContain('Pakistan');
    writeFileSync(join(dir, 'b.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]));
    writeFileSync(join(dir, 'c.txt'), Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x21]));
    expect(() => extractFile(join(dir, 'b.bin'))).toThrow(ExtractError);
    expect(() => extractFile(join(dir, 'c.txt'))).toThrow(/invalid UTF-8/);
  });
});
