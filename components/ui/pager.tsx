import Link from "next/link";
import { buttonClasses } from "./button";

/** Previous / next links for a paged list; nothing when everything fits on one page. */
export function Pager({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link className={buttonClasses("secondary", "sm")} href={href(page - 1)}>
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link className={buttonClasses("secondary", "sm")} href={href(page + 1)}>
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The URL of page `page` of the list at `path`, keeping the filters that are set. */
export function pagedHref(path: string, filter: Record<string, string | undefined>, page: number): string {
  const params = Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return `${path}?${new URLSearchParams({ ...params, page: String(page) })}`;
}
