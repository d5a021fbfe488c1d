/**
 * The dataset as the chapter figures of sections 4.2 and 4.3 draw it (components/figures/Ch42Lifetimes.astro):
 * Na‖Na lifetimes in hours, grouped by current density, each bar with its fast-charging status from
 * `fastStatus`, so a figure can never call a test fast that the table does not.
 */
import type { Interphase, InterphaseClass } from "./schema";
import { fastStatus, type FastStatus } from "./derived";
import { formatFigure, formatValue } from "./format";
import { UNITS } from "../lib/units";

export interface LifetimeBar {
  id: string;
  /** The record's short name ("PVDF@Cu"). */
  label: string;
  hours: number;
  /** How the review qualifies the lifetime: ">" more than, "≈" about, "" exactly. */
  qualifier: ">" | "≈" | "";
  /** Areal capacity as printed, with its unit, where the review gives one. */
  capacity?: string;
  fast: FastStatus;
}

export interface LifetimeGroup {
  /** Current density, mA cm⁻². */
  j: number;
  /** "2 mA cm⁻²". */
  label: string;
  /** Longest lifetime first. */
  bars: LifetimeBar[];
}

/** Symmetric-cell tests of one class with a single current density and a lifetime in hours, grouped by current density. */
export function lifetimeGroups(records: readonly Interphase[], cls: InterphaseClass): LifetimeGroup[] {
  const groups = new Map<number, LifetimeBar[]>();
  for (const r of records) {
    if (r.class !== cls) continue;
    for (const t of r.tests) {
      const j = t.currentDensity_mAcm2;
      const life = t.lifetime;
      if (t.cell !== "symmetric" || !life || life.unit !== "h" || !j || "min" in j || j.bound) continue;
      const bars = groups.get(j.value) ?? [];
      bars.push({
        id: r.id,
        label: r.shortName ?? r.name,
        hours: life.value,
        qualifier: life.bound === "gt" || life.bound === "gte" ? ">" : life.approx ? "≈" : "",
        ...(t.arealCapacity_mAhcm2 ? { capacity: `${formatFigure(t.arealCapacity_mAhcm2)} ${UNITS.mAh_cm2.label}` } : {}),
        fast: fastStatus(t),
      });
      groups.set(j.value, bars);
    }
  }
  return [...groups]
    .sort(([a], [b]) => a - b)
    .map(([j, bars]) => ({ j, label: `${formatValue(j)} ${UNITS.mA_cm2.label}`, bars: bars.sort((a, b) => b.hours - a.hours) }));
}
