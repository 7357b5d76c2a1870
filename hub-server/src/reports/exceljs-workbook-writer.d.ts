/**
 * exceljs's streaming workbook writer, loaded by its own path: the package's
 * entry also loads the workbook model and the readers (unzipper, saxes and
 * their kin), which the export never uses (issue 18: ~6 MB resident and
 * about a second of CPU at the first export). exceljs has no exports map, so
 * the path is reachable; its type is the one the package declares.
 */
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type { stream } from 'exceljs';

  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}
