/**
 * Generates resolution drafts of a given size for the benchmark: a real-looking heading, an organ line,
 * preambular and operative paragraphs with citations (plain and as Markdown links), secondary italic verbs,
 * subparagraphs two levels deep, page-break continuation blocks, cross-references to the draft's own
 * paragraphs, and a sprinkling of faults (a numbering gap, a lead phrase without italics, a wrong citation
 * year, a wrong ending), so that every rule has something to find. Deterministic for a given seed.
 */

export type BenchLanguage = 'en' | 'fr';

interface Vocabulary {
  readonly heading: (n: number) => string;
  readonly organ: string;
  readonly preamble: readonly string[];
  readonly operative: readonly string[];
  readonly secondary: readonly string[];
  readonly words: readonly string[];
  readonly resolution: string;
  readonly resolutions: string;
  readonly and: string;
  readonly paragraphAbove: (n: number) => string;
  readonly paragraphsAbove: (a: number, b: number) => string;
  readonly ofOther: (n: number, res: string) => string;
  readonly closing: string;
}

const EN: Vocabulary = {
  heading: (n) => `United Nations\n\nS/RES/${n} (2017)\n\nSecurity Council\n\nDistr.: General\n21 November 2017\n\nResolution ${n} (2017)\n\n**Adopted by the Security Council at its 8111th meeting, on\n21 November 2017**\n\n`,
  organ: 'The Security Council,',
  preamble: ['Recalling', 'Reaffirming', 'Noting with concern', 'Deeply concerned', 'Welcoming', 'Stressing', 'Recognizing', 'Mindful', 'Taking note', 'Expressing its deep concern', 'Bearing in mind', 'Emphasizing'],
  operative: ['Decides', 'Requests', 'Calls upon', 'Urges', 'Condemns', 'Encourages', 'Welcomes', 'Reaffirms', 'Stresses', 'Invites', 'Emphasizes', 'Recognizes'],
  secondary: ['recalling also', 'stressing', 'noting', 'welcoming', 'recognizing'],
  words: ['the', 'Member States', 'trafficking in persons', 'armed conflict', 'international law', 'to prevent', 'victims', 'in particular', 'women and children', 'the Secretary-General', 'relevant', 'including', 'measures', 'cooperation', 'regional organizations', 'to ensure', 'accountability', 'sexual violence', 'humanitarian assistance', 'of', 'and', 'in', 'with', 'for', 'by'],
  resolution: 'resolution',
  resolutions: 'resolutions',
  and: 'and',
  paragraphAbove: (n) => `paragraph ${n} above`,
  paragraphsAbove: (a, b) => `paragraphs ${a} to ${b} above`,
  ofOther: (n, res) => `paragraph ${n} of resolution ${res}`,
  closing: 'to remain seized of the matter.',
};

const FR: Vocabulary = {
  heading: (n) => `Nations Unies\n\nS/RES/${n} (2017)\n\nConseil de sécurité\n\nDistr. générale\n21 novembre 2017\n\nRésolution ${n} (2017)\n\n**Adoptée par le Conseil de sécurité à sa 8111^e séance,\nle 21 novembre 2017**\n\n`,
  organ: 'Le Conseil de sécurité,',
  preamble: ['Rappelant', 'Réaffirmant', 'Prenant note', 'Profondément préoccupé', 'Conscient', 'Soulignant', 'Reconnaissant', 'Se félicitant', 'Ayant à l’esprit', 'Exprimant', 'Notant avec préoccupation', 'Convaincu'],
  operative: ['Décide', 'Prie', 'Demande', 'Exhorte', 'Condamne', 'Encourage', 'Se félicite', 'Réaffirme', 'Souligne', 'Invite', 'Engage', 'Reconnaît'],
  secondary: ['rappelant également', 'soulignant', 'notant', 'saluant', 'conscient également'],
  words: ['les', 'États Membres', 'la traite des êtres humains', 'conflit armé', 'droit international', 'de prévenir', 'victimes', 'en particulier', 'les femmes et les enfants', 'le Secrétaire général', 'compétents', 'notamment', 'mesures', 'coopération', 'organisations régionales', 'de veiller', 'répondre de leurs actes', 'violence sexuelle', 'aide humanitaire', 'de', 'et', 'dans', 'avec', 'pour', 'par'],
  resolution: 'résolution',
  resolutions: 'résolutions',
  and: 'et',
  paragraphAbove: (n) => `paragraphe ${n} ci-dessus`,
  paragraphsAbove: (a, b) => `paragraphes ${a} à ${b} ci-dessus`,
  ofOther: (n, res) => `paragraphe ${n} de la résolution ${res}`,
  closing: 'de rester saisi de la question.',
};

