import { describe, expect, it } from 'vitest';
import { cleanText, joinBlock, NO_BOILERPLATE } from '../../src/corpus/index.ts';

const clean = (raw: string): string => cleanText(raw, NO_BOILERPLATE).text;

describe('cleanText: characters', () => {
  it('composes to NFC (e + combining acute -> é)', () => {
    expect(clean('Caf\u0065\u0301 de la Paix.')).toBe('Caf\u00e9 de la Paix.');
  });

  it('composes after removing an invisible character between a letter and its accent', () => {
    expect(clean('e\u200B\u0301')).toBe('\u00e9');
  });

  it('turns \\r\\n and \\r into \\n', () => {
    expect(clean('One.\r\n\r\nTwo.\r\rThree.')).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('turns U+00A0, U+202F and U+2007 into plain spaces', () => {
    expect(clean('5\u00A0298.86 tons\u202Fand\u2007more')).toBe('5 298.86 tons and more');
  });

  it('removes zero-width and direction-control characters', () => {
    const invisible = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    expect(clean(invisible.map((c, i) => `${c}w${i}`).join(' '))).toBe(invisible.map((_, i) => `w${i}`).join(' '));
  });

  it('trims spaces and tabs at line ends', () => {
    expect(clean('Line one.   \n\nLine two.\t ')).toBe('Line one.\n\nLine two.');
  });
});

describe('cleanText: blank lines', () => {
  it('makes any run of blank lines exactly one blank line', () => {
    expect(clean('A.\n\n\n\nB.')).toBe('A.\n\nB.');
  });

  it('counts a line of spaces or tabs as blank (wink-nlp does not split at "\\n \\n")', () => {
    expect(clean('A.\n \n\t\nB.')).toBe('A.\n\nB.');
  });

  it('removes blank lines at the start and the end', () => {
    expect(clean('\n\n  \nA.\n\n\n')).toBe('A.');
  });

  it('gives an empty text for whitespace and invisible characters only', () => {
    expect(clean(' \n\u200B\n\u00A0\n')).toBe('');
  });
});

describe('cleanText: single newlines (rule documented on cleanText)', () => {
  // The seed's title, here with single newlines, followed by its first sentence (one paragraph per line, > 100 characters).
  const title = ['interagency coordination headquarters', 'Russian Federation and Syrian Arab Republic', 'on the activation of the return process', 'Syrian refugees to their places of origin'];
  const first = 'On November 16, 2021, Damascus hosted a regular joint meeting of the interdepartmental coordination headquarters of the Russian Federation and the Syrian Arab Republic.';

  it('keeps every line of a paragraph-per-line block apart, so title lines never merge with the first sentence', () => {
    expect(clean([...title, first].join('\n')).split('\n\n')).toEqual([...title, first]);
  });

  // Python's textwrap.wrap(prose, 62): each break falls where the next word no longer fit, so the lines must join back.
  const prose = 'The Syrian authorities are paying special attention to the development of the educational system, the earliest possible social adaptation of children who survived the horrors of war. New learning centers are opening, work continues to rebuild schools.';
  const wrapped = [
    'The Syrian authorities are paying special attention to the',
    'development of the educational system, the earliest possible',
    'social adaptation of children who survived the horrors of war.',
    'New learning centers are opening, work continues to rebuild',
    'schools.',
  ];

  it('joins hard-wrapped prose with single spaces', () => {
    expect(wrapped.join(' ')).toBe(prose);
    expect(wrapped.every((l, i) => i === wrapped.length - 1 || l.length + 1 + wrapped[i + 1]!.split(' ')[0]!.length > 62)).toBe(true);
    expect(clean(wrapped.join('\n'))).toBe(prose);
  });

  it('ends a paragraph after a short heading line above hard-wrapped prose', () => {
    expect(clean(['Joint Statement', ...wrapped].join('\n'))).toBe(`Joint Statement\n\n${prose}`);
  });

  it('ends a paragraph after the short last line of a wrapped paragraph', () => {
    expect(clean([...wrapped, ...wrapped].join('\n'))).toBe(`${prose}\n\n${prose}`);
  });

  it('keeps the four short title lines apart from hard-wrapped prose below them', () => {
    const out = clean([...title, ...wrapped].join('\n')).split('\n\n');
    expect(out[out.length - 1]).toBe(prose);
    expect(out.slice(0, -1).join(' ')).toBe(title.join(' '));
  });

  it('starts a paragraph at each list item even where the width rule would join', () => {
    expect(joinBlock(['The measures we call for are the following', '- lifting sanctions;', '- reconstruction.'])).toEqual([
      'The measures we call for are the following', '- lifting sanctions;', '- reconstruction.',
    ]);
    expect(joinBlock(['Firstly, the occupation by foreign troops of the territories', '2) the sanctions.'])).toHaveLength(2);
  });

  it('joins a two-line block whose first line is the longer one (the documented blind spot)', () => {
    expect(joinBlock(['Statement by the Ministry of Foreign Affairs', 'Moscow, 16 November'])).toEqual(['Statement by the Ministry of Foreign Affairs Moscow, 16 November']);
  });
});

describe('cleanText: stability', () => {
  it('leaves a cleaned text unchanged when cleaned again', () => {
    const once = clean('Title line\r\nOn November 16, 2021, Damascus hosted a regular joint meeting of the interdepartmental coordination headquarters.\r\n\r\n\r\nA\u00A0b\u200B.  ');
    expect(clean(once)).toBe(once);
  });
});
