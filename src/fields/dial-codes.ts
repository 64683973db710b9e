/**
 * Country calling codes by ISO 3166 region (ITU-T E.164 assignments). Country names come
 * from the browser (`Intl.DisplayNames`) in the element's language, so no list of names
 * has to be translated or shipped.
 *
 * The table runs in ascending order of code, one group per code: the regions that share it,
 * after how much the code is above the one before (left out when it is 1). So
 * `AGAI… 6KZRU 13EG` reads 1 for AG, AI, …; 7 for KZ and RU; 20 for EG.
 */
const CODES =
  'AGAIASBBBMBSCADMDOGDGUJMKNKYLCMPMSPRSXTCTTUSVCVGVI 6KZRU 13EG 7ZA 3GR NL BE FR ES 2HU 3ITVA RO CH ' +
  '2AT GBGGIMJE DK SE NO PL DE 2PE MX CU AR BR CL CO VE 2MY AU ID PH NZ SG TH 15JP KR 2VN 2CN 4TR IN PK ' +
  'AF LK MM 3IR 113SS EHMA DZ 3TN 2LY 2GM SN MR ML GN CI BF NE TG BJ MU LR SL GH NG TD CF CM CV ST GQ ' +
  'GA CG CD AO GW IO 2SC SD RW ET SO DJ KE TZ UG BI MZ 2ZM MG REYT ZW NA MW LS BW SZ KM 21SH ER 6AW FO ' +
  'GL 51GI PT LU IE IS AL MT CY FI BG 11LT LV EE MD AM BY AD MC SM 2UA RS ME XK 2HR SI BA 2MK 31CZ SK ' +
  '2LI 77FK BZ GT SV HN NI CR PA PM HT 81BLGPMF BO GY EC GF PY MQ SR UY CW 71TL 3BN NR PG TO SB VU FJ ' +
  'PW WF CK NU 2WS KI NC TV PF TK FM MH 158KP 2HK MO 2KH LA 24BD 6TW 74MV LB JO SY IQ KW SA YE OM 2PS ' +
  'AE IL BH QA BT MN NP 15TJ TM AZ GE KG 2UZ';

/** Region → calling code digits, e.g. `DE` → `49`. */
export const DIAL_CODES: ReadonlyMap<string, string> = readCodes(CODES);

function readCodes(table: string): Map<string, string> {
  const codes = new Map<string, string>();
  let code = 0;
  for (const group of table.split(' ')) {
    const [, step = '', regions] = /^(\d*)(\D*)$/u.exec(group) ?? [];
    code += step === '' ? 1 : Number(step);
    for (const region of regions?.match(/../gu) ?? []) codes.set(region, String(code));
  }
  return codes;
}

export interface DialCodeOption {
  readonly region: string;
  readonly code: string;
  readonly label: string;
}

const optionsByLanguage = new Map<string, readonly DialCodeOption[]>();

/** Every region with its calling code, named and sorted in `language`. */
export function dialCodeOptions(language: string): readonly DialCodeOption[] {
  let options = optionsByLanguage.get(language);
  if (!options) {
    const names = new Intl.DisplayNames([language, 'en'], { type: 'region' });
    const collator = new Intl.Collator(language);
    options = [...DIAL_CODES]
      .map(([region, code]) => ({ region, code, label: `${names.of(region) ?? region} (+${code})` }))
      .sort((a, b) => collator.compare(a.label, b.label));
    optionsByLanguage.set(language, options);
  }
  return options;
}

/** The region of a language tag (`de-AT` → `AT`) when it has a calling code. */
export function regionOf(language: string): string | undefined {
  try {
    const region = new Intl.Locale(language).maximize().region;
    return region !== undefined && DIAL_CODES.has(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

/** Regions whose numbers keep their leading 0 after the country code. */
const KEEPS_LEADING_ZERO = new Set(['IT', 'SM', 'VA']);

/**
 * The E.164 number for a region and what was typed: a number typed with its own `+` is
 * kept as typed; otherwise the region's code goes in front and a trunk `0` is dropped.
 */
export function joinPhoneNumber(region: string, typed: string): string {
  const trimmed = typed.trim();
  if (trimmed === '' || trimmed.startsWith('+')) return trimmed;
  const code = DIAL_CODES.get(region);
  if (code === undefined) return trimmed;
  const digits = trimmed.replace(/[\s().-]/gu, '');
  const national = KEEPS_LEADING_ZERO.has(region) ? digits : digits.replace(/^0+/u, '');
  return `+${code}${national}`;
}
