import { endsWithRoleWord } from '../../resume/sections/classify-entry-part.ts';
import { isFieldOfWork } from './fields-of-work.ts';

/** What short pieces after a search's first words add: the trade, or where. */
export interface SearchAsides {
  /** The words left once the pieces read here are taken out. */
  rest: string;
  /** A trade named in a piece of its own: "…, forklift driver, …". */
  role?: string;
  /** A place named in a piece of its own: "…, anywhere around Leipzig is fine". */
  place?: string;
  /** The place narrows one said before: "in Poland, Wrocław region". */
  narrower?: boolean;
}

/** Words no trade said alone has: pronouns, articles, verbs. */
const notTrade =
  /\b(?:i|im|i'm|me|my|you|your|u|it|its|they|them|their|the|this|that|these|those|is|are|was|be|am|do|does|have|has|please|pls|thanks|one|ones|jobs?|work)\b/i;
/** What people add after where: "… is fine", "… would be great", "… tbh". */
const verdict =
  /\s+(?:(?:is|are|would\s+be|will\s+be|'d\s+be|works?|sounds)\s+(?:fine|ok|okay|good|great|best|perfect|ideal|preferred|better)|(?:would\s+)?suits?\s+me|for\s+me)\b.*$/i;
const chatter = /(?:\s+(?:tbh|ngl|pls|please|plz|thanks|thx|lol|haha|too|also|really|honestly))+$/i;
/** "anywhere around Leipzig", "ideally in Porto", "near Lyon": a place led in by where. */
const ledPlace =
  /^(?:(?:anywhere|somewhere|ideally|preferably|maybe|probably|mostly|only|just|really|but)\s+)*(?:in|around|near|close\s+to|within|based\s+in|in\s+or\s+around)\s+(?<place>\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2})$/iu;
/** "Wrocław region", "the Porto area": a place made a region, narrower than a country said before it. */
const regionPlace =
  /^(?:(?:the|in\s+the|around\s+the|ideally\s+the|preferably\s+the)\s+)?(?<place>\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2})\s+(?:region|area|province|county|district|metro(?:politan)?(?:\s+area)?|surroundings|and\s+(?:around|nearby|surroundings))$/iu;

/** Where one aside ends and the next starts: a comma, a full stop, "!!", "?", a dash between spaces. */
const joint = /(\s*(?:,|[.;!?]+(?=\s|$)|\s[-–—]+(?=\s))\s*)/;
/** "carpenter in Utrecht", "welder around Katowice": a trade and where, in one piece. */
const tradeAndPlace = /^(?<role>.+?)\s+(?:in|around|near|close\s+to|based\s+in)\s+(?<place>\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2})$/iu;

/**
 * Reads the short pieces after the first one ("asap, forklift driver, anywhere around
 * leipzig is fine tbh", "!! electrician. Graz", "- roofer - close to Leeds") that name the
 * trade or the place, and leaves the rest: people tell a search's details as asides rather
 * than in one phrase, between commas, full stops or dashes. The first piece stays as it is
 * unless it is the trade; a piece naming neither stays too ("in Berlin, Germany").
 *
 * @example
 * readAsides('asap, forklift driver, anywhere around leipzig is fine tbh'); // { rest: 'asap', role: 'forklift driver', place: 'leipzig' }
 */
export function readAsides(post: string): SearchAsides {
  // Pieces and the joints between them, so what is kept reads as it was said ("in St. Louis" stays whole).
  const [first = '', ...split] = post.split(joint);
  const pieces: Array<{ joint: string; raw: string }> = [];
  for (let index = 0; index + 1 < split.length; index += 2) pieces.push({ joint: split[index] ?? '', raw: split[index + 1] ?? '' });
  const asides: SearchAsides = { rest: '' };
  // (The first piece too may be the trade alone: "work, scaffolder, …".)
  const head = first.replace(/[\s.!?;:]+$/, '').replace(chatter, '');
  if (isTradePiece(head)) asides.role = head;
  let rest = asides.role ? '' : first;
  // Whether the kept pieces say something of their own (not "asap", not "im a cook").
  // ("something in logistics, Rotterdam": a field led in by "in" says which work, so a bare name after it is still where.)
  let toldMore = !asides.role && !aside.test(first.trim()) && !fieldLed(first.trim());
  for (const { joint: before, raw } of pieces) {
    const piece = raw.replace(/[\s.!?;:]+$/, '').replace(chatter, '').replace(verdict, '').trim();
    const region = regionPlace.exec(piece)?.groups?.place;
    const led = ledPlace.exec(piece)?.groups?.place;
    const both = tradeAndPlace.exec(piece)?.groups;
    if (region && !notTrade.test(region)) {
      asides.place = region;
      asides.narrower = true;
    } else if (led && !notTrade.test(led)) {
      asides.place ??= led;
    } else if (!asides.role && isTradePiece(piece)) {
      asides.role = piece;
    } else if (!asides.role && both?.role && both.place && isTradePiece(both.role) && !notTrade.test(both.place)) {
      asides.role = both.role;
      asides.place ??= both.place;
    } else if (!asides.place && !toldMore && isPlaceAlone(piece)) {
      // "any jobs? electrician. Graz": a bare name after the trade, with nothing else said, is where.
      asides.place = piece;
    } else {
      rest = rest ? `${rest}${before}${raw}` : raw;
      toldMore ||= !aside.test(piece);
    }
  }
  return { ...asides, rest };
}

