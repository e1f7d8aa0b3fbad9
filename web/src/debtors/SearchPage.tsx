import { type FormEvent, useEffect, useRef, useState } from 'react';
import { hasRole, useSession } from '../access/session.tsx';
import { type DebtorSearchResult, searchDebtors } from '../api/debtors.ts';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SearchResults } from './SearchResults.tsx';
import { twinsText } from './twins-messages.ts';

interface SearchState {
  query: string;
  results: DebtorSearchResult[] | null;
  /** More people match than shown (the server's limit): the person is asked to refine the query. */
  moreThan: number | null;
}

// Kept in memory only (never in the URL or storage: the query may be a national number), so that
// "back to search" from an overview shows the previous results.
let lastSearch: SearchState = { query: '', results: null, moreThan: null };

export function SearchPage() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const [query, setQuery] = useState(lastSearch.query);
  const [results, setResults] = useState<DebtorSearchResult[] | null>(lastSearch.results);
  const [moreThan, setMoreThan] = useState<number | null>(lastSearch.moreThan);
  const [fieldError, setFieldError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => () => inFlight.current?.abort(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = query.trim();
    if (trimmed === '') {
      setFieldError(true);
      inputRef.current?.focus();
      return;
    }
    setFieldError(false);
    setError(null);
    setBusy(true);
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const found = await searchDebtors(trimmed, controller.signal);
      const more = found.hasMore ? found.limit : null;
      lastSearch = { query: trimmed, results: found.results, moreThan: more };
      setResults(found.results);
      setMoreThan(more);
    } catch (caught) {
      if (controller.signal.aborted) return;
      setResults(null);
      setError(caught);
    } finally {
      if (!controller.signal.aborted) setBusy(false);
    }
  };

  let status = '';
  if (busy) status = t('search.searching');
  else if (results)
    status =
      results.length === 0
        ? t('search.noResults')
        : moreThan !== null
          ? t('search.moreThan', { count: moreThan })
          : t('search.resultCount', { count: results.length });

  const describedBy = fieldError ? 'search-query-error search-query-hint' : 'search-query-hint';
  return (
    <>
      <PageTitle>{t('search.title')}</PageTitle>
      {hasRole(user, ['finance']) && (
        <p>
          <a href={hrefFor('/debtors-twins')}>{twinsText(lang, 'title')}</a>
        </p>
      )}
      <search>
        <form className="search-form" onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor="search-query">{t('search.queryLabel')}</label>
            <p id="search-query-hint" className="hint">
              {t('search.queryHint')}
            </p>
            {fieldError && (
              <p id="search-query-error" className="field-error">
                {t('search.queryRequired')}
              </p>
            )}
            <div className="inline-controls">
              <input
                id="search-query"
                ref={inputRef}
                type="search"
                name="query"
                autoComplete="off"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                aria-invalid={fieldError || undefined}
                aria-describedby={describedBy}
              />
              <button type="submit" disabled={busy}>
                {t('search.submit')}
              </button>
            </div>
          </div>
        </form>
      </search>
      <StatusMessage text={status} />
      <ErrorAlert error={error} />
      {results && results.length > 0 && <SearchResults results={results} />}
    </>
  );
}
