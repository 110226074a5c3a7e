"use client";

import { useCallback, useEffect, useState } from "react";

const MESSAGE = "You have unsaved changes. Leave this page and lose them?";

/** Whether a click on this link would leave the page for another one of the app. */
function leavesPage(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
  if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return false;
  const url = new URL(link.href, window.location.href);
  return !(url.origin === window.location.origin && url.pathname === window.location.pathname && url.search === window.location.search);
}

/**
 * Guards an editor's unsaved work: `dirty` while `current` differs from what was last saved
 * (the first value it had, then each `markSaved`). While dirty, closing or reloading the tab
 * asks the browser's "Leave site?" question, and following a link to another page asks first
 * (links are caught before the App Router's own handler, so a "stay" keeps the page as it is).
 */
export function useUnsavedChanges(current: unknown): { dirty: boolean; markSaved: (saved?: unknown) => void } {
  const snapshot = JSON.stringify(current);
  const [saved, setSaved] = useState(snapshot);
  const dirty = snapshot !== saved;

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (!leavesPage(event) || window.confirm(MESSAGE)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);

  const markSaved = useCallback((value?: unknown) => setSaved(value === undefined ? snapshot : JSON.stringify(value)), [snapshot]);
  return { dirty, markSaved };
}
