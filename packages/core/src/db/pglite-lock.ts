import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseLockedError } from './errors.ts';

// PGlite has no inter-process locking of its own: two processes on one data directory corrupt it.
// We hold `<dir>.lock` (created with O_EXCL, containing our pid) for as long as the database is open;
// a lock whose pid is no longer alive is stale and taken over.

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the single-process lock of a PGlite data directory; returns the release function.
 * Throws {@link DatabaseLockedError} while another live process (or this one) holds it.
 *
 * @example
 * const release = lockDataDir('/home/me/.shadertrain/db');
 * try { ... } finally { release(); }
 */
export function lockDataDir(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw e;
      let pid = NaN;
      try {
        pid = Number(readFileSync(lockPath, 'utf8').trim());
      } catch {
        continue; // vanished between open and read: retry
      }
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new DatabaseLockedError(dir, pid);
      try {
        unlinkSync(lockPath); // stale lock of a dead process
      } catch {}
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) unlinkSync(lockPath);
    } catch {}
  };
  process.on('exit', release);
  return release;
}
