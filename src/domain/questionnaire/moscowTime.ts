// Midnight of a calendar date in Europe/Moscow as a unix timestamp, computed from the zone's
// history (no Intl, so the machine's zone and ICU data do not matter). Birthdays of foremen
// fall in the decades when Moscow kept summer time, so the offset depends on the date.

const DAY = 86_400;

function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0)); // month is 1-based: day 0 of the next month
  return last.getUTCDate() - last.getUTCDay();
}

/** UTC offset in hours in force at local midnight of the date (transitions happen at 2–3 a.m.). */
export function moscowOffsetHours(year: number, month: number, day: number): number {
  const md = month * 100 + day;
  if (year >= 2015 || (year === 2014 && md > 1026)) return 3;
  if (year >= 2012 || (year === 2011 && md > 327)) return 4;
  if (year < 1981) return 3;
  if (year <= 1983) return md > 401 && md <= 1001 ? 4 : 3;
  if (year === 1991) return md > 331 && md <= 929 ? 3 : 2;
  if (year === 1992 && md <= 119) return 2;
  const start = 300 + lastSunday(year, 3);
  const end = year <= 1995 ? 900 + lastSunday(year, 9) : 1000 + lastSunday(year, 10);
  return md > start && md <= end ? 4 : 3;
}

export function moscowMidnight(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 1000 - moscowOffsetHours(year, month, day) * 3600;
}

/** The Moscow calendar date of a unix moment (for «today» when checking an age). */
export function moscowDate(unix: number): { year: number; month: number; day: number } {
  // Recent dates only (now): UTC+3 since 2014; older moments use the offset of their UTC day.
  const utc = new Date(unix * 1000);
  const offset = moscowOffsetHours(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
  const local = new Date((unix + offset * 3600) * 1000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

export { DAY };
