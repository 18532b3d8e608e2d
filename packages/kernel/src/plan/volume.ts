import type { Appointment, PlannedItem } from './plan.types.ts';

/** Volumes are compared in litres, so 0.1 + 0.2 adds up to what a person expects. */
const toLitres = (m3: number) => Math.round(m3 * 1000);
const toM3 = (litres: number) => litres / 1000;

export function roundM3(m3: number): number {
  return toM3(toLitres(m3));
}

/** Total volume of the items in m³. */
export function totalVolume(items: readonly PlannedItem[]): number {
  return toM3(items.reduce((sum, item) => sum + toLitres(item.unitVolumeM3) * item.quantity, 0));
}

/**
 * Splits a route's pieces over as few appointments as first-fit-decreasing finds, each within the cap. A single piece
 * larger than the cap cannot be split (furniture is taken in one piece, Decision 2) and gets an appointment of its own.
 * Without a cap, or within it, everything is one appointment.
 */
export function splitOverAppointments(items: readonly PlannedItem[], capM3: number | null): Appointment[] {
  const total = totalVolume(items);
  if (capM3 === null || toLitres(total) <= toLitres(capM3)) {
    return [{ number: 1, units: items.map((i) => ({ key: i.key, quantity: i.quantity })), volumeM3: total }];
  }
  const cap = toLitres(capM3);
  const pieces = items
    .flatMap((item) =>
      Array.from({ length: item.quantity }, () => ({ key: item.key, litres: toLitres(item.unitVolumeM3) })),
    )
    .sort((a, b) => b.litres - a.litres);
  const bins: { litres: number; pieces: { key: string }[] }[] = [];
  for (const piece of pieces) {
    const bin = piece.litres > cap ? undefined : bins.find((b) => b.litres + piece.litres <= cap);
    if (bin) {
      bin.litres += piece.litres;
      bin.pieces.push(piece);
    } else {
      bins.push({ litres: piece.litres, pieces: [piece] });
    }
  }
  const order = new Map(items.map((item, i) => [item.key, i]));
  return bins.map((bin, i) => ({ number: i + 1, units: countUnits(bin.pieces, order), volumeM3: toM3(bin.litres) }));
}

function countUnits(pieces: { key: string }[], order: Map<string, number>): { key: string; quantity: number }[] {
  const counts = new Map<string, number>();
  for (const piece of pieces) counts.set(piece.key, (counts.get(piece.key) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([key, quantity]) => ({ key, quantity }));
}
