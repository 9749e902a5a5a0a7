import type { Citation } from '../citations';
import { adoptionDate } from '../citations/adoptionDates';
import { catalogueKey } from '../citations';
import { dayNumber, findDates } from '../lexicon/dates';
import { defineMessages } from '../messages';
import type { Paragraph } from '../model/types';
import { readLead } from './lead-reading';
import type { Rule, RuleContext } from './types';

const messages = defineMessages({
  description: {
    en: 'In a list of the organ\'s own resolutions, the resolutions appear in the order of their adoption; the Charter is recalled before resolutions.',
    fr: 'Dans une liste des résolutions de l’organe lui-même, les résolutions apparaissent dans l’ordre de leur adoption ; la Charte est rappelée avant les résolutions.',
    es: 'En una lista de las resoluciones del propio órgano, las resoluciones aparecen en el orden de su aprobación; la Carta se recuerda antes que las resoluciones.',
  },
  outOfOrder: {
    en: 'Resolution {later} comes after {earlier} in this list, but was adopted before it: list resolutions in the order of adoption.',
    fr: 'La résolution {later} suit la {earlier} dans cette liste, mais a été adoptée avant elle : citez les résolutions dans l’ordre de leur adoption.',
    es: 'La resolución {later} sigue a la {earlier} en esta lista, pero se aprobó antes: cite las resoluciones en el orden de su aprobación.',
  },
  outOfOrderNewest: {
    en: 'This list gives the newest resolutions first, but {later} comes before {earlier}, which is newer: keep one order of adoption.',
    fr: 'Cette liste donne d’abord les résolutions les plus récentes, mais la {later} précède la {earlier}, plus récente : gardez un seul ordre d’adoption.',
    es: 'Esta lista da primero las resoluciones más recientes, pero la {later} precede a la {earlier}, más reciente: mantenga un solo orden de aprobación.',
  },
  charterFirst: {
    en: 'The Charter is usually recalled before the resolutions: move this paragraph before the paragraphs that recall resolutions.',
    fr: 'La Charte est d’ordinaire rappelée avant les résolutions : placez cet alinéa avant ceux qui rappellent des résolutions.',
    es: 'La Carta suele recordarse antes que las resoluciones: coloque este párrafo antes de los que recuerdan resoluciones.',
  },
});

/** What may stand between two citations of one list: commas, "and", a date, a Markdown link's target. */
const LIST_GAP = /^(?:[\s\u00a0,;]|and|as well as|et|ainsi que|y|e|of|du|de|en date du)*$/u;
const CHARTER = /\b(?:Charter of the United Nations|Charte des Nations Unies|Carta de las Naciones Unidas)\b/u;
/** "Recalling that the Charter confers…": a statement about the Charter, not the Charter recalled. */
const THAT = /^[*_\s]*\S+[*_]*[\s\u00a0]+(?:that|que|qu’|qu')/iu;

/**
 * When the cited resolution was adopted, as a number that orders: the day when the facts know it, else the
 * Council's number (numbered in order) or the Assembly's session and number. Undefined: not ordered.
 */
function rank(c: Citation): { day?: number; seq?: number } | undefined {
  if (c.kind !== 'resolution' || c.part !== undefined || c.number === undefined) return undefined;
  const key = catalogueKey(c);
  const date = key ? adoptionDate(key) : undefined;
  const day = date && date.month !== undefined && date.day !== undefined ? dayNumber({ year: date.year, month: date.month, day: date.day }) : undefined;
  if (c.body === 'security-council') return { day, seq: c.number };
  if (c.body === 'general-assembly' && c.session?.kind === 'regular') return { day, seq: c.form === 'number-session' ? c.number : c.session.number * 100000 + c.number };
  return day === undefined ? undefined : { day };
}

function before(a: { day?: number; seq?: number }, b: { day?: number; seq?: number }): boolean {
  if (a.day !== undefined && b.day !== undefined) return a.day > b.day;
  if (a.seq !== undefined && b.seq !== undefined) return a.seq > b.seq;
  return false;
}

/**
 * Lists are read within a paragraph, among the organ's own resolutions only ("its resolutions 1267 (1999),
 * …"; another organ's are cited apart). The Charter check is a hint: the practice is strong but not a rule.
 */
export const citationOrder: Rule = {
  code: 'citation-order',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const own = ctx.model.organ?.body;
    if (own !== 'security-council' && own !== 'general-assembly') return;
    const list = ctx.citations.list.filter((c) => c.body === own && !c.inHeading);
    let run: Citation[] = [];
    for (let i = 0; i < list.length; i++) {
      run.push(list[i]!);
      const next = list[i + 1];
      if (next && sameList(ctx, list[i]!, next)) continue;
      checkList(ctx, run);
      run = [];
    }
    checkCharter(ctx, list);
  },
};

