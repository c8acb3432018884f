import { useMutation } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { insertIntoConnection } from '../../../app/cache/connection';
import { useT } from '../../../app/i18n';
import type { ListingRowFragment } from '../../../generated/graphql';
import { CreateListingDocument, UpdateListingDocument } from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';
import type { ListingFormValues } from '../utils/listingInput';
import { toListingInput } from '../utils/listingInput';

/**
 * Create or edit a listing. A created one goes first into the firm's cached list (no refetch);
 * every BAD_USER_INPUT field error lands on its field.
 */
export function useListingForm(
  form: FormInstance<ListingFormValues>,
  enterpriseId: string,
  editing: ListingRowFragment | null,
  onDone: () => void,
) {
  const t = useT();
  const { message } = App.useApp();
  const [create, { loading: creating }] = useMutation(CreateListingDocument);
  const [update, { loading: updating }] = useMutation(UpdateListingDocument);

  async function submit(values: ListingFormValues) {
    const input = toListingInput(values);
    try {
      if (editing) {
        const { kind: _kind, ...changes } = input;
        await update({ variables: { id: editing.id, input: changes } });
        void message.success(t('listing.updated'));
      } else {
        await create({
          variables: { input },
          update(cache, { data }) {
            if (!data) return;
            insertIntoConnection(
              cache,
              {
                owner: cache.identify({ __typename: 'Enterprise', id: enterpriseId }),
                fieldName: 'listings',
                edgeTypename: 'ListingEdge',
                nodeTypename: 'Listing',
              },
              data.createListing,
            );
          },
        });
        void message.success(t('listing.created'));
      }
      onDone();
    } catch (error) {
      for (const text of applyServerErrors(form, graphQLErrorsOf(error))) void message.error(text);
    }
  }

  return { submit, saving: creating || updating };
}
