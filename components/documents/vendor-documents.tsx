"use client";

import { useEffect, useRef, useState } from "react";
import { FileText, Upload } from "lucide-react";
import { toast } from "sonner";
import { DOCUMENT_EXTENSIONS, DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, MAX_DOCUMENT_BYTES, type DocumentKind } from "@/lib/documents/document-files";
import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

/** A document as GET /api/v1/vendors/{id}/documents returns it. */
export type VendorDocumentJson = {
  id: string;
  filename: string;
  kind: DocumentKind;
  size: number;
  status: "QUEUED" | "PROCESSING" | "READY" | "FAILED";
  pages: number | null;
  pagesDone: number;
  error?: string | null;
  proposedValidFrom: string | null;
  proposedValidUntil: string | null;
  createdAt: string;
};

const STATUS: Record<VendorDocumentJson["status"], { label: string; variant: "secondary" | "warning" | "success" | "critical" }> = {
  QUEUED: { label: "Queued", variant: "secondary" },
  PROCESSING: { label: "Reading", variant: "warning" },
  READY: { label: "Read", variant: "success" },
  FAILED: { label: "Failed", variant: "critical" },
};

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function Progress({ doc }: { doc: VendorDocumentJson }) {
  const pct = doc.pages ? Math.round((doc.pagesDone / doc.pages) * 100) : 0;
  return (
    <div className="flex items-center gap-2">
      <div role="progressbar" aria-label={`Reading ${doc.filename}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} className="h-2 w-32 overflow-hidden rounded-full bg-muted">
        <div className="h-full bg-primary transition-all" style={{ width: `${pct}%` }} />
      </div>
      <span className="text-xs text-muted-foreground tabular-nums">{doc.pages ? `${doc.pagesDone} of ${doc.pages} pages` : "waiting"}</span>
    </div>
  );
}

/**
 * The vendor's document library: upload (analysts), each document's reading progress, and what the
 * reading found. Polls while a document is still being read.
 */
export function VendorDocuments({ vendorId, initial, canUpload }: { vendorId: string; initial: VendorDocumentJson[]; canUpload: boolean }) {
  const [docs, setDocs] = useState(initial);
  const [kind, setKind] = useState<DocumentKind>("OTHER");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const reading = docs.some((d) => d.status === "QUEUED" || d.status === "PROCESSING");

  useEffect(() => {
    if (!reading) return;
    const timer = setInterval(async () => {
      const res = await fetch(`/api/v1/vendors/${vendorId}/documents`).catch(() => null);
      if (res?.ok) setDocs(((await res.json()) as { items: VendorDocumentJson[] }).items);
    }, 1500);
    return () => clearInterval(timer);
  }, [reading, vendorId]);

  async function upload(file: File) {
    setError(null);
    if (file.size > MAX_DOCUMENT_BYTES) return setError(`This file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
    setBusy(true);
    try {
      const body = new FormData();
      body.set("file", file);
      body.set("kind", kind);
      const res = await fetch(`/api/v1/vendors/${vendorId}/documents`, { method: "POST", body }).catch(() => null);
      const json = await res?.json().catch(() => null);
      if (!res?.ok) return setError(json?.error?.message ?? "The upload failed: the server could not be reached. Try again in a moment.");
      setDocs((prev) => [json as VendorDocumentJson, ...prev]);
      toast.success(`${file.name} added: it is being read.`);
      if (input.current) input.current.value = "";
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className="mt-6" id="documents">
      <CardHeader>
        <CardTitle>Vendor documents</CardTitle>
        <CardDescription>SOC 2 reports, model cards, usage policies, terms, DPAs: read on this server (nothing is sent anywhere), to cite in every assessment of this vendor.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {canUpload && (
          <div className="flex flex-wrap items-end gap-3">
            <div className="grid gap-1">
              <Label htmlFor="document-kind">Kind</Label>
              <Select id="document-kind" value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)} className="w-56">
                {DOCUMENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {DOCUMENT_KIND_LABELS[k]}
                  </option>
                ))}
              </Select>
            </div>
            <input
              ref={input}
              type="file"
              className="sr-only"
              id="document-file"
              aria-label="Document file"
              accept={DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(",")}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void upload(file);
              }}
            />
            <Button type="button" variant="outline" disabled={busy} onClick={() => input.current?.click()}>
              <Upload aria-hidden /> {busy ? "Uploading…" : "Add a document"}
            </Button>
            <p className="basis-full text-xs text-muted-foreground">PDF, Word (.docx), HTML, Markdown or text, up to 25 MB.</p>
            {error && (
              <p role="alert" className="basis-full text-sm text-destructive">
                {error}
              </p>
            )}
          </div>
        )}
        {docs.length === 0 ? (
          <p className="text-sm text-muted-foreground">No documents yet.</p>
        ) : (
          <ul className="divide-y text-sm" aria-label="Documents">
            {docs.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
                <FileText aria-hidden className="size-4 shrink-0 text-muted-foreground" />
                <span className="min-w-0 break-all font-medium">{d.filename}</span>
                <Badge variant="outline">{DOCUMENT_KIND_LABELS[d.kind]}</Badge>
                {d.status === "READY" && d.error ? <Badge variant="warning">No text</Badge> : <Badge variant={STATUS[d.status].variant}>{STATUS[d.status].label}</Badge>}
                {(d.status === "QUEUED" || d.status === "PROCESSING") && <Progress doc={d} />}
                {d.status === "READY" && d.pages !== null && <span className="text-muted-foreground">{d.pages === 1 ? "1 page" : `${d.pages} pages`}</span>}
                <span className="text-muted-foreground">
                  {size(d.size)} · added {formatDate(d.createdAt)}
                </span>
                {d.error && <span className={d.status === "FAILED" ? "basis-full text-destructive" : "basis-full text-amber-800"}>{d.error}</span>}
                {d.proposedValidUntil && (
                  <span className="basis-full text-muted-foreground">
                    Period found in the text: {d.proposedValidFrom ? `${formatDate(d.proposedValidFrom)} – ` : "until "}
                    {formatDate(d.proposedValidUntil)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
