/**
 * A job title read in English words, for the field and the level it names: "Frontend-Entwickler*in"
 * is a frontend developer, "Gestionnaire de produit" a product manager, "Desarrollador/a backend
 * Sr." a senior backend developer, "Ingénieur(e) logiciel principal(e)" a principal software
 * engineer. Titles in German, French, Spanish, Portuguese and Italian write the role's gender
 * into the word ("*in", ":in", "/in", "(e)", "·euse", "/a", "(a)") or name both forms; the words
 * are read through those forms, then the role's words put in English. The title shown to the
 * person is never changed: this reading only feeds the classifiers.
 */

// Gender forms written into a word, removed back to its base: "Entwickler*in", "Entwickler:innen",
// "Entwickler/-in", "EntwicklerIn", "Ingénieur(e)", "Développeur·euse", "développeur.se",
// "Desarrollador/a", "Desenvolvedor(a)".
const genderForms: readonly (readonly [RegExp, string])[] = [
  [/(\p{L})(?:\*|:|_|\/-?|\(-?)in(?:nen)?\)?(?![\p{L}])/gu, '$1'],
  [/(\p{L}er)In(?:nen)?(?![\p{L}])/gu, '$1'],
  [/(\p{L})\((?:e|es|se|euse|rice|trice|ne|le|fe|ffe|a|as|o|os)\)(?![\p{L}])/gu, '$1'],
  [/(\p{L})[·•./](?:e|es|se|euse|euses|rice|trice|ne|le)(?![\p{L}])/gu, '$1'],
  [/(\p{L}[oe]r)\/(?:a|as|ora)(?![\p{L}])/gu, '$1'],
];

// Role words and phrases, longest first; each said the English way. Feminine forms map as the base does.
const roleWords: readonly (readonly [RegExp, string])[] = [
  [/\b(?:gestionnaire|chef|responsable|propriétaire)s?\s+(?:de\s+)?(?:produits?)\b/giu, 'product manager'],
  [/\b(?:gerente|jef[ae]|responsable|dueñ[oa])\s+de\s+(?:producto|produto)\b/giu, 'product manager'],
  [/\bprodukt(?:manager|managerin|verantwortliche[rn]?)\b/giu, 'product manager'],
  [/\bproduct\s*owner\b/giu, 'product owner'],
  [/\b(?:chef|gestionnaire|responsable)s?\s+de\s+projets?\b/giu, 'project manager'],
  [/\b(?:gerente|jef[ae])\s+de\s+(?:proyectos?|projetos?)\b/giu, 'project manager'],
  [/\bprojekt(?:manager|managerin|leiter|leiterin)\b/giu, 'project manager'],
  // Compounds: "Frontend-Entwickler", "Softwareentwickler", "Backendentwickler", "Datenanalyst".
  [/(?<![\p{L}])(\p{L}+?)-?entwickler(?:in|innen)?(?![\p{L}])/giu, '$1 developer'],
  [/(?<![\p{L}])(?:entwickler(?:in|innen)?|développeu(?:r|se)s?|developpeu(?:r|se)s?|desarrollador(?:a|es|as)?|desenvolvedor(?:a|es|as)?|sviluppat(?:ore|rice|ori))(?![\p{L}])/giu, 'developer'],
  [/(?<![\p{L}])(?:programmierer(?:in)?|programmeu(?:r|se)|programador(?:a)?|programmat(?:ore|rice))(?![\p{L}])/giu, 'programmer'],
  [/(?<![\p{L}])(?:ingénieu(?:r|re)s?|ingenieu(?:r|re)s?|ingenieur(?:in)?|ingenier[oa]s?|engenheir[oa]s?|ingegner[ei])(?![\p{L}])/giu, 'engineer'],
  [/(?<![\p{L}])(?:de\s+)?(?:logiciels?|softwares?)(?![\p{L}])/giu, 'software'],
  [/(?<![\p{L}])(?:d['’]\s*)?(?:analyste|analista|datenanalyst(?:in)?)(?![\p{L}])/giu, 'analyst'],
  [/(?<![\p{L}])(?:de\s+|des\s+)?(?:données|datos|dados|daten|dati)(?![\p{L}])/giu, 'data'],
  [/(?<![\p{L}])(?:concepteu(?:r|se)|diseñador(?:a)?|designerin|projetista)(?![\p{L}])/giu, 'designer'],
  [/(?<![\p{L}])(?:infirmi(?:er|ère)s?|enfermer[oa]s?|enfermeir[oa]s?|infermier[ea]|krankenpfleger(?:in)?|pflegefachkraft|pflegefachfrau|pflegefachmann|gesundheits-\s*und\s*krankenpfleger(?:in)?)(?![\p{L}])/giu, 'nurse'],
  // Levels: "Sénior", "Júnior", "confirmé(e)", "débutant(e)", "pleno", "semi senior", "stagiaire", "becario", "estagiário".
  [/(?<![\p{L}])(?:s[ée]nior|chevronn[ée])(?![\p{L}])/giu, 'senior'],
  [/(?<![\p{L}])(?:j[úu]nior|débutant|debutant)(?![\p{L}])/giu, 'junior'],
  [/(?<![\p{L}])(?:confirm[ée]|pleno|semi[\s-]?senior|ssr)(?![\p{L}])/giu, 'mid-level'],
  [/(?<![\p{L}])(?:stagiaire|becari[oa]|estagiári[oa]|tirocinante|alternant)(?![\p{L}])/giu, 'intern'],
  [/(?<![\p{L}])principa(?:le|les|ux)(?![\p{L}])/giu, 'principal'],
];

/**
 * The title's words in English, its gender forms read to their base.
 *
 * @example
 * titleInEnglish('Frontend-Entwickler*in'); // 'Frontend developer'
 * titleInEnglish('Ingénieur(e) logiciel principal(e)'); // 'engineer software principal'
 * titleInEnglish('Gestionnaire de produit'); // 'product manager'
 */
export function titleInEnglish(title: string): string {
  let read = title;
  for (const [form, base] of genderForms) read = read.replace(form, base);
  for (const [words, english] of roleWords) read = read.replace(words, english);
  return read.replace(/\s{2,}/g, ' ').trim();
}
