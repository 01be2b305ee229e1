import { useTranslations } from 'next-intl';
import type { CredentialsStatus, RegistrationStatus } from '@/lib/registrations/values';
import { Badge } from '../ui/badge';

const tones = { pending: 'warning', approved: 'success', rejected: 'danger', cancelled: 'neutral' } as const satisfies Record<RegistrationStatus, string>;

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  const t = useTranslations('registrations');
  return <Badge tone={tones[status]}>{t(`statuses.${status}`)}</Badge>;
}

const credentialsTones = {
  pending: 'neutral',
  submitted: 'brand',
  received: 'warning',
  accepted: 'success',
  correction_requested: 'danger',
} as const satisfies Record<CredentialsStatus, string>;

export function CredentialsStatusBadge({ status }: { status: CredentialsStatus }) {
  const t = useTranslations('registrations');
  return <Badge tone={credentialsTones[status]}>{t(`credentialsStatuses.${status}`)}</Badge>;
}
