import * as assert from 'node:assert/strict';
import { type Language, LANGUAGES, lexiconFor, type PhraseKind, splitWords } from '../../server/src/lexicon';

function match(language: Language, phrase: string, kind?: PhraseKind) {
  return lexiconFor(language).match(splitWords(phrase), kind);
}

/**
 * The phrase lists of the drafting conventions (section 2), as drafters write them. Every one must be read
 * as a whole leading phrase of its kind. "X(e)" stands for both genders, "A / B" for alternatives.
 */
const CONVENTIONS: Readonly<Record<Language, Readonly<Record<PhraseKind, string>>>> = {
  en: {
    preamble:
      'Acknowledging, Acting, Affirming, Alarmed, Appreciating, Aware, Bearing in mind, Believing, Cognizant, Commending, Concerned, Condemning, Conscious, Considering, Convinced, Deploring, Desiring, Determined, Determining, Emphasizing, Encouraged, Encouraging, Endorsing, Expressing, Fully aware, Guided by, Having adopted, Having considered, Having examined, Having heard, Having received, Having reviewed, Having studied, Highlighting, Keeping in mind, Mindful, Noting, Noting with concern, Noting with appreciation, Noting with satisfaction, Noting with regret, Observing, Reaffirming, Realizing, Recalling, Recognizing, Reiterating, Reminding, Seeking, Stressing, Taking into account, Taking into consideration, Taking note, Underlining, Underscoring, Urging, Welcoming',
    operative:
      'Accepts, Acknowledges, Adopts, Affirms, Agrees, Appeals, Approves, Authorizes, Calls for, Calls upon, Commends, Condemns, Confirms, Congratulates, Considers, Decides, Declares, Demands, Deplores, Designates, Directs, Draws the attention, Emphasizes, Encourages, Endorses, Expresses, Extends, Highlights, Invites, Notes, Proclaims, Reaffirms, Recalls, Recognizes, Recommends, Regrets, Reiterates, Renews, Reminds, Requests, Resolves, Stresses, Supports, Takes note, Underlines, Underscores, Urges, Welcomes',
  },
  fr: {
    preamble:
      "Accueillant avec satisfaction, Affirmant, Agissant, Alarmé(e), Ayant à l'esprit, Ayant conscience, Ayant examiné, Ayant entendu, Ayant reçu, Ayant adopté, Conscient(e), Considérant, Constatant, Convaincu(e), Condamnant, Déplorant, Déterminé(e), Encourageant, Estimant, Exprimant, Gardant à l'esprit, Gravement préoccupé(e), Guidé(e) par, Insistant, Inquiet, Inquiète, Mettant l'accent, Notant, Préoccupé(e), Prenant acte, Prenant note, Profondément préoccupé(e), Rappelant, Réaffirmant, Reconnaissant, Réitérant, Résolu(e), Sachant, Saluant, Se déclarant préoccupé(e), Se félicitant, Soulignant, Tenant compte, Demeurant préoccupé(e)",
    operative:
      "Accueille avec satisfaction, Adopte, Affirme, Appelle, Approuve, Attend avec intérêt, Autorise, Charge, Condamne, Confirme, Considère, Constate, Décide, Déclare, Demande, Déplore, Désigne, Encourage, Engage, Entérine, Estime, Est conscient(e), Exhorte, Exige, Exprime, Fait part, Fait sien(ne), Félicite, Insiste, Invite, Lance un appel, Met l'accent, Note, Prend acte, Prend note, Prie, Proclame, Proroge, Rappelle, Réaffirme, Recommande, Reconnaît, Réitère, Remercie, Rend hommage, Renouvelle, Salue, Se déclare, Se félicite, Souligne, Souscrit",
  },
  es: {
    preamble:
      'Acogiendo con beneplácito, Acogiendo con satisfacción, Actuando, Afirmando, Alarmado(a), Celebrando, Condenando, Consciente, Considerando, Convencido(a), Decidido(a), Deplorando, Destacando, Expresando, Gravemente preocupado(a), Guiado(a) por, Habiendo examinado, Habiendo considerado, Habiendo escuchado, Habiendo recibido, Observando, Poniendo de relieve, Preocupado(a), Profundamente preocupado(a), Reafirmando, Reconociendo, Recordando, Reiterando, Resaltando, Señalando, Subrayando, Teniendo en cuenta, Teniendo presente, Tomando nota',
    operative:
      'Acoge con beneplácito, Acoge con satisfacción, Afirma, Alienta, Aprueba, Autoriza, Celebra, Condena, Confirma, Considera, Decide, Declara, Deplora, Designa, Destaca, Encarga, Encomia, Exhorta, Exige, Expresa, Hace un llamamiento, Insta, Invita, Observa, Pide, Pone de relieve, Proclama, Prorroga, Reafirma, Recomienda, Reconoce, Recuerda, Reitera, Resalta, Solicita, Subraya, Toma nota',
  },
};

