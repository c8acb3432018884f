import 'dayjs/locale/zh-cn';

import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';

import { createConsoleClient } from './apolloClient';
import { ConsoleClientContext } from './ConsoleClientContext';
import { I18nProvider, useI18n } from './i18n';
import { routes } from './routes';

/** The nonce the API put in this page's CSP; antd's runtime styles carry it. */
function cspNonce(): string | undefined {
  const value = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content');
  return value && !value.startsWith('__') ? value : undefined;
}

const router = createBrowserRouter(routes);

function Themed() {
  const { language } = useI18n();
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  const nonce = useMemo(cspNonce, []);
  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCNAntd : enUSAntd}
      csp={nonce ? { nonce } : undefined}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  const console = useMemo(createConsoleClient, []);
  return (
    <ConsoleClientContext.Provider value={console}>
      <ApolloProvider client={console.client}>
        <I18nProvider>
          <Themed />
        </I18nProvider>
      </ApolloProvider>
    </ConsoleClientContext.Provider>
  );
}
