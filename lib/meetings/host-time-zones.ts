/**
 * The zone a meeting hosted by a member state is held in, as a suggestion for a new meeting: the
 * zone of its capital, where such meetings are held. The Russian Federation spans eleven zones
 * (NEASPEC has met in Moscow and in Vladivostok), so it suggests none, and neither do organizations.
 */
const capitalZones: Record<string, string> = {
  CHN: 'Asia/Shanghai',
  JPN: 'Asia/Tokyo',
  KOR: 'Asia/Seoul',
  MNG: 'Asia/Ulaanbaatar',
  PRK: 'Asia/Pyongyang',
};

export function hostTimeZone(partyCode: string | undefined): string | undefined {
  return partyCode ? capitalZones[partyCode] : undefined;
}
