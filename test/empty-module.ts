// Stands in for modules that only guard bundling, such as "server-only", under Vitest.
export {};
