/** A fixed-width bar for `done` of `total`: `[#########···········]  45 %`. */
export function progressBar(done: number, total: number, width = 24): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'·'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)} %`;
}

/** Where progress is written: a terminal gets one line redrawn in place, a log or a pipe a line per change. */
export interface ProgressOut {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

/** Reports progress lines, writing only when the line changes; `end()` finishes the line. */
export function progressReporter(out: ProgressOut): { update(line: string): void; end(): void } {
  let last = '';
  return {
    update(line) {
      if (line === last) return;
      last = line;
      out.write(out.isTTY ? `\r\u001b[2K${line}` : `${line}\n`);
    },
    end() {
      if (out.isTTY && last) out.write('\n');
    },
  };
}
