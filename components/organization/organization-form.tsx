"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Loader2 } from "lucide-react";
import { updateOrganizationAction } from "@/app/(app)/admin/organization/actions";
import { actionFailed } from "@/lib/action-failure";
import { JURISDICTION_SUGGESTIONS, ORGANIZATION_LIMITS, organizationSchema, type OrganizationData, type OrganizationInput } from "@/lib/validation/organization";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Textarea } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { IssueList } from "@/components/ui/issue-list";
import { errorAt } from "@/components/ui/form-errors";
import { toast } from "@/components/ui/toast";

/** The organisation's settings, validated by the schema the action and the API use. */
export function OrganizationForm({ configured, version: initialVersion, initial }: { configured: boolean; version: number; initial: OrganizationInput }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [version, setVersion] = useState(initialVersion);
  const form = useForm<OrganizationInput, unknown, OrganizationData>({ resolver: zodResolver(organizationSchema), defaultValues: initial });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await updateOrganizationAction({ ...values, version: version || undefined }).catch(actionFailed);
    if (result.ok) {
      setVersion(result.data.version);
      toast.success(`Saved the settings of ${result.data.name}.`);
      router.refresh();
      return;
    }
    const issues = result.error.issues ?? [];
    for (const issue of issues) form.setError(issue.path as FieldPath<OrganizationInput>, { message: issue.message });
    setFormError(issues.length ? "Please correct the highlighted fields." : result.error.message);
    if (!issues.length) toast.error(result.error.message);
  });

  const err = (path: string) => errorAt(errors, path);
  const invalid = (path: string) => ({ "aria-invalid": !!err(path), "aria-describedby": err(path) ? `${path}-error` : undefined });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Card>
        <CardHeader>
          <CardTitle>Details</CardTitle>
          <CardDescription>
            {configured ? "Vendors see the display name on their questionnaire; the contract exhibit names the legal entity." : "Not set yet: pages say “Your organisation” and the contract exhibit leaves the customer's name blank."}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          {formError && (
            <div className="sm:col-span-2">
              <IssueList message={formError} />
            </div>
          )}
          <Field id="name" label="Display name" error={err("name")} hint="How vendors and colleagues know you, e.g. “Acme Corp”.">
            <Input id="name" autoComplete="organization" maxLength={ORGANIZATION_LIMITS.name} {...invalid("name")} {...register("name")} />
          </Field>
          <Field id="legalName" label="Legal entity name" error={err("legalName")} hint="The party to the contract, e.g. “Acme Corporation Ltd”.">
            <Input id="legalName" maxLength={ORGANIZATION_LIMITS.legalName} {...invalid("legalName")} {...register("legalName")} />
          </Field>
          <div className="sm:col-span-2">
            <Field id="address" label="Registered address" error={err("address")} hint={`One line per line of the address (at most ${ORGANIZATION_LIMITS.addressLines}).`}>
              <Textarea id="address" rows={4} maxLength={ORGANIZATION_LIMITS.address} autoComplete="street-address" {...invalid("address")} {...register("address")} />
            </Field>
          </div>
          <Field id="jurisdiction" label="Governing law / jurisdiction" error={err("jurisdiction")} hint="The default for contract exhibits, e.g. “England and Wales”.">
            <Input id="jurisdiction" list="jurisdiction-suggestions" maxLength={ORGANIZATION_LIMITS.jurisdiction} {...invalid("jurisdiction")} {...register("jurisdiction")} />
          </Field>
          <datalist id="jurisdiction-suggestions">
            {JURISDICTION_SUGGESTIONS.map((j) => (
              <option key={j} value={j} />
            ))}
          </datalist>
          <Field id="contactEmail" label="Contract contact email (optional)" error={err("contactEmail")} hint="Where vendors write about the questionnaire or the contract.">
            <Input id="contactEmail" type="email" autoComplete="email" {...invalid("contactEmail")} {...register("contactEmail")} />
          </Field>
          <div className="sm:col-span-2">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
              Save
            </Button>
          </div>
        </CardContent>
      </Card>
    </form>
  );
}
