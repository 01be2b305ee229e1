import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { ReviewRating } from '@/lib/programme/values';
import { Badge } from '../ui/badge';
import { RatingBadge } from './badges';

type MeetingReview = {
  id: string;
  projectId: string;
  projectCode: string;
  projectTitle: string;
  rating: ReviewRating;
  decidedAt: Date | null;
  agendaItem: { number: string; title: string } | null;
};

/** The project reviews due at a meeting, each linking to its place in the project's timeline. */
export function MeetingReviews({ reviews }: { reviews: MeetingReview[] }) {
  const t = useTranslations('programme');
  if (reviews.length === 0) return <p className="text-sm text-slate-600">{t('noReviewsDue')}</p>;
  return (
    <ul className="space-y-2 text-sm">
      {reviews.map((review) => (
        <li key={review.id} className="flex flex-wrap items-center gap-2">
          <Link href={`/programme/projects/${review.projectId}#review-${review.id}`} className="font-medium text-brand-700 hover:underline">
            {review.projectCode}: {review.projectTitle}
          </Link>
          <RatingBadge rating={review.rating} />
          {review.decidedAt ? <Badge tone="success">{t('decided')}</Badge> : <Badge>{t('pending')}</Badge>}
          {review.agendaItem && <span className="text-slate-600">{t('agendaItemLabel', review.agendaItem)}</span>}
        </li>
      ))}
    </ul>
  );
}
