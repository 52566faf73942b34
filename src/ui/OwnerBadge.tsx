// Whose number it is, said in words (the colour only repeats what the words say).
import { Badge, BadgeNeutralTheme, BadgeSafetyTheme, BadgeWarningTheme } from '@kommo-crm/crm-react-ui-kit/Badge';
import { useHost } from './host/HostContext';
import type { OwnerVerdict } from '../domain/types';
import { confidenceText, ownerText } from './reasonText';

const THEMES = { partner: BadgeSafetyTheme, client: BadgeWarningTheme, unknown: BadgeNeutralTheme } as const;

export function OwnerBadge({ verdict }: { verdict: OwnerVerdict | undefined }) {
  const host = useHost();
  if (!verdict) {
    return <Badge theme={BadgeNeutralTheme}>{host.t('panel.owner.checking')}</Badge>;
  }
  const label = `${ownerText(host, verdict.owner)} · ${confidenceText(host, verdict.confidence)}`;
  return <Badge theme={THEMES[verdict.owner]}>{label}</Badge>;
}
