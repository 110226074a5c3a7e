import { describe, expect, it } from "vitest";
import type { LmConfig } from "./config";
import { initParams, parameterCount } from "./params";
import { readWeights, writeWeights } from "./weight-file";

const config: LmConfig = { vocabSize: 11, layers: 2, width: 8, heads: 4, context: 16, mlpHidden: 12, position: "learned", ropeBase: 10000, window: 4, normEps: 1e-5 };

describe("weight file", () => {
  it("round-trips every float32 bit for bit, behind a 16-byte header", () => {
    const params = initParams(config, 7);
    const bytes = writeWeights(params.values);
    expect(bytes.length).toBe(16 + 4 * parameterCount(config));
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe("QFLM");
    const back = readWeights(bytes, parameterCount(config));
    expect(Buffer.from(back.buffer).equals(Buffer.from(params.values.buffer))).toBe(true);
  });

  it("writes little-endian whatever the machine", () => {
    const bytes = writeWeights(Float32Array.of(1));
    expect([...bytes.subarray(12)]).toEqual([1, 0, 0, 0, 0x00, 0x00, 0x80, 0x3f]);
  });

  it("refuses a file that is not a checkpoint, is cut short or holds another count", () => {
    const bytes = writeWeights(initParams(config, 1).values);
    const n = parameterCount(config);
    expect(() => readWeights(bytes.subarray(0, bytes.length - 4), n)).toThrow(/bytes, expected/);
    expect(() => readWeights(bytes, n + 1)).toThrow(/parameters, the config needs/);
    const wrong = Uint8Array.from(bytes);
    wrong[0] = 0;
    expect(() => readWeights(wrong, n)).toThrow(/magic/);
  });
});
