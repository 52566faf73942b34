// A deal as managers name it: a link titled by its job address (or its name), then its contract.
import type { Host } from '../host';
import type { Lead } from '../api/schemas';
import type { DetectedFields } from '../domain/types';
import { dealLine } from './phoneEvidence';

export function DealLink({ host, deal, fields }: { host: Host; deal: Lead; fields: DetectedFields }) {
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
