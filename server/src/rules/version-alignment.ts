import { defineMessages } from '../messages';
import type { Rule } from './types';

const messages = defineMessages({
  description: {
    en: 'The language versions of one resolution say the same thing in the same place: paragraphs, citations, dates, numbers, references, subparagraphs and leading phrases.',
    fr: 'Les versions linguistiques d’une même résolution disent la même chose au même endroit : alinéas, citations, dates, nombres, renvois, sous-alinéas et formules liminaires.',
    es: 'Las versiones lingüísticas de una misma resolución dicen lo mismo en el mismo lugar: párrafos, citas, fechas, cifras, remisiones, apartados y frases iniciales.',
  },
});

/**
 * A version that says something its other language versions do not. The ordinary rule context sees one
 * document, so `check` finds nothing: the findings come from comparing paired versions (see `versions/`
 * and `ResolutionService.computeVersionDiagnostics`), under this rule's code and severity setting.
 */
export const versionAlignment: Rule = {
  code: 'version-alignment',
  description: messages.description,
  defaultSeverity: 'warning',
  check() {
    // Findings come from the comparison of paired versions, not from one document.
  },
};
