import { useEffect } from 'react';

/** The page's h1, also used as the document title; focusable so navigation can move focus to it. */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} — EvS`;
  }, [children]);
  return <h1 tabIndex={-1}>{children}</h1>;
}
