import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';

import enUS from '../locales/en-US';
import type { MessageId } from '../locales/zh-CN';
import zhCN from '../locales/zh-CN';
import { formatMessage } from '../shared/format';

export type Language = 'zh-CN' | 'en-US';
const CATALOGS: Record<Language, Record<MessageId, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
const STORAGE_KEY = 'duijie.language';

export type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Chinese by default; English when the user switched (kept in localStorage). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    setState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (id, values) => formatMessage(CATALOGS[language][id] ?? zhCN[id] ?? id, values),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
