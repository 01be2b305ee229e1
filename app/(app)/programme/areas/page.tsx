import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AreaForm, RestoreAreaButton, RetireAreaButton } from '@/components/programme/controls';
import { ProgrammeTabs } from '@/components/programme/programme-tabs';
import { Badge } from '@/components/ui/badge';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { getAreas } from '@/lib/programme/get-areas';
import { requireActor } from '@/lib/session';
import { createAreaAction, restoreAreaAction, retireAreaAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('areas') };
}

export default async function AreasPage() {
  const actor = await requireActor();
  const [{ areas, can }, t] = await Promise.all([orRefusalPage(getAreas({ actor })), getTranslations('programme')]);
  const columns = [{ label: t('areaName') }, { label: t('areaDescription') }, { label: t('status') }];
  return (
    <ClientMessages hasClientParts={can.manage} namespaces={['programme', 'common']} formErrors={['common', 'programme']}>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ProgrammeTabs current="areas" />
      <div className="space-y-6">
        <DataTable label={t('areas')} columns={can.manage ? [...columns, { label: t('areaActions'), isLabelHidden: true }] : columns}>
          {areas.map((area) => (
            <tr key={area.id}>
              <th scope="row" className="font-medium">
                <a href={`/programme?area=${area.code}`} className="text-brand-700 hover:underline">
                  {area.name}
                </a>
              </th>
              <td className="text-slate-700">{area.description}</td>
              <td>{area.retiredAt ? <Badge>{t('retired')}</Badge> : <Badge tone="success">{t('active')}</Badge>}</td>
              {can.manage && (
                <td>
                  {area.retiredAt ? (
                    <RestoreAreaButton area={area} action={restoreAreaAction} />
                  ) : (
                    <RetireAreaButton area={area} action={retireAreaAction} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </DataTable>
        {can.manage && (
          <Panel title={t('newArea')}>
            <AreaForm action={createAreaAction} />
          </Panel>
        )}
      </div>
    </ClientMessages>
  );
}
