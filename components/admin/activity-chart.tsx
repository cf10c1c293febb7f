"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

type Series = { key: string; label: string; colour: string };
type Props = { title: string; data: Record<string, string | number>[]; series: Series[]; tableLabel: string; locale: string; wide?: boolean; arrangement?: "overlay" | "stack" };

// A count of 1 beside thousands still shows as a bar; a zero shows none.
const visibleIfAny = (value: number | undefined | null) => (value ? 2 : 0);

/**
 * A bar chart of counts (per day, per hour, per place), with the same figures as a table under a disclosure: a screen
 * reader or a copy-paste gets the numbers, not a picture of them.
 */
/**
 * One bar per day or hour, wide enough to see at 390 px, instead of two slivers side by side:
 * "overlay" draws a subset over its whole (confirmed within signed), "stack" puts one measure on
 * the other (opted in, then unsubscribed).
 */
export function ActivityChart({ title, data, series, tableLabel, locale, wide = false, arrangement }: Props) {
  const format = (value: unknown) => (typeof value === "number" ? value.toLocaleString(locale) : String(value));
  return (
    <figure className={wide ? "chart chart-wide" : "chart"}>
      <figcaption>{title}</figcaption>
      <BarChart responsive data={data} style={{ width: "100%", height: 240 }} accessibilityLayer barCategoryGap="12%" barGap={arrangement === "overlay" ? "-100%" : 1}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="at" tick={{ fontSize: 11 }} minTickGap={16} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={48} tickFormatter={format} />
        <Tooltip formatter={format} />
        <Legend />
        {series.map((item) => (
          <Bar key={item.key} dataKey={item.key} name={item.label} fill={item.colour} isAnimationActive={false} maxBarSize={40} {...(arrangement === "stack" ? { stackId: "all" } : { minPointSize: visibleIfAny })} />
        ))}
      </BarChart>
      <details>
        <summary>{tableLabel}</summary>
        <div className="table-scroll">
          <table className="data compact">
            <thead>
              <tr>
                <th scope="col" />
                {series.map((item) => (
                  <th key={item.key} scope="col" className="number">
                    {item.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((row) => (
                <tr key={String(row.at)}>
                  <th scope="row">{row.at}</th>
                  {series.map((item) => (
                    <td key={item.key} className="number">
                      {format(row[item.key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
