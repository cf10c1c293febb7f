/**
 * When the start script is killed outright (SIGKILL, a closed terminal), its children would live
 * on as orphans holding port 3000 and database connections. Each child checks every two seconds
 * that its supervisor still exists, and leaves when it does not.
 */
export function exitWhenSupervisorDies(supervisorPid: number | undefined, onGone: () => void): void {
  if (!supervisorPid) return;
  const timer = setInterval(() => {
    try {
      process.kill(supervisorPid, 0);
    } catch {
      clearInterval(timer);
      onGone();
    }
  }, 2_000);
  timer.unref();
}
