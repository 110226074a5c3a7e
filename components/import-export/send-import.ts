import type { ImportEvent, ImportState } from "./import-state";

export type ImportRequest = { body: Blob; name: string | undefined; format: string; defaultTopic: string };

/**
 * Sends a file to the import endpoint and follows its NDJSON answer, calling
 * `onState` with each step (uploading, progress, then the result or a problem).
 */
export async function sendImport(request: ImportRequest, onState: (state: ImportState) => void): Promise<void> {
  const bytes = request.body.size;
  onState({ kind: "uploading", bytes });
  const query = new URLSearchParams({ format: request.format, defaultTopic: request.defaultTopic, ...(request.name ? { name: request.name } : {}) });
  let response: Response;
  try {
    response = await fetch(`/api/admin/import?${query}`, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: request.body });
  } catch {
    return onState({ kind: "form", message: "The upload didn't reach the server. Check the connection and try again.", fieldErrors: {} });
  }
  if (!response.ok || !response.body) {
    const error = await response
      .json()
      .then((b: { error?: unknown }) => (typeof b.error === "string" ? b.error : null))
      .catch(() => null);
    const message = error ?? `The server refused the import (HTTP ${response.status}).`;
    // A file over the limit is the file field's problem; anything else the form's.
    return onState({ kind: "form", message, fieldErrors: response.status === 413 ? { file: message } : {} });
  }

  let outcome = false;
  try {
    await readNdjson(response.body, (event) => {
      if (event.type === "progress") onState({ kind: "progress", bytes, progress: { phase: event.phase, done: event.done, total: event.total } });
      else {
        outcome = true;
        if (event.type === "result") onState({ kind: "result", format: event.format, source: event.source, result: event.result, notListed: event.notListed });
        else onState({ kind: "form", message: event.message, fieldErrors: event.fieldErrors });
      }
    });
  } catch {
    // Handled below: the stream broke before the outcome arrived.
  }
  if (!outcome) {
    onState({
      kind: "form",
      message: "The connection closed before the import finished. It is all or nothing: check the templates, and import the file again if it isn't there.",
      fieldErrors: {},
    });
  }
}

/** Calls `onEvent` for each line of a newline-delimited JSON stream as it arrives. */
async function readNdjson(body: ReadableStream<Uint8Array>, onEvent: (event: ImportEvent) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    // stream: a character split across two chunks is decoded once both have arrived.
    buffered += decoder.decode(value, { stream: !done });
    let end: number;
    while ((end = buffered.indexOf("\n")) !== -1) {
      const line = buffered.slice(0, end).trim();
      buffered = buffered.slice(end + 1);
      if (line) onEvent(JSON.parse(line) as ImportEvent);
    }
    if (done) break;
  }
}
