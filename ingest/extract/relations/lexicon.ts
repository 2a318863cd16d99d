// Word lists the relation patterns use: role nouns, trigger phrases per relation, descriptor nouns, and the allowed entity types of each relation.
import type { EntityType, RelationType } from '../../../core/types.ts';

/** Which entity types each relation may join (../shared/corpus/GOLD_FORMAT.md): a strong precision filter. */
export const RELATION_SIGNATURES: Record<RelationType, { source: EntityType[] | 'any'; target: EntityType[] | 'any' }> = {
  MEMBER_OF: { source: ['Person'], target: ['PoliticalParty', 'GovernmentBody', 'Organization'] },
  WORKS_FOR: { source: ['Person'], target: ['Company', 'Organization', 'GovernmentBody', 'Fund'] },
  LEADS: { source: ['Person'], target: ['PoliticalParty', 'Organization', 'Company', 'GovernmentBody', 'Fund'] },
  CRITICIZED: { source: 'any', target: 'any' },
  SANCTIONED: { source: ['Country', 'GovernmentBody'], target: ['Company', 'Person', 'Organization', 'GovernmentBody'] },
  INVESTED_IN: { source: ['Fund', 'Company', 'Person', 'Organization'], target: ['Company'] },
  DIVESTED_FROM: { source: ['Fund', 'Company', 'Organization'], target: ['Company'] },
  SUPPLIES: { source: ['Company'], target: ['Country', 'Place', 'GovernmentBody', 'Organization'] },
  LOCATED_IN: { source: ['Place', 'Company', 'GovernmentBody', 'Fund'], target: ['Country', 'Place'] },
};

/** Whether a relation of this type may join entities of these types. */
export function fitsSignature(type: RelationType, source: EntityType, target: EntityType): boolean {
  const sig = RELATION_SIGNATURES[type];
  return (sig.source === 'any' || sig.source.includes(source)) && (sig.target === 'any' || sig.target.includes(target));
}

/** How a role word relates a person to the body it names. */
export type RoleKind = 'lead' | 'member' | 'work';

/**
 * Role phrases, longest first when matched. "deputy"/"vice" before a leading role turn it into
 * plain work ("deputy chair of Ericsson's board" → WORKS_FOR).
 */
export const ROLE_PHRASES: Array<[string, RoleKind]> = [
  ['chief executive officer', 'lead'],
  ['chief executive', 'lead'],
  ['chief operating officer', 'work'],
  ['chief financial officer', 'work'],
  ['chief technology officer', 'work'],
  ['chief information officer', 'work'],
  ['chief investment officer', 'work'],
  ['chief economist', 'work'],
  ['executive director', 'lead'],
  ['managing director', 'lead'],
  ['director general', 'lead'],
  ['director-general', 'lead'],
  ['secretary general', 'lead'],
  ['secretary-general', 'lead'],
  ['general secretary', 'lead'],
  ['party leader', 'lead'],
  ['board member', 'work'],
  ['non-executive director', 'work'],
  ['non-executive', 'work'],
  ['investment director', 'work'],
  ['portfolio manager', 'work'],
  ['fund manager', 'work'],
  ['ceo', 'lead'],
  ['chairman', 'lead'],
  ['chairwoman', 'lead'],
  ['chairperson', 'lead'],
  ['chair', 'lead'],
  ['head', 'lead'],
  ['leader', 'lead'],
  ['boss', 'lead'],
  ['president', 'lead'],
  ['founder', 'lead'],
  ['co-founder', 'lead'],
  ['co-head', 'lead'],
  ['co-chairman', 'lead'],
  ['co-chair', 'lead'],
  ['co-leader', 'lead'],
  ['co-president', 'lead'],
  ['co-ceo', 'lead'],
  ['governor', 'lead'],
  ['commander', 'lead'],
  ['coo', 'work'],
  ['cfo', 'work'],
  ['cto', 'work'],
  ['cio', 'work'],
  ['director', 'work'],
  ['executive', 'work'],
  ['employee', 'work'],
  ['spokesman', 'work'],
  ['spokeswoman', 'work'],
  ['spokesperson', 'work'],
  ['analyst', 'work'],
  ['economist', 'work'],
  ['manager', 'work'],
  ['adviser', 'work'],
  ['advisor', 'work'],
  ['official', 'work'],
  ['engineer', 'work'],
  ['lawyer', 'work'],
  ['strategist', 'work'],
  ['partner', 'work'],
  ['trustee', 'work'],
  ['minister', 'work'],
  ['secretary', 'work'],
  ['treasurer', 'work'],
  ['officer', 'work'],
  ['lobbyist', 'work'],
  ['chancellor', 'work'],
  ['whip', 'work'],
  ['consultant', 'work'],
  ['aide', 'work'],
  ['chief of staff', 'work'],
  ['correspondent', 'work'],
  ['reporter', 'work'],
  ['editor', 'work'],
  ['professor', 'work'],
  ['researcher', 'work'],
  ['fellow', 'work'],
  ['staffer', 'work'],
  ['veteran', 'work'],
  ['chief', 'lead'],
  ['member', 'member'],
  ['members', 'member'],
  ['mp', 'member'],
  ['mep', 'member'],
  ['msp', 'member'],
  ['lawmaker', 'member'],
  ['legislator', 'member'],
  ['senator', 'member'],
  ['congressman', 'member'],
  ['congresswoman', 'member'],
  ['representative', 'member'],
  ['councillor', 'member'],
  ['councilor', 'member'],
  ['politician', 'member'],
  ['candidate', 'member'],
  ['peer', 'member'],
  ['deputy', 'member'],
  ['backbencher', 'member'],
  ['backbench', 'member'],
  ['frontbencher', 'member'],
  ['activist', 'member'],
];

