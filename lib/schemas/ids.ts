import { text } from "./text";

/** A row's id as it arrives in a URL or a request (cuids are 25 characters; anything longer names nothing). */
export const recordIdSchema = text().min(1).max(40);

/** Template and card-note keys: lower-case words joined by hyphens. */
export const kebabKeySchema = text().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
