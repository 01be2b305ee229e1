import { useTranslations } from 'next-intl';
import type { StatementStatus } from '@/lib/statements/values';
import { Badge } from '../ui/badge';

const tones = {
  drafting: 'neutral',
  circulated: 'brand',
  final: 'warning',
  silence_procedure: 'warning',
  adopted: 'success',
  published: 'success',
} as const satisfies Record<StatementStatus, string>;

export function StatementStatusBadge({ status }: { status: StatementStatus }) {
  const t = useTranslations('statements.statuses');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
