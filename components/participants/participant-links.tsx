import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import { buttonClasses } from '../ui/button';

/** The meeting page's way to its participants: the list, and the check-in desk for staff. */
export function ParticipantLinks({ meetingId, can }: { meetingId: string; can: { read: boolean; checkIn: boolean } }) {
  const t = useTranslations('participants');
  if (!can.read && !can.checkIn) return null;
  return (
    <>
      {can.read && (
        <Link className={buttonClasses('secondary')} href={`/meetings/${meetingId}/participants`}>
          {t('title')}
        </Link>
      )}
      {can.checkIn && (
        <Link className={buttonClasses('secondary')} href={`/meetings/${meetingId}/check-in`}>
          {t('checkIn')}
        </Link>
      )}
    </>
  );
}
