import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ConfirmMemberButton, MakeHeadButton, ReviewCredentialsForm, UploadCredentialsForm } from '@/components/registrations/delegation-controls';
import { CredentialsStatusBadge, RegistrationStatusBadge } from '@/components/registrations/registration-status-badge';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { getDelegation } from '@/lib/registrations/read';
import { requireActor } from '@/lib/session';
import { confirmMemberAction, designateHeadAction, reviewCredentialsAction, uploadCredentialsAction } from '../actions';
import { partyInSentence } from '@/lib/parties/names';

type Props = { params: Promise<{ id: string; delegationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registrations'))('delegations') };
}

export default async function DelegationPage({ params }: Props) {
  const { id, delegationId } = await params;
  const actor = await requireActor();
  const [view, t, format] = await Promise.all([
    orRefusalPage(getDelegation({ actor, input: { meetingId: id, delegationId } })),
    getTranslations('registrations'),
    getFormatter(),
  ]);
  const { meeting, delegation, members, formerMembers, letters, can } = view;
  const hasControls = can.designateHead || can.confirmMembers || can.uploadCredentials || can.reviewCredentials.length > 0;
  const columns = [{ label: t('name') }, ...(can.seeContacts ? [{ label: t('email') }] : []), { label: t('role') }, { label: t('status') }, { label: t('confirmed') }];
  return (
    <ClientMessages hasClientParts={hasControls} namespaces={['registrations', 'common']} formErrors={['common', 'registrations']}>
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {t('backToMeeting')}
        </Link>
      </p>
      <PageHeader title={t('delegationTitle', { party: partyInSentence(delegation.partyName) })} intro={meeting.title} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(24rem,1fr)]">
        <div className="space-y-6">
          {!can.confirmMembers && !can.seeContacts && <Alert tone="info">{t('readOnly')}</Alert>}
          <Panel title={t('members')}>
            {members.length === 0 ? (
              <EmptyState>{t('noRegistrations')}</EmptyState>
            ) : (
              <DataTable label={t('members')} isDense columns={columns}>
                {members.map((member) => (
                  <tr key={member.id}>
                    <th scope="row" className="font-medium">
                      {[member.honorific, member.name].filter(Boolean).join(' ')}
                      {member.position && <span className="block text-xs font-normal text-slate-600">{member.position}</span>}
                    </th>
                    {can.seeContacts && <td>{member.email}</td>}
                    <td>
                      {t(`roles.${member.delegationRole}`)}
                      {can.designateHead && member.delegationRole !== 'head' && (
                        <span className="mt-1 block">
                          <MakeHeadButton delegationId={delegation.id} member={{ id: member.id, name: member.name }} action={designateHeadAction} />
                        </span>
                      )}
                    </td>
                    <td>
                      <RegistrationStatusBadge status={member.status} />
                      {member.hasLetter && (
                        <a
                          className="mt-1 block text-xs text-brand-700 hover:underline"
                          href={`/meetings/${meeting.id}/registrations/${member.id}/letter`}
                          download
                          aria-label={t(view.letterKind === 'attendance' ? 'memberCertificateLabel' : 'memberLetterLabel', { name: member.name })}
                        >
                          {t(view.letterKind === 'attendance' ? 'memberCertificate' : 'memberLetter')}
                        </a>
                      )}
                    </td>
                    <td>
                      {member.confirmedByHeadAt ? (
                        format.dateTime(member.confirmedByHeadAt, { dateStyle: 'medium' })
                      ) : can.confirmMembers && member.delegationRole !== 'head' ? (
                        <ConfirmMemberButton member={{ id: member.id, name: member.name }} action={confirmMemberAction} />
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </Panel>
          {formerMembers.length > 0 && (
            <Panel title={t('formerMembers')}>
              <ul className="space-y-1 text-sm text-slate-700">
                {formerMembers.map((member) => (
                  <li key={member.id}>
                    {member.name} · <RegistrationStatusBadge status={member.status} />
                  </li>
                ))}
              </ul>
            </Panel>
          )}
        </div>
        <div className="space-y-6">
          <Panel title={t('credentialsTitle')}>
            <p className="text-sm text-slate-800">
              {t('status')}: <CredentialsStatusBadge status={delegation.credentialsStatus} />
            </p>
            {delegation.credentialsNote && <p className="mt-2 text-sm text-slate-700">{t('correctionNote', { note: delegation.credentialsNote })}</p>}
            {(can.uploadCredentials || can.reviewCredentials.length > 0 || letters.length > 0) && (
              <div className="mt-4">
                <h3 className="text-sm font-semibold text-slate-900">{t('letters')}</h3>
                {letters.length === 0 ? (
                  <p className="mt-1 text-sm text-slate-600">{t('noLetters')}</p>
                ) : (
                  <ul className="mt-1 space-y-1 text-sm">
                    {letters.map((letter) => (
                      <li key={letter.id}>
                        <a className="text-brand-700 hover:underline" href={`/meetings/${meeting.id}/delegations/${delegation.id}/letters/${letter.id}`} download>
                          {letter.fileName}
                        </a>{' '}
                        <span className="text-xs text-slate-600">{format.dateTime(letter.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            {can.uploadCredentials && (
              <div className="mt-5 border-t border-slate-200 pt-4">
                <UploadCredentialsForm delegationId={delegation.id} action={uploadCredentialsAction} />
              </div>
            )}
            {can.reviewCredentials.length > 0 && (
              <div className="mt-5 border-t border-slate-200 pt-4">
                <ReviewCredentialsForm key={delegation.credentialsStatus} delegationId={delegation.id} choices={can.reviewCredentials} action={reviewCredentialsAction} />
              </div>
            )}
          </Panel>
        </div>
      </div>
    </ClientMessages>
  );
}
