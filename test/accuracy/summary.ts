import type { FileMeasure } from './measure';

/** The figures of one group of files (an organ and a language, or the PDF texts). */
export interface GroupSummary {
  readonly group: string;
  readonly files: number;
  readonly structureOk: number;
  readonly noError: number;
  readonly warnings: number;
  readonly warningsByCode: Record<string, number>;
  readonly leads: number;
  readonly leadsAccepted: number;
  readonly citations: Record<string, { gold: number; found: number; linked: number }>;
}

export function summarise(group: string, measures: readonly FileMeasure[]): GroupSummary {
  const warningsByCode: Record<string, number> = {};
  const citations: GroupSummary['citations'] = {};
  let warnings = 0;
  for (const m of measures) {
    for (const [code, n] of Object.entries(m.warningsByCode)) {
      warningsByCode[code] = (warningsByCode[code] ?? 0) + n;
      warnings += n;
    }
    for (const [kind, t] of Object.entries(m.citations)) {
      const sum = (citations[kind] ??= { gold: 0, found: 0, linked: 0 });
      sum.gold += t.gold;
      sum.found += t.found;
      sum.linked += t.linked;
    }
  }
  return {
    group,
    files: measures.length,
    structureOk: measures.filter((m) => m.structureOk).length,
    noError: measures.filter((m) => m.errors === 0).length,
    warnings,
    warningsByCode,
    leads: measures.reduce((n, m) => n + m.leads, 0),
    leadsAccepted: measures.reduce((n, m) => n + m.leadsAccepted, 0),
    citations,
  };
}

/** Groups by organ and language ("sc-en", "ga-fr", "pdf-en"), then one line for all AKN files. */
export function summariseAll(measures: readonly FileMeasure[]): GroupSummary[] {
  const groups = new Map<string, FileMeasure[]>();
  for (const m of measures) {
    const list = groups.get(m.group) ?? [];
    list.push(m);
    groups.set(m.group, list);
  }
  const order = (g: string): string => (g.startsWith('pdf') ? `z${g}` : g);
  const summaries = [...groups.entries()].sort(([a], [b]) => order(a).localeCompare(order(b))).map(([g, list]) => summarise(g, list));
  const akn = measures.filter((m) => !m.group.startsWith('pdf'));
  if (akn.length) summaries.push(summarise('all AKN', akn));
  return summaries;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
}
