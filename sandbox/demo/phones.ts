// Phone numbers of the demo account: unique digits, written the ways people and telephony write them.
import type { Random } from './random';

const MOBILE_CODES = ['911', '921', '931', '981', '904', '905', '952', '953', '962', '999', '900', '965', '967'];

/** Hands out numbers never used before (10 national digits, e.g. "9211234567"). */
export class PhonePool {
  private readonly used = new Set<string>();
  constructor(private readonly random: Random) {}
  reserve(national: string): string {
    this.used.add(national);
    return national;
  }
  mobile(): string {
    return this.fresh(() => `${this.random.pick(MOBILE_CODES)}${this.random.int(1_000_000, 9_999_999)}`);
  }
  landline(): string {
    return this.fresh(() => `812${this.random.int(2_000_000, 7_999_999)}`);
  }
  private fresh(make: () => string): string {
    for (;;) {
      const n = make();
      if (!this.used.has(n)) return this.reserve(n);
    }
  }
}

export const e164 = (national: string) => `+7${national}`;

function parts(n: string): [string, string, string, string] {
  return [n.slice(0, 3), n.slice(3, 6), n.slice(6, 8), n.slice(8, 10)];
}

/** How a number is typed into a contact's PHONE field. */
export function cardFormat(n: string, random: Random): string {
  const [a, b, c, d] = parts(n);
  return random.pick([
    `8 (${a}) ${b}-${c}-${d}`,
    `+7 ${a} ${b}${c}${d}`,
    `+7(${a})${b}-${c}-${d}`,
    `8-${a}-${b}-${c}-${d}`,
    `+7${n}`,
    `8${n}`,
    `${a} ${b} ${c} ${d}`,
    `${a}-${b}-${c}-${d}`,
    `+7 (${a}) ${b}-${c}-${d}`,
    `8 ${a} ${b}-${c}-${d}`,
  ]);
}

/** How a telephony integration writes the caller's number into a call note. */
export function callFormat(n: string, random: Random): string {
  const [a, b, c, d] = parts(n);
  return random.pick([`+7${n}`, `+7${n}`, `8${n}`, `7${n}`, `+7 (${a}) ${b}-${c}-${d}`, `8 (${a}) ${b}-${c}-${d}`]);
}

/** How the client base keeps a client's phone. */
export function baseFormat(n: string, random: Random): string {
  const [a, b, c, d] = parts(n);
  return random.pick([`8 (${a}) ${b}-${c}-${d}`, `+7 ${a} ${b} ${c} ${d}`, `8${n}`, `+7${n}`]);
}
