// `npm run user:create -- --email you@corp.example --name "Your Name" [--role ADMIN]`
// Creates a user (by default the first ADMIN of a production install). The password is read from
// VENDORSCOPE_USER_PASSWORD, or asked for without echo.
import "./lib/server-context";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { SYSTEM } from "../lib/auth/permissions";
import { createUser } from "../lib/server/users/create-user";
import { getDb } from "../lib/db";
import { toErrorResponse } from "../lib/errors";

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(question)) write.call(rl, s.slice(0, question.length));
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "ADMIN" } },
  });
  if (!values.email || !values.name) {
    console.error('Usage: npm run user:create -- --email you@corp.example --name "Your Name" [--role ADMIN|ANALYST|REVIEWER|VIEWER]');
    process.exit(2);
  }
  const password = process.env.VENDORSCOPE_USER_PASSWORD ?? (await askHidden("Password (at least 12 characters): "));
  try {
    const user = await createUser({
      actor: SYSTEM,
      input: { email: values.email, name: values.name, role: values.role as never, password },
      requestId: "cli:user:create",
    });
    console.log(`Created ${user.role} ${user.email}. They can sign in now.`);
  } catch (error) {
    const { body } = toErrorResponse(error);
    console.error(body.error.message);
    for (const issue of body.error.issues ?? []) console.error(`  ${issue.path}: ${issue.message}`);
    process.exitCode = 1;
  } finally {
    await getDb().$disconnect();
  }
}

void main();
