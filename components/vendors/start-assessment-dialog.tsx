"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { ClipboardList, Loader2 } from "lucide-react";
import { startAssessmentAction } from "@/app/(app)/vendors/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { CheckboxField } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { IssueList } from "@/components/ui/issue-list";
import { toast } from "@/components/ui/toast";
import { actionFailed } from "@/lib/action-failure";

export function StartAssessmentDialog({
  vendorId,
  vendorName,
  products,
  templateLabel,
  defaultProductId,
  triggerLabel = "Start assessment",
  hasPreviousCycle = false,
}: {
  vendorId: string;
  vendorName: string;
  products: { id: string; name: string; model: string }[];
  templateLabel: string | null;
  /** The product to preselect (e.g. the one whose model changed); the first one otherwise */
  defaultProductId?: string;
  triggerLabel?: string;
  /** The vendor has an earlier assessment to carry answers from */
  hasPreviousCycle?: boolean;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [productId, setProductId] = useState(defaultProductId ?? products[0]?.id ?? "");
  const [carryOver, setCarryOver] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const start = () =>
    startTransition(async () => {
      setError(null);
      const result = await startAssessmentAction({ vendorId, productId: productId || undefined, ...(hasPreviousCycle ? { carryOver } : {}) }).catch(actionFailed);
      if (!result.ok) return setError(result.error.message);
      toast.success("Assessment started.");
      router.push(`/assessments/${result.data.id}`);
    });

  return (
    <Dialog open={open} onOpenChange={(o) => (setOpen(o), setError(null))}>
      <DialogTrigger asChild>
        <Button>
          <ClipboardList aria-hidden /> {triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Start an assessment of {vendorName}</DialogTitle>
          <DialogDescription>{templateLabel ? `On ${templateLabel}, the latest published questionnaire.` : "No questionnaire is published yet: ask an administrator."}</DialogDescription>
        </DialogHeader>
        {error && <IssueList message={error} />}
        <Field id="productId" label="Product and model version covered">
          <Select id="productId" value={productId} onChange={(e) => setProductId(e.target.value)}>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} — {p.model}
              </option>
            ))}
            <option value="">All products of this vendor</option>
          </Select>
        </Field>
        {hasPreviousCycle && (
          <CheckboxField
            label="Start from the previous cycle's answers"
            hint="Answers, comments and evidence links of unchanged questions are copied and marked “Carried over — confirm”; each must be confirmed or changed before submitting. Untick to start with an empty questionnaire."
            checked={carryOver}
            onChange={(e) => setCarryOver(e.target.checked)}
          />
        )}
        <DialogFooter>
          <Button onClick={start} disabled={pending || !templateLabel}>
            {pending && <Loader2 className="animate-spin" aria-hidden />}
            Start assessment
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
