import { z } from "zod";
import { DOCUMENT_KINDS } from "@/lib/documents/document-files";

/** The upload's fields besides the file (multipart form, API and respondent link alike). */
export const documentUploadFieldsSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS, { error: `Choose a kind: ${DOCUMENT_KINDS.join(", ")}.` }).default("OTHER"),
});
