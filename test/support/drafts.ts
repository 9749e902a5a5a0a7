/** A short English draft whose only structural fault is the gap from paragraph 1 to paragraph 3. */
export const DRAFT_WITH_NUMBERING_GAP = [
  'The Security Council,',
  '',
  '*Recalling* its resolution 2331 (2016),',
  '',
  '1. *Condemns* all acts of trafficking;',
  '',
  '3. *Decides* to remain seized of the matter.',
  '',
].join('\n');
