/**
 * HTML article → plain text, so that .html inputs can be extracted. Scripts, styles and comments
 * are dropped, block elements become line breaks, entities are decoded. The output of such an input
 * carries this text, because its offsets refer to it and not to the HTML.
 * One left-to-right scan with indexOf: linear in the input, no backtracking regexes.
 */
import { table } from '../lexicon/table.js';
const DROP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
const BLOCK = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'section',
  'article', 'header', 'footer', 'blockquote', 'pre', 'figure', 'figcaption', 'title', 'main', 'aside', 'dd', 'dt',
]);

const NAMED: Readonly<Record<string, string>> = table({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§',
  middot: '·', bull: '•', times: '×', divide: '÷', minus: '−', prime: '′', Prime: '″', shy: '\u00ad',
  eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', ouml: 'ö',
  uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', ccedil: 'ç', ntilde: 'ñ', oacute: 'ó',
  iacute: 'í', uacute: 'ú', Eacute: 'É', aring: 'å', oslash: 'ø', aelig: 'æ', thinsp: '\u2009',
  ensp: '\u2002', emsp: '\u2003', zwnj: '\u200c', zwj: '\u200d',
});

export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += decodeEntities(html.slice(i));
      break;
    }
    out += decodeEntities(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const name = tagName(html, lt + 1);
    i = gt + 1;
    if (DROP.has(name) && html[lt + 1] !== '/' && html[gt - 1] !== '/') {
      const close = findClose(html, name, i);
      i = close < 0 ? html.length : html.indexOf('>', close) + 1 || html.length;
    } else if (BLOCK.has(name)) {
      out += '\n';
    } else if (name === 'td' || name === 'th') {
      out += ' ';
    }
  }
  return tidy(out);
}

/** Position of `</name` at or after `from` (any case), or -1. */
function findClose(html: string, name: string, from: number): number {
  for (let j = html.indexOf('</', from); j >= 0; j = html.indexOf('</', j + 2)) {
    if (tagName(html, j + 1) === name) return j;
  }
  return -1;
}

function tagName(html: string, at: number): string {
  let j = at;
  if (html[j] === '/') j++;
  let name = '';
  for (; j < html.length; j++) {
    const c = html.charCodeAt(j);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alnum) break;
    name += html[j];
  }
  return name.toLowerCase();
}

/** Decodes &name;, &#123; and &#x1F; references; unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref] ?? whole;
  });
}

/** Source-code whitespace is not text: collapse runs of spaces, keep paragraph breaks. */
function tidy(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';
}
