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
  // German writes a field into the role's word: "Logistikkoordinatorin", "Prozessingenieur", "Lagermitarbeiter".
  [/(?<![\p{L}])(\p{L}{3,})-?(ingenieur|koordinator|leiter|mitarbeiter|planer)(in|innen)?(?![\p{L}])/giu, '$1 $2$3'],
  [/\b(?:gestionnaire|chef|responsable|propriétaire)s?\s+(?:de\s+)?(?:produits?)\b/giu, 'product manager'],
  [/\b(?:gerente|jef[ae]|responsable|dueñ[oa])\s+de\s+(?:producto|produto)\b/giu, 'product manager'],
  [/\bprodukt(?:manager|managerin|verantwortliche[rn]?)\b/giu, 'product manager'],
  [/\bproduct\s*owner\b/giu, 'product owner'],
  [/\b(?:chef|gestionnaire|responsable)s?\s+de\s+projets?\b/giu, 'project manager'],
  [/(?<![\p{L}])(?:gerente|jef[ae]|gestor(?:a)?|coordenador(?:a)?|coordinador(?:a)?)\s+de\s+(?:proyectos?|projetos?|projectos?)(?![\p{L}])/giu, 'project manager'],
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
  [/(?<![\p{L}])(?:infirmi(?:er|ère)s?|enfermer[oa]s?|enfermeir[oa]s?|infermier[ea]|krankenschwester|krankenpfleger(?:in)?|pflegefachkraft|pflegefachfrau|pflegefachmann|gesundheits-\s*und\s*krankenpfleger(?:in)?)(?![\p{L}])/giu, 'nurse'],
  // The role words of the titles people outside software hold, so a title in another language
  // reads in its field as the same title in English does ("Coordenadora de Logística" is a
  // logistics coordinator, "Buchhalterin" an accountant, "Ingeniero de Procesos" a process engineer).
  [/(?<![\p{L}])schicht\s*leiter(?:in)?(?![\p{L}])/giu, 'shift lead'],
  [/(?<![\p{L}])(?:team|gruppen)\s*leiter(?:in)?(?![\p{L}])/giu, 'team lead'],
  [/(?<![\p{L}])(?:chefe\s+de\s+cozinha|jef[ae]\s+de\s+cocina|chef\s+de\s+cuisine|k[üu]chenchef(?:in)?|capo\s+cuoco)(?![\p{L}])/giu, 'head chef'],
  [/(?<![\p{L}])(?:sub-?chefe|subchef|segundo\s+chef|sous-chef|sottochef)(?![\p{L}])/giu, 'sous chef'],
  [/(?<![\p{L}])(?:cozinha|cocina|cuisine|k[üu]che|cucina)(?![\p{L}])/giu, 'kitchen'],
  [/(?<![\p{L}])(?:log[íi]stica|logistique|logistiks?|logistica)(?![\p{L}])/giu, 'logistics'],
  [/(?<![\p{L}])(?:coordenador(?:a|es|as)?|coordinador(?:a|es|as)?|coordinat(?:eur|rice|ore|rici|ori)s?|koordinator(?:in|innen)?)(?![\p{L}])/giu, 'coordinator'],
  [/(?<![\p{L}])(?:armaz[ée]m|almac[ée]n|entrep[ôo]t|magazzino|lager|lagerist(?:in)?)(?![\p{L}])/giu, 'warehouse'],
  [/(?<![\p{L}])(?:cadeia\s+de\s+(?:abastecimento|suprimentos)|cadena\s+de\s+suministro|cha[îi]ne\s+logistique|supply[\s-]chain|lieferkette)(?![\p{L}])/giu, 'supply chain'],
  [/(?<![\p{L}])(?:transportes?|trasporti)(?![\p{L}])/giu, 'transport'],
  [/(?<![\p{L}])(?:compras|achats|einkaufs?|acquisti)(?![\p{L}])/giu, 'purchasing'],
  [/(?<![\p{L}])(?:comprador(?:a)?|acheteu(?:r|se)|eink[äa]ufer(?:in)?|buyer)(?![\p{L}])/giu, 'buyer'],
  [/(?<![\p{L}])(?:planeador(?:a)?|planificador(?:a)?|planejador(?:a)?|planificat(?:eur|rice)|planer|pianificat(?:ore|rice))(?![\p{L}])/giu, 'planner'],
  [/(?<![\p{L}])(?:contabilista|contador(?:a)?|contable|comptable|buchhalter(?:in)?|contabile|ragioniere)(?![\p{L}])/giu, 'accountant'],
  [/(?<![\p{L}])(?:contabilidad[e]?|comptabilit[ée]|buchhaltung|contabilit[àa]|finan[cç]as|finanzas|finance|finanzen|finanza|financeir[oa]|financier[oa]?)(?![\p{L}])/giu, 'finance'],
  [/(?<![\p{L}])(?:professor(?:a|es|as)?|profesor(?:a|es|as)?|enseignant(?:e|es|s)?|lehrer(?:in|innen)?|insegnante|docente)(?![\p{L}])/giu, 'teacher'],
  [/(?<![\p{L}])(?:cozinheir[oa]|cociner[oa]|cuisini(?:er|ère)|k[öo]ch(?:in)?|koch|cuoc[oa])(?![\p{L}])/giu, 'cook'],
  [/(?<![\p{L}])(?:eletricista|electricista|[ée]lectricien(?:ne)?|elektriker(?:in)?|elettricista)(?![\p{L}])/giu, 'electrician'],
  [/(?<![\p{L}])(?:canalizador|fontaner[oa]|plombier|klempner(?:in)?|sanit[äa]rinstallateur(?:in)?|idraulico)(?![\p{L}])/giu, 'plumber'],
  // The metal trades: "Schweißer", "Soudeur", "Spawacz-monter", "Lasser", "Sveiser", "Konstruktionsmechaniker", "Rohrschlosser".
  [/(?<![\p{L}])(?:schwei(?:ß|ss)er(?:in)?|soudeu(?:r|se)s?|soldador(?:a|es|as)?|saldat(?:ore|rice|ori)|spawacz(?:ka|e)?|lasser|sveiser|svetsare|svejser|hitsaaja)(?![\p{L}])/giu, 'welder'],
  [/(?<![\p{L}])(?:rohr(?:schlosser|leitungsbauer)(?:in)?|tuyauteu(?:r|se)|tubero|monter\s+rurociągów)(?![\p{L}])/giu, 'pipefitter'],
  [/(?<![\p{L}])(?:konstruktionsmechaniker(?:in)?|metallbauer(?:in)?|schlosser(?:in)?|chaudronni(?:er|ère)|calderer[oa]|ślusarz)(?![\p{L}])/giu, 'fabricator'],
  [/(?<![\p{L}])(?:monter|montaż(?:ysta)?|monteur(?:in)?)(?![\p{L}])/giu, 'fitter'],
  [/(?<![\p{L}])(?:motorista|ch[óo]fer|fahrer(?:in)?|berufskraftfahrer(?:in)?|autista)(?![\p{L}])/giu, 'driver'],
  [/(?<![\p{L}])(?:vendedor(?:a)?|vendeu(?:r|se)|verk[äa]ufer(?:in)?|venditore|commerciale|comercial)(?![\p{L}])/giu, 'sales representative'],
  [/(?<![\p{L}])(?:vendas|ventas|ventes|vertrieb|vendite)(?![\p{L}])/giu, 'sales'],
  [/(?<![\p{L}])(?:recepcionista|r[ée]ceptionniste|rezeptionist(?:in)?|receptionist[a]?|receptionist)(?![\p{L}])/giu, 'receptionist'],
  [/(?<![\p{L}])(?:recursos\s+humanos|ressources\s+humaines|risorse\s+umane|personalwesen|personalabteilung|rrhh)(?![\p{L}])/giu, 'human resources'],
  [/(?<![\p{L}])(?:recrutador(?:a)?|reclutador(?:a)?|recruteu(?:r|se)|personalvermittler(?:in)?|selezionatore)(?![\p{L}])/giu, 'recruiter'],
  [/(?<![\p{L}])(?:enfermagem|enfermer[íi]a|soins\s+infirmiers|krankenpflege|infermieristic[ao])(?![\p{L}])/giu, 'nursing'],
  [/(?<![\p{L}])(?:altenpfleger(?:in)?|pflegehelfer(?:in)?|pflegekraft|aide[\s-]soignante?|cuidador(?:a)?|auxiliar\s+de\s+(?:enfermagem|enfermer[íi]a|geriatria|sa[úu]de)|operatore\s+socio[\s-]sanitario)(?![\p{L}])/giu, 'care assistant'],
  [/(?<![\p{L}])(?:m[ée]dic[oa]|m[ée]decin|[äa]rztin|arzt)(?![\p{L}])/giu, 'physician'],
  [/(?<![\p{L}])(?:farmac[êe]utic[oa]|pharmacien(?:ne)?|apotheker(?:in)?|farmacista)(?![\p{L}])/giu, 'pharmacist'],
  [/(?<![\p{L}])(?:fisioterapeuta|kin[ée]sith[ée]rapeute|physiotherapeut(?:in)?|fisioterapista)(?![\p{L}])/giu, 'physiotherapist'],
  [/(?<![\p{L}])(?:advogad[oa]|abogad[oa]|avocat(?:e)?|rechtsanw[äa]lt(?:in)?|anwalt|anw[äa]ltin|avvocat[oa])(?![\p{L}])/giu, 'lawyer'],
  [/(?<![\p{L}])(?:mec[âa]nic[oa]|m[ée]canicien(?:ne)?|mechaniker(?:in)?|meccanico)(?![\p{L}])/giu, 'mechanic'],
  [/(?<![\p{L}])(?:manuten[çc][ãa]o|mantenimiento|maintenance|instandhaltung|wartung|manutenzione)(?![\p{L}])/giu, 'maintenance'],
  [/(?<![\p{L}])(?:processos|procesos|proc[ée]d[ée]s|processus|prozess|prozesse|processi|processo|proceso)(?![\p{L}])/giu, 'process'],
  // French "de fabrication" is production ("Chef de fabrication"); an English "Fabrication" is metal work ("Steel Fabrication Lead").
  [/(?<![\p{L}])(?:produ[çc][ãa]o|producci[óo]n|(?<=\bde\s)fabrication|produktion|produzione)(?![\p{L}])/giu, 'production'],
  [/(?<![\p{L}])(?:mec[âa]nica|mec[áa]nic[oa]|m[ée]canique|maschinenbau|meccanic[ao])(?![\p{L}])/giu, 'mechanical'],
  [/(?<![\p{L}])(?:qu[íi]mic[oa]|chimique|chemie|chimic[oa])(?![\p{L}])/giu, 'chemical'],
  // German engineering compounds name the domain first: "Batteriesysteme", "Antriebsstrang", "Kalibrieringenieur", "Konstruktionsingenieur" (a design engineer), "Elektrotechnik".
  [/(?<![\p{L}])batterie\p{L}*(?![\p{L}])/giu, 'battery'],
  [/(?<![\p{L}])antrieb\p{L}*(?![\p{L}])/giu, 'powertrain'],
  [/(?<![\p{L}])kalibrier\p{L}*(?![\p{L}])/giu, 'calibration'],
  [/(?<![\p{L}])konstruktions?(?![\p{L}])/giu, 'design'],
  [/(?<![\p{L}])entwicklungs(?![\p{L}])/giu, 'development'],
  [/(?<![\p{L}])(?:thermomanagement|w[äa]rmemanagement)(?![\p{L}])/giu, 'thermal'],
  [/(?<![\p{L}])fahrzeug\p{L}*(?![\p{L}])/giu, 'automotive'],
  [/(?<![\p{L}])elektro(?:technik)?(?![\p{L}])/giu, 'electrical'],
  [/(?<![\p{L}])mercadotecnia(?![\p{L}])/giu, 'marketing'],
  [/(?<![\p{L}])(?:atendimento\s+ao\s+cliente|atenci[óo]n\s+al\s+cliente|service\s+client(?:s|èle)?|kundenservice|kundendienst|assistenza\s+clienti)(?![\p{L}])/giu, 'customer service'],
  // Words that name a role but no field, so the title is read by what its job did ("Consultora", "Técnica", "Sócio").
  [/(?<![\p{L}])(?:consultor(?:a|es|as)?|consultant(?:e|es|s)?|berater(?:in)?|consulente)(?![\p{L}])/giu, 'consultant'],
  [/(?<![\p{L}])(?:especialista|sp[ée]cialiste|spezialist(?:in)?|specialista)(?![\p{L}])/giu, 'specialist'],
  [/(?<![\p{L}])(?:t[ée]cnic[oa]|technicien(?:ne)?|techniker(?:in)?|tecnico)(?![\p{L}])/giu, 'technician'],
  [/(?<![\p{L}])(?:assistente|asistente|assistant(?:e)?|assistent(?:in)?|auxiliar)(?![\p{L}])/giu, 'assistant'],
  [/(?<![\p{L}])(?:administrativ[oa]|administrati(?:f|ve)|amministrativ[oa]|sachbearbeiter(?:in)?|verwaltung)(?![\p{L}])/giu, 'administrative'],
  [/(?<![\p{L}])(?:operador(?:a)?|op[ée]rat(?:eur|rice)|operat(?:ore|rice))(?![\p{L}])/giu, 'operator'],
  [/(?<![\p{L}])(?:gestor(?:a)?|gerente|leiter(?:in)?|direttore|direttrice)(?![\p{L}])/giu, 'manager'],
  [/(?<![\p{L}])(?:mitarbeiter(?:in)?|fachkraft|funcion[áa]ri[oa]|emplead[oa]|employ[ée]e?|impiegat[oa]|colaborador(?:a)?)(?![\p{L}])/giu, 'associate'],
  [/(?<![\p{L}])(?:fundador(?:a)?|fondat(?:eur|rice|ore)|gr[üu]nder(?:in)?)(?![\p{L}])/giu, 'founder'],
  // Levels: "Sénior", "Júnior", "confirmé(e)", "débutant(e)", "pleno", "semi senior", "stagiaire", "becario", "estagiário".
  [/(?<![\p{L}])(?:s[ée]nior|chevronn[ée])(?![\p{L}])/giu, 'senior'],
  [/(?<![\p{L}])(?:j[úu]nior|débutant|debutant)(?![\p{L}])/giu, 'junior'],
  [/(?<![\p{L}])(?:confirm[ée]|pleno|semi[\s-]?senior|ssr)(?![\p{L}])/giu, 'mid-level'],
  [/(?<![\p{L}])(?:stagiaire|becari[oa]|estagiári[oa]|tirocinante|alternant)(?![\p{L}])/giu, 'intern'],
  [/(?<![\p{L}])principa(?:le|les|ux)(?![\p{L}])/giu, 'principal'],
];

// Romance titles put the discipline after the role ("engineer process" from "Ingeniero de Procesos"): English puts it first.
const disciplineAfterRole = /\b(engineer|analyst|manager|coordinator|technician|specialist|assistant|operator|planner)\s+(?:of\s+)?(process|production|quality|maintenance|mechanical|civil|chemical|logistics|warehouse|transport|purchasing|supply chain|finance|sales|marketing|human resources|customer service|nursing|data|software)\b/giu;


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
  // The joining words between a role and its field ("Coordenadora de Logística", "Responsable des achats").
  read = read.replace(/(?<![\p{L}])(?<!chef\s+)(?:(?:de|da|do|das|dos|des|du|di|della|del|dei|der)\s+|d['’]\s*)(?=\p{L})/giu, '');
  read = read.replace(disciplineAfterRole, '$2 $1');
  return read.replace(/\s{2,}/g, ' ').trim();
}
