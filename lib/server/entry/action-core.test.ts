import { redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/server/data/actor";
import { ConflictError, ForbiddenError, RateLimitedError } from "@/lib/server/errors";
import { createDefineAction, createDefineFormAction } from "./action-core";

const student: Actor = { id: "u1", role: "STUDENT" };
const signedIn = createDefineAction(async () => student);
const signedOut = createDefineAction(async () => null);
const input = z.object({ name: z.string().min(2, { error: "At least 2 characters." }), count: z.coerce.number().int().optional() });

function logLines(spy: ReturnType<typeof vi.spyOn>): Record<string, unknown>[] {
  return spy.mock.calls.map((args: unknown[]) => JSON.parse(String(args[0])) as Record<string, unknown>);
}

afterEach(() => vi.restoreAllMocks());

describe("defineAction", () => {
  it("passes the parsed input, the actor and one clock reading to the handler", async () => {
    const handler = vi.fn(async ({ input: i, actor }: { input: z.output<typeof input>; actor: Actor; now: Date }) => ({ ok: true as const, data: `${actor.id}:${i.name}:${i.count}` }));
    const action = signedIn({ name: "demo", input }, handler);
    expect(await action({ name: "Ada", count: "3" })).toEqual({ ok: true, data: "u1:Ada:3" });
    expect(handler.mock.calls[0]?.[0].now).toBeInstanceOf(Date);
  });

  it("refuses a caller without a session before reading the input", async () => {
    const handler = vi.fn();
    const result = await signedOut({ name: "demo", input }, handler)({ name: "x" });
    expect(result).toMatchObject({ ok: false, code: "not_authenticated", message: expect.stringMatching(/Sign in again/) });
    expect(handler).not.toHaveBeenCalled();
  });

  it("lets public actions run without a session, with a null actor", async () => {
    const action = signedOut({ name: "demo", input, public: true }, async ({ actor }) => ({ ok: true, data: actor }));
    expect(await action({ name: "Ada" })).toEqual({ ok: true, data: null });
  });

  it("answers unparsable input with field errors and never calls the handler", async () => {
    const handler = vi.fn();
    const result = await signedIn({ name: "demo", input }, handler)({ name: "A" });
    expect(result).toEqual({ ok: false, message: "Please fix the highlighted fields.", fieldErrors: { name: "At least 2 characters." } });
    const custom = await signedIn({ name: "demo", input, invalid: (fields) => `Bad: ${fields.name}` }, handler)({ name: "A" });
    expect(custom).toMatchObject({ message: "Bad: At least 2 characters." });
    expect(handler).not.toHaveBeenCalled();
  });

  it("maps typed errors to their message, code and field errors", async () => {
    const action = signedIn({ name: "demo", input }, async () => {
      throw new ConflictError("Taken.", { name: "That name is taken." });
    });
    expect(await action({ name: "Ada" })).toEqual({ ok: false, message: "Taken.", fieldErrors: { name: "That name is taken." }, code: "conflict" });
  });

  it("logs an unexpected error once as JSON and shows a generic message", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = signedIn({ name: "demo-crash", input }, async () => {
      throw new Error("relation \"Secret\" does not exist");
    });
    const result = await action({ name: "Ada" });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/Something went wrong on our side/), fieldErrors: {} });
    expect(JSON.stringify(result)).not.toContain("Secret");
    const lines = logLines(errors);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", event: "action_failed", name: "demo-crash", actorId: "u1" });
  });

  it("lets redirect() through as Next's control flow", async () => {
    const action = signedIn({ name: "demo", input }, async () => redirect("/teams/t1"));
    await expect(action({ name: "Ada" })).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("runs the limit hook after parsing and before the handler; its refusal is a result", async () => {
    const handler = vi.fn();
    const limit = vi.fn(async () => {
      throw new RateLimitedError(30, "exports");
    });
    const result = await signedIn({ name: "demo", input, limit }, handler)({ name: "Ada" });
    expect(result).toMatchObject({ ok: false, code: "rate_limited", message: "Too many exports. Try again in 30 s." });
    expect(limit).toHaveBeenCalledWith({ kind: "action", name: "demo", actor: student }, { name: "Ada" }, expect.any(Date));
    expect(handler).not.toHaveBeenCalled();
  });

  it("writes one audit line per audited call, with its outcome", async () => {
    const info = vi.spyOn(console, "log").mockImplementation(() => {});
    const action = signedIn({ name: "demo-audit", input, audit: true }, async ({ input: i }) => {
      if (i.name === "No") throw new ForbiddenError();
      return { ok: true };
    });
    await action({ name: "Ada" });
    await action({ name: "No" });
    await action({ name: "A" });
    expect(logLines(info).map((l) => [l.event, l.name, l.actorId, l.outcome])).toEqual([
      ["audit", "demo-audit", "u1", "ok"],
      ["audit", "demo-audit", "u1", "forbidden"],
      ["audit", "demo-audit", "u1", "invalid"],
    ]);
  });

  it("maps positional (and bound) arguments to one input", async () => {
    const action = signedIn({ name: "demo", input, args: (name: string, count: number) => ({ name, count }) }, async ({ input: i }) => ({ ok: true, data: i }));
    expect(await action.bind(null, "Ada")(2)).toEqual({ ok: true, data: { name: "Ada", count: 2 } });
  });
});

describe("defineFormAction", () => {
  const defineFormAction = createDefineFormAction(async () => student);

  function form(fields: Record<string, string>): FormData {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  }

  it("reads the form's fields and echoes the named ones on failure", async () => {
    const action = defineFormAction({ name: "demo", input, echo: ["name"] }, async () => {
      throw new ConflictError("Taken.");
    });
    const result = await action(null, form({ name: "Ada", password: "secret" }));
    expect(result).toEqual({ ok: false, message: "Taken.", fieldErrors: {}, code: "conflict", values: { name: "Ada" } });
  });

  it("passes arguments bound before the form to its reader", async () => {
    const action = defineFormAction(
      { name: "demo", input, read: (f: FormData, name: string) => ({ name, count: f.get("count") }) },
      async ({ input: i }) => ({ ok: true, data: i }),
    );
    expect(await action.bind(null, "Bound")(null, form({ count: "4" }))).toEqual({ ok: true, data: { name: "Bound", count: 4 } });
  });
});
