import path from "node:path";

/** The default questionnaire shipped with the product. */
export const DEFAULT_TEMPLATE_FILE = path.join(__dirname, "templates", "ai-vendor-risk-v1.json");
