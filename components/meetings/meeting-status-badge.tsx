import { useTranslations } from 'next-intl';
import type { MeetingStatus } from '@/lib/meetings/values';
import { Badge } from '../ui/badge';

const tones = {
  planned: 'neutral',
  registration_open: 'brand',
  registration_closed: 'warning',
  in_session: 'success',
  concluded: 'neutral',
  cancelled: 'danger',
} as const satisfies Record<MeetingStatus, string>;

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = useTranslations('meetingStatus');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
