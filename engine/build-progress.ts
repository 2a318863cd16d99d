// Shows the first build's download as one updating line on a terminal, or a line every 25 jars in a log.
import type { BuildProgress } from './engine-build.ts';

/**
 * A progress callback for ensureEngineBuilt/startEngine that writes to `stream` (stderr by default).
 * @example await startEngine({ ..., onProgress: reportBuildProgress() });
 */
export function reportBuildProgress(
  stream: { write: (text: string) => unknown; isTTY?: boolean } = process.stderr,
): (progress: BuildProgress) => void {
  const tty = stream.isTTY === true;
  return (progress) => {
    if (progress.kind === 'start') stream.write(`${progress.message}\n`);
    else if (progress.kind === 'note') stream.write(`${tty ? '\r\x1b[K' : ''}${progress.message}\n`);
    else if (progress.kind === 'download') {
      if (tty)
        stream.write(`\r  fetched ${progress.jars} jars from Maven Central (${progress.artifact})\x1b[K`);
      else if (progress.jars % 25 === 0)
        stream.write(`  fetched ${progress.jars} jars from Maven Central…\n`);
    } else {
      const seconds = (progress.ms / 1000).toFixed(1);
      stream.write(
        `${tty ? '\r\x1b[K' : ''}  engine built in ${seconds} s (${progress.jars} jars fetched, cached in engine/target/)\n`,
      );
    }
  };
}
