import { describe, expect, it } from 'vitest';
import { pickMessages } from '@/components/i18n/pick-messages';

describe('pickMessages', () => {
  const catalog = {
    agenda: { title: 'Agenda', followUpStatus: { open: 'Open', done: 'Done' }, status: { adopted: 'Adopted' } },
    errors: { invalid: 'Check the fields' },
    common: { cancel: 'Cancel' },
  };

  it('passes whole namespaces, and of another only the group asked for, where the catalog has it', () => {
    expect(pickMessages(catalog, ['errors', 'agenda.followUpStatus'])).toEqual({
      errors: { invalid: 'Check the fields' },
      agenda: { followUpStatus: { open: 'Open', done: 'Done' } },
    });
  });

  it('merges two groups of one namespace, and a whole namespace wins over its groups', () => {
    expect(pickMessages(catalog, ['agenda.followUpStatus', 'agenda.status'])).toEqual({
      agenda: { followUpStatus: catalog.agenda.followUpStatus, status: catalog.agenda.status },
    });
    expect(pickMessages(catalog, ['agenda.status', 'agenda'])).toEqual({ agenda: catalog.agenda });
  });
});
