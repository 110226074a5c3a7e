/** Only same-site paths are allowed as post-sign-in destinations (no open redirects). */
export function safeCallbackUrl(value: string | string[] | undefined, fallback = "/dashboard"): string {
  const v = v0(value);
  if (typeof v !== "string" || !v.startsWith("/") || v.startsWith("//") || v.startsWith("/\\")) return fallback;
  return v;
}

function v0(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
