/** Fields of work as people name them: "jobs in tech", "I work in construction". */
const fields =
  /^(?:tech|technology|software|it|data|data science|machine learning|ml|ai|marketing|sales|finance|fintech|healthcare|health|design|product|engineering|education|government|crypto|web3|gaming|media|retail|hr|operations|security|cybersecurity|devops|research|consulting|nonprofits?|startups?|biotech|legal|customer support|support|hospitality|construction|logistics|warehousing|manufacturing|transport|care|social care|nursing|teaching|cleaning|catering|tourism|agriculture|farming|accounting|accountancy|bookkeeping|admin|administration|insurance|banking|real estate|property|aviation|shipping|mining|energy|telecoms?|pharma|childcare|elderly care|security work|recruitment|journalism|publishing|architecture|law|medicine|dentistry|pharmacy|plumbing|carpentry|joinery|welding|roofing|painting|landscaping|gardening|electrics|electrical work|hairdressing|baking|cooking|hvac)$/;

/**
 * Whether words name a field of work rather than a place: "jobs in tech" is a kind of job,
 * "jobs in Berlin" a place.
 *
 * @example
 * isFieldOfWork('construction'); // true
 * isFieldOfWork('Berlin'); // false
 */
export function isFieldOfWork(words: string): boolean {
  return fields.test(words.trim().toLowerCase());
}
