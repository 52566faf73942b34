// The company's way to name a client known only by the job address: «Купчинская 4-3-22»
// (street, house, building, flat), «Невский 28А-1» (litera stays on the house).
import type { JobAddress } from './parseJobAddress';

export function formatJobAddressName(address: JobAddress): string {
  const house = `${address.house}${address.litera ?? ''}`;
  // Without a flat, «125-2» would read as house-flat: the building gets its «к».
  const building = address.building ? (address.flat ? `-${address.building}` : ` к${address.building}`) : '';
  const flat = address.flat ? `-${address.flat}` : '';
  return `${address.street} ${house}${building}${flat}`.trim();
}