const VOCABULARY: Record<BenchLanguage, Vocabulary> = { en: EN, fr: FR };

/** Security Council resolutions with their real years, for correct citations. */
const CITATIONS = ['1267 (1999)', '1325 (2000)', '1989 (2011)', '2195 (2014)', '2199 (2015)', '2240 (2015)', '2242 (2015)', '2253 (2015)', '2331 (2016)', '2359 (2017)', '2368 (2017)', '2374 (2017)'];
/** A wrong year (2331 is 2016) and a GA resolution with a Roman session: faults and near-faults. */
const ODD_CITATIONS = ['2331 (2017)', '2625 (XXV)', '70/1', 'S/PRST/2015/25', 'S/2017/939'];

/** A small deterministic generator (mulberry32): the same seed gives the same document. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A piece of the draft, written in each language from the same random choices. */
type Piece = (v: Vocabulary, language: BenchLanguage) => string;

/** The versions being written side by side; the first one's size decides when the draft is long enough. */
class Versions {
  private readonly parts: string[][];
  bytes = 0;
  constructor(private readonly languages: readonly BenchLanguage[]) {
    this.parts = languages.map(() => []);
  }
  add(piece: Piece): void {
    this.languages.forEach((language, i) => {
      const s = piece(VOCABULARY[language], language);
      this.parts[i]!.push(s);
      if (i === 0) this.bytes += Buffer.byteLength(s, 'utf8');
    });
  }
  texts(): string[] {
    return this.parts.map((p) => p.join(''));
  }
}

/**
 * A resolution of about `targetBytes` bytes (UTF-8), never less. The operative part holds about two
 * thirds of the text, as in real resolutions; the last paragraph is the standard closing one.
 */
export function generateResolution(targetBytes: number, language: BenchLanguage, seed = 1): string {
  return generateVersions(targetBytes, [language], seed)[0]!;
}

/**
 * Language versions of one resolution: the same paragraphs, leads, subparagraphs, citations, references
 * and faults in each (the lexicons' lists are in the same order of meaning), so that they compare as
 * parallel versions do. The first language's version is about `targetBytes`; the others are as long as
 * their words make them.
 */
