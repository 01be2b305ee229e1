import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AddPartyForm } from '@/components/parties/add-party-form';
import { PartyTable } from '@/components/parties/party-table';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requirePermission } from '@/lib/page-guards';
import { findAllParties } from '@/lib/parties/find-all-parties';
import { addPartyAction, renamePartyAction, retirePartyAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('parties'))('title') };
}

export default async function PartiesPage() {
  const actor = await requirePermission('parties:manage');
  const [parties, t] = await Promise.all([findAllParties({ actor }), getTranslations('parties')]);
  return (
    <ClientMessages namespaces={['parties', 'partyKinds', 'common']} formErrors={['common', 'accounts']}>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-6">
        <PartyTable parties={parties} renameAction={renamePartyAction} retireAction={retirePartyAction} />
        <Panel title={t('addTitle')}>
          <AddPartyForm action={addPartyAction} />
        </Panel>
      </div>
    </ClientMessages>
  );
}
