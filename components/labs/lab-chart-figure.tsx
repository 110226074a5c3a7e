"use client";

import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";

/** The height every lab chart has unless it asks for another. */
export const LAB_CHART_HEIGHT = 220;

/**
 * A lab's chart: a labelled figure whose chart fills the width at a fixed height (recharts needs
 * one to measure against), with its caption below saying what the lines show.
 */
export function LabChartFigure({ label, caption, height = LAB_CHART_HEIGHT, children }: { label: string; caption: string; height?: number; children: ReactElement }) {
  return (
    <figure aria-label={label} className="min-w-0">
      <div style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 text-xs text-slate-500">{caption}</figcaption>
    </figure>
  );
}
