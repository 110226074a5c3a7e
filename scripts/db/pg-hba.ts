// pg_hba.conf rules are whitespace-separated fields: `local DATABASE USER METHOD [OPTIONS]` or
// `host* DATABASE USER ADDRESS [MASK] METHOD [OPTIONS]` (PostgreSQL's "Client Authentication" chapter).
const HOST_TYPES = new Set(["host", "hostssl", "hostnossl", "hostgssenc", "hostnogssenc"]);
const PASSWORD_METHOD = "scram-sha-256";

/** An IPv4 netmask (255.255.255.0) or an IPv6 one, written as an address after the address field. */
function isMask(field: string | undefined): boolean {
  return field !== undefined && (/^\d+\.\d+\.\d+\.\d+$/.test(field) || (field.includes(":") && !field.includes("/")));
}

/** Index of the METHOD field of a rule, or null for comments, blank lines and include directives. */
function methodIndex(fields: string[]): number | null {
  const type = fields[0];
  if (type === "local") return 3;
  if (type !== undefined && HOST_TYPES.has(type)) {
    // An address written as a bare IP is followed by its mask; CIDR, host names and keywords are not.
    const address = fields[3];
    return address !== undefined && !address.includes("/") && isMask(fields[4]) ? 5 : 4;
  }
  return null;
}

function fieldsOf(line: string): string[] {
  return line.replace(/#.*/, "").trim().split(/\s+/).filter(Boolean);
}

/** The rules that let a client in without any credential. */
export function trustRules(hba: string): string[] {
  return hba.split("\n").filter((line) => {
    const fields = fieldsOf(line);
    const index = methodIndex(fields);
    return index !== null && fields[index] === "trust";
  });
}

/**
 * The same file with every `trust` method replaced by scram-sha-256, comments and
 * layout kept, so a cluster created with trust asks for the superuser's password.
 */
export function requirePasswords(hba: string): string {
  return hba
    .split("\n")
    .map((line) => {
      const fields = fieldsOf(line);
      const index = methodIndex(fields);
      if (index === null || fields[index] !== "trust") return line;
      // Replace the index-th field in place, so the column alignment and any comment stay.
      let seen = -1;
      return line.replace(/\S+/g, (field) => {
        seen += 1;
        return seen === index ? PASSWORD_METHOD : field;
      });
    })
    .join("\n");
}
