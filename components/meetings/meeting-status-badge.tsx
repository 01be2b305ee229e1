import { useTranslations } from 'next-intl';
import type { PublicMeetingStatus } from '@/lib/meetings/lifecycle';
import { Badge } from '../ui/badge';

const tones = {
  planned: 'neutral',
  registration_open: 'brand',
  registration_closed: 'warning',
  in_session: 'success',
  concluded: 'neutral',
  cancelled: 'danger',
  closed: 'neutral',
} as const satisfies Record<PublicMeetingStatus, string>;

export function MeetingStatusBadge({ status }: { status: PublicMeetingStatus }) {
  const t = useTranslations('meetingStatus');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
