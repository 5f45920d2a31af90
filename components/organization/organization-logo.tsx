"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { ImageOff, Loader2, Upload } from "lucide-react";
import { fileTooLarge } from "@/lib/limits";
import { MAX_LOGO_BYTES } from "@/lib/organization/logo-file";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";

const LOGO_URL = "/api/v1/organization/logo";

async function failure(res: Response | null, fallback: string): Promise<string> {
  const json = (await res?.json().catch(() => null)) as { error?: { message?: string } } | null;
  return json?.error?.message ?? fallback;
}

/** Upload (PUT the file itself to the API), preview and remove the logo. */
export function OrganizationLogo({ configured, logo }: { configured: boolean; logo: { contentType: string; sha256: string } | null }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function upload(file: File) {
    setError(null);
    if (file.size > MAX_LOGO_BYTES) return setError(fileTooLarge(MAX_LOGO_BYTES));
    const type = file.type || (file.name.toLowerCase().endsWith(".svg") ? "image/svg+xml" : file.name.toLowerCase().endsWith(".png") ? "image/png" : "");
    if (type !== "image/png" && type !== "image/svg+xml") return setError("Choose a PNG or SVG file.");
    setBusy(true);
    try {
      const res = await fetch(LOGO_URL, { method: "PUT", headers: { "content-type": type }, body: file }).catch(() => null);
      if (!res?.ok) {
        const message = await failure(res, "The logo was not uploaded: the server could not be reached. Try again in a moment.");
        setError(message);
        toast.error(message);
        return;
      }
      toast.success("Logo uploaded.");
      router.refresh();
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  }

  async function remove() {
    setBusy(true);
    try {
      const res = await fetch(LOGO_URL, { method: "DELETE" }).catch(() => null);
      if (!res?.ok) return toast.error(await failure(res, "The logo was not removed: the server could not be reached. Try again in a moment."));
      toast.success("Logo removed.");
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Logo</CardTitle>
        <CardDescription>PNG or SVG, at most 1 MB. SVGs with scripts, event handlers, embedded HTML or links to other files are refused. PDFs show PNG logos only.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex flex-wrap items-center gap-4">
          <div className="grid h-20 w-48 max-w-full place-items-center rounded-md border bg-muted/30 p-2" data-testid="logo-preview">
            {logo ? (
              // eslint-disable-next-line @next/next/no-img-element -- the logo comes from our own route, at its own size
              <img src={`${LOGO_URL}?v=${logo.sha256.slice(0, 12)}`} alt="Current logo" className="max-h-16 w-auto max-w-full object-contain" />
            ) : (
              <span className="flex items-center gap-2 text-sm text-muted-foreground">
                <ImageOff className="size-4" aria-hidden /> No logo
              </span>
            )}
          </div>
          <div className="flex flex-wrap gap-2">
            <Label htmlFor="logo-file" className="sr-only">
              Logo file
            </Label>
            <input
              ref={input}
              id="logo-file"
              type="file"
              accept="image/png,image/svg+xml,.png,.svg"
              className="sr-only"
              disabled={!configured || busy}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void upload(file);
              }}
            />
            <Button type="button" variant="outline" disabled={!configured || busy} onClick={() => input.current?.click()}>
              {busy ? <Loader2 className="animate-spin" aria-hidden /> : <Upload aria-hidden />}
              {logo ? "Replace logo" : "Upload logo"}
            </Button>
            {logo && (
              <ConfirmButton variant="ghost" disabled={busy} title="Remove the logo?" description="Pages, PDFs and the vendor's questionnaire page show the name alone." confirmLabel="Remove" onConfirm={() => void remove()}>
                Remove logo
              </ConfirmButton>
            )}
          </div>
        </div>
        {!configured && <p className="text-sm text-muted-foreground">Save the details first, then add a logo.</p>}
        {error && (
          <p role="alert" className="text-sm font-medium text-destructive">
            {error}
          </p>
        )}
      </CardContent>
    </Card>
  );
}
