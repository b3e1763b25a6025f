// Excel returns colors as "#RRGGBB" (upper case) and accepts HTML color names on write.
const NAMED: Record<string, string> = {
  black: "#000000", white: "#FFFFFF", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00",
  orange: "#FFA500", gray: "#808080", grey: "#808080", purple: "#800080", lightgreen: "#90EE90", lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3", pink: "#FFC0CB", lime: "#00FF00", navy: "#000080", teal: "#008080", silver: "#C0C0C0",
  darkgreen: "#006400", darkred: "#8B0000", gold: "#FFD700", lightblue: "#ADD8E6", lightyellow: "#FFFFE0",
};

export function normalizeColor(input: string): string | null {
  const text = input.trim();
  if (/^#?[0-9a-fA-F]{6}$/.test(text)) return "#" + text.replace("#", "").toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(text)) return "#" + [...text.slice(1)].map((c) => c + c).join("").toUpperCase();
  return NAMED[text.toLowerCase()] ?? null;
}
