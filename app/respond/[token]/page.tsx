import type { Metadata } from "next";
import { CheckCircle2 } from "lucide-react";
import { formatDate, formatDateTime } from "@/lib/format";
import { orNotFound, orUnavailable } from "@/lib/page";
import { getRespondentView } from "@/lib/server/respondents/get-respondent-view";
import { Logo } from "@/components/shell/logo";
import { RespondentForm } from "@/components/respondents/respondent-form";
import { ServiceUnavailable } from "@/components/shell/service-unavailable";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "Security questionnaire", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** The vendor respondent's page: one assessment's questionnaire, reached by a personal link, without an account. */
export default async function RespondPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await orUnavailable(orNotFound(getRespondentView({ token })));
  if (!view) return <ServiceUnavailable audience="respondent" />;
  const { assessment: a, respondent } = view;
  return (
    <div className="min-h-screen bg-muted/30">
      <header className="border-b bg-card">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-6 py-3">
          <Logo />
          <span className="text-sm text-muted-foreground">
            Signed in by link as <span className="font-medium text-foreground">{respondent.name}</span> · valid until {formatDate(respondent.expiresAt)}
          </span>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-6 py-8">
        <div className="mb-6 space-y-1">
          <p className="text-sm font-medium text-primary">Security questionnaire</p>
          <h1 className="text-2xl font-semibold tracking-tight">{a.vendorName}</h1>
          <p className="text-sm text-muted-foreground">
            {a.scope} · {a.templateName} · requested by {a.requestedBy}
          </p>
        </div>
        {respondent.submittedAt ? (
          <Card className="max-w-2xl">
            <CardHeader>
              <CardTitle className="flex items-center gap-2">
                <CheckCircle2 className="size-5 text-emerald-600" aria-hidden /> Returned to the customer
              </CardTitle>
              <CardDescription>You submitted the questionnaire on {formatDateTime(respondent.submittedAt)}. Thank you.</CardDescription>
            </CardHeader>
            <CardContent className="text-sm text-muted-foreground">
              If {a.requestedBy} has a question about an answer, this link opens again and shows the question first.
            </CardContent>
          </Card>
        ) : (
          <RespondentForm token={token} view={view} />
        )}
      </main>
    </div>
  );
}
