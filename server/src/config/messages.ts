import { defineMessages } from '../messages';

/** What a person reads about their configuration file, in the editor and on the command line. */
export const CONFIG_MESSAGES = defineMessages({
  syntax: {
    en: 'This configuration file cannot be read ({error}); unres uses its default settings until it is corrected.',
    fr: 'Ce fichier de configuration est illisible ({error}) ; unres applique ses réglages par défaut jusqu’à ce qu’il soit corrigé.',
    es: 'Este archivo de configuración no se puede leer ({error}); unres aplica su configuración predeterminada hasta que se corrija.',
  },
  notObject: {
    en: 'The configuration must be an object: { "rules": { … } }.',
    fr: 'La configuration doit être un objet : { "rules": { … } }.',
    es: 'La configuración debe ser un objeto: { "rules": { … } }.',
  },
  unknownKey: {
    en: 'Unknown setting "{key}" (known: {known}).',
    fr: 'Réglage inconnu « {key} » (réglages connus : {known}).',
    es: 'Ajuste desconocido «{key}» (ajustes conocidos: {known}).',
  },
  unknownRule: {
    en: 'Unknown rule "{code}" (the command "unres rules" lists them).',
    fr: 'Règle inconnue « {code} » (la commande « unres rules » les énumère).',
    es: 'Regla desconocida «{code}» (el comando «unres rules» las enumera).',
  },
  badSeverity: {
    en: 'A rule is set to error, warning, information, hint or off.',
    fr: 'Une règle prend la valeur error, warning, information, hint ou off.',
    es: 'Una regla toma el valor error, warning, information, hint u off.',
  },
  badLanguage: {
    en: 'The language is auto, en, fr or es.',
    fr: 'La langue est auto, en, fr ou es.',
    es: 'El idioma es auto, en, fr o es.',
  },
  badString: {
    en: '"{key}" takes a text value.',
    fr: '« {key} » prend un texte.',
    es: '«{key}» toma un texto.',
  },
  badList: {
    en: '"{key}" takes a list of texts, such as ["drafts/old/**"].',
    fr: '« {key} » prend une liste de textes, par exemple ["drafts/old/**"].',
    es: '«{key}» toma una lista de textos, por ejemplo ["drafts/old/**"].',
  },
  badVersions: {
    en: '"versions" takes a list of globs or an object.',
    fr: '« versions » prend une liste de motifs ou un objet.',
    es: '«versions» toma una lista de patrones o un objeto.',
  },
  badOverride: {
    en: 'An override is an object with "files" and the settings it changes: { "files": "drafts/**", "rules": { … } }.',
    fr: 'Une dérogation est un objet avec "files" et les réglages qu’elle change : { "files": "drafts/**", "rules": { … } }.',
    es: 'Una excepción es un objeto con "files" y los ajustes que cambia: { "files": "drafts/**", "rules": { … } }.',
  },
  extendsMissing: {
    en: 'The file to extend, {file}, cannot be read.',
    fr: 'Le fichier à étendre, {file}, est illisible.',
    es: 'El archivo que se extiende, {file}, no se puede leer.',
  },
  extendsCycle: {
    en: 'This file extends itself through {file}; that step is skipped.',
    fr: 'Ce fichier s’étend lui-même par {file} ; cette étape est ignorée.',
    es: 'Este archivo se extiende a sí mismo a través de {file}; ese paso se omite.',
  },
  untrusted: {
    en: '"{key}" is ignored because the workspace is not trusted: it names a file to read.',
    fr: '« {key} » est ignoré car l’espace de travail n’est pas approuvé : il désigne un fichier à lire.',
    es: '«{key}» se ignora porque el área de trabajo no es de confianza: designa un archivo que leer.',
  },
});
