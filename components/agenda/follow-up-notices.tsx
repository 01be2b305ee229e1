'use client';

import { useTranslations } from 'next-intl';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { FollowUpStatus } from '@/lib/agenda/values';
import { Alert } from '../ui/alert';

type Saved = { description: string; status: FollowUpStatus };

const SavedFollowUpContext = createContext<((saved: Saved) => void) | null>(null);

/**
 * Holds the notice of the last saved follow-up above the list. A row whose new status leaves the
 * filter disappears on refresh, taking any message of its own with it.
 */
export function FollowUpNotices({ filterStatus, children }: { filterStatus: FollowUpStatus | 'all'; children: ReactNode }) {
  const t = useTranslations('followUps');
  const tStatus = useTranslations('agenda.followUpStatus');
  const [saved, setSaved] = useState<Saved | null>(null);
  const leavesFilter = saved !== null && filterStatus !== 'all' && saved.status !== filterStatus;
  return (
    <SavedFollowUpContext value={setSaved}>
      {saved && (
        <div className="mb-3">
          <Alert tone="success">
            {t(leavesFilter ? 'savedLeavesFilter' : 'savedNotice', { what: saved.description, status: tStatus(saved.status) })}
          </Alert>
        </div>
      )}
      {children}
    </SavedFollowUpContext>
  );
}

/** Reports a saved follow-up to the notice of the list around it. */
export function useReportSavedFollowUp(): (saved: Saved) => void {
  const report = useContext(SavedFollowUpContext);
  if (!report) throw new Error('A follow-up status form belongs inside FollowUpNotices.');
  return report;
}
