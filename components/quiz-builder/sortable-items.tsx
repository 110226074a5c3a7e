"use client";

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { ReactNode } from "react";

export type SortableRow = { uid: string; label: string };

type Props<T extends SortableRow> = {
  rows: T[];
  onReorder: (rows: T[]) => void;
  render: (row: T, index: number) => ReactNode;
};

const INSTRUCTIONS =
  "To move a question, press Space or Enter on its handle, move it with the Up and Down arrow keys, then press Space or Enter to drop it, or Escape to cancel.";

/**
 * The quiz's questions as a list an author reorders by dragging a row's handle or by keyboard:
 * Space on the handle picks the row up, the arrows move it, Space drops it; every step is
 * announced to screen readers by position.
 */
export function SortableItems<T extends SortableRow>({ rows, onReorder, render }: Props<T>) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const position = (id: string | number) => rows.findIndex((r) => r.uid === id) + 1;
  const name = (id: string | number) => rows.find((r) => r.uid === id)?.label ?? "Question";
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}, position ${position(active.id)} of ${rows.length}.`,
    onDragOver: ({ active, over }) => (over ? `${name(active.id)} is now at position ${position(over.id)} of ${rows.length}.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `${name(active.id)} dropped at position ${position(over.id)} of ${rows.length}.` : `${name(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Moving cancelled. ${name(active.id)} stays at position ${position(active.id)}.`,
  };
  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    onReorder(arrayMove(rows, position(active.id) - 1, position(over.id) - 1));
  }
  return (
    <DndContext id="quiz-items" sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}>
      <SortableContext items={rows.map((r) => r.uid)} strategy={verticalListSortingStrategy}>
        <ol className="mt-3 space-y-3">
          {rows.map((row, i) => (
            <SortableRowItem key={row.uid} uid={row.uid} label={`Move question ${i + 1}`}>
              {render(row, i)}
            </SortableRowItem>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableRowItem({ uid, label, children }: { uid: string; label: string; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: uid });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex items-start gap-2 rounded-md border bg-white p-3 ${isDragging ? "relative z-10 border-brand-400 shadow-lg" : "border-slate-200"}`}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={label}
        className="mt-5 cursor-grab touch-none rounded px-1.5 py-1 text-slate-500 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 active:cursor-grabbing"
      >
        <span aria-hidden>⠿</span>
      </button>
      <div className="min-w-0 flex-1">{children}</div>
    </li>
  );
}
