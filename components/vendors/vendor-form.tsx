"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Loader2, Plus, Trash2 } from "lucide-react";
import { saveVendorAction } from "@/app/(app)/vendors/actions";
import { COUNTRIES } from "@/lib/vendors/countries";
import { CRITICALITY_LABELS, deriveTier, INTEGRATION_LABELS, REVIEW_CADENCE_MONTHS, SENSITIVITY_LABELS } from "@/lib/vendors/tier";
import { vendorSchema, type VendorData, type VendorInput } from "@/lib/validation/vendor";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { Input, Textarea } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { LabelOptions, Select } from "@/components/ui/select";
import { IssueList } from "@/components/ui/issue-list";
import { errorAt } from "@/components/ui/form-errors";
import { toast } from "@/components/ui/toast";
import { TierBadge } from "./tier-badge";
import { actionFailed } from "@/lib/action-failure";

/** Register a vendor, or edit one (vendorId with the version read: someone else's save in between is a 409). */
export function VendorForm({ vendorId, version, initial, owners }: { vendorId?: string; version?: number; initial: VendorInput; owners: { id: string; name: string }[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<VendorInput, unknown, VendorData>({ resolver: zodResolver(vendorSchema), defaultValues: initial });
  const { register, formState, control } = form;
  const { errors, isSubmitting } = formState;
  const products = useFieldArray({ control, name: "products", keyName: "fieldId" });
  const intake = useWatch({ control, name: ["dataSensitivity", "businessCriticality", "integrationDepth", "regulatedUse"] });
  const [dataSensitivity, businessCriticality, integrationDepth, regulatedUse] = intake;
  const tier = dataSensitivity && businessCriticality && integrationDepth ? deriveTier({ dataSensitivity, businessCriticality, integrationDepth, regulatedUse: !!regulatedUse }) : null;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await saveVendorAction({ vendorId, version, vendor: values }).catch(actionFailed);
    if (result.ok) {
      toast.success(vendorId ? `Saved ${result.data.name}.` : `Registered ${result.data.name}.`);
      router.push(`/vendors/${result.data.id}`);
      return;
    }
    const issues = result.error.issues ?? [];
    for (const issue of issues) form.setError(issue.path as FieldPath<VendorInput>, { message: issue.message });
    setFormError(issues.length ? "Please correct the highlighted fields." : result.error.message);
  });

  const err = (path: string) => errorAt(errors, path);
  const invalid = (path: string) => ({ "aria-invalid": !!err(path), "aria-describedby": err(path) ? `${path}-error` : undefined });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-4xl gap-6">
      {formError && <IssueList message={formError} />}
      <Card>
        <CardHeader>
          <CardTitle>Vendor</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <Field id="name" label="Name" error={err("name")}>
            <Input id="name" {...invalid("name")} {...register("name")} />
          </Field>
          <Field id="website" label="Website" error={err("website")}>
            <Input id="website" type="url" placeholder="https://" {...invalid("website")} {...register("website")} />
          </Field>
          <Field id="country" label="Headquarters country" error={err("country")}>
            <Select id="country" {...invalid("country")} {...register("country")}>
              <option value="">Choose a country</option>
              {COUNTRIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="ownerId" label="Owner" error={err("ownerId")} hint="Who in your organisation is accountable for this vendor.">
            <Select id="ownerId" {...invalid("ownerId")} {...register("ownerId")}>
              <option value="">Choose an owner</option>
              {owners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="incidentDisclosureHours" label="Incident disclosure window (hours)" error={err("incidentDisclosureHours")} hint="How soon the contract obliges the vendor to tell you of an incident; later notices open a finding.">
            <Input id="incidentDisclosureHours" type="number" min={1} max={8760} step={1} inputMode="numeric" {...invalid("incidentDisclosureHours")} {...register("incidentDisclosureHours", { valueAsNumber: true })} />
          </Field>
          <div className="sm:col-span-2">
            <Field id="description" label="Description" error={err("description")}>
              <Textarea id="description" rows={3} placeholder="What the vendor provides and how you use it." {...register("description")} />
            </Field>
          </div>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>AI products and models in use</CardTitle>
          <CardDescription>Each assessment records which product and model version it covers.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          {err("products") && (
            <p role="alert" className="text-xs font-medium text-destructive">
              {err("products")}
            </p>
          )}
          {products.fields.map((f, i) => (
            <div key={f.fieldId} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
              <Field id={`products.${i}.name`} label={`Product ${i + 1}`} error={err(`products.${i}.name`)}>
                <Input id={`products.${i}.name`} placeholder="e.g. Nova API" {...invalid(`products.${i}.name`)} {...register(`products.${i}.name`)} />
              </Field>
              <Field id={`products.${i}.model`} label="Model / version" error={err(`products.${i}.model`)}>
                <Input id={`products.${i}.model`} className="font-mono" placeholder="e.g. nova-large-2026-03" {...invalid(`products.${i}.model`)} {...register(`products.${i}.model`)} />
              </Field>
              <Button type="button" variant="ghost" size="icon" className="mt-6" aria-label={`Remove product ${i + 1}`} onClick={() => products.remove(i)}>
                <Trash2 />
              </Button>
            </div>
          ))}
          <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => products.append({ name: "", model: "" })}>
            <Plus /> Add product
          </Button>
        </CardContent>
      </Card>

      <Card>
        <CardHeader className="flex-row items-start justify-between gap-4 space-y-0">
          <div className="space-y-1">
            <CardTitle>Inherent-risk intake</CardTitle>
            <CardDescription>Sets the tier, and with it how often the vendor is reassessed.</CardDescription>
          </div>
          {tier && (
            <div className="text-right text-sm" aria-live="polite" data-testid="tier-preview">
              <TierBadge tier={tier} />
              <p className="mt-1 text-xs text-muted-foreground">Reassessed every {REVIEW_CADENCE_MONTHS[tier]} months</p>
            </div>
          )}
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <Field id="dataSensitivity" label="Data shared with the vendor" error={err("dataSensitivity")}>
            <Select id="dataSensitivity" {...register("dataSensitivity")}>
              <LabelOptions labels={SENSITIVITY_LABELS} />
            </Select>
          </Field>
          <Field id="businessCriticality" label="Business criticality" error={err("businessCriticality")}>
            <Select id="businessCriticality" {...register("businessCriticality")}>
              <LabelOptions labels={CRITICALITY_LABELS} />
            </Select>
          </Field>
          <Field id="integrationDepth" label="Integration depth" error={err("integrationDepth")}>
            <Select id="integrationDepth" {...register("integrationDepth")}>
              <LabelOptions labels={INTEGRATION_LABELS} />
            </Select>
          </Field>
          <div className="self-end pb-2">
            <CheckboxField label="Regulated use" hint="e.g. credit, health, employment, critical infrastructure" {...register("regulatedUse")} />
          </div>
        </CardContent>
      </Card>

      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
          {vendorId ? "Save vendor" : "Register vendor"}
        </Button>
        <Button type="button" variant="outline" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
