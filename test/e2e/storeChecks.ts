// What the e2e tests check in the sandbox's store after the browser is done: where each number is.
import type { Sandbox } from '../../sandbox/server';

/** The last ten digits: a number as the store may hold it, in any format. */
export const digits = (s: string): string => s.replace(/\D/g, '').slice(-10);

/** The contact's PHONE values as stored. */
export function phonesOf(sandbox: Sandbox, contactId: number): string[] {
  const field = sandbox.store.contacts.get(contactId)?.custom_fields_values?.find((f) => f.field_code === 'PHONE');
  return (field?.values ?? []).map((v) => String(v.value));
}

/** Where a number is stored now: contact id per stored value holding it. */
export function holders(sandbox: Sandbox, number: string): number[] {
  return [...sandbox.store.contacts.keys()].flatMap((id) =>
    phonesOf(sandbox, id)
      .filter((v) => v.replace(/\D/g, '').includes(digits(number)))
      .map(() => id),
  );
}
