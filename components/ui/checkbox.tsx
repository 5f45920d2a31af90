import { cn } from "@/lib/utils";

export function Checkbox({ className, ...props }: Omit<React.ComponentProps<"input">, "type">) {
  return <input type="checkbox" className={cn("size-4 rounded border accent-primary", className)} {...props} />;
}

/** A checkbox with its label beside it. */
export function CheckboxField({ label, hint, ...props }: Omit<React.ComponentProps<"input">, "type"> & { label: string; hint?: string }) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <Checkbox className="mt-0.5" {...props} />
      <span>
        <span className="font-medium">{label}</span>
        {hint && <span className="block text-xs text-muted-foreground">{hint}</span>}
      </span>
    </label>
  );
}
