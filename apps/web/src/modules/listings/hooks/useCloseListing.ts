import { useMutation } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import { CloseListingDocument } from '../../../generated/graphql';

/** Closes a listing; the cached row takes the new status from the answer. */
export function useCloseListing() {
  const t = useT();
  const { message } = App.useApp();
  const [close] = useMutation(CloseListingDocument);
  return async (id: string) => {
    await close({ variables: { id } });
    void message.success(t('listing.closed'));
  };
}
