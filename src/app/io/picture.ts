/**
 * The PNG download: the canvas as it is (same camera, same labels) drawn at a chosen pixel density (1×,
 * 2× or 4× its CSS size) by @sigma/export-image, which renders a temporary sigma off screen, with the
 * legend painted in the bottom left corner from the same LegendModel as the page's legend. The temporary
 * sigma takes its pixel ratio from window.devicePixelRatio, which is set to the scale while it draws and
 * given back after.
 */

import { drawOnCanvas } from "@sigma/export-image";
import type { LegendModel } from "../view/legends";
import type { Renderer } from "../view/renderer";
import { saveFile } from "./downloads";

/** The scales the download menu offers; 2 is the default. */
export const PICTURE_SCALES = [1, 2, 4] as const;
const FONT = "Inter, 'Segoe UI', system-ui, sans-serif";

/** Runs `draw` with window.devicePixelRatio at `ratio`, then restores the browser's own. */
async function atPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  Object.defineProperty(window, "devicePixelRatio", { value: ratio, configurable: true });
  try {
    return await draw();
  } finally {
    // Deleting the own property uncovers the browser's getter again.
    delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/** Lines of text the legend box shows, with a swatch colour where one applies. */
function legendLines(model: LegendModel): { text: string; color?: string; bold?: boolean }[] {
  const lines: { text: string; color?: string; bold?: boolean }[] = [
    { text: `Size: ${model.size.title}`, bold: true },
    { text: model.size.ticks.map((tick) => String(tick.value)).join(" · ") || "–" },
    { text: `Line width: ${model.lines.title} ${model.lines.range}`, bold: true },
    { text: `Colour: ${model.colour.title}`, bold: true },
  ];
  if (model.colour.kind === "sequential")
    lines.push({ text: `${model.colour.domain[0]} → ${model.colour.domain[1]}`, color: model.colour.stops[2] });
  else
    for (const entry of model.colour.entries)
      lines.push({ text: `${entry.label}  ${entry.count.toLocaleString("en")}`, color: entry.color });
  return lines;
}

/** Paints the legend box into the bottom left corner of `context` (in CSS pixels; the context is scaled). */
export function paintLegend(context: CanvasRenderingContext2D, model: LegendModel, height: number): void {
  const lines = legendLines(model);
  const lineHeight = 16;
  const padding = 10;
  context.font = `12px ${FONT}`;
  const textWidth = Math.max(...lines.map((line) => context.measureText(line.text).width));
  const boxWidth = textWidth + 2 * padding + 16;
  const boxHeight = lines.length * lineHeight + 2 * padding;
  const top = height - boxHeight - 12;
  context.fillStyle = "rgba(255, 255, 255, 0.92)";
  context.strokeStyle = "#d9dce3";
  context.fillRect(12, top, boxWidth, boxHeight);
  context.strokeRect(12.5, top + 0.5, boxWidth, boxHeight);
  lines.forEach((line, i) => {
    const y = top + padding + i * lineHeight + 12;
    let x = 12 + padding;
    if (line.color) {
      context.fillStyle = line.color;
      context.fillRect(x, y - 9, 10, 10);
      x += 16;
    }
    context.font = `${line.bold ? "600 " : ""}12px ${FONT}`;
    context.fillStyle = "#1f2430";
    context.fillText(line.text, x, y);
  });
}

/** Saves the canvas as `${name}.png` at `scale` times its size with the legend; nothing when nothing is drawn. */
export async function savePicture(renderer: Renderer, name: string, scale = 2): Promise<void> {
  const scene = renderer.scene();
  if (!scene) return;
  const canvas = await atPixelRatio(scale, () =>
    drawOnCanvas(scene.sigma, {
      backgroundColor: "#ffffff",
      withTempRenderer: (copy) => {
        scene.decorate(copy);
        copy.refresh();
      },
    }),
  );
  const context = canvas.getContext("2d");
  if (context && scene.legend) {
    context.setTransform(scale, 0, 0, scale, 0, 0);
    paintLegend(context, scene.legend, canvas.height / scale);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("papergraph/app: the browser could not encode the picture.");
  saveFile({ name: `${name}.png`, blob });
}
