import { useMutation } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { useState } from 'react';

import { RequestPasswordResetDocument, ResetPasswordDocument } from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/**
 * 忘记密码: asking for a reset link by e-mail, and setting a new password with the link's token.
 * Field errors land on the form; the rest (an expired link, too many requests) is `alert`.
 */
export function usePasswordReset(form: FormInstance) {
  const [request, { loading: requesting }] = useMutation(RequestPasswordResetDocument);
  const [reset, { loading: resetting }] = useMutation(ResetPasswordDocument);
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function run(work: () => Promise<unknown>) {
    setAlert(null);
    try {
      await work();
      setDone(true);
    } catch (error) {
      const unowned = applyServerErrors(form, graphQLErrorsOf(error));
      if (unowned.length) setAlert(unowned.join('；'));
    }
  }

  return {
    alert,
    done,
    loading: requesting || resetting,
    requestLink: (email: string) => run(() => request({ variables: { input: { email } } })),
    setPassword: (token: string, newPassword: string) =>
      run(() => reset({ variables: { input: { token, newPassword } } })),
  };
}
