const KB = 1024;
const MB = 1024 * 1024;

/** "64 KB", "1 MB", "200.0 MB": rounded up, so a byte over a limit never reads as the limit. */
export function formatBytes(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / KB)} KB`;
  if (bytes % MB === 0 && bytes <= 10 * MB) return `${bytes / MB} MB`;
  return `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`;
}
