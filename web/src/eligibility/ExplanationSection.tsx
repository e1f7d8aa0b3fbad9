import './worklist.css';
import { useState } from 'react';
import { hasRole, useSession } from '../access/session.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { ExplanationSentences } from './worklist-api.ts';
import { type WorklistMessageKey, worklistText } from './worklist-messages.ts';

/**
 * Why a person got their outcome, in sentences from the server (amounts in euros, dates dd/mm/yyyy). Finance
 * can open the raw rule under each sentence with one click ("Toon regel").
 */
export function ExplanationSection(props: {
  sentences: ExplanationSentences;
  recomputed: boolean;
  matchesDecision: boolean;
}) {
  const { lang } = useI18n();
  const { user } = useSession();
  const t = (key: WorklistMessageKey, params?: Record<string, string | number>) =>
    worklistText(lang, key, params);
  const [showRule, setShowRule] = useState(false);
  const finance = hasRole(user, ['finance', 'admin']);
  const s = props.sentences;
  const rule = (text: string) => (showRule ? <pre className="rule">{text}</pre> : null);
  return (
    <div className="explanation">
      <p>{s.summary}</p>
      {props.recomputed && <p className="hint">{t('explain.recomputed')}</p>}
      {!props.matchesDecision && <p className="hint">{t('explain.mismatch')}</p>}
      {finance && (
        <p>
          <button type="button" aria-expanded={showRule} onClick={() => setShowRule(!showRule)}>
            {showRule ? t('explain.hideRule') : t('explain.showRule')}
          </button>
        </p>
      )}
      <h3>{t('explain.eligibility')}</h3>
      <p>
        <strong>{s.eligibility.sentence}</strong>
      </p>
      <ul aria-label={t('explain.eligibility')}>
        {s.eligibility.parts.map((part) => (
          <li key={part}>{part}</li>
        ))}
      </ul>
      {rule(s.eligibility.rule)}
      <h3>{t('explain.criteria')}</h3>
      <ul aria-label={t('explain.criteria')}>
        {s.conditions.map((c) => (
          <li key={c.parameter}>
            {c.sentence}
            {rule(c.rule)}
          </li>
        ))}
      </ul>
      {s.rights.length > 0 && (
        <>
          <h3>{t('explain.rights')}</h3>
          <ul aria-label={t('explain.rights')}>
            {s.rights.map((r) => (
              <li key={r.code}>
                {r.sentence}
                {rule(r.rule)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('explain.facts')}</h3>
      {s.facts.length === 0 ? (
        <p>{t('explain.noFacts')}</p>
      ) : (
        <ul aria-label={t('explain.facts')}>
          {s.facts.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
