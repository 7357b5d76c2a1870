/** The spreadsheet's format from its file name: the province exports XLSX or CSV. */
export function spreadsheetFormatOf(fileName: string): 'csv' | 'xlsx' {
  return /\.xlsx$/i.test(fileName) ? 'xlsx' : 'csv';
}

/** The calendar list's format from its text: JSON starts with `{` or `[`, anything else is read as CSV lines. */
export function calendarFormatOf(text: string): 'json' | 'csv' {
  return /^\s*[{[]/.test(text) ? 'json' : 'csv';
}
