import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// A "use client" module may import types from lib/server, never values: those modules hold the
// database and secrets, and `server-only` would only fail the build later with a vaguer message.
const noServerValuesInClient = {
  meta: { type: "problem", messages: { value: "A \"use client\" module imports a value from {{source}}; import types only (import type …)." } },
  create(context) {
    let client = false;
    return {
      Program(node) {
        client = node.body.some((s) => s.type === "ExpressionStatement" && s.directive === "use client");
      },
      ImportDeclaration(node) {
        if (!client || node.importKind === "type") return;
        const source = String(node.source.value);
        if (!/(^@\/|\/)lib\/server(\/|$)|^@\/lib\/db$|(^|\/)lib\/db$/.test(source)) return;
        const values = node.specifiers.filter((s) => s.importKind !== "type");
        if (node.specifiers.length === 0 || values.length > 0) context.report({ node, messageId: "value", data: { source } });
      },
    };
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "generated/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "e2e/.artifacts/**", "next-env.d.ts"],
  },
  {
    plugins: { vendorscope: { rules: { "no-server-values-in-client": noServerValuesInClient } } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "vendorscope/no-server-values-in-client": "error",
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];

export default config;
