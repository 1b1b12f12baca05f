/** Node keys of every graph: `author:<person key>`, `paper:<paper id>`, `topic:<topic key>` (DESIGN.md). */

export const authorNode = (personKey: string): string => `author:${personKey}`;
export const paperNode = (paperId: string): string => `paper:${paperId}`;
export const topicNode = (topicKey: string): string => `topic:${topicKey}`;
