/** Sizes of a chart row in px at the standard text size, shared by the static SVG and the Chart.js version. */
export const LAYOUT = {
  /** Label and value text. */
  font: 14,
  /** One line of a label. */
  line: 20,
  /** Bar thickness. */
  bar: 18,
  /** Space between one row's bar and the next row's label. */
  gap: 14,
  /** Space before a bar that has no label of its own (the second of a pair): it belongs to the bar above. */
  pairGap: 4,
  /** The title of a download. */
  titleFont: 16,
  titleLine: 24,
} as const;
