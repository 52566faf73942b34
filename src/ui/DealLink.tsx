// A deal as managers name it: a link titled by its job address (or its name), then its contract.
import { useHost } from './host/HostContext';
import type { Lead } from '../api/schemas';
import type { DetectedFields } from '../domain/types';
import { dealLine } from './phoneEvidence';

export function DealLink({ deal, fields }: { deal: Lead; fields: DetectedFields }) {
  const host = useHost();
  const line = dealLine(deal, fields);
  return (
    <>
      <a href={host.cardUrl('leads', deal.id)} target="_top">
        {line.title}
      </a>
      {line.contract && ` · ${line.contract}`}
    </>
  );
}
