/**
 * The officially assigned ISO 3166-1 alpha-2 codes (249), and Kosovo's XK, which the standard
 * leaves to users and every publisher uses. A list, not `Intl.DisplayNames`: the platform also
 * names withdrawn codes (SU, YU, ZR), reserved ones (UK, EU, UN) and made-up ones (ZZ, QO), and
 * differs between engines, so the CLI and the browser would not agree.
 */
// By first letter: "A DEF…" is AD, AE, AF…
const ASSIGNED =
  'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR ' +
  'GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY ' +
  'MACDEFGHKLMNOPQRSTUVWXYZ NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW ' +
  'SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS XK YET ZAMW';

let codes: Set<string> | undefined;

/** Whether `code` names a country or territory: "KE" yes; "UK", "SU", "ZZ", "ke" no. */
export function isCountryCode(code: string): boolean {
  codes ??= new Set(ASSIGNED.split(' ').flatMap(([first, ...rest]) => rest.map((second) => first + second)));
  return codes.has(code);
}

/** Why a well-formed code is not a country, briefly; the one common slip gets its right code. */
export function unknownCountry(code: string): string {
  return code === 'UK'
    ? 'unknown country code "UK"; the United Kingdom is "GB"'
    : `unknown country code "${code}" (not in ISO 3166-1)`;
}