/** Words that turn a leading role into a subordinate one. */
export const SUBORDINATE_MODIFIERS = new Set(['deputy', 'vice', 'assistant', 'associate', 'junior']);

/** Words that may sit inside a role phrase without changing it. */
export const ROLE_FILLERS = new Set([
  'former', 'then', 'acting', 'interim', 'new', 'current', 'outgoing', 'incoming', 'senior', 'longtime',
  'long-time', 'joint', 'co', 'global', 'group', 'regional', 'executive', 'non-executive', 'independent',
  'shadow', 'and', 'sitting', 'serving', 'veteran', 'year', 'top', 'its', 'their', 'the', 'a', 'an',
  'wealth', 'management', 'investment', 'equity', 'equities', 'uk', 'us', 'european', 'board', 'operations',
  'sales', 'finance', 'foreign', 'affairs', 'policy', 'communications', 'media', 'deputy', 'vice', 'party',
]);

/**
 * Words naming a department or field: a leader of one leads a unit, not the body ("Lib Dem home
 * affairs spokesman", "Downing Street communications chief" → not LEADS).
 */
export const DOMAIN_WORDS = new Set([
  'wealth', 'management', 'investment', 'equity', 'equities', 'operations', 'sales', 'finance', 'foreign',
  'affairs', 'policy', 'communications', 'media', 'press', 'committee', 'unit', 'division', 'department',
  'strategy', 'research', 'security', 'marketing', 'legal', 'risk', 'trading', 'compliance', 'europe',
  'asia', 'international', 'domestic', 'retail', 'technology', 'digital', 'economic', 'economics',
]);

/** Honorifics that may stand between a role and a name: "Labour leader Sir Keir Starmer". */
export const HONORIFICS = new Set([
  'sir', 'lord', 'lady', 'dame', 'baroness', 'baron', 'dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'professor',
  'rev', 'archbishop', 'bishop', 'general', 'gen', 'admiral', 'colonel', 'judge', 'justice', 'rep', 'sen',
  'hon', 'rt',
]);

/** Government bodies whose people are members, not employees: parliaments, councils, committees. */
export const ASSEMBLY_WORDS = /\b(parliament|congress|senate|house|assembly|council|committee|storting|bundestag|duma|diet|knesset|majlis|riksdag|folketing|sejm|cortes|legislature|chamber|commons|lords|caucus|board)\b/i;

