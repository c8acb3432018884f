import { useMutation } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App as AntApp } from 'antd';

import { useConsoleClient } from '../../../app/ConsoleClientContext';
import { useT } from '../../../app/i18n';
import type { ChangePasswordInput } from '../../../generated/graphql';
import { ChangePasswordDocument, LogOutEverywhereDocument } from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';
import { useEndSession } from './useLogOut';

/**
 * Changing the password (the API ends every other log-in and renews this one's cookie, so the live
 * connection reconnects with it) and logging out everywhere (this log-in ends too: back to log-in).
 */
export function useAccountSecurity(form: FormInstance, onLoggedOut: () => void) {
  const t = useT();
  const { message } = AntApp.useApp();
  const { restartLive } = useConsoleClient();
  const endSession = useEndSession(restartLive, onLoggedOut);
  const [change, { loading: changing }] = useMutation(ChangePasswordDocument);
  const [endAll, { loading: endingAll }] = useMutation(LogOutEverywhereDocument);

  async function changePassword(input: ChangePasswordInput) {
    try {
      await change({ variables: { input } });
    } catch (error) {
      const unowned = applyServerErrors(form, graphQLErrorsOf(error));
      if (unowned.length) void message.error(unowned.join('；'));
      return;
    }
    restartLive();
    form.resetFields();
    void message.success(t('account.password.changed'));
  }

  const logOutEverywhere = () => endSession(() => endAll());

  return { changePassword, changing, logOutEverywhere, endingAll };
}
