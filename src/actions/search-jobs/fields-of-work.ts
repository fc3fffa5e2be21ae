/** Fields of work as people name them: "jobs in tech", "I work in construction". */
const fields =
  /^(?:tech|technology|software|it|data|data science|machine learning|ml|ai|marketing|sales|finance|fintech|healthcare|health|design|product|engineering|education|government|crypto|web3|gaming|media|retail|hr|operations|security|cybersecurity|devops|research|consulting|nonprofits?|startups?|biotech|legal|customer support|support|hospitality|construction|logistics|warehousing|manufacturing|transport|care|social care|nursing|teaching|cleaning|catering|tourism|agriculture|farming|accounting|accountancy|bookkeeping|admin|administration|insurance|banking|real estate|property|aviation|shipping|mining|energy|telecoms?|pharma|childcare|elderly care|security work|recruitment|journalism|publishing|architecture|law|medicine|dentistry|pharmacy|plumbing|carpentry|joinery|welding|roofing|painting|landscaping|gardening|electrics|electrical work|hairdressing|baking|cooking|hvac|procurement|purchasing|supply chain|facilities|events|fundraising|translation|copywriting|social media|graphic design|web design|photography|fitness|beauty|tiling|plastering|bricklaying|scaffolding|decorating|painting and decorating|glazing|flooring|masonry|drywall|groundworks|demolition|forestry|horticulture|payroll|tax|audit|compliance|customer service|call centre|call center|reception|driving|delivery|deliveries|warehouse|warehouse work|machining|fabrication|automotive|mechanics|veterinary|dental|pharmaceuticals|quality assurance|qa|testing)$/;

/**
 * Whether words name a field of work rather than a place: "jobs in tech" is a kind of job,
 * "jobs in Berlin" a place.
 *
 * @example
 * isFieldOfWork('construction'); // true
 * isFieldOfWork('Berlin'); // false
 */
export function isFieldOfWork(words: string): boolean {
  const said = words.trim().toLowerCase();
  return fields.test(said) || sectors.test(said);
}

/** Sectors said as a kind of company: "healthtech", "climate tech", "b2b saas", "e-commerce" (never a place). */
const sectors =
  /^(?:\p{L}{2,}[- ]?tech|(?:b2b\s+|b2c\s+)?saas|e-?commerce|life\s+sciences|medical\s+devices|medtech|climate|sustainability|renewables?|clean\s+energy|public\s+sector|charit(?:y|ies)|ngos?|non-?profit|third\s+sector|(?:health|clinical)\s+informatics|health\s+it|defen[cs]e|aerospace|automotive|fashion|luxury|food\s+and\s+drink|fmcg|consumer\s+goods|hospitality\s+tech|travel|utilities|oil\s+and\s+gas)$/u;
