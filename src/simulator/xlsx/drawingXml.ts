// The drawing part (xl/drawings/drawingN.xml, ECMA-376 Part 1, 20.5) that places a sheet's charts:
// one anchor per chart, between the cells Chart.setPosition named, else at its position in points.
import { tryParseRect } from "../../shared/a1";
import { ChartModel } from "../model/objects";
import { escapeXmlText } from "./xmlText";

const EMU_PER_POINT = 12700;
const DRAWING_NS = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

const marker = (tag: "from" | "to", row: number, col: number) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

const emu = (points: number) => Math.max(0, Math.round(points * EMU_PER_POINT));

function graphicFrame(chart: ChartModel, shapeId: number, relId: string): string {
  return `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXmlText(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>`;
}

/** One anchor: two cells (setPosition with an end cell: the chart covers it), one cell and a size, or a position in points. */
export function chartAnchor(chart: ChartModel, shapeId: number, relId: string): string {
  const { position } = chart;
  const start = position.startCell ? tryParseRect(position.startCell) : null;
  const end = position.endCell ? tryParseRect(position.endCell) : null;
  const frame = graphicFrame(chart, shapeId, relId);
  if (start && end) return `<xdr:twoCellAnchor editAs="oneCell">${marker("from", start.r0, start.c0)}${marker("to", end.r1 + 1, end.c1 + 1)}${frame}</xdr:twoCellAnchor>`;
  const ext = `<xdr:ext cx="${emu(position.width)}" cy="${emu(position.height)}"/>`;
  if (start) return `<xdr:oneCellAnchor>${marker("from", start.r0, start.c0)}${ext}${frame}</xdr:oneCellAnchor>`;
  return `<xdr:absoluteAnchor><xdr:pos x="${emu(position.left)}" y="${emu(position.top)}"/>${ext}${frame}</xdr:absoluteAnchor>`;
}

export function drawingXml(anchors: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${DRAWING_NS}>${anchors.join("")}</xdr:wsDr>`;
}

/**
 * A drawing carried over from the imported file, without the chart frames named like `names` (the charts the
 * simulator restored from its own state, written again from the model) and with `anchors` added. Returns the
 * relationship ids of the charts taken out, whose parts are then left unreferenced.
 */
export function mergeIntoDrawing(xml: string, names: Set<string>, anchors: string[]): { xml: string; removed: string[] } {
  const removed: string[] = [];
  const kept = xml.replace(/<(\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1?\2>/g, (anchor) => {
    const name = /<(?:\w+:)?cNvPr\b[^>]*\bname="([^"]*)"/.exec(anchor)?.[1];
    const chartId = /<(?:\w+:)?chart\b[^>]*\br:id="([^"]+)"/.exec(anchor)?.[1];
    if (chartId === undefined || name === undefined || !names.has(name)) return anchor;
    removed.push(chartId);
    return "";
  });
  const ids = [...kept.matchAll(/<(?:\w+:)?cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(1, ...ids) + 1;
  const renumbered = anchors.map((a) => a.replace(/(<xdr:cNvPr\b[^>]*\bid=")\d+/, (_m, head: string) => `${head}${next++}`));
  const root = /<\/(\w+:)?wsDr>\s*$/.exec(kept);
  const at = root ? root.index : kept.length;
  const declared = /xmlns:xdr=/.test(kept) ? "" : ` ${DRAWING_NS}`;
  const added = declared ? renumbered.map((a) => a.replace(/^<xdr:(\w+)/, `<xdr:$1${declared}`)) : renumbered;
  return { xml: kept.slice(0, at) + added.join("") + kept.slice(at), removed };
}
