// `npm run jobs:daily`: the daily job (overdue reviews, owner reminders, expired evidence), meant for
// cron, e.g. `15 6 * * * cd /srv/vendorscope && DATABASE_URL=… SMTP_URL=… NEXTAUTH_URL=… npm run jobs:daily`.
// Prints one summary line; exits 1 only on a real failure (database, or a configured mail server
// refusing). Running it twice the same day changes nothing the second time.
import "./lib/server-context";
import { getDb } from "../lib/db";
import { mailConfigured } from "../lib/mail/send-mail";
import { formatDailyJobsSummary, runDailyJobs } from "../lib/server/jobs/run-daily-jobs";

async function main() {
  try {
    const summary = await runDailyJobs();
    console.log(formatDailyJobsSummary(summary, mailConfigured()));
    for (const failure of summary.failures) console.error(`  failed: ${failure}`);
    if (summary.failures.length) process.exitCode = 1;
  } catch (error) {
    console.error(`daily jobs failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await getDb().$disconnect();
  }
}

void main();
