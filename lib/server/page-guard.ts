import "server-only";
import { forbidden, notFound, unauthorized } from "next/navigation";
import { ForbiddenError, NotAuthenticatedError, NotFoundError, ValidationError } from "./errors";

/** For pages: turns the data layer's typed errors into Next's 403/404/401 pages. */
export async function orPageError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof NotFoundError) notFound();
    // A page's input is its URL: one the database can't even look up (a NUL in an id) names nothing.
    if (error instanceof ValidationError) notFound();
    if (error instanceof NotAuthenticatedError) unauthorized();
    throw error;
  }
}