/** "Conscient(e)" → ["Conscient", "Consciente"]; "Guidé(e) par" → ["Guidé par", "Guidée par"]. */
function expand(phrase: string): string[] {
  const m = /^(.*?)\((e|a|ne)\)(.*)$/.exec(phrase);
  if (!m) return [phrase];
  const [, base = '', suffix = '', rest = ''] = m;
  const feminine = suffix === 'a' ? `${base.slice(0, -1)}a` : base + suffix;
  return [base + rest, feminine + rest];
}

describe('lexicons', () => {
  describe('the phrase lists of the drafting conventions', () => {
    for (const language of LANGUAGES) {
      for (const kind of ['preamble', 'operative'] as const) {
        it(`reads every ${language} ${kind} phrase as a whole phrase of its kind`, () => {
          const missing: string[] = [];
          for (const phrase of CONVENTIONS[language][kind].split(/,\s*/).flatMap(expand)) {
            const m = match(language, phrase, kind);
            if (!m || m.wordCount !== splitWords(phrase).length) missing.push(phrase);
          }
          assert.deepEqual(missing, []);
        });
      }
    }
  });

  describe('matching with modifiers', () => {
    it('consumes trailing modifiers', () => {
      for (const [language, phrase, head] of [
        ['en', 'Decides also', 'Decides'],
        ['en', 'Recalling further its resolution', 'Recalling'],
        ['en', 'Deplores in the strongest terms the aggression', 'Deplores'],
        ['fr', 'Demande en outre aux États', 'Demande'],
        ['fr', 'Prie instamment les États', 'Prie'],
        ['fr', 'Condamne à nouveau avec la plus grande fermeté tous', 'Condamne'],
        ['es', 'Decide además que', 'Decide'],
      ] as const) {
        const m = match(language, phrase);
        assert.equal(m?.entry.text, head, phrase);
        assert.equal(m?.start, 0);
        assert.equal(m?.headEnd, splitWords(head).length, phrase);
        // The modifier is read: the match ends where the object of the verb starts.
        assert.ok(m!.wordCount > m!.headEnd, phrase);
      }
    });

    it('skips leading modifiers before the head', () => {
      const also = match('en', 'Also demands that');
      assert.equal(also?.entry.text, 'Demands');
      assert.equal(also?.start, 1);
      assert.equal(also?.wordCount, 2);
      assert.equal(match('en', 'Strongly condemns')?.entry.concept, 'condemn');
      assert.equal(match('fr', 'Profondément préoccupé par')?.entry.text, 'Préoccupé');
      assert.equal(match('es', 'Profundamente preocupada por')?.entry.gender, 'f');
    });

    it('prefers the longest phrase that fits', () => {
      assert.equal(match('fr', 'Prend note du rapport')?.entry.text, 'Prend note');
      assert.equal(match('en', 'Taking into account the report')?.entry.text, 'Taking into account');
      assert.equal(match('en', 'Noting with concern that')?.entry.concept, 'note-concern');
    });

    it('reads the adjective that completes "Se déclarant", "Demeure", "Remaining" as part of the phrase', () => {
      const m = match('fr', 'Se déclarant à nouveau profondément préoccupée par');
      assert.equal(m?.entry.text, 'Se déclarant');
      assert.equal(m?.complement?.entry.text, 'Préoccupée');
      assert.equal(m?.complement?.entry.gender, 'f');
      assert.equal(m?.wordCount, 6);
      assert.equal(match('en', 'Remaining deeply concerned about')?.complement?.entry.concept, 'concerned');
      assert.equal(match('fr', 'Se déclare prêt à')?.complement, undefined);
    });

    it('reads two phrases joined by "and" as one lead', () => {
      const m = match('en', 'Welcomes and urges the continued efforts');
      assert.equal(m?.entry.text, 'Welcomes');
      assert.equal(m?.coordinated?.entry.text, 'Urges');
      assert.equal(m?.wordCount, 3);
      assert.equal(match('en', 'Recalling and the')?.wordCount, 1);
    });

    it('does not match a word that only starts like a phrase', () => {
      assert.equal(match('en', 'Decidedly the'), undefined);
      assert.equal(match('fr', 'Notamment les'), undefined);
    });
  });

  describe('gender forms', () => {
    it('gives French and Spanish adjectives both forms, linked to each other', () => {
      const fr = lexiconFor('fr');
      const feminine = fr.match(['consciente'])!.entry;
      assert.equal(feminine.gender, 'f');
      assert.equal(feminine.otherGender, 'Conscient');
      assert.equal(fr.match(['convaincu'])!.entry.otherGender, 'Convaincue');
      assert.equal(fr.match(['est', 'consciente'])!.entry.kind, 'operative');
      assert.equal(lexiconFor('es').match(['convencida'])!.entry.otherGender, 'Convencido');
      // Invariable adjectives have no gender: "Consciente" serves both the Consejo and the Asamblea.
      assert.equal(lexiconFor('es').match(['consciente'])!.entry.gender, undefined);
    });

    it('finds a concept in the asked gender', () => {
      assert.equal(lexiconFor('fr').byConcept('aware', 'preamble', 'f')?.text, 'Consciente');
      assert.equal(lexiconFor('fr').byConcept('aware', 'preamble', 'm')?.text, 'Conscient');
      assert.equal(lexiconFor('es').byConcept('convinced', 'preamble', 'f')?.text, 'Convencida');
    });
  });

  describe('equivalents through concept keys', () => {
    const concepts: readonly [PhraseKind, string, string, string, string][] = [
      ['preamble', 'recall', 'Recalling', 'Rappelant', 'Recordando'],
      ['preamble', 'reaffirm', 'Reaffirming', 'Réaffirmant', 'Reafirmando'],
      ['preamble', 'take-note', 'Taking note', 'Prenant acte', 'Tomando nota'],
      ['preamble', 'bear-in-mind', 'Bearing in mind', "Ayant à l'esprit", 'Teniendo presente'],
      ['preamble', 'concerned', 'Concerned', 'Préoccupé', 'Preocupado'],
      ['preamble', 'convinced', 'Convinced', 'Convaincu', 'Convencido'],
      ['preamble', 'act', 'Acting', 'Agissant', 'Actuando'],
      ['operative', 'decide', 'Decides', 'Décide', 'Decide'],
      ['operative', 'request', 'Requests', 'Prie', 'Pide'],
      ['operative', 'condemn', 'Condemns', 'Condamne', 'Condena'],
      ['operative', 'call-upon', 'Calls upon', 'Appelle', 'Exhorta'],
      ['operative', 'urge', 'Urges', 'Engage', 'Insta'],
      ['operative', 'welcome', 'Welcomes', 'Accueille avec satisfaction', 'Acoge con beneplácito'],
      ['operative', 'take-note', 'Takes note', 'Prend acte', 'Toma nota'],
      ['operative', 'look-forward', 'Looks forward', 'Attend avec intérêt', 'Espera con interés'],
      ['operative', 'draw-attention', 'Draws the attention', "Appelle l'attention", 'Señala a la atención'],
    ];
    for (const [kind, concept, en, fr, es] of concepts) {
      it(`links "${en}" to "${fr}" and "${es}"`, () => {
        // Each phrase's own concept leads to the others: what the hover shows.
        assert.equal(match('en', en, kind)?.entry.concept, concept);
        assert.equal(match('fr', fr, kind)?.entry.concept, concept);
        assert.equal(match('es', es, kind)?.entry.concept, concept);
        assert.ok(lexiconFor('fr').byConcept(concept, kind), `no French ${kind} for ${concept}`);
        assert.ok(lexiconFor('es').byConcept(concept, kind), `no Spanish ${kind} for ${concept}`);
        assert.ok(lexiconFor('en').byConcept(concept, kind), `no English ${kind} for ${concept}`);
      });
    }

    it('turns a preambular form into the operative one of the same concept', () => {
      const concept = match('en', 'Recalling')!.entry.concept;
      assert.equal(lexiconFor('en').byConcept(concept, 'operative')?.text, 'Recalls');
      assert.equal(lexiconFor('fr').byConcept(match('fr', 'Rappelant')!.entry.concept, 'operative')?.text, 'Rappelle');
      assert.equal(lexiconFor('es').byConcept(match('es', 'Recordando')!.entry.concept, 'operative')?.text, 'Recuerda');
    });
  });

  describe('suggestions', () => {
    it('suggests the closest known phrase for a misspelt word', () => {
      assert.equal(lexiconFor('en').suggest('Recallin', 'preamble')?.text, 'Recalling');
      assert.equal(lexiconFor('en').suggest('Requets', 'operative')?.text, 'Requests');
      assert.equal(lexiconFor('fr').suggest('Rapelant', 'preamble')?.text, 'Rappelant');
      assert.equal(lexiconFor('es').suggest('Recordado', 'preamble')?.text, 'Recordando');
    });

    it('uses the following words to choose between phrases that share a first word', () => {
      assert.equal(lexiconFor('en').suggest('Takin', 'preamble', ['note', 'of'])?.text, 'Taking note');
      assert.equal(lexiconFor('en').suggest('Takin', 'preamble', ['into', 'account'])?.text, 'Taking into account');
    });

    it('prefers the form of the organ’s gender', () => {
      assert.equal(lexiconFor('fr').suggest('Convaincues', 'preamble', [], 'f')?.text, 'Convaincue');
      assert.equal(lexiconFor('fr').suggest('Convaincus', 'preamble', [], 'm')?.text, 'Convaincu');
    });

    it('suggests nothing for a word far from every phrase', () => {
      assert.equal(lexiconFor('en').suggest('Zebra', 'preamble'), undefined);
      assert.equal(lexiconFor('fr').suggest('Xylophone', 'operative'), undefined);
    });

    it('knows the wrong tenses of operative verbs', () => {
      assert.deepEqual(lexiconFor('en').matchWrongOperative(['decided', 'to']), { concept: 'decide', wordCount: 1 });
      assert.deepEqual(lexiconFor('en').matchWrongOperative(['deciding']), { concept: 'decide', wordCount: 1 });
      assert.deepEqual(lexiconFor('fr').matchWrongOperative(['a', 'décidé', 'de']), { concept: 'decide', wordCount: 2 });
      assert.equal(lexiconFor('en').wrongOperativeConcept(['decides']), undefined);
    });
  });
});
