/**
 * Country calling codes by ISO 3166 region (ITU-T E.164 assignments). Country names come
 * from the browser (`Intl.DisplayNames`) in the element's language, so no list of names
 * has to be translated or shipped.
 */
const CODES =
  'AF93 AL355 DZ213 AS1 AD376 AO244 AI1 AG1 AR54 AM374 AW297 AU61 AT43 AZ994 BS1 BH973 BD880 BB1 BY375 BE32 BZ501 BJ229 ' +
  'BM1 BT975 BO591 BA387 BW267 BR55 IO246 VG1 BN673 BG359 BF226 BI257 KH855 CM237 CA1 CV238 KY1 CF236 TD235 CL56 CN86 ' +
  'CO57 KM269 CG242 CD243 CK682 CR506 CI225 HR385 CU53 CW599 CY357 CZ420 DK45 DJ253 DM1 DO1 EC593 EG20 SV503 GQ240 ER291 ' +
  'EE372 SZ268 ET251 FK500 FO298 FJ679 FI358 FR33 GF594 PF689 GA241 GM220 GE995 DE49 GH233 GI350 GR30 GL299 GD1 GP590 ' +
  'GU1 GT502 GG44 GN224 GW245 GY592 HT509 HN504 HK852 HU36 IS354 IN91 ID62 IR98 IQ964 IE353 IM44 IL972 IT39 JM1 JP81 ' +
  'JE44 JO962 KZ7 KE254 KI686 XK383 KW965 KG996 LA856 LV371 LB961 LS266 LR231 LY218 LI423 LT370 LU352 MO853 MG261 MW265 ' +
  'MY60 MV960 ML223 MT356 MH692 MQ596 MR222 MU230 YT262 MX52 FM691 MD373 MC377 MN976 ME382 MS1 MA212 MZ258 MM95 NA264 ' +
  'NR674 NP977 NL31 NC687 NZ64 NI505 NE227 NG234 NU683 KP850 MK389 MP1 NO47 OM968 PK92 PW680 PS970 PA507 PG675 PY595 ' +
  'PE51 PH63 PL48 PT351 PR1 QA974 RE262 RO40 RU7 RW250 BL590 SH290 KN1 LC1 MF590 PM508 VC1 WS685 SM378 ST239 SA966 SN221 ' +
  'RS381 SC248 SL232 SG65 SX1 SK421 SI386 SB677 SO252 ZA27 KR82 SS211 ES34 LK94 SD249 SR597 SE46 CH41 SY963 TW886 TJ992 ' +
  'TZ255 TH66 TL670 TG228 TK690 TO676 TT1 TN216 TR90 TM993 TC1 TV688 UG256 UA380 AE971 GB44 US1 UY598 VI1 UZ998 VU678 ' +
  'VA39 VE58 VN84 WF681 EH212 YE967 ZM260 ZW263';

/** Region → calling code digits, e.g. `DE` → `49`. */
export const DIAL_CODES: ReadonlyMap<string, string> = new Map(
  CODES.split(' ').map((entry) => [entry.slice(0, 2), entry.slice(2)]),
);

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
