'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Party } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import type { RenamePartyInput, RetirePartyInput } from '@/lib/parties/schemas';
import { ActionDialog } from '../forms/action-dialog';
import { useAction, useErrorMessage } from '../forms/use-action';
import { Alert } from '../ui/alert';
import { describedBy, Field, TextInput } from '../ui/field';

type PartyControlsProps = {
  party: Pick<Party, 'id' | 'code' | 'name' | 'retiredAt'>;
  renameAction: (input: RenamePartyInput) => Promise<ActionResult<Party>>;
  retireAction: (input: RetirePartyInput) => Promise<ActionResult<Party>>;
};

/** Renaming (the new name asked in the dialog) and retiring (confirmed first) one party. */
export function PartyControls({ party, renameAction, retireAction }: PartyControlsProps) {
  const t = useTranslations('parties');
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(party.name);
  const [notice, setNotice] = useState<string>();
  const rename = useAction(renameAction, {
    onSuccess: (renamed) => {
      setNotice(t('renamed', { name: renamed.name }));
      router.refresh();
    },
  });
  const retire = useAction(retireAction, {
    onSuccess: (retired) => {
      setNotice(t('retiredNotice', { name: retired.name }));
      router.refresh();
    },
  });
  const nameError = errorMessage(rename.failure?.fieldErrors?.name, rename.failure);
  const fieldId = `party-${party.id}-name`;

  return (
    <div className="flex flex-col items-end gap-2">
      {notice && <Alert tone="success">{notice}</Alert>}
      <div className="flex justify-end gap-2">
        <ActionDialog
          triggerLabel={t('rename')}
          triggerAriaLabel={t('renameLabel', { name: party.name })}
          triggerVariant="secondary"
          variant="primary"
          title={t('renameTitle', { name: party.name })}
          body={t('renameBody', { code: party.code })}
          confirmLabel={t('rename')}
          failure={rename.failure}
          fields={['name']}
          onOpen={() => {
            setName(party.name);
            setNotice(undefined);
            rename.clearFailure();
          }}
          onConfirm={() => rename.run({ partyId: party.id, name })}
        >
          <Field id={fieldId} label={t('newName')} error={nameError}>
            <TextInput {...describedBy(fieldId, { error: nameError })} value={name} onChange={(event) => setName(event.target.value)} />
          </Field>
        </ActionDialog>
        {!party.retiredAt && (
          <ActionDialog
            triggerLabel={t('retire')}
            triggerAriaLabel={t('retireLabel', { name: party.name })}
            triggerVariant="secondary"
            title={t('retireTitle', { name: party.name })}
            body={t('retireBody')}
            confirmLabel={t('retire')}
            failure={retire.failure}
            onOpen={() => {
              setNotice(undefined);
              retire.clearFailure();
            }}
            onConfirm={() => retire.run({ partyId: party.id })}
          />
        )}
      </div>
    </div>
  );
}
