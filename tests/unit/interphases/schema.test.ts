import { describe, it, expect } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  INTERPHASE_IDS,
  type Interphase,
  type InterphaseInput,
} from "../../../src/interphases/schema";
import { INTERPHASES_DIR, loadInterphases, validateInterphase } from "../../../src/interphases/load";
import { recordFastStatus } from "../../../src/interphases/derived";

const records = loadInterphases();
const byId = new Map(records.map((r) => [r.id, r]));
const get = (id: string): Interphase => {
  const r = byId.get(id as Interphase["id"]);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

/** The ids listed under "Interphase ids" in content/README.md, in order. */
function readmeIds(): string[] {
  const readme = readFileSync(path.resolve("content/README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Interphase ids"));
  return [...section.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)*)`/g)].map((m) => m[1]);
}

/** A minimal valid record to break in the malformed-record tests. */
function goodRecord(): InterphaseInput {
  return {
    id: "naf-snf2",
    name: "NaF-rich layer from SnF₂ immersion",
    class: "inorganic",
    section: "4.1",
    family: "halide",
    tests: [{ cell: "symmetric", currentDensity_mAcm2: { value: 0.25 }, lifetime: { value: 700, unit: "h", bound: "gt" } }],
    chapter: "inorganic-interphases",
    anchor: "ip-naf-snf2",
    refs: [12],
  };
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("expected an error");
}

describe("interphase records", () => {
  it("all load and validate (31 interphases + the bare-sodium baseline)", () => {
    expect(records).toHaveLength(32);
    expect(records.filter((r) => r.class !== "baseline")).toHaveLength(31);
    for (const r of records) expect(() => validateInterphase(r, r.id)).not.toThrow();
  });

  it("ids are unique and equal to the file names", () => {
    const files = readdirSync(INTERPHASES_DIR).filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, ""));
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect([...files].sort()).toEqual(records.map((r) => r.id).sort());
  });

  it("cover every id of the README list, in the review's order", () => {
    const ids = readmeIds();
    expect(ids).toHaveLength(32);
    expect(records.map((r) => r.id)).toEqual(ids);
    expect([...INTERPHASE_IDS]).toEqual(ids);
  });

  it("file each record under the class, section and chapter of the review", () => {
    const counts = { "4.1": 0, "4.2": 0, "4.3": 0, "5": 0 };
    for (const r of records) counts[r.section]++;
    expect(counts).toEqual({ "4.1": 18, "4.2": 8, "4.3": 5, "5": 1 });
    expect(get("sodium-formate").class).toBe("organic");
    expect(get("nzmsc").class).toBe("inorganic");
    expect(get("na-vn-s").refs).toEqual([]);
    expect(get("na-vn-s").note).toMatch(/no reference/i);
  });
});

describe("malformed records are rejected with the record and field named", () => {
  it("accepts the untouched sample", () => {
    expect(() => validateInterphase(goodRecord(), "sample.yaml")).not.toThrow();
  });

  it("missing class", () => {
    const bad: Record<string, unknown> = { ...goodRecord() };
    delete bad.class;
    const msg = errorOf(() => validateInterphase(bad, "bad.yaml"));
    expect(msg).toContain('"naf-snf2"');
    expect(msg).toContain("bad.yaml");
    expect(msg).toMatch(/^\s+- class: Required$/m);
  });

  it("negative current density", () => {
    const bad = goodRecord();
    bad.tests[0].currentDensity_mAcm2 = { value: -2 };
    const msg = errorOf(() => validateInterphase(bad, "bad.yaml"));
    expect(msg).toContain('"naf-snf2"');
    expect(msg).toContain("tests.0.currentDensity_mAcm2.value");
    expect(msg).toMatch(/greater than 0/);
  });

  it("unknown cell type", () => {
    const bad = goodRecord();
    (bad.tests[0] as Record<string, unknown>).cell = "coin";
    const msg = errorOf(() => validateInterphase(bad, "bad.yaml"));
    expect(msg).toContain('"naf-snf2"');
    expect(msg).toContain("tests.0.cell");
    expect(msg).toContain("'coin'");
  });

  it("lifetime without unit", () => {
    const bad = goodRecord();
    (bad.tests[0] as Record<string, unknown>).lifetime = { value: 700 };
    const msg = errorOf(() => validateInterphase(bad, "bad.yaml"));
    expect(msg).toContain('"naf-snf2"');
    expect(msg).toMatch(/tests\.0\.lifetime\.unit: Required/);
  });

  it("a record without an id is named by its source", () => {
    const bad: Record<string, unknown> = { ...goodRecord() };
    delete bad.id;
    const msg = errorOf(() => validateInterphase(bad, "content/interphases/oops.yaml"));
    expect(msg).toContain("content/interphases/oops.yaml");
    expect(msg).toMatch(/- id: Required/);
  });

  it("cross-field rules: anchor, section/class, unknown keys", () => {
    const bad = { ...goodRecord(), anchor: "ip-wrong", section: "4.2", thickness_nm: 3 };
    const msg = errorOf(() => validateInterphase(bad, "bad.yaml"));
    expect(msg).toContain("thickness_nm");
    // unknown keys stop the object before cross-field checks; test those separately
    const bad2 = { ...goodRecord(), anchor: "ip-wrong", section: "4.2" as const };
    const msg2 = errorOf(() => validateInterphase(bad2, "bad.yaml"));
    expect(msg2).toMatch(/- anchor: must be "ip-naf-snf2"/);
    expect(msg2).toMatch(/- section: class "inorganic" is discussed in section 4\.1/);
  });

  it("the loader names the file and field of a broken record", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "interphases-"));
    for (const f of readdirSync(INTERPHASES_DIR)) copyFileSync(path.join(INTERPHASES_DIR, f), path.join(dir, f));
    writeFileSync(path.join(dir, "naf-snf2.yaml"), readFileSync(path.join(dir, "naf-snf2.yaml"), "utf8").replace("family: halide\n", ""));
    const msg = errorOf(() => loadInterphases(dir));
    rmSync(dir, { recursive: true, force: true });
    expect(msg).toContain('"naf-snf2"');
    expect(msg).toContain("naf-snf2.yaml");
    expect(msg).toMatch(/- family: Required/);
  });
});

describe("spot check of figures against the review", () => {
  it("nasn-nacl-sncl4", () => {
    // Section 4.1, SnCl₄ paragraph: roughly 4500 h under 100 mV at 2 mA cm⁻²/3 mAh cm⁻², roughly 1500 h at
    // 5/5, and in the Fig. 8j comparison more than 4500 h under 100 mV at 2 mA cm⁻²/1 mAh cm⁻² (ref. 8).
    const r = get("nasn-nacl-sncl4");
    expect(r.refs).toEqual([8]);
    expect(r.tests).toHaveLength(3);
    expect(r.tests[0]).toMatchObject({
      currentDensity_mAcm2: { value: 2 },
      arealCapacity_mAhcm2: { value: 3 },
      lifetime: { value: 4500, unit: "h", approx: true },
      overpotential_mV: { value: 100, bound: "lt" },
    });
    expect(r.tests[1]).toMatchObject({ currentDensity_mAcm2: { value: 5 }, arealCapacity_mAhcm2: { value: 5 }, lifetime: { value: 1500, unit: "h", approx: true } });
    expect(r.tests[2]).toMatchObject({ arealCapacity_mAhcm2: { value: 1 }, lifetime: { value: 4500, unit: "h", bound: "gt" }, figure: "Fig. 8j" });
    expect(r.tests[2].note).toMatch(/1900 h/);
    expect(r.tests[2].note).toMatch(/1000 h/);
  });

  it("al2o3-ald", () => {
    // Section 4.1, ALD paragraph: the 25-cycle film (~3.5 nm of ~1.4/3.5/7 nm) sits near 20 mV at 3 mA cm⁻²
    // and 1 mAh cm⁻², near 17 mV after 100 cycles; 38 → 40 mV at 5 mA cm⁻²; roughly 150 cycles at 10 mA cm⁻² (ref. 1).
    const r = get("al2o3-ald");
    expect(r.thicknessNm).toEqual({ value: 3.5, approx: true });
    expect(r.tests.map((x) => (x.currentDensity_mAcm2 as { value: number }).value)).toEqual([3, 5, 10]);
    expect(r.tests[0]).toMatchObject({ overpotential_mV: { value: 20 }, finalOverpotential_mV: { value: 17 }, lifetime: { value: 500, unit: "cycles", bound: "gte" } });
    expect(r.tests[1]).toMatchObject({ overpotential_mV: { value: 38 }, finalOverpotential_mV: { value: 40 } });
    expect(r.tests[2].lifetime).toEqual({ value: 150, unit: "cycles", approx: true });
  });

  it("na3p-red-phosphorus", () => {
    // Section 4.1, pnictide paragraph: modulus around 8.6 GPa against about 3.4 GPa for Na, about 0.12 mS cm⁻¹,
    // activation energy near 11 kJ mol⁻¹, about 80 mV for about 780 h at 1 mA cm⁻²/1 mAh cm⁻² (ref. 22).
    const r = get("na3p-red-phosphorus");
    expect(r.youngsModulusGPa).toMatchObject({ value: 8.6, vs: { value: 3.4 } });
    expect(r.ionicConductivity_mScm).toMatchObject({ value: 0.12 });
    expect(r.activationEnergy_kJmol).toMatchObject({ value: 11 });
    expect(r.tests[0]).toMatchObject({ overpotential_mV: { value: 80 }, lifetime: { value: 780, unit: "h" }, currentDensity_mAcm2: { value: 1 }, arealCapacity_mAhcm2: { value: 1 } });
  });

  it("sodium-formate", () => {
    // Section 4.2, formate paragraph: about 0.65 μm thick; about 2200 h in a diglyme-based electrolyte at
    // 2 mA cm⁻² and 1 mAh cm⁻² (ref. 86), which the review places in the fast-charging regime.
    const r = get("sodium-formate");
    expect(r.thicknessNm).toEqual({ value: 650, approx: true });
    expect(r.tests[0]).toMatchObject({ electrolyte: "diglyme-based", currentDensity_mAcm2: { value: 2 }, arealCapacity_mAhcm2: { value: 1 }, lifetime: { value: 2200, unit: "h", approx: true } });
    expect(recordFastStatus(r)).toBe("yes");
  });

  it("iohl-na", () => {
    // Section 4.3, IOHL-Na paragraph: CE 98.5 % over 800 cycles at 2 mA cm⁻²; more than 2000 h at 15.8 mV
    // at 4 mA cm⁻² and 4 mAh cm⁻² in symmetric cells (ref. 93).
    const r = get("iohl-na");
    expect(r.refs).toEqual([93]);
    expect(r.tests[0]).toMatchObject({ coulombicEfficiency_pct: { value: 98.5 }, lifetime: { value: 800, unit: "cycles" }, currentDensity_mAcm2: { value: 2 } });
    expect(r.tests[1]).toMatchObject({ cell: "symmetric", overpotential_mV: { value: 15.8 }, lifetime: { value: 2000, unit: "h", bound: "gt" }, arealCapacity_mAhcm2: { value: 4 } });
  });

  it("naxbi-nacl-bicl3", () => {
    // Section 4.1, NZSP paragraph and Fig. 9 caption: coating ~1.67 μm; resistance ~1252 Ω → ~68 Ω; ~3000 h at
    // 0.1 mA cm⁻² (0.1 mAh cm⁻² in the caption) with a CCD of 2 mA cm⁻² (ref. 18).
    const r = get("naxbi-nacl-bicl3");
    expect(r.thicknessNm).toEqual({ value: 1670, approx: true });
    expect(r.interfacialResistance_ohm).toMatchObject({ value: 68, vs: { value: 1252 } });
    expect(r.tests[0]).toMatchObject({ currentDensity_mAcm2: { value: 0.1 }, arealCapacity_mAhcm2: { value: 0.1 }, lifetime: { value: 3000, unit: "h" }, ccd_mAcm2: 2 });
  });
});
