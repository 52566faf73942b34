// The client base (catalog rows) read by field names: contract number, client's full name,
// phone(s), address. Rows carry `field_name`, so no definitions are needed.
import type { ClientBaseRecord } from '../records';
import { textByName } from '../fields/readValues';
import { parsePhoneValue } from '../phones/parsePhoneValue';
import type { NormalizeOptions } from '../phones/normalize';

export interface ClientBaseRow {
  elementId: number;
  contract: string;
  /** Full name, '' when the base does not know it. */
  name: string;
  phones: string[];
  address: string;
}

/** Contract numbers compare without spaces, case and the «№» sign: «СПб-2024/118» = «спб 2024/118». */
export function contractKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/№|n[o°]\.?/g, '')
    .replace(/[\s._-]/g, '');
}

const isContract = (n: string) => /(договор|contract)/.test(n);
const isName = (n: string) => /(фио|имя|клиент|name)/.test(n) && !/(телефон|phone|адрес|address|договор)/.test(n);
const isPhone = (n: string) => /(телефон|phone|тел\.)/.test(n);
const isAddress = (n: string) => /(адрес|address)/.test(n);

export function readClientBaseRow(element: ClientBaseRecord, opts?: NormalizeOptions): ClientBaseRow {
  const contract = textByName(element, (n) => isContract(n) && !/дата|date/.test(n));
  const phoneText = element.custom_fields_values
    .filter((f) => f.field_name && isPhone(f.field_name.toLowerCase()))
    .flatMap((f) => f.values.map((v) => (typeof v.value === 'string' ? v.value : '')))
    .join(', ');
  return {
    elementId: element.id,
    contract,
    name: textByName(element, isName),
    phones: parsePhoneValue(phoneText, opts).numbers.map((p) => p.e164),
    address: textByName(element, isAddress),
  };
}
