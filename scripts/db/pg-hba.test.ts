import { describe, expect, it } from "vitest";
import { requirePasswords, trustRules } from "./pg-hba";

// What `initdb --auth=trust` wrote (PostgreSQL 18), comments shortened.
const INITDB_TRUST = `# PostgreSQL Client Authentication Configuration File
# METHOD can be "trust", "reject", "md5", "password", "scram-sha-256",

# TYPE  DATABASE        USER            ADDRESS                 METHOD

# "local" is for Unix domain socket connections only
local   all             all                                     trust
# IPv4 local connections:
host    all             all             127.0.0.1/32            trust
# IPv6 local connections:
host    all             all             ::1/128                 trust
# Allow replication connections from localhost, by a user with the
# replication privilege.
local   replication     all                                     trust
host    replication     all             127.0.0.1/32            trust
host    replication     all             ::1/128                 trust
`;

describe("trustRules", () => {
  it("finds every rule initdb --auth=trust writes, and no comment", () => {
    expect(trustRules(INITDB_TRUST)).toHaveLength(6);
  });

  it("reads the method after an address written with a netmask", () => {
    expect(trustRules("host all all 127.0.0.1 255.255.255.255 trust\nhost all all ::1 ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff trust")).toHaveLength(2);
  });

  it("ignores trust as a database or user name, and other methods", () => {
    expect(trustRules("host trust trust 127.0.0.1/32 scram-sha-256\nlocal all all peer\nhost all all samehost reject")).toEqual([]);
  });
});

describe("requirePasswords", () => {
  it("leaves no trust rule and asks for scram-sha-256 on each of them", () => {
    const rewritten = requirePasswords(INITDB_TRUST);
    expect(trustRules(rewritten)).toEqual([]);
    expect(rewritten.match(/scram-sha-256$/gm)).toHaveLength(6);
  });

  it("keeps comments, other rules and the layout", () => {
    const hba = "# trust nobody\nhost  all  all  127.0.0.1/32  trust  # loopback\nhost all all 10.0.0.0/8 reject\n";
    expect(requirePasswords(hba)).toBe("# trust nobody\nhost  all  all  127.0.0.1/32  scram-sha-256  # loopback\nhost all all 10.0.0.0/8 reject\n");
  });

  it("does not change a file without trust rules", () => {
    const hba = "host all all 127.0.0.1/32 scram-sha-256\n";
    expect(requirePasswords(hba)).toBe(hba);
  });
});
