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

class Writer {
  private readonly parts: string[] = [];
  bytes = 0;
  add(s: string): void {
    this.parts.push(s);
    this.bytes += Buffer.byteLength(s, 'utf8');
  }
  toString(): string {
    return this.parts.join('');
  }
}

/**
 * A resolution of about `targetBytes` bytes (UTF-8), never less. The operative part holds about two
 * thirds of the text, as in real resolutions; the last paragraph is the standard closing one.
 */
export function generateResolution(targetBytes: number, language: BenchLanguage, seed = 1): string {
  const v = VOCABULARY[language];
  const rnd = random(seed);
  // Operative numbers have at most four digits (the parser's limit, and far beyond any real text): the
  // largest documents get longer paragraphs rather than more than 9,999 of them.
  const lengthScale = Math.max(1, Math.ceil(targetBytes / (4 << 20)));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const sentence = (words: number): string => {
    const out: string[] = [];
    for (let i = 0; i < words; i++) {
      const r = rnd();
      // About one citation per 400 characters: real texts range from one per 125 (S/RES/678) to one
      // per 1,300 (S/RES/2388), so this is a citation-rich draft.
      if (r < 0.015) out.push(`${v.resolution} ${pick(CITATIONS)}`);
      else if (r < 0.0225) out.push(`${v.resolutions} [${pick(CITATIONS).replace(/[()]/g, '\\$&')}](#) ${v.and} ${pick(CITATIONS)}`);
      else if (r < 0.025) out.push(`${v.resolution} ${pick(ODD_CITATIONS)}`);
      else out.push(pick(v.words));
    }
    return out.join(' ');
  };

  const w = new Writer();
  w.add(v.heading(2388 + (seed % 50)));
  w.add(`${v.organ}\n\n`);

  const preambleBytes = targetBytes / 3;
  let preambleCount = 0;
  while (w.bytes < preambleBytes || preambleCount < 2) {
    preambleCount++;
    // One in forty preambular phrases lost its italics in conversion (a style finding).
    const phrase = pick(v.preamble);
    const lead = rnd() < 0.025 ? phrase : `*${phrase}*`;
    let body = `${lead} ${sentence((20 + Math.floor(rnd() * 40)) * lengthScale)}`;
    if (rnd() < 0.3) body += `, ${v.and} *${pick(v.secondary)}* ${sentence(10 + Math.floor(rnd() * 20))}`;
    if (rnd() < 0.05) {
      // A page break splits the paragraph: the second block starts in lower case.
      w.add(`${body}\n\n${pick(v.words).toLowerCase()} ${sentence(12)},\n\n`);
    } else {
      w.add(`${body}${rnd() < 0.01 ? ';' : ','}\n\n`);
    }
  }

  let number = 0;
  const closing = `*${v.operative[0]}* ${v.closing}\n`;
  const closingBytes = Buffer.byteLength(closing) + 8;
  while (w.bytes + closingBytes < targetBytes || number < 3) {
    number++;
    // A numbering gap now and then (a finding of operative-numbering), never at the start.
    if (number > 3 && rnd() < 0.004) number++;
    const verb = pick(v.operative);
    const lead = rnd() < 0.02 ? verb : `*${verb}*`;
    let body = `${number}. ${lead} ${sentence((15 + Math.floor(rnd() * 35)) * lengthScale)}`;
    if (number > 5 && rnd() < 0.1) {
      const target = 1 + Math.floor(rnd() * (number - 2));
      body += rnd() < 0.5 ? `, ${v.paragraphAbove(target)}` : `, ${v.paragraphsAbove(target, target + 1)}`;
    }
    if (rnd() < 0.05) body += `, ${v.ofOther(2, '660 (1990)')}`;
    if (rnd() < 0.12) {
      w.add(`${body}:\n\n`);
      const letters = 2 + Math.floor(rnd() * 4);
      for (let i = 0; i < letters; i++) {
        const letter = String.fromCharCode(97 + i);
        const labelText = language === 'en' ? `(${letter})` : `${letter})`;
        const nested = i === 1 && rnd() < 0.3;
        w.add(`    ${labelText} ${sentence(8 + Math.floor(rnd() * 16))}${nested ? ':' : ';'}\n\n`);
        if (nested) {
          for (const roman of ['i', 'ii', 'iii']) {
            w.add(`        ${language === 'en' ? `(${roman})` : `${roman})`} ${sentence(6 + Math.floor(rnd() * 10))};\n\n`);
          }
        }
      }
    } else {
      w.add(`${body}${rnd() < 0.01 ? ',' : ';'}\n\n`);
    }
  }
  w.add(`${number + 1}. ${closing}`);
  return w.toString();
}
