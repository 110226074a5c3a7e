import "server-only";
import { forbidden, notFound, unauthorized } from "next/navigation";
import { appErrorCode } from "@/lib/server/errors";

/** For pages: turns the data layer's typed errors into Next's 403/404/401 pages. */
export async function orPageError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const code = appErrorCode(error);
    if (code === "forbidden") forbidden();
    if (code === "not_found") notFound();
    // A page's input is its URL: one the database can't even look up (a NUL in an id) names nothing.
    if (code === "validation") notFound();
    if (code === "not_authenticated") unauthorized();
    throw error;
  }
}
