import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CandidateScanner, matchNumberParen, NUMBER_PAREN, PREFILTER } from '../../server/src/citations/recognizer';
import { ContextReader } from '../../server/src/citations/context';
import { isSkippable, isWordPart, urlEnd } from '../../server/src/citations/scan';
import { WordSet } from '../../server/src/citations/words';
import { normalizeWord, WORD_PATTERN } from '../../server/src/lexicon';
import { splitLines } from '../../server/src/model/lines';
import { PhraseWordReader, USE_PATTERN, WORD, wordsWithoutMarkers } from '../../server/src/model/words';
import { matchItemLabel, matchSubparagraphLabel, opensWithCapital } from '../../server/src/model/labels';
import { matchOrganLine, ORGAN_FORMS, ORGAN_LINE, opensLikeOrgan } from '../../server/src/model/organ';
import { furnitureKind, isAnnexHeading, isClosingLine, isMeetingLine, isSectionHeading, LINE_PATTERNS } from '../../server/src/model/furniture';
import { leadingWords } from '../../server/src/model/parser';

/**
 * Hand-written scans that replace a regular expression on a hot path must find exactly what the expression
 * finds: these properties compare them on random text made of the characters that matter.
 */
const SEED = Number(process.env.UNRES_FUZZ_SEED ?? 20251128);

/**
 * Text built from the characters the citation pre-filter reads (series roots such as "CD/" and "TD/", the
 * word "resolution" before a number), and a few others.
 */
const citationish = fc
  .array(
    fc.constantFrom('S', 'A', 'E', 's', 'a', 'e', 'R', 'r', 'B', 'C', 'D', 'T', 'x', '/', '-', '\u2011', '(', ')', '\\', ' ', '\t', '\u00a0', '\u202f', '\n', '1', '2', '7', '0', 'é', 'ó', '*', '[', 'solu', 'tion', 'ción'),
    { maxLength: 60 },
  )
  .map((chars) => chars.join(''));

/** Text made of what leading phrases hold: letters of several scripts, marks, joiners, spaces, markers, surrogates. */
const phraseish = fc
  .array(
    fc.constantFrom('a', 'Z', 'é', 'É', 'ß', 'ª', 'µ', '×', '÷', '\u0301', 'œ', 'ж', 'م', '安', "'", '\u2019', '-', ' ', '\t', '\u00a0', '\u202f', '*', '_', '[', ',', '.', '1', '😀', '𝐀', '\ud800', '\udc00', '\u00ad'),
    { maxLength: 100 },
  )
  .map((chars) => chars.join(''));