/** Head nouns that describe an organisation: "Chinese company Hikvision", "rival Swiss bank UBS". */
export const DESCRIPTOR_NOUNS = new Set([
  'company', 'companies', 'firm', 'firms', 'group', 'groups', 'bank', 'banks', 'lender', 'lenders', 'giant',
  'giants', 'maker', 'makers', 'manufacturer', 'manufacturers', 'operator', 'operators', 'provider',
  'providers', 'carrier', 'carriers', 'fund', 'funds', 'insurer', 'insurers', 'conglomerate', 'retailer',
  'exchange', 'agency', 'agencies', 'authority', 'authorities', 'ministry', 'regulator', 'watchdog',
  'airline', 'airlines', 'miner', 'miners', 'producer', 'producers', 'supplier', 'suppliers', 'vendor',
  'vendors', 'developer', 'brand', 'platform', 'app', 'startup', 'start-up', 'utility', 'utilities',
  'automaker', 'carmaker', 'chipmaker', 'champion', 'champions', 'multinational', 'corporation',
  'corporations', 'enterprise', 'enterprises', 'business', 'businesses', 'investor', 'manager', 'managers',
  'owner', 'parent', 'subsidiary', 'unit', 'arm', 'broadcaster', 'newspaper', 'outlet', 'university',
  'institute', 'organisation', 'organization', 'ngo', 'charity', 'entity', 'entities', 'contractor',
  'contractors', 'shipbuilder', 'shipyard', 'plant', 'service', 'services', 'body', 'court', 'party',
  'parties', 'city', 'region', 'province', 'state', 'capital', 'port', 'airport', 'town', 'county',
  'district', 'market', 'operator', 'exporter', 'importer', 'trader', 'house', 'outfit', 'partner',
  'rival', 'competitor', 'counterpart', 'peer', 'stock', 'stocks',
]);

/** A trigger: words that state a relation between the entity before them and the one after. */
export interface Trigger {
  type: RelationType;
  /**
   * Space-separated tokens; `a|b` alternatives; `x~` a prefix; `*` up to three filler words.
   */
  phrase: string;
  confidence: number;
  /** A phrase that must follow the object ("put X on a blacklist"). */
  tail?: string;
  /** Words one of which must appear within a few words after the trigger ("calling for … sanctions"). */
  needs?: string[];
  /** The entity after the trigger is the source ("Y bought … from X" → X SUPPLIES Y). */
  reverse?: boolean;
  /** Read only with a possessive subject right before it ("Japan's sanctions affect X"). */
  possessiveSubject?: boolean;
  /** The first word must be tagged as a verb ("heads the party", not "the head"). */
  verb?: boolean;
  /** Already passive in form ("is headquartered in"): no "by" agent is looked for. */
  stative?: boolean;
}

const SANCTION_NOUNS = 'sanction|sanctions|ban|bans|embargo|restrictions|penalties|measures|blacklisting';

