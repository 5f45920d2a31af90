"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { IncidentMonth } from "@/lib/server/incidents/get-incident-summary";

const SERIES = [
  { key: "CRITICAL", label: "Critical", colour: "#dc2626" },
  { key: "HIGH", label: "High", colour: "#ea580c" },
  { key: "MEDIUM", label: "Medium", colour: "#f59e0b" },
  { key: "LOW", label: "Low", colour: "#94a3b8" },
] as const;

/** Vendor incidents per month, stacked by severity. */
export function IncidentChart({ months }: { months: IncidentMonth[] }) {
  const summary = months.map((m) => `${m.label}: ${m.LOW + m.MEDIUM + m.HIGH + m.CRITICAL}`).join(", ");
  return (
    <div className="h-64 w-full" role="img" aria-label={`Incidents per month: ${summary}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={months} margin={{ top: 8, right: 8, bottom: 0, left: -24 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} angle={-35} textAnchor="end" height={44} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => SERIES.findIndex((s) => s.label === item.value)} />
          {[...SERIES].reverse().map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="severity" fill={s.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