/** leadingWords as it was written with WORD_PATTERN, the reference for the hand-written scan. */
function leadingWordsByPattern(s: string): string[] {
  const head = s.slice(0, 80).replace(/^[ \t\u00a0]*[*_[]*/, '');
  const words: string[] = [];
  const pattern = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  let m: RegExpExecArray | null;
  let expected = 0;
  while ((m = pattern.exec(head)) && words.length < 10) {
    if (!/^[ \t\n\r\u00a0\u202f*_]*$/.test(head.slice(expected, m.index))) break;
    words.push(normalizeWord(m[0]));
    expected = m.index + m[0].length;
  }
  return words;
}

/** Text around a citation: words, spaces and markers before it, and forms of the number after "resolution". */
const citationWords = fc
  .array(
    fc.constantFrom('solu', 'tion', 's', 'ción', ' ', '\u00a0', '*', '[', '\n', 'x', 'A', 'É', 'of', 'Its', 'No.', 'n°', ',', '2331', '7', '0', '2016', 'XXV', '(', ')', '\\(', '\\)', '/', 'S-'),
    { maxLength: 40 },
  )
  .map((chars) => chars.join(''));

/** The word before `end` as ContextReader read it with a loop, the reference for its look-behind expression. */
function wordBeforeByLoop(text: string, end: number, lineStart: number): { start: number; end: number } | undefined {
  let i = end;
  while (i > lineStart && isSkippable(text.charCodeAt(i - 1))) i--;
  const wordEnd = i;
  while (i > lineStart && isWordPart(text.charCodeAt(i - 1))) i--;
  return i < wordEnd ? { start: i, end: wordEnd } : undefined;
}

describe('hand-written scans', () => {
  it('the words read without markers are the ones WORD_PATTERN finds once the markers are removed', () => {
    fc.assert(
      fc.property(phraseish, fc.nat(100), fc.nat(100), fc.boolean(), fc.integer({ min: 1, max: 6 }), (text, a, b, markers, limit) => {
        const from = Math.min(a, text.length);
        const to = Math.min(text.length, from + b);
        const got = wordsWithoutMarkers(text, from, to, markers, limit);
        const slice = text.slice(from, to);
        const expected = (new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags)[Symbol.match](markers ? slice.replace(/[*_]/g, '') : slice) ?? []).slice(0, limit);
        // Undefined only where the scan met a surrogate, which it leaves to WORD_PATTERN.
        if (got === undefined) assert.ok(/[\ud800-\udfff]/.test(slice), JSON.stringify(slice));
        else assert.deepEqual(got, expected, JSON.stringify(slice));
      }),
      { seed: SEED, numRuns: 10000 },
    );
  });

  it('the leading words are the ones WORD_PATTERN reads', () => {
    fc.assert(
      fc.property(phraseish, (text) => {
        assert.deepEqual(leadingWords(text), leadingWordsByPattern(text));
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('the phrase reader reads in place the words WORD_PATTERN reads in a slice', () => {
    const reader = new PhraseWordReader();
    fc.assert(
      fc.property(phraseish, fc.nat(100), fc.nat(100), fc.boolean(), (text, a, b, markers) => {
        const from = Math.min(a, text.length);
        const to = Math.min(text.length, from + b);
        const slice = text.slice(from, to);
        const expected: string[] = [];
        const pattern = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
        const gap = markers ? /^[ \t\n\r\u00a0\u202f*_]*$/ : /^[ \t\n\r\u00a0\u202f]*$/;
        let m: RegExpExecArray | null;
        let last = 0;
        while ((m = pattern.exec(slice)) && gap.test(slice.slice(last, m.index))) {
          expected.push(m[0]);
          last = m.index + m[0].length;
        }
        reader.reset(from, to, markers);
        const got: string[] = [];
        let read: number;
        while ((read = reader.next(text)) === WORD) got.push(text.slice(reader.start, reader.end));
        // The reader leaves to the pattern only a range that cuts a word, or a surrogate pair at its start.
        if (read === USE_PATTERN) {
          const cut = /[\p{L}\p{M}'\u2019-]/u.test(text.slice(to - 1, to + 2)) || /[\udc00-\udfff]/.test(text.charAt(from));
          assert.ok(cut, JSON.stringify([slice, from, to]));
        } else assert.deepEqual(got, expected, JSON.stringify(slice));
      }),
      { seed: SEED, numRuns: 10000 },
    );
  });

  it('the hand-read "2331 (2016)" form matches where NUMBER_PAREN matches, with the same groups', () => {
    // Pieces of the form, each right or wrong in the ways that matter, and stray characters around them.
    const piece = (...options: string[]) => fc.constantFrom(...options);
    const digitsAndParens = fc
      .tuple(
        piece('', 'x', '1', '.'),
        piece('1', '23', '2331', '12345', '0', '01'),
        piece('', ' ', '  ', '\u00a0', '\t'),
        piece('', 'A', 'AB', 'A1', 'A_', 'a', 'Z'),
        piece('', ' ', '\u202f', '  '),
        piece('(', '\\(', '', '[', '\\'),
        piece('', ' ', '\t'),
        piece('2016', '201', '20166', 'XXV', 'IVXLIV', 'IVXLIVX', 'I', 'C', 'X1', '', 'S-IV', 'ES-I', 'S\u2011XV', 'S-', 'ES', 'E-I', 'S-IVXLIVX'),
        piece('', ' ', '\u00a0'),
        piece(')', '\\)', '', ']', '\\', '))'),
        piece('', ' ', 'x', '1'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(digitsAndParens, (text) => {
        for (let start = 0; start <= text.length; start++) {
          const pattern = new RegExp(NUMBER_PAREN.source, 'y');
          pattern.lastIndex = start;
          const m = pattern.exec(text);
          const hand = matchNumberParen(text, start);
          if (!m) {
            assert.equal(hand, undefined, `${JSON.stringify(text)} at ${start}`);
            continue;
          }
          const g = m.groups!;
          const numberEnd = start + g.num!.length;
          const partStart = g.part === undefined ? -1 : numberEnd + g.partgap!.length;
          const gapStart = partStart === -1 ? numberEnd : partStart + 1;
          const gapEnd = gapStart + g.gap!.length;
          const innerStart = gapEnd + g.open!.length;
          const expected = { numberEnd, partStart, gapStart, gapEnd, innerStart, innerEnd: innerStart + g.inner!.length, end: start + m[0].length };
          assert.deepEqual({ ...hand }, expected, `${JSON.stringify(text)} at ${start}`);
        }
      }),
      { seed: SEED, numRuns: 20000 },
    );
  });

  it('the first-character gates of the line tests change no answer of their expressions', () => {
    const P = LINE_PATTERNS;
    const start = fc.constantFrom('', ' ', '\t', '  \t', '\u00a0');
    const head = fc.constantFrom('-', '–', '—', 'page ', 'Page ', 'PAGE ', 'p', '3', '12', '17-20565', '17-20565 (F)', '*1234567*', '* * *', '---', '___', '===', '· · ·', 'S/', 'A/', 'E/', 'UNEP/', 'TD/', 'S/RES/2388 (2017)', '[1]', '[^2]:', '^3', '1 See', '12 Official Records', '#', '## ', '*', '_', 'Annex', 'ANNEX II', 'annexe', 'Appendix', 'apéndice', 'Adopted', 'adoptée', '*Adopted', '**_Annex', '****annex', '*-*', '*1234567', '41st plenary meeting', '*8718th meeting', '**55e séance', '***1re séance', '****2nd meeting', 'x', 'The', '(a)', '');
    const tail = fc.constantFrom('', ' ', ' 2', ' of 4', ' -', ' *', ' I', ' text', '\u00a0', '.');
    fc.assert(
      fc.property(start, head, tail, tail, (a, b, c, d) => {
        const line = a + b + c + d;
        const furniture = P.PAGE_NUMBER.test(line) || P.SEPARATOR.test(line) || P.JOB_NUMBER.test(line) || P.RUNNING_HEAD.test(line);
        assert.equal(furnitureKind(line), furniture ? 'furniture' : P.FOOTNOTE.test(line) ? 'footnote' : undefined, JSON.stringify(line));
        assert.equal(isAnnexHeading(line), P.ANNEX.test(line), JSON.stringify(line));
        assert.equal(isClosingLine(line), P.CLOSING.test(line), JSON.stringify(line));
        assert.equal(isMeetingLine(line), line.length < 160 && P.MEETING.test(line), JSON.stringify(line));
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('a line the organ gate rules out is no organ line', () => {
    // The gate reads the first letter of each form: each opens with one.
    for (const form of ORGAN_FORMS) assert.match(form.pattern.source, /^\^[A-Za-z]/);
    const piece = fc.constantFrom('', ' ', '\t', '\ufeff', '#', '## ', '####### ', '*', '_', '**', '***', '****', ',', 'The Security Council', 'the general assembly', 'Le Conseil de sécurité', "L'Assemblée générale", 'El Consejo de Seguridad', 'La Asamblea General', 'x', 'Security Council', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const line = pieces.join('');
        if (opensLikeOrgan(line)) return;
        // Every organ form opens with "the", "le", "l'", "el" or "la": the words the expression reads do not.
        const words = ORGAN_LINE.exec(line)?.[3]?.replace(/\s+/g, ' ') ?? '';
        assert.ok(!/^[tle]/i.test(words), JSON.stringify(line));
        assert.equal(matchOrganLine(line), undefined, JSON.stringify(line));
      }),
      { seed: SEED, numRuns: 20000 },
    );
  });

  it('the section heading test answers as its expressions do', () => {
    // isSectionHeading as it was written, with an expression for each test.
    const reference = (line: string): boolean => {
      if (/^[ \t]{0,3}#{1,6}[ \t]/.test(line)) return true;
      let trimmed = line.trim();
      let end = trimmed.length;
      while (end > 0 && (trimmed.charCodeAt(end - 1) === 42 || trimmed.charCodeAt(end - 1) === 95)) end--;
      trimmed = trimmed.slice(0, end);
      if (trimmed.length === 0 || trimmed.length > 120) return false;
      if (/[,;:.]$/.test(trimmed)) return false;
      if (/^[ \t]*[*_]{0,3}(?:[IVXLC]{1,6}|[A-Z])(?:\.[ \t]+\S.*)?$/.test(trimmed)) return true;
      return trimmed.length >= 3 && /\p{Lu}{2}/u.test(trimmed) && !/\p{Ll}/u.test(trimmed);
    };
    const piece = fc.constantFrom('', ' ', '\t', '    ', '#', '## ', '####### ', 'II', 'A', 'A.', '. ', 'Sanctions measures', 'ANNEX', 'text', '*', '_', ',', ';', ':', '.', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const line = pieces.join('');
        assert.equal(isSectionHeading(line), reference(line), JSON.stringify(line));
      }),
      { seed: SEED, numRuns: 20000 },
    );
  });

  it('a line that opens with a capital, after spaces and markers, holds no subparagraph label or item mark', () => {
    const piece = fc.constantFrom('', ' ', '\t', '        ', '\u00a0', '*', '_', '**', '***', '(', ')', '.', 'a', 'iv', 'B', 'Z', 'x', '1', '12', '–', '-', '•', 'The', 'É');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const line = pieces.join('');
        if (opensWithCapital(line)) assert.ok(!matchSubparagraphLabel(line) && !matchItemLabel(line), JSON.stringify(line));
      }),
      { seed: SEED, numRuns: 20000 },
    );
  });

  it('the word before a citation is the one a loop over the characters finds', () => {
    fc.assert(
      fc.property(phraseish, citationWords, fc.nat(140), (a, b, at) => {
        const text = a + b;
        const end = Math.min(at, text.length);
        const starts = splitLines(text).starts;
        let line = 0;
        while (line + 1 < starts.length && starts[line + 1]! <= end) line++;
        const reader = new ContextReader(text, starts);
        assert.deepEqual(reader.wordBefore(end, starts[line]!), wordBeforeByLoop(text, end, starts[line]!), `${JSON.stringify(text)} at ${end}`);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('the end of a web address is where a loop over its characters stops', () => {
    const byLoop = (text: string, start: number): number => {
      let depth = 0;
      let i = start;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 62 || c === 93) break;
        if (c === 40) depth++;
        else if (c === 41 && depth-- === 0) break;
      }
      return i;
    };
    const address = fc
      .array(fc.constantFrom('S', '/', 'RES', '2391', '(', ')', '%20', ' ', '\t', '\n', '\r', '\u00a0', '>', ']', '[', '#', '.', 'é', '\u202f'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(address, fc.nat(10), (text, at) => {
        const start = Math.min(at, text.length);
        assert.equal(urlEnd(text, start), byLoop(text, start), JSON.stringify(text));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('a word set finds a word in any case of its letters, and no other', () => {
    const words = ['resolution', 'résolutions', 'de', 'l’homme', 'n°', 's', 'UNSC', 'Assemblée', 'Ÿ', 'ß'];
    const set = new WordSet(words.map((w, i) => [w, i] as const));
    const lower = (c: number): number => ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);
    const expected = (word: string): number | undefined => {
      const i = words.findIndex((w) => w.length === word.length && [...w.toLowerCase()].every((ch, k) => lower(word.charCodeAt(k)) === ch.charCodeAt(0)));
      return i === -1 ? undefined : i;
    };
    const variants = fc
      .tuple(fc.constantFrom(...words, 'resolutio', 'resolutionx', 'De', 'DE', 'dE', 'RESOLUTION', 'Résolutions', 'RÉSOLUTIONS', 'l’Homme', 'N°', 'S', 'unsc', 'Unsc', 'ASSEMBLÉE', 'ÿ', 'SS', 'x'), fc.constantFrom('', ' ', 'x'), fc.constantFrom('', ' ', 'x'))
      .map(([w, before, after]) => [before + w + after, before.length, before.length + w.length] as const);
    fc.assert(
      fc.property(variants, ([text, start, end]) => {
        assert.equal(set.get(text, start, end), expected(text.slice(start, end)), JSON.stringify(text));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('the keyword is no candidate before a number the parenthesis form reads, as the pre-filter says', () => {
    const piece = (...options: string[]) => fc.constantFrom(...options);
    const keywordAndNumber = fc
      .tuple(
        piece('resolution', 'resolutions', 'solución', 'x'),
        piece('', ' ', '  ', '*', ' [', '\u00a0'),
        piece('2331', '7', '0', '12345', ''),
        piece('', ' ', 'A', ' A ', ' a'),
        piece('(', '\\(', ' (', ''),
        piece('2016', 'XXV', '201', 'S-IV', ''),
        piece(')', '\\)', ''),
        citationWords,
      )
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.oneof(keywordAndNumber, citationWords), (text) => {
        const expected: [number, number][] = [];
        const pattern = new RegExp(PREFILTER.source, 'g');
        for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) expected.push([hit.index, pattern.lastIndex]);
        const actual: [number, number][] = [];
        const scanner = new CandidateScanner(text);
        for (let hit = scanner.exec(); hit !== -1; hit = scanner.exec()) actual.push([hit, scanner.lastIndex]);
        assert.deepEqual(actual, expected);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('the citation candidate scan finds the pre-filter expression’s hits, also after jumps ahead', () => {
    fc.assert(
      fc.property(citationish, fc.array(fc.nat({ max: 8 }), { maxLength: 10 }), (text, jumps) => {
        const expected: [number, number][] = [];
        const actual: [number, number][] = [];
        const pattern = new RegExp(PREFILTER.source, 'g');
        const scanner = new CandidateScanner(text);
        let k = 0;
        for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
          expected.push([hit.index, pattern.lastIndex]);
          // The recogniser moves the search ahead after some hits: both must follow the same jumps.
          pattern.lastIndex += jumps[k++ % Math.max(1, jumps.length)] ?? 0;
        }
        k = 0;
        for (let hit = scanner.exec(); hit !== -1; hit = scanner.exec()) {
          actual.push([hit, scanner.lastIndex]);
          scanner.lastIndex += jumps[k++ % Math.max(1, jumps.length)] ?? 0;
        }
        assert.deepEqual(actual, expected);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
