import { useApolloClient, useMutation } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { useState } from 'react';

import type { LogInInput, SignUpInput } from '../../../generated/graphql';
import { LogInDocument, SignUpDocument } from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/**
 * Log-in and sign-up: the API sets the session cookie; the cache is emptied so that every screen
 * reads the new user. Field errors land on the form; anything else is returned as `alert`.
 */
export function useLogIn(form: FormInstance, onDone: () => void) {
  const client = useApolloClient();
  const [logIn, { loading: loggingIn }] = useMutation(LogInDocument);
  const [signUp, { loading: signingUp }] = useMutation(SignUpDocument);
  const [alert, setAlert] = useState<string | null>(null);

  async function run(work: () => Promise<unknown>) {
    setAlert(null);
    try {
      await work();
      await client.clearStore();
      onDone();
    } catch (error) {
      const unowned = applyServerErrors(form, graphQLErrorsOf(error));
      if (unowned.length) setAlert(unowned.join('；'));
    }
  }

  return {
    alert,
    loading: loggingIn || signingUp,
    logIn: (input: LogInInput) => run(() => logIn({ variables: { input } })),
    signUp: (input: SignUpInput) => run(() => signUp({ variables: { input } })),
  };
}
