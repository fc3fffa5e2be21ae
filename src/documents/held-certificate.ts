/**
 * Whether a certificate the resume lists is held, not only worked toward: "CHRP candidate
 * (HRPA)", "ACCA (in progress)", "PMP – expected 2027" are not said as held ("I hold the CHRP
 * candidate certification").
 *
 * @example
 * isHeldCertificate('CHRP candidate (HRPA)'); // false
 * isHeldCertificate('PRINCE2 Foundation'); // true
 */
export function isHeldCertificate(name: string): boolean {
  return !/\b(?:candidate|candidacy|in progress|ongoing|pending|expected|studying|enrolled|working towards?|part[- ]qualified|due|planned|em curso|en curso|laufend)\b/i.test(name);
}