/** A Markdown link's target, a date or "respectively" after the last citation of a list. */
const RESPECTIVELY = /^(?:\]\([^)\s]*\))?[\s\u00a0,]*(?:respectively|respectivement|respectivamente)\b/u;

/**
 * Lists run one way: oldest first, as the Editorial Manual has it, or newest first ("the most recent of
 * which being 75/287, 75/238, …"), which adopted texts also print. Only a list that turns is out of order,
 * at each step against the way most of its steps go; "…, respectively" lists follow another order.
 */
function checkList(ctx: RuleContext, run: readonly Citation[]): void {
  if (run.length < 2 || RESPECTIVELY.test(ctx.model.text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 120))) return;
  const steps: { b: Citation; a: Citation; down: boolean }[] = [];
  for (let i = 1; i < run.length; i++) {
    const ra = rank(run[i - 1]!);
    const rb = rank(run[i]!);
    if (!ra || !rb) continue;
    if (before(ra, rb)) steps.push({ a: run[i - 1]!, b: run[i]!, down: true });
    else if (before(rb, ra)) steps.push({ a: run[i - 1]!, b: run[i]!, down: false });
  }
  const down = steps.filter((s) => s.down).length;
  const up = steps.length - down;
  if (down === 0 || up === 0) return;
  for (const s of steps) {
    if (s.down === down > up) continue;
    const [later, earlier] = down > up ? [s.a, s.b] : [s.b, s.a];
    ctx.report({ start: s.b.start, end: s.b.end, message: ctx.t(down > up ? messages.outOfOrderNewest : messages.outOfOrder, { later: later.standard, earlier: earlier.standard }) });
  }
}

function sameList(ctx: RuleContext, a: Citation, b: Citation): boolean {
  if (b.start - a.end > 90) return false;
  let gap = ctx.model.text.slice(a.end, b.start).replace(/^\]\([^)\s]*\)/, '').replace(/\[$/, '');
  for (const d of findDates(gap).reverse()) gap = gap.slice(0, d.start) + gap.slice(d.end);
  return LIST_GAP.test(gap);
}

function checkCharter(ctx: RuleContext, own: readonly Citation[]): void {
  const { model } = ctx;
  let firstWithResolutions: Paragraph | undefined;
  let k = 0;
  for (const p of model.preamble) {
    while (k < own.length && own[k]!.end <= p.start) k++;
    const cites = k < own.length && own[k]!.start < p.end;
    const recall = readLead(model, p)?.match.entry.concept === 'recall';
    if (recall && !cites && firstWithResolutions && !THAT.test(model.text.slice(p.bodyStart, p.bodyStart + 40)) && CHARTER.test(model.text.slice(p.bodyStart, Math.min(p.end, p.bodyStart + 90)))) {
      const lead = p.lead!;
      ctx.report({ start: lead.start, end: lead.end, severity: 'hint', message: ctx.t(messages.charterFirst) });
      return;
    }
    if (cites && recall) firstWithResolutions ??= p;
  }
}
