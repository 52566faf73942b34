// Keys for what the panel shows about one partner: the evidence behind the verdicts.
// The client-base settings are part of the key: changing them means different rows.
export interface EvidenceKeySettings {
  clientCatalog?: string;
  contractField?: string;
}

export const partnerKeys = {
  all: ['partner'] as const,
  evidences: () => [...partnerKeys.all, 'evidence'] as const,
  evidence: (contactId: number, settings: EvidenceKeySettings = {}) =>
    [
      ...partnerKeys.evidences(),
      contactId,
      { clientCatalog: settings.clientCatalog ?? '', contractField: settings.contractField ?? '' },
    ] as const,
};