export const TRIGGERS: Trigger[] = [
  // CRITICIZED
  { type: 'CRITICIZED', phrase: 'criticis~|criticiz~|condemn~|denounc~|lambast~|castigat~|censur~|rebuk~|decr~', confidence: 0.75 },
  { type: 'CRITICIZED', phrase: 'accus~|blam~|slam|slams|slammed|slamming|chastis~|scold~|berat~', confidence: 0.7 },
  { type: 'CRITICIZED', phrase: 'call|calls|called|calling out', confidence: 0.8 },
  { type: 'CRITICIZED', phrase: 'deplor~|attack|attacks|attacked|attacking|blast|blasts|blasted|blasting|savag~|excoriat~|pillor~|vilif~|disparag~|deride|derided|derides|ridicul~|mock|mocked|mocks|assail~|upbraid~|reprimand~|admonish~', confidence: 0.7, verb: true },
  { type: 'CRITICIZED', phrase: 'hit|hits|hitting|lash|lashed|lashes|lashing out at|against', confidence: 0.75 },
  { type: 'CRITICIZED', phrase: 'take|takes|took|taking aim at', confidence: 0.7 },
  { type: 'CRITICIZED', phrase: 'object|objects|objected|objecting to', confidence: 0.6 },
  { type: 'CRITICIZED', phrase: 'protest|protests|protested|protesting against', confidence: 0.6 },
  { type: 'CRITICIZED', phrase: 'urge|urges|urged|urging|demand|demands|demanded|demanding|seek|sought|call|calls|called|calling|push|pushed|pushing for', needs: ['sanctions', 'sanction', 'ban', 'investigation', 'probe', 'inquiry', 'boycott', 'action'], confidence: 0.6 },
  { type: 'CRITICIZED', phrase: 'urge|urges|urged|urging|demand|demands|demanded|demanding|seek|seeks|sought|want|wants|wanted * sanctions|action|measures|penalties|ban against|on', confidence: 0.65 },
  { type: 'CRITICIZED', phrase: 'critic|critics|opponent|opponents of', confidence: 0.6 },
  { type: 'CRITICIZED', phrase: 'sue|sues|sued|suing', confidence: 0.55, verb: true },
  { type: 'CRITICIZED', phrase: 'lawsuit|lawsuits|complaint|complaints|case|action|proceedings against', confidence: 0.55 },
  { type: 'CRITICIZED', phrase: 'criticism|condemnation|censure of', confidence: 0.6, possessiveSubject: true },
  { type: 'CRITICIZED', phrase: 'led|lead|leads|leading|spearheaded|launched|started the|a revolt|campaign|rebellion|charge|protest over|against', confidence: 0.6 },
  { type: 'CRITICIZED', phrase: 'call|calls|called|calling|described|describes|branded|brands|labelled|labeled', tail: 'inadequate|unacceptable|irresponsible|dangerous|reckless|bankrupt|morally', confidence: 0.6 },
  // SANCTIONED
  { type: 'SANCTIONED', phrase: 'sanction|sanctions|sanctioned|sanctioning|blacklist|blacklists|blacklisted|blacklisting|penalis~|penaliz~', confidence: 0.8 },
  { type: 'SANCTIONED', phrase: 'ban|bans|banned|banning|bar|bars|barred|barring|outlaw|outlawed', confidence: 0.7 },
  { type: 'SANCTIONED', phrase: `${SANCTION_NOUNS} on|against|targeting|affect|affecting|affects|target|targets|hit|hitting`, confidence: 0.75 },
  { type: 'SANCTIONED', phrase: 'impose|imposes|imposed|imposing|slap|slaps|slapped|slapping|place|placed|levy|levied * sanctions|restrictions|ban|bans|penalties on|against', confidence: 0.8 },
  { type: 'SANCTIONED', phrase: 'put|puts|putting|placed|places|add|added|adds|adding|included|includes', tail: 'on|to * blacklist|list', confidence: 0.75 },
  { type: 'SANCTIONED', phrase: 'list|blacklist includes|included|include|contains|named|names', confidence: 0.6, possessiveSubject: true },
  { type: 'SANCTIONED', phrase: 'freeze|froze|frozen|freezing * assets of', confidence: 0.7 },
  // "The regulator fined X £14m", "X was fined by Y", "prohibited X from bidding", "nationalised X"
  { type: 'SANCTIONED', phrase: 'fine|fined|fines|fining|prohibit|prohibits|prohibited|prohibiting|nationalis~|nationaliz~|expropriat~|confiscat~', confidence: 0.7, verb: true },
  { type: 'SANCTIONED', phrase: 'target|targeted|targets', confidence: 0.5 },
  { type: 'SANCTIONED', phrase: 'designate|designates|designated|designating', confidence: 0.6 },
  // INVESTED_IN
  { type: 'INVESTED_IN', phrase: 'invest|invests|invested|investing * in|into', confidence: 0.8 },
  { type: 'INVESTED_IN', phrase: 'acquisition|purchase|takeover|buyout of', confidence: 0.65, possessiveSubject: true },
  { type: 'INVESTED_IN', phrase: 'back|backs|backed|backing|fund|funds|funded|financed|finances', confidence: 0.55, verb: true },
  { type: 'INVESTED_IN', phrase: 'investment|investments|stake|stakes|shares|holding|holdings|shareholding|position|interest in', confidence: 0.75 },
  { type: 'INVESTED_IN', phrase: 'holding|holds|held|hold|owns|owned|own|owning * of', confidence: 0.7 },
  { type: 'INVESTED_IN', phrase: 'own|owns|owned|hold|holds|held|has|have|had|acquire|acquired|acquires|buy|bought|buys|took|take|takes|built|builds * stake|stakes|shares|holding|holdings|interest|position in', confidence: 0.8 },
  { type: 'INVESTED_IN', phrase: 'owns|own|owned|owning|acquired|acquires|bought|buys', confidence: 0.65 },
  { type: 'INVESTED_IN', phrase: 'take|takes|took|taken|taking over', confidence: 0.6, verb: true },
  { type: 'INVESTED_IN', phrase: 'acquire|acquiring|buy|buying|purchase|purchased|purchasing|snapped|snap|snaps', confidence: 0.6, verb: true },
  { type: 'INVESTED_IN', phrase: 'shareholder|shareholders|investor|investors|owner|owners|backer|backers|parent in|of', confidence: 0.65 },
  // DIVESTED_FROM
  { type: 'DIVESTED_FROM', phrase: 'sell|sells|sold|selling|dump|dumps|dumped|dumping|offload~ off', confidence: 0.8 },
  { type: 'DIVESTED_FROM', phrase: 'sell|sells|sold|selling|get|gets|got|getting|move|moved|moving out of', confidence: 0.7 },
  { type: 'DIVESTED_FROM', phrase: 'sell|sells|sold|selling|dump|dumps|dumped|dumping|offload~|cut|cuts|reduced * stake|stakes|shares|holding|holdings|position in', confidence: 0.75 },
  { type: 'DIVESTED_FROM', phrase: 'divest~|disinvest~', confidence: 0.8 },
  { type: 'DIVESTED_FROM', phrase: 'exclude|excludes|excluded|excluding|blacklist|blacklisted|drop|dropped|drops', confidence: 0.6 },
  { type: 'DIVESTED_FROM', phrase: 'pull|pulls|pulled|pulling|exit|exits|exited|exiting out of', confidence: 0.65 },
  { type: 'DIVESTED_FROM', phrase: 'exit|exits|exited|exiting|offload|offloads|offloaded', confidence: 0.6 },
  // SUPPLIES
  { type: 'SUPPLIES', phrase: 'supplier|suppliers|supply|supplies|supplied|supplying|provider|vendor|seller|exporter * to|for', confidence: 0.75 },
  { type: 'SUPPLIES', phrase: 'supply|supplies|supplied|supplying|equip|equips|equipped', confidence: 0.65 },
  { type: 'SUPPLIES', phrase: 'provide|provides|provided|providing|furnish|furnishes|furnished', tail: 'with', confidence: 0.6 },
  { type: 'SUPPLIES', phrase: 'won|wins|win|signed|signs|sign|secured|secures|struck|strikes|inked|landed|clinched * deal|deals|contract|contracts|agreement|order|orders|tender with|from|for|in|to', confidence: 0.7 },
  { type: 'SUPPLIES', phrase: 'deal|deals|contract|contracts|agreement|agreements|order|orders|tender|tenders|project|projects in|with|for|from', confidence: 0.65 },
  { type: 'SUPPLIES', phrase: 'build|builds|built|building|install|installs|installed|installing|deploy|deployed|provide|provides|provided|providing|deliver|delivers|delivered * in|for|to', confidence: 0.55, verb: true },
  { type: 'SUPPLIES', phrase: 'bought|buys|buy|purchased|purchase|purchases|ordered|procured * from|by', reverse: true, confidence: 0.6 },
  { type: 'SUPPLIES', phrase: 'sell|sells|sold|selling * to', confidence: 0.6 },
  // LEADS / WORKS_FOR / MEMBER_OF by verbs
  { type: 'LEADS', phrase: 'head|heads|headed|heading|lead|leads|led|leading|chair|chairs|chaired|chairing|run|runs|ran|running|founded|co-founded', confidence: 0.7, verb: true },
  { type: 'WORKS_FOR', phrase: 'work|works|worked|working for|at', confidence: 0.7, verb: true },
  { type: 'WORKS_FOR', phrase: 'join|joins|joined|joining', confidence: 0.6, verb: true },
  { type: 'WORKS_FOR', phrase: 'resign|resigns|resigned|resigning|retire|retires|retired|step|steps|stepped|stepping|stood from|down', confidence: 0.55, verb: true },
  { type: 'WORKS_FOR', phrase: 'appointed|named|elected|joined|joins|join|sits|sit|sat|serves|served|serve to|on * board of', confidence: 0.65, stative: true },
  { type: 'MEMBER_OF', phrase: 'defect|defects|defected|defecting to', confidence: 0.65, verb: true },
  { type: 'MEMBER_OF', phrase: 'represent|represents|represented|representing', confidence: 0.5 },
  { type: 'WORKS_FOR', phrase: 'remain|remains|remained|sit|sits|sat|serve|serves|served|join|joins|joined|joining|appointed|named|elected|added on|to', tail: 'board', confidence: 0.65, stative: true },
  // LOCATED_IN
  { type: 'LOCATED_IN', phrase: 'headquartered|based|located|registered|incorporated|situated in', confidence: 0.8, stative: true },
  { type: 'LOCATED_IN', phrase: 'headquarters|hq|base is|are|was in', confidence: 0.75, possessiveSubject: true, stative: true },
  { type: 'LOCATED_IN', phrase: 'headquarters|hq in', confidence: 0.75, possessiveSubject: true, stative: true },
];

