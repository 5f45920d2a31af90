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
  const { assessment: a, respondent, organization: org, sentBy } = view;
  // Before the organisation is set, "Your organisation" would read oddly here: the sender alone then.
  const asker = org.configured ? org.name : sentBy;
  return (
    <div className="min-h-screen bg-muted/30">
      <header className="border-b bg-card">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          {org.configured ? (
            <span className="flex min-w-0 items-center gap-2.5" data-testid="organization">
              {org.logoVersion && (
                // eslint-disable-next-line @next/next/no-img-element -- the logo through this link's own route
                <img src={`/respond/${token}/logo?v=${org.logoVersion}`} alt={`${org.name} logo`} className="h-8 max-w-32 object-contain" />
              )}
              <span className="truncate font-semibold">{org.name}</span>
            </span>
          ) : (
            <Logo />
          )}
          <span className="text-sm text-muted-foreground">
            Signed in by link as <span className="font-medium text-foreground">{respondent.name}</span> · valid until {formatDate(respondent.expiresAt)}
          </span>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
        <div className="mb-6 space-y-1">
          <p className="text-sm font-medium text-primary">Security questionnaire</p>
          <h1 className="text-2xl font-semibold tracking-tight">{a.vendorName}</h1>
          <p className="max-w-3xl text-base" data-testid="asked-by">
            {asker} asks you to complete this questionnaire for {a.vendorName}
            {org.configured && <> · sent by {sentBy}</>}.
          </p>
          <p className="text-sm text-muted-foreground">
            {a.scope} · {a.templateName}
            {org.contactEmail && (
              <>
                {" "}
                · questions: <a className="underline underline-offset-2" href={`mailto:${org.contactEmail}`}>{org.contactEmail}</a>
              </>
            )}
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
              If {sentBy} has a question about an answer, this link opens again and shows the question first.
            </CardContent>
          </Card>
        ) : (
          <RespondentForm token={token} view={view} />
        )}
      </main>
    </div>
  );
}