export function generateVersions(targetBytes: number, languages: readonly BenchLanguage[], seed = 1): string[] {
  const rnd = random(seed);
  // Operative numbers have at most four digits (the parser's limit, and far beyond any real text): the
  // largest documents get longer paragraphs rather than more than 9,999 of them.
  const lengthScale = Math.max(1, Math.ceil(targetBytes / (4 << 20)));
  // Every list of the vocabulary has the same length in each language: an index picks the same meaning.
  const pick = (list: readonly unknown[]): number => Math.floor(rnd() * list.length);
  const citation = (): string => CITATIONS[pick(CITATIONS)]!;
  const sentence = (words: number): Piece => {
    const out: Piece[] = [];
    for (let i = 0; i < words; i++) {
      const r = rnd();
      // About one citation per 400 characters: real texts range from one per 125 (S/RES/678) to one
      // per 1,300 (S/RES/2388), so this is a citation-rich draft.
      if (r < 0.015) {
        const c = citation();
        out.push((v) => `${v.resolution} ${c}`);
      } else if (r < 0.0225) {
        const [c1, c2] = [citation(), citation()];
        out.push((v) => `${v.resolutions} [${c1.replace(/[()]/g, '\\$&')}](#) ${v.and} ${c2}`);
      } else if (r < 0.025) {
        const c = ODD_CITATIONS[pick(ODD_CITATIONS)]!;
        out.push((v) => `${v.resolution} ${c}`);
      } else {
        const word = pick(EN.words);
        out.push((v) => v.words[word]!);
      }
    }
    return (v, language) => out.map((piece) => piece(v, language)).join(' ');
  };

  // French puts a no-break space before ";" and ":" (U+00A0: 6,977 of the 6,996 semicolons of the shared
  // French texts have it); one ending in a hundred lacks it, a finding of french-spacing as in a real
  // draft. Counted, not drawn, so that the English text and the rest of the French stay what they were.
  let endings = 0;
  const ending = (mark: string): Piece => {
    if (mark !== ';' && mark !== ':') return () => mark;
    const fault = ++endings % 100 === 0;
    return (_v, l) => (l === 'fr' ? `${fault ? '' : '\u00a0'}${mark}` : mark);
  };

  const w = new Versions(languages);
  const symbol = 2388 + (seed % 50);
  w.add((v) => v.heading(symbol));
  w.add((v) => `${v.organ}\n\n`);

  const preambleBytes = targetBytes / 3;
  let preambleCount = 0;
  while (w.bytes < preambleBytes || preambleCount < 2) {
    preambleCount++;
    // One in forty preambular phrases lost its italics in conversion (a style finding).
    const phrase = pick(EN.preamble);
    const italic = rnd() >= 0.025;
    const first = sentence((20 + Math.floor(rnd() * 40)) * lengthScale);
    let body: Piece = (v, l) => `${italic ? `*${v.preamble[phrase]}*` : v.preamble[phrase]} ${first(v, l)}`;
    if (rnd() < 0.3) {
      const lead = body;
      const secondary = pick(EN.secondary);
      const more = sentence(10 + Math.floor(rnd() * 20));
      body = (v, l) => `${lead(v, l)}, ${v.and} *${v.secondary[secondary]}* ${more(v, l)}`;
    }
    if (rnd() < 0.05) {
      // A page break splits the paragraph: the second block starts in lower case.
      const word = pick(EN.words);
      const rest = sentence(12);
      w.add((v, l) => `${body(v, l)}\n\n${v.words[word]!.toLowerCase()} ${rest(v, l)},\n\n`);
    } else {
      const end = ending(rnd() < 0.01 ? ';' : ',');
      w.add((v, l) => `${body(v, l)}${end(v, l)}\n\n`);
    }
  }

  let number = 0;
  const closing: Piece = (v) => `*${v.operative[0]}* ${v.closing}\n`;
  const closingBytes = Buffer.byteLength(closing(VOCABULARY[languages[0]!], languages[0]!)) + 8;
  while (w.bytes + closingBytes < targetBytes || number < 3) {
    number++;
    // A numbering gap now and then (a finding of operative-numbering), never at the start.
    if (number > 3 && rnd() < 0.004) number++;
    const n = number;
    const verb = pick(EN.operative);
    const italic = rnd() >= 0.02;
    const first = sentence((15 + Math.floor(rnd() * 35)) * lengthScale);
    const pieces: Piece[] = [(v, l) => `${n}. ${italic ? `*${v.operative[verb]}*` : v.operative[verb]} ${first(v, l)}`];
    if (number > 5 && rnd() < 0.1) {
      const target = 1 + Math.floor(rnd() * (number - 2));
      pieces.push(rnd() < 0.5 ? (v) => `, ${v.paragraphAbove(target)}` : (v) => `, ${v.paragraphsAbove(target, target + 1)}`);
    }
    if (rnd() < 0.05) pieces.push((v) => `, ${v.ofOther(2, '660 (1990)')}`);
    const body: Piece = (v, l) => pieces.map((piece) => piece(v, l)).join('');
    if (rnd() < 0.12) {
      const colon = ending(':');
      w.add((v, l) => `${body(v, l)}${colon(v, l)}\n\n`);
      const letters = 2 + Math.floor(rnd() * 4);
      for (let i = 0; i < letters; i++) {
        const letter = String.fromCharCode(97 + i);
        const nested = i === 1 && rnd() < 0.3;
        const text = sentence(8 + Math.floor(rnd() * 16));
        const end = ending(nested ? ':' : ';');
        w.add((v, l) => `    ${label(letter, l)} ${text(v, l)}${end(v, l)}\n\n`);
        if (nested) {
          for (const roman of ['i', 'ii', 'iii']) {
            const item = sentence(6 + Math.floor(rnd() * 10));
            const end = ending(';');
            w.add((v, l) => `        ${label(roman, l)} ${item(v, l)}${end(v, l)}\n\n`);
          }
        }
      }
    } else {
      const end = ending(rnd() < 0.01 ? ',' : ';');
      w.add((v, l) => `${body(v, l)}${end(v, l)}\n\n`);
    }
  }
  const last = number + 1;
  w.add((v, l) => `${last}. ${closing(v, l)}`);
  return w.texts();
}

/** "(a)" in English, "a)" in French, as each language's texts write subparagraph labels. */
function label(value: string, language: BenchLanguage): string {
  return language === 'en' ? `(${value})` : `${value})`;
}

/**
 * A version with what a translation slip leaves: the tenth paragraph of the preamble dropped, and the
 * year of the first citation of resolution 2195 and of the last of 1325 changed; what the comparison of
 * versions has to find and recover from (one finding each, not a cascade).
 */
export function plantDivergences(text: string): string {
  const blocks = text.split('\n\n');
  const organ = blocks.findIndex((b) => /,$/.test(b) && !/^\*/.test(b));
  blocks.splice(organ + 10, 1);
  let out = blocks.join('\n\n').replace('2195 (2014)', '2195 (2015)');
  const last = out.lastIndexOf('1325 (2000)');
  if (last !== -1) out = `${out.slice(0, last)}1325 (2001)${out.slice(last + '1325 (2000)'.length)}`;
  return out;
}
