// A chart part's plots read as a reader draws them: each plot (bar, line, scatter) with the axes its axis ids
// name (position, fixed scale, number format, where the labels go) and its series' cached values and formulas.
interface ChartAxis {
  id: string;
  position: string;
  max?: number;
  min?: number;
  format?: string;
  labels?: string;
}

export interface ChartPlot {
  kind: string;
  axes: ChartAxis[];
  series: Array<{ values: number[]; valuesFormula?: string }>;
}

const attribute = (xml: string, tag: string, name = "val") => new RegExp(`<c:${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));

function axesOf(xml: string): Map<string, ChartAxis> {
  const axes = new Map<string, ChartAxis>();
  for (const [axis] of xml.matchAll(/<c:(?:valAx|catAx|dateAx)>[\s\S]*?<\/c:(?:valAx|catAx|dateAx)>/g)) {
    const id = attribute(axis, "axId") ?? "";
    const scaling = /<c:scaling>[\s\S]*?<\/c:scaling>/.exec(axis)?.[0] ?? "";
    axes.set(id, {
      id,
      position: attribute(axis, "axPos") ?? "",
      max: number(attribute(scaling, "max")),
      min: number(attribute(scaling, "min")),
      format: attribute(axis, "numFmt", "formatCode"),
      labels: attribute(axis, "tickLblPos"),
    });
  }
  return axes;
}

export function plotsOf(xml: string): ChartPlot[] {
  const axes = axesOf(xml);
  return [...xml.matchAll(/<c:(barChart|lineChart|scatterChart|areaChart)>([\s\S]*?)<\/c:\1>/g)].map(([, kind, body]) => {
    const ids = [...body.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, "").matchAll(/<c:axId val="([^"]*)"\/>/g)].map((m) => m[1]);
    const series = [...body.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
      const values = /<c:(?:val|yVal)>([\s\S]*?)<\/c:(?:val|yVal)>/.exec(ser)?.[1] ?? "";
      return { values: [...values.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1])), valuesFormula: /<c:f>([^<]*)<\/c:f>/.exec(values)?.[1] };
    });
    return { kind, axes: ids.map((id) => axes.get(id)).filter((a): a is ChartAxis => a !== undefined), series };
  });
}
