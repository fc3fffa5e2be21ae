/**
 * Names of spoken languages, in English and as their speakers write them, so a skills list that
 * names one with its level ("French (native)", "Deutsch (fluent)") keeps it as written.
 */
const names = new Set(
  [
    'english', 'french', 'spanish', 'german', 'italian', 'portuguese', 'dutch', 'polish', 'czech', 'slovak',
    'hungarian', 'romanian', 'bulgarian', 'greek', 'turkish', 'russian', 'ukrainian', 'swedish', 'norwegian',
    'danish', 'finnish', 'icelandic', 'irish', 'welsh', 'catalan', 'basque', 'galician', 'croatian', 'serbian',
    'slovenian', 'lithuanian', 'latvian', 'estonian', 'arabic', 'hebrew', 'persian', 'farsi', 'urdu', 'hindi',
    'bengali', 'punjabi', 'tamil', 'telugu', 'marathi', 'gujarati', 'kannada', 'malayalam', 'mandarin',
    'cantonese', 'chinese', 'japanese', 'korean', 'vietnamese', 'thai', 'indonesian', 'malay', 'tagalog',
    'filipino', 'swahili', 'yoruba', 'igbo', 'hausa', 'amharic', 'zulu', 'xhosa', 'afrikaans', 'sign language',
    'français', 'español', 'deutsch', 'italiano', 'português', 'nederlands', 'polski', 'čeština', 'magyar',
    'svenska', 'norsk', 'dansk', 'suomi', 'gaeilge', 'cymraeg', 'català', 'türkçe', 'русский', 'ελληνικά',
    'inglés', 'francés', 'alemán', 'englisch', 'französisch', 'spanisch', 'anglais', 'espagnol', 'allemand',
    'cebuano', 'ilocano', 'somali', 'tigrinya', 'oromo', 'pashto', 'dari', 'kurdish', 'nepali', 'sinhala', 'burmese',
    'khmer', 'mongolian', 'albanian', 'macedonian', 'bosnian', 'belarusian', 'georgian', 'armenian', 'azerbaijani',
    'kazakh', 'uzbek', 'twi', 'shona', 'wolof', 'lingala', 'kinyarwanda', 'maltese', 'luxembourgish',
    'engels', 'frans', 'duits', 'inglês', 'francês', 'espanhol', 'alemão', 'angielski', 'niemiecki',
  ].map((name) => name.normalize('NFC')),
);

/**
 * Whether `text` is the name of a spoken language ("English", "Español", "Sign language").
 *
 * @example
 * isSpokenLanguage('Portuguese'); // true
 * isSpokenLanguage('Python'); // false
 */
export function isSpokenLanguage(text: string): boolean {
  return names.has(text.normalize('NFC').trim().toLowerCase());
}
