/** Report sections: headings and paragraphs, in the report language. */
export interface ReportSection {
  heading: string;
  paragraphs: string[];
  /** Nesting level for layout: 1 for "一、…", 2 for "（一）…". */
  level: 1 | 2;
}