/** Verb forms compromise tags as verbs that mostly act as adjectives before a noun ("ruling Fidesz party"). */
export const ADJECTIVAL_VERBS = new Set([
  'ruling', 'governing', 'leading', 'existing', 'founding', 'controlling', 'outgoing', 'incoming', 'sitting',
  'serving', 'opposing', 'competing', 'listed', 'owned', 'state-owned', 'based', 'backed', 'run', 'left',
  'right', 'so-called', 'embattled', 'beleaguered', 'troubled', 'struggling', 'rival', 'parent',
]);

/** Nouns naming sanctions, for subjectless sentences that continue earlier ones. */
export const SANCTION_WORDS = new Set([
  'sanction', 'sanctions', 'restrictions', 'list', 'blacklist', 'ban', 'bans', 'measures', 'penalties', 'embargo',
]);

/** Subjectless nouns that carry an earlier act on to new objects: "This announcement affects A and B". */
export const CONTINUATION_NOUNS = new Set([
  ...SANCTION_WORDS, 'announcement', 'decision', 'move', 'policy', 'step', 'exclusion', 'exclusions', 'divestment',
]);
export const CONTINUATION_VERBS = new Set([
  'affects', 'affect', 'affected', 'covers', 'cover', 'covered', 'includes', 'include', 'included', 'targets',
  'target', 'targeted', 'applies', 'apply', 'applied', 'imposed', 'extends', 'extended', 'hits', 'hit', 'names',
]);

