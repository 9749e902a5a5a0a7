import type { ContextReader } from './context';
import { type NumberFacts, type Organ, organNumbers } from './organs';
import type { Pending } from './pending';
import type { Citation, CitedBody } from './types';

/**
 * Which organ a numbered citation belongs to, from the words around it and the tables of organs.ts: the
 * organ the words name, the one a possessive refers to, the last one the clause names, the text's own
 * organ, or the one whose numbering the form of the number is.
 */

/** The organ, and whether the text named it rather than the form of the number giving it. */
export interface Resolved {
  readonly body: CitedBody;
  readonly stated: boolean;
}

/**
 * The organ of a numbered text: the one the words name (before the keyword, between it and the number,
 * after the citation or after its list), the organ a possessive refers to, the last one the clause names,
 * or what the form of the number says. A named organ is taken when it numbers its texts that way; the
 * others only then.
 */
export function organOf(p: Pending, facts: NumberFacts, listAfter: readonly CitedBody[] | undefined, own: Organ | undefined, context: ContextReader): Resolved | undefined {
  const s = p.statement;
  const fault = facts.form === 'number-year' || facts.form === 'number-session';
  // What the text says is taken even when the number does not fit ("General Assembly resolution 1514
  // (1960)"): the format rule says what is wrong.
  const named = (p.shared ? undefined : s.named) ?? p.after ?? listAfter;
  if (named) return stated(fitting(named, facts) ?? named[0]!);
  if (p.shared && s.named) {
    // The list's organ, when it numbers the citation so or the format rule can say what is wrong; a number
    // of another form belongs to another organ ("General Assembly resolution 46/152 …, 1993/28 of 27 July").
    const body = fitting(s.named, facts) ?? (fault ? s.named[0] : undefined);
    if (body) return stated(body);
  }
  const ownFits = own !== undefined && organNumbers(own, facts);
  if (s.possessive) {
    const owner = context.ownerOf(s, ownFits);
    // "the Conference of the Parties, in its decision 14/4": another body's text, unless the number is
    // one the text's own organ gives ("the Special Committee … in its resolution 47/120 B": the Assembly's).
    if (owner?.[0] === 'unknown' && !ownFits) return stated('unknown');
    const body = owner ? fitting(owner, facts) : undefined;
    if (body) return stated(body);
    // "its resolution 2625 (1970)": the text's own organ with the wrong parenthesis, which the format rule reports.
    if (own && (ownFits || fault)) return stated(own);
  } else if (s.keyword && !fault) {
    // "Human Rights Council resolutions, in particular resolutions 7/34 …": the clause's organ.
    const mention = context.lastMention(s);
    const body = mention ? fitting(mention.bodies, facts) : undefined;
    if (body) return stated(body);
  }
  const body = defaultOrgan(facts, own, ownFits, s.keyword !== undefined);
  return body ? NOT_STATED[body] : undefined;
}

/** The first of the named organs that numbers its texts this way. */
function fitting(bodies: readonly CitedBody[], facts: NumberFacts): CitedBody | undefined {
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i]!;
    if (b !== 'unknown' && organNumbers(b, facts)) return b;
  }
  return undefined;
}

const STATED: Readonly<Record<CitedBody, { readonly body: CitedBody; readonly stated: true }>> = {
  'security-council': { body: 'security-council', stated: true },
  'general-assembly': { body: 'general-assembly', stated: true },
  'human-rights-council': { body: 'human-rights-council', stated: true },
  ecosoc: { body: 'ecosoc', stated: true },
  unknown: { body: 'unknown', stated: true },
};

/** The organ the form of the number gives, the text naming none. */
const NOT_STATED: Readonly<Record<CitedBody, { readonly body: CitedBody; readonly stated: false }>> = {
  'security-council': { body: 'security-council', stated: false },
  'general-assembly': { body: 'general-assembly', stated: false },
  'human-rights-council': { body: 'human-rights-council', stated: false },
  ecosoc: { body: 'ecosoc', stated: false },
  unknown: { body: 'unknown', stated: false },
};

function stated(body: CitedBody): Resolved {
  return STATED[body];
}

/**
 * The organ a number belongs to when the words name none: the text's own organ when it numbers its texts
 * that way, else the one whose numbering the form is (a year in parentheses is the Council's, a session
 * the Assembly's, "2019/20" after "resolution" the Economic and Social Council's). A number no organ of
 * ours fits is another body's when "resolution" or "decision" introduces it, and no citation otherwise.
 */
function defaultOrgan(facts: NumberFacts, own: Organ | undefined, ownFits: boolean, keyword: boolean): CitedBody | undefined {
  if (ownFits) return own;
  const organs = DEFAULT_ORGANS[facts.form];
  for (let i = 0; i < organs.length; i++) {
    if (facts.form === 'year-number' && !(keyword && facts.kind === 'resolution')) continue;
    if (organNumbers(organs[i]!, facts)) return organs[i];
  }
  return keyword && facts.form !== 'number' ? 'unknown' : undefined;
}

const DEFAULT_ORGANS: Readonly<Record<Citation['form'], readonly Organ[]>> = {
  'number-year': ['security-council'],
  'number-session': ['general-assembly'],
  'session-number': ['general-assembly'],
  'year-number': ['ecosoc'],
  number: [],
  symbol: [],
};

