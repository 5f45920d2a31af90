import type { Metadata } from "next";
import localFont from "next/font/local";
import { Toaster } from "@/components/ui/toast";
import "./globals.css";

const inter = localFont({
  src: "./fonts/InterVariable.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "swap",
});

// Every page renders per request, so each gets the CSP nonce the proxy sets.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Vendorscope", template: "%s · Vendorscope" },
  description: "Risk assessment of AI vendors: identity, extraction, incidents, audit, continuity.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen font-sans">
        {children}
        <Toaster />
      </body>
    </html>
  );
}
