// Where a CSV file went wrong, for errors that name its line: csv-parse reports an unclosed quote at the end of the file.

/** The line a record starts on: csv-parse's info.lines is the one it ends on, after the line breaks inside its quoted cells. */
export function recordStartLine(record: readonly string[], endLine: number): number {
  return endLine - record.reduce((n, c) => n + c.split('\n').length - 1, 0);
}

/**
 * The line the record csv-parse failed on starts at: the line after the last record it read (`lastGoodLine`, its
 * info.lines), past the empty lines it skips. A line of spaces is read as a record, so it is where the error is.
 */
export function failedRecordLine(text: string, lastGoodLine: number): number {
  const lines = text.split('\n');
  let line = lastGoodLine + 1;
  while (line < lines.length && lines[line - 1] === '') line++;
  return line;
}
