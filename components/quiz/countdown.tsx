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
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  return (
    <span className={`font-mono tabular-nums ${s < 60 ? "text-red-700" : "text-slate-700"}`} aria-label={`Time left: ${text}`}>
      ⏱ {text}
    </span>
  );
}
