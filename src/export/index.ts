export { csvField, writeEdgesCsv, writeNodesCsv } from "./csv";
export {
  BRIDGE_LINK_COLOR,
  createLinkStyle,
  LABEL_COLOR,
  LABEL_FONT,
  labelSizeThreshold,
  linkOpacityRange,
  MANY_LINKS,
  SMALL_NETWORK,
} from "./drawing";
export type { LinkLook, LinkStyle } from "./drawing";
export { describeFilters } from "./filter-note";
export { GEXF_VERSIONS, writeGexf, writeGexfBytes, writeGexfChunks } from "./gexf";
export type { GexfOptions, GexfVersion } from "./gexf";
export { writeGraphml, writeGraphmlChunks } from "./graphml";
export type { GraphmlOptions } from "./graphml";
export { HTML_VIEWER_FILES, joinViewerScript, writeHtml } from "./html";
export type { HtmlOptions } from "./html";
export { buildHtmlData, HTML_DATA_FORMAT, htmlNetworkOf } from "./html-data";
export type { HtmlAnalysisInput, HtmlField, HtmlNetwork, HtmlPaper, HtmlViewerData } from "./html-data";
export { ANALYSIS_JSON_FORMAT, writeAnalysisJson, writeAnalysisJsonChunks } from "./json";
export type { AnalysisJsonDocument, AnalysisJsonHead, AnalysisJsonInput, AnalysisJsonOptions } from "./json";
export { placeLabels } from "./label-placement";
export type { LabelCandidate, LabelPlacementOptions, PlacedLabel } from "./label-placement";
export { ATTRIBUTE_TITLES, communityLegendOptions, communityTitle, describeLegend, formatLegendNumber } from "./legend";
export type { LegendEntry, LegendModel, LegendOptions } from "./legend";
export { pajekLabel, writePajek } from "./pajek";
export type { PajekOptions } from "./pajek";
export { writeSvg, writeSvgChunks } from "./svg";
export type { LinkOverride, NodeOverride, SvgOptions } from "./svg";
export { estimateTextWidth } from "./text-width";
export { LIST_SEPARATOR, METRIC_ATTRIBUTES } from "./values";
export type { ExportGraph } from "./values";
export { fitViewport, project } from "./viewport";
export type { FitOptions, Viewport } from "./viewport";
export { vosviewerLabel, writeVosviewer } from "./vosviewer";
export type { VosviewerFiles } from "./vosviewer";
