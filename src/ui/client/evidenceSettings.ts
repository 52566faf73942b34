// The settings the ownership engine reads evidence with: one place, for the foreman's panel and
// for the foreman cards the client's view checks.
import type { Host } from '../../host';

export function evidenceSettings(host: Host) {
  const { client_catalog, field_contract } = host.settings;
  return { ...(client_catalog ? { clientCatalog: client_catalog } : {}), ...(field_contract ? { contractField: field_contract } : {}) };
}
