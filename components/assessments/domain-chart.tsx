"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const colour = (score: number) => (score >= 80 ? "#059669" : score >= 60 ? "#d97706" : score >= 40 ? "#ea580c" : "#dc2626");

/** Horizontal bars: score per domain, coloured by the rating band it falls in. */
export function DomainChart({ domains }: { domains: { title: string; score: number | null }[] }) {
  const data = domains.map((d) => ({ title: d.title, score: d.score ?? 0, na: d.score === null }));
  return (
    <div style={{ height: 28 * data.length + 40 }} className="w-full" role="img" aria-label={`Domain scores: ${domains.map((d) => `${d.title} ${d.score ?? "n/a"}`).join(", ")}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 40, 60, 80, 100]} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="title" width={230} tick={{ fontSize: 11 }} interval={0} />
          <Tooltip formatter={(value, _name, item) => [(item.payload as { na: boolean }).na ? "n/a" : Number(value).toFixed(1), "Score"]} />
          <Bar dataKey="score" radius={[0, 3, 3, 0]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.title} fill={colour(d.score)} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
