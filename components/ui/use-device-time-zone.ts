"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;

/** The device's IANA time zone, or null during server rendering (so hydration matches). */
export function useDeviceTimeZone(): string | null {
  return useSyncExternalStore(noSubscription, browserZone, () => null);
}
