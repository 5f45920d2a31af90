"use client";

import { Toaster as Sonner, toast } from "sonner";

export { toast };

export function Toaster() {
  return <Sonner position="bottom-right" richColors closeButton toastOptions={{ className: "font-sans" }} />;
}
