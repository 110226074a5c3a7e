import type { InputHTMLAttributes } from "react";
import { controlProps, LabelledControl } from "./field-notes";

/** A labelled input with its hint and error wired up for screen readers. */
export function Field({
  label,
  name,
  error,
  hint,
  className,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string }) {
  const id = input.id ?? `field-${name}`;
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error} className={className}>
      <input name={name} {...controlProps(id, hint, error)} {...input} />
    </LabelledControl>
  );
}
