"use client";

import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendPoint = { label: string; score: number; rating: string | null };

/** Overall score over the vendor's submitted assessments, on the rating bands. */
export function ScoreTrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <div className="h-56 w-full" role="img" aria-label={`Score trend: ${points.map((p) => `${p.label} ${p.score.toFixed(1)}`).join(", ")}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
          <ReferenceArea y1={80} y2={100} fill="#10b981" fillOpacity={0.07} />
          <ReferenceArea y1={60} y2={80} fill="#f59e0b" fillOpacity={0.07} />
          <ReferenceArea y1={40} y2={60} fill="#f97316" fillOpacity={0.07} />
          <ReferenceArea y1={0} y2={40} fill="#ef4444" fillOpacity={0.07} />
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} ticks={[0, 40, 60, 80, 100]} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => [Number(value).toFixed(1), "Score"]} />
          <Line type="monotone" dataKey="score" stroke="var(--primary)" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
