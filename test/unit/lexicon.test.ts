import * as assert from 'node:assert/strict';
import { type FormName, type Language, LANGUAGES, lexiconFor, type PhraseKind, splitWords } from '../../server/src/lexicon';

function match(language: Language, phrase: string, kind?: PhraseKind) {
  return lexiconFor(language).match(splitWords(phrase), kind);
}

/** `match` with the fallback on forms, as the phrase rules read a lead. */
function read(language: Language, phrase: string, kind?: PhraseKind) {
  return lexiconFor(language).match(splitWords(phrase), kind, { forms: true });
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
      // Heads added from the adopted texts, linked by the paragraphs that say the same in the three languages.
      ['operative', 'appropriate', 'Appropriates', 'Ouvre', 'Consigna'],
      ['operative', 'take-into-account', 'Takes into account', 'Prend en considération', 'Tiene en cuenta'],
      ['operative', 'maintain', 'Maintains', 'Maintient', 'Mantiene'],
      ['operative', 'intend', 'Intends', 'Entend', 'Tiene la intención'],
      ['operative', 'direct', 'Directs', 'Donne pour instruction', 'Encomienda'],
      ['preamble', 'refer', 'Referring', 'Se référant', 'Haciendo referencia'],
      ['preamble', 'look-forward', 'Looking forward', 'Attendant avec intérêt', 'Aguardando con interés'],
      ['preamble', 'fear', 'Fearing', 'Craignant', 'Temiendo'],
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

  describe('modifiers inside a listed phrase', () => {
    it('reads the phrase around them, as the official texts write it', () => {
      for (const [language, phrase, head, headEnd] of [
        ['fr', 'Prend également note avec satisfaction du rapport', 'Prend note', 3],
        ['fr', 'Ayant également examiné le rapport', 'Ayant examiné', 3],
        ['en', 'Calls once again upon all States', 'Calls upon', 4],
        ['en', 'Having also considered the report', 'Having considered', 3],
      ] as const) {
        const m = match(language, phrase);
        assert.equal(m?.entry.text, head, phrase);
        assert.equal(m?.headEnd, headEnd, phrase);
      }
    });

    it('reads an adverb by its ending before or after a phrase', () => {
      const before = match('es', 'Sumamente preocupada por la situación');
      assert.equal(before?.entry.text, 'Preocupada');
      assert.equal(before?.start, 1);
      const after = match('fr', 'Condamne catégoriquement les attaques');
      assert.equal(after?.entry.text, 'Condamne');
      assert.equal(after?.wordCount, 2);
      // An adverb alone is no phrase.
      assert.equal(read('en', 'Categorically the'), undefined);
    });
  });

  describe('phrases recognised by their form', () => {
    const FORMS: readonly (readonly [Language, string, PhraseKind, FormName])[] = [
      ['en', 'Honouring the memory of the victims', 'preamble', 'participle'],
      ['en', 'Commemorating the anniversary', 'preamble', 'participle'],
      ['en', 'Hopeful that the talks resume', 'preamble', 'adjective'],
      ['en', 'Saddened by the loss of life', 'preamble', 'past-participle'],
      ['en', 'Having reaffirmed its commitment', 'preamble', 'perfect'],
      ['en', 'Reconfirms its commitment', 'operative', 'present'],
      ['en', 'Applies the rules', 'operative', 'present'],
      ['fr', 'Commémorant le soixante-quinzième anniversaire', 'preamble', 'participle'],
      ['fr', 'Attristée par les pertes', 'preamble', 'past-participle'],
      ['fr', 'Heureuse de constater', 'preamble', 'adjective'],
      ['fr', 'Ayant analysé le rapport', 'preamble', 'perfect'],
      ['fr', 'Se prononçant en faveur', 'preamble', 'participle'],
      ['fr', 'Réexamine la situation', 'operative', 'present'],
      ['fr', 'Se prononce en faveur', 'operative', 'present'],
      ['fr', 'S’interroge sur', 'operative', 'present'],
      ['fr', 'Établit un groupe', 'operative', 'present'],
      ['fr', 'S’en tient au calendrier', 'operative', 'present'],
      ['es', 'Conmemorando el aniversario', 'preamble', 'participle'],
      ['es', 'Consternada por la pérdida', 'preamble', 'past-participle'],
      ['es', 'Habiendo analizado el informe', 'preamble', 'perfect'],
      ['es', 'Orgullosa de los progresos', 'preamble', 'adjective'],
      ['es', 'Reexamina la situación', 'operative', 'present'],
      ['es', 'Se congratula de', 'operative', 'present'],
      ['es', 'Promueve el diálogo', 'operative', 'present'],
    ];
    for (const [language, phrase, kind, form] of FORMS) {
      it(`reads "${phrase}" (${language}) as a ${form}, a ${kind} opening`, () => {
        // In no list: without the fallback nothing matches, so the form is what recognises it.
        assert.equal(match(language, phrase), undefined);
        const m = read(language, phrase);
        assert.equal(m?.entry.form, form);
        assert.equal(m?.entry.kind, kind);
        // Asked for the other part, the form does not fit.
        assert.equal(read(language, phrase, kind === 'preamble' ? 'operative' : 'preamble'), undefined);
      });
    }

    it('reads modifiers on either side of a phrase recognised by its form', () => {
      for (const [language, phrase, start, wordCount] of [
        ['en', 'Also reconfirms its commitment', 1, 2],
        ['en', 'Reconfirms once again its commitment', 0, 3],
        ['fr', 'Réexamine également la situation', 0, 2],
        ['fr', 'Commémorant à nouveau les victimes', 0, 3],
        ['es', 'Conmemorando además el aniversario', 0, 2],
      ] as const) {
        const m = read(language, phrase);
        assert.ok(m?.entry.form, phrase);
        assert.equal(m.start, start, phrase);
        assert.equal(m.wordCount, wordCount, phrase);
      }
    });

    it('gives an adjective or participle read by its form both genders', () => {
      for (const [language, word, gender, other] of [
        ['fr', 'Attristée', 'f', 'Attristé'],
        ['fr', 'Attristé', 'm', 'Attristée'],
        ['fr', 'Heureuse', 'f', 'Heureux'],
        ['es', 'Consternado', 'm', 'Consternada'],
        ['es', 'Orgullosa', 'f', 'Orgulloso'],
        // One letter from the listed "Reconnaissant", as its feminine: no typing slip.
        ['fr', 'Reconnaissante', 'f', 'Reconnaissant'],
        ['es', 'Vigilante', undefined, undefined],
      ] as const) {
        const entry = read(language, word)?.entry;
        assert.equal(entry?.gender, gender, word);
        assert.equal(entry?.otherGender, other, word);
      }
      // English has no gender, and a French participle of a perfect agrees with its object, not the organ.
      assert.equal(read('en', 'Saddened')?.entry.gender, undefined);
      assert.equal(read('fr', 'Ayant analysé')?.entry.gender, undefined);
    });

    it('never takes a plain word for a leading phrase', () => {
      for (const [language, text] of [
        ['en', 'The situation'], ['en', 'In this regard'], ['en', 'It is'], ['en', 'This resolution'], ['en', 'A report'],
        ['en', 'During the session'], ['en', 'Whereas the'], ['en', 'Members of the'],
        ['fr', 'Le rapport'], ['fr', 'La situation'], ['fr', 'Les États'], ['fr', 'Entre les'], ['fr', 'Pendant la'],
        ['fr', 'Annexe'], ['es', 'El informe'], ['es', 'La situación'], ['es', 'Los Estados'], ['es', 'Sobre la'],
        ['es', 'Asamblea General'],
      ] as const) {
        assert.equal(read(language, text), undefined, `${language}: ${text}`);
      }
    });

    it('leaves truly ambiguous endings unread, in both parts', () => {
      // Each could be a verb ("Évalue", "Mejora", "Denuncia") or an adjective or noun ("Résolue", "Conocedora").
      for (const [language, word] of [['fr', 'Évalue'], ['fr', 'Active'], ['fr', 'Présente'], ['es', 'Mejora'], ['es', 'Siente'], ['es', 'Denuncia']] as const) {
        assert.equal(read(language, word), undefined, word);
      }
    });

    it('takes a word one letter away from a listed one for a typing slip, not for a new word', () => {
      for (const [language, word] of [['en', 'Requets'], ['en', 'Welcomed'], ['fr', 'Demmande'], ['fr', 'Rapelant'], ['es', 'Exorta'], ['es', 'Recordado']] as const) {
        assert.equal(read(language, word), undefined, word);
        // …and the suggestion still finds the listed word it was meant to be.
        assert.ok(lexiconFor(language).suggest(word, 'operative') ?? lexiconFor(language).suggest(word, 'preamble'), word);
      }
    });

    it('never reads a listed word as the other part by its ending', () => {
      for (const language of LANGUAGES) {
        const lexicon = lexiconFor(language);
        const wrong = lexicon.entries
          .filter((e) => e.words.length === 1)
          .filter((e) => read(language, e.key, e.kind === 'preamble' ? 'operative' : 'preamble') !== undefined)
          .map((e) => e.text);
        assert.deepEqual(wrong, [], language);
      }
    });

    it('is only a fallback: a listed phrase is read from the list, with its concept', () => {
      const m = read('en', 'Recalling its resolution');
      assert.equal(m?.entry.form, undefined);
      assert.equal(m?.entry.concept, 'recall');
      assert.equal(read('fr', 'Préconise')?.entry.form, undefined);
    });
  });

  describe('wrong tenses read by their ending', () => {
    it('derives the operative verb a participle or past tense stands for', () => {
      for (const [language, word, concept] of [
        ['en', 'urging', 'urge'],
        ['en', 'stressed', 'stress'],
        ['en', 'requesting', 'request'],
        ['fr', 'exhortant', 'urge'],
        ['fr', 'prié', 'request'],
        ['es', 'solicitando', 'request'],
        ['es', 'condenado', 'condemn'],
      ] as const) {
        const wrong = lexiconFor(language).matchWrongOperative([word, 'the']);
        assert.equal(wrong?.concept, concept, word);
        assert.equal(wrong?.derived, true, word);
      }
    });

    it('prefers the listed wrong forms, and finds none in a present', () => {
      assert.equal(lexiconFor('en').matchWrongOperative(['requested'])?.derived, undefined);
      assert.equal(lexiconFor('es').matchWrongOperative(['decidiendo'])?.derived, undefined);
      assert.equal(lexiconFor('en').matchWrongOperative(['recommits']), undefined);
      assert.equal(lexiconFor('fr').matchWrongOperative(['honorant']), undefined);
    });
  });
});
