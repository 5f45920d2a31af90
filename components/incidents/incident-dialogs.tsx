"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Loader2, Pencil, Plus, ShieldAlert } from "lucide-react";
import { addRemedyAction, createIncidentAction, updateIncidentAction, updateRemedyAction } from "@/app/(app)/vendors/[id]/incident-actions";
import { assessDisclosure, disclosureLabel } from "@/lib/incidents/disclosure";
import { CURRENCIES, INCIDENT_TYPE_LABELS, REMEDY_KIND_LABELS, SEVERITY_LABELS } from "@/lib/incidents/labels";
import { incidentSchema, parseMoment, remedySchema, type IncidentData, type IncidentInput, type RemedyData, type RemedyInput } from "@/lib/validation/incident";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input, Textarea } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { LabelOptions, Select } from "@/components/ui/select";
import { showActionErrors } from "@/components/ui/form-errors";
import { toast } from "@/components/ui/toast";
import { actionFailed } from "@/lib/action-failure";

const INCIDENT_FIELDS = ["title", "description", "type", "severity", "occurredAt", "disclosure", "learnedAt", "sourceUrl"] as const;

export function IncidentDialog({ vendorId, windowHours, incident }: { vendorId: string; windowHours: number; incident?: { id: string; values: IncidentInput } }) {
  const [open, setOpen] = useState(false);
  const empty: IncidentInput = { title: "", description: "", type: "OUTAGE", severity: "MEDIUM", occurredAt: "", disclosure: "VENDOR", learnedAt: "", sourceUrl: "" };
  const form = useForm<IncidentInput, unknown, IncidentData>({ resolver: zodResolver(incidentSchema), defaultValues: incident?.values ?? empty });
  const { errors, isSubmitting } = form.formState;
  const [disclosure, occurredAt, learnedAt] = useWatch({ control: form.control, name: ["disclosure", "occurredAt", "learnedAt"] });
  const occurred = occurredAt ? parseMoment(occurredAt) : null;
  const learned = learnedAt ? parseMoment(learnedAt) : null;
  const preview = occurred && learned && learned >= occurred && disclosure ? assessDisclosure({ disclosure, occurredAt: occurred, learnedAt: learned, windowHours }) : null;

  const onSubmit = form.handleSubmit(async () => {
    // The raw values: the server parses them with the same schema.
    const values = form.getValues();
    const result = incident ? await updateIncidentAction({ incidentId: incident.id, incident: values }).catch(actionFailed) : await createIncidentAction({ vendorId, incident: values }).catch(actionFailed);
    if (!result.ok) return showActionErrors(result.error, form.setError, INCIDENT_FIELDS);
    const opened = result.data.findingId ? " A finding was opened for the late or missing disclosure." : "";
    toast.success(`${incident ? "Incident updated." : "Incident recorded."}${opened}`);
    setOpen(false);
    if (!incident) form.reset(empty);
  });

  return (
    <>
      {incident ? (
        <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-label={`Edit incident ${incident.values.title}`}>
          <Pencil aria-hidden /> Edit
        </Button>
      ) : (
        <Button onClick={() => setOpen(true)}>
          <ShieldAlert aria-hidden /> Record incident
        </Button>
      )}
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent className="max-h-[90vh] max-w-2xl overflow-y-auto">
          <DialogHeader>
            <DialogTitle>{incident ? "Edit incident" : "Record an incident"}</DialogTitle>
            <DialogDescription>Times are UTC. The vendor must disclose within {windowHours} h; a late or missing disclosure opens a finding.</DialogDescription>
          </DialogHeader>
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <Field id="incident-title" label="Title" error={errors.title?.message}>
              <Input id="incident-title" aria-invalid={!!errors.title} placeholder="e.g. API outage in the EU region" {...form.register("title")} />
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field id="incident-type" label="Type" error={errors.type?.message}>
                <Select id="incident-type" aria-invalid={!!errors.type} {...form.register("type")}>
                  <LabelOptions labels={INCIDENT_TYPE_LABELS} />
                </Select>
              </Field>
              <Field id="incident-severity" label="Severity" error={errors.severity?.message}>
                <Select id="incident-severity" aria-invalid={!!errors.severity} {...form.register("severity")}>
                  <LabelOptions labels={SEVERITY_LABELS} />
                </Select>
              </Field>
              <Field id="incident-occurred" label="Happened (UTC)" error={errors.occurredAt?.message}>
                <Input id="incident-occurred" type="datetime-local" aria-invalid={!!errors.occurredAt} {...form.register("occurredAt")} />
              </Field>
              <Field id="incident-disclosure" label="How you learned of it" error={errors.disclosure?.message}>
                <Select id="incident-disclosure" aria-invalid={!!errors.disclosure} {...form.register("disclosure")}>
                  <option value="VENDOR">The vendor told us</option>
                  <option value="DISCOVERED">We found out otherwise (press, researchers, monitoring)</option>
                </Select>
              </Field>
              <Field id="incident-learned" label={disclosure === "DISCOVERED" ? "Discovered (UTC)" : "Vendor's notice (UTC)"} error={errors.learnedAt?.message}>
                <Input id="incident-learned" type="datetime-local" aria-invalid={!!errors.learnedAt} {...form.register("learnedAt")} />
              </Field>
              <Field id="incident-source" label="Source link" error={errors.sourceUrl?.message} hint="The vendor's notice, status page or press article.">
                <Input id="incident-source" type="url" placeholder="https://" aria-invalid={!!errors.sourceUrl} {...form.register("sourceUrl")} />
              </Field>
            </div>
            <Field id="incident-description" label="What happened" error={errors.description?.message}>
              <Textarea id="incident-description" rows={3} {...form.register("description")} />
            </Field>
            {preview && (
              <p className={preview.status === "ON_TIME" ? "text-sm text-emerald-800" : "text-sm font-medium text-red-800"} aria-live="polite">
                {disclosureLabel(preview)}
                {preview.status === "ON_TIME" ? "." : ": a finding will be opened."}
              </p>
            )}
            <DialogFooter>
              <Button type="submit" disabled={isSubmitting}>
                {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
                {incident ? "Save incident" : "Record incident"}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}

const REMEDY_FIELDS = ["kind", "currency", "amountClaimed", "amountReceived", "claimedAt", "receivedAt", "notes"] as const;

export function RemedyDialog({ incidentId, incidentTitle, remedy }: { incidentId: string; incidentTitle: string; remedy?: { id: string; values: RemedyInput } }) {
  const [open, setOpen] = useState(false);
  const empty: RemedyInput = { kind: "SERVICE_CREDIT", currency: "USD", amountClaimed: "", amountReceived: "0", claimedAt: new Date().toISOString().slice(0, 10), receivedAt: "", notes: "" };
  const form = useForm<RemedyInput, unknown, RemedyData>({ resolver: zodResolver(remedySchema), defaultValues: remedy?.values ?? empty });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result = remedy ? await updateRemedyAction({ remedyId: remedy.id, remedy: values }).catch(actionFailed) : await addRemedyAction({ incidentId, remedy: values }).catch(actionFailed);
    if (!result.ok) return showActionErrors(result.error, form.setError, REMEDY_FIELDS);
    toast.success(remedy ? "Remedy updated." : "Remedy recorded.");
    setOpen(false);
    if (!remedy) form.reset(empty);
  });

  return (
    <>
      {remedy ? (
        <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-label={`Edit remedy of ${incidentTitle}`}>
          <Pencil aria-hidden /> Edit
        </Button>
      ) : (
        <Button size="sm" variant="outline" onClick={() => setOpen(true)} aria-label={`Add remedy to ${incidentTitle}`}>
          <Plus aria-hidden /> Add remedy
        </Button>
      )}
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent className="max-h-[90vh] max-w-xl overflow-y-auto">
          <DialogHeader>
            <DialogTitle>{remedy ? "Edit remedy" : "Add a remedy"}</DialogTitle>
            <DialogDescription>A service credit, refund or indemnity claimed for “{incidentTitle}”, and what the vendor paid.</DialogDescription>
          </DialogHeader>
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <div className="grid gap-4 sm:grid-cols-2">
              <Field id="remedy-kind" label="Kind" error={errors.kind?.message}>
                <Select id="remedy-kind" aria-invalid={!!errors.kind} {...form.register("kind")}>
                  <LabelOptions labels={REMEDY_KIND_LABELS} />
                </Select>
              </Field>
              <Field id="remedy-currency" label="Currency" error={errors.currency?.message}>
                <Select id="remedy-currency" aria-invalid={!!errors.currency} {...form.register("currency")}>
                  {CURRENCIES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="remedy-claimed" label="Amount claimed" error={errors.amountClaimed?.message}>
                <Input id="remedy-claimed" inputMode="decimal" placeholder="e.g. 1250.00" aria-invalid={!!errors.amountClaimed} {...form.register("amountClaimed")} />
              </Field>
              <Field id="remedy-claimed-at" label="Claimed on" error={errors.claimedAt?.message}>
                <Input id="remedy-claimed-at" type="date" aria-invalid={!!errors.claimedAt} {...form.register("claimedAt")} />
              </Field>
              <Field id="remedy-received" label="Amount received" error={errors.amountReceived?.message} hint="0 until the vendor pays; at most the amount claimed.">
                <Input id="remedy-received" inputMode="decimal" aria-invalid={!!errors.amountReceived} {...form.register("amountReceived")} />
              </Field>
              <Field id="remedy-received-at" label="Received on" error={errors.receivedAt?.message}>
                <Input id="remedy-received-at" type="date" aria-invalid={!!errors.receivedAt} {...form.register("receivedAt")} />
              </Field>
            </div>
            <Field id="remedy-notes" label="Notes" error={errors.notes?.message}>
              <Textarea id="remedy-notes" rows={2} placeholder="Contract clause, ticket number, what is still owed." {...form.register("notes")} />
            </Field>
            <DialogFooter>
              <Button type="submit" disabled={isSubmitting}>
                {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
                {remedy ? "Save remedy" : "Add remedy"}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
