// Finds the client-base rows (catalog elements) for a partner's deals: the rows linked to the
// deals are read by id in one request per catalog; for deals with no linked row, the row is looked
// up by contract number — one search per deal, so only within a small budget. When the deals
// without a row outnumber the budget (a foreman with hundreds of deals), none are searched:
// covering a handful of hundreds tells the engine nothing and costs the whole card's rate budget;
// the panel can look one deal's row up on demand (findRowsByContract) when a move needs a name.
import type { Catalog, CatalogElement, CustomFieldDefinition, Lead } from '../schemas';
import type { catalogsApi } from './catalogs';

type CatalogsApi = ReturnType<typeof catalogsApi>;

export interface ClientBaseOptions {
  /** Catalog id or name from the widget settings (`client_catalog`); empty = detect. */
  catalogSetting?: string;
  /** Lead field id or name holding the contract number (`field_contract`); empty = detect. */
  contractFieldSetting?: string;
  /** Most contract-number searches to make for deals without a linked row. */
  lookupBudget?: number;
  signal?: AbortSignal;
}

function matchesSetting(setting: string, id: number, name: string): boolean {
  const s = setting.trim();
  return s === String(id) || s.toLowerCase() === name.trim().toLowerCase();
}

export function contractField(leadFields: CustomFieldDefinition[], setting?: string): CustomFieldDefinition | undefined {
  if (setting?.trim()) return leadFields.find((f) => matchesSetting(setting, f.id, f.name));
  return leadFields.find((f) => f.type === 'text' && /договор/i.test(f.name) && /номер|№|no/i.test(f.name));
}

export function contractNumberOf(lead: Lead, field: CustomFieldDefinition | undefined): string | undefined {
  if (!field) return undefined;
  const value = lead.custom_fields_values.find((v) => v.field_id === field.id)?.values[0]?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function pickCatalog(catalogs: Catalog[], setting?: string): Catalog | undefined {
  if (setting?.trim()) return catalogs.find((c) => matchesSetting(setting, c.id, c.name));
  return catalogs.find((c) => c.type !== 'products' && c.type !== 'invoices' && /клиент|client/i.test(c.name));
}

function holdsContract(element: CatalogElement, contract: string): boolean {
  const texts = [element.name, ...element.custom_fields_values.flatMap((f) => f.values.map((v) => v.value))];
  return texts.some((t) => typeof t === 'string' && t.trim().toLowerCase().split(/\s+/).includes(contract.toLowerCase()));
}

export async function loadClientBase(
  api: CatalogsApi,
  deals: Lead[],
  leadFields: CustomFieldDefinition[],
  opts: ClientBaseOptions = {},
): Promise<CatalogElement[]> {
  const signal = opts.signal ? { signal: opts.signal } : {};
  const idsByCatalog = new Map<number, number[]>();
  for (const deal of deals) {
    for (const ref of deal._embedded.catalog_elements ?? []) {
      const catalogId = ref.metadata?.catalog_id;
      if (catalogId === undefined) continue;
      idsByCatalog.set(catalogId, [...(idsByCatalog.get(catalogId) ?? []), ref.id]);
    }
  }
  const linked = Promise.all([...idsByCatalog].map(([catalogId, ids]) => api.getCatalogElementsByIds(catalogId, ids, signal)));

  const field = contractField(leadFields, opts.contractFieldSetting);
  const budget = opts.lookupBudget ?? 5;
  const wanted = deals
    .filter((d) => (d._embedded.catalog_elements ?? []).length === 0)
    .map((d) => contractNumberOf(d, field))
    .filter((c): c is string => c !== undefined);
  const unlinked = wanted.length <= budget ? wanted : [];

  let searched: CatalogElement[] = [];
  if (unlinked.length > 0) {
    const settingId = Number(opts.catalogSetting);
    const knownId =
      Number.isInteger(settingId) && settingId > 0 ? settingId : idsByCatalog.size === 1 ? [...idsByCatalog.keys()][0] : undefined;
    const catalogId = knownId ?? pickCatalog(await api.getCatalogs(signal), opts.catalogSetting)?.id;
    if (catalogId !== undefined) searched = await findRowsByContract(api, catalogId, unlinked, opts.signal);
  }
  const all = [...(await linked).flat(), ...searched];
  return [...new Map(all.map((e) => [e.id, e])).values()];
}

/** Client-base rows holding these contract numbers (one search each; hits re-checked). */
export async function findRowsByContract(
  api: CatalogsApi,
  catalogId: number,
  contracts: readonly string[],
  signal?: AbortSignal,
): Promise<CatalogElement[]> {
  const hits = await Promise.all(
    contracts.map((c) =>
      api.searchCatalogElements(catalogId, c, signal ? { signal } : {}).then((rows) => rows.filter((r) => holdsContract(r, c))),
    ),
  );
  return hits.flat();
}
