import path from "node:path";

/** The default questionnaire shipped with the product: v1 (the demo's past cycles) and v2 (current). */
export const DEFAULT_TEMPLATE_FILE = path.join(__dirname, "templates", "ai-vendor-risk-v1.json");
export const DEFAULT_TEMPLATE_V2_FILE = path.join(__dirname, "templates", "ai-vendor-risk-v2.json");
