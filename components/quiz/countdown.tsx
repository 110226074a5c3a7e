"use client";

import { useEffect, useState } from "react";

/** Time left on a timed quiz. The server enforces the deadline; this only shows it. */
export function Countdown({ deadline, onExpire }: { deadline: string; onExpire: () => void }) {
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState(() => Math.max(0, end - Date.now()));
  useEffect(() => {
    const timer = setInterval(() => {
      const rest = Math.max(0, end - Date.now());
      setLeft(rest);
      if (rest === 0) {
        clearInterval(timer);
        onExpire();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [end, onExpire]);
  const s = Math.ceil(left / 1000);
  const text = formatLeft(s);
  return (
    <span className={`tabular-nums ${s < 60 ? "text-red-700" : "text-slate-700"}`}>
      Time left <span className="font-mono">{text}</span>
    </span>
  );
}

/** "4:05" under an hour, "2:04:05" under a day, "3 d 4 h" beyond (a close days away). */
function formatLeft(s: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (s < 3600) return `${Math.floor(s / 60)}:${pad(s % 60)}`;
  if (s < 86_400) return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
}
