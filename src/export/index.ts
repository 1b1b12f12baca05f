export { csvField, writeEdgesCsv, writeNodesCsv } from "./csv";
export { GEXF_VERSIONS, writeGexf, writeGexfChunks } from "./gexf";
export type { GexfOptions, GexfVersion } from "./gexf";
export { ANALYSIS_JSON_FORMAT, writeAnalysisJson, writeAnalysisJsonChunks } from "./json";
export type { AnalysisJsonDocument, AnalysisJsonHead, AnalysisJsonInput, AnalysisJsonOptions } from "./json";
export { LIST_SEPARATOR, METRIC_ATTRIBUTES } from "./values";
export type { ExportGraph } from "./values";
export { describeFilters } from "./filter-note";
