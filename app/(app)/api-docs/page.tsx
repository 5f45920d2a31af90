import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { API_ROUTES, buildOpenApi } from "@/lib/api/openapi";
import { PageHeader } from "@/components/shell/app-shell";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";

export const metadata: Metadata = { title: "API reference" };

const METHOD_LOOK = { get: "success", post: "default", put: "warning", patch: "warning", delete: "critical" } as const;

export default async function ApiDocsPage() {
  await requirePageActor();
  const doc = buildOpenApi() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> }; parameters: { name: string; in: string; required: boolean }[]; responses: Record<string, { description: string }> }>> };
  return (
    <>
      <PageHeader
        title="API reference"
        description="REST API v1 under /api/v1, JSON in and out. Authenticate with an API token (Admin → API tokens) as Authorization: Bearer <token>, or from the signed-in browser. Errors are { error: { code, message, issues? } }."
        actions={
          <a href="/api/v1/openapi.json" className="text-sm font-medium text-primary hover:underline">
            openapi.json
          </a>
        }
      />
      <Card className="mb-6">
        <CardContent className="pt-5">
          <p className="mb-2 text-sm font-medium">Example: the whole lifecycle with curl</p>
          <pre className="overflow-x-auto rounded-md bg-muted p-3 text-xs leading-relaxed">{`TOKEN=vs_…   # Admin → API tokens
API=https://vendorscope.example.com/api/v1
curl -s -H "Authorization: Bearer $TOKEN" "$API/vendors?q=helix&sort=score&order=desc"
curl -s -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\
  -d '{"vendorId":"<vendor id>"}' "$API/assessments"                      # → 201 { id, version: 1, … }
curl -s -X PUT -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\
  -d '{"version":1,"answers":[{"questionKey":"identity_org_kyc","value":"YES","evidenceUrl":"https://…"}]}' \\
  "$API/assessments/<id>/answers"                                          # → { version: 2 }; stale version → 409
curl -s -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -d '{"version":2}' "$API/assessments/<id>/submit"
curl -s -H "Authorization: Bearer $TOKEN" "$API/assessments/<id>/scorecard"
curl -s -H "Authorization: Bearer $TOKEN" -o scorecard.pdf "$API/assessments/<id>/report.pdf"`}</pre>
        </CardContent>
      </Card>
      <div className="grid gap-3">
        {API_ROUTES.map((r) => {
          const op = doc.paths[r.path]![r.method]!;
          const body = op.requestBody?.content["application/json"]?.schema;
          return (
            <Card key={`${r.method} ${r.path}`}>
              <CardContent className="grid gap-2 pt-4 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge variant={METHOD_LOOK[r.method]} className="w-16 justify-center font-mono uppercase">
                    {r.method}
                  </Badge>
                  <code className="font-mono font-medium">/api/v1{r.path}</code>
                  <span className="text-muted-foreground">{r.summary}</span>
                </div>
                <p className="text-xs text-muted-foreground">
                  Permission <code className="font-mono">{r.permission}</code> · Answers {Object.keys(op.responses).join(", ")}
                  {op.parameters.some((p) => p.in === "query") && (
                    <>
                      {" "}
                      · Query: {op.parameters.filter((p) => p.in === "query").map((p) => p.name).join(", ")}
                    </>
                  )}
                </p>
                {body ? (
                  <details>
                    <summary className="cursor-pointer text-xs font-medium text-primary select-none">Request body schema</summary>
                    <pre className="mt-2 max-h-80 overflow-auto rounded-md bg-muted p-3 text-xs">{JSON.stringify(body, null, 2)}</pre>
                  </details>
                ) : null}
              </CardContent>
            </Card>
          );
        })}
      </div>
    </>
  );
}
