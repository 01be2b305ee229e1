// ISO 3166-1: every country's alpha-3 code (what a member state's party code is) with its alpha-2 code
// (what Intl.DisplayNames names regions by). Plain data, for the browser and the server alike.

const pairs =
  'AFG:AF ALA:AX ALB:AL DZA:DZ ASM:AS AND:AD AGO:AO AIA:AI ATA:AQ ATG:AG ARG:AR ARM:AM ABW:AW AUS:AU AUT:AT AZE:AZ ' +
  'BHS:BS BHR:BH BGD:BD BRB:BB BLR:BY BEL:BE BLZ:BZ BEN:BJ BMU:BM BTN:BT BOL:BO BES:BQ BIH:BA BWA:BW BVT:BV BRA:BR ' +
  'IOT:IO BRN:BN BGR:BG BFA:BF BDI:BI CPV:CV KHM:KH CMR:CM CAN:CA CYM:KY CAF:CF TCD:TD CHL:CL CHN:CN CXR:CX CCK:CC ' +
  'COL:CO COM:KM COG:CG COD:CD COK:CK CRI:CR CIV:CI HRV:HR CUB:CU CUW:CW CYP:CY CZE:CZ DNK:DK DJI:DJ DMA:DM DOM:DO ' +
  'ECU:EC EGY:EG SLV:SV GNQ:GQ ERI:ER EST:EE SWZ:SZ ETH:ET FLK:FK FRO:FO FJI:FJ FIN:FI FRA:FR GUF:GF PYF:PF ATF:TF ' +
  'GAB:GA GMB:GM GEO:GE DEU:DE GHA:GH GIB:GI GRC:GR GRL:GL GRD:GD GLP:GP GUM:GU GTM:GT GGY:GG GIN:GN GNB:GW GUY:GY ' +
  'HTI:HT HMD:HM VAT:VA HND:HN HKG:HK HUN:HU ISL:IS IND:IN IDN:ID IRN:IR IRQ:IQ IRL:IE IMN:IM ISR:IL ITA:IT JAM:JM ' +
  'JPN:JP JEY:JE JOR:JO KAZ:KZ KEN:KE KIR:KI PRK:KP KOR:KR KWT:KW KGZ:KG LAO:LA LVA:LV LBN:LB LSO:LS LBR:LR LBY:LY ' +
  'LIE:LI LTU:LT LUX:LU MAC:MO MDG:MG MWI:MW MYS:MY MDV:MV MLI:ML MLT:MT MHL:MH MTQ:MQ MRT:MR MUS:MU MYT:YT MEX:MX ' +
  'FSM:FM MDA:MD MCO:MC MNG:MN MNE:ME MSR:MS MAR:MA MOZ:MZ MMR:MM NAM:NA NRU:NR NPL:NP NLD:NL NCL:NC NZL:NZ NIC:NI ' +
  'NER:NE NGA:NG NIU:NU NFK:NF MKD:MK MNP:MP NOR:NO OMN:OM PAK:PK PLW:PW PSE:PS PAN:PA PNG:PG PRY:PY PER:PE PHL:PH ' +
  'PCN:PN POL:PL PRT:PT PRI:PR QAT:QA REU:RE ROU:RO RUS:RU RWA:RW BLM:BL SHN:SH KNA:KN LCA:LC MAF:MF SPM:PM VCT:VC ' +
  'WSM:WS SMR:SM STP:ST SAU:SA SEN:SN SRB:RS SYC:SC SLE:SL SGP:SG SXM:SX SVK:SK SVN:SI SLB:SB SOM:SO ZAF:ZA SGS:GS ' +
  'SSD:SS ESP:ES LKA:LK SDN:SD SUR:SR SJM:SJ SWE:SE CHE:CH SYR:SY TWN:TW TJK:TJ TZA:TZ THA:TH TLS:TL TGO:TG TKL:TK ' +
  'TON:TO TTO:TT TUN:TN TUR:TR TKM:TM TCA:TC TUV:TV UGA:UG UKR:UA ARE:AE GBR:GB USA:US UMI:UM URY:UY UZB:UZ VUT:VU ' +
  'VEN:VE VNM:VN VGB:VG VIR:VI WLF:WF ESH:EH YEM:YE ZMB:ZM ZWE:ZW';

/** Alpha-3 to alpha-2, for the 249 codes of ISO 3166-1. */
export const alpha2ByAlpha3: ReadonlyMap<string, string> = new Map(
  pairs.split(' ').map((pair) => pair.split(':') as [string, string]),
);

/** Whether the code (in any letter case) is an ISO 3166-1 alpha-3 country code. */
export function isCountryCode(code: string): boolean {
  return alpha2ByAlpha3.has(code.trim().toUpperCase());
}

// Codes of ISO 3166-1 that name no state the UN counts among its members or observer states
// (territories, dependencies, Antarctica, Taiwan): no name is suggested for them.
const notStates = new Set(
  ('ALA ASM AIA ATA ABW BMU BES BVT IOT CYM CXR CCK COK CUW FLK FRO GUF PYF ATF GIB GRL GLP GUM GGY HMD HKG IMN ' +
    'JEY MAC MTQ MYT MSR NCL NIU NFK MNP PCN PRI REU BLM SHN MAF SPM SXM SGS SJM TWN TKL TCA UMI VGB VIR WLF ESH').split(' '),
);

// The UN's short names (UNTERM) where the runtime's everyday English differs: "Republic of Korea",
// not "South Korea", is what a secretariat writes.
const unShortNames: Record<string, string> = {
  ATG: 'Antigua and Barbuda',
  BIH: 'Bosnia and Herzegovina',
  BOL: 'Bolivia (Plurinational State of)',
  BRN: 'Brunei Darussalam',
  CIV: "Côte d'Ivoire",
  COD: 'Democratic Republic of the Congo',
  COG: 'Congo',
  CPV: 'Cabo Verde',
  FSM: 'Micronesia (Federated States of)',
  GBR: 'United Kingdom of Great Britain and Northern Ireland',
  IRN: 'Iran (Islamic Republic of)',
  KNA: 'Saint Kitts and Nevis',
  KOR: 'Republic of Korea',
  LAO: "Lao People's Democratic Republic",
  LCA: 'Saint Lucia',
  MDA: 'Republic of Moldova',
  MMR: 'Myanmar',
  NLD: 'Netherlands (Kingdom of the)',
  PRK: "Democratic People's Republic of Korea",
  PSE: 'State of Palestine',
  RUS: 'Russian Federation',
  STP: 'Sao Tome and Principe',
  SYR: 'Syrian Arab Republic',
  TTO: 'Trinidad and Tobago',
  TZA: 'United Republic of Tanzania',
  USA: 'United States of America',
  VAT: 'Holy See',
  VCT: 'Saint Vincent and the Grenadines',
  VEN: 'Venezuela (Bolivarian Republic of)',
  VNM: 'Viet Nam',
};

/**
 * The state's UN short name for an alpha-3 code ("MNG" -> "Mongolia", "KOR" -> "Republic of Korea"):
 * the UN's where it differs from the runtime's English locale data, the latter otherwise. Undefined
 * for a code that names no state. A suggestion staff may change.
 */
export function countryName(code: string, locale = 'en'): string | undefined {
  const upper = code.trim().toUpperCase();
  const alpha2 = alpha2ByAlpha3.get(upper);
  if (!alpha2 || notStates.has(upper)) return undefined;
  const name = unShortNames[upper] ?? new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(alpha2);
  return name || undefined;
}