/** Verbs that pass their subject on to an infinitive: "has decided to exclude". */
export const CONTROL_VERBS = new Set([
  'decided', 'decides', 'decide', 'agreed', 'agrees', 'voted', 'votes', 'chose', 'chosen', 'opted', 'moved',
  'began', 'begun', 'started', 'continued', 'continues', 'pledged', 'pledges', 'vowed', 'vows', 'promised',
  'resolved', 'sought', 'seeks', 'tried', 'tries', 'attempted', 'went', 'going', 'set', 'expected',
  'reported', 'believed', 'understood', 'thought', 'rumoured', 'rumored', 'alleged', 'poised', 'likely', 'known', 'due',
]);

/** Nouns that carry a statement: "passed a resolution condemning X". */
export const STATEMENT_NOUNS = new Set([
  'resolution', 'motion', 'statement', 'letter', 'report', 'petition', 'declaration', 'op-ed', 'editorial',
  'tweet', 'post', 'speech', 'bill', 'campaign',
]);

/** Words that negate or hedge a statement: "did not invest", "may sell", "whether they divest". */
export const NEGATIONS = new Set([
  'not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'refused', 'refuses', 'refuse', 'declined',
  'declines', 'decline', 'denied', 'denies', 'deny', 'may', 'might', 'could', 'would', 'should',
  'whether', 'if', 'unless', 'considering', 'considers', 'consider', 'weighing', 'mulling', 'threatened',
  'threatens', 'threaten', 'plans', 'planned', 'plan', 'proposed', 'proposes', 'propose', 'wants',
  'want', 'hoping', 'hopes', 'hope',
  'failed', 'fails', 'fail', 'failing', 'unable', 'lost', 'losing',
]);

/** Words a subject search never crosses: they open another clause. */
export const CLAUSE_BREAKS = new Set([
  'because', 'but', 'although', 'though', 'while', 'after', 'before', 'when', 'whereas', 'until',
  'since', 'so', 'and', 'or', 'than', 'said', 'says', 'say', 'told', 'tells', 'according', 'where',
]);
