import { z } from "zod";
import { text } from "./text";

/** A template definition as the editor sends it: any JSON object; the data layer checks it (schema plus sampled variants). */
export const templateDraftSchema = z.record(text(), z.unknown());

/** What the template editor shows when the page sent something it can't read. */
export const UNREADABLE_TEMPLATE = "The template couldn't be read. Reload the page and try again.";