/** A piece that tells nothing about the search: "asap", "pls", "im a cook" (the trade told, read elsewhere). */
const aside = /^(?:(?:asap|pls|please|plz|quick(?:ly)?|fast|soon|today|immediately|desperately|urgent(?:ly)?|now|thanks|thx|tbh|really|honestly|lol|haha)\s*)*$|^(?:i\s+am|i['’]?m|im)\s/i;

/** "in logistics", "within healthcare": a field of work led in by "in", which says the work, not where. */
const fieldLed = (piece: string): boolean => {
  const field = /^(?:in|within)\s+(?<field>.+)$/i.exec(piece.replace(/[\s.!?;:]+$/, ''))?.groups?.field;
  return field !== undefined && isFieldOfWork(field);
};

/** One to three capitalised words and nothing else: "Graz", "Los Angeles". */
function isPlaceAlone(piece: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(piece) && !notTrade.test(piece);
}

/**
 * Trades that no resume title list names, as people say them when looking for work: the
 * building and hands-on trades, cleaning, care and service work.
 */
const trades = new Set(
  [
    'scaffolder', 'carpenter', 'joiner', 'roofer', 'bricklayer', 'tiler', 'stonemason', 'mason', 'plasterer', 'glazier', 'labourer',
    'laborer', 'painter', 'decorator', 'handyman', 'locksmith', 'fitter', 'rigger', 'cleaner', 'housekeeper', 'janitor', 'caretaker',
    'baker', 'butcher', 'fishmonger', 'gardener', 'landscaper', 'farmhand', 'fisherman', 'miner', 'courier', 'picker', 'packer',
    'loader', 'mover', 'nanny', 'babysitter', 'childminder', 'dishwasher', 'steward', 'stewardess', 'concierge', 'guard', 'bouncer',
    'hairdresser', 'barber', 'beautician', 'stylist', 'tailor', 'seamstress', 'upholsterer', 'florist', 'sailor', 'deckhand',
    'farrier', 'luthier', 'cobbler', 'blacksmith', 'thatcher', 'saddler', 'gamekeeper', 'stablehand', 'groom', 'shearer', 'waller',
    'signwriter', 'chimney sweep', 'tree surgeon', 'arborist', 'stonecutter', 'plasterer', 'paver', 'drywaller', 'shopfitter',
    'housekeeping', 'kitchen porter', 'au pair', 'barman', 'barmaid', 'bar staff', 'line cook', 'kitchen hand', 'shop assistant',
  ].map((trade) => trade.toLowerCase()),
);

/** "for python developers", "as a nurse": what follows a noun, read by the prepositions. */
const ledByPreposition = /^(?:for|as|in|at|with|from|of|to|near|around|on|by|and|or|like)\s/i;

/** A trade said alone, in at most four words: "forklift driver", "night nurse", "scaffolder". */
export function isTradePiece(piece: string): boolean {
  const words = piece.toLowerCase().split(/\s+/);
  if (words.length > 4 || !/^[\p{L}][\p{L}\s'’-]*$/u.test(piece) || notTrade.test(piece) || ledByPreposition.test(piece)) return false;
  const last = words.at(-1) ?? '';
  return endsWithRoleWord(piece) || trades.has(last) || trades.has(last.replace(/s$/, '')) || trades.has(words.slice(-2).join(' '));
}
