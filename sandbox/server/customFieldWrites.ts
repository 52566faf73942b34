// custom_fields_values on write, as amoCRM applies them: a field entry replaces that field's whole
// value list, `values: null` clears the field, fields are named by id or code, enums by code or id,
// dates come as int or RFC 3339 and are kept as int.
import type { CustomFieldValue, CustomFieldWrite, ValidationError } from '../../src/api/schemas';
import type { FieldDefinition } from '../demo';

const DAY = 86_400;
const MSK = 3 * 3600;
const DATE_TYPES = new Set(['date', 'date_time', 'birthday']);
const ENUM_LIST_TYPES = new Set(['select', 'radiobutton', 'multiselect']);
const RFC3339 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

type Item = NonNullable<CustomFieldWrite['values']>[number];
type StoredItem = CustomFieldValue['values'][number];
type Resolved = { def: FieldDefinition; values: StoredItem[] | null };

export interface FieldsResolution {
  errors: ValidationError[];
  /** Applies the writes to an entity's current list (replace per field, clear on null). */
  apply(current: CustomFieldValue[] | null): CustomFieldValue[] | null;
}

/** Dates are whole days kept at midnight Moscow time (the account's timezone). */
function toTimestamp(type: string, value: unknown): number | null {
  let t: number | null = null;
  if (typeof value === 'number' && Number.isInteger(value)) t = value;
  else if (typeof value === 'string' && RFC3339.test(value)) {
    const ms = Date.parse(value.length === 10 ? `${value}T00:00:00+03:00` : value);
    t = Number.isNaN(ms) ? null : Math.floor(ms / 1000);
  }
  if (t === null) return null;
  return type === 'date_time' ? t : Math.floor((t + MSK) / DAY) * DAY - MSK;
}

function resolveItem(def: FieldDefinition, item: Item, path: string, errors: ValidationError[]): StoredItem | null {
  const enums = def.enums ?? [];
  const fail = (code: string, at: string, detail: string) => {
    errors.push({ code, path: `${path}.${at}`, detail });
    return null;
  };
  if (DATE_TYPES.has(def.type)) {
    const t = toTimestamp(def.type, item.value);
    return t === null ? fail('InvalidType', 'value', 'This value should be of type int.') : { value: t };
  }
  if (def.type === 'multitext') {
    if (typeof item.value !== 'string' || item.value.trim() === '') return fail('NotBlank', 'value', 'This value should not be blank.');
    const byCode = item.enum_code !== undefined ? enums.find((e) => e.value === item.enum_code) : undefined;
    const byId = item.enum_id !== undefined ? enums.find((e) => e.id === item.enum_id) : undefined;
    if (item.enum_code !== undefined && !byCode)
      return fail('NotSupportedChoice', 'enum_code', 'The value you selected is not a valid choice.');
    if (item.enum_id !== undefined && !byId) return fail('NotSupportedChoice', 'enum_id', 'The value you selected is not a valid choice.');
    const chosen = byCode ?? byId ?? enums[0];
    return chosen ? { value: item.value, enum_id: chosen.id, enum_code: chosen.value } : { value: item.value };
  }
  if (ENUM_LIST_TYPES.has(def.type)) {
    const chosen = item.enum_id !== undefined ? enums.find((e) => e.id === item.enum_id) : enums.find((e) => e.value === item.value);
    if (!chosen)
      return fail('NotSupportedChoice', item.enum_id !== undefined ? 'enum_id' : 'value', 'The value you selected is not a valid choice.');
    return { value: chosen.value, enum_id: chosen.id };
  }
  if (def.type === 'numeric') {
    const n = typeof item.value === 'number' ? item.value : Number(item.value);
    return Number.isFinite(n) && item.value !== ''
      ? { value: String(n) }
      : fail('InvalidType', 'value', 'This value should be of type numeric.');
  }
  if (def.type === 'checkbox') {
    return typeof item.value === 'boolean' ? { value: item.value } : fail('InvalidType', 'value', 'This value should be of type bool.');
  }
  if (typeof item.value !== 'string') return fail('InvalidType', 'value', 'This value should be of type string.');
  return { value: item.value };
}

export function resolveFieldWrites(defs: readonly FieldDefinition[], writes: readonly CustomFieldWrite[] | undefined): FieldsResolution {
  const errors: ValidationError[] = [];
  const resolved: Resolved[] = [];
  (writes ?? []).forEach((w, i) => {
    const path = `custom_fields_values.${i}`;
    const def = w.field_id !== undefined ? defs.find((d) => d.id === w.field_id) : defs.find((d) => d.code === w.field_code);
    if (!def) {
      errors.push({
        code: 'NotSupportedChoice',
        path: `${path}.${w.field_id !== undefined ? 'field_id' : 'field_code'}`,
        detail: 'The value you selected is not a valid choice.',
      });
      return;
    }
    // `values: []` is undocumented; reading it as "clear" is the least surprising choice.
    if (w.values === null || w.values.length === 0) {
      resolved.push({ def, values: null });
      return;
    }
    if (!def.type.startsWith('multi') && w.values.length > 1) {
      errors.push({ code: 'InvalidValue', path: `${path}.values`, detail: 'This field takes a single value.' });
      return;
    }
    const items = w.values.map((item, j) => resolveItem(def, item, `${path}.values.${j}`, errors));
    resolved.push({ def, values: items.filter((x): x is StoredItem => x !== null) });
  });

  return {
    errors,
    apply(current) {
      if (resolved.length === 0) return current;
      let list = [...(current ?? [])];
      for (const { def, values } of resolved) {
        const at = list.findIndex((f) => f.field_id === def.id);
        if (values === null) {
          if (at >= 0) list = list.filter((_, k) => k !== at);
          continue;
        }
        const entry: CustomFieldValue = {
          field_id: def.id,
          field_name: def.name,
          field_code: def.code ?? null,
          field_type: def.type,
          values,
        };
        if (at >= 0) list[at] = entry;
        else list.push(entry);
      }
      return list.length === 0 ? null : list;
    },
  };
}
