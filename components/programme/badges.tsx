import { useTranslations } from 'next-intl';
import { ratingTone } from '@/lib/programme/rules';
import type { ProjectStatus, ReviewRating } from '@/lib/programme/values';
import { Badge } from '../ui/badge';

const statusTones = { proposed: 'neutral', ongoing: 'brand', completed: 'success', suspended: 'warning' } as const;

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const t = useTranslations('programme.statuses');
  return <Badge tone={statusTones[status]}>{t(status)}</Badge>;
}

export function RatingBadge({ rating }: { rating: ReviewRating }) {
  const t = useTranslations('programme.ratings');
  return <Badge tone={ratingTone(rating)}>{t(rating)}</Badge>;
}
