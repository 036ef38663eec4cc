// The report's file formats, apart from the writers so the renderer can list them.
export const REPORT_FORMATS = ['xlsx', 'csv', 'json', 'pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
