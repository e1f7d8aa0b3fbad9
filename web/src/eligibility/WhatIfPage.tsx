import { useEffect, useState } from 'react';
import { ErrorAlert } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { loadRuleset } from './api.ts';
import { type EligibilityMessageKey, eligibilityText } from './messages.ts';
import { RulesetEditor } from './RulesetEditor.tsx';

/** The what-if on its own: the same form as the rules editor, without saving. */
export function WhatIfPage() {
  const { lang } = useI18n();
  const t = (key: EligibilityMessageKey) => eligibilityText(lang, key);
  const [body, setBody] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    loadRuleset(lang, controller.signal)
      .then(setBody)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [lang]);
  return (
    <>
      <PageTitle>{t('whatif.title')}</PageTitle>
      <p>{t('whatif.intro')}</p>
      <ErrorAlert error={error} />
      {body !== null && <RulesetEditor initial={body} canSave={false} />}
    </>
  );
}
